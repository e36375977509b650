"""Output: the one place where kplan's text leaves the process, to a file, stdout or stderr.

Three promises hold here, so no printer has to keep them on its own:

- an output file never replaces a file the plan reads (or anything that looks like plan data in
  the plan directory), and it is written whole or not at all;
- a write that fails (disk full, file-size limit, I/O error) is a one-line message and exit 2,
  on stdout too; a reader that closes the pipe (`| head -1`) ends the output quietly;
- text meant for a terminal is inert: control characters from plan text and file names are
  shown escaped (`\\x1b`), never sent to the terminal.

`run` is the error boundary of the command line: usage errors, failed writes, Ctrl-C and bugs
all end here as one line on stderr and an exit code.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from typing import Any

from kplan.failure import KplanError

PLAN_SUFFIXES = (
    ".yaml",
    ".yml",
    ".csv",
    ".tsv",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".ods",
    ".j2",
    ".jinja",
    ".jinja2",
)
"""Suffixes of files a plan is made of: never an output inside the plan directory."""


class OutputError(Exception):
    """Output cannot be written: a one-line message for the user, exit 2."""


# ---------------------------------------------------------------------------------------------
# Terminal text

# C0 (but newline and tab), DEL, C1, the bidi embeddings, overrides and isolates (Trojan Source),
# the Unicode line and paragraph separators, and lone surrogates (undecodable file-name bytes).
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
_TERMINAL = re.compile(f"[{_UNSAFE}{_SURROGATES}]")
_TERMINAL_COLOUR = re.compile(f"(\x1b\\[(?:0|1|31|33)m)|[{_UNSAFE}{_SURROGATES}]")
_FIELD = re.compile(f"[\t\n{_UNSAFE}{_SURROGATES}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(ch: str) -> str:
    named = _NAMED.get(ch)
    if named:
        return named
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _sub(match: re.Match[str]) -> str:
    return _visible(match.group(0))


def inert(text: str, *, colour: bool = False) -> str:
    """Text for a terminal: every control character escaped but the newlines and tabs that lay
    it out (and, with `colour`, kplan's own colour codes)."""
    if colour:
        return _TERMINAL_COLOUR.sub(lambda m: m.group(1) or _visible(m.group(0)), text)
    return _TERMINAL.sub(_sub, text)


def field(text: object) -> str:
    """One field of a one-line record (a path, a key): newlines and tabs escaped too."""
    return _FIELD.sub(_sub, str(text))


def one_line(text: object) -> str:
    """A message on one line: line breaks and runs of spaces become one space, and the rest of
    what could move the cursor or split the line is escaped."""
    return field(" ".join(re.split(r"[ \n]+", str(text).strip(" \n"))))


_JSON_UNSAFE = re.compile(
    f"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069{_SURROGATES}]"
)


def json_inert(text: str) -> str:
    """JSON text with the characters json leaves raw under ensure_ascii=False (DEL, C1, bidi
    controls, line separators, lone surrogates) written as \\u escapes: the same JSON, inert on
    a terminal. Outside strings JSON is ASCII, so only string contents change."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def finite(value: object) -> object:
    """`value` with every infinite or NaN float turned into None (JSON has no such numbers)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


# ---------------------------------------------------------------------------------------------
# stdout and stderr

_closed = False
"""The reader of stdout went away (`| head`): the rest of the output is dropped quietly."""


def drop_stdout() -> None:
    """Point stdout at /dev/null so that nothing left in Python's buffers fails again at exit."""
    global _closed
    _closed = True
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _stdout_failed(exc: OSError) -> OutputError:
    drop_stdout()
    return OutputError(f"cannot write to standard output: {exc.strerror or exc}.")


def emit(text: str, *, terminal: bool = True, colour: bool = False) -> None:
    """Write `text` to stdout and flush it, inert when it is for a terminal (`terminal`, or any
    output when stdout is one). OutputError when the write fails; nothing when the pipe closed."""
    if _closed:
        return
    stream = sys.stdout
    if stream is None:  # started with stdout closed (`kplan ... >&-`)
        raise OutputError("standard output is closed; nothing can be written.")
    if terminal or isatty(stream):
        text = inert(text, colour=colour)
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(text)
        else:
            stream.flush()
            encoding = getattr(stream, "encoding", None) or "utf-8"
            buffer.write(text.encode(encoding, "backslashreplace"))
        stream.flush()
    except BrokenPipeError:
        drop_stdout()
    except OSError as exc:
        raise _stdout_failed(exc) from None


def finish() -> None:
    """Flush stdout at the end of a run, inside the error boundary (a full disk shows here
    when the output was small enough to sit in the buffer)."""
    if _closed or sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        drop_stdout()
    except OSError as exc:
        raise _stdout_failed(exc) from None
    except ValueError:  # stdout already closed
        pass


def say(message: str) -> None:
    """A message on stderr, inert; a stderr that cannot be written to is no reason to fail."""
    if sys.stderr is None:  # started with stderr closed
        return
    try:
        sys.stderr.write(inert(message))
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def isatty(stream: object) -> bool:
    """Whether `stream` is a terminal (False for a closed or missing stream)."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False


# ---------------------------------------------------------------------------------------------
# The error boundary of the command line


def run(app: Any) -> int:
    """Run the typer `app` inside the error boundary and return the exit code: every way out
    is one line on stderr at most, and stdout is flushed here, where a failure can still be
    reported, not at interpreter exit."""
    import typer
    from typer._click.exceptions import ClickException, NoArgsIsHelpError

    try:
        try:
            code = app(standalone_mode=False)
        finally:
            finish()  # a write that failed in the buffer fails here, not at exit
    except NoArgsIsHelpError as exc:
        exc.show()
        return 2
    except ClickException as exc:
        message = one_line(exc.format_message()).replace("Value error, ", "").rstrip(".")
        ctx = getattr(exc, "ctx", None)
        where = f"kplan {ctx.info_name}" if ctx is not None and ctx.parent else "kplan"
        say(f"kplan: {message} (see '{where} --help').\n")
        return 2
    except OutputError as exc:
        say(f"kplan: {field(exc)}\n")
        return 2
    except KplanError as exc:  # raised where it happened, in any stage: said once, here
        say(f"kplan: {field(exc)}\n")
        return 2
    except (KeyboardInterrupt, typer.Abort, EOFError):
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    except OSError as exc:  # help or a message that could not be written, a file gone missing
        drop_stdout()
        name = f" {field(exc.filename)}" if exc.filename else ""
        say(f"kplan: cannot go on:{name} {exc.strerror or exc}.\n")
        return 2
    except RecursionError:
        say("kplan: internal error: the input is nested too deeply.\n")
        return 2
    except Exception as exc:  # a bug in kplan: one line, exit 2, never a traceback
        say(f"kplan: internal error: {type(exc).__name__}: {one_line(exc)}\n")
        return 2
    return code if isinstance(code, int) else 0


# ---------------------------------------------------------------------------------------------
# Output files


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _ancestors(directory: str) -> Iterable[tuple[int, int]]:
    """The identities of `directory` and every directory above it (inode, not name: a symlink,
    `..` or another case on a case-insensitive disk cannot hide that two names are one)."""
    current = directory
    while True:
        ident = _identity(current)
        if ident is not None:
            yield ident
        parent = os.path.dirname(current)
        if parent == current:
            return
        current = parent


def _place(path: str) -> str:
    """Where `path` is written: its directory resolved (symlinks, `..`), its last part as
    named. A symlink there is replaced, never followed: a link in a shared folder must not aim
    kplan's write at a file somewhere else."""
    directory, name = os.path.split(path)
    return os.path.join(os.path.realpath(directory or "."), name)


def check_target(
    path: str,
    *,
    inputs: Iterable[str] = (),
    plan_dir: str | None = None,
    whole_tree: bool = True,
    protect: Iterable[str] = (),
    patterns: Iterable[str] = (),
    option: str = "--output",
) -> str:
    """The path to write `path` to, or OutputError saying why kplan will not write there.

    `inputs` are the files the run reads (never replaced, whatever link, `..` or other case
    leads to them), `plan_dir` the plan's directory (no plan-file suffix may be written inside
    it, nor below it when `whole_tree`: a single-file plan owns its own directory and those its
    patterns read from), `protect` directories nothing may be written into, and `patterns` the
    plan's `include:` and analysis file patterns: no output where the plan would read it.

    Refused too: a name that is not valid UTF-8 or holds a control character; anything that is
    not a regular file or leads (through links) to a device, FIFO, socket, directory or a name
    under /dev, /proc or /sys (`-o /dev/stdout`: leave out -o instead); an existing file that
    is executable or read-only; anything inside a git directory, found from the `.git` entry
    above the plan and the output (a `gitdir:` file and a worktree's `commondir` followed, and
    GIT_DIR), or laid out as one. A symbolic link to a regular file is replaced by the
    document, its target left as it was, unless that target is itself refused above."""
    from kplan import targets

    shown = field(path)
    if not path.strip():
        raise OutputError(f"{option} needs a file name.")
    if re.search(f"[{_SURROGATES}]", path):
        raise OutputError(
            f"{option} {shown}: the file name is not valid UTF-8 text; choose a plain name."
        )
    if _FIELD.search(path) or "\x00" in path:
        raise OutputError(
            f"{option} {shown}: the file name holds a control character; choose a plain name."
        )
    name = os.path.basename(path)
    if name in ("", ".", "..") or os.path.isdir(path):
        raise OutputError(f"{option} {shown} is a directory; name a file.")
    place = _place(path)
    parent = os.path.dirname(place)
    if not os.path.isdir(parent):
        raise OutputError(f"{option} {shown}: the directory {field(parent)} does not exist.")
    why = targets.not_a_document(place)
    if why:
        raise OutputError(f"{option} {shown} {why}.")
    followed = os.path.realpath(place)
    why = targets.in_git_dir(place, followed, plan_dir)
    if why:
        raise OutputError(f"{option} {shown} is inside {why}; write it elsewhere.")
    why = targets.not_replaceable(place)
    if why:
        raise OutputError(f"{option} {shown} {why}.")

    target = _identity(place)  # through a symlink: the file it points at
    for item in inputs:
        if os.path.realpath(item) in (place, followed) or (
            target is not None and _identity(item) == target
        ):
            raise OutputError(
                f"{option} {shown} is {field(item)}, a file the plan reads; "
                "kplan never writes over its input, so name another file."
            )
    above = set(_ancestors(parent)) | set(_ancestors(os.path.dirname(followed)))
    for directory in protect:
        ident = _identity(directory)
        if ident is not None and ident in above:
            raise OutputError(
                f"{option} {shown} is inside {field(directory)}, which kplan reads; "
                "write it elsewhere."
            )
    if plan_dir is None:
        return place
    patterns = list(patterns)
    pattern = targets.read_by_pattern((place, followed), plan_dir, patterns)
    if pattern is not None:
        raise OutputError(
            f"{option} {shown} matches «{field(pattern)}», files the plan reads; "
            "write the document elsewhere."
        )
    if name.lower().endswith(PLAN_SUFFIXES):
        owned = {_identity(d) for d in targets.pattern_dirs(plan_dir, patterns)}
        if whole_tree:
            owned.add(_identity(plan_dir))
        owned.discard(None)
        if owned & above or (not whole_tree and _identity(plan_dir) == _identity(parent)):
            raise OutputError(
                f"{option} {shown} would be a plan file in the plan directory {field(plan_dir)}; "
                "write the document under another name (.md, .html, .pdf) or elsewhere."
            )
    return place


def _new_file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str, data: bytes) -> None:
    """Write a file whole or not at all: a temporary file in the same directory, synced, then
    renamed over the target. The target keeps its permissions (a new file gets 0666 less the
    umask, not the 0600 of a temporary file). A symlink at `path` is replaced, not followed; a
    directory, device, pipe or a link to one, a name under /dev or /proc, and an executable or
    read-only file are refused (OutputError)."""
    from kplan.targets import not_a_document, not_replaceable

    place = _place(path)
    why = not_a_document(place) or not_replaceable(place)
    if why:  # checked again here: the PDF is written minutes after check_target looked
        raise OutputError(f"{field(path)} {why}.")
    try:
        st = os.lstat(place)
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISREG(st.st_mode):
        mode = stat.S_IMODE(st.st_mode) & 0o777
    else:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(place), prefix=".kplan-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, place)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
