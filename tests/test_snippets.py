"""The README's pre-commit and CI snippets, run as written on a fresh plan repository made by
`kplan init`: the real pre-commit refuses a commit that changes only a CSV inventory with a bad
cell and takes its fix; the workflow's `run:` steps pass on the new plan and stop at validation
on a broken one. The snippets are what `kplan init` writes (comments aside): one truth.

tests/test_init.py holds what init's files say; this module runs them for real."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import GIT_ENV, ROOT, kplan, ok

from kplan.document.scaffold import CI_PATH, HOOK_FILES, KPLAN_SOURCE, PLAN_PATH, PRE_COMMIT_PATH

README = ROOT / "README.md"
HEADING = "## In pre-commit and CI"
PRE_COMMIT = (sys.executable, "-m", "pre_commit")
"""The real pre-commit (a dev dependency), as the hook it installs starts it."""
ARGS = ("--kommune", "Testvik kommune", "--number", "0301", "--period", "2027-2030")

GOOD_CSV = "unit;competence;date;persons;fte\nkommunen;;01.01.2026;120;98,5\n"
BAD_CSV = "unit;competence;date;persons;fte\nkommunen;;01.01.2026;mange;98,5\n"
"""«mange» where persons (a whole number) belongs: K103 at hr/ansatte.csv:2:4."""
FIXED_CSV = "unit;competence;date;persons;fte\nkommunen;;01.01.2026;121;99\n"


def _yaml(text: str) -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(text)


def _section(readme: str) -> str:
    start = readme.find(f"\n{HEADING}\n")
    assert start >= 0, f"README.md has no heading «{HEADING}»"
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end >= 0 else len(readme)]


def _blocks(section: str) -> list[str]:
    return re.findall(r"^```ya?ml\n(.*?)^```$", section, flags=re.M | re.S)


def snippets(readme: str | None = None) -> tuple[str, str]:
    """The pre-commit file and the GitHub workflow as README.md writes them."""
    text = readme if readme is not None else README.read_text(encoding="utf-8")
    blocks = _blocks(_section(text))
    hooks = [b for b in blocks if re.search(r"^repos:", b, flags=re.M)]
    workflows = [b for b in blocks if re.search(r"^\s*steps:|^- uses:", b, flags=re.M)]
    assert len(hooks) == 1, f"want one ```yaml block with `repos:` under «{HEADING}»: {blocks}"
    assert len(workflows) == 1, f"want one ```yaml workflow block under «{HEADING}»: {blocks}"
    return hooks[0], workflows[0]


def test_the_snippets_are_found_and_a_missing_one_fails() -> None:
    hook, workflow = snippets()
    assert "kplan validate" in hook and "kplan validate" in workflow
    with pytest.raises(AssertionError):
        snippets("# kplan\n\n## Other\n\n```yaml\nrepos: []\n```\n")
    without_workflow = f"{HEADING}\n\n```yaml\nrepos: []\n```\n\n## Safety\n"
    with pytest.raises(AssertionError):
        snippets("\n" + without_workflow)


def _init(target: Path) -> None:
    ok(kplan("init", str(target), *ARGS))


def test_the_readme_snippets_are_the_files_kplan_init_writes(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    _init(target)
    hook, workflow = snippets()
    assert _yaml(hook) == _yaml((target / PRE_COMMIT_PATH).read_text(encoding="utf-8"))
    written = _yaml((target / CI_PATH).read_text(encoding="utf-8"))
    shown = _yaml(workflow)
    # the install line of init's file names where this kplan came from, when pip recorded it;
    # the README names the placeholder init writes otherwise
    steps = written["jobs"]["plan"]["steps"]
    for step in steps:
        if str(step.get("run", "")).startswith("pip install "):
            step["run"] = f"pip install '{KPLAN_SOURCE}'"
    assert shown == written


@pytest.mark.parametrize(
    ("path", "runs"),
    [
        ("kplan.yaml", True),
        ("tiltaksplan/helse.yml", True),
        ("hr/ansatte.csv", True),
        ("HR/ANSATTE.CSV", True),  # saved by Excel on Windows
        ("hr/ansatte.tsv", True),
        ("hr/ansatte.xlsx", True),
        ("hr/ansatte.xlsm", True),
        ("ssb/07459.json", True),  # JSON-stat from PxWebApi
        ("README.md", False),
        ("vapen.svg", False),
        ("hr/ansatte.csv.bak", False),
    ],
)
def test_the_hook_runs_when_a_plan_file_changes(path: str, runs: bool) -> None:
    hook, _ = snippets()
    (entry,) = _yaml(hook)["repos"][0]["hooks"]
    assert entry["pass_filenames"] is False  # the whole plan is validated, not the file
    assert "always_run" not in entry
    assert bool(re.search(entry["files"], path)) is runs


# ---------------------------------------------------------------------------------------------
# a plan repository, for real


def _env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user's shell: this checkout's kplan on PATH as pip installs it, a
    pip that takes only a kplan requirement (CI's install line; nothing is fetched here), no
    git configuration of the user's, pre-commit's cache in tmp."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    kplan_sh = bin_dir / "kplan"
    kplan_sh.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m kplan "$@"\n')
    pip = bin_dir / "pip"
    pip.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "from packaging.requirements import Requirement\n"
        "assert sys.argv[1:2] == ['install'] and len(sys.argv) == 3, sys.argv\n"
        "assert Requirement(sys.argv[2]).name == 'kplan', sys.argv\n"
    )
    for script in (kplan_sh, pip):
        script.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.pop("KPLAN_LANG", None)
    env.update(GIT_ENV)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-cache")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env["KPLAN_LANG"] = "nb"
    return env


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _plan_repo(tmp_path: Path, env: dict[str, str]) -> Path:
    """A fresh plan from `kplan init` in a new git repository, reading its inventory from CSV."""
    repo = tmp_path / "plan"
    _init(repo)
    for args in (
        ["git", "-c", "init.defaultBranch=main", "init", "-q"],
        ["git", "config", "user.name", "Test Testesen"],
        ["git", "config", "user.email", "test@example.invalid"],
        ["git", "config", "commit.gpgsign", "false"],
    ):
        assert _run(args, repo, env).returncode == 0
    plan = repo / PLAN_PATH
    text = plan.read_text(encoding="utf-8")
    assert text.count("\nanalysis:\n") == 1
    plan.write_text(
        text.replace("\nanalysis:\n", "\nanalysis:\n  inventory_files: [hr/*.csv]\n"),
        encoding="utf-8",
    )
    (repo / "hr").mkdir()
    (repo / "hr" / "ansatte.csv").write_text(GOOD_CSV, encoding="utf-8")
    return repo


def _commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    assert _run(["git", "add", "-A"], repo, env).returncode == 0
    return _run(["git", "commit", "-q", "-m", message], repo, env)


def _head(repo: Path, env: dict[str, str]) -> str:
    return _run(["git", "rev-parse", "HEAD"], repo, env).stdout.strip()


def test_pre_commit_as_written_refuses_a_commit_with_a_bad_csv(tmp_path: Path) -> None:
    env = _env(tmp_path)
    repo = _plan_repo(tmp_path, env)
    # init's own file first, as the kommune gets it; --all-files means the files git tracks
    assert _run(["git", "add", "-A"], repo, env).returncode == 0
    done = _run([*PRE_COMMIT, "run", "--all-files"], repo, env)
    assert done.returncode == 0, done
    assert "kplan validate" in done.stdout and "Passed" in done.stdout, done
    # then the README's, as written
    hook, _ = snippets()
    (repo / PRE_COMMIT_PATH).write_text(hook, encoding="utf-8")
    done = _run([*PRE_COMMIT, "install"], repo, env)
    assert done.returncode == 0, done
    done = _run([*PRE_COMMIT, "run", "--all-files"], repo, env)
    assert done.returncode == 0 and "Passed" in done.stdout, done
    first = _commit(repo, env, "Ny plan fra kplan init")
    assert first.returncode == 0, first
    head = _head(repo, env)

    (repo / "hr" / "ansatte.csv").write_text(BAD_CSV, encoding="utf-8")
    refused = _commit(repo, env, "Nye tall fra HR")
    assert refused.returncode != 0, refused
    said = refused.stdout + refused.stderr
    assert "Failed" in said and "hr/ansatte.csv:2:4: K103 feil" in said, said
    assert _head(repo, env) == head  # nothing was committed

    (repo / "hr" / "ansatte.csv").write_text(FIXED_CSV, encoding="utf-8")
    fixed = _commit(repo, env, "Nye tall fra HR, rettet")
    assert fixed.returncode == 0, fixed
    assert "Passed" in fixed.stdout + fixed.stderr, fixed
    assert _head(repo, env) != head
    shown = _run(["git", "show", "--name-only", "--format=", "HEAD"], repo, env).stdout
    assert shown.split() == ["hr/ansatte.csv"]


def _workflow_steps(repo: Path, env: dict[str, str]) -> list[tuple[str, int, str]]:
    """Each `run:` step of the README's workflow, as GitHub runs it (bash -eo pipefail), in
    order until one fails: (script, exit code, output). `uses:` steps need GitHub: skipped."""
    _, workflow = snippets()
    data = _yaml(workflow)
    steps = data["jobs"]["plan"]["steps"] if isinstance(data, dict) else data
    assert any("uses" in step for step in steps) and any("run" in step for step in steps)
    done: list[tuple[str, int, str]] = []
    for step in steps:
        if "uses" in step:
            continue
        script = step["run"]
        ran = _run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], repo, env)
        done.append((script, ran.returncode, ran.stdout + ran.stderr))
        if ran.returncode != 0:
            break
    return done


def test_the_ci_run_steps_pass_on_a_fresh_plan_and_fail_on_a_broken_one(tmp_path: Path) -> None:
    env = _env(tmp_path)
    repo = _plan_repo(tmp_path, env)
    assert _commit(repo, env, "Ny plan fra kplan init").returncode == 0
    clean = _workflow_steps(repo, env)
    assert [code for _, code, _ in clean] == [0] * len(clean), clean
    scripts = [script for script, _, _ in clean]
    assert scripts[0].startswith("pip install ") and len(scripts) >= 4, scripts
    assert all("Traceback" not in said for _, _, said in clean)
    assert "Ingen vedtatt versjon" in (repo / "endringer.md").read_text(encoding="utf-8")
    assert "<html" in (repo / "plan.html").read_text(encoding="utf-8")

    (repo / "hr" / "ansatte.csv").write_text(BAD_CSV, encoding="utf-8")
    assert _run(["git", "commit", "-qam", "Nye tall fra HR"], repo, env).returncode == 0
    (repo / "plan.html").unlink()
    broken = _workflow_steps(repo, env)
    script, code, said = broken[-1]
    assert script.startswith("kplan validate") and code == 1, broken
    assert "::error file=hr/ansatte.csv,line=2,col=4" in said, said
    assert not (repo / "plan.html").exists()  # the job stopped at the failing step


def test_kplans_own_hook_for_remote_use_runs_on_the_same_files() -> None:
    """`.pre-commit-hooks.yaml` at kplan's root (for `repo: <kplan's address>` with a `rev:`)
    runs when the same files change as the hook `kplan init` writes."""
    (hook,) = _yaml((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "kplan-validate" and hook["pass_filenames"] is False
    assert hook["files"] == HOOK_FILES


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_the_hooks_comment_says_which_files_run_it(tmp_path: Path, lang: str) -> None:
    """The comment above the hook says what the regex does: not «a YAML file» only."""
    target = tmp_path / "plan"
    ok(kplan("init", str(target), *ARGS, "--lang", lang))
    text = (target / PRE_COMMIT_PATH).read_text(encoding="utf-8")
    comment = " ".join(line for line in text.splitlines() if line.startswith("#"))
    assert "CSV" in comment and "Excel" in comment, comment
