"""Which language kplan speaks to the person at the terminal.

In order: `--lang`, `KPLAN_LANG`, the plan's målform (where a plan is read), the locale
(`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them), then bokmål. The document a plan renders
is the plan's own: its language is `--lang` or its målform, never the reader's environment.
"""

from __future__ import annotations

import os

from kplan.present.formats import Lang

_current: Lang | None = None
_given: Lang | None = None
"""The `--lang` found on the command line by `start`, wherever it stands (`kplan --lang en gap`)."""


def _from_locale() -> Lang | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if not value:
            continue
        head = value.split(".")[0].split("@")[0].split("_")[0].lower()
        # the first locale variable that is set decides, as POSIX says; "C" means none
        return {"nb": Lang.nb, "no": Lang.nb, "nn": Lang.nn, "en": Lang.en}.get(head)
    return None


def from_env() -> Lang | None:
    """KPLAN_LANG when it names one of kplan's languages (nb, nn, en; no means nb)."""
    value = os.environ.get("KPLAN_LANG", "").strip().lower()
    if value == "no":
        return Lang.nb
    return Lang(value) if value in Lang.__members__ else None


def scan(argv: list[str]) -> Lang | None:
    """The language `--lang X` or `--lang=X` names on the command line (the last one counts,
    as for the option itself), before any `--`. A value that names no language is left to the
    option parser to refuse."""
    found: Lang | None = None
    for i, word in enumerate(argv):
        if word == "--":
            break
        value = None
        if word == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif word.startswith("--lang="):
            value = word.removeprefix("--lang=")
        if value is not None and value in Lang.__members__:
            found = Lang(value)
    return found


def start(argv: list[str]) -> None:
    """A new run: forget what the last one chose, and read `--lang` off its command line, so
    that `--help` and the errors said before any command runs speak that language."""
    global _current, _given
    _current = None
    _given = scan(argv)


def resolve(option: Lang | None = None, plan_language: str | None = None) -> Lang:
    """The language for messages: the option, KPLAN_LANG, the plan's målform, the locale, nb."""
    if option is not None:
        return option
    if _given is not None:
        return _given
    env = from_env()
    if env is not None:
        return env
    if plan_language is not None and plan_language in Lang.__members__:
        return Lang(plan_language)
    return _from_locale() or Lang.nb


def use(lang: Lang) -> Lang:
    """Speak `lang` from here on (errors the boundary says after the plan was read)."""
    global _current
    _current = lang
    return lang


def current() -> Lang:
    """The language chosen so far: what `use` set, else what the environment says."""
    return _current if _current is not None else resolve()
