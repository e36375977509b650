"""A filled-in action form read back: each row as a `FormRow`, each cell kplan cannot use as a
K910 at its cell, a workbook that is no form as K911.

A row with a bad cell is left out whole, so nothing half-read reaches the plan; the diagnostics
say which cell to fix. Nothing in the workbook is evaluated (a formula is refused like a CSV
formula cell) and at most `MAX_ROWS` rows of a sheet are read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from kplan.diagnostics import Diagnostic, make
from kplan.plan.action_form import (
    BY_KEY,
    DEFAULT_STATUS,
    KEY_PREFIX,
    META_SHEET,
    SENT_SHEET,
    FormField,
    FormRow,
    NoWhen,
    text_value,
    when_value,
)
from kplan.plan.action_form_meta import sheet_units_of, sorted_over, unit_of_sheet
from kplan.plan.types import MAX_PERSONS
from kplan.read.cells import FIRST_YEAR, LAST_YEAR
from kplan.read.sources import DISK, Source
from kplan.read.xlsx import (
    MAX_CELL_CHARS,
    MAX_ROWS,
    TooManyRows,
    formula_text,
    is_formula,
    open_workbook,
    sheet_label,
    sheet_rows,
)
from kplan.text import Text, one_of, t

if TYPE_CHECKING:
    from kplan.plan.model import Plan

KEY_SEARCH = 10
"""How far down a sheet the key row is looked for (row 1 as exported, or lower when a user
inserted rows above it); a sheet without it is no form sheet and is read no further."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SPLIT = re.compile(r"[,;\n]")


