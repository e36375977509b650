"""Rows for a spreadsheet, three ways: the machine csv (`,`, `.` decimals, the figures as
computed), the csv Norwegian Excel opens in columns (`--excel`: `;`, decimal comma, a BOM, CRLF)
and an xlsx workbook for a reader (headers in words, numbers as numbers in a Norwegian number
format, unknown figures as empty cells, never 0).

A command's present module builds one `Tabular` from its result; the three writers here only
lay it out, so the three files always hold the same rows and the same figures. A text cell
never becomes a formula: in the workbook it is stored as text, and in the Excel csv a text that
starts as a formula would (= + - @, a tab or a carriage return) gets a leading `'`, as OWASP
advises for CSV injection.
"""

from __future__ import annotations

import csv
import datetime
import io
import math
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from kplan.present.catalogue import words
from kplan.present.csv_rows import template_rows
from kplan.present.tabular_columns import (
    columns as table_columns,
)
from kplan.present.tabular_columns import (
    csv_fields,
    csv_lines,
    excel_cell,
    excel_column,
    known_values,
    longest,
    quoter,
)
from kplan.present.xlsx_rows import Cells
from kplan.present.xlsx_zip import ROWS, packed
from kplan.read.openpyxl_quiet import import_openpyxl
from kplan.text import Text, t

KINDS = ("text", "choice", "year", "count", "figure", "money", "bool")
"""What a column holds; the workbook shows each kind with its own number format, and a choice
from the plan's vocabulary (a requirement's kind, a need type, a status) in the reader's words,
where the csv keeps the key."""

NUMBER_FORMATS = {
    "year": "0",
    "count": "#,##0",
    "figure": "#,##0.00",
    "money": '#,##0.00" kr"',
}
"""Excel's format codes are written with `,` and `.` and shown with the reader's separators:
`#,##0.00` is «1 234,56» in a Norwegian Excel or LibreOffice."""

MAX_CELL = 32767
"""The most characters Excel keeps in one cell; a longer text would make it «repair» the file."""

KEY_SHEET = "kplan"
"""The hidden sheet that names each column's machine key (the csv's header)."""

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = datetime.datetime(2000, 1, 1)
"""The workbook's creation time: fixed, so the same plan gives the same bytes."""


@dataclass(frozen=True)
class Column:
    """One column: its machine key (the csv header), what it holds, and the catalogue key of
    its header in words (`output.col.<key>` unless given)."""

    key: str
    kind: str = "text"
    label: str = ""

    @property
    def label_key(self) -> str:
        return self.label or f"output.col.{self.key}"


