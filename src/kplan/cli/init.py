"""`kplan init`: a new plan from the KS template.

The command gathers the options (asking on a terminal for what is missing, refusing with exit 2
elsewhere), checks them (`kplan.document.scaffold_input`), builds the files
(`kplan.document.scaffold`, a pure function) and writes them all or none, never over anything
(`kplan.document.newfiles`). Its help and messages are catalogue texts (`init.*` in
kplan.present.messages.init), worded in the reader's language when the app is built.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
import sys
from typing import Annotated, Any

import typer

from kplan.cli import language
from kplan.cli.boundary import emit, isatty, say
from kplan.cli.commands import app
from kplan.errors import UsageError
from kplan.text import Text, all_of, t

try:  # the run's words for click's own texts («Usage:», the help option), when present
    from kplan.cli.clickwords import KplanCommand as _Base
except ImportError:  # pragma: no cover - before the cli helper's classes landed
    from typer.core import TyperCommand as _Base  # type: ignore[assignment]

_INDEX = {"nb": 0, "nn": 1, "en": 2}
_ASK_LIMIT = 5
"""Wrong answers to one question before init gives up (a script piping into a terminal)."""


def _say_key(key: str, **values: Any) -> str:
    """An `init.` text in the run's language, from init's own table alone: light enough for
    shell completion, which builds the app on every TAB."""
    from kplan.present.messages.init import MESSAGES

    pattern = MESSAGES[key][_INDEX[language.current().value]]
    return pattern.format(**values) if values else pattern


class InitCommand(_Base):
    """`kplan init`, its help and options worded as the run's language says (`init.help.*`
    keys where the command is declared)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        for name in ("help", "short_help"):
            value = kwargs.get(name)
            if isinstance(value, str) and value.startswith("init."):
                kwargs[name] = _say_key(value)
        for param in kwargs.get("params") or ():
            if isinstance(param.help, str) and param.help.startswith("init."):
                param.help = _say_key(param.help)
        super().__init__(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# the command


@app.command("init", cls=InitCommand, help="init.help", short_help="init.short_help")
def init(
    directory: Annotated[
        str, typer.Argument(help="init.help.dir", metavar="DIR", show_default=False)
    ] = ".",
    kommune: Annotated[
        str | None, typer.Option("--kommune", help="init.help.kommune", metavar="NAME")
    ] = None,
    number: Annotated[
        str | None, typer.Option("--number", help="init.help.number", metavar="NNNN")
    ] = None,
    scope: Annotated[
        str | None, typer.Option("--scope", help="init.help.scope", metavar="SCOPE")
    ] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="init.help.period", metavar="YYYY-YYYY")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="init.help.lang", metavar="nb|nn")
    ] = None,
    progress_plan: Annotated[
        bool, typer.Option("--progress-plan", help="init.help.progress_plan")
    ] = False,
) -> None:
    from kplan.document.newfiles import check_free, check_root, write_new
    from kplan.document.scaffold import scaffold
    from kplan.plan.schema import schema_text

    new = _options(kommune, number, scope, period, lang, progress_plan)
    check_root(directory)  # before the questions' answers are used: a bad folder says so first
    files = scaffold(new, schema_text("7"))
    check_free(directory, list(files))
    write_new(directory, files)
    shown = all_of(tuple(sorted(files)))
    # the validate line is one to copy: a folder with spaces in its name is quoted for the shell
    arg = shlex.quote(directory)
    emit(_words(t("init.done", path=directory, files=shown, arg=arg)) + "\n")


def _words(text: Text) -> str:
    from kplan.present.catalogue import words

    return words(text, language.current().value)


