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


@dataclass(frozen=True)
class RatioFormula:
    """A norm per driver: the sum of value/per over the terms, rounded as the plan says."""

    terms: tuple[tuple[float, float], ...]
    """(driver value, per) for each term."""
    raw: float
    rounding: str
    required: float


@dataclass(frozen=True)
class ShareFormula:
    """At least (or at most, `ceiling`) a percentage of the staff counted in `basis`."""

    percent: float
    ceiling: bool
    total: float
    basis: str
    required: float
    grown: float | None = None
    """The staff once actions have added to it, when that changes the requirement."""
    after: float | None = None
    """The requirement on the grown staff (with `grown`)."""


@dataclass(frozen=True)
class CountFormula:
    """At least `minimum`, less what an agreement covers."""

    minimum: float
    agreed: float


@dataclass(frozen=True)
class RoleFormula:
    """Everyone in a role (everyone, without one) must qualify, less the exempt, by a deadline."""

    role: str | None
    persons: float
    exempt: float
    deadline: dt.date | None


@dataclass(frozen=True)
class PositionFormula:
    """No positions under `percent`; for new positions only, today's small ones may stay."""

    percent: float
    new_only: bool
    below: float
    """Persons in positions under the limit today (projected)."""


@dataclass(frozen=True)
class FullTimeFormula:
    """A share of the persons in full-time positions."""

    percent: float
    total: float


Formula = (
    RatioFormula | ShareFormula | CountFormula | RoleFormula | PositionFormula | FullTimeFormula
)


@dataclass(frozen=True)
class DriverUse:
    """One driver value a ratio requirement used."""

    driver: str
    year: int
    value: float
    source: DriverSource | None


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Absorbed:
    """An effect dated before the snapshot it would add to: taken to be in it already."""

    effect: EffectUse


Note = Skipped | Absorbed
