"""The demand of a staffing line, D_t, in årsverk: today's årsverk scaled by the users the drivers
give, constant, or what a norm requires (the arithmetic is in `kplan.analysis.staffing`).
A year without a figure is `Unknown` with the reason, never 0.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from kplan.analysis.evaluators import round_required
from kplan.analysis.formulas import DriverUse
from kplan.analysis.frozen import maker
from kplan.plan.model import (
    Driver,
    DriverIndex,
    Plan,
    RatioRequirement,
    Requirement,
    StaffingLine,
    when_bounds,
)

__all__ = [
    "Need",
    "Term",
    "Terms",
    "Unknown",
    "Why",
    "line_need",
    "need_of",
    "need_values",
    "norm_index",
    "resolve",
    "usable_norm",
]

_driver_use = maker(DriverUse)
"""A `DriverUse` by position: a national plan records ten thousand of them."""


class Why(enum.StrEnum):
    """Why a line or a year has no figure."""

    NO_INVENTORY = "no-inventory"
    """No inventory row counts the line's staff."""
    NO_DRIVER = "no-driver"
    """A demand term names a driver the plan lacks."""
    NO_DRIVER_VALUE = "no-driver-value"
    """A driver has no value for the year."""
    NO_USERS = "no-users"
    """The drivers give no users in the snapshot year: there is nothing to scale by."""
    NO_NORM = "no-norm"
    """The norm is not a ratio requirement in årsverk that covers the unit."""
    NOT_IN_FORCE = "not-in-force"
    """The norm does not apply yet in the year."""
    BEFORE_SNAPSHOT = "before-snapshot"
    """The year is before the line's snapshot: kplan does not project backwards."""
    TOO_LARGE = "too-large"
    """The figures overflowed."""


@dataclass(frozen=True)
class Unknown:
    reason: Why
    driver: str | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """A demand or norm term with the driver it finds for the line's unit, found once per line,
    not once per year (`DriverIndex.find`)."""

    ref: str
    """The driver id or segment the term names."""
    driver: Driver | None
    values: Mapping[int, float]
    """The driver's values, or those of an alternative (`scenario.alternative_values`)."""
    factor: float
    """coverage_percent / 100 × weight for a demand term (the users it counts per driver
    value); `per` for a norm term."""


@dataclass(frozen=True)
class Terms:
    """What a line's need follows, with the drivers found: its demand terms, or the terms of
    its norm when the line has one (`norm` None then: the norm cannot set the need)."""

    line: StaffingLine
    norm: RatioRequirement | None
    first: int | None
    """The year the norm applies from; None: from the first year."""
    terms: tuple[Term, ...]

    def alternative(self, values: Callable[[Driver], Mapping[int, float]]) -> Terms:
        """The same terms with each driver's values those `values` gives."""
        return Terms(
            self.line,
            self.norm,
            self.first,
            tuple(
                t if t.driver is None else Term(t.ref, t.driver, values(t.driver), t.factor)
                for t in self.terms
            ),
        )


@dataclass
class Need:
    """D_t of one line under one set of driver values."""

    values: dict[int, float] = field(default_factory=dict)
    unknown: dict[int, Unknown] = field(default_factory=dict)
    line: Unknown | None = None
    used: dict[str, Driver] = field(default_factory=dict)
    """The drivers taken by id, in the order first taken (the last one taken of an id)."""
    uses: list[DriverUse] = field(default_factory=list)


def norm_index(plan: Plan) -> dict[str, Requirement]:
    """The requirements by id; of two with one id (a plan read with errors) the first, as a
    scan finds it."""
    by_id: dict[str, Requirement] = {}
    for req in plan.requirements:
        by_id.setdefault(req.id, req)
    return by_id


def usable_norm(
    plan: Plan, line: StaffingLine, by_id: Mapping[str, Requirement] | None = None
) -> RatioRequirement | None:
    """The line's norm when it can set the need: a ratio requirement in årsverk for the unit.
    `by_id` is `norm_index(plan)`, when the caller looks up many lines."""
    if line.norm is None:
        return None
    req = (by_id if by_id is not None else norm_index(plan)).get(line.norm)
    if isinstance(req, RatioRequirement) and req.basis == "årsverk" and line.unit in req.units:
        return req
    return None


