"""Printers for the gap analysis and the cost summary: table (rich), md, json and csv.

json and csv are for other tools: their keys and columns are stable. Figures are rounded to two
decimals there; the table and md show what a reader needs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from kplan.costs import CostRow
from kplan.gap import GapReport, GapRow, num

GAP_COLUMNS = (
    "unit",
    "requirement",
    "year",
    "kind",
    "basis",
    "required",
    "available",
    "planned",
    "gap",
    "residual",
    "need_type",
    "due",
    "vulnerable",
)
COST_COLUMNS = ("year", "unit", "strategy", "gross", "grants", "net", "actions")


def _round(value: Any) -> Any:
    return round(value, 2) if isinstance(value, float) else value


def _row_dict(row: GapRow) -> dict[str, Any]:
    out = {c: _round(getattr(row, c)) for c in GAP_COLUMNS}
    out["id"] = row.id
    out["formula"] = row.formula
    out["sources"] = {
        "inventory": list(row.sources.inventory),
        "drivers": list(row.sources.drivers),
        "actions": list(row.sources.actions),
    }
    return out


def gap_json(report: GapReport) -> str:
    doc = {
        "rows": [_row_dict(r) for r in report.rows],
        "vulnerable": [
            {"unit": v.unit, "competence": v.competence, "persons": v.persons}
            for v in report.vulnerable
        ],
        "notes": list(report.notes),
        "years": list(report.years),
        "residual_gaps": len(report.residual_gaps),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _csv(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def gap_csv(report: GapReport) -> str:
    return _csv(GAP_COLUMNS, [_row_dict(r) for r in report.rows])


def md_cell(text: object) -> str:
    """A table cell that stays one cell whatever the text holds."""
    value = " ".join(str(text).split())
    for ch in "\\|*_`<>[]":
        value = value.replace(ch, "\\" + ch)
    return value


def _md_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


GAP_HEADER = ("Enhet", "Krav", "År", "Påkrevd", "Tilgjengelig", "Planlagt", "Gap", "Rest", "Behov")


def _gap_cells(r: GapRow) -> list[object]:
    rest = num(r.residual) + ("" if r.due else " (ikke forfalt)")
    flag = " (sårbar)" if r.vulnerable else ""
    return [
        r.unit,
        r.requirement,
        r.year,
        num(r.required),
        num(r.available) + flag,
        num(r.planned),
        num(r.gap),
        rest,
        r.need_type,
    ]


def gap_md(report: GapReport) -> str:
    out = [_md_table(GAP_HEADER, [_gap_cells(r) for r in report.rows])]
    if report.vulnerable:
        out.append("\n**Sårbar kompetanse** (0 eller 1 person i enheten):\n\n")
        out.append(
            _md_table(
                ("Enhet", "Kompetanse", "Personer"),
                [(v.unit, v.competence, num(v.persons)) for v in report.vulnerable],
            )
        )
    if report.notes:
        out.append("\n" + "".join(f"- {md_cell(n)}\n" for n in report.notes))
    return "".join(out)


def gap_table(report: GapReport, width: int | None = None) -> str:
    """A rich table for the terminal; plan text is never read as markup."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Kompetanse- og bemanningsanalyse", show_lines=False)
    for i, h in enumerate(GAP_HEADER):
        table.add_column(h, justify="right" if 3 <= i <= 7 else "left")
    for r in report.rows:
        style = "red" if r.due and r.residual > 1e-9 else ("yellow" if r.gap > 1e-9 else "")
        table.add_row(*(Text(str(c), style=style) for c in _gap_cells(r)))
    console = Console(file=io.StringIO(), width=width or 160, force_terminal=False, no_color=True)
    console.print(table)
    if report.vulnerable:
        console.print(Text("Sårbar kompetanse (0 eller 1 person i enheten):"))
        for v in report.vulnerable:
            console.print(Text(f"  {v.unit}: {v.competence} ({num(v.persons)})"))
    for note in report.notes:
        console.print(Text(f"Merk: {note}"))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return str(out)


def explain(row: GapRow) -> str:
    lines = [
        f"{row.id}: {row.kind}, talt i {row.basis}",
        f"  påkrevd     {num(row.required)}   ({row.formula})",
        f"  tilgjengelig {num(row.available)}   (beholdning framskrevet til {row.year})",
        f"  planlagt    {num(row.planned)}   (fra tiltak)",
        f"  gap         {num(row.gap)}",
        f"  rest        {num(row.residual)}" + ("" if row.due else "   (fristen er ikke nådd)"),
        f"  behovstype  {row.need_type}",
    ]
    for title, items in (
        ("Beholdning", row.sources.inventory),
        ("Drivere", row.sources.drivers),
        ("Tiltak", row.sources.actions),
    ):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  - {i}" for i in items)
    return "\n".join(lines) + "\n"


def _cost_dict(row: CostRow) -> dict[str, Any]:
    return {c: _round(getattr(row, c)) for c in COST_COLUMNS}


def cost_json(rows: Sequence[CostRow]) -> str:
    doc = {
        "rows": [_cost_dict(r) for r in rows],
        "total": {
            "gross": round(sum(r.gross for r in rows), 2),
            "grants": round(sum(r.grants for r in rows), 2),
            "net": round(sum(r.net for r in rows), 2),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def cost_csv(rows: Sequence[CostRow]) -> str:
    return _csv(COST_COLUMNS, [_cost_dict(r) for r in rows])


def _cost_cells(r: CostRow, by: Sequence[str]) -> list[object]:
    keys = [getattr(r, g) if getattr(r, g) is not None else "–" for g in by]
    return [*keys, f"{num(r.gross)} kr", f"{num(r.grants)} kr", f"{num(r.net)} kr", r.actions]


COST_LABELS = {"year": "Budsjettår", "unit": "Enhet", "strategy": "Strategi"}


def cost_md(rows: Sequence[CostRow], by: Sequence[str]) -> str:
    header = [COST_LABELS[g] for g in by] + ["Brutto", "Tilskudd", "Netto", "Tiltak"]
    body = [_cost_cells(r, by) for r in rows]
    total = sum(r.net for r in rows)
    return _md_table(header, body) + f"\nSum netto: {num(total)} kr\n"


def cost_table(rows: Sequence[CostRow], by: Sequence[str]) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Kostnader, netto etter tilskudd")
    for h in [COST_LABELS[g] for g in by] + ["Brutto", "Tilskudd", "Netto", "Tiltak"]:
        table.add_column(h)
    for r in rows:
        table.add_row(*(Text(str(c)) for c in _cost_cells(r, by)))
    console = Console(file=io.StringIO(), width=160, no_color=True)
    console.print(table)
    console.print(Text(f"Sum netto: {num(sum(r.net for r in rows))} kr"))
    return str(console.file.getvalue())  # type: ignore[attr-defined]


GAP_PRINTERS: dict[str, Callable[[GapReport], str]] = {
    "table": gap_table,
    "md": gap_md,
    "json": gap_json,
    "csv": gap_csv,
}
