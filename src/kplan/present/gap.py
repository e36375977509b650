"""Printers for the gap analysis: table, md, json and csv, and `--explain` for one figure.

The analysis returns data (formulas, inventory rows, driver values, effects, notes, measures);
`kplan.present.formulas` words it. People read the table and md: units, requirements and
competences by name, figures rounded to two decimals, an unknown figure as «ukjent». json and
csv are for other tools: stable keys and columns, ids, and every figure as computed (full
precision; an unknown or overflowed figure is null in json, an empty cell in csv); `formula`,
`sources` and `notes` there are sentences with ids.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from kplan.analysis.formulas import EPS
from kplan.analysis.gap import GapReport, GapRow, Names, Vulnerable
from kplan.analysis.projection import Explanation
from kplan.present import catalogue
from kplan.present.explain import explain_json, explain_text
from kplan.present.figure_texts import Figures
from kplan.present.fmt import dumps, json_lines, md_table, plain
from kplan.present.formats import Format, Style
from kplan.present.formulas import Words
from kplan.present.gap_rows import (
    GAP_COLUMNS,
    MEASURE_COLUMNS,
    csv_row,
    figure_lines,
    need,
    row_dict,
)
from kplan.present.labels import Labels
from kplan.present.layout import prose
from kplan.present.markdown import md_text
from kplan.present.table import column_table, md_column_table
from kplan.present.table import md_table as md_columns
from kplan.present.terminal import columns, field, finite, json_inert, one_line
from kplan.text import Text, t

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
    """Two decimals, for money (`kplan cost`); a sum that overflowed to infinity (or NaN) is no
    figure at all: None. Gap figures go out in full (`gap_rows.exact`)."""
    if isinstance(value, float):
        return round(value, 2) if math.isfinite(value) else None
    return value


def csv_text(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    """A CSV file with a header, `\\n` line ends, and no figure for an overflowed or unknown
    one."""
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if finite(v) is None else v) for k, v in row.items()})
    return buf.getvalue()


def gap_json(report: GapReport, lang: str = "nb") -> str:
    """The report for other tools: one row per line, then vulnerable, notes, years, counts."""
    return json_lines(*gap_json_parts(report, lang))


def gap_json_parts(
    report: GapReport, lang: str = "nb"
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The json rows, and what follows them: vulnerable, notes, years, counts."""
    words = Words(lang)
    return [row_dict(r, words) for r in report.rows], gap_json_rest(report, words)


def gap_json_rest(report: GapReport, words: Words) -> dict[str, Any]:
    """What follows the json rows: vulnerable, notes, years, counts."""
    return {
        "vulnerable": [
            {"unit": v.unit, "competence": v.competence, "persons": v.persons}
            for v in report.vulnerable
        ],
        "notes": [words.note(n) for n in report.notes],
        "years": list(report.years),
        "residual_gaps": len(report.residual_gaps),
        "unknown": report.unknown_count,
    }


def gap_csv(report: GapReport, lang: str = "nb") -> str:
    """The rows for a spreadsheet: the json row keys but id, formula and sources (`lang` is
    for the reporters' one signature: the columns hold no words)."""
    return csv_text((*GAP_COLUMNS, *MEASURE_COLUMNS), [csv_row(r) for r in report.rows])


def _header(t: Labels, measured: bool) -> list[str]:
    return [t[k] for k in HEADER_KEYS] + ([t["gap.measure"]] if measured else [])


def _measured(report: GapReport) -> bool:
    """Whether the table has a measure column: only when some requirement measures a share,
    a full-time share or position sizes."""
    return any(r.measure is not None for r in report.rows)


_FIGURES = attrgetter("required", "available", "planned", "gap", "residual")


def _figure_columns(rows: Sequence[GapRow], t: Labels) -> list[list[str]]:
    """The year and the five figures of each row as columns of text (the table's and the
    Markdown's): available flagged when the competence is vulnerable, what is left when the
    row is not yet due."""
    flag, late = f" ({t['gap.vulnerable_flag']})", f" ({t['gap.not_due']})"
    texts = Figures(t["gap.unknown"]).many([v for r in rows for v in _FIGURES(r)])
    available, residual = texts[1::5], texts[4::5]
    for n, r in enumerate(rows):
        if r.vulnerable:
            available[n] += flag
        if not r.due:
            residual[n] += late
    return [
        [str(r.year) for r in rows],
        texts[0::5],
        available,
        texts[2::5],
        texts[3::5],
        residual,
    ]


