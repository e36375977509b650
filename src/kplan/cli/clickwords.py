"""typer's and click's words in the reader's language: the one place that knows them.

typer 0.29 vendors click as `typer._click`, with its words written into the code in English
(no gettext to hook into): "Usage: " in the help formatter, the panel titles and "[default: ]"
as constants of `typer.rich_utils`, "Show this message and exit." on the help option, and the
usage errors as English sentences on the exceptions. kplan's help texts are catalogue keys
(`cli.help.*`, `cli.metavar.*`) where the commands are declared. Here:

- `KplanGroup` and `KplanCommand`, the classes typer builds the app with on every run, put the
  texts for those keys in the help language (`kplan.cli.language.current()`: `--lang` on the
  command line, KPLAN_LANG, the locale, nb), word the usage line, the help option and the
  completion options, and set typer's rich constants before a help is drawn;
- `usage_error(exc)` words a click usage error from the exception's type and attributes, and,
  where click keeps only a sentence, from the sentence's known English form.

tests/test_cli_language.py runs every error and help through the installed typer: when typer
words something differently, a test fails instead of English slipping into a Norwegian run.
The catalogue lookup here reads the cli table alone, not the document labels: shell completion
builds the app on every TAB.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kplan.cli import language
from kplan.present.formats import Lang

_INDEX = {Lang.nb: 0, Lang.nn: 1, Lang.en: 2}


def say(key: str, lang: Lang | None = None, /, **values: object) -> str:
    """The cli table's text for `key` in `lang` (default: the language of this run)."""
    from kplan.present.messages.cli import MESSAGES

    pattern = MESSAGES[key][_INDEX[lang or language.current()]]
    return pattern.format(**values) if values else pattern


def listed(items: Sequence[str], lang: Lang | None = None, *, quoted: bool = True) -> str:
    """«a», «b» or «c» in `lang` ('a', 'b', 'c' in English, as click lists choices)."""
    from kplan.present.messages.common import MESSAGES

    lang = lang or language.current()
    shown = [say("cli.click.quote", lang, name=i) if quoted else i for i in items]
    if lang is Lang.en and quoted:
        return ", ".join(shown)
    if len(shown) <= 1:
        return "".join(shown)
    pattern = MESSAGES["join.or"][_INDEX[lang]]
    return pattern.format(head=", ".join(shown[:-1]), last=shown[-1])


def text(value: str | None, lang: Lang | None = None) -> str | None:
    """A help text or metavar: the catalogue's words when `value` is a `cli.` key."""
    from kplan.present.messages.cli import MESSAGES

    if value is None or not value.startswith("cli."):
        return value
    if value.startswith("cli.help.format."):
        return _format_help(value.removeprefix("cli.help.format."), lang)
    if value in MESSAGES:
        return say(value, lang)
    return value


def _format_help(command: str, lang: Lang | None) -> str:
    from kplan.cli.options import FORMATS
    from kplan.present.messages.cli import MESSAGES

    note_key = f"cli.help.format_note.{command}"
    note = say(note_key, lang) if note_key in MESSAGES else ""
    names = [f.value for f in FORMATS[command]]
    return say("cli.help.format", lang, formats=listed(names, lang, quoted=False), note=note)


# ---------------------------------------------------------------------------------------------
# help

_OWN_HELP = {
    "help": "cli.help.help",
    "install_completion": "cli.help.install_completion",
    "show_completion": "cli.help.show_completion",
}
"""typer's own options, by parameter name, and their help in the catalogue."""


def _localise(command: Any) -> None:
    command.help = text(command.help)
    command.short_help = text(command.short_help)
    if command.options_metavar:
        command.options_metavar = say("cli.usage.options")
    for param in command.params:
        _localise_param(param)


def _localise_param(param: Any) -> None:
    key = _OWN_HELP.get(param.name or "")
    param.help = say(key) if key is not None else text(param.help)
    param.metavar = text(param.metavar)
    if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
        param.metavar = ""  # a flag takes no value: no «<bool>» beside it
    if isinstance(param, TyperArgument) and param.metavar is not None:
        # the metavar names the argument; its Python type («<str>») says nothing to a reader
        param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]


def _rich_words() -> None:
    """typer's help panels read these module constants as they draw: set them for this run."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = say("cli.panel.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = say("cli.panel.options")
    rich_utils.COMMANDS_PANEL_TITLE = say("cli.panel.commands")
    rich_utils.ERRORS_PANEL_TITLE = say("cli.panel.error")
    rich_utils.ABORTED_TEXT = say("cli.panel.aborted")
    rich_utils.DEFAULT_STRING = say("cli.panel.default", value="{}")
    rich_utils.ENVVAR_STRING = say("cli.panel.envvar", name="{}")
    rich_utils.REQUIRED_LONG_STRING = say("cli.panel.required")
    rich_utils.DEPRECATED_STRING = say("cli.panel.deprecated")


class _Words:
    """What both classes do: help in the reader's language."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=say("cli.usage.prefix"))

    def get_params(self, ctx: Any) -> Any:
        # typer adds the completion options after the command is built, and the help option
        # when it is first asked for: word them as they are handed out (it is idempotent)
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            _localise_param(param)
        return params

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _rich_words()
        super().format_help(ctx, formatter)  # type: ignore[misc]


