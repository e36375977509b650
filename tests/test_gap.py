"""The gap analysis against hand-computed answers, one requirement kind at a time.

Every expected figure below is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from typing import Any

import pytest
from helpers import make_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from kplan.analysis.costs import cost_summary
from kplan.analysis.formulas import (
    Absorbed,
    DriverUse,
    PositionFormula,
    Reason,
    RoleFormula,
    ShareFormula,
    Skipped,
)
from kplan.analysis.gap import GapAnalysis, GapRow, analyse
from kplan.analysis.supply import EffectUse, Supply
from kplan.plan.model import Plan
from kplan.present.formulas import driver_text, effect_text, formula_text, note_text

SNAP = "2025-01-01"


def inv(competence: str | None, persons: int, fte: float, **extra: Any) -> dict[str, Any]:
    row = {"unit": "enheten", "date": SNAP, "persons": persons, "fte": fte, **extra}
    if competence:
        row["competence"] = competence
    return row


def rows(plan: Plan, requirement: str) -> dict[int, GapRow]:
    return {r.year: r for r in analyse(plan).rows if r.requirement == requirement}


def source(kind: str = "forskrift") -> dict[str, str]:
    return {"kind": kind, "reference": "§ 1"}


KINDERGARTEN = dict(
    drivers=[
        {
            "id": "u3",
            "name": "Barn under 3",
            "segment": "barn-under-3",
            "unit": "enheten",
            "values": {2025: 14, 2026: 13, 2027: 16},
        },
        {
            "id": "o3",
            "name": "Barn over 3",
            "segment": "barn-over-3",
            "unit": "enheten",
            "values": {2025: 40, 2026: 43, 2027: 41},
        },
    ],
    inventory=[
        inv("bhg-laerer", 5, 4.6),
        inv("fagarbeider", 4, 3.5),
        inv("assistent", 5, 4.0),
        inv(None, 14, 12.1),
    ],
)


def ratio(id_: str, comps: list[str], terms: list[tuple[str, float]], **kw: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "kind": "ratio",
        "title": id_,
        "units": ["enheten"],
        "source": source(),
        "competences": comps,
        "terms": [{"driver": d, "per": p} for d, p in terms],
        **kw,
    }


def test_bemanningsnorm_rounds_up_per_year() -> None:
    req = ratio(
        "bemanning",
        ["bhg-laerer", "fagarbeider", "assistent"],
        [("barn-under-3", 3), ("barn-over-3", 6)],
    )
    got = rows(make_plan(requirements=[req], **KINDERGARTEN), "bemanning")
    # 2025: 14/3 + 40/6 = 11.33 -> 12; 2026: 13/3 + 43/6 = 11.5 -> 12; 2027: 16/3 + 41/6 = 12.17 -> 13
    assert [got[y].required for y in (2025, 2026, 2027)] == [12, 12, 13]
    # available årsverk 4.6 + 3.5 + 4.0 = 12.1
    assert got[2025].available == pytest.approx(12.1)
    assert got[2025].gap == 0
    assert got[2027].gap == pytest.approx(0.9)


def test_pedagognorm_in_persons_and_in_arsverk_differ() -> None:
    terms = [("barn-under-3", 7), ("barn-over-3", 14)]
    fte = ratio("ped", ["bhg-laerer"], terms)
    persons = ratio("ped-p", ["bhg-laerer"], terms, basis="personer")
    plan = make_plan(requirements=[fte, persons], **KINDERGARTEN)
    # 2025: 14/7 + 40/14 = 4.86 -> 5 pedagogues; 2027: 16/7 + 41/14 = 5.21 -> 6
    by_fte, by_persons = rows(plan, "ped"), rows(plan, "ped-p")
    assert by_fte[2025].required == by_persons[2025].required == 5
    assert by_fte[2025].gap == pytest.approx(0.4)  # 5 - 4.6 årsverk
    assert by_persons[2025].gap == 0  # 5 - 5 persons
    assert by_fte[2027].gap == pytest.approx(1.4)
    assert by_persons[2027].gap == 1


@pytest.mark.parametrize(
    ("how", "expected"), [("opp", 12), ("nærmeste", 11), ("ned", 11), ("ingen", 11.333)]
)
def test_rounding(how: str, expected: float) -> None:
    req = ratio("b", ["assistent"], [("barn-under-3", 3), ("barn-over-3", 6)], rounding=how)
    assert rows(make_plan(requirements=[req], **KINDERGARTEN), "b")[2025].required == pytest.approx(
        expected, abs=1e-3
    )


def test_actions_close_the_pedagognorm_gap_from_their_year() -> None:
    req = ratio("ped", ["bhg-laerer"], [("barn-under-3", 7), ("barn-over-3", 14)])
    action = {
        "id": "rekruttere",
        "title": "Rekruttere barnehagelærer",
        "strategy": "rekruttere",
        "unit": "enheten",
        "effects": [{"competence": "bhg-laerer", "count": 1, "fte": 1.0, "year": 2026}],
    }
    got = rows(make_plan(requirements=[req], actions=[action], **KINDERGARTEN), "ped")
    assert got[2025].planned == 0 and got[2025].residual == pytest.approx(0.4)
    assert got[2026].planned == 1.0 and got[2026].residual == 0  # 5 - 4.6 - 1 < 0
    assert got[2027].residual == pytest.approx(0.4)  # 6 - 4.6 - 1
    effect = EffectUse("rekruttere", 2026, "bhg-laerer", "enheten", 1, 1.0, True)
    assert got[2027].sources.actions == (effect,)
    assert got[2027].sources.drivers[0] == DriverUse("u3", 2027, 16, None)
    assert effect_text(effect) == "rekruttere: +1 bhg-laerer fra 2026"
    assert driver_text(got[2027].sources.drivers[0]) == "u3 2027: 16"


def test_larernorm_by_grade_band() -> None:
    plan = make_plan(
        drivers=[
            {"id": "e14", "name": "Elever 1.-4.", "unit": "enheten", "values": {2025: 100}},
            {"id": "e510", "name": "Elever 5.-10.", "unit": "enheten", "values": {2025: 190}},
        ],
        inventory=[inv("laerer", 18, 16.0)],
        requirements=[
            ratio("laerernorm", ["laerer"], [("e14", 15), ("e510", 20)], applies_from=2025)
        ],
        plan={
            "title": "T",
            "kommune": {"name": "T", "number": "0301"},
            "scope": {"kind": "kommune"},
            "period": {"start": 2025, "end": 2025},
            "status": "utkast",
        },
    )
    (row,) = analyse(plan).rows
    # 100/15 + 190/20 = 6.67 + 9.5 = 16.17 -> 17 årsverk; 17 - 16 = 1
    assert (row.required, row.available, row.gap) == (17, 16, 1)


def test_share_min_and_max_in_persons_and_arsverk() -> None:
    base = [inv(None, 10, 8.0), inv("sykepleier", 5, 4.5), inv("ufaglaert", 4, 3.0)]
    share = {"kind": "share", "title": "s", "units": ["enheten"], "source": source("lokalt mål")}
    plan = make_plan(
        inventory=base,
        requirements=[
            {
                **share,
                "id": "hoy-p",
                "competences": ["sykepleier"],
                "min_percent": 70,
                "basis": "personer",
            },
            {**share, "id": "hoy-a", "competences": ["sykepleier"], "min_percent": 70},
            {
                **share,
                "id": "ufag",
                "competences": ["ufaglaert"],
                "max_percent": 30,
                "basis": "personer",
            },
        ],
    )
    # persons: ceil(0.7 * 10) = 7 needed, 5 have -> 2; årsverk: 0.7 * 8 = 5.6, 4.5 have -> 1.1
    assert rows(plan, "hoy-p")[2025].gap == 2
    assert rows(plan, "hoy-a")[2025].gap == pytest.approx(1.1)
    # at most floor(0.3 * 10) = 3 unskilled, 4 have -> 1 over the target; the plan names no need
    # type, and kplan does not call staff «avvikling» on its own
    ufag = rows(plan, "ufag")[2025]
    assert (ufag.required, ufag.gap, ufag.over_target, ufag.need_type) == (3, 1, True, None)
    # 0.3 * 10 = 3.0 before rounding; a maximum in persons rounds down
    assert ufag.formula == ShareFormula(30, True, 10, "personer", 3, raw=3.0, rounding="ned")
    assert formula_text(ufag.formula) == "høyst 30 % av 10 personer = 3"


def test_minimum_count_with_agreement() -> None:
    count = {
        "kind": "count",
        "title": "c",
        "units": ["enheten"],
        "source": source("lov"),
        "competences": ["sykepleier"],
        "basis": "personer",
    }
    plan = make_plan(
        inventory=[inv("sykepleier", 5, 4.5)],
        requirements=[
            {**count, "id": "c6", "minimum": 6},
            {**count, "id": "c6-avtale", "minimum": 6, "agreed": 1},
        ],
    )
    assert rows(plan, "c6")[2025].gap == 1
    assert rows(plan, "c6-avtale")[2025].gap == 0


def test_qualification_with_paths_deadline_and_action() -> None:
    plan = make_plan(
        inventory=[
            inv("laerer", 10, 9.0),
            inv("engelsk-30sp", 6, 5.5, role="laerer"),
            inv("engelsk-60sp", 1, 1.0, role="laerer"),
        ],
        requirements=[
            {
                "id": "engelsk",
                "kind": "qualification",
                "title": "Engelsk",
                "units": ["enheten"],
                "source": source(),
                "role": "laerer",
                "paths": [["engelsk-30sp"], ["engelsk-60sp"]],
                "deadline": "2026-08-01",
            }
        ],
        actions=[
            {
                "id": "vidreutd",
                "title": "Videreutdanning engelsk",
                "strategy": "utvikle",
                "unit": "enheten",
                "effects": [{"competence": "engelsk-30sp", "count": 2, "year": 2026}],
            }
        ],
    )
    got = rows(plan, "engelsk")
    # 10 teachers, 6 + 1 qualified -> 3 short; 2 more from 2026 -> 1 short
    assert (got[2025].required, got[2025].available, got[2025].gap) == (10, 7, 3)
    assert got[2025].due is False  # the deadline is 2026
    assert got[2026].due is True and got[2026].residual == 1
    report = analyse(plan)
    assert [r.id for r in report.residual_gaps] == ["engelsk/enheten/2026", "engelsk/enheten/2027"]


def test_course_requirement() -> None:
    plan = make_plan(
        inventory=[inv("lege", 4, 4.0), inv("akuttmed", 3, 3.0, role="lege")],
        requirements=[
            {
                "id": "akutt",
                "kind": "course",
                "title": "Akuttmedisinkurs",
                "units": ["enheten"],
                "source": source(),
                "role": "lege",
                "course": "akuttmed",
            }
        ],
    )
    assert rows(plan, "akutt")[2025].gap == 1


def test_employment_minimum_position_and_full_time_share() -> None:
    sizes = {"<50": 2, "50-74": 3, "75-99": 5, "100": 10}
    emp = {"kind": "employment", "units": ["enheten"], "source": source("lokalt mål")}
    plan = make_plan(
        inventory=[inv(None, 20, 16.0, position_sizes=sizes)],
        requirements=[
            {**emp, "id": "min75", "title": "Minst 75 %", "min_position_percent": 75},
            {
                **emp,
                "id": "min75-nye",
                "title": "Nye minst 75 %",
                "min_position_percent": 75,
                "applies_to": "nye stillinger",
            },
            {**emp, "id": "heltid", "title": "Heltid", "full_time_share_percent": 60},
        ],
    )
    assert rows(plan, "min75")[2025].gap == 5  # 2 under 50 % and 3 at 50-74 %
    assert rows(plan, "min75-nye")[2025].gap == 0  # a rule for new positions only
    assert rows(plan, "min75-nye")[2025].available == 5  # shown as context
    # ceil(0.6 * 20) = 12 full-time needed, 10 have
    assert rows(plan, "heltid")[2025].gap == 2
    new_only = rows(plan, "min75-nye")[2025].formula
    assert new_only == PositionFormula(75, True, 5, 20)  # 5 of the 20 persons
    assert formula_text(new_only) == "ingen nye stillinger under 75 %; høyst dagens 5 personer"


def test_retirements_and_turnover() -> None:
    plan = make_plan(
        inventory=[inv("sykepleier", 10, 8.0, age_bands={"<30": 2, "30-59": 5, "60-64": 3})],
        analysis={"retirement_age": 65, "turnover_percent": 10},
    )
    supply = Supply(plan)
    # 2026: ages 60-64 spread evenly, one year on only the 64-year-olds (3/5 = 0.6) retire;
    # 10 % of the remaining 9.4 leave: 9.4 * 0.9 = 8.46
    assert supply.base("enheten", "sykepleier", None, 2026).persons == pytest.approx(8.46)
    # 2027: 63 and 64 have retired (1.2); (10 - 1.2) * 0.9^2 = 7.128; årsverk in proportion
    amount = supply.base("enheten", "sykepleier", None, 2027)
    assert amount.persons == pytest.approx(7.128)
    assert amount.fte == pytest.approx(7.128 * 0.8)
    # the unit above sees the same supply
    assert supply.base("kommunen", "sykepleier", None, 2027).persons == pytest.approx(7.128)


def test_vulnerable_competence() -> None:
    plan = make_plan(inventory=[inv("lege", 1, 1.0), inv("sykepleier", 5, 4.0)])
    assert [(v.unit, v.competence) for v in analyse(plan).vulnerable] == [("enheten", "lege")]


def test_unit_and_year_filters() -> None:
    req = ratio("b", ["assistent"], [("barn-under-3", 3)])
    plan = make_plan(requirements=[req], **KINDERGARTEN)
    assert [r.year for r in analyse(plan, year=2026).rows] == [2026]
    assert len(analyse(plan, unit="kommunen").rows) == 3
    assert analyse(plan, unit="enheten").rows == analyse(plan).rows


def test_missing_driver_year_is_a_note_not_a_guess() -> None:
    plan = make_plan(
        drivers=[{"id": "u3", "name": "Barn", "unit": "enheten", "values": {2025: 9}}],
        inventory=[inv("assistent", 3, 3.0)],
        requirements=[ratio("b", ["assistent"], [("u3", 3)])],
    )
    report = analyse(plan)
    assert [r.year for r in report.rows] == [2025]
    assert report.notes == (
        Skipped("b", "enheten", 2026, Reason.NO_DRIVER_VALUE, "u3"),
        Skipped("b", "enheten", 2027, Reason.NO_DRIVER_VALUE, "u3"),
    )
    assert [note_text(n) for n in report.notes] == [
        "b/enheten/2026: driveren «u3» har ingen verdi for 2026.",
        "b/enheten/2027: driveren «u3» har ingen verdi for 2027.",
    ]


def test_cost_summary_nets_grants_and_multiplies_per_participant() -> None:
    actions = [
        {
            "id": "a",
            "title": "Tingsrett",
            "strategy": "utvikle",
            "count": 2,
            "unit": "enheten",
            "cost": {"amount": 39000, "per": "deltaker", "budget_year": 2025},
        },
        {
            "id": "b",
            "title": "Kurs",
            "strategy": "rekruttere",
            "period": {"start": 2026, "end": 2026},
            "cost": {
                "amount": 100000,
                "funding": [{"source": "Statsforvalteren", "amount": 40000}],
            },
        },
        {
            "id": "c",
            "title": "Avlyst",
            "strategy": "utvikle",
            "status": "avlyst",
            "cost": {"amount": 5, "budget_year": 2025},
        },
    ]
    by_year = cost_summary(make_plan(actions=actions), ("year",))
    assert [(r.year, r.gross, r.grants, r.net) for r in by_year] == [
        (2025, 78000, 0, 78000),
        (2026, 100000, 40000, 60000),
    ]
    by_kind = cost_summary(make_plan(actions=actions), ("kind",))
    assert [r.kind for r in by_kind] == ["anskaffe", "utvikle"]


@settings(max_examples=60, deadline=None)
@given(
    have=st.integers(min_value=0, max_value=30),
    extra=st.integers(min_value=0, max_value=30),
    minimum=st.integers(min_value=1, max_value=40),
    year=st.sampled_from([2025, 2026, 2027]),
)
def test_more_inventory_never_increases_a_gap(
    have: int, extra: int, minimum: int, year: int
) -> None:
    def gap_with(persons: int) -> float:
        plan = make_plan(
            inventory=[
                inv(
                    "sykepleier",
                    persons,
                    persons * 0.9,
                    age_bands={"30-59": persons // 2, "60-64": persons - persons // 2},
                ),
                inv(None, persons + 10, persons * 0.9 + 9),
            ],
            analysis={"retirement_age": 65, "turnover_percent": 5},
            requirements=[
                {
                    "id": "c",
                    "kind": "count",
                    "title": "c",
                    "units": ["enheten"],
                    "source": source(),
                    "competences": ["sykepleier"],
                    "minimum": minimum,
                },
                {
                    "id": "s",
                    "kind": "share",
                    "title": "s",
                    "units": ["enheten"],
                    "source": source(),
                    "competences": ["sykepleier"],
                    "min_percent": 50,
                },
            ],
        )
        return sum(r.gap for r in analyse(plan, year=year).rows if r.requirement == "c")

    assert gap_with(have + extra) <= gap_with(have) + 1e-9


def test_dates_are_dates() -> None:
    plan = make_plan(inventory=[inv("lege", 2, 2.0)])
    assert plan.inventory[0].date == dt.date(2025, 1, 1)


def test_yearly_costs_fall_in_every_year_of_the_period() -> None:
    action = {
        "id": "stipend",
        "title": "Stipend",
        "strategy": "utvikle",
        "period": {"start": 2025, "end": 2027},
        "cost": {
            "amount": 40000,
            "yearly": True,
            "funding": [{"source": "Tilskudd", "amount": 10000}],
        },
    }
    rows = cost_summary(make_plan(actions=[action]), ("year",))
    assert [(r.year, r.net) for r in rows] == [(2025, 30000), (2026, 30000), (2027, 30000)]


def test_courses_for_staff_do_not_grow_the_staff() -> None:
    plan = make_plan(
        inventory=[inv(None, 10, 10.0), inv("sykepleier", 5, 5.0)],
        competences=[
            {"id": "sykepleier", "name": "Sykepleier", "kind": "profesjon"},
            {"id": "kurs", "name": "Kurs", "kind": "kurs"},
        ],
        actions=[
            {
                "id": "k",
                "title": "Kurs",
                "strategy": "utvikle",
                "unit": "enheten",
                "effects": [{"competence": "kurs", "count": 8, "year": 2025}],
            },
            {
                "id": "r",
                "title": "Rekruttere",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2025}],
            },
        ],
    )
    supply = Supply(plan)
    assert supply.new_staff("enheten", 2025).persons == 2  # the 8 on a course were already here


def test_effects_before_the_snapshot_are_not_counted_twice() -> None:
    plan = make_plan(
        inventory=[inv("sykepleier", 5, 5.0)],
        actions=[
            {
                "id": "gammel",
                "title": "Rekruttert i fjor",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2024}],
            }
        ],
        requirements=[
            {
                "id": "c",
                "kind": "count",
                "title": "c",
                "units": ["enheten"],
                "source": source(),
                "competences": ["sykepleier"],
                "minimum": 7,
                "basis": "personer",
            }
        ],
    )
    report = analyse(plan)
    assert {r.planned for r in report.rows} == {0}
    assert report.notes == (
        Absorbed(EffectUse("gammel", 2024, "sykepleier", "enheten", 2, 2.0, True)),
    )
    assert note_text(report.notes[0]) == (
        "gammel: +2 sykepleier i 2024 er før beholdningen for enheten ble telt opp, "
        "og regnes som med i den allerede."
    )


def test_exempt_persons_need_not_qualify() -> None:
    plan = make_plan(
        inventory=[inv("laerer", 10, 9.0), inv("engelsk-30sp", 6, 5.5, role="laerer")],
        requirements=[
            {
                "id": "engelsk",
                "kind": "qualification",
                "title": "Engelsk",
                "units": ["enheten"],
                "source": source(),
                "role": "laerer",
                "paths": [["engelsk-30sp"]],
                "deadline": "2025-08-01",
                "exemptions": "Utdannet før 2014",
                "exempt": 3,
            }
        ],
    )
    row = rows(plan, "engelsk")[2025]
    # everyone in the role is required: 10 teachers; 6 qualified + 3 exempt = 9 available
    assert (row.required, row.available, row.gap) == (10, 9, 1)
    assert row.formula == RoleFormula(
        "laerer", 10, 3, dt.date(2025, 8, 1), exemptions="Utdannet før 2014", exempt_counted=3
    )
    assert formula_text(row.formula) == (
        "alle i rollen laerer: 10 personer, 3 fritatt, frist 2025-08-01"
    )


@settings(max_examples=40, deadline=None)
@given(added=st.integers(min_value=0, max_value=20), year=st.integers(2025, 2027))
def test_actions_never_widen_the_residual(added: int, year: int) -> None:
    def residual(count: int) -> float:
        effects = [{"competence": "sykepleier", "count": count, "year": year}] if count else []
        plan = make_plan(
            inventory=[inv(None, 20, 18.0), inv("sykepleier", 6, 5.0)],
            actions=[
                {
                    "id": "a",
                    "title": "a",
                    "strategy": "rekruttere",
                    "unit": "enheten",
                    "effects": effects,
                }
            ],
            requirements=[
                {
                    "id": "c",
                    "kind": "count",
                    "title": "c",
                    "units": ["enheten"],
                    "source": source(),
                    "competences": ["sykepleier"],
                    "minimum": 12,
                },
                {
                    "id": "s",
                    "kind": "share",
                    "title": "s",
                    "units": ["enheten"],
                    "source": source(),
                    "competences": ["sykepleier"],
                    "min_percent": 50,
                },
            ],
        )
        return sum(r.residual for r in analyse(plan).rows)

    assert residual(added) <= residual(0) + 1e-9


def _tree_plan(parents: list[int | None]) -> Plan:
    """Units u0..un with the given parent indexes; two rows and an effect on each."""
    units = [
        {
            "id": f"u{i}",
            "name": f"U{i}",
            "level": "enhet",
            **({"parent": f"u{p}"} if p is not None else {}),
        }
        for i, p in enumerate(parents)
    ]
    inventory = [
        {
            "unit": f"u{i}",
            "competence": "sykepleier",
            "date": SNAP,
            "persons": i + 1,
            "fte": i + 0.5,
        }
        for i in range(len(parents))
    ] + [
        {"unit": f"u{i}", "date": SNAP, "persons": 2 * i + 3, "fte": 2.0 * i + 2}
        for i in range(len(parents))
    ]
    actions = [
        {
            "id": f"a{i}",
            "title": "T",
            "strategy": "rekruttere",
            "unit": f"u{i}",
            "effects": [{"competence": "sykepleier", "count": 1, "year": 2026}],
        }
        for i in range(len(parents))
    ]
    req = {
        "id": "andel",
        "kind": "share",
        "title": "Andel",
        "units": [f"u{i}" for i in range(len(parents))],
        "source": source("lokalt mål"),
        "competences": ["sykepleier"],
        "min_percent": 60,
        "basis": "personer",
    }
    plan = make_plan(requirements=[req], inventory=inventory, actions=actions)
    return plan.model_copy(
        update={"units": [Plan.model_validate({**_HEAD, "units": [u]}).units[0] for u in units]}
    )


_HEAD = make_plan().model_dump(include={"plan"}, mode="json")


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=30))
@settings(max_examples=40, deadline=None)
def test_subtree_sums_by_tree_order_equal_the_walk(picks: list[int]) -> None:
    """Sums over a subtree taken from the depth-first order give what walking the tree gives."""
    parents: list[int | None] = [None] + [p % (i + 1) for i, p in enumerate(picks)]
    plan = _tree_plan(parents)
    fast = Supply(plan)
    slow = Supply(plan)
    slow.tree = None  # the walk a plan read with errors (a loop) falls back to
    for i in range(len(parents)):
        for year in (2025, 2027):
            unit = f"u{i}"
            for key in (("sykepleier", None), (None, None)):
                assert fast.base(unit, *key, year) == pytest.approx(slow.base(unit, *key, year))
                assert fast.rows_used(unit, *key) == slow.rows_used(unit, *key)
            assert fast.new_staff(unit, year) == slow.new_staff(unit, year)
            assert fast.planned(unit, "sykepleier", year) == slow.planned(unit, "sykepleier", year)
            assert fast.rows_of(unit) == slow.rows_of(unit)


def test_parent_loop_falls_back_to_the_walk() -> None:
    plan = _tree_plan([None, 2, 1])  # u1 and u2 are each other's parent
    supply = Supply(plan)
    assert supply.tree is None
    assert set(supply.units_under("u1")) == {"u1", "u2"}
    assert supply.base("u1", "sykepleier", None, 2025).persons == 2 + 3


def test_overflowing_figures_are_notes_not_rows() -> None:
    """A figure that overflows is no figure: the row becomes a note, never inf or 0."""
    req = {
        "id": "andel",
        "kind": "share",
        "title": "Andel",
        "units": ["enheten"],
        "source": source("lokalt mål"),
        "competences": ["sykepleier"],
        "min_percent": 1e308,  # K803 in validation; diff still analyses plans with errors
        "basis": "årsverk",
    }
    report = analyse(
        make_plan(requirements=[req], inventory=[inv("sykepleier", 5, 4.0), inv(None, 400, 300.0)])
    )
    assert report.rows == ()
    assert {n.reason for n in report.notes if isinstance(n, Skipped)} == {Reason.TOO_LARGE}
    assert note_text(report.notes[0]) == "andel/enheten/2025: tallene er for store til å regne med."


def test_rows_left_out_say_why_as_data() -> None:
    """A share of nobody and a position rule without position sizes: notes, not rows."""
    plan = make_plan(
        inventory=[inv("sykepleier", 5, 4.0)],
        requirements=[
            {
                "id": "andel",
                "kind": "share",
                "title": "Andel",
                "units": ["enheten"],
                "source": source("lokalt mål"),
                "competences": ["sykepleier"],
                "min_percent": 50,
            },
            {
                "id": "stilling",
                "kind": "employment",
                "title": "Stilling",
                "units": ["enheten"],
                "source": source("lokalt mål"),
                "min_position_percent": 75,
            },
        ],
    )
    notes = analyse(plan).notes
    assert notes == tuple(
        Skipped(req, "enheten", year, why)
        for req, why in (("andel", Reason.NO_STAFF), ("stilling", Reason.NO_POSITION_SIZES))
        for year in (2025, 2026, 2027)
    )
    assert note_text(notes[0]) == (
        "andel/enheten/2025: ingen ansatte å regne andelen av (mangler rad for alle ansatte)."
    )
    assert note_text(notes[3]).endswith(": beholdningen har ingen stillingsstørrelser for enheten.")


def test_a_supply_is_collected_after_use() -> None:
    """Its look-up caches live on the instance: nothing class-wide keeps an analysis alive."""
    plan = make_plan(
        inventory=[inv("sykepleier", 5, 4.0), inv(None, 10, 9.0)],
        requirements=[
            {
                "id": "andel",
                "kind": "share",
                "title": "Andel",
                "units": ["enheten"],
                "source": source("lokalt mål"),
                "competences": ["sykepleier"],
                "min_percent": 50,
            }
        ],
    )
    analysis = GapAnalysis(plan)
    supply = weakref.ref(analysis.supply)
    assert [r.sources.inventory for r in analysis.rows()]  # every cache filled
    assert analysis.supply.units_under("kommunen") == ("kommunen", "enheten")
    del analysis
    gc.collect()
    assert supply() is None
    report = analyse(plan)
    assert report.rows[0].sources.inventory  # the rows' explanations hold the supply
    del report
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Supply)]


def test_every_printer_words_the_data_in_every_language() -> None:
    """The analysis gives data; each language's printers word all of it (no bokmål in English)."""
    from kplan.present.formats import Format, Lang, Style
    from kplan.present.gap import REPORTERS, explain

    plan = make_plan(
        inventory=[inv("sykepleier", 5, 4.0), inv(None, 10, 9.0), inv("lege", 1, 1.0)],
        actions=[
            {
                "id": "gammel",
                "title": "Rekruttert i fjor",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2024}],
            }
        ],
        requirements=[
            {
                "id": "andel",
                "kind": "share",
                "title": "Andel",
                "units": ["enheten"],
                "source": source("lokalt mål"),
                "competences": ["sykepleier"],
                "max_percent": 30,
                "basis": "personer",
            },
            {
                "id": "stilling",
                "kind": "employment",
                "title": "Stilling",
                "units": ["enheten"],
                "source": source("lokalt mål"),
                "min_position_percent": 75,
            },
        ],
    )
    report = analyse(plan)
    assert report.notes and report.rows and report.vulnerable
    for lang in Lang:
        for fmt, printer in REPORTERS.items():
            out = printer(report, Style(lang, colour=True))
            assert out.endswith("\n"), (lang, fmt)
        text = REPORTERS[Format.json](report, Style(lang)) + explain(report.rows[0], Style(lang))
        if lang is Lang.en:
            assert "høyst" not in text and "beholdning" not in text.lower(), text
            assert "at most 30 % of 10 persons = 3" in text


