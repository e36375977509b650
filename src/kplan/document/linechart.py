"""A line chart for the plan document: figures over the years, with an optional band (the
range between the lowest and highest alternative), as inline SVG and Mermaid.

Like `charts`, every chart carries its figures as a table; a None is not drawn (the line
breaks there, the table says «ukjent»), never drawn as 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kplan.document.charts import (
    PALETTE,
    TEXT,
    Chart,
    _drawn,
    _id,
    _mermaid_xy,
    _svg,
    _ticks,
    _unit_label,
    _x,
)
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


def _keys(keys: list[tuple[str, str]], height: int, left: int = 70) -> list[str]:
    """The legend: two keys a row, wide enough for «Bemanning uten rekruttering»."""
    body = []
    for i, (name, colour) in enumerate(keys):
        x, y = left + (i % 2) * 300, height - 30 + (i // 2) * 14
        body.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        label = name if len(name) <= 44 else name[:43] + "…"
        body.append(f'<text x="{x + 14}" y="{y}" fill="{TEXT}">{_x(label)}</text>')
    return body


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
) -> Chart:
    """One line per series over the categories (years), on one axis in `unit`; `band` is
    drawn as a shaded area behind the lines. `cells` gives the
    table's words per series (then per band row), the figures when not given. Without
    `md_table` Markdown shows no table under the chart (one with the figures follows it)."""
    lines = [(name, [None if v is None else _drawn(v) for v in vals]) for name, vals in series]
    low = [None if v is None else _drawn(v) for v in band.low] if band else []
    high = [None if v is None else _drawn(v) for v in band.high] if band else []
    ident = _id(title, categories, lines, low, high)
    width, height, left, bottom, top_pad = 680, 320, 70, 60, 24
    plot_w, plot_h = width - left - 20, height - bottom - top_pad
    known = [v for _, vals in lines for v in vals if v is not None]
    known += [v for v in (*low, *high) if v is not None]
    ticks = _ticks(min([*known, 0.0]), max([*known, 0.0]))
    scale = plot_h / (ticks[-1] - ticks[0])
    step = plot_w / max(1, len(categories))

    def at(i: int, value: float) -> tuple[float, float]:
        return left + step * (i + 0.5), top_pad + plot_h - (value - ticks[0]) * scale

    body = [_unit_label(unit, 8)]
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
    for i, cat in enumerate(categories):
        x, _ = at(i, 0.0)
        body.append(
            f'<text x="{x:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle" '
            f'fill="{TEXT}">{_x(cat[:12])}</text>'
        )
    keys = [(name, PALETTE[si % len(PALETTE)]) for si, (name, _) in enumerate(lines)]
    body += _keys([*keys, *([(band.name, BAND)] if band else [])], height)
    table = [*series, *((band.low_name, band.low), (band.high_name, band.high))] if band else series
    words = cells or [[number(v) if v is not None else "" for v in vals] for _, vals in table]
    rows = tuple((name, *w) for (name, _), w in zip(table, words, strict=True))
    drawn_all = [*lines, *([(band.low_name, low), (band.high_name, high)] if band else [])]
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, height, body),
        _mermaid_xy(title, categories, unit, drawn_all, "line"),
        (unit, *categories),
        rows,
        figures,
        md_table=md_table,
    )
