"""Printers for the staffing balance (bemanning): a terminal table and Markdown per staffing
line, and rows for json and csv (English keys, ids, full precision, `"part": "bemanning"`).

People read units and competences by name, figures to two decimals, and «ukjent» where a figure
is unknown (never 0); other tools read ids and every figure as computed (an unknown one is null
in json, empty in csv). Figures of different lines are never summed: lines may overlap (a
unit's whole staff and one competence in it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from kplan.analysis.staffing import FlowYear, LineBalance, StaffingReport, Unknown
from kplan.present.catalogue import words
from kplan.present.figure_texts import Plain
from kplan.present.fmt import plain
from kplan.present.formats import Style
from kplan.present.labels import Labels
from kplan.present.layout import prose
from kplan.present.markdown import md_text
from kplan.present.staffing_table import Flows
from kplan.present.table import md_table, text_table
from kplan.present.terminal import one_line
from kplan.text import Text, t

__all__ = [
    "FLOW",
    "STAFFING_COLUMNS",
    "line_title",
    "staffing_csv_columns",
    "staffing_csv_rows",
    "staffing_json_row",
    "staffing_json_rows",
    "staffing_md",
    "staffing_text",
    "why_text",
]

FLOW = (
    "demand",
    "supply",
    "start",
    "retirements",
    "turnover",
    "growth",
    "to_recruit",
    "surplus",
    "planned",
    "still_open",
    "cumulative_to_recruit",
    "cumulative_planned",
    "cumulative_still_open",
)
"""The figures of a line's year, in the order the tables show them (all årsverk)."""

STAFFING_COLUMNS = (
    "part",
    "line",
    "unit",
    "competence",
    "year",
    *FLOW,
    "unknown",
    "illustrative",
    "scenario",
)
"""The csv columns, and the first keys of a json row."""


