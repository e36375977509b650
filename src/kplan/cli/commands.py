"""The command line: thin typer commands over the library.

Each command parses options, calls one library function, hands the result to `show` (which
picks the printer from the result's REPORTERS table, refusing a format it has none for) and
returns an exit code: 0 ok, 1 findings, 2 usage or I/O error (and any internal failure), 3 a gap
remains after the actions (`kplan gap --fail-on-gap`: the plan itself is valid). A
failure is raised, never printed here: `kplan.cli.boundary.run` says every KplanError once, as
`kplan: message`, with its exit code. Heavy modules are imported inside the commands so shell
completion, which imports this module on every TAB, stays quick.
"""

from __future__ import annotations

import copy
import gc
import os
import signal
import sys
from collections.abc import Callable, Mapping
from typing import Annotated, TypeVar


def _interrupted_early(signum: int, frame: object) -> None:
    """Ctrl-C while the CLI is still being imported: nothing to clean up yet, exit quietly."""
    os._exit(130)


# Only when this process is the kplan command (not a test importing the module), and not when
# the shell started it with SIGINT ignored (a background job).
if (
    os.path.basename(sys.argv[0]) in ("kplan", "__main__.py")
    and signal.getsignal(signal.SIGINT) is signal.default_int_handler
):
    signal.signal(signal.SIGINT, _interrupted_early)

import typer  # noqa: E402

from kplan import __version__  # noqa: E402
from kplan.cli import language  # noqa: E402
from kplan.cli.boundary import emit, isatty, keep, run, say  # noqa: E402
from kplan.cli.clickwords import KplanCommand, KplanGroup  # noqa: E402
from kplan.cli.excel import excel_app  # noqa: E402
from kplan.cli.options import (  # noqa: E402
    AtOption,
    CostGroup,
    Draft,
    ExcelOption,
    LangOption,
    OutputOption,
    PathArg,
    StatusYear,
    format_option,
)
from kplan.cli.plans import checked_plan, målform, source, speak  # noqa: E402
from kplan.cli.progress import Progress, QuietOption  # noqa: E402
from kplan.cli.render import render  # noqa: E402
from kplan.errors import UsageError  # noqa: E402
from kplan.present.formats import TERMINAL, Format, Lang, Style, reporter  # noqa: E402
from kplan.text import t  # noqa: E402

# Help texts are catalogue keys, worded for each run by the classes (kplan.cli.clickwords).
app = typer.Typer(
    name="kplan",
    cls=KplanGroup,
    help="cli.help.app",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,
)

R = TypeVar("R")
command = app.command


def show(
    reporters: Mapping[Format, Callable[[R, Style], str]],
    result: R,
    format: Format,
    command: str,
    *,
    lang: Lang,
    colour: bool = False,
) -> None:
    """Print `result` in `format` with the printer its reporters table has for it (a usage
    error when it has none). `colour`: the printer marks rows, on a terminal that wants it."""
    from kplan.present.validation import use_colour

    printer = reporter(reporters, format, command)
    colour = colour and format in TERMINAL and use_colour(isatty(sys.stdout))
    emit(printer(result, Style(lang, colour)), terminal=format in TERMINAL, colour=colour)


def _version(value: bool) -> None:
    if value:
        emit(f"kplan {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="cli.help.version"),
    ] = False,
    lang: LangOption = None,  # read off the command line by language.start, for every command
) -> None:
    """Strategic competence plans as YAML in git: validate, analyse, render."""


@command(cls=KplanCommand, help="cli.help.validate")
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="cli.help.validate.paths", metavar="cli.metavar.plans", show_default=False
        ),
    ] = None,
    format: Annotated[Format, format_option("validate")] = Format.text,
    strict: Annotated[bool, typer.Option("--strict", help="cli.help.validate.strict")] = False,
    lang: LangOption = None,
    at: AtOption = None,
    quiet: QuietOption = False,
) -> None:
    """Check plans and report every problem (validate_paths), in the first plan's målform."""
    from kplan.check.validate import validate_paths
    from kplan.cli.asof import as_of
    from kplan.present.catalogue import words
    from kplan.present.validation import REPORTERS

    where = (paths or ["."])[0]
    with Progress(quiet, to_stdout=True) as progress:
        progress.stage("progress.read")
        files = source(at, where)  # one source: a revision is resolved, and its files read, once
        report = validate_paths(paths or ["."], source=files, today=as_of(at, where))
    # an included file was validated as the plan that includes it: that plan's målform speaks
    said = speak(lang, målform(report.plans[0] if report.plans else where, files))
    for note in report.notes:  # on stderr: stdout stays the report, json included
        say(f"kplan: {words(note, said.value)}\n")
    show(REPORTERS, report, format, "validate", lang=said, colour=True)
    raise typer.Exit(report.exit_code(strict=strict))


GAP_REMAINS = 3
"""`kplan gap --fail-on-gap` when a gap remains: not 1, which says the plan has errors."""


