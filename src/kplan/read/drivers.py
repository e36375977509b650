"""Drivers: SSB-style CSV rows (one per driver and year) grouped into driver items.

A driver's descriptive columns (name, segment, unit, source) are read from its first row; later
rows may repeat them or leave them empty, and a row that contradicts the first is reported.
The `alternative` column is the exception: SSB publishes its projections in alternatives (MMMM,
LLML, HHMH...), so rows of the first row's alternative (or with none) give the driver's
`values`, and rows of another alternative its `scenarios[alternative]`. Cells
the model would refuse are reported here, at their row and column, because the model only sees
the driver as a whole.
"""

from __future__ import annotations

import re
from typing import Any

from kplan.diagnostics import Diagnostic, make
from kplan.hints import shown
from kplan.read.cells import FIRST_YEAR, LAST_YEAR, digits_hint, flag, number
from kplan.read.tables import DRIVER_COLUMNS, Table, column
from kplan.read.yaml_scalars import grouped
from kplan.text import Message, t

MAX_DRIVER_VALUE = 1_000_000_000
"""As `Driver.values` in the model allows."""

_DRIVER_ONCE = ("name", "segment", "unit", "publisher", "table", "vintage")
"""Columns that describe the whole driver, read from its first row."""
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}")
"""An alternative other than the first row's is a scenario code, as `Driver.scenarios` takes."""


def _first_cell(item: dict[str, Any], key: str) -> str | None:
    where = (
        item.get("source", {}) if key in ("publisher", "table", "alternative", "vintage") else item
    )
    got = where.get(key)
    return None if got is None else str(got)


def _driver_cell_problems(row: dict[str, str], year: Any, value: Any) -> list[tuple[str, Message]]:
    """(column, message) for each cell of a driver row the model would refuse: reported here,
    at the row, because the model sees only the driver as a whole (its first row)."""
    out: list[tuple[str, Message]] = []
    years = {"first": FIRST_YEAR, "last": LAST_YEAR}
    if not isinstance(year, int):
        cell = row.get("year", "")
        why = t("read.k807.year_not_number", value=shown(cell[:40]), hint=digits_hint(cell))
        out.append(("year", why))
    elif not FIRST_YEAR <= year <= LAST_YEAR:
        out.append(("year", t("read.k807.year_outside", year=year, **years)))
    if not isinstance(value, float):
        cell = row.get("value", "")
        why = t("read.k807.value_not_number", value=shown(cell[:40]), hint=digits_hint(cell))
        out.append(("value", why))
    elif not 0 <= value <= MAX_DRIVER_VALUE:
        why = t("read.k807.value_range", value=row["value"], most=grouped(MAX_DRIVER_VALUE))
        out.append(("value", why))
    vintage = row.get("vintage")
    if vintage is not None:
        got = number(vintage, whole=True)
        if not isinstance(got, int) or not FIRST_YEAR <= got <= LAST_YEAR:
            why = t(
                "read.k807.vintage", value=shown(vintage[:40]), hint=digits_hint(vintage), **years
            )
            out.append(("vintage", why))
    return out


def driver_items(table: Table, problems: list[Diagnostic]) -> list[tuple[int, dict[str, Any]]]:
    """Rows grouped into drivers: (index of the driver's first row, driver item).
    An index is the row's line less 2, as for inventory rows."""
    drivers: dict[str, tuple[int, dict[str, Any]]] = {}
    first_line: dict[str, int] = {}
    header = table.header
    for line, cells in table.records(problems):
        row = {h: c for h, c in zip(header, cells, strict=True) if c and h in DRIVER_COLUMNS}
        ident = row.get("id")
        if not ident:
            problems.append(make(table.path, line, 1, "K807", t("read.k807.no_driver_id")))
            continue
        year, value = (
            number(row.get("year", ""), whole=True),
            number(row.get("value", ""), whole=False),
        )
        bad_cells = _driver_cell_problems(row, year, value)
        for bad, why in bad_cells:
            problems.append(make(table.path, line, column(header, bad) or 1, "K807", why))
        if bad_cells:
            continue
        if ident not in drivers:
            item: dict[str, Any] = {"id": ident, "values": {}}
            for key in ("name", "segment", "unit"):
                if key in row:
                    item[key] = row[key]
            source: dict[str, Any] = {
                k: row[k] for k in ("publisher", "table", "alternative") if k in row
            }
            if "vintage" in row:
                source["vintage"] = number(row["vintage"], whole=True)
            if source:
                item["source"] = source
            if "illustrative" in row:
                item["illustrative"] = flag(row["illustrative"])
            drivers[ident] = (line - 2, item)
        else:
            first = drivers[ident][1]
            for key in _DRIVER_ONCE:
                if key in row and row[key] != _first_cell(first, key):
                    problems.append(
                        make(
                            table.path,
                            line,
                            column(header, key),
                            "K807",
                            t(
                                "read.k807.differs",
                                column=key,
                                value=shown(row[key][:40]),
                                line=first_line[ident],
                            ),
                        )
                    )
        first_line.setdefault(ident, line)
        item = drivers[ident][1]
        code = row.get("alternative")
        under: Message
        if code is None or code == _first_cell(item, "alternative"):
            values, under = item["values"], ""
        elif not _CODE.fullmatch(code):
            problems.append(
                make(
                    table.path,
                    line,
                    column(header, "alternative"),
                    "K807",
                    t(
                        "read.k807.alternative_code",
                        code=shown(code[:40]),
                        line=first_line[ident],
                    ),
                )
            )
            continue
        else:
            values = item.setdefault("scenarios", {}).setdefault(code, {})
            under = t("read.k807.under_alternative", code=code)
        if year in values:
            problems.append(
                make(
                    table.path,
                    line,
                    column(header, "year"),
                    "K807",
                    t("read.k807.year_twice", year=year, id=ident, under=under),
                )
            )
        values[year] = value
    return list(drivers.values())
