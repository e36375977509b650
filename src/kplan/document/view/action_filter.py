"""What the HTML action table can be filtered by in the browser: unit, strategy, status and
year, the choices of each, and each action's values.

The view decides every value and word; the template prints them as escaped attributes and
options, and kplan's own script only compares tokens (values are ids, statuses and years:
no spaces, so a space separates them). An action matches a year its period touches, inside
the plan period: 2025–2027 matches 2026, «fra 2006» every plan year from the first, a
continuous action without dates every year, and an action without dates none (not knowing
when it runs is not running every year).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kplan.analysis.follow_up import STATUSES, is_late_on
from kplan.document.view.model import Block, Context
from kplan.plan.model import Action, when_bounds

LATE = "late"
"""The status token of an action that is late (besides its own status)."""


@dataclass(frozen=True)
class Choice:
    """One option of a filter: the token rows carry, and its words."""

    value: str
    label: str


@dataclass(frozen=True)
class Facet:
    """One filter (a labelled select): `key` names the rows' `data-` attribute."""

    key: str
    label: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class ActionFilter:
    """The filter above the action tables, with the words the script shows."""

    legend: str
    all: str
    reset: str
    shown: str
    """«{shown} av {total} tiltak vises»: the script fills in the two counts."""
    facets: tuple[Facet, ...]


@dataclass(frozen=True)
class FilteredTable(Block):
    """An action table whose rows carry the values the filter compares; the first of the
    tables also carries the filter."""

    row_data: tuple[tuple[tuple[str, str], ...], ...] = ()
    """Per row: (key, space-separated tokens) for each facet."""
    late: tuple[bool, ...] = ()
    """Per row: the action is late."""
    filter: ActionFilter | None = None


def late(c: Context, a: Action) -> bool:
    """Whether the action is late as of the document's date (never without a date)."""
    return c.as_of is not None and is_late_on(a, c.as_of)


def _plan_years(c: Context) -> list[int]:
    period = c.plan.plan.period
    return list(range(when_bounds(period.start)[0].year, when_bounds(period.end)[1].year + 1))


def _years(a: Action, years: list[int]) -> list[int]:
    p = a.period
    if p is None or (p.start is None and p.end is None and not p.continuous):
        return []
    first = when_bounds(p.start)[0].year if p.start else years[0]
    last = when_bounds(p.end)[1].year if p.end else years[-1]
    return [y for y in years if first <= y <= last]


def _strategy_kind(c: Context) -> str:
    """«strategies» when the plan's actions use its own strategies, else «strategy» (KS's
    four), else nothing."""
    if any(a.strategies for a in c.plan.actions):
        return "strategies"
    return "strategy" if any(a.strategy for a in c.plan.actions) else ""


def _statuses(c: Context, a: Action) -> list[str]:
    own = [a.status] if "status" in a.model_fields_set else []
    return own + ([LATE] if late(c, a) else [])


def _row(c: Context, a: Action, kind: str, years: list[int]) -> tuple[tuple[str, str], ...]:
    """The tokens of one action for each facet."""
    strategies = a.strategies if kind == "strategies" else ([a.strategy] if a.strategy else [])
    return (
        ("unit", a.unit or ""),
        ("strategy", " ".join(strategies)),
        ("status", " ".join(_statuses(c, a))),
        ("year", " ".join(map(str, _years(a, years)))),
    )


def rows_data(c: Context) -> list[tuple[tuple[str, str], ...]]:
    """The tokens of every action of the plan, in the plan's order: the strategy kind and the
    plan years are the plan's, so they are found once, not per action."""
    kind, years = _strategy_kind(c), _plan_years(c)
    return [_row(c, a, kind, years) for a in c.plan.actions]


def action_filter(c: Context, rows: list[tuple[tuple[str, str], ...]]) -> ActionFilter | None:
    """The filter of the plan's action tables: a facet for each of unit, strategy, status and
    year where some choice would hide an action; None when none would (nothing to choose).
    `rows` are `rows_data(c)`."""
    t, actions = c.t, c.plan.actions
    used_units = {a.unit for a in actions if a.unit}
    units = [u.id for u in c.plan.units if u.id in used_units]
    units += sorted(used_units - set(units))
    kind = _strategy_kind(c)
    if kind == "strategies":
        used = {s for a in actions for s in a.strategies}
        strategies = [Choice(s.id, s.text) for s in c.plan.strategies if s.id in used]
    else:
        kinds = {a.strategy for a in actions if a.strategy}
        strategies = [Choice(k, t.value(k)) for k in sorted(kinds)]
    statuses = {s for r in rows for s in dict(r)["status"].split()}
    facets = [
        Facet("unit", t["filter.unit"], tuple(Choice(u, c.unit(u)) for u in units)),
        Facet("strategy", t["filter.strategy"], tuple(strategies)),
        Facet(
            "status",
            t["filter.status"],
            tuple(Choice(s, t.value(s)) for s in STATUSES if s in statuses)
            + ((Choice(LATE, t["filter.late"]),) if LATE in statuses else ()),
        ),
        Facet(
            "year",
            t["filter.year"],
            tuple(Choice(str(y), str(y)) for y in _plan_years(c)),
        ),
    ]
    # a facet is worth a select when some choice would hide a row: a token fewer rows carry
    # than there are rows (counted once per row, as the script compares)
    carried: dict[str, Counter[str]] = {f.key: Counter() for f in facets}
    for r in rows:
        for key, tokens in r:
            carried[key].update(set(tokens.split()))
    shown = tuple(
        f for f in facets if any(carried[f.key][ch.value] < len(rows) for ch in f.choices)
    )
    if not shown:
        return None
    return ActionFilter(
        legend=t["filter.legend"],
        all=t["filter.all"],
        reset=t["filter.reset"],
        shown=t["filter.shown"],
        facets=shown,
    )
