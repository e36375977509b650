"""`kplan excel import`: the user story on a copy of examples/oyer, with real workbooks written
by `kplan excel export` and edited with openpyxl as a user would. The YAML after the import is
checked byte for byte against the file before it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, MINIMAL, kplan, ok, replace_once

SHEET = "Helse og omsorg"
ACTIONS = "oyer/tiltaksplan/helse-og-omsorg.yaml"
SYKEPLEIERE_END = (
    '    notes: "Raden kombinerer rekruttering (ekstern utlysing) og utvikling (øke kompetansen '
    'hos ansatte helsefagarbeidere mot sykepleier)."\n'
)


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A copy of examples/oyer and its form, exported by kplan, in tmp_path."""
    shutil.copytree(EXAMPLES / "oyer", tmp_path / "oyer")
    ok(kplan("excel", "export", "oyer", "-o", "tiltak.xlsx", cwd=tmp_path))
    return tmp_path


def columns(ws: Any) -> dict[str, int]:
    """Column of each field by the machine key in the form's hidden first row."""
    return {c.value.removeprefix("kplan:"): c.column for c in ws[1] if c.value}


def row_of(ws: Any, ident: str) -> int:
    return next(r[0].row for r in ws.iter_rows(min_row=3) if r[0].value == ident)


def add_row(ws: Any, **values: object) -> int:
    cols = columns(ws)
    row = ws.max_row + 1
    for key, value in values.items():
        ws.cell(row=row, column=cols[key], value=value)
    return row


def edit(path: Path, change: Any, target: str = "tiltak.xlsx") -> Path:
    book = openpyxl.load_workbook(path / "tiltak.xlsx")
    change(book)
    book.save(path / target)
    return path / target


def test_the_user_story_from_export_to_written_yaml(plan: Path) -> None:
    before = files(plan)
    original = (plan / ACTIONS).read_text("utf-8")
    bad: dict[str, int] = {}

    def user(book: Any) -> None:
        ws = book[SHEET]
        cols = columns(ws)
        ws.cell(row=row_of(ws, "t-sykepleiere"), column=cols["status"], value="pågår")
        add_row(ws, title="Kurs i førstehjelp", strategy="utvikle", needs="n-kreftomsorg")
        bad["row"] = add_row(ws, title="Feil", status="ferdig")
        bad["col"] = cols["status"]

    edit(plan, user)
    # without --write: the change is shown, the bad cell named, nothing written, exit 1
    run = kplan("excel", "import", "tiltak.xlsx", "oyer", cwd=plan, KPLAN_LANG="nb")
    assert run.returncode == 1, run
    cell = f"{openpyxl.utils.get_column_letter(bad['col'])}{bad['row']}"
    assert f"tiltak.xlsx:{SHEET}:{cell}: K910 feil: «ferdig»" in run.stdout
    assert "+ tiltak t-kurs-i-forstehjelp: Kurs i førstehjelp" in run.stdout
    assert "~ tiltak t-sykepleiere:" in run.stdout
    assert "    Status: planlagt → pågår" in run.stdout
    assert "t-feil" not in run.stdout  # a row with a bad cell is left out whole
    assert run.stdout.rstrip().endswith("rett cellene over i arbeidsboka og importer den igjen.")
    assert files(plan) == before
    # --write with the bad cell still there writes nothing either
    assert kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan).returncode == 1
    assert files(plan) == before

    def fix(book: Any) -> None:
        book[SHEET].cell(row=bad["row"], column=bad["col"], value="utsatt")

    edit(plan, fix)
    out = ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="nb"))
    assert out.rstrip().endswith("Skrev oyer/tiltaksplan/helse-og-omsorg.yaml.")
    assert "2 lagt til, 0 fjernet, 1 endret." in out
    ok(kplan("validate", "oyer", cwd=plan))
    after = files(plan)
    assert {k: v for k, v in after.items() if k != ACTIONS} == {
        k: v for k, v in before.items() if k != ACTIONS
    }
    # the one changed line, and the two new actions at the end, keyed and quoted as the
    # action before them
    expected = original.replace(SYKEPLEIERE_END, SYKEPLEIERE_END + "    status: pågår\n") + (
        '  - id: "t-kurs-i-forstehjelp"\n'
        '    title: "Kurs i førstehjelp"\n'
        '    needs: ["n-kreftomsorg"]\n'
        '    unit: "helse-omsorg"\n'
        "    strategy: utvikle\n"
        '  - id: "t-feil"\n'
        '    title: "Feil"\n'
        '    unit: "helse-omsorg"\n'
        "    status: utsatt\n"
    )
    assert (plan / ACTIONS).read_text("utf-8") == expected
    # the same workbook again: the new rows are the actions they became, nothing changes
    again = ok(
        kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="nb")
    )
    assert "Arbeidsboka endrer ingenting i planen." in again
    assert "rad " in again and "t-kurs-i-forstehjelp" in again
    assert files(plan) == after


