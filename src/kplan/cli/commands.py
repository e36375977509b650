"""The command line: thin typer commands over the library.

Each command parses options, calls one library function, prints the result and returns an exit
code: 0 ok, 1 findings, 2 usage or I/O error (and any internal failure). Heavy modules are
imported inside the commands so shell completion, which imports this module on every TAB,
stays quick. Everything shown goes through kplan.present.terminal and kplan.cli.boundary, which escapes what a terminal would
act on and turns a failed write into one line and exit 2.
"""

from __future__ import annotations

import enum
import gc
import os
import signal
import sys
from typing import Annotated, Any


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
from kplan.document.write import OutputError  # noqa: E402

app = typer.Typer(
    name="kplan",
    help="Strategic competence plans (strategisk kompetanseplan) as YAML in git.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,
)


AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="Read the plan as it was at this git revision (tag, branch, commit).",
        metavar="REV",
    ),
]


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    github = "github"


class Draft(enum.StrEnum):
    d2020 = "2020-12"
    d7 = "7"


def _version(value: bool) -> None:
    if value:
        emit(f"kplan {__version__}\n")
        raise typer.Exit(0)


def _fail(message: str) -> typer.Exit:
    """One line on stderr, whatever a path or git's message in it holds; the caller raises the
    returned exit (code 2)."""
    from kplan.present.terminal import field

    say(f"kplan: {field(message)}\n")
    return typer.Exit(2)


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
    at: AtOption = None,
) -> None:
    """Check plans and report every problem as path:line:col: CODE severity: message."""
    from kplan.check.validate import validate_paths
    from kplan.present.validation import PRINTERS, text, use_colour

    report = validate_paths(paths or ["."], source=_source(at, (paths or ["."])[0]))
    if format is Format.text:
        colour = use_colour(isatty(sys.stdout))
        emit(text(report, colour=colour), colour=colour)
    else:
        emit(PRINTERS[format.value](report), terminal=format is Format.github)
    raise typer.Exit(report.exit_code(strict=strict))


class GapFormat(enum.StrEnum):
    table = "table"
    md = "md"
    json = "json"
    csv = "csv"


class CostGroup(enum.StrEnum):
    year = "year"
    unit = "unit"
    strategy = "strategy"


PathArg = Annotated[
    str, typer.Argument(help="The plan directory (with kplan.yaml) or single-file plan.")
]


def _source(at: str | None, path: str = ".") -> Any:
    """The working tree, or the revision `--at` names (exit 2 when git cannot give it)."""
    if at is None:
        from kplan.read.sources import DISK

        return DISK
    from kplan.analysis.versions import source_at
    from kplan.read.git import GitError

    try:
        return source_at(at, path)
    except GitError as exc:
        raise _fail(str(exc)) from None


def _valid_plan(path: str, at: str | None = None) -> Any:
    """The plan, or exit 1 with its errors on stderr (exit 2 when it cannot be read)."""
    return _checked_plan(path, at)[0]


def _read_patterns(plan: Any) -> list[str]:
    """The plan's `include:` and analysis file patterns: an output they match would be read
    as part of the plan next time."""
    analysis = getattr(plan, "analysis", None)
    return [
        *(getattr(plan, "include", None) or []),
        *(getattr(analysis, "inventory_files", None) or []),
        *(getattr(analysis, "driver_files", None) or []),
    ]


def _checked_plan(path: str, at: str | None = None) -> tuple[Any, list[str]]:
    """The plan and the files it was read from, or exit as `_valid_plan` does."""
    from kplan.check.validate import check_plan
    from kplan.present.validation import text

    asm, report = check_plan(path, source=_source(at, path))
    if report.errors or asm.info is None:
        say(text(report))
        if report.exit_code() != 2:  # a plan that cannot be read has nothing to fix yet
            say("kplan: the plan has errors; fix them first (kplan validate).\n")
        raise typer.Exit(report.exit_code() or 1)
    return asm.plan, list(asm.files)


@app.command()
def gap(
    path: PathArg = ".",
    unit: Annotated[
        str | None, typer.Option("--unit", help="Only this unit and the units below it.")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="Only this year.", min=1900, max=2200)
    ] = None,
    format: Annotated[
        GapFormat, typer.Option("--format", "-f", help="Output format.")
    ] = GapFormat.table,
    fail_on_gap: Annotated[
        bool, typer.Option("--fail-on-gap", help="Exit 1 when a gap remains after the actions.")
    ] = False,
    explain: Annotated[
        str | None,
        typer.Option("--explain", help="Explain one figure: REQUIREMENT/UNIT/YEAR.", metavar="ID"),
    ] = None,
    at: AtOption = None,
) -> None:
    """Requirements against inventory, year by year, with what the actions add."""
    from kplan.analysis.gap import analyse
    from kplan.present.gap import GAP_PRINTERS, gap_table
    from kplan.present.gap import explain as explain_row
    from kplan.present.terminal import field
    from kplan.present.validation import use_colour

    plan = _valid_plan(path, at)
    if unit is not None and unit not in {u.id for u in plan.units}:
        raise _fail(f"--unit {field(unit)}: the plan has no unit with that id.")
    report = analyse(plan, unit=unit, year=year)
    if year is not None and year not in report.years:
        if not report.years:
            raise _fail(f"--year {year}: the analysis covers no years.")
        first, last = report.years[0], report.years[-1]
        raise _fail(f"--year {year}: the analysis covers {first}-{last}.")
    if explain is not None:
        row = next((r for r in report.rows if r.id == explain), None)
        if row is None:
            raise _fail(f"no figure «{field(explain)}»; ids look like REQUIREMENT/UNIT/YEAR.")
        emit(explain_row(row))
        raise typer.Exit(0)
    if format is GapFormat.table:
        colour = use_colour(isatty(sys.stdout))
        emit(gap_table(report, colour=colour), colour=colour)
    else:
        emit(GAP_PRINTERS[format.value](report), terminal=False)
    raise typer.Exit(1 if fail_on_gap and report.residual_gaps else 0)


