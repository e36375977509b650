"""How a terminal table fits a width: columns as wide as their text when that fits, text
wrapped in its column when it does not, and each row as a block of «label: value» lines when
even wrapped columns would not fit.

Widths are display widths (`terminal.cells`): a wide character takes two columns. Colour marks
wrap each physical line or each cell's text separately, so a pager that shows part of a row
(`less -R`) never bleeds colour into the next one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from kplan.present.terminal import cells, narrow

RESET = "\x1b[0m"
GAP = 2
"""Spaces between columns."""
NARROW_TEXT = 12
"""A text column is not squeezed below this: narrower, a name reads as fragments."""
LONG_WORD = 24
"""A word longer than this (an address, an id) may be broken to fit its column; a shorter one
never is: the rows are stacked instead."""

Mark = str | Mapping[int, str]
"""A row's colour: a code for the whole row, or codes for some of its cells by column."""


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, broken at spaces; a word wider than the
    column is broken inside it. Never no line: an empty cell is one empty line."""
    single = narrow(text)
    if text[:1] != " " and (len(text) if single else cells(text)) <= width:
        # it fits: the words would be joined back as they are (only a leading space is lost)
        return [text]
    size_of = len if single else cells
    lines: list[str] = []
    line, used = "", 0
    for word in split_words(text):
        size = size_of(word)
        if line and used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if line:
            lines.append(line)
        if size > width:
            *full, word = _cut(word, width)
            lines.extend(full)
            size = size_of(word)
        line, used = word, size
    lines.append(line)
    return lines


def split_words(text: str) -> list[str]:
    """`text` split at the spaces a line may break at: not inside a figure (`1 680 000 kr`,
    `37,53 %`), which reads wrong on two lines. (The list is shared: not to be changed.)"""
    if narrow(text):
        # below U+0300 the digits (`str.isdigit`) are 0-9, ², ³ and ¹: one pattern splits at
        # the same spaces as the loop below, in C
        return _BREAKS.split(text)
    known = _SPLIT.get(text)
    if known is not None:
        return known
    words = text.split(" ")
    out = [words[0]]
    for word in words[1:]:
        tail = out[-1][-1:]
        if tail.isdigit():
            figure = word[:1].isdigit() or word.startswith(("%", "kr"))
        else:
            figure = tail == ":" and word[:1].isdigit() and word[-1:] in ".,"
        if figure:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(text) <= 400:  # a table's cells are measured, then wrapped: split once
        if len(_SPLIT) >= 4096:
            _SPLIT.clear()
        _SPLIT[text] = out
    return out


_SPLIT: dict[str, list[str]] = {}
_BREAKS = re.compile(
    # a space after neither a digit nor a colon; after a digit, unless a figure goes on (a
    # digit, «%», «kr»); after a colon, unless a figure ending in «.» or «,» follows
    r" (?:(?<![0-9\u00b2\u00b3\u00b9:] )"
    r"|(?<=[0-9\u00b2\u00b3\u00b9] )(?![0-9\u00b2\u00b3\u00b9]|%|kr)"
    r"|(?<=: )(?![0-9\u00b2\u00b3\u00b9][^ ]*[.,](?: |\Z)))"
)


def _cut(word: str, width: int) -> list[str]:
    """`word` in pieces of at most `width` columns (at least one character each), in one pass:
    a hostile name of a million characters costs a million steps, not a million squared."""
    pieces: list[str] = []
    start, used = 0, 0
    for i, ch in enumerate(word):
        size = cells(ch)
        if used + size > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0
        used += size
    pieces.append(word[start:])
    return pieces


def _longest_word(text: str) -> int:
    if " " not in text:
        return cells(text)
    words = split_words(text)
    if narrow(text):
        return max(map(len, words), default=0)
    return max((cells(w) for w in words), default=0)


def words_width(text: str, size: int) -> int:
    """The width of the widest word of `text`, which is `size` wide."""
    return size if " " not in text else _longest_word(text)


def fit(
    header: Sequence[str], body: Sequence[Sequence[str]], right: Collection[int], width: int | None
) -> list[int] | None:
    """Each column's width: as wide as its text when the table fits `width` (or `width` is
    None), else the widest columns narrowed first, down to their longest word (a figure is
    never broken) or `NARROW_TEXT` for text. None when even that does not fit: stack the rows."""
    columns = range(len(header))
    natural = [max(cells(r[i]) for r in (header, *body)) for i in columns]
    if width is None or sum(natural) + GAP * (len(natural) - 1) <= width:
        return natural
    least = []
    for i in columns:
        words = max(_longest_word(r[i]) for r in (header, *body))
        if i not in right:  # a word is not broken, but for one too long for any column
            words = max(min(NARROW_TEXT, natural[i]), min(words, LONG_WORD))
        least.append(min(natural[i], words))
    return narrowed(natural, least, width - GAP * (len(natural) - 1))


def narrowed(natural: Sequence[int], least: Sequence[int], room: int) -> list[int] | None:
    """The widths of columns `natural` wide narrowed into `room`, the widest first, none below
    its `least`; None when even that does not fit."""
    key = (tuple(natural), tuple(least), room)
    known = _NARROWED.get(key)
    if known is None:
        known = _narrowed(natural, least, room)
        if len(_NARROWED) >= 4096:  # tables of one report are mostly of a few shapes
            _NARROWED.clear()
        _NARROWED[key] = known
    return None if known is None else list(known)


def _narrowed(natural: Sequence[int], least: Sequence[int], room: int) -> tuple[int, ...] | None:
    if sum(least) > room:
        return None
    columns = range(len(natural))
    widths = [max(least[i], min(natural[i], room)) for i in columns]
    while sum(widths) > room:
        i = max(columns, key=lambda c: (widths[c] - least[c] > 0, widths[c]))
        widths[i] -= 1
    return tuple(widths)


_NARROWED: dict[tuple[tuple[int, ...], tuple[int, ...], int], tuple[int, ...] | None] = {}


def pad(text: str, width: int, right: bool) -> str:
    """`text` padded with spaces to `width` columns, on the left when `right`."""
    space = " " * (width - cells(text))
    return space + text if right else text + space


def _coloured(text: str, code: str) -> str:
    return f"{code}{text}{RESET}" if code and text.strip() else text


def joined(padded: list[str], mark: Mark) -> str:
    """A row's padded cells as one line, `mark` colouring the line or some of its cells."""
    if isinstance(mark, Mapping):
        for i, code in mark.items():
            if code and 0 <= i < len(padded):
                text = padded[i]
                stripped = text.strip()
                lead = text[: len(text) - len(text.lstrip())]
                tail = text[len(lead) + len(stripped) :]
                padded[i] = lead + _coloured(stripped, code) + tail
    line = (" " * GAP).join(padded).rstrip()
    return _coloured(line, mark) if isinstance(mark, str) else line


