"""Benchmark `kplan diff` between two revisions against `kplan validate` on one, in the same run.

    python bench/diff.py [--runs N] [--check]

The plan is bench/generate.py's scale 1 (the size of Norway's largest kommune), committed to a
temporary git repository, then changed (costs of 200 actions, persons in 100 inventory rows, a
step's status and text) and committed again: `kplan diff` walks every section of both. Goal: `kplan diff A B` takes at most 2.5x the time of `kplan validate`
on one revision. Prints a table; exits 0 unless `--check` is given and the goal fails.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import generate  # noqa: E402  (bench/generate.py)
from validate import Row, best, ratio_row, table, tool  # noqa: E402  (bench/validate.py)


def git(cwd: str, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "bench",
        "GIT_COMMITTER_EMAIL": "bench@example.invalid",
    }
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _bump(text: str, pattern: str, by: int, most: int) -> str:
    """`text` with the first `most` numbers `pattern` captures raised by `by`."""
    count = 0

    def bump(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count > most:
            return m[0]
        return m[0][: m.start(1) - m.start(0)] + str(int(m[1]) + by) + m[0][m.end(1) - m.start(0) :]

    return re.sub(pattern, bump, text)


def change(plan: str) -> None:
    """A realistic revision across the plan: costs of some actions and the persons of some
    inventory rows in every part file, and in kplan.yaml a step reopened and a longer text."""
    for path in sorted(glob.glob(os.path.join(plan, "**", "*.yaml"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if os.path.basename(path) == "kplan.yaml":
            text = text.replace("    status: ferdig", "    status: pågår", 1)
            text = text.replace(
                "gjennomført etter KS-modellen.",
                "gjennomført etter KS-modellen, med hovedtillitsvalgte.",
                1,
            )
        else:
            text = _bump(text, r"amount: (\d+)", 1000, 20)
            text = _bump(text, r"date: 2025-01-01, persons: (\d+)", 1, 10)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark kplan diff (see bench/README.md).")
    ap.add_argument("--runs", type=int, default=3, help="runs per measure (best is kept)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a goal fails")
    args = ap.parse_args(argv)

    kplan = tool("kplan")
    with tempfile.TemporaryDirectory(prefix="kplan-bench-") as repo:
        plan = os.path.join(repo, "plan")
        generate.main([plan, "--scale", "1"])
        git(repo, "-c", "init.defaultBranch=main", "init", "-q")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "A")
        git(repo, "tag", "A")
        change(plan)
        git(repo, "commit", "-q", "-am", "B")
        git(repo, "tag", "B")
        os.chdir(repo)
        validate = best([kplan, "validate", "plan"], args.runs, label="kplan validate")
        print(f"kplan validate: {validate.seconds:.2f} s", flush=True)
        diff = best([kplan, "diff", "A", "B", "plan", "--format", "json"], args.runs, label="diff")
        print(f"kplan diff A B: {diff.seconds:.2f} s, {diff.max_rss_mb:.0f} MB", flush=True)
        changes = diff.output.count('"kind": "changed"')
    rows = [
        ratio_row("diff A B / validate", diff.seconds / validate.seconds, 2.5),
        Row("items changed", str(changes), "(report)", None),
        Row("diff peak memory", f"{diff.max_rss_mb:.0f} MB", "(report)", None),
    ]
    print()
    print(table(rows))
    failed = [r for r in rows if r.ok is False]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
