"""What the test modules share: paths, a small valid plan, plan editing, running kplan (in
process through its real entry point, or in a real process) and building git repositories.

Test modules import from here, never from each other or from conftest (which holds fixtures).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = dt.date(2026, 11, 22)
"""Tests validate as of a fixed day, so deadline checks do not drift with the calendar."""

MINIMAL = """\
plan:
  title: Strategisk kompetanseplan 2025-2028
  kommune: {name: Testvik kommune, number: "0301"}
  scope: {kind: kommune}
  period: {start: 2025, end: 2028}
  status: utkast
organisation:
  working_group:
    members:
      - {role: HR-rådgiver, kind: rådgiver}
      - {role: Hovedtillitsvalgt, kind: tillitsvalgt, union: Fagforbundet}
anchoring:
  text: [Forankret i arbeidsgiverstrategien.]
goals:
  - id: hovedmal
    kind: hovedmål
    text: Kommunen har rett kompetanse.
competence_concept:
  definition: Kunnskaper, ferdigheter, holdninger og evner.
units:
  - {id: kommunen, name: Testvik kommune, level: kommune}
needs:
  - id: behov-1
    text: Flere sykepleiere
    type: anskaffelse
    unit: kommunen
    goals: [hovedmal]
actions:
  - id: tiltak-1
    title: Ekstern utlysning
    needs: [behov-1]
    strategy: rekruttere
    period: {start: 2025, end: 2026}
    evaluation:
      - {level: 4, method: Brukerundersøkelse}
evaluation:
  text: [Årlig rapport til kommunestyret.]
"""
"""A single-file plan that validates clean; tests edit it to make one thing wrong."""


def replace_once(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced by `new`; `old` must occur exactly once, so an edit that no
    longer hits (the plan changed) fails loudly instead of testing the unedited plan."""
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times in the text, not exactly once"
    return text.replace(old, new)


_EVAL = "    evaluation:\n      - {level: 4, method: Brukerundersøkelse}\n"

BASE_PLAN = replace_once(
    MINIMAL,
    _EVAL,
    "    cost: {amount: 100000}\n" + _EVAL + "  - id: tiltak-2\n"
    "    title: Kurs i veiledning\n"
    "    needs: [behov-1]\n"
    "    strategy: utvikle\n"
    "    period: {start: 2026, end: 2026}\n"
    "    cost: {amount: 5000}\n"
    "    evaluation:\n"
    "      - {level: 2, method: Test}\n",
)
"""MINIMAL with a cost on tiltak-1 (2025, rekruttere) and a second action tiltak-2 (2026)."""


# A plan whose inventory and drivers are CSV files (hr/*.csv and ssb.csv): a ratio requirement
# at one barnehage on a driver found by segment
CSV_HEAD = MINIMAL.replace(
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
    "  - {id: sol, name: Solsikken barnehage, level: enhet, parent: kommunen}\n"
    "competences:\n  - {id: bhg-laerer, name: Barnehagelærer, kind: profesjon}\n"
    "requirements:\n"
    "  - id: ped\n    kind: ratio\n    title: Pedagognorm\n    units: [sol]\n"
    "    source: {kind: forskrift, reference: § 1}\n    competences: [bhg-laerer]\n"
    "    terms: [{driver: barn-under-3, per: 7}]\n    goals: [hovedmal]\n"
    "analysis:\n  inventory_files: [hr/*.csv]\n  driver_files: [ssb.csv]\n",
)


# CSV_HEAD's drivers: children under 3 at the barnehage, four years
CSV_DRIVERS = "id;name;segment;unit;year;value;publisher;table;alternative;vintage\n" + "".join(
    f"sol-u3;Barn under 3;barn-under-3;sol;{y};{v};SSB;13600;MMMM;2024\n"
    for y, v in ((2025, 14), (2026, 21), (2027, 28), (2028, 28))
)


def edit(path: Path, old: str, new: str) -> None:
    """Replace `old` (exactly once) by `new` in the file at `path`."""
    path.write_text(replace_once(path.read_text(encoding="utf-8"), old, new), encoding="utf-8")


