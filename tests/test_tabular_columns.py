"""The csv, Excel csv and workbook are written column by column (or by one template per row
shape), not cell by cell: each must equal the definition per cell, written out here as it
was, on the values that could tell them apart."""

from __future__ import annotations

import csv
import io
import math
import zipfile
from typing import Any

import openpyxl
import pytest

from kplan.present.csv_rows import template_rows
from kplan.present.labels import Labels
from kplan.present.tabular import Column, Sheet, Tabular, csv_text, excel_csv, xlsx_bytes
from kplan.present.tabular_columns import FORMULA_START, longest
from kplan.text import t

NAN, INF = float("nan"), float("inf")


def _known(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _csv_per_cell(tab: Tabular) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([c.key for c in tab.columns])
    for row in tab.rows:
        writer.writerow([_known(row.get(c.key)) for c in tab.columns])
    return buf.getvalue()


def _excel_cell(value: Any) -> str:
    value = _known(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return "'" + str(value) if str(value).startswith(FORMULA_START) else str(value)


def _excel_per_cell(tab: Tabular) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.key for c in tab.columns])
    for row in tab.rows:
        writer.writerow([_excel_cell(row.get(c.key)) for c in tab.columns])
    return "\ufeff" + buf.getvalue()


def _shown(value: Any, kind: str) -> str:
    """What the workbook's width measured per cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "USANN"
    if kind == "choice":
        return Labels("nb").value(str(value))
    if isinstance(value, (int, float)) and kind in ("figure", "money"):
        return f"{value:,.2f}" + (" kr" if kind == "money" else "")
    return str(value)


def _tab(columns: tuple[Column, ...], rows: list[dict[str, Any]]) -> Tabular:
    return Tabular(columns, tuple(rows), (Sheet(t("output.sheet.notes"), columns, tuple(rows)),))


COLUMNS = (
    Column("id"),
    Column("kind", "choice"),
    Column("year", "year"),
    Column("n", "count"),
    Column("figure", "figure"),
    Column("money", "money"),
    Column("due", "bool"),
)

PLAIN = [  # every column of one kind of value each, as a gap's are: the template's case
    {"id": "a-1", "kind": "share", "year": 2026, "n": 3, "figure": 0.1 + 0.2, "money": 1e6},
    {"id": "b_2", "kind": "count", "year": 2027, "n": -4, "figure": -0.0, "money": None},
    {"id": "c", "year": 2028, "figure": 12345678.9, "due": True},
]

ODD = [  # each row holds a value the template or a column's fast path must leave to the cell
    {"id": "Tom, & <Jerry>", "figure": NAN, "money": -INF, "due": False},
    {"id": ' «"quoted"» ', "kind": None, "figure": 1e300, "money": -1234.5},
    {"id": "=SUM(A1:A2)", "kind": "None", "n": True, "figure": 5},
    {"id": "line\nbreak\r", "year": 2026.0, "figure": -0.004, "money": 0.0},
    {"id": "-1", "kind": "share", "n": 10**20, "figure": INF},
    {"id": "v1.2 None", "kind": 7, "figure": 0.0, "money": -0.0},
]


@pytest.mark.parametrize("rows", [PLAIN, PLAIN + ODD, *([r] for r in ODD)])
def test_the_csvs_are_what_the_csv_module_writes_cell_by_cell(rows: list[dict[str, Any]]) -> None:
    tab = _tab(COLUMNS, rows)
    assert csv_text(tab) == _csv_per_cell(tab)
    assert excel_csv(tab) == _excel_per_cell(tab)


def test_a_plain_table_is_written_by_the_template() -> None:
    keys = [c.key for c in COLUMNS]
    assert template_rows(PLAIN, keys, ",", "\n", excel=False) is not None
    assert template_rows(PLAIN, keys, ";", "\r\n", excel=True) is not None
    assert template_rows(PLAIN + ODD[:1], keys, ",", "\n", excel=False) is None  # nan


def test_a_table_of_one_column_writes_an_empty_cell_as_the_csv_module_does() -> None:
    tab = _tab((Column("id"),), [{"id": ""}, {"id": None}, {"id": "x"}])
    assert csv_text(tab) == _csv_per_cell(tab) == 'id\n""\n""\nx\n'
    assert excel_csv(tab) == _excel_per_cell(tab)


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        ([1.5, -1234567.891, 999.995, None, NAN], "figure"),  # 999.995 rounds to 1,000.00
        ([0.0, -0.0, 9.99], "money"),  # «-0.00 kr» is the longest
        ([-0.004, 0.0], "figure"),  # rounds to «-0.00»
        ([0.0, 0, 3], "figure"),
        ([1e300, -1e-300], "money"),
        ([None, None], "figure"),
        ([0.1 + 0.2, -0.0, 2026, None], "year"),  # a year as str() shows it
        ([True, 12345678, "x"], "figure"),
        (["share", "count", 3, None], "choice"),
        (["  spaced  ", "a & b", "<b>", ""], "text"),
    ],
)
def test_a_column_is_as_wide_as_its_widest_cell_shown(values: list[Any], kind: str) -> None:
    known = [_known(v) for v in values]
    expected = max((len(_shown(v, kind)) for v in known), default=0)
    assert longest(known, kind, Labels("nb").value) == expected


def test_the_workbook_holds_each_cell_as_the_value_it_was() -> None:
    tab = _tab(COLUMNS, PLAIN + ODD)
    data = xlsx_bytes(tab, "nb")
    ws = openpyxl.load_workbook(io.BytesIO(data))["Merknader"]
    labels = Labels("nb")
    for r, row in enumerate(tab.rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            value, cell = _known(row.get(column.key)), ws.cell(row=r, column=c)
            if isinstance(value, str) and column.kind == "choice":
                value = labels.value(value)
            if isinstance(value, str):
                value = value.replace("\r", "\n")  # an XML reader reads a CR as a line feed
                assert cell.data_type == "s"  # never a formula
            if value == 0 and isinstance(value, float):  # -0.0 reads back as 0
                assert cell.value == 0
            else:
                assert cell.value == value or cell.value == str(value), (r, c)
    for c, column in enumerate(COLUMNS, start=1):
        header = ws.cell(row=1, column=c).value
        shown = [_shown(_known(row.get(column.key)), column.kind) for row in tab.rows]
        longest_shown = max(len(s) for s in [header, *shown])
        letter = openpyxl.utils.get_column_letter(c)
        assert ws.column_dimensions[letter].width == min(max(longest_shown + 2, 8), 60)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b'<is><t xml:space="preserve"> \xc2\xab"quoted"\xc2\xbb </t></is>' in sheet
    assert b"<t>Tom, &amp; &lt;Jerry&gt;</t>" in sheet


def test_a_named_column_shows_names_and_keeps_its_ids_at_the_end() -> None:
    columns = (Column("unit"), Column("figure", "figure"))
    rows = ({"unit": "u1", "figure": 1.0}, {"unit": "u2"}, {"unit": None, "unit_name": "kept"})
    tab = Tabular(
        columns, rows, (Sheet(t("output.sheet.notes"), columns, rows, {"unit": {"u1": "One"}}),)
    )
    ws = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(tab, "nb")))["Merknader"]
    assert [[c.value for c in r] for r in ws.iter_rows(min_row=2)] == [
        ["One", 1.0, "u1"],
        ["u2", None, "u2"],  # a unit without a name shows its id
        ["kept", None, None],  # no id: what the row holds under unit_name
    ]