def test_cost_reporters_in_every_language() -> None:
    from kplan.analysis.costs import cost_report
    from kplan.present.cost import REPORTERS
    from kplan.present.formats import Format, Lang, Style

    action = {
        "id": "stipend",
        "title": "Stipend",
        "strategy": "utvikle",
        "period": {"start": 2025, "end": 2026},
        "cost": {"amount": 40000, "yearly": True},
    }
    report = cost_report(make_plan(actions=[action]), ("year", "strategy"))
    assert report.by == ("year", "strategy") and len(report.rows) == 2
    assert REPORTERS[Format.table](report, Style()).endswith("\nSum netto: 80 000 kr\n")
    assert "| Budsjettår | Strategi | Brutto |" in REPORTERS[Format.md](report, Style())
    assert "Total net: 80 000 kr" in REPORTERS[Format.table](report, Style(Lang.en))
    assert REPORTERS[Format.csv](report, Style()).startswith("year,unit,strategy,")


def test_employment_without_a_total_staff_row_counts_each_person_once() -> None:
    # no row for the unit's total staff: the same 10 persons are in the role row «pleier» and,
    # by education, in the competence rows (6 sykepleiere + 4 helsefagarbeidere). Counted once,
    # from the role row: 3 of 10 under 75 %, not the 6 of 20 that summing every row would give
    emp = {"kind": "employment", "units": ["enheten"], "source": source("lokalt mål")}
    plan = make_plan(
        inventory=[
            inv("sykepleier", 6, 5.0, position_sizes={"<50": 1, "100": 5}),
            inv("helsefagarbeider", 4, 3.0, position_sizes={"<50": 2, "100": 2}),
            inv(None, 10, 8.0, role="pleier", position_sizes={"<50": 3, "100": 7}),
        ],
        requirements=[{**emp, "id": "min75", "title": "Minst 75 %", "min_position_percent": 75}],
    )
    row = rows(plan, "min75")[2025]
    assert row.gap == 3
    assert row.formula == PositionFormula(75, False, 3, 10)


def test_a_retirement_age_set_on_a_parent_unit_holds_for_the_units_below() -> None:
    # 62 set for «kommunen» must give «enheten» (below it) what 62 for the whole plan gives,
    # and not what the plan's own 67 gives
    bands = {"<30": 2, "30-59": 5, "60-64": 3}
    row = [inv("sykepleier", 10, 8.0, age_bands=bands)]
    parent = Supply(make_plan(inventory=row, analysis={"unit_retirement_age": {"kommunen": 62}}))
    everywhere = Supply(make_plan(inventory=row, analysis={"retirement_age": 62}))
    default = Supply(make_plan(inventory=row))
    at = ("enheten", "sykepleier", None, 2027)
    assert parent.retirement_age("enheten") == 62
    assert parent.base(*at) == everywhere.base(*at)
    assert parent.base(*at) != default.base(*at)
    # the unit's own age wins over its parent's
    own = Supply(
        make_plan(
            inventory=row,
            analysis={"retirement_age": 62, "unit_retirement_age": {"kommunen": 62, "enheten": 67}},
        )
    )
    assert own.retirement_age("enheten") == 67 and own.base(*at) == default.base(*at)
