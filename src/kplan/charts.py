"""Charts: inline SVG for HTML (no JavaScript, no network) and Mermaid for Markdown.

Each chart carries its title, a description and the figures as a table, so a screen reader
(and a reader of the printed page) gets the same information as someone looking at the picture.
User text in SVG is escaped here; in Mermaid it is reduced to characters Mermaid cannot misread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from kplan.labels import number

# dark enough for 3:1 against white (WCAG 1.4.11) and told apart by colour-blind readers
PALETTE = ("#1f4e79", "#b34700", "#2e6b30", "#7b2d8b", "#8a6d00", "#00606e", "#a3123a", "#4d4d4d")
TEXT = "#1a1a1a"
MAX_SERIES = 8
MAX_SPANS = 40


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    svg: Markup
    mermaid: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _id(*parts: object) -> str:
    return "c" + hashlib.sha1(repr(parts).encode()).hexdigest()[:10]


def _svg(ident: str, title: str, desc: str, width: int, height: int, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'font-family="sans-serif" font-size="12">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _mermaid_text(text: str) -> str:
    return re.sub(r"[^\w .,%()/+-]", " ", text, flags=re.UNICODE).strip() or "-"


def _ticks(top: float) -> list[float]:
    if top <= 0:
        return [0.0, 1.0]
    raw = top / 4
    mag = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    n = int(top // step) + 2
    return [i * step for i in range(n)]


def bar_chart(
    title: str, desc: str, categories: list[str], series: list[tuple[str, list[float]]], unit: str
) -> Chart:
    """Grouped bars: one group per category (year), one bar per series (unit)."""
    if len(series) > MAX_SERIES:
        series = sorted(series, key=lambda s: -sum(s[1]))[:MAX_SERIES]
    ident = _id(title, categories, series)
    width, height, left, bottom, top_pad = 680, 320, 70, 60, 20
    plot_w, plot_h = width - left - 20, height - bottom - top_pad
    top = max([v for _, vals in series for v in vals] + [0.0])
    ticks = _ticks(top)
    scale = plot_h / ticks[-1]
    body = []
    for tick in ticks:
        y = top_pad + plot_h - tick * scale
        body.append(
            f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c8c8c8"/>'
        )
        body.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}">'
            f"{escape(number(tick))}</text>"
        )
    group_w = plot_w / max(1, len(categories))
    bar_w = max(2.0, (group_w * 0.8) / max(1, len(series)))
    for ci, cat in enumerate(categories):
        x0 = left + ci * group_w + group_w * 0.1
        for si, (name, values) in enumerate(series):
            v = values[ci] if ci < len(values) else 0.0
            h = v * scale
            body.append(
                f'<rect x="{x0 + si * bar_w:.1f}" y="{top_pad + plot_h - h:.1f}" '
                f'width="{bar_w:.1f}" height="{h:.1f}" fill="{PALETTE[si % len(PALETTE)]}">'
                f"<title>{escape(name)} {escape(cat)}: {escape(number(v))} {escape(unit)}</title></rect>"
            )
        body.append(
            f'<text x="{x0 + group_w * 0.4:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle" '
            f'fill="{TEXT}">{escape(cat)}</text>'
        )
    for si, (name, _) in enumerate(series):
        lx = left + (si % 4) * 150
        ly = height - 26 + (si // 4) * 14
        body.append(
            f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{PALETTE[si % len(PALETTE)]}"/>'
        )
        body.append(f'<text x="{lx + 14}" y="{ly}" fill="{TEXT}">{escape(name[:22])}</text>')
    totals = [sum(vals[i] for _, vals in series if i < len(vals)) for i in range(len(categories))]
    mermaid = "\n".join(
        [
            "xychart-beta",
            f'    title "{_mermaid_text(title)}"',
            "    x-axis [" + ", ".join(f'"{_mermaid_text(c)}"' for c in categories) + "]",
            f'    y-axis "{_mermaid_text(unit)}"',
            "    bar [" + ", ".join(f"{v:.2f}" for v in totals) + "]",
        ]
    )
    header = (unit, *categories)
    rows = tuple((name, *(number(v) for v in values)) for name, values in series)
    return Chart(title, desc, _svg(ident, title, desc, width, height, body), mermaid, header, rows)


def timeline_chart(
    title: str, desc: str, spans: list[tuple[str, dt.date, dt.date]], first: dt.date, last: dt.date
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
    for year in range(start.year, end.year + 2):
        day = dt.date(year, 1, 1)
        if start <= day <= end:
            x = left + (day - start).days / days * plot_w
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
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" fill="{TEXT}">{escape(label)}</text>'
        )
        body.append(
            f'<rect x="{x1:.1f}" y="{y + 4}" width="{max(2.0, x2 - x1):.1f}" height="{row_h - 8}" '
            f'fill="{PALETTE[0]}"><title>{escape(name)}: {s.isoformat()} – {e.isoformat()}</title></rect>'
        )
    lines = [
        "gantt",
        f"    title {_mermaid_text(title)}",
        "    dateFormat YYYY-MM-DD",
        "    section " + _mermaid_text(title),
    ]
    for i, (name, s, e) in enumerate(shown):
        lines.append(f"    {_mermaid_text(name)[:60]} :t{i + 1}, {s.isoformat()}, {e.isoformat()}")
    rows = tuple((name, s.isoformat(), e.isoformat()) for name, s, e in shown)
    return Chart(
        title,
        desc,
        _svg(ident, title, desc, width, height, body),
        "\n".join(lines),
        ("", "–", "–"),
        rows,
    )


def mix_chart(
    title: str,
    desc: str,
    labels: list[str],
    actual: list[float],
    target: list[float],
    legend: tuple[str, str],
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
            f'<text x="{left - 6}" y="{y + 20}" text-anchor="end" fill="{TEXT}">{escape(label)}</text>'
        )
        for j, (value, colour) in enumerate(((actual[i], PALETTE[0]), (target[i], PALETTE[1]))):
            w = value / 100 * plot_w
            yy = y + 4 + j * 18
            body.append(f'<rect x="{left}" y="{yy}" width="{w:.1f}" height="14" fill="{colour}"/>')
            body.append(
                f'<text x="{left + w + 4:.1f}" y="{yy + 11}" fill="{TEXT}">{escape(number(value, 0))} %</text>'
            )
    ly = height - 14
    for j, (name, colour) in enumerate(zip(legend, (PALETTE[0], PALETTE[1]), strict=True)):
        body.append(
            f'<rect x="{left + j * 200}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>'
        )
        body.append(f'<text x="{left + j * 200 + 14}" y="{ly}" fill="{TEXT}">{escape(name)}</text>')
    mermaid = "\n".join(
        [f"pie title {_mermaid_text(title)}"]
        + [
            f'    "{_mermaid_text(label)}" : {value:.1f}'
            for label, value in zip(labels, actual, strict=True)
        ]
    )
    header = ("%", *legend)
    rows = tuple(
        (label, f"{number(a, 0)} %", f"{number(b, 0)} %")
        for label, a, b in zip(labels, actual, target, strict=True)
    )
    return Chart(title, desc, _svg(ident, title, desc, width, height, body), mermaid, header, rows)
