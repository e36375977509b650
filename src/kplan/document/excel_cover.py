"""The action form's cover sheet («Slik fyller du ut»): how to fill the form in, in the plan's
målform, and what each of its columns takes."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from kplan.plan.action_form import FormField
from kplan.present.catalogue import words
from kplan.text import t

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from kplan.plan.model import Plan


def write_cover(
    ws: Worksheet,
    plan: Plan,
    lang: str,
    fields: tuple[FormField, ...],
    target: str,
    *,
    one_sheet: bool,
    no_unit: str | None,
) -> None:
    """Fill `ws` (the workbook's first sheet) with the cover."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    def say(key: str, **values: str | int) -> str:
        return words(t(key, **values), lang)

    ws.title = say("excel.sheet.cover")
    title = ILLEGAL_CHARACTERS_RE.sub("\ufffd", plan.plan.title)
    lines = [say("excel.cover.title", plan=title), ""]
    if one_sheet:
        lines.append(say("excel.cover.one_sheet", count=len(plan.units)))
    else:
        lines.append(say("excel.cover.sheets"))
    if no_unit is not None and not one_sheet:
        lines.append(say("excel.cover.no_unit", sheet=no_unit))
    name = os.path.basename(target) or target
    if " " in name:
        name = f'"{name}"'
    for key in ("new", "id", "removed", "yaml", "values"):
        lines.append(say(f"excel.cover.{key}"))
    lines.append(say("excel.cover.import", file=name))
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, text in enumerate(lines, start=1):
        cell = ws.cell(row, 1, text)
        cell.alignment = wrap
        cell.data_type = "s"
    ws.cell(1, 1).font = Font(bold=True, size=14)
    start = len(lines) + 2
    ws.cell(start, 1, say("excel.cover.columns")).font = Font(bold=True, size=12)
    ws.cell(start + 1, 1, say("excel.cover.column")).font = Font(bold=True)
    ws.cell(start + 1, 2, say("excel.cover.takes")).font = Font(bold=True)
    for i, spec in enumerate(fields, start=start + 2):
        ws.cell(i, 1, words(t(spec.label), lang)).alignment = wrap
        ws.cell(i, 2, say("excel.help." + ".".join(spec.path))).alignment = wrap
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 80
    for row in range(1, len(lines) + 1):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
