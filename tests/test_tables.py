"""Inventory and drivers from CSV files, as HR systems and SSB export them."""

from __future__ import annotations

from pathlib import Path

from conftest import MINIMAL, TODAY

from kplan.gap import analyse
from kplan.report import text
from kplan.validate import check_plan, load_valid

HEAD = MINIMAL.replace(
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
    "  - {id: sol, name: Solsikken barnehage, level: enhet, parent: kommunen}\n"
    "competences:\n  - {id: bhg-laerer, name: Barnehagelærer, kind: profesjon}\n"
    "requirements:\n"
    "  - id: ped\n    kind: ratio\n    title: Pedagognorm\n    units: [sol]\n"
    "    source: {kind: forskrift, reference: § 1}\n    competences: [bhg-laerer]\n"
    "    terms: [{driver: barn-under-3, per: 7}]\n    goals: [hovedmal]\n"
    "analysis:\n  inventory_files: [hr/*.csv]\n  driver_files: [ssb.csv]\n",
)


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
    plan, report = load_valid(str(minimal_plan), today=TODAY)
    assert report.diagnostics == (), text(report)
    assert plan is not None
    rows = {r.year: r for r in analyse(plan).rows}
    # 14/7 = 2 required, 2.5 årsverk available; 2026: 21/7 = 3 -> 0.5 short
    assert (rows[2025].required, rows[2025].available) == (2, 2.5)
    assert rows[2026].gap == 0.5
    assert "SSB tabell 13600, MMMM, 2024" in rows[2026].sources.drivers[0]


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
    _, report = check_plan(str(minimal_plan), today=TODAY)
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
    _, report = check_plan(str(minimal_plan), today=TODAY)
    assert [(d.line, d.code) for d in report.diagnostics] == [(2, "K002")]
