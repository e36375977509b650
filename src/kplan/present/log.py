"""Printers for `kplan log`: text and json. A log entry (`kplan.analysis.versions.LogEntry`)
holds counts of what changed in every section; the one-line summary is worded here, and says
there were no changes only when nothing in the plan changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kplan.plan.model import Decision
from kplan.present.formats import Format, Style
from kplan.present.labels import Labels
from kplan.present.terminal import json_inert
from kplan.read.git import shown

if TYPE_CHECKING:
    from kplan.analysis.versions import LogEntry


def summary(e: LogEntry, t: Labels) -> str:
    """«2 tiltak lagt til, 1 mål endret», «første versjon»; with a note when the version has
    errors."""
    if e.origin in _ORIGINS:
        text = t[_ORIGINS[e.origin]]
        if e.origin in ("removed", "unread"):
            return text  # the version's errors are what the words say already
    else:
        parts = [_counted(kind, section, n, t) for kind, section, n in e.changes]
        # with a version read in part, only what was read is known to be unchanged
        none = "history.none_read" if e.has_errors or e.partly else "diff.none"
        text = ", ".join(parts) if parts else t[none]
        if parts and e.partly:
            # what the version before could not read is not counted: say the count is partial
            text = f"{text} ({t['history.log_partly']})"
    return f"{text} ({t['log.has_errors']})" if e.has_errors else text


_ORIGINS = {
    "shallow": "log.shallow",
    "first": "log.first",
    "removed": "history.log_removed",
    "unread": "history.log_unread",
    "after_unread": "history.log_after_unread",
    "again": "history.log_again",
}
"""The summary of a version that was not compared item by item with the one before."""


def _counted(kind: str, name: str, n: int, t: Labels) -> str:
    """«2 tiltak lagt til»; a section that is one thing without a count: «organisering endret»."""
    from kplan.analysis.diff_walk import is_section
    from kplan.present.diff import section
    from kplan.present.history_words import word

    if is_section(name):
        return word(t, "history.section_changed", section=section(name, t), kind=t["log." + kind])
    if n == 1:
        return f"{n} {section(name, t)} {t['log.' + kind]}"
    try:
        many = word(t, f"history.plural.{name}")
    except KeyError:  # a section the model gained later: by its English name
        many = name.replace("_", " ")
    return f"{n} {many} {t['log.' + kind]}"


def adopted_by(d: Decision, t: Labels | None = None) -> str:
    """A decision as the log names it: body, case number and date, those it has; the date in
    words of `t`'s language (as the plan writes it without `t`, for tools)."""
    day = (t.when(d.date) if t is not None else d.date.isoformat()) if d.date else ""
    return ", ".join(x for x in (d.body, d.case_number, day) if x)


def _notes(entries: Sequence[LogEntry], t: Labels) -> list[str]:
    """What the plan says about its adoption that the versions do not show: never adopted, or
    adopted by a decision whose git tag the repository lacks."""
    from kplan.analysis.versions import PlanLog

    if not isinstance(entries, PlanLog):
        return []
    notes = [t["history.log_not_adopted"]] if entries.never_adopted else []
    missing = entries.missing
    if len(missing) == 1:
        notes.append(t("history.log_tag_missing", id=missing[0][0], tag=missing[0][1]))
    elif missing:
        # a plan may name a thousand tags: a few, then how many in all
        tags = ", ".join(f"«{tag}»" for _, tag in missing[:_SHOWN])
        if len(missing) > _SHOWN:
            tags = t("history.and_more", list=tags, n=len(missing) - _SHOWN)
        notes.append(t("history.log_tags_missing", n=len(missing), tags=tags))
    return notes


_SHOWN = 5
"""Missing tags named in the log's note; the count says how many there are."""


def log_text(entries: Sequence[LogEntry], lang: str = "nb") -> str:
    """The versions, newest first: commit, date, tags and subject, the decisions that adopted
    it, and what changed."""
    t = Labels(lang)
    lines = []
    for e in entries:
        tags = f" [{', '.join(shown(tag) for tag in e.tags)}]" if e.tags else ""
        date = e.date or t["log.unknown_date"]
        lines.append(f"{e.commit[:12]} {date}{tags} {shown(' '.join(e.subject.split()))}")
        lines.extend(f"    {t['log.adopted']}: {shown(adopted_by(d, t))}" for d in e.decisions)
        lines.append(f"    {shown(summary(e, t))}")
    if not lines:
        return f"{t['log.empty']}\n"
    return "\n".join([*lines, *(shown(n) for n in _notes(entries, t))]) + "\n"


def log_json(entries: Sequence[LogEntry], lang: str = "nb") -> str:
    """The versions as a JSON list, the summary worded as in text and the counts behind it
    (kind, section by its English key, items) for tools."""
    t = Labels(lang)
    doc = [
        {
            "commit": e.commit,
            "date": e.date,
            "subject": e.subject,
            "tags": list(e.tags),
            "adopted_by": [adopted_by(d) for d in e.decisions],
            "summary": summary(e, t),
            "changes": [{"kind": k, "section": sec, "items": n} for k, sec, n in e.changes],
        }
        for e in entries
    ]
    return json_inert(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


REPORTERS: dict[Format, Callable[[Sequence[LogEntry], Style], str]] = {
    Format.text: lambda entries, style: log_text(entries, style.lang),
    Format.json: lambda entries, style: log_json(entries, style.lang),
}
