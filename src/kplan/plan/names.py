"""A name written where an id belongs: `arena: Felles fagdag` for the arena `fagdag`.

People know the plan's items by their names; the id is the short code the plan refers to them
by. A name usually has spaces, so it fails the id's form (K105) before any reference is
followed: this turns that error into the id to write, when the text is some item's name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from kplan.diagnostics import Finding
from kplan.hints import id_named
from kplan.plan.model import SECTION_NAMES, PartialPlan
from kplan.text import t


def _named(items: Iterable[Any]) -> Iterable[tuple[str, str]]:
    for item in items:
        get = item.get if isinstance(item, dict) else lambda k, i=item: getattr(i, k, None)
        ident, name = get("id"), get("name") or get("title")
        if isinstance(ident, str) and isinstance(name, str):
            yield ident, name


def item_names(plan: PartialPlan, broken: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Every item's id and name (or title): sections, learning arenas, competence forms, and
    the items left out as broken (their ids still count)."""
    names: dict[str, str] = {}
    for section in SECTION_NAMES:
        names.update(_named(getattr(plan, section, None) or []))
    for items in broken.values():
        names.update(_named(items))
    if plan.learning is not None:
        names.update(_named(plan.learning.arenas))
    if plan.competence_concept is not None:
        for dimension in plan.competence_concept.dimensions:
            names.update(_named(dimension.forms))
    return names


def name_hints(
    findings: list[Finding],
    id_errors: list[tuple[int, Any]],
    plan: PartialPlan | None,
    broken: dict[str, list[dict[str, Any]]],
) -> None:
    """Replace each id-form error (index into `findings`, value written) whose value is an
    item's name, by the id to write instead."""
    if not id_errors or plan is None:
        return
    names = item_names(plan, broken)
    for index, value in id_errors:
        finding = findings[index]
        if finding.path[-1:] == ("id",):
            continue  # an item's own id: its name is no help
        ident = id_named(value, names)
        if ident is not None:
            message = t("plan.k105.name_not_id", name=value, id=ident)
            findings[index] = dataclasses.replace(finding, message=message)
