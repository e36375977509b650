"""Benchmark `kplan render --format html` against `kplan gap` on every plan shape.

    python bench/render.py [--shape S ...|all] [--scale N] [--runs N] [--competences N]
                           [--check] [--keep DIR]

Per shape (bench/generate.py; default all five), at `--scale`: `kplan gap --format json` and
`kplan render --format html -o FILE`, interleaved round by round, best of the rounds. Goal:
render <= 2x gap. With the standard shape, also on the standard plan with a catalogue of
`--competences` competences (default 20,000), where the render grows with inventory x catalogue
if a name is looked up the slow way. Prints the raw times and a table; exits 0 unless `--check`
is given and a goal fails.
"""

from __future__ import annotations

import os
import sys
import time

import common
from common import Cmd, Row, interleaved, memory_row, ratio_row


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    ap = common.arguments(__doc__ or "", runs=3)
    ap.add_argument(
        "--competences",
        type=int,
        default=20_000,
        help="catalogue size of the extra standard plan (default 20000; 0: none)",
    )
    args = ap.parse_args(argv)
    kplan = common.tool("kplan")
    common.header()
    rows: list[Row] = []
    raw: list[tuple[str, float]] = []
    cases = [(shape, None) for shape in common.shapes(args)]
    if "standard" in common.shapes(args) and args.competences:
        cases.append(("standard", args.competences))
    with common.workdir(args.keep) as work:
        plans = common.Plans(work)
        for shape, competences in cases:
            plan = plans.get(shape, args.scale, competences)
            name = f"{shape} {args.scale}" + (
                f" with {competences:,} competences" if competences else ""
            )
            out = os.path.join(work, "render-out.html")
            print(f"{name}: gap json and render html", flush=True)
            got = interleaved(
                [
                    Cmd(f"{name}: gap json", [kplan, "gap", plan, "--format", "json"]),
                    Cmd(
                        f"{name}: render html",
                        [kplan, "render", plan, "--format", "html", "-o", out],
                    ),
                ],
                args.runs,
            )
            raw += [(label, r.seconds) for label, r in got.items()]
            g, r = got[f"{name}: gap json"], got[f"{name}: render html"]
            rows.append(ratio_row(f"{name}: render html / gap json", r.seconds / g.seconds, 2.0))
            rows.append(memory_row(f"{name}: render html peak memory", r.max_rss_mb, None))
            size = os.path.getsize(out) / 1e6 if os.path.exists(out) else 0.0
            rows.append(Row(f"{name}: HTML size", f"{size:.1f} MB", "(report)", None))
    return common.finish("render.py", raw, rows, started, args.check)


if __name__ == "__main__":
    sys.exit(main())
