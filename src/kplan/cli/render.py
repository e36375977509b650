"""`kplan render`: the plan document in HTML, Markdown, PDF or Word (registered in
kplan.cli.commands). Heavy modules are imported inside the command, as in every command."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from kplan.cli.boundary import emit
from kplan.cli.options import AtOption, PathArg, format_option
from kplan.cli.plans import checked_plan, målform, source, speak
from kplan.cli.progress import Progress, QuietOption
from kplan.errors import KplanError, UsageError
from kplan.present.formats import Format, Lang
from kplan.text import t


def render(
    path: PathArg = ".",
    format: Annotated[Format | None, format_option("render")] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="cli.help.render.output", metavar="cli.metavar.file"),
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="cli.help.render.lang")] = None,
    templates: Annotated[
        str | None,
        typer.Option("--templates", help="cli.help.render.templates", metavar="cli.metavar.dir"),
    ] = None,
    follow_up: Annotated[
        int | None,
        typer.Option(
            "--follow-up",
            help="cli.help.render.follow_up",
            metavar="cli.metavar.year",
            min=1900,
            max=2200,
        ),
    ] = None,
    reference_doc: Annotated[
        str | None,
        typer.Option(
            "--reference-doc", help="cli.help.render.reference_doc", metavar="cli.metavar.file"
        ),
    ] = None,
    at: AtOption = None,
    quiet: QuietOption = False,
) -> None:
    """The plan document (document.render) in the plan's målform or --lang; kplan's own
    messages follow the reader's language, as every command's do."""
    from kplan.document.docx import html_to_docx
    from kplan.document.docx import reference_doc as read_reference
    from kplan.document.formats import document_format, read_patterns
    from kplan.document.pdf import html_to_pdf
    from kplan.document.render import render as render_doc
    from kplan.document.results import collect
    from kplan.document.stamp import git_stamp
    from kplan.document.view import coat_of_arms
    from kplan.document.write import check_target, write_atomic

    speak(lang, målform(path))  # what fails before the plan is read speaks its målform too
    format = document_format(format, output)
    if reference_doc is not None and format is not Format.docx:
        raise UsageError(t("docx.reference.only_docx", format=format.value))
    try:
        with Progress(quiet, to_stdout=output is None) as progress:
            if output is not None:
                check_target(output)  # a directory or an empty name fails before any work
            progress.stage("progress.read")
            plan, inputs = checked_plan(path, at, lang)
            directory = path if os.path.isdir(path) else os.path.dirname(path) or "."
            # the kommune's styles: checked before any work, read once
            reference = read_reference(reference_doc, directory) if reference_doc else None
            target = None
            if output is not None:
                target = check_target(
                    output,
                    inputs=[path, *inputs, *([reference_doc] if reference_doc else [])],
                    plan_dir=directory,
                    whole_tree=os.path.isdir(path),
                    protect=[templates] if templates else [],
                    patterns=read_patterns(plan),
                )
            progress.stage("progress.analysis")
            results = collect(plan, follow_up)
            progress.stage("progress.document")
            text = render_doc(
                plan,
                "md" if format is Format.md else "html",
                (lang or Lang(plan.plan.language)).value,
                stamp=git_stamp(directory, at, plan, path),
                templates=templates,
                follow_up=follow_up,
                arms=coat_of_arms(directory, plan, source(at, path)),
                paged=format is Format.pdf,
                results=results,
            )
            if format is Format.pdf:
                assert target is not None
                progress.stage("progress.pdf")
                html_to_pdf(text, target)
            elif format is Format.docx:
                assert target is not None
                progress.stage("progress.docx")
                html_to_docx(text, target, reference)
            elif target is not None:
                progress.stage("progress.write")
                write_atomic(target, text.encode("utf-8"))
        if target is None:  # the line is gone before the document reaches a terminal
            emit(text, terminal=False)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise KplanError(t("cli.say.cannot_write", file=str(output), reason=reason)) from None
