"""Start-up: `kplan validate` imports what validating needs and nothing more, so that it starts
quickly (speed itself is measured by bench/startup.py, not here). Each run is a fresh
interpreter: the test process has imported everything long ago."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CSV_DRIVERS, CSV_HEAD, EXAMPLES, ROOT

# The command is run as the console script runs it, then the modules it imported are listed.
_PROBE = """
import json, sys
from kplan.cli import main
sys.argv = ["kplan", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NOT_FOR_VALIDATE = ("jinja2", "openpyxl", "kplan.document", "kplan.analysis")
"""The renderer, the workbook reader, the document stage and the analysis: none of them has
anything to do when a plan is only validated."""


def _imported(*args: str, cwd: Path = ROOT) -> tuple[int, list[str]]:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=300,
    )
    last = json.loads(run.stdout.strip().splitlines()[-1])
    return last["code"], last["modules"]


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(NOT_FOR_VALIDATE)]


def test_validate_imports_no_renderer_workbook_reader_or_analysis() -> None:
    code, modules = _imported("validate", str(EXAMPLES / "oyer"))
    assert code == 0
    assert "kplan.check.validate" in modules  # the probe did validate
    assert _heavy(modules) == []


HEAD = CSV_HEAD
DRIVERS = CSV_DRIVERS
INVENTORY = (
    "unit;competence;date;persons;fte;source\r\n"
    "sol;bhg-laerer;01.01.2025;3;2,5;Lønnssystem\r\n"
    "sol;;01.01.2025;4;3,5;Lønn og personal\r\n"
)


def test_validate_with_csv_inventory_and_drivers_reads_no_workbook(tmp_path: Path) -> None:
    (tmp_path / "hr").mkdir()
    (tmp_path / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (tmp_path / "hr" / "eksport.csv").write_text(INVENTORY, encoding="utf-8", newline="")
    (tmp_path / "ssb.csv").write_text(DRIVERS, encoding="utf-8")
    code, modules = _imported("validate", str(tmp_path))
    assert code == 0
    assert "kplan.plan.compact" in modules  # the inventory was read
    assert _heavy(modules) == []


@pytest.mark.parametrize("command", [["gap"], ["render", "--format", "html"]])
def test_the_probe_sees_what_other_commands_import(command: list[str], tmp_path: Path) -> None:
    # the same probe on commands that do need the analysis: the test above can fail
    out = ["--output", str(tmp_path / "plan.html")] if "render" in command else []
    code, modules = _imported(*command, str(EXAMPLES / "oyer"), *out)
    assert code == 0
    assert "kplan.analysis.gap" in modules


_AT_EXIT = """
import atexit, gc, sys
from kplan.cli import main
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0, flush=True))
sys.argv = ["kplan", *sys.argv[1:]]
main()
"""


def test_a_run_leaves_what_it_made_out_of_the_collection_at_exit() -> None:
    # Python's last collection would walk every object of the run; frozen ones it leaves out.
    # atexit handlers (temporary directories' cleanup) still run, as this one shows.
    run = subprocess.run(
        [sys.executable, "-c", _AT_EXIT, "validate", str(EXAMPLES / "oyer"), "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "frozen at exit: True"
