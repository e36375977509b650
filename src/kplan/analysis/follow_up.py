"""Status: the yearly follow-up of the action plan (KS steg 7), for the årsrapport.

For one year, each action gets a row: its status, whether it is late, what was planned to be
spent in the year (net of grants, as `kplan cost` counts it) against what was spent (`cost.spent`),
and how far its evaluation has come. The summary counts actions per status, late actions, the
year's money, and the evaluation coverage. What is planned and what is achieved are kept apart:
"evaluated at level 2 (læring) or higher" counts only evaluations with a recorded result at that
level; the actions whose plan holds such an evaluation are their own figure. Cancelled actions
(avlyst) are left out of the coverage, since nobody evaluates what never ran.

Spending nobody has reported is unknown, not zero: the difference between planned and spent is
taken over the actions that report spending in the year, and the planned amount of those that
do not is its own figure.

The progress plan's KS steps are followed up too: a step is late in a year when its deadline (a
year, a month or a day) is over by the end of that year and it was not done by then.

An action is late when it should have been finished by the end of the year and is not
(planlagt, pågår or utsatt with a period that ends in or before the year), or when it is still
planlagt although its period started before the year.

These are figures, dates and statuses only; `kplan.present.follow_up` words and prints them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kplan.analysis.costs import action_costs, plan_years, unpriced_reason
from kplan.plan.actions import ACTION_STATUSES
from kplan.plan.model import Action, Plan, Step, when_bounds

STATUSES = ACTION_STATUSES
OPEN = frozenset({"planlagt", "pågår", "utsatt"})
"""Statuses of an action that is not finished: these can be late."""


@dataclass(frozen=True)
class StatusRow:
    """One action in the follow-up of one year. Amounts are NOK."""

    id: str
    title: str
    unit: str | None
    status: str
    """planlagt, pågår, gjennomført, utsatt or avlyst, as the plan records it."""
    start: str | None
    """The period's start as the plan gives it (2024, 2024-06 or 2024-06-01); None without one."""
    end: str | None
    """The period's end, likewise."""
    late: bool
    """Not finished although the period ended in or before the year, or still planlagt although
    the period started before the year."""
    planned: float | None
    """Net cost (after grants) that falls in the year; None when the action's cost is not an
    amount (`unpriced` says why): unknown, never 0 kr."""
    spent: float | None
    """Spent in the year (`cost.spent`); None when nothing is recorded for the year."""
    total_planned: float | None
    """Net cost over the whole action, all budget years (and none) together; None as
    `planned`."""
    total_spent: float
    """Spent over all recorded years."""
    best_level: int | None
    """The highest Kirkpatrick level (1-4) among the action's evaluations, planned or done;
    None without any."""
    has_result: bool
    """At least one evaluation has a recorded result."""
    result_level: int | None = None
    """The highest Kirkpatrick level among the evaluations with a recorded result; None when
    no evaluation with a level has a result."""
    unpriced: str | None = None
    """Why the action's cost is not an amount (`analysis.costs.unpriced_reason`); None when
    it is one, or the action is avlyst."""


@dataclass(frozen=True)
class LateStep:
    """A KS step of the progress plan that is behind at the end of the year."""

    number: int
    name: str | None
    deadline: str
    """As the plan gives it: 2025, 2025-03 or 2025-03-01."""
    status: str | None
    """ikke startet, pågår or ferdig (done after the year); None when the plan does not say."""


@dataclass(frozen=True)
class StatusReport:
    """The follow-up of one year: a row per action, in plan order, and the summary figures."""

    year: int
    rows: tuple[StatusRow, ...]
    by_status: dict[str, int]
    """Actions per status, every status present (zero when none has it), in STATUSES order."""
    late: int
    """Actions that are late."""
    planned: float
    """Net cost planned in the year, over the actions whose cost is an amount."""
    spent: float
    """Spent in the year, over the actions that report it (a cancelled action may still have
    spent some)."""
    evaluable: int
    """Actions that are not avlyst: the base of the evaluation shares."""
    evaluated: int
    """Of those, actions with a recorded result of an evaluation at Kirkpatrick level 2 or
    higher: achieved, not planned."""
    with_result: int
    """Of those, actions with at least one recorded result."""
    planned_level2: int = 0
    """Of those, actions whose plan holds an evaluation at level 2 or higher, done or not."""
    reported: int = 0
    """Actions that report spending in the year."""
    planned_reported: float = 0.0
    """Net cost planned in the year for the actions that report spending and whose cost is an
    amount (the ones `difference` compares)."""
    spent_compared: float = 0.0
    """Spent in the year by those same actions."""
    compared: int = 0
    """How many actions those are."""
    unreported: int = 0
    """Actions with a cost planned in the year and no spending reported for it."""
    unreported_planned: float = 0.0
    """Net cost planned in the year for those."""
    unpriced: int = 0
    """Actions (not avlyst) whose cost is not an amount: left out of `planned`, not taken as 0."""
    steps: int = 0
    """Steps in the progress plan."""
    late_steps: tuple[LateStep, ...] = ()
    """The steps behind at the end of the year, in step order."""

    @property
    def difference(self) -> float | None:
        """Spent minus planned in the year over the actions that report spending and have a
        cost in kroner (above zero means more was spent than planned); None when there are
        none: an action without an amount has nothing to compare its spending with."""
        return self.spent_compared - self.planned_reported if self.compared else None

    @property
    def evaluated_percent(self) -> float:
        """`evaluated` as a percentage of `evaluable` (0 when there is nothing to evaluate)."""
        return _percent(self.evaluated, self.evaluable)

    @property
    def planned_level2_percent(self) -> float:
        """`planned_level2` as a percentage of `evaluable` (0 when there is nothing to evaluate)."""
        return _percent(self.planned_level2, self.evaluable)

    @property
    def with_result_percent(self) -> float:
        """`with_result` as a percentage of `evaluable` (0 when there is nothing to evaluate)."""
        return _percent(self.with_result, self.evaluable)


