"""Charts as Mermaid for the Markdown document: xycharts and the Gantt timeline.

Mermaid has no legend and cannot leave a gap. So a chart of several series colours them from
`KEYS`' palette and the Markdown table under it starts each row with the same coloured square;
a year no series has a figure for is left out (a 0 there would be false), and so is a series
with no figure at all: then the table under the chart, which has every figure, is shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kplan.document.charttext import PALETTE
from kplan.present.markdown import one_line

KEYS = ("🟦", "🟧", "🟩", "🟪", "🟥", "🟫", "🟨", "⬛")
"""The colour squares that name the series in a Markdown table, in `charts.PALETTE`'s order."""

# Mermaid reads more than it shows: `%%` comments and `%%{init}%%` directives anywhere, `#`
# comments and entities, `;` and `:` separators, `:::` classes, quotes, backticks (the fence),
# and keywords at the start of a line (`section`, `click`, `title`...). A label keeps letters,
# digits and a few marks, nothing else.
_MERMAID_DROP = re.compile(r"[^\w .,()/+\-%–«»…]")


def mermaid_label(text: str, *, quoted: bool = False, limit: int = 60) -> str:
    """Plan text as a Mermaid label, shortened at a word with «…» past `limit` characters.
    Inside quotes `%` is kept; outside it would open a comment, so it becomes the full-width ％."""
    label = one_line(_MERMAID_DROP.sub(" ", one_line(text[: limit * 4])))
    if not quoted:
        label = label.replace("%", "\uff05")
    if len(label) > limit:
        cut = label[: limit - 1]
        space = cut.rfind(" ")
        label = (cut[:space] if space > limit // 2 else cut).rstrip(" ,.–-") + "…"
    return label.strip() or "-"


def gantt_task(text: str) -> str:
    """A Gantt task name: it opens with a bullet, so no word in it is read as a keyword
    (`section`, `click`, `title`, a date...), whatever Mermaid version adds."""
    return "\u2022 " + mermaid_label(text)


@dataclass(frozen=True)
class XY:
    """An xychart and what it left out of the figures it was given."""

    source: str
    kept: tuple[int, ...]
    """The series drawn, by index, each coloured `KEYS[position in kept]`."""
    complete: bool
    """Every series and category is drawn: no table is needed to see what is missing."""


def _at(values: Sequence[float | None], i: int) -> float | None:
    return values[i] if i < len(values) else None


def mermaid_xy(
    title: str,
    categories: Sequence[str],
    unit: str,
    series: Sequence[tuple[str, Sequence[float | None]]],
    kinds: Sequence[str] = (),
    top: float | None = None,
) -> XY:
    """An xychart of the series (`kinds` gives each "bar" or "line"; default: one series as
    bars, several as lines, since Mermaid draws several bar series over each other). A series
    with no figure is left out, then any category a kept series has no figure for. Empty
    source when nothing is left to draw."""
    kept = tuple(i for i, (_, vals) in enumerate(series) if any(v is not None for v in vals))
    cols = [
        c for c in range(len(categories)) if all(_at(series[i][1], c) is not None for i in kept)
    ]
    complete = len(kept) == len(series) and len(cols) == len(categories)
    if not kept or not cols:
        return XY("", (), False)
    marks = [kinds[i] if i < len(kinds) else "" for i in kept]
    default = "bar" if len(kept) == 1 else "line"
    names = ", ".join(f'"{mermaid_label(categories[c], quoted=True, limit=32)}"' for c in cols)
    lines = []
    if len(kept) > 1:
        lines += [
            "---",
            "config:",
            "  themeVariables:",
            "    xyChart:",
            f'      plotColorPalette: "{", ".join(PALETTE[: len(kept)])}"',
            "---",
        ]
    axis = f"0 --> {top:g}" if top is not None else ""
    lines += [
        "xychart-beta",
        f'    title "{mermaid_label(title, quoted=True)}"',
        f"    x-axis [{names}]",
        f'    y-axis "{mermaid_label(unit, quoted=True)}"' + (f" {axis}" if axis else ""),
    ]
    for i, mark in zip(kept, marks, strict=True):
        values = [_at(series[i][1], c) or 0.0 for c in cols]
        lines.append(f"    {mark or default} [" + ", ".join(f"{v:.2f}" for v in values) + "]")
    return XY("\n".join(lines), kept, complete)
