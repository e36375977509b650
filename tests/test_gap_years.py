"""The gap analysis works each requirement and unit out for all its years at once
(`kplan.analysis.yearly`); the definition is the per-year evaluators (`EVALUATORS`), one year at
a time. On plans of odd shapes both must give the same rows, bit for bit, the same sources and
the same notes in the same order; a few figures are also pinned by hand.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.evaluators import Unavailable, finite
from kplan.analysis.formulas import Reason, Skipped
from kplan.analysis.gap import EVALUATORS, GapAnalysis, GapRow, _row, analyse
from kplan.analysis.supply import ZERO, Supply
from kplan.plan.model import Plan, when_bounds

SOURCE = {"kind": "lov", "reference": "§ 1"}


def per_year(a: GapAnalysis) -> Iterator[GapRow]:
    """The rows as the analysis defines them: each requirement, unit and year on its own."""
    for req in a.plan.requirements:
        first = when_bounds(req.applies_from)[0].year if req.applies_from else a.years[0]
        for unit in req.units:
            for year in a.years:
                if year < first:
                    continue
                try:
                    figures = EVALUATORS[req.kind](a, req, unit, year)
                    for value in (figures.required, figures.available, figures.planned):
                        if value is not None:
                            finite(value)
                except Unavailable as why:
                    a.notes.append(Skipped(req.id, unit, year, why.reason, why.driver))
                    continue
                yield _row(req, unit, year, figures, a.sources, a._inventories)


def bits(value: Any) -> Any:
    """A value with its floats as their bytes: 0.1 + 0.2 is not 0.3, nor -0.0 0.0."""
    if isinstance(value, float):
        return ("float", struct.pack("<d", value))
    if isinstance(value, (tuple, list)):
        return tuple(bits(v) for v in value)
    if hasattr(value, "__dataclass_fields__"):
        return (
            type(value).__name__,
            *(bits(getattr(value, f)) for f in value.__dataclass_fields__),
        )
    return (type(value).__name__, value)


def as_data(row: GapRow) -> Any:
    fields = [f for f in row.__dataclass_fields__ if f != "explain"]
    sources = row.sources
    return (
        bits([getattr(row, f) for f in fields]),
        [id(r) for r in sources.inventory],
        bits(sources.drivers),
        bits(sources.actions),
    )


def same_as_per_year(plan: Plan) -> list[GapRow]:
    """The rows of both ways, held to each other; returns the all-years rows."""
    supply = Supply(plan)
    one, each = GapAnalysis(plan, supply=supply), GapAnalysis(plan, supply=supply)
    got, want = list(one.rows()), list(per_year(each))
    assert [r.id for r in got] == [r.id for r in want]
    assert [as_data(r) for r in got] == [as_data(r) for r in want]
    assert one.notes == each.notes
    return got


def inv(unit: str, competence: str | None, persons: int, fte: float, **extra: Any) -> dict:
    row = {"unit": unit, "date": extra.pop("date", "2025-01-01"), "persons": persons, "fte": fte}
    if competence:
        row["competence"] = competence
    return {**row, **extra}


AGES = {"<30": 2, "30-59": 4, "60-64": 3, "65+": 1}

UNITS = [
    {"id": "kommunen", "name": "Kommunen", "level": "kommune"},
    {"id": "enheten", "name": "Enheten", "level": "enhet", "parent": "kommunen"},
    {"id": "avd-a", "name": "Avdeling A", "level": "avdeling", "parent": "enheten"},
    {"id": "avd-b", "name": "Avdeling B", "level": "avdeling", "parent": "enheten"},
    {"id": "tom", "name": "Uten inventar", "level": "enhet", "parent": "kommunen"},
]


def odd_plan(units: list[dict[str, Any]] = UNITS, **more: Any) -> Plan:
    """Snapshots of two years, effects before the snapshot and inside the period, moves between
    competences, requirements from the middle of the period, a deadline and an exemption that
    ends in it, drivers without every year, a staffing line, and units without inventory."""
    emp = {"kind": "employment", "source": SOURCE}
    doc: dict[str, Any] = dict(
        plan={
            "title": "Testplan",
            "kommune": {"name": "Testvik", "number": "0301"},
            "scope": {"kind": "kommune"},
            "period": {"start": 2024, "end": 2031},
            "status": "utkast",
        },
        units=units,
        analysis={
            "retirement_age": 67,
            "turnover_percent": 7,
            "unit_retirement_age": {"avd-b": 62},
        },
        inventory=[
            inv("avd-a", None, 10, 8.5, age_bands=AGES, position_sizes={"<50": 3, "100": 7}),
            inv("avd-a", "sykepleier", 6, 5.1, age_bands={"<30": 1, "60-64": 5}),
            inv("avd-a", "sykepleier", 9, 7.0, date="2023-01-01"),  # an older snapshot: not used
            inv("avd-a", "akuttmed", 2, 2.0, role="sykepleier", age_bands={"60+": 2}),
            inv("avd-b", "sykepleier", 4, 3.3, date="2023-06-01", age_bands={"55-59": 4}),
            inv("avd-b", "fagarbeider", 7, 6.2, position_sizes={"50-74": 4, "75-99": 3}),
            inv(
                "avd-b",
                "lege",
                3,
                2.5,
                age_bands={"30-59": 1, "60-64": 2},
                fte_by_age={"30-59": 1.0, "60-64": 1.5},
            ),
            inv("enheten", "assistent", 1, 0.4),
            inv("avd-b", "engelsk-30sp", 1, 1.0, role="lege"),
        ],
        drivers=[
            {
                "id": "brukere",
                "name": "Brukere",
                "unit": "enheten",
                "values": {2025: 40, 2026: 44, 2028: 50, 2031: 52},
            }
        ],
        staffing=[{"id": "b", "unit": "avd-b", "demand": [{"driver": "brukere"}]}],
        actions=[
            {
                "id": "gammel",
                "title": "Rekruttert før tellingen",
                "strategy": "rekruttere",
                "unit": "avd-a",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2023}],
            },
            {
                "id": "flytt",
                "title": "Fagarbeidere blir sykepleiere",
                "strategy": "utvikle",
                "unit": "avd-b",
                "effects": [
                    {
                        "competence": "sykepleier",
                        "from_competence": "fagarbeider",
                        "count": 3,
                        "year": 2027,
                    },
                    {"competence": "akuttmed", "count": 1, "year": 2029, "unit": "avd-a"},
                ],
            },
            {
                "id": "ny",
                "title": "Nye sykepleiere",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [
                    {"competence": "sykepleier", "count": 1.5, "fte": 1.2, "year": 2026},
                    {"competence": "sykepleier", "count": 2, "year": 2030, "unit": "avd-a"},
                ],
            },
        ],
        requirements=[
            {
                "id": "antall",
                "kind": "count",
                "title": "Sykepleiere",
                "units": ["kommunen", "enheten", "avd-a", "avd-b", "tom"],
                "source": SOURCE,
                "competences": ["sykepleier", "akuttmed"],
                "basis": "årsverk",
                "minimum": 12,
                "applies_from": "2027",
            },
            {
                "id": "norm",
                "kind": "ratio",
                "title": "Norm",
                "units": ["enheten", "tom"],
                "source": SOURCE,
                "competences": ["sykepleier", "fagarbeider"],
                "terms": [{"driver": "brukere", "per": 6}],
                "basis": "årsverk",
            },
            {
                "id": "andel",
                "kind": "share",
                "title": "Andel",
                "units": ["kommunen", "avd-a", "avd-b", "tom"],
                "source": SOURCE,
                "competences": ["sykepleier"],
                "min_percent": 40,
            },
            {
                "id": "tak",
                "kind": "share",
                "title": "Tak",
                "units": ["enheten", "avd-b"],
                "source": SOURCE,
                "competences": ["fagarbeider"],
                "of": ["sykepleier", "fagarbeider"],
                "max_percent": 30,
                "basis": "personer",
                "applies_from": "2028-07-01",
            },
            {
                "id": "kurs",
                "kind": "qualification",
                "title": "Akuttmedisin",
                "units": ["enheten", "avd-a", "tom"],
                "source": SOURCE,
                "role": "sykepleier",
                "paths": [["akuttmed"], ["akuttmed", "engelsk-30sp"]],
                "deadline": "2027-06-30",
                "exempt": 2,
                "exempt_until": "2028-06-30",
                "exemptions": "utdannet før 2014",
            },
            {
                "id": "engelsk",
                "kind": "course",
                "title": "Engelsk",
                "units": ["avd-b", "kommunen"],
                "source": SOURCE,
                "role": "lege",
                "course": "engelsk-30sp",
                "deadline": "2029-12-31",
            },
            {**emp, "id": "min", "title": "Minst 60 %", "units": ["avd-a", "avd-b", "tom"]}
            | {"min_position_percent": 60},
            {**emp, "id": "nye", "title": "Nye", "units": ["enheten"]}
            | {"min_position_percent": 75, "applies_to": "nye stillinger"},
            {**emp, "id": "snitt", "title": "Snitt", "units": ["kommunen", "avd-b"]}
            | {"min_average_position_percent": 80},
            {**emp, "id": "heltid", "title": "Heltid", "units": ["avd-a", "avd-b", "tom"]}
            | {"full_time_share_percent": 50},
        ],
    )
    doc.update(more)
    return make_plan(**doc)


def test_every_kind_over_all_years_is_the_per_year_figure() -> None:
    rows = same_as_per_year(odd_plan())
    kinds = {r.kind for r in rows}
    assert kinds == {"count", "ratio", "share", "qualification", "course", "employment"}
    assert any(r.unknown for r in rows) and any(r.planned for r in rows)
    # each requirement starts at its applies_from: «2027», «2028-07-01» (the year 2028)
    assert min(r.year for r in rows if r.requirement == "antall") == 2027
    assert min(r.year for r in rows if r.requirement == "tak") == 2028


def test_the_notes_of_years_that_cannot_be_worked_out_stay_in_their_year() -> None:
    plan = odd_plan()
    same_as_per_year(plan)
    report = analyse(plan)
    skipped = [(n.requirement, n.unit, n.year, n.reason) for n in report.skipped]
    # the driver has values for 2025, 2026, 2028 and 2031 only (the analysis runs 2025-2031)
    missing = [(n[1], n[2]) for n in skipped if n[0] == "norm"]
    assert missing == [(u, y) for u in ("enheten", "tom") for y in (2027, 2029, 2030)]
    assert {n[3] for n in skipped if n[0] == "norm"} == {Reason.NO_DRIVER_VALUE}


def test_hand_figures_of_a_count_over_the_years() -> None:
    rows = {
        r.year: r
        for r in same_as_per_year(odd_plan())
        if r.requirement == "antall" and r.unit == "avd-a"
    }
    # planned in avd-a, årsverk: 2029 akuttmed 1 person × 2.0/2 årsverk per person = 1.0 in 2029,
    # 1.0 × 0.93 = 0.93 in 2030; sykepleier 2 × (5.1/6 = 0.85) = 1.7 from 2030; the 2023 effect is
    # before the 2025 snapshot, so in it already
    assert rows[2027].planned == 0.0 and rows[2028].planned == 0.0
    assert rows[2029].planned == pytest.approx(1.0)
    assert rows[2030].planned == pytest.approx(1.7 + 0.93)
    assert rows[2031].planned == pytest.approx(1.7 * 0.93 + 0.93**2)


def test_an_exemption_ending_mid_period_and_a_deadline() -> None:
    rows = {
        r.year: r
        for r in same_as_per_year(odd_plan())
        if r.requirement == "kurs" and r.unit == "avd-a"
    }
    # the exemption holds at 31 December 2025-2027, not 2028 (it ends 30 June 2028)
    assert [rows[y].formula.exempt_counted for y in range(2025, 2032)] == [2.0] * 3 + [0.0] * 4  # type: ignore[union-attr]
    assert [rows[y].due for y in (2026, 2027)] == [False, True]


def test_huge_figures_are_notes_in_the_same_years() -> None:
    """Figures that overflow (K803 in validation; diff still analyses plans with errors)."""
    plan = odd_plan()
    huge = []
    for req in plan.requirements:
        if req.kind == "share":
            huge.append(req.model_copy(update={"min_percent": 1e308, "max_percent": None}))
        elif req.kind == "ratio":
            huge.append(
                req.model_copy(
                    update={"terms": [t.model_copy(update={"per": 1e-308}) for t in req.terms]}
                )
            )
        elif req.kind == "count":
            huge.append(req.model_copy(update={"minimum": 1e308, "agreed": -1e308}))
        elif req.kind == "employment" and req.full_time_share_percent is not None:
            huge.append(req.model_copy(update={"full_time_share_percent": 1e308}))
        else:
            huge.append(req)
    plan = plan.model_copy(update={"requirements": huge})
    rows = same_as_per_year(plan)
    # 40 / 1e-308 and 1e308 - (-1e308) overflow: every year of those is a note, not a row
    assert not [r for r in rows if r.requirement in ("norm", "antall")]
    skipped = {(n.requirement, n.reason) for n in analyse(plan).skipped}
    assert {r for r, why in skipped if why == Reason.TOO_LARGE} >= {"norm", "antall"}


def test_a_parent_loop_and_a_unit_outside_the_tree() -> None:
    """A plan read with errors: units in a loop (no tree to slice, the figures walk the units)
    and requirements for a unit the plan lacks."""
    loop = [
        {"id": "kommunen", "name": "Kommunen", "level": "kommune", "parent": "avd-b"},
        {"id": "enheten", "name": "Enheten", "level": "enhet", "parent": "kommunen"},
        {"id": "avd-a", "name": "Avdeling A", "level": "avdeling", "parent": "enheten"},
        {"id": "avd-b", "name": "Avdeling B", "level": "avdeling", "parent": "enheten"},
    ]
    rows = same_as_per_year(odd_plan(units=loop))
    assert {r.unit for r in rows} >= {"kommunen", "avd-a", "tom"}
    outside = same_as_per_year(odd_plan(units=UNITS[:4]))  # «tom» is no unit of the plan
    assert {r.unit for r in outside if r.unknown} == {"tom"}


def test_a_plan_whose_snapshot_is_after_the_period() -> None:
    plan = odd_plan(
        inventory=[inv("avd-a", "sykepleier", 6, 5.1, date="2033-01-01", age_bands=AGES)]
    )
    rows = same_as_per_year(plan)
    assert {r.year for r in rows} == {2031}


def test_supply_over_years_is_base_and_planned_year_by_year() -> None:
    supply = Supply(odd_plan())
    years = list(range(2025, 2032))
    for unit in ("kommunen", "enheten", "avd-a", "avd-b", "tom", "nowhere"):
        for competence, role in [("sykepleier", None), ("akuttmed", "sykepleier"), (None, None)]:
            want = [supply.base(unit, competence, role, y) for y in years]
            assert bits(supply.base_years(unit, competence, role, years)) == bits(want)
        for competence in ("sykepleier", "fagarbeider", "akuttmed", "lege"):
            planned = [supply.planned(unit, competence, y) for y in years]
            got = supply.planned_years(unit, competence, years)
            if got is None:  # no effect under the unit: nothing, each year
                assert planned == [(ZERO, [])] * len(years)
            else:
                assert bits(got) == bits(planned)
    # the effects are under avd-a and avd-b, so under enheten and kommunen too
    assert supply.planned_years("kommunen", "sykepleier", years) is not None
    # a year outside the analysis years is worked out on its own
    assert supply.base_years("avd-a", "sykepleier", None, [2040]) == [
        supply.base("avd-a", "sykepleier", None, 2040)
    ]
    assert math.isfinite(supply.base_years("avd-a", "sykepleier", None, [2025])[0].fte)


def test_a_path_of_no_competences_is_held_by_nobody() -> None:
    """`paths: [[]]` passes validation; it was a crash (`min()` of nothing), now a path nobody
    holds: the other path counts alone."""
    plan = odd_plan()
    reqs = [
        r.model_copy(update={"paths": [[], ["akuttmed"]]}) if r.id == "kurs" else r
        for r in plan.requirements
    ]
    rows = same_as_per_year(plan.model_copy(update={"requirements": reqs}))
    kurs = {r.year: r for r in rows if r.requirement == "kurs" and r.unit == "avd-a"}
    # avd-a in 2025 (the snapshot): 6 sykepleiere must qualify; 2 hold akuttmed in the role and
    # 2 are exempt: 2 + 2 = 4 available
    assert (kurs[2025].required, kurs[2025].available) == (6.0, 4.0)


def test_a_maker_makes_the_frozen_instance_the_class_makes() -> None:
    from dataclasses import FrozenInstanceError

    from kplan.analysis.formulas import Measure, RoleFormula
    from kplan.analysis.frozen import maker

    values = ("share", -0.0, "percent", None, 1.5, float("inf"))
    made, want = maker(Measure)(*values), Measure(*values)
    assert type(made) is Measure and made == want and hash(made) == hash(want)
    assert repr(made) == repr(want) == repr(Measure(*values))
    with pytest.raises(FrozenInstanceError):
        made.value = 1.0  # type: ignore[misc]
    role = maker(RoleFormula)("lege", 2.0, 1.0, None, None, None, 1.0, "opp")
    assert role == RoleFormula("lege", 2.0, 1.0, None, exempt_counted=1.0, rounding="opp")
    with pytest.raises(TypeError):
        maker(Measure)(*values[:-1])  # every field, always


def test_position_sizes_that_count_nobody_are_no_position_sizes() -> None:
    """Bands of 0 persons each (warning K804) were a crash in the full-time share (a share of
    no positions) and a «0 under the minimum» elsewhere: a figure from no data. Every
    employment row of such a unit is a note, in both ways of working it out."""
    plan = odd_plan()
    rows = [
        r.model_copy(update={"position_sizes": dict.fromkeys(r.position_sizes, 0)})
        if r.position_sizes
        else r
        for r in plan.inventory
    ]
    blank = plan.model_copy(update={"inventory": rows})
    got = same_as_per_year(blank)
    assert not [r for r in got if r.kind == "employment" and not r.unknown]
    report = analyse(blank)
    employment = {r.id for r in plan.requirements if r.kind == "employment"}
    reasons = {n.reason for n in report.skipped if n.requirement in employment}
    assert reasons == {Reason.NO_POSITION_SIZES}
