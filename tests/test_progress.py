"""Progress on a terminal: `kplan render` to PDF or Word (and `kplan gap` on a large plan) shows
what it is doing on stderr when stderr is a terminal (a real pty here), and nothing when stderr
is piped, with --quiet or with TERM=dumb; the file's bytes are the same either way, stdout never gets a byte of it, and Ctrl-C
leaves the terminal clean and no engine running."""

from __future__ import annotations

import fcntl
import io
import os
import re
import select
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT

from kplan.cli import boundary
from kplan.cli.progress import Progress, elapsed, first_shown, wanted

PLAN = str(EXAMPLES / "oyer")
ERASE = b"\r\x1b[K"
DRAWN = re.compile(rb"\r\x1b\[K(?:[\xe2][\xa0-\xa3][\x80-\xbf]|[-\\|/]) ([^\r]*)")
"""One drawing of the line: erase, a spinner frame, the words."""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    env.update({"TERM": "xterm-256color", "KPLAN_LANG": "nb", "LC_ALL": "C.UTF-8"})
    env.update(extra)
    return env


def _tty_child() -> None:
    # in the child: a session of its own with the pty as its controlling terminal, as a shell
    # starts a command, so that Ctrl-C typed on the pty reaches it and its engine (nothing is
    # imported here: the child of a threaded process should do as little as it can)
    os.setsid()
    fcntl.ioctl(2, termios.TIOCSCTTY, 0)


