"""Fixtures: the golden-file flag, kplan run in process, a small valid plan to break, and the
order in which the tests start. Shared constants and helpers live in helpers.py; test modules
import them from there, never from here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import MINIMAL, Run, run_line


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files (expected outputs) instead of comparing against them.",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked heavy (the long hostile cases) go first, shared out among the workers.

    xdist's worksteal starts worker k on the k-th contiguous share of this list, so each share
    begins with its part of the heavy tests (longest first, dealt round): they then run beside
    the many short tests, instead of after them on one core at the end of the run."""
    heavy = [item for item in items if item.get_closest_marker("heavy")]
    if not heavy:
        return
    heavy.sort(key=lambda item: -_heavy_seconds(item))
    light = [item for item in items if not item.get_closest_marker("heavy")]
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    ordered: list[pytest.Item] = []
    left = len(items)
    for k in range(workers):
        size = left // (workers - k)  # as worksteal sizes the first shares
        share = heavy[k::workers]
        take = max(size - len(share), 0) if k < workers - 1 else len(light)
        ordered += share + light[:take]
        light = light[take:]
        left -= size
    items[:] = ordered + light


def _heavy_seconds(item: pytest.Item) -> int:
    marker = item.get_closest_marker("heavy")
    return int(marker.args[0]) if marker is not None and marker.args else 0


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


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Terminal tables take COLUMNS as their width: a developer's exported COLUMNS must not
    change what the suite sees (tests that want a width set it themselves)."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(autouse=True)
def _no_reader_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages follow KPLAN_LANG and the locale: the suite must see the same words on every
    machine, so it starts from neither (tests of the order set them themselves)."""
    for var in ("KPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    import kplan.cli.language

    monkeypatch.setattr(kplan.cli.language, "_current", None)
