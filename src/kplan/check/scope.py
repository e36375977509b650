"""Scope: the item a suppression's `item:` names, as the places in the files where it sits.

Checks report at a data path of the file an item came from (`("actions", 3, "needs")` in an
included file, a row of an inventory CSV); a scope is those files and item paths, so a finding
is silenced when it sits at the item or inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kplan.diagnostics import Finding
from kplan.plan.assemble import Assembled
from kplan.plan.model import HEAD_NAMES, SECTION_NAMES

_KEY = {"steps": "number", "inventory": "unit", "swot": "unit"}
"""What names an item of a section without ids: users number steps and think of inventory rows
and SWOT analyses by unit; every other section names its items by id."""

_WHOLE = ""
"""The file of a place that stands for a whole section, in whichever file it sits."""


@dataclass(frozen=True)
class Scope:
    """Where a scoped suppression applies."""

    places: frozenset[tuple[str, tuple[Any, ...]]]
    """(file, path of the item) per item named; (_WHOLE, (section,)) for a section alone."""

    def holds(self, finding: Finding) -> bool:
        """Whether the finding sits at one of the items or inside it."""
        return (_WHOLE, finding.path[:1]) in self.places or (
            finding.file,
            finding.path[:2],
        ) in self.places


def scope_of(asm: Assembled, item: str) -> Scope | None:
    """The places `item` («actions/tiltak-1», «steps/5», «inventory/skole», «organisation»)
    names in the plan as read; None when it names nothing."""
    section, _, key = item.partition("/")
    if section not in SECTION_NAMES and section not in HEAD_NAMES:
        return None
    if not key:
        return Scope(frozenset({(_WHOLE, (section,))}))
    items = getattr(asm.partial, section, None)
    if not isinstance(items, list):
        return None
    attr = _KEY.get(section, "id")
    places = set()
    for index, value in enumerate(items):
        name = getattr(value, attr, None)
        if name is not None and str(name) == key:
            if section in asm.origins:
                places.add(asm.where(section, index))
            else:  # a list of kplan.yaml's own, read from it alone
                places.add((asm.root, (section, index)))
    return Scope(frozenset(places)) if places else None
