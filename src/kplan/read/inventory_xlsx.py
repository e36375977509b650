"""Inventory from Excel: an HR system's headcount export (.xlsx) read as its CSV is read.

The workbook has the CSV's columns (`tables.INVENTORY_COLUMNS` and the `age:`/`position:`
bands); the header row is the first row of the first sheet that holds anything, after a title
or two of one text each (the report's name HR systems put above it). HR systems export one
sheet; a later sheet with the same header row is read as more rows (one sheet per unit is a
common way to collect them), a later sheet with another header is refused, since its rows
would otherwise be lost without a word, and empty sheets are passed over. Nothing Excel hides
is counted: a hidden sheet that holds anything and a hidden row (a filter) are refused.

Each cell is turned into the text the CSV file would hold (a number as digits, a date as
YYYY-MM-DD, a number stored as text with a decimal comma as it stands), so the rows go through
the same `plan.compact.InventoryReader` as CSV rows and give the same figures. A cell of the
wrong kind (a date where persons belong, a formula, an Excel error value, text that is no
number in a number column) is reported at its cell as K810 and its row left out; a value the
model refuses is reported by the model, at its cell (`resolve_xlsx`).

Workbooks with macros (.xlsm, .xltm) are refused without being opened: an inventory has no use
for macros, and a plan repository should hold none.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kplan.diagnostics import Diagnostic, Finding, make
from kplan.hints import did_you_mean, shown
from kplan.read.cells import INT, digits_hint
from kplan.read.privacy import hits
from kplan.read.sources import DISK, Source
from kplan.read.tables import BAND_COLUMNS, INVENTORY_COLUMNS, column
from kplan.read.xlsx import MAX_UNPACKED, open_workbook, sheet_label
from kplan.read.xlsx_hidden import hidden_rows
from kplan.text import Text, t

SHEET_SPAN = 2**21
"""Rows of a workbook's sheets numbered one after another: row r of sheet n (0-based, in the
workbook's order) is `n * SHEET_SPAN + r`, so an inventory row's index in its file (that
number less 2, as a CSV row's is its line less 2) says its sheet and row (`place`)."""
MAX_SHEET_ROWS = 1_048_576
"""Excel's own limit; the file's size (`xlsx.MAX_XLSX_BYTES`) bounds the work long before."""
MAX_HEADER_ROW = 1000
"""The header row is looked for this far down: an export starts at the top."""
MAX_COLUMNS = 100
"""Inventory columns plus bands: a few dozen in real exports."""
MAX_BAD_ROWS = 500
"""Rows with bad cells listed one by one per workbook, as for CSV."""
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".ods")
"""Files read as workbooks (the opener says plainly what an .xls or .ods is instead)."""
_MACRO_SUFFIXES = (".xlsm", ".xltm")
_EXCEL_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
)
_DEC = re.compile(r"[-+]?[0-9]{1,18}([.,][0-9]{1,18})?")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}")
_WHOLE = frozenset(("persons",))
_BAND_PREFIXES = tuple(BAND_COLUMNS.values())
_SCAN_BLANK = str.maketrans("\t\n\r", "   ")


def is_workbook(path: str) -> bool:
    """Whether a file named under inventory_files is read as a workbook, not as CSV."""
    return path.lower().endswith(WORKBOOK_SUFFIXES)


def place(number: int) -> tuple[int, int]:
    """(sheet position, row) of a row number `XlsxTable.records` gave."""
    return divmod(number, SHEET_SPAN)


def _kind(name: str) -> str:
    if name in _WHOLE or name.startswith(_BAND_PREFIXES):
        return "whole"
    return {"fte": "decimal", "date": "date", "illustrative": "flag"}.get(name, "text")


def _decimal(value: float) -> str:
    text = repr(value)
    return format(Decimal(text), "f") if "e" in text or "E" in text else text