def _columns(rows: Sequence[GapRow], words: Words, measured: bool = False) -> list[list[str]]:
    """The Markdown table's columns: units and requirements by name, as the plan calls them;
    with `measured`, what each requirement measures, last."""
    t = words.t
    names = words.names or Names()
    units, requirements = names.units, names.requirements
    needs: dict[tuple[str | None, bool], str] = {}
    for r in rows:
        key = (r.need_type, r.over_target)
        if key not in needs:
            needs[key] = need(r, t)
    return [
        [str(units.get(r.unit, r.unit)) for r in rows],
        [str(requirements.get(r.requirement, r.requirement)) for r in rows],
        *_figure_columns(rows, t),
        [needs[r.need_type, r.over_target] for r in rows],
        *([[words.measure(r.measure, r.formula) for r in rows]] if measured else []),
    ]


def _vulnerable(v: Vulnerable, names: Names) -> tuple[str, str, str]:
    return (
        names.units.get(v.unit, v.unit),
        names.competences.get(v.competence, v.competence),
        num(v.persons),
    )


def gap_md(report: GapReport, lang: str = "nb") -> str:
    """The report as Markdown: the table, vulnerable competence and notes."""
    words = Words(lang, report.names)
    t = words.t
    measured = _measured(report)
    header = _header(t, measured)
    if report.rows:
        out = [md_column_table(header, _columns(report.rows, words, measured), right=())]
    else:
        out = [md_columns(header, [])]
    if report.vulnerable:
        out.append(f"\n**{t['gap.vulnerable']}** ({t['gap.vulnerable_why']}):\n\n")
        out.append(
            md_table(
                (t["unit"], t["competence"], t["persons"]),
                [_vulnerable(v, report.names) for v in report.vulnerable],
            )
        )
    notes = _notes(report, words)
    if notes:
        out.append("\n" + "".join(f"- {md_text(n)}\n" for n in notes))
    return "".join(out)


def years(span: Sequence[int]) -> str:
    """2025–2027 for years in a row, else 2025, 2027."""
    if len(span) > 1 and list(span) == list(range(span[0], span[-1] + 1)):
        return f"{span[0]}–{span[-1]}"
    return ", ".join(map(str, span))


def _notes(report: GapReport, words: Words) -> list[str]:
    """The notes under the table: what was left out and why, then the unknown figures, once
    per requirement and unit, with the years."""
    out = [words.note(n) for n in report.notes]
    unknown: dict[tuple[str, str], list[int]] = {}
    for r in report.unknown:
        unknown.setdefault((r.requirement, r.unit), []).append(r.year)
    for (requirement, unit), span in unknown.items():
        out.append(
            words.t(
                "gap.n_unknown",
                requirement=words.requirement(requirement),
                unit=words.unit(unit),
                years=years(span),
            )
        )
    return out


RED, YELLOW = "\x1b[31m", "\x1b[33m"
FIGURES = ("year", "required", "available", "planned", "gap", "residual")
"""The label keys of a terminal table's columns: unit, requirement and need head each group."""


def above(value: float | None) -> bool:
    """A shortfall there is: an unknown one is not marked as one (nor as none)."""
    return value is not None and value > EPS


def attention(row: GapRow) -> str:
    """The colour of a row's «Rest»: red for a shortfall the actions leave open when it is due,
    yellow for an unknown one; nothing for a row that is covered, over, or not yet due. The
    figure and its words («ukjent», «ikke forfalt») say the same without colour."""
    if row.residual is None:
        return YELLOW
    return RED if row.due and above(row.residual) else ""


def _groups(rows: Sequence[GapRow]) -> dict[tuple[str, str], list[GapRow]]:
    groups: dict[tuple[str, str], list[GapRow]] = {}
    for r in rows:
        groups.setdefault((r.unit, r.requirement), []).append(r)
    return groups


def _group_table(
    rows: Sequence[GapRow],
    words: Words,
    colour: bool,
    width: int | None,
    header: tuple[list[str], list[str]],
) -> str:
    """One unit's requirement: its name and need as a heading, then a row per year (`header`
    is the columns' without and with a measure)."""
    t = words.t
    first = rows[0]
    head = f"{words.unit(first.unit)}: {words.requirement(first.requirement)}"
    firsts: dict[tuple[str | None, bool], GapRow] = {}
    for r in rows:  # the need is the need type's and whether the row is over a maximum
        firsts.setdefault((r.need_type, r.over_target), r)
    kinds = dict.fromkeys(n for n in (need(r, t) for r in firsts.values()) if n)
    if kinds:
        head += f" ({t['need'].lower()}: {', '.join(kinds)})"
    measured = _measured_rows(rows)
    cols = [
        *_figure_columns(rows, t),
        *([[words.measure(r.measure, r.formula) for r in rows]] if measured else []),
    ]
    marks = [({5: attention(r)} if attention(r) else "") for r in rows] if colour else None
    return column_table(head, header[measured], cols, right=_RIGHT, marks=marks, width=width)


