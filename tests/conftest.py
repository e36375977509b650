"""Shared fixtures: a CLI runner, the golden-file flag, and a small valid plan to break."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kplan.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = dt.date(2026, 11, 22)
"""Tests validate as of a fixed day, so deadline checks do not drift with the calendar."""


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
def run_cli():
    runner = CliRunner()

    def run(*args: str):
        result = runner.invoke(app, list(args), catch_exceptions=False)
        return result

    return run


MINIMAL = """\
plan:
  title: Strategisk kompetanseplan 2025-2028
  kommune: {name: Testvik kommune, number: "0301"}
  scope: {kind: kommune}
  period: {start: 2025, end: 2028}
  status: utkast
organisation:
  working_group:
    members:
      - {role: HR-rådgiver, kind: rådgiver}
      - {role: Hovedtillitsvalgt, kind: tillitsvalgt, union: Fagforbundet}
anchoring:
  text: [Forankret i arbeidsgiverstrategien.]
goals:
  - id: hovedmal
    kind: hovedmål
    text: Kommunen har rett kompetanse.
competence_concept:
  definition: Kunnskaper, ferdigheter, holdninger og evner.
units:
  - {id: kommunen, name: Testvik kommune, level: kommune}
needs:
  - id: behov-1
    text: Flere sykepleiere
    type: anskaffelse
    unit: kommunen
    goals: [hovedmal]
actions:
  - id: tiltak-1
    title: Ekstern utlysning
    needs: [behov-1]
    strategy: rekruttere
    period: {start: 2025, end: 2026}
    evaluation:
      - {level: 4, method: Brukerundersøkelse}
evaluation:
  text: [Årlig rapport til kommunestyret.]
"""


@pytest.fixture
def minimal_plan(tmp_path: Path) -> Path:
    """A single-file plan that validates clean; tests edit it to make one thing wrong."""
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "kplan.yaml").write_text(MINIMAL, encoding="utf-8")
    return plan
