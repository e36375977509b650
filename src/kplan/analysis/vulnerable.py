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
            # only these kinds have a role (a pydantic model's getattr of a field it lacks is slow)
            role = req.role if req.kind in ("qualification", "course") else None
            for c in _named(req):
                if (unit, c) not in found and not _holds(supply, unit, c, role):
                    found[(unit, c)] = 0
    return tuple(
        Vulnerable(unit, c, float(persons))
        for (unit, c), persons in sorted(found.items())
        if keep is None or unit in keep
    )


def _holds(supply: Supply, unit: str, competence: str, role: str | None) -> bool:
    """Anyone in the unit (or below) holds the competence, counted alone or within the role."""
    roles = (None,) if role is None else (None, role)
    return any(supply.base(unit, competence, r, SNAPSHOT).persons > 0 for r in roles)


def _named(req: Any) -> list[str]:
    """The competences a requirement names for its units: each one nobody there holds is
    listed, as a row of 0 persons would be (whether the export has that row or leaves it out),
    even where another competence the requirement accepts is held. The role a qualification
    is for is who must qualify, not a competence asked for."""
    if req.kind in ("ratio", "share", "count"):
        return list(req.competences)
    if req.kind == "qualification":
        return [c for path in req.paths for c in path]
    if req.kind == "course":
        return [req.course]
    return []
