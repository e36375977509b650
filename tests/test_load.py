"""The YAML loader on hostile and odd input: every case ends in a located diagnostic, fast."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kplan.present.catalogue import words
from kplan.read.rawtext import MAX_BYTES
from kplan.read.yaml_loader import load_file, parse_text

HOSTILE = {
    "billion-laughs": (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
            for i in range(8)
        ),
        "K008",
        1,
        4,
    ),
    "self-alias": ("a: &x [*x]\n", "K008", 1, 4),
    "merge-key": ("a:\n  <<: {b: 1}\n", "K008", 2, 3),
    "python-object": ("x: !!python/object/apply:os.system [ls]\n", "K009", 1, 4),
    "python-name-on-map": ("x: !!python/object:os.Foo {a: 1}\n", "K009", 1, 4),
    "deep-flow": ("x: " + "[" * 100_000 + "]" * 100_000 + "\n", "K010", 1, None),
    "deep-block": ("".join("  " * i + f"k{i}:\n" for i in range(500)), "K010", 65, None),
    "two-documents": ("a: 1\n---\nb: 2\n", "K011", 2, 1),
    "empty": ("", "K012", 1, 1),
    "only-comments": ("# nothing\n", "K012", 1, 1),
    "duplicate-key": ("a: 1\nb: 2\na: 3\n", "K007", 3, 1),
    "impossible-date": ("d: 2024-13-01\n", "K014", 1, 4),
    "tab-indent": ("a:\n\tb: 1\n", "K006", 2, 1),
    "unclosed-flow": ("a: [1, 2\nb: 3\n", "K005", 2, None),
    "complex-key": ("? [a, b]\n: 1\n", "K015", 1, 3),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_gives_located_diagnostic(name: str) -> None:
    text, code, line, col = HOSTILE[name]
    loaded = parse_text(text, "plan.yaml")
    assert [d.code for d in loaded.problems] == [code]
    problem = loaded.problems[0]
    assert problem.line == line
    if col is not None:
        assert problem.col == col


def test_yaml_1_1_surprises_do_not_come_back() -> None:
    loaded = parse_text("%YAML 1.1\n---\na: no\nb: 0755\nc: 12:30\nd: on\n", "p.yaml")
    assert loaded.data == {"a": "no", "b": 755, "c": "12:30", "d": "on"}


def test_scalars_follow_yaml_1_2_core() -> None:
    loaded = parse_text(
        "a: 0301\nb: '0301'\nc: 1.5\nd: true\ne: ~\nf: 2025-08-01\ng: 2025-08\nh: 0x1F\n", "p.yaml"
    )
    assert loaded.data == {
        "a": 301,
        "b": "0301",
        "c": 1.5,
        "d": True,
        "e": None,
        "f": dt.date(2025, 8, 1),
        "g": "2025-08",
        "h": 31,
    }


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    f = tmp_path / "kplan.yaml"
    f.write_bytes(b"a: 1\nb: \x00\x01\x02\n")
    assert [(d.code, d.line) for d in load_file(str(f)).problems] == [("K003", 2)]


def test_windows_1252_is_located_with_a_hint(tmp_path: Path) -> None:
    f = tmp_path / "kplan.yaml"
    f.write_bytes("a: 1\ntittel: Kompetanseplan for Øyer\n".encode("cp1252"))
    (problem,) = load_file(str(f)).problems
    assert (problem.code, problem.line, problem.col) == ("K002", 2, 28)
    # the line as Windows-1252 reads it, in the sentence of each language
    said = words(problem.message, "nb")
    assert said == (
        "Fila er ikke UTF-8 (lest som Windows-1252 står det «tittel: Kompetanseplan for Øyer» "
        "på linja). Lagre den som UTF-8 i redigeringsprogrammet."
    )
    assert "«tittel: Kompetanseplan for Øyer» as Windows-1252" in words(problem.message, "en")


def test_bom_at_the_start_is_read(tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_bytes("\ufeffnavn: Øyer\n".encode())
    assert load_file(str(f)).data == {"navn": "Øyer"}


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16", "UTF-16 (little-endian)"),
        ("utf-16-le", "UTF-16 (little-endian)"),
        ("utf-16-be", "UTF-16 (big-endian)"),
        ("utf-32", "UTF-32 (little-endian)"),
        ("utf-32-le", "UTF-32 (little-endian)"),
        ("utf-32-be", "UTF-32 (big-endian)"),
    ],
)
def test_wide_encodings_are_named_with_the_fix(tmp_path: Path, encoding: str, name: str) -> None:
    f = tmp_path / "a.yaml"
    f.write_bytes("navn: Øyer kommune\nstatus: utkast\n".encode(encoding))
    (problem,) = load_file(str(f)).problems
    assert problem.code == "K002"
    assert words(problem.message, "nb") == (
        f"Fila er lagret som {name}, ikke UTF-8; lagre fila som UTF-8 i redigeringsprogrammet "
        "(i Excel: «CSV UTF-8»)."
    )
    assert "save it as UTF-8" in words(problem.message, "en")


def test_bom_inside_the_file_is_named_at_its_place() -> None:
    (problem,) = parse_text("a: 1\nb: x\ufeffy\n", "p.yaml").problems
    assert (problem.code, problem.line, problem.col) == ("K005", 2, 5)
    assert "usynlig tegn (byte order mark, U+FEFF)" in words(problem.message, "nb")


@pytest.mark.parametrize("key", ["true", "null", "1.5", "2024-01-01", "~", "False"])
def test_keys_that_are_not_text_are_named_not_duplicates(key: str) -> None:
    loaded = parse_text(f"{key}: a\n1: b\nx: c\n", "p.yaml")
    assert [d.code for d in loaded.problems] == ["K015"]
    said = words(loaded.problems[0].message, "nb")
    assert said.startswith(f"Nøkkelen «{key}» leses som ") and f'("{key}":)' in said
    assert loaded.data == {1: "b", "x": "c"}


@pytest.mark.parametrize(
    "value", ["9" * 5000, "-" + "1" * 4400, "0x" + "f" * 5000, "0o" + "7" * 5000]
)
def test_numbers_too_long_for_python_are_refused_not_crashed(value: str) -> None:
    key = value[:300]  # YAML keys are at most 1024 characters
    loaded = parse_text(f"a: {value}\n{key}: b\n", "p.yaml")
    assert [(d.code, d.line) for d in loaded.problems] == [("K105", 1), ("K105", 2)]
    assert loaded.data == {"a": value, key: "b"}


def test_years_python_cannot_hold_are_not_dates() -> None:
    loaded = parse_text("a: 0000-01-01\nb: 9999-12-31\nc: 1e400\nd: .nan\n", "p.yaml")
    assert [d.code for d in loaded.problems] == ["K014"]
    assert loaded.data["b"] == dt.date(9999, 12, 31)


def test_fifo_and_device_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    (problem,) = load_file(str(fifo)).problems
    assert problem.code == "K001"
    assert words(problem.message, "nb") == (
        "Dette er en FIFO (navngitt rør), ikke en fil; kplan leser bare vanlige filer."
    )
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    (problem,) = load_file(str(link)).problems
    assert problem.code == "K001" and "device" in words(problem.message, "en")


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    f = tmp_path / "big.yaml"
    with open(f, "wb") as fh:
        fh.write(b"a: " + b"x" * (MAX_BYTES + 10) + b"\n")
    assert [d.code for d in load_file(str(f)).problems] == ["K004"]


def test_huge_line_below_the_limit_loads(tmp_path: Path) -> None:
    f = tmp_path / "long.yaml"
    f.write_text("a: " + "x" * 2_000_000 + "\n", encoding="utf-8")
    assert len(load_file(str(f)).data["a"]) == 2_000_000


def test_unreadable_and_directory(tmp_path: Path) -> None:
    assert [d.code for d in load_file(str(tmp_path / "missing.yaml")).problems] == ["K001"]
    assert [d.code for d in load_file(str(tmp_path)).problems] == ["K001"]


def test_positions_point_at_keys_and_values() -> None:
    loaded = parse_text("a:\n  - id: x\n    needs: [n1, n2]\n", "p.yaml", positions=True)
    assert loaded.positions is not None
    assert loaded.positions.of(("a", 0, "needs", 1)) == (3, 17)
    assert loaded.positions.of(("a", 0, "needs"), key=True) == (3, 5)
    assert loaded.positions.of(("a", 0)) == (2, 5)
    # a path that does not exist falls back to its nearest ancestor
    assert loaded.positions.of(("a", 0, "missing")) == (2, 5)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_loads_or_gives_diagnostics(text: str) -> None:
    loaded = parse_text(text, "p.yaml")
    assert loaded.ok or loaded.problems
    assert all(d.line >= 1 for d in loaded.problems)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab:-[]{}&*!#'\"\n\t ,?|>%@`", max_size=120))
def test_yaml_punctuation_soup_never_raises(text: str) -> None:
    loaded = parse_text(text, "p.yaml", positions=True)
    assert loaded.ok or loaded.problems


def test_a_million_tiny_values_are_refused_early() -> None:
    loaded = parse_text("a: [" + "1," * 1_200_000 + "1]\n", "p.yaml")
    assert [d.code for d in loaded.problems] == ["K004"]
