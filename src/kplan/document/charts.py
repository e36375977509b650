"""Charts: inline SVG for HTML (no JavaScript, no network) and Mermaid for Markdown.

Each chart carries its title, a description and the figures as a table, so a screen reader
(and a reader of the printed page) gets the same information as someone looking at the picture.
User text in SVG is escaped here (`_x`); in Mermaid it goes through `mermaid_label` alone. Figures
may come from an analysis that overflowed: non-finite values draw as zero and huge ones are
clamped, so the SVG always holds plain numbers (the table shows the real figures).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from kplan.present.fmt import number
from kplan.present.markdown import one_line, visible

# dark enough for 3:1 against white (WCAG 1.4.11) and told apart by colour-blind readers
PALETTE = ("#1f4e79", "#b34700", "#2e6b30", "#7b2d8b", "#8a6d00", "#00606e", "#a3123a", "#4d4d4d")
TEXT = "#1a1a1a"
MAX_SERIES = 8
MAX_SPANS = 40
MAX_YEAR_LINES = 30
LIMIT = 1e15
"""Figures beyond this draw at this size (a picture cannot show more; the table does)."""


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
    of several series cannot be read without it."""


def _id(*parts: object) -> str:
    return "c" + hashlib.sha1(repr(parts).encode()).hexdigest()[:10]


def _x(text: object) -> Markup:
    """Text for SVG: escaped, control characters made visible (they are not allowed in XML)."""
    return escape(visible(text))


def _drawn(value: float) -> float:
    """A figure as it can be drawn: finite, within ±LIMIT."""
    try:
        v = float(value)
    except (OverflowError, TypeError, ValueError):
        return LIMIT if isinstance(value, int) and value > 0 else 0.0
    if math.isnan(v):
        return 0.0
    return max(-LIMIT, min(LIMIT, v))


def _svg(ident: str, title: str, desc: str, width: int, height: int, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'font-family="sans-serif" font-size="12">'
        f'<title id="{ident}-t">{_x(title)}</title><desc id="{ident}-d">{_x(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


# Mermaid reads more than it shows: `%%` comments and `%%{init}%%` directives anywhere, `#`
# comments and entities, `;` and `:` separators, `:::` classes, quotes, backticks (the fence),
# and keywords at the start of a line (`section`, `click`, `title`...). A label keeps letters,
# digits and a few marks, nothing else.
_MERMAID_DROP = re.compile(r"[^\w .,()/+\-%–«»]")


def mermaid_label(text: str, *, quoted: bool = False, limit: int = 60) -> str:
    """Plan text as a Mermaid label. Inside quotes `%` is kept; outside it would open a comment,
    so it becomes the full-width ％."""
    label = one_line(_MERMAID_DROP.sub(" ", one_line(text)))
    if not quoted:
        label = label.replace("%", "\uff05")
    return label[:limit].strip() or "-"


def gantt_task(text: str) -> str:
    """A Gantt task name: it opens with a bullet, so no word in it is read as a keyword
    (`section`, `click`, `title`, a date...), whatever Mermaid version adds."""
    return "\u2022 " + mermaid_label(text)


def _ticks(lo: float, hi: float) -> list[float]:
    """Round ticks from at or below lo (<= 0) to at or above hi (>= 0)."""
    span = hi - lo
    if span <= 0:
        return [0.0, 1.0]
    raw = span / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step)
    last = math.ceil(hi / step)
    return [i * step for i in range(first, last + 1)]


