"""Printers for the gap analysis: table, md, json and csv, and `--explain` for one figure.

The analysis returns data (formulas, inventory rows, driver values, effects, notes);
`kplan.present.formulas` words it. json and csv are for other tools: their keys and columns are stable, and `formula`,
`sources` and `notes` there are the same sentences the table shows. json and csv carry every
figure as computed (full precision; an overflowed or unknown figure is null in json, empty in
csv); only what people read (table, md, `--explain`) is rounded, to two decimals.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kplan.analysis.formulas import EPS
from kplan.analysis.gap import GapReport, GapRow, Names, Vulnerable
from kplan.present.fmt import dumps, json_lines, md_table, plain, short, text_table
from kplan.present.formats import Format, Style
from kplan.present.formulas import Words
from kplan.present.labels import Labels
from kplan.present.markdown import md_text
from kplan.present.terminal import field, finite, json_inert, one_line

GAP_COLUMNS = (
    "unit",
    "requirement",
    "year",
    "kind",
    "basis",
    "required",
    "available",
    "planned",
    "gap",
    "residual",
    "need_type",
    "due",
    "vulnerable",
    "over_target",
)
HEADER_KEYS = (
    "unit",
    "requirement",
    "year",
    "required",
    "available",
    "planned",
    "gap",
    "residual",
    "need",
)
"""The label keys of the table's columns."""
num = plain

# --- printers ---------------------------------------------------------------------------------


def rounded(value: Any) -> Any:
    """Two decimals; a sum that overflowed to infinity (or NaN) is no figure at all: None."""
    if isinstance(value, float):
        return round(value, 2) if math.isfinite(value) else None
    return value


