"""Printers for the gap analysis: table, md, json and csv, and `--explain` for one figure.

The analysis returns data (formulas, inventory rows, driver values, effects, notes); this module
words it. json and csv are for other tools: their keys and columns are stable, and `formula`,
`sources` and `notes` there are the same sentences the table shows. Figures are rounded to two
decimals there; the table and md show what a reader needs.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.formulas import (
    EPS,
    Absorbed,
    CountFormula,
    DriverUse,
    Formula,
    FullTimeFormula,
    Note,
    PositionFormula,
    RatioFormula,
    Reason,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.gap import GapReport, GapRow
from kplan.analysis.supply import EffectUse
from kplan.plan.model import InventoryRow
from kplan.present.fmt import json_lines, md_table, plain
from kplan.present.fmt import text_table as text_table  # analysis/follow_up.py still imports it
from kplan.present.markdown import md_text
from kplan.present.terminal import field, finite, one_line

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
GAP_HEADER = ("Enhet", "Krav", "År", "Påkrevd", "Tilgjengelig", "Planlagt", "Gap", "Rest", "Behov")
num = plain

# --- words for the analysis' data ----------------------------------------------------------


def formula_text(f: Formula) -> str:
    """How `required` was worked out, as one line: «minst 2 − 1 ved avtale»."""
    match f:
        case RatioFormula():
            parts = " + ".join(f"{num(value)}/{num(per)}" for value, per in f.terms)
            return f"({parts}) = {num(f.raw)}, avrundet {f.rounding}: {num(f.required)}"
        case ShareFormula():
            text = f"{num(f.percent)} % av {num(f.total)} {f.basis} = {num(f.required)}"
            if f.ceiling:
                text = "høyst " + text
            if f.grown is not None and f.after is not None:
                text += f"; etter tiltak {num(f.grown)} {f.basis}, som gir {num(f.after)}"
            return text
        case CountFormula():
            agreed = f" − {num(f.agreed)} ved avtale" if f.agreed else ""
            return f"minst {num(f.minimum)}{agreed}"
        case RoleFormula():
            who = f"alle i rollen {f.role}" if f.role else "alle ansatte"
            return (
                f"{who}: {num(f.persons)} personer"
                + (f", {num(f.exempt)} fritatt" if f.exempt else "")
                + (f", frist {f.deadline.isoformat()}" if f.deadline else "")
            )
        case PositionFormula():
            if f.new_only:
                return (
                    f"ingen nye stillinger under {num(f.percent)} %; "
                    f"høyst dagens {num(f.below)} personer"
                )
            return f"ingen stillinger under {num(f.percent)} %"
        case FullTimeFormula():
            return f"{num(f.percent)} % heltid av {num(f.total)} personer"
    raise TypeError(f"no words for {type(f).__name__}")


def inventory_text(r: InventoryRow) -> str:
    """One inventory row as a source: unit, competence, role, date, figures and where from."""
    role = f" i rollen {r.role}" if r.role else ""
    return (
        f"{r.unit}/{r.competence or 'alle'}{role} per {r.date.isoformat()}: "
        f"{r.persons} personer, {num(r.fte)} årsverk"
        + (" (illustrativt)" if r.illustrative else "")
        + (f", kilde: {r.source}" if r.source else "")
    )


def driver_text(d: DriverUse) -> str:
    """One driver value used, with its publisher, table, alternative and vintage."""
    origin = ""
    src = d.source
    if src:
        bits = [src.publisher + (f" tabell {src.table}" if src.table else "")]
        bits += [x for x in (src.alternative, str(src.vintage) if src.vintage else None) if x]
        origin = f" ({', '.join(bits)})"
    return f"{d.driver} {d.year}: {num(d.value)}{origin}"


def effect_text(e: EffectUse) -> str:
    """One action effect used: «rekruttere: +1 bhg-laerer fra 2026»."""
    sign = "+" if e.persons >= 0 else "−"
    return f"{e.action}: {sign}{num(abs(e.persons))} {e.competence} fra {e.year}"


_REASONS = {
    Reason.TOO_LARGE: "tallene er for store til å regne med.",
    Reason.NO_STAFF: "ingen ansatte å regne andelen av (mangler rad for alle ansatte).",
    Reason.NO_POSITION_SIZES: "beholdningen har ingen stillingsstørrelser for enheten.",
}


def note_text(note: Note) -> str:
    """A note of the report as a sentence."""
    if isinstance(note, Absorbed):
        e = note.effect
        return (
            f"{e.action}: {e.persons:+g} {e.competence} i {e.year} er før beholdningen for "
            f"{e.unit} ble telt opp, og regnes som med i den allerede."
        )
    if note.reason is Reason.NO_DRIVER_VALUE:
        why = f"driveren «{note.driver}» har ingen verdi for {note.year}."
    else:
        why = _REASONS[note.reason]
    return f"{note.id}: {why}"


class _Sources:
    """The sources of rows in words. One inventory row feeds many figures, so each is worded
    once per report (keyed by identity: the rows live as long as the report)."""

    def __init__(self) -> None:
        self.inventory: dict[int, str] = {}

    def __call__(self, row: GapRow) -> tuple[list[str], list[str], list[str]]:
        s = row.sources
        words = self.inventory
        inventory = []
        for r in s.inventory:
            text = words.get(id(r))
            if text is None:
                text = words[id(r)] = inventory_text(r)
            inventory.append(text)
        return inventory, [driver_text(d) for d in s.drivers], [effect_text(e) for e in s.actions]


# --- printers ---------------------------------------------------------------------------------


def rounded(value: Any) -> Any:
    """Two decimals; a sum that overflowed to infinity (or NaN) is no figure at all: None."""
    if isinstance(value, float):
        return round(value, 2) if math.isfinite(value) else None
    return value


def csv_text(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    """A CSV file with a header, `\\n` line ends, and no figure for an overflowed one."""
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if finite(v) is None else v) for k, v in row.items()})
    return buf.getvalue()


def _row_dict(row: GapRow, words: _Sources) -> dict[str, Any]:
    out = {c: rounded(getattr(row, c)) for c in GAP_COLUMNS}
    out["id"] = row.id
    out["formula"] = formula_text(row.formula)
    inventory, drivers, actions = words(row)
    out["sources"] = {"inventory": inventory, "drivers": drivers, "actions": actions}
    return out


def gap_json(report: GapReport) -> str:
    """The report for other tools: one row per line, then vulnerable, notes, years, counts."""
    words = _Sources()
    return json_lines(
        [_row_dict(r, words) for r in report.rows],
        {
            "vulnerable": [
                {"unit": v.unit, "competence": v.competence, "persons": v.persons}
                for v in report.vulnerable
            ],
            "notes": [note_text(n) for n in report.notes],
            "years": list(report.years),
            "residual_gaps": len(report.residual_gaps),
        },
    )


def gap_csv(report: GapReport) -> str:
    """The rows for a spreadsheet: the json row keys but formula and sources."""
    words = _Sources()
    return csv_text(GAP_COLUMNS, [_row_dict(r, words) for r in report.rows])


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
    """The report as Markdown: the table, vulnerable competence and notes."""
    out = [md_table(GAP_HEADER, [_gap_cells(r) for r in report.rows])]
    if report.vulnerable:
        out.append("\n**Sårbar kompetanse** (0 eller 1 person i enheten):\n\n")
        out.append(
            md_table(
                ("Enhet", "Kompetanse", "Personer"),
                [(v.unit, v.competence, num(v.persons)) for v in report.vulnerable],
            )
        )
    if report.notes:
        out.append("\n" + "".join(f"- {md_text(note_text(n))}\n" for n in report.notes))
    return "".join(out)


RED, YELLOW = "\x1b[31m", "\x1b[33m"


def gap_table(report: GapReport, *, colour: bool = False) -> str:
    """The analysis as a terminal table: red where a gap remains after the actions."""
    marks = None
    if colour:
        marks = [
            RED if r.due and r.residual > EPS else (YELLOW if r.gap > EPS else "")
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
    out.extend(f"Merk: {one_line(note_text(n))}\n" for n in report.notes)
    residual = len(report.residual_gaps)
    out.append(f"\n{len(report.rows)} rad(er), {residual} med gap etter tiltak.\n")
    return "".join(out)


def explain(row: GapRow) -> str:
    """One figure with how each part was worked out and every source it draws on."""
    inventory, drivers, actions = _Sources()(row)
    lines = [
        f"{row.id}: {row.kind}, talt i {row.basis}",
        f"  påkrevd     {num(row.required)}   ({formula_text(row.formula)})",
        f"  tilgjengelig {num(row.available)}   (beholdning framskrevet til {row.year})",
        f"  planlagt    {num(row.planned)}   (fra tiltak)",
        f"  gap         {num(row.gap)}",
        f"  rest        {num(row.residual)}" + ("" if row.due else "   (fristen er ikke nådd)"),
        f"  behovstype  {row.need_type}",
    ]
    for title, items in (("Beholdning", inventory), ("Drivere", drivers), ("Tiltak", actions)):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  - {i}" for i in items)
    return "\n".join(lines) + "\n"


REPORTERS: dict[str, Callable[[GapReport], str]] = {
    "table": gap_table,
    "md": gap_md,
    "json": gap_json,
    "csv": gap_csv,
}
"""The printer for each `--format` of `kplan gap` (the table also takes `colour=`)."""
GAP_PRINTERS = REPORTERS  # the name cli/commands.py used before the reporters tables

_MOVED = {"cost_csv", "cost_json", "cost_md", "cost_table"}


def __getattr__(name: str) -> Any:
    """The cost printers, which moved to `kplan.present.cost`, under their old address: until
    cli/commands.py and tests/test_cli.py import them from there."""
    if name in _MOVED:
        from kplan.present import cost

        return getattr(cost, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