@pytest.mark.parametrize(("example", "lang"), [("oyer", "nb"), ("stange", "nn"), ("stange", "en")])
def test_an_untouched_export_changes_nothing(tmp_path: Path, example: str, lang: str) -> None:
    """Every value the form shows reads back as the YAML's own (folded titles, block text,
    months, ids), whatever language the form's headers are in."""
    shutil.copytree(EXAMPLES / example, tmp_path / example)
    ok(kplan("excel", "export", example, "-o", "f.xlsx", "--lang", lang, cwd=tmp_path))
    before = files(tmp_path)
    run = kplan("excel", "import", "f.xlsx", example, "--write", "--lang", "en", cwd=tmp_path)
    assert ok(run).endswith("The workbook changes nothing in the plan.\n")
    assert "has no row" not in run.stdout and "no id" not in run.stdout
    assert files(tmp_path) == before


def test_an_emptied_cell_removes_the_key_and_only_its_line(plan: Path) -> None:
    original = (plan / ACTIONS).read_text("utf-8")

    def clear(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row=row_of(ws, "t-matomsorg"), column=columns(ws)["provider"]).value = None

    edit(plan, clear)
    out = ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="en"))
    assert "Wrote oyer/tiltaksplan/helse-og-omsorg.yaml." in out
    line = '    provider: "Norsk helsenett (e-læring); Fagnettverk HSG"\n'
    assert (plan / ACTIONS).read_text("utf-8") == original.replace(line, "")


def test_a_row_taken_out_of_the_workbook_does_not_remove_the_action(plan: Path) -> None:
    before = files(plan)

    def remove(book: Any) -> None:
        ws = book[SHEET]
        ws.delete_rows(row_of(ws, "t-matomsorg"))

    edit(plan, remove)
    out = ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="nb"))
    assert "1 tiltak i planen har ingen rad i arbeidsboka; det står som før" in out
    assert files(plan) == before


def test_the_dry_run_says_how_to_write_in_nynorsk(plan: Path) -> None:
    def change(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row=row_of(ws, "t-kreftomsorg"), column=columns(ws)["count"], value=4)

    before = files(plan)
    edit(plan, change)
    out = ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--lang", "nn", cwd=plan))
    assert out.endswith("Ingenting er skrive; køyr med --write for å lagre.\n")
    assert files(plan) == before


def test_a_workbook_that_is_no_form_writes_nothing(plan: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "Tiltak"
    book.save(plan / "annet.xlsx")
    before = files(plan)
    run = kplan("excel", "import", "annet.xlsx", "oyer", "--write", cwd=plan)
    assert run.returncode == 1, run
    assert "K911" in run.stdout
    assert files(plan) == before


def test_a_workbook_that_cannot_be_read_is_exit_2(plan: Path) -> None:
    before = files(plan)
    run = kplan("excel", "import", "finnes-ikke.xlsx", "oyer", "--write", cwd=plan)
    assert run.returncode == 2, run
    assert "K001" in run.stdout
    assert run.stdout.endswith("Nothing is written.\n") or "Ingenting er skrevet." in run.stdout
    (plan / "tekst.xlsx").write_text("id;tittel\n", "utf-8")  # a CSV file named .xlsx
    run = kplan("excel", "import", "tekst.xlsx", "oyer", "--write", cwd=plan)
    assert run.returncode == 2, run
    assert "K810" in run.stdout
    assert "Traceback" not in run.stderr + run.stdout
    assert files(plan) == before


def test_crlf_plan_files_stay_crlf(plan: Path) -> None:
    path = plan / ACTIONS
    crlf = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(crlf)

    def change(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row=row_of(ws, "t-kreftomsorg"), column=columns(ws)["responsible"], value="Leder")
        add_row(ws, title="Ny: «veiledning»", strategy="mobilisere")

    edit(plan, change)
    ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan))
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    assert data.startswith(crlf[: crlf.index(b'  - id: "t-kreftomsorg"')])
    assert b'    title: "Ny: \xc2\xabveiledning\xc2\xbb"\r\n' in data


def test_json_output(plan: Path) -> None:
    import json

    def change(book: Any) -> None:
        add_row(book[SHEET], title="Kurs", strategy="utvikle")

    edit(plan, change)
    doc = json.loads(ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "-f", "json", cwd=plan)))
    assert doc["added"] == ["t-kurs"]
    assert doc["written"] is False
    assert doc["files"] == [ACTIONS]
    assert doc["diff"]["counts"] == {"added": 1, "removed": 0, "changed": 0}