class KplanCommand(_Words, TyperCommand):
    """A kplan command: its help, options and usage line in the reader's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _localise(self)


class KplanGroup(_Words, TyperGroup):
    """The kplan app: its help, its commands' one-line help and its usage line in the
    reader's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _localise(self)
        self.subcommand_metavar = say("cli.usage.command")


# ---------------------------------------------------------------------------------------------
# usage errors

_REQUIRES = re.compile(r"Option '(?P<option>.+)' requires (?:an argument|(?P<n>\d+) arguments)\.?")
_NO_VALUE = re.compile(r"Option '(?P<option>.+)' does not take a value\.?")
_TAKES = re.compile(r"Argument '(?P<argument>.+)' takes (?P<n>\d+) values\.?")
_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<args>.*)\)")
_NO_COMMAND = re.compile(r"No such command '(?P<name>.+?)'\.(?: Did you mean (?P<matches>'.+')\?)?")
_CHOICE = re.compile(r"(?P<value>'.*') is not one of (?P<choices>'.*')\.?")
_AT_MOST = re.compile(r"Input should be less than or equal to (?P<n>\S+?)\.?")
_AT_LEAST = re.compile(r"Input should be greater than or equal to (?P<n>\S+?)\.?")
_INTEGER = re.compile(r"Input should be a valid integer.*")
_NOT_VALID = re.compile(r"Value (?P<value>'.*') is not a valid (?P<kind>\S+?)\.?")
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _quote(name: str) -> str:
    return say("cli.click.quote", name=name)


def _unquoted(text: str) -> list[str]:
    return _QUOTED.findall(text)


def _reason(message: str) -> str:
    """What is wrong with a value, from typer's or pydantic's English sentence."""
    message = message.strip().removeprefix("Value error, ")
    if m := _CHOICE.fullmatch(message):
        value = (_unquoted(m["value"]) or [m["value"]])[0]
        return say(
            "cli.click.not_one_of", value=_quote(value), choices=listed(_unquoted(m["choices"]))
        )
    if m := _AT_MOST.fullmatch(message):
        return say("cli.click.at_most", n=m["n"])
    if m := _AT_LEAST.fullmatch(message):
        return say("cli.click.at_least", n=m["n"])
    if _INTEGER.fullmatch(message):
        return say("cli.click.integer")
    if m := _NOT_VALID.fullmatch(message):
        value = (_unquoted(m["value"]) or [m["value"]])[0]
        return say("cli.click.not_valid", value=_quote(value), kind=m["kind"])
    return message


def _param_hint(exc: Any) -> str | None:
    hint = exc.param_hint
    if hint is None and exc.param is not None:
        if isinstance(exc.param, TyperArgument):
            hint = [exc.param.display_name_raw]
        else:
            hint = list(exc.param.opts) + list(exc.param.secondary_opts)
    if hint is None:
        return None
    names = [hint] if isinstance(hint, str) else list(hint)
    return " / ".join(_quote(n.strip("'")) for n in names)


def _message(exc: Any) -> str:
    from typer._click import exceptions as ex

    if isinstance(exc, ex.NoSuchOption):
        said = say("cli.click.no_such_option", option=exc.option_name)
        if exc.possibilities:
            options = listed(sorted(exc.possibilities))
            said = say("cli.click.did_you_mean", message=said, options=options)
        return said
    if isinstance(exc, ex.MissingParameter):
        name = _param_hint(exc) or ""
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "")
        key = "cli.click.missing_option" if kind == "option" else "cli.click.missing_argument"
        return say(key, name=name)
    if isinstance(exc, ex.BadParameter):
        reason = _reason(exc.message)
        if (hint := _param_hint(exc)) is None:
            return say("cli.click.invalid", reason=reason)
        return say("cli.click.invalid_for", param=hint, reason=reason)
    message = str(exc.message).strip()
    if m := _REQUIRES.fullmatch(message):
        if m["n"]:
            return say("cli.click.needs_values", option=_quote(m["option"]), n=m["n"])
        return say("cli.click.needs_value", option=_quote(m["option"]))
    if m := _NO_VALUE.fullmatch(message):
        return say("cli.click.no_value", option=_quote(m["option"]))
    if m := _TAKES.fullmatch(message):
        return say("cli.click.argument_values", argument=_quote(m["argument"]), n=m["n"])
    if m := _EXTRA.fullmatch(message):
        words = m["args"].split()
        key = "cli.click.extra.one" if len(words) == 1 else "cli.click.extra.many"
        return say(key, args=", ".join(_quote(w) for w in words))
    if m := _NO_COMMAND.fullmatch(message):
        said = say("cli.click.no_such_command", name=_quote(m["name"]))
        if m["matches"]:
            options = listed(_unquoted(m["matches"]))
            said = say("cli.click.did_you_mean", message=said, options=options)
        return said
    if message.rstrip(".") == "Missing command":
        return say("cli.click.missing_command")
    return message


def usage_error(exc: Any) -> str:
    """One line for a click usage error, in the language of this run, with where to read more:
    «Valget --yr finnes ikke. Mente du «--year»? (se «kplan gap --help»).»"""
    message = _message(exc).replace("Value error, ", "").rstrip(".")
    ctx = getattr(exc, "ctx", None)
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:  # «excel import»: a group's command too
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    where = " ".join(["kplan", *reversed(names)])
    return say("cli.click.see_help", message=message, command=where)
