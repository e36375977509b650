"""One gap row as the printers share it: its figures for other tools (full precision), its
need in words, and its figures as `--explain` lists them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from kplan.analysis.gap import GapRow
from kplan.present.fmt import plain
from kplan.present.formulas import Words
from kplan.present.labels import Labels

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
    "over_target",
)
"""The csv columns, and the first keys of a json row."""

MEASURE_COLUMNS = ("measure", "measure_value", "measure_target", "measure_count", "measure_total")
"""What the requirement measures (`GapRow.measure`), as csv columns after the others."""


def exact(value: Any) -> Any:
    """The figure as computed, for other tools; an overflowed one (or NaN) is None, as an
    unknown one already is."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _finite(a: Any, b: Any, c: Any, d: Any, e: Any = None) -> bool:
    """Every figure is finite or unknown (None), so `exact` would keep each as it is: told by
    one sum, which an infinite or NaN figure leaves infinite or NaN. A sum that merely
    overflows, or a figure that is no number, says False: the careful way, never a wrong one."""
    try:
        total = (a or 0.0) + (b or 0.0) + (c or 0.0) + (d or 0.0) + (e or 0.0)
        return bool(total - total == 0.0)
    except (TypeError, ArithmeticError):  # not a number, or an int past any float
        return False


def figures(row: GapRow) -> dict[str, Any]:
    """The `GAP_COLUMNS` of a row, written out: made 200,000 times for a national plan."""
    required, available, planned = row.required, row.available, row.planned
    gap, residual = row.gap, row.residual
    if not _finite(required, available, planned, gap, residual):
        required, available, planned = exact(required), exact(available), exact(planned)
        gap, residual = exact(gap), exact(residual)
    return {
        "unit": row.unit,
        "requirement": row.requirement,
        "year": row.year,
        "kind": row.kind,
        "basis": row.basis,
        "required": required,
        "available": available,
        "planned": planned,
        "gap": gap,
        "residual": residual,
        "need_type": row.need_type,
        "due": row.due,
        "vulnerable": row.vulnerable,
        "over_target": row.over_target,
    }


def measure(row: GapRow) -> dict[str, Any] | None:
    """The row's measure for other tools: name, value, unit, target, count, total."""
    m = row.measure
    if m is None:
        return None
    return {
        "name": m.name,
        "value": exact(m.value),
        "unit": m.unit,
        "target": exact(m.target),
        "count": exact(m.count),
        "total": exact(m.total),
    }


def csv_row(row: GapRow) -> dict[str, Any]:
    """A csv row: the figures, then the measure in columns of its own (empty without one)."""
    out = figures(row)
    m = row.measure
    if m is None:
        out["measure"] = out["measure_value"] = out["measure_target"] = None
        out["measure_count"] = out["measure_total"] = None
        return out
    value, target, count, total = m.value, m.target, m.count, m.total
    if not _finite(value, target, count, total):
        value, target, count, total = exact(value), exact(target), exact(count), exact(total)
    out["measure"] = m.name
    out["measure_value"] = value
    out["measure_target"] = target
    out["measure_count"] = count
    out["measure_total"] = total
    return out


def all_exact(values: list[Any]) -> list[Any]:
    """`exact` of each value: the list itself when every figure in it is finite or unknown
    (one sum tells, as in `_finite`; one that cannot be summed is looked at one by one)."""
    try:
        total = sum(filter(None, values), 0.0)
        if total - total == 0.0:
            return values
    except (TypeError, ArithmeticError):
        pass
    return list(map(exact, values))


def _of(rows: Sequence[Any], name: str) -> list[Any]:
    return list(map(attrgetter(name), rows))


def csv_columns(rows: Sequence[GapRow]) -> dict[str, list[Any]]:
    """The `csv_row`s of `rows` column by column (by key), without a dict per row: `exact`
    leaves a finite figure as it is, so it is applied to a whole column or not at all."""
    out = {key: _of(rows, key) for key in GAP_COLUMNS}
    for key in ("required", "available", "planned", "gap", "residual"):
        out[key] = all_exact(out[key])
    measures = _of(rows, "measure")
    if measures.count(None) == len(measures):
        nothing: list[Any] = [None] * len(rows)
        return out | dict.fromkeys(MEASURE_COLUMNS, nothing)
    for key, name in zip(
        MEASURE_COLUMNS, ("name", "value", "target", "count", "total"), strict=True
    ):
        values = [None if m is None else getattr(m, name) for m in measures]
        out[key] = values if key == "measure" else all_exact(values)
    return out


def row_dict(row: GapRow, words: Words) -> dict[str, Any]:
    """A row for `--format json`: the figures, the id, the formula and the sources."""
    out = figures(row)
    out["id"] = row.id
    out["formula"] = words.formula(row.formula)
    out["measure"] = measure(row)
    inventory, drivers, actions = words.sources(row)
    out["sources"] = {"inventory": inventory, "drivers": drivers, "actions": actions}
    return out


def figure(value: float | None, t: Labels) -> str:
    """A figure for a reader: two decimals, «ukjent» when nobody knows it (never a 0)."""
    if value is None:
        return t["gap.unknown"]
    # a sum that should be nothing can come out a hair below it: 0, not «-0»
    return plain(value if abs(value) >= 0.005 else 0.0)


def need(row: GapRow, t: Labels) -> str:
    """The need column: the need type, and «over måltall» (with the plan's need type, if it
    gives one) for a row over a maximum share."""
    kind = t.value(row.need_type) if row.need_type else ""
    if not row.over_target:
        return kind
    over = t["gap.over_target"]
    return f"{over} ({kind})" if kind else over


def figure_lines(row: GapRow, words: Words) -> list[str]:
    """The row's figures, one a line, each with how it was worked out."""
    t = words.t

    def num(value: float | None) -> str:
        return figure(value, t)

    known = row.available is not None
    projected = t("gap.x_projected", year=row.year) if known else t["gap.x_unknown"]

    return [
        f"  {t['gap.x_required']:<11} {num(row.required)}   ({words.formula(row.formula)})",
        f"  {t['gap.x_available']:<11} {num(row.available)}   ({projected})",
        f"  {t['gap.x_planned']:<11} {num(row.planned)}   ({t['gap.x_from_actions']})",
        f"  {t['gap.x_gap']:<11} {num(row.gap)}",
        f"  {t['gap.x_residual']:<11} {num(row.residual)}"
        + ("" if row.due else f"   ({t['not_due']})"),
        f"  {t['gap.x_need_type']:<11} {need(row, t)}",
    ]
