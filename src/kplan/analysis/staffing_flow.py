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
from types import MappingProxyType
from typing import NamedTuple

from kplan.analysis.demand import Need, Unknown, Why
from kplan.analysis.supply import EffectUse, Supply
from kplan.analysis.tree import Placed
from kplan.plan.model import InventoryRow

__all__ = ["Arrivals", "FlowYear", "Staff", "arrived_fte", "blank", "flow"]


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
    have: Mapping[int, float],
    arrivals: dict[int, list[EffectUse]],
    tau: float,
    rows: list[InventoryRow],
    y0: int,
    need: Need,
    ranges: Mapping[str, Mapping[int, float]],
    years: tuple[int, ...],
) -> tuple[FlowYear, ...]:
    """The flow of a line with a need; `have` is its staff without recruitment from y0 on."""
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
    gone_by_year = dict(
        zip(after, staff.retiring([(r, r.date.year) for r in rows], after, 1.0 - tau), strict=True)
    )
    values, unknown = need.values, need.unknown
    for t, by_scenario in zip(
        years[len(out) :], _by_scenario(ranges, years[len(out) :]), strict=True
    ):
        effects = arrivals.get(t, ())
        planned = arrived_fte(effects) if effects else 0.0
        demand = values.get(t)
        why = unknown.get(t)
        start: float | None
        turnover: float | None
        if t == y0:
            start, gone, turnover = have[y0], 0.0, 0.0
        else:
            # last year's need, taken as met; or the staff left without recruitment, when that
            # is more: a surplus is not shed, and those who leave come out of the staff there is
            start = values.get(t - 1)
            # max() and min() written out, with their choice on a tie or a NaN: `x if x > a
            # else a` is max(a, x), `x if x < a else a` is min(a, x) (builtins cost a call)
            gone = gone_by_year[t]
            if start is not None:
                left = have[t - 1]
                start = left if left > start else start
                gone = start if start < gone else gone
                kept = start - gone
                turnover = tau * (kept if kept > 0.0 else 0.0)
            else:
                turnover = None
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
                    have[t],
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
                    by_scenario,
                    tuple(effects),
                ),
            )
        )
    return tuple(out)


def _by_scenario(
    ranges: Mapping[str, Mapping[int, float]], years: tuple[int, ...]
) -> list[dict[str, float | None]]:
    """Each year's demand under every alternative, by code."""
    items = list(ranges.items())
    return [{code: other.get(t) for code, other in items} for t in years]
