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

import gc
import os
import signal
import sys
from collections.abc import Callable, Mapping
from typing import Annotated, Any, TypeVar


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
from kplan.cli.boundary import emit, isatty, run, say  # noqa: E402
from kplan.cli.options import (  # noqa: E402
    AtOption,
    CostGroup,
    Draft,
    LangOption,
    PathArg,
    StatusYear,
    format_option,
)
from kplan.errors import KplanError, UsageError  # noqa: E402
from kplan.present.formats import TERMINAL, Format, Lang, Style, reporter  # noqa: E402

app = typer.Typer(
    name="kplan",
    help="Strategic competence plans (strategisk kompetanseplan) as YAML in git.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,
)

R = TypeVar("R")


def show(
    reporters: Mapping[Format, Callable[[R, Style], str]],
    result: R,
    format: Format,
    command: str,
    *,
    lang: Lang = Lang.nb,
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
    format: Annotated[Format, format_option("validate")] = Format.text,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
    at: AtOption = None,
) -> None:
    """Check plans and report every problem as path:line:col: CODE severity: message."""
    from kplan.check.validate import validate_paths
    from kplan.cli.asof import as_of
    from kplan.present.validation import REPORTERS

    where = (paths or ["."])[0]
    report = validate_paths(paths or ["."], source=_source(at, where), today=as_of(at, where))
    show(REPORTERS, report, format, "validate", colour=True)
    raise typer.Exit(report.exit_code(strict=strict))


def _source(at: str | None, path: str = ".") -> Any:
    """The working tree, or the revision `--at` names (GitError when git cannot give it)."""
    from kplan.analysis.versions import source_at

    return source_at(at, path)


def _checked_plan(path: str, at: str | None = None) -> tuple[Any, list[str]]:
    """The valid plan and the files it was read from; or its report on stderr and exit 1 when
    it has errors (2 when it cannot be read)."""
    from kplan.check.validate import check
    from kplan.present.validation import text

    checked = check(path, _source(at, path))
    if checked.plan is None:
        report = checked.report
        say(text(report))
        if report.exit_code() != 2:  # a plan that cannot be read has nothing to fix yet
            say("kplan: the plan has errors; fix them first (kplan validate).\n")
        raise typer.Exit(report.exit_code() or 1)
    return checked.plan, list(checked.assembled.files)


def _valid_plan(path: str, at: str | None = None) -> Any:
    """The valid plan, or exit as `_checked_plan` does."""
    return _checked_plan(path, at)[0]


GAP_REMAINS = 3
"""`kplan gap --fail-on-gap` when a gap remains: not 1, which says the plan has errors."""


@app.command()
def gap(
    path: PathArg = ".",
    unit: Annotated[
        str | None, typer.Option("--unit", help="Only this unit and the units below it.")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="Only this year.", min=1900, max=2200)
    ] = None,
    format: Annotated[Format, format_option("gap")] = Format.table,
    fail_on_gap: Annotated[
        bool,
        typer.Option(
            "--fail-on-gap",
            help=f"Exit {GAP_REMAINS} when a gap or a recruitment need remains after the actions, "
            "or a figure is unknown (1 means the plan has errors).",
        ),
    ] = False,
    explain: Annotated[
        str | None,
        typer.Option("--explain", help="Explain one figure: REQUIREMENT/UNIT/YEAR.", metavar="ID"),
    ] = None,
    scenario: Annotated[
        str | None,
        typer.Option("--scenario", help="The drivers' alternative to use, e.g. LLML or HHMH."),
    ] = None,
    lang: LangOption = None,
    at: AtOption = None,
) -> None:
    """Staffing balance and competence gap, year by year, with what the actions add."""
    from kplan.analysis.projection import explanation
    from kplan.analysis.step5 import step5
    from kplan.present.gap import EXPLAIN_REPORTERS
    from kplan.present.step5 import REPORTERS
    from kplan.present.terminal import field

    plan = _valid_plan(path, at)
    result = step5(plan, unit=unit, year=year, scenario=scenario)
    if explain is not None:
        row = next((r for r in result.competence.rows if r.id == explain), None)
        if row is None:
            raise UsageError(f"no figure «{field(explain)}»; ids look like REQUIREMENT/UNIT/YEAR.")
        if format not in EXPLAIN_REPORTERS:
            raise UsageError(f"--explain writes --format table or json, not {format.value}.")
        show(EXPLAIN_REPORTERS, explanation(plan, row), format, "gap", lang=lang or Lang.nb)
        raise typer.Exit(0)
    show(REPORTERS, result, format, "gap", lang=lang or Lang.nb, colour=True)
    raise typer.Exit(GAP_REMAINS if fail_on_gap and result.fails else 0)


@app.command()
def cost(
    path: PathArg = ".",
    by: Annotated[
        list[CostGroup] | None,
        typer.Option(
            "--by",
            help="Group by year, unit, strategy (the plan's own) or kind (the KS strategy); "
            "repeat for several.",
        ),
    ] = None,
    format: Annotated[Format, format_option("cost")] = Format.table,
    lang: LangOption = None,
    at: AtOption = None,
) -> None:
    """The action plan's costs per budget year, unit and strategy, net of grants."""
    from kplan.analysis.costs import cost_report
    from kplan.present.cost import reporters

    plan = _valid_plan(path, at)
    groups = tuple(dict.fromkeys(g.value for g in by)) if by else ("year",)
    show(reporters(plan), cost_report(plan, groups), format, "cost", lang=lang or Lang.nb)


