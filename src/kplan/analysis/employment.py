"""Employment requirements (stillingsstørrelse, heltid): position sizes from the inventory's
`position_sizes` bands, measured and set against the target.

- No positions under a limit (all positions): required is 0 persons under it, available the
  persons under it, and the gap is that excess («over måltall»). For new positions only,
  today's small positions may stay: required = available, shown for the count and share.
- A full-time share: required is the share of the persons the unit needs (its staffing line
  in årsverk times the snapshot's persons per årsverk, else the snapshot's persons at a
  constant level), available the persons in full-time positions.
- An average position size: required is the target in percent, available the average; the
  gap is in percentage points.

Bands are counted in whole percent (`band_bounds`): a band's persons are spread evenly over
its values, so «50-74» has a quarter of its persons under 57 %. The average takes each band at
its midpoint, (lowest + highest) / 2: «<50» (0-49) is 24.5, «50-74» is 62, «75-99» is 87, and
«100» is 100. Position sizes are not projected one by one: the counts shrink with the staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kplan.analysis.evaluators import (
    FigureRow,
    Figures,
    Unavailable,
    as_tuple,
    finite,
    round_required,
    rounding_of,
)
from kplan.analysis.formulas import (
    AverageFormula,
    FullTimeFormula,
    Measure,
    PositionFormula,
    Reason,
)
from kplan.analysis.frozen import maker
from kplan.analysis.supply import Amount
from kplan.plan.model import EmploymentRequirement, InventoryRow, band_bounds

if TYPE_CHECKING:
    from kplan.analysis.gap import GapAnalysis


def midpoint(band: str) -> float:
    low, high = band_bounds(band)
    return (low + high) / 2


def average_position(sizes: dict[str, int]) -> float | None:
    """The average position size in percent, each band at its midpoint."""
    persons = sum(sizes.values())
    if persons == 0:
        return None
    return sum(midpoint(band) * n for band, n in sizes.items()) / persons


def under(sizes: dict[str, int], limit: float) -> float:
    """Persons in positions under `limit` percent, a straddling band in proportion."""
    below = 0.0
    for band, n in sizes.items():
        low, high = band_bounds(band)
        if high < limit:
            below += n
        elif low < limit:
            below += n * (limit - low) / (high - low + 1)
    return below


def _staff(a: GapAnalysis, unit: str) -> tuple[list[InventoryRow], int, dict[str, int]]:
    """The unit's rows counted once, its persons at the snapshot, and how many of them hold each
    position size."""
    rows = a.supply.rows_used(unit, None, None) or _counted_once(a.supply.rows_of(unit))
    sizes: dict[str, int] = {}
    for r in rows:
        for band, n in r.position_sizes.items():
            sizes[band] = sizes.get(band, 0) + n
    return rows, sum(r.persons for r in rows), sizes


def employment(a: GapAnalysis, req: EmploymentRequirement, unit: str, year: int) -> Figures:
    if not a.has_inventory(unit):
        return _unknown(req)
    rows, persons_now, sizes = _staff(a, unit)
    # bands that count nobody are no position sizes: a share of them would be 0 from no data
    if persons_now == 0 or not any(sizes.values()):
        raise Unavailable(Reason.NO_POSITION_SIZES)
    sized = sum(sizes.values())
    scale = sum(a.supply.project(r, year).persons for r in rows) / persons_now
    if req.min_position_percent is not None:
        m = req.min_position_percent
        today = under(sizes, m)
        below = today * scale
        total = sized * scale
        new_only = req.applies_to == "nye stillinger"
        measure = Measure(
            "under_minimum",
            finite(100 * below / total) if total > 0 else None,
            "percent",
            None if new_only else 0.0,
            below,
            total,
        )
        # a rule for new positions: today's small positions may stay, but no more of them; the
        # most allowed is today's count, not one that shrinks as their holders leave
        formula = PositionFormula(m, new_only, today if new_only else below, total)
        allowed = today if new_only else 0.0
        return Figures(
            allowed, below, 0.0, formula, rows, excess=True, measure=measure, basis="personer"
        )
    if req.min_average_position_percent is not None:
        target = req.min_average_position_percent
        average = average_position(sizes)
        return Figures(
            target,
            average,
            0.0,
            AverageFormula(target, average, tuple(sorted(sizes.items()))),
            rows,
            measure=Measure("average_position", average, "percent", target),
            basis="prosent",
        )
    pct = req.full_time_share_percent or 0.0
    full = sum(n for band, n in sizes.items() if band_bounds(band)[0] >= 100)
    fte_now = sum(r.fte for r in rows)
    needed, demand = a.staff_needed(unit, [], year, "personer", Amount(persons_now, fte_now))
    how = rounding_of(req.rounding, "personer")
    required = None if needed is None else round_required(pct / 100 * needed, how)
    measure = Measure(
        "full_time_share", 100 * full / sized, "percent", pct, full * scale, sized * scale
    )
    return Figures(
        required,
        full * scale,
        0.0,
        FullTimeFormula(pct, needed, required, how, demand),
        rows,
        measure=measure,
        basis="personer",
    )


def _counted_once(rows: list[InventoryRow]) -> list[InventoryRow]:
    """The rows that count each person once, without a row for the total staff: a unit's
    persons are in its role rows and again, by education, in its competence rows, so a unit
    with role rows is counted by those, one without by its competence rows."""
    with_roles = {r.unit for r in rows if r.competence is None}
    return [r for r in rows if r.competence is None or r.unit not in with_roles]


def _unknown(req: EmploymentRequirement) -> Figures:
    """No inventory at all: what the requirement sets is known, what the unit has is not."""
    rows: list[InventoryRow] = []
    if req.min_position_percent is not None:
        new_only = req.applies_to == "nye stillinger"
        return Figures(
            None if new_only else 0.0,
            None,
            0.0,
            PositionFormula(req.min_position_percent, new_only, None),
            rows,
            excess=True,
            measure=Measure("under_minimum", None, "percent", None if new_only else 0.0),
            basis="personer",
        )
    if req.min_average_position_percent is not None:
        target = req.min_average_position_percent
        return Figures(
            target,
            None,
            0.0,
            AverageFormula(target, None),
            rows,
            measure=Measure("average_position", None, "percent", target),
            basis="prosent",
        )
    pct = req.full_time_share_percent or 0.0
    return Figures(
        None,
        None,
        0.0,
        FullTimeFormula(pct, None),
        rows,
        measure=Measure("full_time_share", None, "percent", pct),
        basis="personer",
    )


# `employment` over all the years of a requirement and unit (`kplan.analysis.yearly`): the rows,
# the position sizes and the snapshot are found once; each year's figures are `employment`'s
_measure = maker(Measure)
_position = maker(PositionFormula)
_full_time = maker(FullTimeFormula)


def employment_years(
    a: GapAnalysis, req: EmploymentRequirement, unit: str, years: Sequence[int]
) -> list[FigureRow | Unavailable]:
    if not a.has_inventory(unit):
        return [as_tuple(_unknown(req)) for _ in years]
    rows, persons_now, sizes = _staff(a, unit)
    if persons_now == 0 or not any(sizes.values()):  # as `employment`
        return [Unavailable(Reason.NO_POSITION_SIZES) for _ in years]
    sized = sum(sizes.values())
    # each year's sum over the rows in order, as `employment` adds `project(r, year).persons`
    left = [a.supply.left_persons(r, years) for r in rows]
    scales = [sum([column[i] for column in left]) / persons_now for i in range(len(years))]
    if req.min_position_percent is not None:
        return _positions(req, req.min_position_percent, rows, sizes, sized, scales)
    if req.min_average_position_percent is not None:
        target = req.min_average_position_percent
        average = average_position(sizes)
        return [
            (
                target,
                average,
                0.0,
                AverageFormula(target, average, tuple(sorted(sizes.items()))),
                rows,
                (),
                (),
                False,
                True,
                False,
                Measure("average_position", average, "percent", target),
                "prosent",
            )
            for _ in years
        ]
    pct = req.full_time_share_percent or 0.0
    full = sum(n for band, n in sizes.items() if band_bounds(band)[0] >= 100)
    fte_now = sum(r.fte for r in rows)
    snapshot = Amount(persons_now, fte_now)
    how = rounding_of(req.rounding, "personer")
    out: list[FigureRow | Unavailable] = []
    for year, scale in zip(years, scales, strict=True):
        try:
            needed, demand = a.staff_needed(unit, [], year, "personer", snapshot)
            required = None if needed is None else round_required(pct / 100 * needed, how)
        except Unavailable as why:
            out.append(why)
            continue
        measure = _measure(
            "full_time_share", 100 * full / sized, "percent", pct, full * scale, sized * scale
        )
        out.append(
            (
                required,
                full * scale,
                0.0,
                _full_time(pct, needed, required, how, demand),
                rows,
                (),
                (),
                False,
                True,
                False,
                measure,
                "personer",
            )
        )
    return out


def _positions(
    req: EmploymentRequirement,
    m: float,
    rows: list[InventoryRow],
    sizes: dict[str, int],
    sized: int,
    scales: list[float],
) -> list[FigureRow | Unavailable]:
    """No positions under `m` percent, each year (`kplan.analysis.employment.employment`)."""
    today = under(sizes, m)
    new_only = req.applies_to == "nye stillinger"
    allowed = today if new_only else 0.0
    target = None if new_only else 0.0
    out: list[FigureRow | Unavailable] = []
    for scale in scales:
        below = today * scale
        total = sized * scale
        try:
            value = finite(100 * below / total) if total > 0 else None
        except Unavailable as why:
            out.append(why)
            continue
        measure = _measure("under_minimum", value, "percent", target, below, total)
        formula = _position(m, new_only, today if new_only else below, total)
        out.append(
            (allowed, below, 0.0, formula, rows, (), (), True, True, False, measure, "personer")
        )
    return out
