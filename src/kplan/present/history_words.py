"""Words for `kplan diff` and `kplan log`: a field's path named with the labels of the rendered
document, a value formatted as the document formats it (kroner, dates, choices in Norwegian), and
a long text shown by the words that changed.

A field the model gains later, with no label here yet, is named by its English key: the diff
still shows it, and tests/test_diff_walk.py asks for a label for every field.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.diff_walk import FieldChange, Key, PathPart
from kplan.present.fmt import kr, nok, number, plain
from kplan.present.history_labels import HISTORY_LABELS
from kplan.present.labels import LANGS, Labels


def word(t: Labels, key: str, **values: object) -> str:
    """A label from the one table, or from HISTORY_LABELS until that is merged into it."""
    try:
        return t(key, **values)
    except KeyError:
        return HISTORY_LABELS[key][LANGS.index(t.lang)].format(**values)


FIELD_LABELS: dict[str, str] = {
    # the plan's facts
    "plan.owner": "owner",
    "plan.title": "history.field.title",
    "kommune": "kommune",
    "kommune.number": "history.field.kommune_number",
    "former_numbers": "former_numbers",
    "coat_of_arms": "history.field.coat_of_arms",
    "scope": "scope",
    "period": "actions.col.period",
    "status": "status",
    "language": "history.field.language",
    "version": "version",
    "purpose": "purpose",
    "background": "history.field.background",
    "revision": "history.field.revision",
    "every_years": "history.field.every_years",
    "actions_every_years": "history.field.actions_every_years",
    "next": "history.field.next",
    "reporting": "history.field.reporting",
    "frequency": "history.field.frequency",
    "channel": "history.field.channel",
    "model": "method",
    # decisions
    "body": "body",
    "date": "date",
    "case_number": "case",
    "summary": "summary",
    "follow_up": "follow_up",
    "due": "history.field.due",
    "git_tag": "history.field.git_tag",
    # organisation
    "owner": "project_owner",
    "steering_group": "steering_group",
    "working_group": "working_group",
    "members": "history.field.members",
    "role": "role",
    "represents": "represents",
    "union": "history.field.union",
    "user_councils": "user_councils",
    "mandate": "mandate",
    "responsibilities": "responsibilities",
    "duties": "history.field.duties",
    "target_group": "target_group",
    "notes": "content.notes",
    # steps
    "steps.number": "step",
    "responsible": "responsible",
    "what": "what",
    "deliverable": "content.deliverable",
    "deadline": "deadline",
    "done": "content.done",
    # anchoring and goals
    "values": "values",
    "ambition": "ambition",
    "economy_plan_years": "history.field.economy_plan_years",
    "knowledge_base": "history.field.knowledge_base",
    "kind": "kind",
    "source": "source",
    "source.kind": "source_kind",
    "reference": "reference",
    "url": "history.field.url",
    "parent": "parent",
    "parents": "content.serves",
    "sdgs": "content.sdgs",
    "indicator": "indicator",
    "baseline": "history.field.baseline",
    "target": "target",
    "target_year": "history.field.target_year",
    "main": "main_strategy",
    "goals": "goals_col",
    # competence concept and learning
    "definition": "definition",
    "definition_source": "history.field.definition_source",
    "formal_and_real": "history.field.formal_and_real",
    "dimensions": "history.field.dimensions",
    "meaning": "about",
    "forms": "forms",
    "ten_factor": "ten_factor",
    "number": "history.field.number",
    "principles": "history.field.principles",
    "model_70_20_10": "model_share",
    "own_work": "history.field.own_work",
    "others": "history.field.others",
    "formal": "history.field.formal",
    "arenas": "history.field.arenas",
    "form": "learning_form",
    # units and competences
    "level": "level",
    "leader": "leader",
    "subject": "subject",
    "credits": "credits",
    "competences.form": "study_form",
    "renew_years": "renew_years",
    # requirements
    "units": "units",
    "applies_from": "applies_from",
    "basis": "basis",
    "rounding": "rounding",
    "need_type": "need_type",
    "competences": "competences",
    "terms": "ratio_terms",
    "driver": "history.field.driver",
    "per": "history.field.per",
    "of": "history.field.share_of",
    "min_percent": "min_percent",
    "max_percent": "max_percent",
    "minimum": "minimum",
    "agreed": "agreed",
    "met_by": "met_by",
    "paths": "paths",
    "exemptions": "exemptions",
    "exempt": "exempt",
    "exempt_until": "exempt_until",
    "course": "course",
    "min_position_percent": "min_position",
    "full_time_share_percent": "full_time_share",
    "min_average_position_percent": "min_average_position",
    "applies_to": "applies_to",
    "rule": "rule",
    # inventory (per unit and date) and drivers
    "persons": "persons",
    "fte": "fte",
    "inventory.competences": "history.field.held",
    "rows_changed": "history.field.rows_changed",
    "age_bands": "age_bands",
    "fte_by_age": "fte_by_age",
    "position_sizes": "position_sizes",
    "unused": "unused",
    "segment": "segment",
    "drivers.values": "history.field.driver_values",
    "scenarios": "history.field.scenarios",
    "publisher": "history.field.publisher",
    "table": "history.field.table",
    "alternative": "history.field.alternative",
    "vintage": "history.field.vintage",
    # staffing and needs
    "demand": "history.field.demand_terms",
    "norm": "history.field.norm",
    "weight": "history.field.weight",
    "coverage_percent": "history.field.coverage_percent",
    "label": "label",
    "description": "description",
    "type": "need_type",
    "requirements": "requirements",
    "priority": "priority",
    "strengths": "strengths",
    "weaknesses": "weaknesses",
    "opportunities": "opportunities",
    "threats": "threats",
    # actions
    "needs": "actions.col.need",
    "unit": "unit",
    "strategies": "actions.col.strategies",
    "strategy": "actions.col.strategy",
    "learning_form": "learning_form",
    "arena": "actions.col.arena",
    "actions.arenas": "actions.col.arena",
    "provider": "actions.col.provider",
    "actions.scope": "actions.col.scope",
    "start": "history.field.start",
    "end": "history.field.end",
    "continuous": "history.field.continuous",
    "count": "actions.col.count",
    "cost": "actions.col.cost",
    "amount": "history.field.amount",
    "cost.per": "history.field.cost_per",
    "occasions": "history.field.occasions",
    "budget_year": "history.field.budget_year",
    "yearly": "history.field.yearly",
    "spread": "history.field.spread",
    "no_amount": "history.field.no_amount",
    "spent": "history.field.spent",
    "funding": "history.field.funding",
    "grant": "grants",
    "note": "actions.col.notes",
    "actions.notes": "actions.col.notes",
    "effects": "actions.effects",
    "competence": "competence",
    "effects.count": "actions.eff.count",
    "effects.fte": "actions.eff.fte",
    "year": "actions.eff.year",
    "from_competence": "actions.eff.from",
    "hires": "actions.eff.hires",
    "actions.evaluation": "action_evaluation",
    "method": "method",
    "result": "result",
    "example": "history.field.example",
    # evaluation, analysis settings, free sections
    "kirkpatrick": "kirkpatrick",
    "question": "question",
    "methods": "history.field.methods",
    "who": "who",
    "when": "when",
    "retirement_age": "history.field.retirement_age",
    "unit_retirement_age": "history.field.unit_retirement_age",
    "turnover_percent": "history.field.turnover_percent",
    "inventory_max_age_months": "history.field.inventory_max_age_months",
    "inventory_files": "history.field.inventory_files",
    "driver_files": "history.field.driver_files",
    "items": "history.field.items",
    "sections": "history.field.sections",
    "code": "history.field.code",
    "reason": "history.field.reason",
    "item": "item",
    "columns": "history.field.columns",
    "group_by": "history.field.group_by",
    "chapter": "history.field.chapter",
    "blocks": "history.field.blocks",
    "bullets": "history.field.bullets",
    "header": "history.field.header",
    "rows": "history.field.rows",
    "term": "content.term",
    "glossary.definition": "content.definition",
    # every model has these
    "id": "history.field.id",
    "title": "history.field.title",
    "text": "history.field.text",
    "name": "history.field.name",
    "illustrative": "history.field.illustrative",
}
"""A field's label key, by `parent.field` where the parent (the field above it, or the
section) changes its meaning, else by the field's own name."""


