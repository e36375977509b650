"""The command line: thin typer commands over the library.

Each command parses options, calls one library function, prints the result and returns an exit
code: 0 ok, 1 findings, 2 usage or I/O error (and any internal failure). Heavy modules are
imported inside the commands so shell completion, which imports this module on every TAB,
stays quick.
"""

from __future__ import annotations

import enum
import sys
from typing import Annotated

import typer

from kplan import __version__

app = typer.Typer(
    name="kplan",
    help="Strategic competence plans (strategisk kompetanseplan) as YAML in git.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,
)


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    github = "github"


class Draft(enum.StrEnum):
    d2020 = "2020-12"
    d7 = "7"


def _version(value: bool) -> None:
    if value:
        print(f"kplan {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Strategic competence plans as YAML in git: validate, analyse, render."""


@app.command()
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Plan directories (with kplan.yaml) or single-file plans.", show_default=False
        ),
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
) -> None:
    """Check plans and report every problem as path:line:col: CODE severity: message."""
    from kplan.report import PRINTERS, text, use_colour
    from kplan.validate import validate_paths

    report = validate_paths(paths or ["."])
    if format is Format.text:
        out = text(report, colour=use_colour(sys.stdout.isatty()))
    else:
        out = PRINTERS[format.value](report)
    sys.stdout.write(out)
    raise typer.Exit(report.exit_code(strict=strict))


@app.command()
def schema(
    draft: Annotated[
        Draft, typer.Option("--draft", help="JSON Schema dialect: 2020-12, or 7 for older editors.")
    ] = Draft.d2020,
) -> None:
    """Print the JSON Schema of plan files, for editors and check-jsonschema."""
    from kplan.schema import schema_text

    sys.stdout.write(schema_text(draft.value))


def main() -> None:
    """Entry point: no traceback ever reaches the user."""
    try:
        app(standalone_mode=True)
    except BrokenPipeError:
        # `kplan ... | head` closed the pipe: stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("kplan: interrupted\n")
        sys.exit(2)
    except SystemExit:
        raise
    except Exception as exc:  # a bug in kplan: one line, exit 2, never a traceback
        sys.stderr.write(f"kplan: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(2)
