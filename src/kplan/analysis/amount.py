"""Persons and årsverk, and who of an inventory row has reached the retirement age some years
after its snapshot (`kplan.analysis.supply` projects the rows with these)."""

from __future__ import annotations

from array import array
from typing import NamedTuple

from kplan.plan.model import InventoryRow, band_bounds


class Amount(NamedTuple):
    """Persons and årsverk. A named tuple, not a frozen dataclass: an analysis makes millions
    of them, and a frozen dataclass costs a `object.__setattr__` per field to make."""

    persons: float
    fte: float

    def of(self, basis: str) -> float:
        return self.persons if basis == "personer" else self.fte

    def __add__(self, other: Amount) -> Amount:  # type: ignore[override]
        return Amount(self.persons + other.persons, self.fte + other.fte)


ZERO = Amount(0.0, 0.0)


class Vector(NamedTuple):
    """One inventory row over the years after its snapshot, by years on (0: the snapshot), as
    arrays of doubles: a national plan has 60,000 rows."""

    gone_persons: array[float]
    """Retired by then, before turnover (`retired`)."""
    gone_fte: array[float]
    left_persons: array[float]
    """What is left without recruitment (`Supply.project`)."""
    left_fte: array[float]


def _band_retired(band: str, years_on: int, retirement_age: int) -> float:
    """Share of a band that has reached the retirement age `years_on` years after the snapshot."""
    if years_on <= 0:
        return 0.0
    low, high = band_bounds(band)
    if band.endswith("+"):
        high = low + 4
    threshold = retirement_age - years_on  # ages at snapshot that have retired by now
    if threshold <= low:
        return 1.0
    if threshold <= high:
        return (high - threshold + 1) / (high - low + 1)
    return 0.0


def retired(row: InventoryRow, years_on: int, retirement_age: int) -> Amount:
    """The persons and årsverk of the row retired `years_on` years after the snapshot, before
    turnover: årsverk from `fte_by_age` when the row gives it, else the row's average."""
    if years_on <= 0:
        return ZERO
    persons = 0.0
    for band, count in row.age_bands.items():
        if count:
            persons += count * _band_retired(band, years_on, retirement_age)
    persons = min(float(row.persons), persons)
    if not row.fte_by_age:
        return Amount(persons, row.fte * persons / row.persons if row.persons else 0.0)
    fte = 0.0
    for band, value in row.fte_by_age.items():
        if value:
            fte += value * _band_retired(band, years_on, retirement_age)
    return Amount(persons, min(row.fte, fte))
