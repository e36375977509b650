"""Review of issue 15's data in and out, as a kommune's files come: regions as statistikkbanken
names them after a merger or in two languages, and the figures a user checks by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import EXAMPLES, kplan, ok

from kplan.diagnostics import Diagnostic, Finding
from kplan.plan.ssb_model import SsbFile
from kplan.plan.ssb_pick import Picker
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
