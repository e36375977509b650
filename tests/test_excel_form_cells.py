"""Cells and workbooks kplan cannot use: K910 at the cell, K911 for a workbook that is no form,
K810 for a file that is no workbook (zip bombs, .xls, CSV renamed, 100,000 rows, 5 MB cells).

Every form is a real export of the Stange example, changed with openpyxl as a user would."""

from __future__ import annotations

import datetime as dt
import io
import random
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, MINIMAL, fails, kplan, ok, write_plan

from kplan.check.validate import check
from kplan.document.excel_form import form_bytes
from kplan.plan.action_form import read_form
from kplan.present.catalogue import words
from kplan.present.validation import line
from kplan.read.xlsx import MAX_ROWS, open_workbook


@pytest.fixture(scope="module")
def stange() -> Any:
    plan = check(str(EXAMPLES / "stange")).plan
    assert plan is not None
    return plan


@pytest.fixture(scope="module")
def form(stange: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("form") / "export.xlsx"
    path.write_bytes(form_bytes(stange, "nb")[0])
    return path


SHEET = "Helse og omsorg"
"""Stange's unit «helse-og-omsorg»: nine actions in rows 3-11, so row 12 is the first free."""


def _letter(ws: Any, key: str) -> str:
    return next(c.column_letter for c in ws[1] if c.value == "kplan:" + key)


def _edited(form: Path, tmp_path: Path, cells: dict[tuple[str, int], Any]) -> str:
    """The form with cells set by (field, row), saved as tiltak.xlsx in tmp_path."""
    book = openpyxl.load_workbook(form)
    ws = book[SHEET]
    for (key, row), value in cells.items():
        ws[f"{_letter(ws, key)}{row}"] = value
    book.save(tmp_path / "tiltak.xlsx")
    return str(tmp_path / "tiltak.xlsx")


def _said(diags: list[Any]) -> list[tuple[str, int, int, str, str]]:
    return [(d.sheet, d.line, d.col, d.code, words(d.message, "nb")) for d in diags]


NEW = 12


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("status", "ferdig", "«ferdig» er ikke et av valgene her"),
        ("period.start", "neste høst", "«neste høst» er ingen dato kplan kan lese"),
        ("period.start", "31.02.2026", "«31.02.2026» er ingen dato"),
        ("period.start", 2500, "Året 2500 er utenfor 1900-2200"),
        ("period.end", "1850-01", "Året 1850 er utenfor"),
        ("needs", "behov-rekruttere, finnes-ikke", "«finnes-ikke» er ikke et behov i planen"),
        ("unit", "Skolen", "«Skolen» er ikke en enhet i planen"),
        ("learning_form", 50, "«50» er ikke et av valgene her"),
        ("count", "mange", "«mange» er ikke et helt tall"),
        ("count", -3, "«-3» er ikke et helt tall"),
        ("target_group", dt.datetime(2026, 1, 2), "Excel har gjort det som ble skrevet her om"),
        ("notes", '=HYPERLINK("http://x","klikk")', "Cellen har en formel"),
        ("id", "t-finnes-ikke", "Id-en «t-finnes-ikke» er ikke et tiltak i planen"),
    ],
)
def test_a_bad_cell_is_k910_at_the_cell_and_its_row_is_left_out(
    form: Path, tmp_path: Path, stange: Any, key: str, value: Any, says: str
) -> None:
    path = _edited(form, tmp_path, {("title", NEW): "Nytt tiltak", (key, NEW): value})
    rows, diags = read_form(path, stange)
    col = openpyxl.load_workbook(path)[SHEET][
        f"{_letter(openpyxl.load_workbook(path)[SHEET], key)}1"
    ].column
    ((sheet, row, at, code, message),) = _said(diags)
    assert (sheet, row, at, code) == (SHEET, NEW, col, "K910")
    assert says in message
    assert len(rows) == len(stange.actions)  # the untouched rows, not the bad one