@app.command()
def cost(
    path: PathArg = ".",
    by: Annotated[
        list[CostGroup] | None,
        typer.Option("--by", help="Group by year, unit or strategy (repeat for several)."),
    ] = None,
    format: Annotated[
        GapFormat, typer.Option("--format", "-f", help="Output format.")
    ] = GapFormat.table,
    at: AtOption = None,
) -> None:
    """The action plan's costs per budget year, unit and strategy, net of grants."""
    from kplan.analysis.costs import cost_summary
    from kplan.present.gap import cost_csv, cost_json, cost_md, cost_table

    plan = _valid_plan(path, at)
    groups = tuple(dict.fromkeys(g.value for g in by)) if by else ("year",)
    rows = cost_summary(plan, groups)
    printers = {
        "table": lambda: cost_table(rows, groups),
        "md": lambda: cost_md(rows, groups),
        "json": lambda: cost_json(rows),
        "csv": lambda: cost_csv(rows),
    }
    emit(printers[format.value](), terminal=format is GapFormat.table)


class RenderFormat(enum.StrEnum):
    md = "md"
    html = "html"
    pdf = "pdf"


class Lang(enum.StrEnum):
    nb = "nb"
    nn = "nn"
    en = "en"


@app.command()
def render(
    path: PathArg = ".",
    format: Annotated[
        RenderFormat, typer.Option("--format", "-f", help="md, html, or pdf (needs Chromium).")
    ] = RenderFormat.html,
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
    import os

    from kplan.document.render import RenderError, git_stamp, html_to_pdf, write_atomic
    from kplan.document.render import render as render_doc
    from kplan.document.write import check_target

    if format is RenderFormat.pdf and output is None:
        raise _fail("--format pdf needs --output FILE.")
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
                patterns=_read_patterns(plan),
            )
        text = render_doc(
            plan,
            "md" if format is RenderFormat.md else "html",
            (lang or Lang(plan.plan.language)).value,
            stamp=git_stamp(directory, at),
            templates=templates,
            follow_up=follow_up,
        )
        if format is RenderFormat.pdf:
            assert target is not None
            html_to_pdf(text, target)
        elif target is not None:
            write_atomic(target, text.encode("utf-8"))
        else:
            emit(text, terminal=False)
    except (RenderError, OutputError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}.") from None


class DiffFormat(enum.StrEnum):
    text = "text"
    md = "md"
    json = "json"


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
    format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DiffFormat.text,
) -> None:
    """What changed in the plan between two versions: items, fields and figures."""
    import os

    from kplan.present.diff import diff_json, diff_md, diff_text
    from kplan.analysis.versions import diff_revisions, last_adopted
    from kplan.read.git import Git, GitError
    from kplan.read.sources import DISK, GitSource

    words = list(args or [])
    path = "."
    # the last word is the plan when there are three, or when it names a plan on disk
    if len(words) == 3 or (
        words and (os.path.isdir(words[-1]) or words[-1].endswith((".yaml", ".yml")))
    ):
        path = words.pop()
    if len(words) > 2:
        raise _fail("diff takes at most two revisions and a path.")
    try:
        git = Git(path)
        old_rev = words[0] if words else last_adopted(path, git)
        old = GitSource(git, old_rev)
        new = GitSource(git, words[1]) if len(words) > 1 else DISK
        result = diff_revisions(path, old, new)
    except GitError as exc:
        raise _fail(str(exc)) from None
    printers = {"text": diff_text, "md": diff_md, "json": diff_json}
    emit(printers[format.value](result), terminal=format is DiffFormat.text)


class LogFormat(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
def log(
    path: PathArg = ".",
    limit: Annotated[
        int, typer.Option("-n", "--limit", help="At most this many versions.", min=1)
    ] = 20,
    format: Annotated[
        LogFormat, typer.Option("--format", "-f", help="text or json.")
    ] = LogFormat.text,
) -> None:
    """The plan's versions in git, with the decisions that adopted them and what changed."""
    from kplan.analysis.versions import plan_log
    from kplan.present.log import log_json, log_text
    from kplan.read.git import Git, GitError

    try:
        entries = plan_log(path, Git(path), limit)
    except GitError as exc:
        raise _fail(str(exc)) from None
    if format is LogFormat.json:
        emit(log_json(entries), terminal=False)
    else:
        emit(log_text(entries))


class StatusFormat(enum.StrEnum):
    text = "text"
    md = "md"
    json = "json"


@app.command()
def status(
    path: PathArg = ".",
    year: Annotated[
        int | None,
        typer.Option(
            "--year", help="The year to follow up (default: this year).", min=1900, max=2200
        ),
    ] = None,
    format: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StatusFormat.text,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="nb, nn or en for md (default: the plan's målform)."),
    ] = None,
    at: AtOption = None,
) -> None:
    """The yearly follow-up of the actions (KS steg 7): status, late actions, money, evaluation."""
    import datetime as dt

    from kplan.analysis.follow_up import follow_up
    from kplan.present.follow_up import status_json, status_md, status_text

    plan = _valid_plan(path, at)
    report = follow_up(plan, dt.date.today().year if year is None else year)
    if format is StatusFormat.md:
        emit(status_md(report, (lang or Lang(plan.plan.language)).value), terminal=False)
    elif format is StatusFormat.json:
        emit(status_json(report), terminal=False)
    else:
        emit(status_text(report))


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
