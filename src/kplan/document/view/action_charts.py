"""The action chapters' charts: the timeline of the actions' periods and the net cost per
budget year, each across every year of the plan period.

An action without a period is named under the timeline, not dropped and not drawn as if it had
one; a plan year without a cost gets no bar (0 would claim a sum the plan does not give).
"""

from __future__ import annotations

from dataclasses import replace

from kplan.analysis.costs import CostRow
from kplan.document.charts import Chart, bar_chart, timeline_chart
from kplan.document.view.model import Block, Context
from kplan.plan.model import when_bounds
from kplan.present.fmt import nok


def timeline(c: Context) -> Block | None:
    """A chart of the actions' periods across the plan period; None when no action has one."""
    t, info = c.t, c.plan.plan.period
    first, last = when_bounds(info.start)[0], when_bounds(info.end)[1]
    spans = []
    undated = []
    for a in c.plan.actions:
        if a.period is None or a.period.start is None:
            undated.append(f"«{a.title}»")
            continue
        start = when_bounds(a.period.start)[0]
        # an open period runs on past the plan's end: the chart shows it to the end
        end = when_bounds(a.period.end)[1] if a.period.end else last
        spans.append((a.title, start, end))
    if not spans:
        return None
    chart = timeline_chart(
        t["timeline"],
        t["chart_timeline_desc"],
        spans,
        first,
        last,
        figures=t["data_table"],
        header=(t["action"], t["from"], t["to"]),
        period=t["chart.plan_period"],
    )
    notes = []
    if chart.omitted:
        notes.append(t("chart.more_spans", shown=len(spans) - chart.omitted, total=len(spans)))
    if undated:
        notes.append(t("chart.undated", actions=", ".join(undated)))
    return Block("chart", chart=replace(chart, notes=tuple(notes)))


def cost_blocks(c: Context, rows_by_year: tuple[CostRow, ...]) -> list[Block]:
    """The cost chart, or nothing when every net cost is 0 (grants cover it all): a chart of
    empty axes says nothing the table under it does not."""
    if not any(r.net for r in rows_by_year):
        return []
    return [Block("chart", chart=cost_chart(c, rows_by_year))]


def cost_chart(c: Context, rows_by_year: tuple[CostRow, ...]) -> Chart:
    """The net cost per budget year, every plan year on the axis (a year without a cost has
    no bar and says so in the table), then any year outside the period, then «no year»."""
    t, info = c.t, c.plan.plan.period
    net = {r.year: r.net for r in rows_by_year}
    plan_years = range(when_bounds(info.start)[0].year, when_bounds(info.end)[1].year + 1)
    years: list[int | None] = sorted({*plan_years, *(y for y in net if y is not None)})
    if None in net:
        years.append(None)
    values = [net.get(y) for y in years]
    return bar_chart(
        t["costs"],
        t["chart_costs_desc"],
        [str(y) if y is not None else t["no_year"] for y in years],
        [(t["net"], values)],
        "kr",
        cells=[[nok(v) if v is not None else t["chart.no_cost"] for v in values]],
        figures=t["data_table"],
    )
