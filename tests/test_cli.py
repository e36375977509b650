"""The command line: exit codes, output formats and terminal hygiene, through the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, ROOT

from kplan import __version__


def kplan(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI as a user would, in a real process."""
    return subprocess.run(
        [sys.executable, "-m", "kplan", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1", **env},
        timeout=120,
    )


def test_version(run_cli) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.output == f"kplan {__version__}\n"


def test_examples_exit_0() -> None:
    result = kplan("validate", str(EXAMPLES / "oyer"), str(EXAMPLES / "stange"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("in 2 plan(s), 9 file(s).\n")


def test_default_path_is_cwd() -> None:
    result = kplan("validate", cwd=EXAMPLES / "oyer")
    assert result.returncode == 0, result.stdout


def test_errors_exit_1_one_line_each(minimal_plan: Path) -> None:
    f = minimal_plan / "kplan.yaml"
    long_title = "Et svært langt mål " * 20
    f.write_text(
        f.read_text(encoding="utf-8")
        .replace("status: utkast", "status: vedtat")
        .replace("text: Kommunen har rett kompetanse.", f"text: {long_title}")
        .replace("  status: vedtat\n", '  status: vedtat\n  "[/x]": 1\n'),
        encoding="utf-8",
    )
    result = kplan("validate", str(minimal_plan), COLUMNS="40")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{minimal_plan}/kplan.yaml:6:11: K104 error: «vedtat» is not allowed here; "
        "choose 'utkast', 'høring', 'vedtatt' or 'utgått'. Did you mean «vedtatt»?"
    )
    assert lines[1].endswith("K101 error: Unknown key «[/x]».")  # rich markup stays text
    assert lines[-1].startswith("2 error(s), 0 warning(s)")


def test_warnings_fail_only_under_strict(minimal_plan: Path) -> None:
    f = minimal_plan / "kplan.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("    goals: [hovedmal]\n", ""), "utf-8")
    assert kplan("validate", str(minimal_plan)).returncode == 0
    assert kplan("validate", "--strict", str(minimal_plan)).returncode == 1


def test_json_format(minimal_plan: Path) -> None:
    f = minimal_plan / "kplan.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace('number: "0301"', "number: 301"), "utf-8")
    result = kplan("validate", "--format", "json", str(minimal_plan))
    assert result.returncode == 1
    doc = json.loads(result.stdout)
    assert doc["errors"] == 1 and doc["warnings"] == 0
    (diag,) = doc["diagnostics"]
    assert {k: diag[k] for k in ("line", "col", "code", "severity")} == {
        "line": 3,
        "col": 44,
        "code": "K106",
        "severity": "error",
    }


def test_github_format(minimal_plan: Path) -> None:
    f = minimal_plan / "kplan.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("    goals: [hovedmal]\n", ""), "utf-8")
    result = kplan("validate", "-f", "github", ".", cwd=minimal_plan)
    assert result.stdout.splitlines()[0] == (
        "::warning file=kplan.yaml,line=15,col=9,title=K303::Nothing works towards the goal "
        "«hovedmal»: no need, action, strategy, requirement or sub-goal refers to it."
    )


def test_missing_path_and_usage_errors_exit_2(tmp_path: Path) -> None:
    result = kplan("validate", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "K001" in result.stdout
    result = kplan("validate", str(tmp_path))  # a directory without kplan.yaml
    assert result.returncode == 2 and "K016" in result.stdout
    result = kplan("validate", "--format", "xml", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_broken_pipe_is_quiet() -> None:
    shell = f"{sys.executable} -m kplan schema | head -c 10"
    result = subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr == ""


def test_hostile_plan_never_tracebacks(tmp_path: Path) -> None:
    for name, text in {
        "bomb": "a: &a [x, x]\nb: &b [*a, *a]\n",
        "tag": "plan: !!python/object/apply:os.system [echo pwned]\n",
        "deep": "plan: " + "[" * 50_000 + "]" * 50_000 + "\n",
        "nul": "plan: \x00\n",
    }.items():
        d = tmp_path / name
        d.mkdir()
        (d / "kplan.yaml").write_text(text, encoding="utf-8")
        result = kplan("validate", str(d))
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert "pwned" not in result.stdout


def test_single_file_plan(tmp_path: Path) -> None:
    from conftest import MINIMAL

    f = tmp_path / "min-plan.yaml"
    f.write_text(MINIMAL, encoding="utf-8")
    assert kplan("validate", str(f)).returncode == 0


def test_module_import_is_light() -> None:
    """Shell completion imports the CLI on every TAB: it must not pull in pydantic or ruamel."""
    code = "import sys, kplan.cli; print(sorted(m for m in ('pydantic', 'ruamel.yaml', 'jinja2') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_include_symlink_outside_is_refused(minimal_plan: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("actions: []\n", encoding="utf-8")
    (minimal_plan / "parts").mkdir()
    (minimal_plan / "parts" / "link.yaml").symlink_to(secret)
    f = minimal_plan / "kplan.yaml"
    f.write_text('include: ["parts/*.yaml"]\n' + f.read_text(encoding="utf-8"), encoding="utf-8")
    result = kplan("validate", ".", cwd=minimal_plan)
    assert result.returncode == 1
    assert "kplan.yaml:1:11: K018 error: «parts/link.yaml» links to a file outside" in result.stdout