def _options(
    kommune: str | None,
    number: str | None,
    scope: str | None,
    period: str | None,
    lang: str | None,
    progress_plan: bool,
) -> Any:
    """The checked options, asking on a terminal for what the command line left out."""
    from kplan.document.scaffold import NewPlan
    from kplan.document.scaffold_input import (
        check_name,
        check_number,
        default_period,
        parse_period,
        parse_scope,
        scope_kind,
    )

    if lang is not None and lang not in ("nb", "nn"):
        raise UsageError(t("init.lang_unknown", value=lang))
    start, end = default_period(dt.date.today())
    default_span = f"{start}-{end}"
    missing = [name for name, v in (("--kommune", kommune), ("--number", number)) if v is None]
    if missing and not (isatty(sys.stdin) and isatty(sys.stderr)):
        raise UsageError(t("init.missing", options=all_of(tuple(missing))))
    asking = bool(missing)
    if asking:
        kommune = kommune or _ask("init.ask.kommune", None, lambda v: check_name(v, "--kommune"))
        number = number or _ask("init.ask.number", None, check_number)
        if scope is None:
            scope = _ask("init.ask.scope", "kommune", scope_kind)
            kind, rest = scope_kind(scope)
            if kind == "tjenesteområde" and not rest:
                asked = _ask("init.ask.area", None, lambda v: check_name(v, "--scope"))
                scope = f"tjenesteområde {asked}"
        if period is None:
            period = _ask("init.ask.period", default_span, parse_period)
        if lang is None:
            lang = _ask("init.ask.lang", _default_lang(), _check_lang)
    assert kommune is not None and number is not None
    area = parse_scope(scope)[1] if scope is not None else None
    start, end = parse_period(period) if period is not None else (start, end)
    return NewPlan(
        kommune=check_name(kommune, "--kommune"),
        number=check_number(number),
        start=start,
        end=end,
        area=area,
        lang=lang or _default_lang(),
        progress_plan=progress_plan,
        kplan_source=_kplan_source(),
    )


def _default_lang() -> str:
    """The reader's language when it is a målform (KPLAN_LANG=nn, a nynorsk locale), else nb."""
    return "nn" if language.current().value == "nn" else "nb"


def _check_lang(value: str) -> str:
    if value.strip() not in ("nb", "nn"):
        raise UsageError(t("init.ask.lang_choice"))
    return value.strip()


def _ask(key: str, default: str | None, check: Any) -> str:
    """Ask on the terminal until `check` takes the answer; an empty answer is `default`."""
    from kplan.errors import KplanError

    question = _say_key(key)
    for _ in range(_ASK_LIMIT):
        say(f"{question} [{default}]: " if default is not None else f"{question}: ")
        line = sys.stdin.readline()
        if not line:
            raise UsageError(t("init.ask.no_answer", question=question))
        answer = line.strip() or (default or "")
        try:
            check(answer)
        except KplanError as exc:
            say(_words(t("init.ask.again", problem=_words_message(exc))) + "\n")
            continue
        return answer
    raise UsageError(t("init.ask.no_answer", question=question))


def _words_message(exc: Any) -> Any:
    from kplan.present.catalogue import words

    return words(exc.message, language.current().value)


def _kplan_source() -> str:
    """Where CI installs kplan from: the git address and revision pip recorded when this kplan
    was installed from git, else the placeholder for the kommune to fill in."""
    from importlib import metadata

    from kplan.document.scaffold import KPLAN_SOURCE

    try:
        record = metadata.distribution("kplan").read_text("direct_url.json")
        data = json.loads(record or "{}")
    except (metadata.PackageNotFoundError, OSError, ValueError):
        return KPLAN_SOURCE
    vcs = data.get("vcs_info") if isinstance(data, dict) else None
    url = data.get("url") if isinstance(data, dict) else None
    if not isinstance(vcs, dict) or vcs.get("vcs") != "git" or not isinstance(url, str):
        return KPLAN_SOURCE
    revision = vcs.get("requested_revision") or vcs.get("commit_id")
    if not url.startswith("https://") or not isinstance(revision, str):
        return KPLAN_SOURCE
    return f"kplan @ git+{url}@{revision}"
