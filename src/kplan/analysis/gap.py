"""Gap: requirements against supply, per unit and year, with what the actions add (KS steg 5).

For each requirement, unit and plan year from the year it applies:
- required: what the requirement asks for (persons or årsverk, as the requirement says);
- available: the projected supply without actions (after retirements and turnover);
- planned: what the actions' effects add by that year;
- gap = max(0, required - available); residual = max(0, required - available - planned).
For a maximum share (at most 30 % unskilled) «required» is the most allowed and the gap is the
excess. Every row carries its sources, so each figure can explain itself.

Each requirement kind has one small function that returns the `Figures` for a unit and year.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kplan.analysis.supply import ZERO, Amount, EffectUse, Supply
from kplan.plan.model import (
    CountRequirement,
    CourseRequirement,
    DriverIndex,
    EmploymentRequirement,
    InventoryRow,
    Plan,
    QualificationRequirement,
    RatioRequirement,
    ShareRequirement,
    band_bounds,
    when_bounds,
)

DEFAULT_NEED = {
    "ratio": "anskaffelse",
    "count": "anskaffelse",
    "share": "læring",
    "qualification": "læring",
    "course": "læring",
    "employment": "mobilisering",
}
EPS = 1e-9


@dataclass(frozen=True)
class Sources:
    """What a row was computed from: enough to explain every figure."""

    inventory: tuple[str, ...] = ()
    drivers: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


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
    need_type: str
    due: bool
    """False before a qualification deadline: shown, but not yet a shortfall."""
    vulnerable: bool
    """The competence is held by at most one person in the unit."""
    formula: str
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
class GapReport:
    rows: tuple[GapRow, ...]
    vulnerable: tuple[Vulnerable, ...]
    notes: tuple[str, ...]
    """Rows that could not be computed, and why (a driver missing for a year, say)."""
    years: tuple[int, ...]

    @property
    def residual_gaps(self) -> tuple[GapRow, ...]:
        return tuple(r for r in self.rows if r.due and r.residual > EPS)


@dataclass
class Figures:
    """What one requirement kind works out for a unit and year; gap and residual follow."""

    required: float
    available: float
    planned: float
    formula: str
    inventory: Sequence[InventoryRow | Rows] = ()
    """The rows the figures draw on, or where to find them (listed only when explained)."""
    actions: list[EffectUse] = field(default_factory=list)
    drivers: tuple[str, ...] = ()
    excess: bool = False
    """A ceiling (at most x %): the gap is what is over it."""
    required_after: float | None = None
    """The requirement once actions have changed the staff it is a share of."""
    due: bool = True
    vulnerable: bool = False
    need_type: str | None = None


@dataclass(frozen=True)
class Rows:
    """The rows of a competence and role under a unit, looked up only if a figure is explained:
    a unit high in a deep tree draws on many rows, and most reports never list them."""

    supply: Supply
    unit: str
    competence: str | None
    role: str | None

    def rows(self) -> list[InventoryRow]:
        return self.supply.rows_used(self.unit, self.competence, self.role)


class Unavailable(Exception):
    """A row cannot be computed; the message says why, as a note in the report."""


def num(value: float) -> str:
    """1 234,5 the Norwegian way, with at most two decimals."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def finite(value: float) -> float:
    """The value, when it is a real number: a sum that overflowed is no figure at all."""
    if not math.isfinite(value):
        raise Unavailable("tallene er for store til å regne med.")
    return value


def round_required(value: float, how: str) -> float:
    finite(value)
    if how == "opp":
        return float(math.ceil(value - EPS))
    if how == "ned":
        return float(math.floor(value + EPS))
    if how == "nærmeste":
        return float(math.floor(value + 0.5))
    return value


def whole_up(basis: str, value: float) -> float:
    """Persons come whole: a need for 2.3 persons is 3; årsverk stay as they are."""
    finite(value)
    return float(math.ceil(value - EPS)) if basis == "personer" else value


def whole_down(basis: str, value: float) -> float:
    finite(value)
    return float(math.floor(value + EPS)) if basis == "personer" else value


def describe_row(r: InventoryRow) -> str:
    role = f" i rollen {r.role}" if r.role else ""
    return (
        f"{r.unit}/{r.competence or 'alle'}{role} per {r.date.isoformat()}: "
        f"{r.persons} personer, {num(r.fte)} årsverk"
        + (" (illustrativt)" if r.illustrative else "")
        + (f", kilde: {r.source}" if r.source else "")
    )


