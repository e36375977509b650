"""Status: the yearly follow-up of the action plan (KS steg 7), for the årsrapport.

For one year, each action gets a row: its status, whether it is late, what was planned to be
spent in the year (net of grants, as `kplan cost` counts it) against what was spent (`cost.spent`),
and how far its evaluation has come. The summary counts actions per status, late actions, the
year's money, and the evaluation coverage: the share of actions with an evaluation at Kirkpatrick
level 2 (læring) or higher, and the share with a recorded result. Cancelled actions (avlyst) are
left out of the coverage, since nobody evaluates what never ran.

An action is late when it should have been finished by the end of the year and is not
(planlagt, pågår or utsatt with a period that ends in or before the year), or when it is still
planlagt although its period started before the year.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

from kplan.analysis.costs import action_costs
from kplan.analysis.gap import num
from kplan.plan.model import Action, Plan, when_bounds
from kplan.present.gap import text_table
from kplan.present.labels import LANGS, Labels, nok
from kplan.present.markdown import md_cell, md_text
from kplan.present.terminal import json_inert

STATUSES = ("planlagt", "pågår", "gjennomført", "utsatt", "avlyst")
OPEN = frozenset({"planlagt", "pågår", "utsatt"})
"""Statuses of an action that is not finished: these can be late."""

# Labels only this report needs; labels.py holds those shared with the rendered plan.
_S: dict[str, tuple[str, str, str]] = {
    "title": (
        "Oppfølging av kompetanseplanen {year}",
        "Oppfølging av kompetanseplanen {year}",
        "Follow-up of the competence plan {year}",
    ),
    "actions": ("Tiltakene", "Tiltaka", "The actions"),
    "id": ("Id", "Id", "Id"),
    "action": ("Tiltak", "Tiltak", "Action"),
    "unit": ("Enhet", "Eining", "Unit"),
    "status": ("Status", "Status", "Status"),
    "period": ("Periode", "Periode", "Period"),
    "late": ("Forsinket", "Forseinka", "Late"),
    "planned": ("Planlagt {year}", "Planlagt {year}", "Planned {year}"),
    "spent": ("Brukt {year}", "Brukt {year}", "Spent {year}"),
    "evaluation": ("Evaluering", "Evaluering", "Evaluation"),
    "level": ("nivå {n}", "nivå {n}", "level {n}"),
    "result": ("resultat", "resultat", "result"),
    "total": ("Sum", "Sum", "Total"),
    "summary": ("Oppsummering", "Oppsummering", "Summary"),
    "by_status": ("Tiltak etter status", "Tiltak etter status", "Actions by status"),
    "late_count": (
        "{n} av {of} tiltak er forsinket.",
        "{n} av {of} tiltak er forseinka.",
        "{n} of {of} actions are late.",
    ),
    "money": (
        "Planlagt netto i {year}: {planned}. Brukt: {spent}. Avvik: {diff}.",
        "Planlagt netto i {year}: {planned}. Brukt: {spent}. Avvik: {diff}.",
        "Planned net in {year}: {planned}. Spent: {spent}. Difference: {diff}.",
    ),
    "evaluated": (
        "{n} av {of} tiltak ({pct} %) evalueres på Kirkpatrick-nivå 2 eller høyere.",
        "{n} av {of} tiltak ({pct} %) vert evaluerte på Kirkpatrick-nivå 2 eller høgare.",
        "{n} of {of} actions ({pct} %) are evaluated at Kirkpatrick level 2 or higher.",
    ),
    "with_result": (
        "{n} av {of} tiltak ({pct} %) har et registrert resultat.",
        "{n} av {of} tiltak ({pct} %) har eit registrert resultat.",
        "{n} of {of} actions ({pct} %) have a recorded result.",
    ),
    "not_cancelled": (
        "Avlyste tiltak er ikke med i evalueringsandelene.",
        "Avlyste tiltak er ikkje med i evalueringsdelane.",
        "Cancelled actions are not counted in the evaluation shares.",
    ),
}


class _Text:
    """This report's labels in one language, with the shared ones (status values) from Labels."""

    def __init__(self, lang: str) -> None:
        self.labels = Labels(lang)
        self._i = LANGS.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        return _S[key][self._i].format(**values)


@dataclass(frozen=True)
class StatusRow:
    """One action in the follow-up of one year. Amounts are NOK."""

    id: str
    title: str
    unit: str | None
    status: str
    """planlagt, pågår, gjennomført, utsatt or avlyst, as the plan records it."""
    start: str | None
    """The period's start as the plan gives it (2024, 2024-06 or 2024-06-01); None without one."""
    end: str | None
    """The period's end, likewise."""
    late: bool
    """Not finished although the period ended in or before the year, or still planlagt although
    the period started before the year."""
    planned: float
    """Net cost (after grants) that falls in the year."""
    spent: float | None
    """Spent in the year (`cost.spent`); None when nothing is recorded for the year."""
    total_planned: float
    """Net cost over the whole action, all budget years (and none) together."""
    total_spent: float
    """Spent over all recorded years."""
    best_level: int | None
    """The highest Kirkpatrick level (1-4) among the action's evaluations; None without any."""
    has_result: bool
    """At least one evaluation has a recorded result."""

    @property
    def period(self) -> str:
        """The period as text: «2024-06–2025-06», «2024» when it starts and ends alike, or ""."""
        if self.start is None or self.end is None:
            return ""
        return self.start if self.start == self.end else f"{self.start}–{self.end}"