def test_cells_as_users_type_them_are_read(form: Path, tmp_path: Path, stange: Any) -> None:
    cells = {
        ("title", NEW): "  Nytt tiltak \r\nmed to linjer ",
        ("unit", NEW): "Helse og omsorg",  # the unit's name, not its id
        ("strategy", NEW): "Mobilisere",  # case does not matter
        ("learning_form", NEW): "20",
        ("needs", NEW): "behov-rekruttere;\nbehov-hoyskole-egne",
        ("period.start", NEW): dt.datetime(2026, 3, 1),  # a date cell
        ("period.end", NEW): "august 2027",
        ("count", NEW): 12.0,
    }
    rows, diags = read_form(_edited(form, tmp_path, cells), stange)
    assert diags == []
    (row,) = [r for r in rows if r.id is None]
    assert row.values[("title",)] == "Nytt tiltak \nmed to linjer"
    assert row.unit == row.values[("unit",)] == "helse-og-omsorg"
    assert row.values[("strategy",)] == "mobilisere"
    assert row.values[("learning_form",)] == 20
    assert row.values[("needs",)] == ["behov-rekruttere", "behov-hoyskole-egne"]
    assert row.values[("period", "start")] == dt.date(2026, 3, 1)
    assert row.values[("period", "end")] == "2027-08"
    assert row.values[("count",)] == 12
    assert row.values[("status",)] == "planlagt"  # empty: the model's default


def test_an_id_twice_is_refused_at_the_second(form: Path, tmp_path: Path, stange: Any) -> None:
    book = openpyxl.load_workbook(form)
    first = book[SHEET]["A3"].value
    path = _edited(form, tmp_path, {("id", NEW): first, ("title", NEW): "Kopi"})
    rows, diags = read_form(path, stange)
    ((sheet, row, col, code, message),) = _said(diags)
    assert (sheet, row, col, code) == (SHEET, NEW, 1, "K910")
    assert f"står også på arket {SHEET}, rad 3" in message
    assert [r.row for r in rows if r.id == first] == [3]


def test_a_row_without_a_title_is_k910(form: Path, tmp_path: Path, stange: Any) -> None:
    path = _edited(form, tmp_path, {("title", 3): None})
    _, diags = read_form(path, stange)
    assert [(d.line, d.col, d.code) for d in diags] == [(3, 2, "K910")]


def test_a_form_in_nynorsk_or_english_reads_the_same(stange: Any, tmp_path: Path) -> None:
    read = {}
    for lang in ("nb", "nn", "en"):
        path = tmp_path / f"{lang}.xlsx"
        path.write_bytes(form_bytes(stange, lang)[0])
        rows, diags = read_form(str(path), stange)
        assert diags == []
        read[lang] = sorted((r.id, sorted(r.values.items(), key=repr)) for r in rows)
    assert read["nb"] == read["nn"] == read["en"]


# --- K911: no form ------------------------------------------------------------------------------


def test_a_workbook_that_is_no_form_is_k911(tmp_path: Path, stange: Any) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Tiltak", "Enhet"])  # a kommune's own sheet: headers, no keys
    book.active.append(["Kurs", "Skole"])
    book.save(tmp_path / "egen.xlsx")
    rows, diags = read_form(str(tmp_path / "egen.xlsx"), stange)
    assert rows == []
    ((_, _, _, code, message),) = _said(diags)
    assert code == "K911" and "ikke et tiltaksskjema fra kplan" in message


def test_a_sheet_whose_id_column_is_gone_is_k911(form: Path, tmp_path: Path, stange: Any) -> None:
    book = openpyxl.load_workbook(form)
    book[SHEET]["A1"] = None
    book[SHEET]["D1"] = "kplan:title"  # and a key twice
    book.save(tmp_path / "tiltak.xlsx")
    rows, diags = read_form(str(tmp_path / "tiltak.xlsx"), stange)
    said = _said(diags)
    assert [(s, r, c, code) for s, r, c, code, _ in said] == [
        (SHEET, 1, 4, "K911"),
        (SHEET, 1, 0, "K911"),
    ]
    assert "(også i kolonne 2)" in said[0][4] and "«Id (fylles ut av kplan)»" in said[1][4]
    assert all(r.sheet != SHEET for r in rows)  # the other sheets still read