class Terminal:
    """`python -m kplan ARGS` with stderr (and stdin) on a new pty; stdout a pipe unless the
    pty is wanted there too. `said` is every byte the terminal got."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        self.said = b""
        self.stdout = b""
        self.child = subprocess.Popen(
            [sys.executable, "-m", "kplan", *args],
            stdin=slave,
            stdout=subprocess.PIPE,
            stderr=slave,
            cwd=cwd,
            env=env,
            preexec_fn=_tty_child,
        )
        os.close(slave)
        self._reader = threading.Thread(target=self._read_stdout, daemon=True)
        self._reader.start()

    def _read_stdout(self) -> None:
        assert self.child.stdout is not None
        self.stdout = self.child.stdout.read()

    def read_until(self, wanted: bytes, timeout: float) -> bool:
        """Read the terminal until `wanted` shows or the child ends or `timeout` passes."""
        end = time.monotonic() + timeout
        while wanted not in self.said and time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # EIO: the child closed its end
                    return wanted in self.said
                if not chunk:
                    break
                self.said += chunk
            elif self.child.poll() is not None:
                break
        return wanted in self.said

    def finish(self, timeout: float = 240) -> int:
        self.read_until(b"\0never\0", timeout)
        code = self.child.wait(timeout=timeout)
        self._reader.join(timeout)
        assert self.child.stdout is not None
        self.child.stdout.close()
        os.close(self.master)
        return code


def _render(tmp_path: Path, name: str, *extra: str, tty: bool = True, **env: str):
    """Render the Øyer plan to `name` in tmp: (exit code, stdout, what stderr got, the file)."""
    target = tmp_path / name
    args = ["render", PLAN, "-o", str(target), *extra]
    if tty:
        term = Terminal(args, tmp_path, _env(**env))
        code = term.finish()
        out, err = term.stdout, term.said
    else:
        done = subprocess.run(
            [sys.executable, "-m", "kplan", *args],
            cwd=tmp_path,
            env=_env(**env),
            capture_output=True,
            timeout=240,
        )
        code, out, err = done.returncode, done.stdout, done.stderr
    return code, out, err, target.read_bytes() if target.exists() else None


def _lines(said: bytes) -> list[str]:
    return [m.decode("utf-8") for m in DRAWN.findall(said)]


def _left_after_erasing(said: bytes) -> bytes:
    """What the terminal shows at the end: the bytes after the last erase."""
    return said.rsplit(ERASE, 1)[-1] if ERASE in said else said


@pytest.mark.heavy(60)  # two PDF files of the Øyer plan
def test_render_to_pdf_shows_progress_on_a_terminal_and_nothing_when_piped(
    tmp_path: Path,
) -> None:
    code, out, said, pdf = _render(tmp_path, "tty.pdf")
    assert code == 0, said
    assert out == b""  # never on stdout
    shown = _lines(said)
    assert any(re.fullmatch(r"Lager PDF-filen … \d+ s", line) for line in shown), said[-500:]
    assert all("Traceback" not in line for line in shown)
    assert said.endswith(ERASE), said[-200:]  # erased when done: the prompt comes on a clean line
    code, out, piped, same = _render(tmp_path, "piped.pdf", tty=False)
    assert code == 0 and out == b"" and piped == b"", piped
    assert pdf is not None and pdf.startswith(b"%PDF") and same == pdf


# The Word file of the Øyer plan is made within a second now, before the line's first second
# is up: the tests of the Word stage show the line at once (KPLAN_PROGRESS_DELAY=0).
AT_ONCE = {"KPLAN_PROGRESS_DELAY": "0"}


def test_render_to_word_is_quiet_with_quiet_and_the_bytes_are_the_same(tmp_path: Path) -> None:
    code, out, said, docx = _render(tmp_path, "tty.docx", **AT_ONCE)
    assert code == 0 and out == b"", said
    assert any(line.startswith("Lager Word-filen … ") for line in _lines(said)), said[-500:]
    for flag in ("--quiet", "-q"):
        code, out, quiet, same = _render(tmp_path, f"quiet{flag}.docx", flag, **AT_ONCE)
        assert code == 0 and out == b"" and quiet == b"", quiet
        assert docx is not None and docx.startswith(b"PK\x03\x04") and same == docx


def test_a_dumb_terminal_gets_no_progress(tmp_path: Path) -> None:
    code, out, said, docx = _render(tmp_path, "dumb.docx", TERM="dumb", **AT_ONCE)
    assert code == 0 and out == b"" and said == b"", said
    assert docx is not None


def test_the_progress_speaks_the_readers_language(tmp_path: Path) -> None:
    code, _, said, _ = _render(tmp_path, "en.docx", "--lang", "en", KPLAN_LANG="en", **AT_ONCE)
    assert code == 0, said
    assert any(line.startswith("Making the Word file … ") for line in _lines(said)), said[-500:]


@pytest.mark.heavy(60)  # a regional plan of 61,200 gap rows, made and analysed twice
def test_gap_on_a_large_plan_shows_its_stages_and_writes_the_same_file(tmp_path: Path) -> None:
    # large enough that reading it takes well over the line's one-second delay on a quick
    # machine too (at scale 1 the whole run now ends within a second here, and shows nothing)
    plan = tmp_path / "plan"
    made = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            str(plan),
            *("--shape", "national", "--scale", "3"),
        ],
        capture_output=True,
        timeout=240,
    )
    assert made.returncode == 0, made.stderr
    args = ["gap", str(plan), "--format", "json", "-o"]
    term = Terminal([*args, "tty.json"], tmp_path, _env())
    code = term.finish()
    assert code == 0 and term.stdout == b"", term.said[-500:]
    shown = _lines(term.said)
    stages = ("Leser og kontrollerer planen", "Regner ut analysen")
    assert shown, term.said[-500:]  # a run of seconds is never silent on a terminal
    assert all(re.fullmatch(rf"({'|'.join(stages)}) … \d+ s", line) for line in shown), shown
    assert term.said.endswith(ERASE), term.said[-200:]
    piped = subprocess.run(
        [sys.executable, "-m", "kplan", *args, "piped.json"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        timeout=240,
    )
    assert piped.returncode == 0 and piped.stdout == b"" and piped.stderr == b"", piped.stderr
    assert (tmp_path / "tty.json").read_bytes() == (tmp_path / "piped.json").read_bytes()


def _processes_in(directory: Path) -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if os.readlink(f"/proc/{pid}/cwd") == str(directory):
                    found.append(int(pid))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the engine through /proc")
def test_ctrl_c_leaves_a_clean_terminal_no_file_and_no_engine(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    term = Terminal(["render", PLAN, "-o", "plan.docx"], work, _env(**AT_ONCE))
    assert term.read_until(b"Lager Word-filen", 120), term.said[-500:]
    # Ctrl-C while the engine is at work: typed as soon as it runs, not after a pause a fast
    # machine finishes the file in
    deadline = time.monotonic() + 60
    while not [p for p in _processes_in(work) if p != term.child.pid]:
        assert term.child.poll() is None, "the Word file was done before Ctrl-C could be typed"
        assert time.monotonic() < deadline, "no Word engine started"
        time.sleep(0.01)
    os.write(term.master, b"\x03")  # Ctrl-C, typed on the terminal
    code = term.finish(60)
    assert code == 130, term.said[-500:]
    assert b"Traceback" not in term.said
    assert _left_after_erasing(term.said).strip() in (b"", b"^C"), term.said[-300:]
    assert term.said.rstrip(b"^C").endswith(ERASE)
    assert sorted(p.name for p in work.iterdir()) == []  # no document, no temporary file
    # at once: an engine left running would end by itself a few seconds later
    deadline = time.monotonic() + 1
    while _processes_in(work) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_in(work) == []  # the Word engine (its own session) was stopped too


# ---------------------------------------------------------------------------------------------
# the line itself, on a real pty in this process


@pytest.fixture
def pty_stderr(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., int]]:
    """A function that puts stderr on a new pty (in `encoding`, `columns` wide when given) and
    returns the pty's master end; called in the test itself, since pytest puts its own capture
    back on stderr when a test starts."""
    master, slave = os.openpty()
    streams: list[io.TextIOWrapper] = []
    monkeypatch.setenv("TERM", "xterm")

    def use(encoding: str = "utf-8", columns: int | None = None) -> int:
        if columns is not None:
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        raw = os.fdopen(slave, "wb", buffering=0, closefd=False)
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="backslashreplace")
        stream.reconfigure(write_through=True)
        streams.append(stream)
        monkeypatch.setattr(sys, "stderr", stream)
        return master

    yield use
    for stream in streams:
        stream.close()
    os.close(slave)
    os.close(master)


def _first_drawing(master: int, timeout: float = 20) -> bytes:
    """What the pty got until the line was drawn once (a loaded machine may take a while)."""
    got = b""
    end = time.monotonic() + timeout
    while not DRAWN.search(got) and time.monotonic() < end:
        if select.select([master], [], [], 0.2)[0]:
            got += os.read(master, 65536)
    assert DRAWN.search(got), got
    return got


def _drain(master: int) -> bytes:
    got = b""
    while select.select([master], [], [], 0.3)[0]:
        got += os.read(master, 65536)
    return got


def test_a_message_during_progress_starts_on_a_clean_line(
    pty_stderr: Callable[..., int],
) -> None:
    master = pty_stderr()
    with Progress(delay=0) as progress:
        progress.stage("progress.read")
        said = _first_drawing(master)
        boundary.say("kplan: planen har feil.\n")
        time.sleep(0.5)
    said += _drain(master)
    before, _ = said.split(b"kplan: planen har feil.", 1)
    assert before.endswith(ERASE), said  # the line was erased, not written after
    assert b"Leser og kontrollerer planen" in before
    assert said.endswith(ERASE)
    assert type(sys.stderr) is io.TextIOWrapper  # stderr is the pty's stream again, not a guard


def test_the_rule_for_showing_it(
    pty_stderr: Callable[..., int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pty_stderr()
    assert wanted(False) and not wanted(True)
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(False)
    monkeypatch.setenv("TERM", "xterm")
    # the result on stdout: a pipe (a pager owns the screen) gets no line; a file does
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as pipe:
        monkeypatch.setattr(sys, "stdout", pipe)
        assert not wanted(False, to_stdout=True) and wanted(False)
    os.close(read_end)
    with open(tmp_path / "plan.html", "w") as file:
        monkeypatch.setattr(sys, "stdout", file)
        assert wanted(False, to_stdout=True)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal
    assert not wanted(False)
    with Progress() as progress:  # and then does nothing at all
        progress.stage("progress.read")
        assert not progress.active


def test_a_quick_run_shows_nothing(pty_stderr: Callable[..., int]) -> None:
    master = pty_stderr()
    with Progress() as progress:  # the default delay: a second
        progress.stage("progress.read")
        time.sleep(0.3)
    assert _drain(master) == b""


@pytest.mark.parametrize(
    ("seconds", "lang", "shown"),
    [
        (0.4, "nb", "0 s"),
        (42.9, "nb", "42 s"),
        (65, "nn", "1 min 05 s"),
        (3600, "en", "60 min 00 s"),
    ],
)
def test_elapsed_time_in_whole_seconds(seconds: float, lang: str, shown: str) -> None:
    assert elapsed(seconds, lang) == shown


def test_the_line_fits_a_narrow_terminal(pty_stderr: Callable[..., int]) -> None:
    master = pty_stderr(columns=24)
    with Progress(delay=0) as progress:
        progress.stage("progress.analysis")  # «Regner ut analysen … 0 s»: 26 with the spinner
        said = _first_drawing(master)
    shown = _lines(said + _drain(master))
    assert shown and all(len(line) + 2 < 24 for line in shown), shown  # one line, never wrapped
    assert all(line.endswith("...") for line in shown)


def test_a_terminal_that_is_not_utf8_gets_ascii(pty_stderr: Callable[..., int]) -> None:
    master = pty_stderr(encoding="latin-1")
    with Progress(delay=0) as progress:
        progress.stage("progress.document")
        said = _first_drawing(master)
    said += _drain(master)
    assert re.search(rb"\r\x1b\[K[-\\|/] Lager dokumentet \.\.\. \d+ s", said), said
    assert b"\xe2" not in said and b"\\u" not in said


@pytest.mark.parametrize(
    ("given", "seconds"),
    [
        (None, 1.0),
        ("0", 0.0),
        ("2.5", 2.5),
        ("", 1.0),
        ("soon", 1.0),
        ("-1", 1.0),
        ("nan", 1.0),
        ("inf", 1.0),
        ("1e9", 1.0),
    ],
)
def test_the_delay_before_the_line_can_be_set(
    monkeypatch: pytest.MonkeyPatch, given: str | None, seconds: float
) -> None:
    if given is None:
        monkeypatch.delenv("KPLAN_PROGRESS_DELAY", raising=False)
    else:
        monkeypatch.setenv("KPLAN_PROGRESS_DELAY", given)
    assert first_shown() == seconds
    assert Progress().delay == seconds
    assert Progress(delay=0.5).delay == 0.5  # a caller's own delay stands
