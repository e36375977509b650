"""The hostile suite: inputs a kommune may pass around, each with what kplan must do with it.

Every case is a YAML file in tests/hostile/<surface>/ and runs the real `kplan` in a fresh
temporary directory, so exit codes, tracebacks and files left behind are what a user would see.
A case about the process itself (one with `shell`, `timeout`, `memory_mb`, `fsize` or `env`:
pipes, signals, resource limits, interpreter settings) runs in a subprocess; any other runs in
process through the console entry point (kplan.cli.main), with the same environment, working
directory and checks, and the default time limit, which saves a Python start-up per case.
A case holds:

    about: what the input attacks (one line)
    files: {path: text}            # written into the temporary directory (UTF-8)
    files_b64: {path: base64}      # bytes text cannot hold (UTF-16, NUL, non-UTF-8)
    make: |                        # Python run in the directory first, for big or generated
      ...                          # inputs (our own code, not user input)
    setup: |                       # bash run there next (git repositories, hooks, configs)
      ...
    run: [validate, .]             # kplan's arguments, or
    shell: kplan render . | head -1   # a bash line with `kplan` defined (pipes, redirects)
    cwd: sub                       # where to run (default: the temporary directory)
    env: {NAME: value}
    exit: 2                        # the exit code, or a list of allowed codes
    stdout_has / stderr_has / output_has: [text, ...]    # must appear
    stdout_lacks / stderr_lacks / output_lacks: [text, ...]  # must not appear
    stdout_lines: regex            # every non-empty stdout line matches (re.fullmatch)
    creates: [path, ...]           # new files the run may make; any other new file fails
    absent: [path, ...]            # must not exist afterwards (even under .git)
    timeout: 60                    # seconds before the case counts as hanging (not a speed goal)
    memory_mb: 2000                # address-space limit of the run
    fsize: 100000                  # file-size limit in bytes (a write past it fails)

Whatever the case says, the run must not print a Python traceback, must not change any file
that was there before (outside .git), and must not leave files it was not allowed to create.
"""

from __future__ import annotations

import base64
import os
import re
import resource
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from helpers import run_line
from ruamel.yaml import YAML

HOSTILE = Path(__file__).parent / "hostile"
CASES = sorted(HOSTILE.glob("*/*.yaml"))

