"""What every chart shares: the `Chart` (SVG, Mermaid and the figures as a table), the SVG
frame with its title and description, the value axis and the category labels.
Figures may come from an analysis that overflowed: non-finite values draw as zero and huge
ones are clamped, so the SVG always holds plain numbers (the table shows the real figures).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from kplan.document.charttext import TEXT, fit, svg_text, text_width
from kplan.document.mermaid import KEYS, XY
from kplan.present.fmt import number

LIMIT = 1e15
"""Figures beyond this draw at this size (a picture cannot show more; the table does)."""
WIDTH = 680


@dataclass(frozen=True)
class Chart:
    """One chart in both forms (SVG for HTML, Mermaid for Markdown) with its figures as a table."""

    title: str
    description: str
    svg: Markup
    mermaid: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    figures: str = ""
    """The heading of the figures' table («Tallene i figuren»); empty: the title alone."""
    md_table: bool = False
    """Markdown shows the table under the Mermaid chart too: Mermaid has no legend, so a chart
    of several series, or one that left a figure out, cannot be read without it."""
    md_keys: tuple[str, ...] = ()
    """Per table row, the colour square of its series in the Mermaid chart («» when not drawn)."""
    md_header: tuple[str, ...] = ()
    """The table's header in Markdown when its columns are the Mermaid chart's series: each
    with its colour square."""
    md_description: str = ""
    """The caption under the Mermaid chart when it draws differently from the SVG."""
    notes: tuple[str, ...] = ()
    """Sentences under the chart: what is in the table but not in the picture, and why."""
    omitted: int = 0
    """Series (or actions) in the table that the picture leaves out for room."""


def _id(*parts: object) -> str:
    return "c" + hashlib.sha1(repr(parts).encode()).hexdigest()[:10]


def _x(text: object) -> Markup:
    """Text for SVG: escaped, control characters made visible (they are not allowed in XML)."""
    return Markup(svg_text(str(text)))


def _drawn(value: float) -> float:
    """A figure as it can be drawn: finite, within ±LIMIT."""
    try:
        v = float(value)
    except (OverflowError, TypeError, ValueError):
        return LIMIT if isinstance(value, int) and value > 0 else 0.0
    if math.isnan(v):
        return 0.0
    return max(-LIMIT, min(LIMIT, v))


def _svg(ident: str, title: str, desc: str, width: int, height: float, body: list[str]) -> Markup:
    h = math.ceil(height)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {h}" '
        f'width="{width}" height="{h}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'font-family="sans-serif" font-size="12">'
        f'<title id="{ident}-t">{_x(title)}</title><desc id="{ident}-d">{_x(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _ticks(lo: float, hi: float) -> list[float]:
    """Round ticks from at or below lo (<= 0) to at or above hi (>= 0)."""
    span = hi - lo
    if span <= 0:
        return [0.0, 1.0]
    # a tick is labelled with two decimals (`number`): a step finer than 0.01, or 0.025, would
    # put «0» or «0,03» where the line stands at 0.001 or 0.025
    raw = max(span / 4, 0.01)
    mag = 10 ** math.floor(math.log10(raw))
    factors = (1, 2, 5, 10) if mag < 0.05 else (1, 2, 2.5, 5, 10)
    step = next(m * mag for m in factors if m * mag >= raw)
    first = math.floor(lo / step)
    last = math.ceil(hi / step)
    return [i * step for i in range(first, last + 1)]


def _unit_label(unit: str, width: int = WIDTH) -> str:
    """The unit of the value axis, written above it (a reader must see årsverk from personer)."""
    return f'<text x="8" y="12" fill="{TEXT}">{_x(fit(unit, width - 16))}</text>'


def _value_axis(ticks: list[float]) -> int:
    """The left margin: room for the widest tick label."""
    return max(40, math.ceil(max(text_width(number(t)) for t in ticks)) + 14)


def _categories(
    categories: Sequence[str], x_of: Sequence[float], room: float, y: float
) -> list[str]:
    """The category (year) labels under the plot: each fitted to its room; when a year does
    not fit, every n-th is labelled (the table has them all)."""
    widest = max([text_width(c) for c in categories] or [0.0])
    every = max(1, math.ceil(min(widest, 60.0) / max(room, 1.0)))
    width = max(room * every - 4, 1.0)
    return [
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" fill="{TEXT}">'
        f"{_x(fit(cat, width))}</text>"
        for i, (cat, x) in enumerate(zip(categories, x_of, strict=False))
        if i % every == 0
    ]


def _md_keys(xy: XY, rows: int) -> tuple[str, ...]:
    """The colour square for each table row whose series Mermaid drew (several series)."""
    if len(xy.kept) < 2:
        return ()
    keys = [""] * rows
    for pos, i in enumerate(xy.kept):
        if i < rows:
            keys[i] = KEYS[pos % len(KEYS)]
    return tuple(keys)
