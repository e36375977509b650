"""`kplan excel export` (registered on kplan.cli.excel's group): the action plan as an Excel
form for the units to fill in. Heavy modules are imported inside the command."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from kplan.cli.clickwords import KplanCommand
from kplan.cli.excel import excel_app
from kplan.cli.options import PathArg
from kplan.errors import KplanError, UsageError
from kplan.present.formats import Lang
from kplan.text import t


@excel_app.command("export", cls=KplanCommand, help="cli.help.excel.export")
def export(
    path: PathArg = ".",
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="cli.help.excel.export.output", metavar="cli.metavar.file"
        ),
    ] = "",
    force: Annotated[bool, typer.Option("--force", help="cli.help.excel.export.force")] = False,
    lang: Annotated[Lang | None, typer.Option("--lang", help="cli.help.excel.export.lang")] = None,
) -> None:
    """Write the form (document.excel_form) in the plan's målform or --lang. An existing file
    is refused without --force: it may hold edits not imported yet."""
    from kplan.cli.boundary import say
    from kplan.cli.plans import checked_plan, målform, speak
    from kplan.document.excel_form import export_form
    from kplan.document.formats import read_patterns
    from kplan.document.write import check_target
    from kplan.present.catalogue import words

    said = speak(lang, målform(path))
    if not output:
        raise UsageError(t("excel.export.no_output"))
    if not output.lower().endswith(".xlsx"):
        raise UsageError(t("excel.export.not_xlsx", file=output))
    check_target(output)  # a directory or an empty name fails before the plan is read
    if os.path.lexists(output) and not force:
        raise UsageError(t("excel.export.exists", file=output))
    plan, inputs = checked_plan(path, None, lang)
    directory = path if os.path.isdir(path) else os.path.dirname(path) or "."
    target = check_target(
        output,
        inputs=[path, *inputs],
        plan_dir=directory,
        whole_tree=os.path.isdir(path),
        patterns=read_patterns(plan),
    )
    form_lang = (lang or Lang(plan.plan.language)).value
    try:
        sheets = export_form(plan, form_lang, target)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise KplanError(t("cli.say.cannot_write", file=output, reason=reason)) from None
    wrote = t("excel.export.wrote", file=output, actions=len(plan.actions), sheets=sheets)
    say(words(wrote, said.value) + "\n")
