"""Analysis data (K801-K806): the inventory is fresh and adds up; requirements have the data and
targets the gap analysis needs.

A CSV file kplan cannot use as it is (K807) is reported while reading it (`read.tables`,
`read.drivers`), at its row and column.

K801 warning: inventory older than the plan allows
    Why: the gap analysis projects today's staff forwards; from old figures it projects the wrong
    staff. The limit is `analysis.inventory_max_age_months` (24 unless set). FAIL (in 2026)::

        inventory:
          - {unit: sol, date: 2023-06-01, persons: 3, fte: 2.5}

    Fix: new figures from the HR system, with their date.

K802 warning: a driver value missing for a year a ratio requirement needs
    Why: a ratio norm (one pedagogue per 7 children over 3) needs the driver's value in each year
    of the plan period from when it applies; a missing year has no required figure. FAIL (a plan
    for 2025-2028)::

        drivers:
          - {id: sol-u3, name: Barn over 3 år, values: {2025: 40, 2026: 42}}

    Fix: values for 2027 and 2028 (SSB's projection, or the kommune's own).

K803 error: a share target over 100 %
    Why: no unit can have more than all its staff with a competence. FAIL::

        requirements:
          - {id: fagbrev, kind: share, ..., competences: [fagbrev], min_percent: 120}

    Fix: a percentage from 0 to 100.

K804 warning: inventory counts that do not add up
    Why: the age bands and position sizes split the row's persons; if they add up to another
    number, the retirement and part-time figures are taken from the wrong staff. More årsverk than
    persons is a typing error too. FAIL::

        inventory:
          - {unit: sol, date: 2025-01-01, persons: 3, fte: 3.5, age_bands: {"<50": 2, "50+": 2}}

    Fix: `fte: 2.5`, and bands that add up to 3.

K805 warning: a share requirement with no total staff to take the share of
    Why: a share is taken of the unit's total staff (an inventory row without `competence:`), or
    of the staff with the competences in `of:`; without those rows there is nothing to divide by.
    FAIL: a share requirement for «sol» and no inventory row `{unit: sol, ...}` without
    `competence:`. Fix: add the unit's total staff as a row with no competence.

K806 error: an employment requirement that sets neither or both measures
    Why: an employment requirement is about position sizes (`min_position_percent`) or full-time
    shares (`full_time_share_percent`); with both, it is two requirements in one. FAIL::

        requirements:
          - {id: heltid, kind: employment, ..., min_position_percent: 80,
             full_time_share_percent: 60}

    Fix: write two requirements, one for each measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import Finding
from kplan.plan.model import Analysis, DriverIndex, PlanInfo, when_bounds


def _plan_years(info: PlanInfo) -> range:
    return range(when_bounds(info.period.start)[0].year, when_bounds(info.period.end)[1].year + 1)


@check
def analysis_data(ctx: Context) -> Iterator[Finding]:
    """K801-K806: inventory is fresh and adds up; norms have the data and targets they need."""
    plan, info = ctx.plan, ctx.plan.plan
    settings = plan.analysis or Analysis()
    months = settings.inventory_max_age_months
    stale: dict[tuple[str, dt.date], list[int]] = {}
    for i, row in enumerate(plan.inventory):
        age = (ctx.today.year - row.date.year) * 12 + ctx.today.month - row.date.month
        if age > months:
            stale.setdefault((ctx.asm.origins["inventory"][i].file, row.date), []).append(i)
        for field in ("age_bands", "position_sizes"):
            bands = getattr(row, field)
            if bands and sum(bands.values()) != row.persons:
                yield ctx.find(
                    ("inventory", i, field),
                    "K804",
                    f"The {field.replace('_', ' ')} add up to {sum(bands.values())} persons, "
                    f"but persons is {row.persons}.",
                    key=True,
                )
        if row.fte > row.persons + 1e-9:
            yield ctx.find(
                ("inventory", i, "fte"),
                "K804",
                f"{row.fte:g} årsverk for {row.persons} persons: more than one årsverk per person.",
            )
    for (_, date), rows in stale.items():
        age = (ctx.today.year - date.year) * 12 + ctx.today.month - date.month
        yield ctx.find(
            ("inventory", rows[0], "date"),
            "K801",
            f"{len(rows)} inventory row(s) are from {date}, {age} months ago; the plan allows "
            f"{months} (analysis.inventory_max_age_months). Update the figures.",
        )
    drivers = DriverIndex(plan.drivers)
    parent = {u.id: u.parent for u in plan.units}
    with_total = _marked_up(parent, {row.unit for row in plan.inventory if row.competence is None})
    held: dict[str | None, set[str]] = {}
    for row in plan.inventory:
        if row.persons > 0:
            held.setdefault(row.competence, set()).add(row.unit)
    holding: dict[str, set[str]] = {}

    def has_rows(unit: str, competence: str) -> bool:
        if competence not in holding:
            holding[competence] = _marked_up(parent, held.get(competence, set()))
        return unit in holding[competence]

    def has_total(unit: str) -> bool:
        return unit in with_total

    for i, req in enumerate(plan.requirements):
        if req.kind == "share":
            for field in ("min_percent", "max_percent"):
                value = getattr(req, field)
                if value is not None and value > 100:
                    yield ctx.find(
                        ("requirements", i, field), "K803", f"A share of {value:g} % is over 100 %."
                    )
            for j, unit in enumerate(req.units):
                if not req.of and not has_total(unit):
                    yield ctx.find(
                        ("requirements", i, "units", j),
                        "K805",
                        f"No inventory row with the total staff of «{unit}» (a row without "
                        "competence), so the share cannot be taken.",
                    )
                elif req.of and not any(has_rows(unit, c) for c in req.of):
                    yield ctx.find(
                        ("requirements", i, "of"),
                        "K805",
                        f"No inventory rows for {', '.join(req.of)} in «{unit}», so the share "
                        "cannot be taken.",
                    )
        if req.kind == "employment" and (req.full_time_share_percent or 0) > 100:
            yield ctx.find(
                ("requirements", i, "full_time_share_percent"),
                "K803",
                f"A share of {req.full_time_share_percent:g} % is over 100 %.",
            )
        if req.kind == "employment" and (
            (req.min_position_percent is None) == (req.full_time_share_percent is None)
        ):
            yield ctx.find(
                ("requirements", i, "kind"),
                "K806",
                "Set exactly one of min_position_percent and full_time_share_percent; "
                "write two requirements for both.",
            )
        if req.kind == "ratio" and info is not None:
            first = when_bounds(req.applies_from)[0].year if req.applies_from else 0
            years = [y for y in _plan_years(info) if y >= first]
            for j, term in enumerate(req.terms):
                for unit in req.units:
                    d = drivers.find(term.driver, unit)
                    missing = [y for y in years if d is None or y not in d.values]
                    if d is not None and missing:
                        yield ctx.find(
                            ("requirements", i, "terms", j, "driver"),
                            "K802",
                            f"The driver «{d.id}» has no value for {_years(missing)}, which "
                            f"«{req.id}» needs for «{unit}».",
                        )
                    elif d is None and term.driver in drivers.segments:
                        yield ctx.find(
                            ("requirements", i, "terms", j, "driver"),
                            "K802",
                            f"No driver of segment «{term.driver}» for «{unit}».",
                        )


def _marked_up(parent: dict[str, str | None], starts: set[str]) -> set[str]:
    """The units with any of `starts` at or below them: each chain is walked up once, so this
    is linear in the units however deep the tree (and stops on a parent loop, K203)."""
    marked: set[str] = set()
    for node in starts:
        current: str | None = node
        while current is not None and current not in marked:
            marked.add(current)
            current = parent.get(current)
    return marked


def _years(years: list[int]) -> str:
    if len(years) > 3 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(map(str, years))
