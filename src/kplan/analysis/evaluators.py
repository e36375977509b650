"""One small function per requirement kind: the `Figures` for a unit and year.

Each returns what is required, available and planned, with the formula, the measure and the
inventory rows, driver values and effects it used; `kplan.analysis.gap` turns them into rows. A
figure that cannot be worked out raises `Unavailable` with the reason, which becomes a note. A
unit with no inventory at all has figures nobody knows: `available` is then None («ukjent»),
never 0, and so is `required` when it is a count of the unit's own staff. Employment
requirements are in `kplan.analysis.employment`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kplan.analysis.formulas import (
    EPS,
    CountFormula,
    DriverUse,
    Formula,
    Measure,
    RatioFormula,
    Reason,
    RoleFormula,
    Rounded,
    ShareFormula,
)
from kplan.analysis.supply import EffectUse, Supply
from kplan.plan.model import (
    CountRequirement,
    CourseRequirement,
    InventoryRow,
    QualificationRequirement,
    RatioRequirement,
    ShareRequirement,
)

if TYPE_CHECKING:
    from kplan.analysis.gap import GapAnalysis


@dataclass(slots=True)
class Figures:
    """What one requirement kind works out for a unit and year; gap and residual follow."""

    required: float | None
    """None: unknown (the unit has no inventory to count its staff from)."""
    available: float | None
    """None: unknown (the unit has no inventory)."""
    planned: float
    formula: Formula
    inventory: Sequence[InventoryRow | Rows] = ()
    """The rows the figures draw on, or where to find them (listed only when explained)."""
    actions: list[EffectUse] = field(default_factory=list)
    drivers: tuple[DriverUse, ...] = ()
    excess: bool = False
    """A ceiling (at most x %, no positions under y %): the gap is what is over it."""
    due: bool = True
    vulnerable: bool = False
    measure: Measure | None = None
    basis: str | None = None
    """The basis the figures are in, when it is not the requirement's own."""


@dataclass(frozen=True, slots=True)
class Rows:
    """The rows of a competence and role under a unit, looked up only if a figure is explained:
    a unit high in a deep tree draws on many rows, and most reports never list them."""

    supply: Supply
    unit: str
    competence: str | None
    role: str | None

    def rows(self) -> list[InventoryRow]:
        return self.supply.rows_used(self.unit, self.competence, self.role)


FigureRow = tuple[
    float | None,
    float | None,
    float,
    Formula,
    Sequence[InventoryRow | Rows],
    Sequence[EffectUse],
    tuple[DriverUse, ...],
    bool,
    bool,
    bool,
    Measure | None,
    str | None,
]
"""`Figures` as a plain tuple, its fields in order: what the evaluators over all years
(`kplan.analysis.yearly`) make for each year, at a sixth of the cost of a `Figures` (a national
plan has 200,000 rows)."""


def as_tuple(f: Figures) -> FigureRow:
    return (
        f.required,
        f.available,
        f.planned,
        f.formula,
        f.inventory,
        f.actions,
        f.drivers,
        f.excess,
        f.due,
        f.vulnerable,
        f.measure,
        f.basis,
    )


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


def rounding_of(rounding: str | None, basis: str, ceiling: bool = False) -> Rounded:
    """The rounding in effect: the plan's, else whole persons (up for a minimum, down for a
    maximum: never ask for less, never allow more), else none (årsverk)."""
    if rounding is not None:
        return rounding
    if basis != "personer":
        return "ingen"
    return "ned" if ceiling else "opp"


def settle(value: float, rounding: str | None, basis: str, ceiling: bool = False) -> float:
    """A required figure, rounded as `rounding_of` says."""
    return round_required(value, rounding_of(rounding, basis, ceiling))


def whole_up(basis: str, value: float) -> float:
    """Persons come whole: a need for 2.3 persons is 3; årsverk stay as they are."""
    return settle(value, None, basis)


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
    known = a.has_inventory(unit)
    return Figures(
        required,
        have.of(req.basis) if known else None,
        plus.of(req.basis),
        RatioFormula(tuple(terms), raw, req.rounding, required),
        inventory,
        actions,
        tuple(used),
        vulnerable=known and have.persons <= 1 + EPS,
    )


