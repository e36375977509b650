"""The json's staffing rows written straight as text (`StaffingRowText`) are byte for byte
`json_inert(dumps(staffing_json_row(...)))`: on every row of the examples, the test cases and
bench/generate.py's shapes, and on rows holding what a row could hold at worst."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from helpers import bench_plans

from kplan.analysis.demand import Unknown, Why
from kplan.analysis.effects import EffectUse
from kplan.analysis.formulas import DriverUse
from kplan.analysis.staffing import FlowYear, StaffingReport
from kplan.analysis.step5 import step5
from kplan.check.validate import check
from kplan.present.fmt import dumps
from kplan.present.staffing import FLOW, staffing_json_row
from kplan.present.staffing_json import StaffingRowText
from kplan.present.terminal import json_inert

ROOT = Path(__file__).parent.parent
PLANS = [ROOT / "examples" / "oyer", ROOT / "examples" / "stange"]
SHAPES = ("national", "deep", "standard")


def _by_dict(report: StaffingReport) -> list[str]:
    return [
        json_inert(dumps(staffing_json_row(line, year, report)))
        for line in report.lines
        for year in line.years
    ]


def _by_text(report: StaffingReport) -> list[str]:
    """Every row twice, a year at a time and a line at a time: the two must agree."""
    row = StaffingRowText(report)
    by_year = [row(line, year) for line in report.lines for year in line.years]
    row = StaffingRowText(report)
    by_line = [text for line in report.lines for text in row.lines(line)]
    assert by_line == by_year
    return by_line


def _report(path: Path) -> StaffingReport:
    plan = check(str(path)).plan
    assert plan is not None
    staffing = step5(plan).staffing
    assert staffing is not None and staffing.lines
    return staffing


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return bench_plans(tmp_path_factory.mktemp("shapes"), SHAPES)


@pytest.mark.parametrize("path", [*PLANS, *SHAPES], ids=lambda p: getattr(p, "name", p))
def test_every_row_of_every_plan_is_the_dict_written(
    path: Path | str, generated: dict[str, Path]
) -> None:
    report = _report(generated[path] if isinstance(path, str) else path)
    assert _by_text(report) == _by_dict(report)
    # with a scenario chosen: the report names it in every row
    assert _by_text(dataclasses.replace(report, scenario="LLML")) == _by_dict(
        dataclasses.replace(report, scenario="LLML")
    )


NAN, INF = math.nan, math.inf
ODD_FIGURES = [NAN, INF, -INF, -0.0, 0.0, 1e308, 5e-324, 0.1 + 0.2, None, 7]
ODD_TEXTS = ["Søre Land", "a\u2028b\x7fc\x85d\u202ee", 'x"}, {"part": y', "tab\there\n", "%s%r%%"]


def _odd(report: StaffingReport) -> StaffingReport:
    """The report's first line, its years holding every odd figure and text."""
    first = report.lines[0]
    year = first.years[0]
    years = []
    for i, odd in enumerate(ODD_FIGURES):
        text = ODD_TEXTS[i % len(ODD_TEXTS)]
        years.append(
            year._replace(
                demand=odd,
                cumulative_still_open=odd,
                unknown=Unknown(Why.TOO_LARGE, text, 2026) if i % 2 else None,
                demand_by_scenario=MappingProxyType({"MMMM": odd, text: 1.5}),
                actions=(EffectUse(text, 2026, text, text, 1.0, odd, True),),  # type: ignore[arg-type]
            )
        )
    drivers = tuple(
        DriverUse(text, first.years[0].year, figure, None)  # type: ignore[arg-type]
        for text, figure in zip(ODD_TEXTS, ODD_FIGURES, strict=False)
    )
    line = dataclasses.replace(
        first,
        id=ODD_TEXTS[1],
        title=ODD_TEXTS[2],
        competence=ODD_TEXTS[3],
        base=INF,
        drivers=drivers,
        years=tuple(years),
    )
    odd_line = dataclasses.replace(first, unknown=Unknown(Why.TOO_LARGE, None, None), base=NAN)
    return dataclasses.replace(report, lines=(line, odd_line, *report.lines[1:]))


def test_odd_figures_and_texts_are_written_as_the_encoder_writes_them() -> None:
    report = _odd(_report(ROOT / "examples" / "stange"))
    assert _by_text(report) == _by_dict(report)
    assert "NaN" not in "".join(_by_text(report)) and "\u2028" not in "".join(_by_text(report))


