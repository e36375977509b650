"""The evaluators of `kplan.analysis.evaluators` and `kplan.analysis.employment` over all the
years of one requirement and unit at once.

What does not change with the year (the rows' span in the tree, the effects under the unit, the
drivers, whether the unit has inventory, the snapshot a share is taken of) is found once; each
year's figures are then the per-year function's arithmetic, term for term and in the same order,
so they are the same to the last bit (tests/test_gap_years.py holds them to it). A year that
cannot be worked out is its `Unavailable`, in its place, with the reason the per-year function
would raise first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from kplan.analysis.employment import employment_years
from kplan.analysis.evaluators import (
    FigureRow,
    Rows,
    Unavailable,
    exempt_in,
    finite,
    round_required,
    rounding_of,
)
from kplan.analysis.formulas import (
    EPS,
    CountFormula,
    DriverUse,
    Measure,
    RatioFormula,
    Reason,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.frozen import maker
from kplan.analysis.supply import Amount, EffectUse
from kplan.analysis.vulnerable import SNAPSHOT
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

Result = FigureRow | Unavailable
Years = Sequence[int]

# each year's formula and measure, made by position (`kplan.analysis.frozen`)
_driver = maker(DriverUse)
_ratio = maker(RatioFormula)
_share = maker(ShareFormula)
_measure = maker(Measure)
_role = maker(RoleFormula)
_rows = maker(Rows)


class Held(NamedTuple):
    """`GapAnalysis.held` for each year, as its persons and its årsverk."""

    persons: list[float]
    fte: list[float]
    rows: list[InventoryRow | Rows]

    def of(self, basis: str) -> list[float]:
        return self.persons if basis == "personer" else self.fte


def held_years(a: GapAnalysis, unit: str, competences: list[str], years: Years) -> Held:
    """`GapAnalysis.held` for each year: the competences' supply added in their order."""
    persons, fte = [0.0] * len(years), [0.0] * len(years)
    rows: list[InventoryRow | Rows] = []
    for c in competences:
        p, f = a.supply.base_columns(unit, c, None, years)
        persons = [t + b for t, b in zip(persons, p, strict=True)]
        fte = [t + b for t, b in zip(fte, f, strict=True)]
        rows.append(_rows(a.supply, unit, c, None))
    return Held(persons, fte, rows)


class Added(NamedTuple):
    """`GapAnalysis.added` for each year: persons, årsverk and the effects used."""

    persons: list[float]
    fte: list[float]
    uses: list[list[EffectUse]]

    def of(self, basis: str) -> list[float]:
        return self.persons if basis == "personer" else self.fte


def added_years(a: GapAnalysis, unit: str, competences: list[str], years: Years) -> Added:
    """`GapAnalysis.added` for each year: the competences' effects added in their order. A
    competence with no effect under the unit adds 0.0, which leaves every sum as it is (a sum
    that starts at 0.0 is never -0.0), so it is left out."""
    persons, fte = [0.0] * len(years), [0.0] * len(years)
    uses: list[list[EffectUse]] = [[] for _ in years]
    for c in competences:
        planned = a.supply.planned_years(unit, c, years)
        if planned is None:
            continue
        for i, (plus, used) in enumerate(planned):
            persons[i] = persons[i] + plus.persons
            fte[i] = fte[i] + plus.fte
            uses[i].extend(used)
    return Added(persons, fte, uses)


def ratio_years(a: GapAnalysis, req: RatioRequirement, unit: str, years: Years) -> list[Result]:
    found = [(term, a.drivers.find(term.driver, unit)) for term in req.terms]
    have = held_years(a, unit, req.competences, years)
    plus = added_years(a, unit, req.competences, years)
    held, added = have.of(req.basis), plus.of(req.basis)
    known = a.has_inventory(unit)
    out: list[Result] = []
    for i, year in enumerate(years):
        try:
            raw = 0.0
            terms: list[tuple[float, float]] = []
            used: list[DriverUse] = []
            for term, d in found:
                if d is None or year not in d.values:
                    raise Unavailable(Reason.NO_DRIVER_VALUE, term.driver)
                raw += d.values[year] / term.per
                terms.append((d.values[year], term.per))
                used.append(_driver(d.id, year, d.values[year], d.source))
            required = round_required(raw, req.rounding)
        except Unavailable as why:
            out.append(why)
            continue
        out.append(
            (
                required,
                held[i] if known else None,
                added[i],
                _ratio(tuple(terms), raw, req.rounding, required),
                have.rows,
                plus.uses[i],
                tuple(used),
                False,
                True,
                known and have.persons[i] <= 1 + EPS,
                None,
                None,
            )
        )
    return out


