"""Gap: requirements against supply, per unit and year, with what the actions add (KS steg 5).

For each requirement, unit and plan year from the year it applies:
- required: what the requirement asks for (persons, årsverk or, for an average position size,
  percent: `basis`), rounded as the requirement says (`rounding`);
- available: the projected supply without actions (after retirements and turnover);
- planned: what the actions' effects add by that year (a move out of a competence subtracts);
- gap = max(0, required - available);
- residual = min(gap, max(0, required - available - planned)): actions close a gap, and a move
  out of a competence never makes it look wider than before them.
For a ceiling (at most 30 % unskilled, no positions under 75 %) «required» is the most allowed
and the gap is the excess. A unit with no inventory at all (in it or below it) has unknown
figures: available, gap and residual are None («ukjent», warning K809), never 0, and such rows
are listed in `GapReport.unknown`. Every figure is kept at full precision; rounding is for
display. Every row carries its formula, its measure and its sources as data, so each figure
can explain itself; `kplan.present.gap` words them. The evaluators, one per requirement kind,
are in `kplan.analysis.evaluators` and `kplan.analysis.employment`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kplan.analysis.employment import employment
from kplan.analysis.evaluators import (
    Figures,
    Rows,
    Unavailable,
    count,
    qualified,
    ratio,
    share,
)
from kplan.analysis.formulas import (
    EPS,
    Absorbed,
    Measure,
    Note,
    Reason,
    Skipped,
    Sources,
)
from kplan.analysis.gap_row import GapRow, Inventories, _made
from kplan.analysis.gap_row import _row as _row  # the per-year path (tests hold the two equal)
from kplan.analysis.staffing import staff_demand
from kplan.analysis.supply import ZERO, Amount, EffectUse, Supply
from kplan.analysis.vulnerable import SNAPSHOT, Vulnerable, vulnerable_competence
from kplan.analysis.yearly import YEARLY
from kplan.plan.model import DriverIndex, InventoryRow, Plan, when_bounds

__all__ = [
    "EPS",
    "GapAnalysis",
    "GapReport",
    "GapRow",
    "Measure",
    "Sources",
    "Vulnerable",
    "analyse",
]

EVALUATORS: dict[str, Callable[[GapAnalysis, Any, str, int], Figures]] = {
    "ratio": ratio,
    "share": share,
    "count": count,
    "qualification": qualified,
    "course": qualified,
    "employment": employment,
}


class NeedSource(Protocol):
    """The staff a unit needs a year, in årsverk (`kplan.analysis.staffing`); None where no
    staffing line covers the unit (and competence)."""

    def needed(self, unit: str, competence: str | None, year: int) -> float | None: ...


def demand_of(plan: Plan, supply: Supply) -> NeedSource | None:
    """The plan's staffing demand, when it has staffing lines."""
    return staff_demand(plan, supply=supply) if plan.staffing else None


@dataclass(frozen=True)
class Names:
    """What the plan calls its units, requirements and competences, by id: people read names,
    other tools read ids."""

    units: Mapping[str, str] = field(default_factory=dict)
    requirements: Mapping[str, str] = field(default_factory=dict)
    competences: Mapping[str, str] = field(default_factory=dict)

    @staticmethod
    def of(plan: Plan) -> Names:
        return Names(
            {u.id: u.name for u in plan.units},
            {r.id: r.title for r in plan.requirements},
            {c.id: c.name for c in plan.competences},
        )


