"""The workbook's data rows, written as sheet XML without openpyxl's cell objects: every cell
must read back in Excel's reader (openpyxl here) as the value, type and format it had."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from kplan.present.tabular import Column, Sheet, Tabular, xlsx_bytes
from kplan.present.xlsx_rows import column_letter
from kplan.text import t


def test_column_letters_go_past_z() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 53, 702, 703)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_each_kind_of_cell_reads_back_as_it_was() -> None:
    tricky = " <b>Tom & Jerry</b> «=1+1» "
    rows = (
        {"title": tricky, "n": 0.1 + 0.2, "year": 2026, "due": True, "money": 1234.5},
        {"title": "=SUM(A1:A9)", "n": None, "year": None, "due": False, "money": float("nan")},
    )
    columns = (
        Column("title"),
        Column("n", "figure"),
        Column("year", "year"),
        Column("due", "bool"),
        Column("money", "money"),
    )
    tab = Tabular(columns, rows, (Sheet(t("output.sheet.notes"), columns, rows),))
    data = xlsx_bytes(tab, "nb")
    ws = openpyxl.load_workbook(io.BytesIO(data))["Merknader"]
    assert ws["A2"].value == tricky and ws["A2"].data_type == "s"
    assert ws["A3"].value == "=SUM(A1:A9)" and ws["A3"].data_type == "s"  # text, no formula
    assert ws["B2"].value == 0.30000000000000004  # every digit, not openpyxl's 16
    assert ws["B2"].number_format == "#,##0.00"
    assert ws["C2"].value == 2026 and ws["C2"].number_format == "0"
    assert ws["D2"].value is True and ws["D3"].value is False
    assert ws["E2"].value == 1234.5 and ws["E2"].number_format == '#,##0.00" kr"'
    for empty in ("B3", "C3", "E3"):  # unknown figures are empty cells, never 0
        assert ws[empty].value is None
    assert ws.max_row == 3 and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E3"
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b'<dimension ref="A1:E3"/>' in sheet
    assert xlsx_bytes(tab, "nb") == data
