"""Costs: what the action plan costs per budget year, unit and strategy, net of grants.

This is the table that goes into the økonomiplan. An action's cost is its amount, times the
number of participants when the amount is per participant, or the number of occasions when it
is per occasion; grants (funding marked as a grant) are taken off. It falls in the cost's budget
year, else the year the action starts. A yearly cost falls in every year of the action's period
(an open or continuous period runs to the end of the plan), one every N years in every N-th,
and a spread cost is divided evenly over the period's years, with its grants.

A cost that is not an amount (innenfor tildelt ramme, interne kostnader, ikke beregnet, or a
per-participant cost without a count) is never counted as 0: the report lists those actions
by reason beside the total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kplan.plan.model import Action, Plan, when_bounds

GROUPS = ("year", "unit", "strategy", "kind")
"""What costs can be grouped by: `strategy` is the plan's own strategies (by id), `kind` the
KS strategy (mobilisere, utvikle, anskaffe, avvikle)."""

MISSING_COUNT = "uten antall"
"""The reason for a cost per participant (or occasion) whose count is not given."""
NOT_GIVEN = "ikke oppgitt"
"""The reason for an action the plan gives no cost for."""
NOT_CALCULATED = "ikke beregnet"
UNPRICED_ORDER = ("innenfor tildelt ramme", "interne kostnader", NOT_CALCULATED, MISSING_COUNT)


@dataclass(frozen=True)
class CostRow:
    year: int | None
    unit: str | None
    strategy: str | None
    gross: float
    grants: float
    net: float
    actions: int
    kind: str | None = None


@dataclass(frozen=True)
class ActionCost:
    action: str
    year: int | None
    unit: str | None
    strategy: str
    """The plan's strategies the action belongs to, ids joined by «+»; «–» when none."""
    gross: float
    grants: float
    kind: str = "–"
    """The KS strategy; «–» when neither the action nor its strategies say."""

    @property
    def net(self) -> float:
        return self.gross - self.grants


@dataclass(frozen=True)
class Unpriced:
    """Actions whose cost is not an amount, for one reason."""

    reason: str
    """«innenfor tildelt ramme», «interne kostnader», «ikke beregnet», «uten antall» (per
    participant or occasion, without the count) or «ikke oppgitt» (no cost given)."""
    actions: tuple[str, ...]


def unpriced_reason(action: Action) -> str | None:
    """Why the action's cost is not an amount; None when it is one (or the action is off)."""
    cost = action.cost
    if action.status == "avlyst":
        return None
    if cost is None:
        return NOT_GIVEN
    if cost.no_amount is not None:
        return cost.no_amount
    if cost.amount is None:
        return NOT_CALCULATED
    if (cost.per == "deltaker" and action.count is None) or (
        cost.per == "gang" and cost.occasions is None
    ):
        return MISSING_COUNT
    return None


def _kind(action: Action, kinds: Mapping[str, str | None]) -> str:
    kind: str | None = action.strategy
    if kind is None:
        # the action's own strategies say it when they agree
        found = {kinds.get(s) for s in action.strategies}
        kind = found.pop() if len(found) == 1 else None
    if kind is None:
        return "–"
    return "anskaffe" if kind == "rekruttere" else kind


def _years(action: Action, plan_years: tuple[int, int] | None) -> list[int | None]:
    """The budget years the cost falls in."""
    cost = action.cost
    assert cost is not None
    period = action.period
    start = when_bounds(period.start)[0].year if period and period.start else None
    end = when_bounds(period.end)[1].year if period and period.end else None
    recurs = cost.yearly or cost.every_years is not None or cost.spread
    if recurs and plan_years is not None and period is not None:
        # an open or continuous period runs over the plan's years
        start = start if start is not None else plan_years[0]
        end = end if end is not None else max(plan_years[1], start)
    if not recurs or start is None:
        return [cost.budget_year if cost.budget_year is not None else start]
    end = end if end is not None else start
    step = cost.every_years or 1
    return list(range(start, end + 1, step))


def action_costs(action: Action, plan_years: tuple[int, int] | None = None) -> list[ActionCost]:
    """The cost of one action, one entry per budget year it falls in (none without an amount).

    `plan_years` (first, last) bound a recurring cost of an open or continuous period; without
    them such a cost falls in its first year only."""
    return _action_costs(action, plan_years, {})


