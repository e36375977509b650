"""The terminal table and the Markdown table of a large report, measured a column at a time.

`fmt.text_table` and `fmt.md_table` look at each cell on its own: a national plan's gap has
300,000 cells, most of them short figures. Here a column is checked in one pass of C string
methods over its cells joined (all on one line already? all ASCII, so as wide as long? nothing
to escape in Markdown?), and only a column that fails is looked at a cell at a time. The layout
rules are `layout`'s (the same widths, wrapping, stacking and colour), and the text is the
same byte for byte: tests/test_table_columns.py lays out the same tables both ways.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import chain

from kplan.present import fmt, plain_grid
from kplan.present.layout import (
    GAP,
    LONG_WORD,
    NARROW_TEXT,
    Mark,
    joined,
    narrowed,
    pad,
    prose,
    row_lines,
    rule,
    spaced,
    stack,
    words_width,
    wrap,
)
from kplan.present.markdown import _PLAIN, md_cell
from kplan.present.terminal import cells, narrow, one_line


class Column:
    """A column's header and cells as a terminal shows them (`one_line`), and the width of
    each."""

    __slots__ = ("_words", "exact", "head", "head_size", "natural", "sizes", "texts", "widest")

    def __init__(self, head: object, values: Sequence[object]) -> None:
        texts = list(map(str, values))
        whole = "".join(texts)
        if not _one_line(texts, whole):
            texts = [one_line(v) for v in texts]
            whole = "".join(texts)
        self.head, self.head_size = _head(head)
        self.texts = texts
        # then a cell is as wide as it is long, and pads with ljust
        self.exact = narrow(whole)
        self.sizes = [len(x) for x in texts] if self.exact else [cells(x) for x in texts]
        self.widest = max(self.sizes, default=0)
        self.natural = max(self.head_size, self.widest)
        self._words: int | None = None

    def words(self) -> int:
        """The widest word of the column, its header included (`layout.fit`)."""
        if self._words is None:
            widest = words_width(self.head, self.head_size)
            if " " not in "".join(self.texts):
                widest = max(widest, self.widest)
            else:
                widest = max(
                    widest,
                    *(words_width(x, s) for x, s in zip(self.texts, self.sizes, strict=True)),
                )
            self._words = widest
        return self._words

    def padded(self, width: int, right: bool) -> list[str]:
        """Each cell padded to `width` (a cell wider than that as it is)."""
        if self.exact:
            if right:
                return [x.rjust(width) for x in self.texts]
            return [x.ljust(width) for x in self.texts]
        if right:
            return [" " * (width - s) + x for x, s in zip(self.texts, self.sizes, strict=True)]
        return [x + " " * (width - s) for x, s in zip(self.texts, self.sizes, strict=True)]


def _head(head: object) -> tuple[str, int]:
    """A header cell as shown, and its width: the same few labels head a report's tables."""
    if head.__class__ is not str:
        text = one_line(head)
        return text, cells(text)
    known = _HEADS.get(head)
    if known is None:
        if len(_HEADS) >= 1024:
            _HEADS.clear()
        text = one_line(head)
        known = _HEADS[head] = (text, cells(text))
    return known


_HEADS: dict[str, tuple[str, int]] = {}


def _one_line(texts: list[str], whole: str) -> bool:
    """Whether `one_line` leaves every text as it is: printable, no double, leading or trailing
    space (a double space made by joining two texts is one of those)."""
    if not whole.isprintable() or "  " in whole:
        return False
    edges = "\n".join(texts)
    return " \n" not in edges and "\n " not in edges and edges[:1] != " " and edges[-1:] != " "


def columns(header: Sequence[object], rows: Sequence[Sequence[object]]) -> list[Column]:
    """The table's columns: `rows` must each have as many cells as `header`."""
    if not rows:
        return [Column(h, ()) for h in header]
    return [Column(h, values) for h, values in zip(header, zip(*rows, strict=True), strict=True)]


def fit(cols: Sequence[Column], right: Collection[int], width: int | None) -> list[int] | None:
    """`layout.fit` for measured columns."""
    natural = [c.natural for c in cols]
    if width is None or sum(natural) + GAP * (len(natural) - 1) <= width:
        return natural
    least = []
    for i, col in enumerate(cols):
        words = col.words()
        if i not in right:
            words = max(min(NARROW_TEXT, natural[i]), min(words, LONG_WORD))
        least.append(min(natural[i], words))
    return narrowed(natural, least, width - GAP * (len(natural) - 1))


