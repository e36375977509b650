"""Fixtures: the golden-file flag, kplan run in process, and a small valid plan to break.

Shared constants and helpers live in helpers.py; test modules import them from there. The
names below are re-exported only for modules that still import them from here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import EXAMPLES, MINIMAL, ROOT, TODAY, Run, run_line

__all__ = ["EXAMPLES", "MINIMAL", "ROOT", "TODAY"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files (expected outputs) instead of comparing against them.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def run_cli() -> Callable[..., Run]:
    """`run_cli(*args)`: kplan in process through its entry point and error boundary."""
    return run_line


@pytest.fixture
def minimal_plan(tmp_path: Path) -> Path:
    """A single-file plan that validates clean; tests edit it to make one thing wrong."""
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "kplan.yaml").write_text(MINIMAL, encoding="utf-8")
    return plan