def cell_text(value: Any, kind: str, data_type: str = "") -> str | Text:
    """The text a CSV file would hold for a cell's value, or why the cell cannot be used."""
    if value is None:
        return ""
    if data_type == "f" or type(value).__name__ in ("ArrayFormula", "DataTableFormula"):
        return t("read.k807.formula", cell=shown(str(getattr(value, "text", value))[:40]))
    if isinstance(value, bool):
        if kind in ("flag", "text"):
            return "true" if value else "false"
        return t("read.xlsx.bool", kind=t(f"read.xlsx.kind.{kind}"))
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return t("read.xlsx.not_finite")
        if kind == "date":
            return t("read.xlsx.date_as_number", value=_number(value))
        if kind == "whole" and isinstance(value, float) and not value.is_integer():
            return t("read.xlsx.not_whole", value=_number(value))
        return _number(value)
    if isinstance(value, dt.datetime):
        if kind != "date":
            return t("read.xlsx.date_in", kind=t(f"read.xlsx.kind.{kind}"))
        if value.time() != dt.time():
            return t("read.xlsx.date_with_time", value=value.isoformat(sep=" "))
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return (
            value.isoformat()
            if kind == "date"
            else t("read.xlsx.date_in", kind=t(f"read.xlsx.kind.{kind}"))
        )
    if isinstance(value, dt.time | dt.timedelta):
        return t("read.xlsx.time")
    text = str(value).strip()
    if data_type == "e" or text in _EXCEL_ERRORS:
        return t("read.xlsx.error_value", value=shown(text[:20]))
    if not text or kind in ("text", "flag"):
        return text
    if kind == "whole" and not INT.fullmatch(text):
        return t("read.xlsx.text_not_whole", value=shown(text[:40]), hint=digits_hint(text))
    if kind == "decimal" and not _DEC.fullmatch(text):
        return t("read.xlsx.text_not_number", value=shown(text[:40]), hint=digits_hint(text))
    if kind == "date" and not _DATE_TEXT.fullmatch(text):
        return t("read.xlsx.text_not_date", value=shown(text[:40]), hint=digits_hint(text))
    return text


def _number(value: int | float) -> str:
    if isinstance(value, float):
        # Excel shows (and writes to CSV) 15 significant digits: 0.1 + 0.2 is 0,3 there too
        value = float(f"{value:.15g}")
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else _decimal(value)
    return str(value)


@dataclass
class XlsxTable:
    """An inventory workbook with a checked header row; rows are read by `records`."""

    path: str
    header: tuple[str, ...]
    book: Any = field(repr=False)
    first: int
    """Position of the sheet the header row is on."""
    header_row: int
    sheets: tuple[str, ...] = ()
    """Every sheet's name, as a diagnostic shows it, by position."""
    flagged: dict[tuple[str, int, int, str], str] = field(default_factory=dict, repr=False)
    """The text each personal-data hit of `records` flags, by sheet, row, column and code: a
    false alarm is marked by that text in the plan's `suppress:` (see `flagged_cells`)."""
    _bad: int = field(default=0, init=False, repr=False)
    _unlisted: tuple[int, str] = field(default=(0, ""), init=False, repr=False)

    def records(self, problems: list[Diagnostic]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells as CSV text) for each row of every sheet with this header row
        (`place` turns the number back into a sheet and row). Rows with cells kplan cannot
        use are reported to `problems` and left out; so is personal data, at its cell."""
        self._bad, self._unlisted = 0, (0, "")
        try:
            for pos, ws in enumerate(self.book.worksheets):
                if pos >= self.first:
                    yield from self._sheet(pos, ws, problems)
        finally:
            self.book.close()
        if self._bad > MAX_BAD_ROWS:
            more = self._bad - MAX_BAD_ROWS
            key = "plan.k807.more_bad_rows.one" if more == 1 else "plan.k807.more_bad_rows.many"
            row, sheet = self._unlisted
            problems.append(make(self.path, row, 1, "K810", t(key, n=more), sheet=sheet))

    def _sheet(
        self, pos: int, ws: Any, problems: list[Diagnostic]
    ) -> Iterator[tuple[int, list[str]]]:
        label = self.sheets[pos]
        kinds = [_kind(name) for name in self.header]
        width = len(self.header)
        scan_rows: list[int] = []
        scan_lines: list[str] = []
        rows = _rows(ws, MAX_SHEET_ROWS)
        hidden = _hidden(self.path, label, ws, rows)
        if hidden is not None:
            problems.append(hidden)
            return
        if pos != self.first:
            # a later sheet is read when its first row is the same header row
            found = _header_row(rows)
            if found is None:
                return
            number, cells = found
            if _names(cells) != self.header:
                first = self.sheets[self.first]
                why = t("read.xlsx.other_header", sheet=label, first=first)
                problems.append(make(self.path, number, 1, "K810", why, sheet=label))
                return
        unseen = hidden_rows(ws)
        seen_hidden: list[int] = []
        for number, cells in rows:
            if pos == self.first and number <= self.header_row:
                continue
            if number in unseen:
                seen_hidden.append(number)
            values = [cell.value for cell in cells]
            scan_rows.append(number)
            scan_lines.append(
                "\t".join("" if v is None else str(v).translate(_SCAN_BLANK) for v in values)
            )
            texts = [
                cell_text(values[i], kinds[i], getattr(cells[i], "data_type", ""))
                for i in range(min(width, len(values)))
            ]
            wrong = [(i, x) for i, x in enumerate(texts) if isinstance(x, Text)]
            if len(values) > width:
                wrong.append((width + _first_value(values[width:]), t("read.xlsx.no_column")))
            if wrong:
                self._bad += 1
                if self._bad <= MAX_BAD_ROWS:
                    problems.extend(
                        make(self.path, number, i + 1, "K810", why, sheet=label) for i, why in wrong
                    )
                elif self._bad == MAX_BAD_ROWS + 1:
                    self._unlisted = (number, label)
                continue
            cells_text = [x for x in texts if isinstance(x, str)]
            cells_text += [""] * (width - len(cells_text))
            yield pos * SHEET_SPAN + number, cells_text
        if seen_hidden:
            why = t("read.xlsx.hidden_rows", row=seen_hidden[0], n=len(seen_hidden))
            problems.append(make(self.path, seen_hidden[0], 1, "K810", why, sheet=label))
        problems.extend(_privacy(self.path, label, scan_rows, scan_lines, self.flagged))


def _first_value(values: list[Any]) -> int:
    return next(i for i, v in enumerate(values) if v not in (None, ""))


def _rows(ws: Any, max_rows: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cells up to the last that holds anything) of the rows that hold anything.

    The sheet's own dimensions are not trusted (a hostile file may claim 16,384 columns):
    rows come as the file has them, at most MAX_COLUMNS + 1 cells wide. openpyxl fills a gap
    of missing rows with one shared empty row, passed over by identity, so a value in row
    1,000,000 costs no million row walks."""
    ws.reset_dimensions()
    empty: Any = None
    for number, row in enumerate(ws.iter_rows(min_row=1, max_row=max_rows), start=1):
        if row is empty:
            continue
        end = min(len(row), MAX_COLUMNS + 1)
        while end and row[end - 1].value in (None, ""):
            end -= 1
        if not end:
            empty = row
            continue
        yield number, tuple(row[:end])