def grid(
    cols: Sequence[Column],
    right: Collection[int],
    widths: Sequence[int],
    marks: Sequence[Mark] | None,
) -> list[str]:
    """`layout.grid` for measured columns: every row whose cells fit is padded a column at a
    time; a row with a cell wider than its column is wrapped as `layout` wraps it."""
    out = _top(cols, right, widths)
    if not cols or not cols[0].texts:
        return out
    padded = [c.padded(w, i in right) for i, (c, w) in enumerate(zip(cols, widths, strict=True))]
    # `one_line` leaves no cell starting with a space: a cell is wrapped when it is too wide
    over = [i for i, (c, w) in enumerate(zip(cols, widths, strict=True)) if c.widest > w]
    blank = [" " * w for w in widths]
    gaps = spaced(cols[0].texts, cols[0].sizes, widths[0])
    sep = " " * GAP
    for n, line in enumerate(zip(*padded, strict=True)):
        mark = marks[n] if marks else ""
        if gaps and n:
            out.append("")
        parts: dict[int, list[str]] = {}
        for i in over:
            if cols[i].sizes[n] > widths[i]:
                parts[i] = wrap(cols[i].texts[n], widths[i])
        if parts:
            out.extend(_wrapped(line, parts, cols, right, blank, mark))
        elif mark:
            out.append(joined(list(line), mark))
        else:
            out.append(sep.join(line).rstrip())
    return out


def _top(cols: Sequence[Column], right: Collection[int], widths: Sequence[int]) -> list[str]:
    """The header's lines and the rule: the same few for most tables of a report."""
    head = tuple(c.head for c in cols)
    key = (head, tuple(widths), tuple(i in right for i in range(len(cols))))
    known = _TOPS.get(key)
    if known is None:
        known = row_lines(head, [c.head_size for c in cols], right, widths, "", False)
        known.append(rule(widths))
        if len(_TOPS) >= 1024:
            _TOPS.clear()
        _TOPS[key] = known
    return list(known)


_TOPS: dict[tuple[tuple[str, ...], tuple[int, ...], tuple[bool, ...]], list[str]] = {}


def _wrapped(
    line: Sequence[str],
    parts: Mapping[int, list[str]],
    cols: Sequence[Column],
    right: Collection[int],
    blank: Sequence[str],
    mark: Mark,
) -> list[str]:
    """`layout.wrapped` of a row whose cells in `parts` are wrapped in their column: the other
    cells, padded in `line`, fit on its first line, and are `blank` on the others."""
    height = max(map(len, parts.values()))
    out = []
    for k in range(height):
        texts = list(line if k == 0 else blank)
        for i, p in parts.items():
            text, width = p[k] if k < len(p) else "", len(blank[i])
            if cols[i].exact:
                texts[i] = text.rjust(width) if i in right else text.ljust(width)
            else:
                texts[i] = pad(text, width, i in right)
        out.append(joined(texts, mark) if mark else (" " * GAP).join(texts).rstrip())
    return out


def text_table(
    title: str,
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    right: Collection[int],
    marks: Sequence[Mark] | None = None,
    *,
    width: int | None = None,
) -> str:
    """`fmt.text_table`, the same text a column at a time."""
    if not header or any(len(r) != len(header) for r in rows):
        return fmt.text_table(title, [str(h) for h in header], rows, right, marks, width=width)
    if rows and not (marks and any(marks)):
        known = _plain(
            title, header, [list(map(str, c)) for c in zip(*rows, strict=True)], right, width
        )
        if known is not None:
            return known
    return laid_out(title, columns(header, rows), right, marks, width)


def column_table(
    title: str,
    header: Sequence[object],
    cols: Sequence[Sequence[str]],
    right: Collection[int],
    marks: Sequence[Mark] | None = None,
    *,
    width: int | None = None,
) -> str:
    """`text_table` of the table's columns, `cols` (each as long, at least one row, as many
    as `header`): a report's tables are worded a column at a time."""
    if not (marks and any(marks)):
        known = _plain(title, header, cols, right, width)
        if known is not None:
            return known
    measured = [Column(h, c) for h, c in zip(header, cols, strict=True)]
    return laid_out(title, measured, right, marks, width)


