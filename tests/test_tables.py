"""Inventory and drivers from CSV files, as HR systems and SSB export them."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest
from helpers import CSV_HEAD, TODAY

from kplan.analysis.gap import analyse
from kplan.check.validate import check
from kplan.diagnostics import Diagnostic
from kplan.plan.compact import InventoryReader
from kplan.plan.model import InventoryRow
from kplan.present.catalogue import words
from kplan.present.validation import text
from kplan.read.tables import Table, read_table

HEAD = CSV_HEAD


def write(plan: Path, inventory: str, drivers: str) -> None:
    (plan / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (plan / "hr").mkdir()
    (plan / "hr" / "beholdning.csv").write_text(inventory, encoding="utf-8")
    (plan / "ssb.csv").write_text(drivers, encoding="utf-8")


DRIVERS = "id;name;segment;unit;year;value;publisher;table;alternative;vintage\n" + "".join(
    f"sol-u3;Barn under 3;barn-under-3;sol;{y};{v};SSB;13600;MMMM;2024\n"
    for y, v in ((2025, 14), (2026, 21), (2027, 28), (2028, 28))
)


def test_csv_inventory_and_drivers_feed_the_analysis(minimal_plan: Path) -> None:
    write(
        minimal_plan,
        "unit;competence;date;persons;fte;age:<50;age:50+;position:100\n"
        "sol;bhg-laerer;01.01.2025;3;2,5;2;1;3\n"
        "\n"
        "sol;;2025-01-01;9;8;5;4;9\n",
        DRIVERS,
    )
    checked = check(str(minimal_plan), today=TODAY)
    plan, report = checked.plan, checked.report
    assert report.diagnostics == (), text(report)
    assert plan is not None
    rows = {r.year: r for r in analyse(plan).rows}
    # 14/7 = 2 required, 2.5 årsverk available; 2026: 21/7 = 3 -> 0.5 short
    assert (rows[2025].required, rows[2025].available) == (2, 2.5)
    assert rows[2026].gap == 0.5
    used = rows[2026].sources.drivers[0]
    assert (used.driver, used.year, used.value) == ("sol-u3", 2026, 21)
    assert used.source is not None
    source = used.source
    assert (source.publisher, source.table, source.alternative, source.vintage) == (
        "SSB",
        "13600",
        "MMMM",
        2024,
    )


def test_bad_cells_are_located_by_row_and_column(minimal_plan: Path) -> None:
    write(
        minimal_plan,
        "unit,competence,date,persons,fte,alder\n"
        "sol,bhg-laerer,2025-01-01,tre,2.5,\n"
        "sol,bhg-laerer,2025-01-01,3,2.5,\n"
        "sol,ukjent,2025-01-01,3,2.5,\n"
        "sol,,2025-13-01,3,2.5,\n",
        "id;year;value\nsol-u3;2025;fjorten\n",
    )
    report = check(str(minimal_plan), today=TODAY).report
    got = [(d.path.split("plan/")[-1], d.line, d.col, d.code) for d in report.diagnostics]
    assert ("hr/beholdning.csv", 1, 6, "K807") in got  # unknown column «alder»
    assert ("hr/beholdning.csv", 2, 4, "K103") in got  # persons «tre»
    assert ("hr/beholdning.csv", 4, 2, "K202") in got  # competence «ukjent»
    assert ("hr/beholdning.csv", 5, 3, "K107") in got  # no 13th month
    assert ("ssb.csv", 2, 3, "K807") in got  # value «fjorten»


def test_csv_in_windows_1252_gets_the_encoding_hint(minimal_plan: Path) -> None:
    write(minimal_plan, "", DRIVERS)
    (minimal_plan / "hr" / "beholdning.csv").write_bytes(
        "unit;competence;date;persons;fte;source\nsol;bhg-laerer;2025-01-01;3;2,5;Lønnssystem Æ\n".encode(
            "cp1252"
        )
    )
    report = check(str(minimal_plan), today=TODAY).report
    assert [(d.line, d.code) for d in report.diagnostics] == [(2, "K020")]


def _table(tmp_path: Path, text: str) -> Table:
    f = tmp_path / "t.csv"
    f.write_text(text, encoding="utf-8", newline="")
    table = read_table(str(f))
    assert isinstance(table, Table), table
    return table


def test_compact_rows_are_the_rows_the_model_makes(tmp_path: Path) -> None:
    table = _table(
        tmp_path,
        "unit;competence;role;date;persons;fte;source;illustrative;age:<30;age:60+;position:100\n"
        "sol;bhg-laerer;;01.01.2025;3;2,5;Visma;ja;1;2;3\n"
        "sol;;bhg-laerer;2025-01-01;9;8;;;;;\n",
    )
    problems: list[Diagnostic] = []
    got = [row for _, row in InventoryReader().rows(table, problems)]
    assert problems == []
    reader = InventoryReader()
    want = [
        InventoryRow.model_validate(reader.item(table.header, cells))
        for _, cells in table.records([])
    ]
    assert got == want
    assert [r.model_dump(mode="json") for r in got] == [r.model_dump(mode="json") for r in want]
    assert got[0].age_bands == {"<30": 1, "60+": 2} and got[1].competence is None


def test_compact_rows_take_little_memory(tmp_path: Path) -> None:
    rows = "".join(
        f"u{i % 50};k{i % 7};01.{1 + i % 12:02d}.2025;{i % 30};{i % 30},5;{i % 9};1\n"
        for i in range(5_000)
    )
    table = _table(tmp_path, "unit;competence;date;persons;fte;age:<30;age:60+\n" + rows)
    reader = InventoryReader()
    gc.collect()  # garbage left by earlier tests must not count against the rows
    tracemalloc.start()
    kept = [row for _, row in reader.rows(table, [])]
    gc.collect()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(kept) == 5_000 and all(isinstance(r, InventoryRow) for r in kept)
    # a row validated on its own takes about 1.5 kB; compact rows well under half of that
    assert size / len(kept) < 700, size / len(kept)


@pytest.mark.parametrize(
    ("text", "line", "col", "said"),
    [
        ("unit;unit\nsol;sol\n", 1, 2, "står to ganger i overskriftsraden"),
        ("unit;\ufeffUnit\nsol;sol\n", 1, 6, "byte order mark"),
        ("unit;;fte\nsol;x;1\n", 1, 2, "Kolonne 2 i overskriftsraden har ikke noe navn"),
        ("unit;competence,fte\nsol;x,1\n", 1, 1, "har både semikolon (;) og komma (,)"),
        ("unit;fte\rsol;1\r", 1, 9, "slutter bare med CR"),
    ],
)
def test_headers_are_checked_not_guessed(
    tmp_path: Path, text: str, line: int, col: int, said: str
) -> None:
    f = tmp_path / "t.csv"
    f.write_text(text, encoding="utf-8", newline="")
    problem = read_table(str(f))
    assert isinstance(problem, Diagnostic)
    assert (problem.line, problem.col, problem.code) == (line, col, "K807")
    assert said in words(problem.message, "nb")


def test_rows_keep_their_lines_after_a_multi_line_cell(tmp_path: Path) -> None:
    table = _table(tmp_path, 'unit;source\nsol;"a\nb"\n\nsol;c\nsol;d;e\nsol;"f\n')
    problems: list[Diagnostic] = []
    assert [line for line, _ in table.records(problems)] == [5]
    assert [(p.line, p.col) for p in problems] == [(2, 2), (6, 3), (7, 1)]


def test_an_export_read_twice_is_listed_row_by_row_then_counted(minimal_plan: Path) -> None:
    # 505 distinct snapshot dates, each once per file: every row of the second file repeats one
    days = [(d, m, y) for y in (2025, 2026) for m in range(1, 11) for d in range(1, 29)][:505]
    export = "unit;competence;date;persons;fte\n" + "".join(
        f"sol;bhg-laerer;{d:02d}.{m:02d}.{y};3;2,5\n" for d, m, y in days
    )
    write(minimal_plan, export, DRIVERS)
    (minimal_plan / "hr" / "beholdning (kopi).csv").write_text(export, encoding="utf-8")
    report = check(str(minimal_plan), today=TODAY).report
    got = [(d.path.split("plan/")[-1], d.line, d.code) for d in report.diagnostics]
    # the copy sorts first (« » before «.»), so the original's rows are the later ones
    assert got == [("hr/beholdning.csv", line, "K808") for line in range(2, 503)]
    first, last = (words(report.diagnostics[i].message, "en") for i in (0, -1))
    assert "(the first is at " in first
    assert first.count("beholdning (kopi).csv, line 2)") == 1
    assert last.startswith("5 more row(s) from here on repeat")