def _hidden(
    path: str, label: str, ws: Any, rows: Iterator[tuple[int, tuple[Any, ...]]]
) -> Diagnostic | None:
    """A K810 for a hidden sheet that holds anything: its rows would be counted without anyone
    seeing them in Excel (last year's export kept out of sight). An empty hidden sheet (a list
    for a drop-down) is no matter; `rows` is read only for a hidden sheet."""
    if getattr(ws, "sheet_state", "visible") == "visible":
        return None
    found = next(rows, None)
    if found is None:
        return None
    return make(path, found[0], 1, "K810", t("read.xlsx.hidden_sheet", sheet=label), sheet=label)


_TITLE_ROWS = 3
"""A report's name, a subtitle and a date: more rows of one text above a header are data."""


def _header_row(
    rows: Iterator[tuple[int, tuple[Any, ...]]],
) -> tuple[int, tuple[Any, ...]] | None:
    """The first row that is not a title: HR systems put the report's name (one cell, often
    merged over the columns) above the header. A title holds no figure, so passing over it
    loses none; a row of one known column name is a header. More rows of one text than a
    title takes (a CSV pasted into column A) are no titles: the first is the header, and is
    reported as such."""
    first = None
    for seen, (number, cells) in enumerate(rows):
        filled = [c.value for c in cells if c.value not in (None, "")]
        title = len(filled) == 1 and isinstance(filled[0], str)
        if not title or _is_column(filled[0].strip()):
            return number, cells
        first = first or (number, cells)
        if seen >= _TITLE_ROWS:
            break
    return first


def _is_column(name: str) -> bool:
    return name in INVENTORY_COLUMNS or name.startswith(_BAND_PREFIXES)


