"""Tables of plain cells laid out by one format string (`present.plain_grid`), words split at
spaces by one pattern (`layout.split_words`) and text told narrow by one copy (`terminal.narrow`)
say what the cell-at-a-time way says, byte for byte: the gap's tables with a measure column
that wraps, the staffing balance's turned tables, and tables that are not plain and go the
measured way."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kplan.analysis.staffing import staffing_balance
from kplan.check.validate import check
from kplan.present import fmt, layout, plain_grid, table
from kplan.present.figure_texts import Plain
from kplan.present.fmt import plain
from kplan.present.labels import Labels
from kplan.present.staffing import _flows
from kplan.present.terminal import narrow

ROOT = Path(__file__).resolve().parent.parent

HEADER = ["År", "Påkrevd", "Tilgjengelig", "Planlagt", "Gap", "Rest", "Måling"]
GAP_ROWS = [
    [2025 + n, f"{39 + n},17", "26 (sårbar)", "0", f"{13 + n},17", "ukjent", measure]
    for n, measure in enumerate(
        [
            "andel 3,9 av 96,9 (4,02 %), mål minst 70 %",
            "andel 3,59 av 100,61 (3,57 %), mål minst 70 %",
            "under 75 %: 50 av 120 (41,7 %)",
            "heltid 13,54 av 89,72 (15,09 %), mål minst 50 %",
            "",
            "1 680 000 kr: 1 234 567 890 ukjent",
            "Σ åpent − planlagt",
            "x" * 40,
        ]
    )
]
WIDTHS = [None, 20, 30, 40, 55, 60, 70, 80, 100, 200]


def _slow(header: list[str], rows: list[list[object]], right: set[int], width: int | None) -> str:
    return fmt.text_table("Enhet: krav (behov: læring)", header, rows, right, width=width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("cut", [1, 4, 5, 8])
def test_a_gap_table_of_plain_cells_is_the_table_a_cell_at_a_time(
    width: int | None, cut: int
) -> None:
    rows = [list(r) for r in GAP_ROWS[:cut]]
    right = {1, 2, 3, 4, 5}
    title = "Enhet: krav (behov: læring)"
    cols = [[str(c) for c in col] for col in zip(*rows, strict=True)]
    assert plain_grid.plain(cols)
    slow = _slow(HEADER, rows, right, width)
    assert table.column_table(title, HEADER, cols, right, width=width) == slow
    assert table.text_table(title, HEADER, rows, right, width=width) == slow


@pytest.mark.parametrize("width", WIDTHS)
def test_an_empty_last_cell_leaves_no_trailing_space(width: int | None) -> None:
    rows: list[list[object]] = [[2025, "1", ""], [2026, "12", "tekst"], [2027, "", ""]]
    slow = _slow(["År", "Gap", "Måling"], rows, {1}, width)
    assert (
        table.text_table(
            "Enhet: krav (behov: læring)", ["År", "Gap", "Måling"], rows, {1}, width=width
        )
        == slow
    )
    assert not any(line.endswith(" ") for line in slow.splitlines())


@pytest.mark.parametrize(
    "first",
    [
        ["", "2026"],  # a blank first cell: a blank line between the rows
        ["Nordre tjenester 1, Nordre kommune 1, alle ansatte", "b"],  # the first column wraps
        ["中文名字很长的单位名称", "b"],  # wide characters: not plain
        ["x\u0301y", "b"],  # a combining mark: not plain
        ["soft\u00adhyphen", "b"],  # a soft hyphen: not plain
        ["a\u202eb", "b"],  # a bidi control: not plain
        [" lead", "b"],  # a leading space: not plain
        ["double  space", "b"],
        ["line\nbreak", "b"],
    ],
)
@pytest.mark.parametrize("width", [None, 20, 40, 80])
def test_what_is_not_plain_is_laid_out_the_measured_way(
    first: list[str], width: int | None
) -> None:
    rows: list[list[object]] = [[f, "1 234,5", "andel 3,9 av 96,9 (4,02 %)"] for f in first]
    header = ["Enhet", "Gap", "Måling"]
    cols = [[str(c) for c in col] for col in zip(*rows, strict=True)]
    slow = fmt.text_table("T", header, rows, {1}, width=width)
    assert table.column_table("T", header, cols, {1}, width=width) == slow
    assert table.text_table("T", header, rows, {1}, width=width) == slow


def test_one_column_wide_signs_above_u0300_are_plain_and_wide_ones_are_not() -> None:
    assert plain_grid.plain([["− Pensjon", "Σ åpent"], ["1", "2"]])
    assert not plain_grid.plain([["中"], ["1"]])
    assert not plain_grid.plain([["e\u0301"], ["1"]])


@pytest.mark.parametrize("case", ["examples/stange", "examples/oyer"])
@pytest.mark.parametrize("width", [None, 20, 36, 50, 80, 120, 300])
@pytest.mark.parametrize("colour", [False, True])
def test_a_staffing_line_turned_in_blocks_is_the_same_as_measured(
    case: str, width: int | None, colour: bool
) -> None:
    plan = check(ROOT / case).plan
    assert plan is not None
    report = staffing_balance(plan)
    assert report.lines
    flows = _flows(Labels("nb"))
    for line in report.lines:
        rows = flows.rows(line)
        open_years = [(y.still_open or 0.0) > 1e-9 for y in line.years]
        measured = flows._measured(rows, open_years, colour, width)
        assert flows.table(line, colour, width) == measured


def _loop_words(text: str) -> list[str]:
    """`layout.split_words` as a loop, as it was written before the pattern."""
    words = text.split(" ")
    out = [words[0]]
    for word in words[1:]:
        tail = out[-1][-1:]
        if tail.isdigit():
            figure = word[:1].isdigit() or word.startswith(("%", "kr"))
        else:
            figure = tail == ":" and word[:1].isdigit() and word[-1:] in ".,"
        if figure:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def test_words_split_by_the_pattern_are_the_words_of_the_loop() -> None:
    assert layout.split_words("andel 3,59 av 100,61 (3,57 %), mål minst 70 %") == [
        "andel",
        "3,59",
        "av",
        "100,61",
        "(3,57 %),",
        "mål",
        "minst",
        "70 %",
    ]
    assert layout.split_words("frist: 1. mai 2 kr ² 3") == ["frist: 1.", "mai", "2 kr", "² 3"]
    pieces = [" ", " ", "0", "7", "²", "¹", "%", "kr", "k", ":", ".", ",", "a", "å", "\n", "1,"]
    rng = random.Random(16)  # the same strings every run
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert layout.split_words(text) == _loop_words(text), repr(text)


def test_narrow_is_every_character_below_u0300_but_the_soft_hyphen() -> None:
    for code in (0, 0x41, 0xAC, 0xAD, 0xAE, 0xE5, 0xFF, 0x100, 0x2FF, 0x300, 0x2212, 0xD800):
        ch = chr(code)
        expected = code < 0x300 and code != 0xAD
        assert narrow(ch) is expected, hex(code)
        assert narrow("Søre Ål " + ch) is expected, hex(code)
        assert narrow("abc" + ch + "def") is expected, hex(code)
    assert narrow("") and narrow("mål") and not narrow("mål\u00ad")


def test_many_figures_with_a_few_thousands_are_each_worded_as_plain_words_them() -> None:
    # one in ten of 200 figures is 1 000 or more: the rest go through `%` at once, those
    # one at a time; 999.995 rounds to «1 000», and -0.001 to «-0» as `plain` has it
    values: list[float] = [n * 1.37 % 998 for n in range(180)]
    values += [999.995, -999.995, 1234.5, -1e6, 12_345_678.125, 10**6, float("inf")]
    values += [float("nan"), -0.001, 0.005, 2.675, 0, -0.0, 998.99, 5.5, 7.25, 100, 3]
    texts = Plain("ukjent").many(values)
    assert texts == [plain(v) for v in values]
    assert texts[180:184] == ["1 000", "-1 000", "1 234,5", "-1 000 000"]


def test_random_plain_tables_are_the_tables_a_cell_at_a_time() -> None:
    # plain words and figures of every length, in up to six columns, some right-aligned, at
    # every width from 10 to 120: the format string's rows, narrowed columns and wrapped
    # cells are the measured way's, and the stacked or spaced tables go that way
    rng = random.Random(17)  # the same tables every run
    words = ["andel", "3,59", "av", "100,61", "(3,57 %),", "mål", "1 680 000 kr", "x" * 30, ""]
    words += ["Nordre", "tjenester", "−", "Σ", "2025", "0", "-0,37", "ukjent", "70 %"]
    for _ in range(400):
        n = rng.randint(1, 6)
        header = [
            rng.choice(["År", "Påkrevd", "Måling", "Enhet", "", "Tilgjengelig"]) for _ in range(n)
        ]
        rows: list[list[object]] = [
            [" ".join(filter(None, rng.choices(words, k=rng.randint(0, 6)))) for _ in range(n)]
            for _ in range(rng.randint(1, 5))
        ]
        right = {i for i in range(n) if rng.random() < 0.5}
        width = rng.choice([None, rng.randint(10, 120)])
        slow = fmt.text_table("T", header, rows, right, width=width)
        assert table.text_table("T", header, rows, right, width=width) == slow, (rows, width)
