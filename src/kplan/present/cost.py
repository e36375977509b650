"""Printers for the cost summary: table, md, json and csv.

json and csv are for other tools: their keys and columns are stable, figures rounded to two
decimals. The table and md show crowns and a net total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.costs import CostReport, CostRow
from kplan.present.fmt import json_lines, kr, md_table, text_table
from kplan.present.formats import Format, Style
from kplan.present.gap import csv_text, rounded
from kplan.present.labels import Labels

COST_COLUMNS = ("year", "unit", "strategy", "gross", "grants", "net", "actions")
GROUP_KEYS = {"year": "cost.year", "unit": "unit", "strategy": "strategy"}
"""The label key of each column the rows can be grouped by."""
FIGURE_KEYS = ("gross", "grants", "net", "action")


def _cost_dict(row: CostRow) -> dict[str, Any]:
    return {c: rounded(getattr(row, c)) for c in COST_COLUMNS}


def cost_json(rows: Sequence[CostRow]) -> str:
    """The rows for other tools, one per line, and the totals."""
    total = {
        "gross": rounded(sum(r.gross for r in rows)),
        "grants": rounded(sum(r.grants for r in rows)),
        "net": rounded(sum(r.net for r in rows)),
    }
    return json_lines([_cost_dict(r) for r in rows], {"total": total})


def cost_csv(rows: Sequence[CostRow]) -> str:
    """The rows for a spreadsheet, every column whether grouped by or not."""
    return csv_text(COST_COLUMNS, [_cost_dict(r) for r in rows])


def _header(by: Sequence[str], t: Labels) -> list[str]:
    return [t[GROUP_KEYS[g]] for g in by] + [t[k] for k in FIGURE_KEYS]


def _cells(r: CostRow, by: Sequence[str]) -> list[object]:
    keys = [getattr(r, g) if getattr(r, g) is not None else "–" for g in by]
    return [*keys, kr(r.gross), kr(r.grants), kr(r.net), r.actions]


def _total(rows: Sequence[CostRow], t: Labels) -> str:
    return "\n" + t("cost.total", amount=kr(sum(r.net for r in rows))) + "\n"


def cost_md(rows: Sequence[CostRow], by: Sequence[str], lang: str = "nb") -> str:
    """The rows grouped `by` as a Markdown table, and the net total."""
    t = Labels(lang)
    return md_table(_header(by, t), [_cells(r, by) for r in rows]) + _total(rows, t)


def cost_table(rows: Sequence[CostRow], by: Sequence[str], lang: str = "nb") -> str:
    """The rows grouped `by` as a terminal table, and the net total."""
    t = Labels(lang)
    right = set(range(len(by), len(by) + len(FIGURE_KEYS)))
    body = [_cells(r, by) for r in rows]
    return text_table(t["cost.title"], _header(by, t), body, right) + _total(rows, t)


REPORTERS: dict[Format, Callable[[CostReport, Style], str]] = {
    Format.table: lambda c, style: cost_table(c.rows, c.by, style.lang),
    Format.md: lambda c, style: cost_md(c.rows, c.by, style.lang),
    Format.json: lambda c, style: cost_json(c.rows),
    Format.csv: lambda c, style: cost_csv(c.rows),
}
"""The printer for each `--format` of `kplan cost`."""
