"""Benchmark `kplan gap` in every output format against `kplan validate`, on every plan shape.

    python bench/gap.py [--shape S ...|all] [--scale N] [--runs N] [--runs-large N]
                        [--check] [--keep DIR]

Per shape (bench/generate.py; default all five), at `--scale`: `kplan validate` and `kplan gap`
in each format `kplan gap --help` lists (json, table, csv, md, xlsx, and csv --excel), all in
each round, interleaved, best of the rounds. Goal: each gap <= 2x validate. On the national
shape also at 10x the scale (the issue's 6,000 units, 60,000 inventory rows, 200,000 gap rows):
gap json against validate (reported) and gap json's peak memory, goal <= 1 GB (1,000 MB).
Prints the raw times and a table; exits 0 unless `--check` is given and a goal fails.
"""

from __future__ import annotations

import os
import sys
import time

import common
from common import BIG, Cmd, Row, interleaved, memory_row, ratio_row

FORMATS = (
    ("json", ["--format", "json"]),
    ("table", ["--format", "table"]),
    ("csv", ["--format", "csv"]),
    ("md", ["--format", "md"]),
    ("xlsx", ["--format", "xlsx", "-o", "{out}.xlsx"]),
    ("csv --excel", ["--excel"]),
)


def gap_cmds(kplan: str, plan: str, name: str, work: str) -> list[Cmd]:
    out = os.path.join(work, "gap-out")
    return [
        Cmd(
            f"{name}: gap {fmt}",
            [kplan, "gap", plan, *(a.replace("{out}", out) for a in extra)],
        )
        for fmt, extra in FORMATS
    ]


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = common.arguments(__doc__ or "", runs=2, runs_large=1).parse_args(argv)
    kplan = common.tool("kplan")
    common.header()
    rows: list[Row] = []
    raw: list[tuple[str, float]] = []
    with common.workdir(args.keep) as work:
        plans = common.Plans(work)
        for shape in common.shapes(args):
            plan = plans.get(shape, args.scale)
            name = f"{shape} {args.scale}"
            print(f"{shape}: validate and gap in every format", flush=True)
            validate = Cmd(f"{name}: validate", [kplan, "validate", plan])
            got = interleaved([validate, *gap_cmds(kplan, plan, name, work)], args.runs)
            raw += [(label, r.seconds) for label, r in got.items()]
            v = got[validate.label]
            for fmt, _ in FORMATS:
                g = got[f"{name}: gap {fmt}"]
                rows.append(ratio_row(f"{name}: gap {fmt} / validate", g.seconds / v.seconds, 2.0))
            rows.append(
                memory_row(
                    f"{name}: gap json peak memory", got[f"{name}: gap json"].max_rss_mb, None
                )
            )

            if shape == "national" and args.runs_large > 0:
                big = args.scale * BIG
                plan = plans.get(shape, big)
                name = f"{shape} {big}"
                print(f"{shape}: validate and gap json at scale {big}", flush=True)
                got = interleaved(
                    [
                        Cmd(f"{name}: validate", [kplan, "validate", plan]),
                        Cmd(f"{name}: gap json", [kplan, "gap", plan, "--format", "json"]),
                    ],
                    args.runs_large,
                )
                raw += [(label, r.seconds) for label, r in got.items()]
                v, g = got[f"{name}: validate"], got[f"{name}: gap json"]
                rows.append(ratio_row(f"{name}: gap json / validate", g.seconds / v.seconds, 2.0))
                rows.append(
                    memory_row(
                        f"{name}: gap json peak memory", g.max_rss_mb, 1000 if big == 10 else None
                    )
                )
    return common.finish("gap.py", raw, rows, started, args.check)


if __name__ == "__main__":
    sys.exit(main())
