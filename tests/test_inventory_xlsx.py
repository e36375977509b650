"""Inventory from an Excel workbook as HR systems export it: the CSV's columns, cells typed by
Excel, the same figures as the same inventory in CSV, bad cells located as file:sheet:cell."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from helpers import MINIMAL, TODAY, kplan
from openpyxl import Workbook

from kplan.analysis.gap import analyse
from kplan.check.validate import check
from kplan.diagnostics import Diagnostic
from kplan.plan.assemble import assemble
from kplan.present.catalogue import words
from kplan.read.inventory_xlsx import (
    SHEET_SPAN,
    XlsxTable,
    cell_text,
    flagged_cells,
    read_inventory_xlsx,
    resolve_xlsx,
)

HEAD = MINIMAL.replace(
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
    "  - {id: sol, name: Solsikken barnehage, level: enhet, parent: kommunen}\n"
    "  - {id: mane, name: Månen barnehage, level: enhet, parent: kommunen}\n"
    "competences:\n  - {id: bhg-laerer, name: Barnehagelærer, kind: profesjon}\n"
    "requirements:\n"
    "  - id: ped\n    kind: ratio\n    title: Pedagognorm\n    units: [sol]\n"
    "    source: {kind: forskrift, reference: § 1}\n    competences: [bhg-laerer]\n"
    "    terms: [{driver: barn-under-3, per: 7}]\n    goals: [hovedmal]\n"
    "analysis:\n  inventory_files: [hr/*]\n  driver_files: [ssb.csv]\n",
)
DRIVERS = "id;name;segment;unit;year;value;publisher;table;alternative;vintage\n" + "".join(
    f"sol-u3;Barn under 3;barn-under-3;sol;{y};{v};SSB;13600;MMMM;2024\n"
    for y, v in ((2025, 14), (2026, 21), (2027, 28), (2028, 28))
)
HEADER = ["unit", "competence", "date", "persons", "fte", "source", "age:<50", "age:50+"]
CSV = (
    "unit;competence;date;persons;fte;source;age:<50;age:50+\n"
    "sol;bhg-laerer;01.01.2025;3;2,5;Visma HRM;2;1\n"
    "sol;;2025-01-01;9;8;Visma HRM;5;4\n"
    "mane;;01.01.2025;4;3,25;Lønn og personal;;\n"
)
# the same rows as Excel types them: dates as datetimes, counts as numbers, one fte typed as
# text with a decimal comma («2,5», as a Norwegian HR export may store it)
ROWS: list[list[Any]] = [
    ["sol", "bhg-laerer", dt.datetime(2025, 1, 1), 3, "2,5", "Visma HRM", 2, 1],
    ["sol", None, dt.datetime(2025, 1, 1), 9, 8, "Visma HRM", 5, 4],
    ["mane", None, dt.datetime(2025, 1, 1), 4.0, 3.25, "Lønn og personal", None, None],
]


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> None:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def plan_with(plan: Path, csv: str | None = None, sheets: dict[str, Any] | None = None) -> None:
    (plan / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (plan / "ssb.csv").write_text(DRIVERS, encoding="utf-8")
    (plan / "hr").mkdir(exist_ok=True)
    if csv is not None:
        (plan / "hr" / "ansatte.csv").write_text(csv, encoding="utf-8")
    if sheets is not None:
        workbook(plan / "hr" / "ansatte.xlsx", sheets)


def places(diagnostics: Any) -> list[tuple[str, str, int, int, str]]:
    return [(Path(d.path).name, d.sheet, d.line, d.col, d.code) for d in diagnostics]


def test_xlsx_inventory_gives_the_figures_of_the_csv(tmp_path: Path) -> None:
    as_csv, as_xlsx = tmp_path / "csv", tmp_path / "xlsx"
    as_csv.mkdir()
    as_xlsx.mkdir()
    plan_with(as_csv, csv=CSV)
    plan_with(as_xlsx, sheets={"Ark1": [HEADER, *ROWS]})
    checked = check(str(as_xlsx), today=TODAY)
    assert checked.report.diagnostics == ()
    plan = checked.plan
    assert plan is not None
    # 2.5 + 8 + 3.25 årsverk; sol's rows for bhg-laerer give 2.5 available
    assert sum(r.fte for r in plan.inventory) == 13.75
    rows = {r.year: r for r in analyse(plan).rows}
    # 14/7 = 2 required in 2025, 2.5 available; 2026: 21/7 = 3 -> 0.5 short
    assert (rows[2025].required, rows[2025].available) == (2, 2.5)
    assert rows[2026].gap == 0.5
    first = plan.inventory[0]
    assert (first.date, first.persons, first.age_bands) == (
        dt.date(2025, 1, 1),
        3,
        {"<50": 2, "50+": 1},
    )
    runs = [kplan("gap", "--format", "json", str(p)) for p in (as_csv, as_xlsx)]
    assert [r.returncode for r in runs] == [0, 0]
    assert runs[1].stdout == runs[0].stdout


def test_bad_cells_are_named_by_sheet_and_cell(tmp_path: Path) -> None:
    plan_with(
        tmp_path,
        sheets={
            "Ark1": [
                HEADER,
                ROWS[0],
                ["sol", None, dt.datetime(2025, 1, 1), "tre", 2, None],  # D3 text, no number
                ["sol", None, dt.datetime(2025, 1, 1), 3, "=1+1"],  # E4 a formula
                ["sol", None, 45658, 3, 2],  # C5 a date as a bare number
                ["sol", None, dt.datetime(2025, 1, 1, 8, 30), 3, 2],  # C6 with a time of day
                ["sol", None, dt.datetime(2025, 1, 1), 3, "#N/A"],  # E7 an Excel error
                ["sol", None, dt.datetime(2025, 1, 1), 3, 2, None, None, None, "x"],  # I8
                ["sol", None, dt.datetime(2025, 1, 1), 2.5, 2],  # D9 half a person
            ]
        },
    )
    report = check(str(tmp_path), today=TODAY).report
    assert places(report.diagnostics) == [
        ("ansatte.xlsx", "Ark1", 3, 4, "K810"),
        ("ansatte.xlsx", "Ark1", 4, 5, "K810"),
        ("ansatte.xlsx", "Ark1", 5, 3, "K810"),
        ("ansatte.xlsx", "Ark1", 6, 3, "K810"),
        ("ansatte.xlsx", "Ark1", 7, 5, "K810"),
        ("ansatte.xlsx", "Ark1", 8, 9, "K810"),
        ("ansatte.xlsx", "Ark1", 9, 4, "K810"),
    ]
    said = [words(d.message, "nb") for d in report.diagnostics]
    assert "«tre» er ikke et heltall" in said[0]
    assert "regnearkformel" in said[1] and "=1+1" in said[1]
    assert "45658" in said[2]
    assert "08:30" in said[3]
    assert "#N/A" in said[4]
    run = kplan("validate", str(tmp_path))
    assert run.returncode == 1
    assert "hr/ansatte.xlsx:Ark1:D3: K810 feil: «tre» er ikke et heltall." in run.stdout


def test_unknown_column_is_named_at_its_header_cell(tmp_path: Path) -> None:
    plan_with(tmp_path, sheets={"Ansatte": [[*HEADER[:5], "kilde"], ROWS[1][:5]]})
    report = check(str(tmp_path), today=TODAY).report
    assert places(report.diagnostics) == [("ansatte.xlsx", "Ansatte", 1, 6, "K810")]
    assert "«kilde»" in words(report.diagnostics[0].message, "nb")


def test_header_is_the_first_row_that_holds_anything(tmp_path: Path) -> None:
    plan_with(tmp_path, sheets={"Ark1": [[], [None, None], HEADER, ROWS[0], [], ROWS[1]]})
    table = read_inventory_xlsx(str(tmp_path / "hr" / "ansatte.xlsx"))
    assert isinstance(table, XlsxTable)
    assert (table.header, table.header_row) == (tuple(HEADER), 3)
    problems: list[Diagnostic] = []
    got = list(table.records(problems))
    assert problems == []
    # rows 4 and 6 of the first sheet; the blank row 5 is passed over
    assert [n for n, _ in got] == [4, 6]
    assert got[0][1] == ["sol", "bhg-laerer", "2025-01-01", "3", "2,5", "Visma HRM", "2", "1"]


def test_later_sheet_with_the_same_header_is_read_another_is_refused(tmp_path: Path) -> None:
    plan_with(
        tmp_path,
        sheets={
            "Sol": [HEADER, ROWS[0], ROWS[1]],
            "Tom": [],
            "Måne": [HEADER, ROWS[2]],
            "Oppsummering": [["Enhet", "Årsverk"], ["sol", 10.5]],
        },
    )
    checked = check(str(tmp_path), today=TODAY)
    assert places(checked.report.diagnostics) == [("ansatte.xlsx", "Oppsummering", 1, 1, "K810")]
    said = words(checked.report.diagnostics[0].message, "nn")
    assert "«Oppsummering»" in said and "«Sol»" in said
    asm = checked.assembled
    # 2.5 + 8 from Sol, 3.25 from Måne
    assert asm.partial is not None
    assert sum(r.fte for r in asm.partial.inventory) == 13.75
    # Måne's row 2 is the third sheet's (position 2): index 2 * SHEET_SPAN + 2 - 2
    assert [o.index for o in asm.origins["inventory"]] == [0, 1, 2 * SHEET_SPAN]


def test_model_errors_are_located_at_their_cell(tmp_path: Path) -> None:
    plan_with(
        tmp_path,
        sheets={
            "Ark1": [HEADER, ROWS[0]],
            "Ark2": [HEADER, ["sol", "ukjent", dt.datetime(2025, 1, 1), -1, 2]],
        },
    )
    asm = assemble(str(tmp_path))
    file = str(tmp_path / "hr" / "ansatte.xlsx")
    found = [f for f in asm.findings if f.file == file]
    got = places(resolve_xlsx(file, found))
    # persons -1 in D2 of the second sheet: below the model's 0 (the unknown competence is the
    # check stage's, not the model's)
    assert got == [("ansatte.xlsx", "Ark2", 2, 4, "K105")]


def test_duplicate_rows_across_csv_and_xlsx(tmp_path: Path) -> None:
    plan_with(
        tmp_path,
        csv=CSV.split("\n", 2)[0] + "\n" + CSV.split("\n")[1] + "\n",
        sheets={"Ark1": [HEADER, ROWS[0]]},
    )
    report = check(str(tmp_path), today=TODAY).report
    assert [d.code for d in report.diagnostics] == ["K808"]


def test_personal_data_in_a_cell_is_found_at_its_cell(tmp_path: Path) -> None:
    row = [*ROWS[0][:5], "spør kari.nordmann@testvik.kommune.no"]
    plan_with(tmp_path, sheets={"Ark1": [HEADER[:6], row]})
    report = check(str(tmp_path), today=TODAY).report
    assert places(report.diagnostics) == [("ansatte.xlsx", "Ark1", 2, 6, "K602")]
    # what a false alarm would be marked by in suppress:, as for a text file
    flagged = flagged_cells(str(tmp_path / "hr" / "ansatte.xlsx"))
    assert flagged == {("Ark1", 2, 6, "K602"): "kari.nordmann@testvik.kommune.no"}


def test_macro_workbook_is_refused_unopened(tmp_path: Path) -> None:
    (tmp_path / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (tmp_path / "ssb.csv").write_text(DRIVERS, encoding="utf-8")
    workbook(tmp_path / "hr" / "ansatte.xlsm", {"Ark1": [HEADER, ROWS[0]]})
    report = check(str(tmp_path), today=TODAY).report
    # refused, so the requirement has no inventory behind it (K809)
    assert places(report.diagnostics) == [
        ("ansatte.xlsm", "", 0, 0, "K810"),
        ("kplan.yaml", "", 30, 13, "K809"),
    ]
    assert "«Excel-arbeidsbok (*.xlsx)»" in words(report.diagnostics[0].message, "nb")


def test_rows_are_read_one_by_one_in_read_only_mode(tmp_path: Path) -> None:
    # 6,000 rows here; 60,000 took 41 s on the shared test machine, nearly all of it in
    # openpyxl's XML parser (issue 16 measures it)
    book = Workbook(write_only=True)
    ws = book.create_sheet("Ark1")
    ws.append(HEADER)
    units = [f"e{i}" for i in range(600)]
    for i in range(6_000):
        ws.append([units[i % 600], None, dt.datetime(2025, 1, 1 + i // 600), 2, 1.5, "HR", 1, 1])
    path = tmp_path / "big.xlsx"
    book.save(path)
    table = read_inventory_xlsx(str(path))
    assert isinstance(table, XlsxTable)
    start = time.perf_counter()
    problems: list[Diagnostic] = []
    count = sum(1 for _ in table.records(problems))
    took = time.perf_counter() - start
    assert (count, problems) == (6_000, [])
    assert took < 60, took


def test_cells_read_as_the_csv_would_hold_them() -> None:
    assert cell_text(0.1 + 0.2, "decimal") == "0.3"  # Excel shows 15 significant digits
    assert cell_text(3.0, "whole") == "3"
    assert cell_text(1e-7, "decimal") == "0.0000001"
    assert cell_text(" 2,5 ", "decimal") == "2,5"  # a number stored as text: as in CSV
    assert cell_text(dt.datetime(2025, 1, 31), "date") == "2025-01-31"
    assert cell_text(True, "flag") == "true"
    assert cell_text(301, "text") == "301"
    assert not isinstance(cell_text("３", "whole"), str)  # full-width digit: no number
    assert not isinstance(cell_text(dt.time(8, 0), "decimal"), str)


def test_an_old_xls_or_a_csv_named_xlsx_is_named_as_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (tmp_path / "ssb.csv").write_text(DRIVERS, encoding="utf-8")
    (tmp_path / "hr").mkdir()
    (tmp_path / "hr" / "gammel.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (tmp_path / "hr" / "ansatte.xlsx").write_text(CSV, encoding="utf-8")
    report = check(str(tmp_path), today=TODAY).report
    got = [(Path(d.path).name, d.code) for d in report.diagnostics if d.code == "K810"]
    assert sorted(got) == [("ansatte.xlsx", "K810"), ("gammel.xls", "K810")]


def test_a_row_twice_in_a_workbook_is_k808_at_its_cell_naming_the_first(tmp_path: Path) -> None:
    row = ["sol", "bhg-laerer", dt.datetime(2025, 1, 1), 3, 2.5, "Visma HRM", 2, 1]
    plan_with(tmp_path, sheets={"Ark1": [HEADER, *ROWS, row]})
    result = kplan("validate", str(tmp_path))
    assert result.exit_code == 1
    # the header is row 1, so the repeat is row 5 and the first the same four is row 2
    lines = [x for x in result.stdout.splitlines() if "K808" in x]
    assert len(lines) == 1
    assert lines[0].startswith(f"{tmp_path}/hr/ansatte.xlsx:Ark1:A5: K808 feil:")
    assert "ansatte.xlsx:Ark1:A2" in lines[0].split("K808", 1)[1]


def test_validate_on_the_workbook_validates_its_plan(tmp_path: Path) -> None:
    plan_with(tmp_path, sheets={"Ark1": [HEADER, *ROWS]})
    result = kplan("validate", str(tmp_path / "hr" / "ansatte.xlsx"))
    assert result.exit_code == 0, result.stdout
    assert "K016" not in result.stdout


def test_a_column_named_in_capitals_is_pointed_to_its_key(tmp_path: Path) -> None:
    header = [name.upper() if name == "fte" else name for name in HEADER]
    plan_with(tmp_path, sheets={"Ark1": [header, *ROWS]})
    out = kplan("validate", str(tmp_path)).stdout
    assert "Kolonnen «FTE» er ukjent og blir ikke lest. Mente du «fte»?" in out, out
