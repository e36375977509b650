"""The staffing chapter (bemanning, KS step 5 part 1): per staffing line the flow from the
need a year before to what is still open after the actions, and a chart of the need against
the staff left without recruitment.

Everything here is årsverk; an unknown figure is «ukjent», never 0, and a surplus has a row of
its own (it is not a negative shortfall). When the drivers carry several alternatives, the
chart shades the range of the need from the lowest to the highest.
"""

from __future__ import annotations

from collections.abc import Callable

from kplan.analysis.staffing import FlowYear, LineBalance, StaffingReport, Unknown
from kplan.document.linechart import Band, line_chart
from kplan.document.view.analysis_tables import word
from kplan.document.view.model import (
    Block,
    Context,
    Inline,
    Section,
    mark_rows,
    marked,
    para,
    table,
)
from kplan.plan.model import StaffingLine
from kplan.present.fmt import number

EPS = 1e-9

Field = Callable[[FlowYear], float | None]

FLOW: tuple[tuple[str, Field], ...] = (
    ("staffing_demand", lambda f: f.demand),
    ("staffing_supply", lambda f: f.supply),
    ("staffing_start", lambda f: f.start),
    ("staffing_retirements", lambda f: f.retirements),
    ("staffing_turnover", lambda f: f.turnover),
    ("staffing_growth", lambda f: f.growth),
    ("staffing_to_recruit", lambda f: f.to_recruit),
    ("staffing_planned", lambda f: f.planned),
    ("staffing_still_open", lambda f: f.still_open),
)
CUMULATIVE: tuple[tuple[str, Field], ...] = (
    ("staffing_cum_recruit", lambda f: f.cumulative_to_recruit),
    ("staffing_cum_planned", lambda f: f.cumulative_planned),
    ("staffing_cum_open", lambda f: f.cumulative_still_open),
)


MAX_LINES = 24
"""Lines shown year by year with a chart; the overview table shows every line (a large
kommune has hundreds, and a document of hundreds of charts is read by nobody)."""


def staffing(c: Context) -> Section | None:
    """The staffing chapter; None when the plan has no staffing lines."""
    report = c.results.staffing
    if report is None or not report.lines:
        return None
    t = c.t
    blocks = para(t["staffing_intro"])
    if len(report.lines) > 1:
        blocks += _overview(c, report)
    if len(report.lines) > MAX_LINES:
        blocks += para(t("staffing_more", shown=MAX_LINES, total=len(report.lines)))
    subs = tuple(_line(c, report, line) for line in report.lines[:MAX_LINES])
    return Section("bemanning", t["staffing"], tuple(blocks), subs)


def _overview(c: Context, report: StaffingReport) -> list[Block]:
    """One row per line: the need in the first and last year, and what is to recruit, planned
    and still open over the years, summed (unknown when a year is)."""
    t = c.t
    first, last = (str(report.years[0]), str(report.years[-1])) if report.years else ("", "")
    rows: list[list[Inline]] = []
    for line in report.lines:
        start = line.years[0] if line.years else None
        end = line.years[-1] if line.years else None
        rows.append(
            [
                _name(c, line, mark=False),
                _cell(c, start.demand if start else None),
                _cell(c, end.demand if end else None),
                _cell(c, end.cumulative_to_recruit if end else None),
                _cell(c, end.cumulative_planned if end else None),
                _cell(c, end.cumulative_still_open if end else None),
            ]
        )
    header = [
        t["staffing_line"],
        t("staffing_demand_in", year=first),
        t("staffing_demand_in", year=last),
        t["staffing_cum_recruit"],
        t["staffing_cum_planned"],
        t["staffing_cum_open"],
    ]
    header, rows = mark_rows(t, header, rows, [line.illustrative for line in report.lines])
    return table(
        t("staffing_overview", first=first, last=last), header, rows, numeric={1, 2, 3, 4, 5}
    )


def _name(c: Context, line: LineBalance, mark: bool = True) -> str:
    name = line.title or (
        f"{c.unit(line.unit)}, "
        + (c.competence(line.competence) if line.competence else c.t["staffing_all"])
    )
    return marked(c.t, name, line.illustrative and mark)


def why(c: Context, unknown: Unknown) -> str:
    """Why a figure is unknown, in words."""
    driver = c.drivers.get(unknown.driver or "", unknown.driver or "")
    return c.t(f"staffing_why_{unknown.reason.value}", driver=driver, year=unknown.year or "")


def _cell(c: Context, value: float | None) -> str:
    return c.t["unknown"] if value is None else number(value)