def exact(value: Any) -> Any:
    """The figure as computed, for other tools; an overflowed one (or NaN) is None, as an
    unknown one already is."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def csv_text(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    """A CSV file with a header, `\\n` line ends, and no figure for an overflowed one."""
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if finite(v) is None else v) for k, v in row.items()})
    return buf.getvalue()


def _figures(row: GapRow) -> dict[str, Any]:
    return {c: exact(getattr(row, c)) for c in GAP_COLUMNS}


def _row_dict(row: GapRow, words: Words) -> dict[str, Any]:
    out = _figures(row)
    out["id"] = row.id
    out["formula"] = words.formula(row.formula)
    inventory, drivers, actions = words.sources(row)
    out["sources"] = {"inventory": inventory, "drivers": drivers, "actions": actions}
    return out


def gap_json(report: GapReport, lang: str = "nb") -> str:
    """The report for other tools: one row per line, then vulnerable, notes, years, counts."""
    words = Words(lang)
    return json_lines(
        [_row_dict(r, words) for r in report.rows],
        {
            "vulnerable": [
                {"unit": v.unit, "competence": v.competence, "persons": v.persons}
                for v in report.vulnerable
            ],
            "notes": [words.note(n) for n in report.notes],
            "years": list(report.years),
            "residual_gaps": len(report.residual_gaps),
        },
    )


def gap_csv(report: GapReport, lang: str = "nb") -> str:
    """The rows for a spreadsheet: the json row keys but id, formula and sources (`lang` is
    for the reporters' one signature: the columns hold no words)."""
    return csv_text(GAP_COLUMNS, [_figures(r) for r in report.rows])


def _header(t: Labels) -> list[str]:
    return [t[k] for k in HEADER_KEYS]


def need(row: GapRow, t: Labels) -> str:
    """The need column: the need type, and «over måltall» (with the plan's need type, if it
    gives one) for a row over a maximum share."""
    if not row.over_target:
        return row.need_type or ""
    over = t["gap.over_target"]
    return f"{over} ({row.need_type})" if row.need_type else over


def _cells(
    rows: Sequence[GapRow], t: Labels, names: Names, width: int | None = None
) -> list[list[object]]:
    """The table's cells: units and requirements by name, as the plan calls them (cut to
    `width` for a terminal)."""
    not_due, flag = f" ({t['gap.not_due']})", f" ({t['gap.vulnerable_flag']})"

    def name(table: Mapping[str, str], key: str) -> str:
        text = table.get(key, key)
        return short(text, width) if width else text

    return [
        [
            name(names.units, r.unit),
            name(names.requirements, r.requirement),
            r.year,
            num(r.required),
            num(r.available) + (flag if r.vulnerable else ""),
            num(r.planned),
            num(r.gap),
            num(r.residual) + ("" if r.due else not_due),
            need(r, t),
        ]
        for r in rows
    ]


def _vulnerable(v: Vulnerable, names: Names) -> tuple[str, str, str]:
    return (
        names.units.get(v.unit, v.unit),
        names.competences.get(v.competence, v.competence),
        num(v.persons),
    )


def gap_md(report: GapReport, lang: str = "nb") -> str:
    """The report as Markdown: the table, vulnerable competence and notes."""
    words = Words(lang)
    t = words.t
    out = [md_table(_header(t), _cells(report.rows, t, report.names))]
    if report.vulnerable:
        out.append(f"\n**{t['gap.vulnerable']}** ({t['gap.vulnerable_why']}):\n\n")
        out.append(
            md_table(
                (t["unit"], t["competence"], t["persons"]),
                [_vulnerable(v, report.names) for v in report.vulnerable],
            )
        )
    if report.notes:
        out.append("\n" + "".join(f"- {md_text(words.note(n))}\n" for n in report.notes))
    return "".join(out)


RED, YELLOW = "\x1b[31m", "\x1b[33m"


def gap_table(report: GapReport, *, colour: bool = False, lang: str = "nb") -> str:
    """The analysis as a terminal table: red where a gap remains after the actions."""
    words = Words(lang)
    t = words.t
    marks = None
    if colour:
        marks = [
            RED if r.due and r.residual > EPS else (YELLOW if r.gap > EPS else "")
            for r in report.rows
        ]
    out = [
        text_table(
            t["analysis"],
            _header(t),
            _cells(report.rows, t, report.names, width=40),
            right={3, 4, 5, 6, 7},
            marks=marks,
        )
    ]
    if report.vulnerable:
        out.append(f"\n{t['gap.vulnerable']} ({t['gap.vulnerable_why']}):\n")
        out.extend(
            "  {}: {} ({})\n".format(*map(field, _vulnerable(v, report.names)))
            for v in report.vulnerable
        )
    out.extend(f"{t['note']}: {one_line(words.note(n))}\n" for n in report.notes)
    residual = len(report.residual_gaps)
    out.append("\n" + t("gap.rows", rows=len(report.rows), residual=residual) + "\n")
    return "".join(out)


def explain(row: GapRow, style: Style | None = None) -> str:
    """One figure with how each part was worked out and every source it draws on."""
    words = Words((style or Style()).lang)
    t = words.t
    inventory, drivers, actions = words.sources(row)
    lines = [
        t("gap.counted_in", id=row.id, kind=row.kind, basis=row.basis),
        f"  {t['gap.x_required']:<11} {num(row.required)}   ({words.formula(row.formula)})",
        f"  {t['gap.x_available']:<11} {num(row.available)}   "
        f"({t('gap.x_projected', year=row.year)})",
        f"  {t['gap.x_planned']:<11} {num(row.planned)}   ({t['gap.x_from_actions']})",
        f"  {t['gap.x_gap']:<11} {num(row.gap)}",
        f"  {t['gap.x_residual']:<11} {num(row.residual)}"
        + ("" if row.due else f"   ({t['not_due']})"),
        f"  {t['gap.x_need_type']:<11} {need(row, t)}",
    ]
    for title, items in (
        (t["gap.x_inventory"], inventory),
        (t["gap.x_drivers"], drivers),
        (t["gap.x_actions"], actions),
    ):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  - {i}" for i in items)
    return "\n".join(lines) + "\n"


def explain_json(row: GapRow, style: Style | None = None) -> str:
    """One figure for other tools: the same object as its row in `gap --format json`."""
    words = Words((style or Style()).lang)
    return json_inert(dumps(_row_dict(row, words))) + "\n"


EXPLAIN_REPORTERS: dict[Format, Callable[[GapRow, Style], str]] = {
    Format.table: lambda row, style: explain(row, style),
    Format.json: explain_json,
}
"""The printer for each `--format` of `kplan gap --explain`."""

REPORTERS: dict[Format, Callable[[GapReport, Style], str]] = {
    Format.table: lambda report, style: gap_table(report, colour=style.colour, lang=style.lang),
    Format.md: lambda report, style: gap_md(report, style.lang),
    Format.json: lambda report, style: gap_json(report, style.lang),
    Format.csv: lambda report, style: gap_csv(report, style.lang),
}
"""The printer for each `--format` of `kplan gap`."""
