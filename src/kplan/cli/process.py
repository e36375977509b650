"""The end of a `kplan` process: out without taking apart what the run built.

A national plan's gap holds 200,000 rows and the plan they came from, some 700 MB of small
objects. Freeing them one by one when the command returns, and then tearing down every module,
takes a third of a second, for memory the operating system takes back at once. So the command
keeps what it built (`boundary.keep`) and `console`, the `kplan` program, leaves with `os._exit` once
stdout and stderr are flushed and the atexit handlers (temporary directories) have run, as
Python's own exit would.

It does so only when nothing else could need the normal exit: another thread still running, a
stream that cannot be flushed or an exit code that is not a number leave by `SystemExit` as
before. `main` itself, which the tests run in their own process, never leaves this way; there
`boundary.release` lets what was kept go.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

from kplan.cli.commands import main


def _flushed() -> bool:
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            return False  # Python's exit reports it as it always has
    return True


def console() -> None:
    """The `kplan` program: `main`, then out of the process at once (see the module)."""
    try:
        main()
    except SystemExit as done:
        code = 0 if done.code is None else done.code
        # a text or a truth as the code: Python's exit says and counts it as it always has
        number = isinstance(code, int) and not isinstance(code, bool)
        if number and threading.active_count() == 1 and _flushed():
            atexit._run_exitfuncs()
            if _flushed():
                os._exit(int(code) & 0xFF)
        raise