def _exact(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


def why_text(why: Unknown, t: Labels) -> str:
    """Why a line or year has no figure, in words."""
    return t(f"staffing.why.{why.reason.value}", driver=why.driver or "", year=why.year or "")


def line_title(line: LineBalance, report: StaffingReport, t: Labels) -> str:
    """The line as the plan names it: its title, or its unit and competence by name."""
    if line.title:
        return line.title
    unit = report.units.get(line.unit, line.unit)
    what = (
        report.competences.get(line.competence, line.competence)
        if line.competence
        else t["staffing.all_staff"]
    )
    return f"{unit}, {what}"


def _about(line: LineBalance, report: StaffingReport, t: Labels) -> list[str]:
    """What the line's need follows, its base, and why it is unknown: one sentence each."""
    out: list[str] = []
    if line.norm:
        out.append(t("staffing.norm", norm=report.requirements.get(line.norm, line.norm)))
    elif line.terms:
        parts = []
        for term, found in zip(line.terms, line.term_drivers, strict=True):
            extra = []
            if term.coverage_percent != 100:
                extra.append(t("staffing.coverage", percent=plain(term.coverage_percent)))
            if term.weight != 1:
                extra.append(t("staffing.weight", weight=plain(term.weight)))
            name = report.driver_names.get(found or term.driver, term.driver)
            parts.append(f"{name} ({', '.join(extra)})" if extra else name)
        joined = (
            ", ".join(parts[:-1]) + f" {t['staffing.and']} {parts[-1]}"
            if len(parts) > 1
            else parts[0]
        )
        out.append(t("staffing.follows", drivers=joined))
    else:
        out.append(t["staffing.constant"])
    if line.base is not None and line.snapshot_year is not None:
        out.append(t("staffing.base", year=line.snapshot_year, fte=plain(line.base)))
    if line.unknown is not None:
        out.append(t("staffing.unknown_line", why=why_text(line.unknown, t)))
    return out


def flow_label(k: str, t: Labels) -> str:
    """The row label of flow `k`: «− Annen avgang», as the document says, for turnover."""
    if k == "turnover":
        return words(Text("run.staffing.turnover"), t.lang)
    return t[f"staffing.{k}"]


def _flows(t: Labels) -> Flows:
    """The figures' words and the tables' header, shared by every line of a report."""
    labels = [flow_label(k, t) for k in FLOW]
    return Flows(t["staffing.year"], labels, FLOW, t["staffing.unknown"])


def _notes(line: LineBalance, t: Labels) -> list[str]:
    """Why a year is unknown, once per reason, when the line as a whole is known."""
    if line.unknown is not None:
        return []
    seen: dict[str, None] = {}
    for y in line.years:
        if y.unknown is not None:
            seen.setdefault(t("staffing.unknown_year", year=y.year, why=why_text(y.unknown, t)))
    return list(seen)


def _range(
    line: LineBalance, report: StaffingReport, t: Labels, num: Plain
) -> tuple[list[str], list[list[object]]]:
    """The demand under each alternative, by year; no rows when the alternatives do not differ
    (a line at constant standard, or drivers without alternatives)."""
    codes = report.alternatives
    years = [y for y in line.years if y.demand_by_scenario]
    texts = num.many([y.demand_by_scenario.get(c) for y in years for c in codes])
    n = len(codes)
    rows: list[list[object]] = [[y.year, *texts[i * n : i * n + n]] for i, y in enumerate(years)]
    spread = any(len(set(texts[i : i + n])) > 1 for i in range(0, len(texts), n or 1))
    return [t["staffing.year"], *codes], rows if spread else []


def _head(report: StaffingReport, t: Labels) -> list[str]:
    out = []
    if report.scenario is not None:
        out.append(t("staffing.scenario", code=report.scenario))
        if report.kept:
            names = ", ".join(report.driver_names.get(d, d) for d in report.kept)
            out.append(t("staffing.kept", code=report.scenario, drivers=names))
    return out


def staffing_text(
    report: StaffingReport, style: Style | None = None, width: int | None = None
) -> str:
    """The balance for a terminal: per line what its need follows, then a table of its years,
    within `width` (None: as wide as the text); with colour, a need the actions leave open is
    red."""
    style = style or Style()
    t = Labels(style.lang)
    out = [t["staffing.title"] + "\n"]
    out.extend(prose(one_line(s), width) for s in _head(report, t))
    if not report.lines:
        out.append("\n" + t["staffing.none"] + "\n")
        return "".join(out)
    flows = _flows(t)
    for line in report.lines:
        title = line_title(line, report, t)
        if line.illustrative:
            title += f" [{t['staffing.illustrative']}]"
        about = "".join(prose(one_line(s), width) for s in _about(line, report, t))
        lead = prose(one_line(title), width)
        out.append(f"\n{lead}{about}\n{flows.table(line, style.colour, width)}")
        out.extend(prose(one_line(s), width) for s in _notes(line, t))
        header, rows = _range(line, report, t, flows.num)
        if rows and line.unknown is None:
            out.append(
                "\n"
                + text_table(
                    t["staffing.range"], header, rows, right=set(range(1, len(header))), width=width
                )
            )
    out.append("\n" + prose(" ".join(words(s, style.lang) for s in summary(report)), width))
    return "".join(out)


def summary(report: StaffingReport) -> list[Text]:
    """«4 bemanningslinjer, 4 med rekrutteringsbehov som tiltakene ikke dekker.», then how many
    are wholly or partly unknown, when any is."""
    n = len(report.lines)
    lines = t("run.count.staffing_line.one" if n == 1 else "run.count.staffing_line.many", n=n)
    said = [t("run.staffing.summary", lines=lines, open=len(report.open_lines))]
    unknown = sum(1 for line in report.lines if any(y.unknown for y in line.years))
    if unknown:
        key = "run.staffing.unknown.one" if unknown == 1 else "run.staffing.unknown.many"
        said.append(t(key, n=unknown))
    return said


def staffing_md(report: StaffingReport, lang: str = "nb") -> str:
    """The balance as Markdown: per line a bold title, what its need follows, and its table."""
    t = Labels(lang)
    out = ["".join(f"{md_text(s)}\n\n" for s in _head(report, t))]
    if not report.lines:
        return "".join(out) + t["staffing.none"] + "\n"
    flows = _flows(t)
    right = range(1, len(FLOW) + 1)
    for line in report.lines:
        title = f"**{md_text(line_title(line, report, t))}**"
        if line.illustrative:
            title += f" ({t['staffing.illustrative']})"
        out.append(title + "\n\n")
        out.append("".join(md_text(s) + "\n" for s in _about(line, report, t)) + "\n")
        out.append(md_table(flows.header, flows.rows(line), right=right))
        notes = _notes(line, t)
        if notes:
            out.append("\n" + "".join(f"- {md_text(s)}\n" for s in notes))
        header, rows = _range(line, report, t, flows.num)
        if rows and line.unknown is None:
            out.append(
                f"\n{t['staffing.range']}:\n\n"
                + md_table(header, rows, right=range(1, len(header)))
            )
        out.append("\n")
    return "".join(out)


def _row(line: LineBalance, year: FlowYear, report: StaffingReport) -> dict[str, Any]:
    why = year.unknown or line.unknown
    return {
        "part": "bemanning",
        "line": line.id,
        "unit": line.unit,
        "competence": line.competence,
        "year": year.year,
        **{k: _exact(getattr(year, k)) for k in FLOW},
        "unknown": why.reason.value if why is not None else None,
        "illustrative": line.illustrative,
        "scenario": report.scenario,
    }


def staffing_json_rows(report: StaffingReport) -> list[dict[str, Any]]:
    """One row per line and year for `--format json`: the csv columns, then why a figure is
    unknown (driver and year), the line's snapshot year and base, the drivers' values used, and
    the demand under every alternative."""
    return [staffing_json_row(line, year, report) for line in report.lines for year in line.years]


def staffing_json_row(line: LineBalance, year: FlowYear, report: StaffingReport) -> dict[str, Any]:
    """One line's year for `--format json` (`staffing_json_rows`)."""
    why = year.unknown or line.unknown
    values = _FLOWS(year)
    demand = year.demand_by_scenario
    if _finite(values) and _finite(demand.values()):
        by_scenario = dict(demand)
    else:
        values = tuple(map(_exact, values))
        by_scenario = {k: _exact(v) for k, v in demand.items()}
    row: dict[str, Any] = {
        "part": "bemanning",
        "line": line.id,
        "unit": line.unit,
        "competence": line.competence,
        "year": year.year,
        **dict(zip(FLOW, values, strict=True)),
        "unknown": why.reason.value if why is not None else None,
        "illustrative": line.illustrative,
        "scenario": report.scenario,
        "unknown_driver": why.driver if why is not None else None,
        "unknown_year": why.year if why is not None else None,
        "title": line.title,
        "norm": line.norm,
        "snapshot_year": line.snapshot_year,
        "base": _exact(line.base),
    }
    years = (year.year, year.year - 1, line.snapshot_year)
    row["drivers"] = [
        {"driver": d.driver, "year": d.year, "value": d.value}
        for d in line.drivers
        if d.year in years
    ]
    row["demand_by_scenario"] = by_scenario
    row["actions"] = [
        {"action": e.action, "competence": e.competence, "unit": e.unit, "fte": e.fte}
        for e in year.actions
    ]
    return row


_FLOWS = attrgetter(*FLOW)


def _finite(values: Iterable[float | None]) -> bool:
    """Every figure is finite or unknown (None), so `_exact` keeps each as it is: told by one
    sum, which an infinite or NaN figure leaves infinite or NaN (a sum that merely overflows
    says False: the careful way, never a wrong one)."""
    try:
        total = sum(filter(None, values), 0.0)
        return bool(total - total == 0.0)
    except (TypeError, ArithmeticError):
        return False


def staffing_csv_rows(report: StaffingReport) -> list[dict[str, Any]]:
    """One row per line and year, with the `STAFFING_COLUMNS`."""
    return [_row(line, year, report) for line in report.lines for year in line.years]


def staffing_csv_columns(report: StaffingReport) -> dict[str, list[Any]]:
    """The `staffing_csv_rows` column by column (by key), without a dict per row; a column of
    figures that are all finite or unknown is kept as it is (`_finite`), as `_exact` would."""
    owners = [line for line in report.lines for _ in line.years]
    years = [year for line in report.lines for year in line.years]
    n = len(years)
    out: dict[str, list[Any]] = {
        "part": ["bemanning"] * n,
        "line": list(map(attrgetter("id"), owners)),
        "unit": list(map(attrgetter("unit"), owners)),
        "competence": list(map(attrgetter("competence"), owners)),
        "year": list(map(attrgetter("year"), years)),
    }
    for key in FLOW:
        values = list(map(attrgetter(key), years))
        out[key] = values if _finite(values) else list(map(_exact, values))
    whys = [year.unknown or line.unknown for year, line in zip(years, owners, strict=True)]
    out["unknown"] = [None if why is None else why.reason.value for why in whys]
    out["illustrative"] = list(map(attrgetter("illustrative"), owners))
    out["scenario"] = [report.scenario] * n
    return out
