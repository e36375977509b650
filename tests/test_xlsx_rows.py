"""The workbook's data rows, written as sheet XML without openpyxl's cell objects: every cell
must read back in Excel's reader (openpyxl here) as the value, type and format it had."""

from __future__ import annotations

import io
import math
import random
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest

from kplan.present.tabular import Column, Sheet, Tabular, xlsx_bytes
from kplan.present.xlsx_rows import Cells, column_letter, rows_xml
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


def _cell_by_hand(value: Any, ref: str, style: int, text: Callable[[str], str]) -> str:
    """One cell as the sheet's XML defines it, written out plainly."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""  # an unknown figure is no cell, never 0
    if value is True or value is False:
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        shown = repr(value) if isinstance(value, float) else str(int(value))
        return f'<c r="{ref}"{f" s={chr(34)}{style}{chr(34)}" if style else ""} t="n"><v>{shown}</v></c>'
    said = text(str(value))
    space = ' xml:space="preserve"' if said != said.strip() else ""
    escaped = said.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escaped}</t></is></c>'


POOLS: list[list[Any]] = [
    [0.5, 0.0, 2.25],  # figures that repeat: each written once
    [0.5, 0.0, -0.0, 2.25],  # -0.0 equals 0.0 but is written «-0.0»
    [-0.0, None, 1e300, 0.1 + 0.2],
    [None],
    [None, 1.5, math.nan, -math.inf],  # not finite: no cell
    [True, False, None],
    [2026, 2027, None, 10**30],
    [1, True, 0, False],  # equal, but a number and a truth
    [" padded ", "a & <b>", "plain", None, ""],
    ["x", 1.5, 7, None, True, -0.0],
    [1.0, 1, "1"],
]


@pytest.mark.parametrize("seed", range(6))
def test_rows_are_the_cells_written_one_by_one(seed: int) -> None:
    rng = random.Random(seed)
    height = rng.choice([1, 7, 60])
    pools = POOLS if seed % 2 else rng.sample(POOLS, 5)
    columns = [[rng.choice(pool) for _ in range(height)] for pool in pools]
    styles = [rng.choice([0, 3]) for _ in pools]
    texts: list[Callable[[str], str]] = [str.upper if seed % 3 else str for _ in pools]
    typed = [set(map(type, column)) for column in columns] if seed % 2 else None
    cells = Cells(columns, styles, texts, height, len(columns), typed)
    want = "".join(
        f'<row r="{r}">'
        + "".join(
            _cell_by_hand(column[r - 2], f"{column_letter(c)}{r}", style, text)
            for c, (column, style, text) in enumerate(
                zip(columns, styles, texts, strict=True), start=1
            )
        )
        + "</row>"
        for r in range(2, height + 2)
    )
    assert rows_xml(cells) == want.encode("utf-8")


def test_a_sheet_without_rows_or_with_no_known_cell() -> None:
    assert rows_xml(Cells([], [], [], 0, 0)) == b""
    assert (
        rows_xml(Cells([[None, None]], [0], [str], 2, 1)) == b'<row r="2"></row><row r="3"></row>'
    )


def test_rows_handed_over_a_few_at_a_time_make_the_same_workbook() -> None:
    columns = (Column("title"), Column("n", "figure"), Column("due", "bool"))
    rows = tuple(
        {"title": f"«{i % 7}» & co", "n": i / 7 if i % 5 else None, "due": i % 2 == 0}
        for i in range(50)
    )
    tab = Tabular(columns, rows, (Sheet(t("output.sheet.notes"), columns, rows),) * 2)
    whole = xlsx_bytes(tab, "nb")
    parts = zipfile.ZipFile(io.BytesIO(whole))
    for size in (1, 3, 49, 50):
        pieces = zipfile.ZipFile(io.BytesIO(xlsx_bytes(tab, "nb", rows=size)))
        assert pieces.namelist() == parts.namelist()
        assert all(pieces.read(n) == parts.read(n) for n in parts.namelist()), size
