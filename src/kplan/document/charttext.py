"""Text in a chart that must stay inside it: widths estimated on the wide side, names
shortened at a word with «…» or wrapped, and the legend laid out in rows that fit.

The SVG has no way to measure text, and the reader's sans-serif may be DejaVu Sans (wide) or
Arial (narrow): every width here is at least DejaVu Sans's, so a label that fits here fits
in any of them. The full name is always in the table beside the chart.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import escape

from kplan.present.markdown import visible

TEXT = "#1a1a1a"
# dark enough for 3:1 against white (WCAG 1.4.11) and told apart by colour-blind readers; the
# order of `mermaid.KEYS` (blue, orange, green, purple, red, brown, yellow, black)
PALETTE = ("#1f4e79", "#b34700", "#2e6b30", "#7b2d8b", "#a3123a", "#6b3e1f", "#8a6d00", "#333333")
ELLIPSIS = "…"

# em widths, rounded up from DejaVu Sans
_NARROW = frozenset("iljI.,'|!`")
_SEMI = frozenset('frt:;()[]{}/\\"- ')
_WIDE = frozenset("mwMWæÆœŒ@%")


def _em(ch: str) -> float:
    if ch in _NARROW:
        return 0.32
    if ch in _SEMI:
        return 0.42
    if ch in _WIDE:
        return 1.0
    if ch.isdigit() or ch.islower():
        return 0.66
    if ch.isupper():
        return 0.8
    return 1.0  # dashes, quotes, symbols and letters of other scripts


def text_width(text: str, size: float = 12) -> float:
    """A width in pixels at least as wide as `text` drawn at `size` in a sans-serif."""
    return sum(map(_em, text)) * size


def fit(text: str, width: float, size: float = 12) -> str:
    """`text` whole if it fits in `width`, else shortened with «…», at a word if one ends
    in the second half. One pass: a name may be a megabyte long."""
    room, used, end = width / size - _em(ELLIPSIS), 0.0, 0
    for end, ch in enumerate(text):  # noqa: B007 - `end` is read after the loop
        used += _em(ch)
        if used > width / size:
            break
    else:
        return text
    used = 0.0
    cut = ""
    for i, ch in enumerate(text[: end + 1]):
        used += _em(ch)
        if used > room:
            cut = text[:i]
            break
    space = cut.rfind(" ")
    if space > len(cut) // 2:
        cut = cut[:space]
    cut = cut.rstrip(" ,;:–-")
    return cut + ELLIPSIS if cut else ""


def wrap(text: str, width: float, size: float = 12, lines: int = 2) -> list[str]:
    """`text` in at most `lines` lines of `width`, the last shortened with «…» when it still
    does not fit."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size) <= width:
            line += " " + words.pop(0)
        if text_width(line, size) > width:
            words.insert(0, line)  # one long word: the last line shortens it
            break
        out.append(line)
    if words:
        out.append(fit(" ".join(words), width, size))
    return out or [""]


def svg_text(text: str) -> str:
    """Text for SVG: escaped, control characters made visible (not allowed in XML)."""
    return str(escape(visible(text)))


def legend(
    keys: Sequence[tuple[str, str] | tuple[str, str, str]],
    left: float,
    right: float,
    top: float,
    size: float = 12,
) -> tuple[list[str], float]:
    """The legend: one coloured square and name per key, in rows from `top` that stay between
    `left` and `right`; a name too long for a row alone is shortened. A key's third colour
    outlines its square (a pale fill needs an edge to be seen). Gives the SVG and the y just
    below the last row."""
    body: list[str] = []
    x, y, row_h = left, top + size, size + 6
    for name, colour, *edge in keys:
        label = fit(name, right - left - 16, size)
        w = 16 + text_width(label, size)
        if x > left and x + w > right:
            x, y = left, y + row_h
        body.append(
            f'<rect x="{x:.1f}" y="{y - size + 2:.1f}" width="10" height="10" fill="{colour}"'
            + (f' stroke="{edge[0]}" stroke-dasharray="3 2"/>' if edge else "/>")
        )
        body.append(f'<text x="{x + 14:.1f}" y="{y:.1f}" fill="{TEXT}">{svg_text(label)}</text>')
        x += w + 18
    return body, (y + 6 if keys else top)
