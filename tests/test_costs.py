"""Costs as plans write them: recurring, per occasion, per participant, spread over years, and
costs that are not amounts. Every figure below is worked out by hand in its comment."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.costs import action_costs, cost_report, cost_summary


def _action(**fields: Any) -> dict[str, Any]:
    return {"id": "a", "title": "Tiltak", "strategy": "utvikle", **fields}


def _years(plan: Any) -> list[tuple[int | None, float, float, float]]:
    return [(r.year, r.gross, r.grants, r.net) for r in cost_summary(plan, ("year",))]


def test_stipend_per_participant_every_year_of_the_period() -> None:
    # 6 students × 40 000 kr = 240 000 kr in each of 2025, 2026, 2027 (the plan's period)
    plan = make_plan(
        actions=[
            _action(
                period={"start": 2025, "end": 2027},
                count=6,
                cost={"amount": 40000, "per": "deltaker", "yearly": True},
            )
        ]
    )
    assert _years(plan) == [(y, 240000, 0, 240000) for y in (2025, 2026, 2027)]


def test_every_second_year_falls_in_the_first_and_third_year() -> None:
    # every_years 2 over 2025-2027: 2025 and 2027, 10 000 kr each; 2026 has none
    plan = make_plan(
        actions=[
            _action(period={"start": 2025, "end": 2027}, cost={"amount": 10000, "every_years": 2})
        ]
    )
    assert _years(plan) == [(2025, 10000, 0, 10000), (2027, 10000, 0, 10000)]


def test_per_occasion_times_the_occasions() -> None:
    # 4 samlinger × 5 000 kr = 20 000 kr in the budget year
    plan = make_plan(
        actions=[_action(cost={"amount": 5000, "per": "gang", "occasions": 4, "budget_year": 2026})]
    )
    assert _years(plan) == [(2026, 20000, 0, 20000)]


def test_per_occasion_yearly() -> None:
    # 2 times a year × 5 000 kr = 10 000 kr in 2025 and in 2026
    plan = make_plan(
        actions=[
            _action(
                period={"start": 2025, "end": 2026},
                cost={"amount": 5000, "per": "gang", "occasions": 2, "yearly": True},
            )
        ]
    )
    assert _years(plan) == [(2025, 10000, 0, 10000), (2026, 10000, 0, 10000)]


def test_spread_over_the_period_with_its_grant() -> None:
    # 90 000 kr over 2025-2027 = 30 000 kr a year; the grant of 30 000 kr = 10 000 kr a year;
    # net 20 000 kr a year, 60 000 kr in all (= 90 000 - 30 000)
    plan = make_plan(
        actions=[
            _action(
                period={"start": 2025, "end": 2027},
                cost={
                    "amount": 90000,
                    "spread": True,
                    "funding": [{"source": "Statsforvalteren", "amount": 30000}],
                },
            )
        ]
    )
    assert _years(plan) == [(y, 30000, 10000, 20000) for y in (2025, 2026, 2027)]


def test_open_ended_yearly_cost_runs_to_the_end_of_the_plan() -> None:
    # «fra 2026», 1 000 kr a year, plan period 2025-2027: 2026 and 2027
    plan = make_plan(
        actions=[_action(period={"start": 2026}, cost={"amount": 1000, "yearly": True})]
    )
    assert _years(plan) == [(2026, 1000, 0, 1000), (2027, 1000, 0, 1000)]


def test_continuous_yearly_cost_runs_over_the_plan_period() -> None:
    # «kontinuerlig», no dates, 500 kr a year over the plan's 2025-2027: 1 500 kr in all
    plan = make_plan(actions=[_action(period="kontinuerlig", cost={"amount": 500, "yearly": True})])
    assert _years(plan) == [(y, 500, 0, 500) for y in (2025, 2026, 2027)]


def test_per_participant_without_a_count_is_unknown_not_one() -> None:
    # no count: the cost is not 39 000 kr (one participant); it is listed as without a count
    plan = make_plan(actions=[_action(cost={"amount": 39000, "per": "deltaker"})])
    assert action_costs(plan.actions[0]) == []
    report = cost_report(plan)
    assert report.rows == ()
    assert [(u.reason, u.actions) for u in report.unpriced] == [("uten antall", ("a",))]


def test_costs_that_are_not_amounts_are_listed_by_reason() -> None:
    plan = make_plan(
        actions=[
            _action(id="r1", cost={"no_amount": "innenfor tildelt ramme"}),
            _action(id="r2", cost={"no_amount": "innenfor tildelt ramme"}),
            _action(id="i", cost={"no_amount": "interne kostnader"}),
            _action(id="k", cost={"note": "kursavgift"}),
            _action(id="n"),
            _action(id="x", status="avlyst"),
            _action(id="p", cost={"amount": 100, "budget_year": 2025}),
        ]
    )
    report = cost_report(plan)
    assert [(r.year, r.net) for r in report.rows] == [(2025, 100)]
    # a cancelled action costs nothing and is not unknown; the others each appear once
    assert [(u.reason, u.actions) for u in report.unpriced] == [
        ("innenfor tildelt ramme", ("r1", "r2")),
        ("interne kostnader", ("i",)),
        ("ikke beregnet", ("k",)),
        ("ikke oppgitt", ("n",)),
    ]


STRATEGIES = [
    {"id": "s-leder", "text": "Lederutvikling", "kind": "utvikle"},
    {"id": "s-rekr", "text": "Rekruttering", "kind": "rekruttere"},
]


def test_by_strategy_groups_by_the_plans_own_strategies() -> None:
    # a: 100 (s-leder); b: 200 (s-leder); c: 400 (s-leder and s-rekr, counted once, under both);
    # d: 800 (none). s-leder = 300; s-leder+s-rekr = 400; none = 800; total 1 500 = 100+200+400+800
    plan = make_plan(
        strategies=STRATEGIES,
        actions=[
            _action(id="a", strategies=["s-leder"], cost={"amount": 100, "budget_year": 2025}),
            _action(id="b", strategies=["s-leder"], cost={"amount": 200, "budget_year": 2025}),
            _action(
                id="c", strategies=["s-leder", "s-rekr"], cost={"amount": 400, "budget_year": 2025}
            ),
            _action(id="d", cost={"amount": 800, "budget_year": 2025}),
        ],
    )
    rows = cost_summary(plan, ("strategy",))
    assert [(r.strategy, r.net) for r in rows] == [
        ("s-leder", 300),
        ("s-leder+s-rekr", 400),
        (None, 800),
    ]
    assert sum(r.net for r in rows) == 1500


def test_by_kind_keeps_the_ks_strategy_and_takes_it_from_the_plans_strategy() -> None:
    # a says utvikle; b says nothing but its strategy s-rekr is rekruttere (= anskaffe);
    # c says nothing and has no strategy: unknown
    plan = make_plan(
        strategies=STRATEGIES,
        actions=[
            {
                "id": "a",
                "title": "A",
                "strategy": "utvikle",
                "cost": {"amount": 1, "budget_year": 2025},
            },
            {
                "id": "b",
                "title": "B",
                "strategies": ["s-rekr"],
                "cost": {"amount": 2, "budget_year": 2025},
            },
            {"id": "c", "title": "C", "cost": {"amount": 4, "budget_year": 2025}},
        ],
    )
    rows = cost_summary(plan, ("kind",))
    assert [(r.kind, r.net) for r in rows] == [("anskaffe", 2), ("utvikle", 1), (None, 4)]


def test_one_recurrence_only() -> None:
    with pytest.raises(ValueError, match="only one of"):
        make_plan(actions=[_action(cost={"amount": 1, "yearly": True, "every_years": 2})])
    with pytest.raises(ValueError, match="either an amount"):
        make_plan(actions=[_action(cost={"amount": 1, "no_amount": "ikke beregnet"})])


def test_reports_name_the_plans_strategies_and_list_what_is_not_in_the_total() -> None:
    import json

    from kplan.present.cost import REPORTERS
    from kplan.present.formats import Format, Lang, Style

    plan = make_plan(
        strategies=STRATEGIES,
        actions=[
            _action(id="a", strategies=["s-leder"], cost={"amount": 100, "budget_year": 2025}),
            _action(id="b", cost={"no_amount": "innenfor tildelt ramme"}),
            _action(id="c", cost={"no_amount": "innenfor tildelt ramme"}),
            _action(id="d"),
        ],
    )
    report = cost_report(plan, ("strategy",))
    md = REPORTERS[Format.md](report, Style())
    assert "| Lederutvikling | 100 kr |" in md
    # the total is 100 kr; b and c (2) and d (1) are said to be outside it, never 0 kr
    assert "Sum netto: 100 kr" in md
    assert "2 tiltak uten beregnet kostnad (innenfor tildelt ramme): b, c" in md
    assert "1 tiltak uten beregnet kostnad (ingen kostnad oppgitt): d" in md
    en = REPORTERS[Format.table](report, Style(Lang.en))
    assert "2 actions without a calculated cost (within the allocated budget): b, c" in en
    data = json.loads(REPORTERS[Format.json](report, Style()))
    assert data["unpriced"] == [
        {"reason": "innenfor tildelt ramme", "actions": ["b", "c"]},
        {"reason": "ikke oppgitt", "actions": ["d"]},
    ]
    assert data["rows"][0]["strategy"] == "s-leder" and data["total"]["net"] == 100
    kind = REPORTERS[Format.md](cost_report(plan, ("kind",)), Style())
    assert "| KS-strategi |" in kind and "| utvikle | 100 kr |" in kind