def field_key(section: str, path: Sequence[PathPart], at: int) -> str | None:
    """The label key of the field at `path[at]`, in its context; None when there is none."""
    name = path[at]
    assert isinstance(name, str)
    parent = next((p for p in reversed(path[:at]) if isinstance(p, str)), section)
    return FIELD_LABELS.get(f"{parent}.{name}") or FIELD_LABELS.get(str(name))


def field_words(section: str, f: FieldChange, t: Labels) -> str:
    """«Arbeidsgruppe › Medlemmer › HR-rådgiver › Part», «Økonomi › Beløp»."""
    parts = f.parts
    words = []
    for i, part in enumerate(parts):
        if isinstance(part, Key):
            words.append(
                word(t, "history.position", n=part.value) if part.position else str(part.value)
            )
            continue
        key = field_key(section, parts, i)
        words.append(word(t, key) if key else part.replace("_", " "))
    return " › ".join(words)


# --- values ------------------------------------------------------------------------------------

_WHEN = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
_MONEY = frozenset({"amount", "spent"})


def _choice(value: str, t: Labels) -> str:
    """A choice from the model (status, kind...) in the reader's language, as the document has
    it; anything else as written."""
    worded = t.value(value)
    if worded != value:
        return worded
    for key in (f"value_{value}", f"content.source_kind.{value}", f"content.frequency.{value}"):
        try:
            return t[key]
        except KeyError:
            continue
    return value


