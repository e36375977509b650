"""Dates and periods (K501-K504): periods run forwards and lie within the plan; the past is past.

Dates are compared with `today` (the day `kplan validate` runs, or the day a test gives). The plan
period over 30 years (K505) is refused by the model itself (`plan.types.PlanPeriod`), before any
rule runs: the analysis would run for every year of it.

K501 error: a period that ends before it starts
    Why: every year-by-year figure would be empty, and the document would print the period
    backwards. FAIL::

        plan:
          period: {start: 2028, end: 2025}

    Fix: `period: {start: 2025, end: 2028}`.

K502 warning: a period or date outside the plan period
    Why: an action that runs entirely before or after the plan is not part of it; the gap analysis
    and the costs per year leave it out. FAIL (a plan for 2025-2028)::

        actions:
          - {id: tiltak-1, title: Kurs, strategy: utvikle, period: {start: 2030, end: 2031}}

    Fix: move the action into the period, or move it to the next plan.

K503 warning: a step past its deadline and not done
    Why: the progress plan says what should be finished by now. FAIL (validated after 2025-03-01)::

        steps:
          - {number: 1, deadline: 2025-03-01, status: pågår}

    Fix: `status: ferdig` when it is done, or a new deadline.

K504 warning: a date in the future where a past date belongs
    Why: a decision is dated when it was made, an inventory snapshot when it was taken; a future
    date is usually a typing error (2052 for 2025). FAIL::

        inventory:
          - {unit: sol, date: 2052-01-01, persons: 10, fte: 9}

    Fix: the date the figures were taken.
"""

from __future__ import annotations

from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import Finding
from kplan.plan.model import when_bounds
from kplan.text import t


@check
def periods(ctx: Context) -> Iterator[Finding]:
    """K501, K502, K504: periods run forwards, lie within the plan, and the past is past."""
    plan, info = ctx.plan, ctx.plan.plan
    if info is None:
        return
    p_start, _ = when_bounds(info.period.start)
    _, p_end = when_bounds(info.period.end)
    if p_end < p_start:
        yield ctx.find(("plan", "period", "end"), "K501", t("check.k501.plan_backwards"))
        return
    for i, action in enumerate(plan.actions):
        period = action.period
        if period is None or (period.start is None and period.end is None):
            continue
        # an open period («fra 2006», «til 2026») runs on from its one end
        a_start = when_bounds(period.start)[0] if period.start else p_start
        a_end = when_bounds(period.end)[1] if period.end else max(p_end, a_start)
        if period.start and period.end and a_end < a_start:
            yield ctx.find(
                ("actions", i, "period", "end"),
                "K501",
                t("check.k501.action_backwards"),
            )
        elif a_end < p_start or a_start > p_end:
            yield ctx.find(
                ("actions", i, "period"),
                "K502",
                t(
                    "check.k502.outside",
                    start=str(period.start or ""),
                    end=str(period.end or ""),
                    plan_start=str(info.period.start),
                    plan_end=str(info.period.end),
                ),
            )
    for i, d in enumerate(plan.decisions):
        if d.date and d.date > ctx.today:
            yield ctx.find(
                ("decisions", i, "date"), "K504", t("check.k504.decision", date=str(d.date))
            )
    for i, row in enumerate(plan.inventory):
        if row.date > ctx.today:
            yield ctx.find(
                ("inventory", i, "date"),
                "K504",
                t("check.k504.inventory", date=str(row.date)),
            )


@check
def step_deadlines(ctx: Context) -> Iterator[Finding]:
    """K503: a step past its deadline is done."""
    for i, step in enumerate(ctx.plan.steps):
        done = step.status == "ferdig" or step.done is not None
        if step.deadline and step.deadline < ctx.today and not done:
            yield ctx.find(
                ("steps", i, "deadline"),
                "K503",
                t(
                    "check.k503.late",
                    number=step.number,
                    deadline=str(step.deadline),
                    status=step.status,
                )
                if step.status
                else t(
                    "check.k503.late_no_status", number=step.number, deadline=str(step.deadline)
                ),
            )
