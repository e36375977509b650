"""The figures `kplan diff` compares: the gap left after actions per requirement, unit and year,
and the net cost per budget year and KS strategy.

The gap analysis is the costly part of a diff, so it runs only when something it reads changed,
and then only for the units a revision can have moved. A unit's figures draw on the inventory
and the actions' effects in it and in the units below it (`kplan.analysis.supply`); everything
else they read (the period, the settings, the units, the competences, the requirements, the
drivers and the staffing lines) is the same for every unit. A revision that changes only inventory rows and
effects therefore moves only the figures of the units those rows and effects are in and of the
units above them: both versions are analysed for those units alone, and every other figure is
the same on both sides. Any other change, or one that moves the years of the analysis, is
analysed in full.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from kplan.analysis.costs import action_costs
from kplan.analysis.gap import GapAnalysis, demand_of
from kplan.analysis.staffing import staff_demand
from kplan.analysis.supply import Supply
from kplan.plan.model import Action, InventoryRow, PartialPlan, Plan

Figures = dict[tuple[str, ...], float]


@dataclass(frozen=True)
class FigureChange:
    measure: Literal["gap", "cost"]
    key: tuple[str, ...]
    """(requirement, unit, year) for gaps; (year, strategy) for costs."""
    old: float
    new: float


def figure_changes(old: PartialPlan | None, new: PartialPlan | None) -> list[FigureChange]:
    """The gaps, then the costs, that differ between two versions."""
    return gap_changes(old, new) + _compare("cost", _costs(old), _costs(new))


# --- gaps ------------------------------------------------------------------------------------


def gap_changes(old: PartialPlan | None, new: PartialPlan | None) -> list[FigureChange]:
    """The residual gaps that differ, by (requirement, unit, year): an unknown residual is no
    figure at all, not 0, and residuals in persons and in årsverk, or a shortfall and an excess
    over a ceiling, do not add up, so each requirement is compared on its own."""
    if not isinstance(old, Plan) or not isinstance(new, Plan):
        return []  # no period without the plan's head: no gap analysis
    units = touched_units(old, new)
    if units is not None and not units:
        return []
    a, b = _Side(old), _Side(new)
    if a.years(units) != b.years(units):  # a check on the rule `touched_units` follows
        units = None
    return _compare("gap", a.residuals(units), b.residuals(units))


def _settings(plan: Plan) -> tuple[Any, ...]:
    """What every unit's figures read alike."""
    return (
        plan.plan.period,
        plan.analysis,
        plan.units,
        plan.competences,  # a competence's kind decides whether an effect in it hires
        plan.requirements,
        plan.drivers,
        plan.staffing,
    )


def touched_units(old: Plan, new: Plan) -> set[str] | None:
    """The units whose figures a revision can have moved: those with inventory rows or effects
    that differ, and the units above them. None: every unit (something all figures read
    changed, or the tree of units is not one to walk up)."""
    if _settings(old) != _settings(new) or _newest(old) != _newest(new):
        return None
    parent: dict[str, str | None] = {}
    for u in new.units:
        if parent.setdefault(u.id, u.parent) != u.parent:
            return None  # one id under two parents: «the units above» is no single chain
    here: set[str] = set()
    rows_old, rows_new = _by_unit(old.inventory), _by_unit(new.inventory)
    here.update(u for u in rows_old.keys() | rows_new.keys() if rows_old.get(u) != rows_new.get(u))
    root = next((u.id for u in new.units if not u.parent), None)
    acts_old, acts_new = _actions(old.actions), _actions(new.actions)
    for key in acts_old.keys() | acts_new.keys():
        was, now = acts_old.get(key, []), acts_new.get(key, [])
        if was != now:
            here.update(_targets(was, root))
            here.update(_targets(now, root))
    above: set[str] = set()
    for unit in here:
        current: str | None = unit
        while current is not None and current not in above:  # a parent loop ends the walk
            above.add(current)
            current = parent.get(current)
    return above


def _newest(plan: Plan) -> Any:
    """The newest snapshot date: the years of the analysis start from it."""
    return max((r.date for r in plan.inventory), default=None)


def _by_unit(rows: Iterable[InventoryRow]) -> dict[str, list[InventoryRow]]:
    """Rows per unit, in the plan's order: which of two rows for the same competence, role and
    date is the snapshot depends on that order, never on the rows of other units."""
    out: dict[str, list[InventoryRow]] = defaultdict(list)
    for r in rows:
        out[r.unit].append(r)
    return out


def _actions(actions: Iterable[Action]) -> dict[str, list[tuple[Any, ...]]]:
    """What the supply reads of each action, per id."""
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for a in actions:
        out[a.id].append((a.unit, a.status, a.effects))
    return out


def _targets(versions: list[tuple[Any, ...]], root: str | None) -> set[str]:
    """The units an action's effects land in: the effect's unit, else the action's, else the
    top unit (as the supply places them)."""
    found = set()
    for unit, _, effects in versions:
        for e in effects:
            target = e.unit or unit or root
            if target is not None:
                found.add(target)
    return found


class _Side:
    """One version's analysis, worked out for some units or all: the supply once, for the
    whole plan; the staffing demand of the lines of those units (a unit's figures ask only for
    the lines of that very unit), with every requirement there to be a line's norm."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.supply = Supply(plan)
        self._analyses: dict[bool, GapAnalysis] = {}

    def _analysis(self, units: set[str] | None) -> GapAnalysis:
        known = self._analyses.get(units is None)
        if known is not None:
            return known
        plan = self.plan
        if units is None:
            demand = demand_of(plan, self.supply)
        else:
            lines = [line for line in plan.staffing if line.unit in units]
            # no line there is no demand (not «work it out from every line»)
            demand = staff_demand(plan.model_copy(update={"staffing": lines}), supply=self.supply)
            narrowed = [
                r.model_copy(update={"units": [u for u in r.units if u in units]})
                for r in plan.requirements
                if any(u in units for u in r.units)
            ]
            plan = plan.model_copy(update={"requirements": narrowed})
        known = GapAnalysis(plan, sources=False, demand=demand, supply=self.supply)
        self._analyses[units is None] = known
        return known

    def years(self, units: set[str] | None) -> tuple[int, ...]:
        return self._analysis(units).years

    def residuals(self, units: set[str] | None) -> Figures:
        return {
            (r.requirement, r.unit, str(r.year)): r.residual
            for r in self._analysis(units).rows()
            if r.due and r.residual is not None
        }


# --- costs -----------------------------------------------------------------------------------


def _costs(plan: PartialPlan | None) -> Figures | None:
    """Net cost per (budget year, KS strategy), summed as `kplan cost --by year --by kind`
    sums it (every action has a kind, not every plan its own strategies); a version read in
    part counts the actions it has."""
    if plan is None:
        return None
    totals: Figures = defaultdict(float)
    for action in plan.actions:
        for c in action_costs(action):
            totals[(str(c.year) if c.year is not None else "–", c.kind)] += c.net
    return dict(totals)


def _compare(
    measure: Literal["gap", "cost"], a: Figures | None, b: Figures | None
) -> list[FigureChange]:
    if a is None or b is None:
        return []
    return [
        FigureChange(measure, key, a.get(key, 0.0), b.get(key, 0.0))
        for key in sorted(a.keys() | b.keys())
        if _differ(a.get(key, 0.0), b.get(key, 0.0))
    ]


def _differ(x: float, y: float) -> bool:
    if math.isfinite(x) and math.isfinite(y):
        return abs(x - y) > 0.005
    return str(x) != str(y)  # an overflowed sum is «inf» on both sides, or it changed