def share(a: GapAnalysis, req: ShareRequirement, unit: str, year: int) -> Figures:
    """A share of the staff the unit needs that year (its staffing line), else of the
    snapshot's staff at a constant level: a target does not ease as staff leave."""
    basis = req.basis
    ceiling = req.min_percent is None
    percent = req.min_percent if req.min_percent is not None else (req.max_percent or 0.0)
    of = list(req.of)
    total, demand = a.staff_needed(unit, of, year, basis)
    counted: list[str | None] = [*of] if of else [None]
    total_rows = [Rows(a.supply, unit, c, None) for c in counted]
    known = a.has_inventory(unit)
    if known and (total is None or total <= EPS):
        raise Unavailable(Reason.NO_STAFF)
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    how = rounding_of(req.rounding, basis, ceiling)
    raw = None if total is None else finite(percent / 100 * total)
    required = None if raw is None else round_required(raw, how)
    available = have.of(basis) if known else None
    formula = ShareFormula(
        percent,
        ceiling,
        total,
        basis,
        required,
        raw=raw,
        rounding=how,
        demand=demand,
        of=tuple(of),
    )
    held_share = None if available is None or not total else finite(100 * available / total)
    return Figures(
        required,
        available,
        plus.of(basis),
        formula,
        [*inventory, *total_rows],
        actions,
        excess=ceiling,
        measure=Measure("share", held_share, "percent", percent, available, total),
    )


def count(a: GapAnalysis, req: CountRequirement, unit: str, year: int) -> Figures:
    have, inventory = a.held(unit, req.competences, year)
    plus, actions = a.added(unit, req.competences, year)
    how = rounding_of(req.rounding, req.basis)
    required = round_required(max(0.0, req.minimum - req.agreed), how)
    known = a.has_inventory(unit)
    return Figures(
        required,
        have.of(req.basis) if known else None,
        plus.of(req.basis),
        CountFormula(req.minimum, req.agreed, how, required),
        inventory,
        actions,
        vulnerable=known and have.persons <= 1 + EPS,
    )


def exempt_in(year: int, until: dt.date | None) -> bool:
    """A year's figures are as at 31 December: an exemption counts in the years it still holds
    on that day."""
    return until is None or until >= dt.date(year, 12, 31)


def qualified(
    a: GapAnalysis, req: QualificationRequirement | CourseRequirement, unit: str, year: int
) -> Figures:
    """Everyone in the role must hold one of the paths (a path's competences together).

    Required is everyone in the role; available is those who hold a path, and the exempt while
    the exemption holds (never more than are in the role). Holders are counted in rows for the
    role (`role:`) when the plan has any for these competences; only a plan without such rows
    falls back to all holders in the unit. The paths are taken to be held by different people,
    as alternative routes usually are."""
    role = req.role
    paths = req.paths if isinstance(req, QualificationRequirement) else [[req.course]]
    in_role = a.supply.base(unit, role, None, year)
    inventory: list[InventoryRow | Rows] = [Rows(a.supply, unit, role, None)]
    by_role = role is not None and any(
        a.supply.rows_used(unit, c, role) for path in paths for c in path
    )
    counted = role if by_role else None
    holders_total = planned = 0.0
    actions: list[EffectUse] = []
    for path in paths:
        holders, adds = [], []
        for c in path:
            holders.append(a.supply.base(unit, c, counted, year).persons)
            inventory.append(Rows(a.supply, unit, c, counted))
            plus, uses = a.supply.planned(unit, c, year)
            adds.append(plus.persons)
            actions.extend(uses)
        # a path of no competences (`[]`) is held by nobody and adds nobody
        holders_total += min(holders, default=0.0)
        planned += min(adds, default=0.0)
    deadline = req.deadline
    how = rounding_of(req.rounding, "personer")
    known = a.has_inventory(unit)
    required = round_required(in_role.persons, how) if known else None
    if isinstance(req, QualificationRequirement):
        until, text, exempt = req.exempt_until, req.exemptions, float(req.exempt)
    else:
        until, text, exempt = None, None, 0.0
    counted_exempt = exempt if exempt_in(year, until) else 0.0
    if required is not None:
        counted_exempt = min(counted_exempt, required)
    available = None if required is None else min(required, holders_total + counted_exempt)
    formula = RoleFormula(
        role,
        in_role.persons if known else None,
        exempt,
        deadline,
        exempt_until=until,
        exemptions=text,
        exempt_counted=counted_exempt,
        rounding=how,
    )
    return Figures(
        required,
        available,
        planned,
        formula,
        inventory,
        actions,
        due=deadline is None or year >= deadline.year,
        basis="personer",
    )
