"""The json rows written a batch at a time are the bytes of writing each row alone."""

from __future__ import annotations

from typing import Any

from kplan.present.fmt import dumps
from kplan.present.gap_json import _lines


def _alone(rows: list[dict[str, Any]]) -> str:
    return ",\n".join("    " + dumps(r) for r in rows)


def test_a_batch_is_cut_into_one_row_a_line() -> None:
    rows = [{"part": "kompetanse", "year": 2030 + i, "gap": 1.5 * i} for i in range(3)]
    assert _lines(rows) == (
        '    {"part": "kompetanse", "year": 2030, "gap": 0.0},\n'
        '    {"part": "kompetanse", "year": 2031, "gap": 1.5},\n'
        '    {"part": "kompetanse", "year": 2032, "gap": 3.0}'
    )


def test_text_that_looks_like_a_seam_stays_inside_its_string() -> None:
    # a user's name holding the very seam: inside a json string its quotes are escaped
    rows = [
        {"part": "kompetanse", "unit": 'x}, {"part": y'},
        {"part": "bemanning", "unit": "Søre \u2028 ø"},
    ]
    assert _lines(rows) == _alone(rows)
    assert _lines(rows).count("\n") == 1


def test_a_nested_part_first_falls_back_to_a_row_at_a_time() -> None:
    # one seam too many: the rows are written one by one, still one a line
    rows = [
        {"part": "kompetanse", "sources": [{"a": 1}, {"part": "x"}]},
        {"part": "kompetanse", "sources": []},
    ]
    assert _lines(rows) == _alone(rows)
    assert _lines(rows).count("\n") == 1


def test_an_overflowed_figure_is_null_in_a_batch_as_alone() -> None:
    rows = [{"part": "kompetanse", "gap": float("inf")}, {"part": "kompetanse", "gap": 2.0}]
    assert (
        _lines(rows)
        == '    {"part": "kompetanse", "gap": null},\n    {"part": "kompetanse", "gap": 2.0}'
    )
    assert _lines(rows) == _alone(rows)
