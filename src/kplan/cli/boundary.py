"""The error boundary of the command line and its two streams.

`run` is where every way out ends: usage errors, failed writes, KplanError from any stage,
Ctrl-C and bugs become one line on stderr and an exit code. A write to stdout that fails (disk
full, file-size limit, I/O error) is one line and exit 2; a reader that closes the pipe
(`| head -1`) ends the output quietly.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from kplan.errors import KplanError
from kplan.present.terminal import field, inert, one_line
from kplan.text import t

if TYPE_CHECKING:  # the document stage is imported where output fails, not by every command
    from kplan.document.write import OutputError

# ---------------------------------------------------------------------------------------------
# what a run built, kept to the end of the process (`kplan.cli.process`)

_kept: list[object] = []


def keep(item: object) -> None:
    """Hold `item` until the process ends: nobody frees it at the end of the command."""
    _kept.append(item)


def release() -> None:
    """Let go of what the runs kept (a process that runs `main` more than once: the tests)."""
    _kept.clear()


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
    from kplan.document.write import OutputError

    drop_stdout()
    return OutputError(t("cli.say.stdout_failed", reason=str(exc.strerror or exc)))


def emit(text: str, *, terminal: bool = True, colour: bool = False) -> None:
    """Write `text` to stdout and flush it, inert when it is for a terminal (`terminal`, or any
    output when stdout is one). OutputError when the write fails; nothing when the pipe closed."""
    if _closed:
        return
    stream = sys.stdout
    if stream is None:  # started with stdout closed (`kplan ... >&-`)
        from kplan.document.write import OutputError

        raise OutputError(t("cli.say.stdout_closed"))
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

    from kplan.cli.clickwords import usage_error

    try:
        try:
            code = app(standalone_mode=False)
        finally:
            finish()  # a write that failed in the buffer fails here, not at exit
    except NoArgsIsHelpError as exc:
        exc.show()
        return 2
    except ClickException as exc:
        say(f"kplan: {one_line(usage_error(exc))}\n")
        return 2
    except KplanError as exc:  # raised where it happened, in any stage (OutputError too, exit 2)
        say(f"kplan: {field(_words(exc))}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except typer.Abort as exc:  # click wraps both Ctrl-C and EOFError in Abort
        if isinstance(exc.__cause__, EOFError):
            # kplan never reads stdin: an EOFError is a bug or a damaged file, not the user
            return _internal(exc.__cause__)
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    except OSError as exc:  # help or a message that could not be written, a file gone missing
        drop_stdout()
        name = f" {field(exc.filename)}" if exc.filename else ""
        reason = str(exc.strerror or exc)
        say(f"kplan: {_said('cli.say.cannot_go_on', file=name, reason=reason)}\n")
        return 2
    except RecursionError:
        say(f"kplan: {_said('cli.say.too_deep')}\n")
        return 2
    except Exception as exc:  # a bug in kplan: one line, exit 2, never a traceback
        return _internal(exc)
    return code if isinstance(code, int) else 0


def _words(exc: KplanError) -> str:
    """The error's message in the reader's language."""
    from kplan.cli.language import current
    from kplan.present.catalogue import words

    return words(exc.message, current().value)


def _said(key: str, **values: str) -> str:
    """A sentence of the command line's own, in the reader's language; never fails (it is said
    while something else already went wrong)."""
    try:
        from kplan.cli.clickwords import say as word

        return word(key, **values)
    except Exception:  # the English words rather than a second failure
        from kplan.present.messages.cli import MESSAGES

        return MESSAGES[key][2].format(**values)


def _internal(exc: BaseException) -> int:
    detail = _said("cli.say.internal", kind=type(exc).__name__, detail=one_line(exc))
    say(f"kplan: {detail}\n")
    return 2
