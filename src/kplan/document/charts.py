"""Charts: inline SVG for HTML (no JavaScript, no network) and Mermaid for Markdown.

Each chart carries its title, a description and the figures as a table, so a screen reader
(and a reader of the printed page) gets the same information as someone looking at the picture.
User text in SVG is escaped (`_x`); in Mermaid it goes through `mermaid_label` alone. Every text
stays inside the picture (`charttext`): a long name is shortened there and whole in the table.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from kplan.document.chartbase import (
    LIMIT,
    WIDTH,
    Chart,
    _categories,
    _drawn,
    _id,
    _md_keys,
    _svg,
    _ticks,
    _unit_label,
    _value_axis,
    _x,
)
from kplan.document.charttext import PALETTE, TEXT, fit, legend, text_width
from kplan.document.mermaid import KEYS, XY, gantt_task, mermaid_label, mermaid_xy
from kplan.document.timeline import timeline_chart
from kplan.present.fmt import number

__all__ = [
    "LIMIT",
    "PALETTE",
    "TEXT",
    "Chart",
    "bar_chart",
    "gantt_task",
    "mermaid_label",
    "mix_chart",
    "timeline_chart",
]

MAX_SERIES = 8


def bar_chart(
    title: str,
    desc: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    unit: str,
    *,
    cells: Sequence[Sequence[str]] | None = None,
    marks: Sequence[Sequence[str]] | None = None,
    figures: str = "",
    md_table: bool = False,
) -> Chart:
    """Grouped bars: one group per category (year), one bar per series (unit); negative
    figures (grants above cost) go below the zero line. The series are never added up: every
    bar is one series' own figure, in `unit`. A None is not drawn (unknown, or not a shortfall);
    `cells` gives the table's words per series and category (the figures when not given), and
    `marks` a word written where a bar is not drawn («ukjent», «over måltall»). Markdown
    shows the table under the chart with several series, when Mermaid left a figure out, or
    with `md_table` (Mermaid names no series: one unit's chart needs its name)."""
    all_drawn = [(name, [None if v is None else _drawn(v) for v in vals]) for name, vals in series]
    kept = list(range(len(all_drawn)))
    if len(kept) > MAX_SERIES:
        kept = sorted(kept, key=lambda i: -math.fsum(abs(v or 0.0) for v in all_drawn[i][1]))
        kept = sorted(kept[:MAX_SERIES])
    drawn = [all_drawn[i] for i in kept]
    ident = _id(title, categories, drawn)
    width, top_pad, plot_h = WIDTH, 24, 236
    figures_drawn = [v for _, vals in drawn for v in vals if v is not None]
    ticks = _ticks(min([*figures_drawn, 0.0]), max([*figures_drawn, 0.0]))
    left = _value_axis(ticks)
    plot_w = width - left - 20
    scale = plot_h / (ticks[-1] - ticks[0])

    def y_of(value: float) -> float:
        return top_pad + plot_h - (value - ticks[0]) * scale

    body = [_unit_label(unit)]
    for tick in ticks:
        y = y_of(tick)
        body.append(
            f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c8c8c8"/>'
        )
        body.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}">'
            f"{_x(number(tick))}</text>"
        )
    group_w = plot_w / max(1, len(categories))
    bar_w = max(2.0, (group_w * 0.8) / max(1, len(drawn)))
    zero = y_of(0.0)
    for ci, cat in enumerate(categories):
        x0 = left + ci * group_w + group_w * 0.1
        for si, (name, values) in enumerate(drawn):
            v = values[ci] if ci < len(values) else None
            if v is None:
                mark = _at(marks, kept[si], ci) if marks else ""
                if mark and bar_w >= 10:
                    x, y = x0 + si * bar_w + bar_w / 2 + 3, zero - 4
                    body.append(
                        f'<text x="{x:.1f}" y="{y:.1f}" transform="rotate(-90 {x:.1f} {y:.1f})" '
                        f'font-size="10" fill="{TEXT}">{_x(fit(mark, zero - top_pad - 8, 10))}</text>'
                    )
                continue
            y = min(zero, y_of(v))
            body.append(
                f'<rect x="{x0 + si * bar_w:.1f}" y="{y:.1f}" '
                f'width="{bar_w:.1f}" height="{abs(v) * scale:.1f}" '
                f'fill="{PALETTE[si % len(PALETTE)]}">'
                f"<title>{_x(name)} {_x(cat)}: {_x(number(v))} {_x(unit)}</title></rect>"
            )
    centres = [left + (ci + 0.5) * group_w for ci in range(len(categories))]
    body += _categories(categories, centres, group_w, top_pad + plot_h + 16)
    keys, bottom = legend(
        [(name, PALETTE[si % len(PALETTE)]) for si, (name, _) in enumerate(drawn)],
        left,
        width - 8,
        top_pad + plot_h + 24,
    )
    body += keys
    header = (unit, *categories)
    words = cells or [[number(v) if v is not None else "" for v in vals] for _, vals in series]
    rows = tuple((name, *w) for (name, _), w in zip(series, words, strict=True))
    xy = mermaid_xy(title, categories, unit, [all_drawn[i] for i in kept])
    xy = XY(xy.source, tuple(kept[i] for i in xy.kept), xy.complete and len(kept) == len(series))
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, bottom + 4, body),
        xy.source,
        header,
        rows,
        figures,
        md_table=md_table or len(series) > 1 or not xy.complete,
        md_keys=_md_keys(xy, len(rows)),
        omitted=len(series) - len(kept),
    )