def _percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def is_late(action: Action, year: int) -> bool:
    """Whether the action is behind at the end of `year` (see the module docstring)."""
    period = action.period
    # a continuous action (kontinuerlig, etter behov) is never behind
    if period is None or period.continuous or action.status not in OPEN:
        return False
    first_day = dt.date(year, 1, 1)
    # an open period («fra 2006») has no end to be past
    if period.end is not None and when_bounds(period.end)[1] < dt.date(year + 1, 1, 1):
        return True
    if period.start is None:
        return False
    return action.status == "planlagt" and when_bounds(period.start)[0] < first_day


def is_late_on(action: Action, day: dt.date) -> bool:
    """Whether the action is not finished (planlagt, pågår or utsatt) although the last day of
    its period is before `day`: the document's mark, judged on the date of the version shown.

    Only a passed end counts here, unlike `is_late`: a start passed while the action is still
    planlagt may be a status nobody has updated yet, and a document must not call an action
    late on a guess."""
    period = action.period
    if period is None or period.continuous or period.end is None or action.status not in OPEN:
        return False
    return when_bounds(period.end)[1] < day


def step_late(step: Step, year: int) -> bool:
    """Whether the step's deadline is over by the end of `year` and it was not done by then:
    done means a `done` date in or before the year, or `status: ferdig` without a date."""
    year_end = dt.date(year, 12, 31)
    if step.deadline is None or not step.deadline <= year_end:
        return False
    if step.done is not None:
        return not step.done.bounds()[0] <= year_end
    return step.status != "ferdig"


def status_row(action: Action, year: int, years: tuple[int, int] | None = None) -> StatusRow:
    """The follow-up of one action in one year; `years` are the plan's first and last."""
    costs = action_costs(action, years)
    unpriced = unpriced_reason(action)
    spent = action.cost.spent if action.cost is not None else {}
    levels = [e.level for e in action.evaluation if e.level is not None]
    results = [e.level for e in action.evaluation if e.level is not None and e.result is not None]
    return StatusRow(
        id=action.id,
        title=action.title,
        unit=action.unit,
        status=action.status,
        start=action.period.start if action.period else None,
        end=action.period.end if action.period else None,
        late=is_late(action, year),
        planned=None if unpriced else sum((c.net for c in costs if c.year == year), 0.0),
        spent=spent.get(year),
        total_planned=None if unpriced else sum((c.net for c in costs), 0.0),
        total_spent=sum(spent.values(), 0.0),
        best_level=max(levels) if levels else None,
        has_result=any(e.result is not None for e in action.evaluation),
        result_level=max(results) if results else None,
        unpriced=unpriced,
    )


def follow_up(plan: Plan, year: int) -> StatusReport:
    """The yearly follow-up of a valid plan's actions for `year`."""
    years = plan_years(plan)
    rows = tuple(status_row(a, year, years) for a in plan.actions)
    counted = [r for r in rows if r.status != "avlyst"]
    by_status = dict.fromkeys(STATUSES, 0)
    for r in rows:
        by_status[r.status] += 1
    reported = [r for r in rows if r.spent is not None]
    compared = [r for r in reported if r.planned is not None]
    unreported = [r for r in rows if r.spent is None and r.planned]
    steps = sorted(plan.steps, key=lambda s: s.number)
    return StatusReport(
        year=year,
        rows=rows,
        by_status=by_status,
        late=sum(r.late for r in rows),
        planned=sum((r.planned or 0.0 for r in rows), 0.0),
        spent=sum((r.spent or 0.0 for r in reported), 0.0),
        evaluable=len(counted),
        evaluated=sum(1 for r in counted if r.result_level is not None and r.result_level >= 2),
        with_result=sum(1 for r in counted if r.has_result),
        planned_level2=sum(1 for r in counted if r.best_level is not None and r.best_level >= 2),
        reported=len(reported),
        planned_reported=sum((r.planned or 0.0 for r in compared), 0.0),
        spent_compared=sum((r.spent or 0.0 for r in compared), 0.0),
        compared=len(compared),
        unreported=len(unreported),
        unreported_planned=sum((r.planned or 0.0 for r in unreported), 0.0),
        unpriced=sum(1 for r in rows if r.unpriced is not None),
        steps=len(steps),
        late_steps=tuple(
            LateStep(s.number, s.name, s.deadline.isoformat(), s.status)
            for s in steps
            if s.deadline is not None and step_late(s, year)
        ),
    )
