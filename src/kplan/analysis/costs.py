"""Costs: what the action plan costs per budget year, unit and strategy, net of grants.

This is the table that goes into the økonomiplan. An action's cost is its amount, times the
number of participants when the amount is per participant; grants (funding marked as a grant)
are taken off. It falls in the cost's budget year, else the year the action starts; a yearly
cost falls in every year of the action's period, with its grants.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplan.plan.model import Action, Plan, when_bounds

GROUPS = ("year", "unit", "strategy")


@dataclass(frozen=True)
class CostRow:
    year: int | None
    unit: str | None
    strategy: str | None
    gross: float
    grants: float
    net: float
    actions: int


@dataclass(frozen=True)
class ActionCost:
    action: str
    year: int | None
    unit: str | None
    strategy: str
    gross: float
    grants: float

    @property
    def net(self) -> float:
        return self.gross - self.grants


def action_costs(action: Action) -> list[ActionCost]:
    """The cost of one action, one entry per budget year it falls in (none without an amount)."""
    cost = action.cost
    if cost is None or cost.amount is None or action.status == "avlyst":
        return []
    gross = cost.amount * (action.count or 1 if cost.per == "deltaker" else 1)
    grants = min(gross, sum(f.amount or 0.0 for f in cost.funding if f.grant))
    strategy = "anskaffe" if action.strategy == "rekruttere" else action.strategy
    years: list[int | None] = [cost.budget_year]
    if action.period is not None:
        start = when_bounds(action.period.start)[0].year
        end = when_bounds(action.period.end)[1].year
        if cost.yearly:
            years = list(range(start, end + 1))
        elif cost.budget_year is None:
            years = [start]
    return [ActionCost(action.id, y, action.unit, strategy, gross, grants) for y in years]


@dataclass(frozen=True)
class CostReport:
    """The cost summary and the keys it is grouped by, as `kplan cost` prints it."""

    rows: tuple[CostRow, ...]
    by: tuple[str, ...]


def cost_report(plan: Plan, by: tuple[str, ...] = ("year",)) -> CostReport:
    """`cost_summary` with the keys it is grouped by."""
    return CostReport(cost_summary(plan, by), by)


def cost_summary(plan: Plan, by: tuple[str, ...] = ("year",)) -> tuple[CostRow, ...]:
    """Costs grouped by the given keys (year, unit, strategy), sorted, with no total row."""
    groups: dict[tuple[object, ...], list[ActionCost]] = {}
    for action in plan.actions:
        for c in action_costs(action):
            key = tuple(getattr(c, g) for g in by)
            groups.setdefault(key, []).append(c)
    rows = []
    for key, items in sorted(groups.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        values = dict(zip(by, key, strict=True))
        rows.append(
            CostRow(
                year=values.get("year"),  # type: ignore[arg-type]
                unit=values.get("unit"),  # type: ignore[arg-type]
                strategy=values.get("strategy"),  # type: ignore[arg-type]
                gross=sum(i.gross for i in items),
                grants=sum(i.grants for i in items),
                net=sum(i.net for i in items),
                actions=len(items),
            )
        )
    return tuple(rows)
