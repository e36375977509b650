"""The tables measured a column at a time (`present.table`), and figures worded many at once
(`present.figure_texts`), say what the cell-at-a-time way says, byte for byte: on plain ASCII
tables, on Norwegian text, and on hostile text (wide CJK characters, combining marks, soft
hyphens, control characters, bidi controls, runs of spaces and line breaks)."""

from __future__ import annotations

import math

import pytest

from kplan.present import fmt, table
from kplan.present.figure_texts import Figures, Plain
from kplan.present.gap_rows import figure
from kplan.present.labels import Labels

RED, YELLOW = "\x1b[31m", "\x1b[33m"

ASCII = [
    ["2025", "165,2", "0", "1 234,5", "andel 0 av 236 (0 %), maal minst 70 %"],
    ["2026", "21", "35,25", "-0,37", "ok"],
    ["2027", "ukjent", "0", "12", "andel 64,3 % (maal minst 70 %)"],
]
NORWEGIAN = [
    ["Søre Ål sykehjem", "1 680 000 kr", "37,53 %", "−3", "Σ åpent"],
    ["Nordre tjenester 1, Nordre kommune 1", "0", "2 ", " 4", "læring"],
]
HOSTILE = [
    ["中文名字很长的单位名称", "1", "x\u0301y\u0301", "soft\u00adhyphen", "a\u202eb"],
    ["tab\there", "line\nbreak", "  lead  and  double  ", "\x1b[31mred", "\ud800"],
    ["", "", "", "", ""],
    ["ｗｉｄｅ ｗｏｒｄｓ ｈｅｒｅ", "1 234 567 890", "é" * 30, "x" * 60, "中" * 15],
]
HEADER = ["Enhet", "Påkrevd", "Tilgjengelig", "Gap", "Måling"]


def _marks(rows: list[list[str]], kind: int) -> list[fmt.Mark] | None:
    if kind == 0:
        return None
    if kind == 1:
        return [RED if n % 2 else "" for n in range(len(rows))]
    return [{3: YELLOW, 4: RED} if n % 2 == 0 else {} for n in range(len(rows))]


@pytest.mark.parametrize("rows", [ASCII, NORWEGIAN, HOSTILE, ASCII + NORWEGIAN + HOSTILE])
@pytest.mark.parametrize("width", [None, 20, 40, 60, 80, 200])
@pytest.mark.parametrize("marks", [0, 1, 2])
def test_a_table_a_column_at_a_time_is_the_table_a_cell_at_a_time(
    rows: list[list[str]], width: int | None, marks: int
) -> None:
    right = {1, 2, 3}
    slow = fmt.text_table(
        "Tittel: " + rows[0][0], HEADER, rows, right, _marks(rows, marks), width=width
    )
    fast = table.text_table(
        "Tittel: " + rows[0][0], HEADER, rows, right, _marks(rows, marks), width=width
    )
    assert fast == slow


def test_a_table_of_figures_and_years_is_the_same_either_way() -> None:
    # years as ints and figures as text: the shapes of the gap's and the balance's tables
    rows: list[list[object]] = [[2025 + n, f"{n * 1.5:.2f}", "ukjent", str(-n)] for n in range(10)]
    for width in (None, 20, 30, 80):
        slow = fmt.text_table(
            "-", ["År", "Behov", "Start", "Σ åpent"], rows, {1, 2, 3}, width=width
        )
        fast = table.text_table(
            "-", ["År", "Behov", "Start", "Σ åpent"], rows, {1, 2, 3}, width=width
        )
        assert fast == slow


def test_a_table_with_no_rows_or_ragged_rows_is_left_to_the_cell_at_a_time_way() -> None:
    assert table.text_table("T", ["a", "b"], [], {1}, width=40) == fmt.text_table(
        "T", ["a", "b"], [], {1}, width=40
    )
    assert table.md_table(["a", "b"], []) == fmt.md_table(["a", "b"], [])
    assert table.md_table(["a", "b"], [["1"], ["2", "3", "4"]]) == fmt.md_table(
        ["a", "b"], [["1"], ["2", "3", "4"]]
    )


@pytest.mark.parametrize("rows", [ASCII, NORWEGIAN, HOSTILE, ASCII + HOSTILE])
def test_a_markdown_table_checked_at_once_is_the_table_checked_a_cell_at_a_time(
    rows: list[list[str]],
) -> None:
    markup = [["a|b", "*x*", "%%{init}%%", "a:::b", "<script>", "&amp;", "[l](u)", "`c`", "#"]]
    for cells in (rows, [r[:5] for r in markup]):
        assert table.md_table(HEADER, cells, right=range(1, 4)) == fmt.md_table(
            HEADER, cells, right=range(1, 4)
        )


def test_plain_words_need_no_escape_and_the_rest_do() -> None:
    assert table.plain_cells(["Søre Ål", "1 234,5", "", "37,53 %"])
    assert not table.plain_cells(["a", "b|c"])
    assert not table.plain_cells(["a%", "%b", "50%%"])  # «%%» in a cell of its own
    assert table.plain_cells(["a%", "%b"])  # joined «a% %b»: no «%%» in either
    assert not table.plain_cells(["a ", "b"])  # a trailing space: one_line would drop it


FIGURES = [
    0.0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.015, 2.675, 1.005, 100.0, 100.5, 999.995,
    -999.995, 1000.0, 1e16, 1e22, -1e300, math.inf, -math.inf, math.nan, 1, 0, -1, 10**15,
    123456789.125, 5e-324, -5e-324, 0.995, 9.995, -9.995, 236.0, 235.63, 18.5, 7.92,
]  # fmt: skip


def test_figures_worded_at_once_are_worded_as_one_at_a_time() -> None:
    t = Labels("nb")
    plain, figures = Plain("ukjent"), Figures("ukjent")
    values: list[float | None] = [*FIGURES, None]
    for start in range(len(values)):
        for size in (1, 2, 7, len(values)):
            chunk = values[start : start + size]
            assert plain.many(chunk) == ["ukjent" if v is None else fmt.plain(v) for v in chunk]
            assert figures.many(chunk) == [figure(v, t) for v in chunk]
    # by hand: «.50» loses its 0, «.00» its decimals, a hair below 0 is «0» in the gap but
    # «-0» in the balance, a thousand gets a space
    assert plain.many([18.5, 7.0, -0.004, 1234.5]) == ["18,5", "7", "-0", "1 234,5"]
    assert figures.many([18.5, 7.0, -0.004, math.nan]) == ["18,5", "7", "0", "0"]
