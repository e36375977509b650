"""The options the commands share, as typer annotations: the plan path, `--at`, `--lang`, and a
`--format` option that shows only the formats a command's result has printers for.

Help texts and metavars are catalogue keys (`cli.help.*`, `cli.metavar.*` in
kplan.present.messages.cli): `kplan.cli.clickwords` words them in the reader's language as the
app is built for a run. Light on purpose: shell completion imports this on every TAB.
"""

from __future__ import annotations

import enum
from typing import Annotated, Any

import typer

from kplan.present.formats import Format, Lang

PathArg = Annotated[str, typer.Argument(help="cli.help.path", metavar="cli.metavar.plan")]

StatusYear = Annotated[
    int | None,
    typer.Option(
        "--year",
        help="cli.help.status.year",
        metavar="cli.metavar.year",
        min=1900,
        max=2200,
    ),
]

AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="cli.help.at",
        metavar="cli.metavar.rev",
    ),
]

LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="cli.help.lang"),
]

# The formats each command takes, in the order --help lists them. The printers are in the
# present modules' REPORTERS tables (a test keeps the two equal); they are not imported here,
# since they bring in the whole analysis.
FORMATS: dict[str, tuple[Format, ...]] = {
    "validate": (Format.text, Format.json, Format.github),
    "gap": (Format.table, Format.md, Format.json, Format.csv, Format.xlsx),
    "cost": (Format.table, Format.md, Format.json, Format.csv, Format.xlsx),
    "render": (Format.md, Format.html, Format.pdf, Format.docx),
    "diff": (Format.text, Format.md, Format.json),
    "log": (Format.text, Format.json),
    "status": (Format.text, Format.md, Format.json, Format.csv, Format.xlsx),
}


def format_option(command: str) -> Any:
    """`--format/-f` for `command`: its formats in the help and the metavar; any other Format
    is refused as the option is read, before any work (and again, should this table and the
    reporters disagree, when the command picks its printer)."""
    formats = FORMATS[command]

    def parse(value: str) -> Format:
        if isinstance(value, Format):  # the default
            return value
        if value not in formats:
            from kplan.cli.clickwords import listed, say

            # in the words click uses for a choice it refuses, in the reader's language
            quoted = say("cli.click.quote", name=value)
            names = [f.value for f in formats]
            raise typer.BadParameter(
                say("cli.click.not_one_of", value=quoted, choices=listed(names))
            )
        return Format(value)

    return typer.Option(
        "--format",
        "-f",
        help=f"cli.help.format.{command}",
        metavar="<" + "|".join(f.value for f in formats) + ">",
        parser=parse,
        autocompletion=lambda: [f.value for f in formats],
    )


OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", help="cli.help.output.file", metavar="cli.metavar.file"),
]
"""`-o FILE` of gap, cost and status: written whole or not at all; its name gives the format
when --format does not."""

ExcelOption = Annotated[bool, typer.Option("--excel", help="cli.help.output.excel")]
"""`--excel`: the csv as Norwegian Excel opens it (`;`, decimal comma, BOM, CRLF)."""


class Draft(enum.StrEnum):
    """The JSON Schema dialects `kplan schema` writes."""

    d2020 = "2020-12"
    d7 = "7"


class CostGroup(enum.StrEnum):
    """What `kplan cost --by` groups by."""

    year = "year"
    unit = "unit"
    strategy = "strategy"
    kind = "kind"
