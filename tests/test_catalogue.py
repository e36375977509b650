"""The one catalogue: every sentence in bokmål, nynorsk and English, with the same placeholders,
and nynorsk that is nynorsk."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from helpers import TODAY

from kplan.check.validate import validate_paths
from kplan.present.catalogue import CATALOGUE, placeholders, words
from kplan.text import Text, all_of, one_of, t

SRC = Path(__file__).parent.parent / "src" / "kplan"

# words that are bokmål and never nynorsk: a nynorsk row that holds one was copied, not written
_BOKMAAL = re.compile(
    r"\b(ikke|hvis|hvor|hva|hvordan|noen|enhet|enheter|ansatte|mye|høyst|ennå|deres|"
    r"fra|bare|også|hennes|mange av|gjennom|dersom|skrives|finnes|mangler|brukes|"
    r"kun|vedtatt av|ett)\b",
    re.IGNORECASE,
)


def test_every_entry_has_three_languages_and_the_same_placeholders() -> None:
    bad = []
    for key, row in CATALOGUE.items():
        if len(row) != 3 or not all(isinstance(s, str) and s.strip() for s in row):
            bad.append(f"{key}: not three texts")
            continue
        names = [placeholders(s) for s in row]
        if len(set(names)) != 1:
            bad.append(f"{key}: placeholders differ {[sorted(n) for n in names]}")
    assert not bad, "\n".join(bad)


def test_nynorsk_is_nynorsk() -> None:
    # a few words are the same in both forms in some uses; they are listed with the key
    bokmaal = {
        key: m[0]
        for key, (_, nn, _) in CATALOGUE.items()
        if (m := _BOKMAAL.search(re.sub(r"«[^»]*»|\{[^}]*\}", "", nn)))
    }
    assert not bokmaal, "bokmål words in nynorsk rows: " + ", ".join(
        f"{k} ({w})" for k, w in sorted(bokmaal.items())
    )


def _literal_keys() -> dict[str, str]:
    """Every `t("key", ...)` in src with a literal key, and where it is."""
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = f"{path.relative_to(SRC)}:{node.lineno}"
    return found


def test_every_text_the_code_builds_is_in_the_catalogue() -> None:
    missing = {k: where for k, where in _literal_keys().items() if k not in CATALOGUE}
    assert not missing, "\n".join(f"{where}: {k}" for k, where in sorted(missing.items()))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nb", "«a», «b» eller 3"), ("nn", "«a», «b» eller 3"), ("en", "«a», «b» or 3")],
)
def test_lists_are_joined_in_the_language(lang: str, expected: str) -> None:
    assert words(one_of(["a", "b", 3]), lang) == expected
    assert words(all_of(["a"]), lang) == "«a»"


def test_nested_texts_and_counts() -> None:
    summary = t("summary.line", counts=all_of((t("count.error.one", n=1),)), plans="p", files="f")
    assert words(summary, "nn") == "1 feil i p (f){at}."  # a forgotten value shows, never fails
    assert words(t("count.warning.many", n=2), "nn") == "2 åtvaringar"


CASES = Path(__file__).parent / "cases"


def _complete(text: Text) -> list[str]:
    """What is wrong with one text: a key the catalogue lacks, a placeholder without a value, a
    value no placeholder uses; nested texts too."""
    problems: list[str] = []
    if text.key not in CATALOGUE:
        return [f"unknown key {text.key}"]
    given = {name for name, _ in text.values}
    wanted = placeholders(CATALOGUE[text.key][0])
    if text.key not in ("join.or", "join.and") and given != wanted:
        problems.append(f"{text.key}: values {sorted(given)}, placeholders {sorted(wanted)}")
    for _, value in text.values:
        for v in value if isinstance(value, tuple) else (value,):
            if isinstance(v, Text):
                problems.extend(_complete(v))
    return problems


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_every_diagnostic_is_a_catalogue_text(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES / case)
    report = validate_paths(["."], today=TODAY)
    problems = []
    for d in report.diagnostics:
        if not isinstance(d.message, Text):
            problems.append(f"{d.code}: a plain string: {d.message}")
        else:
            problems.extend(f"{d.code}: {p}" for p in _complete(d.message))
    assert not problems, "\n".join(problems)


def _sentences_in_code() -> list[str]:
    """Messages written as literal strings where a Text belongs: the message argument of
    Finding(...), make(...) and of raising an error."""
    found = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if name in ("Finding", "make") and len(node.args) >= 4:
                arg = node.args[3] if name == "Finding" else node.args[-1]
            elif name.endswith("Error") and node.args and name[0].isupper():
                arg = node.args[0]
            else:
                continue
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {name}")
    return found


# errors a person never reads as they are: Python's own, raised and caught inside kplan, and
# pydantic's, whose first argument is an error type that plan/pydantic_errors.py words
_INTERNAL = {
    "ValueError",
    "TypeError",
    "RuntimeError",
    "AssertionError",
    "KeyError",
    "PydanticCustomError",
    "PydanticKnownError",
}


def test_no_sentence_is_written_in_the_code() -> None:
    found = [f for f in _sentences_in_code() if f.rsplit(": ", 1)[1] not in _INTERNAL]
    assert not found, "messages written as strings, not catalogue texts:\n" + "\n".join(found)