# --- K810 and hostile files ----------------------------------------------------------------------


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "ikke en Excel-arbeidsbok"),
        (bytes(random.Random(1).randrange(256) for _ in range(3000)), "ikke en Excel-arbeidsbok"),
        (b"Tiltak;Enhet\r\nKurs;Skole\r\n", "tekst (CSV eller lignende)"),
        ("Tiltak\tEnhet\r\n".encode("utf-16"), "tekst (CSV eller lignende)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Excel 97-2003"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + bytes(60)
            + "EncryptedPackage".encode("utf-16-le"),
            "beskyttet med passord",
        ),
        (
            _zip(
                {
                    "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                    "content.xml": b"<x/>",
                }
            ),
            ".ods",
        ),
        (_zip({"word/document.xml": b"<x/>"}), "Word-dokument"),
        # 2 MB of zeros packs into a few kB: built to explode
        (
            _zip({"xl/workbook.xml": b"<x/>", "xl/worksheets/sheet1.xml": bytes(2_000_000)}),
            "zip-bombe",
        ),
        (
            _zip(
                {
                    "xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
                }
            ),
            "DOCTYPE",
        ),
        (_zip({"xl/workbook.xml": b"<not xml"}), "kan ikke leses"),
        # 11 MB of cells in one sheet: openpyxl would parse for minutes
        (
            _zip(
                {
                    "xl/workbook.xml": b"<x/>",
                    "xl/worksheets/sheet1.xml": random.Random(3).randbytes(11 * 1024 * 1024),
                }
            ),
            "mer enn 10 MB med celler",
        ),
    ],
)
def test_a_file_that_is_no_workbook_is_k810(
    tmp_path: Path, stange: Any, data: bytes, says: str
) -> None:
    path = tmp_path / "tiltak.xlsx"
    path.write_bytes(data)
    rows, diags = read_form(str(path), stange)
    assert rows == []
    ((_, row, col, code, message),) = _said(diags)
    assert (row, col, code) == (0, 0, "K810")
    assert says in message


def test_no_file_or_a_directory_is_k001(tmp_path: Path, stange: Any) -> None:
    for path in (tmp_path / "finnes-ikke.xlsx", tmp_path):
        rows, diags = read_form(str(path), stange)
        assert rows == [] and [d.code for d in diags] == ["K001"]


