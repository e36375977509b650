"""Supply: what the units will have, year by year, before and after the planned actions.

Inventory is kept as aggregates per unit, competence and role. A unit's supply includes the
units below it, so put each row at the lowest level it belongs to. Each year the snapshot loses:
- retirements: from the age bands, everyone ages a year a year; a person retires in the first
  year they are at or over the retirement age (ages are spread evenly within a band; an open
  band «60+» spans five years, 60-64);
- turnover: a yearly share the plan sets, compounded, of those who have not retired.
Årsverk follow persons in proportion. Actions add (or move) persons through their effects from
the effect's year on; those they add leave at the same turnover rate (they are assumed to be far
from retirement). An effect dated before the year of the snapshot it would add to is taken to
be in the snapshot already, and is not counted again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kplan.model import Analysis, InventoryRow, Plan, band_bounds

Key = tuple[str, str | None, str | None]  # unit, competence (None: total staff), role
HELD_BY_STAFF = frozenset({"kurs", "studiepoeng", "autorisasjon"})
"""Competence kinds an action gives existing staff; by default they add no persons."""


@dataclass(frozen=True)
class Amount:
    persons: float
    fte: float

    def of(self, basis: str) -> float:
        return self.persons if basis == "personer" else self.fte

    def __add__(self, other: Amount) -> Amount:
        return Amount(self.persons + other.persons, self.fte + other.fte)


ZERO = Amount(0.0, 0.0)


@dataclass(frozen=True)
class EffectUse:
    action: str
    year: int
    competence: str
    unit: str
    persons: float
    fte: float
    hires: bool
    """The persons are new to the unit (recruitment), not existing staff gaining a competence."""


def retired_share(row: InventoryRow, years_on: int, retirement_age: int) -> float:
    """Share of the row's persons retired `years_on` years after the snapshot."""
    if years_on <= 0 or not row.age_bands or row.persons == 0:
        return 0.0
    gone = 0.0
    for band, count in row.age_bands.items():
        low, high = band_bounds(band)
        if band.endswith("+"):
            high = low + 4
        threshold = retirement_age - years_on  # ages at snapshot that have retired by now
        if threshold <= low:
            gone += count
        elif threshold <= high:
            gone += count * (high - threshold + 1) / (high - low + 1)
    return min(1.0, gone / row.persons)


class Supply:
    """Projected supply per unit, competence and role, with caching for large plans."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.settings = plan.analysis or Analysis()
        self.children: dict[str, list[str]] = defaultdict(list)
        for u in plan.units:
            if u.parent:
                self.children[u.parent].append(u.id)
        roots = [u.id for u in plan.units if not u.parent]
        self.root = roots[0] if roots else None
        # the newest snapshot of each unit, competence and role is the inventory
        latest: dict[Key, InventoryRow] = {}
        for row in plan.inventory:
            key = (row.unit, row.competence, row.role)
            if key not in latest or row.date > latest[key].date:
                latest[key] = row
        self.rows = latest
        self.effects: dict[tuple[str, str], list[EffectUse]] = defaultdict(list)
        self.absorbed: list[EffectUse] = []
        """Effects dated before the snapshot they would add to: already in the inventory."""
        kinds = {c.id: c.kind for c in plan.competences}
        for action in plan.actions:
            if action.status == "avlyst":
                continue
            for e in action.effects:
                target = e.unit or action.unit or self.root
                if target is None:
                    continue
                hires = e.hires
                if hires is None:
                    hires = not e.from_competence and kinds.get(e.competence) not in HELD_BY_STAFF
                fte = (
                    e.fte
                    if e.fte is not None
                    else e.count * self._fte_per_person(target, e.competence)
                )
                uses = [EffectUse(action.id, e.year, e.competence, target, e.count, fte, hires)]
                if e.from_competence:
                    per = self._fte_per_person(target, e.from_competence)
                    uses.append(
                        EffectUse(
                            action.id,
                            e.year,
                            e.from_competence,
                            target,
                            -e.count,
                            -e.count * per if e.fte is None else -e.fte,
                            False,
                        )
                    )
                for use in uses:
                    snap = self.rows.get((target, use.competence, None))
                    if snap is not None and use.year < snap.date.year:
                        self.absorbed.append(use)
                    else:
                        self.effects[(target, use.competence)].append(use)
        self.effects_by_unit: dict[str, list[EffectUse]] = defaultdict(list)
        for (where, _), uses in self.effects.items():
            self.effects_by_unit[where].extend(uses)

    def _fte_per_person(self, unit: str, competence: str) -> float:
        row = self.rows.get((unit, competence, None))
        return row.fte / row.persons if row and row.persons else 1.0

    def retirement_age(self, unit: str) -> int:
        return self.settings.unit_retirement_age.get(unit, self.settings.retirement_age)

    @cache  # noqa: B019 - one Supply per analysis; the cache dies with it
    def units_under(self, unit: str) -> tuple[str, ...]:
        found: list[str] = []
        todo = [unit]
        while todo:  # a walk, not recursion: a plan read with errors may have parent loops
            u = todo.pop()
            if u not in found:
                found.append(u)
                todo.extend(reversed(self.children.get(u, [])))
        return tuple(found)

    def project(self, row: InventoryRow, year: int) -> Amount:
        years_on = year - row.date.year
        if years_on <= 0:
            return Amount(float(row.persons), row.fte)
        stay = 1.0 - retired_share(row, years_on, self.retirement_age(row.unit))
        stay *= (1.0 - self.settings.turnover_percent / 100.0) ** years_on
        return Amount(row.persons * stay, row.fte * stay)

    @cache  # noqa: B019
    def base(self, unit: str, competence: str | None, role: str | None, year: int) -> Amount:
        """Supply without actions, summed over the unit and the units below it."""
        total = ZERO
        for u in self.units_under(unit):
            row = self.rows.get((u, competence, role))
            if row is None and role is not None:
                continue
            if row is not None:
                total = total + self.project(row, year)
        return total

    def rows_used(self, unit: str, competence: str | None, role: str | None) -> list[InventoryRow]:
        return [
            r
            for u in self.units_under(unit)
            if (r := self.rows.get((u, competence, role))) is not None
        ]

    def _kept(self, e: EffectUse, year: int) -> Amount:
        stay = (1.0 - self.settings.turnover_percent / 100.0) ** (year - e.year)
        return Amount(e.persons * stay, e.fte * stay)

    def planned(self, unit: str, competence: str, year: int) -> tuple[Amount, list[EffectUse]]:
        """What actions add to a competence in the unit (and below) up to `year`."""
        total, used = ZERO, []
        for u in self.units_under(unit):
            for e in self.effects.get((u, competence), ()):
                if e.year <= year:
                    total = total + self._kept(e, year)
                    used.append(e)
        return total, used

    @cache  # noqa: B019
    def new_staff(self, unit: str, year: int) -> Amount:
        """Persons actions add to the unit's total: hires, not moves or courses for staff."""
        total = ZERO
        for u in self.units_under(unit):
            for e in self.effects_by_unit.get(u, ()):
                if e.year <= year and e.hires:
                    total = total + self._kept(e, year)
        return total

    def snapshot_dates(self) -> list[dt.date]:
        return sorted({r.date for r in self.rows.values()})
