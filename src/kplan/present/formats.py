"""The one Format and Lang types, and the reporters tables that map a format to a printer.

Each result type has a `REPORTERS` table `{Format: printer}` in its present module (as
check-jsonschema does); every printer is called as `printer(result, style)`. The CLI picks the
printer with `reporter`, which refuses a format the result has no printer for: a usage error,
never a silent fallback to another format.

This module imports nothing heavy: the CLI's option types come from here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from kplan.errors import UsageError
from kplan.text import Text, t


class Format(enum.StrEnum):
    """Every output format kplan writes; each command takes the ones its result has printers for."""

    text = "text"
    table = "table"
    md = "md"
    json = "json"
    csv = "csv"
    github = "github"
    html = "html"
    pdf = "pdf"
    docx = "docx"
    xlsx = "xlsx"


class Lang(enum.StrEnum):
    """The languages of the prose kplan writes: bokmål, nynorsk, English."""

    nb = "nb"
    nn = "nn"
    en = "en"


TERMINAL = frozenset({Format.text, Format.table, Format.github})
"""Formats read on a terminal: made inert (control characters escaped) on the way out. The
others are data for tools and documents, written as they are unless stdout is a terminal."""


@dataclass(frozen=True)
class Style:
    """How a printer words its result: the language of the prose, and colour on a terminal."""

    lang: Lang = Lang.nb
    colour: bool = False


R = TypeVar("R")
Out = TypeVar("Out")
Printer = Callable[[R, Style], str]
"""A printer writes text; the workbook's printer (`Format.xlsx`) writes bytes."""


def reporter(
    reporters: Mapping[Format, Callable[[R, Style], Out]], format: Format, command: str
) -> Callable[[R, Style], Out]:
    """The printer for `format`, or a UsageError naming the formats `command` can write."""
    printer = reporters.get(format)
    if printer is None:
        raise UsageError(refusal(format, reporters, command))
    return printer


def refusal(format: str, supported: Mapping[Format, object], command: str) -> Text:
    """The usage error for a format `command` cannot write, worded as the option parser words
    an unknown one."""
    choices = tuple(t("run.format.quoted", value=f.value) for f in supported)
    return t(
        "run.format.refused",
        format=t("run.format.quoted", value=str(format)),
        choices=choices,
        command=command,
    )


def choices(supported: Mapping[Format, object]) -> str:
    """`[text|json]`: the formats of a reporters table, as the --format help shows them."""
    return "[" + "|".join(f.value for f in supported) + "]"
