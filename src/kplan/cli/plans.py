"""How the commands read a plan, and which language they then speak.

`checked_plan` is the valid plan or its report on stderr (exit 1), in the language the plan
asks for; `speak` fixes the language of the run once a plan is known (`--lang`, KPLAN_LANG, the
plan's målform, the locale, nb), so that every error the boundary says afterwards uses it.
Heavy modules are imported inside the functions: shell completion imports the CLI on every TAB.
"""

from __future__ import annotations

from typing import Any

import typer

from kplan.cli import language
from kplan.cli.boundary import keep, say
from kplan.present.formats import Lang


def source(at: str | None, path: str = ".") -> Any:
    """The working tree, or the revision `--at` names (GitError when git cannot give it)."""
    if at is None:  # the analysis (diff and log) is not imported to read the working tree
        from kplan.read.sources import DISK

        return DISK
    from kplan.analysis.versions import source_at

    return source_at(at, path)


def speak(option: Lang | None, plan_language: str | None) -> Lang:
    """The language of this run, now that the plan's målform is known; used from here on."""
    return language.use(language.resolve(option, plan_language))


def målform(path: str, where: Any = None) -> str | None:
    """The målform (`plan.language`) the plan at `path` declares in its root file, read as far
    as it can be: None when the file or the key cannot be read. The parse is cached, so the
    plan's own reading afterwards does not parse the file again."""
    from kplan.plan.files import find_root
    from kplan.read.sources import DISK
    from kplan.read.yaml_loader import load_file

    where = where if where is not None else DISK
    try:
        root = find_root(path, where)
        if not isinstance(root, str):
            return None
        data = load_file(root, source=where).data
    except Exception:  # a plan that cannot be read says so when it is read
        return None
    head = data.get("plan") if isinstance(data, dict) else None
    value = head.get("language") if isinstance(head, dict) else None
    return value if value in ("nb", "nn") else None


def checked_plan(
    path: str, at: str | None = None, lang: Lang | None = None
) -> tuple[Any, list[str]]:
    """The valid plan and the files it was read from, speaking the plan's language from here on;
    or its report on stderr and exit 1 when it has errors (2 when it cannot be read)."""
    from kplan.check.validate import check
    from kplan.cli.clickwords import say as word
    from kplan.present.validation import text

    where = source(at, path)
    checked = check(path, where)
    # the målform the plan writes down: one that says none leaves it to the reader's locale
    chosen = speak(lang, målform(path, where))
    if checked.plan is None:
        report = checked.report
        say(text(report, chosen.value))
        if report.exit_code() != 2:  # a plan that cannot be read has nothing to fix yet
            say(f"kplan: {word('cli.say.plan_has_errors')}\n")
        raise typer.Exit(report.exit_code() or 1)
    keep(checked)  # the plan lives to the end of the process (`kplan.cli.process`)
    return checked.plan, list(checked.assembled.files)


def valid_plan(path: str, at: str | None = None, lang: Lang | None = None) -> Any:
    """The valid plan, or exit as `checked_plan` does."""
    return checked_plan(path, at, lang)[0]