class Analysis:
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
        self.notes: list[str] = [
            f"{e.action}: {e.persons:+g} {e.competence} i {e.year} er før beholdningen for "
            f"{e.unit} ble telt opp, og regnes som med i den allerede."
            for e in self.supply.absorbed
        ]

    def held(
        self, unit: str, competences: list[str], year: int
    ) -> tuple[Amount, list[InventoryRow | Rows]]:
        total = ZERO
        rows: list[InventoryRow | Rows] = []
        for c in competences:
            total = total + self.supply.base(unit, c, None, year)
            rows.append(Rows(self.supply, unit, c, None))
        return total, rows

    def added(self, unit: str, competences: list[str], year: int) -> tuple[Amount, list[EffectUse]]:
        total, used = ZERO, []
        for c in competences:
            amount, uses = self.supply.planned(unit, c, year)
            total = total + amount
            used.extend(uses)
        return total, used

    def rows(self) -> Iterator[GapRow]:
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
                        self.notes.append(f"{req.id}/{unit}/{year}: {why}")
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
        return Sources(
            tuple(describe_row(r) for r in inventory),
            f.drivers,
            tuple(
                f"{e.action}: {'+' if e.persons >= 0 else '−'}{num(abs(e.persons))} "
                f"{e.competence} fra {e.year}"
                for e in f.actions
            ),
        )

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
        need_type=req.need_type or f.need_type or DEFAULT_NEED[req.kind],
        due=f.due,
        vulnerable=f.vulnerable,
        formula=f.formula,
        explain=sources if explain else None,
    )


def ratio(a: Analysis, req: RatioRequirement, unit: str, year: int) -> Figures:
    raw, parts, used = 0.0, [], []
    for term in req.terms:
        d = a.drivers.find(term.driver, unit)
        if d is None or year not in d.values:
            raise Unavailable(f"driveren «{term.driver}» har ingen verdi for {year}.")
        raw += d.values[year] / term.per
        parts.append(f"{num(d.values[year])}/{num(term.per)}")
        src = d.source
        origin = ""
        if src:
            bits = [src.publisher + (f" tabell {src.table}" if src.table else "")]
            bits += [x for x in (src.alternative, str(src.vintage) if src.vintage else None) if x]
            origin = f" ({', '.join(bits)})"
        used.append(f"{d.id} {year}: {num(d.values[year])}{origin}")
    required = round_required(raw, req.rounding)
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    return Figures(
        required,
        have.of(req.basis),
        plus.of(req.basis),
        f"({' + '.join(parts)}) = {num(raw)}, avrundet {req.rounding}: {num(required)}",
        inventory,
        actions,
        tuple(used),
        vulnerable=have.persons <= 1 + EPS,
    )


def share(a: Analysis, req: ShareRequirement, unit: str, year: int) -> Figures:
    basis = req.basis
    total_rows: list[InventoryRow | Rows]
    if req.of:
        total, total_rows = a.held(unit, req.of, year)
        grown = total + a.added(unit, req.of, year)[0]
    else:
        total = a.supply.base(unit, None, None, year)
        total_rows = [Rows(a.supply, unit, None, None)]
        grown = total + a.supply.new_staff(unit, year)
    if total.of(basis) <= EPS:
        raise Unavailable("ingen ansatte å regne andelen av (mangler rad for alle ansatte).")
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    of = f"{num(total.of(basis))} {basis}"
    if req.min_percent is not None:
        pct = req.min_percent / 100
        required = whole_up(basis, pct * total.of(basis))
        after = whole_up(basis, pct * grown.of(basis))
        formula = f"{num(req.min_percent)} % av {of} = {num(required)}"
        excess = False
    else:
        pct = (req.max_percent or 0.0) / 100
        required = whole_down(basis, pct * total.of(basis))
        after = whole_down(basis, pct * grown.of(basis))
        formula = f"høyst {num(req.max_percent or 0)} % av {of} = {num(required)}"
        excess = True
    if abs(after - required) > EPS:
        # actions change the staff the share is taken of, so the residual uses the new total
        formula += f"; etter tiltak {num(grown.of(basis))} {basis}, som gir {num(after)}"
    return Figures(
        required,
        have.of(basis),
        plus.of(basis),
        formula,
        [*inventory, *total_rows],
        actions,
        excess=excess,
        required_after=after,
        need_type="avvikling" if excess else None,
    )


