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

from collections.abc import Mapping
from dataclasses import dataclass, field

from kplan.analysis.demand import (
    Need,
    Terms,
    Unknown,
    Why,
    need_of,
    need_values,
    norm_index,
    resolve,
)
from kplan.analysis.formulas import EPS, DriverUse
from kplan.analysis.frozen import maker
from kplan.analysis.scenario import (
    has_alternative,
    scenarios,
    with_scenario,
)
from kplan.analysis.staffing_flow import Alternatives, Arrivals, FlowYear, Staff, blank, flow
from kplan.analysis.supply import Supply
from kplan.plan.model import (
    DemandTerm,
    Driver,
    DriverIndex,
    InventoryRow,
    Plan,
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


_line_balance = maker(LineBalance)
"""A `LineBalance` by position: a frozen dataclass's `__init__` sets each field through
`object.__setattr__` (a national plan has a thousand lines, a large one ten thousand)."""


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
    index = DriverIndex(used.drivers)
    # the alternatives' drivers are found among the plan's own (a switched plan's drivers are
    # copies in the same places) and take that alternative's values: no plan copied per code
    own = index if used is plan else DriverIndex(plan.drivers)
    by_id = norm_index(used)
    balancer = _Balancer(supply, index, alternatives, years)
    lines: list[LineBalance] = []
    kept: dict[str, None] = {}
    for line in used.staffing:
        found = resolve(used, index, line, by_id)
        mains = found if own is index else resolve(plan, own, line, by_id)
        balance, drivers = balancer.balance(found, mains)
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
    by_id = norm_index(plan)
    out: dict[tuple[str, str | None], dict[int, float]] = {}
    for line in plan.staffing:
        rows = supply.rows_used(line.unit, line.competence, None)
        if not rows or not years:
            out[(line.unit, line.competence)] = {}
            continue
        y0 = max(r.date.year for r in rows)
        f0 = supply.base(line.unit, line.competence, None, y0).fte
        span = range(y0, max(years[-1], y0) + 1)
        # a line without figures has no values
        values = need_values(resolve(plan, index, line, by_id), f0, span)
        out[(line.unit, line.competence)] = {t: v for t, v in values.items() if t in years}
    return Demand(out)


class _Balancer:
    """What every line's balance looks up: the supply, the drivers, the effects by unit, and
    the users of each set of demand terms met so far."""

    def __init__(
        self,
        supply: Supply,
        index: DriverIndex,
        alternatives: tuple[str, ...],
        years: tuple[int, ...],
    ) -> None:
        self.supply = supply
        self.index = index
        self.arrivals = Arrivals(supply)
        self.alternatives = Alternatives(alternatives, years)
        self.years = years
        self.tau = supply.settings.turnover_percent / 100.0
        self.uses: dict[tuple[int, int, int, int], list[DriverUse]] = {}
        """The values each one-term line records, by driver (`need_of`)."""

    def balance(self, found: Terms, mains: Terms) -> tuple[LineBalance, list[Driver]]:
        """One line's balance; `found` has its drivers (switched to the scenario), `mains` the
        plan's own drivers, from which each alternative's values come."""
        line, years = found.line, self.years
        rows = self.supply.rows_used(line.unit, line.competence, None)
        norm = found.norm if line.norm else None
        marked = line.illustrative or (norm is not None and norm.illustrative)
        if len(rows) == 1:  # most lines: `any` and `max` of one row without a generator
            marked = marked or bool(rows[0].illustrative)
        else:
            marked = marked or any(r.illustrative for r in rows)
        y0: int | None = None
        f0: float | None = None
        need = Need()
        if not rows:
            need.line = Unknown(Why.NO_INVENTORY)
            flow_years = tuple(blank(t, need.line) for t in years)
        else:
            y0 = rows[0].date.year if len(rows) == 1 else max(r.date.year for r in rows)
            last = max(years[-1], y0) if years else y0
            staff = Staff(self.supply, line.unit, line.competence)
            span = range(y0, last + 1)
            have = self.supply.base_columns(line.unit, line.competence, None, span)[1]
            f0 = have[0]
            need = need_of(found, f0, span, uses=self.uses)
            if need.line is not None:
                why = need.line
                fte = staff.years(years)
                flow_years = tuple(blank(t, why, fte[t]) for t in years)
            else:
                values = need.values
                # D_t from y0 to the last year, None where unknown: a list, not a lookup a year
                demands = [values.get(t) for t in range(y0, years[-1] + 1)] if years else []
                scenario_years = self.alternatives.demand(found, mains, f0, span, demands)
                arrived = self.arrivals.by_year(line.unit, line.competence)
                flow_years = flow(
                    staff, have, arrived, self.tau, rows, y0, need, demands, scenario_years, years
                )
        drivers = list(need.used.values())
        balance = _line_balance(
            line.id,
            line.unit,
            line.competence,
            line.title,
            marked or any(d.illustrative for d in drivers),
            y0,
            f0,
            line.norm,
            tuple(line.demand),
            _term_drivers(self.index, found),
            _uses(found, need),
            tuple(rows),
            flow_years,
            need.line,
        )
        return balance, drivers


def _uses(found: Terms, need: Need) -> tuple[DriverUse, ...]:
    """The driver values the need took, each once. A term takes one value a year, so only
    terms that found drivers of one id can take the same value twice."""
    if len(found.terms) < 2:
        return tuple(need.uses)
    ids = [t.driver.id for t in found.terms if t.driver is not None]
    if len(set(ids)) == len(ids):
        return tuple(need.uses)
    return tuple(dict.fromkeys(need.uses))


def _term_drivers(index: DriverIndex, found: Terms) -> tuple[str | None, ...]:
    """The driver each demand term found (by id or segment); None: none."""
    line = found.line
    if line.norm is None:  # the terms found are the demand terms
        return tuple(None if t.driver is None else t.driver.id for t in found.terms)
    return tuple(_found(index, term.driver, line.unit) for term in line.demand)


def _found(index: DriverIndex, ref: str, unit: str) -> str | None:
    d = index.find(ref, unit)
    return None if d is None else d.id
