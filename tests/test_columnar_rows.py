"""A gap's csv rows and workbook sheets are made column by column (`ColumnRows`), not as a dict
per row: every column must hold what the rows did (`csv_row`, `staffing_csv_rows`), value for
value, on the examples, the test cases and values made to tell them apart; and each writer must
write `ColumnRows` as it writes the same rows as dicts."""

from __future__ import annotations

import dataclasses
import io
import math
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers import bench_plans, gap_row

from kplan.analysis.formulas import Measure
from kplan.analysis.staffing import StaffingReport
from kplan.analysis.step5 import step5
from kplan.check.validate import check
from kplan.present.catalogue import words
from kplan.present.gap_rows import csv_columns, csv_row
from kplan.present.staffing import staffing_csv_columns, staffing_csv_rows
from kplan.present.step5 import MEASURES, step5_tabular
from kplan.present.tabular import Column, Sheet, Tabular, csv_text, excel_csv, xlsx_bytes
from kplan.present.tabular_columns import ColumnRows
from kplan.text import t

ROOT = Path(__file__).parent.parent
PLANS = [
    ROOT / "examples" / "oyer",
    ROOT / "examples" / "stange",
    # the test cases that read without errors (a plan with errors gets no gap)
    *(ROOT / "tests" / "cases" / name for name in ("red-thread", "staffing-fte-by-age")),
]
SHAPES = ("national", "deep")
"""bench/generate.py's shapes: a national plan's thousands of staffing lines, some unknown."""
NAN, INF = math.nan, math.inf
ODD = [1.5, 0.0, -0.0, None, 7, 10**400, 1e308, INF, -INF, NAN, "x"]
"""Values a figure could hold that `exact` keeps or empties one by one."""


def _same(a: Any, b: Any) -> bool:
    """The very value (a kept figure is the object computed), or two NaNs."""
    return a is b or a == b or (a != a and b != b)


def _rows_alike(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert list(g) == list(w)  # the same keys in the same order
        assert all(_same(g[k], w[k]) for k in w), (g, w)


def _old_rows(result: Any) -> list[dict[str, Any]]:
    """The csv rows as they were made: a dict per row."""
    rows = [{"part": "kompetanse", **csv_row(r)} for r in result.competence.rows]
    staffing = staffing_csv_rows(result.staffing) if result.staffing is not None else []
    return rows + staffing


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return bench_plans(tmp_path_factory.mktemp("shapes"), SHAPES)


@pytest.mark.parametrize("path", [*PLANS, *SHAPES], ids=lambda p: getattr(p, "name", p))
def test_the_columns_hold_what_the_rows_did_on_every_plan(
    path: Path | str, generated: dict[str, Path]
) -> None:
    plan = check(str(generated[path] if isinstance(path, str) else path)).plan
    assert plan is not None
    result = step5(plan)
    tab = step5_tabular(result, "en")
    assert isinstance(tab.rows, ColumnRows)
    _rows_alike(list(tab.rows), _old_rows(result))
    competence = tab.sheets[-1]
    worded = [
        {**r, "measure": words(t(f"output.measure.{r['measure']}"), "en")}
        if r["measure"] in MEASURES
        else r
        for r in ({"part": "kompetanse", **csv_row(r)} for r in result.competence.rows)
    ]
    _rows_alike(list(competence.rows), worded)
    if result.staffing is not None:
        _rows_alike(list(tab.sheets[0].rows), staffing_csv_rows(result.staffing))


def _measure(**values: Any) -> Measure:
    figures: dict[str, Any] = {"value": 50.0, "target": 70.0, "count": 4.0, "total": 8.0}
    return Measure("share", unit="percent", **(figures | values))


def test_odd_figures_are_emptied_in_their_own_row_only() -> None:
    rows = [gap_row()]
    for odd in ODD:
        for key in ("required", "available", "planned", "gap", "residual"):
            rows.append(gap_row(**{key: odd}))
        for key in ("value", "target", "count", "total"):
            rows.append(gap_row(measure=_measure(**{key: odd})))
    rows.append(gap_row(measure=_measure(value=None, target=None, count=None, total=None)))
    for block in (rows, rows[:1], rows[-1:], []):
        columns = csv_columns(block)
        got = [
            dict(zip(columns, values, strict=True))
            for values in zip(*columns.values(), strict=True)
        ]
        _rows_alike(got, [csv_row(r) for r in block])


def _staffing(path: Path) -> StaffingReport:
    plan = check(str(path)).plan
    assert plan is not None
    staffing = step5(plan).staffing
    assert staffing is not None and staffing.lines
    return staffing


def test_odd_staffing_figures_are_emptied_as_the_rows_empty_them() -> None:
    report = _staffing(ROOT / "examples" / "stange")
    first = report.lines[0]
    odd = tuple(
        first.years[0]._replace(demand=value, cumulative_planned=value)
        for value in ODD
        if value is None or isinstance(value, float)  # a staffing figure is a float or None
    )
    lines = (dataclasses.replace(first, years=first.years + odd), *report.lines[1:])
    for changed in (dataclasses.replace(report, lines=lines), report):
        columns = staffing_csv_columns(changed)
        got = [
            dict(zip(columns, values, strict=True))
            for values in zip(*columns.values(), strict=True)
        ]
        _rows_alike(got, staffing_csv_rows(changed))


COLUMNS = (
    Column("part"),
    Column("id"),
    Column("kind", "choice"),
    Column("year", "year"),
    Column("figure", "figure"),
    Column("due", "bool"),
)
BLOCKS = [
    {  # a gap's competence rows: figures of one kind
        "part": ["a", "a", "a"],
        "id": ["x-1", "y 2", "x-1"],
        "year": [2026, 2027, 2026],
        "figure": [0.1 + 0.2, -0.0, 12345678.9],
        "due": [True, False, True],
    },
    {  # then rows of other keys, with the values a fast path must leave to the cell
        "part": ["b", "b", "b", "b"],
        "id": ['Tom, & "Jerry"', "=1+1", "line\nbreak", None],
        "kind": ["share", None, "None", 7],
        "figure": [NAN, 1e300, -INF, 0.0],
    },
]


@pytest.mark.parametrize("blocks", [BLOCKS, BLOCKS[:1], BLOCKS[1:], [BLOCKS[0], {}, BLOCKS[0]]])
def test_each_writer_writes_column_rows_as_the_same_rows_as_dicts(
    blocks: list[dict[str, list[Any]]],
) -> None:
    columnar = ColumnRows(*blocks)
    dicts = tuple(columnar)
    assert len(dicts) == len(columnar) == sum(len(b.get("part", [])) for b in blocks)
    assert [columnar[i] for i in range(-len(dicts), len(dicts))] == [*dicts, *dicts]
    by_rows = Tabular(COLUMNS, dicts, (Sheet(t("output.sheet.notes"), COLUMNS, dicts),))
    by_columns = Tabular(COLUMNS, columnar, (Sheet(t("output.sheet.notes"), COLUMNS, columnar),))
    assert csv_text(by_columns) == csv_text(by_rows)
    assert excel_csv(by_columns) == excel_csv(by_rows)
    one, other = (zipfile.ZipFile(io.BytesIO(xlsx_bytes(x, "nb"))) for x in (by_rows, by_columns))
    assert one.namelist() == other.namelist()
    assert all(one.read(name) == other.read(name) for name in one.namelist())


def test_a_block_of_ragged_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="one value per row"):
        ColumnRows({"a": [1, 2], "b": [1]})
