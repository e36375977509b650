"""Inventory rows from CSV files, made to take little memory.

An HR export can hold hundreds of thousands of rows. As pydantic validates them, each row is
an object with a dict of its own and its own copy of every value: about 1.5 kB, so three 18 MB
exports took over 3 GB. Here each distinct cell value is validated once, by the model itself
(a minimal row with that value), and the validated value is shared by every row that has it.
A row is then built without a dict of its own (its attributes are kept the way plain Python
objects keep them): about 200 bytes. A row with any value the model refuses is handed back as
a dict, to be validated and reported the ordinary way, so messages are the same as for YAML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Protocol

from pydantic import TypeAdapter

from kplan.diagnostics import Diagnostic
from kplan.plan.model import InventoryRow
from kplan.read.cells import CONVERT, number
from kplan.read.tables import BAND_COLUMNS, INVENTORY_COLUMNS

_BAD = object()
_MISS = object()
_BANDS = tuple((prefix, field) for field, prefix in BAND_COLUMNS.items())
_REQUIRED = frozenset({"unit", "date", "persons", "fte"})


class Rows(Protocol):
    """A table of inventory rows: a CSV file (`read.tables.Table`) or a workbook
    (`read.inventory_xlsx.XlsxTable`), its cells as the CSV file's text."""

    @property
    def header(self) -> tuple[str, ...]: ...

    def records(self, problems: list[Diagnostic]) -> Iterator[tuple[int, list[str]]]: ...


class InventoryReader:
    """Compact `InventoryRow` objects from the rows of inventory CSV files and workbooks."""

    def __init__(self) -> None:
        self.model = InventoryRow
        self.adapter = TypeAdapter(InventoryRow)
        decorators = InventoryRow.__pydantic_decorators__
        # a validator that looks across fields would make checking values one by one wrong
        self.fast = not (decorators.model_validators or decorators.field_validators)
        self.names = tuple(InventoryRow.model_fields)
        self.defaults = {
            n: f.get_default(call_default_factory=True)
            for n, f in InventoryRow.model_fields.items()
            if not f.is_required()
        }
        self.base = {"unit": "x", "date": dt.date(2000, 1, 1), "persons": 0, "fte": 0.0}
        self.fields_sets: dict[frozenset[str], set[str]] = {}

    def _valid(self, name: str, value: Any) -> Any:
        """The value as the model makes it, or _BAD."""
        try:
            return getattr(self.adapter.validate_python({**self.base, name: value}), name)
        except ValueError:
            return _BAD

    def item(self, header: tuple[str, ...], cells: list[str]) -> dict[str, Any]:
        """A row as the dict YAML would give for it."""
        item: dict[str, Any] = {}
        for key, value in zip(header, cells, strict=True):
            if not value:
                continue
            for prefix, field in _BANDS:
                if key.startswith(prefix):
                    item.setdefault(field, {})[key[len(prefix) :]] = number(value, whole=True)
                    break
            else:
                if key in CONVERT:
                    item[key] = CONVERT[key](value)
                elif key in INVENTORY_COLUMNS:
                    item[key] = value
        return item

    def rows(self, table: Rows, problems: list[Diagnostic]) -> Iterator[tuple[int, Any]]:
        """(line, compact row) for each row, or (line, item) for a row the model refuses."""
        header = table.header
        plain = [
            (i, h, CONVERT.get(h, str)) for i, h in enumerate(header) if h in INVENTORY_COLUMNS
        ]
        bands = [
            (field, [(i, h[len(prefix) :]) for i, h in enumerate(header) if h.startswith(prefix)])
            for prefix, field in _BANDS
        ]
        bands = [(field, cols) for field, cols in bands if cols]
        caches: dict[str, dict[Any, Any]] = {name: {} for name in (*header, *self.names)}
        for line, cells in table.records(problems):
            values: dict[str, Any] = {}
            for i, name, convert in plain:
                cell = cells[i]
                if not cell:
                    continue
                cache = caches[name]
                got = cache.get(cell, _MISS)
                if got is _MISS:
                    got = cache[cell] = self._valid(name, convert(cell))
                if got is _BAD:
                    break
                values[name] = got
            else:
                for field, cols in bands:
                    raw = tuple(cells[i] for i, _ in cols)
                    cache = caches[field]
                    got = cache.get(raw, _MISS)
                    if got is _MISS:
                        counts = {
                            b: number(c, whole=True)
                            for (_, b), c in zip(cols, raw, strict=True)
                            if c
                        }
                        got = cache[raw] = self._valid(field, counts) if counts else None
                    if got is _BAD:
                        break
                    if got is not None:
                        values[field] = got
                else:
                    row = self.row(values)
                    if row is not None:
                        yield line, row
                        continue
            yield line, self.item(header, cells)

    def row(self, values: dict[str, Any]) -> Any:
        """The compact row for valid values, or None when the model must have its say."""
        if not self.fast or not values.keys() >= _REQUIRED:
            return None
        fields = frozenset(values)
        fields_set = self.fields_sets.get(fields)
        if fields_set is None:
            fields_set = self.fields_sets[fields] = set(fields)
        row = self.model.__new__(self.model)
        put = object.__setattr__
        defaults = self.defaults
        for name in self.names:
            put(row, name, values[name] if name in values else defaults[name])
        put(row, "__pydantic_fields_set__", fields_set)
        put(row, "__pydantic_extra__", None)
        put(row, "__pydantic_private__", None)
        return row