@pytest.mark.parametrize(
    "change",
    [
        {"demand_by_scenario": MappingProxyType({2026: 1.5})},  # a key json turns into text
        {"year": True},  # a truth where a year belongs: written as the encoder writes it
        {"demand": 10**400},  # an int past any float
    ],
    ids=["key", "truth", "huge"],
)
def test_a_value_the_text_does_not_know_is_written_from_the_dict(change: dict[str, Any]) -> None:
    report = _report(ROOT / "examples" / "stange")
    first = report.lines[0]
    line = dataclasses.replace(first, years=(first.years[0]._replace(**change), *first.years[1:]))
    odd = dataclasses.replace(report, lines=(line,))
    try:
        want = _by_dict(odd)
    except (TypeError, OverflowError) as error:  # the dict could not be written either
        with pytest.raises(type(error)):
            _by_text(odd)
    else:
        assert _by_text(odd) == want


def _line_of(report: StaffingReport, *years: dict[str, Any]) -> StaffingReport:
    """The report's first line alone, its years changed."""
    first = report.lines[0]
    changed = tuple(
        first.years[i % len(first.years)]._replace(**{"year": 2026 + i, **change})
        for i, change in enumerate(years)
    )
    return dataclasses.replace(report, lines=(dataclasses.replace(first, years=changed),))


SIGNED = [0.0, -0.0, 1.5, -1.5, 2.5]


@pytest.mark.parametrize("start", SIGNED)
@pytest.mark.parametrize("demand", SIGNED)
def test_a_figure_equal_to_another_is_written_with_its_own_sign(
    start: float, demand: float
) -> None:
    """A line's figures are written once where one equals another (a year starts where the one
    before ended, what is still open is what is to recruit): 0.0 equals -0.0."""
    report = _report(ROOT / "examples" / "stange")
    odd = _line_of(
        report,
        {"demand": demand, "to_recruit": demand, "cumulative_to_recruit": start},
        {"start": start, "still_open": start, "to_recruit": demand},
        {"start": demand, "cumulative_still_open": demand, "cumulative_to_recruit": start},
        {"demand": NAN, "start": NAN},  # NaN: the line is written figure by figure
        {"start": NAN, "still_open": None, "to_recruit": None},
    )
    assert _by_text(odd) == _by_dict(odd)
    for cut in range(1, 4):  # the same years without the NaN: the line is written by repr
        short = dataclasses.replace(
            odd, lines=(dataclasses.replace(odd.lines[0], years=odd.lines[0].years[:cut]),)
        )
        assert _by_text(short) == _by_dict(short)


@pytest.mark.parametrize(
    "changes",
    [
        # the alternatives in another order in one year: each year is written on its own
        [{}, {"demand_by_scenario": MappingProxyType({"LLML": 1.0, "MMMM": 2.0})}],
        [{"demand_by_scenario": MappingProxyType({"%s": 1.0, "%%": -0.0})}] * 2,
        [{"demand_by_scenario": MappingProxyType({None: 1.0, "MMMM": 2.0})}],
        [{}, {"demand": 7}, {}],  # an int where a float belongs: that row from its dict
        [{"demand": True}, {}],
        [{"demand": 2.0}, {"still_open": 2**53 + 1}],
        [{"demand_by_scenario": MappingProxyType({"MMMM": 3})}, {}],
        [{"year": 2027.0}, {}],
        [{"demand": 1e308, "supply": 1e308, "start": 1e308}],  # their sum is not finite
        [{"demand": "1.5"}],
    ],
)
def test_a_line_with_an_odd_year_is_written_as_each_year_alone(
    changes: list[dict[str, Any]],
) -> None:
    report = _line_of(_report(ROOT / "examples" / "stange"), *changes)
    try:
        want = _by_dict(report)
    except TypeError:  # the dict could not be written either
        with pytest.raises(TypeError):
            _by_text(report)
    else:
        assert _by_text(report) == want


@pytest.mark.parametrize("figure", [7, True, 2**53 + 1, "1.5", 1.5])
def test_a_figure_that_is_not_a_float_is_written_from_the_dict(
    figure: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An int is written alike by `repr` and `dumps`, but the text path knows only floats: the
    row goes to the dict (and only that row, when the line is written at once)."""
    import kplan.present.staffing_json as staffing_json

    report = _line_of(_report(ROOT / "examples" / "stange"), {}, {"demand": figure}, {})
    asked: list[int] = []

    def row(line: Any, year: Any, report: StaffingReport) -> dict[str, Any]:
        asked.append(year.year)
        return staffing_json_row(line, year, report)

    monkeypatch.setattr(staffing_json, "staffing_json_row", row)
    try:
        StaffingRowText(report).lines(report.lines[0])
    except TypeError:  # a str: the dict could not be written either
        assert isinstance(figure, str)
    assert asked == ([] if figure.__class__ is float else [2027])


def test_a_flow_year_holds_its_figures_in_the_order_the_rows_unpack_them() -> None:
    # `StaffingRowText` takes a year's figures by position, and writes them under FLOW's names
    assert FlowYear._fields == ("year", *FLOW, "unknown", "demand_by_scenario", "actions")
