"""The staffing balance's look-ups, each made once per line rather than per year: the norm by id
among many requirements, the drivers of a demand term, the effects under a unit and the rows
that retire. Each is held to the per-year definition or to figures worked out by hand.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.demand import (
    Term,
    Terms,
    Unknown,
    Why,
    need_of,
    need_values,
    norm_index,
    resolve,
    usable_norm,
)
from kplan.analysis.staffing import staff_demand, staffing_balance
from kplan.analysis.staffing_flow import Arrivals, Staff, arrived_fte
from kplan.analysis.supply import Supply
from kplan.plan.model import Driver, DriverIndex, StaffingLine

SNAP = "2025-01-01"


def ratio(rid: str, units: list[str], basis: str = "årsverk", per: float = 6) -> dict[str, Any]:
    return {
        "id": rid,
        "kind": "ratio",
        "title": f"Norm {rid}",
        "units": units,
        "source": {"kind": "forskrift", "reference": "§ 1"},
        "competences": ["assistent"],
        "terms": [{"driver": "barn", "per": per}],
        "basis": basis,
    }


SHARE = {
    "id": "andel",
    "kind": "share",
    "title": "Andel",
    "units": ["enheten"],
    "source": {"kind": "lokalt mål"},
    "competences": ["assistent"],
    "min_percent": 50,
}


def norm_plan() -> Any:
    # 400 requirements before the ones the lines name: a scan per line would find them last
    many = [ratio(f"r{i:03}", ["kommunen"], per=i + 1) for i in range(400)]
    named = [
        ratio("norm", ["enheten"]),
        SHARE,
        ratio("personer", ["enheten"], basis="personer"),
        ratio("annen", ["kommunen"]),
        # two with one id (a plan read with errors): the first counts, as a scan finds it
        {**SHARE, "id": "dobbel"},
        ratio("dobbel", ["enheten"]),
    ]
    lines = [
        {"id": name, "unit": "enheten", "competence": "assistent", "norm": name}
        for name in ("norm", "andel", "personer", "annen", "dobbel", "mangler")
    ]
    return make_plan(
        inventory=[
            {"unit": "enheten", "competence": "assistent", "date": SNAP, "persons": 6, "fte": 5.5}
        ],
        drivers=[{"id": "barn", "name": "Barn", "values": {2025: 36, 2026: 40, 2027: 42}}],
        requirements=many + named,
        staffing=lines,
    )


def test_the_norm_is_found_by_id_among_many_requirements() -> None:
    plan = norm_plan()
    by_id = norm_index(plan)
    for line in plan.staffing:
        assert usable_norm(plan, line, by_id) is usable_norm(plan, line)
    report = staffing_balance(plan)
    lines = {line.id: line for line in report.lines}
    # D = ceil(36 / 6) = 6, ceil(40 / 6) = 7, ceil(42 / 6) = 7
    assert [y.demand for y in lines["norm"].years] == [6, 7, 7]
    assert lines["norm"].unknown is None
    # a share, a ratio in persons, a ratio for another unit, the first of two with one id (a
    # share) and an id no requirement has: none can set the need
    for name in ("andel", "personer", "annen", "dobbel", "mangler"):
        assert lines[name].unknown == Unknown(Why.NO_NORM), name
        assert all(y.demand is None and y.still_open is None for y in lines[name].years)
    # the gap analysis' demand, by unit and competence: the line with the norm alone
    demand = staff_demand(plan.model_copy(update={"staffing": plan.staffing[:1]}))
    assert [demand.needed("enheten", "assistent", t) for t in (2025, 2026, 2027)] == [6, 7, 7]


def driver(values: dict[int, float], did: str = "eldre") -> Driver:
    return Driver.model_validate({"id": did, "name": did, "values": values})


def one_term(values: dict[int, float], coverage: float = 100.0) -> Terms:
    line = StaffingLine.model_validate(
        {
            "id": "b",
            "unit": "enheten",
            "demand": [{"driver": "eldre", "coverage_percent": coverage}],
        }
    )
    return resolve(make_plan(), DriverIndex([driver(values)]), line)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # D = 8 × users_t / users_2025, users = 0.8 × value: 8 × 88 / 80 = 8.8, 8 × 96 / 80 = 9.6
        ({2025: 100, 2026: 110, 2027: 120}, {2025: 8, 2026: 8.8, 2027: 9.6}),
        # a year without a value has no figure; nor has a line without a first year
        ({2025: 100, 2027: 120}, {2025: 8, 2027: 9.6}),
        ({2026: 110, 2027: 120}, {}),
        # no users in the first year: nothing to scale by
        ({2025: 0, 2026: 110}, {}),
        # 8 × (0.8e9 / 0.8 × 5e-324) is past a float: no figure
        ({2025: 5e-324, 2026: 1e9, 2027: 5e-324}, {2025: 8, 2027: 8}),
    ],
)
def test_one_term_needs_the_same_figures_as_the_general_path(
    values: dict[int, float], expected: dict[int, float]
) -> None:
    found = one_term(values, coverage=80)
    years = range(2025, 2028)
    fast = need_values(found, 8.0, years)
    assert fast == pytest.approx(expected)
    assert list(fast.items()) == list(need_of(found, 8.0, years, record=False).values.items())
    # the general path, over two terms of which the second adds 0.0 users: the same bits
    line = found.line.model_copy(
        update={"demand": [*found.line.demand, found.line.demand[0].model_copy()]}
    )
    zero = Term("null", driver({t: 0.0 for t in years}, "null"), dict.fromkeys(years, 0.0), 1.0)
    two = Terms(line, None, None, (*found.terms, zero))
    assert list(need_of(two, 8.0, years, record=False).values.items()) == list(fast.items())


def test_one_term_keeps_the_sign_and_records_what_it_took() -> None:
    found = one_term({2025: 100, 2026: -0.0, 2027: 120})
    # users_2026 = 0.0 + 1 × −0.0 = +0.0: a need of +0.0, as the sum over terms gives
    assert math.copysign(1, need_values(found, 8.0, range(2025, 2028))[2026]) == 1
    need = need_of(found, 8.0, range(2025, 2028))
    assert [(u.year, u.value) for u in need.uses] == [(2025, 100), (2026, -0.0), (2027, 120)]
    assert list(need.used) == ["eldre"]
    # no users in the first year: only that year's value was taken
    need = need_of(one_term({2025: 0, 2026: 110}), 8.0, range(2025, 2027))
    assert need.line == Unknown(Why.NO_USERS, None, 2025)
    assert [(u.year, u.value) for u in need.uses] == [(2025, 0)]


def test_two_terms_on_one_driver_list_each_value_once() -> None:
    plan = make_plan(
        inventory=[{"unit": "enheten", "date": SNAP, "persons": 10, "fte": 8.0}],
        drivers=[{"id": "eldre", "name": "Eldre", "values": {2025: 100, 2026: 110, 2027: 120}}],
        staffing=[
            {
                "id": "b",
                "unit": "enheten",
                "demand": [{"driver": "eldre"}, {"driver": "eldre", "coverage_percent": 50}],
            }
        ],
    )
    (line,) = staffing_balance(plan).lines
    assert [(u.driver, u.year) for u in line.drivers] == [
        ("eldre", 2025),
        ("eldre", 2026),
        ("eldre", 2027),
    ]
    # users 2025 = 100 + 50 = 150, 2026 = 110 + 55 = 165: D = 8 × 165 / 150 = 8.8
    assert line.years[1].demand == pytest.approx(8.8)


def effects_plan(units: list[dict[str, Any]]) -> Any:
    def effect(competence: str, year: int, **extra: Any) -> dict[str, Any]:
        return {"competence": competence, "count": 1, "year": year, **extra}

    actions = [
        {
            "id": f"a{i}",
            "title": f"Tiltak {i}",
            "strategy": "rekruttere",
            "unit": unit,
            "effects": [
                effect("sykepleier", 2026, fte=0.8),
                effect("sykepleier", 2026, fte=0.1),
                effect("sykepleier", 2027, from_competence="fagarbeider"),
                effect("engelsk-30sp", 2026),  # a course for staff: no hire
                effect("lege", 2024),  # before the snapshot: in it already
            ],
        }
        for i, unit in enumerate(["kommunen", "enheten", "skolen", "enheten", "ukjent"])
    ]
    rows = [
        {"unit": u, "competence": c, "date": SNAP, "persons": 4, "fte": 3.0}
        for u in ("enheten", "skolen")
        for c in ("sykepleier", "fagarbeider", "lege")
    ]
    return make_plan(units=units, actions=actions, inventory=rows)


TREE = [
    {"id": "kommunen", "name": "Kommunen", "level": "kommune"},
    {"id": "enheten", "name": "Enheten", "level": "enhet", "parent": "kommunen"},
    {"id": "skolen", "name": "Skolen", "level": "enhet", "parent": "enheten"},
]
# a parent loop (a plan read with errors): no tree, the units are walked
LOOP = [
    {"id": "kommunen", "name": "Kommunen", "level": "kommune", "parent": "skolen"},
    {"id": "enheten", "name": "Enheten", "level": "enhet", "parent": "kommunen"},
    {"id": "skolen", "name": "Skolen", "level": "enhet", "parent": "enheten"},
]


@pytest.mark.parametrize("units", [TREE, LOOP], ids=["tree", "loop"])
def test_the_effects_by_year_are_what_supply_arrivals_gives(units: list[dict[str, Any]]) -> None:
    supply = Supply(effects_plan(units))
    assert (supply.tree is None) == (units is LOOP)
    arrivals = Arrivals(supply)
    for unit in ("kommunen", "enheten", "skolen", "ukjent", "ingen"):
        for competence in (None, "sykepleier", "fagarbeider", "engelsk-30sp", "lege", "laerer"):
            by_year = arrivals.by_year(unit, competence)
            for year in range(2023, 2029):
                amount, used = supply.arrivals(unit, competence, year)
                assert by_year.get(year, []) == used, (unit, competence, year)
                assert arrived_fte(by_year.get(year, [])) == amount.fte
    if units is TREE:  # by hand: the school's sykepleier in 2026, 0.8 + 0.1 from its action
        assert arrived_fte(arrivals.by_year("skolen", "sykepleier")[2026]) == 0.8 + 0.1
    else:  # every unit is under every other: all four actions' 0.8 + 0.1 on known units
        assert arrived_fte(arrivals.by_year("skolen", "sykepleier")[2026]) == pytest.approx(3.6)


def test_the_staff_and_who_retires_are_supplys_own() -> None:
    bands = {"<30": 2, "30-59": 3, "63": 1, "64": 2}
    fte_by_age = {"<30": 1.0, "30-59": 2.5, "63": 1.0, "64": 1.5}
    rows = [
        {"unit": "enheten", "date": SNAP, "persons": 8, "fte": 6.0, "age_bands": bands},
        {
            "unit": "kommunen",
            "date": "2024-01-01",
            "persons": 8,
            "fte": 6.0,
            "age_bands": bands,
            "fte_by_age": fte_by_age,
        },
    ]
    plan = make_plan(inventory=rows, analysis={"retirement_age": 65, "turnover_percent": 10})
    supply = Supply(plan)
    staff = Staff(supply, "kommunen", None)
    years = range(2024, 2028)
    assert staff.years(years) == {t: supply.base("kommunen", None, None, t).fte for t in years}
    used = supply.rows_used("kommunen", None, None)
    dated = [(r, r.date.year) for r in used]
    rate = 1.0 - 0.1
    gone = staff.retiring(dated, years, rate)
    assert gone == [
        sum(supply.retiring(r, t).fte * rate ** (t - r.date.year - 1) for r in used) for t in years
    ]
    # by hand, 2026: the 2024 row's 63-year-old retires after a year of turnover (1.0 × 0.9),
    # and the 2025 row's two 64-year-olds take 2 of 8 persons' årsverk: 6.0 × 2 / 8 = 1.5
    assert gone[2] == pytest.approx(0.9 + 1.5)
    (one,) = [(r, y) for r, y in dated if y == 2025]
    assert staff.retiring([one], years, rate) == [
        supply.retiring(one[0], t).fte * rate ** (t - 2026) for t in years
    ]
