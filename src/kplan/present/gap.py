"""Printers for the gap analysis and the cost summary: table, md, json and csv.

json and csv are for other tools: their keys and columns are stable. Figures are rounded to two
decimals there; the table and md show what a reader needs.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.costs import CostRow
from kplan.analysis.gap import GapReport, GapRow, num
from kplan.present.markdown import md_cell, md_text
from kplan.present.terminal import field, finite, json_inert, one_line

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
    """Two decimals; a sum that overflowed to infinity (or NaN) is no figure at all: None."""
    if isinstance(value, float):
        return round(value, 2) if math.isfinite(value) else None
    return value


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


def _dumps(value: Any) -> str:
    return json.dumps(finite(value), ensure_ascii=False, allow_nan=False)


def _json_lines(rows: list[dict[str, Any]], rest: dict[str, Any]) -> str:
    """A JSON object with one row per line: readable, diffable, and written by json's C encoder
    (indent= would switch to the pure-Python one, several times slower on large plans)."""
    body = ",\n".join("    " + _dumps(r) for r in rows)
    tail = "".join(f',\n  "{k}": {_dumps(v)}' for k, v in rest.items())
    text = '{\n  "rows": [\n' + body + ("\n" if rows else "") + "  ]" + tail + "\n}\n"
    return json_inert(text)


def gap_json(report: GapReport) -> str:
    return _json_lines(
        [_row_dict(r) for r in report.rows],
        {
            "vulnerable": [
                {"unit": v.unit, "competence": v.competence, "persons": v.persons}
                for v in report.vulnerable
            ],
            "notes": list(report.notes),
            "years": list(report.years),
            "residual_gaps": len(report.residual_gaps),
        },
    )


def _csv(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if finite(v) is None else v) for k, v in row.items()})
    return buf.getvalue()


def gap_csv(report: GapReport) -> str:
    return _csv(GAP_COLUMNS, [_row_dict(r) for r in report.rows])


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
        out.append("\n" + "".join(f"- {md_text(n)}\n" for n in report.notes))
    return "".join(out)


def text_table(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    right: set[int],
    marks: Sequence[str] | None = None,
) -> str:
    """A plain aligned table for the terminal. Plan text stays text (no markup), and it is fast
    on plans with tens of thousands of rows, where a rich table takes half a minute."""
    cells = [[str(c) for c in header]] + [[one_line(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        parts = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("─" * w for w in widths)
    out = [title, "", line(cells[0]), rule]
    for n, row in enumerate(cells[1:]):
        mark = marks[n] if marks else ""
        out.append(f"{mark}{line(row)}\x1b[0m" if mark else line(row))
    return "\n".join(out) + "\n"


RED, YELLOW = "\x1b[31m", "\x1b[33m"


def gap_table(report: GapReport, *, colour: bool = False) -> str:
    """The analysis as a terminal table: red where a gap remains after the actions."""
    marks = None
    if colour:
        marks = [
            RED if r.due and r.residual > 1e-9 else (YELLOW if r.gap > 1e-9 else "")
            for r in report.rows
        ]
    out = [
        text_table(
            "Kompetanse- og bemanningsanalyse",
            GAP_HEADER,
            [_gap_cells(r) for r in report.rows],
            right={3, 4, 5, 6, 7},
            marks=marks,
        )
    ]
    if report.vulnerable:
        out.append("\nSårbar kompetanse (0 eller 1 person i enheten):\n")
        out.extend(
            f"  {field(v.unit)}: {field(v.competence)} ({num(v.persons)})\n"
            for v in report.vulnerable
        )
    out.extend(f"Merk: {one_line(n)}\n" for n in report.notes)
    residual = len(report.residual_gaps)
    out.append(f"\n{len(report.rows)} rad(er), {residual} med gap etter tiltak.\n")
    return "".join(out)


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
    total = {
        "gross": _round(sum(r.gross for r in rows)),
        "grants": _round(sum(r.grants for r in rows)),
        "net": _round(sum(r.net for r in rows)),
    }
    return _json_lines([_cost_dict(r) for r in rows], {"total": total})


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
    header = [COST_LABELS[g] for g in by] + ["Brutto", "Tilskudd", "Netto", "Tiltak"]
    right = set(range(len(by), len(header)))
    body = [_cost_cells(r, by) for r in rows]
    table = text_table("Kostnader, netto etter tilskudd", header, body, right)
    return table + f"\nSum netto: {num(sum(r.net for r in rows))} kr\n"


GAP_PRINTERS: dict[str, Callable[[GapReport], str]] = {
    "table": gap_table,
    "md": gap_md,
    "json": gap_json,
    "csv": gap_csv,
}
