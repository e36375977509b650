"""README stays in step with the code: the codes table and the commands; and the tests keep
their shared helpers in helpers.py."""

from __future__ import annotations

import ast
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


def test_test_modules_import_helpers_not_each_other() -> None:
    """Shared test code lives in tests/helpers.py (fixtures in conftest.py): a test module that
    imports another, or conftest, runs that module's imports and breaks when it moves."""
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                assert name != "conftest" and not name.startswith("test_"), (
                    f"{path.name}:{node.lineno} imports {name}; use helpers"
                )
