"""Analysis data (K801-K806, K808): the inventory is fresh, adds up and counts each group of staff
once; requirements have the data and targets the gap analysis needs.

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

K806 error: an employment requirement that sets no measure, or more than one
    Why: an employment requirement is about position sizes (`min_position_percent`), full-time
    shares (`full_time_share_percent`) or the average position size
    (`min_average_position_percent`); with two, it is two requirements in one. FAIL::

        requirements:
          - {id: heltid, kind: employment, ..., min_position_percent: 80,
             full_time_share_percent: 60}

    Fix: write two requirements, one for each measure.

K809 warning: a requirement with no inventory behind it
    Why: a unit with no inventory row at all (in it or the units below it) has no staff kplan
    can count; the requirement's figures there are unknown («ukjent»), not 0, and
    `kplan gap --fail-on-gap` fails on them. FAIL: a requirement for «sol» and no inventory row
    for «sol» or a unit under it. Fix: add the unit's inventory (its total staff and the
    competences the requirement counts), or take the unit out of `units:`. Not reported while
    some inventory could not be read (that error comes first).

K808 error: two inventory rows for the same unit, competence, role and date
    Why: the gap analysis takes one count per unit, competence (none: the total staff), role and
    snapshot date; of two such rows it would use one and silently drop the other. Rows are the
    same however they are written: in YAML or in CSV files, in one file or in two, the date as
    2025-01-01, "2025-01-01" or 01.01.2025, a missing competence or role left out or `null`.
    Each later row is reported, naming the first. FAIL::

        inventory:
          - {unit: sol, competence: bhg-laerer, date: 2025-01-01, persons: 5, fte: 4.6}
          - {unit: sol, competence: bhg-laerer, date: 2025-01-01, persons: 2, fte: 2}

    Fix: one row per unit, competence, role and date: delete the copy, or add up the counts in
    one row (`persons: 7, fte: 6.6`). An HR export read twice (a copy of the file under another
    name, matched by `inventory_files:`) repeats every row: keep one file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kplan.check.locate import resolve
from kplan.check.rules.base import Context, check, number
from kplan.diagnostics import Finding, Severity, cell_name
from kplan.plan.assemble import MAX_BAD_ROWS
from kplan.plan.model import Analysis, DriverIndex, InventoryRow, PlanInfo, when_bounds
from kplan.text import Message, t


def _plan_years(info: PlanInfo) -> range:
    return range(when_bounds(info.period.start)[0].year, when_bounds(info.period.end)[1].year + 1)


@check
def analysis_data(ctx: Context) -> Iterator[Finding]:
    """K801-K806, K809: inventory is fresh and adds up; norms have the data and targets they need."""
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
                    t(
                        "check.k804.bands",
                        field=t(f"check.k804.{field}"),
                        sum=sum(bands.values()),
                        persons=row.persons,
                    ),
                    key=True,
                )
        if row.fte > row.persons + 1e-9:
            yield ctx.find(
                ("inventory", i, "fte"),
                "K804",
                t("check.k804.fte", fte=number(row.fte), persons=row.persons),
            )
    for (_, date), rows in stale.items():
        age = (ctx.today.year - date.year) * 12 + ctx.today.month - date.month
        yield ctx.find(
            ("inventory", rows[0], "date"),
            "K801",
            t(
                f"check.k801.old.{'one' if len(rows) == 1 else 'many'}",
                n=len(rows),
                date=str(date),
                age=age,
                months=months,
            ),
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

    inventoried = _marked_up(parent, {row.unit for row in plan.inventory})
    # inventory that could not be read is reported where it failed: which units lack it is
    # then not known, and K809 would point at the wrong cause
    unread = bool(ctx.asm.broken.get("inventory")) or any(
        d.severity is Severity.ERROR and d.path.lower().endswith(".csv") for d in ctx.asm.problems
    )
    for i, req in enumerate(plan.requirements):
        for j, unit in enumerate(req.units):
            if unit not in inventoried and not unread:
                yield ctx.find(
                    ("requirements", i, "units", j),
                    "K809",
                    t("check.k809.no_inventory", unit=unit, requirement=req.id),
                )
        if req.kind == "share":
            for field in ("min_percent", "max_percent"):
                value = getattr(req, field)
                if value is not None and value > 100:
                    yield ctx.find(
                        ("requirements", i, field),
                        "K803",
                        t("check.k803.over_100", value=number(value)),
                    )
            for j, unit in enumerate(req.units):
                if not req.of and not has_total(unit):
                    yield ctx.find(
                        ("requirements", i, "units", j),
                        "K805",
                        t("check.k805.no_total", unit=unit),
                    )
                elif req.of and not any(has_rows(unit, c) for c in req.of):
                    yield ctx.find(
                        ("requirements", i, "of"),
                        "K805",
                        t("check.k805.no_rows", competences=", ".join(req.of), unit=unit),
                    )
        if req.kind == "employment" and (req.full_time_share_percent or 0) > 100:
            yield ctx.find(
                ("requirements", i, "full_time_share_percent"),
                "K803",
                t("check.k803.over_100", value=number(req.full_time_share_percent or 0)),
            )
        if req.kind == "employment" and (
            sum(
                value is not None
                for value in (
                    req.min_position_percent,
                    req.full_time_share_percent,
                    req.min_average_position_percent,
                )
            )
            != 1
        ):
            yield ctx.find(
                ("requirements", i, "kind"),
                "K806",
                t("check.k806.one_measure"),
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
                            t(
                                "check.k802.no_value",
                                driver=d.id,
                                years=_years(missing),
                                requirement=req.id,
                                unit=unit,
                            ),
                        )
                    elif d is None and term.driver in drivers.segments:
                        yield ctx.find(
                            ("requirements", i, "terms", j, "driver"),
                            "K802",
                            t("check.k802.no_segment", segment=term.driver, unit=unit),
                        )


@check
def unique_inventory_rows(ctx: Context) -> Iterator[Finding]:
    """K808: one inventory row per unit, competence, role and date, across all files."""
    rows = ctx.plan.inventory
    # the validated values, so a date is a date however the file wrote it; the first row of
    # each is kept by reference (no new object per row: an export may have a million rows)
    first: dict[tuple[str, str | None, str | None], dict[dt.date, InventoryRow]] = {}
    repeats: list[tuple[int, InventoryRow]] = []
    for i, row in enumerate(rows):
        dates = first.setdefault((row.unit, row.competence, row.role), {})
        seen = dates.setdefault(row.date, row)
        if seen is not row:
            repeats.append((i, seen))
    if not repeats:
        return
    wanted = {id(seen) for _, seen in repeats}
    index: dict[int, int] = {}
    for i, row in enumerate(rows):
        if id(row) in wanted:
            index.setdefault(id(row), i)
    where = _row_places(ctx, sorted(set(index.values())))
    origins = ctx.asm.origins["inventory"]
    listed: dict[str, int] = {}
    unlisted: dict[str, list[int]] = {}
    for i, seen in repeats:
        file = origins[i].file
        listed[file] = listed.get(file, 0) + 1
        if listed[file] > MAX_BAD_ROWS:
            unlisted.setdefault(file, []).append(i)
            continue
        row = rows[i]
        what = (
            t("check.k808.competence", competence=row.competence)
            if row.competence is not None
            else t("check.k808.total")
        )
        yield ctx.find(
            ("inventory", i),
            "K808",
            t(
                "check.k808.twice",
                unit=row.unit,
                what=what,
                role=t("check.k808.role", role=row.role) if row.role is not None else "",
                date=str(row.date),
                first=where[index[id(seen)]],
            ),
        )
    for more in unlisted.values():
        yield ctx.find(
            ("inventory", more[0]),
            "K808",
            t("check.k808.more", n=len(more)),
        )


def _row_places(ctx: Context, indexes: list[int]) -> dict[int, Message]:
    """«file, line N» of inventory rows: a CSV row's line is its index plus 2 (see
    `plan.assemble`); a YAML row's line is looked up, one parse per file."""
    origins = ctx.asm.origins["inventory"]
    places: dict[int, Message] = {}
    in_yaml: dict[str, list[int]] = {}
    for i in indexes:
        origin = origins[i]
        if origin.file.lower().endswith(".csv"):
            places[i] = t("check.place", file=origin.file, line=origin.index + 2)
        else:
            in_yaml.setdefault(origin.file, []).append(i)
    for rows in in_yaml.values():
        found = [ctx.find(("inventory", i), "K808", "") for i in rows]
        for i, d in zip(rows, resolve(found, ctx.asm.source), strict=True):
            if d.sheet:  # a workbook's row is named as Excel names its cell
                places[i] = f"{d.path}:{d.sheet}:{cell_name(d.line, d.col)}"
            else:
                places[i] = t("check.place", file=d.path, line=d.line) if d.line else d.path
    return places


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
