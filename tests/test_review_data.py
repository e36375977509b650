"""Review of issue 15's data in and out, as a kommune's files come: regions as statistikkbanken
names them after a merger or in two languages, and the figures a user checks by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, MINIMAL, kplan, ok

from kplan.diagnostics import Diagnostic, Finding
from kplan.plan.ssb_model import SsbFile
from kplan.plan.ssb_pick import Picker
from kplan.read import xlsx_hidden
from kplan.read.ssb_csv import read_ssb_csv

EIGHTY = {"drivers": [{"id": "e80", "name": "80 år og eldre", "ages": "80+"}]}


def _pick(
    tmp_path: Path, text: str, spec: dict[str, Any]
) -> tuple[list[Any], list[Finding], list[Diagnostic]]:
    path = tmp_path / "07459.csv"
    path.write_bytes(text.encode("latin-1"))
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    cube = read_ssb_csv(str(path), problems)
    assert cube is not None, problems
    mapping = SsbFile.model_validate({"file": "07459.csv", **spec})
    items = Picker("kplan.yaml", cube, mapping, ("analysis", "ssb", 0), findings, problems).items()
    return items, findings, problems


def _table(regions: list[str]) -> str:
    """07459 as statistikkbanken saves it with the title, Latin-1, CRLF: ages 0-79, 80-89, 90+
    for each region, men then women; each region's figures are its place in the list times
    the base figures (men 4, 9, 14; women 6, 11, 16)."""
    lines = [
        '"07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år"',
        "",
        '"region";"kjønn";"alder";"Personer 2024"',
    ]
    for n, region in enumerate(regions, start=1):
        for sex, base in (("1 Menn", (4, 9, 14)), ("2 Kvinner", (6, 11, 16))):
            ages = ("000-079 0-79 år", "080-089 80-89 år", "090+ 90 år eller eldre")
            lines += [f'"{region}";"{sex}";"{a}";{n * v}' for a, v in zip(ages, base, strict=True)]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize(
    ("regions", "region", "expected"),
    [
        # a kommune whose name carries the years it had the code: 80+ is 9+14+11+16 = 50
        (["3413 Stange (2024-)"], "Stange", 50.0),
        # a kommune named in Norwegian and Sámi: the second region, 2 * 50 = 100
        (["5006 Steinkjer", "5001 Trondheim - Tråante"], "Trondheim", 100.0),
        (["5006 Steinkjer", "5001 Trondheim - Tråante"], "Tråante", 100.0),
        # the name alone is the region of that name, not an older one with years: 2 * 50
        (["3001 Halden (2020-2023)", "3101 Halden"], "Halden", 100.0),
        (["K-3413 Stange"], "Stange", 50.0),
    ],
)
def test_region_by_its_plain_name(
    tmp_path: Path, regions: list[str], region: str, expected: float
) -> None:
    items, findings, problems = _pick(tmp_path, _table(regions), {"region": region, **EIGHTY})
    assert (findings, problems) == ([], [])
    assert items[0][1]["values"] == {2024: expected}


def test_a_name_two_regions_have_is_asked_about_not_guessed(tmp_path: Path) -> None:
    text = _table(["0417 Stange (-2019)", "3413 Stange (2020-)"])
    items, findings, _ = _pick(tmp_path, text, {"region": "Stange", **EIGHTY})
    assert items == []
    assert [(f.path, f.code, f.message.key) for f in findings] == [
        (("analysis", "ssb", 0, "region"), "K812", "ssb.k812.region_ambiguous")
    ]
    # by its code, either is found: 80+ of the second is 2 * 50 = 100
    items, findings, _ = _pick(tmp_path, text, {"region": "3413", **EIGHTY})
    assert findings == []
    assert items[0][1]["values"] == {2024: 100.0}


def _workbook(tmp_path: Path, command: str, example: str, *extra: str) -> Any:
    out = tmp_path / f"{example}-{command}-{len(extra)}.xlsx"
    ok(kplan(command, str(EXAMPLES / example), "-o", str(out), "--quiet", *extra))
    return openpyxl.load_workbook(out)


@pytest.mark.parametrize("example", ["oyer", "stange"])
@pytest.mark.parametrize("command", ["gap", "cost", "status"])
def test_a_figure_with_decimals_is_not_shown_rounded(
    tmp_path: Path, command: str, example: str
) -> None:
    # Stange's share of høyskoleutdannede counts 66.8 årsverk of 178 (measure_count): shown
    # as «67» it is a figure the plan does not have
    book = _workbook(tmp_path, command, example)
    rounded = [
        (ws.title, cell.coordinate, cell.value, cell.number_format)
        for ws in book.worksheets
        for row in ws.iter_rows(min_row=2)
        for cell in row
        if isinstance(cell.value, float)
        and cell.value != int(cell.value)
        and "0.0" not in cell.number_format
    ]
    assert rounded == []


@pytest.mark.parametrize(("lang", "unit"), [("nb", "årsverk"), ("nn", "årsverk"), ("en", "FTE")])
def test_every_figure_of_the_staffing_sheet_says_it_is_in_fte(
    tmp_path: Path, lang: str, unit: str
) -> None:
    # the staffing balance is all årsverk, the competence sheet mixes persons and årsverk (a
    # column says which per row): a reader of the staffing sheet alone must not take the
    # figures for persons
    book = _workbook(tmp_path, "gap", "stange", "--lang", lang)
    staffing = book.worksheets[0]
    keys = {
        col: key
        for sheet, col, key in book["kplan"].iter_rows(min_row=2, values_only=True)
        if sheet == staffing.title
    }
    headers = {keys[c.column_letter]: c.value for c in staffing[1]}
    flow = [
        "demand",
        "supply",
        "start",
        "retirements",
        "turnover",
        "growth",
        "to_recruit",
        "surplus",
        "planned",
        "still_open",
        "cumulative_to_recruit",
        "cumulative_planned",
        "cumulative_still_open",
    ]
    assert [k for k in flow if unit not in headers[k]] == []
    competence = book.worksheets[1]
    assert all("årsverk" not in str(c.value) for c in competence[1])


# the plan of tests/test_inventory_xlsx.py: two barnehager, a pedagognorm on drivers from a CSV
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


def plan_with(plan: Path, csv: str | None = None, sheets: dict[str, Any] | None = None) -> None:
    (plan / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (plan / "ssb.csv").write_text(DRIVERS, encoding="utf-8")
    (plan / "hr").mkdir(exist_ok=True)
    if csv is not None:
        (plan / "hr" / "ansatte.csv").write_text(csv, encoding="utf-8")
    if sheets is not None:
        book = openpyxl.Workbook()
        book.remove(book.active)
        for name, rows in sheets.items():
            ws = book.create_sheet(name)
            for row in rows:
                ws.append(row)
        book.save(plan / "hr" / "ansatte.xlsx")


# an HR export as Visma or SAP writes it: a title (one cell, often merged over the columns)
# and a blank row above the header, dates and numbers typed as text
TITLE = ["Ansatte per enhet – rapport per 01.01.2025", None, None, None]
EXPORT: list[list[Any]] = [
    ["sol", "bhg-laerer", "01.01.2025", "3", "2,5", "Visma HRM", "2", "1"],
    ["sol", None, "01.01.2025", "9", "8", "Visma HRM", "5", "4"],
    ["mane", None, "01.01.2025", "4", "3,25", "Lønn og personal", None, None],
]


def test_an_export_with_a_title_above_its_header_gives_the_csvs_figures(tmp_path: Path) -> None:
    as_csv, as_xlsx = tmp_path / "csv", tmp_path / "xlsx"
    as_csv.mkdir()
    as_xlsx.mkdir()
    plan_with(as_csv, csv=CSV)
    plan_with(as_xlsx, sheets={"Ark1": [TITLE, [], HEADER, *EXPORT]})
    # and a second sheet with the same title and header: more rows, not a different table
    checked = kplan("validate", str(as_xlsx))
    assert checked.returncode == 0, str(checked)
    runs = [kplan("gap", "--format", "json", str(p)) for p in (as_csv, as_xlsx)]
    assert [r.returncode for r in runs] == [0, 0]
    assert runs[1].stdout == runs[0].stdout


def test_a_later_sheet_with_the_title_and_header_is_read_as_more_rows(tmp_path: Path) -> None:
    as_csv, as_xlsx = tmp_path / "csv", tmp_path / "xlsx"
    as_csv.mkdir()
    as_xlsx.mkdir()
    plan_with(as_csv, csv=CSV)
    sheets = {"Sol": [TITLE, HEADER, *EXPORT[:2]], "Måne": [TITLE, [], HEADER, EXPORT[2]]}
    plan_with(as_xlsx, sheets=sheets)
    runs = [kplan("gap", "--format", "json", str(p)) for p in (as_csv, as_xlsx)]
    assert [r.returncode for r in runs] == [0, 0], str(runs[1])
    assert runs[1].stdout == runs[0].stdout


@pytest.mark.parametrize(
    "total",
    [
        ["Sum", None, None, "16", "13,75", None, "7", "5"],
        ["Sum", None, "01.01.2025", 16, 13.75, None, 7, 5],
        [None, None, None, 16, 13.75, None, 7, 5],
    ],
)
def test_a_total_row_is_never_counted(tmp_path: Path, total: list[Any]) -> None:
    # 3 + 9 + 4 persons = 16 and 2.5 + 8 + 3.25 = 13.75 årsverk: counted once more, every
    # figure of the gap would be twice the staff
    plan_with(tmp_path, sheets={"Ark1": [TITLE, HEADER, *EXPORT, total]})
    checked = kplan("validate", str(tmp_path))
    assert checked.returncode == 1, str(checked)
    # the row is refused at its cell (row 6: the title, the header, three rows, the total)
    assert any(f"ansatte.xlsx:Ark1:{c}6: " in checked.output for c in "AC"), str(checked)


def test_an_english_download_with_gender_and_all_ages(tmp_path: Path) -> None:
    # statistikkbanken in English (and PxWebApi v2's labels) calls the sex «gender» and all
    # ages «All» (05810's «999B»); «Both sexes» is the sum SSB gives: 80+ in 2025 is 250,
    # from the sexes it would be 100 + 150 = 250 too; all ages: 999B All, 1000
    rows = [
        ("0 Both sexes", (250, 1000)),
        ("1 Males", (100, 480)),
        ("2 Females", (150, 520)),
    ]
    ages = ("80+ 80 years or older", "999B All")
    text = '"gender";"age";"Persons 2025"\r\n' + "".join(
        f'"{sex}";"{a}";{v}\r\n' for sex, values in rows for a, v in zip(ages, values, strict=True)
    )
    drivers = {"drivers": [*EIGHTY["drivers"], {"id": "all", "name": "All ages"}]}
    items, findings, problems = _pick(tmp_path, text, drivers)
    assert (findings, problems) == ([], [])
    assert [i[1]["values"] for i in items] == [{2025: 250.0}, {2025: 1000.0}]


def test_regions_across_a_projection_are_refused_not_read_as_the_first(tmp_path: Path) -> None:
    # 13600 pivoted with region across: two columns hold MMMM for 2025, Stange's and Hamar's;
    # Stange's 500 + 80 would pass for the 80+ of whichever kommune the plan is for
    header = ["kjønn", "alder"] + [
        f"{region} {alt} 2025"
        for region in ("Stange", "Hamar")
        for alt in ("Hovedalternativet (MMMM)", "Lav nasjonal vekst (LLML)")
    ]
    text = (
        ";".join(f'"{h}"' for h in header)
        + "\r\n"
        + '"Menn";"080-089 80-89 år";500;500;700;700\r\n'
        + '"Menn";"090+ 90 år eller eldre";80;80;200;200\r\n'
    )
    items, findings, problems = _pick(tmp_path, text, EIGHTY)
    assert items == []
    assert [(p.code, p.message.key) for p in problems] == [
        ("K811", "ssb.k811.alternative_twice")
    ], (findings, problems)


@pytest.mark.parametrize(
    ("header", "column"),
    [
        # 07459 with only women chosen and kjønn across: the figures are the women's, and a
        # driver without `sex:` would take them for everyone
        (["region", "alder", "Kvinner 2024"], 3),
        (["region", "kjønn", "80-89 år 2024"], 3),
        (["region", "alder", "2 Kvinner Personer 2024"], 3),
        (["region", "alder", "Menn Hovedalternativet (MMMM) 2025"], 3),
    ],
)
def test_sex_or_age_across_is_refused_at_its_column(
    tmp_path: Path, header: list[str], column: int
) -> None:
    text = ";".join(f'"{h}"' for h in header) + '\r\n"3413 Stange";"080-089 80-89 år";600\r\n'
    path = tmp_path / "07459.csv"
    path.write_bytes(text.encode("latin-1"))
    problems: list[Diagnostic] = []
    assert read_ssb_csv(str(path), problems) is None
    assert [(p.line, p.col, p.code, p.message.key) for p in problems] == [
        (1, column, "K811", "ssb.k811.variable_across")
    ]


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_rows_on_a_hidden_sheet_are_not_counted_unseen(tmp_path: Path, state: str) -> None:
    # last year's export kept on a hidden sheet: its 16 persons would be counted with this
    # year's without anyone seeing them in Excel
    last_year = [[*row[:2], "01.01.2024", *row[3:]] for row in EXPORT]
    plan_with(tmp_path, sheets={"Ark1": [HEADER, *EXPORT], "I fjor": [HEADER, *last_year]})
    path = tmp_path / "hr" / "ansatte.xlsx"
    book = openpyxl.load_workbook(path)
    book["I fjor"].sheet_state = state
    book.save(path)
    checked = kplan("validate", str(tmp_path))
    assert checked.returncode == 1, str(checked)
    assert "ansatte.xlsx:I fjor:A1: K810 " in checked.output, str(checked)
    # an empty hidden sheet (a list for a drop-down, say) holds no rows: no matter
    plan_with(tmp_path, sheets={"Ark1": [HEADER, *EXPORT], "Lister": []})
    book = openpyxl.load_workbook(path)
    book["Lister"].sheet_state = state
    book.save(path)
    assert kplan("validate", str(tmp_path)).returncode == 0


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", {"Andel", "Andel heltid", "Andel under minstestilling"}),
        ("en", {"Share", "Full-time share", "Share under the minimum position"}),
    ],
)
def test_a_measure_is_named_in_words_and_its_figures_say_percent(
    tmp_path: Path, lang: str, words: set[str]
) -> None:
    # Stange measures shares (høyskole 37.5 % of årsverk), the full-time share and positions
    # under 75 %: a reader sees words, not «full_time_share», and knows 37.53 is a percent
    book = _workbook(tmp_path, "gap", "stange", "--lang", lang)
    competence = book.worksheets[1]
    keys = {
        key: col
        for sheet, col, key in book["kplan"].iter_rows(min_row=2, values_only=True)
        if sheet == competence.title
    }
    shown = {c.value for c in competence[keys["measure"]][1:] if c.value is not None}
    assert shown == words
    for key in ("measure_value", "measure_target"):
        assert "%" in competence[f"{keys[key]}1"].value


def test_rows_hidden_by_a_filter_are_not_counted_unseen(tmp_path: Path) -> None:
    # an export filtered in Excel to Solsikken: Månen's row (row 4) is hidden but in the file,
    # and its 4 persons would be counted with the rows the user sees
    plan_with(tmp_path, sheets={"Ark1": [HEADER, *EXPORT]})
    path = tmp_path / "hr" / "ansatte.xlsx"
    book = openpyxl.load_workbook(path)
    book["Ark1"].row_dimensions[4].hidden = True
    book.save(path)
    checked = kplan("validate", str(tmp_path))
    assert checked.returncode == 1, str(checked)
    assert "ansatte.xlsx:Ark1:A4: K810 " in checked.output, str(checked)
    assert checked.output.count("K810") == 1, str(checked)


@pytest.mark.parametrize("chunk", [5, 64, 1 << 20])
def test_hidden_rows_are_found_whatever_the_chunk(
    tmp_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # row tags cut anywhere by the chunks: the rows 3 and 5 (of 6) are hidden, no other
    book = openpyxl.Workbook()
    ws = book.active
    for i in range(6):
        ws.append(["sol", f"rad {i + 1} <row hidden='1'>"])
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    book.save(tmp_path / "h.xlsx")
    monkeypatch.setattr(xlsx_hidden, "_CHUNK", chunk)
    read = openpyxl.load_workbook(tmp_path / "h.xlsx", read_only=True)
    assert xlsx_hidden.hidden_rows(read.worksheets[0]) == {3, 5}
    read.close()


def test_a_csv_pasted_into_one_column_is_not_taken_for_titles(tmp_path: Path) -> None:
    # the CSV's lines pasted into column A: each row is one text, like a title; the sheet is
    # not empty, and kplan says what A1 holds rather than that the workbook has nothing
    lines = [[line] for line in CSV.splitlines()]
    plan_with(tmp_path, sheets={"Ark1": lines})
    checked = kplan("validate", str(tmp_path))
    assert checked.returncode == 1, str(checked)
    assert "ansatte.xlsx:Ark1:A1: K810 " in checked.output, str(checked)
    assert "unit;competence;date" in checked.output, str(checked)


@pytest.mark.parametrize(("lang", "word"), [("nb", "Uten strategi"), ("en", "No strategy")])
def test_cost_by_strategy_names_the_actions_without_one(
    tmp_path: Path, lang: str, word: str
) -> None:
    # Stange: one action without a strategy, 200 000 gross less 100 000 in grants; its row had
    # an empty name, a sum nobody could place
    book = _workbook(tmp_path, "cost", "stange", "--by", "strategy", "--lang", lang)
    rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert all(r[0] for r in rows), rows
    assert [r[:4] for r in rows if r[0] == word] == [(word, 200000, 100000, 100000)]


def test_a_title_without_quotes_is_a_title_whatever_its_commas(tmp_path: Path) -> None:
    # the title as a tool may write it, unquoted: its commas made it a header of five columns;
    # 80+ is 9 + 14 for men and the same for women, 46
    body = '"region";"kjønn";"alder";"Personer 2024"\r\n' + "".join(
        f'"3413 Stange";"{sex}";"{age}";{v}\r\n'
        for sex in ("Menn", "Kvinner")
        for age, v in (("80-89 år", 9), ("90 år eller eldre", 14))
    )
    title = "07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år\r\n\r\n"
    items, findings, problems = _pick(tmp_path, title + body, EIGHTY)
    assert (findings, problems) == ([], [])
    assert items[0][1]["values"] == {2024: 46.0}
    assert items[0][1]["source"]["table"] == "07459"
