"""The staffing balance (bemanning, KS steg 5 part 1): the årsverk each staffing line needs, the
staff it keeps without recruitment, and the recruitment need as a flow, year by year.

Everything is in årsverk: persons never enter the figures. For one line (a unit, with the units
below it, and a competence or all its staff) and τ = analysis.turnover_percent / 100:

- y0 is the year of the newest snapshot of the inventory rows the line counts and F0 the line's
  årsverk in y0 (`Supply.base`). A line without inventory is unknown, never 0.
- users_t = Σ over the demand terms of coverage_percent / 100 × weight × the driver's value in t
  (the driver found as ratio terms find theirs, `DriverIndex.find`). The demand is
  D_t = F0 × users_t / users_y0, so D_y0 = F0: the need follows the users at today's standard.
  Without terms D_t = F0 (constant standard). With `norm`, D_t is what the ratio requirement (in
  årsverk) requires of the unit in t: Σ value / per, rounded as the requirement says.
  A driver value missing in y0, or users_y0 = 0, makes the line unknown; a value missing in t
  makes year t unknown, and year t + 1, which starts from D_t.
- supply_t is the staff without recruitment: the snapshot less retirements (by age) and less the
  turnover, compounded, of those left (`Supply.project`).
- The flow, for t > y0: start_t = max(D_{t-1}, supply_{t-1}) (the plan meets the need every
  year; a surplus is not shed, so the staff left without recruitment is the least there is);
  retirements_t = Σ over the rows of (1 - τ)^(t - r - 1) × the årsverk of the row reaching
  retirement age in t, r the row's snapshot year (y0 unless the row is older), never more than
  start_t; turnover_t = τ × (start_t - retirements_t); growth_t = D_t - start_t (D_t - D_{t-1}
  while the need is met);
  to_recruit_t = max(0, retirements_t + turnover_t + growth_t). A negative sum is a surplus, a
  field of its own: it is not netted against later years' need.
  planned_t = the årsverk actions bring in year t (for a competence line hires and moves in add
  and moves out subtract; for an all-staff line only hires count); still_open_t =
  max(0, to_recruit_t - planned_t).
- In y0 (when it is a plan year) start = F0 and nothing leaves; growth = D_y0 - F0, which is 0
  unless a norm sets the need (then what the norm asks beyond today's staff is to recruit at once).
- Cumulative to_recruit, planned and still_open run over the analysis years; after an unknown
  year the cumulative need is unknown too.

The analysis years are those of the gap analysis: from the later of the period's first year and
the newest snapshot year, to the period's last year. `kplan.present.staffing` words the result.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from kplan.analysis.demand import Need, Unknown, Why, line_need, usable_norm
from kplan.analysis.formulas import EPS, DriverUse
from kplan.analysis.scenario import has_alternative, scenarios, with_scenario
from kplan.analysis.supply import EffectUse, Supply
from kplan.plan.model import (
    DemandTerm,
    Driver,
    DriverIndex,
    InventoryRow,
    Plan,
    StaffingLine,
    when_bounds,
)

__all__ = [
    "Demand",
    "FlowYear",
    "LineBalance",
    "StaffingReport",
    "Unknown",
    "Why",
    "analysis_years",
    "scenarios",
    "staff_demand",
    "staffing_balance",
    "with_scenario",
]


@dataclass(frozen=True, slots=True)
class FlowYear:
    """One year of a line, in årsverk; None is unknown (`unknown` says why), never 0."""

    year: int
    demand: float | None
    supply: float | None
    """Supply without recruitment."""
    start: float | None
    retirements: float | None
    turnover: float | None
    growth: float | None
    to_recruit: float | None
    surplus: float | None
    """What is left over when fewer are needed than leave; not a shortfall."""
    planned: float | None
    still_open: float | None
    cumulative_to_recruit: float | None
    cumulative_planned: float | None
    cumulative_still_open: float | None
    unknown: Unknown | None = None
    demand_by_scenario: Mapping[str, float | None] = field(default_factory=dict)
    """The demand under every alternative the drivers carry (the range a chart shows)."""
    actions: tuple[EffectUse, ...] = ()
    """The effects `planned` counts."""


@dataclass(frozen=True)
class LineBalance:
    id: str
    unit: str
    competence: str | None
    title: str | None
    illustrative: bool
    """The line, or a driver, inventory row or norm it uses, is made up for illustration."""
    snapshot_year: int | None
    base: float | None
    """F0: the line's årsverk in the snapshot year."""
    norm: str | None
    terms: tuple[DemandTerm, ...]
    """What the need follows (none: constant standard, or the norm)."""
    term_drivers: tuple[str | None, ...]
    """The driver each term found (by id or segment); None: none."""
    drivers: tuple[DriverUse, ...]
    inventory: tuple[InventoryRow, ...]
    years: tuple[FlowYear, ...]
    unknown: Unknown | None = None
    """Why the whole line has no figures."""


