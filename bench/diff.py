"""Benchmark `kplan diff` between revisions against `kplan validate` on one, on every plan shape.

    python bench/diff.py [--shape S ...|all] [--scale N] [--runs N] [--check] [--keep DIR]

Per shape (bench/generate.py; default all five), at `--scale`: the plan committed to a
temporary git repository (tag A), then two revisions of it, each its own commit:
- B, costs only: 200 `amount:` figures raised by 1,000;
- C, inventory and effects: the persons of 100 inventory rows raised by 1 (YAML `inventory:`, or
  the CSV files under `analysis.inventory_files`), and the count of 200 actions' `effects:`
  raised by 1.
The figures changed are spread evenly over the files that have any (20 in each of the standard
plan's ten part files; one in each of the first 200 of the files shape's 500), so every shape
changes as many.
`kplan validate` on A, `kplan diff A B` and `kplan diff A C` (json), interleaved round by round,
best of the rounds. Goal: each diff <= 2.5x validate. Prints the raw times and a table; exits 0
unless `--check` is given and a goal fails.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import time

import common
from common import Cmd, Row, interleaved, memory_row, ratio_row


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


def bump(text: str, pattern: str, by: int, most: int) -> tuple[str, int]:
    """`text` with the first `most` numbers `pattern` captures raised by `by`; how many."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        if count >= most:
            return m[0]
        count += 1
        return m[0][: m.start(1) - m.start(0)] + str(int(m[1]) + by) + m[0][m.end(1) - m.start(0) :]

    return re.sub(pattern, one, text), count


def edit(plan: str, pattern: str, by: int, total: int, ext: str = "yaml") -> int:
    """About `total` figures `pattern` captures raised by `by`, spread evenly over the plan's
    files with extension `ext` that have any (so every shape changes as many figures, however
    many files it has); how many changed."""
    texts = {}
    for path in sorted(glob.glob(os.path.join(plan, "**", f"*.{ext}"), recursive=True)):
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        if re.search(pattern, text):
            texts[path] = text
    per = -(-total // max(1, len(texts)))  # ceiling
    changed = 0
    for path, text in texts.items():
        text, n = bump(text, pattern, by, min(per, total - changed))
        changed += n
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return changed


def costs(plan: str) -> int:
    return edit(plan, r"amount: (\d+)", 1000, 200)


def inventory_and_effects(plan: str) -> int:
    n = edit(plan, r"date: 2025-01-01, persons: (\d+)", 1, 100)
    # a CSV row as bench/generate.py writes it: unit;competence;date;persons;...
    n += edit(plan, r"(?m)^[^;\n]*;[^;\n]*;01\.01\.2025;(\d+);", 1, 100, ext="csv")
    n += edit(plan, r"effects: \[\{competence: [^,]+, count: (\d+)", 1, 200)
    return n


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = common.arguments(__doc__ or "", runs=3).parse_args(argv)
    kplan = common.tool("kplan")
    common.header()
    rows: list[Row] = []
    raw: list[tuple[str, float]] = []
    with common.workdir(args.keep) as work:
        plans = common.Plans(work)
        for shape in common.shapes(args):
            name = f"{shape} {args.scale}"
            repo = os.path.join(work, f"diff-{shape}-{args.scale}")
            if os.path.isdir(repo):
                shutil.rmtree(repo)
            plan = os.path.join(repo, "plan")
            shutil.copytree(plans.get(shape, args.scale), plan)
            git(repo, "-c", "init.defaultBranch=main", "init", "-q")
            git(repo, "add", ".")
            git(repo, "commit", "-q", "-m", "A")
            git(repo, "tag", "A")
            changed_costs = costs(plan)
            git(repo, "commit", "-q", "-am", "B: costs")
            git(repo, "tag", "B")
            git(repo, "checkout", "-q", "A", "--", ".")
            changed_inventory = inventory_and_effects(plan)
            git(repo, "commit", "-q", "-am", "C: inventory and effects")
            git(repo, "tag", "C")
            git(repo, "checkout", "-q", "A", "--", ".")  # the work tree as A, for validate
            print(
                f"{name}: diff A B ({changed_costs} costs), diff A C ({changed_inventory} "
                "inventory and effect figures), validate",
                flush=True,
            )
            os.chdir(repo)
            got = interleaved(
                [
                    Cmd(f"{name}: validate", [kplan, "validate", "plan"]),
                    Cmd(
                        f"{name}: diff costs",
                        [kplan, "diff", "A", "B", "plan", "--format", "json"],
                    ),
                    Cmd(
                        f"{name}: diff inventory+effects",
                        [kplan, "diff", "A", "C", "plan", "--format", "json"],
                    ),
                ],
                args.runs,
            )
            os.chdir(common.ROOT)
            raw += [(label, r.seconds) for label, r in got.items()]
            v = got[f"{name}: validate"]
            for what in ("costs", "inventory+effects"):
                d = got[f"{name}: diff {what}"]
                rows.append(
                    ratio_row(f"{name}: diff {what} / validate", d.seconds / v.seconds, 2.5)
                )
                rows.append(memory_row(f"{name}: diff {what} peak memory", d.max_rss_mb, None))
    return common.finish("diff.py", raw, rows, started, args.check)


if __name__ == "__main__":
    sys.exit(main())
