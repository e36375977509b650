"""Benchmark `kplan validate` against a peer tool and a physical floor, measured in the same run.

    python bench/validate.py [--runs N] [--runs-small N] [--runs-large N] [--check] [--keep DIR]

Measures (wall time, best of N runs, each command as a subprocess unless noted):

- examples/oyer: `kplan validate` vs `check-jsonschema --schemafile schema.json <its YAML files>`
- generated scale-1 plan (bench/generate.py, the size of Norway's largest kommune):
  - `kplan validate` vs parsing the same files with PyYAML's C loader (yaml.CSafeLoader),
    both in-process (just the parse) and as a `python -c` subprocess (start-up + import + parse)
  - `kplan validate` vs check-jsonschema on the same files (run once: it is slow)
  - peak memory (max RSS) of the `kplan validate` process, read with wait4 by a small runner
    process (see `run`)
- generated scale-10 plan: `kplan validate` time / scale-1 time

Prints a table of measure, value, goal and PASS/FAIL. Exits 0 (it is a report) unless `--check`
is given, then 1 when a goal fails. Standard library plus PyYAML and check-jsonschema.
"""

from __future__ import annotations

import argparse
import gc
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OYER = os.path.join(ROOT, "examples", "oyer")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no bench/__pycache__ from importing generate

import generate  # noqa: E402  (bench/generate.py)

FLOOR_CODE = (
    "import sys, yaml\n"
    "for f in sys.argv[1:]:\n"
    "    with open(f, 'rb') as fh:\n"
    "        yaml.load(fh.read(), Loader=yaml.CSafeLoader)\n"
)