def test_a_plan_with_errors_is_not_imported_into(plan: Path) -> None:
    root = plan / "oyer" / "kplan.yaml"
    root.write_text(root.read_text("utf-8").replace("status: utkast", "status: utkas"), "utf-8")
    run = kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan)
    assert run.returncode == 1
    assert "K104" in run.stdout + run.stderr


def test_a_new_row_goes_to_the_file_holding_its_units_actions(plan: Path) -> None:
    before = files(plan)

    def change(book: Any) -> None:
        add_row(book["NN Skole"], title="Lesekurs for lærere", strategy="utvikle")

    edit(plan, change)
    out = ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="nb"))
    # the unit's one id, t-nn-skole-videreutdanning, gives the prefix
    assert "+ tiltak t-nn-skole-lesekurs-for-laerere: Lesekurs for lærere" in out
    assert "Skrev oyer/tiltaksplan/oppvekst.yaml." in out
    after = files(plan)
    assert [k for k in after if after[k] != before[k]] == ["oyer/tiltaksplan/oppvekst.yaml"]


def test_a_single_file_plan_with_a_period_in_words(tmp_path: Path) -> None:
    text = replace_once(
        MINIMAL, "period: {start: 2025, end: 2026}", "period: kontinuerlig  # hele tiden"
    )
    (tmp_path / "plan.yaml").write_text(text, "utf-8")
    (tmp_path / "ut").mkdir()
    ok(kplan("excel", "export", "plan.yaml", "-o", "ut/tiltak.xlsx", cwd=tmp_path))

    def change(book: Any) -> None:
        ws = book["Uten enhet"]
        ws.cell(row=row_of(ws, "tiltak-1"), column=columns(ws)["period.start"], value=2025)
        add_row(ws, title="Nytt kurs")

    book = openpyxl.load_workbook(tmp_path / "ut" / "tiltak.xlsx")
    change(book)
    book.save(tmp_path / "ut" / "tiltak.xlsx")
    ok(kplan("excel", "import", "ut/tiltak.xlsx", "plan.yaml", "--write", cwd=tmp_path))
    # the words stay the period's text beside the new start; the next number of the series;
    # the new action before the next section, `evaluation:`
    assert (tmp_path / "plan.yaml").read_text("utf-8") == text.replace(
        "    period: kontinuerlig  # hele tiden\n",
        "    period: {text: kontinuerlig, start: 2025}  # hele tiden\n",
    ).replace(
        "      - {level: 4, method: Brukerundersøkelse}\n",
        "      - {level: 4, method: Brukerundersøkelse}\n  - id: tiltak-2\n    title: Nytt kurs\n",
    )


def two_units_changed(book: Any) -> None:
    for sheet, ident in ((SHEET, "t-kreftomsorg"), ("NN Skole", "t-nn-skole-videreutdanning")):
        ws = book[sheet]
        ws.cell(row=row_of(ws, ident), column=columns(ws)["responsible"], value="Rektor")


def test_files_are_written_all_or_none(plan: Path) -> None:
    edit(plan, two_units_changed)
    (plan / ACTIONS).chmod(0o444)  # helse-og-omsorg.yaml cannot be written; oppvekst.yaml can
    before = files(plan)
    run = kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan)
    assert run.returncode == 2, run
    assert "helse-og-omsorg.yaml" in run.stderr
    assert files(plan) == before


def test_a_plan_file_that_is_a_link_is_edited_where_it_leads(plan: Path) -> None:
    (plan / "oyer" / "delt").mkdir()
    shared = plan / "oyer" / "delt" / "helse.yaml"
    (plan / ACTIONS).rename(shared)
    (plan / ACTIONS).symlink_to(shared)
    original = shared.read_text("utf-8")
    edit(plan, two_units_changed)
    ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan))
    assert (plan / ACTIONS).is_symlink()
    assert shared.read_text("utf-8") != original
    assert "    responsible: Rektor\n" in shared.read_text("utf-8")


def test_a_form_that_would_make_the_plan_invalid_writes_nothing(plan: Path) -> None:
    def backwards(book: Any) -> None:
        ws = book[SHEET]
        row, cols = row_of(ws, "t-sykepleiere"), columns(ws)
        ws.cell(row=row, column=cols["period.start"], value=2028)
        ws.cell(row=row, column=cols["period.end"], value=2025)

    edit(plan, backwards)
    before = files(plan)
    run = kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="nb")
    assert run.returncode == 1, run
    assert "Med arbeidsboka lagt inn ville planen fått 1 feil, så ingenting er skrevet:" in (
        run.stdout
    )
    assert f"{ACTIONS}:" in run.stdout and "K501 feil:" in run.stdout
    assert "har ingen rad i arbeidsboka" not in run.stdout  # every action has its row
    assert files(plan) == before