GIT_ENV = {
    "GIT_AUTHOR_NAME": "HR-rådgiver",
    "GIT_AUTHOR_EMAIL": "hr@example.invalid",
    "GIT_COMMITTER_NAME": "HR-rådgiver",
    "GIT_COMMITTER_EMAIL": "hr@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


PROCESS_KEYS = ("shell", "timeout", "memory_mb", "fsize", "env")
"""A case with one of these tests the process (or its environment): it runs in a subprocess."""


_IN_EVERY_LANGUAGE = {"internal error": ("internal error", "intern feil")}
"""Words a case may name in English that kplan says in nb and nn too (the same in both)."""


def _load(path: Path) -> dict[str, Any]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    known = {
        "about", "files", "files_b64", "make", "setup", "run", "shell", "cwd", "env", "exit",
        "stdout_has", "stderr_has", "output_has", "stdout_lacks", "stderr_lacks",
        "output_lacks", "stdout_lines", "creates", "absent", "timeout", "memory_mb", "fsize",
    }  # fmt: skip
    unknown = set(data) - known
    assert not unknown, f"{path}: unknown keys {sorted(unknown)}"
    assert data.get("about"), f"{path}: say what the case attacks (about:)"
    assert ("run" in data) != ("shell" in data), f"{path}: give run or shell"
    return data


def _snapshot(root: Path) -> dict[str, tuple[int, ...]]:
    """Every file outside .git: relative path → inode, size, mtime and ctime.

    Any write, replacement or change of mode shows in these (a program cannot set ctime
    back), so this catches every change a content hash does, and a rewrite with the same bytes
    too, without reading each of a case's 100,000 files twice."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != ".git"]
        for name in filenames:
            full = os.path.join(dirpath, name)
            st = os.lstat(full)
            if not stat.S_ISREG(st.st_mode):
                continue
            found[os.path.relpath(full, root)] = (
                st.st_ino,
                st.st_size,
                st.st_mtime_ns,
                st.st_ctime_ns,
                st.st_mode,
            )
    return found


def _limits(memory_mb: int, fsize: int | None) -> Any:
    def apply() -> None:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return apply


class _Hung(BaseException):
    """The in-process run went past its time limit (a BaseException: the boundary lets it by)."""


def _in_process(args: list[str], cwd: Path, env: dict[str, str], seconds: float) -> Any:
    """Run kplan in this process as the subprocess would; _Hung after `seconds`."""

    def expire(signum: int, frame: object) -> None:
        raise _Hung

    if threading.current_thread() is not threading.main_thread():
        return run_line(*args, cwd=cwd, environ=env)  # no alarm outside the main thread
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return run_line(*args, cwd=cwd, environ=env)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _param(case: Path) -> Any:
    """The case as a test parameter; one that allows itself a minute or more is marked heavy,
    so that it starts first (conftest) and does not end the run alone on one core."""
    found = re.search(r"^timeout: *(\d+)", case.read_text(encoding="utf-8"), flags=re.M)
    seconds = int(found.group(1)) if found else 0
    marks = [pytest.mark.heavy(seconds)] if seconds >= 60 else []
    return pytest.param(case, id=f"{case.parent.name}/{case.stem}", marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_hostile(case: Path, tmp_path: Path) -> None:
    spec = _load(case)
    work = tmp_path / "w"
    work.mkdir()
    for rel, text in (spec.get("files") or {}).items():
        target = work / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(str(text).encode("utf-8"))
    for rel, b64 in (spec.get("files_b64") or {}).items():
        target = work / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(b64))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "KPLAN_", "PYTHON"))}
    env.update(GIT_ENV)
    env.update({"HOME": str(tmp_path / "home"), "NO_COLOR": "1", "COLUMNS": "200"})
    (tmp_path / "home").mkdir()
    if spec.get("make"):
        subprocess.run(
            [sys.executable, "-c", spec["make"]], cwd=work, env=env, check=True, timeout=300
        )
    if spec.get("setup"):
        subprocess.run(
            ["bash", "-euo", "pipefail", "-c", spec["setup"]],
            cwd=work,
            env=env,
            check=True,
            timeout=300,
            capture_output=True,
        )
    before = _snapshot(work)
    env.update({k: str(v) for k, v in (spec.get("env") or {}).items()})
    if spec.get("fsize") is not None:
        # under a file-size limit, Python would cache a module's bytecode cut short (a partial
        # write is no error to it) and break every later import of that module
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    cwd = work / spec.get("cwd", ".")
    timeout = spec.get("timeout", 60)
    if not any(key in spec for key in PROCESS_KEYS):
        try:
            run = _in_process([str(a) for a in spec["run"]], cwd, env, timeout)
        except _Hung:
            pytest.fail(f"{case.name}: still running after {timeout} s")
        code, out, err = run.returncode, run.stdout, run.stderr
    else:
        if "run" in spec:
            cmd = [sys.executable, "-m", "kplan", *[str(a) for a in spec["run"]]]
        else:
            shim = f'kplan() {{ "{sys.executable}" -m kplan "$@"; }}\n'
            cmd = ["bash", "-c", shim + spec["shell"]]
        try:
            done = subprocess.run(
                cmd,
                cwd=cwd,
                env=env,
                capture_output=True,
                timeout=timeout,
                preexec_fn=_limits(spec.get("memory_mb", 2000), spec.get("fsize")),
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"{case.name}: still running after {timeout} s")
        code = done.returncode
        out = done.stdout.decode("utf-8", "replace")
        err = done.stderr.decode("utf-8", "replace")
    shown = f"\n--- exit {code}\n--- stdout\n{out[:3000]}\n--- stderr\n{err[:3000]}"

    assert "Traceback" not in out + err, shown
    # a bug in kplan is never hostile input's fault, in whichever language it is said
    assert not any(w in out + err for w in _IN_EVERY_LANGUAGE["internal error"]), shown
    expected = spec.get("exit", [0, 1, 2])
    allowed = expected if isinstance(expected, list) else [expected]
    assert code in allowed, shown
    for where, text in (("stdout", out), ("stderr", err), ("output", out + err)):
        for needle in spec.get(f"{where}_has") or []:
            assert needle in text, f"{where} lacks {needle!r}" + shown
        for needle in spec.get(f"{where}_lacks") or []:
            # a case written before kplan spoke Norwegian names the English words; the run
            # speaks bokmål, so the same words are looked for in every language
            for said in _IN_EVERY_LANGUAGE.get(needle, (needle,)):
                assert said not in text, f"{where} holds {said!r}" + shown
    if spec.get("stdout_lines"):
        rx = re.compile(spec["stdout_lines"])
        for line in out.splitlines():
            assert not line or rx.fullmatch(line), f"stdout line {line!r}" + shown

    after = _snapshot(work)
    changed = [p for p in before if after.get(p) != before[p]]
    assert not changed, f"input files changed or removed: {changed}" + shown
    creates = set(spec.get("creates") or [])
    new = sorted(p for p in after if p not in before and p not in creates)
    assert not new, f"unexpected files left behind: {new}" + shown
    for rel in spec.get("absent") or []:
        assert not (work / rel).exists(), f"{rel} exists: something ran" + shown
