"""The view model: the plan document as plain, frozen data, and the context chapters read.

A document is a title block and sections; a section is a list of blocks (paragraph, bullets,
table, chart, a note that data is missing) and sub-sections. Every string is already worded and
formatted, so the templates only loop and print. Plan text is carried as written: escaping is
the template's job (HTML autoescape, the Markdown filters).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
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

    kind: Literal["paragraph", "title", "bullets", "table", "chart", "missing"]
    text: str = ""
    title: str = ""
    items: tuple[Inline, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[Inline, ...], ...] = ()
    numeric: tuple[bool, ...] = ()
    """Per column: right-align (figures)."""
    chart: Chart | None = None

    def __post_init__(self) -> None:
        # the HTML template prints a row's cells by the header's columns: a row of another
        # width would lose cells or fail there, so it fails here, where the view made it
        width = len(self.header)
        if any(len(row) != width for row in self.rows):
            raise ValueError(f"a table row is not {width} cells wide: {self.title!r}")


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
    version: str = ""
    """Which version the document shows: «Vedtatt versjon (v2024)», «Vedtatt versjon v2024 med
    endringer etter vedtak»; empty when git knows no adopted version (the adoption line says
    «Utkast» for a draft)."""


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
    page_words: tuple[str, ...] = ()
    paged: bool = False
    """True for the page kplan prints to PDF: it gets paged-media CSS a browser does not know."""
    """«Side» and «av» for the printed page numbers («Side 3 av 37»)."""


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
    title: str,
    header: list[str],
    rows: list[list[Inline]],
    numeric: set[int] | None = None,
    keep: int = 1,
) -> list[Block]:
    """A table with the columns in `numeric` aligned right, or nothing when there are no rows.

    A column empty in every row is left out (the first `keep` columns always stay): a plan
    that does not use a field gets no empty column for it."""
    if not rows:
        return []
    shown = [i for i in range(len(header)) if i < keep or any(r[i] != "" for r in rows)]
    cols = tuple(i in (numeric or set()) for i in shown)
    return [
        Block(
            "table",
            title=title,
            header=tuple(header[i] for i in shown),
            rows=tuple(tuple(r[i] for i in shown) for r in rows),
            numeric=cols,
        )
    ]


def sparse_table(
    title: str,
    header: list[str],
    rows: list[list[Inline]],
    keep: int = 1,
    numeric: set[int] | None = None,
) -> list[Block]:
    """As `table` (kept for the chapters that name it): no column empty in every row."""
    return table(title, header, rows, numeric, keep=keep)


MARK = "*"
"""The mark of an illustrative row in a table where only some rows are; the column header
says what it means, once."""


def _says_illustrative(text: str) -> bool:
    # the plan's own words already say so («(illustrativt, ikke fra planen)»): once is enough
    return "illustrativ" in text.casefold()


def marked(t: Labels, text: str, illustrative: bool) -> str:
    """The text, with «(illustrativt)» after it when the plan marks the figure made up (and
    the text does not say so already)."""
    if not illustrative or _says_illustrative(text):
        return text
    return f"{text} ({t['illustrative']})"


def mark_rows(
    t: Labels,
    header: list[str],
    rows: list[list[Inline]],
    illustrative: list[bool],
    col: int = 0,
) -> tuple[list[str], list[list[Inline]]]:
    """The header and rows of a table with its illustrative rows marked, «illustrativt» said
    once: in the header of column `col` when every row is (of two or more), else a short mark
    on each such row's cell in `col` that the header explains («Kompetanse (* = illustrativt)»).
    A lone row says it in its own cell, and a cell that says it already gets no mark."""
    word = t["illustrative"]
    # a row whose own text says it is illustrative needs no mark beside
    cells = [r[col] for r in rows]
    need = [
        flag and not (isinstance(cell, str) and _says_illustrative(cell))
        for cell, flag in zip(cells, illustrative, strict=True)
    ]
    if not any(need):
        return header, rows
    if len(rows) == 1:
        only = rows[0][col]
        cell = marked(t, only, True) if isinstance(only, str) else only
        return header, [[*rows[0][:col], cell, *rows[0][col + 1 :]]]
    head = list(header)
    if all(illustrative):
        head[col] = f"{head[col]} ({word})"
        return head, rows
    head[col] = f"{head[col]} ({MARK} = {word})"
    out: list[list[Inline]] = []
    for row, flag in zip(rows, need, strict=True):
        cell = row[col]
        if flag and isinstance(cell, str):
            cell = f"{cell} {MARK}"
        out.append([*row[:col], cell, *row[col + 1 :]])
    return head, out


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

    @cached_property
    def drivers(self) -> dict[str, str]:
        """The plan's drivers' names by id (made once per document, not once per use)."""
        return {d.id: d.name for d in self.plan.drivers}

    @cached_property
    def requirements(self) -> dict[str, str]:
        """The plan's requirements' titles by id."""
        return {r.id: r.title for r in self.plan.requirements}

    @cached_property
    def strategies(self) -> dict[str, str]:
        """The plan's strategies' texts by id."""
        return {s.id: s.text for s in self.plan.strategies}

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