class Bad(ValueError):
    """A cell kplan cannot use, with the reason."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.key)
        self.message = message


def _ids(plan: Plan) -> dict[str, dict[str, str]]:
    """For each list a column refers to: what a cell may hold → the id it means (an id, or a
    unit's or arena's name when no other has it)."""
    arenas = plan.learning.arenas if plan.learning else []
    named: dict[str, list[tuple[str, str]]] = {
        "units": [(u.id, u.name) for u in plan.units],
        "arenas": [(a.id, a.name) for a in arenas],
        "needs": [(n.id, "") for n in plan.needs],
        "goals": [(g.id, "") for g in plan.goals],
        "strategies": [(s.id, "") for s in plan.strategies],
    }
    table: dict[str, dict[str, str]] = {}
    for kind, items in named.items():
        names = [name.casefold() for _, name in items if name]
        lookup = {
            name.casefold(): id_
            for id_, name in items
            if name and names.count(name.casefold()) == 1
        }
        lookup.update({id_.casefold(): id_ for id_, _ in items})
        table[kind] = lookup
    return table


def read_form(
    path: str, plan: Plan, source: Source = DISK
) -> tuple[list[FormRow], list[Diagnostic]]:
    """The rows of a filled-in action form, and what kplan cannot use in it."""
    book = open_workbook(path, source)
    if isinstance(book, Diagnostic):
        return [], [book]
    try:
        return _read(path, book, plan)
    finally:
        book.close()


def _read(path: str, book: Any, plan: Plan) -> tuple[list[FormRow], list[Diagnostic]]:
    ids = _ids(plan)
    actions = {a.id for a in plan.actions}
    sheet_units, sent_names = sheet_units_of(book, ids["units"])
    rows: list[FormRow] = []
    diags: list[Diagnostic] = []
    seen: dict[str, tuple[str, int]] = {}
    forms = 0
    for name in book.sheetnames:
        if name in (META_SHEET, SENT_SHEET):
            continue
        ws = book[name]
        if not hasattr(ws, "iter_rows"):
            continue  # a chart sheet
        label = sheet_label(name)
        # a sheet renamed since the export: its unit by name, as the export named it
        unit = sheet_units.get(name) or ids["units"].get(name.strip().casefold())
        reader = _SheetReader(path, label, ids, unit)
        first = len(rows)
        above: list[tuple[int, tuple[Any, ...]]] = []
        try:
            for number, values in sheet_rows(ws):
                if reader.key_row is None:
                    if number > KEY_SEARCH:
                        break  # no keys near the top: the cover or a sheet of the user's own
                    reader.keys(number, values)
                    if reader.key_row is None:
                        above.append((number, values))
                        continue
                    forms += 1
                    over = sorted_over(above, actions)
                    if over is not None:
                        reader.bad(over, 1, t("excel.k911.above_keys", keys=number), "K911")
                        reader.broken = True
                elif not reader.broken and number > reader.key_row + 1:  # past the headers
                    row = reader.row(number, values)
                    if row is None:
                        # a row left out for a bad cell still holds its id: a copy of it
                        # further down is the id twice, not the action's new values
                        ident = reader.ident(values)
                        if ident is not None:
                            _known(ident, number, actions, seen, reader)
                    elif _known(row.id, row.row, actions, seen, reader):
                        rows.append(row)
        except TooManyRows as many:
            reader.bad(many.row, 1, t("excel.k910.too_many_rows", most=MAX_ROWS))
        if unit is None:
            rows[first:] = unit_of_sheet(rows[first:])
        if reader.key_row is None and name in sent_names:
            # a sheet the export made, its keys gone: passed over, the unit's rows would be
            # lost without a word
            reader.bad(1, 1, t("excel.k911.no_keys"), "K911")
        diags += reader.diags
    if not forms:
        diags.append(make(path, 0, 0, "K911", t("excel.k911.no_form")))
    return _unsent(rows, _sent(path, book, ids)), diags


def _sent(path: str, book: Any, ids: dict[str, dict[str, str]]) -> dict[str, FormRow]:
    """Each action's row as the export sent it (SENT_SHEET), read as a form row is; a row
    that does not read (a unit or need since removed from the plan) is left out, and so is
    the whole record when the sheet is not there (a form from before it was kept)."""
    if SENT_SHEET not in book.sheetnames or not hasattr(book[SENT_SHEET], "iter_rows"):
        return {}
    reader = _SheetReader(path, SENT_SHEET, ids, None)
    sent: dict[str, FormRow] = {}
    try:
        for number, values in sheet_rows(book[SENT_SHEET]):
            if reader.key_row is None:
                reader.keys(number, values)
                if reader.key_row is None or reader.broken:
                    return {}
                continue
            row = reader.row(number, values)
            if row is not None and row.id is not None:
                sent[row.id] = row
    except TooManyRows:
        pass  # longer than any form kplan reads: the rows read are enough
    return sent


def _unsent(rows: list[FormRow], sent: dict[str, FormRow]) -> list[FormRow]:
    """The rows, each with its cells as the export sent them (FormRow.sent)."""
    return [
        dataclasses.replace(row, sent=sent[row.id].values)
        if row.id is not None and row.id in sent
        else row
        for row in rows
    ]


def _known(
    ident: str | None,
    number: int,
    actions: set[str],
    seen: dict[str, tuple[str, int]],
    reader: _SheetReader,
) -> bool:
    """Whether the row's id is one of the plan's actions, and the first row with it."""
    if ident is None:
        return True
    col = reader.columns[("id",)]
    if ident not in actions:
        reader.bad(number, col, t("excel.k910.unknown_id", id=ident))
        return False
    if ident in seen:
        sheet, at = seen[ident]
        reader.bad(number, col, t("excel.k910.duplicate_id", id=ident, sheet=sheet, row=at))
        return False
    seen[ident] = (reader.sheet, number)
    return True


class _SheetReader:
    """One form sheet: its columns from the key row, then its rows."""

    def __init__(
        self, path: str, sheet: str, ids: dict[str, dict[str, str]], unit: str | None
    ) -> None:
        self.path = path
        self.sheet = sheet
        self.ids = ids
        self.unit = unit
        self.columns: dict[tuple[str, ...], int] = {}
        self.key_row: int | None = None
        self.broken = False
        self.diags: list[Diagnostic] = []

    def bad(self, row: int, col: int, message: Text, code: str = "K910") -> None:
        self.diags.append(make(self.path, row, col, code, message, sheet=self.sheet))

    def keys(self, number: int, values: tuple[Any, ...]) -> None:
        """The columns, from the hidden key row («kplan:title»…): row 1 as exported, lower
        when rows were inserted above it."""
        for col, value in enumerate(values, start=1):
            if not (isinstance(value, str) and value.startswith(KEY_PREFIX)):
                continue
            spec = BY_KEY.get(value.strip())
            if spec is None:
                continue  # a column of a later kplan: not this one's to read
            if spec.path in self.columns:
                first = self.columns[spec.path]
                self.bad(
                    number,
                    col,
                    t("excel.k911.duplicate_column", column=t(spec.label), first=first),
                    "K911",
                )
                self.broken = True
            self.columns[spec.path] = col
        if not self.columns:
            return
        self.key_row = number
        for required in (("id",), ("title",)):
            if required not in self.columns:
                self.bad(
                    number,
                    0,
                    t(
                        "excel.k911.missing_column",
                        column=t(BY_KEY[KEY_PREFIX + required[0]].label),
                    ),
                    "K911",
                )
                self.broken = True

    def row(self, number: int, values: tuple[Any, ...]) -> FormRow | None:
        """The row, or None when it is empty or has a bad cell (reported)."""
        read: dict[tuple[str, ...], Any] = {}
        ok = True
        for path, col in self.columns.items():
            raw = values[col - 1] if col <= len(values) else None
            try:
                read[path] = self._cell(BY_KEY[KEY_PREFIX + ".".join(path)], raw)
            except Bad as bad:
                self.bad(number, col, bad.message)
                ok = False
        if ok and all(v is None for v in read.values()):
            return None  # a row with formatting only, or emptied
        if not ok:
            return None
        if read[("title",)] is None:
            self.bad(number, self.columns[("title",)], t("excel.k910.no_title"))
            return None
        if ("status",) in read and read[("status",)] is None:
            read[("status",)] = DEFAULT_STATUS
        if ("unit",) in read and read[("unit",)] is None and self.unit is not None:
            read[("unit",)] = self.unit
        unit = read.get(("unit",), self.unit)
        return FormRow(self.sheet, number, read[("id",)], unit, read, dict(self.columns))

    def ident(self, values: tuple[Any, ...]) -> str | None:
        """The row's id as its id cell reads, or None when that cell is empty or bad."""
        col = self.columns[("id",)]
        try:
            found = self._cell(BY_KEY[KEY_PREFIX + "id"], values[col - 1])
        except (Bad, IndexError):
            return None
        return found if isinstance(found, str) else None

    def _cell(self, spec: FormField, raw: Any) -> Any:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if is_formula(raw):
            raise Bad(t("excel.k910.formula", formula=formula_text(raw)[:60]))
        if isinstance(raw, str):
            if len(raw) > MAX_CELL_CHARS:
                raise Bad(t("excel.k910.too_long", chars=len(raw), most=MAX_CELL_CHARS))
            if _CONTROL.search(raw):
                raise Bad(t("excel.k910.control"))
        if spec.kind == "when":
            return _when(raw)
        if spec.kind == "number":
            return _number(raw)
        if isinstance(raw, dt.datetime | dt.date | dt.time | dt.timedelta):
            raise Bad(t("excel.k910.date_in_text", value=str(raw)[:19]))
        text = _text(raw)
        if spec.kind in ("text", "id"):
            return text
        if spec.kind == "ids":
            return [self._ref(spec, item) for item in _SPLIT.split(text) if item.strip()] or None
        if spec.refers:
            return self._ref(spec, text)
        return _choice(spec, text)

    def _ref(self, spec: FormField, text: str) -> str:
        found = self.ids[spec.refers].get(text.strip().casefold())
        if found is None:
            raise Bad(
                t(
                    "excel.k910.unknown_ref" if spec.kind == "ids" else "excel.k910.unknown_choice",
                    value=text.strip()[:80],
                    kind=t(f"excel.refers.{spec.refers}"),
                )
            )
        return found


