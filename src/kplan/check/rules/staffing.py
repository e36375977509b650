"""Staffing (K820-K823): the staffing lines and the figures the staffing balance needs.

K820 error: a staffing line that names a unit, competence, driver or norm the plan lacks
    Why: the staffing balance counts the line's unit's staff and scales it by its drivers (or
    takes a norm's required årsverk); a name that finds nothing gives no figure. A norm must be
    a ratio requirement counted in årsverk that applies to the line's unit: a norm in persons,
    or for other units, is not the need of this line. FAIL::

        staffing:
          - {id: hjemme, unit: hjemmetjenesten, demand: [{driver: innbyggere-80}]}

    (the plan has no unit «hjemmetjenesten», or no driver or segment «innbyggere-80»).
    Fix: the unit's and the driver's ids as the plan writes them.

K821 warning: a staffing driver without a value for the snapshot year or a plan year
    Why: the need is today's årsverk × users that year / users in the snapshot year; without the
    driver's value in the snapshot year the whole line is unknown, without a later year's that
    year (and the next) is. FAIL (inventory from 2024, a plan to 2026)::

        drivers:
          - {id: eldre, name: 80+, values: {2024: 1080, 2026: 1190}}

    Fix: a value for 2025 (SSB's projection, or the kommune's own), under every alternative the
    driver carries (`scenarios`).

K822 warning: årsverk per age band that do not add up to the row's årsverk
    Why: those who retire take the årsverk of their band; if the bands hold more or fewer
    årsverk than the row, or bands the headcount does not have, the retirements are wrong.
    FAIL::

        inventory:
          - {unit: sol, date: 2025-01-01, persons: 3, fte: 2.5, age_bands: {"<50": 2, "60-64": 1},
             fte_by_age: {"<50": 2.0, "60-64": 1.0}}

    Fix: `fte_by_age: {"<50": 1.5, "60-64": 1.0}`: the same bands as `age_bands`, adding up to
    `fte` (within 0.01).

K823 error: two staffing lines for the same unit and competence
    Why: each line is the need of one group of staff; two lines for the same group give two
    needs, and the share targets measured against the need would take one of them at random.
    FAIL::

        staffing:
          - {id: a, unit: sol}
          - {id: b, unit: sol}

    Fix: one line per unit and competence (no competence: all the unit's staff).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from kplan.check.rules.base import Context, broken_refs, check, kind, number
from kplan.diagnostics import Finding
from kplan.hints import did_you_mean
from kplan.plan.model import (
    DriverIndex,
    PartialPlan,
    RatioRequirement,
    StaffingLine,
    band_bounds,
    when_bounds,
)
from kplan.text import Text, t

FTE_TOLERANCE = 0.01
"""How far `fte_by_age` may be from the row's `fte`: hundredths of an årsverk are rounding."""


@check
def staffing_lines(ctx: Context) -> Iterator[Finding]:
    """K820, K821, K823: the lines name what the plan has, their drivers have the years, one
    line per unit and competence."""
    plan = ctx.plan
    if not plan.staffing:
        return
    units = {u.id for u in plan.units} | broken_refs(ctx, "units", "id")
    competences = {c.id for c in plan.competences} | broken_refs(ctx, "competences", "id")
    requirements = {r.id: r for r in plan.requirements}
    broken_requirements = broken_refs(ctx, "requirements", "id")
    drivers = DriverIndex(plan.drivers)
    broken_drivers = broken_refs(ctx, "drivers", "id") | broken_refs(ctx, "drivers", "segment")
    snapshots = _snapshots(plan)
    first: dict[tuple[str, str | None], str] = {}
    for i, line in enumerate(plan.staffing):
        if line.unit not in units:
            yield ctx.find(
                ("staffing", i, "unit"),
                "K820",
                t(
                    "check.no_such_id",
                    kind=kind("units", "no"),
                    id=line.unit,
                    hint=did_you_mean(line.unit, units),
                ),
            )
        if line.competence is not None and line.competence not in competences:
            yield ctx.find(
                ("staffing", i, "competence"),
                "K820",
                t(
                    "check.no_such_id",
                    kind=kind("competences", "no"),
                    id=line.competence,
                    hint=did_you_mean(line.competence, competences),
                ),
            )
        if line.norm is not None and line.norm not in broken_requirements:
            problem = _norm_problem(line, requirements)
            if problem:
                yield ctx.find(("staffing", i, "norm"), "K820", problem)
            elif line.demand:
                yield ctx.find(
                    ("staffing", i, "demand"),
                    "K820",
                    t("check.k820.norm_and_demand", norm=line.norm),
                )
        for j, term in enumerate(line.demand):
            if drivers.find(term.driver, line.unit) is None and term.driver not in broken_drivers:
                yield ctx.find(
                    ("staffing", i, "demand", j, "driver"),
                    "K820",
                    t(
                        "check.k820.no_driver",
                        driver=term.driver,
                        unit=line.unit,
                        hint=did_you_mean(term.driver, [*drivers.by_id, *drivers.segments]),
                    ),
                )
        if line.norm is None:
            yield from _missing_years(ctx, i, line, drivers, snapshots)
        key = (line.unit, line.competence)
        if key in first:
            what = (
                t("check.k823.competence", competence=line.competence)
                if line.competence
                else t("check.k823.all_staff")
            )
            yield ctx.find(
                ("staffing", i, "unit"),
                "K823",
                t("check.k823.twice", unit=line.unit, what=what, first=first[key]),
            )
        else:
            first[key] = line.id