def tool(name: str) -> str:
    """The tool next to this Python (the venv's), else the one on PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    if os.path.isfile(beside) and os.access(beside, os.X_OK):
        return beside
    found = shutil.which(name)
    if found is None:
        sys.exit(f"bench: {name} not found (install the dev dependencies)")
    return found


def yaml_files(plan_dir: str) -> list[str]:
    return [
        os.path.join(plan_dir, "kplan.yaml"),
        *sorted(
            f
            for f in glob.glob(os.path.join(plan_dir, "**", "*.yaml"), recursive=True)
            if os.path.basename(f) != "kplan.yaml" or os.path.dirname(f) != plan_dir
        ),
    ]


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    code: int
    output: str


# Linux charges a child's max RSS with the memory it had before exec, and Python starts children
# with vfork, which shares the parent's memory: timed from this (large) process, every child would
# report at least this process's peak. So children are started from a small runner process, which
# times them and reads their max RSS with wait4.
RUNNER_CODE = (
    "import json, os, subprocess, sys, time\n"
    "result, log, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]\n"
    "with open(log, 'wb') as out:\n"
    "    start = time.perf_counter()\n"
    "    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)\n"
    "    _, status, usage = os.wait4(proc.pid, 0)\n"
    "    seconds = time.perf_counter() - start\n"
    "with open(result, 'w') as fh:\n"
    "    json.dump({'seconds': seconds, 'maxrss': usage.ru_maxrss,\n"
    "               'code': os.waitstatus_to_exitcode(status)}, fh)\n"
)


def run(cmd: list[str]) -> Run:
    """Run `cmd` as a subprocess: wall time, exit code, output, and its max RSS (via wait4)."""
    with tempfile.TemporaryDirectory(prefix="kplan-run-") as tmp:
        result, log = os.path.join(tmp, "result.json"), os.path.join(tmp, "log")
        subprocess.run([sys.executable, "-c", RUNNER_CODE, result, log, *cmd], check=True)
        with open(result) as fh:
            got = json.load(fh)
        with open(log, "rb") as fh:
            text = fh.read().decode("utf-8", "replace")
    rss = got["maxrss"] / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes vs KiB
    return Run(got["seconds"], rss, got["code"], text)


def best(cmd: list[str], runs: int, *, expect: int | None = 0, label: str = "") -> Run:
    """Best wall time of `runs` runs; max RSS is the largest seen."""
    results = [run(cmd) for _ in range(runs)]
    for r in results:
        if expect is not None and r.code != expect:
            tail = "\n".join(r.output.strip().splitlines()[-5:])
            print(f"  ! {label or cmd[0]} exited {r.code}, expected {expect}:\n{tail}", flush=True)
            break
    top = min(results, key=lambda r: r.seconds)
    return Run(top.seconds, max(r.max_rss_mb for r in results), top.code, top.output)


def parse_in_process(files: list[str], runs: int) -> float:
    """Best time to parse the files with yaml.CSafeLoader, bytes already in memory."""
    if not hasattr(yaml, "CSafeLoader"):
        sys.exit("bench: PyYAML was built without libyaml (no yaml.CSafeLoader)")
    blobs = []
    for f in files:
        with open(f, "rb") as fh:
            blobs.append(fh.read())
    gc.collect()
    gc.freeze()  # keep this script's own objects out of the parse's garbage collections
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for b in blobs:
            yaml.load(b, Loader=yaml.CSafeLoader)
        times.append(time.perf_counter() - start)
    gc.unfreeze()
    return min(times)


@dataclass
class Row:
    measure: str
    value: str
    goal: str = ""
    ok: bool | None = None  # None: reported, no goal


def ratio_row(measure: str, value: float, goal: float | None) -> Row:
    if goal is None:
        return Row(measure, f"{value:.2f}", "(report)", None)
    return Row(measure, f"{value:.2f}", f"<= {goal:g}", value <= goal)


def table(rows: list[Row]) -> str:
    heads = ("measure", "value", "goal", "result")
    cells = [
        (r.measure, r.value, r.goal, "" if r.ok is None else ("PASS" if r.ok else "FAIL"))
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)), line]
    out += [
        "  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip() for cell in cells
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark kplan validate (see bench/README.md).")
    ap.add_argument("--runs", type=int, default=3, help="runs per timing, best taken (default 3)")
    ap.add_argument(
        "--runs-large", type=int, default=2, help="runs on the scale-10 plan (default 2)"
    )
    ap.add_argument("--runs-small", type=int, default=7, help="runs on examples/oyer (default 7)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a goal fails")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the plans and schema")
    args = ap.parse_args(argv)

    kplan, cjs, python = tool("kplan"), tool("check-jsonschema"), sys.executable
    print(
        f"python {sys.version.split()[0]}, PyYAML {yaml.__version__} (libyaml "
        f"{getattr(yaml, '__with_libyaml__', False)}), {os.cpu_count()} CPUs",
        flush=True,
    )

    with tempfile.TemporaryDirectory(prefix="kplan-bench-") as tmp:
        work = os.path.abspath(args.keep) if args.keep else tmp
        os.makedirs(work, exist_ok=True)
        plan1, plan10 = os.path.join(work, "scale1"), os.path.join(work, "scale10")
        schema = os.path.join(work, "schema.json")

        s1 = generate.generate(plan1, 1)
        s10 = generate.generate(plan10, 10)
        print(
            f"generated scale 1: {s1['bytes'] / 1e6:.2f} MB in {s1['files']} files; "
            f"scale 10: {s10['bytes'] / 1e6:.2f} MB in {s10['files']} files",
            flush=True,
        )
        with open(schema, "wb") as fh:
            subprocess.run([kplan, "schema"], stdout=fh, check=True)

        rows: list[Row] = []
        raw: list[tuple[str, float]] = []

        # --- examples/oyer: kplan vs check-jsonschema
        oyer_files = yaml_files(OYER)
        print("timing examples/oyer ...", flush=True)
        # the example may have warnings (e.g. an inventory that has grown old): exit 0 or 1 is fine
        k_oyer = best([kplan, "validate", OYER], args.runs_small, expect=None)
        if k_oyer.code not in (0, 1):
            print(f"  ! kplan validate examples/oyer exited {k_oyer.code}:\n{k_oyer.output}")
        c_oyer = best(
            [cjs, "--schemafile", schema, *oyer_files],
            args.runs_small,
            label="check-jsonschema oyer",
        )
        raw += [
            ("oyer: kplan validate", k_oyer.seconds),
            ("oyer: check-jsonschema", c_oyer.seconds),
        ]
        rows.append(
            ratio_row("oyer: kplan / check-jsonschema", k_oyer.seconds / c_oyer.seconds, 1.0)
        )

        # --- scale 1: kplan vs the PyYAML floor, vs check-jsonschema, memory
        files1 = yaml_files(plan1)
        print("timing scale 1: kplan validate ...", flush=True)
        k1 = best([kplan, "validate", plan1], args.runs, label="kplan validate scale 1")
        print("timing scale 1: PyYAML CSafeLoader floor ...", flush=True)
        floor_in = parse_in_process(files1, args.runs)
        floor_sub = best([python, "-c", FLOOR_CODE, *files1], args.runs, label="PyYAML floor")
        print("timing scale 1: check-jsonschema (once) ...", flush=True)
        c1 = run([cjs, "--schemafile", schema, *files1])
        if c1.code != 0:
            print(f"  ! check-jsonschema exited {c1.code} on the scale-1 plan", flush=True)
        raw += [
            ("scale 1: kplan validate", k1.seconds),
            ("scale 1: PyYAML parse, in-process", floor_in),
            ("scale 1: PyYAML parse, subprocess", floor_sub.seconds),
            ("scale 1: check-jsonschema (1 run)", c1.seconds),
        ]
        rows.append(
            ratio_row(
                "scale 1: kplan / PyYAML floor (subprocess)", k1.seconds / floor_sub.seconds, 2.0
            )
        )
        rows.append(
            ratio_row("scale 1: kplan / PyYAML floor (in-process)", k1.seconds / floor_in, None)
        )
        rows.append(ratio_row("scale 1: kplan / check-jsonschema", k1.seconds / c1.seconds, 0.5))
        rows.append(
            Row(
                "scale 1: kplan peak memory (max RSS)",
                f"{k1.max_rss_mb:.0f} MB",
                "<= 300 MB",
                k1.max_rss_mb <= 300,
            )
        )
        rows.append(
            Row(
                "scale 1: PyYAML subprocess peak memory",
                f"{floor_sub.max_rss_mb:.0f} MB",
                "(report)",
            )
        )

        # --- scale 10: scaling
        print("timing scale 10: kplan validate ...", flush=True)
        k10 = best([kplan, "validate", plan10], args.runs_large, label="kplan validate scale 10")
        raw.append(("scale 10: kplan validate", k10.seconds))
        rows.append(ratio_row("scale 10 / scale 1 kplan time", k10.seconds / k1.seconds, 11.0))
        rows.append(
            Row("scale 10: kplan peak memory (max RSS)", f"{k10.max_rss_mb:.0f} MB", "(report)")
        )

        clean = all(
            r.code == 0 and " 0 error(s), 0 warning(s)" in " " + r.output for r in (k1, k10)
        )
        rows.insert(
            0,
            Row(
                "generated plans validate clean (0 errors, 0 warnings)",
                "yes" if clean else "no",
                "yes",
                clean,
            ),
        )

    print()
    print(
        f"examples/oyer: {k_oyer.output.strip().splitlines()[-1] if k_oyer.output.strip() else ''}"
    )
    print("times (best of runs, seconds):")
    for name, secs in raw:
        print(f"  {name:<40} {secs:8.3f}")
    print()
    print(table(rows))
    failed = [r.measure for r in rows if r.ok is False]
    print()
    print(f"{len(failed)} goal(s) failed" + (": " + "; ".join(failed) if failed else ""))
    return 1 if (args.check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