@dataclass(frozen=True)
class StatusReport:
    """The follow-up of one year: a row per action, in plan order, and the summary figures."""

    year: int
    rows: tuple[StatusRow, ...]
    by_status: dict[str, int]
    """Actions per status, every status present (zero when none has it), in STATUSES order."""
    late: int
    """Actions that are late."""
    planned: float
    """Net cost planned in the year, over all actions."""
    spent: float
    """Spent in the year, over all actions (a cancelled action may still have spent some)."""
    evaluable: int
    """Actions that are not avlyst: the base of the evaluation shares."""
    evaluated: int
    """Of those, actions with an evaluation at Kirkpatrick level 2 or higher."""
    with_result: int
    """Of those, actions with at least one recorded result."""

    @property
    def difference(self) -> float:
        """Spent minus planned in the year: above zero means more was spent than planned."""
        return self.spent - self.planned

    @property
    def evaluated_percent(self) -> float:
        """`evaluated` as a percentage of `evaluable` (0 when there is nothing to evaluate)."""
        return _percent(self.evaluated, self.evaluable)

    @property
    def with_result_percent(self) -> float:
        """`with_result` as a percentage of `evaluable` (0 when there is nothing to evaluate)."""
        return _percent(self.with_result, self.evaluable)


def _percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def is_late(action: Action, year: int) -> bool:
    """Whether the action is behind at the end of `year` (see the module docstring)."""
    if action.period is None or action.status not in OPEN:
        return False
    first_day = dt.date(year, 1, 1)
    ends = when_bounds(action.period.end)[1]
    if ends < dt.date(year + 1, 1, 1):
        return True
    starts = when_bounds(action.period.start)[0]
    return action.status == "planlagt" and starts < first_day


def status_row(action: Action, year: int) -> StatusRow:
    """The follow-up of one action in one year."""
    costs = action_costs(action)
    spent = action.cost.spent if action.cost is not None else {}
    levels = [e.level for e in action.evaluation]
    return StatusRow(
        id=action.id,
        title=action.title,
        unit=action.unit,
        status=action.status,
        start=action.period.start if action.period else None,
        end=action.period.end if action.period else None,
        late=is_late(action, year),
        planned=sum((c.net for c in costs if c.year == year), 0.0),
        spent=spent.get(year),
        total_planned=sum((c.net for c in costs), 0.0),
        total_spent=sum(spent.values(), 0.0),
        best_level=max(levels) if levels else None,
        has_result=any(e.result is not None for e in action.evaluation),
    )


def follow_up(plan: Plan, year: int) -> StatusReport:
    """The yearly follow-up of a valid plan's actions for `year`."""
    rows = tuple(status_row(a, year) for a in plan.actions)
    counted = [r for r in rows if r.status != "avlyst"]
    by_status = dict.fromkeys(STATUSES, 0)
    for r in rows:
        by_status[r.status] += 1
    return StatusReport(
        year=year,
        rows=rows,
        by_status=by_status,
        late=sum(r.late for r in rows),
        planned=sum((r.planned for r in rows), 0.0),
        spent=sum((r.spent or 0.0 for r in rows), 0.0),
        evaluable=len(counted),
        evaluated=sum(1 for r in counted if r.best_level is not None and r.best_level >= 2),
        with_result=sum(1 for r in counted if r.has_result),
    )


# --- printers ---------------------------------------------------------------------------------


def _evaluation(r: StatusRow, t: _Text) -> str:
    if r.best_level is None:
        return "–"
    level = t("level", n=r.best_level)
    return f"{level}, {t('result')}" if r.has_result else level


def _summary_lines(report: StatusReport, t: _Text, money: str) -> list[str]:
    lab = t.labels
    counts = ", ".join(f"{lab.value(s)}: {n}" for s, n in report.by_status.items())
    diff = report.difference
    sign = "+" if diff > 0 else ("−" if diff < 0 else "")
    return [
        f"{t('by_status')}: {counts}.",
        t("late_count", n=report.late, of=len(report.rows)),
        t(
            "money",
            year=report.year,
            planned=money_of(report.planned, money),
            spent=money_of(report.spent, money),
            diff=sign + money_of(abs(diff), money),
        ),
        t(
            "evaluated",
            n=report.evaluated,
            of=report.evaluable,
            pct=num(round(report.evaluated_percent)),
        ),
        t(
            "with_result",
            n=report.with_result,
            of=report.evaluable,
            pct=num(round(report.with_result_percent)),
        ),
    ]