def _norm_problem(line: StaffingLine, requirements: Mapping[str, object]) -> Text | None:
    norm = line.norm or ""
    req = requirements.get(norm)
    if req is None:
        return t(
            "check.no_such_id",
            kind=kind("requirements", "no"),
            id=norm,
            hint=did_you_mean(line.norm, requirements),
        )
    if not isinstance(req, RatioRequirement):
        return t("check.k820.not_ratio", norm=norm)
    if req.basis != "årsverk":
        return t("check.k820.not_fte", norm=norm, basis=str(req.basis))
    if line.unit not in req.units:
        return t("check.k820.other_units", norm=norm, unit=line.unit)
    return None


def _snapshots(plan: PartialPlan) -> dict[tuple[str, str | None], dt.date]:
    """The newest snapshot date of the rows each staffing line counts: its unit's and those of
    the units below it, of its competence (rows with a role left out)."""
    newest: dict[tuple[str, str | None], dt.date] = {}
    for row in plan.inventory:
        key = (row.unit, row.competence)
        if row.role is None and (key not in newest or row.date > newest[key]):
            newest[key] = row.date
    children: dict[str, list[str]] = {}
    for u in plan.units:
        if u.parent:
            children.setdefault(u.parent, []).append(u.id)
    out: dict[tuple[str, str | None], dt.date] = {}
    for line in plan.staffing:
        dates = []
        seen: set[str] = set()
        todo = [line.unit]
        while todo:  # a walk, not recursion: a parent loop (K203) must not run forever
            unit = todo.pop()
            if unit in seen:
                continue
            seen.add(unit)
            if (unit, line.competence) in newest:
                dates.append(newest[(unit, line.competence)])
            todo.extend(children.get(unit, ()))
        if dates:
            out[(line.unit, line.competence)] = max(dates)
    return out


def _missing_years(
    ctx: Context,
    i: int,
    line: StaffingLine,
    drivers: DriverIndex,
    snapshots: dict[tuple[str, str | None], dt.date],
) -> Iterator[Finding]:
    info = ctx.plan.plan
    snapshot = snapshots.get((line.unit, line.competence))
    if info is None or snapshot is None:
        return
    end = when_bounds(info.period.end)[1].year
    years = range(snapshot.year, end + 1)
    for j, term in enumerate(line.demand):
        d = drivers.find(term.driver, line.unit)
        if d is None:
            continue
        alternatives = [(None, d.values), *d.scenarios.items()]
        for code, values in alternatives:
            missing = [y for y in years if y not in values]
            if missing:
                yield ctx.find(
                    ("staffing", i, "demand", j, "driver"),
                    "K821",
                    t(
                        "check.k821.no_value",
                        driver=d.id,
                        under=t("check.k821.under", code=code) if code else "",
                        years=_years(missing),
                        line=line.id,
                        snapshot=snapshot.year,
                        end=end,
                    ),
                )


def _years(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


@check
def fte_by_age(ctx: Context) -> Iterator[Finding]:
    """K822: årsverk per age band add up to the row's årsverk, in the row's own bands."""
    for i, row in enumerate(ctx.plan.inventory):
        if not row.fte_by_age:
            continue
        strange = [b for b in row.fte_by_age if b not in row.age_bands]
        if strange:
            yield ctx.find(
                ("inventory", i, "fte_by_age"),
                "K822",
                t(
                    "check.k822.strange_bands",
                    bands=", ".join(sorted(strange, key=band_bounds)),
                ),
                key=True,
            )
        total = sum(row.fte_by_age.values())
        if abs(total - row.fte) > FTE_TOLERANCE:
            yield ctx.find(
                ("inventory", i, "fte_by_age"),
                "K822",
                t("check.k822.total", total=number(total), fte=number(row.fte)),
                key=True,
            )
