"""A line chart for the plan document: figures over the years, with an optional band (the
range between the lowest and highest alternative), as inline SVG and Mermaid.

Like `charts`, every chart carries its figures as a table; a None is not drawn (the line
breaks there, the table says «ukjent»), never drawn as 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kplan.document.chartbase import (
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
from kplan.document.charttext import PALETTE, TEXT, legend
from kplan.document.mermaid import mermaid_xy
from kplan.present.fmt import number

Values = Sequence[float | None]
BAND = "#d6e2ef"


@dataclass(frozen=True)
class Band:
    """A shaded range behind the lines, e.g. the need from the lowest to the highest
    alternative; its table rows are named `low_name` and `high_name`."""

    name: str
    low: Values
    high: Values
    low_name: str
    high_name: str


def _runs(points: list[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The unbroken stretches of a line: a None ends one."""
    runs: list[list[tuple[float, float]]] = [[]]
    for p in points:
        if p is None:
            runs.append([])
        else:
            runs[-1].append(p)
    return [r for r in runs if r]


def line_chart(
    title: str,
    desc: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Values]],
    unit: str,
    *,
    band: Band | None = None,
    cells: Sequence[Sequence[str]] | None = None,
    figures: str = "",
    md_table: bool = True,
    md_kinds: Sequence[str] = (),
    md_description: str = "",
) -> Chart:
    """One line per series over the categories (years), on one axis in `unit`; `band` is
    drawn as a shaded area behind the lines. `cells` gives the
    table's words per series (then per band row), the figures when not given. Without
    `md_table` Markdown shows no table under the chart (one with the figures follows it).
    Mermaid draws the series alone (`md_kinds`: "bar" or "line" each; it cannot shade a band),
    under `md_description` when that differs from `desc`."""
    lines = [(name, [None if v is None else _drawn(v) for v in vals]) for name, vals in series]
    low = [None if v is None else _drawn(v) for v in band.low] if band else []
    high = [None if v is None else _drawn(v) for v in band.high] if band else []
    ident = _id(title, categories, lines, low, high)
    width, top_pad, plot_h = WIDTH, 24, 236
    known = [v for _, vals in lines for v in vals if v is not None]
    known += [v for v in (*low, *high) if v is not None]
    ticks = _ticks(min([*known, 0.0]), max([*known, 0.0]))
    left = _value_axis(ticks)
    plot_w = width - left - 20
    scale = plot_h / (ticks[-1] - ticks[0])
    step = plot_w / max(1, len(categories))

    def at(i: int, value: float) -> tuple[float, float]:
        return left + step * (i + 0.5), top_pad + plot_h - (value - ticks[0]) * scale

    body = [_unit_label(unit)]
    for tick in ticks:
        _, y = at(0, tick)
        body.append(
            f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c8c8c8"/>'
        )
        body.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}">'
            f"{_x(number(tick))}</text>"
        )
    if band:
        spans: list[list[int]] = [[]]
        for i, (lo, hi) in enumerate(zip(low, high, strict=False)):
            if lo is None or hi is None:
                spans.append([])
            else:
                spans[-1].append(i)
        for idx in (s for s in spans if s):
            top = [at(i, high[i] or 0.0) for i in idx]
            under = [at(i, low[i] or 0.0) for i in reversed(idx)]
            pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in top + under)
            body.append(
                f'<polygon points="{pts}" fill="{BAND}" stroke="{PALETTE[0]}" '
                f'stroke-dasharray="3 3"><title>{_x(band.name)}</title></polygon>'
            )
    for si, (name, values) in enumerate(lines):
        colour = PALETTE[si % len(PALETTE)]
        points = [at(i, v) if v is not None else None for i, v in enumerate(values)]
        for run in _runs(points):
            pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            body.append(
                f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2.5"'
                + (' stroke-dasharray="6 4"' if si % 2 else "")
                + "/>"
            )
        for i, v in enumerate(values):
            if v is None:
                continue
            x, y = at(i, v)
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}">'
                f"<title>{_x(name)} {_x(categories[i])}: {_x(number(v))} {_x(unit)}</title>"
                "</circle>"
            )
    body += _categories(
        categories, [at(i, 0.0)[0] for i in range(len(categories))], step, top_pad + plot_h + 16
    )
    keys = [(name, PALETTE[si % len(PALETTE)]) for si, (name, _) in enumerate(lines)]
    key_svg, bottom = legend(
        [*keys, *([(band.name, BAND, PALETTE[0])] if band else [])],
        left,
        width - 8,
        top_pad + plot_h + 24,
    )
    body += key_svg
    table = [*series, *((band.low_name, band.low), (band.high_name, band.high))] if band else series
    words = cells or [[number(v) if v is not None else "" for v in vals] for _, vals in table]
    rows = tuple((name, *w) for (name, _), w in zip(table, words, strict=True))
    xy = mermaid_xy(title, categories, unit, lines, md_kinds or ["line"] * len(lines))
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, bottom + 4, body),
        xy.source,
        (unit, *categories),
        rows,
        figures,
        md_table=md_table or (bool(xy.source) and not xy.complete),
        md_keys=_md_keys(xy, len(rows)),
        md_description=md_description,
    )