@dataclass(frozen=True)
class GapReport:
    rows: tuple[GapRow, ...]
    vulnerable: tuple[Vulnerable, ...]
    notes: tuple[Note, ...]
    """Rows that could not be computed and why, and effects counted as in the inventory."""
    years: tuple[int, ...]
    names: Names = field(default_factory=Names)
    unknown: tuple[GapRow, ...] = ()
    """The rows whose figures are unknown (also in `rows`): no inventory behind them."""

    @property
    def residual_gaps(self) -> tuple[GapRow, ...]:
        return tuple(r for r in self.rows if r.due and r.residual is not None and r.residual > EPS)

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Rows that could not be worked out at all (a share of no staff, no position sizes, a
        driver without the year's value): unknown too, each a note saying why."""
        return tuple(n for n in self.notes if isinstance(n, Skipped))

    @property
    def unknown_count(self) -> int:
        """Figures nobody knows: unknown rows and rows that could not be worked out."""
        return len(self.unknown) + len(self.skipped)

    @property
    def fails(self) -> bool:
        """What `--fail-on-gap` fails on: a gap left after the actions, or a figure nobody
        knows (an unknown is not a pass)."""
        return bool(self.residual_gaps or self.unknown_count)


class GapAnalysis:
    """The figures of one plan: supply, drivers and one evaluator per requirement kind."""

    def __init__(
        self,
        plan: Plan,
        sources: bool = True,
        demand: NeedSource | None = None,
        supply: Supply | None = None,
    ) -> None:
        self.plan = plan
        self.sources = sources
        # the drivers (a scenario) do not change the supply: a caller's may be shared
        self.supply = supply if supply is not None else Supply(plan)
        self.drivers = DriverIndex(plan.drivers)
        start, _ = when_bounds(plan.plan.period.start)
        _, end = when_bounds(plan.plan.period.end)
        # no projection backwards: the analysis starts at the newest snapshot year at the earliest
        snapshots = self.supply.snapshot_dates()
        first = max(start.year, snapshots[-1].year) if snapshots else start.year
        self.years = tuple(range(min(first, end.year), end.year + 1))
        self.notes: list[Note] = [Absorbed(e) for e in self.supply.absorbed]
        self.demand = demand if demand is not None else demand_of(plan, self.supply)
        self._inventoried: set[str] | None = None
        self._inventories = Inventories()

    def has_inventory(self, unit: str) -> bool:
        """Any inventory row in the unit or below it: without one, its figures are unknown."""
        if self._inventoried is None:
            parent = {u.id: u.parent for u in self.plan.units}
            marked: set[str] = set()
            for start in {k[0] for k in self.supply.rows}:
                # each chain is walked up once (and stops on a parent loop)
                current: str | None = start
                while current is not None and current not in marked:
                    marked.add(current)
                    current = parent.get(current)
            self._inventoried = marked
        return unit in self._inventoried

    def staff_needed(
        self,
        unit: str,
        competences: list[str],
        year: int,
        basis: str,
        snapshot: Amount | None = None,
    ) -> tuple[float | None, bool]:
        """The staff the unit needs in `year` (of the competences; none: all its staff), in
        `basis`, and whether it comes from a staffing line. A line gives årsverk; persons are
        those årsverk times the snapshot's persons per årsverk. Without a line it is the
        snapshot's staff (`snapshot`, else the inventory as counted) at a constant level; None
        when the unit has no inventory to count it from."""
        known = self.has_inventory(unit)
        if snapshot is None:
            if competences:
                snapshot = self.held(unit, competences, SNAPSHOT)[0]
            else:
                snapshot = self.supply.base(unit, None, None, SNAPSHOT)
        fte = self._demand(unit, competences, year)
        if fte is not None:
            if basis != "personer":
                return fte, True
            if known and snapshot.fte > EPS:
                return fte * snapshot.persons / snapshot.fte, True
        return (snapshot.of(basis) if known else None), False

    def _demand(self, unit: str, competences: list[str], year: int) -> float | None:
        if self.demand is None:
            return None
        if not competences:
            return self.demand.needed(unit, None, year)
        total = 0.0
        for c in competences:
            part = self.demand.needed(unit, c, year)
            if part is None:
                return None
            total += part
        return total

    def held(
        self, unit: str, competences: list[str], year: int
    ) -> tuple[Amount, list[InventoryRow | Rows]]:
        """The supply without actions of the competences together, and where its rows are."""
        total = ZERO
        rows: list[InventoryRow | Rows] = []
        for c in competences:
            total = total + self.supply.base(unit, c, None, year)
            rows.append(Rows(self.supply, unit, c, None))
        return total, rows

    def added(self, unit: str, competences: list[str], year: int) -> tuple[Amount, list[EffectUse]]:
        """What the actions add to the competences together by `year`, and the effects used."""
        total, used = ZERO, []
        for c in competences:
            amount, uses = self.supply.planned(unit, c, year)
            total = total + amount
            used.extend(uses)
        return total, used

    def rows(self) -> Iterator[GapRow]:
        """Every row the plan's requirements give; a row that cannot be computed is a note.
        Each requirement and unit is worked out for all its years at once (`YEARLY`): the same
        figures as `EVALUATORS` gives year by year."""
        isfinite = math.isfinite
        for req in self.plan.requirements:
            first = when_bounds(req.applies_from)[0].year if req.applies_from else self.years[0]
            years = [y for y in self.years if y >= first]
            if not years:
                continue
            evaluate = YEARLY[req.kind]
            for unit in req.units:
                for year, figures in zip(years, evaluate(self, req, unit, years), strict=True):
                    if not isinstance(figures, Unavailable):
                        required, available, planned = figures[0], figures[1], figures[2]
                        if (
                            (required is None or isfinite(required))
                            and (available is None or isfinite(available))
                            and isfinite(planned)
                        ):
                            yield _made(req, unit, year, figures, self.sources, self._inventories)
                            continue
                        figures = Unavailable(Reason.TOO_LARGE)
                    self.notes.append(Skipped(req.id, unit, year, figures.reason, figures.driver))


def analyse(
    plan: Plan,
    *,
    unit: str | None = None,
    year: int | None = None,
    sources: bool = True,
    demand: NeedSource | None = None,
    supply: Supply | None = None,
) -> GapReport:
    """The gap analysis of a valid plan, optionally for one unit (and those below) or year.
    Without `sources` the rows carry no explanations (quicker, for totals). `demand` is the
    staffing demand when the caller has worked it out (`StaffingReport.demand`, for the same
    plan and scenario); else it is worked out here from the plan's staffing lines. `supply` is
    the plan's `Supply` when the caller has built it (the staffing balance shares it)."""
    analysis = GapAnalysis(plan, sources, demand, supply)
    keep = set(analysis.supply.units_under(unit)) if unit else None
    if keep is None and year is None:
        rows = list(analysis.rows())
    else:
        rows = [
            r
            for r in analysis.rows()
            if (keep is None or r.unit in keep) and (year is None or r.year == year)
        ]
    vulnerable = vulnerable_competence(analysis, keep)
    unknown = tuple(r for r in rows if r.available is None)  # `GapRow.unknown`
    # a note on a row the report leaves out (another unit or year) is no note of this report
    notes = tuple(
        n
        for n in analysis.notes
        if not isinstance(n, Skipped)
        or ((keep is None or n.unit in keep) and (year is None or n.year == year))
    )
    return GapReport(tuple(rows), vulnerable, notes, analysis.years, Names.of(plan), unknown)
