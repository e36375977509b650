"""The header, rule and rows of a terminal table whose cells are all plain, laid out by one
format string: no Column object, no cell measured on its own.

A national plan prints some 4,000 small tables (a unit's requirement by year, a staffing line's
years), and building a `table.Column` for each of their 30,000 columns, then padding and
joining a cell at a time, cost more than wording their figures. Nearly every such cell is
plain: printable, one line already (no double, leading or trailing space), each character one
column wide. Then a cell is as wide as it is long, `str.format` pads it as `layout.pad` would,
and the rows are the same text `table.grid` makes. Anything else (a colour mark, a cell that is
not plain, a table stacked into blocks, a first column that wraps or is blank) is told so by
None, and `table.laid_out` lays it out as before: tests/test_table_columns.py compares both.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import chain

from kplan.present.layout import (
    GAP,
    LONG_WORD,
    NARROW_TEXT,
    narrowed,
    row_lines,
    rule,
    split_words,
    wrap,
)
from kplan.present.layout import words_width as _words_width
from kplan.present.terminal import _cell, cells, narrow, one_line

_SEP = " " * GAP


def _single(text: str) -> bool:
    """Whether each character of `text` takes one column (`narrow` says so of most text; a few
    signs above U+0300, such as − and Σ, are one column too)."""
    if narrow(text):
        return True
    known = _SINGLE.get(text)
    if known is None:
        if len(_SINGLE) >= 256:  # a report's few label columns, not every cell
            _SINGLE.clear()
        known = _SINGLE[text] = all(_cell(ch) == 1 for ch in set(text))
    return known


_SINGLE: dict[str, bool] = {}


def plain(cols: Sequence[Sequence[str]]) -> bool:
    """Whether every cell of `cols` is what `one_line` leaves as it is, one column a
    character."""
    whole = "".join(map("".join, cols))
    if not whole.isprintable():
        return False
    # a cell's edges are next to a newline here: a leading or trailing space shows
    edges = "\n".join(map("\n".join, cols))
    if "  " in edges or " \n" in edges or "\n " in edges:
        return False
    if edges[:1] == " " or edges[-1:] == " ":
        return False
    return narrow(whole) or all(_single("".join(c)) for c in cols)


def head(head: object) -> tuple[str, int]:
    """A header as shown, and its width: the same few head every table of a report."""
    key = (head.__class__, head)
    known = _HEADS.get(key)
    if known is None:
        if len(_HEADS) >= 1024:
            _HEADS.clear()
        text = one_line(head)
        known = _HEADS[key] = (text, cells(text))
    return known


_HEADS: dict[tuple[type, object], tuple[str, int]] = {}


def widest_word(head: tuple[str, int], col: Sequence[str], widest: int) -> int:
    """The widest word of a column, its header included (`layout.fit`)."""
    words = _words_width(*head)
    if " " in "".join(col):
        # each character one column wide: a word is as wide as it is long
        return max(words, *map(len, chain.from_iterable(map(split_words, col))))
    return max(words, widest)


def widths(
    heads: Sequence[tuple[str, int]],
    cols: Sequence[Sequence[str]],
    right: Collection[int],
    width: int | None,
    widest: Sequence[int] | None = None,
) -> tuple[list[int], Sequence[int]] | None:
    """Each column's width as `layout.fit` has it, and its widest cell (`widest`, when the
    caller has measured them); None when the rows would be stacked."""
    if widest is None:
        widest = [max(map(len, c), default=0) for c in cols]
    natural = [max(h[1], w) for h, w in zip(heads, widest, strict=True)]
    if width is None or sum(natural) + GAP * (len(natural) - 1) <= width:
        return natural, widest
    room = width - GAP * (len(natural) - 1)
    top = max(natural)
    text = natural.index(top)
    rest = sum(natural) - top
    others = max(natural[:text] + natural[text + 1 :], default=0)
    if text not in right and room - rest >= max(NARROW_TEXT, LONG_WORD) and room - rest > others:
        # `layout.narrowed` takes it all from the widest column, a text column, which stays
        # the widest and no narrower than its narrowest (at most LONG_WORD): its words need
        # not be measured (what a requirement measures, in the gap's table)
        natural[text] = room - rest
        return natural, widest
    least = []
    for i, (head, col) in enumerate(zip(heads, cols, strict=True)):
        words = widest_word(head, col, widest[i])
        if i not in right:
            words = max(min(NARROW_TEXT, natural[i]), min(words, LONG_WORD))
        least.append(min(natural[i], words))
    fitted = narrowed(natural, least, room)
    return None if fitted is None else (fitted, widest)


def _top(heads: Sequence[tuple[str, int]], right: Collection[int], sizes: Sequence[int]) -> str:
    """The header's lines and the rule under them."""
    flags = tuple(i in right for i in range(len(heads)))
    key = (tuple(h[0] for h in heads), tuple(sizes), flags)
    known = _TOPS.get(key)
    if known is None:
        texts = [h[0] for h in heads]
        lines = row_lines(texts, [h[1] for h in heads], right, sizes, "", False)
        known = "\n".join([*lines, rule(sizes)])
        if len(_TOPS) >= 1024:
            _TOPS.clear()
        _TOPS[key] = known
    return known


