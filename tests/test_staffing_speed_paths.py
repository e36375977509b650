"""The staffing balance's quick paths held to the per-year definitions they replace, kept here
as they were: a single term's need made straight into the `Need` (`demand._one_need`), the
alternatives' demand from each driver's values found once (`Alternatives.demand`), and the
flow of a line whose need is known in every year (`staffing_flow._known`). Each comparison is
by `repr`, so every float must match to the last bit (and -0.0 stay -0.0).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis import staffing, staffing_flow
from kplan.analysis.demand import Need, Term, Terms, Unknown, Why, need_of, need_values
from kplan.analysis.formulas import DriverUse
from kplan.analysis.staffing import staffing_balance
from kplan.analysis.staffing_flow import FlowYear, arrived_fte, blank
from kplan.plan.model import Driver, StaffingLine

# --- the definitions as they were ----------------------------------------------------------------


def _users(terms: tuple[Term, ...], year: int, need: Need | None) -> float | Unknown:
    users = 0.0
    for term in terms:
        if year not in term.values:
            if term.driver is None:
                return Unknown(Why.NO_DRIVER, term.ref, year)
            return Unknown(Why.NO_DRIVER_VALUE, term.driver.id, year)
        value = term.values[year]
        if need is not None:
            d = term.driver
            assert d is not None
            need.used[d.id] = d
            need.uses.append(DriverUse(d.id, year, value, d.source))
        users += term.factor * value
    return users


def old_need_of(found: Terms, f0: float, years: range, *, record: bool = True) -> Need:
    """`need_of` for demand terms, year by year (`_ratios` and `_users`)."""
    assert found.line.norm is None
    need = Need()
    taken = need if record else None
    if not found.terms:
        need.values = {t: f0 for t in years}
        return need
    base = _users(found.terms, years.start, taken)
    if isinstance(base, Unknown):
        need.line = base
        return need
    if base <= 0:
        need.line = Unknown(Why.NO_USERS, None, years.start)
        return need
    if math.isfinite(f0):
        need.values[years.start] = f0
    else:
        need.unknown[years.start] = Unknown(Why.TOO_LARGE, None, years.start)
    for t in range(years.start + 1, years.stop):
        users = _users(found.terms, t, taken)
        if isinstance(users, Unknown):
            need.unknown[t] = users
            continue
        value = f0 * (users / base)
        if math.isfinite(value):
            need.values[t] = value
        else:
            need.unknown[t] = Unknown(Why.TOO_LARGE, None, t)
    return need


def old_flow(
    staff: Any,
    have: Mapping[int, float],
    arrivals: dict[int, list[Any]],
    tau: float,
    rows: list[Any],
    y0: int,
    need: Need,
    ranges: Mapping[str, Mapping[int, float | None]],
    years: tuple[int, ...],
) -> tuple[FlowYear, ...]:
    """The flow, a year at a time, as it was."""
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
    items = list(ranges.items())
    for t in years[len(out) :]:
        effects = arrivals.get(t, ())
        planned = arrived_fte(effects) if effects else 0.0
        demand = values.get(t)
        why = unknown.get(t)
        start: float | None
        turnover: float | None
        if t == y0:
            start, gone, turnover = have[y0], 0.0, 0.0
        else:
            start = values.get(t - 1)
            gone = gone_by_year[t]
            if start is not None:
                # max() and min() written out, with their choice on a tie or a NaN
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
            else:
                why = why or Unknown(Why.TOO_LARGE, None, t)
        cum_planned += planned
        if to_recruit is None or still_open is None:
            cum_recruit = cum_open = None
        elif cum_recruit is not None and cum_open is not None:
            cum_recruit += to_recruit
            cum_open += still_open
        out.append(
            FlowYear(
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
                {code: other.get(t) for code, other in items},
                tuple(effects),
            )
        )
    return tuple(out)


def as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """`staffing_balance` through the definitions above: every line's need by `old_need_of`,
    the alternatives' demand by `need_values` a code at a time, the flow by `old_flow`."""

    def need(found: Terms, f0: float, years: range, **_: Any) -> Need:
        if found.line.norm is not None:
            return need_of(found, f0, years)
        return old_need_of(found, f0, years)

    def by_scenario(
        self: Any, found: Terms, mains: Terms, f0: float, span: range, demands: list[Any]
    ) -> list[dict[str, float | None]]:
        made.append({c: need_values(mains, f0, span, v) for c, v in self.values_of})
        on = self.years[len(self.years) - len(demands) :] if demands else ()
        return [dict.fromkeys(self.codes) for _ in on]  # the figures come from `made`

    made: list[dict[str, dict[int, float]]] = []

    def flow(
        staff: Any,
        have: list[float],
        arrivals: Any,
        tau: float,
        rows: Any,
        y0: int,
        need: Need,
        demands: Any,
        by: Any,
        years: tuple[int, ...],
    ) -> Any:
        got = dict(zip(range(y0, y0 + len(have)), have, strict=True))
        return old_flow(staff, got, arrivals, tau, rows, y0, need, made[-1], years)

    monkeypatch.setattr(staffing, "need_of", need)
    monkeypatch.setattr(staffing_flow.Alternatives, "demand", by_scenario)
    monkeypatch.setattr(staffing, "flow", flow)


