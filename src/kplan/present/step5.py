"""`kplan gap` in each format: the staffing balance (bemanning) first, when the plan has one,
then the competence gap (kompetanse). Each part is worded by its own module
(`kplan.present.staffing`, `kplan.present.gap`); this one puts them together.

json: `rows` are the competence rows (`"part": "kompetanse"`), `staffing` the staffing rows
(`"part": "bemanning"`), one per line and year, then the counts. csv: one header for both
parts, `part` first; a column that does not belong to a row's part is empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kplan.analysis.step5 import Step5
from kplan.present.fmt import json_lines
from kplan.present.formats import Format, Style
from kplan.present.gap import csv_text, gap_json_parts, gap_md, gap_table
from kplan.present.gap_rows import GAP_COLUMNS, MEASURE_COLUMNS, csv_row
from kplan.present.labels import Labels
from kplan.present.layout import prose
from kplan.present.staffing import (
    STAFFING_COLUMNS,
    staffing_csv_rows,
    staffing_json_rows,
    staffing_md,
    staffing_text,
)
from kplan.present.terminal import columns

CSV_COLUMNS = tuple(dict.fromkeys(("part", *GAP_COLUMNS, *MEASURE_COLUMNS, *STAFFING_COLUMNS)))
"""The csv header: the competence columns, then the staffing columns they do not share."""


def _no_inventory(result: Step5, t: Labels) -> str:
    """A plan with no inventory at all: its figures are unknown, which is not «no gap»."""
    return "" if result.inventory_rows else f"{t['note']}: {t['gap.no_inventory']}\n"


def step5_table(result: Step5, style: Style, width: int | None = None) -> str:
    """Both parts for a terminal, within `width` (None: as wide as the text)."""
    t = Labels(style.lang)
    none = prose(_no_inventory(result, t).rstrip("\n"), width) if not result.inventory_rows else ""
    if result.staffing is None:
        text = gap_table(result.competence, colour=style.colour, lang=style.lang, width=width)
        return text + none
    return (
        staffing_text(result.staffing, style, width)
        + "\n"
        + gap_table(
            result.competence,
            colour=style.colour,
            lang=style.lang,
            title=t["gap.part_competence"],
            width=width,
        )
        + none
    )


def step5_md(result: Step5, style: Style) -> str:
    t = Labels(style.lang)
    none = _no_inventory(result, t)
    none = f"\n{none}" if none else ""
    if result.staffing is None:
        return gap_md(result.competence, style.lang) + none
    return (
        f"## {t['staffing.title']}\n\n"
        + staffing_md(result.staffing, style.lang)
        + f"\n## {t['gap.part_competence']}\n\n"
        + gap_md(result.competence, style.lang)
        + none
    )


def step5_json(result: Step5, style: Style) -> str:
    rows, rest = gap_json_parts(result.competence, style.lang)
    rows = [{"part": "kompetanse", **r} for r in rows]
    rest["inventory_rows"] = result.inventory_rows
    staffing = result.staffing
    if staffing is None:
        return json_lines(rows, rest)
    summary = {
        "lines": len(staffing.lines),
        "open": len(staffing.open_lines),
        "scenario": staffing.scenario,
        "alternatives": list(staffing.alternatives),
        "kept": list(staffing.kept),
    }
    return json_lines(
        rows,
        {**rest, "staffing_summary": summary},
        lists={"staffing": staffing_json_rows(staffing)},
    )


def step5_csv(result: Step5, style: Style) -> str:
    rows: list[dict[str, Any]] = [
        {"part": "kompetanse", **csv_row(r)} for r in result.competence.rows
    ]
    if result.staffing is not None:
        rows.extend(staffing_csv_rows(result.staffing))
    return csv_text(CSV_COLUMNS, rows)


REPORTERS: dict[Format, Callable[[Step5, Style], str]] = {
    Format.table: lambda result, style: step5_table(result, style, columns()),
    Format.md: step5_md,
    Format.json: step5_json,
    Format.csv: step5_csv,
}
"""The printer for each `--format` of `kplan gap`."""
