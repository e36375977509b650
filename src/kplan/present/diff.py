"""Printers for `kplan diff`: text, md and json. The diff (`kplan.analysis.diff`) gives ids,
English field paths, values, figures and counts; the words are here, in the language of the
style (bokmål unless asked otherwise): fields named as the rendered document names them, values
formatted as it formats them, a long text by the words that changed. The md is written to be
pasted into a saksframlegg.

Plan text, labels and file names from a repository may hold control characters, newlines or
bytes that are not UTF-8: text shows each escaped (`shown`), on its own line; md escapes them as
Markdown; json keeps them as data.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kplan.analysis.diff_walk import is_section
from kplan.present.catalogue import words
from kplan.present.fmt import kr, nok, number, plain
from kplan.present.formats import Format, Style
from kplan.present.history_words import (
    entry_key,
    field_words,
    grouped,
    long_texts,
    value_words,
    word,
    word_diff,
)
from kplan.present.labels import Labels
from kplan.present.markdown import md_cell, md_text
from kplan.present.terminal import json_inert
from kplan.read.git import shown

if TYPE_CHECKING:
    from kplan.analysis.diff import Change, FieldChange, FigureChange, PlanDiff, Unread


def label(value: str | None, t: Labels) -> str:
    """A version's label; the working tree (None) by name."""
    return t["worktree"] if value is None else value


def section(name: str, t: Labels) -> str:
    """What one item of a plan section is called: `tiltak`, `mål`, `steg`; a section the
    labels do not know yet by its English name."""
    for key in (f"section.{name}", f"history.section.{name}"):
        try:
            return word(t, key)
        except KeyError:
            continue
    return name.replace("_", " ")


def _whole(c: Change) -> bool:
    """The change is to a section that is one thing (organisation), not to an item of it."""
    return c.id == c.section and is_section(c.section)


def title(c: Change, t: Labels) -> str:
    """The item's title; the inventory of a unit, which has none, by its persons and årsverk."""
    if c.size is None:
        return c.title
    persons, fte = c.size
    return t("diff.size", persons=persons, fte=number(fte))


def ident(c: Change, t: Labels) -> str:
    """The item's key; a unit's inventory by the unit and the day it was counted."""
    unit, _, day = c.id.rpartition("@")
    if c.section == "inventory" and unit:
        try:
            when = t.date(dt.date.fromisoformat(day))
        except ValueError:
            return c.id
        return word(t, "history.inventory_at", unit=unit, date=when)
    return c.id


def item_heading(c: Change, t: Labels) -> str:
    """«tiltak tiltak-1: Ekstern utlysning», «steg 5: Kompetanseanalyse», «organisering»."""
    name = " ".join(title(c, t).split())
    what = section(c.section, t) if _whole(c) else f"{section(c.section, t)} {ident(c, t)}"
    # a term, an appendix or a free section is known by its title: named once
    return f"{what}: {name}" if name and name != c.id else what


def field_line(c: Change, f: FieldChange, t: Labels) -> tuple[str, str, str]:
    """(field, before, now) in words, for a terminal."""
    words = field_words(c.section, f, t)
    if f.item:
        # «Medlemmer: lagt til: HR-leder», not the new member's name twice
        above = replace(f, path=f.parts[:-1])
        what = field_words(c.section, above, t) if above.path else words
        kind, name = ("history.removed", f.old) if f.new is None else ("history.added", f.new)
        return what, word(t, kind, what=name), ""
    texts = long_texts(f)
    if texts:
        return words, word_diff(*texts), ""
    return words, value_words(f, f.old, t), value_words(f, f.new, t)


def problems(unread: tuple[Unread, ...], t: Labels) -> list[str]:
    """Why the versions were read only in part, a sentence each."""
    out = []
    for u in unread:
        name = label(u.label, t)
        if u.first is not None:
            f = u.first
            # a catalogue text, in the diff's language (never its key and values)
            first = f"{f.path}:{f.line}:{f.col}: {f.code} {words(f.message, t.lang)}"
            # a file name or key from the repository may hold control characters or bytes that
            # are not UTF-8: the note is text for every format, so they are shown escaped
            out.append(shown(t("diff.errors", label=name, n=u.errors, first=first)))
        if u.unreadable:
            out.append(t("diff.unreadable", label=name))
    return out