# --- the plans ---------------------------------------------------------------------------------

SNAP = "2025-01-01"
MAIN = {"publisher": "SSB", "table": "13600", "alternative": "MMMM", "vintage": 2024}


def drv(did: str, values: dict[int, float], **scenarios: dict[int, float]) -> dict[str, Any]:
    return {"id": did, "name": did, "source": MAIN, "values": values, "scenarios": scenarios}


def row(competence: str | None, fte: float, date: str = SNAP, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"unit": "enheten", "date": date, "persons": 10, "fte": fte, **extra}
    if competence:
        out["competence"] = competence
    return out


DRIVERS = [
    drv(
        "eldre",
        {2025: 100, 2026: 110, 2027: 120},
        LLML={2025: 100, 2026: 105, 2027: 110},
        HHMH={2025: 100, 2026: 115, 2027: 130},
    ),
    # a gap in a year, and an alternative without the first year
    drv("hull", {2025: 50, 2027: 70}, LLML={2026: 5, 2027: 7}, HHMH={2025: 50, 2026: 0}),
    # no users in the first year; the alternatives with some, or below zero
    drv("null", {2025: 0, 2026: 10, 2027: 20}, LLML={2025: 1, 2026: 0}, HHMH={2025: 0.0}),
    # past what a float holds, and the smallest float
    drv("stor", {2025: 5e-324, 2026: 1e9, 2027: 5e-324}, LLML={2025: 1e-300, 2026: 1e9}),
    drv("negativ", {2025: 3.0, 2026: -0.0, 2027: 0.0}, HHMH={2025: 3.0, 2026: 0.0, 2027: 1.0}),
    # a fourth alternative, on one driver only
    drv("barn", {2025: 36, 2026: 40, 2027: 42}, XTRA={2025: 1, 2026: 2, 2027: 3}),
]

LINES = [
    {"id": "alle", "unit": "enheten", "demand": [{"driver": "eldre"}]},
    {"id": "syk", "unit": "enheten", "competence": "sykepleier", "demand": [{"driver": "eldre"}]},
    {
        "id": "dekning",
        "unit": "enheten",
        "competence": "fagarbeider",
        "demand": [{"driver": "eldre", "coverage_percent": 37.5, "weight": 0.3}],
    },
    {"id": "hull", "unit": "enheten", "competence": "assistent", "demand": [{"driver": "hull"}]},
    {"id": "null", "unit": "enheten", "competence": "laerer", "demand": [{"driver": "null"}]},
    {"id": "stor", "unit": "enheten", "competence": "lege", "demand": [{"driver": "stor"}]},
    {
        "id": "neg",
        "unit": "kommunen",
        "competence": "sykepleier",
        "demand": [{"driver": "negativ", "weight": 2.0}],
    },
    {"id": "to", "unit": "kommunen", "demand": [{"driver": "eldre"}, {"driver": "barn"}]},
    {
        "id": "samme",
        "unit": "kommunen",
        "competence": "fagarbeider",
        "demand": [{"driver": "eldre"}, {"driver": "eldre", "coverage_percent": 50}],
    },
    {
        "id": "mangler",
        "unit": "enheten",
        "competence": "sykepleier",
        "demand": [{"driver": "finnes-ikke"}],
    },
    {"id": "konstant", "unit": "enheten", "competence": "assistent"},
    {"id": "tom", "unit": "enheten", "competence": "akuttmed", "demand": [{"driver": "eldre"}]},
    {"id": "barn", "unit": "enheten", "competence": "ufaglaert", "demand": [{"driver": "barn"}]},
    {
        "id": "eldre-rad",
        "unit": "enheten",
        "competence": "bhg-laerer",
        "demand": [{"driver": "eldre"}],
    },
]