def _text(raw: Any) -> str:
    if isinstance(raw, bool):
        raise Bad(t("excel.k910.bool"))
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return text_value(str(raw)) or ""


def _choice(spec: FormField, text: str) -> Any:
    for choice in spec.choices:
        if text.casefold() == choice.casefold():
            return int(choice) if choice.isdigit() else choice
    raise Bad(t("excel.k910.choice", value=text[:80], choices=one_of(list(spec.choices))))


def _when(raw: Any) -> Any:
    try:
        return when_value(raw.strip() if isinstance(raw, str) else raw)
    except NoWhen as no:
        serial = _serial_date(raw)
        if serial is not None:
            raise Bad(t("excel.k910.serial", value=raw, date=serial)) from None
        if no.year is not None:
            raise Bad(
                t("excel.k910.year_range", year=no.year, first=FIRST_YEAR, last=LAST_YEAR)
            ) from None
        raise Bad(t("excel.k910.no_date", value=str(raw)[:40])) from None


def _serial_date(raw: Any) -> str | None:
    """«01.09.2025» for a whole number that is an Excel date of kplan's years (Excel counts
    days from 30.12.1899) when its date format was lost; shown, never taken."""
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw != int(raw):
        return None
    # from 1960 (day 21916): a smaller number reads as a year, not as a date
    first = dt.date(1960, 1, 1) - _EXCEL_EPOCH
    last = dt.date(LAST_YEAR, 12, 31) - _EXCEL_EPOCH
    if not first.days <= raw <= last.days:
        return None
    return (_EXCEL_EPOCH + dt.timedelta(days=int(raw))).strftime("%d.%m.%Y")


def _number(raw: Any) -> int:
    if isinstance(raw, str) and raw.strip().isdigit():
        raw = int(raw.strip())
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= MAX_PERSONS:
        return raw
    raise Bad(t("excel.k910.number", value=str(raw)[:40]))
