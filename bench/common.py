"""What the bench scripts share: the plans per shape, the runner, interleaved timing, the table.

Every script measures kplan against something measured in the same run (a floor, a peer tool,
another kplan command) and prints the ratio, since the machine's speed cancels out of a ratio
and not out of seconds. Commands that are compared are run interleaved, round by round (round
1: A, B; round 2: A, B; ...), and the best of each is kept: a slow spell of the machine then
hits both sides alike, where running all of A and then all of B lets it land on one side only.
Standard library only (plus what the scripts themselves compare against).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no bench/__pycache__ from importing generate

import generate  # noqa: E402  (bench/generate.py)

SHAPES = ("standard", "national", "deep", "files", "prose")
BIG = 10
"""The large size is this many times the small one (`10x the input ≤ 11x the time`)."""


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


def csv_files(plan_dir: str) -> list[str]:
    return sorted(glob.glob(os.path.join(plan_dir, "**", "*.csv"), recursive=True))


# --- running a command ------------------------------------------------------------------------


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

MAX_OUTPUT = 200_000
"""Characters of a command's output kept (its end): `kplan gap --format json` on a large plan
writes hundreds of MB, which only the summary lines at the end matter of."""


def run(cmd: list[str]) -> Run:
    """Run `cmd` as a subprocess: wall time, exit code, output, and its max RSS (via wait4)."""
    with tempfile.TemporaryDirectory(prefix="kplan-run-") as tmp:
        result, log = os.path.join(tmp, "result.json"), os.path.join(tmp, "log")
        subprocess.run([sys.executable, "-c", RUNNER_CODE, result, log, *cmd], check=True)
        with open(result) as fh:
            got = json.load(fh)
        with open(log, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - MAX_OUTPUT))
            text = fh.read().decode("utf-8", "replace")
    rss = got["maxrss"] / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes vs KiB
    return Run(got["seconds"], rss, got["code"], text)


@dataclass
class Cmd:
    label: str
    argv: list[str]
    expect: int | None = 0  # None: any exit code
    rounds: int | None = None  # None: every round; else only the first N (a large plan)


def interleaved(cmds: Sequence[Cmd], runs: int) -> dict[str, Run]:
    """Each command run once per round, in order, for `runs` rounds; the best time of each
    (max RSS: the largest seen). A command that exits other than expected is named."""
    results: dict[str, list[Run]] = {c.label: [] for c in cmds}
    for round_ in range(runs):
        for c in cmds:
            if c.rounds is not None and round_ >= c.rounds:
                continue
            print(f"  round {round_ + 1}: {c.label} ...", end="", flush=True)
            r = run(c.argv)
            print(f" {r.seconds:.2f} s, {r.max_rss_mb:.0f} MB", flush=True)
            if c.expect is not None and r.code != c.expect:
                tail = "\n".join(r.output.strip().splitlines()[-5:])
                print(f"  ! {c.label} exited {r.code}, expected {c.expect}:\n{tail}", flush=True)
            results[c.label].append(r)
    out = {}
    for label, rs in results.items():
        top = min(rs, key=lambda r: r.seconds)
        out[label] = Run(top.seconds, max(r.max_rss_mb for r in rs), top.code, top.output)
    return out


_CLEAN = re.compile(r"(?<!\d)0 (feil|errors?\b|error\(s\)).{0,6}(?<!\d)0 (advarsler|warnings?\b)")


def clean(r: Run) -> bool:
    """`kplan validate` said 0 errors and 0 warnings, and exited 0."""
    return r.code == 0 and bool(_CLEAN.search(r.output))


# --- the plans --------------------------------------------------------------------------------


class Plans:
    """Plans generated once per run, by shape, scale and catalogue size, under one directory."""

    def __init__(self, work: str) -> None:
        self.work = work
        self.made: dict[tuple[str, int, int | None], tuple[str, dict[str, int]]] = {}

    def get(self, shape: str, scale: int, competences: int | None = None) -> str:
        key = (shape, scale, competences)
        if key not in self.made:
            name = f"{shape}-{scale}" + (f"-c{competences}" if competences else "")
            path = os.path.join(self.work, name)
            start = time.perf_counter()
            stats = generate.generate(path, scale, shape=shape, competences=competences)
            print(
                f"generated {name} in {time.perf_counter() - start:.1f} s: {describe(stats)}",
                flush=True,
            )
            self.made[key] = (path, stats)
        return self.made[key][0]

    def stats(self, shape: str, scale: int, competences: int | None = None) -> dict[str, int]:
        self.get(shape, scale, competences)
        return self.made[(shape, scale, competences)][1]


def describe(stats: dict[str, int]) -> str:
    csv = f", {stats['csv_bytes'] / 1e6:.1f} MB of it CSV" if stats["csv_bytes"] else ""
    return (
        f"{stats['bytes'] / 1e6:.1f} MB{csv} in {stats['files']} files; {stats['units']:,} units, "
        f"{stats['competences']:,} competences, {stats['requirements']:,} requirements, "
        f"{stats['inventory_rows']:,} inventory rows, {stats['actions']:,} actions"
    )


# --- arguments and the report -----------------------------------------------------------------


def arguments(doc: str, runs: int, runs_large: int | None = None) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument(
        "--shape",
        action="append",
        choices=[*SHAPES, "all"],
        help="plan shape (repeatable; default all)",
    )
    ap.add_argument("--scale", type=int, default=1, help="the plans' scale (default 1)")
    ap.add_argument("--runs", type=int, default=runs, help=f"rounds, best kept (default {runs})")
    if runs_large is not None:
        ap.add_argument(
            "--runs-large",
            type=int,
            default=runs_large,
            help=f"rounds that include the {BIG}x plan (default {runs_large})",
        )
    ap.add_argument("--check", action="store_true", help="exit 1 when a goal fails")
    ap.add_argument("--keep", metavar="DIR", help="generate the plans into DIR and keep them")
    return ap


def shapes(args: argparse.Namespace) -> list[str]:
    chosen = args.shape or ["all"]
    return list(SHAPES) if "all" in chosen else [s for s in SHAPES if s in chosen]


@contextmanager
def workdir(keep: str | None) -> Iterator[str]:
    if keep:
        os.makedirs(keep, exist_ok=True)
        yield os.path.abspath(keep)
    else:
        with tempfile.TemporaryDirectory(prefix="kplan-bench-") as tmp:
            yield tmp


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


def memory_row(measure: str, mb: float, goal: float | None) -> Row:
    if goal is None:
        return Row(measure, f"{mb:.0f} MB", "(report)", None)
    return Row(measure, f"{mb:.0f} MB", f"<= {goal:g} MB", mb <= goal)


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


def finish(
    name: str, raw: list[tuple[str, float]], rows: list[Row], started: float, check: bool
) -> int:
    """Print the raw times, the table and how long the script took; the exit code."""
    print()
    print("times (best of the rounds, seconds):")
    width = max((len(label) for label, _ in raw), default=0)
    for label, secs in raw:
        print(f"  {label:<{width}}  {secs:8.3f}")
    print()
    print(table(rows))
    failed = [r.measure for r in rows if r.ok is False]
    print()
    print(f"{len(failed)} goal(s) failed" + (": " + "; ".join(failed) if failed else ""))
    print(f"{name} took {time.perf_counter() - started:.0f} s")
    return 1 if (check and failed) else 0


def header() -> None:
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}",
        flush=True,
    )