def count(a: Analysis, req: CountRequirement, unit: str, year: int) -> Figures:
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    agreed = f" − {num(req.agreed)} ved avtale" if req.agreed else ""
    return Figures(
        max(0.0, req.minimum - req.agreed),
        have.of(req.basis),
        plus.of(req.basis),
        f"minst {num(req.minimum)}{agreed}",
        inventory,
        actions,
        vulnerable=have.persons <= 1 + EPS,
    )


def qualified(
    a: Analysis, req: QualificationRequirement | CourseRequirement, unit: str, year: int
) -> Figures:
    """Everyone in the role must hold one of the paths (a path's competences together).

    Holders are counted in rows for the role (`role:`) when the plan has any for these
    competences; only a plan without such rows falls back to all holders in the unit. The
    paths are taken to be held by different people, as alternative routes usually are."""
    role = req.role
    paths = req.paths if isinstance(req, QualificationRequirement) else [[req.course]]
    in_role = a.supply.base(unit, role, None, year)
    inventory: list[InventoryRow | Rows] = [Rows(a.supply, unit, role, None)]
    by_role = role is not None and any(
        a.supply.rows_used(unit, c, role) for path in paths for c in path
    )
    counted = role if by_role else None
    available = planned = 0.0
    actions: list[EffectUse] = []
    for path in paths:
        holders, adds = [], []
        for c in path:
            holders.append(a.supply.base(unit, c, counted, year).persons)
            inventory.append(Rows(a.supply, unit, c, counted))
            plus, uses = a.supply.planned(unit, c, year)
            adds.append(plus.persons)
            actions.extend(uses)
        available += min(holders)
        planned += min(adds)
    deadline = req.deadline
    who = f"alle i rollen {role}" if role else "alle ansatte"
    exempt = req.exempt if isinstance(req, QualificationRequirement) else 0.0
    required = whole_up("personer", max(0.0, in_role.persons - exempt))
    return Figures(
        required,
        min(available, required),
        planned,
        f"{who}: {num(in_role.persons)} personer"
        + (f", {num(exempt)} fritatt" if exempt else "")
        + (f", frist {deadline.isoformat()}" if deadline else ""),
        inventory,
        actions,
        due=deadline is None or year >= deadline.year,
    )


def employment(a: Analysis, req: EmploymentRequirement, unit: str, year: int) -> Figures:
    rows = a.supply.rows_used(unit, None, None) or a.supply.rows_of(unit)
    persons_now = sum(r.persons for r in rows)
    sizes: dict[str, int] = {}
    for r in rows:
        for band, n in r.position_sizes.items():
            sizes[band] = sizes.get(band, 0) + n
    if persons_now == 0 or not sizes:
        raise Unavailable("beholdningen har ingen stillingsstørrelser for enheten.")
    # position sizes are not projected one by one: they shrink with the staff as a whole
    scale = sum(a.supply.project(r, year).persons for r in rows) / persons_now
    if req.min_position_percent is not None:
        m = req.min_position_percent
        below = 0.0
        for band, n in sizes.items():
            low, high = band_bounds(band)
            if high < m:
                below += n
            elif low < m:
                below += n * (m - low) / (high - low + 1)
        below *= scale
        if req.applies_to == "nye stillinger":
            # a rule for new positions: today's small positions may stay, but no more of them
            formula = f"ingen nye stillinger under {num(m)} %; høyst dagens {num(below)} personer"
            return Figures(below, below, 0.0, formula, rows, excess=True)
        return Figures(0.0, below, 0.0, f"ingen stillinger under {num(m)} %", rows, excess=True)
    pct = req.full_time_share_percent or 0.0
    full = sum(n for band, n in sizes.items() if band_bounds(band)[1] >= 100) * scale
    total = persons_now * scale
    required = whole_up("personer", pct / 100 * total)
    return Figures(required, full, 0.0, f"{num(pct)} % heltid av {num(total)} personer", rows)


EVALUATORS: dict[str, Callable[[Analysis, Any, str, int], Figures]] = {
    "ratio": ratio,
    "share": share,
    "count": count,
    "qualification": qualified,
    "course": qualified,
    "employment": employment,
}


def analyse(
    plan: Plan, *, unit: str | None = None, year: int | None = None, sources: bool = True
) -> GapReport:
    """The gap analysis of a valid plan, optionally for one unit (and those below) or year.
    Without `sources` the rows carry no explanations (quicker, for totals)."""
    analysis = Analysis(plan, sources)
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
    return GapReport(tuple(rows), vulnerable, tuple(analysis.notes), analysis.years)
