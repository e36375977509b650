"""Benchmark `kplan validate` against the parse floor and a peer tool, on every plan shape.

    python bench/validate.py [--shape S ...|all] [--scale N] [--runs N] [--runs-large N]
                             [--check] [--keep DIR]

Per shape (bench/generate.py; default all five), each command a subprocess, interleaved round by
round, best of the rounds:
- `kplan validate` on the plan at `--scale` against the floor: one `python -c` that parses the
  plan's YAML files with PyYAML's C loader (yaml.CSafeLoader) and reads its CSV files with
  Python's C `csv` reader (every row); goal <= 2x;
- `kplan validate` on the plan at 10x the scale against the same at `--scale`, in the same
  rounds: goal <= 11x;
- peak memory (max RSS) of `kplan validate`: <= 300 MB at scale 1, <= 400 MB on the national
  plan at scale 10.
Once per run: `kplan validate examples/oyer` against `check-jsonschema` on its YAML (goal <= 1x),
and on the standard plan against check-jsonschema (run once: it is slow; goal <= 0.5x).
Prints the raw times and a table; exits 0 unless `--check` is given and a goal fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import common
import yaml
from common import BIG, Cmd, Row, interleaved, memory_row, ratio_row

OYER = os.path.join(common.ROOT, "examples", "oyer")

FLOOR_CODE = (
    "import csv, sys, yaml\n"
    "for f in sys.argv[1:]:\n"
    "    if f.endswith('.csv'):\n"
    "        with open(f, encoding='utf-8', newline='') as fh:\n"
    "            head = fh.readline()\n"
    "            fh.seek(0)\n"
    "            delimiter = ';' if ';' in head else ('\\t' if '\\t' in head else ',')\n"
    "            for _ in csv.reader(fh, delimiter=delimiter):\n"
    "                pass\n"
    "    else:\n"
    "        with open(f, 'rb') as fh:\n"
    "            yaml.load(fh.read(), Loader=yaml.CSafeLoader)\n"
)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    ap = common.arguments(__doc__ or "", runs=3, runs_large=2)
    args = ap.parse_args(argv)
    if not hasattr(yaml, "CSafeLoader"):
        sys.exit("bench: PyYAML was built without libyaml (no yaml.CSafeLoader)")
    kplan, python = common.tool("kplan"), sys.executable
    common.header()
    rows: list[Row] = []
    raw: list[tuple[str, float]] = []
    with common.workdir(args.keep) as work:
        plans = common.Plans(work)
        cjs = common.tool("check-jsonschema")
        schema = os.path.join(work, "schema.json")
        with open(schema, "wb") as fh:
            subprocess.run([kplan, "schema"], stdout=fh, check=True)

        print("examples/oyer: kplan validate and check-jsonschema", flush=True)
        got = interleaved(
            [
                Cmd("oyer: kplan validate", [kplan, "validate", OYER], expect=None),
                Cmd(
                    "oyer: check-jsonschema",
                    [cjs, "--schemafile", schema, *common.yaml_files(OYER)],
                ),
            ],
            max(args.runs, 5),
        )
        raw += [(label, r.seconds) for label, r in got.items()]
        rows.append(
            ratio_row(
                "oyer: kplan / check-jsonschema",
                got["oyer: kplan validate"].seconds / got["oyer: check-jsonschema"].seconds,
                1.0,
            )
        )

        for shape in common.shapes(args):
            small, big = args.scale, args.scale * BIG
            p1, p10 = plans.get(shape, small), plans.get(shape, big)
            files = common.yaml_files(p1) + common.csv_files(p1)
            name = f"{shape} {small}"
            print(f"{shape}: validate at scale {small} and {big}, and the floor", flush=True)
            got = interleaved(
                [
                    Cmd(f"{name}: floor (CSafeLoader + csv)", [python, "-c", FLOOR_CODE, *files]),
                    Cmd(f"{name}: kplan validate", [kplan, "validate", p1]),
                    Cmd(
                        f"{shape} {big}: kplan validate",
                        [kplan, "validate", p10],
                        rounds=args.runs_large,
                    ),
                ],
                args.runs,
            )
            raw += [(label, r.seconds) for label, r in got.items()]
            floor = got[f"{name}: floor (CSafeLoader + csv)"]
            k1, k10 = got[f"{name}: kplan validate"], got[f"{shape} {big}: kplan validate"]
            ok = common.clean(k1) and common.clean(k10)
            rows.append(Row(f"{shape}: plans validate clean", "yes" if ok else "no", "yes", ok))
            rows.append(ratio_row(f"{name}: validate / floor", k1.seconds / floor.seconds, 2.0))
            rows.append(
                ratio_row(f"{shape}: validate {big} / {small}", k10.seconds / k1.seconds, 11.0)
            )
            rows.append(
                memory_row(
                    f"{name}: validate peak memory", k1.max_rss_mb, 300 if small == 1 else None
                )
            )
            rows.append(
                memory_row(
                    f"{shape} {big}: validate peak memory",
                    k10.max_rss_mb,
                    400 if shape == "national" and big == 10 else None,
                )
            )
            rows.append(memory_row(f"{name}: floor peak memory", floor.max_rss_mb, None))

            if shape == "standard":
                print("standard: check-jsonschema (once)", flush=True)
                c1 = common.run([cjs, "--schemafile", schema, *common.yaml_files(p1)])
                if c1.code != 0:
                    print(f"  ! check-jsonschema exited {c1.code}", flush=True)
                raw.append((f"{name}: check-jsonschema (1 run)", c1.seconds))
                rows.append(
                    ratio_row(f"{name}: validate / check-jsonschema", k1.seconds / c1.seconds, 0.5)
                )
    return common.finish("validate.py", raw, rows, started, args.check)


if __name__ == "__main__":
    sys.exit(main())