def _plain(
    title: str,
    header: Sequence[object],
    cols: Sequence[Sequence[str]],
    right: Collection[int],
    width: int | None,
) -> str | None:
    """The table by `plain_grid` when its cells are all plain, else None."""
    if not plain_grid.plain(cols):
        return None
    lines = plain_grid.grid(header, cols, right, width)
    if lines is None:
        return None
    titled = prose(one_line(title), width) if width else title + "\n"
    return f"{titled}\n{lines}"


def laid_out(
    title: str,
    cols: Sequence[Column],
    right: Collection[int],
    marks: Sequence[Mark] | None = None,
    width: int | None = None,
) -> str:
    """`text_table` of columns already measured (at least one)."""
    titled = prose(one_line(title), width).splitlines() if width else [title]
    widths = fit(cols, right, width)
    if widths is None:
        head = [c.head for c in cols]
        body = [list(r) for r in zip(*(c.texts for c in cols), strict=True)]
        lines = stack(head, body, width or 0, marks)
    else:
        lines = grid(cols, right, widths, marks)
    return "\n".join([*titled, "", *lines]) + "\n"


def plain_cells(texts: Sequence[str]) -> bool:
    """Whether `md_cell` leaves every text as it is: empty, or its plain words. Joined by
    single spaces the words are plain words too, and `%%` or `:::` in the join is in one of
    them."""
    joined = " ".join(filter(None, texts))
    if "" in texts and md_cell("") != "":
        return False
    return (
        (not joined or _PLAIN.fullmatch(joined) is not None)
        and "%%" not in joined
        and ":::" not in joined
    )


def md_table(
    header: Sequence[object], rows: Sequence[Sequence[object]], *, right: Collection[int] = ()
) -> str:
    """`fmt.md_table` (escaping), the cells checked all at once: when every cell is plain
    words, the rows are written as they are, else a column of plain words is, and any other
    cell goes through `md_cell`."""
    n = len(header)
    if not n or not rows or set(map(len, rows)) != {n}:
        return fmt.md_table([str(h) for h in header], rows, right=right)
    texts = list(map(str, chain.from_iterable(rows)))
    if not plain_cells(texts):
        cols = [x if plain_cells(x) else [md_cell(c) for c in x] for x in _columns(texts, n)]
        texts = list(chain.from_iterable(zip(*cols, strict=True)))
    return _md_written(header, right, n, len(rows), texts)


def md_column_table(
    header: Sequence[object], cols: Sequence[list[str]], right: Collection[int]
) -> str:
    """`md_table` of the table's columns (each as long, at least one row, as many as
    `header`): a column that repeats a few texts (names) is checked a text at a time."""
    checked = [x if plain_cells(list(dict.fromkeys(x))) else [md_cell(c) for c in x] for x in cols]
    texts = list(chain.from_iterable(zip(*checked, strict=True)))
    return _md_written(header, right, len(cols), len(cols[0]), texts)


def _columns(texts: list[str], n: int) -> list[list[str]]:
    return [texts[i::n] for i in range(n)]


def _md_written(
    header: Sequence[object], right: Collection[int], n: int, count: int, texts: list[str]
) -> str:
    """The table: its header and alignment lines, then `count` rows of `n` `texts` each."""
    head, align = _md_top(header, right)
    key = (n, count)
    rows = _MD_ROWS.get(key)
    if rows is None:
        if len(_MD_ROWS) >= 64:
            _MD_ROWS.clear()
        rows = _MD_ROWS[key] = ("| " + " | ".join(["{}"] * n) + " |\n") * count
    return f"{head}\n{align}\n" + rows.format(*texts)


_MD_ROWS: dict[tuple[int, int], str] = {}


def _md_top(header: Sequence[object], right: Collection[int]) -> tuple[str, str]:
    """The header and alignment lines: the same for every table of a staffing balance."""
    key = (tuple(map(str, header)), tuple(i in right for i in range(len(header))))
    known = _MD_TOPS.get(key)
    if known is None:
        align = "".join("--:|" if r else "---|" for r in key[1])
        known = ("| " + " | ".join(md_cell(h) for h in key[0]) + " |", "|" + align)
        if len(_MD_TOPS) >= 256:
            _MD_TOPS.clear()
        _MD_TOPS[key] = known
    return known


_MD_TOPS: dict[tuple[tuple[str, ...], tuple[bool, ...]], tuple[str, str]] = {}