_TOPS: dict[tuple[tuple[str, ...], tuple[int, ...], tuple[bool, ...]], str] = {}


def _row_format(sizes: Sequence[int], right: Collection[int]) -> str:
    key = (tuple(sizes), tuple(i in right for i in range(len(sizes))))
    known = _FORMATS.get(key)
    if known is None:
        if len(_FORMATS) >= 1024:
            _FORMATS.clear()
        known = _FORMATS[key] = _SEP.join(
            f"{{:{'>' if r else '<'}{w}}}" for w, r in zip(*key, strict=True)
        )
    return known


_FORMATS: dict[tuple[tuple[int, ...], tuple[bool, ...]], str] = {}


def grid(
    heads: Sequence[object],
    cols: Sequence[Sequence[str]],
    right: Collection[int],
    width: int | None,
    widest: Sequence[int] | None = None,
) -> str | None:
    """The lines of `table.grid` (the header, the rule, the rows), each ending in a newline,
    for a table of plain columns (`plain`) with at least one row; None when `table.laid_out`
    must lay it out (the rows stacked, or a blank line between them)."""
    measured = [head(h) for h in heads]
    fitted = widths(measured, cols, right, width, widest)
    if fitted is None:
        return None
    sizes, widest = fitted
    first = cols[0]
    if widest[0] > sizes[0] or "" in first:
        return None  # `layout.spaced` might put a blank line between the rows
    top = _top(measured, right, sizes)
    row = _row_format(sizes, right)
    over = [i for i, (w, s) in enumerate(zip(widest, sizes, strict=True)) if w > s]
    if not over:
        body = "\n".join([row] * len(first)).format(*chain.from_iterable(zip(*cols, strict=True)))
        if " \n" in body or body[-1:] == " ":  # an empty cell last
            body = "\n".join([x.rstrip() for x in body.split("\n")])
        return f"{top}\n{body}\n"
    last = len(cols) - 1
    if over == [last] and last not in right and last:
        return _last_wrapped(top, row, cols, sizes)
    out = [top]
    blank = [""] * len(cols)
    for texts in zip(*cols, strict=True):
        parts = {i: wrap(texts[i], sizes[i]) for i in over if len(texts[i]) > sizes[i]}
        if not parts:
            out.append(row.format(*texts).rstrip())
            continue
        for k in range(max(map(len, parts.values()))):
            line = list(texts) if k == 0 else list(blank)
            for i, p in parts.items():
                line[i] = p[k] if k < len(p) else ""
            out.append(row.format(*line).rstrip())
    out.append("")
    return "\n".join(out)


def _last_wrapped(top: str, row: str, cols: Sequence[Sequence[str]], sizes: Sequence[int]) -> str:
    """The rows when only the last column, left-aligned, wraps (what a requirement measures):
    the other columns of every row padded at once, then each row's last cell, wrapped under
    itself. Every padded part is as wide: the columns' `sizes` and the gaps."""
    width = sizes[-1]
    lead = row[: row.rindex("{")]  # the other columns' fields and the gap before the last
    others = chain.from_iterable(zip(*cols[:-1], strict=True))
    left = "\n".join([lead] * len(cols[0])).format(*others)
    indent = " " * (sum(sizes[:-1]) + GAP * (len(sizes) - 1))
    out = [top]
    for start, text in zip(left.split("\n"), cols[-1], strict=True):
        if len(text) <= width:
            out.append((start + text).rstrip())
            continue
        first, *rest = wrap(text, width)
        out.append((start + first).rstrip())
        out.extend((indent + x).rstrip() for x in rest)
    out.append("")
    return "\n".join(out)
