"""CSV files saved by Norwegian Excel: Windows-1252, Latin-1 and «Unicode-tekst» (UTF-16) are
read with a K020 note, and give the same figures as the same file in UTF-8."""

from __future__ import annotations

import codecs
from pathlib import Path

from helpers import CSV_DRIVERS, CSV_HEAD, TODAY, kplan

from kplan.check.validate import check
from kplan.diagnostics import Diagnostic
from kplan.present.catalogue import words
from kplan.read.rawtext import read_csv_text, read_text

HEAD = CSV_HEAD
DRIVERS = CSV_DRIVERS
INVENTORY = (
    "unit;competence;date;persons;fte;source\r\n"
    "sol;bhg-laerer;01.01.2025;3;2,5;Lønnssystem Æ\r\n"
    "sol;;01.01.2025;4;3,5;Lønn og personal\r\n"
)
# line 2: "sol;bhg-laerer;01.01.2025;3;2,5;L" is 4 + 11 + 11 + 2 + 4 + 1 = 33 characters,
# so «ø» (the first byte UTF-8 cannot read) is column 34
FIRST_BAD = (2, 34)


def write(plan: Path, inventory: bytes, drivers: bytes | None = None) -> None:
    (plan / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (plan / "hr").mkdir(exist_ok=True)
    (plan / "hr" / "ansatte.csv").write_bytes(inventory)
    (plan / "ssb.csv").write_bytes(drivers if drivers is not None else DRIVERS.encode())


def read(tmp_path: Path, raw: bytes) -> tuple[str, Diagnostic | None] | Diagnostic:
    f = tmp_path / "t.csv"
    f.write_bytes(raw)
    return read_csv_text(str(f))


def test_utf8_is_read_without_a_note(tmp_path: Path) -> None:
    assert read(tmp_path, INVENTORY.encode()) == (INVENTORY, None)
    assert read(tmp_path, codecs.BOM_UTF8 + INVENTORY.encode()) == (INVENTORY, None)


def test_windows_1252_is_read_with_a_note_at_the_first_byte_utf8_cannot_read(
    tmp_path: Path,
) -> None:
    got = read(tmp_path, INVENTORY.encode("cp1252"))
    assert not isinstance(got, Diagnostic)
    text, note = got
    assert text == INVENTORY
    assert note is not None
    assert (note.line, note.col, note.code, note.severity) == (*FIRST_BAD, "K020", "warning")
    said = words(note.message, "nb")
    assert "Windows-1252" in said
    assert "«CSV UTF-8 (kommadelt)»" in said
    assert "Lønnssystem Æ" in said  # the line as read, so the user can see æøå came out right
    assert "Windows-1252" in words(note.message, "en")


def test_latin1_without_windows_1252_signs_reads_the_same(tmp_path: Path) -> None:
    # æøå are the same bytes in Latin-1 and Windows-1252 (E6 F8 E5): the text is the same
    assert INVENTORY.encode("latin-1") == INVENTORY.encode("cp1252")
    got = read(tmp_path, INVENTORY.encode("latin-1"))
    assert not isinstance(got, Diagnostic)
    assert got[0] == INVENTORY


def test_a_byte_windows_1252_leaves_undefined_makes_it_latin1(tmp_path: Path) -> None:
    raw = INVENTORY.encode("latin-1").replace(b"personal", b"personal\x81")
    got = read(tmp_path, raw)
    assert not isinstance(got, Diagnostic)
    text, note = got
    assert text == INVENTORY.replace("personal", "personal\x81")
    assert note is not None
    assert (note.line, note.col, note.code) == (*FIRST_BAD, "K020")
    assert "Latin-1" in words(note.message, "nb")


def test_excel_unicode_text_utf16_with_bom_is_read_with_a_note(tmp_path: Path) -> None:
    tabbed = INVENTORY.replace(";", "\t")
    for encoding, name in (("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")):
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        got = read(tmp_path, bom + tabbed.encode(encoding))
        assert not isinstance(got, Diagnostic), got
        text, note = got
        assert text == tabbed
        assert note is not None
        assert (note.line, note.col, note.code) == (1, 1, "K020")
        assert f"UTF-16 ({name})" in words(note.message, "en")


def test_utf16_without_bom_and_utf32_stay_refused(tmp_path: Path) -> None:
    for raw in (
        INVENTORY.encode("utf-16-le"),
        codecs.BOM_UTF32_LE + INVENTORY.encode("utf-32-le"),
    ):
        got = read(tmp_path, raw)
        assert isinstance(got, Diagnostic)
        assert got.code == "K002"


def test_utf8_mixed_with_windows_1252_is_refused_where_it_changes(tmp_path: Path) -> None:
    # line 2 in UTF-8, line 3 in Windows-1252: read as either, one of them would be wrong;
    # line 3 "sol;;01.01.2025;4;3,5;L" is 4 + 1 + 11 + 2 + 4 + 1 = 23 characters: «ø» is col 24
    lines = INVENTORY.split("\r\n")
    raw = (lines[0] + "\r\n" + lines[1] + "\r\n").encode() + (lines[2] + "\r\n").encode("cp1252")
    got = read(tmp_path, raw)
    assert isinstance(got, Diagnostic)
    assert (got.line, got.col, got.code) == (3, 24, "K002")


def test_binary_stays_refused(tmp_path: Path) -> None:
    nul = read(tmp_path, b"unit;fte\nsol;1\x00\xff\n")
    assert isinstance(nul, Diagnostic)
    assert (nul.line, nul.code) == (2, "K003")
    control = read(tmp_path, b"unit;fte\nsol\xe6;1\x01\x02\n")
    assert isinstance(control, Diagnostic)
    assert (control.line, control.code) == (2, "K002")


def test_yaml_stays_utf8_only(tmp_path: Path) -> None:
    f = tmp_path / "kplan.yaml"
    f.write_bytes("plan:\n  title: Kompetanseplan for Ås\n".encode("cp1252"))
    got = read_text(str(f))
    assert isinstance(got, Diagnostic)
    assert (got.line, got.code) == (2, "K002")


def test_windows_1252_inventory_gives_the_figures_of_the_utf8_file(minimal_plan: Path) -> None:
    write(minimal_plan, INVENTORY.encode("cp1252"))
    checked = check(str(minimal_plan), today=TODAY)
    got = [(d.path.split("plan/")[-1], d.line, d.col, d.code) for d in checked.report.diagnostics]
    assert got == [("hr/ansatte.csv", *FIRST_BAD, "K020")]
    plan = checked.plan
    assert plan is not None
    # 2.5 + 3.5 årsverk in the inventory; the sources read back with their æøå
    assert sum(r.fte for r in plan.inventory) == 6.0
    assert sorted(r.source for r in plan.inventory if r.source) == [
        "Lønn og personal",
        "Lønnssystem Æ",
    ]


def test_kplan_gap_is_the_same_for_windows_1252_and_utf8(tmp_path: Path) -> None:
    runs = {}
    for name, raw in (
        ("utf8", INVENTORY.encode()),
        ("cp1252", INVENTORY.encode("cp1252")),
        ("utf16", codecs.BOM_UTF16_LE + INVENTORY.replace(";", "\t").encode("utf-16-le")),
    ):
        plan = tmp_path / name
        plan.mkdir()
        write(plan, raw, DRIVERS.encode("cp1252") if name == "cp1252" else None)
        runs[name] = kplan("gap", "--format", "json", str(plan))
        assert runs[name].returncode == 0, runs[name].stderr
    assert '"available": 2.5' in runs["utf8"].stdout.replace("2.5,", "2.5")
    assert runs["cp1252"].stdout == runs["utf8"].stdout
    assert runs["utf16"].stdout == runs["utf8"].stdout
    # gap shows figures; validate shows the note
    notes = {name: kplan("validate", str(tmp_path / name)) for name in runs}
    assert [n.returncode for n in notes.values()] == [0, 0, 0]
    assert "K020" not in notes["utf8"].stdout
    assert "hr/ansatte.csv:2:34: K020" in notes["cp1252"].stdout
    assert "hr/ansatte.csv:1:1: K020" in notes["utf16"].stdout
