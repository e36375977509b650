"""The action form in Excel: `kplan excel export` writes it, `read_form` reads it back.

Real files throughout: the examples exported through the CLI, opened with openpyxl, edited as a
user edits them in Excel (a cell changed, rows added, a bad status), and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, fails, kplan, ok
from ruamel.yaml import YAML

from kplan.check.validate import check
from kplan.plan.action_form import STATUSES, form_value, read_form
from kplan.present.validation import line


def _plan(name: str) -> Any:
    plan = check(str(EXAMPLES / name)).plan
    assert plan is not None
    return plan


def _raw_actions(name: str) -> dict[str, dict[str, Any]]:
    """The examples' actions as their YAML holds them (not through the model)."""
    yaml = YAML(typ="safe", pure=True)
    found: dict[str, dict[str, Any]] = {}
    for path in sorted((EXAMPLES / name).rglob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        for action in (data or {}).get("actions", []) if isinstance(data, dict) else []:
            found[action["id"]] = action
    return found


def _export(tmp_path: Path, example: str, *extra: str, name: str = "tiltak.xlsx") -> Path:
    target = tmp_path / name
    ok(kplan("excel", "export", str(EXAMPLES / example), "-o", str(target), *extra))
    return target


@pytest.fixture(scope="module")
def oyer_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _export(tmp_path_factory.mktemp("oyer"), "oyer")


def _lines(diags: list[Any]) -> list[str]:
    return [line(d, "nb") for d in diags]


# --- the export ---------------------------------------------------------------------------------


def test_export_has_a_cover_a_sheet_per_unit_and_a_hidden_list_sheet(oyer_form: Path) -> None:
    book = openpyxl.load_workbook(oyer_form)
    # Øyer has six units (kplan.yaml), each with a sheet in the plan's order, and no action
    # without a unit: cover + 6 + what was sent + kplan
    assert book.sheetnames == [
        "Slik fyller du ut",
        "Øyer kommune",
        "Samfunnsutvikling og tekniske",  # 39 characters cut at a word, under Excel's 31
        "Oppvekst",
        "Helse og omsorg",
        "Sentraladministrasjonen",
        "NN Skole",
        "NN Barnehage",
        "kplan_sent",
        "kplan",
    ]
    assert book["kplan"].sheet_state == "veryHidden"
    assert book["kplan_sent"].sheet_state == "veryHidden"
    skole = book["NN Skole"]
    # row 1: hidden machine keys; row 2: the headers in bokmål; actions from row 3
    assert skole.row_dimensions[1].hidden
    assert [c.value for c in skole[1]][:6] == [
        "kplan:id",
        "kplan:title",
        "kplan:unit",
        "kplan:strategy",
        "kplan:learning_form",
        "kplan:status",
    ]
    assert skole["B2"].value == "Tiltak" and skole["F2"].value == "Status"
    assert skole.freeze_panes == "C3"
    assert skole["B2"].font.bold and skole.column_dimensions["B"].width == 50
    # the ids are locked, the rest open, the sheet protected so that rows can still be added
    assert skole.protection.sheet and not skole.protection.insertRows
    assert skole["A3"].protection.locked and not skole["B3"].protection.locked
    assert skole["A3"].value and skole["A3"].value.startswith("t-")
    assert skole["C3"].value == "nn-skole"


def test_drop_downs_name_the_lists_on_the_hidden_sheet(oyer_form: Path) -> None:
    book = openpyxl.load_workbook(oyer_form)
    sheet = book["Oppvekst"]
    checks = {str(dv.sqref)[0]: dv for dv in sheet.data_validations.dataValidation}
    # unit (C), KS strategy (D), learning form (E), status (F) have lists
    assert set(checks) >= {"C", "D", "E", "F"}
    status = checks["F"].formula1
    assert status.startswith("kplan!$")
    column = status.split("!$")[1].split("$")[0]
    meta = book["kplan"]
    values = [meta[f"{column}{row}"].value for row in range(2, 2 + len(STATUSES))]
    assert tuple(values) == STATUSES
    assert meta[f"{column}1"].value == "kplan:status"
    units = checks["C"].formula1.split("!$")[1].split("$")[0]
    assert [meta[f"{units}{row}"].value for row in range(2, 10)] == [
        "oyer",
        "samfunnsutvikling",
        "oppvekst",
        "helse-omsorg",
        "sentraladministrasjonen",
        "nn-skole",
        "nn-barnehage",
        None,
    ]
    assert str(checks["F"].sqref).startswith("F3:F")


@pytest.mark.parametrize(
    ("lang", "sheet", "phrase"),
    [
        ("nb", "Slik fyller du ut", "Å slette en rad her sletter ikke tiltaket"),
        ("nn", "Slik fyller du ut", "Å slette ei rad her slettar ikkje tiltaket"),
        ("en", "How to fill it in", "Deleting a row here does not delete the action"),
    ],
)
def test_cover_is_in_the_forms_language(tmp_path: Path, lang: str, sheet: str, phrase: str) -> None:
    form = _export(tmp_path, "oyer", "--lang", lang)
    cover = openpyxl.load_workbook(form)[sheet]
    text = "\n".join(str(c.value) for row in cover.iter_rows() for c in row if c.value)
    assert phrase in text
    assert "kplan excel import tiltak.xlsx --write" in text
    assert "avlyst" in text


def test_two_exports_of_one_plan_are_the_same_bytes(tmp_path: Path) -> None:
    first = _export(tmp_path, "stange").read_bytes()
    again = _export(tmp_path, "stange", "--force").read_bytes()
    assert first == again


def test_an_existing_file_is_refused_without_force(tmp_path: Path) -> None:
    target = tmp_path / "tiltak.xlsx"
    target.write_bytes(b"edits not imported yet")
    err = fails(kplan("excel", "export", str(EXAMPLES / "stange"), "-o", str(target)), 2)
    assert "--force" in err
    assert target.read_bytes() == b"edits not imported yet"


def test_the_target_must_be_an_xlsx_file(tmp_path: Path) -> None:
    err = fails(kplan("excel", "export", str(EXAMPLES / "stange"), "-o", str(tmp_path / "t.csv")))
    assert ".xlsx" in err
    assert not (tmp_path / "t.csv").exists()
    fails(kplan("excel", "export", str(EXAMPLES / "stange")))  # no -o: nowhere to write


# --- reading back -------------------------------------------------------------------------------


@pytest.mark.parametrize("example", ["stange", "oyer"])
def test_an_untouched_export_reads_as_the_plan(tmp_path: Path, example: str) -> None:
    form = _export(tmp_path, example)
    rows, diags = read_form(str(form), _plan(example))
    assert diags == []
    raw = _raw_actions(example)
    assert sorted(r.id for r in rows if r.id) == sorted(raw)
    assert all(r.id for r in rows)  # no new rows
    compared = 0
    for row in rows:
        for path, value in row.values.items():
            assert value == form_value(path, raw[row.id]), (row.id, path)
            compared += 1
    assert compared > 10 * len(raw)


def _edit(form: Path, change: Any, directory: Path) -> Path:
    """The form opened, changed and saved again with openpyxl, as Excel would, in `directory`."""
    book = openpyxl.load_workbook(form)
    change(book)
    edited = directory / "tiltak.xlsx"
    book.save(edited)
    return edited


def _letter(ws: Any, key: str) -> str:
    """The column letter of a form field, from the hidden key row."""
    return next(c.column_letter for c in ws[1] if c.value == key)


def test_a_users_edits_are_read(
    oyer_form: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan("oyer")
    need = plan.needs[0].id

    def change(book: Any) -> None:
        skole = book["NN Skole"]
        skole["B3"] = "Videreutdanning i engelsk for 1.-7. trinn"  # a title changed
        oppvekst = book["Oppvekst"]  # no actions yet: new rows from row 3
        col = {
            key: _letter(oppvekst, "kplan:" + key)
            for key in ("needs", "period.start", "period.end")
        }
        oppvekst["B3"] = "Kurs i klasseledelse"
        oppvekst["F3"] = "pågår"
        oppvekst[f"{col['needs']}3"] = need
        oppvekst[f"{col['period.start']}3"] = "01.08.2026"
        oppvekst[f"{col['period.end']}3"] = 2027
        oppvekst["B7"] = "Veiledning av nyutdannede"
        oppvekst["F7"] = "ferdig"  # not a status

    _edit(oyer_form, change, tmp_path)
    monkeypatch.chdir(tmp_path)
    rows, diags = read_form("tiltak.xlsx", plan)
    assert _lines(diags) == [
        "tiltak.xlsx:Oppvekst:F7: K910 feil: «ferdig» er ikke et av valgene her; velg «planlagt», "
        "«pågår», «gjennomført», «utsatt» eller «avlyst» i nedtrekkslisten."
    ]
    new = [r for r in rows if r.id is None]
    assert len(new) == 1  # the row with the bad status is left out whole
    (row,) = new
    assert (row.sheet, row.row, row.unit) == ("Oppvekst", 3, "oppvekst")  # the sheet's unit
    assert row.values[("title",)] == "Kurs i klasseledelse"
    assert row.values[("status",)] == "pågår"
    assert row.values[("needs",)] == [need]
    assert row.values[("period", "start")] == dt.date(2026, 8, 1)
    assert row.values[("period", "end")] == 2027
    assert row.values[("strategy",)] is None
    changed = next(r for r in rows if r.sheet == "NN Skole" and r.row == 3)
    assert changed.values[("title",)] == "Videreutdanning i engelsk for 1.-7. trinn"
    assert changed.columns[("title",)] == 2
    assert len(rows) == len(plan.actions) + 1


@pytest.mark.parametrize(
    ("path", "raw", "expected"),
    [
        (("period", "text"), {"period": "kontinuerlig "}, "kontinuerlig"),  # a plain string
        (("period", "start"), {"period": "kontinuerlig"}, None),
        (("period", "start"), {"period": {"start": 2025}}, 2025),
        (("period", "start"), {"period": {"start": "2025"}}, 2025),
        (("period", "end"), {"period": {"end": "2025-08"}}, "2025-08"),
        (("period", "end"), {"period": {"end": dt.date(2025, 8, 1)}}, dt.date(2025, 8, 1)),
        (("period", "end"), {"period": {"end": "2025-08-01"}}, dt.date(2025, 8, 1)),
        (("status",), {}, "planlagt"),  # the model's default
        (("needs",), {"needs": []}, None),
        (("needs",), {"needs": ["a", "b"]}, ["a", "b"]),
        (("title",), {"title": "  To\r\nlinjer "}, "To\nlinjer"),
        (("learning_form",), {"learning_form": 70}, 70),
        (("notes",), {}, None),
    ],
)
def test_form_value_is_the_yaml_in_the_forms_shape(
    path: tuple[str, ...], raw: dict[str, Any], expected: Any
) -> None:
    assert form_value(path, raw) == expected


def test_a_period_in_words_goes_round(tmp_path: Path) -> None:
    from helpers import MINIMAL, write_plan

    text = MINIMAL.replace("    period: {start: 2025, end: 2026}\n", "    period: etter behov\n")
    assert text != MINIMAL
    plan = write_plan(tmp_path / "plan", text)
    ok(kplan("excel", "export", str(plan), "-o", str(tmp_path / "t.xlsx")))
    model = check(str(plan)).plan
    rows, diags = read_form(str(tmp_path / "t.xlsx"), model)
    assert diags == []
    (row,) = rows
    raw = {"id": "tiltak-1", "period": "etter behov"}
    assert row.values[("period", "text")] == form_value(("period", "text"), raw) == "etter behov"
    assert row.values[("period", "start")] is None