def value_words(f: FieldChange, value: Any, t: Labels, *, doc: bool = False) -> str:
    """A value as the document writes it; «–» for none. `doc`: for a document (Markdown), with
    no-break spaces in figures; else for a terminal."""
    names = {p for p in f.parts if isinstance(p, str)}
    return _words(value, t, money=bool(names & _MONEY), doc=doc)


def _figure(value: float, *, money: bool, doc: bool) -> str:
    if money:
        return nok(value) if doc else kr(value)
    if float(value).is_integer() and abs(value) < 10_000:
        return str(int(value))  # a year, a step, a count: 2025, not 2 025
    return number(value) if doc else plain(value)


def _words(value: Any, t: Labels, *, money: bool = False, doc: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return word(t, "yes") if value else word(t, "history.no")
    if isinstance(value, int | float):
        return _figure(value, money=money, doc=doc)
    if isinstance(value, dt.date):
        return t.date(value)
    if isinstance(value, tuple):
        inner = (
            f"({_words(v, t, doc=doc)})"
            if isinstance(v, tuple)
            else _words(v, t, money=money, doc=doc)
            for v in value
        )
        return ", ".join(inner)
    text = str(value)
    if _WHEN.match(text):
        try:
            return t.when(text)
        except ValueError:
            return text
    return _choice(text, t)


# --- long texts: the words that changed --------------------------------------------------------

LONG = 60
"""A text longer than this shows the words that changed, not the whole text twice."""
CONTEXT = 4
"""Words kept on each side of a change."""


def is_long(f: FieldChange) -> bool:
    return (
        isinstance(f.old, str)
        and isinstance(f.new, str)
        and max(len(f.old), len(f.new)) > LONG
        and not _WHEN.match(f.old)
    )


def word_diff(
    old: str,
    new: str,
    mark: tuple[str, str, str, str] = ("[-", "-]", "{+", "+}"),
    *,
    side: str = "both",
    esc: Callable[[str], str] = str,
) -> str:
    """The words that changed, each run marked (`mark`: before and after a removed run, before
    and after an added one), with a few words around them and «…» for what is left out.
    `side`: "old" shows only what was removed, "new" only what was added, "both" both."""
    a, b = old.split(), new.split()
    out: list[str] = []
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            same = [esc(w) for w in a[i1:i2]]
            first, last = n == 0, n == len(ops) - 1
            room = (0 if first else CONTEXT) + (0 if last else CONTEXT)
            if len(same) <= room:
                out.extend(same)
            else:
                out.extend([] if first else same[:CONTEXT])
                out.append("…")
                out.extend([] if last else same[-CONTEXT:])
            continue
        if i2 > i1 and side != "new":
            out.append(f"{mark[0]}{' '.join(esc(w) for w in a[i1:i2])}{mark[1]}")
        if j2 > j1 and side != "old":
            out.append(f"{mark[2]}{' '.join(esc(w) for w in b[j1:j2])}{mark[3]}")
    return " ".join(out)
