"""Each inventory row projected over the years to the end of the plan period, worked out once
per row (`kplan.analysis.supply` sums them up the unit tree): who of it has retired, and what
is left without recruitment, by years on from its snapshot."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from kplan.analysis.amount import Vector, _band_retired, retired
from kplan.plan.model import Analysis, InventoryRow

if TYPE_CHECKING:  # array is subscriptable from Python 3.12 only
    _Head = tuple[
        Mapping[str, float],
        list[float],
        array[float],
        array[float],
        dict[float, tuple[array[float], array[float]]],
    ]
    """A row's persons' side (`RowVectors._head`) and its årsverk's sides by årsverk."""


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
        self._heads: dict[tuple[int, int, int, int], _Head] = {}

    def vector(self, row: InventoryRow) -> Vector:
        """The row projected over every year to the end of the plan period, worked out once:
        the arithmetic of `retired` and `project`, term for term, so the figures are the same
        to the last bit. The row is kept with its vector, so its id cannot pass to another.

        Rows that share their `age_bands` dict (the reader shares one among rows of the same
        cells), headcount, retirement age and snapshot year share their persons' arrays too,
        and their årsverk's when they have the same årsverk, not 0, and no `fte_by_age`: equal
        figures make the same arrays to the last bit. A vector's arrays are read, never
        written."""
        known = self._vectors.get(id(row))
        if known is not None and known[0] is row:
            return known[1]
        horizon = self.last_year - row.date.year
        if horizon < 0:
            horizon = 0
        age = self.retirement_age(row.unit)
        persons, fte, counts = row.persons, row.fte, row.age_bands
        if type(persons) is int:  # equal ints are the same figures (0 and -0.0 are not)
            # the head keeps `counts`, so no other dict has its id while the head is kept
            key = (id(counts), persons, age, horizon)
            head = self._heads.get(key)
            if head is None:
                head = self._heads[key] = self._head(counts, persons, age, horizon)
        else:
            head = self._head(counts, persons, age, horizon)
        if row.fte_by_age:
            gone_f, left_f = self._gone(row.fte_by_age, age, horizon, fte, fte)
            vector = Vector(head[2], array("d", gone_f), head[3], array("d", left_f))
        elif fte:  # equal numbers other than 0 are the same figures (0.0 and -0.0 are not)
            side = head[4].get(fte)
            if side is None:
                side = head[4][fte] = self._side(head[1], persons, fte, horizon)
            vector = Vector(head[2], side[0], head[3], side[1])
        else:
            side = self._side(head[1], persons, fte, horizon)
            vector = Vector(head[2], side[0], head[3], side[1])
        self._vectors[id(row)] = (row, vector)
        return vector

    def _head(self, counts: Mapping[str, float], persons: float, age: int, horizon: int) -> _Head:
        """The persons' side of a vector: (`counts`, retired as a list, retired, left)."""
        gone, left = self._gone(counts, age, horizon, float(persons), persons)
        return counts, gone, array("d", gone), array("d", left), {}

    def _side(
        self, gone_p: list[float], persons: float, fte: float, horizon: int
    ) -> tuple[array[float], array[float]]:
        """The årsverk's side of a vector without `fte_by_age`: retired, the row's average
        årsverk of the persons retired (`retired`), and left."""
        gone: list[float] = []
        left: list[float] = []
        keep, put = gone.append, left.append
        if persons:
            for x, stay in zip(gone_p, self._stays(horizon), strict=False):
                y = fte * x / persons
                keep(y)
                put((fte - y) * stay)
            gone[0] = 0.0
        else:
            for stay in self._stays(horizon)[: horizon + 1]:
                keep(0.0)
                put((fte - 0.0) * stay)
        left[0] = fte
        return array("d", gone), array("d", left)

    def _gone(
        self, counts: Mapping[str, float], age: int, horizon: int, cap: float, whole: float
    ) -> tuple[list[float], list[float]]:
        """For 0, 1, ... `horizon` years on: who is gone, min(`cap`, Σ count × the band's
        retired share), the bands in their order, from 0.0 (0.0 at 0 years on); and who is
        left, (`whole` - gone) × the turnover's compounding (`cap` at 0 years on).

        Bands of count 0 are left out, as `retired` leaves them out, and so are bands none of
        whom reach the age within the period: with a count that is finite and not negative,
        as the model's are, they add +0.0 each year to a sum that starts at 0.0 and so stays
        as it is (+0.0 + +0.0 is +0.0, and x + +0.0 is x for any other x). The first band's
        terms stand for 0.0 + them when its count is > 0: then each is ≥ +0.0, never -0.0,
        and 0.0 + x is x; else they are added to 0.0 as `retired` adds them."""
        key = (tuple(counts), age, horizon)
        bands = self._bands.get(key)
        if bands is None:
            found = ((b, self._fraction(b, age, horizon)) for b in key[0])
            bands = self._bands[key] = [
                (b, share[: horizon + 1]) for b, share in found if share is not None
            ]
        terms = [(n, share) for band, share in bands if (n := counts[band])]
        stays = self._stays(horizon)
        gone: list[float] = []
        left: list[float] = []
        keep, put = gone.append, left.append
        if len(terms) == 2 and terms[0][0] > 0:
            (n, s1), (m, s2) = terms
            for a, b, stay in zip(s1, s2, stays, strict=False):
                x = n * a + m * b
                if not x < cap:  # min(cap, x)
                    x = cap
                keep(x)
                put((whole - x) * stay)
        else:
            sums = [0.0] * (horizon + 1)
            for k, (n, share) in enumerate(terms):
                if k == 0 and n > 0:
                    sums = [n * s for s in share]
                else:
                    sums = [t + n * s for t, s in zip(sums, share, strict=False)]
            for x, stay in zip(sums, stays, strict=False):
                if not x < cap:  # min(cap, x)
                    x = cap
                keep(x)
                put((whole - x) * stay)
        gone[0], left[0] = 0.0, cap
        return gone, left

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