HIRES = {
    "id": "rekruttere",
    "title": "Rekruttere",
    "strategy": "rekruttere",
    "unit": "enheten",
    "effects": [
        {"competence": "sykepleier", "count": 2, "fte": 1.8, "year": 2026},
        {"competence": "sykepleier", "count": 1, "fte": 0.7, "year": 2026},
        {"competence": "sykepleier", "from_competence": "fagarbeider", "count": 1, "year": 2027},
        {"competence": "assistent", "count": 1, "fte": 0.5, "year": 2025},
    ],
}


def plan(**extra: Any) -> Any:
    rows = [
        row(None, 8.0, age_bands={"<30": 4, "30-59": 4, "64": 2}),
        row("sykepleier", 6.5, age_bands={"30-59": 8, "64": 2}),
        row("fagarbeider", 0.0),
        row("assistent", 3.25),
        row("laerer", 4.0),
        row("lege", 1e7),
        row("ufaglaert", 2.0, age_bands={"63": 10}),
        # a row older than the newest snapshot: the line's y0 is before the analysis years
        row("bhg-laerer", 5.0, date="2024-01-01", age_bands={"64": 4, "30-59": 6}),
    ]
    return make_plan(inventory=rows, drivers=DRIVERS, staffing=LINES, actions=[HIRES], **extra)


PLANS: list[Callable[[], Any]] = [
    plan,
    lambda: plan(analysis={"turnover_percent": 0}),
    lambda: plan(analysis={"turnover_percent": 100, "unit_retirement_age": {"enheten": 64}}),
]


def balances(p: Any, scenario: str | None) -> str:
    return repr(staffing_balance(p, scenario=scenario))


