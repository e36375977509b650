"""`kplan gap`, `cost` and `status` as Norwegian Excel opens them: `--format xlsx` (a workbook
with headers in words, numbers as numbers, unknown as empty), `--excel` (the csv with `;`,
decimal commas, a BOM and CRLF), `-o FILE` with the format from its name, and no text from
the plan ever becoming a formula."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, MINIMAL, fails, kplan, ok, replace_once

from kplan.present.catalogue import words
from kplan.present.labels import Labels
from kplan.present.tabular import Column, Sheet, Tabular, xlsx_bytes
from kplan.text import t

PLAN = replace_once(
    replace_once(
        MINIMAL,
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
        "  - {id: hjem, name: Hjemmetjenesten, level: enhet, parent: kommunen}\n"
        "competences:\n  - {id: sykepleier, name: Sykepleier, kind: profesjon}\n"
        "requirements:\n"
        "  - id: spl\n    kind: count\n    title: Minst seks sykepleiere\n    units: [hjem]\n"
        "    source: {kind: lokalt mål, title: Helseplanen}\n    competences: [sykepleier]\n"
        "    minimum: 6\n    basis: personer\n    goals: [hovedmal]\n"
        "inventory:\n  - {unit: hjem, competence: sykepleier, date: 2025-01-01, persons: 4, fte: 3.6,"
        " illustrative: true}\n"
        "analysis: {turnover_percent: 7}\n",
    ),
    "    strategy: rekruttere\n",
    "    strategy: rekruttere\n    unit: hjem\n    count: 2\n"
    "    cost: {amount: 50000, per: deltaker, budget_year: 2026,"
    " funding: [{source: Kompetansemidler, amount: 30000}]}\n"
    "    effects: [{competence: sykepleier, count: 1, year: 2026}]\n",
)
"""Four sykepleiere in hjem from 2025 against a minimum of six, 7 % turnover, one hire in 2026;
tiltak-1 costs 2 × 50 000 in 2026 less 30 000 in grants."""

NO_INVENTORY = replace_once(
    PLAN,
    "inventory:\n  - {unit: hjem, competence: sykepleier, date: 2025-01-01, persons: 4, fte: 3.6,"
    " illustrative: true}\n",
    "",
)


def plan_dir(tmp_path: Path, text: str = PLAN) -> Path:
    d = tmp_path / "plan"
    d.mkdir(parents=True, exist_ok=True)
    (d / "kplan.yaml").write_text(text, encoding="utf-8")
    return d


def sheet_rows(ws: Any) -> list[dict[str, Any]]:
    """The rows of a sheet by machine key, from the hidden «kplan» sheet."""
    keys = {
        col: key
        for sheet, col, key in ws.parent["kplan"].iter_rows(min_row=2, values_only=True)
        if sheet == ws.title
    }
    out = []
    for row in ws.iter_rows(min_row=2):
        out.append({keys[c.column_letter]: c.value for c in row})
    return out


WORDED = ("kind", "basis", "need_type")
"""Gap columns that hold a choice from kplan's vocabulary: a word in the workbook, the key in
csv and json."""


def read_xlsx(path: Path) -> Any:
    return openpyxl.load_workbook(path)


# --- the workbook ------------------------------------------------------------------------------


def test_gap_workbook_holds_the_figures_as_numbers_with_headers_in_words(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    out = tmp_path / "gap.xlsx"
    ok(kplan("gap", str(d), "-o", str(out)))
    wb = read_xlsx(out)
    assert wb.sheetnames == ["Kompetanse", "kplan"]
    assert wb["kplan"].sheet_state == "hidden"
    ws = wb["Kompetanse"]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[:10] == [
        "Enhet",
        "Krav",
        "År",
        "Kravtype",
        "Grunnlag",
        "Påkrevd",
        "Tilgjengelig",
        "Planlagt (tiltak)",
        "Gap før tiltak",
        "Rest etter tiltak",
    ]
    rows = sheet_rows(ws)
    last = rows[-1]
    # 2028: 4 × 0,93³ = 3,217428 available; the 2026 hire 1 × 0,93² = 0,8649;
    # residual 6 − 3,217428 − 0,8649 = 1,917672
    assert last["year"] == 2028
    assert last["available"] == pytest.approx(3.217428, abs=1e-12)
    assert last["planned"] == pytest.approx(0.8649, abs=1e-12)
    assert last["residual"] == pytest.approx(1.917672, abs=1e-12)
    cell = ws.cell(row=len(rows) + 1, column=header.index("Tilgjengelig") + 1)
    assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    year = ws.cell(row=2, column=3)
    assert year.value == 2025 and year.data_type == "n" and year.number_format == "0"
    due = ws.cell(row=2, column=header.index("Gjelder dette året") + 1)
    assert due.value is True and due.data_type == "b"
    assert ws.column_dimensions["A"].width >= len("Enhet")


def test_headers_follow_the_readers_language_and_the_keys_stay_reachable(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    for lang, first in (("nn", ["Eining", "Krav", "År"]), ("en", ["Unit", "Requirement", "Year"])):
        out = tmp_path / f"gap.{lang}.xlsx"
        ok(kplan("gap", str(d), "--lang", lang, "-o", str(out)))
        wb = read_xlsx(out)
        ws = wb.worksheets[0]
        assert [c.value for c in ws[1]][:3] == first
        keys = [
            k for s, _, k in wb["kplan"].iter_rows(min_row=2, values_only=True) if s == ws.title
        ]
        assert keys[:3] == ["unit_name", "requirement_name", "year"]
        assert keys[-2:] == ["unit", "requirement"]  # the ids, at the end
    # units and requirements by the names the plan gives them, their ids at the end
    ws = read_xlsx(tmp_path / "gap.en.xlsx").worksheets[0]
    assert [c.value for c in ws[1]][-2:] == ["Unit (id)", "Requirement (id)"]
    row = sheet_rows(ws)[0]
    assert (row["unit_name"], row["requirement_name"]) == (
        "Hjemmetjenesten",
        "Minst seks sykepleiere",
    )
    assert (row["unit"], row["requirement"]) == ("hjem", "spl")
    # a choice from kplan's vocabulary is a word too; the csv keeps the key
    assert (row["kind"], row["basis"], row["need_type"]) == (
        "minimum count",
        "persons",
        "acquisition",
    )
    text = ok(kplan("gap", str(d), "--lang", "en", "-f", "csv"))
    first = next(csv.DictReader(io.StringIO(text)))
    assert (first["kind"], first["basis"], first["need_type"]) == (
        "count",
        "personer",
        "anskaffelse",
    )


def test_every_figure_in_the_workbook_equals_json(tmp_path: Path) -> None:
    for name in ("oyer", "stange"):
        plan = str(EXAMPLES / name)
        doc = json.loads(ok(kplan("gap", plan, "-f", "json")))
        out = tmp_path / f"{name}.xlsx"
        ok(kplan("gap", plan, "-o", str(out)))
        wb = read_xlsx(out)
        got = sheet_rows(wb["Kompetanse"])
        assert len(got) == len(doc["rows"])
        for cells, row in zip(got, doc["rows"], strict=True):
            for key, value in cells.items():
                if key.endswith("_name"):
                    assert value, (name, row["id"], key)  # a name, or the id when none
                    continue
                if key.startswith("measure"):
                    m = row["measure"] or {}
                    want = m.get("name") if key == "measure" else m.get(key[len("measure_") :])
                    if key == "measure" and want:  # the measure in the reader's words
                        want = words(t(f"output.measure.{want}"), "nb")
                elif key in WORDED:
                    want = Labels("nb").value(row[key])  # the reader's word for the key
                else:
                    want = row[key]
                assert value == want, (name, row["id"], key)
        if "staffing" in doc:
            staffing = sheet_rows(wb["Bemanning"])
            assert len(staffing) == len(doc["staffing"])
            for cells, row in zip(staffing, doc["staffing"], strict=True):
                same = [cells[k] == row[k] for k in cells if not k.endswith("_name")]
                assert all(same), (name, row["line"], row["year"])
                assert cells["line_name"] == (row["title"] or row["line"])
    assert "Bemanning" in read_xlsx(tmp_path / "stange.xlsx").sheetnames


def test_an_unknown_figure_is_an_empty_cell_never_0(tmp_path: Path) -> None:
    d = plan_dir(tmp_path, NO_INVENTORY)
    out = tmp_path / "gap.xlsx"
    ok(kplan("gap", str(d), "-o", str(out)))
    wb = read_xlsx(out)
    rows = sheet_rows(wb["Kompetanse"])
    assert rows and all(r["available"] is None and r["gap"] is None for r in rows)
    assert all(r["required"] == 6 for r in rows)
    notes = [c.value for c in wb["Merknader"]["A"]]
    assert notes[0] == "Merknad" and len(notes) >= 2
    # the Excel csv: empty too
    text = ok(kplan("gap", str(d), "-f", "csv", "--excel"))
    cells = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert cells and all(c["available"] == "" and c["required"] == "6,0" for c in cells)


def test_cost_workbook_shows_the_grouped_columns_in_kroner(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    out = tmp_path / "cost.xlsx"
    ok(kplan("cost", str(d), "-o", str(out)))
    wb = read_xlsx(out)
    ws = wb["Kostnader"]
    assert [c.value for c in ws[1]] == [
        "Budsjettår",
        "Brutto",
        "Tilskudd",
        "Netto",
        "Antall tiltak",
    ]
    # 2 participants × 50 000 = 100 000, less 30 000 in grants = 70 000, in 2026
    assert [c.value for c in ws[2]] == [2026, 100000, 30000, 70000, 1]
    assert ws["B2"].number_format == '#,##0.00" kr"' and ws["B2"].data_type == "n"
    assert ws.max_row == 2
    # grouped by unit and strategy: the names, the ids at the end
    out = tmp_path / "by-unit.xlsx"
    ok(kplan("cost", str(d), "--by", "unit", "--by", "strategy", "--lang", "en", "-o", str(out)))
    ws = read_xlsx(out)["Costs"]
    assert [c.value for c in ws[1]] == [
        "Unit",
        "Strategy",
        "Gross",
        "Grants",
        "Net",
        "Actions",
        "Unit (id)",
        "Strategy (id)",
    ]
    cells = [c.value for c in ws[2]]
    # tiltak-1 names no strategy of the plan: the group is named as the table names it, and
    # has no id
    assert cells == ["Hjemmetjenesten", "No strategy", 100000, 30000, 70000, 1, "hjem", None]


def test_status_workbook_and_csv(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    doc = json.loads(ok(kplan("status", str(d), "--year", "2026", "-f", "json")))
    out = tmp_path / "status.xlsx"
    ok(kplan("status", str(d), "--year", "2026", "-o", str(out)))
    wb = read_xlsx(out)
    assert wb.sheetnames[0] == "Oppfølging 2026"
    rows = sheet_rows(wb.worksheets[0])
    assert [r["id"] for r in rows] == [r["id"] for r in doc["rows"]]
    for r, d_ in zip(rows, doc["rows"], strict=True):
        assert {k: v for k, v in r.items() if k != "unit_name"} == {
            k: d_[k] for k in r if k != "unit_name"
        }
    assert rows[0]["unit_name"] == "Hjemmetjenesten" and rows[0]["unit"] == "hjem"
    text = ok(kplan("status", str(d), "--year", "2026", "-f", "csv"))
    assert text.splitlines()[0] == (
        "id,title,unit,status,period,late,planned,spent,best_level,has_result,result_level"
    )
    # tiltak-1's 70 000 net falls in 2026
    first = next(csv.DictReader(io.StringIO(text)))
    assert first["id"] == "tiltak-1" and float(first["planned"]) == 70000.0


def test_the_workbook_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    ok(kplan("gap", str(d), "-o", str(tmp_path / "a.xlsx")))
    ok(kplan("gap", str(d), "-o", str(tmp_path / "b.xlsx")))
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    # and stdout, when it is not a terminal, gets the same workbook
    piped = kplan("gap", str(d), "-f", "xlsx")
    assert piped.returncode == 0, piped
    assert piped.stdout_bytes == (tmp_path / "a.xlsx").read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kplan-")]


# --- the csv as Norwegian Excel opens it -------------------------------------------------------


def test_excel_csv_has_semicolons_decimal_commas_a_bom_and_crlf(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    machine = ok(kplan("gap", str(d), "-f", "csv"))
    run = kplan("gap", str(d), "-f", "csv", "--excel")
    raw = run.stdout_bytes
    assert run.returncode == 0, run
    assert raw.startswith(b"\xef\xbb\xbfunit;") is False  # `part` comes first, as in the csv
    assert raw.startswith(b"\xef\xbb\xbfpart;unit;requirement;year;")
    assert raw.count(b"\r\n") == raw.count(b"\n") == machine.count("\n")
    excel = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    plain = list(csv.reader(io.StringIO(machine)))
    assert excel[0] == plain[0]
    assert len(excel) == len(plain)
    for e_row, p_row in zip(excel[1:], plain[1:], strict=True):
        for e, p in zip(e_row, p_row, strict=True):
            try:
                figure = float(p)
            except ValueError:
                assert e == p
                continue
            assert "." not in e
            assert float(e.replace(",", ".")) == figure  # every digit, a comma for the point
    # 2028: 4 × 0,93³ = 3,217428
    last = dict(zip(excel[0], excel[-1], strict=True))
    assert float(last["available"].replace(",", ".")) == pytest.approx(3.217428, abs=1e-12)
    assert len(last["available"]) > 15  # every digit as computed, not rounded for show


def test_excel_csv_for_cost_and_status(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    cost = kplan("cost", str(d), "-f", "csv", "--excel").stdout_bytes.decode("utf-8-sig")
    # 100 000 gross, 30 000 grants, 70 000 net in 2026
    assert cost.splitlines()[1] == "2026;;;100000,0;30000,0;70000,0;1;"
    status = kplan("status", str(d), "--year", "2026", "-o", str(tmp_path / "s.csv"), "--excel")
    ok(status)
    text = (tmp_path / "s.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith("id;title;unit;status;")
    assert ";70000,0;" in text


def test_excel_with_another_format_is_a_usage_error(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    for args in (("-f", "json"), ("-o", str(tmp_path / "g.xlsx")), ("-f", "table")):
        said = fails(kplan("gap", str(d), "--excel", *args, "--lang", "en"))
        assert "--excel goes with --format csv only" in said
    assert not (tmp_path / "g.xlsx").exists()
    # --excel alone asks for the csv it shapes
    alone = kplan("gap", str(d), "--excel")
    assert alone.stdout_bytes == kplan("gap", str(d), "-f", "csv", "--excel").stdout_bytes
    assert alone.stdout_bytes.startswith(b"\xef\xbb\xbfpart;")


# --- no text becomes a formula -----------------------------------------------------------------

HOSTILE = ('=HYPERLINK("http://x";"y")', "+1+2", "-3+4", "@SUM(A1)", "Kurs\x07bell")


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    d = tmp_path / "plan"
    d.mkdir()
    actions = "".join(
        f"  - id: t{i}\n    title: {json.dumps(title)}\n    needs: [behov-1]\n"
        "    strategy: utvikle\n    period: {start: 2026, end: 2026}\n"
        "    evaluation:\n      - {level: 1, method: Test}\n"
        for i, title in enumerate(HOSTILE, start=2)
    )
    text = replace_once(MINIMAL, "evaluation:\n  text:", "evaluation_placeholder:\n  text:")
    text = replace_once(text, "\nevaluation_placeholder:", "\n" + actions + "evaluation:")
    (d / "kplan.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "s.xlsx"
    ok(kplan("status", str(d), "--year", "2026", "-o", str(out)))
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets)
    ws = read_xlsx(out).worksheets[0]
    titles = [r["title"] for r in sheet_rows(ws)]
    assert titles[1:] == [*HOSTILE[:4], "Kurs\\x07bell"]
    for row in ws.iter_rows(min_row=2, max_col=2):
        assert row[1].data_type == "s"
    csv_text = kplan("status", str(d), "--year", "2026", "-f", "csv", "--excel").stdout_bytes
    cells = [r[1] for r in csv.reader(io.StringIO(csv_text.decode("utf-8-sig")), delimiter=";")]
    assert cells[2:6] == ["'" + h for h in HOSTILE[:4]]
    # the machine csv keeps the text as the plan has it
    machine = [r[1] for r in csv.reader(io.StringIO(ok(kplan("status", str(d), "-f", "csv"))))]
    assert machine[2:6] == list(HOSTILE[:4])


# --- -o and the format its name gives ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"), [("g.csv", "csv"), ("g.json", "json"), ("g.md", "md"), ("g.txt", "table")]
)
def test_the_output_name_gives_the_format(tmp_path: Path, name: str, fmt: str) -> None:
    d = plan_dir(tmp_path)
    out = tmp_path / name
    assert ok(kplan("gap", str(d), "-o", str(out))) == ""
    assert out.read_text(encoding="utf-8") == ok(kplan("gap", str(d), "-f", fmt))


def test_a_name_that_contradicts_the_format_is_refused(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    said = fails(kplan("cost", str(d), "-f", "json", "-o", str(tmp_path / "c.csv"), "--lang", "en"))
    assert "--format json does not match --output" in said and "which names a csv file" in said
    assert not (tmp_path / "c.csv").exists()
    said = fails(kplan("status", str(d), "-o", str(tmp_path / "s.html"), "--lang", "en"))
    assert "'html' is not one of 'text', 'md', 'json', 'csv', 'xlsx'" in said


def test_output_never_replaces_what_the_plan_reads(tmp_path: Path) -> None:
    d = plan_dir(
        tmp_path,
        replace_once(
            PLAN,
            "analysis: {turnover_percent: 7}",
            "analysis: {turnover_percent: 7, inventory_files: [hr/*.csv]}",
        ),
    )
    (d / "hr").mkdir()
    before = (d / "kplan.yaml").read_bytes()
    fails(kplan("gap", str(d), "-o", str(d / "kplan.yaml")))
    assert (d / "kplan.yaml").read_bytes() == before
    said = fails(kplan("gap", str(d), "-o", str(d / "hr" / "gap.csv"), "--lang", "en"))
    assert "hr/*.csv" in said
    said = fails(kplan("gap", str(d), "-o", str(d / "hr" / "gap.xlsx"), "--lang", "en"))
    assert "where the plan reads its data" in said
    assert sorted(p.name for p in (d / "hr").iterdir()) == []
    # next to the plan is where a user writes it: kplan reads only kplan.yaml and its patterns
    ok(kplan("gap", str(d), "-o", str(d / "gap.xlsx")))
    ok(kplan("gap", str(d), "-o", str(d / "gap.csv")))


def test_a_workbook_is_not_written_to_a_terminal(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kplan", "gap", str(d), "-f", "xlsx", "--lang", "en"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=120,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    said = done.stderr.decode()
    assert said.startswith("kplan: an Excel file is not written to the terminal: use --output")
    assert "Traceback" not in said


def test_a_cell_holds_what_excel_can_keep() -> None:
    """Control characters have no place in the file format; Excel keeps 32 767 characters in
    a cell; a sheet name is at most 31 characters without []:*?/\\ and never «kplan»."""
    long = "x" * 40000
    rows = ({"title": "a\x00b\x1bc", "n": None}, {"title": long, "n": 2.5})
    columns = (Column("title"), Column("n", "figure"))
    tab = Tabular(columns, rows, (Sheet(t("output.sheet.notes"), columns, rows),))
    data = xlsx_bytes(tab, "nb")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["Merknader"]
    assert ws["A2"].value == "a\\x00b\\x1bc"
    assert len(ws["A3"].value) == 32767 and ws["A3"].value.endswith("…")
    assert ws["B2"].value is None and ws["B3"].value == 2.5
    # two sheets of the same name, one called as the hidden sheet, one with Excel's forbidden signs
    odd = Tabular(
        columns,
        rows,
        (
            Sheet(t("output.sheet.notes"), columns, ()),
            Sheet(t("output.sheet.notes"), columns, ()),
        ),
    )
    assert openpyxl.load_workbook(io.BytesIO(xlsx_bytes(odd, "en"))).sheetnames == [
        "Notes",
        "Notes (2)",
        "kplan",
    ]
