"""Tables: read inventory and driver rows from CSV files as HR systems and SSB export them.

Inventory columns (one row per unit, competence and role):
    unit, competence, role, date, persons, fte, source, illustrative,
    age:<band> (e.g. age:60-64), position:<band> (e.g. position:<50, position:100)
Driver columns (one row per driver and year):
    id, name, segment, unit, year, value, publisher, table, alternative, vintage, illustrative

The delimiter may be `;` (Norwegian Excel), `,` or a tab. Decimals may use a comma. Dates are
YYYY-MM-DD or DD.MM.YYYY. Empty cells are left out. Values are converted here and then checked by
the same model as YAML rows, so a bad cell gets the same message, at its row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from kplan.diagnostics import Diagnostic, make
from kplan.load import read_text
from kplan.sources import DISK, Source

INVENTORY_COLUMNS = (
    "unit",
    "competence",
    "role",
    "date",
    "persons",
    "fte",
    "source",
    "illustrative",
)
DRIVER_COLUMNS = (
    "id",
    "name",
    "segment",
    "unit",
    "year",
    "value",
    "publisher",
    "table",
    "alternative",
    "vintage",
    "illustrative",
)
_INT = re.compile(r"[-+]?\d+")
_DEC = re.compile(r"[-+]?\d+([.,]\d+)?")
_NO_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(frozen=True)
class Table:
    path: str
    header: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    text: str = ""


def read_table(path: str, source: Source = DISK) -> Table | Diagnostic:
    """A CSV file's header and rows (as text), or why it cannot be read."""
    text = read_text(path, source)
    if isinstance(text, Diagnostic):
        return text
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as exc:
        return make(path, reader.line_num, 1, "K807", f"The CSV cannot be read: {exc}.")
    if not lines or not any(cell.strip() for cell in lines[0]):
        return make(path, 1, 1, "K807", "The CSV file is empty; it needs a header row.")
    header = tuple(cell.strip() for cell in lines[0])
    rows: list[dict[str, str]] = []
    for cells in lines[1:]:
        if not any(c.strip() for c in cells):
            rows.append({})  # keep row numbers right; blank rows are skipped later
            continue
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False) if c.strip()})
    return Table(path, header, tuple(rows), text)


def column(table_header: tuple[str, ...], field: str) -> int:
    """1-based column of a field (0 when absent)."""
    return table_header.index(field) + 1 if field in table_header else 0


def _number(text: str, *, whole: bool) -> Any:
    if whole and _INT.fullmatch(text):
        return int(text)
    if not whole and _DEC.fullmatch(text):
        return float(text.replace(",", "."))
    return text  # the model says what is wrong with it


def _date(text: str) -> Any:
    m = _NO_DATE.fullmatch(text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return text
    return text


def _flag(text: str) -> Any:
    low = text.casefold()
    return {"true": True, "ja": True, "1": True, "false": False, "nei": False, "0": False}.get(
        low, text
    )


def unknown_columns(
    table: Table, known: tuple[str, ...], prefixes: tuple[str, ...]
) -> list[Diagnostic]:
    """Columns kplan does not know: a typo would otherwise silently lose data."""
    out = []
    for i, name in enumerate(table.header, start=1):
        if name not in known and not name.startswith(prefixes):
            out.append(
                make(
                    table.path, 1, i, "K807", f"Unknown column «{name}»; known: {', '.join(known)}."
                )
            )
    return out


def inventory_rows(table: Table) -> list[dict[str, Any] | None]:
    """Rows as inventory items (None for blank rows)."""
    out: list[dict[str, Any] | None] = []
    for row in table.rows:
        if not row:
            out.append(None)
            continue
        item: dict[str, Any] = {}
        ages: dict[str, Any] = {}
        sizes: dict[str, Any] = {}
        for key, value in row.items():
            if key.startswith("age:"):
                ages[key[4:]] = _number(value, whole=True)
            elif key.startswith("position:"):
                sizes[key[9:]] = _number(value, whole=True)
            elif key == "persons":
                item[key] = _number(value, whole=True)
            elif key == "fte":
                item[key] = _number(value, whole=False)
            elif key == "date":
                item[key] = _date(value)
            elif key == "illustrative":
                item[key] = _flag(value)
            else:
                item[key] = value
        if ages:
            item["age_bands"] = ages
        if sizes:
            item["position_sizes"] = sizes
        out.append(item)
    return out


def driver_items(table: Table) -> tuple[list[tuple[int, dict[str, Any]]], list[Diagnostic]]:
    """Rows grouped into drivers: (index of the driver's first row, driver item), and problems."""
    drivers: dict[str, tuple[int, dict[str, Any]]] = {}
    problems: list[Diagnostic] = []
    for index, row in enumerate(table.rows):
        if not row:
            continue
        line = index + 2
        ident = row.get("id")
        if not ident:
            problems.append(make(table.path, line, 1, "K807", "The row has no driver id."))
            continue
        year, value = (
            _number(row.get("year", ""), whole=True),
            _number(row.get("value", ""), whole=False),
        )
        if not isinstance(year, int) or not isinstance(value, float):
            bad = "year" if not isinstance(year, int) else "value"
            problems.append(
                make(
                    table.path,
                    line,
                    column(table.header, bad),
                    "K807",
                    f"The {bad} «{row.get(bad, '')}» is not a number.",
                )
            )
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
                source["vintage"] = _number(row["vintage"], whole=True)
            if source:
                item["source"] = source
            if "illustrative" in row:
                item["illustrative"] = _flag(row["illustrative"])
            drivers[ident] = (index, item)
        values = drivers[ident][1]["values"]
        if year in values:
            problems.append(
                make(
                    table.path,
                    line,
                    column(table.header, "year"),
                    "K807",
                    f"The year {year} is given twice for «{ident}».",
                )
            )
        values[year] = value
    return list(drivers.values()), problems