@app.command()
def render(
    path: PathArg = ".",
    format: Annotated[
        Format | None,
        format_option("render", " (default: from the --output name, else html)"),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="nb, nn or en (default: the plan's målform)."),
    ] = None,
    templates: Annotated[
        str | None, typer.Option("--templates", help="Directory with templates that override.")
    ] = None,
    follow_up: Annotated[
        int | None,
        typer.Option(
            "--follow-up",
            help="Include the yearly follow-up (kplan status) of YEAR.",
            metavar="YEAR",
            min=1900,
            max=2200,
        ),
    ] = None,
    at: AtOption = None,
) -> None:
    """The plan document the politicians read, in Markdown, HTML or PDF."""
    from kplan.document.formats import document_format, read_patterns
    from kplan.document.pdf import html_to_pdf
    from kplan.document.render import render as render_doc
    from kplan.document.stamp import git_stamp
    from kplan.document.view import coat_of_arms
    from kplan.document.write import check_target, write_atomic

    format = document_format(format, output)
    try:
        if output is not None:
            check_target(output)  # a directory or an empty name fails before any work
        plan, inputs = _checked_plan(path, at)
        directory = path if os.path.isdir(path) else os.path.dirname(path) or "."
        target = None
        if output is not None:
            target = check_target(
                output,
                inputs=[path, *inputs],
                plan_dir=directory,
                whole_tree=os.path.isdir(path),
                protect=[templates] if templates else [],
                patterns=read_patterns(plan),
            )
        text = render_doc(
            plan,
            "md" if format is Format.md else "html",
            (lang or Lang(plan.plan.language)).value,
            stamp=git_stamp(directory, at, plan, path),
            templates=templates,
            follow_up=follow_up,
            arms=coat_of_arms(directory, plan, _source(at, path)),
            paged=format is Format.pdf,
        )
        if format is Format.pdf:
            assert target is not None
            html_to_pdf(text, target)
        elif target is not None:
            write_atomic(target, text.encode("utf-8"))
        else:
            emit(text, terminal=False)
    except OSError as exc:
        raise KplanError(f"cannot write {output}: {exc.strerror or exc}.") from None


@app.command()
def diff(
    args: Annotated[
        list[str] | None,
        typer.Argument(
            help="[REV_A] [REV_B] [PATH]. REV_A defaults to the last adopted version, REV_B to "
            "the working tree, PATH to the current directory.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[Format, format_option("diff")] = Format.text,
    lang: LangOption = None,
) -> None:
    """What changed in the plan between two versions: items, fields and figures."""
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
    if len(words) > 2:
        raise UsageError("diff takes at most two revisions and a path.")
    git = Git(path)
    old_rev = words[0] if words else adopted_tag(path, git)
    if old_rev is None:  # never adopted: nothing to compare with is news, not a failure
        emit(not_adopted(format, lang or Lang.nb), terminal=format is not Format.json)
        raise typer.Exit(0)
    old = GitSource(git, old_rev)
    new = GitSource(git, words[1]) if len(words) > 1 else DISK
    show(REPORTERS, diff_revisions(path, old, new), format, "diff", lang=lang or Lang.nb)


@app.command()
def log(
    path: PathArg = ".",
    limit: Annotated[
        int, typer.Option("-n", "--limit", help="At most this many versions.", min=1)
    ] = 20,
    format: Annotated[Format, format_option("log")] = Format.text,
    lang: LangOption = None,
) -> None:
    """The plan's versions in git, with the decisions that adopted them and what changed."""
    from kplan.analysis.versions import plan_log
    from kplan.present.log import REPORTERS
    from kplan.read.git import Git

    show(REPORTERS, plan_log(path, Git(path), limit), format, "log", lang=lang or Lang.nb)


@app.command()
def status(
    path: PathArg = ".",
    year: StatusYear = None,
    format: Annotated[Format, format_option("status")] = Format.text,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang", help="nb, nn or en (default: the plan's målform for md, nb otherwise)."
        ),
    ] = None,
    at: AtOption = None,
) -> None:
    """The yearly follow-up of the actions (KS steg 7): status, late actions, money, evaluation."""
    from kplan.analysis.follow_up import follow_up
    from kplan.cli.asof import as_of, status_year
    from kplan.present.follow_up import reporters

    plan = _valid_plan(path, at)
    report = follow_up(plan, status_year(plan, year, as_of(at, path)))
    default = Lang(plan.plan.language) if format is Format.md else Lang.nb
    show(reporters(plan), report, format, "status", lang=lang or default, colour=True)


@app.command()
def schema(
    draft: Annotated[
        Draft, typer.Option("--draft", help="JSON Schema dialect: 2020-12, or 7 for older editors.")
    ] = Draft.d2020,
) -> None:
    """Print the JSON Schema of plan files, for editors and check-jsonschema."""
    from kplan.plan.schema import schema_text

    emit(schema_text(draft.value), terminal=False)


def main() -> None:
    """Entry point: no traceback ever reaches the user."""
    # A run builds one large tree with no reference cycles and then exits: the cycle collector
    # would only walk it again and again (a third of the time on large plans).
    gc.disable()
    if signal.getsignal(signal.SIGINT) is _interrupted_early:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # cleanup runs from here on
    sys.exit(run(app))