@dataclass(frozen=True)
class Demand:
    """The årsverk the staffing lines say each unit (and competence) needs, by year."""

    by_line: Mapping[tuple[str, str | None], Mapping[int, float]] = field(default_factory=dict)

    def needed(self, unit: str, competence: str | None, year: int) -> float | None:
        """The årsverk the line for exactly this unit and competence (None: all staff) needs in
        `year`; None when no line covers it or its figure is unknown."""
        return self.by_line.get((unit, competence), {}).get(year)


@dataclass(frozen=True)
class StaffingReport:
    lines: tuple[LineBalance, ...]
    years: tuple[int, ...]
    scenario: str | None = None
    """The alternative the drivers were switched to; None: their own values."""
    alternatives: tuple[str, ...] = ()
    """Every alternative the drivers carry (`scenarios`)."""
    kept: tuple[str, ...] = ()
    """Drivers the lines use that lack `scenario` and kept their own values."""
    units: Mapping[str, str] = field(default_factory=dict)
    """Unit names by id."""
    competences: Mapping[str, str] = field(default_factory=dict)
    """Competence names by id."""
    driver_names: Mapping[str, str] = field(default_factory=dict)
    """Driver names by id."""
    requirements: Mapping[str, str] = field(default_factory=dict)
    """Requirement titles by id (for the norms)."""

    @property
    def open_lines(self) -> tuple[LineBalance, ...]:
        """Lines with a recruitment need the actions leave open in some year."""
        return tuple(
            line for line in self.lines if any((y.still_open or 0.0) > EPS for y in line.years)
        )

    @property
    def unknown_lines(self) -> tuple[LineBalance, ...]:
        """Lines with a year whose need nobody can work out."""
        return tuple(line for line in self.lines if any(y.still_open is None for y in line.years))

    @property
    def demand(self) -> Demand:
        return Demand(
            {
                (line.unit, line.competence): {
                    f.year: f.demand for f in line.years if f.demand is not None
                }
                for line in self.lines
            }
        )


# --- the balance --------------------------------------------------------------------------------


def analysis_years(plan: Plan, supply: Supply) -> tuple[int, ...]:
    """The years of the gap analysis (`GapAnalysis.years`)."""
    start, _ = when_bounds(plan.plan.period.start)
    _, end = when_bounds(plan.plan.period.end)
    snapshots = supply.snapshot_dates()
    first = max(start.year, snapshots[-1].year) if snapshots else start.year
    return tuple(range(min(first, end.year), end.year + 1))


def staffing_balance(
    plan: Plan, *, scenario: str | None = None, supply: Supply | None = None
) -> StaffingReport:
    """The staffing balance of every staffing line; `scenario` switches the drivers to that
    alternative (a UsageError when no driver has it). `supply` is the plan's, when the caller
    has one (the gap analysis): the drivers do not change it, and it need not be built twice."""
    alternatives = scenarios(plan)
    used = plan if scenario is None else with_scenario(plan, scenario)
    supply = supply if supply is not None else Supply(used)
    years = analysis_years(used, supply)
    indexes = {code: DriverIndex(with_scenario(plan, code).drivers) for code in alternatives}
    index = DriverIndex(used.drivers)
    lines: list[LineBalance] = []
    kept: dict[str, None] = {}
    for line in used.staffing:
        balance, drivers = _balance(used, supply, index, indexes, line, years)
        lines.append(balance)
        if scenario is not None:
            kept.update((d.id, None) for d in drivers if not has_alternative(d, scenario))
    return StaffingReport(
        tuple(lines),
        years,
        scenario,
        alternatives,
        tuple(kept),
        {u.id: u.name for u in plan.units},
        {c.id: c.name for c in plan.competences},
        {d.id: d.name for d in plan.drivers},
        {r.id: r.title for r in plan.requirements},
    )


def staff_demand(plan: Plan, *, supply: Supply | None = None) -> Demand:
    """What `StaffingReport.demand` gives, without the flows and the alternatives' ranges: for
    the gap analysis, which needs only the årsverk each line needs."""
    supply = supply if supply is not None else Supply(plan)
    years = analysis_years(plan, supply)
    index = DriverIndex(plan.drivers)
    out: dict[tuple[str, str | None], dict[int, float]] = {}
    for line in plan.staffing:
        rows = supply.rows_used(line.unit, line.competence, None)
        if not rows or not years:
            out[(line.unit, line.competence)] = {}
            continue
        y0 = max(r.date.year for r in rows)
        f0 = supply.base(line.unit, line.competence, None, y0).fte
        need = line_need(plan, index, line, f0, range(y0, max(years[-1], y0) + 1))
        wanted = {t: v for t, v in need.values.items() if t in years}
        out[(line.unit, line.competence)] = {} if need.line is not None else wanted
    return Demand(out)


