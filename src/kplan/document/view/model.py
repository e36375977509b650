"""The view model: the plan document as plain, frozen data, and the context chapters read.

A document is a title block and sections; a section is a list of blocks (paragraph, bullets,
table, chart, a note that data is missing) and sub-sections. Every string is already worded and
formatted, so the templates only loop and print. Plan text is carried as written: escaping is
the template's job (HTML autoescape, the Markdown filters).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from kplan.document.charts import Chart
from kplan.document.results import Results
from kplan.plan.model import Plan, Source
from kplan.present.labels import Labels
from kplan.present.markdown import safe_url


@dataclass(frozen=True)
class Link:
    """A link in a table cell or list item; `href` is always http(s) or mailto."""

    text: str
    href: str


Inline = str | Link

APPENDIX_DEPTH = 4
"""Appendix levels with headings of their own (h3 to h6; «Vedlegg» is h2)."""


@dataclass(frozen=True)
class Block:
    """One block of a section; `kind` says which fields it uses."""

    kind: Literal["paragraph", "bullets", "table", "chart", "missing"]
    text: str = ""
    title: str = ""
    items: tuple[Inline, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[Inline, ...], ...] = ()
    numeric: tuple[bool, ...] = ()
    """Per column: right-align (figures)."""
    chart: Chart | None = None


@dataclass(frozen=True)
class Section:
    """A chapter or sub-chapter: its anchor, heading, blocks and sub-sections."""

    id: str
    title: str
    blocks: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Cover:
    """The cover page: who, what, when, and whether the plan is adopted (worded already)."""

    kommune: str
    title: str
    period: str
    adoption: str
    """«Vedtatt i kommunestyret 20. juni 2024, sak 45/24», or «Utkast»."""
    coat_of_arms: str | None = None
    """The kommune's coat of arms as a data: URI, when the plan names a file for it."""
    coat_of_arms_alt: str = ""


@dataclass(frozen=True)
class Document:
    """What a template gets as `doc`: the title block, the stamp and the chapters."""

    lang: str
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    stamp: str
    sections: tuple[Section, ...]
    contents_label: str
    cover: Cover | None = None


def safe_link(text: str, url: str | None) -> Inline:
    """A link only for http(s) and mailto, its target percent-encoded; anything else
    (javascript:, data:, obfuscated forms) stays text."""
    href = safe_url(url)
    return text if href is None else Link(text, href)


def para(text: str | None) -> list[Block]:
    """One paragraph block per blank-line-separated part of `text`; none for no text."""
    if not text:
        return []
    return [Block("paragraph", text=p.strip()) for p in text.split("\n\n") if p.strip()]


def bullets(items: list[Inline], title: str = "") -> list[Block]:
    """A bullet list, or nothing when there are no items."""
    return [Block("bullets", title=title, items=tuple(items))] if items else []


def table(
    title: str, header: list[str], rows: list[list[Inline]], numeric: set[int] | None = None
) -> list[Block]:
    """A table with the columns in `numeric` aligned right, or nothing when there are no rows."""
    if not rows:
        return []
    cols = tuple(i in (numeric or set()) for i in range(len(header)))
    return [
        Block(
            "table", title=title, header=tuple(header), rows=tuple(map(tuple, rows)), numeric=cols
        )
    ]


def sparse_table(
    title: str, header: list[str], rows: list[list[Inline]], keep: int = 1
) -> list[Block]:
    """A table without the columns empty in every row (the first `keep` columns always stay),
    or nothing when there are no rows."""
    shown = [i for i in range(len(header)) if i < keep or any(r[i] != "" for r in rows)]
    return table(title, [header[i] for i in shown], [[r[i] for i in shown] for r in rows])


def marked(t: Labels, text: str, illustrative: bool) -> str:
    """The text, with «(illustrativt)» after it when the plan marks the figure made up."""
    return f"{text} ({t['illustrative']})" if illustrative else text


def missing(t: Labels) -> list[Block]:
    """The note that the plan says nothing about a chapter yet."""
    return [Block("missing", text=t["missing"])]


@dataclass(frozen=True)
class Context:
    """What every chapter reads: the plan, the analysis results and the labels of one language,
    with the plan's names for units and competences looked up once."""

    plan: Plan
    results: Results
    t: Labels
    units: dict[str, str] = field(default_factory=dict)
    competences: dict[str, str] = field(default_factory=dict)
    as_of: dt.date | None = None
    """The date late steps and actions are judged by: the date of the rendered version."""

    @classmethod
    def of(cls, plan: Plan, results: Results, t: Labels, as_of: dt.date | None = None) -> Context:
        """The context of one document, judging lateness as of `as_of`."""
        return cls(
            plan,
            results,
            t,
            {u.id: u.name for u in plan.units},
            {c.id: c.name for c in plan.competences},
            as_of,
        )

    def unit(self, unit_id: str | None) -> str:
        """The unit's name (its id if the plan has no such unit)."""
        return self.units.get(unit_id or "", unit_id or "")

    def competence(self, comp_id: str | None) -> str:
        """The competence's name; «total» for a row about all competences."""
        return self.competences.get(comp_id or "", comp_id or self.t["total"])

    def source(self, s: Source | None) -> Inline:
        """A source as «title, reference», linked when its URL is safe."""
        if s is None:
            return ""
        text = ", ".join(x for x in (s.title or s.kind, s.reference) if x)
        return safe_link(text, s.url)
