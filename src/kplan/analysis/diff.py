"""Diff: what changed in a plan between two versions, item by item and in the figures.

Items are matched by id within their kind, so a renamed id shows as one removed and one added.
A changed item lists each field that changed, old value and new. The figures compare the gap left
after actions per unit and year, and the net cost per budget year and strategy. A version that
could not be read in full still diffs as far as it was read, and the problems are listed.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from kplan.analysis.costs import cost_summary
from kplan.analysis.gap import analyse, num
from kplan.plan.model import Analysis, Plan
from kplan.read.git import shown

SECTIONS = (
    "decisions",
    "goals",
    "strategies",
    "units",
    "competences",
    "requirements",
    "inventory",
    "drivers",
    "needs",
    "actions",
)


def _key(section: str, item: Any) -> str:
    """Items are matched by id; inventory rows, which have none, by what they count and when."""
    if section == "inventory":
        role = f"/{item.role}" if item.role else ""
        return f"{item.unit}/{item.competence or 'alle'}{role}@{item.date.isoformat()}"
    return str(item.id)


WORDS = {
    "plan": ("planen", "plan"),
    "decisions": ("vedtak", "decision"),
    "goals": ("mål", "goal"),
    "strategies": ("strategi", "strategy"),
    "units": ("enhet", "unit"),
    "competences": ("kompetanse", "competence"),
    "requirements": ("krav", "requirement"),
    "needs": ("behov", "need"),
    "actions": ("tiltak", "action"),
    "inventory": ("beholdning", "inventory"),
    "drivers": ("driver", "driver"),
    "analysis": ("analyseoppsett", "analysis settings"),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Change:
    section: str
    id: str
    kind: Literal["added", "removed", "changed"]
    title: str
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class FigureChange:
    measure: Literal["gap", "cost"]
    key: tuple[str, ...]
    """(unit, year) for gaps; (year, strategy) for costs."""
    old: float
    new: float


@dataclass(frozen=True)
class PlanDiff:
    old_label: str
    new_label: str
    changes: tuple[Change, ...]
    figures: tuple[FigureChange, ...]
    problems: tuple[str, ...]

    def counts(self) -> dict[str, int]:
        out = {"added": 0, "removed": 0, "changed": 0}
        for c in self.changes:
            out[c.kind] += 1
        return out


def _flat(value: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _flat(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        for i, v in enumerate(value):
            yield from _flat(v, f"{prefix}[{i + 1}]")
    elif isinstance(value, list):
        yield prefix, ", ".join(map(str, value))
    elif isinstance(value, float) and value.is_integer():
        yield prefix, str(int(value))  # 39000, not 39000.0
    elif value is not None and value != "" and value is not False:
        yield prefix, str(value)


def _fields(old: Any, new: Any) -> tuple[FieldChange, ...]:
    a = dict(_flat(old.model_dump(mode="json", exclude_defaults=True)))
    b = dict(_flat(new.model_dump(mode="json", exclude_defaults=True)))
    return tuple(
        FieldChange(k, a.get(k, ""), b.get(k, ""))
        for k in sorted(a.keys() | b.keys())
        if a.get(k, "") != b.get(k, "")
    )


def _title(item: Any) -> str:
    if isinstance(getattr(item, "persons", None), int):
        return f"{item.persons} personer, {item.fte:g} årsverk"
    for attr in ("title", "text", "name", "summary"):
        value = getattr(item, attr, None)
        if isinstance(value, str):
            return value
    return ""


def item_changes(old: Plan | None, new: Plan | None) -> list[Change]:
    changes: list[Change] = []
    if old is not None and new is not None:
        a_info, b_info = getattr(old, "plan", None), getattr(new, "plan", None)
        if a_info is not None and b_info is not None:
            fields = _fields(a_info, b_info)
            if fields:
                changes.append(Change("plan", "plan", "changed", b_info.title, fields))
        if old.analysis != new.analysis:
            fields = _fields(old.analysis or Analysis(), new.analysis or Analysis())
            changes.append(Change("analysis", "analysis", "changed", "", fields))
    for section in SECTIONS:
        a = {_key(section, i): i for i in getattr(old, section, [])} if old is not None else {}
        b = {_key(section, i): i for i in getattr(new, section, [])} if new is not None else {}
        for ident in sorted(a.keys() | b.keys()):
            if ident not in b:
                changes.append(Change(section, ident, "removed", _title(a[ident])))
            elif ident not in a:
                changes.append(Change(section, ident, "added", _title(b[ident])))
            elif a[ident] != b[ident]:  # equal models need no field-by-field look
                fields = _fields(a[ident], b[ident])
                if fields:
                    changes.append(Change(section, ident, "changed", _title(b[ident]), fields))
    return changes


def _gaps(plan: Plan | None) -> dict[tuple[str, ...], float] | None:
    if plan is None or getattr(plan, "plan", None) is None:
        return None
    totals: dict[tuple[str, ...], float] = defaultdict(float)
    for r in analyse(plan, sources=False).rows:
        if r.due:
            totals[(r.unit, str(r.year))] += r.residual
    return totals


def _gap_inputs(plan: Plan | None) -> tuple[Any, ...] | None:
    """Everything the gap analysis reads: equal inputs give equal figures."""
    if plan is None:
        return None
    return (
        getattr(plan, "plan", None) and plan.plan.period,
        plan.analysis,
        plan.units,
        plan.requirements,
        plan.inventory,
        plan.drivers,
        [(a.id, a.unit, a.status, a.effects) for a in plan.actions],
    )


def _costs(plan: Plan | None) -> dict[tuple[str, ...], float] | None:
    if plan is None:
        return None
    return {
        (str(r.year) if r.year is not None else "–", r.strategy or ""): r.net
        for r in cost_summary(plan, ("year", "strategy"))
    }


def _compare(
    measure: Literal["gap", "cost"],
    a: dict[tuple[str, ...], float] | None,
    b: dict[tuple[str, ...], float] | None,
) -> list[FigureChange]:
    if a is None or b is None:
        return []
    return [
        FigureChange(measure, key, a.get(key, 0.0), b.get(key, 0.0))
        for key in sorted(a.keys() | b.keys())
        if _differ(a.get(key, 0.0), b.get(key, 0.0))
    ]


def _differ(x: float, y: float) -> bool:
    if math.isfinite(x) and math.isfinite(y):
        return abs(x - y) > 0.005
    return str(x) != str(y)  # an overflowed sum is «inf» on both sides, or it changed


def diff_plans(
    old: Plan | None,
    new: Plan | None,
    old_label: str,
    new_label: str,
    problems: tuple[str, ...] = (),
) -> PlanDiff:
    """Compare two versions of a plan; either may be partial (items with errors left out)."""
    figures = []
    # the analysis is the costly part, and it can only change when what feeds it changes
    if _gap_inputs(old) != _gap_inputs(new):
        figures += _compare("gap", _gaps(old), _gaps(new))
    figures += _compare("cost", _costs(old), _costs(new))
    return PlanDiff(old_label, new_label, tuple(item_changes(old, new)), tuple(figures), problems)


def summary_line(d: PlanDiff) -> str:
    """«2 tiltak lagt til, 1 mål endret»: one line for `kplan log`."""
    by: dict[tuple[str, str], int] = defaultdict(int)
    for c in d.changes:
        by[(c.kind, c.section)] += 1
    verbs = {"added": "lagt til", "removed": "fjernet", "changed": "endret"}
    parts = [
        f"{n} {WORDS[section][0]} {verbs[kind]}"
        for (kind, section), n in sorted(by.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    ]
    return ", ".join(parts) if parts else "ingen endringer i planens innhold"


# --- printers ---------------------------------------------------------------------------------


def _figure_key(f: FigureChange) -> str:
    return " / ".join(k for k in f.key if k)


def diff_text(d: PlanDiff) -> str:
    # plan text and labels may hold control characters and newlines: each shows escaped, on
    # its own line
    lines = [f"Endringer fra {shown(d.old_label)} til {shown(d.new_label)}:"]
    sign = {"added": "+", "removed": "-", "changed": "~"}
    for c in d.changes:
        title = shown(" ".join(c.title.split()))
        lines.append(f"{sign[c.kind]} {WORDS[c.section][0]} {shown(c.id)}: {title}")
        lines.extend(
            f"    {shown(f.field)}: {shown(f.old) or '–'} → {shown(f.new) or '–'}" for f in c.fields
        )
    if not d.changes:
        lines.append("  ingen endringer i planens innhold")
    for measure, title in (
        ("gap", "Gap etter tiltak (enhet / år)"),
        ("cost", "Netto kostnad (år / strategi)"),
    ):
        rows = [f for f in d.figures if f.measure == measure]
        if rows:
            lines.append(f"{title}:")
            lines.extend(
                f"    {shown(_figure_key(f))}: {num(f.old)} → {num(f.new)} "
                f"({'+' if f.new >= f.old else '−'}{num(abs(f.new - f.old))})"
                for f in rows
            )
    lines.extend(f"Merk: {shown(p)}" for p in d.problems)
    n = d.counts()
    lines.append(f"{n['added']} lagt til, {n['removed']} fjernet, {n['changed']} endret.")
    return "\n".join(lines) + "\n"


def diff_md(d: PlanDiff) -> str:
    from kplan.present.labels import nok, number
    from kplan.present.markdown import md_cell, md_text

    out = [f"## Endringer i planen fra {md_cell(d.old_label)} til {md_cell(d.new_label)}\n"]
    for kind, title in (("added", "Nytt"), ("removed", "Fjernet"), ("changed", "Endret")):
        items = [c for c in d.changes if c.kind == kind]
        if not items:
            continue
        out.append(f"\n### {title}\n\n")
        if kind == "changed":
            out.append("| Hva | Id | Felt | Før | Nå |\n|---|---|---|---|---|\n")
            for c in items:
                for f in c.fields:
                    out.append(
                        f"| {WORDS[c.section][0]} | {md_cell(c.id)} | {md_cell(f.field)} | "
                        f"{md_cell(f.old or '–')} | {md_cell(f.new or '–')} |\n"
                    )
        else:
            out.append("| Hva | Id | Tittel |\n|---|---|---|\n")
            out.extend(
                f"| {WORDS[c.section][0]} | {md_cell(c.id)} | {md_cell(c.title)} |\n" for c in items
            )
    for measure, title, fmt in (
        ("gap", "Gap etter tiltak per enhet og år", number),
        ("cost", "Netto kostnad per budsjettår og strategi", nok),
    ):
        rows = [f for f in d.figures if f.measure == measure]
        if rows:
            out.append(f"\n### {title}\n\n| | Før | Nå | Endring |\n|---|---:|---:|---:|\n")
            out.extend(
                f"| {md_cell(_figure_key(f))} | {fmt(f.old)} | {fmt(f.new)} | {fmt(f.new - f.old)} |\n"
                for f in rows
            )
    if d.problems:
        out.append("\n" + "".join(f"- {md_text(p)}\n" for p in d.problems))
    if not d.changes:
        out.append("\nIngen endringer i planens innhold.\n")
    return "".join(out)


def diff_json(d: PlanDiff) -> str:
    doc = {
        "old": d.old_label,
        "new": d.new_label,
        "changes": [
            {
                "section": c.section,
                "id": c.id,
                "kind": c.kind,
                "title": c.title,
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
        "problems": list(d.problems),
        "counts": d.counts(),
    }
    from kplan.present.terminal import json_inert

    return json_inert(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


def _finite(value: float) -> float | None:
    """A figure for JSON: rounded, or null when it overflowed (JSON has no Infinity or NaN)."""
    return round(value, 2) if math.isfinite(value) else None
