"""A gap row's figures for other tools (csv, workbook, json) are the figures as computed, an
overflowed or NaN one None (the json's staffing rows: tests/test_staffing_json.py)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from helpers import gap_row

from kplan.analysis.formulas import Measure
from kplan.analysis.gap import GapRow
from kplan.present.gap_rows import GAP_COLUMNS, MEASURE_COLUMNS, csv_row, exact, figures

FIGURES = ("required", "available", "planned", "gap", "residual")


def _row(measure: Measure | None = None, **values: Any) -> GapRow:
    row: GapRow = gap_row(measure=measure, **values)
    return row


def _by_hand(row: GapRow) -> dict[str, Any]:
    """The csv row as `exact` makes each value, one at a time."""
    out = {c: exact(getattr(row, c)) for c in GAP_COLUMNS}
    m = row.measure
    out["measure"] = m.name if m else None
    for key in ("value", "target", "count", "total"):
        out[f"measure_{key}"] = exact(getattr(m, key)) if m else None
    return out


ODD = [
    1.5,
    0.0,
    -0.0,
    None,
    7,
    10**400,  # an int no float holds: kept, as `exact` keeps it
    1e308,  # two of them sum past the largest float: still kept
    math.inf,
    -math.inf,
    math.nan,
    "x",
]


@pytest.mark.parametrize("odd", ODD, ids=repr)
@pytest.mark.parametrize("column", FIGURES)
def test_each_figure_is_kept_unless_it_is_not_finite(column: str, odd: Any) -> None:
    row = _row(**{column: odd, "gap": 1e308 if column != "gap" else odd})
    got = figures(row)
    assert tuple(got) == GAP_COLUMNS
    want = _by_hand(row)
    assert list(got.items()) == [(c, want[c]) for c in GAP_COLUMNS]
    if isinstance(odd, float) and not math.isfinite(odd):
        assert got[column] is None
    else:
        assert got[column] is odd


@pytest.mark.parametrize("odd", ODD, ids=repr)
@pytest.mark.parametrize("field", ["value", "target", "count", "total"])
def test_each_measure_figure_is_kept_unless_it_is_not_finite(field: str, odd: Any) -> None:
    values: dict[str, Any] = {"value": 50.0, "target": 70.0, "count": 4.0, "total": 8.0}
    values[field] = odd
    row = _row(Measure("share", unit="percent", **values))
    got = csv_row(row)
    assert tuple(got) == (*GAP_COLUMNS, *MEASURE_COLUMNS)
    assert got == _by_hand(row)
    expected = None if isinstance(odd, float) and not math.isfinite(odd) else odd
    assert got[f"measure_{field}"] is expected


def test_a_row_without_a_measure_has_empty_measure_columns() -> None:
    got = csv_row(_row())
    assert [got[c] for c in MEASURE_COLUMNS] == [None] * 5
    assert got["required"] == 8.0 and got["residual"] == 1.5