def _unit_label(unit: str, x: float) -> str:
    """The unit of the value axis, written above it (a reader must see årsverk from personer)."""
    return f'<text x="{x:.1f}" y="12" text-anchor="start" fill="{TEXT}">{_x(unit)}</text>'


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
) -> Chart:
    """Grouped bars: one group per category (year), one bar per series (unit); negative
    figures (grants above cost) go below the zero line. The series are never added up: every
    bar is one series' own figure, in `unit`. A None is not drawn (unknown, or not a shortfall);
    `cells` gives the table's words per series and category (the figures when not given), and
    `marks` a word written where a bar is not drawn («ukjent», «over måltall»)."""
    all_drawn = [(name, [None if v is None else _drawn(v) for v in vals]) for name, vals in series]
    kept = list(range(len(all_drawn)))
    if len(kept) > MAX_SERIES:
        kept = sorted(kept, key=lambda i: -math.fsum(abs(v or 0.0) for v in all_drawn[i][1]))
        kept = kept[:MAX_SERIES]
    drawn = [all_drawn[i] for i in kept]
    ident = _id(title, categories, drawn)
    width, height, left, bottom, top_pad = 680, 320, 70, 60, 24
    plot_w, plot_h = width - left - 20, height - bottom - top_pad
    figures_drawn = [v for _, vals in drawn for v in vals if v is not None]
    ticks = _ticks(min([*figures_drawn, 0.0]), max([*figures_drawn, 0.0]))
    scale = plot_h / (ticks[-1] - ticks[0])

    def y_of(value: float) -> float:
        return top_pad + plot_h - (value - ticks[0]) * scale

    body = [_unit_label(unit, 8)]
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
                if mark:
                    x, y = x0 + si * bar_w + bar_w / 2 + 3, zero - 4
                    body.append(
                        f'<text x="{x:.1f}" y="{y:.1f}" transform="rotate(-90 {x:.1f} {y:.1f})" '
                        f'font-size="10" fill="{TEXT}">{_x(mark[:24])}</text>'
                    )
                continue
            y = min(zero, y_of(v))
            body.append(
                f'<rect x="{x0 + si * bar_w:.1f}" y="{y:.1f}" '
                f'width="{bar_w:.1f}" height="{abs(v) * scale:.1f}" '
                f'fill="{PALETTE[si % len(PALETTE)]}">'
                f"<title>{_x(name)} {_x(cat)}: {_x(number(v))} {_x(unit)}</title></rect>"
            )
        body.append(
            f'<text x="{x0 + group_w * 0.4:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle" '
            f'fill="{TEXT}">{_x(cat[:12])}</text>'
        )
    body += _legend([name for name, _ in drawn], height)
    header = (unit, *categories)
    words = cells or [[number(v) if v is not None else "" for v in vals] for _, vals in series]
    rows = tuple((name, *w) for (name, _), w in zip(series, words, strict=True))
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, height, body),
        _mermaid_xy(title, categories, unit, drawn),
        header,
        rows,
        figures,
        md_table=len(series) > 1,
    )


def _at(table: Sequence[Sequence[str]], row: int, col: int) -> str:
    return table[row][col] if row < len(table) and col < len(table[row]) else ""


def _legend(names: list[str], height: int, left: int = 70) -> list[str]:
    body = []
    for si, name in enumerate(names):
        lx = left + (si % 4) * 150
        ly = height - 26 + (si // 4) * 14
        body.append(
            f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{PALETTE[si % len(PALETTE)]}"/>'
        )
        body.append(f'<text x="{lx + 14}" y="{ly}" fill="{TEXT}">{_x(name[:22])}</text>')
    return body


def _mermaid_xy(
    title: str,
    categories: Sequence[str],
    unit: str,
    series: Sequence[tuple[str, Sequence[float | None]]],
    kind: str = "",
) -> str:
    """An xychart: one series as bars, several as lines (Mermaid draws bars of several series
    over each other and has no legend; the table under it names them). Mermaid cannot leave a
    gap, and a 0 there would be false: a category no series has a value for is left out, then
    a series still missing a value. Empty when nothing is left to draw."""
    cols = [
        i
        for i in range(len(categories))
        if any(_at_value(vals, i) is not None for _, vals in series)
    ]
    whole = [
        [v for v in (_at_value(vals, i) for i in cols) if v is not None]
        for _, vals in series
        if all(_at_value(vals, i) is not None for i in cols)
    ]
    if not whole or not cols:
        return ""
    mark = kind or ("bar" if len(series) == 1 else "line")
    names = ", ".join(f'"{mermaid_label(categories[i], quoted=True)}"' for i in cols)
    lines = [
        "xychart-beta",
        f'    title "{mermaid_label(title, quoted=True)}"',
        f"    x-axis [{names}]",
        f'    y-axis "{mermaid_label(unit, quoted=True)}"',
    ]
    for vals in whole:
        lines.append(f"    {mark} [" + ", ".join(f"{v:.2f}" for v in vals) + "]")
    return "\n".join(lines)


def _at_value(values: Sequence[float | None], i: int) -> float | None:
    return values[i] if i < len(values) else None


def _year_lines(start: dt.date, end: dt.date) -> list[int]:
    """The years whose 1 January gets a line: every year, or every n-th in a long period."""
    first = start.year + (0 if (start.month, start.day) == (1, 1) else 1)
    step = max(1, math.ceil((end.year - first + 1) / MAX_YEAR_LINES))
    return list(range(first, end.year + 1, step))


def timeline_chart(
    title: str,
    desc: str,
    spans: list[tuple[str, dt.date, dt.date]],
    first: dt.date,
    last: dt.date,
    *,
    figures: str = "",
) -> Chart:
    """One bar per action across the plan period."""
    shown = sorted(spans, key=lambda s: (s[1], s[2]))[:MAX_SPANS]
    ident = _id(title, shown)
    start = min([first, *(s[1] for s in shown)])
    end = max([last, *(s[2] for s in shown)])
    days = max(1, (end - start).days)
    width, left, row_h, top_pad = 680, 230, 22, 30
    height = top_pad + row_h * len(shown) + 20
    plot_w = width - left - 20
    body = []
    for year in _year_lines(start, end):
        x = left + (dt.date(year, 1, 1) - start).days / days * plot_w
        body.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top_pad - 6}" y2="{height - 14}" stroke="#c8c8c8"/>'
        )
        body.append(f'<text x="{x + 3:.1f}" y="{top_pad - 10}" fill="{TEXT}">{year}</text>')
    for i, (name, s, e) in enumerate(shown):
        y = top_pad + i * row_h
        x1 = left + (s - start).days / days * plot_w
        x2 = left + ((e - start).days + 1) / days * plot_w
        label = name if len(name) <= 34 else name[:33] + "…"
        body.append(
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" fill="{TEXT}">{_x(label)}</text>'
        )
        body.append(
            f'<rect x="{x1:.1f}" y="{y + 4}" width="{max(2.0, x2 - x1):.1f}" height="{row_h - 8}" '
            f'fill="{PALETTE[0]}"><title>{_x(name)}: {s.isoformat()} – {e.isoformat()}</title></rect>'
        )
    lines = [
        "gantt",
        f"    title {mermaid_label(title)}",
        "    dateFormat YYYY-MM-DD",
        "    section " + mermaid_label(title),
    ]
    for i, (name, s, e) in enumerate(shown):
        lines.append(f"    {gantt_task(name)} :t{i + 1}, {s.isoformat()}, {e.isoformat()}")
    rows = tuple((name, s.isoformat(), e.isoformat()) for name, s, e in shown)
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, height, body),
        "\n".join(lines),
        ("", "–", "–"),
        rows,
        figures,
    )


