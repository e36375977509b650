"""Free content and the glossary: the sections a plan writes into a chapter as text, bullet
lists and tables (`content:`), and its terms (`glossary:`), as view sections."""

from __future__ import annotations

from dataclasses import replace

from kplan.document.view.model import Block, Context, Inline, Section, bullets, para, table
from kplan.plan.model import ContentSection
from kplan.present.content_labels import say

CHAPTERS: dict[str, tuple[str, str]] = {
    "decisions": ("vedtak", "decisions"),
    "background": ("bakgrunn", "background"),
    "organisation": ("organisering", "organisation"),
    "steps": ("steg", "steps"),
    "anchoring": ("forankring", "anchoring"),
    "competence_concept": ("kompetanse", "concept"),
    "analysis": ("analyse", "analysis"),
    "actions": ("tiltak", "strategies_actions"),
    "evaluation": ("evaluering", "evaluation"),
    "appendices": ("vedlegg", "appendices"),
}
"""Each chapter a content section can name: its anchor and the label of its heading, as the
chapter's own view gives them."""


def content_blocks(c: Context, s: ContentSection) -> list[Block]:
    """A content section's blocks: each block's text, list and table in that order."""
    blocks: list[Block] = []
    if s.illustrative:
        blocks.append(Block("paragraph", text=say(c.t, "content.illustrative")))
    for b in s.blocks:
        heading = b.title or ""
        # the title heads the block's list or captions its table, unless text comes first: a
        # description goes under its heading, so the title then stands above the text
        free = bool(b.text)
        captions = b.table is not None and not b.table.title and not b.bullets and not free
        if heading and (free or (not b.bullets and not captions)):
            blocks.append(Block("title", text=heading))
        blocks += para(b.text)
        blocks += bullets(list(b.bullets), "" if free else heading)
        if b.table is not None:
            width = max([len(b.table.header), *(len(r) for r in b.table.rows)])
            # a row longer than the header keeps its cells under empty headings: nothing is cut
            header = tuple(b.table.header) + ("",) * (width - len(b.table.header))
            rows = tuple(tuple(r) + ("",) * (width - len(r)) for r in b.table.rows)
            title = b.table.title or (heading if captions else "")
            blocks.append(
                Block("table", title=title, header=header, rows=rows, numeric=(False,) * width)
            )
    return blocks


def content_sections(c: Context, chapter: str) -> tuple[Section, ...]:
    """The plan's free sections for `chapter`, in the order the plan lists them."""
    anchor = CHAPTERS[chapter][0]
    return tuple(
        Section(f"{anchor}-tekst-{i + 1}", s.title, tuple(content_blocks(c, s)))
        for i, s in enumerate(x for x in c.plan.content if x.chapter == chapter)
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def extend(c: Context, section: Section, chapter: str) -> Section:
    """`section` with the plan's free sections for `chapter` after its own sub-sections; the
    note that the chapter is empty goes once it has content. A free section titled as the
    chapter is not a sub-section of the same name: its blocks join the chapter's own."""
    extra = content_sections(c, chapter)
    if not extra:
        return section
    blocks = tuple(b for b in section.blocks if b.kind != "missing")
    same = tuple(b for s in extra if _same(s.title, section.title) for b in s.blocks)
    subs = tuple(s for s in extra if not _same(s.title, section.title))
    return replace(section, blocks=blocks + same, sections=section.sections + subs)


def attach(c: Context, section: Section | None, chapter: str) -> Section | None:
    """As `extend`; a chapter the plan has nothing else for (None) is made for its free
    sections, and stays None without them."""
    if section is not None:
        return extend(c, section, chapter)
    if not content_sections(c, chapter):
        return None
    anchor, label = CHAPTERS[chapter]
    return extend(c, Section(anchor, c.t[label]), chapter)


def glossary(c: Context) -> Section | None:
    """The plan's terms as a table (term, definition, source); None when it has none."""
    t, terms = c.t, c.plan.glossary
    if not terms:
        return None
    with_source = any(x.source for x in terms)
    header = [say(t, "content.term"), say(t, "content.definition")]
    header += [say(t, "content.source")] if with_source else []
    rows: list[list[Inline]] = [
        [x.term, x.definition, *([x.source or ""] if with_source else [])] for x in terms
    ]
    return Section("begreper", say(t, "content.glossary"), tuple(table("", header, rows)))
