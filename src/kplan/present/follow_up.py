"""Printers for the yearly follow-up (`kplan status`): text, md and json, and the view the
rendered plan shows. The analysis (`kplan.analysis.follow_up`) gives figures; the words and
formats are here.

Money is written as the reports always have: plain spaces on the terminal (`39 000 kr`), no-break
spaces in documents.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kplan.present.fmt import json_lines, kr, md_table, nok, plain, text_table
from kplan.present.formats import Format, Style
from kplan.present.labels import Labels
from kplan.present.layout import Mark, prose
from kplan.present.markdown import md_cell, md_text
from kplan.present.tabular import Column, Sheet, Tabular, csv_text, xlsx_bytes
from kplan.present.terminal import columns
from kplan.text import t as text

if TYPE_CHECKING:
    from kplan.analysis.follow_up import LateStep, StatusReport, StatusRow
    from kplan.plan.model import Plan


def period(r: StatusRow) -> str:
    """The period as text: «2024-06–2025-06», «2024» when it starts and ends alike, or ""."""
    if r.start is None or r.end is None:
        return ""
    return r.start if r.start == r.end else f"{r.start}–{r.end}"


def _evaluation(r: StatusRow, t: Labels) -> str:
    """The planned level, then what a recorded result achieved: «nivå 3, resultat nivå 1»."""
    parts = [t("status.level", n=r.best_level)] if r.best_level is not None else []
    if r.result_level is not None:
        parts.append(t("status.result_level", n=r.result_level))
    elif r.has_result:
        parts.append(t("status.result"))
    return ", ".join(parts) or "–"


def _spent(r: StatusRow, t: Labels, money: Callable[[float], str]) -> str:
    """What was spent; «ikke rapportert» where a cost was planned and nothing is reported,
    since an unknown is not 0 kr."""
    if r.spent is not None:
        return money(r.spent)
    return t("status.unreported") if r.planned else "–"


def _planned(r: StatusRow, t: Labels, money: Callable[[float], str]) -> str:
    """The cost planned in the year, or why it is not an amount («ikke oppgitt»): unknown is
    never shown as 0 kr."""
    if r.planned is not None:
        return money(r.planned)
    return t(f"actions.reason.{r.unpriced}") if r.unpriced else t("unknown")


def _money_lines(report: StatusReport, t: Labels, money: Callable[[float], str]) -> list[str]:
    diff = report.difference
    unpriced = [t("status.unpriced_count", n=report.unpriced)] if report.unpriced else []
    if diff is None and report.reported:
        # only actions without an amount report spending: nothing to compare it with
        line = t(
            "status.money_uncompared",
            year=report.year,
            planned=money(report.planned),
            spent=money(report.spent),
        )
        return [line, *unpriced]
    if diff is None:
        return [t("status.money_none", year=report.year, planned=money(report.planned)), *unpriced]
    sign = "+" if diff > 0 else ("−" if diff < 0 else "")
    key = "status.money_part" if report.unreported else "status.money"
    lines = [
        t(
            key,
            year=report.year,
            planned=money(report.planned),
            spent=money(report.spent),
            diff=sign + money(abs(diff)),
        )
    ]
    if report.unreported:
        planned = money(report.unreported_planned)
        lines.append(t("status.unreported_count", n=report.unreported, planned=planned))
    return [*lines, *unpriced]


def step_lines(report: StatusReport, t: Labels, when: Callable[[str], str]) -> list[str]:
    """One line per late step: «Steg 2 Forankring: frist mars 2026, status pågår.»"""
    return [_step_line(s, t, when) for s in report.late_steps]


def _step_line(s: LateStep, t: Labels, when: Callable[[str], str]) -> str:
    status = t.value(s.status) if s.status else t("status.step_unknown")
    name = f" {s.name}" if s.name else ""
    return t("status.step", n=s.number, name=name, deadline=when(s.deadline), status=status)


def _summary_lines(report: StatusReport, t: Labels, money: Callable[[float], str]) -> list[str]:
    counts = ", ".join(f"{t.value(s)}: {n}" for s, n in report.by_status.items())
    steps = [t("status.late_steps", n=len(report.late_steps), of=report.steps)]
    return [
        f"{t('status.by_status')}: {counts}.",
        t("status.late_count", n=report.late, of=len(report.rows)),
        *(steps if report.steps else []),
        *_money_lines(report, t, money),
        t(
            "status.evaluated",
            n=report.evaluated,
            of=report.evaluable,
            pct=plain(round(report.evaluated_percent)),
        ),
        t(
            "status.planned_level2",
            n=report.planned_level2,
            of=report.evaluable,
            pct=plain(round(report.planned_level2_percent)),
        ),
        t(
            "status.with_result",
            n=report.with_result,
            of=report.evaluable,
            pct=plain(round(report.with_result_percent)),
        ),
    ]


def _whole_kr(value: float) -> str:
    return kr(value, whole=True)


def _header(t: Labels, year: int) -> tuple[str, ...]:
    return (
        t("status.action"),
        t("status.unit"),
        t("status.status"),
        t("status.period"),
        t("status.late"),
        t("status.planned", year=year),
        t("status.spent", year=year),
        t("status.evaluation"),
    )


def status_text(
    report: StatusReport,
    lang: str = "nb",
    *,
    units: Mapping[str, str] | None = None,
    colour: bool = False,
    width: int | None = None,
) -> str:
    """The follow-up for a terminal within `width` (None: as wide as the text), units by name
    when `units` gives them, the summary below; with `colour`, «Forsinket» red where late."""
    t = Labels(lang)
    names = units or {}
    body = [
        (
            r.title,
            names.get(r.unit, r.unit) if r.unit else "–",
            t.value(r.status),
            period(r) or "–",
            t["yes"] if r.late else "",
            _planned(r, t, _whole_kr),
            _spent(r, t, _whole_kr),
            _evaluation(r, t),
        )
        for r in report.rows
    ]
    marks: list[Mark] | None = None
    if colour:
        marks = [{4: RED} if r.late else "" for r in report.rows]
    title = t("status.title", year=report.year)
    table = text_table(title, _header(t, report.year), body, {5, 6}, marks, width=width)
    summary = _summary_lines(report, t, _whole_kr)
    steps = step_lines(report, t, t.when)  # a sentence: the deadline in words
    if steps:
        # the table ends with a blank line already
        steps = [t("status.steps"), *steps, ""]
    return table + "\n" + "".join(prose(line, width) for line in [*steps, *summary])


RED = "\x1b[31m"


def reporters(plan: Plan) -> dict[Format, Callable[[StatusReport, Style], str | bytes]]:
    """`REPORTERS` naming units as `plan` does."""
    return _reporters({u.id: u.name for u in plan.units})


def _period_md(r: StatusRow, t: Labels) -> str:
    if r.start is None or r.end is None:
        return "–"
    start, end = t.when(r.start), t.when(r.end)
    return start if r.start == r.end else f"{start}–{end}"


@dataclass(frozen=True)
class StatusView:
    """The follow-up as plain strings in one language, for the rendered plan document."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    summary: tuple[str, ...]
    steps_title: str = ""
    steps: tuple[str, ...] = ()
    """One line per late KS step; empty when none is late."""