_RIGHT = frozenset((1, 2, 3, 4, 5))


def _measured_rows(rows: Sequence[GapRow]) -> bool:
    return any(r.measure is not None for r in rows)


def gap_table(
    report: GapReport,
    *,
    colour: bool = False,
    lang: str = "nb",
    title: str | None = None,
    width: int | None = None,
) -> str:
    """The analysis for a terminal: per unit and requirement a heading and a row per year,
    within `width`; with `colour`, «Rest» red where a due shortfall remains after the actions
    and yellow where it is unknown."""
    words = Words(lang, report.names)
    t = words.t
    out = [prose(title or t["analysis"], width)]
    plain_header = [t[k] for k in FIGURES]
    header = (plain_header, [*plain_header, t["gap.measure"]])
    for group in _groups(report.rows).values():
        table = _group_table(group, words, colour, width, header)
        head, _, table = table.partition("\n\n")
        out.append(f"\n{head}\n{table}")
    if report.vulnerable:
        out.append("\n" + prose(f"{t['gap.vulnerable']} ({t['gap.vulnerable_why']}):", width))
        out.extend(
            prose("  {}: {} ({})".format(*map(field, _vulnerable(v, report.names))), width)
            for v in report.vulnerable
        )
    notes = [prose(f"{t['note']}: {one_line(n)}", width) for n in _notes(report, words)]
    out.extend(["\n", *notes] if notes else [])
    out.append("\n" + prose(catalogue.words(summary(report), lang), width))
    return "".join(out)


def summary(report: GapReport) -> Text:
    """«15 rader, 14 med gap etter tiltak.», with the unknown figures when there are any."""
    n = len(report.rows)
    rows = t("run.count.row.one" if n == 1 else "run.count.row.many", n=n)
    residual, unknown = len(report.residual_gaps), report.unknown_count
    if not unknown:
        return t("run.gap.summary", rows=rows, residual=residual)
    many = t("run.count.unknown.one" if unknown == 1 else "run.count.unknown.many", n=unknown)
    return t("run.gap.summary_unknown", rows=rows, residual=residual, unknown=many)


def explain(item: GapRow | Explanation, style: Style | None = None) -> str:
    """One figure with how each part was worked out and every source it draws on; with the
    plan's `Explanation`, the requirement and the projection step by step too."""
    if isinstance(item, Explanation):
        return explain_text(item, style)
    words = Words((style or Style()).lang)
    t = words.t
    inventory, drivers, actions = words.sources(item)
    lines = [t("gap.counted_in", id=item.id, kind=item.kind, basis=item.basis)]
    lines += figure_lines(item, words)
    for title, items in (
        (t["gap.x_inventory"], inventory),
        (t["gap.x_drivers"], drivers),
        (t["gap.x_actions"], actions),
    ):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  - {i}" for i in items)
    return "\n".join(lines) + "\n"


def explain_row_json(item: GapRow | Explanation, style: Style | None = None) -> str:
    """One figure for other tools: its row as `gap --format json` has it (with the plan's
    `Explanation`, the requirement and the projection step by step too)."""
    if isinstance(item, Explanation):
        return explain_json(item, style)
    words = Words((style or Style()).lang)
    return json_inert(dumps(row_dict(item, words))) + "\n"


EXPLAIN_REPORTERS: dict[Format, Callable[[GapRow | Explanation, Style], str]] = {
    Format.table: explain,
    Format.json: explain_row_json,
}
"""The printer for each `--format` of `kplan gap --explain`."""

REPORTERS: dict[Format, Callable[[GapReport, Style], str]] = {
    Format.table: lambda report, style: gap_table(
        report, colour=style.colour, lang=style.lang, width=columns()
    ),
    Format.md: lambda report, style: gap_md(report, style.lang),
    Format.json: lambda report, style: gap_json(report, style.lang),
    Format.csv: lambda report, style: gap_csv(report, style.lang),
}
"""The printer for each `--format` of `kplan gap`."""