@dataclass(frozen=True)
class Sheet:
    """A sheet of the workbook: its name in words, its columns and its rows (by machine key).
    `names` gives, for a column of ids, what the plan calls each: the sheet shows the name in
    that column and the ids in a column of their own at the end."""

    title: Text
    columns: tuple[Column, ...]
    rows: Sequence[Mapping[str, Any]]
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Tabular:
    """What a command's csv holds, once: the csv's columns and rows, the sheets a reader gets
    in the workbook, and notes (in words) a reader must see next to the figures. Rows (here
    and in a `Sheet`) are mappings by key; a command with many may make them column by column
    (`tabular_columns.ColumnRows`), which the writers take without a dict per row."""

    columns: tuple[Column, ...]
    rows: Sequence[Mapping[str, Any]]
    sheets: tuple[Sheet, ...]
    notes: tuple[Text | str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# csv


def csv_text(tab: Tabular) -> str:
    """The machine csv: a header of keys, `,`, `\\n` line ends, the figures as computed, an
    unknown figure as an empty cell."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    keys = [c.key for c in tab.columns]
    writer.writerow(keys)
    fast = template_rows(tab.rows, keys, ",", "\n", excel=False)
    if fast is not None:
        return buf.getvalue() + fast
    quote = quoter(",", "\n")
    # a national gap has a million cells: each column is written as a whole
    fields = [csv_fields(column, quote) for column in table_columns(tab.rows, keys)]
    if len(keys) > 1 and all(f is not None for f in fields):
        return buf.getvalue() + csv_lines(cast("list[list[str]]", fields), ",", "\n")
    finite = math.isfinite
    # csv writes None as an empty cell: only an overflowed or NaN figure needs turning into one
    writer.writerows(
        [v if not isinstance(v, float) or finite(v) else None for v in map(row.get, keys)]
        for row in tab.rows
    )
    return buf.getvalue()


def excel_csv(tab: Tabular) -> str:
    """The csv Norwegian Excel opens in columns: the same header and rows as the machine csv,
    `;` between cells, decimal commas, CRLF line ends and a byte order mark (Excel reads a
    file without one as Windows-1252). Each cell is `excel_cell` of its value."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    keys = [c.key for c in tab.columns]
    writer.writerow(keys)
    fast = template_rows(tab.rows, keys, ";", "\r\n", excel=True)
    if fast is not None:
        return "\ufeff" + buf.getvalue() + fast
    if len(keys) > 1:
        quote = quoter(";", "\r\n")
        fields = [excel_column(column, quote) for column in table_columns(tab.rows, keys)]
        return "\ufeff" + buf.getvalue() + csv_lines(fields, ";", "\r\n")
    for row in tab.rows:  # a row of one empty field is written «""»: the csv module knows
        writer.writerow([excel_cell(row.get(key)) for key in keys])
    return "\ufeff" + buf.getvalue()


# ---------------------------------------------------------------------------------------------
# xlsx


def _text_cell(value: str) -> str:
    """Text as a cell can hold it: control characters shown as `\\xNN` (the file format has no
    place for them), and cut at Excel's limit with «…»."""
    value = _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _fill(ws: Any, columns: Sequence[Column], data: Sequence[list[Any]], lang: str) -> Cells:
    """The header row, widths, frozen header and filter, for `columns` holding `data` (each
    column's values); the data rows are returned, for `xlsx_rows` to write (openpyxl's cell
    objects cost most of the time on large sheets)."""
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from kplan.present.labels import Labels

    choice = Labels(lang).value

    def chosen(key: str) -> str:
        return _text_cell(choice(key))

    headers = [_text_cell(words(t(c.label_key), lang)) for c in columns]
    ws.append(headers)
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.data_type = "s"
        cell.font = bold
    height = len(data[0]) if data else 0
    known, kinds = [], []
    for raw in data:
        types = set(map(type, raw))
        value = known_values(raw, types)  # unknown: an empty cell, never 0
        known.append(value)
        kinds.append(types if value is raw else set(map(type, value)))
    styles = []
    for c, (column, header, value, types) in enumerate(
        zip(columns, headers, known, kinds, strict=True), 1
    ):
        style = 0
        if column.kind in NUMBER_FORMATS:
            # a cell outside the sheet: its style id registers the format with the workbook
            probe = Cell(ws, row=1, column=1)
            probe.number_format = NUMBER_FORMATS[column.kind]
            style = probe.style_id
        styles.append(style)
        most = max(len(header), longest(value, column.kind, choice, types))
        ws.column_dimensions[get_column_letter(c)].width = float(min(max(most + 2, 8), 60))
    ws.freeze_panes = "A2"
    if height:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{height + 1}"
    # «=1+1» stays text, never a formula
    texts = [chosen if c.kind == "choice" else _text_cell for c in columns]
    return Cells(known, styles, texts, height, len(columns), kinds)


def _named(sheet: Sheet) -> tuple[tuple[Column, ...], list[list[Any]]]:
    """The sheet's columns as a reader gets them, and each one's values: a named column
    (`unit`) shows the names under the key `unit_name`, and its ids move to the end, headed
    «Enhet (id)»."""
    named = [c for c in sheet.columns if c.key in sheet.names]
    columns = tuple(
        Column(f"{c.key}_name", c.kind, c.label_key) if c.key in sheet.names else c
        for c in sheet.columns
    ) + tuple(Column(c.key, "text", f"output.col.{c.key}_id") for c in named)
    # the name of a row's id takes the place of what the row holds under `unit_name`
    of = {f"{c.key}_name": c.key for c in named}
    keys = list(dict.fromkeys([*(c.key for c in columns), *of.values()]))
    data = dict(zip(keys, table_columns(sheet.rows, keys), strict=True))
    for key, named_key in of.items():
        names, ids = sheet.names[named_key], data[named_key]
        if set(map(type, ids)) <= {str}:
            once = {i: names.get(i) or i for i in set(ids)}
            data[key] = list(map(once.__getitem__, ids))
        else:
            data[key] = [
                value if i is None else names.get(i) or i
                for i, value in zip(ids, data[key], strict=True)
            ]
    return columns, [data[c.key] for c in columns]


def _sheet_name(title: Text, lang: str, taken: set[str]) -> str:
    """The sheet's name in words, as Excel allows it: 31 characters, no []:*?/\\, unique."""
    name = re.sub(r"[\[\]:*?/\\]", " ", words(title, lang)).strip()[:31] or "Ark"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def workbook(tab: Tabular, lang: str) -> tuple[Any, list[Cells]]:
    """The openpyxl workbook: the sheets in words, a sheet of notes when there are any, and the
    hidden sheet naming each column's machine key; and the data rows of each sheet, in order,
    which `xlsx_bytes` adds to the sheets openpyxl writes."""
    import_openpyxl()
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    for default in list(wb.worksheets):  # the empty «Sheet» a new workbook starts with
        wb.remove(default)
    taken = {KEY_SHEET}
    keys: list[tuple[str, str, str]] = []
    data: list[Cells] = []
    for sheet in tab.sheets:
        name = _sheet_name(sheet.title, lang, taken)
        columns, values = _named(sheet)
        data.append(_fill(wb.create_sheet(name), columns, values, lang))
        keys.extend((name, get_column_letter(i), c.key) for i, c in enumerate(columns, start=1))
    if tab.notes:
        ws = wb.create_sheet(_sheet_name(t("output.sheet.notes"), lang, taken))
        ws.append([_text_cell(words(t("output.col.note"), lang))])
        ws["A1"].data_type = "s"
        for note in tab.notes:
            ws.append([_text_cell(words(note, lang))])
            ws.cell(row=ws.max_row, column=1).data_type = "s"
        ws.column_dimensions["A"].width = 100
    hidden = wb.create_sheet(KEY_SHEET)
    hidden.append(["sheet", "column", "key"])
    for row in keys:
        hidden.append(list(row))
        for cell in hidden[hidden.max_row]:
            cell.data_type = "s"
    hidden.sheet_state = "hidden"
    wb.properties.creator = "kplan"
    wb.properties.lastModifiedBy = "kplan"
    wb.properties.created = _EPOCH
    wb.properties.modified = _EPOCH
    return wb, data


def xlsx_bytes(tab: Tabular, lang: str, rows: int = ROWS) -> bytes:
    """The workbook as bytes, the same for the same rows (openpyxl dates the file and each
    zip entry with the time it was written: both are fixed here), every figure with all its
    digits; the data rows compressed `rows` at a time while the next are written."""
    import_openpyxl()
    from openpyxl.writer.excel import ExcelWriter

    wb, data = workbook(tab, lang)
    # openpyxl names the sheets sheet1.xml, sheet2.xml... in the workbook's order, data first
    sheets = {f"xl/worksheets/sheet{i}.xml": cells for i, cells in enumerate(data, start=1)}
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:  # compressed once, in packed
        ExcelWriter(wb, archive).save()
    return packed(raw.getvalue(), sheets, rows)
