"""A workbook sheet's data rows, written as the sheet's XML in one pass.

openpyxl makes an object per cell and writes each through lxml: for the 200,000 rows of a
regional plan's gap that was most of `kplan gap --format xlsx`'s time. The data rows hold only
text, numbers and truths, each column with one style, so they are written here as bytes and
spliced into the sheet openpyxl wrote with the header, the widths and the rest of the workbook.

A column is made ready as a whole, not cell by cell: each distinct text written and encoded
once, a column of figures by one join of their reprs. Each row is then one `%` of a template
in C, the row number and each cell's text its arguments. An empty cell is no element at all:
rows with the same empty cells share a template in which those cells' arguments are consumed
by `%.0b`, which writes nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, repeat
from operator import is_, not_
from typing import Any

from kplan.present.tabular_columns import NONE, by_distinct

_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SHEET_DATA_END = b"</sheetData>"
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')
_TRUTH = {True: '" t="b"><v>1</v></c>', False: '" t="b"><v>0</v></c>'}
_NOTHING = b"%.0b"
"""Consumes an argument of a row's template and writes nothing: an empty cell's."""


@dataclass(frozen=True)
class Cells:
    """A sheet's data rows, column by column: each column's values (as `known` gives them) with
    the style id of its numbers (0: none) and what a text of it shows (`texts`); `height` rows.
    A str is text, a bool a truth, an int or float a number, None an empty cell (a figure
    nobody knows, never 0); any other value is text, as str() gives it."""

    columns: Sequence[list[Any]]
    styles: Sequence[int]
    texts: Sequence[Callable[[str], str]]
    height: int
    width: int
    types: Sequence[set[type]] | None = None
    """The types of each column's values, when the caller has them."""


def column_letter(n: int) -> str:
    """Excel's name of column `n` (1 is A, 27 is AA)."""
    name = ""
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(value: str) -> str:
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f't="inlineStr"><is><t{space}>{value.translate(_ESCAPE)}</t></is></c>'


def _number(value: Any) -> str:
    """Every digit kplan computed (repr gives the shortest text that reads back the same)."""
    return repr(value) if isinstance(value, float) else str(int(value))


def _lines(texts: Any) -> list[bytes]:
    """Texts without a line break, encoded by one join, one encode and one split."""
    return "\n".join(texts).encode("utf-8").split(b"\n")


def _finite(column: list[Any]) -> bool:
    """Every float of a column of floats and None is finite (a nan or inf makes the sum one)."""
    try:
        return math.isfinite(sum(filter(None, column)))
    except OverflowError:
        return False


@dataclass(frozen=True)
class _Column:
    """One column's part of a row's template (`cell`), what fills it in each row (`values`, one
    list per argument after the row number), and which rows leave it empty (None: none)."""

    cell: bytes
    values: list[list[bytes]]
    empty: list[bool] | None


def _column(
    column: list[Any], style: int, text: Callable[[str], str], letter: str, types: set[type]
) -> _Column:
    start = f'<c r="{letter}'.encode() + b"%b"
    number = f'"{f" s={chr(34)}{style}{chr(34)}" if style else ""} t="n"><v>'
    end = "</v></c>"
    if types <= {float, NONE} and _finite(column):
        empty = list(map(is_, column, repeat(None))) if NONE in types else None
        # None's repr is written for an empty cell too, and consumed unseen
        return _Column(start + f"{number}%b{end}".encode(), [_lines(map(repr, column))], empty)

    def cell(value: Any) -> bytes:
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return b""
        if value is True or value is False:
            return _TRUTH[value].encode()
        if isinstance(value, (int, float)):
            return f"{number}{_number(value)}{end}".encode()
        return f'" {_text(text(str(value)))}'.encode()

    cells: list[bytes] | None = by_distinct(column, cell, types)
    if cells is None:  # a column of mixed values: its texts each once all the same
        once: dict[str, bytes] = {}
        cells = [
            (once[v] if v in once else once.setdefault(v, cell(v))) if type(v) is str else cell(v)
            for v in column
        ]
    # a cell that is there is never b"": it holds at least the quote closing its reference
    empty = None if all(cells) else list(map(not_, cells))
    return _Column(start + b"%b", [cells], empty)


class _Templates(dict[tuple[bool, ...], bytes]):
    """A row's template for each pattern of empty cells (one flag per column that has any),
    made the first time a row has that pattern."""

    def __init__(self, parts: list[tuple[bytes, bytes] | bytes]) -> None:
        super().__init__()
        self.parts = parts

    def __missing__(self, empty: tuple[bool, ...]) -> bytes:
        flags = iter(empty)
        text = b"".join(
            part if isinstance(part, bytes) else part[1] if next(flags) else part[0]
            for part in self.parts
        )
        self[empty] = text
        return text


def rows_xml(cells: Cells) -> bytes:
    """The `<row>` elements from the sheet's second row on."""
    return b"".join(row_pieces(cells))


def row_pieces(cells: Cells, rows: int = 1 << 30) -> Iterator[bytes]:
    """The `<row>` elements from the sheet's second row on, `rows` of them a piece."""
    if not cells.height:
        return
    numbers = _lines(map(str, range(2, cells.height + 2)))
    args = [numbers]
    parts: list[tuple[bytes, bytes] | bytes] = [b'<row r="%b">']
    masks = []
    kinds = cells.types or [set(map(type, column)) for column in cells.columns]
    for c, (column, style, text, types) in enumerate(
        zip(cells.columns, cells.styles, cells.texts, kinds, strict=True), start=1
    ):
        if types <= {NONE}:
            continue  # a column nobody knows a figure of: no cell at all
        made = _column(column, style, text, column_letter(c), types)
        args.append(numbers)
        args.extend(made.values)
        if made.empty is None:
            parts.append(made.cell)
        else:
            parts.append((made.cell, _NOTHING * (1 + len(made.values))))
            masks.append(made.empty)
    parts.append(b"</row>")
    templates = _Templates(parts)
    values = zip(*args, strict=True)
    if masks:
        written = map(bytes.__mod__, map(templates.__getitem__, zip(*masks, strict=True)), values)
    else:
        written = map(templates[()].__mod__, values)
    while piece := b"".join(islice(written, rows)):
        yield piece


def sheet_ends(xml: bytes, cells: Cells) -> tuple[bytes, bytes]:
    """The sheet openpyxl wrote (its header row only) cut where the data rows go, its
    dimension naming the whole range."""
    if cells.height:
        last = f"{column_letter(max(cells.width, 1))}{cells.height + 1}"
        xml = _DIMENSION.sub(f'<dimension ref="A1:{last}"/>'.encode(), xml, count=1)
    end = xml.rindex(_SHEET_DATA_END)
    return xml[:end], xml[end:]
