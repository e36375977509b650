"""`kplan excel export|import`: the action plan as an Excel form and back (registered in
kplan.cli.commands as the `excel` group)."""

from __future__ import annotations

import typer

from kplan.cli.clickwords import KplanGroup
from kplan.cli.options import LangOption

excel_app = typer.Typer(
    name="excel",
    cls=KplanGroup,
    help="cli.help.excel",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@excel_app.callback()
def _excel(lang: LangOption = None) -> None:
    """--lang is taken here too (read off the command line by language.start, as everywhere)."""


# the commands register themselves on excel_app (defined above, so the cycle is harmless)
from kplan.cli import excel_export, excel_import  # noqa: E402, F401