def wrapped(
    row: Sequence[str], right: Collection[int], widths: Sequence[int], mark: Mark, top: bool
) -> list[str]:
    """A row with a cell wider than its column: each cell wrapped in its column, the short
    ones at the top (`top`) or at the foot."""
    parts = [wrap(c, w) for c, w in zip(row, widths, strict=True)]
    height = max(len(p) for p in parts)
    parts = [([""] * (height - len(p)) + p) if not top else p for p in parts]
    return [
        joined(
            [
                pad(p[n] if n < len(p) else "", w, i in right)
                for i, (p, w) in enumerate(zip(parts, widths, strict=True))
            ],
            mark,
        )
        for n in range(height)
    ]


def row_lines(
    row: Sequence[str],
    sizes: Sequence[int],
    right: Collection[int],
    widths: Sequence[int],
    mark: Mark,
    top: bool,
) -> list[str]:
    """A row's lines: one, padded by the `sizes` its cells were measured at, when every cell
    fits its column (nearly every row); else `wrapped`."""
    if all(s <= w and c[:1] != " " for c, s, w in zip(row, sizes, widths, strict=True)):
        return [
            joined(
                [
                    " " * (w - s) + c if i in right else c + " " * (w - s)
                    for i, (c, s, w) in enumerate(zip(row, sizes, widths, strict=True))
                ],
                mark,
            )
        ]
    return wrapped(row, right, widths, mark, top)