def write_plan(directory: Path, text: str = MINIMAL) -> Path:
    """`directory` (made if needed) holding `text` as its kplan.yaml."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "kplan.yaml").write_text(text, encoding="utf-8")
    return directory


def make_plan(**sections: Any) -> Any:
    """A validated Plan with two units and ten competences, plus the given sections."""
    from kplan.plan.model import Plan

    doc: dict[str, Any] = {
        "plan": {
            "title": "Testplan",
            "kommune": {"name": "Testvik", "number": "0301"},
            "scope": {"kind": "kommune"},
            "period": {"start": 2025, "end": 2027},
            "status": "utkast",
        },
        "units": [
            {"id": "kommunen", "name": "Testvik kommune", "level": "kommune"},
            {"id": "enheten", "name": "Enheten", "level": "enhet", "parent": "kommunen"},
        ],
        "competences": [
            {"id": c, "name": c, "kind": "annet"}
            for c in (
                "bhg-laerer",
                "fagarbeider",
                "assistent",
                "sykepleier",
                "ufaglaert",
                "laerer",
                "engelsk-30sp",
                "engelsk-60sp",
                "lege",
                "akuttmed",
            )
        ],
    }
    doc.update(sections)
    return Plan.model_validate(doc)


# ---------------------------------------------------------------------------------------------
# Running kplan


@dataclasses.dataclass(frozen=True)
class Run:
    """How a kplan run ended: the exit code and both streams, decoded as a terminal would."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""

    @property
    def exit_code(self) -> int:
        """The exit code (the name click's Result uses)."""
        return self.returncode

    @property
    def output(self) -> str:
        """stdout then stderr."""
        return self.stdout + self.stderr

    def __str__(self) -> str:
        # an assertion message that shows what kplan said
        return (
            f"kplan {' '.join(self.args)}\n--- exit {self.returncode}\n"
            f"--- stdout\n{self.stdout[:3000]}\n--- stderr\n{self.stderr[:3000]}"
        )


_IGNORED = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)
"""What Python ignores by default when it runs a program."""


def run_line(
    *args: str,
    cwd: Path | str | None = None,
    env: Mapping[str, str | None] | None = None,
    input: str | bytes | None = None,
    environ: Mapping[str, str] | None = None,
) -> Run:
    """Run `kplan ARGS` in this process through `kplan.cli.main`, the console entry point, so
    the exit code and the `kplan: ...` lines come from the real error boundary.

    stdout and stderr are captured apart (stdin is empty unless `input` is given); `env` sets
    (or, with None, removes) variables for the run; NO_COLOR is set and COLUMNS removed unless
    `env` says otherwise.
    `environ`, when given, is the whole environment of the run instead.
    An exception that escapes the boundary is not caught: the test fails with its traceback.
    """
    from typer.testing import CliRunner

    from kplan.cli import boundary, main

    runner = CliRunner()
    overrides: dict[str, str | None]
    if environ is not None:
        overrides = {k: None for k in os.environ if k not in environ}
        overrides.update(environ)
    else:
        # no COLUMNS: a developer's exported width must not change the terminal tables' goldens
        overrides = {"NO_COLOR": "1", "COLUMNS": None, **(env or {})}
    argv, here, collecting = sys.argv, os.getcwd(), gc.isenabled()
    code: Any = 0
    with runner.isolation(input=input, env=overrides) as (out, err, _):
        sys.argv = ["kplan", *args]
        try:
            if cwd is not None:
                os.chdir(cwd)
            with warnings.catch_warnings():
                # a real run shows Python's default warnings, not the suite's "error"
                warnings.resetwarnings()
                for category in _IGNORED:
                    warnings.simplefilter("ignore", category)
                main()
        except SystemExit as exc:
            code = exc.code
        finally:
            sys.argv = argv
            os.chdir(here)
            boundary.release()  # what the run kept to the end of the process
            gc.unfreeze()  # main() freezes what the run made, to skip the collection at exit
            if collecting:
                gc.enable()  # main() turns the collector off for the rest of the process
            if getattr(boundary, "_closed", False):
                boundary._closed = False  # stdout was given up on; the next run starts afresh
            sys.stdout.flush()
            sys.stderr.flush()
        raw, said = out.getvalue(), err.getvalue()
    if code is None:
        code = 0
    assert isinstance(code, int), f"kplan {args}: exit code {code!r}"
    return Run(
        args=tuple(args),
        returncode=code,
        stdout=raw.decode("utf-8", "replace"),
        stderr=said.decode("utf-8", "replace"),
        stdout_bytes=raw,
    )


def kplan(*args: str, cwd: Path | str | None = None, **env: str) -> Run:
    """`kplan ARGS` in process (see `run_line`), with environment variables as keywords."""
    return run_line(*args, cwd=cwd, env=env)


def kplan_process(*args: str, cwd: Path | str | None = None, **env: str) -> Run:
    """`python -m kplan ARGS` in a real process, as a user runs it: for what only a process
    shows (signals, pipes, file descriptors, resource limits, interpreter start-up)."""
    done = subprocess.run(
        [sys.executable, "-m", "kplan", *args],
        capture_output=True,
        cwd=cwd,
        env={**{k: v for k, v in os.environ.items() if k != "COLUMNS"}, "NO_COLOR": "1", **env},
        timeout=120,
    )
    return Run(
        args=tuple(args),
        returncode=done.returncode,
        stdout=done.stdout.decode("utf-8", "replace"),
        stderr=done.stderr.decode("utf-8", "replace"),
        stdout_bytes=done.stdout,
    )


def ok(result: Run) -> str:
    """stdout of a run that succeeded (exit 0) without a traceback."""
    assert result.returncode == 0, str(result)
    assert "Traceback" not in result.stderr, str(result)
    return result.stdout