def resolve(
    plan: Plan,
    index: DriverIndex,
    line: StaffingLine,
    by_id: Mapping[str, Requirement] | None = None,
) -> Terms:
    """The line's terms with their drivers found in `index`."""
    unit = line.unit
    if line.norm is not None:
        req = usable_norm(plan, line, by_id)
        if req is None:
            return Terms(line, None, None, ())
        first = when_bounds(req.applies_from)[0].year if req.applies_from else None
        found = []
        for term in req.terms:
            d = index.find(term.driver, unit)
            found.append(Term(term.driver, d, {} if d is None else d.values, term.per))
        return Terms(line, req, first, tuple(found))
    found = []
    for dt in line.demand:
        d = index.find(dt.driver, unit)
        found.append(
            Term(
                dt.driver, d, {} if d is None else d.values, dt.coverage_percent / 100.0 * dt.weight
            )
        )
    return Terms(line, None, None, tuple(found))


def _missing(term: Term, year: int) -> Unknown:
    """Why `term` has no value in `year`: no driver, or none for the year."""
    if term.driver is None:
        return Unknown(Why.NO_DRIVER, term.ref, year)
    return Unknown(Why.NO_DRIVER_VALUE, term.driver.id, year)


def _users(terms: tuple[Term, ...], year: int, need: Need | None) -> float | Unknown:
    """Σ coverage / 100 × weight × value over the terms, in their order; or why not (the
    values taken before a missing one are recorded all the same, as the drivers the line used)."""
    users = 0.0
    for term in terms:
        values = term.values
        if year not in values:
            return _missing(term, year)
        value = values[year]
        if need is not None:
            d = term.driver
            assert d is not None  # a term without a driver has no values
            need.used[d.id] = d
            need.uses.append(_driver_use(d.id, year, value, d.source))
        users += term.factor * value
    return users


def _norm(terms: tuple[Term, ...], rounding: str, year: int, need: Need | None) -> float | Unknown:
    raw = 0.0
    for term in terms:
        values = term.values
        if year not in values:
            return _missing(term, year)
        value = values[year]
        if need is not None:
            d = term.driver
            assert d is not None  # a term without a driver has no values
            need.used[d.id] = d
            need.uses.append(_driver_use(d.id, year, value, d.source))
        raw += value / term.factor
    return round_required(raw, rounding)


def _ratios(
    terms: tuple[Term, ...], years: range, need: Need | None
) -> list[tuple[int, float | Unknown]] | Unknown:
    """users_t / users_y0 of the terms for each year after the first (users_y0 is the first
    year's); or why the line has no figures. With `need`, the values taken are recorded."""
    start = years.start
    base = _users(terms, start, need)
    if isinstance(base, Unknown):
        return base
    if base <= 0:
        return Unknown(Why.NO_USERS, None, start)
    ratios: list[tuple[int, float | Unknown]] = []
    for t in range(start + 1, years.stop):
        users = _users(terms, t, need)
        ratios.append((t, users if isinstance(users, Unknown) else users / base))
    return ratios


def _one_need(
    term: Term,
    f0: float,
    years: range,
    need: Need,
    record: bool,
    uses: dict[tuple[int, int, int, int], list[DriverUse]] | None,
) -> None:
    """`need_of` for a single term with a value in the first year (most lines): what `_ratios`
    records and works out, users_t = 0.0 + factor × value as `_users` adds it up, with
    D_t = F0 × (users_t / users_y0) made straight into `need`, without a call per year."""
    values, factor, start, stop = term.values, term.factor, years.start, years.stop
    d = term.driver
    assert d is not None  # a term without a driver has no values
    base = 0.0
    base += factor * values[start]
    if record:
        # the first year's value is taken whatever it gives, the others only if it gives users
        need.used[d.id] = d
        if base <= 0:
            need.uses.append(_driver_use(d.id, start, values[start], d.source))
        else:
            key = (id(d), id(values), start, stop)
            taken = None if uses is None else uses.get(key)
            if taken is None:
                taken = [_driver_use(d.id, t, values[t], d.source) for t in years if t in values]
                if uses is not None:
                    uses[key] = taken
            need.uses += taken
    if base <= 0:
        need.line = Unknown(Why.NO_USERS, None, start)
        return
    out, unknown = need.values, need.unknown
    if math.isfinite(f0):
        out[start] = f0
    else:
        unknown[start] = Unknown(Why.TOO_LARGE, None, start)
    later = range(start + 1, stop)
    try:  # every value there (most lines): one list, not a test per year
        needs = [f0 * ((0.0 + factor * values[t]) / base) for t in later]
    except KeyError:
        needs = []
    if len(needs) == len(later) and all(map(math.isfinite, needs)):
        out.update(zip(later, needs, strict=True))
        return
    for t in later:
        if t in values:
            value = f0 * ((0.0 + factor * values[t]) / base)
            if math.isfinite(value):
                out[t] = value
            else:
                unknown[t] = Unknown(Why.TOO_LARGE, None, t)
        else:
            unknown[t] = Unknown(Why.NO_DRIVER_VALUE, d.id, t)


