"""`kplan gap` in each format: the staffing balance (bemanning) first, when the plan has one,
then the competence gap (kompetanse). Each part is worded by its own module
(`kplan.present.staffing`, `kplan.present.gap`); this one puts them together.

json: `rows` are the competence rows (`"part": "kompetanse"`), `staffing` the staffing rows
(`"part": "bemanning"`), one per line and year, then the counts. csv: one header for both
parts, `part` first; a column that does not belong to a row's part is empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kplan.analysis.step5 import Step5
from kplan.present.catalogue import words
from kplan.present.formats import Format, Style
from kplan.present.formulas import Words
from kplan.present.gap import gap_md, gap_table
from kplan.present.gap_json import step5_json_chunks
from kplan.present.gap_rows import GAP_COLUMNS, MEASURE_COLUMNS, csv_columns
from kplan.present.labels import Labels
from kplan.present.layout import prose
from kplan.present.staffing import (
    FLOW,
    STAFFING_COLUMNS,
    staffing_csv_columns,
    staffing_md,
    staffing_text,
)
from kplan.present.tabular import Column, Sheet, Tabular, csv_text, xlsx_bytes
from kplan.present.tabular_columns import ColumnRows
from kplan.present.terminal import columns
from kplan.text import Text, t

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


KINDS = {
    "year": "year",
    "kind": "choice",
    "basis": "choice",
    "need_type": "choice",
    "due": "bool",
    "vulnerable": "bool",
    "over_target": "bool",
    "illustrative": "bool",
}
"""What a column holds where it is not a figure (text and figure columns are told apart by
`FIGURES`)."""

FIGURES = frozenset(
    (
        "required",
        "available",
        "planned",
        "gap",
        "residual",
        "measure_value",
        "measure_target",
        # the årsverk a share counts (66.8 of 178), or persons projected from the staff's
        # ages, need not be whole: shown as a count, 66.8 would be a figure the plan lacks
        "measure_count",
        "measure_total",
        *FLOW,
    )
)


def _column(key: str) -> Column:
    return Column(key, KINDS.get(key, "figure" if key in FIGURES else "text"))


def _staffing_column(key: str) -> Column:
    """The staffing balance is all årsverk, where the competence sheet beside it has persons
    too: its headers say so (`output.staffing.<key>`)."""
    if key in FLOW:
        return Column(key, "figure", f"output.staffing.{key}")
    return _column(key)


MEASURES = ("share", "full_time_share", "under_minimum", "average_position")
"""The measures of `analysis.formulas.Measure`, worded in the workbook (`output.measure.*`);
the csv keeps the key."""


def _measure_worded(measures: list[Any], lang: str) -> list[Any]:
    """The measure column as the workbook shows it: a measure kplan knows in words, once each."""
    said = {
        name: words(t(f"output.measure.{name}"), lang) if name in MEASURES else name
        for name in set(measures)
    }
    return list(map(said.__getitem__, measures))


def step5_tabular(result: Step5, lang: str = "nb") -> Tabular:
    """The rows of the csv (both parts under one header) and the workbook: the staffing
    balance and the competence gap on sheets of their own, and the notes of the analysis (in
    `lang`): why a row is left out, what an action's effect could not add. The rows are made
    column by column (`ColumnRows`), and the sheets share the csv's columns."""
    rows = result.competence.rows
    competence = {"part": ["kompetanse"] * len(rows), **csv_columns(rows)}
    staffing = staffing_csv_columns(result.staffing) if result.staffing is not None else {}
    names = result.competence.names
    sheets = []
    if result.staffing is not None:
        keys = [k for k in STAFFING_COLUMNS if k != "part"]
        lines = {line.id: line.title or line.id for line in result.staffing.lines}
        staffing_sheet = Sheet(
            t("output.sheet.staffing"),
            tuple(_staffing_column(k) for k in keys),
            ColumnRows(staffing),
            {"line": lines, "unit": names.units, "competence": names.competences},
        )
        sheets.append(staffing_sheet)
    sheets.append(
        Sheet(
            t("output.sheet.competence"),
            tuple(_column(k) for k in (*GAP_COLUMNS, *MEASURE_COLUMNS)),
            ColumnRows(competence | {"measure": _measure_worded(competence["measure"], lang)}),
            {"unit": names.units, "requirement": names.requirements},
        )
    )
    words = Words(lang)
    notes: list[Text | str] = [words.note(n) for n in result.competence.notes]
    if not result.inventory_rows:
        notes.append(t("gap.no_inventory"))
    return Tabular(
        tuple(_column(k) for k in CSV_COLUMNS),
        ColumnRows(competence, staffing),
        tuple(sheets),
        tuple(notes),
    )


def step5_csv(result: Step5, style: Style) -> str:
    return csv_text(step5_tabular(result))


def step5_xlsx(result: Step5, style: Style) -> bytes:
    return xlsx_bytes(step5_tabular(result, style.lang), style.lang)


REPORTERS: dict[Format, Callable[[Step5, Style], str | bytes | Iterable[str]]] = {
    Format.table: lambda result, style: step5_table(result, style, columns()),
    Format.md: step5_md,
    Format.json: step5_json_chunks,
    Format.csv: step5_csv,
    Format.xlsx: step5_xlsx,
}
"""The printer for each `--format` of `kplan gap`."""
