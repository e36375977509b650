"""What a gap figure was worked out from, as data: the formula of each requirement kind, the
inventory rows, driver values and action effects used, and the notes on what was left out.

The analysis returns these; `kplan.present.gap` words them. Nothing here is a sentence.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from kplan.analysis.supply import EffectUse
from kplan.plan.model import DriverSource, InventoryRow

EPS = 1e-9


@dataclass(frozen=True, slots=True)
class RatioFormula:
    """A norm per driver: the sum of value/per over the terms, rounded as the plan says."""

    terms: tuple[tuple[float, float], ...]
    """(driver value, per) for each term."""
    raw: float
    rounding: str
    required: float


Rounded = str
"""How a required figure was rounded: «opp», «nærmeste», «ned» or «ingen» (the rule in effect,
the plan's or the default for the basis)."""


@dataclass(frozen=True, slots=True)
class ShareFormula:
    """At least (or at most, `ceiling`) a percentage of the staff counted in `basis`."""

    percent: float
    ceiling: bool
    total: float | None
    """The staff the share is taken of: the staff the unit needs that year (`demand`), else
    the snapshot's staff at a constant level; None when neither is known."""
    basis: str
    required: float | None
    grown: float | None = None
    """Always None: the total no longer moves with the actions (kept until present drops it)."""
    after: float | None = None
    """Always None (see `grown`)."""
    raw: float | None = None
    """`percent` of `total` before rounding."""
    rounding: Rounded = "ingen"
    demand: bool = False
    """The total is the staffing demand of a staffing line (årsverk, or persons at the
    snapshot's persons per årsverk), not the snapshot's staff."""
    of: tuple[str, ...] = ()
    """The competences the share is taken of; empty: all the unit's staff."""


@dataclass(frozen=True, slots=True)
class CountFormula:
    """At least `minimum`, less what an agreement covers."""

    minimum: float
    agreed: float
    rounding: Rounded = "ingen"
    required: float | None = None
    """`minimum − agreed`, rounded."""


@dataclass(frozen=True, slots=True)
class RoleFormula:
    """Everyone in a role (everyone, without one) must qualify, less the exempt, by a deadline."""

    role: str | None
    persons: float | None
    """Persons in the role that year (projected); None without inventory."""
    exempt: float
    """Persons exempt, as the plan gives them per unit."""
    deadline: dt.date | None
    exempt_until: dt.date | None = None
    """The last day of the exemption; None: the whole period."""
    exemptions: str | None = None
    """Who is exempt, in the plan's words («utdannet før 2014»)."""
    exempt_counted: float = 0.0
    """The exempt counted as qualified this year: `exempt` while the exemption holds at 31
    December, else 0 (never more than are in the role)."""
    rounding: Rounded = "opp"


@dataclass(frozen=True, slots=True)
class PositionFormula:
    """No positions under `percent`; for new positions only, today's small ones may stay."""

    percent: float
    new_only: bool
    below: float | None
    """Persons in positions under the limit: today's, the most allowed, for new positions only;
    else projected to the year. None without inventory."""
    total: float | None = None
    """Persons in all positions (projected)."""


@dataclass(frozen=True, slots=True)
class FullTimeFormula:
    """A share of the persons in full-time positions."""

    percent: float
    total: float | None
    """The persons the unit needs: the staffing demand in årsverk times the snapshot's persons
    per årsverk, else the snapshot's persons at a constant level; None when neither is known."""
    required: float | None = None
    rounding: Rounded = "opp"
    demand: bool = False
    """`total` comes from a staffing line."""


@dataclass(frozen=True, slots=True)
class AverageFormula:
    """The average position size should be at least `percent`. The average is taken over the
    position size bands at their midpoints (see `kplan.analysis.employment`)."""

    percent: float
    average: float | None
    bands: tuple[tuple[str, int], ...] = ()
    """(band, persons) as the inventory gives them."""


Formula = (
    RatioFormula
    | ShareFormula
    | CountFormula
    | RoleFormula
    | PositionFormula
    | FullTimeFormula
    | AverageFormula
)


@dataclass(frozen=True, slots=True)
class Measure:
    """What a requirement measures, as it stands that year (before actions), in full
    precision: «positions under 75 %: 50 of 120 (41.7 %)».

    `name` is one of «share» (the share held, of the total the requirement uses),
    «full_time_share» (persons full time, of all persons), «under_minimum» (persons in
    positions under the limit, of all persons) and «average_position» (the average position
    size; no count)."""

    name: str
    value: float | None
    """The measure in `unit`; None when unknown."""
    unit: str
    """«percent»."""
    target: float | None
    """What the requirement aims at, in `unit`; None when it sets no figure (new positions only:
    today's may stay)."""
    count: float | None = None
    """The persons (or årsverk) counted."""
    total: float | None = None
    """Of how many."""


@dataclass(frozen=True, slots=True)
class DriverUse:
    """One driver value a ratio requirement used."""

    driver: str
    year: int
    value: float
    source: DriverSource | None


@dataclass(frozen=True, slots=True)
class Sources:
    """What a row was computed from: enough to explain every figure."""

    inventory: tuple[InventoryRow, ...] = ()
    drivers: tuple[DriverUse, ...] = ()
    actions: tuple[EffectUse, ...] = ()


class Reason(enum.StrEnum):
    """Why a row could not be computed."""

    TOO_LARGE = "too-large"
    """The figures overflowed."""
    NO_DRIVER_VALUE = "no-driver-value"
    """A driver of a ratio has no value for the year."""
    NO_STAFF = "no-staff"
    """A share of nobody: no row for the total staff."""
    NO_POSITION_SIZES = "no-position-sizes"
    """The inventory gives no position sizes for the unit."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row the analysis left out, and why."""

    requirement: str
    unit: str
    year: int
    reason: Reason
    driver: str | None = None
    """The driver without a value (NO_DRIVER_VALUE)."""

    @property
    def id(self) -> str:
        return f"{self.requirement}/{self.unit}/{self.year}"


@dataclass(frozen=True, slots=True)
class Absorbed:
    """An effect dated before the snapshot it would add to: taken to be in it already."""

    effect: EffectUse


Note = Skipped | Absorbed
