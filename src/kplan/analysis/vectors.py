"""Each inventory row projected over the years to the end of the plan period, worked out once
per row (`kplan.analysis.supply` sums them up the unit tree): who of it has retired, and what
is left without recruitment, by years on from its snapshot."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping

from kplan.analysis.amount import Vector, _band_retired, retired
from kplan.plan.model import Analysis, InventoryRow


class RowVectors:
    """The vectors of the rows, kept with their rows; and what they are made of: each band's
    retired share and the turnover's compounding, by years on."""

    def __init__(
        self, settings: Analysis, last_year: int, retirement_age: Callable[[str], int]
    ) -> None:
        self.settings = settings
        self.last_year = last_year
        self.retirement_age = retirement_age
        self._vectors: dict[int, tuple[InventoryRow, Vector]] = {}
        self._fractions: dict[tuple[str, int], tuple[int, list[float] | None]] = {}
        self._rates: list[float] = []
        self._bands: dict[tuple[tuple[str, ...], int, int], list[tuple[str, list[float]]]] = {}

    def vector(self, row: InventoryRow) -> Vector:
        """The row projected over every year to the end of the plan period, worked out once:
        the arithmetic of `retired` and `project`, term for term, so the figures are the same
        to the last bit. The row is kept with its vector, so its id cannot pass to another.

        Each year's retired sum adds the bands in their order, from 0.0; a band none of whom
        reach the age within the period adds +0.0 each year (its count is finite, not negative),
        which leaves a sum that starts at 0.0 as it is, so it is left out."""
        known = self._vectors.get(id(row))
        if known is not None and known[0] is row:
            return known[1]
        horizon = max(0, self.last_year - row.date.year)
        age = self.retirement_age(row.unit)
        persons, fte = row.persons, row.fte
        whole = float(persons)
        p = self._gone(row.age_bands, age, horizon)
        gone_p = [x if x < whole else whole for x in p]  # min(whole, x)
        gone_p[0] = 0.0
        if row.fte_by_age:
            f = self._gone(row.fte_by_age, age, horizon)
            gone_f = [x if x < fte else fte for x in f]  # min(fte, x)
        elif persons:
            gone_f = [fte * x / persons for x in gone_p]
        else:
            gone_f = [0.0] * (horizon + 1)
        gone_f[0] = 0.0
        stays = self._stays(horizon)
        left_p = [(persons - x) * stay for x, stay in zip(gone_p, stays, strict=False)]
        left_f = [(fte - x) * stay for x, stay in zip(gone_f, stays, strict=False)]
        left_p[0], left_f[0] = whole, fte
        vector = Vector(
            array("d", gone_p), array("d", gone_f), array("d", left_p), array("d", left_f)
        )
        self._vectors[id(row)] = (row, vector)
        return vector

    def _gone(self, counts: Mapping[str, float], age: int, horizon: int) -> list[float]:
        """For 0, 1, ... `horizon` years on: Σ count × the band's retired share, the bands in
        their order, from 0.0 (before the row's total caps it)."""
        key = (tuple(counts), age, horizon)
        bands = self._bands.get(key)
        if bands is None:
            found = ((b, self._fraction(b, age, horizon)) for b in key[0])
            bands = self._bands[key] = [(b, share) for b, share in found if share is not None]
        total = [0.0] * (horizon + 1)
        for band, share in bands:
            n = counts[band]
            if n:
                total = [t + n * s for t, s in zip(total, share, strict=False)]
        return total

    def _stays(self, horizon: int) -> list[float]:
        """rate ** k for k = 0 ... `horizon`, each as `project` works it out."""
        stays = self._rates
        if len(stays) <= horizon:
            rate = 1.0 - self.settings.turnover_percent / 100.0
            stays = self._rates = [rate**k for k in range(horizon + 1)]
        return stays

    def _fraction(self, band: str, age: int, horizon: int) -> list[float] | None:
        """`_band_retired` of the band for 0, 1, ... `horizon` years on, worked out once; None
        when it is 0.0 in each of them."""
        known = self._fractions.get((band, age))
        if known is not None and known[0] > horizon:
            return known[1]
        made = [_band_retired(band, k, age) for k in range(horizon + 1)]
        shares = made if any(made) else None
        self._fractions[(band, age)] = (horizon + 1, shares)
        return shares

    def retiring_fte(self, row: InventoryRow, years: Iterable[int]) -> list[float]:
        """`Supply.retiring(row, year).fte` for each of `years`, from the row's vector once."""
        gone = self.vector(row).gone_fte
        reach, start = len(gone), row.date.year
        out = []
        for year in years:
            k = year - start
            if k <= 0:
                out.append(0.0)  # ZERO's
            elif k < reach:
                out.append(gone[k] - gone[k - 1])
            else:  # past the vector: `Supply.retiring`'s own arithmetic
                age = self.retirement_age(row.unit)
                now, before = retired(row, k, age), retired(row, k - 1, age)
                out.append(now.fte - before.fte)
        return out