def _figure_key(f: FigureChange, t: Labels) -> str:
    """«2025 / anskaffe»: a cost's KS strategy in the language of `t`, a gap's keys as ids."""
    keys = [t.value(k) if f.measure == "cost" and i == 1 else k for i, k in enumerate(f.key)]
    return " / ".join(k for k in keys if k)


def _signed(value: float, fmt: Callable[[float], str]) -> str:
    """A change with its sign: «+25 000 kr», «−25 000 kr» (a minus sign, as in print)."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + fmt(abs(value))


_SIGN = {"added": "+", "removed": "-", "changed": "~"}


def diff_text(d: PlanDiff, lang: str = "nb") -> str:
    """The diff for a terminal: one line per item and field, the figures, the counts."""
    t = Labels(lang)
    old, new = label(d.old_label, t), label(d.new_label, t)
    lines = [t("diff.header", old=shown(old), new=shown(new))]
    for c in d.changes:
        lines.append(f"{_SIGN[c.kind]} {shown(item_heading(c, t))}")
        for group in grouped(c.fields):
            if len(group) > 1:
                words = field_words(c.section, replace(group[0], path=group[0].parts[:-1]), t)
                change = "; ".join(
                    f"{entry_key(f)}: {value_words(f, f.old, t)} → {value_words(f, f.new, t)}"
                    for f in group
                )
                lines.append(f"    {shown(words)}: {shown(change)}")
                continue
            words, before, now = field_line(c, group[0], t)
            change = f"{before} → {now}" if now else before
            lines.append(f"    {shown(words)}: {shown(change)}")
    if not d.changes:
        # with a version read in part, only what was read is known to be unchanged
        lines.append(f"  {t['history.none_read' if d.problems else 'diff.none']}")
    figures: tuple[tuple[str, str, Callable[[float], str]], ...] = (
        ("gap", t["diff.gap_text"], plain),
        ("cost", t["diff.cost_text"], kr),
    )
    for measure, heading, fmt in figures:
        rows = [f for f in d.figures if f.measure == measure]
        if rows:
            lines.append(f"{heading}:")
            lines.extend(
                f"    {shown(_figure_key(f, t))}: {fmt(f.old)} → {fmt(f.new)} "
                f"({_signed(f.new - f.old, fmt)})"
                for f in rows
            )
    lines.extend(f"{t['note']}: {shown(p)}" for p in problems(d.problems, t))
    lines.append(t("diff.counts", **d.counts()))
    return "\n".join(lines) + "\n"


def diff_md(d: PlanDiff, lang: str = "nb") -> str:
    """The diff as Markdown: new, removed and changed items, then the figures."""
    t = Labels(lang)
    old, new = md_cell(label(d.old_label, t)), md_cell(label(d.new_label, t))
    out = [f"## {t('diff.md_title', old=old, new=new)}\n"]
    what, id_col = t["diff.what"], t["diff.id"]
    for kind in ("added", "removed", "changed"):
        items = [c for c in d.changes if c.kind == kind]
        if not items:
            continue
        out.append(f"\n### {t['diff.' + kind]}\n\n")
        if kind == "changed":
            cols = (what, id_col, t["diff.field"], t["diff.before"], t["diff.now"])
            out.append("| " + " | ".join(cols) + " |\n|---|---|---|---|---|\n")
            for c in items:
                key = "" if _whole(c) else md_cell(ident(c, t))
                for group in grouped(c.fields):
                    before, now = _md_group(group, t)
                    shown_as = (
                        replace(group[0], path=group[0].parts[:-1]) if len(group) > 1 else group[0]
                    )
                    words = md_cell(field_words(c.section, shown_as, t))
                    out.append(
                        f"| {section(c.section, t)} | {key} | {words} | {before} | {now} |\n"
                    )
        else:
            out.append(f"| {what} | {id_col} | {t['diff.title']} |\n|---|---|---|\n")
            out.extend(
                f"| {section(c.section, t)} | {'' if _whole(c) else md_cell(ident(c, t))} | "
                f"{md_cell(title(c, t))} |\n"
                for c in items
            )
    money: Callable[[float], str] = nok
    for measure, heading, fmt in (
        ("gap", t["diff.gap_md"], number),
        ("cost", t["diff.cost_md"], money),
    ):
        rows = [f for f in d.figures if f.measure == measure]
        if rows:
            before, now, change = t["diff.before"], t["diff.now"], t["diff.change"]
            out.append(
                f"\n### {heading}\n\n| | {before} | {now} | {change} |\n|---|---:|---:|---:|\n"
            )
            out.extend(
                f"| {md_cell(_figure_key(f, t))} | {fmt(f.old)} | {fmt(f.new)} "
                f"| {_signed(f.new - f.old, fmt)} |\n"
                for f in rows
            )
    notes = problems(d.problems, t)
    if notes:
        out.append("\n" + "".join(f"- {md_text(p)}\n" for p in notes))
    if not d.changes:
        out.append(f"\n{t['history.none_read_md' if d.problems else 'diff.none_md']}\n")
    return "".join(out)


def _md_group(group: list[FieldChange], t: Labels) -> tuple[str, str]:
    """Before and now as Markdown cells; a dict's entries together («2025: 212; 2026: 205»)."""
    if len(group) == 1:
        return _md_values(group[0], t)
    before = "; ".join(f"{entry_key(f)}: {value_words(f, f.old, t, doc=True)}" for f in group)
    now = "; ".join(f"{entry_key(f)}: {value_words(f, f.new, t, doc=True)}" for f in group)
    return md_cell(before), md_cell(now)


