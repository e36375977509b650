"""Free content: sections of text, bullet lists and simple tables that a plan has in one of its
chapters beyond what the model structures (principles, expectations, a table comparing two
planning levels), and the plan's glossary (begrepsavklaring)."""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictBool

from kplan.plan.types import Model, Text

Chapter = Literal[
    "decisions",
    "background",
    "organisation",
    "steps",
    "anchoring",
    "competence_concept",
    "analysis",
    "actions",
    "evaluation",
    "appendices",
]
"""The chapters of the document (KS's structure) free content can be placed in."""


class ContentTable(Model):
    title: Text | None = None
    """The table's caption."""
    header: list[Text] = Field(min_length=1)
    """The column headings."""
    rows: list[list[Text]] = []
    """The rows, cell by cell; a row shorter than the header leaves its last cells empty."""


class ContentBlock(Model):
    """One block of a section: text, a list, a table, or those of them it has, in that order."""

    text: Text | None = None
    """Paragraphs (separated by a blank line)."""
    title: Text | None = None
    """A heading for the bullet list, e.g. «Prinsipper»."""
    bullets: list[Text] = []
    """A bullet list."""
    table: ContentTable | None = None
    """A simple table."""


class ContentSection(Model):
    chapter: Chapter
    """The chapter the section belongs in: decisions, background, organisation, steps,
    anchoring, competence_concept, analysis, actions, evaluation or appendices."""
    title: Text
    """The section's heading, e.g. «Prinsipper for kompetanseutvikling»."""
    blocks: list[ContentBlock] = []
    """The section's text, lists and tables, in order."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


class Term(Model):
    term: Text
    """The word or phrase, e.g. «Realkompetanse»."""
    definition: Text
    """What the plan means by it."""
    source: Text | None = None
    """Where the definition comes from, e.g. «Linda Lai, 2004»."""
