"""Printers for `kplan diff`: text, md and json. The diff (`kplan.analysis.diff`) gives ids,
fields, figures and counts; the words are here, in the language of the style (bokmål unless
asked otherwise).

Plan text, labels and file names from a repository may hold control characters, newlines or
bytes that are not UTF-8: text shows each escaped (`shown`), on its own line; md escapes them as
Markdown; json keeps them as data.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kplan.present.fmt import nok, number, plain
from kplan.present.formats import Format, Style
from kplan.present.labels import Labels
from kplan.present.markdown import md_cell, md_text
from kplan.present.terminal import json_inert
from kplan.read.git import shown

if TYPE_CHECKING:
    from kplan.analysis.diff import Change, FigureChange, PlanDiff, Unread


def label(value: str | None, t: Labels) -> str:
    """A version's label; the working tree (None) by name."""
    return t["worktree"] if value is None else value


def section(name: str, t: Labels) -> str:
    """What one item of a plan section is called: `tiltak`, `mål`."""
    return t[f"section.{name}"]


def title(c: Change, t: Labels) -> str:
    """The item's title; an inventory row, which has none, by its persons and årsverk."""
    if c.size is None:
        return c.title
    persons, fte = c.size
    return t("diff.size", persons=persons, fte=f"{fte:g}")


def problems(unread: tuple[Unread, ...], t: Labels) -> list[str]:
    """Why the versions were read only in part, a sentence each."""
    out = []
    for u in unread:
        name = label(u.label, t)
        if u.first is not None:
            f = u.first
            first = f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}"
            # a file name or key from the repository may hold control characters or bytes that
            # are not UTF-8: the note is text for every format, so they are shown escaped
            out.append(shown(t("diff.errors", label=name, n=u.errors, first=first)))
        if u.unreadable:
            out.append(t("diff.unreadable", label=name))
    return out


def _figure_key(f: FigureChange) -> str:
    return " / ".join(k for k in f.key if k)


_SIGN = {"added": "+", "removed": "-", "changed": "~"}


def diff_text(d: PlanDiff, lang: str = "nb") -> str:
    """The diff for a terminal: one line per item and field, the figures, the counts."""
    t = Labels(lang)
    old, new = label(d.old_label, t), label(d.new_label, t)
    lines = [t("diff.header", old=shown(old), new=shown(new))]
    for c in d.changes:
        name = shown(" ".join(title(c, t).split()))
        lines.append(f"{_SIGN[c.kind]} {section(c.section, t)} {shown(c.id)}: {name}")
        lines.extend(
            f"    {shown(f.field)}: {shown(f.old) or '–'} → {shown(f.new) or '–'}" for f in c.fields
        )
    if not d.changes:
        lines.append(f"  {t['diff.none']}")
    for measure, heading in (("gap", t["diff.gap_text"]), ("cost", t["diff.cost_text"])):
        rows = [f for f in d.figures if f.measure == measure]
        if rows:
            lines.append(f"{heading}:")
            lines.extend(
                f"    {shown(_figure_key(f))}: {plain(f.old)} → {plain(f.new)} "
                f"({'+' if f.new >= f.old else '−'}{plain(abs(f.new - f.old))})"
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
    what, ident = t["diff.what"], t["diff.id"]
    for kind in ("added", "removed", "changed"):
        items = [c for c in d.changes if c.kind == kind]
        if not items:
            continue
        out.append(f"\n### {t['diff.' + kind]}\n\n")
        if kind == "changed":
            cols = (what, ident, t["diff.field"], t["diff.before"], t["diff.now"])
            out.append("| " + " | ".join(cols) + " |\n|---|---|---|---|---|\n")
            for c in items:
                for f in c.fields:
                    out.append(
                        f"| {section(c.section, t)} | {md_cell(c.id)} | {md_cell(f.field)} | "
                        f"{md_cell(f.old or '–')} | {md_cell(f.new or '–')} |\n"
                    )
        else:
            out.append(f"| {what} | {ident} | {t['diff.title']} |\n|---|---|---|\n")
            out.extend(
                f"| {section(c.section, t)} | {md_cell(c.id)} | {md_cell(title(c, t))} |\n"
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
                f"| {md_cell(_figure_key(f))} | {fmt(f.old)} | {fmt(f.new)} | {fmt(f.new - f.old)} |\n"
                for f in rows
            )
    notes = problems(d.problems, t)
    if notes:
        out.append("\n" + "".join(f"- {md_text(p)}\n" for p in notes))
    if not d.changes:
        out.append(f"\n{t['diff.none_md']}\n")
    return "".join(out)


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
                "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields],
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
