"""The short cuts a large gap table takes through its cells say what the long way says."""

from __future__ import annotations

from kplan.present.layout import _longest_word, wrap
from kplan.present.terminal import one_line


def test_a_cell_that_fits_is_one_line_as_written() -> None:
    assert wrap("Søre Ål  sykehjem ", 18) == ["Søre Ål  sykehjem "]  # 18 columns: fits
    assert wrap("", 0) == [""]
    assert wrap(" Ål", 10) == ["Ål"]  # a leading space is lost, as before
    assert wrap("Søre Ål sykehjem", 10) == ["Søre Ål", "sykehjem"]
    assert wrap("中文 ab", 5) == ["中文", "ab"]  # 中文 is 4 columns: with « ab» 7 > 5
    assert wrap("1 680 000 kr", 12) == ["1 680 000 kr"]


def test_the_longest_word_of_one_word_is_its_width() -> None:
    assert _longest_word("中文") == 4
    assert _longest_word("Ål") == 2
    assert _longest_word("ab 1 680") == 5  # «1 680» is one figure


def test_one_line_leaves_plain_text_and_mends_the_rest() -> None:
    assert one_line("Søre Ål") == "Søre Ål"
    assert one_line(2.5) == "2.5"
    assert one_line("a  b") == "a b"
    assert one_line(" a\nb ") == "a b"
    assert one_line("a\tb") == "a\\tb"
    assert one_line("a\u202eb") == "a\\u202eb"
    assert one_line("a\u00adb") == "a\u00adb"  # a soft hyphen is left to the terminal, as before
    assert one_line("x\x1b[31m") == "x\\x1b[31m"


def test_a_row_that_fits_is_padded_and_coloured_as_a_wrapped_one() -> None:
    from kplan.present.layout import RESET, grid

    red = "\x1b[31m"
    out = grid(
        ["Enhet", "Gap"], [["Ål", "2"], ["Sør sykehjem", "-1,5"]], {1}, [6, 4], [{1: red}, red]
    )
    assert out == [
        "Enhet    Gap",
        "──────  ────",
        f"Ål         {red}2{RESET}",  # 6 + 2 + 3 spaces of padding before it: not coloured
        "",  # «Sør sykehjem» wraps in its 6 columns: rows are spaced
        f"{red}Sør     -1,5{RESET}",
        f"{red}sykehj{RESET}",  # a word of 8 in 6 columns is cut
        f"{red}em{RESET}",
    ]
