"""Benchmark `kplan diff` between two revisions against `kplan validate` on one, in the same run.

    python bench/diff.py [--runs N] [--check]

The plan is bench/generate.py's scale 1 (the size of Norway's largest kommune), committed to a
temporary git repository, then changed (costs of 200 actions, 50 needs removed, a file's units
renamed) and committed again. Goal: `kplan diff A B` takes at most 2.5x the time of `kplan validate`
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


def change(plan: str) -> None:
    """Change costs of some actions in every part file: a realistic revision."""
    for path in sorted(glob.glob(os.path.join(plan, "**", "*.yaml"), recursive=True)):
        if os.path.basename(path) == "kplan.yaml":
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        count = 0

        def bump(m: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return f"amount: {int(m[1]) + 1000}" if count <= 20 else m[0]

        text = re.sub(r"amount: (\d+)", bump, text)
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
