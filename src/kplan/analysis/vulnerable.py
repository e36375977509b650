"""Vulnerable competence: held by at most one person in a unit, or required there and held by
nobody. A unit with no inventory at all is unknown («ukjent»), never vulnerable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kplan.analysis.supply import Supply

if TYPE_CHECKING:
    from kplan.analysis.gap import GapAnalysis

SNAPSHOT = 0
"""A year before every snapshot: supply «in» it is each row as counted, not projected."""


@dataclass(frozen=True)
class Vulnerable:
    unit: str
    competence: str
    persons: float


def vulnerable_competence(analysis: GapAnalysis, keep: set[str] | None) -> tuple[Vulnerable, ...]:
    """Competence held by at most one person in a unit (its newest inventory row), and a
    competence a requirement names for a unit that nobody there holds: 0 persons. A unit with
    no inventory is unknown, not vulnerable."""
    supply = analysis.supply
    found = {
        (k[0], k[1]): row.persons
        for k, row in supply.rows.items()
        if k[1] is not None and k[2] is None and row.persons <= 1
    }
    for req in analysis.plan.requirements:
        for unit in req.units:
            if not analysis.has_inventory(unit):
                continue
            for group, role in _named(req):
                held = {c: _holds(supply, unit, c, role) for path in group for c in path}
                if not any(all(held[c] for c in path) for path in group):
                    for c in (c for c, yes in held.items() if not yes):
                        found.setdefault((unit, c), 0)
    return tuple(
        Vulnerable(unit, c, float(persons))
        for (unit, c), persons in sorted(found.items())
        if keep is None or unit in keep
    )


def _holds(supply: Supply, unit: str, competence: str, role: str | None) -> bool:
    """Anyone in the unit (or below) holds the competence, counted alone or within the role."""
    roles = (None,) if role is None else (None, role)
    return any(supply.base(unit, competence, r, SNAPSHOT).persons > 0 for r in roles)


def _named(req: Any) -> list[tuple[list[list[str]], str | None]]:
    """What a requirement asks a unit to hold: groups of alternative paths, each path the
    competences that together meet it, and the role holders are counted in. A group nobody in the unit meets by any path makes each
    competence of it nobody holds vulnerable; one alternative missing while another is held
    does not."""
    if req.kind in ("ratio", "share", "count"):
        return [([[c] for c in req.competences], None)]
    if req.kind == "qualification":
        return [([list(path) for path in req.paths], req.role)]
    if req.kind == "course":
        return [([[req.course]], req.role)]
    return []
