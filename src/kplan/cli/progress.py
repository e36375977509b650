"""Progress on a terminal: one line on stderr, rewritten in place, saying what a long command is
doing and for how long («Lager PDF-filen … 42 s»), so that a render of a large plan that takes
a minute does not look stuck.

Shown only to a person: stderr is a terminal, TERM is not `dumb`, `--quiet` was not given, and,
when the command's result goes to stdout, stdout is not a pipe (a pager such as `less` owns the
screen). It never writes to stdout, which may be the document itself. The line first appears
after `delay` seconds, so a quick run shows nothing, and is erased before anything else is
written to stderr (a report, an error) and when the work ends, however it ends: Ctrl-C leaves
the terminal as it was. The cursor is never hidden, so nothing is left to restore.

The stages are catalogue keys (`progress.*` in kplan.present.messages.progress); the document
stage modules know nothing of this: the command names each stage before it starts it.
"""

from __future__ import annotations

import os
import stat
import sys
import threading
import time
from types import TracebackType
from typing import IO, Annotated, Any

import typer

QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="cli.help.quiet", show_default=False)
]
"""`--quiet/-q`: no progress line."""

DELAY = 1.0
"""Seconds before the line first appears: a command done sooner shows nothing."""
TICK = 0.2
"""Seconds between redraws of the line (the spinner and the time)."""

_ERASE = "\r\x1b[K"  # to the start of the line, and clear it
_SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_ASCII_SPINNER = "-\\|/"


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, OSError, ValueError):
        return False


def _is_pipe(stream: Any) -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):
        return False


def wanted(quiet: bool, *, to_stdout: bool = False) -> bool:
    """Whether a progress line is for a person: see the module's description."""
    if quiet or os.environ.get("TERM", "") == "dumb" or not _is_tty(sys.stderr):
        return False
    return not (to_stdout and _is_pipe(sys.stdout))


def first_shown() -> float:
    """Seconds before the line first appears: `KPLAN_PROGRESS_DELAY` when it is a number of
    seconds (0 shows it at once: a screen recording, a test of a run quicker than a second),
    else `DELAY`."""
    try:
        seconds = float(os.environ.get("KPLAN_PROGRESS_DELAY", ""))
    except ValueError:
        return DELAY
    return seconds if 0.0 <= seconds <= 3600.0 else DELAY


def elapsed(seconds: float, lang: str) -> str:
    """`42 s`, `1 min 05 s`: whole seconds, as the line shows them."""
    from kplan.present.catalogue import words
    from kplan.text import t

    whole = int(seconds)
    if whole < 60:
        return words(t("progress.seconds", seconds=whole), lang)
    return words(t("progress.minutes", minutes=whole // 60, seconds=f"{whole % 60:02d}"), lang)


class _Guarded:
    """stderr while the line is shown: whatever else is written erases the line first, so a
    report or an error starts at the beginning of a clean line."""

    def __init__(self, progress: Progress, stream: IO[str]) -> None:
        self._progress = progress
        self._stream = stream

    def write(self, text: str) -> int:
        with self._progress.lock:
            self._progress.erase()
            if text:  # the line is drawn again only where a line starts
                self._progress.at_line_start = text.endswith("\n")
            return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class Progress:
    """`with Progress(quiet) as progress: progress.stage("progress.read"); ...`: a no-op when
    the line is not wanted (`wanted`); `done()` erases the line before the command writes its
    result to a terminal."""

    def __init__(
        self, quiet: bool = False, *, to_stdout: bool = False, delay: float | None = None
    ) -> None:
        self.active = wanted(quiet, to_stdout=to_stdout)
        self.delay = first_shown() if delay is None else delay
        self.lock = threading.RLock()
        self._start = time.monotonic()
        self._stage = ""
        self._shown = False
        self.at_line_start = True
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._stream: IO[str] | None = None
        self._lang = "nb"
        self._frames = _SPINNER

    def __enter__(self) -> Progress:
        if not self.active:
            return self
        from kplan.cli.language import current

        self._lang = current().value
        self._stream = sys.stderr
        encoding = (getattr(self._stream, "encoding", None) or "").lower().replace("-", "")
        self._frames = _SPINNER if encoding == "utf8" else _ASCII_SPINNER
        sys.stderr = _Guarded(self, self._stream)
        self._thread = threading.Thread(target=self._run, name="kplan-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.done()

    def stage(self, key: str) -> None:
        """The work from now on: a `progress.*` catalogue key."""
        if not self.active:
            return
        from kplan.present.catalogue import words
        from kplan.text import t

        with self.lock:
            self._stage = words(t(key), self._lang)

    def done(self) -> None:
        """Stop and erase the line; the terminal is as it was before the command. Idempotent."""
        if not self.active:
            return
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * TICK + 1)
        with self.lock:
            self.erase()
            if isinstance(sys.stderr, _Guarded) and sys.stderr._progress is self:
                sys.stderr = self._stream
        self.active = False

    def erase(self) -> None:
        """Clear the line if it is shown (the caller holds the lock)."""
        if self._shown and self._stream is not None:
            self._shown = False
            self._write(_ERASE)

    def _write(self, text: str) -> None:
        assert self._stream is not None
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # a terminal gone away is no reason to fail the command
            self._stop.set()

    def _run(self) -> None:
        if self._stop.wait(self.delay):
            return
        frame = 0
        while not self._stop.is_set():
            with self.lock:
                if self._stage and self.at_line_start and not self._stop.is_set():
                    self._draw(self._frames[frame % len(self._frames)])
            frame += 1
            self._stop.wait(TICK)

    def _draw(self, spinner: str) -> None:
        from kplan.present.catalogue import words
        from kplan.text import t

        since = elapsed(time.monotonic() - self._start, self._lang)
        line = (
            f"{spinner} {words(t('progress.line', stage=self._stage, elapsed=since), self._lang)}"
        )
        if self._frames is _ASCII_SPINNER:  # a terminal that cannot show the ellipsis
            line = line.replace("…", "...")
        width = _width(self._stream)
        if len(line) >= width:  # a wrapped line could not be rewritten in place
            line = line[: max(width - 4, 1)] + "..."
        self._write(_ERASE + line)
        self._shown = True


def _width(stream: Any) -> int:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        columns = 0
    if columns <= 0:  # a terminal that does not say its size (a fresh pty, a serial line)
        said = os.environ.get("COLUMNS", "")
        columns = int(said) if said.isdigit() and int(said) > 0 else 80
    return columns