def status_view(
    report: StatusReport, lang: str, units: Mapping[str, str] | None = None
) -> StatusView:
    """The follow-up worded in `lang`: the table's header and rows, and the summary lines;
    units by name when `units` gives them (by id otherwise)."""
    t = Labels(lang)
    names = units or {}
    rows = tuple(
        (
            r.title,
            names.get(r.unit, r.unit) if r.unit else "–",
            t.value(r.status),
            _period_md(r, t),
            t["yes"] if r.late else "",
            _planned(r, t, nok),
            _spent(r, t, nok),
            _evaluation(r, t),
        )
        for r in report.rows
    )
    summary = (*_summary_lines(report, t, nok), t("status.not_cancelled"))
    return StatusView(
        t("status.title", year=report.year),
        _header(t, report.year),
        rows,
        summary,
        t("status.steps"),
        tuple(step_lines(report, t, t.when)),
    )


def status_md(
    report: StatusReport, lang: str = "nb", units: Mapping[str, str] | None = None
) -> str:
    """The follow-up as Markdown for the årsrapport: a heading, the table and the summary;
    units by name when `units` gives them."""
    t = Labels(lang)
    view = status_view(report, lang, units)
    body: list[tuple[str, ...]] = [
        (md_cell(f"{row[0]} ({r.id})"), *(md_cell(cell) for cell in row[1:]))
        for r, row in zip(report.rows, view.rows, strict=True)
    ]
    total = f"**{t('status.total')}**"
    spent = nok(report.spent) if report.reported else t("status.unreported")
    body.append((total, "", "", "", "", nok(report.planned), spent, ""))
    steps = [f"### {view.steps_title}", "", *(f"- {md_text(s)}" for s in view.steps), ""]
    lines = [
        f"## {view.title}",
        "",
        f"### {t('status.actions')}",
        "",
        md_table(view.header, body, right={5, 6}, escape=False).rstrip("\n"),
        "",
        *(steps if view.steps else []),
        f"### {t('status.summary')}",
        "",
        *(f"- {md_text(line)}" for line in view.summary[:-1]),
        "",
        md_text(view.summary[-1]),
    ]
    return "\n".join(lines) + "\n"


