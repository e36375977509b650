"""README stays in step with the code: the codes table and the commands."""

from __future__ import annotations

import re

from helpers import ROOT

from kplan.cli import app
from kplan.diagnostics import CODES

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_codes_table_matches_the_code() -> None:
    rows = re.findall(r"^\| (K\d{3}) \| (error|warning) \| (.+?) \|$", README, flags=re.M)
    assert rows == [(code, str(info.severity), info.title) for code, info in CODES.items()]


def test_every_command_is_in_the_readme() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names
    for name in names:
        assert f"kplan {name}" in README, name


def test_every_code_is_used_by_the_code() -> None:
    src = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "kplan").rglob("*.py"))
    for code in CODES:
        uses = src.count(f'"{code}"')
        assert uses >= 2, f"{code} is declared but never reported"


def test_set_up_commands_are_the_ones_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in README
    assert "python -m pytest -q" in ci
