"""The demand of a staffing line, D_t, in årsverk: today's årsverk scaled by the users the drivers
give, constant, or what a norm requires (the arithmetic is in `kplan.analysis.staffing`).
A year without a figure is `Unknown` with the reason, never 0.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field

from kplan.analysis.evaluators import round_required
from kplan.analysis.formulas import DriverUse
from kplan.plan.model import Driver, DriverIndex, Plan, RatioRequirement, StaffingLine, when_bounds

__all__ = ["Need", "Unknown", "Why", "line_need", "usable_norm"]


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


class _Missing(Exception):
    def __init__(self, unknown: Unknown) -> None:
        super().__init__(unknown.reason.value)
        self.unknown = unknown


def _value(index: DriverIndex, ref: str, unit: str, year: int) -> tuple[float, Driver]:
    d = index.find(ref, unit)
    if d is None:
        raise _Missing(Unknown(Why.NO_DRIVER, ref, year))
    if year not in d.values:
        raise _Missing(Unknown(Why.NO_DRIVER_VALUE, d.id, year))
    return d.values[year], d


@dataclass
class Need:
    """D_t of one line under one set of driver values."""

    values: dict[int, float] = field(default_factory=dict)
    unknown: dict[int, Unknown] = field(default_factory=dict)
    line: Unknown | None = None
    used: list[Driver] = field(default_factory=list)
    uses: list[DriverUse] = field(default_factory=list)

    def take(self, year: int, value: float, d: Driver) -> None:
        self.used.append(d)
        self.uses.append(DriverUse(d.id, year, value, d.source))


def _users(index: DriverIndex, line: StaffingLine, year: int, need: Need) -> float:
    users = 0.0
    for term in line.demand:
        value, d = _value(index, term.driver, line.unit, year)
        need.take(year, value, d)
        users += term.coverage_percent / 100.0 * term.weight * value
    return users


def _norm(index: DriverIndex, req: RatioRequirement, unit: str, year: int, need: Need) -> float:
    raw = 0.0
    for term in req.terms:
        value, d = _value(index, term.driver, unit, year)
        need.take(year, value, d)
        raw += value / term.per
    return round_required(raw, req.rounding)


def usable_norm(plan: Plan, line: StaffingLine) -> RatioRequirement | None:
    """The line's norm when it can set the need: a ratio requirement in årsverk for the unit."""
    for req in plan.requirements:
        if req.id == line.norm:
            if (
                isinstance(req, RatioRequirement)
                and req.basis == "årsverk"
                and line.unit in req.units
            ):
                return req
            return None
    return None


def line_need(plan: Plan, index: DriverIndex, line: StaffingLine, f0: float, years: range) -> Need:
    need = Need()
    if line.norm is not None:
        req = usable_norm(plan, line)
        if req is None:
            need.line = Unknown(Why.NO_NORM)
            return need
        first = when_bounds(req.applies_from)[0].year if req.applies_from else years.start
        for t in years:
            try:
                # before the norm applies, the need is today's staff at constant standard
                need.values[t] = f0 if t < first else _norm(index, req, line.unit, t, need)
            except _Missing as why:
                need.unknown[t] = why.unknown
        return need
    if not line.demand:
        need.values = {t: f0 for t in years}
        return need
    try:
        base = _users(index, line, years.start, need)
    except _Missing as why:
        need.line = why.unknown
        return need
    if base <= 0:
        need.line = Unknown(Why.NO_USERS, None, years.start)
        return need
    for t in years:
        try:
            need.values[t] = f0 if t == years.start else f0 * (_users(index, line, t, need) / base)
        except _Missing as why:
            need.unknown[t] = why.unknown
    for t, value in list(need.values.items()):
        if not math.isfinite(value):
            del need.values[t]
            need.unknown[t] = Unknown(Why.TOO_LARGE, None, t)
    return need
