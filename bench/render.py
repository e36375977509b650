"""Benchmark `kplan render --format html` against `kplan gap` on the same plan, in the same run.

    python bench/render.py [--runs N] [--check] [--keep DIR]

The plan is bench/generate.py's scale 1 (the size of Norway's largest kommune). Goal: rendering
the HTML document takes at most 2x the time of `kplan gap` on it. Prints a table; exits 0 unless
`--check` is given and the goal fails.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import generate  # noqa: E402  (bench/generate.py)
from validate import Row, best, ratio_row, table, tool  # noqa: E402  (bench/validate.py)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark kplan render (see bench/README.md).")
    ap.add_argument("--runs", type=int, default=3, help="runs per measure (best is kept)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a goal fails")
    ap.add_argument("--keep", help="generate the plan into this directory and keep it")
    args = ap.parse_args(argv)

    kplan = tool("kplan")
    with tempfile.TemporaryDirectory(prefix="kplan-bench-") as tmp:
        plan = args.keep or os.path.join(tmp, "plan")
        generate.main([plan, "--scale", "1"])
        gap = best([kplan, "gap", plan, "--format", "json"], args.runs, label="kplan gap")
        print(f"kplan gap --format json: {gap.seconds:.2f} s, {gap.max_rss_mb:.0f} MB", flush=True)
        out = os.path.join(tmp, "plan.html")
        render = best(
            [kplan, "render", plan, "--format", "html", "-o", out], args.runs, label="render"
        )
        print(f"kplan render --format html: {render.seconds:.2f} s, {render.max_rss_mb:.0f} MB")
        size = os.path.getsize(out) / 1e6
    rows: list[Row] = [
        ratio_row("render html / gap", render.seconds / gap.seconds, 2.0),
        Row("render html peak memory", f"{render.max_rss_mb:.0f} MB", "(report)", None),
        Row("HTML size", f"{size:.1f} MB", "(report)", None),
    ]
    print()
    print(table(rows))
    failed = [r for r in rows if r.ok is False]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