def _names(cells: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(str(c.value).strip() if c.value is not None else "" for c in cells)


def _privacy(
    path: str,
    sheet: str,
    rows: list[int],
    lines: list[str],
    flagged: dict[tuple[str, int, int, str], str],
) -> list[Diagnostic]:
    """K601-K604 in the cells' text, at the cell: the rows are scanned as one text, cells
    parted by tabs, as a CSV export is scanned."""
    text = "\n".join(lines)
    if not text.strip():
        return []
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for hit in hits(text):
        i = bisect.bisect_right(starts, hit.offset) - 1
        col = text.count("\t", starts[i], hit.offset) + 1
        out.append(make(path, rows[i], col, hit.code, hit.message, sheet=sheet))
        flagged[(sheet, rows[i], col, hit.code)] = hit.text
    return out


def flagged_cells(path: str, source: Source = DISK) -> dict[tuple[str, int, int, str], str]:
    """The text each K601-K604 in an inventory workbook flags, by sheet, row, column and code
    (what `privacy.flagged` is for a text file); empty when the workbook cannot be read."""
    table = read_inventory_xlsx(path, source)
    if isinstance(table, Diagnostic):
        return {}
    for _ in table.records([]):
        pass
    return table.flagged


def read_inventory_xlsx(path: str, source: Source = DISK) -> XlsxTable | Diagnostic:
    """An inventory workbook with its header row checked, or the first reason it cannot be
    used."""
    if path.lower().endswith(_MACRO_SUFFIXES):
        return make(path, 0, 0, "K810", t("read.xlsx.macros"))
    # an HR export of 60,000 rows: as large as the whole unpacked workbook may be
    book = open_workbook(path, source, max_sheet_xml=MAX_UNPACKED)
    if isinstance(book, Diagnostic):
        return book
    sheets = tuple(sheet_label(ws.title) for ws in book.worksheets)
    for pos, ws in enumerate(book.worksheets):
        rows = _rows(ws, MAX_HEADER_ROW)
        hidden = _hidden(path, sheets[pos], ws, rows)
        if hidden is not None:
            book.close()
            return hidden
        found = _header_row(rows)
        if found is None:
            continue
        number, cells = found
        refused = _header(path, sheets[pos], number, cells)
        if isinstance(refused, Diagnostic):
            book.close()
            return refused
        return XlsxTable(path, refused, book, pos, number, sheets)
    book.close()
    return make(path, 0, 0, "K810", t("read.xlsx.empty"))


def _header(
    path: str, sheet: str, row: int, cells: tuple[Any, ...]
) -> tuple[str, ...] | Diagnostic:
    if len(cells) > MAX_COLUMNS:
        why = t("read.xlsx.too_many_columns", most=MAX_COLUMNS)
        return make(path, row, MAX_COLUMNS + 1, "K810", why, sheet=sheet)
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells, start=1):
        value = cell.value
        if value is None or (isinstance(value, str) and not value.strip()):
            return make(path, row, i, "K810", t("read.xlsx.unnamed_column", n=i), sheet=sheet)
        if not isinstance(value, str) or getattr(cell, "data_type", "") == "f":
            why = t("read.xlsx.header_not_text", value=shown(str(value)[:40]))
            return make(path, row, i, "K810", why, sheet=sheet)
        name = value.strip()
        key = name.casefold()
        if key in seen:
            why = t(
                "read.k807.column_twice", name=shown(name), other=names[seen[key] - 1], n=seen[key]
            )
            return make(path, row, i, "K810", why, sheet=sheet)
        seen[key] = i
        names.append(name)
    return tuple(names)


def unknown_xlsx_columns(table: XlsxTable) -> list[Diagnostic]:
    """Columns kplan does not know, at their header cell: a typo would lose data silently."""
    known = INVENTORY_COLUMNS
    out = []
    for i, name in enumerate(table.header, start=1):
        if name not in known and not name.startswith(_BAND_PREFIXES):
            hint = did_you_mean(name, known) or t("read.k807.known_columns", columns=known)
            why = t("read.k807.unknown_column", name=shown(name), hint=hint)
            sheet = table.sheets[table.first]
            out.append(make(table.path, table.header_row, i, "K810", why, sheet=sheet))
    return out


def resolve_xlsx(file: str, items: Iterable[Finding], source: Source = DISK) -> list[Diagnostic]:
    """Diagnostics for findings in an inventory workbook: (inventory, index, field, ...) is
    a sheet, a row and the field's column (`place`)."""
    table = read_inventory_xlsx(file, source)
    header: tuple[str, ...] = ()
    sheets: tuple[str, ...] = ()
    if isinstance(table, XlsxTable):
        header, sheets = table.header, table.sheets
        table.book.close()
    out = []
    for f in items:
        if len(f.path) < 2 or not isinstance(f.path[1], int) or not sheets:
            out.append(make(file, 0, 0, f.code, f.message))
            continue
        pos, row = place(f.path[1] + 2)
        name = str(f.path[2]) if len(f.path) > 2 else ""
        if name in BAND_COLUMNS and len(f.path) > 3:
            name = BAND_COLUMNS[name] + str(f.path[3])
        sheet = sheets[pos] if pos < len(sheets) else ""
        out.append(make(file, row, column(header, name) or 1, f.code, f.message, sheet=sheet))
    return out
