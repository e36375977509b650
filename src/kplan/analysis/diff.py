"""Diff: what changed in a plan between two versions, item by item and in the figures.

Every section of the plan is compared (`kplan.analysis.diff_walk` walks the model). Items are
matched by id within their kind, so a renamed id shows as one removed and one added. A changed
item lists each field that changed, old value and new. The figures compare the gap left
after actions per unit and year, and the net cost per budget year and strategy. A version that
could not be read in full still diffs as far as it was read, and the problems are listed.

The result is data (ids, fields, figures, counts); `kplan.present.diff` words and prints it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal

from kplan.analysis.costs import action_costs
from kplan.analysis.diff_walk import Change, FieldChange, Kind, plan_changes
from kplan.analysis.gap import analyse
from kplan.diagnostics import Diagnostic
from kplan.plan.model import PartialPlan, Plan

__all__ = [
    "Change",
    "FieldChange",
    "FigureChange",
    "Kind",
    "PlanDiff",
    "Unread",
    "diff_plans",
    "item_changes",
]


@dataclass(frozen=True)
class FigureChange:
    measure: Literal["gap", "cost"]
    key: tuple[str, ...]
    """(unit, year) for gaps; (year, strategy) for costs."""
    old: float
    new: float


@dataclass(frozen=True)
class Unread:
    """A version that could be read only in part: it diffs as far as it was read."""

    label: str | None
    """The version's label (`v1 (0123abcd4567)`); None for the working tree."""
    errors: int
    """Errors that kept items from being read (the items with errors are left out)."""
    first: Diagnostic | None
    """The first of them, located; None when there are none."""
    unreadable: bool = False
    """The plan could not be read at all (kplan.yaml missing or broken)."""


@dataclass(frozen=True)
class PlanDiff:
    old_label: str | None
    """The old version's label; None for the working tree."""
    new_label: str | None
    changes: tuple[Change, ...]
    figures: tuple[FigureChange, ...]
    problems: tuple[Unread, ...]
    """The versions that were read only in part, old first."""

    def counts(self) -> dict[str, int]:
        """Changed items per kind: added, removed, changed."""
        out = {"added": 0, "removed": 0, "changed": 0}
        for c in self.changes:
            out[c.kind] += 1
        return out

    def counts_by_section(self) -> tuple[tuple[Kind, str, int], ...]:
        """(kind, section, items) for each kind and section with changes: added, removed, then
        changed, each in the document's order of sections; what `kplan log` sums up a version
        with."""
        by: dict[tuple[Kind, str], int] = defaultdict(int)
        for c in self.changes:
            by[(c.kind, c.section)] += 1
        kinds: tuple[Kind, ...] = ("added", "removed", "changed")
        return tuple((k, s, n) for kind in kinds for (k, s), n in by.items() if k == kind)


def item_changes(old: PartialPlan | None, new: PartialPlan | None) -> list[Change]:
    """The items and sections added, removed and changed between two versions."""
    return plan_changes(old, new)


def _gaps(plan: PartialPlan | None) -> dict[tuple[str, ...], float] | None:
    if not isinstance(plan, Plan):  # no period without the plan's head: no gap analysis
        return None
    # per requirement: residuals in persons and in årsverk, or a shortfall and an excess over
    # a ceiling, do not add up; an unknown residual is no figure at all, not 0
    return {
        (r.requirement, r.unit, str(r.year)): r.residual
        for r in analyse(plan, sources=False).rows
        if r.due and r.residual is not None
    }


def _gap_inputs(plan: PartialPlan | None) -> tuple[Any, ...] | None:
    """Everything the gap analysis reads: equal inputs give equal figures."""
    if plan is None:
        return None
    return (
        plan.plan and plan.plan.period,
        plan.analysis,
        plan.units,
        plan.requirements,
        plan.inventory,
        plan.drivers,
        plan.staffing,
        [(a.id, a.unit, a.status, a.effects) for a in plan.actions],
    )


def _costs(plan: PartialPlan | None) -> dict[tuple[str, ...], float] | None:
    """Net cost per (budget year, KS strategy), summed as `kplan cost --by year --by kind`
    sums it (every action has a kind, not every plan its own strategies); a version read in
    part counts the actions it has."""
    if plan is None:
        return None
    totals: dict[tuple[str, ...], float] = defaultdict(float)
    for action in plan.actions:
        for c in action_costs(action):
            totals[(str(c.year) if c.year is not None else "–", c.kind)] += c.net
    return dict(totals)


def _compare(
    measure: Literal["gap", "cost"],
    a: dict[tuple[str, ...], float] | None,
    b: dict[tuple[str, ...], float] | None,
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


def diff_plans(
    old: PartialPlan | None,
    new: PartialPlan | None,
    old_label: str | None,
    new_label: str | None,
    problems: tuple[Unread, ...] = (),
) -> PlanDiff:
    """Compare two versions of a plan; either may be partial (items with errors left out)."""
    figures = []
    # the analysis is the costly part, and it can only change when what feeds it changes
    if _gap_inputs(old) != _gap_inputs(new):
        figures += _compare("gap", _gaps(old), _gaps(new))
    figures += _compare("cost", _costs(old), _costs(new))
    return PlanDiff(old_label, new_label, tuple(item_changes(old, new)), tuple(figures), problems)
