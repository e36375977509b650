"""A workbook sheet's data rows, written as the sheet's XML in one pass.

openpyxl makes an object per cell and writes each through lxml: for the 200,000 rows of a
regional plan's gap that was most of `kplan gap --format xlsx`'s time. The data rows hold only
text, numbers and truths, each column with one style, so they are written here as text and
spliced into the sheet openpyxl wrote with the header, the widths and the rest of the workbook.

A column is written as a whole, not cell by cell: each distinct text once, a column of figures
by one join of their reprs, and the rows put together from the columns' cells by one join.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Any, cast

from kplan.present.tabular_columns import NONE, by_distinct

_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SHEET_DATA_END = b"</sheetData>"
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')
_TRUTH = {True: '" t="b"><v>1</v></c>', False: '" t="b"><v>0</v></c>'}
_CUT = "\x00"
"""Splits numbers' cells joined as one text (no number holds it)."""


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


def _column(
    column: list[Any], style: int, text: Callable[[str], str], letter: str, rows: list[str]
) -> list[Iterable[str]]:
    """One column's cells, row by row, as pieces for `rows_xml` to interleave: either the
    whole cell of each row ("" for an empty one), or a column of cells all there as the start
    of the reference, the row number (`rows`) and the rest of the cell."""
    start = f'<c r="{letter}'
    number = f'"{f" s={chr(34)}{style}{chr(34)}" if style else ""} t="n"><v>'
    end = "</v></c>"
    types = set(map(type, column))
    if types == {NONE}:
        return []
    if types == {float} and math.isfinite(sum(column)):
        joined = number + f"{end}{_CUT}{number}".join(map(repr, column)) + end
        return [repeat(start), rows, joined.split(_CUT)]
    if types == {float, NONE} and math.isfinite(sum(filter(None, column))):
        return [
            [
                "" if value is None else f"{start}{r}{number}{value!r}{end}"
                for r, value in zip(rows, column, strict=True)
            ]
        ]

    def cell(value: Any) -> str | None:
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return None
        if value is True or value is False:
            return _TRUTH[value]
        if isinstance(value, (int, float)):
            return f"{number}{_number(value)}{end}"
        return f'" {_text(text(str(value)))}'

    cells: list[str | None] | None = by_distinct(column, cell)
    if cells is None:  # a column of mixed values: its texts each once all the same
        once: dict[str, str | None] = {}
        cells = [
            (once[v] if v in once else once.setdefault(v, cell(v))) if type(v) is str else cell(v)
            for v in column
        ]
    if None not in cells:
        return [repeat(start), rows, cast("list[str]", cells)]
    return [["" if c is None else f"{start}{r}{c}" for r, c in zip(rows, cells, strict=True)]]


def rows_xml(cells: Cells) -> bytes:
    """The `<row>` elements from the sheet's second row on."""
    rows = [str(r) for r in range(2, cells.height + 2)]
    pieces: list[Iterable[str]] = [[f'<row r="{r}">' for r in rows]]
    for c, (column, style, text) in enumerate(
        zip(cells.columns, cells.styles, cells.texts, strict=True), start=1
    ):
        pieces.extend(_column(column, style, text, column_letter(c), rows))
    pieces.append(repeat("</row>"))
    # the repeats end where the rows do; one text, encoded once (a join of bytes costs more)
    return "".join(chain.from_iterable(zip(*pieces, strict=False))).encode("utf-8")


def with_rows(xml: bytes, cells: Cells) -> bytes:
    """The sheet openpyxl wrote (its header row only) with the data rows added and its
    dimension naming the whole range."""
    if not cells.height:
        return xml
    last = f"{column_letter(max(cells.width, 1))}{cells.height + 1}"
    xml = _DIMENSION.sub(f'<dimension ref="A1:{last}"/>'.encode(), xml, count=1)
    end = xml.rindex(_SHEET_DATA_END)
    return b"".join((xml[:end], rows_xml(cells), xml[end:]))