@command(cls=KplanCommand, help="cli.help.gap")
def gap(
    path: PathArg = ".",
    unit: Annotated[
        str | None, typer.Option("--unit", help="cli.help.gap.unit", metavar="cli.metavar.unit")
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year", help="cli.help.gap.year", metavar="cli.metavar.year", min=1900, max=2200
        ),
    ] = None,
    format: Annotated[Format | None, format_option("gap")] = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    fail_on_gap: Annotated[
        bool, typer.Option("--fail-on-gap", help="cli.help.gap.fail_on_gap")  # says GAP_REMAINS
    ] = False,
    explain: Annotated[
        str | None,
        typer.Option("--explain", help="cli.help.gap.explain", metavar="cli.metavar.id"),
    ] = None,
    scenario: Annotated[
        str | None,
        typer.Option("--scenario", help="cli.help.gap.scenario", metavar="cli.metavar.scenario"),
    ] = None,
    lang: LangOption = None,
    at: AtOption = None,
    quiet: QuietOption = False,
) -> None:
    """Staffing balance and competence gap (step5), or one figure explained."""
    from kplan.analysis.projection import explanation
    from kplan.analysis.step5 import step5
    from kplan.cli.output import deliver, plan_target
    from kplan.present.gap import EXPLAIN_REPORTERS
    from kplan.present.step5 import REPORTERS, step5_tabular
    from kplan.present.terminal import field

    chosen = _early("gap", path, lang, format, output, excel)
    with Progress(quiet, to_stdout=output is None) as progress:
        progress.stage("progress.read")
        plan, inputs = checked_plan(path, at, lang)
        progress.stage("progress.analysis")
        result = step5(plan, unit=unit, year=year, scenario=scenario)
    keep(result)  # 200,000 rows at the largest: freed by the end of the process, not one by one
    said = language.current()
    target = plan_target(output, path, inputs, plan) if output is not None else None
    if explain is not None:
        rows = result.competence.rows
        row = next((r for r in rows if r.id == explain), None)
        if row is None:
            example = {"example": rows[0].id} if rows else {}
            key = "cli.say.no_figure" if rows else "cli.say.no_figure_at_all"
            raise UsageError(t(key, id=field(explain), **example))
        if chosen not in EXPLAIN_REPORTERS:
            raise UsageError(t("cli.say.explain_format", format=chosen.value))
        why = explanation(plan, row)
        deliver(EXPLAIN_REPORTERS, why, chosen, "gap", style=Style(said), target=target)
        raise typer.Exit(0)
    rows_for_excel = (lambda: step5_tabular(result, said.value)) if excel else None
    style = Style(said, colour=True)
    deliver(REPORTERS, result, chosen, "gap", style=style, target=target, excel=rows_for_excel)
    raise typer.Exit(GAP_REMAINS if fail_on_gap and result.fails else 0)


def _early(
    command: str,
    path: str,
    lang: Lang | None,
    format: Format | None,
    output: str | None,
    excel: bool,
) -> Format:
    """The format gap, cost or status writes, and an output that can never be written refused,
    before the plan is read, in the plan's målform."""
    from kplan.cli.output import early_target, output_format

    speak(lang, målform(path))
    chosen = output_format(command, format, output, excel)
    early_target(output)
    return chosen


@command(cls=KplanCommand, help="cli.help.cost")
def cost(
    path: PathArg = ".",
    by: Annotated[
        list[CostGroup] | None,
        typer.Option("--by", help="cli.help.cost.by", metavar=f"<{'|'.join(CostGroup)}>"),
    ] = None,
    format: Annotated[Format | None, format_option("cost")] = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    lang: LangOption = None,
    at: AtOption = None,
    quiet: QuietOption = False,
) -> None:
    """The action plan's costs (cost_report), grouped as --by says."""
    from kplan.analysis.costs import cost_report
    from kplan.cli.output import deliver, plan_target
    from kplan.present.cost import cost_tabular, reporters

    chosen = _early("cost", path, lang, format, output, excel)
    with Progress(quiet, to_stdout=output is None) as progress:
        progress.stage("progress.read")
        plan, inputs = checked_plan(path, at, lang)
    target = plan_target(output, path, inputs, plan) if output is not None else None
    groups = tuple(dict.fromkeys(g.value for g in by)) if by else ("year",)
    report = cost_report(plan, groups)
    said = language.current()
    rows = (lambda: cost_tabular(report, said.value)) if excel else None
    deliver(reporters(plan), report, chosen, "cost", style=Style(said), target=target, excel=rows)


command(cls=KplanCommand, help="cli.help.render")(render)
app.add_typer(excel_app, name="excel")


