"""Inventory CSV rows read a column at a time give, row for row, what the model makes of each
row on its own: the same values, the same fields set, and the row itself (as YAML would give
it) wherever the model refuses something, so that its message is the one YAML gets."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kplan.diagnostics import Diagnostic
from kplan.plan.compact import InventoryReader
from kplan.plan.model import InventoryRow
from kplan.read.tables import Table, read_table

HEADER = (
    "unit;competence;role;date;persons;fte;source;illustrative;"
    "age:<30;age:30-59;age:60+;position:<50;position:100"
)
# cells each column may hold: good ones, empty ones and ones the model refuses
CELLS: dict[str, list[str]] = {
    "unit": ["sol", "sol", "maane", "", "Sol Ø", "x" * 80, 'sol"'],
    "competence": ["bhg-laerer", "", "", "ped", "Bad Id"],
    "role": ["", "", "laerer", "a b"],
    "date": ["01.01.2025", "2025-01-01", "", "31.02.2025", "1.1.2025", "01.01.1800", "i går"],
    "persons": ["3", "0", "12", "", "-1", "2,5", "٣", "99999999999"],
    "fte": ["2,5", "2.5", "0", "", "1e3", "-0,5", "nan", "3"],
    "source": ["", "", "Visma", " "],
    "illustrative": ["", "", "ja", "nei", "true", "kanskje"],
    "band": ["", "", "", "1", "0", "2", "-1", "1,5", "x"],
}


def _table(tmp_path: Path, text: str, name: str = "t.csv") -> Table:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8", newline="")
    table = read_table(str(f))
    assert isinstance(table, Table), table
    return table


def _row(rng: random.Random, header: list[str]) -> str:
    cells = []
    for name in header:
        pool = CELLS["band" if ":" in name else name]
        # most rows are good: the first cell of each pool is, and is drawn half the time
        cells.append(pool[0] if rng.random() < 0.5 else rng.choice(pool))
    return ";".join(cells)


def _expected(reader: InventoryReader, header: tuple[str, ...], cells: list[str]) -> Any:
    item = reader.item(header, cells)
    try:
        return InventoryRow.model_validate(item)
    except ValidationError:
        return item


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and got == want
    return (
        isinstance(got, InventoryRow)
        and got == want
        and got.model_fields_set == want.model_fields_set
        and got.model_dump(mode="json") == want.model_dump(mode="json")
    )


def test_each_row_is_what_the_model_makes_of_it(tmp_path: Path) -> None:
    rng = random.Random(16)
    header = HEADER.split(";")
    # 3,000 rows: more than one batch of rows, with every mix of good, empty and bad cells
    lines = [_row(rng, header) for _ in range(3_000)]
    table = _table(tmp_path, HEADER + "\n" + "\n".join(lines) + "\n")
    problems: list[Diagnostic] = []
    reader = InventoryReader()
    got = list(reader.rows(table, problems))
    want = [(line, _expected(reader, table.header, cells)) for line, cells in table.records([])]
    assert problems == []
    assert [line for line, _ in got] == [line for line, _ in want]
    wrong = [line for (line, g), (_, w) in zip(got, want, strict=True) if not _same(g, w)]
    assert wrong == []
    # both kinds occur, so both ways through the reader were taken
    kinds = {isinstance(row, dict) for _, row in got}
    assert kinds == {True, False}


def test_columns_in_any_order_and_some_missing(tmp_path: Path) -> None:
    rng = random.Random(7)
    header = ["position:100", "fte", "unit", "age:60+", "date", "persons", "competence"]
    lines = [_row(rng, header) for _ in range(500)]
    table = _table(tmp_path, ";".join(header) + "\n" + "\n".join(lines) + "\n")
    reader = InventoryReader()
    got = list(reader.rows(table, []))
    want = [(line, _expected(reader, table.header, cells)) for line, cells in table.records([])]
    assert len(got) == len(want) == 500
    assert all(_same(g, w) for (_, g), (_, w) in zip(got, want, strict=True))


def test_without_a_required_column_every_row_goes_to_the_model(tmp_path: Path) -> None:
    table = _table(tmp_path, "unit;date;persons\nsol;01.01.2025;3\nsol;01.02.2025;4\n")
    got = [row for _, row in InventoryReader().rows(table, [])]
    # no fte column: the model must say that fte is missing, so both rows come back as items
    assert got == [
        {"unit": "sol", "date": _date(2025, 1, 1), "persons": 3},
        {"unit": "sol", "date": _date(2025, 2, 1), "persons": 4},
    ]


def test_a_bad_band_heading_sends_each_row_with_that_band_to_the_model(tmp_path: Path) -> None:
    table = _table(
        tmp_path,
        "unit;date;persons;fte;age:64-60;age:<30\n"
        "sol;01.01.2025;3;2,5;1;2\n"  # the backwards band holds a count: the model refuses it
        "sol;01.02.2025;3;2,5;;2\n",  # the backwards band is empty: the row is fine
    )
    got = [row for _, row in InventoryReader().rows(table, [])]
    assert isinstance(got[0], dict) and got[0]["age_bands"] == {"64-60": 1, "<30": 2}
    assert isinstance(got[1], InventoryRow) and got[1].age_bands == {"<30": 2}
    assert got[1].model_fields_set == {"unit", "date", "persons", "fte", "age_bands"}


def test_rows_share_their_values_and_keep_their_own_fields(tmp_path: Path) -> None:
    table = _table(
        tmp_path,
        "unit;competence;date;persons;fte;age:<30\n"
        "sol;bhg-laerer;01.01.2025;3;2,5;1\n"
        "sol;;01.01.2025;3;2,5;\n",
    )
    a, b = (row for _, row in InventoryReader().rows(table, []))
    assert a.unit is b.unit and a.date is b.date
    assert a.model_fields_set == {"unit", "competence", "date", "persons", "fte", "age_bands"}
    assert b.model_fields_set == {"unit", "date", "persons", "fte"}
    assert b.competence is None and b.age_bands == {}
    assert b == InventoryRow(unit="sol", date=_date(2025, 1, 1), persons=3, fte=2.5)


def _date(y: int, m: int, d: int) -> Any:
    import datetime as dt

    return dt.date(y, m, d)