@pytest.mark.parametrize("make", PLANS)
@pytest.mark.parametrize("scenario", [None, "MMMM", "LLML", "HHMH", "XTRA"])
def test_the_balance_is_the_per_year_definitions(
    make: Callable[[], Any], scenario: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = make()
    quick = repr(staffing_balance(p, scenario=scenario))
    with monkeypatch.context() as m:
        as_it_was(m)
        slow = repr(staffing_balance(p, scenario=scenario))
    assert quick == slow
    # the lines take every path: no inventory, no driver, no users, a gap, a figure past a
    # float, two terms, a constant standard, a row before the analysis years
    report = staffing_balance(p, scenario=scenario)
    reasons = {y.unknown.reason for line in report.lines for y in line.years if y.unknown}
    reasons |= {line.unknown.reason for line in report.lines if line.unknown}
    assert {Why.NO_INVENTORY, Why.NO_DRIVER} <= reasons


# --- the flow and the need on values no plan may hold ------------------------------------------

ODD = [0.0, -0.0, 1.0, 2.5, 0.1, 1e-300, 5e-324, 1e308, -1e308, math.inf, -math.inf, math.nan]


class _Staff:
    """A line's staff whose rows retire `gone` a year (`Staff.retiring` already applied)."""

    def __init__(self, gone: list[float]) -> None:
        self.gone = gone

    def retiring(self, rows: Any, years: range, rate: float) -> list[float]:
        return self.gone[: len(years)]


class _Row:
    class date:  # stands for a datetime.date
        year = 2025


def _effect(fte: float) -> Any:
    class E:
        pass

    e = E()
    e.fte = fte  # type: ignore[attr-defined]
    return e


@pytest.mark.parametrize("seed", range(40))
def test_the_flow_is_the_year_by_year_loop(seed: int) -> None:
    import random

    rnd = random.Random(seed)
    pick: Callable[[], float] = (
        (lambda: rnd.choice(ODD)) if seed % 4 == 0 else (lambda: rnd.uniform(-5.0, 20.0))
    )
    y0 = 2025
    years = tuple(range(2025 + seed % 3, 2031))
    have = [pick() for _ in range(y0, years[-1] + 1)]
    need = Need()
    for t in range(y0, years[-1] + 1):
        if seed % 5 == 1 and t == 2027:
            need.unknown[t] = Unknown(Why.NO_DRIVER_VALUE, "d", t)
        else:
            need.values[t] = pick()
    gone = [abs(pick()) for _ in years]
    arrivals = {t: [_effect(pick()) for _ in range(rnd.randint(1, 3))] for t in years[::2]}
    tau = rnd.choice([0.0, 0.1, 1.0, 0.07])
    codes = {"A": {t: pick() for t in years}, "B": {}}
    demands = [need.values.get(t) for t in range(y0, years[-1] + 1)]
    on = [t for t in years if t >= y0]
    by = [{c: v.get(t) for c, v in codes.items()} for t in on]
    new = staffing_flow.flow(
        _Staff(gone),
        have,
        arrivals,
        tau,
        [_Row()],
        y0,
        need,
        demands,
        by,
        years,  # type: ignore[arg-type]
    )
    have_by_year = dict(zip(range(y0, years[-1] + 1), have, strict=True))
    old = old_flow(_Staff(gone), have_by_year, arrivals, tau, [_Row()], y0, need, codes, years)
    assert repr(new) == repr(old)


def _terms(values: dict[int, float], factor: float, scenarios: dict[str, Any]) -> Terms:
    line = StaffingLine.model_validate(
        {"id": "b", "unit": "enheten", "demand": [{"driver": "eldre"}]}
    )
    d = Driver.model_construct(
        id="eldre", name="eldre", values=values, scenarios=scenarios, source=None
    )
    return Terms(line, None, None, (Term("eldre", d, values, factor),))


@pytest.mark.parametrize("seed", range(40))
def test_one_term_and_the_alternatives_are_the_per_year_definitions(seed: int) -> None:
    import random

    rnd = random.Random(seed)
    years = range(2025, 2025 + rnd.randint(1, 6))

    def values() -> dict[int, float]:
        return {t: rnd.choice(ODD) for t in years if rnd.random() > 0.15}

    main = values()
    main.setdefault(2025, rnd.choice(ODD))
    scenarios = {"LLML": values(), "HHMH": values(), "MMMM": main}
    factor = rnd.choice([1.0, 0.375, 0.8, 1e-300, 1e300, math.inf, math.nan, 0.0])
    f0 = rnd.choice([8.0, 0.0, -0.0, 1e308, math.inf, math.nan, 3.3])
    found = _terms(main, factor, scenarios)
    uses: dict[Any, Any] = {}
    for _ in range(2):  # the second time from what the first recorded
        quick = need_of(found, f0, years, uses=uses)
        assert repr(vars_of(quick)) == repr(vars_of(old_need_of(found, f0, years)))
    assert repr(need_values(found, f0, years)) == repr(
        old_need_of(found, f0, years, record=False).values
    )
    # the alternatives' demand in each year from y0 on, as `need_values` gives it code by code
    alternatives = staffing_flow.Alternatives(("MMMM", "LLML", "HHMH"), tuple(years))
    need = need_of(found, f0, years)
    demands = [need.values.get(t) for t in years]
    quick_range = alternatives.demand(found, found, f0, years, demands)
    slow_range = [
        {c: need_values(found, f0, years, v).get(t) for c, v in alternatives.values_of}
        for t in years
    ]
    assert repr(quick_range) == repr(slow_range)


def vars_of(need: Need) -> tuple[Any, ...]:
    return need.values, need.unknown, need.line, list(need.used), need.uses