def _md_values(f: FieldChange, t: Labels) -> tuple[str, str]:
    """Before and now as Markdown cells: a long text by the words struck out and the words
    added, with a few around them."""
    if f.item:
        return md_cell(f.old or "–"), md_cell(f.new or "–")
    texts = long_texts(f)
    if texts:
        marks = ("~~", "~~", "**", "**")
        return (
            word_diff(*texts, marks, side="old", esc=md_cell),
            word_diff(*texts, marks, side="new", esc=md_cell),
        )
    return md_cell(value_words(f, f.old, t, doc=True)), md_cell(value_words(f, f.new, t, doc=True))


def _machine(value: Any) -> str:
    """A value for JSON as the plan writes it: a list comma-separated, none as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 39000, not 39000.0
    if isinstance(value, tuple):
        return ", ".join(_machine(v) for v in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _finite(value: float) -> float | None:
    """A figure for JSON: rounded, or null when it overflowed (JSON has no Infinity or NaN)."""
    return round(value, 2) if math.isfinite(value) else None


def diff_json(d: PlanDiff, lang: str = "nb") -> str:
    """The diff as JSON for other tools (an indented document with stable keys)."""
    t = Labels(lang)
    doc: dict[str, Any] = {
        "old": label(d.old_label, t),
        "new": label(d.new_label, t),
        "changes": [
            {
                "section": c.section,
                "id": c.id,
                "kind": c.kind,
                "title": title(c, t),
                "fields": [
                    {
                        "field": f.field,
                        "label": field_words(c.section, f, t),
                        "old": _machine(f.old),
                        "new": _machine(f.new),
                    }
                    for f in c.fields
                ],
            }
            for c in d.changes
        ],
        "figures": [
            {
                "measure": f.measure,
                "key": list(f.key),
                "old": _finite(f.old),
                "new": _finite(f.new),
            }
            for f in d.figures
        ],
        "problems": problems(d.problems, t),
        "counts": d.counts(),
    }
    return json_inert(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


REPORTERS: dict[Format, Callable[[PlanDiff, Style], str]] = {
    Format.text: lambda d, style: diff_text(d, style.lang),
    Format.md: lambda d, style: diff_md(d, style.lang),
    Format.json: lambda d, style: diff_json(d, style.lang),
}
