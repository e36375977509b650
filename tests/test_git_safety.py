"""The git surface in-process: what a repository's own config can make git run, which git
commands kplan runs at all, how the working tree is compared with HEAD, and how include
patterns match in a revision and on disk. The hostile cases (tests/hostile/git) run the CLI."""

from __future__ import annotations

import glob as globlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL
from helpers import git as fixed_git

from kplan.present.catalogue import words
from kplan.read import git as history
from kplan.read.git import Git, GitError, iso_date, shown
from kplan.read.sources import DISK, GitSource

AUTHOR = {
    "GIT_AUTHOR_NAME": "T",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "T",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
}


def git(cwd: Path, *args: str, stdin: str | None = None) -> str:
    return fixed_git(cwd, *args, stdin=stdin, env=AUTHOR)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a plan in plan/, one commit; kplan runs from its root."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    root = tmp_path / "repo"
    (root / "plan" / "deler").mkdir(parents=True)
    (root / "plan" / "kplan.yaml").write_text("include: ['deler/*.yaml']\n" + MINIMAL, "utf-8")
    (root / "plan" / "deler" / "a.yaml").write_text("goals: []\n", "utf-8")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "første")
    monkeypatch.chdir(root)
    return root


EVIL = {
    "core.fsmonitor": "false",
    "core.hooksPath": os.devnull,
    "core.pager": "cat",
    "core.sshCommand": "",
    "core.askPass": "",
    "core.alternateRefsCommand": "",
    "diff.external": "",
    "credential.helper": "",
    "protocol.allow": "never",
    "log.showSignature": "false",
    "filter.evil.clean": "",
    "filter.evil.smudge": "",
    "filter.evil.process": "",
    "filter.evil.required": "false",
    "filter.odd.name=1.clean": "",
    "diff.evil.textconv": "",
    "diff.evil.command": "",
}
"""Each key the repository sets to a command, and what kplan's git must see instead."""


def test_the_repositorys_config_cannot_name_a_command(repo: Path) -> None:
    for key in EVIL:
        git(repo, "config", key, "true" if key.endswith(".required") else "touch PWNED")
    g = Git("plan")
    for key, wanted in EVIL.items():
        out = g._run("config", "--get", key)
        assert out is not None and out.decode().strip() == wanted, key


ALLOWED = {"rev-parse", "config", "ls-tree", "cat-file", "rev-list", "for-each-ref", "ls-files"}
"""Plumbing that neither refreshes the index nor runs filters, diff drivers or hooks."""


def test_only_plumbing_runs(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kplan.analysis.versions import diff_revisions, last_adopted, plan_log, read_version
    from kplan.document.stamp import git_stamp

    seen: list[str] = []
    real_run, real_popen = subprocess.run, subprocess.Popen

    def sub(cmd: list[str]) -> None:
        assert cmd[:2] == ["git", "--no-pager"], cmd
        seen.append(cmd[cmd.index("-C") + 2])

    def run(cmd: list[str], *a: Any, **k: Any) -> Any:
        sub(cmd)
        return real_run(cmd, *a, **k)

    def popen(cmd: list[str], *a: Any, **k: Any) -> Any:
        sub(cmd)
        return real_popen(cmd, *a, **k)

    monkeypatch.setattr(history.subprocess, "run", run)
    monkeypatch.setattr(history.subprocess, "Popen", popen)
    (repo / "plan" / "deler" / "a.yaml").write_text("goals: []\n# endret\n", "utf-8")
    g = Git("plan")
    read_version("plan", GitSource(g, "HEAD"))
    diff_revisions("plan", GitSource(g, "HEAD"), DISK)
    plan_log("plan", g)
    with pytest.raises(GitError):
        last_adopted("plan", g)
    stamp = git_stamp("plan")
    assert stamp.commit and stamp.dirty
    assert set(seen) <= ALLOWED, sorted(set(seen) - ALLOWED)


def test_changed_compares_the_working_tree_with_head(repo: Path) -> None:
    g = Git("plan")
    plan = repo / "plan" / "kplan.yaml"
    part = repo / "plan" / "deler" / "a.yaml"
    assert not g.changed("plan")
    os.utime(plan, (2_000_000_000, 2_000_000_000))  # touched, not changed
    assert not g.changed("plan")
    part.write_text("goals: [] \n", "utf-8")
    assert g.changed("plan") and g.changed("plan/deler") and not g.changed("plan/kplan.yaml")
    git(repo, "checkout", "-q", "--", "plan")
    assert not g.changed("plan")
    part.unlink()
    assert g.changed("plan")
    git(repo, "checkout", "-q", "--", "plan")
    (repo / ".gitignore").write_text("*.tmp\n", "utf-8")
    (repo / "plan" / "x.tmp").write_text("x", "utf-8")
    assert not g.changed("plan")  # ignored
    (repo / "plan" / "ny").mkdir()
    (repo / "plan" / "ny" / "b.yaml").write_text("goals: []\n", "utf-8")
    assert g.changed("plan")  # untracked, in an untracked directory
    assert not g.changed("plan/deler")
    git(repo, "add", "plan/ny/b.yaml")
    (repo / "plan" / "ny" / "b.yaml").unlink()
    assert g.changed("plan")  # staged, though gone from the working tree


def test_changed_reads_crlf_checkouts_and_links(repo: Path) -> None:
    (repo / "plan" / "lenke.yaml").symlink_to("kplan.yaml")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "lenke")
    g = Git(".")
    assert not g.changed(".")
    plan = repo / "plan" / "kplan.yaml"
    plan.write_bytes(plan.read_bytes().replace(b"\n", b"\r\n"))  # as core.autocrlf checks out
    assert not g.changed(".")
    (repo / "plan" / "lenke.yaml").unlink()
    (repo / "plan" / "lenke.yaml").symlink_to("deler/a.yaml")
    assert g.changed(".")


