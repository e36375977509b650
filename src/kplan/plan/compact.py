"""Inventory rows from CSV files, made to take little memory and little time.

An HR export can hold hundreds of thousands of rows. As pydantic validates them, each row is
an object with a dict of its own and its own copy of every value: about 1.5 kB, so three 18 MB
exports took over 3 GB. Here each distinct cell value is validated once, by the model itself
(a minimal row with that value), and the validated value is shared by every row that has it;
a band cell (`age:60-64`) is validated as its own entry of the band's dict, so rows whose bands
differ in every cell still cost one validation per distinct count, not one per row. A row is
then built without validating it again (its fields are set as the model sets them): about 250
bytes. A row with any value the model refuses is handed back as a dict, to be validated and
reported the ordinary way, so messages are the same as for YAML.

Rows are read a batch at a time and looked up a column at a time (`map` over a column, in C):
a cell costs a dictionary lookup, where choosing and calling its converter cell by cell cost
twenty times the CSV reader itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any, Protocol, get_origin

from pydantic import TypeAdapter

from kplan.diagnostics import Diagnostic
from kplan.plan.model import InventoryRow
from kplan.read.cells import CONVERT, Memo, number
from kplan.read.tables import BAND_COLUMNS, INVENTORY_COLUMNS

_BAD = object()
_BANDS = tuple((prefix, field) for field, prefix in BAND_COLUMNS.items())
_REQUIRED = frozenset({"unit", "date", "persons", "fte"})
_BATCH = 2048
"""Rows looked up together: enough to make the per-column work cheap, few enough that the
batch's cells take little memory."""
_SLOTS = ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")


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
        fields = InventoryRow.model_fields
        decorators = InventoryRow.__pydantic_decorators__
        # a validator that looks across fields would make checking values one by one wrong,
        # and so would a limit on a band's dict as a whole (checked here entry by entry)
        self.fast = not (decorators.model_validators or decorators.field_validators) and all(
            get_origin(fields[f].annotation) is dict and not fields[f].metadata
            for f in BAND_COLUMNS
        )
        self.names = tuple(fields)
        self.defaults = {
            n: f.get_default(call_default_factory=True)
            for n, f in fields.items()
            if not f.is_required()
        }
        # every field given, so that validating one value copies no default
        self.base = {
            **self.defaults,
            "unit": "x",
            "date": dt.date(2000, 1, 1),
            "persons": 0,
            "fte": 0.0,
        }
        self.fields_sets = Memo(
            lambda present: {n for n, p in zip(self.names, present, strict=True) if p}
        )
        self.cells: dict[str, Memo] = {}
        """Per column: cell text → the model's value (or _BAD), kept across files."""
        self.bands: dict[tuple[str, tuple[str, ...]], Memo] = {}
        """Per band field and its columns' keys: the cells of a row → the band's dict."""

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

    def _plain(self, name: str) -> Memo:
        """Cell text → value for a column of its own; an empty cell is the default (or _BAD
        where the field is required, so that the model names it missing)."""
        memo = self.cells.get(name)
        if memo is None:
            convert = CONVERT.get(name, str)
            default = self.defaults.get(name, _BAD)

            def make(cell: str) -> Any:
                return default if not cell else self._valid(name, convert(cell))

            memo = self.cells[name] = Memo(make)
        return memo

    def _entry(self, field: str, key: str) -> Memo:
        """Cell text → (band, count) of one band column, None when empty, or _BAD."""
        memo = self.cells.get(f"{field}\x00{key}")
        if memo is None:

            def make(cell: str) -> Any:
                if not cell:
                    return None
                got = self._valid(field, {key: number(cell, whole=True)})
                return _BAD if got is _BAD else next(iter(got.items()))

            memo = self.cells[f"{field}\x00{key}"] = Memo(make)
        return memo

    def _band(self, field: str, keys: tuple[str, ...]) -> Memo:
        """A row's cells of a band's columns → the band's dict (the default when all are
        empty), shared by the rows with the same cells."""
        memo = self.bands.get((field, keys))
        if memo is None:
            entries = [self._entry(field, key) for key in keys]
            default = self.defaults[field]

            def make(raw: tuple[str, ...]) -> Any:
                got = [memo[cell] for memo, cell in zip(entries, raw, strict=True)]
                if _BAD in got:
                    return _BAD
                return dict(e for e in got if e is not None) or default

            memo = self.bands[(field, keys)] = Memo(make)
        return memo

    def rows(self, table: Rows, problems: list[Diagnostic]) -> Iterator[tuple[int, Any]]:
        """(line, compact row) for each row, or (line, item) for a row the model refuses."""
        header = table.header
        records = table.records(problems)
        plain = {h: i for i, h in enumerate(header) if h in INVENTORY_COLUMNS}
        bands: dict[str, list[tuple[int, str]]] = {}
        for i, h in enumerate(header):
            for prefix, field in _BANDS:
                if h.startswith(prefix):
                    bands.setdefault(field, []).append((i, h[len(prefix) :]))
                    break
        if not self.fast or not (plain.keys() | bands.keys()) >= _REQUIRED:
            # the model must have its say on every row (a required column is missing)
            for line, cells in records:
                yield line, self.item(header, cells)
            return
        # per model field: its values in a batch's columns, and whether each row sets it (its
        # cell, or a cell of its band, is not empty)
        readers: list[tuple[_Read, _Read | None]] = []
        for name in self.names:
            if name in plain:
                col = plain[name]
                readers.append((_lookup(self._plain(name), col), _filled(col)))
            elif name in bands:
                memo = self._band(name, tuple(key for _, key in bands[name]))
                read = _lookup_many(memo, [i for i, _ in bands[name]])
                readers.append((read, None))  # an empty band is the default, an empty dict
            else:
                readers.append((_constant(self.defaults[name]), _constant(False)))
        new = self.model.__new__
        model = self.model
        put = object.__setattr__
        names = self.names
        fields_sets = self.fields_sets
        while batch := list(islice(records, _BATCH)):
            columns = list(zip(*(cells for _, cells in batch), strict=True))
            values = [read(columns) for read, _ in readers]
            bad: set[int] = set()
            for got in values:
                if _BAD in got:
                    bad.update(k for k, v in enumerate(got) if v is _BAD)
            # a field is set where its cell (or a cell of its band) is not empty
            present = [
                map(bool, got) if filled is None else filled(columns)
                for got, (_, filled) in zip(values, readers, strict=True)
            ]
            sets = map(fields_sets.__getitem__, zip(*present, strict=True))
            for k, (line, row_values, fields_set) in enumerate(
                zip([line for line, _ in batch], zip(*values, strict=True), sets, strict=True)
            ):
                if k in bad:
                    yield line, self.item(header, batch[k][1])
                    continue
                row = new(model)
                row.__dict__.update(zip(names, row_values, strict=True))
                put(row, _SLOTS[0], fields_set)
                put(row, _SLOTS[1], None)
                put(row, _SLOTS[2], None)
                yield line, row


_Read = Callable[[list[tuple[str, ...]]], list[Any]]


def _lookup(memo: Memo, col: int) -> _Read:
    get = memo.__getitem__
    return lambda columns: list(map(get, columns[col]))


def _lookup_many(memo: Memo, cols: list[int]) -> _Read:
    get = memo.__getitem__
    return lambda columns: list(map(get, zip(*(columns[i] for i in cols), strict=True)))


def _filled(col: int) -> _Read:
    return lambda columns: list(map(bool, columns[col]))


def _constant(value: Any) -> _Read:
    return lambda columns: [value] * len(columns[0])