def _range(report: StaffingReport, f: FlowYear) -> tuple[float | None, float | None]:
    """The lowest and highest need across the alternatives; unknown if any is."""
    values = [f.demand_by_scenario.get(code) for code in report.alternatives]
    known = [v for v in values if v is not None]
    if not known or len(known) < len(values):
        return None, None
    return min(known), max(known)


def _terms(c: Context, line: StaffingLine) -> list[str]:
    """What the line's need follows, each driver with the weight and coverage the plan sets."""
    t = c.t
    drivers = c.drivers
    out = []
    for term in line.demand:
        notes = []
        if "weight" in term.model_fields_set:
            notes.append(f"{word(t, 'weight')} {number(term.weight)}")
        if "coverage_percent" in term.model_fields_set:
            notes.append(f"{word(t, 'coverage')} {number(term.coverage_percent)} %")
        name = drivers.get(term.driver, term.driver)
        out.append(f"{name} ({', '.join(notes)})" if notes else name)
    return out


def _line(c: Context, report: StaffingReport, line: LineBalance) -> Section:
    t = c.t
    name = _name(c, line)
    blocks: list[Block] = []
    plan_line = next((s for s in c.plan.staffing if s.id == line.id), None)
    if line.norm:
        blocks += para(t("staffing_norm", norm=c.requirements.get(line.norm, line.norm)))
    if plan_line is not None and plan_line.demand:
        blocks += para(word(t, "staffing_follows", terms="; ".join(_terms(c, plan_line))))
    if plan_line is not None and plan_line.source:
        blocks += para(t("staffing_source", source=plan_line.source))
    if line.unknown is not None:
        blocks += para(t("staffing_unknown_line", why=why(c, line.unknown)))
        return Section(line.id, name, tuple(blocks))
    flow = line.years
    years = [str(f.year) for f in flow]
    low, high = zip(*(_range(report, f) for f in flow), strict=True) if flow else ((), ())
    # a range only where the alternatives differ: a line whose drivers have none shows none
    ranged = any(
        lo is not None and hi is not None and hi - lo > EPS
        for lo, hi in zip(low, high, strict=True)
    )
    series = [
        (t["staffing_demand"], [f.demand for f in flow]),
        (t["staffing_supply"], [f.supply for f in flow]),
    ]
    band_name = t("staffing_range", codes=", ".join(report.alternatives))
    band = None
    if ranged:
        lowest, highest = (
            f"{t['staffing_demand']}, {t[k]}" for k in ("staffing_lowest", "staffing_highest")
        )
        band = Band(t["staffing_range_short"], low, high, lowest, highest)
    shown = [*series, *([(band_name, low), (band_name, high)] if band else [])]
    chart = line_chart(
        t("staffing_chart", line=name),
        t["staffing_chart_desc"] + (t["staffing_chart_band"] if band else ""),
        years,
        series,
        t["fte"],
        band=band,
        cells=[[_cell(c, v) for v in vals] for _, vals in shown],
        figures=t["data_table"],
        md_table=False,  # the flow table under the chart has the same figures
        # Mermaid has no legend and no shading: the need as bars, the staff as a line
        md_kinds=("bar", "line"),
        md_description=t["chart.staffing_md"] + (t["chart.staffing_md_band"] if band else ""),
    )
    blocks.append(Block("chart", chart=chart))
    rows: list[list[Inline]] = [
        [t[key], *(_cell(c, get(f)) for f in flow)] for key, get in FLOW + CUMULATIVE
    ]
    if any((f.surplus or 0.0) > EPS for f in flow):
        rows.insert(7, [t["staffing_surplus"], *(_cell(c, f.surplus) for f in flow)])
    if ranged:
        rows.insert(
            1,
            [
                band_name,
                *(
                    t["unknown"] if lo is None or hi is None else f"{number(lo)}–{number(hi)}"
                    for lo, hi in zip(low, high, strict=True)
                ),
            ],
        )
    blocks += table(
        t["staffing_flow"], [t["fte"], *years], rows, numeric=set(range(1, 1 + len(years)))
    )
    blocks += _unknown_years(c, flow)
    return Section(line.id, name, tuple(blocks))


def _unknown_years(c: Context, flow: tuple[FlowYear, ...]) -> list[Block]:
    """One note per reason a year is unknown, naming the years."""
    by_why: dict[Unknown, list[str]] = {}
    for f in flow:
        if f.unknown is not None:
            by_why.setdefault(f.unknown, []).append(str(f.year))
    return [
        b
        for unknown, years in by_why.items()
        for b in para(c.t("staffing_unknown_years", years=", ".join(years), why=why(c, unknown)))
    ]
