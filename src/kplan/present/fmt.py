"""The one formatter toolkit of the presentation layer: numbers and money the Norwegian way,
the terminal table, the Markdown table and the JSON-lines layout.

Every printer (gap, cost, status, diff, log, the rendered plan) formats through these, so a
figure reads the same wherever it is shown. Two spacings stay, because the outputs people have
scripted against use them: documents put a no-break space between thousands (`39 000 kr`
cannot wrap), terminal reports a plain one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from kplan.present.layout import Mark, fit, grid, prose, stack
from kplan.present.markdown import md_cell
from kplan.present.terminal import finite, json_inert, one_line

NBSP = "\u00a0"
"""The no-break space documents put between thousands and before `kr`."""


_TEXTS: dict[tuple[float, int, str, bool], str] = {}
"""`number`'s texts by figure: a large plan's document shows the same figures over and over
(a million cells at 6,000 units), and formatting one costs more than finding it here."""
MAX_TEXTS = 100_000


def number(value: float, decimals: int = 2, *, space: str = NBSP, symbols: bool = True) -> str:
    """1 234,5: `space` between thousands, a decimal comma, no trailing zeros.

    With `symbols` a figure that overflowed (or is not a number) shows as ∞, -∞ or – rather than
    stopping the document; without, as Python writes it (inf, nan), as the terminal reports
    always have."""
    kind = value.__class__
    # 0 and -0.0 are one key but print «0» and «-0»; NaN is no key (it equals nothing)
    if (kind is float or kind is int) and value and value == value:
        key = (value, decimals, space, symbols)
        text = _TEXTS.get(key)
        if text is None:
            if len(_TEXTS) >= MAX_TEXTS:
                _TEXTS.clear()
            text = _TEXTS[key] = _number(value, decimals, space, symbols)
        return text
    return _number(value, decimals, space, symbols)


def _number(value: float, decimals: int, space: str, symbols: bool) -> str:
    if symbols:
        try:
            value = float(value)
        except OverflowError:
            value = math.inf if value > 0 else -math.inf
        if not math.isfinite(value):
            return "–" if math.isnan(value) else ("∞" if value > 0 else "-∞")
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", space).replace(".", ",")


_PLAIN: dict[float, str] = {}
"""`plain`'s texts by figure: the gap's json words every row's formula, a few figures each."""


def plain(value: float) -> str:
    """A figure for a terminal report: at most two decimals, plain spaces (`1 234,5`)."""
    kind = value.__class__
    # as in `number`: 0 and -0.0 print differently, a NaN finds nothing
    if (kind is float or kind is int) and value and value == value:
        text = _PLAIN.get(value)
        if text is None:
            if len(_PLAIN) >= MAX_TEXTS:
                _PLAIN.clear()
            text = _PLAIN[value] = _number(value, 2, " ", False)
        return text
    return _number(value, 2, " ", False)


def nok(value: float) -> str:
    """Whole crowns for a document: `39 000 kr`, with no-break spaces."""
    return f"{number(value, 0)}{NBSP}kr"


def kr(value: float, *, whole: bool = False) -> str:
    """Crowns for a terminal report: `39 000,5 kr` with plain spaces (`whole`: rounded first)."""
    return f"{plain(round(value) if whole else value)} kr"


def text_table(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    right: Collection[int],
    marks: Sequence[Mark] | None = None,
    *,
    width: int | None = None,
) -> str:
    """A plain aligned table for the terminal: `title`, a blank line, the header, a rule and the
    rows, columns in `right` aligned right. `marks` colour a row (a code) or some of its cells
    (codes by column), reset after each. Within `width` (None: as wide as the text) text wraps
    in its column, or, when the columns cannot fit, each row becomes a block of its own.

    Plan text stays text (no markup), and it is fast on plans with tens of thousands of rows,
    where a rich table takes half a minute."""
    head = [one_line(c) for c in header]
    body = [[one_line(c) for c in r] for r in rows]
    titled = prose(one_line(title), width).splitlines() if width else [title]
    widths = fit(head, body, right, width)
    if widths is None:
        lines = stack(head, body, width or 0, marks)
    else:
        lines = grid(head, body, right, widths, marks)
    return "\n".join([*titled, "", *lines]) + "\n"


def md_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    right: Collection[int] = (),
    escape: bool = True,
) -> str:
    """A Markdown table, one line per row, ending in a newline. Header and (with `escape`) cells
    go through `md_cell`, so plan text cannot add a cell or markup; `escape=False` is for rows
    the caller has already escaped or marked up on purpose (a bold total)."""
    align = "".join("--:|" if i in right else "---|" for i in range(len(header)))
    lines = ["| " + " | ".join(md_cell(h) for h in header) + " |", "|" + align]
    lines += ["| " + " | ".join(md_cell(c) if escape else str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def dumps(value: Any) -> str:
    """One JSON value on one line: infinite and NaN figures as null, non-ASCII kept."""
    try:  # nearly every value is finite: one pass of the C encoder, no walk of the value
        return _ENCODER.encode(value)
    except ValueError:
        return _ENCODER.encode(finite(value))


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
"""One encoder for every value: `json.dumps` with options builds a new one each call."""


def json_lines(
    rows: Sequence[Mapping[str, Any]],
    rest: Mapping[str, Any],
    *,
    head: Mapping[str, Any] | None = None,
    lists: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> str:
    """A JSON object `{head..., "rows": [...], lists..., rest...}` with one row per line:
    readable, diffable, and written by json's C encoder (indent= would switch to the
    pure-Python one, several times slower on large plans). `lists` are further lists of rows,
    one per line too. Inert on a terminal (`json_inert`)."""
    lead = "".join(f'  "{k}": {dumps(v)},\n' for k, v in (head or {}).items())

    def listed(key: str, items: Sequence[Mapping[str, Any]]) -> str:
        body = ",\n".join("    " + dumps(r) for r in items)
        return f'  "{key}": [\n' + body + ("\n" if items else "") + "  ]"

    more = "".join(",\n" + listed(k, v) for k, v in (lists or {}).items())
    tail = "".join(f',\n  "{k}": {dumps(v)}' for k, v in rest.items())
    text = "{\n" + lead + listed("rows", rows) + more + tail + "\n}\n"
    return json_inert(text)