def _action_costs(
    action: Action, plan_years: tuple[int, int] | None, kinds: Mapping[str, str | None]
) -> list[ActionCost]:
    cost = action.cost
    if action.status == "avlyst" or cost is None or unpriced_reason(action) is not None:
        return []
    assert cost.amount is not None
    times = 1
    if cost.per == "deltaker":
        times = action.count or 0
    elif cost.per == "gang":
        times = cost.occasions or 0
    gross = cost.amount * times
    grants = sum(f.amount or 0.0 for f in cost.funding if f.grant)
    years = _years(action, plan_years)
    if cost.spread:
        gross, grants = gross / len(years), grants / len(years)
    grants = min(gross, grants)
    strategy = "+".join(action.strategies) or "–"
    kind = _kind(action, kinds)
    return [ActionCost(action.id, y, action.unit, strategy, gross, grants, kind) for y in years]


@dataclass(frozen=True)
class CostReport:
    """The cost summary and the keys it is grouped by, as `kplan cost` prints it."""

    rows: tuple[CostRow, ...]
    by: tuple[str, ...]
    unpriced: tuple[Unpriced, ...] = ()
    """Actions whose cost is not an amount, by reason: not in the figures, never 0."""
    strategy_names: tuple[tuple[str, str], ...] = ()
    """(id, text) of the plan's strategies, to name them in the table."""


def cost_report(plan: Plan, by: tuple[str, ...] = ("year",)) -> CostReport:
    """`cost_summary` with the keys it is grouped by and the actions without an amount."""
    return CostReport(
        cost_summary(plan, by),
        by,
        unpriced(plan),
        tuple((s.id, s.text) for s in plan.strategies),
    )


def unpriced(plan: Plan) -> tuple[Unpriced, ...]:
    """The actions whose cost is not an amount, grouped by reason in a fixed order."""
    found: dict[str, list[str]] = {}
    for action in plan.actions:
        reason = unpriced_reason(action)
        if reason is not None:
            found.setdefault(reason, []).append(action.id)
    order = [*UNPRICED_ORDER, NOT_GIVEN]
    return tuple(Unpriced(r, tuple(found[r])) for r in order if r in found)


def plan_years(plan: Plan) -> tuple[int, int]:
    """The plan period's first and last year."""
    period = plan.plan.period
    return when_bounds(period.start)[0].year, when_bounds(period.end)[1].year


def cost_summary(plan: Plan, by: tuple[str, ...] = ("year",)) -> tuple[CostRow, ...]:
    """Costs grouped by the given keys (year, unit, strategy, kind), sorted (none last), with
    no total row."""
    years = plan_years(plan)
    kinds = {s.id: s.kind for s in plan.strategies}
    groups: dict[tuple[object, ...], list[ActionCost]] = {}
    for action in plan.actions:
        for c in _action_costs(action, years, kinds):
            key = tuple(_none(getattr(c, g)) for g in by)
            groups.setdefault(key, []).append(c)
    # the plan's strategies in the plan's order, the rest sorted, none last
    rank = {s.id: f"{i:06d}" for i, s in enumerate(plan.strategies)}

    def order(key: tuple[object, ...]) -> tuple[tuple[bool, str], ...]:
        return tuple(
            _order(rank.get(str(k).split("+")[0], "~" + str(k)) if g == "strategy" and k else k)
            for g, k in zip(by, key, strict=True)
        )

    rows = []
    for key, items in sorted(groups.items(), key=lambda kv: order(kv[0])):
        values = dict(zip(by, key, strict=True))
        rows.append(
            CostRow(
                year=values.get("year"),  # type: ignore[arg-type]
                unit=values.get("unit"),  # type: ignore[arg-type]
                strategy=values.get("strategy"),  # type: ignore[arg-type]
                gross=sum(i.gross for i in items),
                grants=sum(i.grants for i in items),
                net=sum(i.net for i in items),
                actions=len({i.action for i in items}),
                kind=values.get("kind"),  # type: ignore[arg-type]
            )
        )
    return tuple(rows)


def _none(value: object) -> object:
    return None if value == "–" else value


def _order(value: object) -> tuple[bool, str]:
    return (value is None, str(value))