def spaced(first: Sequence[str], sizes: Sequence[int], width: int) -> bool:
    """Whether rows need a blank line between them: a wrapped row reads as one while its
    first column is blank on the lines that continue it; when the first column wraps (or is
    blank), a blank line between rows says it. `first` is that column's cells, `sizes` their
    widths."""
    return any(
        not c.strip() or ((s > width or c[:1] == " ") and len(wrap(c, width)) > 1)
        for c, s in zip(first, sizes, strict=True)
    )


def grid(
    header: Sequence[str],
    body: Sequence[Sequence[str]],
    right: Collection[int],
    widths: Sequence[int],
    marks: Sequence[Mark] | None,
) -> list[str]:
    """The header (its lines at the foot, over the rule), the rule and the rows, each cell
    wrapped in its column."""
    measured = [[cells(c) for c in r] for r in body]
    rows = [
        row_lines(r, s, right, widths, marks[n] if marks else "", True)
        for n, (r, s) in enumerate(zip(body, measured, strict=True))
    ]
    out = row_lines(header, [cells(c) for c in header], right, widths, "", False)
    out.append(rule(widths))
    gaps = spaced([r[0] for r in body], [s[0] for s in measured], widths[0]) if body else False
    for n, row in enumerate(rows):
        if gaps and n:
            out.append("")
        out.extend(row)
    return out


def rule(widths: Sequence[int]) -> str:
    """The rule under a table's header."""
    return (" " * GAP).join("─" * w for w in widths)


def stack(
    header: Sequence[str],
    body: Sequence[Sequence[str]],
    width: int,
    marks: Sequence[Mark] | None,
) -> list[str]:
    """Each row as a block: its first cell as a line of its own, then «label: value» for each
    other cell that says something, several to a line when they fit, indented."""
    out: list[str] = []
    indent = "  "
    for n, row in enumerate(body):
        mark = marks[n] if marks else ""
        whole = mark if isinstance(mark, str) else ""
        if n:
            out.append("")
        out.extend(_coloured(line, whole) for line in wrap(row[0], width))
        line, used = "", 0
        for i in range(1, len(row)):
            if not row[i].strip():
                continue
            code = mark.get(i, "") if isinstance(mark, Mapping) else whole
            label = f"{header[i]}: "
            size = cells(label) + cells(row[i])
            if line and used + 3 + size <= width:
                line, used = line + "   " + label + _coloured(row[i], code), used + 3 + size
                continue
            if line:
                out.append(line)
            if len(indent) + size <= width:
                line, used = indent + label + _coloured(row[i], code), len(indent) + size
                continue
            first, *rest = wrap(label + row[i], width - 2 * len(indent))
            out.append(indent + _value_coloured(first, label, code))
            out.extend(indent * 2 + _coloured(r, code) for r in rest)
            line, used = "", 0
        if line:
            out.append(line)
    return out


def _value_coloured(first: str, label: str, code: str) -> str:
    """The first line of a wrapped «label: value»: the label plain, the value coloured."""
    if first.startswith(label):
        return label + _coloured(first[len(label) :], code)
    return _coloured(first, code)


def prose(text: str, width: int | None) -> str:
    """A line of prose within `width` (None: as it is), ending in a newline; its continued
    lines indented two more than its first."""
    if width is None:
        return text + "\n"
    body = text.lstrip(" ")
    lead = text[: len(text) - len(body)]
    first, *rest = wrap(body, max(width - len(lead), 1))
    more = wrap(" ".join(rest), max(width - len(lead) - 2, 1)) if rest else []
    return "\n".join([lead + first, *(lead + "  " + m for m in more)]) + "\n"
