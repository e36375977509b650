"""Review of the Excel round trip (issue 15): what units really do in Excel, played with
openpyxl on a form exported from a copy of examples/oyer, and what the import makes of it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, kplan, ok

SHEET = "Helse og omsorg"
ACTIONS = "oyer/tiltaksplan/helse-og-omsorg.yaml"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "oyer", tmp_path / "oyer")
    ok(kplan("excel", "export", "oyer", "-o", "tiltak.xlsx", cwd=tmp_path))
    return tmp_path


def columns(ws: Any) -> dict[str, int]:
    return {c.value.removeprefix("kplan:"): c.column for c in ws[1] if c.value}


def row_of(ws: Any, ident: str) -> int:
    return next(r[0].row for r in ws.iter_rows(min_row=3) if r[0].value == ident)


def add_row(ws: Any, **values: object) -> int:
    cols = columns(ws)
    row = ws.max_row + 1
    for key, value in values.items():
        ws.cell(row=row, column=cols[key], value=value)
    return row


def edit(path: Path, change: Any) -> None:
    book = openpyxl.load_workbook(path / "tiltak.xlsx")
    change(book)
    book.save(path / "tiltak.xlsx")


def run(path: Path, *extra: str) -> Any:
    return kplan("excel", "import", "tiltak.xlsx", "oyer", *extra, cwd=path, KPLAN_LANG="nb")


def test_a_title_pasted_with_a_line_break_gives_an_id_with_both_words(plan: Path) -> None:
    # «Kurs i\nforflytning»: the line break parts words as a space does, so the id is
    # t- + kurs-i-forflytning, not t-kurs-iforflytning
    edit(plan, lambda b: add_row(b[SHEET], title="Kurs i\nforflytning", needs="n-kreftomsorg"))
    out = run(plan).stdout
    assert "+ tiltak t-kurs-i-forflytning:" in out, out


def test_a_new_row_on_a_renamed_sheet_takes_the_unit_of_the_sheets_actions(plan: Path) -> None:
    # the unit renames its sheet «Helse og omsorg» to «Helse» and adds a row leaving the unit
    # empty: every action on the sheet is helse-omsorg's, so the new one is too
    def user(book: Any) -> None:
        ws = book[SHEET]
        add_row(ws, title="Kurs i ernæring", needs="n-matomsorg")
        ws.title = "Helse"

    edit(plan, user)
    ok(run(plan, "--write"))
    text = (plan / ACTIONS).read_text("utf-8")
    added = text[text.index('title: "Kurs i ernæring"') :]
    assert 'unit: "helse-omsorg"' in added, added


def test_a_sheet_of_several_units_gives_no_unit_to_a_row_without_one(plan: Path) -> None:
    # a renamed sheet whose actions belong to two units: no unit is guessed
    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["unit"], "oyer")
        add_row(ws, title="Kurs i ernæring", needs="n-matomsorg")
        ws.title = "Helse"

    edit(plan, user)
    ok(run(plan, "--write"))
    text = (plan / ACTIONS).read_text("utf-8")
    added = text[text.index('title: "Kurs i ernæring"') :]
    assert "unit:" not in added, added


def test_an_id_copied_onto_a_second_row_is_named_even_when_the_first_row_is_bad(
    plan: Path,
) -> None:
    # the first row of t-sykepleiere has a bad status, the copy of it below has a new title:
    # the copy must be named as the id twice, not shown as a change of the title
    def user(book: Any) -> None:
        ws = book[SHEET]
        cols = columns(ws)
        first = row_of(ws, "t-sykepleiere")
        ws.cell(first, cols["status"], "ferdig")
        add_row(ws, id="t-sykepleiere", title="Kopi")

    edit(plan, user)
    result = run(plan)
    assert result.returncode == 1
    assert "t-sykepleiere" in result.stdout
    assert "Kopi" not in result.stdout, result.stdout
    assert result.stdout.count("K910") == 2, result.stdout


def test_a_second_import_of_many_new_rows_does_not_print_a_line_per_row(plan: Path) -> None:
    # 30 new rows imported twice: the second run says the rows are the actions the first
    # added, in a few lines, not 30
    def user(book: Any) -> None:
        for n in range(30):
            add_row(book[SHEET], title=f"Kurs nummer {n}", needs="n-kreftomsorg")

    edit(plan, user)
    ok(run(plan, "--write"))
    again = ok(run(plan))
    assert again.count("\n") < 15, again
    # 30 matched rows: 5 named, then «og 30 - 5 = 25 rader til»
    assert "… og 25 rader til uten id" in again, again


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # as kplan's own diff words a day («Periode › Fra: 1. september 2025»)
        ("1. september 2025", "2025-09-01"),
        ("1 sept. 2025", "2025-09-01"),
        ("15. mai 2026", "2026-05-15"),
    ],
)
def test_a_day_written_with_the_months_name_is_read(plan: Path, typed: str, written: str) -> None:
    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["period.start"], typed)

    edit(plan, user)
    ok(run(plan, "--write"))
    assert f"start: {written}" in (plan / ACTIONS).read_text("utf-8")


def test_a_unit_name_with_bidi_or_control_characters_gives_a_plain_sheet_name(
    plan: Path,
) -> None:
    # a right-to-left override (U+202E) in a unit's name would turn the tab's text around in
    # Excel; the sheet name leaves it and the bell (U+0007) out
    yaml = plan / "oyer/kplan.yaml"
    text = yaml.read_text("utf-8")
    yaml.write_text(
        text.replace('name: "Helse og omsorg"', 'name: "Helse \\u202eog\\u0007 omsorg"'), "utf-8"
    )
    ok(kplan("excel", "export", "oyer", "-o", "t2.xlsx", cwd=plan))
    names = openpyxl.load_workbook(plan / "t2.xlsx", read_only=True).sheetnames
    helse = [n for n in names if n.startswith("Helse")]
    assert helse and all(ch.isprintable() for ch in helse[0]), helse
    assert "\u202e" not in helse[0]


def _set_status(plan: Path, ident: str, status: str) -> None:
    """The YAML changed after the export (the adviser, or another unit's workbook imported)."""
    path = plan / ACTIONS
    text = path.read_text("utf-8")
    at = text.index(f'- id: "{ident}"')
    end = text.index("\n  - id:", at)
    path.write_text(text[:end] + f"\n    status: {status}" + text[end:], "utf-8")


def test_a_cell_left_as_exported_does_not_undo_a_change_made_in_the_plan_since(
    plan: Path,
) -> None:
    # each unit gets the whole workbook and fills in its own sheet; the plan changed after the
    # export (t-sykepleiere: pågår). The workbook's t-sykepleiere row is as exported
    # (planlagt): it says nothing new, so the plan's pågår stays. The cell the unit changed
    # (t-kreftomsorg → utsatt) is imported.
    _set_status(plan, "t-sykepleiere", "pågår")

    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["status"], "utsatt")

    edit(plan, user)
    out = ok(run(plan, "--write"))
    assert "Status: planlagt → utsatt" in out, out
    assert "pågår → planlagt" not in out, out
    text = (plan / ACTIONS).read_text("utf-8")
    assert "    status: pågår\n" in text and "    status: utsatt\n" in text, text


