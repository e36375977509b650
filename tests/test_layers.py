"""The folders are the pipeline, and imports only run down it.

read → plan → check → analysis → present → document → cli: a module may import from its own
stage and the stages before it, and from the shared modules at the top of the package (the
problem vocabulary and the error family). This test is what keeps README's "How it works" true.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "src" / "kplan"
STAGES = ("read", "plan", "check", "analysis", "present", "document", "cli")
SHARED = {"kplan", "kplan.diagnostics", "kplan.errors", "kplan.hints", "kplan.text"}
"""Importable from every stage: the version, Diagnostic/Finding/CODES, KplanError, spelling hints."""


def _stage(module: str) -> int:
    """The rank of `module` in the pipeline; -1 for the shared modules at the top."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return -1


def _module(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every kplan module `path` imports, with its line, lazy imports inside functions too."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "kplan":  # from kplan import read, __version__
                found += [(node.lineno, f"kplan.{a.name}") for a in node.names]
            elif node.module.startswith("kplan."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("kplan.")]
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_lives_in_a_stage_or_is_shared() -> None:
    loose = [
        _module(p)
        for p in _modules()
        if _stage(_module(p)) < 0 and _module(p) not in SHARED | {"kplan.__main__"}
    ]
    assert loose == [], "put these in a stage folder, or name them in SHARED with a reason"


def test_imports_only_run_down_the_pipeline() -> None:
    upward = []
    for path in _modules():
        here = _module(path)
        for line, target in _imports(path):
            if target in SHARED or here == "kplan.__main__":
                continue
            if _stage(target) > _stage(here):
                upward.append(f"{path.relative_to(PACKAGE)}:{line}: {here} imports {target}")
    assert upward == []


def test_the_check_itself_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text("def f():\n    from kplan.document.view import build\n", encoding="utf-8")
    assert _imports(bad) == [(2, "kplan.document.view")]
    assert _stage("kplan.document.view") > _stage("kplan.read.sources")


def test_every_package_ships_in_the_wheel() -> None:
    """pyproject lists the packages by hand (templates/ is mapped in as kplan.templates): a new
    stage folder left out of the list would be missing from the installed command."""
    import tomllib

    listed = set(
        tomllib.loads((PACKAGE.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))[
            "tool"
        ]["setuptools"]["packages"]
    )
    found = {_module(p) for p in PACKAGE.rglob("__init__.py") if "__pycache__" not in p.parts}
    assert found - listed == set()
