"""Where the reports of `kplan gap`, `cost` and `status` go: standard output or `-o FILE`, in the
format asked for or the one the file's name says, and the csv as Norwegian Excel opens it
(`--excel`).

What can be refused is refused before the plan is read: a format the command cannot write, a
name that says another format than --format, --excel with anything but csv, a workbook for a
terminal, an output that is not a file. Once the plan is known, the output must not be a file
the plan reads, match its patterns or lie where it reads its data. A file is written whole or
not at all (`write_atomic`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from kplan.cli.boundary import drop_stdout, emit, isatty
from kplan.cli.options import FORMATS
from kplan.errors import KplanError, UsageError
from kplan.present.formats import TERMINAL, Format, Style, refusal, reporter
from kplan.present.tabular import Tabular
from kplan.present.terminal import field, inert
from kplan.text import t

R = TypeVar("R")

BY_EXTENSION = {
    ".md": Format.md,
    ".markdown": Format.md,
    ".json": Format.json,
    ".csv": Format.csv,
    ".xlsx": Format.xlsx,
    ".html": Format.html,
    ".htm": Format.html,
    ".pdf": Format.pdf,
    ".docx": Format.docx,
}
"""The names that say a format; any other name (`gap.txt`) is the user's business."""


def output_format(
    command: str, asked: Format | None, output: str | None, excel: bool, *, stdout: Any = None
) -> Format:
    """The format to write, or a usage error before any work: --format and the name disagree,
    the command cannot write the format, --excel is not with csv, or a workbook would go to a
    terminal."""
    named = BY_EXTENSION.get(os.path.splitext(output)[1].lower()) if output else None
    if asked is not None and named is not None and asked is not named:
        raise UsageError(
            t("run.format.mismatch", format=asked.value, output=field(output), named=named.value)
        )
    # `--excel` alone asks for the csv it shapes
    chosen = asked or named or (Format.csv if excel else FORMATS[command][0])
    if chosen not in FORMATS[command]:
        raise UsageError(refusal(chosen.value, dict.fromkeys(FORMATS[command]), command))
    if excel and chosen is not Format.csv:
        raise UsageError(t("output.excel_only_csv", format=chosen.value))
    if chosen is Format.xlsx and output is None and isatty(stdout or sys.stdout):
        raise UsageError(t("output.xlsx_on_terminal", command=command))
    return chosen


def early_target(output: str | None) -> None:
    """A name that can never be written (empty, a directory, a device, in .git) fails before
    the plan is read."""
    from kplan.document.write import check_target

    if output is not None:
        check_target(output)


def plan_target(output: str, path: str, inputs: Iterable[str], plan: Any) -> str:
    """Where to write `output`, now that the plan is known: never a file the plan reads, one its
    `include:` or analysis patterns would read next time, or a plan file (csv, xlsx, yaml...)
    in a directory those patterns read from. The plan's own directory is allowed: kplan reads
    only kplan.yaml and the patterns there, and `-o gap.xlsx` next to the plan is what a user
    does."""
    from kplan.document import targets
    from kplan.document.formats import read_patterns
    from kplan.document.write import PLAN_SUFFIXES, OutputError, check_target

    place = check_target(output, inputs=[path, *inputs])
    directory = path if os.path.isdir(path) else os.path.dirname(path) or "."
    patterns = read_patterns(plan)
    followed = os.path.realpath(place)
    shown = field(output)
    pattern = targets.read_by_pattern((place, followed), directory, patterns)
    if pattern is not None:
        raise OutputError(
            t("run.output.matches", option="--output", path=shown, pattern=field(pattern))
        )
    if os.path.basename(place).lower().endswith(PLAN_SUFFIXES):
        above = _above(os.path.dirname(place)) | _above(os.path.dirname(followed))
        for data in targets.pattern_dirs(directory, patterns):
            real = os.path.realpath(data)
            if real in above and real != os.path.realpath(directory):
                raise OutputError(
                    t("output.in_data_dir", option="--output", path=shown, dir=field(data))
                )
    return place


def _above(directory: str) -> set[str]:
    """`directory` and every directory above it, resolved."""
    out, current = set(), os.path.realpath(directory)
    while True:
        out.add(current)
        parent = os.path.dirname(current)
        if parent == current:
            return out
        current = parent


def deliver(
    reporters: Mapping[Format, Callable[[R, Style], str | bytes | Iterable[str]]],
    result: R,
    format: Format,
    command: str,
    *,
    style: Style,
    target: str | None,
    excel: Callable[[], Tabular] | None = None,
) -> None:
    """Write `result` in `format` to `target` (stdout when None); `excel`, when given, gives
    the rows for the csv as Norwegian Excel opens it instead of the machine csv. A printer may
    give its text in pieces (the json of a large plan): they go out as they come, to stdout
    one at a time, so the whole text is never held."""
    from kplan.present.tabular import excel_csv
    from kplan.present.validation import use_colour

    printer = reporter(reporters, format, command)
    colour = style.colour and target is None and format in TERMINAL
    colour = colour and use_colour(isatty(sys.stdout))
    if excel is not None:
        out: str | bytes | Iterable[str] = excel_csv(excel()).encode("utf-8")
    else:
        out = printer(result, Style(style.lang, colour))
    if target is None:
        if isinstance(out, bytes):
            write_stdout(out)
        else:
            for piece in (out,) if isinstance(out, str) else out:
                emit(piece, terminal=format in TERMINAL, colour=colour)
        return
    if isinstance(out, bytes):
        write_file(target, out)
        return
    # a table for a terminal keeps no control character from the plan in a file either (each
    # piece alone: `inert` escapes single characters); pieces go to the file as they come
    terminal = format in TERMINAL
    pieces = (out,) if isinstance(out, str) else out
    write_file(target, ((inert(p) if terminal else p).encode("utf-8") for p in pieces))


def write_file(target: str, data: bytes | Iterable[bytes]) -> None:
    from kplan.document.write import write_atomic

    try:
        write_atomic(target, data)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise KplanError(t("cli.say.cannot_write", file=field(target), reason=reason)) from None


def write_stdout(data: bytes) -> None:
    """Bytes to stdout as they are (a workbook, a csv with its BOM), failing as `emit` does."""
    from kplan.document.write import OutputError

    stream = sys.stdout
    if stream is None:
        raise OutputError(t("cli.say.stdout_closed"))
    try:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream: the bytes as latin-1 round-trip unchanged
            stream.write(data.decode("latin-1"))
        else:
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        drop_stdout()
    except OSError as exc:
        drop_stdout()
        raise OutputError(t("cli.say.stdout_failed", reason=str(exc.strerror or exc))) from None