def _balance(
    plan: Plan,
    supply: Supply,
    index: DriverIndex,
    indexes: Mapping[str, DriverIndex],
    line: StaffingLine,
    years: tuple[int, ...],
) -> tuple[LineBalance, list[Driver]]:
    rows = supply.rows_used(line.unit, line.competence, None)
    norm = usable_norm(plan, line) if line.norm else None
    marked = line.illustrative or (norm is not None and norm.illustrative)
    marked = marked or any(r.illustrative for r in rows)
    y0: int | None = None
    f0: float | None = None
    need = Need()
    if not rows:
        need.line = Unknown(Why.NO_INVENTORY)
        flow = tuple(_blank(t, need.line) for t in years)
    else:
        y0 = max(r.date.year for r in rows)
        f0 = supply.base(line.unit, line.competence, None, y0).fte
        span = range(y0, max(years[-1], y0) + 1) if years else range(y0, y0 + 1)
        need = line_need(plan, index, line, f0, span)
        if need.line is not None:
            why = need.line
            flow = tuple(
                _blank(t, why, supply.base(line.unit, line.competence, None, t).fte) for t in years
            )
        else:
            ranges = {
                code: line_need(plan, other, line, f0, span) for code, other in indexes.items()
            }
            flow = _flow(supply, line, rows, y0, f0, need, ranges, years)
    drivers = list({d.id: d for d in need.used}.values())
    balance = LineBalance(
        line.id,
        line.unit,
        line.competence,
        line.title,
        marked or any(d.illustrative for d in drivers),
        y0,
        f0,
        line.norm,
        tuple(line.demand),
        tuple(_found(index, term.driver, line.unit) for term in line.demand),
        tuple(dict.fromkeys(need.uses)),
        tuple(rows),
        flow,
        need.line,
    )
    return balance, drivers


def _found(index: DriverIndex, ref: str, unit: str) -> str | None:
    d = index.find(ref, unit)
    return None if d is None else d.id


def _blank(year: int, why: Unknown, supply: float | None = None) -> FlowYear:
    return FlowYear(year, None, supply, *(None,) * 11, unknown=why)


def _flow(
    supply: Supply,
    line: StaffingLine,
    rows: list[InventoryRow],
    y0: int,
    f0: float,
    need: Need,
    ranges: Mapping[str, Need],
    years: tuple[int, ...],
) -> tuple[FlowYear, ...]:
    tau = supply.settings.turnover_percent / 100.0
    cum_recruit: float | None = 0.0
    cum_planned = 0.0
    cum_open: float | None = 0.0
    out: list[FlowYear] = []
    for t in years:
        if t < y0:
            out.append(_blank(t, Unknown(Why.BEFORE_SNAPSHOT, None, t)))
            continue
        have = supply.base(line.unit, line.competence, None, t).fte
        arrived, effects = supply.arrivals(line.unit, line.competence, t)
        planned = arrived.fte
        demand = need.values.get(t)
        why = need.unknown.get(t)
        start: float | None
        turnover: float | None
        if t == y0:
            start, gone, turnover = f0, 0.0, 0.0
        else:
            # last year's need, taken as met; or the staff left without recruitment, when that
            # is more: a surplus is not shed, and those who leave come out of the staff there is
            start = need.values.get(t - 1)
            if start is not None:
                start = max(start, supply.base(line.unit, line.competence, None, t - 1).fte)
            gone = sum(
                supply.retiring(r, t).fte * (1.0 - tau) ** (t - r.date.year - 1) for r in rows
            )
            if start is not None:
                gone = min(gone, start)
            turnover = tau * max(0.0, start - gone) if start is not None else None
            why = why or need.unknown.get(t - 1)
        growth = demand - start if demand is not None and start is not None else None
        to_recruit = surplus = still_open = None
        if growth is not None and turnover is not None:
            leaving = gone + turnover + growth
            if math.isfinite(leaving - planned):
                to_recruit, surplus = max(0.0, leaving), max(0.0, -leaving)
                still_open = max(0.0, to_recruit - planned)
            else:  # figures past what a float holds are no figures at all
                why = why or Unknown(Why.TOO_LARGE, None, t)
        cum_planned += planned
        if to_recruit is None or still_open is None:
            cum_recruit = cum_open = None
        elif cum_recruit is not None and cum_open is not None:
            cum_recruit += to_recruit
            cum_open += still_open
        out.append(
            FlowYear(
                t,
                demand,
                have,
                start,
                gone,
                turnover,
                growth,
                to_recruit,
                surplus,
                planned,
                still_open,
                cum_recruit,
                cum_planned,
                cum_open,
                why,
                {code: other.values.get(t) for code, other in ranges.items()},
                tuple(effects),
            )
        )
    return tuple(out)
