"""The action plan as an Excel form for the units to fill in (`kplan excel export`).

One sheet per unit with the plan's action columns (kplan.plan.action_form), drop-down lists for
the fields with fixed choices, the id column locked with the sheet protected (without a
password: it keeps ids from being typed over by accident, it is no access control), a cover
sheet in the plan's målform, and a hidden sheet with the lists and each sheet's unit. Two
exports of the same plan give the same bytes: the workbook's dates and the zip's timestamps are
fixed.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import TYPE_CHECKING, Any

from kplan.document.excel_cover import write_cover
from kplan.document.write import write_atomic
from kplan.errors import KplanError
from kplan.plan.action_form import (
    FIRST_ROW,
    FORM_VERSION,
    HEADER_ROW,
    KEY_ROW,
    META_SHEET,
    SENT_SHEET,
    FormField,
    form_value,
    used_fields,
    when_text,
)
from kplan.present.catalogue import words
from kplan.read.openpyxl_quiet import import_openpyxl
from kplan.read.xlsx import MAX_CELL_CHARS
from kplan.text import t

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from kplan.plan.model import Plan

MAX_UNIT_SHEETS = 40
"""More units than this get one sheet for all actions, sorted by unit: a workbook with a
hundred tabs cannot be found around in."""
SPARE_ROWS = 300
"""Rows below the actions that keep the drop-down lists and formats for new actions."""
FIXED_TIME = dt.datetime(2000, 1, 1)
"""The workbook's created and modified dates: the same plan gives the same bytes."""
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Excel's forbidden characters, and control and bidi characters (a right-to-left override
# would turn the tab's text around)
_NOT_IN_NAME = re.compile(
    "[\\[\\]:*?/\\\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_RESERVED = {"history", META_SHEET, SENT_SHEET}
"""Sheet names Excel keeps for itself («History») or kplan uses."""
_WIDTH = {"id": 22, "text": 30, "choice": 16, "ids": 24, "when": 12, "number": 10}
_WIDE: dict[tuple[str, ...], int] = {("title",): 50, ("notes",): 40}


def export_form(plan: Plan, lang: str, target: str) -> int:
    """Write the form to `target` atomically (checked by the caller with check_target); the
    number of action sheets."""
    data, sheets = form_bytes(plan, lang, target)
    write_atomic(target, data)
    return sheets


def form_bytes(plan: Plan, lang: str, target: str = "tiltak.xlsx") -> tuple[bytes, int]:
    """The form as .xlsx bytes, and its number of action sheets; `target` only names the file
    in the cover's import command."""
    import_openpyxl()
    from openpyxl import Workbook

    actions = [(a, a.model_dump(exclude_defaults=True)) for a in plan.actions]
    fields = used_fields([raw for _, raw in actions])
    book = Workbook()
    cover = book.active
    assert cover is not None
    meta = book.create_sheet(META_SHEET)
    meta.sheet_state = "veryHidden"
    lists = _lists(meta, plan, fields)
    groups, one_sheet = _groups(plan, actions, lang)
    names = _sheet_names([name for name, _, _ in groups], lang)
    meta.append(["form", FORM_VERSION])
    for (_, unit, rows), name in zip(groups, names, strict=True):
        ws = book.create_sheet(name)
        meta.append(["sheet", name, unit or ""])
        _fill(ws, fields, rows, lists, lang)
    _sent(book, fields, [raw for _, raw in actions], lang)
    book.move_sheet(meta, offset=len(book.sheetnames))
    no_unit = next((n for (_, u, _), n in zip(groups, names, strict=True) if u is None), None)
    write_cover(cover, plan, lang, fields, target, one_sheet=one_sheet, no_unit=no_unit)
    return _deterministic(book), len(groups)


Group = tuple[str, str | None, list[dict[str, Any]]]


def _groups(
    plan: Plan, actions: list[tuple[Any, dict[str, Any]]], lang: str
) -> tuple[list[Group], bool]:
    """(wanted sheet name, unit id, actions) per sheet: every unit of the plan, in the plan's
    order, then the actions with no unit (or a unit the plan lacks); one sheet for all when
    there are more than MAX_UNIT_SHEETS units (then True)."""
    units = {u.id: u for u in plan.units}
    if len(units) > MAX_UNIT_SHEETS:
        order = {uid: i for i, uid in enumerate(units)}
        ranked = sorted(actions, key=lambda pair: order.get(pair[0].unit or "", len(order)))
        return [(words(t("excel.sheet.all"), lang), None, [raw for _, raw in ranked])], True
    groups: list[Group] = [
        (unit.name, unit.id, [raw for a, raw in actions if a.unit == unit.id])
        for unit in units.values()
    ]
    rest = [raw for a, raw in actions if a.unit not in units]
    if rest or not groups:
        groups.append((words(t("excel.sheet.no_unit"), lang), None, rest))
    return groups, False


def _sheet_names(wanted: list[str], lang: str) -> list[str]:
    """Names Excel takes: at most 31 characters, none of []:*?/\\, not starting or ending
    with «'», unique without regard to case, and not the cover's or kplan's own."""
    taken = {words(t("excel.sheet.cover"), lang).casefold(), *_RESERVED}
    names: list[str] = []
    for want in wanted:
        base = _short(_NOT_IN_NAME.sub(" ", want).strip().strip("'").strip()) or "Ark"
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = _short(base, 31 - len(suffix)) + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def _short(name: str, most: int = 31) -> str:
    """A name cut to `most` characters, at a word's end when one is near."""
    if len(name) <= most:
        return name
    cut = name[: most + 1].rfind(" ")
    return (name[:cut] if cut >= most - 10 else name[:most]).rstrip(" -,(")


def _lists(
    meta: Worksheet, plan: Plan, fields: tuple[FormField, ...]
) -> dict[tuple[str, ...], str]:
    """The drop-down lists on the hidden sheet, one column each from column E: field → the
    range a validation names («kplan!$E$2:$E$6»)."""
    from openpyxl.utils import get_column_letter

    arenas = plan.learning.arenas if plan.learning else []
    refs = {"units": [u.id for u in plan.units], "arenas": [a.id for a in arenas]}
    ranges: dict[tuple[str, ...], str] = {}
    col = 5
    for spec in fields:
        if spec.kind != "choice":
            continue
        values: list[Any] = list(refs.get(spec.refers, [])) if spec.refers else list(spec.choices)
        if not values:
            continue
        letter = get_column_letter(col)
        meta.cell(1, col, spec.key)
        for i, value in enumerate(values, start=2):
            meta.cell(i, col, int(value) if value.isdigit() else value)
        ranges[spec.path] = f"{META_SHEET}!${letter}$2:${letter}${len(values) + 1}"
        col += 1
    return ranges


def _fill(
    ws: Worksheet,
    fields: tuple[FormField, ...],
    rows: list[dict[str, Any]],
    lists: dict[tuple[str, ...], str],
    lang: str,
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    last = FIRST_ROW + len(rows) + SPARE_ROWS - 1
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    locked, unlocked = Protection(locked=True), Protection(locked=False)
    for col, spec in enumerate(fields, start=1):
        letter = get_column_letter(col)
        is_id = spec.kind == "id"
        dim = ws.column_dimensions[letter]
        dim.width = _WIDE.get(spec.path, _WIDTH[spec.kind])
        dim.protection = locked if is_id else unlocked
        if spec.kind in ("text", "ids", "id", "when"):
            dim.number_format = "@"  # Excel keeps «1-2» or «2025-08» as typed, not as a date
        ws.cell(KEY_ROW, col, spec.key).protection = locked
        head = ws.cell(HEADER_ROW, col, words(t(spec.label), lang))
        head.font, head.fill, head.protection = header_font, header_fill, locked
        head.alignment = Alignment(wrap_text=True, vertical="top")
        for i, raw in enumerate(rows):
            cell = ws.cell(FIRST_ROW + i, col)
            _put(cell, spec, form_value(spec.path, raw), raw.get("id", ""), lang)
            cell.protection = locked if is_id else unlocked
            cell.alignment = Alignment(wrap_text=spec.kind == "text", vertical="top")
            if spec.kind in ("text", "ids", "id", "when"):
                cell.number_format = "@"
        if spec.path in lists:
            check = DataValidation(
                type="list",
                formula1=lists[spec.path],  # no «=»: the file holds the formula without it
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=words(t("excel.validation.title"), lang),
                error=words(t("excel.validation.error"), lang),
            )
            check.add(f"{letter}{FIRST_ROW}:{letter}{last}")
            ws.add_data_validation(check)
    ws.row_dimensions[KEY_ROW].hidden = True
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(fields))}{FIRST_ROW + len(rows)}"
    guard = ws.protection
    guard.sheet = True
    # allowed under protection: everything a user filling in rows needs, nothing that edits ids
    guard.insertRows = guard.deleteRows = guard.formatColumns = guard.formatRows = False
    guard.formatCells = guard.autoFilter = guard.sort = False