def test_the_first_actions_of_a_new_plan_go_to_its_action_file(tmp_path: Path) -> None:
    ok(kplan("init", "ny", "--kommune", "Testvik kommune", "--number", "0301", cwd=tmp_path))
    (tmp_path / "ut").mkdir()
    ok(kplan("excel", "export", "ny", "-o", "ut/tiltak.xlsx", cwd=tmp_path))
    book = openpyxl.load_workbook(tmp_path / "ut" / "tiltak.xlsx")
    ws = book["Testvik kommune"]
    add_row(ws, title="Kurs i veiledning", strategy="utvikle")
    add_row(ws, title="Kurs i språk")
    book.save(tmp_path / "ut" / "tiltak.xlsx")
    actions = tmp_path / "ny" / "tiltaksplan" / "tiltak.yaml"
    original = actions.read_text("utf-8")
    root = (tmp_path / "ny" / "kplan.yaml").read_bytes()
    ok(kplan("excel", "import", "ut/tiltak.xlsx", "ny", "--write", cwd=tmp_path))
    # `actions: []` (under its commented example) becomes the list; kplan.yaml is untouched
    assert actions.read_text("utf-8") == original.replace(
        "actions: []\n",
        "actions:\n"
        "  - id: kurs-i-veiledning\n"
        "    title: Kurs i veiledning\n"
        "    unit: kommunen\n"
        "    strategy: utvikle\n"
        "  - id: kurs-i-sprak\n"
        "    title: Kurs i språk\n"
        "    unit: kommunen\n",
    )
    assert (tmp_path / "ny" / "kplan.yaml").read_bytes() == root
    ok(kplan("validate", "ny", cwd=tmp_path))


def test_a_literal_block_changed_in_a_cell_keeps_its_form(tmp_path: Path) -> None:
    text = replace_once(
        MINIMAL,
        "    strategy: rekruttere\n",
        "    strategy: rekruttere\n    notes: |\n      Første linje.\n      Andre linje.\n",
    )
    (tmp_path / "plan.yaml").write_text(text, "utf-8")
    (tmp_path / "ut").mkdir()
    ok(kplan("excel", "export", "plan.yaml", "-o", "ut/tiltak.xlsx", cwd=tmp_path))
    book = openpyxl.load_workbook(tmp_path / "ut" / "tiltak.xlsx")
    ws = book["Uten enhet"]
    # Excel gives the cell's text with no line break at its end, and maybe with \r\n inside
    ws.cell(
        row=row_of(ws, "tiltak-1"), column=columns(ws)["notes"]
    ).value = "Første linje.\r\nTredje linje."
    book.save(tmp_path / "ut" / "tiltak.xlsx")
    ok(kplan("excel", "import", "ut/tiltak.xlsx", "plan.yaml", "--write", cwd=tmp_path))
    assert (tmp_path / "plan.yaml").read_text("utf-8") == text.replace(
        "Andre linje.", "Tredje linje."
    )


def test_the_plan_may_be_named_by_a_file_it_includes(plan: Path) -> None:
    def change(book: Any) -> None:
        ws = book[SHEET]
        ws.cell(row=row_of(ws, "t-kreftomsorg"), column=columns(ws)["count"], value=4)

    edit(plan, change)
    run = kplan("excel", "import", "tiltak.xlsx", ACTIONS, "--write", cwd=plan, KPLAN_LANG="en")
    assert ok(run).rstrip().endswith(f"Wrote {ACTIONS}.")
    assert "oyer/kplan.yaml" in run.stderr  # which plan was read, as kplan validate says it
    assert "    count: 4\n" in (plan / ACTIONS).read_text("utf-8")


def test_new_warnings_are_shown_and_do_not_block(plan: Path) -> None:
    edit(plan, lambda book: add_row(book[SHEET], title="Kurs uten behov"))
    out = ok(kplan("excel", "import", "tiltak.xlsx", "oyer", "--write", cwd=plan, KPLAN_LANG="nb"))
    # the form takes no evaluation, and this row names no need: two warnings of the new action
    assert "Med arbeidsboka lagt inn får planen 2 nye advarsler; de hindrer ikke lagring:" in out
    assert "K302 advarsel: Tiltaket «t-kurs-uten-behov»" in out
    assert "K402 advarsel: Tiltaket «t-kurs-uten-behov»" in out
    assert out.rstrip().endswith(f"Skrev {ACTIONS}.")