def _row_json(r: StatusRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "unit": r.unit,
        "status": r.status,
        "period": period(r) or None,
        "late": r.late,
        "planned": None if r.planned is None else _figure(r.planned),
        "spent": None if r.spent is None else _figure(r.spent),
        "best_level": r.best_level,
        "has_result": r.has_result,
        "result_level": r.result_level,
    }


def _figure(value: float) -> float | None:
    """Rounded for JSON; None (unknown) rather than a number that overflowed."""
    return round(value, 2) if math.isfinite(value) else None


def status_json(report: StatusReport) -> str:
    """The follow-up as JSON for other tools, with stable keys and one row per line."""
    summary = {
        "actions": len(report.rows),
        "by_status": report.by_status,
        "late": report.late,
        "planned": _figure(report.planned),
        # unknown, not 0, when no action reports spending
        "spent": _figure(report.spent) if report.reported else None,
        "difference": None if report.difference is None else _figure(report.difference),
        "evaluable": report.evaluable,
        "evaluated": report.evaluated,
        "evaluated_percent": _figure(report.evaluated_percent),
        "with_result": report.with_result,
        "with_result_percent": _figure(report.with_result_percent),
        "planned_level2": report.planned_level2,
        "planned_level2_percent": _figure(report.planned_level2_percent),
        "reported": report.reported,
        "unreported": report.unreported,
        "unreported_planned": _figure(report.unreported_planned),
        "unpriced": report.unpriced,
        "steps": report.steps,
        "late_steps": len(report.late_steps),
    }
    rows = [_row_json(r) for r in report.rows]
    steps = [
        {"number": s.number, "name": s.name, "deadline": s.deadline, "status": s.status}
        for s in report.late_steps
    ]
    return json_lines(
        rows, {"summary": summary}, head={"year": report.year}, lists={"late_steps": steps}
    )


STATUS_COLUMNS = (
    Column("id"),
    Column("title"),
    Column("unit"),
    Column("status", "choice"),
    Column("period"),
    Column("late", "bool"),
    Column("planned", "money", "output.col.planned_cost"),
    Column("spent", "money"),
    Column("best_level", "count"),
    Column("has_result", "bool"),
    Column("result_level", "count"),
)
"""The csv's columns: the keys of a json row, in its order."""


def status_tabular(report: StatusReport, units: Mapping[str, str] | None = None) -> Tabular:
    """One row per action, as json has it: for the csv, and one sheet of the workbook named
    by the year followed up (units by name, as `units` names them)."""
    rows = tuple(_row_json(r) for r in report.rows)
    title = text("output.sheet.status", year=report.year)
    sheet = Sheet(title, STATUS_COLUMNS, rows, {"unit": units or {}})
    return Tabular(STATUS_COLUMNS, rows, (sheet,))


def _reporters(
    units: Mapping[str, str] | None = None,
) -> dict[Format, Callable[[StatusReport, Style], str | bytes]]:
    """The printer for each format, naming units by `units` (ids where not given); the text
    laid out for the terminal's width."""
    return {
        Format.text: lambda report, style: status_text(
            report, style.lang, units=units, colour=style.colour, width=columns()
        ),
        Format.md: lambda report, style: status_md(report, style.lang, units),
        Format.json: lambda report, style: status_json(report),
        Format.csv: lambda report, style: csv_text(status_tabular(report)),
        Format.xlsx: lambda report, style: xlsx_bytes(status_tabular(report, units), style.lang),
    }


REPORTERS = _reporters()
