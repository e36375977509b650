"""One gap figure taken apart for `kplan gap --explain`: the requirement behind it and the
projection step by step, so a reader can redo the arithmetic.

Each inventory row goes from its snapshot to the figure's year one year at a time: at the start
of a year, less those who reach the retirement age that year (by age band), less turnover of
those who are left, gives the end of the year, which is the next year's start. Each action
effect used adds (or, a move, takes away) persons in its year, less turnover from then on.
The figures come from `Supply.project` and `Supply.retiring`, so they are the analysis' own;
`kplan.present.explain` words them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from kplan.analysis.formulas import EPS, DriverUse
from kplan.analysis.gap import GapRow, Names
from kplan.analysis.supply import Amount, EffectUse, Supply, retired
from kplan.plan.direction import Source
from kplan.plan.model import InventoryRow, Plan, QualificationRequirement


def _minus(a: Amount, b: Amount) -> Amount:
    return Amount(a.persons - b.persons, a.fte - b.fte)


def _times(a: Amount, factor: float) -> Amount:
    return Amount(a.persons * factor, a.fte * factor)


@dataclass(frozen=True)
class Retiring:
    """Those of one age band who reach the retirement age in a year."""

    band: str
    amount: Amount


@dataclass(frozen=True)
class Step:
    """One year of a row's projection: start − retiring − turnover = end."""

    year: int
    start: Amount
    retiring: Amount
    """Those who reach the retirement age this year, of those turnover has left so far."""
    who: tuple[Retiring, ...]
    """`retiring` by age band (bands with nobody retiring left out)."""
    turnover: Amount
    """`turnover_percent` of those left after the retirements."""
    end: Amount


@dataclass(frozen=True)
class RowProjection:
    """An inventory row from its snapshot to the figure's year."""

    row: InventoryRow
    retirement_age: int
    turnover_percent: float
    steps: tuple[Step, ...]
    """One per year after the snapshot year; none when the figure's year is the snapshot's."""

    @property
    def end(self) -> Amount:
        """The row in the figure's year: what it adds to `available` (or to the total)."""
        return self.steps[-1].end if self.steps else Amount(float(self.row.persons), self.row.fte)


@dataclass(frozen=True)
class EffectProjection:
    """An action effect used: what it adds in its year and what is left of it by the figure's
    year after turnover."""

    effect: EffectUse
    title: str
    """The action's title."""
    to: int
    """The figure's year."""
    kept: Amount


@dataclass(frozen=True)
class DriverLine:
    """A driver value used, with what the plan calls the driver and whether it is made up."""

    use: DriverUse
    name: str
    illustrative: bool


@dataclass(frozen=True)
class Exemption:
    """Who a qualification requirement exempts, how many per unit, and until when."""

    text: str | None
    persons: float
    until: dt.date | None
    """The last day it holds; None: the whole plan period."""


@dataclass(frozen=True)
class Explanation:
    """Everything `--explain` shows about one figure."""

    row: GapRow
    title: str
    """The requirement's title."""
    source: Source | None
    rounding: str | None
    """The requirement's `rounding`; None: the default for its basis."""
    illustrative: bool
    """The requirement is made up for illustration."""
    exemption: Exemption | None
    projections: tuple[RowProjection, ...]
    effects: tuple[EffectProjection, ...]
    drivers: tuple[DriverLine, ...]
    turnover_percent: float
    names: Names = field(default_factory=Names)
    actions: Mapping[str, str] = field(default_factory=dict)
    """Action titles by id."""


def _who(supply: Supply, row: InventoryRow, years_on: int, kept: float) -> tuple[Retiring, ...]:
    """The age bands of those reaching the retirement age `years_on` years after the snapshot,
    each band worked out as a row of its own so the bands add up to `Supply.retiring`."""
    age = supply.retirement_age(row.unit)
    out = []
    for band, count in row.age_bands.items():
        fte = row.fte_by_age.get(band)
        if fte is None:
            fte = row.fte * count / row.persons if row.persons else 0.0
        alone = row.model_copy(
            update={
                "persons": count,
                "fte": fte,
                "age_bands": {band: count},
                "fte_by_age": {band: fte} if row.fte_by_age else {},
            }
        )
        amount = _minus(retired(alone, years_on, age), retired(alone, years_on - 1, age))
        if amount.persons > EPS or amount.fte > EPS:
            out.append(Retiring(band, _times(amount, kept)))
    return tuple(out)


def project_row(supply: Supply, row: InventoryRow, year: int) -> RowProjection:
    """The row year by year from its snapshot to `year`."""
    rate = supply.settings.turnover_percent
    stay = 1.0 - rate / 100.0
    first = row.date.year
    steps = []
    for y in range(first + 1, year + 1):
        start, end = supply.project(row, y - 1), supply.project(row, y)
        # those who reach the age this year are still there only if turnover has not taken them
        kept = stay ** (y - first - 1)
        retiring = _times(supply.retiring(row, y), kept)
        turnover = _minus(_minus(start, retiring), end)
        steps.append(Step(y, start, retiring, _who(supply, row, y - first, kept), turnover, end))
    return RowProjection(row, supply.retirement_age(row.unit), rate, tuple(steps))


def project_effect(supply: Supply, effect: EffectUse, year: int, title: str) -> EffectProjection:
    """An effect from its year to `year`: it leaves at the turnover rate, as the analysis has it."""
    stay = (1.0 - supply.settings.turnover_percent / 100.0) ** max(0, year - effect.year)
    kept = Amount(effect.persons * stay, effect.fte * stay)
    return EffectProjection(effect, title, year, kept)


def explanation(plan: Plan, row: GapRow, supply: Supply | None = None) -> Explanation:
    """The figure `row` of `plan`'s gap analysis, taken apart (`supply` if the caller has one)."""
    supply = supply or Supply(plan)
    req = next((r for r in plan.requirements if r.id == row.requirement), None)
    sources = row.sources
    titles = {a.id: a.title for a in plan.actions}
    by_id = {d.id: d for d in plan.drivers}
    exemption = None
    if isinstance(req, QualificationRequirement) and (req.exempt or req.exemptions):
        exemption = Exemption(req.exemptions, float(req.exempt), req.exempt_until)
    return Explanation(
        row=row,
        title=req.title if req else row.requirement,
        source=req.source if req else None,
        rounding=req.rounding if req else None,
        illustrative=bool(req and req.illustrative),
        exemption=exemption,
        projections=tuple(project_row(supply, r, row.year) for r in sources.inventory),
        effects=tuple(
            project_effect(supply, e, row.year, titles.get(e.action, e.action))
            for e in sources.actions
        ),
        drivers=tuple(
            DriverLine(
                d,
                by_id[d.driver].name if d.driver in by_id else d.driver,
                bool(d.driver in by_id and by_id[d.driver].illustrative),
            )
            for d in sources.drivers
        ),
        turnover_percent=supply.settings.turnover_percent,
        names=Names.of(plan),
        actions=titles,
    )


__all__ = [
    "DriverLine",
    "EffectProjection",
    "Exemption",
    "Explanation",
    "Retiring",
    "RowProjection",
    "Step",
    "explanation",
    "project_effect",
    "project_row",
]
