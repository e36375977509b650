"""`kplan excel import` (registered on kplan.cli.excel's group): a filled-in action form back
into the plan's YAML, shown as a diff first and written only with --write."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from kplan.cli.clickwords import KplanCommand
from kplan.cli.excel import excel_app
from kplan.cli.options import LangOption, PathArg
from kplan.present.formats import Format

FORMATS = (Format.text, Format.json)


def _format(value: Any) -> Format:
    if isinstance(value, Format):  # the default
        return value
    if value not in {f.value for f in FORMATS}:
        from kplan.cli.clickwords import listed, say

        quoted = say("cli.click.quote", name=value)
        choices = listed([f.value for f in FORMATS])
        raise typer.BadParameter(say("cli.click.not_one_of", value=quoted, choices=choices))
    return Format(value)


@excel_app.command("import", cls=KplanCommand, help="cli.help.excel.import")
def import_form(
    workbook: Annotated[
        str,
        typer.Argument(help="cli.help.excel.import.workbook", metavar="cli.metavar.file"),
    ],
    path: PathArg = ".",
    write: Annotated[bool, typer.Option("--write", help="cli.help.excel.import.write")] = False,
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="cli.help.excel.import.format",
            metavar="<text|json>",
            parser=_format,
        ),
    ] = Format.text,
    lang: LangOption = None,
) -> None:
    """Exit 0 when the form applies cleanly (written with --write), 1 when a cell is bad or
    the plan with the form applied has errors (nothing written), 2 for usage and I/O."""
    from kplan.check.included import target
    from kplan.cli.boundary import say
    from kplan.cli.commands import show
    from kplan.cli.plans import checked_plan, målform, speak
    from kplan.document.excel_import import import_form as apply_form
    from kplan.present.catalogue import words
    from kplan.present.excel_import import REPORTERS

    aim = target(path)
    if aim.refused is None and aim.path != path:
        # a file the plan includes (the action file the units' rows go to): its plan
        path = aim.path
    said = speak(lang, målform(path))
    if aim.note is not None and aim.refused is None:
        say(f"kplan: {words(aim.note, said.value)}\n")
    checked_plan(path, None, lang)  # a plan with errors: its report, exit 1
    result = apply_form(workbook, path, write=write)
    show(REPORTERS, result, format, "excel_import", lang=said)
    if result.exit_code:
        raise typer.Exit(result.exit_code)
