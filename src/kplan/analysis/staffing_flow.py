"""A staffing line's flow year by year (`FlowYear`, the arithmetic `kplan.analysis.staffing`
describes), from its staff without recruitment (`Supply.base`), those who retire
(`Supply.retiring`) and what actions bring (`Supply.arrivals`), with the line's rows and effects
found once per line, not once per year.

Each figure is the Supply method's own, or adds the same terms in the same order, so it is the
same to the last bit: floats are not associative.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import partial
from types import MappingProxyType
from typing import NamedTuple, cast

from kplan.analysis.demand import Need, Terms, Unknown, Why, need_values
from kplan.analysis.scenario import alternative_values
from kplan.analysis.supply import EffectUse, Supply
from kplan.analysis.tree import Placed
from kplan.plan.model import Driver, InventoryRow

__all__ = [
    "Alternatives",
    "Arrivals",
    "FlowYear",
    "Staff",
    "arrived_fte",
    "blank",
    "by_scenario",
    "flow",
]


class FlowYear(NamedTuple):
    """One year of a line, in årsverk; None is unknown (`unknown` says why), never 0.

    A named tuple, not a frozen dataclass: a national plan has ten thousand line-years, and a
    frozen dataclass costs an `object.__setattr__` per field to make (a fifth of the balance)."""

    year: int
    demand: float | None
    supply: float | None
    """Supply without recruitment."""
    start: float | None
    retirements: float | None
    turnover: float | None
    growth: float | None
    to_recruit: float | None
    surplus: float | None
    """What is left over when fewer are needed than leave; not a shortfall."""
    planned: float | None
    still_open: float | None
    cumulative_to_recruit: float | None
    cumulative_planned: float | None
    cumulative_still_open: float | None
    unknown: Unknown | None = None
    demand_by_scenario: Mapping[str, float | None] = MappingProxyType({})
    """The demand under every alternative the drivers carry (the range a chart shows)."""
    actions: tuple[EffectUse, ...] = ()
    """The effects `planned` counts."""


_flow_year = tuple.__new__
"""A `FlowYear` from a tuple of all its fields, in order, as its `_make` does: not through its
`__new__`, a Python function of 17 arguments (a national plan has ten thousand line-years)."""


class Arrivals:
    """`Supply.arrivals` for every year of a line at once. The effects are placed as Supply
    places them (`Supply.effects` by unit and competence, `Supply.effects_by_unit` for the
    hires), so the effects under a unit come in the same order."""

    def __init__(self, supply: Supply) -> None:
        self.supply = supply
        # the supply's own placings: the same effects in the same order, not placed again
        self.hires: Placed[EffectUse] = supply._hires
        self.by_competence: dict[str, Placed[EffectUse]] = supply._effects

    def by_year(self, unit: str, competence: str | None) -> dict[int, list[EffectUse]]:
        """The effects `Supply.arrivals(unit, competence, year)` counts, by year, in its order."""
        placed = self.hires if competence is None else self.by_competence.get(competence)
        if placed is None:
            return {}
        walk = self.supply.units_under(unit) if self.supply.tree is None else None
        out: dict[int, list[EffectUse]] = {}
        for e in placed.under(unit, walk):
            if competence is not None or e.hires:
                if e.year in out:
                    out[e.year].append(e)
                else:
                    out[e.year] = [e]
        return out


class Alternatives:
    """The demand of a line under every alternative the drivers carry (`need_values` of each
    alternative's drivers), for the analysis `years`; what each alternative gives a driver is
    looked up once for all the lines on the driver (the drivers live while this does)."""

    def __init__(self, codes: tuple[str, ...], years: tuple[int, ...]) -> None:
        self.codes = codes
        self.years = years
        self.values_of = [(c, partial(alternative_values, code=c)) for c in codes]
        self.taken: dict[tuple[int, int, int, int], list[_Taken]] = {}
        """What each alternative gives a driver (`_taken`), by its `id` and the years asked."""

    def demand(
        self, found: Terms, mains: Terms, f0: float, span: range, demands: list[float | None]
    ) -> list[dict[str, float | None]]:
        """The demand in each analysis year from y0 on under every alternative, by code:
        `need_values` of each alternative's drivers. A line with one demand term, the most,
        takes only the years asked, each alternative's values found once per driver, and an
        alternative with the values the line's need took has its figures: `demands`, D_t from
        y0 to the last year."""
        terms, codes, start = mains.terms, self.codes, span.start
        on = self.years[-len(demands) :] if demands else ()
        d = terms[0].driver if len(terms) == 1 and mains.line.norm is None else None
        if d is None or not on:
            ranges = [need_values(mains, f0, span, values) for _, values in self.values_of]
            return by_scenario(codes, [[r.get(t) for t in on] for r in ranges], len(on))
        factor = terms[0].factor
        later = on[1:] if on[0] == start else on
        key = (id(d), start, later[0] if later else start, len(later))
        taken = self.taken.get(key)
        if taken is None:
            taken = self.taken[key] = [_taken(d, c, start, later) for c in codes]
        # the need took the same values by the same term: the same figures (`need_of` is
        # `need_values` term for term)
        own = found.terms[0].values if len(found.terms) == 1 else None
        same = factor == found.terms[0].factor if own is not None else False
        tail = demands[len(demands) - len(on) :]
        isfinite = math.isfinite
        finite = isfinite(f0)
        none: list[float | None] = [None] * len(on)
        columns: list[list[float | None]] = []
        for values, x0, xs in taken:
            if values is own and same:
                columns.append(tail)
                continue
            if x0 is None:
                columns.append(none)
                continue
            base = 0.0
            base += factor * x0
            if base <= 0:  # no users: `need_values` gives no figures (a NaN goes on, as there)
                columns.append(none)
                continue
            # D_t = F0 × ((0.0 + factor × value) / users_y0), as `need_values` has it; a value
            # missing (None) or past what a float holds is no figure
            column: list[float | None] = [
                None if x is None or not isfinite(v := f0 * ((0.0 + factor * x) / base)) else v
                for x in xs
            ]
            if later is not on:
                column.insert(0, f0 if finite else None)
            columns.append(column)
        return by_scenario(codes, columns, len(on))


_Taken = tuple[Mapping[int, float], float | None, list[float | None]]


def _taken(d: Driver, code: str, start: int, later: tuple[int, ...]) -> _Taken:
    """The driver's values under alternative `code` (`alternative_values`), and the value in
    `start` and in each of `later` (None: none)."""
    values = alternative_values(d, code)
    return values, values.get(start), [values.get(t) for t in later]


def arrived_fte(effects: list[EffectUse]) -> float:
    """The årsverk of `effects` summed as `Supply.arrivals` sums them (from 0.0, in order)."""
    fte = 0.0
    for e in effects:
        fte = fte + e.fte
    return fte


class Staff:
    """A line's staff without recruitment by year (`Supply.base`), and what retires of its
    rows in a year (`Supply.retiring`, after the turnover before)."""

    def __init__(self, supply: Supply, unit: str, competence: str | None) -> None:
        self.supply = supply
        self.unit = unit
        self.competence = competence

    def years(self, years: Sequence[int]) -> dict[int, float]:
        """The årsverk of each of `years` (ascending)."""
        fte = self.supply.base_columns(self.unit, self.competence, None, years)[1]
        return dict(zip(years, fte, strict=True))

    def retiring(
        self, rows: list[tuple[InventoryRow, int]], years: range, rate: float
    ) -> list[float]:
        """For each of `years`, Σ over the rows (each with its snapshot year r) of
        rate^(year - r - 1) × the årsverk of the row reaching the retirement age in the year:
        those turnover has left."""
        # sum([...]) as it was: from the int 0, each row's term added in order
        rows_years = [(self.supply.retiring_fte(r, years), first) for r, first in rows]
        if len(rows_years) == 1:  # most lines: no list to make per year
            gone, first = rows_years[0]
            return [0 + g * rate ** (t - first - 1) for t, g in zip(years, gone, strict=True)]
        out = []
        for i, t in enumerate(years):
            total: float = 0  # sum's start: no rows is the int 0, as `sum([])`
            for gone, first in rows_years:
                total = total + gone[i] * rate ** (t - first - 1)
            out.append(total)
        return out


def blank(year: int, why: Unknown, supply: float | None = None) -> FlowYear:
    return FlowYear(year, None, supply, *(None,) * 11, why, {})


def flow(
    staff: Staff,
    have: Sequence[float],
    arrivals: dict[int, list[EffectUse]],
    tau: float,
    rows: list[InventoryRow],
    y0: int,
    need: Need,
    demands: list[float | None],
    by_scenario: Sequence[Mapping[str, float | None]],
    years: tuple[int, ...],
) -> tuple[FlowYear, ...]:
    """The flow of a line with a need; `have` is its staff without recruitment from y0 on and
    `demands` its need, None where unknown (one figure a year), `by_scenario` the demand under
    every alternative in each of `years` from y0 on."""
    if not years:
        return ()
    cum_recruit: float | None = 0.0
    cum_planned = 0.0
    cum_open: float | None = 0.0
    out: list[FlowYear] = []
    for t in years:
        if t >= y0:
            break
        out.append(blank(t, Unknown(Why.BEFORE_SNAPSHOT, None, t)))
    after = range(max(y0 + 1, years[0]), years[-1] + 1)
    gone_by_year = staff.retiring([(r, r.date.year) for r in rows], after, 1.0 - tau)
    unknown = need.unknown
    if not unknown:  # every year's need known (most lines): no None to look for
        needs = cast(list[float], demands)  # no None among them
        made = _known(have, arrivals, tau, y0, needs, gone_by_year, by_scenario, years[len(out) :])
        if made is not None:
            return (*out, *made)
    for t, by in zip(years[len(out) :], by_scenario, strict=True):
        k = t - y0
        effects = arrivals.get(t)
        planned = arrived_fte(effects) if effects else 0.0
        demand = demands[k]
        why = unknown.get(t) if unknown else None
        start: float | None
        turnover: float | None
        if k == 0:
            start, gone, turnover = have[0], 0.0, 0.0
        else:
            # last year's need, taken as met; or the staff left without recruitment, when that
            # is more: a surplus is not shed, and those who leave come out of the staff there is
            start = demands[k - 1]
            # max() and min() written out, with their choice on a tie or a NaN: `x if x > a
            # else a` is max(a, x), `x if x < a else a` is min(a, x) (builtins cost a call)
            gone = gone_by_year[t - after.start]
            if start is not None:
                left = have[k - 1]
                start = left if left > start else start
                gone = start if start < gone else gone
                kept = start - gone
                turnover = tau * (kept if kept > 0.0 else 0.0)
            else:
                turnover = None
            if unknown:
                why = why or unknown.get(t - 1)
        growth = demand - start if demand is not None and start is not None else None
        to_recruit = surplus = still_open = None
        if growth is not None and turnover is not None:
            leaving = gone + turnover + growth
            if math.isfinite(leaving - planned):
                to_recruit = leaving if leaving > 0.0 else 0.0
                surplus = -leaving if -leaving > 0.0 else 0.0
                short = to_recruit - planned
                still_open = short if short > 0.0 else 0.0
            else:  # figures past what a float holds are no figures at all
                why = why or Unknown(Why.TOO_LARGE, None, t)
        cum_planned += planned
        if to_recruit is None or still_open is None:
            cum_recruit = cum_open = None
        elif cum_recruit is not None and cum_open is not None:
            cum_recruit += to_recruit
            cum_open += still_open
        out.append(
            _flow_year(  # every field, in order
                FlowYear,
                (
                    t,
                    demand,
                    have[k],
                    start,
                    gone,
                    turnover,
                    growth,
                    to_recruit,
                    surplus,
                    planned,
                    still_open,
                    cum_recruit,
                    cum_planned,
                    cum_open,
                    why,
                    by,
                    tuple(effects) if effects else (),
                ),
            )
        )
    return tuple(out)


def _known(
    have: Sequence[float],
    arrivals: dict[int, list[EffectUse]],
    tau: float,
    y0: int,
    demands: list[float],
    gone_by_year: list[float],
    by_scenario: Sequence[Mapping[str, float | None]],
    years: tuple[int, ...],
) -> list[FlowYear] | None:
    """`flow`'s `years` (from y0 on) when the need is known in every year, its arithmetic term
    for term without the tests for None; None when a figure is past what a float holds (`flow`
    says which year then). A loop, not a column a field: for ten years the comprehensions'
    calls cost more than they save."""
    out: list[FlowYear] = []
    cum_recruit = cum_planned = cum_open = 0.0
    after = years[0] + 1 if years[0] == y0 else years[0]
    for t, by in zip(years, by_scenario, strict=True):
        k = t - y0
        effects = arrivals.get(t)
        planned = arrived_fte(effects) if effects else 0.0
        demand = demands[k]
        if k == 0:
            start, gone, turnover = have[0], 0.0, 0.0
        else:
            start = demands[k - 1]
            left = have[k - 1]
            start = left if left > start else start
            gone = gone_by_year[t - after]
            gone = start if start < gone else gone
            kept = start - gone
            turnover = tau * (kept if kept > 0.0 else 0.0)
        growth = demand - start
        leaving = gone + turnover + growth
        if not math.isfinite(leaving - planned):
            return None
        to_recruit = leaving if leaving > 0.0 else 0.0
        surplus = -leaving if -leaving > 0.0 else 0.0
        short = to_recruit - planned
        still_open = short if short > 0.0 else 0.0
        cum_planned += planned
        cum_recruit += to_recruit
        cum_open += still_open
        out.append(
            _flow_year(  # every field, in order
                FlowYear,
                (
                    t,
                    demand,
                    have[k],
                    start,
                    gone,
                    turnover,
                    growth,
                    to_recruit,
                    surplus,
                    planned,
                    still_open,
                    cum_recruit,
                    cum_planned,
                    cum_open,
                    None,
                    by,
                    tuple(effects) if effects else (),
                ),
            )
        )
    return out


def by_scenario(
    codes: tuple[str, ...], columns: Sequence[Sequence[float | None]], count: int
) -> list[dict[str, float | None]]:
    """Each of `count` years' demand under every alternative, by code, from a column a code,
    in the codes' order: for three codes (SSB's) a dict display a year, which costs less than
    a call to dict() or a comprehension."""
    if len(codes) == 3:
        a, b, c = codes
        return [{a: x, b: y, c: z} for x, y, z in zip(*columns, strict=True)]
    if not codes:
        return [{} for _ in range(count)]
    return [dict(zip(codes, col, strict=True)) for col in zip(*columns, strict=True)]
