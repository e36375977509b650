"""The analysis results a plan document shows, computed in one place and handed in as data.

The view words and formats these; it computes nothing itself. The CLI (or a test) can build
`Results` once and render several documents from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplan.analysis.costs import CostRow, cost_summary
from kplan.analysis.follow_up import StatusReport, follow_up
from kplan.analysis.gap import GapReport, analyse
from kplan.analysis.staffing import StaffingReport, staffing_balance
from kplan.plan.model import Plan


@dataclass(frozen=True)
class Results:
    """The gap analysis, the costs per year, the yearly follow-up if one was asked for, and
    the staffing balance when the plan has staffing lines."""

    gaps: GapReport
    costs: tuple[CostRow, ...]
    follow_up: StatusReport | None = None
    staffing: StaffingReport | None = None


def collect(plan: Plan, follow_up_year: int | None = None) -> Results:
    """The results of a valid plan for its document, with the follow-up of `follow_up_year`."""
    return Results(
        analyse(plan, sources=False),  # the document shows no row's sources: a third quicker
        cost_summary(plan, ("year",)),
        follow_up(plan, follow_up_year) if follow_up_year is not None else None,
        staffing_balance(plan) if plan.staffing else None,
    )
