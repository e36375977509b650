"""The figures `kplan diff` compares: the gap left after actions, worked out only where a
revision can have moved it.

A unit's figures draw on the inventory and the actions' effects in it and the units below it
(`kplan.analysis.supply`), so a revision that changes only inventory rows and effects moves
only the figures of the units it touched and the units above them. The diff works out just
those; every test here holds it to what the whole analysis of both versions gives.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL, Repo, ok, replace_once

from kplan.analysis.diff_figures import gap_changes, touched_units
from kplan.analysis.gap import analyse
from kplan.plan.model import Plan

# --- 1. by hand, through git ------------------------------------------------------------------

SOURCE = '{kind: lov, reference: "§ 1"}'
HAND = (
    replace_once(MINIMAL, "period: {start: 2025, end: 2028}", "period: {start: 2025, end: 2026}")
    .replace(
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
        "competences:\n"
        "  - {id: sykepleier, name: Sykepleier, kind: profesjon}\n"
        "units:\n"
        "  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
        "  - {id: a, name: Enhet A, level: enhet, parent: kommunen}\n"
        "  - {id: b, name: Sektor B, level: tjenesteområde, parent: kommunen}\n"
        "  - {id: b1, name: Enhet B1, level: enhet, parent: b}\n"
        "  - {id: c, name: Enhet C, level: enhet, parent: kommunen}\n"
        "requirements:\n"
        "  - {id: sykepleiere, kind: count, title: Sykepleiere, units: [kommunen, a, b, b1, c],\n"
        f"     source: {SOURCE}, competences: [sykepleier], minimum: 5, basis: personer}}\n"
        "  - {id: kommunenorm, kind: count, title: Kommunenorm, units: [kommunen],\n"
        f"     source: {SOURCE}, competences: [sykepleier], minimum: 12, basis: personer}}\n"
        "inventory:\n"
        "  - {unit: a, competence: sykepleier, date: 2025-01-01, persons: 3, fte: 3.0}\n"
        "  - {unit: b1, competence: sykepleier, date: 2025-01-01, persons: 4, fte: 4.0}\n"
        "  - {unit: c, competence: sykepleier, date: 2025-01-01, persons: 5, fte: 5.0}\n",
    )
    .replace("    strategy: rekruttere\n", "    strategy: rekruttere\n    unit: a\n")
)


def gap(key: tuple[str, str, str], old: float, new: float) -> dict[str, Any]:
    return {"measure": "gap", "key": list(key), "old": old, "new": new}


def test_a_revision_of_inventory_and_effects_moves_the_gaps_below_and_above(
    tmp_path: Path,
) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", HAND)
    repo.commit("A")
    repo.git("tag", "A")
    repo.edit(
        "plan/kplan.yaml",
        "{unit: b1, competence: sykepleier, date: 2025-01-01, persons: 4, fte: 4.0}",
        "{unit: b1, competence: sykepleier, date: 2025-01-01, persons: 2, fte: 2.0}",
    )
    repo.edit(
        "plan/kplan.yaml",
        "    unit: a\n",
        "    unit: a\n    effects: [{competence: sykepleier, count: 1, year: 2026}]\n",
    )
    repo.commit("B")
    repo.git("tag", "B")
    doc = json.loads(ok(repo.kplan("diff", "A", "B", "plan", "-f", "json")))
    # No retirement (no age bands) and no turnover, so what a unit has is its sykepleiere and
    # those of the units below it; the residual is min(gap, max(0, required - have - planned)).
    # Before: kommunen 3 + 4 + 5 = 12, a 3, b and b1 4, c 5. After: b1 and b 2 (4 - 2),
    # kommunen 10, and from 2026 one more at a (planned 1 for a and kommunen).
    assert doc["figures"] == [
        # kommunenorm (12) at kommunen: 12 - 12 = 0 before; 12 - 10 = 2 in 2025;
        # 2026: min(2, 12 - 10 - 1) = 1
        gap(("kommunenorm", "kommunen", "2025"), 0.0, 2.0),
        gap(("kommunenorm", "kommunen", "2026"), 0.0, 1.0),
        # sykepleiere (5) at a: 5 - 3 = 2 before; 2026 after: min(2, 5 - 3 - 1) = 1
        gap(("sykepleiere", "a", "2026"), 2.0, 1.0),
        # at b and b1: 5 - 4 = 1 before, 5 - 2 = 3 after, both years
        gap(("sykepleiere", "b", "2025"), 1.0, 3.0),
        gap(("sykepleiere", "b", "2026"), 1.0, 3.0),
        gap(("sykepleiere", "b1", "2025"), 1.0, 3.0),
        gap(("sykepleiere", "b1", "2026"), 1.0, 3.0),
        # c (5 of 5) and kommunen for sykepleiere (10 or 12 of 5) have no gap either side
    ]


# --- 2. the figures worked out in part equal the whole analysis --------------------------------


def _units() -> list[dict[str, Any]]:
    units = [{"id": "k", "name": "Kommunen", "level": "kommune"}]
    for s in range(3):
        units.append({"id": f"s{s}", "name": f"S{s}", "level": "ansvarsområde", "parent": "k"})
        for e in range(3):
            units.append(
                {"id": f"e{s}{e}", "name": f"E{s}{e}", "level": "enhet", "parent": f"s{s}"}
            )
    units.append({"id": "e00a", "name": "Avdeling", "level": "avdeling", "parent": "e00"})
    return units


def _rows(unit: str, n: int) -> list[dict[str, Any]]:
    """A unit's inventory: all staff (with position sizes and ages), three competences by age,
    and teachers with a course among them (rows for the role)."""
    ages = {"<30": 1 + n % 3, "30-49": 2 + n, "50-59": 1 + n % 2, "60-64": 1, "65+": n % 2}
    persons = sum(ages.values())
    return [
        {
            "unit": unit,
            "date": "2025-01-01",
            "persons": 4 * persons,
            "fte": 3.4 * persons,
            "age_bands": {k: 4 * v for k, v in ages.items()},
            "position_sizes": {
                "<50": n,
                "50-74": persons,
                "75-99": persons,
                "100": 2 * persons - n,
            },
        },
        {
            "unit": unit,
            "competence": "sykepleier",
            "date": "2025-01-01",
            "persons": persons,
            "fte": 0.9 * persons,
            "age_bands": ages,
        },
        {
            "unit": unit,
            "competence": "fagarbeider",
            "date": "2025-01-01",
            "persons": 2 + n,
            "fte": 1.5 + n,
        },
        {
            "unit": unit,
            "competence": "assistent",
            "date": "2025-01-01",
            "persons": 1 + n % 4,
            "fte": 0.8 + n % 4,
        },
        {
            "unit": unit,
            "competence": "laerer",
            "date": "2025-01-01",
            "persons": 3 + n,
            "fte": 2.5 + n,
        },
        {
            "unit": unit,
            "competence": "engelsk-30sp",
            "role": "laerer",
            "date": "2025-01-01",
            "persons": 1 + n % 3,
            "fte": 1.0 + n % 3,
        },
    ]


def _requirement(kind: str, id_: str, units: list[str], **kw: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "kind": kind,
        "title": id_,
        "units": units,
        "source": {"kind": "lov", "reference": "§ 1"},
        **kw,
    }


SPREAD = [u["id"] for u in _units()]


def base_plan() -> dict[str, Any]:
    """Every requirement kind at units high and low, drivers by segment, staffing lines (one
    with a norm), and actions whose effects land in units of their own."""
    units = _units()
    leaves = [u["id"] for u in units if u["level"] in ("enhet", "avdeling")]
    drivers = [
        {
            "id": f"barn-{s}",
            "name": f"Barn {s}",
            "segment": "barn",
            "unit": s,
            "values": {y: 40.0 + 3 * i + y - 2025 for y in range(2025, 2031)},
        }
        for i, s in enumerate(["k", "s0", "s1", "e00", "e11"])
    ]
    effect = {"competence": "sykepleier", "year": 2026}
    return {
        "plan": {
            "title": "Testplan",
            "kommune": {"name": "Testvik", "number": "0301"},
            "scope": {"kind": "kommune"},
            "period": {"start": 2025, "end": 2029},
            "status": "utkast",
        },
        "analysis": {"turnover_percent": 4.0, "unit_retirement_age": {"s1": 65}},
        "units": units,
        "competences": [
            {"id": c, "name": c, "kind": kind}
            for c, kind in (
                ("sykepleier", "profesjon"),
                ("fagarbeider", "fagbrev"),
                ("assistent", "annet"),
                ("laerer", "profesjon"),
                ("engelsk-30sp", "studiepoeng"),
            )
        ],
        "drivers": drivers,
        "inventory": [row for n, u in enumerate(leaves) for row in _rows(u, n)]
        + [
            {
                "unit": "s2",
                "competence": "sykepleier",
                "date": "2025-01-01",
                "persons": 2,
                "fte": 2.0,
            }
        ],
        "requirements": [
            _requirement(
                "ratio",
                "norm",
                SPREAD,
                competences=["fagarbeider"],
                terms=[{"driver": "barn", "per": 2}],
            ),
            _requirement(
                "share",
                "andel",
                SPREAD,
                competences=["sykepleier"],
                min_percent=40,
                basis="personer",
            ),
            _requirement("share", "ufaglaert", SPREAD, competences=["assistent"], max_percent=10),
            _requirement(
                "share",
                "blant-pleiere",
                SPREAD,
                competences=["sykepleier"],
                of=["sykepleier", "fagarbeider"],
                min_percent=60,
            ),
            _requirement("count", "antall", SPREAD, competences=["sykepleier"], minimum=9),
            _requirement(
                "qualification",
                "engelsk",
                SPREAD,
                role="laerer",
                paths=[["engelsk-30sp"]],
                deadline="2027-08-01",
            ),
            _requirement("course", "kurs", SPREAD, role="laerer", course="engelsk-30sp"),
            _requirement("employment", "heltid", SPREAD, full_time_share_percent=60),
            _requirement("employment", "min75", SPREAD, min_position_percent=75),
            _requirement("employment", "snitt", SPREAD, min_average_position_percent=80),
        ],
        "staffing": [
            {
                "id": "linje-s0",
                "unit": "s0",
                "competence": "sykepleier",
                "demand": [{"driver": "barn", "coverage_percent": 50}],
            },
            {
                "id": "linje-s0-fag",
                "unit": "s0",
                "competence": "fagarbeider",
                "demand": [{"driver": "barn", "weight": 2}],
            },
            {"id": "linje-k", "unit": "k", "demand": [{"driver": "barn"}]},
            {"id": "linje-e11", "unit": "e11", "competence": "fagarbeider", "norm": "norm"},
            {"id": "linje-e11-spl", "unit": "e11", "competence": "sykepleier"},
        ],
        "actions": [
            {
                "id": "t1",
                "title": "T1",
                "strategy": "rekruttere",
                "unit": "e01",
                "effects": [{**effect, "count": 2}],
            },
            {
                "id": "t2",
                "title": "T2",
                "strategy": "utvikle",
                "unit": "s1",
                "effects": [
                    {**effect, "count": 3, "unit": "e12"},
                    {"competence": "engelsk-30sp", "count": 2, "year": 2027},
                ],
            },
            {
                "id": "t3",
                "title": "T3",
                "strategy": "utvikle",
                "unit": "e20",
                "effects": [{**effect, "count": 1, "from_competence": "assistent"}],
            },
            {
                "id": "t4",
                "title": "T4",
                "strategy": "rekruttere",
                "effects": [{**effect, "count": 1, "unit": "e00a"}],
            },
        ],
    }


def _row_at(doc: dict[str, Any], unit: str, competence: str | None) -> dict[str, Any]:
    return next(
        r for r in doc["inventory"] if r["unit"] == unit and r.get("competence") == competence
    )


def _action(doc: dict[str, Any], id_: str) -> dict[str, Any]:
    return next(a for a in doc["actions"] if a["id"] == id_)


def _persons(doc: dict[str, Any]) -> None:
    _row_at(doc, "e01", "sykepleier")["persons"] += 2


def _fewer_teachers(doc: dict[str, Any]) -> None:
    _row_at(doc, "e11", "laerer")["persons"] -= 2


def _row_removed(doc: dict[str, Any]) -> None:
    doc["inventory"].remove(_row_at(doc, "e22", "sykepleier"))


def _row_added_high(doc: dict[str, Any]) -> None:
    doc["inventory"].append(
        {"unit": "s1", "competence": "fagarbeider", "date": "2025-01-01", "persons": 3, "fte": 3.0}
    )


def _row_at_root(doc: dict[str, Any]) -> None:
    doc["inventory"].append(
        {"unit": "k", "competence": "sykepleier", "date": "2025-01-01", "persons": 1, "fte": 1.0}
    )


def _position_sizes(doc: dict[str, Any]) -> None:
    _row_at(doc, "e00a", None)["position_sizes"]["<50"] += 3


def _older_staff(doc: dict[str, Any]) -> None:
    _row_at(doc, "e12", "sykepleier")["age_bands"]["65+"] = 3
    _row_at(doc, "e12", "sykepleier")["persons"] += 3


def _effect_count(doc: dict[str, Any]) -> None:
    _action(doc, "t1")["effects"][0]["count"] = 5


def _effect_moved(doc: dict[str, Any]) -> None:
    _action(doc, "t2")["effects"][0]["unit"] = "e21"


def _action_moved(doc: dict[str, Any]) -> None:
    _action(doc, "t3")["unit"] = "e10"


def _cancelled(doc: dict[str, Any]) -> None:
    _action(doc, "t2")["status"] = "avlyst"


def _effect_at_the_top(doc: dict[str, Any]) -> None:
    doc["actions"].append(
        {
            "id": "t5",
            "title": "T5",
            "strategy": "rekruttere",
            "effects": [{"competence": "sykepleier", "count": 4, "year": 2027}],
        }
    )


def _newer_snapshot(doc: dict[str, Any]) -> None:
    row = _row_at(doc, "e21", "fagarbeider")
    doc["inventory"].append({**row, "date": "2026-01-01", "persons": row["persons"] + 1})


def _requirement_changed(doc: dict[str, Any]) -> None:
    next(r for r in doc["requirements"] if r["id"] == "antall")["minimum"] = 12


def _driver_changed(doc: dict[str, Any]) -> None:
    doc["drivers"][3]["values"][2027] += 30


def _competence_kind(doc: dict[str, Any]) -> None:
    # credits are held by staff; as a profession, t2's two with engelsk are new hires
    next(c for c in doc["competences"] if c["id"] == "engelsk-30sp")["kind"] = "profesjon"


def _unit_moved(doc: dict[str, Any]) -> None:
    next(u for u in doc["units"] if u["id"] == "e21")["parent"] = "s0"


EDITS = {
    f.__name__.lstrip("_"): f
    for f in (
        _persons,
        _fewer_teachers,
        _row_removed,
        _row_added_high,
        _row_at_root,
        _position_sizes,
        _older_staff,
        _effect_count,
        _effect_moved,
        _action_moved,
        _cancelled,
        _effect_at_the_top,
        _newer_snapshot,
        _requirement_changed,
        _driver_changed,
        _unit_moved,
    )
}


def whole(old: Plan, new: Plan) -> list[tuple[tuple[str, ...], float, float]]:
    """What the diff showed before it worked in part: both analyses in full, every row due
    with a known residual, compared key by key (a key on one side only is 0 on the other)."""

    def residuals(plan: Plan) -> dict[tuple[str, ...], float]:
        return {
            (r.requirement, r.unit, str(r.year)): r.residual
            for r in analyse(plan, sources=False).rows
            if r.due and r.residual is not None
        }

    a, b = residuals(old), residuals(new)
    return [
        (key, a.get(key, 0.0), b.get(key, 0.0))
        for key in sorted(a.keys() | b.keys())
        if abs(a.get(key, 0.0) - b.get(key, 0.0)) > 0.005
    ]


@pytest.fixture(scope="module")
def base() -> Plan:
    return Plan.model_validate(base_plan())


@pytest.mark.parametrize("name", list(EDITS))
def test_the_gaps_worked_out_in_part_equal_the_whole_analysis(name: str, base: Plan) -> None:
    doc = copy.deepcopy(base_plan())
    EDITS[name](doc)
    new = Plan.model_validate(doc)
    expected = whole(base, new)
    assert expected, "the edit moves some figure (else the test shows nothing)"
    got = [(f.key, f.old, f.new) for f in gap_changes(base, new)]
    assert got == expected
    back = [(f.key, f.old, f.new) for f in gap_changes(new, base)]
    assert back == whole(new, base)


@pytest.mark.parametrize(
    ("name", "units"),
    [
        # a row of e01 (under s0, under k): e01 and the units above it
        ("persons", {"e01", "s0", "k"}),
        ("row_removed", {"e22", "s2", "k"}),
        ("row_added_high", {"s1", "k"}),
        # e00a is below e00: four levels
        ("position_sizes", {"e00a", "e00", "s0", "k"}),
        # t2's first effect moves from e12 to e21: both, and the units above them
        ("effect_moved", {"e12", "s1", "e21", "s2", "k"}),
        # t3 (effect without a unit of its own) moves from e20 to e10
        ("action_moved", {"e20", "s2", "e10", "s1", "k"}),
        # both of t2's effects: e12 and (no unit of its own) t2's s1
        ("cancelled", {"e12", "s1", "k"}),
        # an action without a unit: its effect lands at the top unit
        ("effect_at_the_top", {"k"}),
        # a newer snapshot moves the years of the analysis, a requirement or driver or the
        # tree of units what any figure draws on: everything is worked out
        ("newer_snapshot", None),
        ("requirement_changed", None),
        ("driver_changed", None),
        ("unit_moved", None),
    ],
)
def test_the_units_a_revision_touches(name: str, units: set[str] | None, base: Plan) -> None:
    doc = copy.deepcopy(base_plan())
    EDITS[name](doc)
    assert touched_units(base, Plan.model_validate(doc)) == units


def test_nothing_the_gaps_draw_on_changed_is_no_gap_change(base: Plan) -> None:
    doc = copy.deepcopy(base_plan())
    doc["actions"][0]["title"] = "Ny tittel"
    # the same rows in another order (each unit's rows in theirs)
    doc["inventory"].sort(key=lambda r: r["unit"] != "e10")
    new = Plan.model_validate(doc)
    assert touched_units(base, new) == set()
    assert gap_changes(base, new) == []


def test_a_revision_of_the_competences_is_worked_out_in_full(base: Plan) -> None:
    """What a competence is decides whether an effect in it hires staff (the supply reads the
    kinds), so a changed catalogue is no change in a few units only."""
    doc = copy.deepcopy(base_plan())
    _competence_kind(doc)
    assert touched_units(base, Plan.model_validate(doc)) is None
