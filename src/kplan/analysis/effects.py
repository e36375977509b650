"""The actions' effects as the supply uses them: who they add to (or move between) which
competence in which unit, with the årsverk they bring (`kplan.analysis.supply`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kplan.plan.model import Plan

HELD_BY_STAFF = frozenset({"kurs", "studiepoeng", "autorisasjon"})
"""Competence kinds an action gives existing staff; by default they add no persons."""


@dataclass(frozen=True, slots=True)
class EffectUse:
    action: str
    year: int
    competence: str
    unit: str
    persons: float
    fte: float
    hires: bool
    """The persons are new to the unit (recruitment), not existing staff gaining a competence."""


def effect_uses(
    plan: Plan, root: str | None, fte_per_person: Callable[[str, str], float]
) -> Iterator[tuple[str, EffectUse]]:
    """Each effect of the actions not cancelled, with the unit it goes to (its own, else its
    action's, else the top unit): a move is two uses, in and out. `fte_per_person(unit,
    competence)` is the unit's usual årsverk per person in the competence."""
    kinds = {c.id: c.kind for c in plan.competences}
    for action in plan.actions:
        if action.status == "avlyst":
            continue
        for e in action.effects:
            target = e.unit or action.unit or root
            if target is None:
                continue
            hires = e.hires
            if hires is None:
                hires = not e.from_competence and kinds.get(e.competence) not in HELD_BY_STAFF
            # those who move take their own årsverk: the source competence's per person
            per = fte_per_person(target, e.from_competence or e.competence)
            fte = e.fte if e.fte is not None else e.count * per
            yield target, EffectUse(action.id, e.year, e.competence, target, e.count, fte, hires)
            if e.from_competence:
                yield (
                    target,
                    EffectUse(action.id, e.year, e.from_competence, target, -e.count, -fte, False),
                )
