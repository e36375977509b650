"""One small function per requirement kind: the `Figures` for a unit and year.

Each returns what is required, available and planned, with the formula and the inventory rows,
driver values and effects it used; `kplan.analysis.gap` turns them into rows. A figure that
cannot be worked out raises `Unavailable` with the reason, which becomes a note.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kplan.analysis.formulas import (
    EPS,
    CountFormula,
    DriverUse,
    Formula,
    FullTimeFormula,
    PositionFormula,
    RatioFormula,
    Reason,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.supply import EffectUse, Supply
from kplan.plan.model import (
    CountRequirement,
    CourseRequirement,
    EmploymentRequirement,
    InventoryRow,
    QualificationRequirement,
    RatioRequirement,
    ShareRequirement,
    band_bounds,
)

if TYPE_CHECKING:
    from kplan.analysis.gap import GapAnalysis


@dataclass
class Figures:
    """What one requirement kind works out for a unit and year; gap and residual follow."""

    required: float
    available: float
    planned: float
    formula: Formula
    inventory: Sequence[InventoryRow | Rows] = ()
    """The rows the figures draw on, or where to find them (listed only when explained)."""
    actions: list[EffectUse] = field(default_factory=list)
    drivers: tuple[DriverUse, ...] = ()
    excess: bool = False
    """A ceiling (at most x %): the gap is what is over it."""
    required_after: float | None = None
    """The requirement once actions have changed the staff it is a share of."""
    due: bool = True
    vulnerable: bool = False


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
    """A row cannot be computed; the reason becomes a note in the report."""

    def __init__(self, reason: Reason, driver: str | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.driver = driver


def finite(value: float) -> float:
    """The value, when it is a real number: a sum that overflowed is no figure at all."""
    if not math.isfinite(value):
        raise Unavailable(Reason.TOO_LARGE)
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


def ratio(a: GapAnalysis, req: RatioRequirement, unit: str, year: int) -> Figures:
    raw = 0.0
    terms: list[tuple[float, float]] = []
    used: list[DriverUse] = []
    for term in req.terms:
        d = a.drivers.find(term.driver, unit)
        if d is None or year not in d.values:
            raise Unavailable(Reason.NO_DRIVER_VALUE, term.driver)
        raw += d.values[year] / term.per
        terms.append((d.values[year], term.per))
        used.append(DriverUse(d.id, year, d.values[year], d.source))
    required = round_required(raw, req.rounding)
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    return Figures(
        required,
        have.of(req.basis),
        plus.of(req.basis),
        RatioFormula(tuple(terms), raw, req.rounding, required),
        inventory,
        actions,
        tuple(used),
        vulnerable=have.persons <= 1 + EPS,
    )


def share(a: GapAnalysis, req: ShareRequirement, unit: str, year: int) -> Figures:
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
        raise Unavailable(Reason.NO_STAFF)
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    if req.min_percent is not None:
        percent = req.min_percent
        required = whole_up(basis, percent / 100 * total.of(basis))
        after = whole_up(basis, percent / 100 * grown.of(basis))
    else:
        percent = req.max_percent or 0.0
        required = whole_down(basis, percent / 100 * total.of(basis))
        after = whole_down(basis, percent / 100 * grown.of(basis))
    excess = req.min_percent is None
    # actions change the staff the share is taken of, so the residual uses the new total
    changed = abs(after - required) > EPS
    formula = ShareFormula(
        percent,
        excess,
        total.of(basis),
        basis,
        required,
        grown.of(basis) if changed else None,
        after if changed else None,
    )
    return Figures(
        required,
        have.of(basis),
        plus.of(basis),
        formula,
        [*inventory, *total_rows],
        actions,
        excess=excess,
        required_after=after,
    )


def count(a: GapAnalysis, req: CountRequirement, unit: str, year: int) -> Figures:
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    return Figures(
        max(0.0, req.minimum - req.agreed),
        have.of(req.basis),
        plus.of(req.basis),
        CountFormula(req.minimum, req.agreed),
        inventory,
        actions,
        vulnerable=have.persons <= 1 + EPS,
    )


def qualified(
    a: GapAnalysis, req: QualificationRequirement | CourseRequirement, unit: str, year: int
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
    exempt = req.exempt if isinstance(req, QualificationRequirement) else 0.0
    required = whole_up("personer", max(0.0, in_role.persons - exempt))
    return Figures(
        required,
        min(available, required),
        planned,
        RoleFormula(role, in_role.persons, exempt, deadline),
        inventory,
        actions,
        due=deadline is None or year >= deadline.year,
    )


def employment(a: GapAnalysis, req: EmploymentRequirement, unit: str, year: int) -> Figures:
    rows = a.supply.rows_used(unit, None, None) or a.supply.rows_of(unit)
    persons_now = sum(r.persons for r in rows)
    sizes: dict[str, int] = {}
    for r in rows:
        for band, n in r.position_sizes.items():
            sizes[band] = sizes.get(band, 0) + n
    if persons_now == 0 or not sizes:
        raise Unavailable(Reason.NO_POSITION_SIZES)
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
        new_only = req.applies_to == "nye stillinger"
        formula = PositionFormula(m, new_only, below)
        if new_only:
            # a rule for new positions: today's small positions may stay, but no more of them
            return Figures(below, below, 0.0, formula, rows, excess=True)
        return Figures(0.0, below, 0.0, formula, rows, excess=True)
    pct = req.full_time_share_percent or 0.0
    full = sum(n for band, n in sizes.items() if band_bounds(band)[1] >= 100) * scale
    total = persons_now * scale
    required = whole_up("personer", pct / 100 * total)
    return Figures(required, full, 0.0, FullTimeFormula(pct, total), rows)


EVALUATORS: dict[str, Callable[[GapAnalysis, Any, str, int], Figures]] = {
    "ratio": ratio,
    "share": share,
    "count": count,
    "qualification": qualified,
    "course": qualified,
    "employment": employment,
}
