"""Benchmark `kplan diff` between revisions against `kplan validate` on one, on every plan shape.

    python bench/diff.py [--shape S ...|all] [--scale N] [--runs N] [--check] [--keep DIR]

Per shape (bench/generate.py; default all five), at `--scale`: the plan committed to a
temporary git repository (tag A), then two revisions of it, each its own commit:
- B, costs only: the first 20 `amount:` figures of every YAML file raised by 1,000;
- C, inventory and effects: the persons of the first 10 inventory rows of every file raised by 1
  (YAML `inventory:`, or the CSV files under `analysis.inventory_files`), and the count of the
  first 20 actions' `effects:` in every YAML file raised by 1.
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


def edit(plan: str, pattern: str, by: int, most: int, ext: str = "yaml") -> int:
    """Every file of the plan with extension `ext` bumped; how many figures changed."""
    changed = 0
    for path in sorted(glob.glob(os.path.join(plan, "**", f"*.{ext}"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        text, n = bump(text, pattern, by, most)
        changed += n
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return changed


def costs(plan: str) -> int:
    return edit(plan, r"amount: (\d+)", 1000, 20)


def inventory_and_effects(plan: str) -> int:
    n = edit(plan, r"date: 2025-01-01, persons: (\d+)", 1, 10)
    # a CSV row as bench/generate.py writes it: unit;competence;date;persons;...
    n += edit(plan, r"(?m)^[^;\n]*;[^;\n]*;01\.01\.2025;(\d+);", 1, 10, ext="csv")
    n += edit(plan, r"effects: \[\{competence: [^,]+, count: (\d+)", 1, 20)
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
