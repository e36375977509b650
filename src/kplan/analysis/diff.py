"""Diff: what changed in a plan between two versions, item by item and in the figures.

Every section of the plan is compared (`kplan.analysis.diff_walk` walks the model). Items are
matched by id within their kind, so a renamed id shows as one removed and one added. A changed
item lists each field that changed, old value and new. The figures compare the gap left
after actions per unit and year, and the net cost per budget year and strategy. A version that
could not be read in full still diffs as far as it was read, and the problems are listed.

The result is data (ids, fields, figures, counts); `kplan.present.diff` words and prints it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kplan.analysis.diff_figures import FigureChange, figure_changes
from kplan.analysis.diff_walk import Change, FieldChange, Kind, plan_changes
from kplan.diagnostics import Diagnostic
from kplan.plan.model import PartialPlan

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


def diff_plans(
    old: PartialPlan | None,
    new: PartialPlan | None,
    old_label: str | None,
    new_label: str | None,
    problems: tuple[Unread, ...] = (),
) -> PlanDiff:
    """Compare two versions of a plan; either may be partial (items with errors left out)."""
    figures = tuple(figure_changes(old, new))
    return PlanDiff(old_label, new_label, tuple(item_changes(old, new)), figures, problems)
