"""Data-driven validation cases: each folder in tests/cases is a plan with its expected output,
in bokmål (expected.txt) and English (expected.en.txt).

To add a regression case, add a folder with kplan.yaml (and any included files), then run
`pytest tests/test_cases.py --update-golden` and read the new expected files before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import TODAY

from kplan.check.validate import validate_paths
from kplan.present.validation import text

CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_case(case: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = CASES / case
    monkeypatch.chdir(folder)
    report = validate_paths(["."], today=TODAY)
    got = text(report, lang)
    expected = folder / ("expected.txt" if lang == "nb" else f"expected.{lang}.txt")
    if update_golden:
        expected.write_text(got, encoding="utf-8")
    assert expected.exists(), f"no {expected.name} for {case}; run with --update-golden"
    assert got == expected.read_text(encoding="utf-8")
    # every case is a bad plan: it must fail, with every diagnostic 1-based and sorted
    assert report.exit_code(strict=True) != 0
    assert list(report.diagnostics) == sorted(report.diagnostics)
    assert all(d.line >= 1 and d.col >= 1 for d in report.diagnostics), got
    assert all(not os.path.isabs(d.path) for d in report.diagnostics)