def fails(result: Run, code: int = 2) -> str:
    """stderr of a run that failed cleanly with `code`: one kplan line, no traceback."""
    assert result.returncode == code, str(result)
    assert "Traceback" not in result.stderr, str(result)
    assert result.stderr.startswith("kplan: "), str(result)
    return result.stderr


# ---------------------------------------------------------------------------------------------
# git repositories

GIT_ENV = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
"""Given to git and to kplan alike: the user's own git configuration plays no part."""


def git(
    cwd: Path,
    *args: str,
    when: str = "2025-01-01T12:00:00+01:00",
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
) -> str:
    """Run git in `cwd` with fixed author/committer dates and no global or system config.

    GIT_* variables from outside (a git hook sets GIT_DIR) are left out, so the commands can
    only ever reach the repository in `cwd`."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    full.update(GIT_ENV)
    full.update({"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, **(env or {})})
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env=full,
        check=True,
        capture_output=True,
        timeout=60,
        input=stdin.encode() if stdin is not None else None,
    )
    return done.stdout.decode("utf-8", "surrogateescape")


class Repo:
    """A repository on branch main; each commit is one day later (2025-01-01 on), by a fixed
    author, so commit ids are the same on every run."""

    def __init__(self, root: Path, *, init: bool = True) -> None:
        self.root = root
        self.day = 0
        if not init:
            return
        root.mkdir(parents=True, exist_ok=True)
        self.git("-c", "init.defaultBranch=main", "init", "-q")
        self.git("config", "user.name", "Test Testesen")
        self.git("config", "user.email", "test@example.invalid")
        self.git("config", "commit.gpgsign", "false")
        self.git("config", "tag.gpgsign", "false")

    @property
    def date(self) -> str:
        """The date of the newest commit, as `%cs` gives it."""
        return f"2025-01-{max(self.day, 1):02d}"

    def git(self, *args: str) -> str:
        """Run git in the repository, dated as the newest commit."""
        return git(self.root, *args, when=f"{self.date}T12:00:00+01:00")

    def write(self, rel: str, text: str) -> Path:
        """Write `text` to the file `rel` (its folders made as needed)."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        """The text of the file `rel`."""
        return (self.root / rel).read_text(encoding="utf-8")

    def edit(self, rel: str, old: str, new: str) -> None:
        """Replace `old` (exactly once) by `new` in the file `rel`."""
        self.write(rel, replace_once(self.read(rel), old, new))

    def commit(self, message: str) -> str:
        """Commit everything, one day after the last commit; the new commit id."""
        self.day += 1
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.rev("HEAD")

    def merge(self, branch: str, message: str) -> str:
        """Merge `branch` with a merge commit, one day on; the new commit id."""
        self.day += 1
        self.git("merge", "-q", "--no-ff", "-m", message, branch)
        return self.rev("HEAD")

    def rev(self, name: str) -> str:
        """The commit id `name` stands for."""
        return self.git("rev-parse", "--verify", f"{name}^{{commit}}").strip()

    def status(self) -> str:
        """`git status --porcelain`, untracked files included."""
        return self.git("status", "--porcelain", "--untracked-files=all")

    def copy(self, dest: Path) -> Repo:
        """A copy of the repository (working tree and .git) at `dest`, to change freely."""
        shutil.copytree(self.root, dest, symlinks=True)
        twin = Repo(dest, init=False)
        twin.day = self.day
        return twin

    def kplan(self, *args: str, cwd: Path | None = None) -> Run:
        """kplan in process, at the repository root unless `cwd` says otherwise."""
        return run_line(*args, cwd=cwd or self.root, env=GIT_ENV)

    def many(self, *calls: tuple[str, ...]) -> list[Run]:
        """Several kplan runs at the repository root, one after the other."""
        return [self.kplan(*args) for args in calls]


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` (a .git directory too) and its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def gap_row(**values: Any) -> Any:
    """A competence gap row for printer tests: a count of nurses in «enheten» in 2026 with
    every figure known; `values` replace any field (`formula`, `measure`, `explain`...)."""
    from kplan.analysis.formulas import CountFormula
    from kplan.analysis.gap import GapRow

    fields: dict[str, Any] = dict(
        unit="enheten",
        requirement="spl",
        year=2026,
        kind="count",
        basis="personer",
        required=8.0,
        available=5.5,
        planned=1.0,
        gap=2.5,
        residual=1.5,
        need_type="rekruttering",
        due=True,
        vulnerable=False,
        formula=CountFormula(8.0, 0.0, "ingen", 8.0),
    )
    fields.update(values)
    return GapRow(**fields)


def bench_plans(out: Path, shapes: tuple[str, ...]) -> dict[str, Path]:
    """The plans `bench/generate.py` writes at scale 1, one folder under `out` per shape."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    import generate  # bench/generate.py

    for shape in shapes:
        generate.generate(str(out / shape), 1, shape=shape)
    return {shape: out / shape for shape in shapes}