def _sent(
    book: Workbook, fields: tuple[FormField, ...], rows: list[dict[str, Any]], lang: str
) -> None:
    """The actions' cells as sent, on a hidden sheet the import compares each row with."""
    sent = book.create_sheet(SENT_SHEET)
    sent.sheet_state = "veryHidden"
    for col, spec in enumerate(fields, start=1):
        sent.cell(1, col, spec.key)
        for i, raw in enumerate(rows, start=2):
            _put(sent.cell(i, col), spec, form_value(spec.path, raw), raw.get("id", ""), lang)


def _put(cell: Any, spec: FormField, value: Any, action: str, lang: str) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None:
        return
    if spec.kind == "ids":
        value = ", ".join(value)
    elif spec.kind == "when":
        value = when_text(value)
    if isinstance(value, str):
        # a text Excel cannot hold whole would come back changed and be imported as a change
        column = words(t(spec.label), lang)
        if len(value) > MAX_CELL_CHARS:
            raise KplanError(
                t(
                    "excel.export.too_long",
                    id=action,
                    column=column,
                    chars=len(value),
                    most=MAX_CELL_CHARS,
                )
            )
        if ILLEGAL_CHARACTERS_RE.search(value):
            raise KplanError(t("excel.export.control", id=action, column=column))
        cell.value = value
        cell.data_type = "s"  # text starting with «=» stays text, never a formula
    else:
        cell.value = value


def _deterministic(book: Workbook) -> bytes:
    """The workbook's bytes, the same for the same plan: fixed dates inside, and the zip
    repacked with fixed timestamps (openpyxl stamps each part with the time it is written)."""
    from openpyxl.writer.excel import ExcelWriter

    book.properties.creator = "kplan"
    book.properties.lastModifiedBy = None
    book.properties.created = book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w") as packed:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            packed.writestr(fixed, source.read(info))
    return out.getvalue()