def _at(table: Sequence[Sequence[str]], row: int, col: int) -> str:
    return table[row][col] if row < len(table) and col < len(table[row]) else ""


def mix_chart(
    title: str,
    desc: str,
    labels: list[str],
    actual: list[float],
    target: list[float],
    legend_names: tuple[str, str],
    *,
    figures: str = "",
) -> Chart:
    """Paired horizontal bars: the share of actions in each learning form beside the model.
    Mermaid draws the same comparison: the shares as bars, the model as a line."""
    ident = _id(title, labels, actual, target)
    width, row_h, top_pad = WIDTH, 46, 10
    left = min(260, max([text_width(label) for label in labels] or [0.0]) + 14)
    plot_w = width - left - 60
    body = []
    for i, label in enumerate(labels):
        y = top_pad + i * row_h
        body.append(
            f'<text x="{left - 6:.1f}" y="{y + 20}" text-anchor="end" fill="{TEXT}">'
            f"{_x(fit(label, left - 14))}</text>"
        )
        for j, (value, colour) in enumerate(((actual[i], PALETTE[0]), (target[i], PALETTE[1]))):
            share = max(0.0, min(100.0, _drawn(value)))
            w = share / 100 * plot_w
            yy = y + 4 + j * 18
            body.append(
                f'<rect x="{left:.1f}" y="{yy}" width="{w:.1f}" height="14" fill="{colour}"/>'
            )
            body.append(
                f'<text x="{left + w + 4:.1f}" y="{yy + 11}" fill="{TEXT}">'
                f"{_x(number(_drawn(value), 0))} %</text>"
            )
    keys, bottom = legend(
        list(zip(legend_names, PALETTE[:2], strict=True)),
        left,
        width - 8,
        top_pad + row_h * len(labels),
    )
    body += keys
    shares = [[max(0.0, min(100.0, _drawn(v))) for v in vals] for vals in (actual, target)]
    xy = mermaid_xy(
        title,
        labels,
        "%",
        list(zip(legend_names, shares, strict=True)),
        kinds=("bar", "line"),
        top=100,
    )
    header = ("%", *legend_names)
    rows = tuple(
        (label, f"{number(a, 0)} %", f"{number(b, 0)} %")
        for label, a, b in zip(labels, actual, target, strict=True)
    )
    svg = _svg(ident, title, desc, width, bottom + 4, body)
    md_header = ("%", *(f"{k} {n}" for k, n in zip(KEYS, legend_names, strict=False)))
    return Chart(
        title,
        desc,
        svg,
        xy.source,
        header,
        rows,
        figures,
        md_table=bool(xy.source),
        md_header=md_header if xy.source else (),
    )
