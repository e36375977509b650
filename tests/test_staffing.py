"""The staffing balance (bemanning) and the supply it stands on, against hand-computed answers.

Every expected figure is worked out by hand in the comment beside it, before the code was written.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.supply import Amount, Supply

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
