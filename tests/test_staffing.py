"""The staffing balance (bemanning) and the supply it stands on, against hand-computed answers.

Every expected figure is worked out by hand in the comment beside it, before the code was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL, TODAY, make_plan, write_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from kplan.analysis.formulas import DriverUse
from kplan.analysis.staffing import (
    FlowYear,
    Unknown,
    Why,
    scenarios,
    staff_demand,
    staffing_balance,
    with_scenario,
)
from kplan.analysis.supply import Amount, Supply
from kplan.check.validate import check
from kplan.errors import UsageError
from kplan.present.catalogue import words
from kplan.present.formats import Lang, Style
from kplan.present.staffing import (
    STAFFING_COLUMNS,
    staffing_csv_rows,
    staffing_json_rows,
    staffing_md,
    staffing_text,
)
from kplan.present.validation import text

SNAP = "2025-01-01"


def inv(competence: str | None, persons: int, fte: float, **extra: Any) -> dict[str, Any]:
    row = {"unit": "enheten", "date": SNAP, "persons": persons, "fte": fte, **extra}
    if competence:
        row["competence"] = competence
    return row


def approx(amount: Amount) -> tuple[Any, Any]:
    return pytest.approx(amount.persons), pytest.approx(amount.fte)


# --- supply: årsverk per age band ---------------------------------------------------------------

AGED = inv(
    "sykepleier",
    10,
    8.0,
    age_bands={"<30": 2, "30-59": 5, "63": 1, "64": 2},
    fte_by_age={"<30": 1.0, "30-59": 4.5, "63": 1.0, "64": 1.5},
)


def test_those_who_retire_take_their_own_arsverk() -> None:
    plan = make_plan(inventory=[AGED], analysis={"retirement_age": 65, "turnover_percent": 10})
    supply = Supply(plan)
    row = supply.rows[("enheten", "sykepleier", None)]
    # the snapshot year: nobody has reached 65 yet
    assert supply.retiring(row, 2025) == Amount(0, 0)
    # 2026: the two 64-year-olds turn 65 and leave with their 1.5 årsverk
    assert (supply.retiring(row, 2026).persons, supply.retiring(row, 2026).fte) == (2, 1.5)
    # 2027: the one 63-year-old, with 1.0 årsverk; not cumulative
    assert (supply.retiring(row, 2027).persons, supply.retiring(row, 2027).fte) == (1, 1.0)
    # 2028: the next band ends at 59, nobody
    assert supply.retiring(row, 2028) == Amount(0, 0)
    # projection: persons (10 - 2) * 0.9 = 7.2; årsverk (8 - 1.5) * 0.9 = 5.85
    p = supply.project(row, 2026)
    assert (p.persons, p.fte) == approx(Amount(7.2, 5.85))
    # 2027: persons (10 - 3) * 0.81 = 5.67; årsverk (8 - 2.5) * 0.81 = 4.455
    assert (supply.base("enheten", "sykepleier", None, 2027).fte) == pytest.approx(4.455)
    assert (supply.base("kommunen", "sykepleier", None, 2027).persons) == pytest.approx(5.67)


def test_without_arsverk_per_band_they_follow_persons() -> None:
    row = {k: v for k, v in AGED.items() if k != "fte_by_age"}
    plan = make_plan(inventory=[row], analysis={"retirement_age": 65, "turnover_percent": 10})
    supply = Supply(plan)
    snap = supply.rows[("enheten", "sykepleier", None)]
    # 2 of 10 persons retire in 2026, with 2 × 0.8 = 1.6 of the row's average årsverk
    assert (supply.retiring(snap, 2026).persons, supply.retiring(snap, 2026).fte) == approx(
        Amount(2, 1.6)
    )
    # årsverk 8 * 0.8 * 0.9 = 5.76
    assert supply.project(snap, 2026).fte == pytest.approx(5.76)


def test_retiring_spreads_a_wide_band_evenly() -> None:
    row = inv("sykepleier", 5, 4.0, age_bands={"60-64": 5}, fte_by_age={"60-64": 4.0})
    supply = Supply(make_plan(inventory=[row], analysis={"retirement_age": 65}))
    snap = supply.rows[("enheten", "sykepleier", None)]
    # one age of five in the band reaches 65 each year: 1 person, 4.0 / 5 = 0.8 årsverk
    for year in (2026, 2027, 2028, 2029, 2030):
        assert (supply.retiring(snap, year).persons, supply.retiring(snap, year).fte) == approx(
            Amount(1, 0.8)
        )
    assert supply.retiring(snap, 2031) == Amount(0, 0)


# --- supply: moves keep årsverk -------------------------------------------------------------------


def test_a_move_keeps_the_arsverk_of_those_who_move() -> None:
    plan = make_plan(
        inventory=[inv("fagarbeider", 4, 2.0), inv("sykepleier", 5, 5.0)],
        actions=[
            {
                "id": "vtu",
                "title": "Videreutdanning",
                "strategy": "utvikle",
                "unit": "enheten",
                "effects": [
                    {
                        "competence": "sykepleier",
                        "from_competence": "fagarbeider",
                        "count": 2,
                        "year": 2026,
                    }
                ],
            }
        ],
    )
    supply = Supply(plan)
    # 2 fagarbeidere at 2.0 / 4 = 0.5 årsverk each move: −1.0 and +1.0, never +2.0
    # (the sykepleier average, 1.0 per person, does not follow them)
    plus, _ = supply.planned("enheten", "sykepleier", 2026)
    minus, _ = supply.planned("enheten", "fagarbeider", 2026)
    assert (plus.persons, plus.fte) == (2, 1.0)
    assert (minus.persons, minus.fte) == (-2, -1.0)
    assert plus.fte + minus.fte == 0


# --- the staffing balance ---------------------------------------------------------------------

ELDRE = {
    "id": "eldre",
    "name": "Innbyggere 80+",
    "source": {"publisher": "SSB", "table": "13600", "alternative": "MMMM", "vintage": 2024},
    "values": {2025: 100, 2026: 110, 2027: 120},
    "scenarios": {
        "LLML": {2025: 100, 2026: 105, 2027: 110},
        "HHMH": {2025: 100, 2026: 115, 2027: 130},
    },
}
STAFF = inv(
    None,
    10,
    8.0,
    age_bands={"<30": 4, "30-59": 4, "64": 2},
    fte_by_age={"<30": 3.0, "30-59": 3.5, "64": 1.5},
)
HIRE = {
    "id": "rekruttere",
    "title": "Rekruttere",
    "strategy": "rekruttere",
    "unit": "enheten",
    "effects": [
        {"competence": "sykepleier", "count": 2, "fte": 1.8, "year": 2026},
        # a move: not a hire, so it brings nothing to the all-staff line
        {"competence": "sykepleier", "from_competence": "fagarbeider", "count": 1, "year": 2027},
    ],
}


def eldre_plan(**extra: Any) -> Any:
    sections: dict[str, Any] = dict(
        inventory=[STAFF],
        drivers=[ELDRE],
        staffing=[{"id": "b", "unit": "enheten", "demand": [{"driver": "eldre"}]}],
        analysis={"retirement_age": 65, "turnover_percent": 10},
    )
    sections.update(extra)
    return make_plan(**sections)


def flows(plan: Any, line: str = "b", **kw: Any) -> dict[int, FlowYear]:
    report = staffing_balance(plan, **kw)
    (found,) = [x for x in report.lines if x.id == line]
    return {f.year: f for f in found.years}


def test_demand_follows_users_and_the_flow_replaces_who_leaves() -> None:
    f = flows(eldre_plan(actions=[HIRE]))
    assert sorted(f) == [2025, 2026, 2027]
    # the snapshot year: F0 = 8 årsverk, nothing leaves, nothing to recruit
    assert (f[2025].demand, f[2025].start, f[2025].retirements, f[2025].turnover) == (8, 8, 0, 0)
    assert (f[2025].to_recruit, f[2025].planned, f[2025].still_open) == (0, 0, 0)
    # 2026: D = 8 × 110 / 100 = 8.8; start = D2025 = 8; the two 64-year-olds take their 1.5
    # årsverk; turnover 10 % of (8 − 1.5) = 0.65; growth 0.8; to recruit 1.5 + 0.65 + 0.8 = 2.95;
    # the hire brings 1.8 årsverk: still open 1.15; supply without recruitment (8 − 1.5) × 0.9
    y = f[2026]
    assert y.demand == pytest.approx(8.8)
    assert y.start == 8
    assert y.retirements == pytest.approx(1.5)
    assert y.turnover == pytest.approx(0.65)
    assert y.growth == pytest.approx(0.8)
    assert y.to_recruit == pytest.approx(2.95)
    assert y.surplus == 0
    assert y.planned == pytest.approx(1.8)
    assert y.still_open == pytest.approx(1.15)
    assert y.supply == pytest.approx(5.85)
    # 2027: D = 9.6; start 8.8; nobody reaches 65 (the next band ends at 59); turnover 0.88;
    # growth 0.8; to recruit 1.68; the move is not a hire: planned 0, still open 1.68;
    # supply (8 − 1.5) × 0.81 = 5.265
    y = f[2027]
    assert (y.demand, y.start) == (pytest.approx(9.6), pytest.approx(8.8))
    assert (y.retirements, y.turnover) == (0, pytest.approx(0.88))
    assert (y.growth, y.to_recruit) == (pytest.approx(0.8), pytest.approx(1.68))
    assert (y.planned, y.still_open) == (0, pytest.approx(1.68))
    assert y.supply == pytest.approx(5.265)
    # cumulative: to recruit 0, 2.95, 4.63; planned 0, 1.8, 1.8; still open 0, 1.15, 2.83
    assert [f[t].cumulative_to_recruit for t in (2025, 2026, 2027)] == pytest.approx(
        [0, 2.95, 4.63]
    )
    assert [f[t].cumulative_planned for t in (2025, 2026, 2027)] == pytest.approx([0, 1.8, 1.8])
    assert [f[t].cumulative_still_open for t in (2025, 2026, 2027)] == pytest.approx(
        [0, 1.15, 2.83]
    )


def test_weights_and_coverage_and_a_surplus_of_its_own() -> None:
    plan = make_plan(
        inventory=[inv("sykepleier", 5, 4.0), inv("fagarbeider", 4, 2.0)],
        drivers=[
            {"id": "u80", "name": "80-89", "values": {2025: 200, 2026: 220}},
            {"id": "u90", "name": "90+", "values": {2025: 50, 2026: 40}},
        ],
        staffing=[
            {
                "id": "spl",
                "unit": "enheten",
                "competence": "sykepleier",
                "demand": [
                    {"driver": "u80", "coverage_percent": 10},
                    {"driver": "u90", "coverage_percent": 40, "weight": 3},
                ],
            }
        ],
        actions=[
            {
                "id": "vtu",
                "title": "Videreutdanning",
                "strategy": "utvikle",
                "unit": "enheten",
                "effects": [
                    {
                        "competence": "sykepleier",
                        "from_competence": "fagarbeider",
                        "count": 1,
                        "year": 2026,
                    }
                ],
            }
        ],
    )
    f = flows(plan, "spl")
    # users 2025 = 0.1 × 200 + 0.4 × 3 × 50 = 80; 2026 = 22 + 48 = 70; D2026 = 4 × 70 / 80 = 3.5
    assert f[2026].demand == pytest.approx(3.5)
    # nothing leaves; growth −0.5: a surplus of 0.5, nothing to recruit
    assert (f[2026].growth, f[2026].to_recruit, f[2026].surplus) == (
        pytest.approx(-0.5),
        0,
        pytest.approx(0.5),
    )
    # the move brings one fagarbeider's årsverk (2.0 / 4 = 0.5) to the sykepleier line
    assert f[2026].planned == pytest.approx(0.5)
    assert f[2026].still_open == 0
    # 2027: no driver values: unknown, with the reason; never 0
    assert f[2027].demand is None and f[2027].to_recruit is None
    assert f[2027].unknown == Unknown(Why.NO_DRIVER_VALUE, "u80", 2027)
    assert f[2027].cumulative_to_recruit is None
    # the supply does not need the drivers
    assert f[2027].supply == pytest.approx(4.0)


def test_a_norm_sets_the_need() -> None:
    plan = make_plan(
        inventory=[inv("assistent", 6, 5.5)],
        drivers=[{"id": "barn", "name": "Barn", "values": {2025: 36, 2026: 40, 2027: 42}}],
        requirements=[
            {
                "id": "norm",
                "kind": "ratio",
                "title": "Bemanningsnorm",
                "units": ["enheten"],
                "source": {"kind": "forskrift", "reference": "§ 1"},
                "competences": ["assistent"],
                "terms": [{"driver": "barn", "per": 6}],
                "basis": "årsverk",
            }
        ],
        staffing=[{"id": "n", "unit": "enheten", "competence": "assistent", "norm": "norm"}],
    )
    f = flows(plan, "n")
    # D = ceil(36 / 6) = 6, ceil(40 / 6) = 7, ceil(42 / 6) = 7; F0 = 5.5
    assert [f[t].demand for t in (2025, 2026, 2027)] == [6, 7, 7]
    # the snapshot year: the need is met from it on, so 6 − 5.5 = 0.5 is to recruit at once
    assert (f[2025].start, f[2025].growth, f[2025].to_recruit) == (5.5, 0.5, 0.5)
    # 2026: start 6, growth 1; 2027: start 7, growth 0 (no turnover, nobody old)
    assert (f[2026].start, f[2026].growth, f[2026].to_recruit) == (6, 1, 1)
    assert (f[2027].start, f[2027].growth, f[2027].to_recruit) == (7, 0, 0)
    assert f[2027].cumulative_to_recruit == 1.5


def test_a_line_without_inventory_is_unknown_not_zero() -> None:
    plan = eldre_plan(staffing=[{"id": "b", "unit": "enheten", "competence": "lege", "demand": []}])
    report = staffing_balance(plan)
    (line,) = report.lines
    assert line.unknown == Unknown(Why.NO_INVENTORY)
    assert line.base is None
    assert all(f.demand is None and f.to_recruit is None and f.supply is None for f in line.years)
    assert report.demand.needed("enheten", "lege", 2026) is None


def test_no_users_in_the_snapshot_year_is_unknown() -> None:
    zero = {**ELDRE, "values": {2025: 0, 2026: 10, 2027: 20}, "scenarios": {}}
    report = staffing_balance(eldre_plan(drivers=[zero]))
    assert report.lines[0].unknown == Unknown(Why.NO_USERS, None, 2025)


def test_constant_standard_and_the_demand_the_gap_asks_for() -> None:
    plan = eldre_plan(staffing=[{"id": "b", "unit": "enheten"}])
    report = staffing_balance(plan)
    # no terms: D = F0 = 8 every year; 2026: 1.5 retire + 0.65 turnover = 2.15
    f = {y.year: y for y in report.lines[0].years}
    assert [f[t].demand for t in (2025, 2026, 2027)] == [8, 8, 8]
    assert f[2026].to_recruit == pytest.approx(2.15)
    # 2027: 0.1 × 8 = 0.8
    assert f[2027].to_recruit == pytest.approx(0.8)
    assert report.demand.needed("enheten", None, 2027) == 8
    assert report.demand.needed("enheten", "sykepleier", 2027) is None
    assert report.demand.needed("kommunen", None, 2027) is None
    assert report.years == (2025, 2026, 2027)


def test_illustrative_lines_and_drivers_used() -> None:
    driver = {**ELDRE, "illustrative": True}
    report = staffing_balance(eldre_plan(drivers=[driver]))
    line = report.lines[0]
    assert line.illustrative
    assert DriverUse("eldre", 2026, 110, line.drivers[0].source) in line.drivers
    assert not staffing_balance(eldre_plan()).lines[0].illustrative


# --- scenarios ----------------------------------------------------------------------------------


def test_scenarios_and_the_range() -> None:
    plan = eldre_plan()
    assert scenarios(plan) == ("MMMM", "LLML", "HHMH")
    low = with_scenario(plan, "LLML")
    assert low.drivers[0].values == {2025: 100, 2026: 105, 2027: 110}
    # LLML: D2026 = 8 × 105 / 100 = 8.4
    assert flows(plan, scenario="LLML")[2026].demand == pytest.approx(8.4)
    # every alternative's demand per year, for the chart: HHMH 8 × 1.3 = 10.4 in 2027
    f = flows(plan)
    assert f[2027].demand_by_scenario == {
        "MMMM": pytest.approx(9.6),
        "LLML": pytest.approx(8.8),
        "HHMH": pytest.approx(10.4),
    }
    with pytest.raises(UsageError) as caught:
        with_scenario(plan, "XXXX")
    assert words(caught.value.message, "en") == (
        "--scenario «XXXX»: no driver has that alternative; the drivers have MMMM, LLML, HHMH."
    )
    assert words(caught.value.message, "nn") == (
        "--scenario «XXXX»: ingen drivar har det alternativet; drivarane har MMMM, LLML, HHMH."
    )


def test_a_driver_without_the_scenario_keeps_its_values_and_is_noted() -> None:
    other = {"id": "barn", "name": "Barn", "values": {2025: 10, 2026: 10, 2027: 10}}
    plan = eldre_plan(
        drivers=[ELDRE, other],
        staffing=[
            {"id": "b", "unit": "enheten", "demand": [{"driver": "eldre"}, {"driver": "barn"}]}
        ],
    )
    report = staffing_balance(plan, scenario="HHMH")
    assert report.scenario == "HHMH"
    assert report.kept == ("barn",)
    # users 2026 = 115 + 10 = 125 of 110: D = 8 × 125 / 110
    f = {y.year: y for y in report.lines[0].years}
    assert f[2026].demand == pytest.approx(8 * 125 / 110)


# --- properties ---------------------------------------------------------------------------------

NORM = {
    "id": "norm",
    "kind": "ratio",
    "title": "Bemanningsnorm",
    "units": ["enheten"],
    "source": {"kind": "forskrift", "reference": "§ 1"},
    "competences": ["assistent"],
    "terms": [{"driver": "barn", "per": 6}],
    "basis": "årsverk",
}


def _need_with(young: int, old: int, fte_old: float, turnover: float) -> list[float | None]:
    persons = 4 + young + old
    row = inv(
        "assistent",
        persons,
        0.8 * (4 + young) + fte_old,
        age_bands={"<30": 4 + young, "60-64": old},
        fte_by_age={"<30": 0.8 * (4 + young), "60-64": fte_old},
    )
    plan = make_plan(
        inventory=[row],
        drivers=[{"id": "barn", "name": "Barn", "values": {2025: 36, 2026: 40, 2027: 45}}],
        requirements=[NORM],
        staffing=[{"id": "n", "unit": "enheten", "competence": "assistent", "norm": "norm"}],
        analysis={"retirement_age": 65, "turnover_percent": turnover},
    )
    return [f.cumulative_to_recruit for f in staffing_balance(plan).lines[0].years]


@given(
    st.integers(0, 20),
    st.integers(1, 20),
    st.integers(0, 5),
    st.floats(0.0, 1.0),
    st.floats(0, 30),
)
@settings(max_examples=40, deadline=None)
def test_more_staff_never_increases_the_recruitment_need(
    young: int, more: int, old: int, share: float, turnover: float
) -> None:
    # against a need the staff do not set (a norm), more staff who do not retire in the period
    # never add to what must be recruited
    fewer = _need_with(young, old, old * share, turnover)
    more_staff = _need_with(young + more, old, old * share, turnover)
    for a, b in zip(fewer, more_staff, strict=True):
        assert a is not None and b is not None
        assert b <= a + 1e-9


@given(st.integers(1, 50), st.integers(1, 50), st.floats(0, 30))
@settings(max_examples=30, deadline=None)
def test_no_actions_plan_nothing(v2026: int, v2027: int, turnover: float) -> None:
    driver = {"id": "eldre", "name": "80+", "values": {2025: 20, 2026: v2026, 2027: v2027}}
    plan = eldre_plan(drivers=[driver], analysis={"turnover_percent": turnover})
    for f in staffing_balance(plan).lines[0].years:
        assert f.planned == 0 and f.cumulative_planned == 0
        assert f.still_open == f.to_recruit


@given(st.integers(1, 5))
@settings(max_examples=10, deadline=None)
def test_persons_never_enter_the_staffing_figures(k: int) -> None:
    # the same årsverk in the same age bands, spread over k times as many persons
    row = {
        **STAFF,
        "persons": 10 * k,
        "age_bands": {b: n * k for b, n in STAFF["age_bands"].items()},
    }
    spread, kept = staffing_balance(eldre_plan(inventory=[row])), staffing_balance(eldre_plan())
    assert [(x.base, x.years) for x in spread.lines] == [(x.base, x.years) for x in kept.lines]


# --- the printers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "unknown", "marked"),
    [
        ("nb", "ukjent", "illustrativt"),
        ("nn", "ukjend", "illustrativt"),
        ("en", "unknown", "illustrative"),
    ],
)
def test_printers_word_unknown_as_unknown_and_mark_illustrative(
    lang: str, unknown: str, marked: str
) -> None:
    short = {**ELDRE, "values": {2025: 100, 2026: 110}, "scenarios": {}, "illustrative": True}
    report = staffing_balance(eldre_plan(drivers=[short], actions=[HIRE]))
    text = staffing_text(report, Style(Lang(lang)))
    md = staffing_md(report, lang)
    for out in (text, md):
        assert "Enheten" in out  # the unit by name, not id
        assert marked in out
        row_2027 = next(x for x in out.splitlines() if "2027" in x and unknown in x)
        # 2027 has no demand: unknown, never 0; the supply (5,27) and planned are still known
        assert "5,27" in row_2027
        # start (D2026 = 8.8) and turnover are known; demand, growth, to recruit, surplus,
        # still open and their two cumulative sums are not
        assert row_2027.count(unknown) == 7
    assert "2027" in text and "eldre" in text  # the reason names the driver
    rows = staffing_json_rows(report)
    assert {r["part"] for r in rows} == {"bemanning"}
    r2027 = next(r for r in rows if r["year"] == 2027)
    assert r2027["demand"] is None and r2027["unknown"] == "no-driver-value"
    assert r2027["unknown_driver"] == "eldre"
    # full precision: (8 − 1.5) × 0.81, not 5,27
    assert r2027["supply"] == pytest.approx(5.265, abs=1e-12)
    assert r2027["illustrative"] is True
    csv_rows = staffing_csv_rows(report)
    assert list(csv_rows[0]) == list(STAFFING_COLUMNS)
    assert csv_rows[0]["unit"] == "enheten"  # ids for tools


def test_printers_of_a_line_without_inventory() -> None:
    report = staffing_balance(
        eldre_plan(staffing=[{"id": "x", "unit": "enheten", "competence": "lege"}])
    )
    text = staffing_text(report, Style(Lang.nb))
    assert "Ukjent: ingen beholdning for linjen." in text
    assert "Enheten, lege" in text
    assert all(r["unknown"] == "no-inventory" for r in staffing_json_rows(report))
    table = text.split("─\n")[-1].split("\n\n")[0]
    assert "0" not in table.replace("2025", "").replace("2026", "").replace("2027", "")
    assert "1 av dem er helt eller delvis ukjent" in text


def test_printers_without_lines() -> None:
    report = staffing_balance(make_plan())
    assert "ingen bemanningslinjer" in staffing_text(report, Style(Lang.nb))
    assert staffing_json_rows(report) == [] and staffing_csv_rows(report) == []


# --- driver CSV with several alternatives -------------------------------------------------------

CSV_HEAD = MINIMAL + "analysis:\n  driver_files: [ssb.csv]\n"
CSV_HEADER = "id;name;year;value;publisher;alternative\n"


def read_drivers(folder: Path, rows: str) -> tuple[Any, str]:
    write_plan(folder, CSV_HEAD)
    (folder / "ssb.csv").write_text(CSV_HEADER + rows, encoding="utf-8")
    checked = check(str(folder), today=TODAY)
    return checked.plan, text(checked.report, "en")


def test_a_driver_csv_gives_several_alternatives(tmp_path: Path) -> None:
    plan, report = read_drivers(
        tmp_path,
        "eldre;80+;2025;100;SSB;MMMM\n"
        "eldre;80+;2026;110;SSB;MMMM\n"
        "eldre;80+;2025;100;SSB;LLML\n"
        "eldre;80+;2026;105;SSB;LLML\n"
        "eldre;;2027;120;;\n"  # no alternative: the first row's
        "eldre;80+;2026;115;SSB;HHMH\n",
    )
    assert plan is not None, report
    (d,) = plan.drivers
    assert d.source.alternative == "MMMM"
    assert d.values == {2025: 100, 2026: 110, 2027: 120}
    assert d.scenarios == {"LLML": {2025: 100, 2026: 105}, "HHMH": {2026: 115}}
    assert scenarios(plan) == ("MMMM", "LLML", "HHMH")


def test_a_year_twice_in_one_alternative_is_still_reported(tmp_path: Path) -> None:
    _, report = read_drivers(
        tmp_path,
        "eldre;80+;2025;100;SSB;MMMM\n"
        "eldre;80+;2025;100;SSB;LLML\n"  # another alternative: not twice
        "eldre;80+;2025;99;SSB;LLML\n"
        "eldre;80+;2025;99;KOSTRA;LLML\n",
    )
    assert (
        "ssb.csv:4:3: K807 error: The year 2025 is given twice for «eldre» under the alternative «LLML»."
        in report
    )
    # other contradictions stay: a driver has one publisher
    assert (
        "ssb.csv:5:5: K807 error: The publisher «KOSTRA» differs from the driver's first row"
        in report
    )
    assert "MMMM" not in report.split("K807")[1]  # the alternatives themselves are no contradiction


def test_an_alternative_that_cannot_be_a_code_is_reported_at_its_cell(tmp_path: Path) -> None:
    _, report = read_drivers(
        tmp_path, "eldre;80+;2025;100;SSB;MMMM\neldre;80+;2025;90;SSB;lav vekst\n"
    )
    assert "ssb.csv:3:6: K807 error: The alternative «lav vekst» differs" in report


def test_figures_past_a_float_are_unknown_not_infinite() -> None:
    huge = {"id": "eldre", "name": "80+", "values": {2025: 1e-300, 2026: 1e9, 2027: 1e9}}
    report = staffing_balance(eldre_plan(drivers=[huge]))
    f = {y.year: y for y in report.lines[0].years}
    # 8 × 1e9 / 1e-300 overflows: unknown, with the reason
    assert f[2026].demand is None and f[2026].unknown == Unknown(Why.TOO_LARGE, None, 2026)
    assert all(y.to_recruit is None for y in (f[2026], f[2027]))
    assert "inf" not in str(staffing_json_rows(report))


def test_an_older_row_under_the_line_retires_from_its_own_snapshot() -> None:
    older = {
        "unit": "kommunen",
        "date": "2024-01-01",
        "persons": 5,
        "fte": 5.0,
        "age_bands": {"<30": 4, "63": 1},
    }
    plan = make_plan(
        inventory=[older, inv(None, 10, 8.0)],
        staffing=[{"id": "alle", "unit": "kommunen"}],
        analysis={"retirement_age": 65, "turnover_percent": 10},
    )
    (line,) = staffing_balance(plan).lines
    f = {y.year: y for y in line.years}
    # y0 = 2025, the newer row's year; F0 = the 2024 row a year on (nobody 65 yet): 5 × 0.9 = 4.5,
    # plus the 2025 row's 8: 12.5
    assert (line.snapshot_year, line.base) == (2025, pytest.approx(12.5))
    # 2026: the 63-year-old of 2024 turns 65; one year of turnover since its snapshot:
    # 1.0 × 0.9 = 0.9; turnover 0.1 × (12.5 − 0.9) = 1.16; constant need: to recruit 2.06,
    # which is what the staff without recruitment lose: 12.5 − (4 × 0.81 + 8 × 0.9) = 2.06
    assert f[2026].retirements == pytest.approx(0.9)
    assert f[2026].turnover == pytest.approx(1.16)
    assert f[2026].to_recruit == pytest.approx(2.06)
    assert f[2026].supply == pytest.approx(12.5 - 2.06)


def test_the_demand_alone_is_the_reports() -> None:
    for plan in (
        eldre_plan(actions=[HIRE]),
        eldre_plan(staffing=[{"id": "b", "unit": "enheten"}]),
        eldre_plan(staffing=[{"id": "x", "unit": "enheten", "competence": "lege"}]),
    ):
        report = staffing_balance(plan).demand
        alone = staff_demand(plan, supply=Supply(plan))
        for year in (2024, 2025, 2026, 2027, 2028):
            for unit, competence in (("enheten", None), ("enheten", "lege"), ("kommunen", None)):
                assert alone.needed(unit, competence, year) == report.needed(unit, competence, year)


def test_an_effect_on_a_unit_above_takes_the_usual_arsverk_of_the_units_below() -> None:
    plan = make_plan(
        inventory=[inv("fagarbeider", 4, 2.0), inv("sykepleier", 5, 4.0)],
        actions=[
            {
                "id": "a",
                "title": "Tiltak for hele kommunen",
                "strategy": "utvikle",
                "unit": "kommunen",
                "effects": [
                    {
                        "competence": "sykepleier",
                        "from_competence": "fagarbeider",
                        "count": 2,
                        "year": 2026,
                    },
                    {"competence": "sykepleier", "count": 1, "year": 2027},
                ],
            }
        ],
    )
    supply = Supply(plan)
    # kommunen has no rows of its own: the fagarbeidere below it have 2.0 / 4 = 0.5 each, so
    # the move is −1.0 and +1.0 (not 1.0 per person for want of a row at kommunen)
    moved, _ = supply.planned("kommunen", "fagarbeider", 2026)
    assert moved.fte == pytest.approx(-1.0)
    # the hire: a sykepleier below kommunen has 4.0 / 5 = 0.8 årsverk; 1.0 + 0.8 in 2027
    assert supply.planned("kommunen", "sykepleier", 2027)[0].fte == pytest.approx(1.8)
