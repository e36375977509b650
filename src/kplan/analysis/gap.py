"""Gap: requirements against supply, per unit and year, with what the actions add (KS steg 5).

For each requirement, unit and plan year from the year it applies:
- required: what the requirement asks for (persons or årsverk, as the requirement says);
- available: the projected supply without actions (after retirements and turnover);
- planned: what the actions' effects add by that year;
- gap = max(0, required - available); residual = max(0, required - available - planned).
For a maximum share (at most 30 % unskilled) «required» is the most allowed and the gap is the
excess. Every row carries its formula and sources as data, so each figure can explain itself;
`kplan.present.gap` words them. The evaluators, one per requirement kind, are in
`kplan.analysis.evaluators`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kplan.analysis.evaluators import EVALUATORS, Figures, Rows, Unavailable, finite
from kplan.analysis.formulas import (
    EPS,
    Absorbed,
    Formula,
    Note,
    Skipped,
    Sources,
)
from kplan.analysis.supply import ZERO, Amount, EffectUse, Supply
from kplan.plan.model import DriverIndex, InventoryRow, Plan, when_bounds

__all__ = ["EPS", "GapAnalysis", "GapReport", "GapRow", "Sources", "Vulnerable", "analyse"]

DEFAULT_NEED = {
    "ratio": "anskaffelse",
    "count": "anskaffelse",
    "share": "læring",
    "qualification": "læring",
    "course": "læring",
    "employment": "mobilisering",
}


@dataclass(frozen=True)
class GapRow:
    unit: str
    requirement: str
    year: int
    kind: str
    basis: str
    required: float
    available: float
    planned: float
    gap: float
    residual: float
    need_type: str | None
    """The plan's need type, or the default for the kind; None for a row over its target that
    the plan gives no need type (kplan does not call staff «avvikling» on its own)."""
    due: bool
    """False before a qualification deadline: shown, but not yet a shortfall."""
    vulnerable: bool
    """The competence is held by at most one person in the unit."""
    formula: Formula
    """How `required` was worked out, as data (one type per requirement kind)."""
    over_target: bool = False
    """More than a maximum share allows (`gap` is then the excess): «over måltall»."""
    explain: Callable[[], Sources] | None = field(default=None, compare=False, repr=False)
    """Works out the sources when asked: a unit high in a deep tree draws on many rows."""

    @cached_property
    def sources(self) -> Sources:
        """The inventory rows, drivers and actions the figures come from."""
        return self.explain() if self.explain is not None else Sources()

    @property
    def id(self) -> str:
        return f"{self.requirement}/{self.unit}/{self.year}"


@dataclass(frozen=True)
class Vulnerable:
    unit: str
    competence: str
    persons: float


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

    @property
    def residual_gaps(self) -> tuple[GapRow, ...]:
        return tuple(r for r in self.rows if r.due and r.residual > EPS)


class GapAnalysis:
    """The figures of one plan: supply, drivers and one evaluator per requirement kind."""

    def __init__(self, plan: Plan, sources: bool = True) -> None:
        self.plan = plan
        self.sources = sources
        self.supply = Supply(plan)
        self.drivers = DriverIndex(plan.drivers)
        start, _ = when_bounds(plan.plan.period.start)
        _, end = when_bounds(plan.plan.period.end)
        # no projection backwards: the analysis starts at the newest snapshot year at the earliest
        snapshots = self.supply.snapshot_dates()
        first = max(start.year, snapshots[-1].year) if snapshots else start.year
        self.years = tuple(range(min(first, end.year), end.year + 1))
        self.notes: list[Note] = [Absorbed(e) for e in self.supply.absorbed]

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
        """Every row the plan's requirements give; a row that cannot be computed is a note."""
        for req in self.plan.requirements:
            first = when_bounds(req.applies_from)[0].year if req.applies_from else self.years[0]
            for unit in req.units:
                for year in self.years:
                    if year < first:
                        continue
                    try:
                        figures = EVALUATORS[req.kind](self, req, unit, year)
                        for value in (figures.required, figures.available, figures.planned):
                            finite(value)
                        if figures.required_after is not None:
                            finite(figures.required_after)
                    except Unavailable as why:
                        self.notes.append(Skipped(req.id, unit, year, why.reason, why.driver))
                        continue
                    yield _row(req, unit, year, figures, self.sources)


def _row(req: Any, unit: str, year: int, f: Figures, explain: bool = True) -> GapRow:
    if f.excess:
        gap = max(0.0, f.available - f.required)
        after = f.required if f.required_after is None else f.required_after
        residual = max(0.0, f.available + f.planned - after)
    else:
        gap = max(0.0, f.required - f.available)
        after = f.required if f.required_after is None else f.required_after
        residual = max(0.0, after - f.available - f.planned)

    def sources() -> Sources:
        inventory = {
            id(r): r
            for item in f.inventory
            for r in (item.rows() if isinstance(item, Rows) else (item,))
        }.values()
        return Sources(tuple(inventory), f.drivers, tuple(f.actions))

    return GapRow(
        unit=unit,
        requirement=req.id,
        year=year,
        kind=req.kind,
        basis="personer" if req.kind in ("qualification", "course") else req.basis,
        required=f.required,
        available=f.available,
        planned=f.planned,
        gap=gap,
        residual=residual,
        need_type=req.need_type or (None if f.excess else DEFAULT_NEED[req.kind]),
        due=f.due,
        vulnerable=f.vulnerable,
        formula=f.formula,
        over_target=f.excess and gap > EPS,
        explain=sources if explain else None,
    )


def analyse(
    plan: Plan, *, unit: str | None = None, year: int | None = None, sources: bool = True
) -> GapReport:
    """The gap analysis of a valid plan, optionally for one unit (and those below) or year.
    Without `sources` the rows carry no explanations (quicker, for totals)."""
    analysis = GapAnalysis(plan, sources)
    keep = set(analysis.supply.units_under(unit)) if unit else None
    rows = [
        r
        for r in analysis.rows()
        if (keep is None or r.unit in keep) and (year is None or r.year == year)
    ]
    vulnerable = tuple(
        Vulnerable(k[0], k[1], row.persons)
        for k, row in sorted(analysis.supply.rows.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
        if k[1] is not None and k[2] is None and row.persons <= 1 and (keep is None or k[0] in keep)
    )
    return GapReport(tuple(rows), vulnerable, tuple(analysis.notes), analysis.years, Names.of(plan))
