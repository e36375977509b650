"""A name written where an id belongs: `arena: Felles fagdag` for the arena `fagdag`.

People know the plan's items by their names; the id is the short code the plan refers to them
by. A name usually has spaces, so it fails the id's form (K105) before any reference is
followed: this turns that error into the id to write, when the text is the name of an item of
the kind the field refers to (check/rules/references.py does the same for K202, through
`kplan.hints`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from kplan.diagnostics import DataPath, Finding
from kplan.hints import name_key
from kplan.plan.model import PartialPlan
from kplan.text import t

_KIND_OF_FIELD = {
    "unit": "units",
    "units": "units",
    "competence": "competences",
    "competences": "competences",
    "from_competence": "competences",
    "course": "competences",
    "role": "competences",
    "exempt": "competences",
    "arena": "arenas",
    "arenas": "arenas",
    "form": "forms",
    "driver": "drivers",
    "norm": "requirements",
}
"""The kind of item a reference field names (a unit's `parent` names a unit too)."""


def _named(items: Iterable[Any]) -> dict[str, str]:
    names: dict[str, str] = {}
    for item in items:
        get = item.get if isinstance(item, dict) else lambda k, i=item: getattr(i, k, None)
        ident, name = get("id"), get("name") or get("title")
        if isinstance(ident, str) and isinstance(name, str):
            names[ident] = name
    return names


def item_names(
    plan: PartialPlan, broken: dict[str, list[dict[str, Any]]], kind: str
) -> dict[str, str]:
    """The id and name (or title) of every item of `kind`, the broken ones too."""
    if kind == "arenas":
        items: list[Any] = list(plan.learning.arenas) if plan.learning else []
    elif kind == "forms":
        cc = plan.competence_concept
        items = [f for d in cc.dimensions for f in d.forms] if cc else []
    else:
        items = [*getattr(plan, kind, []), *broken.get(kind, [])]
    return _named(items)


def _kind(path: DataPath) -> str | None:
    fields = [p for p in path if isinstance(p, str)]
    if not fields or fields[-1] == "id":
        return None  # an item's own id: its name is no help
    if fields[-1] == "parent" and path[:1] == ("units",):
        return "units"
    return _KIND_OF_FIELD.get(fields[-1])


def name_hints(
    findings: list[Finding],
    id_errors: list[tuple[int, Any]],
    plan: PartialPlan | None,
    broken: dict[str, list[dict[str, Any]]],
) -> None:
    """Replace each id-form error (index into `findings`, value written) whose value is the
    name of an item of the kind its field refers to, by the id to write instead."""
    if not id_errors or plan is None:
        return
    tables: dict[str, dict[str, str]] = {}
    for index, value in id_errors:
        finding = findings[index]
        kind = _kind(finding.path)
        if kind is None:
            continue
        if kind not in tables:
            named = item_names(plan, broken, kind)
            # one lookup per error: a file may hold thousands of names where ids belong
            tables[kind] = {name_key(name): ident for ident, name in reversed(named.items())}
        ident = tables[kind].get(name_key(value)) if isinstance(value, str) else None
        if ident is not None:
            message = t("plan.k105.name_not_id", name=value, id=ident)
            findings[index] = dataclasses.replace(finding, message=message)
