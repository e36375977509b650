"""The gap csv's cells: an unknown or overflowed figure is an empty cell, the rest as computed."""

from __future__ import annotations

import math

from kplan.present.tabular import Column, Tabular, csv_text


class Huge(float):
    """A float of another type (as numpy's are): still a figure that can overflow."""


def test_unknown_overflowed_and_missing_figures_are_empty_cells() -> None:
    cols = (Column("unit"), Column("gap", "number"), Column("due", "bool"), Column("n", "int"))
    rows = (
        {"unit": "Ål, sør", "gap": 1.5, "due": True, "n": 0},
        {"unit": "x", "gap": math.inf, "due": False, "n": None},
        {"unit": "y", "gap": math.nan, "due": None},  # no «n» at all
        {"unit": "z", "gap": Huge(-math.inf), "due": True, "n": 3},
        {"unit": "", "gap": -0.0, "due": False, "n": 2},
    )
    assert csv_text(Tabular(cols, rows, ())) == (
        'unit,gap,due,n\n"Ål, sør",1.5,True,0\nx,,False,\ny,,,\nz,,True,3\n,-0.0,False,2\n'
    )
