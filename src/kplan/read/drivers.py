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
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from kplan.diagnostics import Diagnostic, make
from kplan.hints import shown
from kplan.read.cells import FIRST_YEAR, LAST_YEAR, Memo, digits_hint, flag, number
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


def _row(header: tuple[str, ...], cells: list[str]) -> dict[str, str]:
    return {h: c for h, c in zip(header, cells, strict=True) if c and h in DRIVER_COLUMNS}


def _getter(at: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The cells at `at` as a tuple, whatever their number."""
    if len(at) >= 2:
        return itemgetter(*at)
    return lambda cells: tuple(cells[i] for i in at)


def driver_items(table: Table, problems: list[Diagnostic]) -> list[tuple[int, dict[str, Any]]]:
    """Rows grouped into drivers: (index of the driver's first row, driver item).
    An index is the row's line less 2, as for inventory rows.

    An SSB export repeats each driver's description on every one of its rows: a row that
    repeats its driver's first row cell for cell, with a year, value and vintage as the model
    takes them, is taken at once; any other row is looked at column by column."""
    drivers: dict[str, _Driver] = {}
    header = table.header
    at = {h: i for i, h in enumerate(header) if h in DRIVER_COLUMNS}
    once_keys = [key for key in _DRIVER_ONCE if key in at]
    once = _getter([at[key] for key in once_keys])
    # a missing column reads as the empty cell put after the row
    i_id, i_year, i_value, i_vintage, i_alternative = (
        at.get(key, -1) for key in ("id", "year", "value", "vintage", "alternative")
    )
    padded = len(at) < len(DRIVER_COLUMNS)
    years, values = Memo(lambda c: number(c, whole=True)), Memo(lambda c: number(c, whole=False))
    vintages = Memo(_good_vintage)
    for line, row_cells in table.records(problems):
        cells = [*row_cells, ""] if padded else row_cells
        ident = cells[i_id]
        year, value = years[cells[i_year]], values[cells[i_value]]
        if not (
            ident
            and type(year) is int
            and FIRST_YEAR <= year <= LAST_YEAR
            and type(value) is float
            and 0 <= value <= MAX_DRIVER_VALUE
            and vintages[cells[i_vintage]]
        ):
            row = _row(header, row_cells)
            if not ident:
                problems.append(make(table.path, line, 1, "K807", t("read.k807.no_driver_id")))
                continue
            bad_cells = _driver_cell_problems(row, year, value)
            for bad, why in bad_cells:
                problems.append(make(table.path, line, column(header, bad) or 1, "K807", why))
            if bad_cells:
                continue
        driver = drivers.get(ident)
        if driver is None:
            driver = drivers[ident] = _Driver.first(ident, line, _row(header, row_cells), once_keys)
        elif once(cells) != driver.once:
            row = _row(header, row_cells)
            for key in _DRIVER_ONCE:
                if key in row and row[key] != _first_cell(driver.item, key):
                    why = t(
                        "read.k807.differs",
                        column=key,
                        value=shown(row[key][:40]),
                        line=driver.line,
                    )
                    problems.append(make(table.path, line, column(header, key), "K807", why))
        code = cells[i_alternative]
        if not code or code == driver.alternative:
            into, under = driver.item["values"], None
        elif not _CODE.fullmatch(code):
            why = t("read.k807.alternative_code", code=shown(code[:40]), line=driver.line)
            problems.append(make(table.path, line, column(header, "alternative"), "K807", why))
            continue
        else:
            into, under = driver.item.setdefault("scenarios", {}).setdefault(code, {}), code
        if year in into:
            said = "" if under is None else t("read.k807.under_alternative", code=under)
            why = t("read.k807.year_twice", year=year, id=ident, under=said)
            problems.append(make(table.path, line, column(header, "year"), "K807", why))
        into[year] = value
    return [(d.line - 2, d.item) for d in drivers.values()]


def _good_vintage(cell: str) -> bool:
    """An empty vintage cell, or one the model takes (see `_driver_cell_problems`)."""
    got = number(cell, whole=True)
    return not cell or (isinstance(got, int) and FIRST_YEAR <= got <= LAST_YEAR)


@dataclass
class _Driver:
    line: int
    """The line of the driver's first row."""
    item: dict[str, Any]
    once: tuple[str, ...]
    """The cells of its first row that describe it, as a later row must repeat them to be
    taken at once (a vintage as the model reads it: «2024», not «02024»)."""
    alternative: str | None

    @classmethod
    def first(cls, ident: str, line: int, row: dict[str, str], keys: list[str]) -> _Driver:
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
        once = tuple(_first_cell(item, key) or "" for key in keys)
        return cls(line, item, once, _first_cell(item, "alternative"))
