"""The action timeline: one bar per action across the plan period, as SVG and a Mermaid Gantt.

The time axis spans the whole plan period (and any action reaching outside it), a line on
every year's 1 January. A name is wrapped to two lines beside its bar, shortened past that;
the table beside the chart has every action, whole, also those the picture has no room for.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from kplan.document.chartbase import WIDTH, Chart, _id, _svg, _x
from kplan.document.charttext import PALETTE, TEXT, fit, text_width, wrap
from kplan.document.mermaid import gantt_task, mermaid_label

MAX_SPANS = 40
MAX_YEAR_LINES = 30
Span = tuple[str, dt.date, dt.date]


_ROUND = (1, 2, 5, 10, 20, 25, 50, 100)


def _round(need: float) -> int:
    """The smallest round step (1, 2, 5, 10, 20...) of at least `need` years."""
    return next((r for r in _ROUND if r >= need), max(1, math.ceil(need)))


def _year_lines(start: dt.date, end: dt.date) -> list[int]:
    """The years whose 1 January gets a line: every year, or in a long period every n-th
    round year (1920, 1940...), since a line at 1933 reads as a date that matters."""
    first = start.year + (0 if (start.month, start.day) == (1, 1) else 1)
    step = _round((end.year - first + 1) / MAX_YEAR_LINES)
    first = -(-first // step) * step
    return list(range(first, end.year + 1, step))


def _gantt(
    title: str, shown: Sequence[Span], first: dt.date, last: dt.date, period: str, section: str
) -> str:
    """Mermaid's end dates are exclusive: a period's last day is drawn by ending the day after.
    The plan period opens the chart, so the axis covers it as the SVG's does."""
    day = dt.timedelta(days=1)
    lines = ["gantt", f"    title {mermaid_label(title)}", "    dateFormat YYYY-MM-DD"]
    if period:
        lines += [
            f"    section {mermaid_label(period)}",
            f"    {gantt_task(period)} :p0, {first.isoformat()}, {(last + day).isoformat()}",
        ]
    lines.append("    section " + mermaid_label(section or title))
    for i, (name, s, e) in enumerate(shown):
        lines.append(f"    {gantt_task(name)} :t{i + 1}, {s.isoformat()}, {(e + day).isoformat()}")
    return "\n".join(lines)


def timeline_chart(
    title: str,
    desc: str,
    spans: list[Span],
    first: dt.date,
    last: dt.date,
    *,
    figures: str = "",
    header: tuple[str, str, str] = ("", "–", "–"),
    period: str = "",
) -> Chart:
    """One bar per action across the plan period (`first` to `last`), the first `MAX_SPANS`
    by start drawn; the table (`header`: action, from, to) lists them all. `period` names the
    plan period in the Gantt chart."""
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    shown = ordered[:MAX_SPANS]
    ident = _id(title, shown)
    start = min([first, *(s[1] for s in shown)])
    end = max([last, *(s[2] for s in shown)])
    days = max(1, (end - start).days + 1)
    width, left, top_pad = WIDTH, 230, 30
    plot_w = width - left - 20
    labels = [wrap(name, left - 12, 12, 2) for name, _, _ in shown]
    heights = [max(22, 15 * len(lines) + 8) for lines in labels]
    # actions reaching outside the plan period: the period is shaded and named at the foot
    outside = start < first or end > last
    height = top_pad + sum(heights) + (36 if outside else 20)
    body = []
    if outside:
        x1 = left + (first - start).days / days * plot_w
        x2 = left + ((last - start).days + 1) / days * plot_w
        body.append(
            f'<rect x="{x1:.1f}" y="{top_pad - 6}" width="{max(0.0, x2 - x1):.1f}" '
            f'height="{height - top_pad - 14:.1f}" fill="#e8eef5"/>'
        )
        if period:
            body.append(
                f'<text x="{x1 + 3:.1f}" y="{height - 4}" fill="{TEXT}">'
                f"{_x(fit(period, max(0.0, width - x1 - 5)))}</text>"
            )
    years = _year_lines(start, end) or [start.year]
    step = years[1] - years[0] if len(years) > 1 else 1
    per_line = plot_w * 365.25 / days * step
    # labels on round years too: every line, or every 2nd, 5th... (a multiple of the label step)
    label_step = step * _round(math.ceil((text_width("0000") + 8) / max(per_line, 1.0)))
    labelled = [y for y in years if y % label_step == 0] or years[:1]
    for year in years:
        x = left + max(0, (dt.date(year, 1, 1) - start).days) / days * plot_w
        body.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top_pad - 6}" y2="{height - 14}" stroke="#c8c8c8"/>'
        )
        if year in labelled and x + 3 + text_width(str(year)) <= width - 2:
            body.append(f'<text x="{x + 3:.1f}" y="{top_pad - 10}" fill="{TEXT}">{year}</text>')
    y = top_pad
    for (name, s, e), lines, row_h in zip(shown, labels, heights, strict=True):
        x1 = left + (s - start).days / days * plot_w
        x2 = left + ((e - start).days + 1) / days * plot_w
        first_y = y + row_h / 2 + 4 - 7.5 * (len(lines) - 1)
        # always two lines, the second maybe empty: the SVG's shape does not hang on the text
        tspans = "".join(
            f'<tspan x="{left - 6}" y="{first_y + 15 * i:.1f}">{_x(line)}</tspan>'
            for i, line in enumerate([*lines, ""][:2])
        )
        body.append(f'<text text-anchor="end" fill="{TEXT}">{tspans}</text>')
        body.append(
            f'<rect x="{x1:.1f}" y="{y + row_h / 2 - 7:.1f}" width="{max(2.0, x2 - x1):.1f}" '
            f'height="14" fill="{PALETTE[0]}">'
            f"<title>{_x(name)}: {s.isoformat()} – {e.isoformat()}</title></rect>"
        )
        y += row_h
    rows = tuple((name, s.isoformat(), e.isoformat()) for name, s, e in ordered)
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, height, body),
        _gantt(title, shown, first, last, period, header[0]),
        header,
        rows,
        figures,
        omitted=len(ordered) - len(shown),
    )