def test_a_huge_blob_is_read_only_up_to_the_limit(repo: Path) -> None:
    (repo / "plan" / "stor.yaml").write_bytes(b"# x\n" * 2_000_000)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "stor")
    source = GitSource(Git("plan"), "HEAD")
    assert len(source.read_bytes("plan/stor.yaml", 1000)) == 1000
    assert source.read_bytes("plan/deler/a.yaml", 1000) == b"goals: []\n"  # the reader restarts
    assert len(source.read_bytes("plan/stor.yaml", 9_000_000)) == 8_000_000


def test_a_tree_leaves_out_links_submodules_and_dotdot(repo: Path) -> None:
    blob = git(repo, "rev-parse", "HEAD:plan/kplan.yaml").strip()
    commit = git(repo, "rev-parse", "HEAD").strip()
    inner = git(repo, "mktree", stdin=f"100644 blob {blob}\tx.yaml\n").strip()
    tree = git(
        repo,
        "mktree",
        stdin=f"100644 blob {blob}\tkplan.yaml\n120000 blob {blob}\tlenke.yaml\n"
        f"160000 commit {commit}\tunder\n040000 tree {inner}\t..\n040000 tree {inner}\t.git\n",
    ).strip()
    top = git(repo, "mktree", stdin=f"040000 tree {tree}\tplan\n").strip()
    made = git(repo, "commit-tree", "-m", "laget", top).strip()
    g = Git(".")
    assert sorted(g.tree(made)) == ["plan/kplan.yaml"]
    source = GitSource(g, made)
    assert source.glob("plan", "**/*.yaml") == ["plan/kplan.yaml"]
    assert source.glob("plan", ".git/*.yaml") == []
    assert not source.exists("plan/lenke.yaml") and not source.is_dir("plan/under")


PATTERNS = [
    "*.yaml",
    "deler/*.yaml",
    "**/*.yaml",
    "**",
    "deler/**",
    "*/a.yaml",
    "d?ler/[ab].yaml",
    "deler/[!a]*.yaml",
    "[]x.yaml",
    "[z-a].yaml",
    "deler/[.yaml",
    ".skjult/*.yaml",
    "deler/.*.yaml",
    "./deler//a.yaml",
    "deler/a.yaml",
    "**/deler/**/*.yaml",
]


def test_include_patterns_match_alike_on_disk_and_in_a_revision(repo: Path) -> None:
    for rel in ("deler/b.yaml", "deler/.skjult.yaml", ".skjult/c.yaml", "deler/sub/d.yaml"):
        (repo / "plan" / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / "plan" / rel).write_text("goals: []\n", "utf-8")
    (repo / "plan" / "[]x.yaml").write_text("goals: []\n", "utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "flere")
    source = GitSource(Git("plan"), "HEAD")
    for pattern in PATTERNS:
        on_disk = DISK.glob("plan", pattern)
        assert source.glob("plan", pattern) == on_disk, pattern
        if "[" not in pattern and "//" not in pattern:  # Python's glob takes [ as a class
            python = sorted(
                p
                for p in globlib.glob(os.path.join("plan", pattern), recursive=True)
                if os.path.isfile(p)
            )
            assert on_disk == [os.path.normpath(p) for p in python], pattern


def test_a_link_loop_on_disk_ends(repo: Path) -> None:
    (repo / "plan" / "a").symlink_to(".")
    (repo / "plan" / "b").symlink_to(".")
    (repo / "plan" / "opp").symlink_to("..")
    found = DISK.glob("plan", "**/*.yaml")
    assert found == ["plan/deler/a.yaml", "plan/kplan.yaml"]


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("2025-01-31", "2025-01-31"),
        ("33658-09-27", ""),
        ("0000-01-01", ""),
        ("%cs", ""),
        ("2025-02-30", ""),
        ("", ""),
    ],
)
def test_iso_date_is_one_python_can_hold(printed: str, date: str) -> None:
    assert iso_date(printed) == date


def test_shown_escapes_controls_bidi_and_undecodable_bytes() -> None:
    assert shown("a\x1b[31mb\nc\x9b\u202e\udcff") == "a\\x1b[31mb\\x0ac\\x9b\\u202e\\xff"
    assert shown("Øyer kommune – «plan»") == "Øyer kommune – «plan»"


def test_diff_json_has_no_infinity() -> None:
    # an infinite figure cannot come from a valid plan (K105 refuses such amounts): built here
    from kplan.analysis.diff import FigureChange, PlanDiff
    from kplan.present.diff import diff_json, diff_text

    d = PlanDiff("a", "b", (), (FigureChange("cost", ("2025", "x"), 1.0, float("inf")),), ())
    doc = json.loads(diff_json(d), parse_constant=lambda c: pytest.fail(c))
    assert doc["figures"][0]["new"] is None
    assert "inf" in diff_text(d)


def test_revisions_that_are_not_names(repo: Path) -> None:
    g = Git("plan")
    for rev in ("", "-x", "--output=x", "a\nb", "a\x00b", "v" * 5000, "a\ud800"):
        with pytest.raises(GitError) as refused:
            g.commit(rev)
        assert "is not a revision" in words(refused.value.message, "en")
    with pytest.raises(GitError) as missing:
        g.commit("\u2028")
    assert "does not exist" in words(missing.value.message, "en")