def money_of(value: float, style: str) -> str:
    """NOK as `39 000 kr`: non-breaking spaces for documents (md), plain ones for the terminal."""
    return nok(value) if style == "md" else f"{num(round(value))} kr"


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _header(t: _Text, year: int) -> tuple[str, ...]:
    return (
        t("action"),
        t("unit"),
        t("status"),
        t("period"),
        t("late"),
        t("planned", year=year),
        t("spent", year=year),
        t("evaluation"),
    )


def status_text(report: StatusReport) -> str:
    """The follow-up as a terminal table, with the summary below it."""
    t = _Text("nb")
    header = (t("id"), *_header(t, report.year))
    body = [
        (
            r.id,
            _short(r.title),
            r.unit or "–",
            r.status,
            r.period or "–",
            t.labels["yes"] if r.late else "",
            money_of(r.planned, "text"),
            "–" if r.spent is None else money_of(r.spent, "text"),
            _evaluation(r, t),
        )
        for r in report.rows
    ]
    table = text_table(t("title", year=report.year), header, body, right={6, 7})
    return table + "\n" + "".join(line + "\n" for line in _summary_lines(report, t, "text"))


def _period_md(r: StatusRow, t: _Text) -> str:
    if r.start is None or r.end is None:
        return "–"
    start, end = t.labels.when(r.start), t.labels.when(r.end)
    return start if r.start == r.end else f"{start}–{end}"


@dataclass(frozen=True)
class StatusView:
    """The follow-up as plain strings in one language, for the rendered plan document."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    summary: tuple[str, ...]


def status_view(report: StatusReport, lang: str) -> StatusView:
    t = _Text(lang)
    lab = t.labels
    header = _header(t, report.year)
    rows = tuple(
        (
            r.title,
            r.unit or "–",
            lab.value(r.status),
            _period_md(r, t),
            lab["yes"] if r.late else "",
            nok(r.planned),
            "–" if r.spent is None else nok(r.spent),
            _evaluation(r, t),
        )
        for r in report.rows
    )
    summary = (*_summary_lines(report, t, "md"), t("not_cancelled"))
    return StatusView(t("title", year=report.year), header, rows, summary)


def status_md(report: StatusReport, lang: str = "nb") -> str:
    """The follow-up as Markdown for the årsrapport: a heading, the table and the summary."""
    t = _Text(lang)
    view = status_view(report, lang)
    body = [
        (md_cell(f"{row[0]} ({r.id})"), *(md_cell(cell) for cell in row[1:]))
        for r, row in zip(report.rows, view.rows, strict=True)
    ]
    body.append((f"**{t('total')}**", "", "", "", "", nok(report.planned), nok(report.spent), ""))
    lines = [
        f"## {view.title}",
        "",
        f"### {t('actions')}",
        "",
        "| " + " | ".join(md_cell(h) for h in view.header) + " |",
        "|" + "---|" * 5 + "--:|" * 2 + "---|",
        *("| " + " | ".join(row) + " |" for row in body),
        "",
        f"### {t('summary')}",
        "",
        *(f"- {md_text(line)}" for line in view.summary[:-1]),
        "",
        md_text(view.summary[-1]),
    ]
    return "\n".join(lines) + "\n"


def _figure(value: float) -> float | None:
    """Rounded for JSON; None (unknown) rather than a number that overflowed."""
    return round(value, 2) if math.isfinite(value) else None


def _row_json(r: StatusRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "unit": r.unit,
        "status": r.status,
        "period": r.period or None,
        "late": r.late,
        "planned": _figure(r.planned),
        "spent": None if r.spent is None else _figure(r.spent),
        "best_level": r.best_level,
        "has_result": r.has_result,
    }


def status_json(report: StatusReport) -> str:
    """The follow-up as JSON for other tools, with stable keys and one row per line."""
    summary = {
        "actions": len(report.rows),
        "by_status": report.by_status,
        "late": report.late,
        "planned": _figure(report.planned),
        "spent": _figure(report.spent),
        "difference": _figure(report.difference),
        "evaluable": report.evaluable,
        "evaluated": report.evaluated,
        "evaluated_percent": _figure(report.evaluated_percent),
        "with_result": report.with_result,
        "with_result_percent": _figure(report.with_result_percent),
    }
    # the same layout as gapreport's json (a row per line), with the year first
    rows = ",\n".join(
        "    " + json.dumps(_row_json(r), ensure_ascii=False, allow_nan=False) for r in report.rows
    )
    return json_inert(
        f'{{\n  "year": {report.year},\n  "rows": [\n'
        + rows
        + ("\n" if report.rows else "")
        + f'  ],\n  "summary": {json.dumps(summary, ensure_ascii=False, allow_nan=False)}\n}}\n'
    )