@command(cls=KplanCommand, help="cli.help.diff")
def diff(
    args: Annotated[
        list[str] | None,
        typer.Argument(help="cli.help.diff.args", metavar="cli.metavar.diff", show_default=False),
    ] = None,
    format: Annotated[Format, format_option("diff")] = Format.text,
    lang: LangOption = None,
    quiet: QuietOption = False,
) -> None:
    """What changed in the plan between two versions (diff_revisions), in the målform of the
    plan in the working tree."""
    from kplan.analysis.versions import adopted_tag, diff_revisions
    from kplan.cli.asof import not_adopted
    from kplan.present.diff import REPORTERS
    from kplan.read.git import Git
    from kplan.read.sources import DISK, GitSource

    words = list(args or [])
    path = "."
    # the last word is the plan when there are three, or when it names a plan on disk
    if len(words) == 3 or (
        words and (os.path.isdir(words[-1]) or words[-1].endswith((".yaml", ".yml")))
    ):
        path = words.pop()
    said = speak(lang, målform(path))
    if len(words) > 2:
        raise UsageError(t("cli.say.diff_args"))
    git = Git(path)
    old_rev = words[0] if words else adopted_tag(path, git)
    if old_rev is None:  # never adopted: nothing to compare with is news, not a failure
        emit(not_adopted(format, said), terminal=format is not Format.json)
        raise typer.Exit(0)
    old = GitSource(git, old_rev)
    new = GitSource(git, words[1]) if len(words) > 1 else DISK
    with Progress(quiet, to_stdout=True) as progress:
        progress.stage("progress.history")
        changes = diff_revisions(path, old, new)
    show(REPORTERS, changes, format, "diff", lang=said)


@command(cls=KplanCommand, help="cli.help.log")
def log(
    path: PathArg = ".",
    limit: Annotated[
        int,
        typer.Option(
            "-n", "--limit", help="cli.help.log.limit", metavar="cli.metavar.count", min=1
        ),
    ] = 20,
    format: Annotated[Format, format_option("log")] = Format.text,
    lang: LangOption = None,
) -> None:
    """The plan's versions in git (plan_log), in the målform of the plan in the working tree."""
    from kplan.analysis.versions import plan_log
    from kplan.present.log import REPORTERS
    from kplan.read.git import Git

    said = speak(lang, målform(path))
    show(REPORTERS, plan_log(path, Git(path), limit), format, "log", lang=said)


@command(cls=KplanCommand, help="cli.help.status")
def status(
    path: PathArg = ".",
    year: StatusYear = None,
    format: Annotated[Format | None, format_option("status")] = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    lang: LangOption = None,
    at: AtOption = None,
    quiet: QuietOption = False,
) -> None:
    """The yearly follow-up of the actions (follow_up, KS steg 7)."""
    from kplan.analysis.follow_up import follow_up
    from kplan.cli.asof import as_of, status_year
    from kplan.cli.output import deliver, plan_target
    from kplan.present.follow_up import reporters, status_tabular

    chosen = _early("status", path, lang, format, output, excel)
    with Progress(quiet, to_stdout=output is None) as progress:
        progress.stage("progress.read")
        plan, inputs = checked_plan(path, at, lang)
    target = plan_target(output, path, inputs, plan) if output is not None else None
    report = follow_up(plan, status_year(plan, year, as_of(at, path)))
    rows = (lambda: status_tabular(report)) if excel else None
    style = Style(language.current(), colour=True)
    deliver(reporters(plan), report, chosen, "status", style=style, target=target, excel=rows)


@command(cls=KplanCommand, help="cli.help.schema")
def schema(
    draft: Annotated[Draft, typer.Option("--draft", help="cli.help.schema.draft")] = Draft.d2020,
    lang: LangOption = None,  # the schema has no words; --lang is for its help and errors
) -> None:
    """The JSON Schema of plan files (schema_text)."""
    from kplan.plan.schema import schema_text

    emit(schema_text(draft.value), terminal=False)


def _for(args: list[str]) -> typer.Typer:
    """The app, or, when the line starts with the name of one of its commands, the app with
    that command alone: typer reads the signature of every command it holds before it runs
    one, a tenth of `kplan validate`'s start-up. Shell completion, help and anything else get
    the whole app."""
    if not args or any(
        key.startswith(("_KPLAN_COMPLETE", "_TYPER_COMPLETE")) for key in os.environ
    ):
        return app
    named = [
        info
        for info in app.registered_commands
        if info.callback is not None
        and (info.name or info.callback.__name__.lower().replace("_", "-")) == args[0]
    ]
    if len(named) != 1:
        return app
    only = copy.copy(app)
    only.registered_commands = named
    only.registered_groups = []
    return only


def main() -> None:
    """Entry point: no traceback ever reaches the user."""
    # A run builds one large tree with no reference cycles and then exits: the cycle collector
    # would only walk it again and again (a third of the time on large plans).
    gc.disable()
    if signal.getsignal(signal.SIGINT) is _interrupted_early:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # cleanup runs from here on
    language.start(sys.argv[1:])  # --help and the first errors speak --lang already
    try:
        code = run(_for(sys.argv[1:]))
    finally:
        language.start([])  # a next run in the same process (the tests) starts afresh
    # At exit Python collects once more, walking every object the run made: a tenth of a
    # second after a national plan's gap, for memory the operating system takes back anyway.
    # Frozen objects are left out of that walk; files are closed and written by now, and
    # atexit handlers (temporary directories) still run.
    gc.freeze()
    sys.exit(code)
