"""The `kplan` program leaves with `os._exit` after its command (`kplan.cli.process`): what
it printed must all arrive, its exit code must be the command's, and atexit handlers must have
run, as with Python's own exit (a closed pipe and a full disk: tests/test_cli.py, through
`python -m kplan`). Each case is a real process, run as `python -m kplan` runs it,
compared with the same command run through `main` in this process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import EXAMPLES, ROOT, kplan

CASES = ROOT / "tests" / "cases"


def _program(*args: str, code: str = "") -> subprocess.CompletedProcess[bytes]:
    """`kplan ARGS` as the console script runs it, with `code` run first in its process."""
    probe = (
        f"import sys\n{code}\nfrom kplan.cli.process import console\n"
        "sys.argv = ['kplan', *sys.argv[1:]]\nconsole()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=300,
    )


def test_every_byte_of_a_large_output_arrives() -> None:
    # the gap's json comes in pieces; the last of them must be written out before the exit
    args = ("gap", str(EXAMPLES / "stange"), "-q", "--format", "json", "--lang", "nb")
    done = _program(*args)
    here = kplan(*args)
    assert done.returncode == here.returncode == 0
    assert done.stdout.decode("utf-8") == here.stdout
    assert done.stdout.endswith(b"}\n")


def test_the_exit_code_is_the_commands() -> None:
    errors = _program("validate", str(CASES / "duplicate-id"), "--lang", "en")
    assert errors.returncode == 1
    assert b"K201" in errors.stdout + errors.stderr
    usage = _program("gap", str(EXAMPLES / "oyer"), "--format", "nope")
    assert usage.returncode == 2
    assert usage.stderr  # the usage error was said before the exit


def test_atexit_handlers_run_once_and_what_they_print_arrives() -> None:
    handler = "import atexit\natexit.register(lambda: print('handler ran', flush=False))"
    done = _program("validate", str(EXAMPLES / "oyer"), "-q", code=handler)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[-1] == "handler ran"
    assert done.stdout.count(b"handler ran") == 1


def test_a_temporary_directory_of_the_run_is_removed() -> None:
    # tempfile's cleanup is an atexit handler (weakref.finalize): it must still run
    made = (
        "import tempfile, atexit\n"
        "left = tempfile.TemporaryDirectory(prefix='kplan-exit-test-')\n"
        "print(left.name, flush=True)"
    )
    done = _program("validate", str(EXAMPLES / "oyer"), "-q", code=made)
    assert done.returncode == 0, done.stderr
    name = done.stdout.decode().splitlines()[0]
    assert name.startswith("/") and not Path(name).exists()


def test_with_another_thread_running_python_exits_as_always() -> None:
    # a thread that is still running must be waited for: no quick exit then
    waiting = (
        "import threading, time\n"
        "threading.Thread(target=lambda: (time.sleep(0.5), print('thread done', flush=True)))"
        ".start()"
    )
    done = _program("validate", str(EXAMPLES / "oyer"), "-q", code=waiting)
    assert done.returncode == 0, done.stderr
    assert b"thread done" in done.stdout