def test_a_form_without_its_export_record_reads_every_cell_as_before(plan: Path) -> None:
    # a form whose hidden record of the exported values is gone (an older kplan's form):
    # every cell is the unit's word, as before
    _set_status(plan, "t-sykepleiere", "pågår")

    def user(book: Any) -> None:
        for name in book.sheetnames:
            if book[name].sheet_state == "veryHidden" and name != "kplan":
                del book[name]

    edit(plan, user)
    out = ok(run(plan))
    assert "Status: pågår → planlagt" in out, out


def test_a_form_sheet_that_lost_its_key_row_is_named_not_passed_over(plan: Path) -> None:
    # the hidden row 1 deleted (or the sheet pasted into a new workbook without it): kplan
    # cannot tell the columns, and the unit's change must not be dropped in silence
    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.delete_rows(1)
        ws["F2"] = "utsatt"

    edit(plan, user)
    result = run(plan)
    assert result.returncode == 1, result.stdout
    assert f"tiltak.xlsx:{SHEET}:A1: K911 feil:" in result.stdout, result.stdout


def test_a_cell_changed_in_both_the_plan_and_the_workbook_is_said(plan: Path) -> None:
    # since the export the plan set t-sykepleiere to pågår, and the unit set it to utsatt: the
    # workbook's value is taken (it is the newer word from the unit), and the import says
    # that it replaces a change made in the plan
    _set_status(plan, "t-sykepleiere", "pågår")

    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-sykepleiere"), columns(ws)["status"], "utsatt")

    edit(plan, user)
    out = ok(run(plan))
    assert "Status: pågår → utsatt" in out, out
    assert (
        f"Arket «{SHEET}», rad 3: «Status» for t-sykepleiere er endret både i planen og i "
        "arbeidsboka siden skjemaet ble laget" in out
    ), out