def mix_chart(
    title: str,
    desc: str,
    labels: list[str],
    actual: list[float],
    target: list[float],
    legend: tuple[str, str],
    *,
    figures: str = "",
) -> Chart:
    """Paired horizontal bars: the share of actions in each learning form beside the model."""
    ident = _id(title, labels, actual, target)
    width, left, row_h, top_pad = 680, 190, 46, 10
    height = top_pad + row_h * len(labels) + 36
    plot_w = width - left - 60
    body = []
    for i, label in enumerate(labels):
        y = top_pad + i * row_h
        body.append(
            f'<text x="{left - 6}" y="{y + 20}" text-anchor="end" fill="{TEXT}">{_x(label)}</text>'
        )
        for j, (value, colour) in enumerate(((actual[i], PALETTE[0]), (target[i], PALETTE[1]))):
            share = max(0.0, min(100.0, _drawn(value)))
            w = share / 100 * plot_w
            yy = y + 4 + j * 18
            body.append(f'<rect x="{left}" y="{yy}" width="{w:.1f}" height="14" fill="{colour}"/>')
            body.append(
                f'<text x="{left + w + 4:.1f}" y="{yy + 11}" fill="{TEXT}">{_x(number(value, 0))} %</text>'
            )
    ly = height - 14
    for j, (name, colour) in enumerate(zip(legend, (PALETTE[0], PALETTE[1]), strict=True)):
        body.append(
            f'<rect x="{left + j * 200}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>'
        )
        body.append(f'<text x="{left + j * 200 + 14}" y="{ly}" fill="{TEXT}">{_x(name)}</text>')
    mermaid = "\n".join(
        [f"pie title {mermaid_label(title)}"]
        + [
            f'    "{mermaid_label(label, quoted=True)}" : {max(0.0, _drawn(value)):.1f}'
            for label, value in zip(labels, actual, strict=True)
        ]
    )
    header = ("%", *legend)
    rows = tuple(
        (label, f"{number(a, 0)} %", f"{number(b, 0)} %")
        for label, a, b in zip(labels, actual, target, strict=True)
    )
    svg = _svg(ident, title, desc, width, height, body)
    return Chart(title, desc, svg, mermaid, header, rows, figures)
