"""What a filled-in form's sheets say beside their rows: which unit each sheet is for (the
hidden sheet the export wrote, or the actions on a renamed sheet), and whether a sheet was
sorted with its hidden key row."""

from __future__ import annotations

import dataclasses
from typing import Any

from kplan.plan.action_form import META_SHEET, FormRow
from kplan.read.xlsx import TooManyRows, sheet_rows


def sorted_over(above: list[tuple[int, tuple[Any, ...]]], actions: set[str]) -> int | None:
    """The first row above a sheet's key row that holds one of the plan's action ids, or None.
    Such a row is an action sorted over the keys (the whole sheet sorted, rows 1 and 2 with
    it): its columns are the form's, but which rows above are headers cannot be told."""
    for number, values in above:
        if any(isinstance(v, str) and v.strip() in actions for v in values):
            return number
    return None


def unit_of_sheet(rows: list[FormRow]) -> list[FormRow]:
    """The rows of a sheet whose unit is not known by its name (renamed since the export), a
    new row without a unit given the one unit of every action on the sheet: a row added on a
    unit's sheet is that unit's. A sheet of several units, or none, gives none."""
    units = {r.unit for r in rows if r.id is not None}
    if len(units) != 1 or None in units:
        return rows
    (unit,) = units
    return [r if r.id is not None or r.unit is not None else _with_unit(r, unit) for r in rows]


def _with_unit(row: FormRow, unit: str | None) -> FormRow:
    values = dict(row.values)
    if ("unit",) in values:
        values[("unit",)] = unit
    return dataclasses.replace(row, unit=unit, values=values)


def sheet_units_of(book: Any, units: dict[str, str]) -> tuple[dict[str, str], set[str]]:
    """Which unit each sheet is for, from the hidden sheet the export wrote («sheet», name,
    unit id), a name or unit that does not fit left out; and the names of every sheet the
    export wrote."""
    found: dict[str, str] = {}
    names: set[str] = set()
    if META_SHEET not in book.sheetnames or not hasattr(book[META_SHEET], "iter_rows"):
        return found, names
    try:
        for _, values in sheet_rows(book[META_SHEET], max_rows=2000, max_cols=3):
            if len(values) >= 2 and values[0] == "sheet" and isinstance(values[1], str):
                names.add(values[1])
                said = values[2] if len(values) == 3 else None  # none: «Uten enhet»
                unit = units.get(said.casefold()) if isinstance(said, str) else None
                if unit is not None:
                    found[values[1]] = unit
    except TooManyRows:
        pass  # a meta sheet that long was not written by kplan: the rows read are enough
    return found, names