def test_a_unit_the_plan_lacks_points_to_the_drop_down_not_to_commas(plan: Path) -> None:
    # a unit takes one value from its drop-down list: «several separated by commas» is for
    # needs and goals only
    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["unit"], "Helsehuset")

    edit(plan, user)
    out = run(plan).stdout
    assert "«Helsehuset» er ikke en enhet i planen; velg i nedtrekkslisten." in out, out
    assert "komma" not in out, out


def test_an_array_formula_is_quoted_by_its_text(plan: Path) -> None:
    # an array formula (Ctrl+Shift+Enter) is refused as any formula, quoted as typed, not as
    # a Python object's address
    from openpyxl.worksheet.formula import ArrayFormula

    def user(book: Any) -> None:
        ws = book[SHEET]
        cell = ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["responsible"])
        cell.value = ArrayFormula(cell.coordinate, "=UPPER(B4)")

    edit(plan, user)
    result = run(plan)
    assert result.returncode == 1
    assert "Cellen har en formel (=UPPER(B4))" in result.stdout, result.stdout
    assert "object at" not in result.stdout


def test_a_sheet_sorted_with_its_key_row_is_named_not_read_as_unchanged(plan: Path) -> None:
    # the unit selects the whole sheet and sorts it by the action column: the hidden key row
    # («kplan:title») sorts last, the actions above it. Their changes must not be dropped
    # while the import says the workbook changes nothing.
    def user(book: Any) -> None:
        ws = book[SHEET]
        cols = columns(ws)
        ws.cell(row_of(ws, "t-sykepleiere"), cols["status"], "utsatt")
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row)]
        rows.sort(key=lambda r: str(r[cols["title"] - 1]))
        for i, values in enumerate(rows, start=1):
            for j, value in enumerate(values, start=1):
                ws.cell(i, j).value = value

    edit(plan, user)
    result = run(plan)
    assert result.returncode == 1, result.stdout
    assert "K911" in result.stdout and "filterknappene" in result.stdout, result.stdout


def test_an_excel_date_shown_as_a_number_is_named_as_one(plan: Path) -> None:
    # a date pasted without its format shows as 45901, Excel's days from 30.12.1899: 45658
    # is 1.1.2025, and 45901 - 45658 = 243 = 31+28+31+30+31+30+31+31 (January to August), so
    # 45901 is 1.9.2025. kplan names it and takes nothing.
    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["period.start"], 45901)

    edit(plan, user)
    result = run(plan)
    assert result.returncode == 1
    assert "«45901» ser ut som en Excel-dato vist som tall (01.09.2025)" in result.stdout, (
        result.stdout
    )


def test_a_year_out_of_range_is_not_called_an_excel_date(plan: Path) -> None:
    def user(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row_of(ws, "t-kreftomsorg"), columns(ws)["period.start"], 1850)

    edit(plan, user)
    out = run(plan).stdout
    assert "Året 1850 er utenfor 1900-2200" in out and "Excel-dato" not in out, out
