"""Rows a sheet hides: Excel keeps rows hidden by a filter (or by hand) in the file, and a reader
of the cells sees them as any other row. An inventory counted from them would hold figures
nobody saw in Excel, so `inventory_xlsx` refuses a row that is hidden and holds anything.

openpyxl's read-only sheets do not keep the rows' attributes, so the sheet's XML is scanned for
them on its own: one pass over bytes already bounded by `xlsx.open_workbook`, matching only the
`<row …>` tags (a text cannot hold a `<`, so no cell's text is mistaken for one).
"""

from __future__ import annotations

import re
from typing import Any

_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_HIDDEN = re.compile(rb"""\shidden\s*=\s*["'](?:1|true)["']""")
_NUMBER = re.compile(rb"""\sr\s*=\s*["'](\d{1,7})["']""")
_CHUNK = 1 << 20


def hidden_rows(ws: Any) -> frozenset[int]:
    """The numbers of the rows `ws` (an openpyxl read-only sheet) hides; empty when the sheet
    cannot say (not a read-only sheet)."""
    source = getattr(ws, "_get_source", None)
    if source is None:
        return frozenset()
    hidden: set[int] = set()
    number = 0
    tail = b""
    with source() as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            # a tag cut off at the chunk's end is read whole with the next chunk
            cut = data.rfind(b"<") if chunk else len(data)
            cut = len(data) if cut < 0 else cut
            for m in _ROW.finditer(data, 0, cut):
                attrs = m[1]
                given = _NUMBER.search(b" " + attrs)
                # a row without `r` is the one after the last (ECMA-376 18.3.1.73)
                number = int(given[1]) if given else number + 1
                if _HIDDEN.search(b" " + attrs):
                    hidden.add(number)
            tail = data[cut:]
            if not chunk:
                return frozenset(hidden)
