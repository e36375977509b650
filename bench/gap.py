"""Benchmark `kplan gap` against `kplan validate` on the same plan, measured in the same run.

    python bench/gap.py [--runs N] [--check] [--keep DIR]

The plan is bench/generate.py's scale 1: the size of Norway's largest kommune, with inventory for
about 60,000 employees as aggregates, 2,000 requirements of all six kinds and a ten-year plan
period. Goals: `kplan gap` (in each output format) at most 2x the time of `kplan validate`, and
at most 400 MB peak memory. Prints a table; exits 0 unless `--check` is given and a goal fails.
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
    ap = argparse.ArgumentParser(description="Benchmark kplan gap (see bench/README.md).")
    ap.add_argument("--runs", type=int, default=3, help="runs per measure (best is kept)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a goal fails")
    ap.add_argument("--keep", help="generate the plan into this directory and keep it")
    args = ap.parse_args(argv)

    kplan = tool("kplan")
    with tempfile.TemporaryDirectory(prefix="kplan-bench-") as tmp:
        plan = args.keep or os.path.join(tmp, "plan")
        generate.main([plan, "--scale", "1"])
        validate = best([kplan, "validate", plan], args.runs, label="kplan validate")
        print(f"kplan validate: {validate.seconds:.2f} s, {validate.max_rss_mb:.0f} MB", flush=True)
        rows: list[Row] = []
        for fmt in ("json", "table", "csv", "md"):
            gap = best([kplan, "gap", plan, "--format", fmt], args.runs, label=f"kplan gap {fmt}")
            print(
                f"kplan gap --format {fmt}: {gap.seconds:.2f} s, {gap.max_rss_mb:.0f} MB",
                flush=True,
            )
            rows.append(
                ratio_row(f"gap --format {fmt} / validate", gap.seconds / validate.seconds, 2.0)
            )
            rows.append(
                Row(
                    f"gap --format {fmt} peak memory",
                    f"{gap.max_rss_mb:.0f} MB",
                    "<= 400 MB",
                    gap.max_rss_mb <= 400,
                )
            )
    print()
    print(table(rows))
    failed = [r for r in rows if r.ok is False]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