def test_a_file_over_20_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "stor.xlsx"
    with path.open("wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(21 * 1024 * 1024)
    found = open_workbook(str(path))
    assert not isinstance(found, openpyxl.Workbook)
    assert found.code == "K810" and "større enn 20 MB" in words(found.message, "nb")


def test_a_sheet_of_100000_rows_stops_at_the_limit(form: Path, tmp_path: Path, stange: Any) -> None:
    book = openpyxl.load_workbook(form)
    ws = book[SHEET]
    for row in range(NEW, 100_000):
        ws.cell(row, 2, "x")
    book.save(tmp_path / "tiltak.xlsx")
    start = time.monotonic()
    rows, diags = read_form(str(tmp_path / "tiltak.xlsx"), stange)
    assert time.monotonic() - start < 30
    assert (diags[-1].sheet, diags[-1].line, diags[-1].code) == (SHEET, MAX_ROWS + 1, "K910")
    assert sum(r.sheet == SHEET for r in rows) == MAX_ROWS - 2  # rows 3 to MAX_ROWS


def test_a_5_mb_cell_is_k910(form: Path, tmp_path: Path, stange: Any) -> None:
    # openpyxl (like Excel) cuts what it writes at 32,767 characters: the file is made by hand
    path = _edited(form, tmp_path, {("title", NEW): "Nytt", ("notes", NEW): "MARKER"})
    noise = "".join(random.Random(2).choices("abcdefghij klmnopqrstuvwxyzæøå", k=5_000_000))
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            data = source.read(info)
            if b">MARKER<" in data:
                data = data.replace(b">MARKER<", b">" + noise.encode() + b"<")
            z.writestr(info.filename, data)
    Path(path).write_bytes(out.getvalue())
    rows, diags = read_form(path, stange)
    assert [(d.line, d.code) for d in diags] == [(NEW, "K910")]
    assert "Cellen har 5000000 tegn" in words(diags[0].message, "nb")
    assert len(rows) == len(stange.actions)


def test_a_sheet_name_with_control_characters_cannot_move_the_cursor(
    form: Path, tmp_path: Path, stange: Any
) -> None:
    book = openpyxl.load_workbook(form)
    book[SHEET].title = "Helse\x9b31m og\x85omsorg"  # C1 controls: CSI and NEL, legal in XML
    ws = book["Helse\x9b31m og\x85omsorg"]
    ws[f"{_letter(ws, 'status')}3"] = "ferdig"
    book.save(tmp_path / "tiltak.xlsx")
    _, diags = read_form(str(tmp_path / "tiltak.xlsx"), stange)
    (shown,) = [line(d, "nb") for d in diags]
    assert shown.startswith(f"{tmp_path}/tiltak.xlsx:Helse?31m og?omsorg:")
    assert "\x9b" not in shown and "\x85" not in shown


def test_actions_without_a_unit_get_their_own_sheet(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "plan")  # one unit, and one action that names none
    ok(kplan("excel", "export", str(plan), "-o", str(tmp_path / "t.xlsx")))
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == [
        "Slik fyller du ut",
        "Testvik kommune",
        "Uten enhet",
        "kplan_sent",
        "kplan",
    ]
    assert book["Uten enhet"]["B3"].value == "Ekstern utlysning"


def test_a_plan_with_many_units_has_one_sheet_for_all(tmp_path: Path) -> None:
    units = "".join(
        f"  - {{id: enhet-{i:02d}, name: Enhet {i}, level: enhet, parent: kommunen}}\n"
        for i in range(45)
    )
    text = MINIMAL.replace(
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n" + units,
    )
    assert text != MINIMAL
    plan = write_plan(tmp_path / "plan", text)
    ok(kplan("excel", "export", str(plan), "-o", str(tmp_path / "t.xlsx")))
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["Slik fyller du ut", "Alle tiltak", "kplan_sent", "kplan"]
    cover = book["Slik fyller du ut"]
    assert "Planen har 46 enheter" in "\n".join(str(c.value) for c in cover["A"])


def test_a_value_in_excels_last_row_is_not_passed_over(
    form: Path, tmp_path: Path, stange: Any
) -> None:
    path = _edited(form, tmp_path, {("title", 1_048_576): "Helt nederst"})
    rows, diags = read_form(path, stange)
    assert [(d.sheet, d.line, d.col, d.code) for d in diags] == [(SHEET, 1_048_576, 1, "K910")]
    assert "etter rad 10000" in words(diags[0].message, "nb") or "10 000" in words(
        diags[0].message, "nb"
    )
    assert len(rows) == len(stange.actions)


def test_a_text_no_excel_cell_holds_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    # openpyxl would cut it at 32,767 characters, and the import would take the cut as a change
    text = MINIMAL.replace(
        "    title: Ekstern utlysning\n",
        f"    title: Ekstern utlysning\n    notes: {'x' * 40_000}\n",
    )
    assert text != MINIMAL
    plan = write_plan(tmp_path / "plan", text)
    err = fails(kplan("excel", "export", str(plan), "-o", str(tmp_path / "t.xlsx")), 2)
    assert "tiltaket tiltak-1 har 40000 tegn i «Merknad»" in err
    assert not (tmp_path / "t.xlsx").exists()


def test_a_plan_text_that_looks_like_a_formula_is_exported_as_text(tmp_path: Path) -> None:
    # a plan shared between kommuner may hold «=HYPERLINK(...)»: in the form it stays text
    title = '=HYPERLINK("http://example.invalid/x","Klikk her")'
    text = MINIMAL.replace("    title: Ekstern utlysning\n", f"    title: '{title}'\n")
    assert text != MINIMAL
    plan = write_plan(tmp_path / "plan", text)
    ok(kplan("excel", "export", str(plan), "-o", str(tmp_path / "t.xlsx")))
    cell = openpyxl.load_workbook(tmp_path / "t.xlsx")["Uten enhet"]["B3"]
    assert (cell.value, cell.data_type) == (title, "s")
    model = check(str(plan)).plan
    rows, diags = read_form(str(tmp_path / "t.xlsx"), model)
    assert diags == [] and rows[0].values[("title",)] == title  # read back as the text it is


def test_a_form_is_read_from_a_git_revision(
    form: Path, tmp_path: Path, stange: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers import Repo

    from kplan.read.git import Git
    from kplan.read.sources import GitSource

    repo = Repo(tmp_path / "repo")
    (repo.root / "tiltak.xlsx").write_bytes(form.read_bytes())
    repo.commit("skjemaet")
    (repo.root / "tiltak.xlsx").write_bytes(b"not a workbook any more")
    monkeypatch.chdir(repo.root)
    rows, diags = read_form("tiltak.xlsx", stange, GitSource(Git("."), "HEAD"))
    assert diags == [] and len(rows) == len(stange.actions)
    _, now = read_form("tiltak.xlsx", stange)
    assert [d.code for d in now] == ["K810"]


def test_rows_inserted_above_the_keys_move_the_form_down(
    form: Path, tmp_path: Path, stange: Any
) -> None:
    book = openpyxl.load_workbook(form)
    ws = book[SHEET]
    ws.insert_rows(1, 2)  # a title and a blank line above the form
    ws["A1"] = "Tiltaksplan for helse og omsorg 2026"
    ws["F14"] = "ferdig"  # status, in the first free row: the actions are now in rows 5-13
    book.save(tmp_path / "tiltak.xlsx")
    rows, diags = read_form(str(tmp_path / "tiltak.xlsx"), stange)
    assert [(d.sheet, d.line, d.col, d.code) for d in diags] == [(SHEET, 14, 6, "K910")]
    assert len(rows) == len(stange.actions)
    assert min(r.row for r in rows if r.sheet == SHEET) == 5  # keys in row 3, headers in 4
