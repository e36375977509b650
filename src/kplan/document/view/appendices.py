"""The appendices: text and items at any depth, headed down to h6 and flattened below that."""

from __future__ import annotations

from kplan.document.view.content import attach
from kplan.document.view.model import (
    APPENDIX_DEPTH,
    Block,
    Context,
    Section,
    bullets,
    para,
    safe_link,
)
from kplan.plan.model import Appendix


def appendix_blocks(a: Appendix) -> list[Block]:
    """An appendix's own paragraphs, and its items as a list (an item that is a safe URL and
    nothing else is a link)."""
    blocks: list[Block] = []
    for text in a.text:
        blocks += para(text)
    return blocks + bullets([safe_link(i, i) for i in a.items])


def appendix(a: Appendix, ident: str, depth: int = 1) -> Section:
    """One appendix as a section with anchor `ident`, its sub-appendices below it."""
    blocks = appendix_blocks(a)
    if depth >= APPENDIX_DEPTH:
        # headings end at h6: deeper sub-sections follow as titled blocks, walked without
        # recursion so any depth renders
        stack = list(reversed(a.sections))
        while stack:
            sub = stack.pop()
            blocks.append(Block("paragraph", text=sub.title))
            blocks += appendix_blocks(sub)
            stack.extend(reversed(sub.sections))
        return Section(ident, a.title, tuple(blocks))
    return Section(
        ident,
        a.title,
        tuple(blocks),
        tuple(appendix(s, f"{ident}-{i + 1}", depth + 1) for i, s in enumerate(a.sections)),
    )


def appendices(c: Context) -> Section | None:
    """The «Vedlegg» chapter with the plan's free sections for it; None when it has neither."""
    if not c.plan.appendices:
        return attach(c, None, "appendices")
    subs = tuple(appendix(a, f"vedlegg-{i + 1}") for i, a in enumerate(c.plan.appendices))
    return attach(c, Section("vedlegg", c.t["appendices"], (), subs), "appendices")
