"""Words every stage's messages share: lists, severities, the kinds of things a plan holds."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    "join.or": ("{head} eller {last}", "{head} eller {last}", "{head} or {last}"),
    "join.and": ("{head} og {last}", "{head} og {last}", "{head} and {last}"),
    "severity.error": ("feil", "feil", "error"),
    "severity.warning": ("advarsel", "åtvaring", "warning"),
    # counts: `.one` for 1, `.many` for every other number (0 feil, 2 advarsler)
    "count.error.one": ("{n} feil", "{n} feil", "{n} error"),
    "count.error.many": ("{n} feil", "{n} feil", "{n} errors"),
    "count.warning.one": ("{n} advarsel", "{n} åtvaring", "{n} warning"),
    "count.warning.many": ("{n} advarsler", "{n} åtvaringar", "{n} warnings"),
    "count.plan.one": ("{n} plan", "{n} plan", "{n} plan"),
    "count.plan.many": ("{n} planer", "{n} planar", "{n} plans"),
    "count.file.one": ("{n} fil", "{n} fil", "{n} file"),
    "count.file.many": ("{n} filer", "{n} filer", "{n} files"),
    "count.silenced.one": (
        "{n} advarsel dempet av planen ({codes})",
        "{n} åtvaring dempa av planen ({codes})",
        "{n} warning silenced by the plan ({codes})",
    ),
    "count.silenced.many": (
        "{n} advarsler dempet av planen ({codes})",
        "{n} åtvaringar dempa av planen ({codes})",
        "{n} warnings silenced by the plan ({codes})",
    ),
    "summary.line": (
        "{counts} i {plans} ({files}){at}.",
        "{counts} i {plans} ({files}){at}.",
        "{counts} in {plans} ({files}){at}.",
    ),
    "summary.at": (" i versjon {revision}", " i versjon {revision}", " at {revision}"),
    "summary.hidden": (
        "{counts} i {plans} ({files}){at}; ikke vist (høyst {most} per fil): {hidden}; "
        "--format json viser alle.",
        "{counts} i {plans} ({files}){at}; ikkje vist (høgst {most} per fil): {hidden}; "
        "--format json viser alle.",
        "{counts} in {plans} ({files}){at}; not shown (at most {most} per file): {hidden}; "
        "--format json lists them all.",
    ),
    "summary.hidden_in": ("{n} i {path}", "{n} i {path}", "{n} in {path}"),
    "hint.quote": (
        '{message} Skriv det i anførselstegn: "{raw}".',
        '{message} Skriv det i hermeteikn: "{raw}".',
        '{message} Write it in quotes: "{raw}".',
    ),
}