def share_years(a: GapAnalysis, req: ShareRequirement, unit: str, years: Years) -> list[Result]:
    basis = req.basis
    ceiling = req.min_percent is None
    percent = req.min_percent if req.min_percent is not None else (req.max_percent or 0.0)
    of = list(req.of)
    if of:
        counted_now = held_years(a, unit, of, [SNAPSHOT])
        snapshot = Amount(counted_now.persons[0], counted_now.fte[0])
    else:
        snapshot = a.supply.base(unit, None, None, SNAPSHOT)
    counted: list[str | None] = [*of] if of else [None]
    total_rows = [_rows(a.supply, unit, c, None) for c in counted]
    known = a.has_inventory(unit)
    have = held_years(a, unit, req.competences, years)
    plus = added_years(a, unit, req.competences, years)
    held, added = have.of(basis), plus.of(basis)
    rows = [*have.rows, *total_rows]
    how = rounding_of(req.rounding, basis, ceiling)
    of_all = tuple(of)
    out: list[Result] = []
    for i, year in enumerate(years):
        try:
            total, demand = a.staff_needed(unit, of, year, basis, snapshot)
            if known and (total is None or total <= EPS):
                raise Unavailable(Reason.NO_STAFF)
            raw = None if total is None else finite(percent / 100 * total)
            required = None if raw is None else round_required(raw, how)
            available = held[i] if known else None
            formula = _share(
                percent, ceiling, total, basis, required, None, None, raw, how, demand, of_all
            )
            held_share = None if available is None or not total else finite(100 * available / total)
        except Unavailable as why:
            out.append(why)
            continue
        out.append(
            (
                required,
                available,
                added[i],
                formula,
                rows,
                plus.uses[i],
                (),
                ceiling,
                True,
                False,
                _measure("share", held_share, "percent", percent, available, total),
                None,
            )
        )
    return out


def count_years(a: GapAnalysis, req: CountRequirement, unit: str, years: Years) -> list[Result]:
    have = held_years(a, unit, req.competences, years)
    plus = added_years(a, unit, req.competences, years)
    held, added = have.of(req.basis), plus.of(req.basis)
    how = rounding_of(req.rounding, req.basis)
    try:
        required = round_required(max(0.0, req.minimum - req.agreed), how)
    except Unavailable as why:
        return [why for _ in years]
    known = a.has_inventory(unit)
    formula = CountFormula(req.minimum, req.agreed, how, required)  # the same every year
    return [
        (
            required,
            held[i] if known else None,
            added[i],
            formula,
            have.rows,
            plus.uses[i],
            (),
            False,
            True,
            known and have.persons[i] <= 1 + EPS,
            None,
            None,
        )
        for i in range(len(years))
    ]


def qualified_years(
    a: GapAnalysis, req: QualificationRequirement | CourseRequirement, unit: str, years: Years
) -> list[Result]:
    role = req.role
    paths = req.paths if isinstance(req, QualificationRequirement) else [[req.course]]
    supply = a.supply
    in_role = supply.base_columns(unit, role, None, years)[0]
    inventory: list[InventoryRow | Rows] = [_rows(supply, unit, role, None)]
    by_role = role is not None and any(
        supply.has_rows(unit, c, role) for path in paths for c in path
    )
    counted = role if by_role else None
    # each path's holders and what the actions add to them, the fewest of its competences
    holding: list[list[float]] = []
    adding: list[list[float]] = []
    effects: list[list[list[EffectUse]]] = []
    for path in paths:
        if not path:  # held by nobody, adds nobody: 0.0, which leaves the sums as they are
            continue
        holders, adds = [], []
        acted = False
        for c in path:
            inventory.append(_rows(supply, unit, c, counted))
            holders.append(supply.base_columns(unit, c, counted, years)[0])
            planned = supply.planned_years(unit, c, years)
            if planned is None:
                adds.append([0.0] * len(years))
            else:
                acted = True
                adds.append([plus.persons for plus, _ in planned])
                effects.append([uses for _, uses in planned])
        holding.append(_fewest(holders))
        # a path no action adds to adds 0.0 each year: the sum stays as it is, so it is left out
        if acted:
            adding.append(_fewest(adds))
    deadline = req.deadline
    how = rounding_of(req.rounding, "personer")
    known = a.has_inventory(unit)
    if isinstance(req, QualificationRequirement):
        until, text, exempt = req.exempt_until, req.exemptions, float(req.exempt)
    else:
        until, text, exempt = None, None, 0.0
    out: list[Result] = []
    for i, year in enumerate(years):
        holders_total = planned_total = 0.0
        for held in holding:
            holders_total += held[i]
        for added in adding:
            planned_total += added[i]
        actions = [e for used in effects for e in used[i]]
        try:
            required = round_required(in_role[i], how) if known else None
        except Unavailable as why:
            out.append(why)
            continue
        counted_exempt = exempt if until is None or exempt_in(year, until) else 0.0
        # min() written out, with its choice on a tie or a NaN: `x if x < a else a` is min(a, x)
        available = None
        if required is not None:
            counted_exempt = required if required < counted_exempt else counted_exempt
            holding_now = holders_total + counted_exempt
            available = holding_now if holding_now < required else required
        formula = _role(
            role, in_role[i] if known else None, exempt, deadline, until, text, counted_exempt, how
        )
        out.append(
            (
                required,
                available,
                planned_total,
                formula,
                inventory,
                actions,
                (),
                False,
                deadline is None or year >= deadline.year,
                False,
                None,
                "personer",
            )
        )
    return out


def _fewest(columns: list[list[float]]) -> list[float]:
    """Each year's least of the columns (`min` of the year's values, in the same order)."""
    if len(columns) == 1:
        return columns[0]
    return [min(each) for each in zip(*columns, strict=True)]


YEARLY: dict[str, Callable[[GapAnalysis, Any, str, Years], list[Result]]] = {
    "ratio": ratio_years,
    "share": share_years,
    "count": count_years,
    "qualification": qualified_years,
    "course": qualified_years,
    "employment": employment_years,
}
"""The evaluator over all years of each requirement kind (`kplan.analysis.gap.EVALUATORS`)."""
