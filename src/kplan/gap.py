"""Gap: requirements against supply, per unit and year, with what the actions add (KS steg 5).

For each requirement, unit and plan year from the year it applies:
- required: what the requirement asks for (persons or årsverk, as the requirement says);
- available: the projected supply without actions (after retirements and turnover);
- planned: what the actions' effects add by that year;
- gap = max(0, required - available); residual = max(0, required - available - planned).
For a maximum share (at most 30 % unskilled) «required» is the most allowed and the gap is the
excess. Every row carries its sources, so each figure can explain itself (`explain`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from kplan.model import (
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
from kplan.supply import ZERO, Amount, EffectUse, Supply

AnyRequirement = (
    RatioRequirement
    | ShareRequirement
    | CountRequirement
    | QualificationRequirement
    | CourseRequirement
    | EmploymentRequirement
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
    sources: Sources = field(default_factory=Sources)

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


def _round(value: float, how: str) -> float:
    if how == "opp":
        return float(math.ceil(value - EPS))
    if how == "ned":
        return float(math.floor(value + EPS))
    if how == "nærmeste":
        return float(math.floor(value + 0.5))
    return value


def _need(basis: str, value: float) -> float:
    """Persons come whole: a need for 2.3 persons is 3."""
    return float(math.ceil(value - EPS)) if basis == "personer" else value


def _inv(rows: list[InventoryRow]) -> tuple[str, ...]:
    out = []
    for r in rows:
        comp = getattr(r, "competence", None) or "alle"
        role = f" i rollen {r.role}" if getattr(r, "role", None) else ""
        out.append(
            f"{r.unit}/{comp}{role} per {r.date.isoformat()}: {r.persons} personer, "
            f"{r.fte:g} årsverk" + (" (illustrativt)" if getattr(r, "illustrative", False) else "")
        )
    return tuple(out)


def _acts(uses: list[EffectUse]) -> tuple[str, ...]:
    return tuple(f"{e.action}: {e.persons:+g} {e.competence} fra {e.year}" for e in uses)


class Analysis:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.supply = Supply(plan)
        start, _ = when_bounds(plan.plan.period.start)
        _, end = when_bounds(plan.plan.period.end)
        # no projection backwards: the analysis starts at the newest snapshot year at the earliest
        snapshots = self.supply.snapshot_dates()
        first = max(start.year, snapshots[-1].year) if snapshots else start.year
        self.years = tuple(range(min(first, end.year), end.year + 1))
        self.drivers = DriverIndex(plan.drivers)
        self.notes: list[str] = []

    def amount(
        self, unit: str, competences: list[str], year: int
    ) -> tuple[Amount, list[InventoryRow]]:
        total, rows = ZERO, []
        for c in competences:
            total = total + self.supply.base(unit, c, None, year)
            rows.extend(self.supply.rows_used(unit, c, None))
        return total, rows

    def planned(
        self, unit: str, competences: list[str], year: int
    ) -> tuple[Amount, list[EffectUse]]:
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
                    if year >= first:
                        row = self.evaluate(req, unit, year)
                        if row is not None:
                            yield row

    def evaluate(self, req: AnyRequirement, unit: str, year: int) -> GapRow | None:
        basis = req.basis
        need_type = req.need_type or DEFAULT_NEED[req.kind]
        due = True
        vulnerable = False
        drivers: tuple[str, ...] = ()
        if isinstance(req, RatioRequirement):
            raw, parts, used = 0.0, [], []
            for term in req.terms:
                d = self.drivers.find(term.driver, unit)
                if d is None or year not in d.values:
                    self.notes.append(
                        f"{req.id}/{unit}/{year}: no value for driver «{term.driver}» in {year}."
                    )
                    return None
                raw += d.values[year] / term.per
                parts.append(f"{d.values[year]:g}/{term.per:g}")
                src = d.source
                origin = (
                    f" ({src.publisher}"
                    + (f" tabell {src.table}" if src.table else "")
                    + (f", {src.alternative}" if src.alternative else "")
                    + (f", {src.vintage}" if src.vintage else "")
                    + ")"
                    if src
                    else ""
                )
                used.append(f"{d.id} {year}: {d.values[year]:g}{origin}")
            required = _round(raw, req.rounding)
            have, inv = self.amount(unit, req.competences, year)
            plus, acts = self.planned(unit, req.competences, year)
            available, planned = have.of(basis), plus.of(basis)
            formula = f"({' + '.join(parts)}) = {raw:.2f}, avrundet {req.rounding}: {required:g}"
            drivers = tuple(used)
            vulnerable = have.persons <= 1 + EPS
        elif isinstance(req, ShareRequirement):
            total = (
                self.amount(unit, req.of, year)[0]
                if req.of
                else self.supply.base(unit, None, None, year)
            )
            total_rows = (
                self.amount(unit, req.of, year)[1]
                if req.of
                else self.supply.rows_used(unit, None, None)
            )
            grown = (
                total + self.planned(unit, req.of, year)[0]
                if req.of
                else total + self.supply.new_staff(unit, year)
            )
            have, inv = self.amount(unit, req.competences, year)
            plus, acts = self.planned(unit, req.competences, year)
            available, planned = have.of(basis), plus.of(basis)
            if total.of(basis) <= EPS:
                self.notes.append(f"{req.id}/{unit}/{year}: no total staff to take the share of.")
                return None
            inv = inv + total_rows
            if req.min_percent is not None:
                required = _need(basis, req.min_percent / 100 * total.of(basis))
                after = _need(basis, req.min_percent / 100 * grown.of(basis))
                formula = f"{req.min_percent:g} % av {total.of(basis):.2f} {basis} = {required:g}"
                gap = max(0.0, required - available)
                residual = max(0.0, after - available - planned)
            else:
                most = req.max_percent or 0.0
                required = _floor(basis, most / 100 * total.of(basis))
                after = _floor(basis, most / 100 * grown.of(basis))
                formula = f"høyst {most:g} % av {total.of(basis):.2f} {basis} = {required:g}"
                gap = max(0.0, available - required)
                residual = max(0.0, available + planned - after)
                need_type = req.need_type or "avvikling"
            return self._row(
                req,
                unit,
                year,
                required,
                available,
                planned,
                gap,
                residual,
                need_type,
                due,
                False,
                formula,
                inv,
                acts,
                drivers,
            )
        elif isinstance(req, CountRequirement):
            required = max(0.0, req.minimum - req.agreed)
            have, inv = self.amount(unit, req.competences, year)
            plus, acts = self.planned(unit, req.competences, year)
            available, planned = have.of(basis), plus.of(basis)
            formula = f"minst {req.minimum:g}" + (
                f" − {req.agreed:g} ved avtale" if req.agreed else ""
            )
            vulnerable = have.persons <= 1 + EPS
        elif isinstance(req, QualificationRequirement | CourseRequirement):
            basis = "personer"
            role = req.role
            paths = req.paths if isinstance(req, QualificationRequirement) else [[req.course]]
            deadline = req.deadline
            due = deadline is None or year >= deadline.year
            holders = (
                self.supply.base(unit, role, None, year)
                if role
                else self.supply.base(unit, None, None, year)
            )
            inv = list(self.supply.rows_used(unit, role, None))
            available = planned = 0.0
            acts = []
            for path in paths:
                counts, adds = [], []
                for c in path:
                    have = self.supply.base(unit, c, role, year)
                    if have.persons <= EPS and role is not None:
                        have = self.supply.base(unit, c, None, year)
                        inv.extend(self.supply.rows_used(unit, c, None))
                    else:
                        inv.extend(self.supply.rows_used(unit, c, role))
                    counts.append(have.persons)
                    plus, uses = self.supply.planned(unit, c, year)
                    adds.append(plus.persons)
                    acts.extend(uses)
                available += min(counts)
                planned += min(adds)
            required = holders.persons
            available = min(available, required)
            who = f"alle i rollen {role}" if role else "alle ansatte"
            formula = f"{who}: {required:.2f} personer" + (
                f", frist {deadline.isoformat()}" if deadline else ""
            )
        else:  # EmploymentRequirement
            return self._employment(req, unit, year)
        gap = max(0.0, required - available)
        residual = max(0.0, required - available - planned)
        return self._row(
            req,
            unit,
            year,
            required,
            available,
            planned,
            gap,
            residual,
            need_type,
            due,
            vulnerable,
            formula,
            inv,
            acts,
            drivers,
        )

    def _employment(self, req: EmploymentRequirement, unit: str, year: int) -> GapRow | None:
        rows = self.supply.rows_used(unit, None, None) or [
            r
            for u in self.supply.units_under(unit)
            for k, r in self.supply.rows.items()
            if k[0] == u
        ]
        persons_now = sum(r.persons for r in rows)
        if persons_now == 0:
            self.notes.append(
                f"{req.id}/{unit}/{year}: no staff with position sizes in the inventory."
            )
            return None
        scale = sum(self.supply.project(r, year).persons for r in rows) / persons_now
        sizes: dict[str, int] = {}
        for r in rows:
            for band, n in r.position_sizes.items():
                sizes[band] = sizes.get(band, 0) + n
        if not sizes:
            self.notes.append(f"{req.id}/{unit}/{year}: the inventory has no position sizes.")
            return None
        need_type = req.need_type or "mobilisering"
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
                formula = f"ingen nye stillinger under {m:g} %; i dag har {below:.1f} personer mindre stilling"
                gap = 0.0
            else:
                formula = f"ingen stillinger under {m:g} %"
                gap = below
            return self._row(
                req,
                unit,
                year,
                0.0,
                below,
                0.0,
                gap,
                gap,
                need_type,
                True,
                False,
                formula,
                rows,
                [],
                (),
            )
        share = req.full_time_share_percent or 0.0
        full = sum(n for band, n in sizes.items() if band_bounds(band)[1] >= 100) * scale
        total = persons_now * scale
        required = _need("personer", share / 100 * total)
        gap = max(0.0, required - full)
        formula = f"{share:g} % heltid av {total:.2f} personer = {required:g}"
        return self._row(
            req,
            unit,
            year,
            required,
            full,
            0.0,
            gap,
            gap,
            need_type,
            True,
            False,
            formula,
            rows,
            [],
            (),
        )

    def _row(
        self,
        req: AnyRequirement,
        unit: str,
        year: int,
        required: float,
        available: float,
        planned: float,
        gap: float,
        residual: float,
        need_type: str,
        due: bool,
        vulnerable: bool,
        formula: str,
        inv: list[InventoryRow],
        acts: list[EffectUse],
        drivers: tuple[str, ...],
    ) -> GapRow:
        return GapRow(
            unit=unit,
            requirement=req.id,
            year=year,
            kind=req.kind,
            basis=req.basis if req.kind not in ("qualification", "course") else "personer",
            required=required,
            available=available,
            planned=planned,
            gap=gap,
            residual=residual,
            need_type=need_type,
            due=due,
            vulnerable=vulnerable,
            formula=formula,
            sources=Sources(_inv(list({id(r): r for r in inv}.values())), drivers, _acts(acts)),
        )


def _floor(basis: str, value: float) -> float:
    return float(math.floor(value + EPS)) if basis == "personer" else value


def analyse(plan: Plan, *, unit: str | None = None, year: int | None = None) -> GapReport:
    """The gap analysis of a valid plan, optionally for one unit (and those below) or year."""
    analysis = Analysis(plan)
    keep_units = set(analysis.supply.units_under(unit)) if unit else None
    rows = [
        r
        for r in analysis.rows()
        if (keep_units is None or r.unit in keep_units) and (year is None or r.year == year)
    ]
    vulnerable = tuple(
        Vulnerable(k[0], k[1], row.persons)
        for k, row in sorted(analysis.supply.rows.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
        if k[1] is not None
        and k[2] is None
        and row.persons <= 1
        and (keep_units is None or k[0] in keep_units)
    )
    return GapReport(tuple(rows), vulnerable, tuple(analysis.notes), analysis.years)