def line_need(plan: Plan, index: DriverIndex, line: StaffingLine, f0: float, years: range) -> Need:
    """D_t of the line for each of `years` (the first is the snapshot year)."""
    return need_of(resolve(plan, index, line), f0, years)


def need_of(
    found: Terms,
    f0: float,
    years: range,
    *,
    record: bool = True,
    values_of: Callable[[Driver], Mapping[int, float]] | None = None,
    uses: dict[tuple[int, int, int, int], list[DriverUse]] | None = None,
) -> Need:
    """D_t of the line `found` resolves, for each of `years` (the first is the snapshot year);
    with each driver's values those `values_of` gives (an alternative's), when given. Without
    `record` the drivers used are not noted: an alternative's range needs only the values.
    `uses` keeps the values a one-term line records, by driver and values (`id`) and years, for
    the next line on the driver: the caller keeps the drivers alive while it lasts."""
    need = Need()
    if values_of is not None:
        found = found.alternative(values_of)
    line, terms = found.line, found.terms
    values, unknown = need.values, need.unknown
    taken = need if record else None
    if line.norm is not None:
        req = found.norm
        if req is None:
            need.line = Unknown(Why.NO_NORM)
            return need
        first = years.start if found.first is None else found.first
        for t in years:
            # before the norm applies, the need is today's staff at constant standard
            value = f0 if t < first else _norm(terms, req.rounding, t, taken)
            if isinstance(value, Unknown):
                unknown[t] = value
            else:
                values[t] = value
        return need
    if not terms:
        need.values = {t: f0 for t in years}
        return need
    if len(terms) == 1 and years.start in terms[0].values:
        _one_need(terms[0], f0, years, need, record, uses)
        return need
    ratios = _ratios(terms, years, taken)
    if isinstance(ratios, Unknown):
        need.line = ratios
        return need
    # D_t = F0 × (users_t / users_y0)
    if math.isfinite(f0):
        values[years.start] = f0
    else:
        unknown[years.start] = Unknown(Why.TOO_LARGE, None, years.start)
    for t, ratio in ratios:
        if isinstance(ratio, Unknown):
            unknown[t] = ratio
            continue
        value = f0 * ratio
        if math.isfinite(value):
            values[t] = value
        else:
            unknown[t] = Unknown(Why.TOO_LARGE, None, t)
    return need


def need_values(
    found: Terms,
    f0: float,
    years: range,
    values_of: Callable[[Driver], Mapping[int, float]] | None = None,
) -> dict[int, float]:
    """`need_of(found, f0, years, record=False, values_of=values_of).values`, worked out
    without a `Need` for a line with one demand term (most lines): the ranges of the
    alternatives and the gap analysis need only the figures."""
    terms = found.terms
    d = terms[0].driver if len(terms) == 1 and found.line.norm is None else None
    if d is None:
        return need_of(found, f0, years, record=False, values_of=values_of).values
    term = terms[0]
    values = term.values if values_of is None else values_of(d)
    start, factor = years.start, term.factor
    if start not in values:
        return {}
    base = 0.0
    base += factor * values[start]
    if base <= 0:
        return {}
    out = {start: f0} if math.isfinite(f0) else {}
    known = [t for t in range(start + 1, years.stop) if t in values]
    # users_t = 0.0 + factor × value, as `_users` adds it up
    needs = [f0 * ((0.0 + factor * values[t]) / base) for t in known]
    if all(map(math.isfinite, needs)):
        out.update(zip(known, needs, strict=True))
    else:
        out.update((t, v) for t, v in zip(known, needs, strict=True) if math.isfinite(v))
    return out
