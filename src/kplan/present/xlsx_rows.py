"""A workbook sheet's data rows, written as the sheet's XML in one pass.

openpyxl makes an object per cell and writes each through lxml: for the 200,000 rows of a
regional plan's gap that was most of `kplan gap --format xlsx`'s time. The data rows hold only
text, numbers and truths, each column with one style, so they are written here as text and
spliced into the sheet openpyxl wrote with the header, the widths and the rest of the workbook.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SHEET_DATA_END = b"</sheetData>"
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')


@dataclass(frozen=True)
class Cells:
    """What a sheet's data rows hold, cell by cell: a str is text, a bool a truth, an int or
    float a number, None an empty cell (a figure nobody knows, never 0). `styles` gives each
    column's style id for its numbers (0: none)."""

    rows: Sequence[Sequence[str | bool | int | float | None]]
    styles: Sequence[int]
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


def rows_xml(cells: Cells) -> bytes:
    """The `<row>` elements from the sheet's second row on."""
    letters = [column_letter(c) for c in range(1, cells.width + 1)]
    styled = [f' s="{s}"' if s else "" for s in cells.styles]
    out: list[str] = []
    add = out.append
    for r, row in enumerate(cells.rows, start=2):
        add(f'<row r="{r}">')
        for c, value in enumerate(row):
            if value is None:
                continue
            ref = f'<c r="{letters[c]}{r}"'
            if value is True or value is False:
                add(f'{ref} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, str):
                add(f"{ref} {_text(value)}")
            else:
                add(f'{ref}{styled[c]} t="n"><v>{_number(value)}</v></c>')
        add("</row>")
    return "".join(out).encode("utf-8")


def _number(value: Any) -> str:
    """Every digit kplan computed (repr gives the shortest text that reads back the same)."""
    return repr(value) if isinstance(value, float) else str(int(value))


def with_rows(xml: bytes, cells: Cells) -> bytes:
    """The sheet openpyxl wrote (its header row only) with the data rows added and its
    dimension naming the whole range."""
    if not cells.rows:
        return xml
    end = xml.rindex(_SHEET_DATA_END)
    last = f"{column_letter(max(cells.width, 1))}{len(cells.rows) + 1}"
    xml = xml[:end] + rows_xml(cells) + xml[end:]
    return _DIMENSION.sub(f'<dimension ref="A1:{last}"/>'.encode(), xml, count=1)
