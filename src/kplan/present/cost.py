"""Printers for the cost summary: table, md, json and csv.

json and csv are for other tools: their keys and columns are stable, figures rounded to two
decimals. The table and md show crowns and a net total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.costs import CostReport, CostRow
from kplan.present.fmt import json_lines, kr, md_table, text_table
from kplan.present.gap import csv_text, rounded

COST_COLUMNS = ("year", "unit", "strategy", "gross", "grants", "net", "actions")
COST_LABELS = {"year": "Budsjettår", "unit": "Enhet", "strategy": "Strategi"}
FIGURES = ("Brutto", "Tilskudd", "Netto", "Tiltak")


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


def _cost_cells(r: CostRow, by: Sequence[str]) -> list[object]:
    keys = [getattr(r, g) if getattr(r, g) is not None else "–" for g in by]
    return [*keys, kr(r.gross), kr(r.grants), kr(r.net), r.actions]


def _total(rows: Sequence[CostRow]) -> str:
    return f"\nSum netto: {kr(sum(r.net for r in rows))}\n"


def cost_md(rows: Sequence[CostRow], by: Sequence[str]) -> str:
    """The rows grouped `by` as a Markdown table, and the net total."""
    header = [COST_LABELS[g] for g in by] + list(FIGURES)
    return md_table(header, [_cost_cells(r, by) for r in rows]) + _total(rows)


def cost_table(rows: Sequence[CostRow], by: Sequence[str]) -> str:
    """The rows grouped `by` as a terminal table, and the net total."""
    header = [COST_LABELS[g] for g in by] + list(FIGURES)
    right = set(range(len(by), len(header)))
    body = [_cost_cells(r, by) for r in rows]
    return text_table("Kostnader, netto etter tilskudd", header, body, right) + _total(rows)


REPORTERS: dict[str, Callable[[CostReport], str]] = {
    "table": lambda c: cost_table(c.rows, c.by),
    "md": lambda c: cost_md(c.rows, c.by),
    "json": lambda c: cost_json(c.rows),
    "csv": lambda c: cost_csv(c.rows),
}
"""The printer for each `--format` of `kplan cost`."""
