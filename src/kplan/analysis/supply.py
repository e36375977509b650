"""Supply: what the units will have, year by year, before and after the planned actions.

Inventory is kept as aggregates per unit, competence and role. A unit's supply includes the
units below it, so put each row at the lowest level it belongs to. Each year the snapshot loses:
- retirements: from the age bands, everyone ages a year a year; a person retires in the first
  year they are at or over the retirement age (ages are spread evenly within a band; an open
  band «60+» spans five years, 60-64);
- turnover: a yearly share the plan sets, compounded, of those who have not retired.
Those who retire take their own årsverk when the row gives årsverk per age band (`fte_by_age`);
otherwise årsverk follow persons in proportion. Actions add (or move) persons through their
effects from the effect's year on, each person with the unit's usual årsverk in the competence
(over the unit and the units below it) unless the effect gives `fte`; a move from one competence
to another takes the årsverk per person of the competence moved from to both sides, so it never
creates or destroys årsverk; those they add leave at the same turnover rate (they are assumed to be far
from retirement). An effect dated before the year of the snapshot it would add to is taken to
be in the snapshot already, and is not counted again.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kplan.plan.model import Analysis, InventoryRow, Plan, band_bounds

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


def _band_retired(band: str, years_on: int, retirement_age: int) -> float:
    """Share of a band that has reached the retirement age `years_on` years after the snapshot."""
    if years_on <= 0:
        return 0.0
    low, high = band_bounds(band)
    if band.endswith("+"):
        high = low + 4
    threshold = retirement_age - years_on  # ages at snapshot that have retired by now
    if threshold <= low:
        return 1.0
    if threshold <= high:
        return (high - threshold + 1) / (high - low + 1)
    return 0.0


def retired(row: InventoryRow, years_on: int, retirement_age: int) -> Amount:
    """The persons and årsverk of the row retired `years_on` years after the snapshot, before
    turnover: årsverk from `fte_by_age` when the row gives it, else the row's average."""
    if years_on <= 0:
        return ZERO
    persons = 0.0
    for band, count in row.age_bands.items():
        if count:
            persons += count * _band_retired(band, years_on, retirement_age)
    persons = min(float(row.persons), persons)
    if not row.fte_by_age:
        return Amount(persons, row.fte * persons / row.persons if row.persons else 0.0)
    fte = 0.0
    for band, value in row.fte_by_age.items():
        if value:
            fte += value * _band_retired(band, years_on, retirement_age)
    return Amount(persons, min(row.fte, fte))


def _sum(amounts: Iterable[Amount]) -> Amount:
    total = ZERO
    for a in amounts:
        total = total + a
    return total


class Tree:
    """The units in depth-first order, so that the units under one form a contiguous span:
    sums and look-ups over a subtree cost a binary search, not a walk, however deep the tree."""

    def __init__(self, order: dict[str, int], last: dict[str, int]) -> None:
        self.order = order
        self.last = last
        """The place of the last unit under each unit."""

    def span(self, unit: str) -> tuple[int, int] | None:
        first = self.order.get(unit)
        return None if first is None else (first, self.last[unit])

    @staticmethod
    def build(plan: Plan, children: dict[str, list[str]]) -> Tree | None:
        """None when the units are not a forest (a parent loop, or one id under two parents:
        a plan read with errors); the slower walk then gives the same figures."""
        parent: dict[str, str | None] = {}
        for u in plan.units:
            if parent.setdefault(u.id, u.parent) != u.parent:
                return None
        nodes = list(dict.fromkeys([*parent, *(p for p in parent.values() if p)]))
        order: dict[str, int] = {}
        last: dict[str, int] = {}
        for root in (n for n in nodes if parent.get(n) is None):
            todo: list[tuple[str, bool]] = [(root, False)]
            while todo:
                node, leaving = todo.pop()
                if leaving:
                    last[node] = len(order) - 1
                    continue
                if node in order:
                    continue
                order[node] = len(order)
                todo.append((node, True))
                todo.extend((c, False) for c in reversed(children.get(node, [])))
        return Tree(order, last) if len(order) == len(nodes) else None


T = TypeVar("T")


class Placed(Generic[T]):
    """Items kept per unit and, when the units form a tree, in tree order: the items under a
    unit are then one slice, found by binary search."""

    def __init__(self, tree: Tree | None, by_unit: dict[str, list[T]]) -> None:
        self.tree = tree
        self.by_unit = by_unit
        self.keys: list[int] = []
        self.items: list[T] = []
        if tree is not None:
            for place, unit in sorted((tree.order[u], u) for u in by_unit if u in tree.order):
                for item in by_unit[unit]:
                    self.keys.append(place)
                    self.items.append(item)

    def bounds(self, unit: str) -> tuple[int, int] | None:
        """The slice of `items` under the unit; None when there is no tree to slice."""
        span = self.tree.span(unit) if self.tree is not None else None
        if span is None:
            return None
        return bisect.bisect_left(self.keys, span[0]), bisect.bisect_right(self.keys, span[1])

    def under(self, unit: str, walk: tuple[str, ...] | None = None) -> list[T]:
        """The items of the unit and the units below it (`walk` lists those without a tree)."""
        at = self.bounds(unit)
        if at is not None:
            return self.items[at[0] : at[1]]
        if self.tree is not None or walk is None:
            return list(self.by_unit.get(unit, ()))  # a unit outside the tree has none below
        return [item for u in walk for item in self.by_unit.get(u, ())]


class Supply:
    """Projected supply per unit, competence and role, with caching for large plans."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.settings = plan.analysis or Analysis()
        self.children: dict[str, list[str]] = defaultdict(list)
        for u in plan.units:
            if u.parent:
                self.children[u.parent].append(u.id)
        self._parent = {u.id: u.parent for u in plan.units if u.parent}
        self._ages: dict[str, int] = {}
        roots = [u.id for u in plan.units if not u.parent]
        self.root = roots[0] if roots else None
        # the newest snapshot of each unit, competence and role is the inventory
        latest: dict[Key, InventoryRow] = {}
        for row in plan.inventory:
            key = (row.unit, row.competence, row.role)
            if key not in latest or row.date > latest[key].date:
                latest[key] = row
        self.rows = latest
        self.tree = Tree.build(plan, self.children)
        by_key: dict[tuple[str | None, str | None], dict[str, list[InventoryRow]]] = defaultdict(
            dict
        )
        for (where, comp, role), row in self.rows.items():
            by_key[(comp, role)][where] = [row]
        self._rows = {k: Placed(self.tree, d) for k, d in by_key.items()}
        by_unit: dict[str, list[InventoryRow]] = defaultdict(list)
        for (where, _, _), row in self.rows.items():
            by_unit[where].append(row)
        self._all = Placed(self.tree, by_unit)
        # Look-ups an analysis repeats thousands of times, kept on the instance so they go with
        # it (functools.cache on a method would keep every Supply alive: ruff B019).
        self._under: dict[str, tuple[str, ...]] = {}
        self._base: dict[tuple[str, str | None, str | None, int], Amount] = {}
        self._sums: dict[tuple[str | None, str | None, int], list[Amount]] = {}
        self._new_staff: dict[tuple[str, int], Amount] = {}
        self._gone: dict[tuple[int, int], tuple[InventoryRow, Amount]] = {}
        self._per_person: dict[tuple[str, str], float] = {}
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
                # those who move take their own årsverk: the source competence's per person
                per = self._fte_per_person(target, e.from_competence or e.competence)
                fte = e.fte if e.fte is not None else e.count * per
                uses = [EffectUse(action.id, e.year, e.competence, target, e.count, fte, hires)]
                if e.from_competence:
                    uses.append(
                        EffectUse(
                            action.id, e.year, e.from_competence, target, -e.count, -fte, False
                        )
                    )
                for use in uses:
                    snap = self.rows.get((target, use.competence, None))
                    if snap is not None and use.year < snap.date.year:
                        self.absorbed.append(use)
                    else:
                        self.effects[(target, use.competence)].append(use)
        self.effects_by_unit: dict[str, list[EffectUse]] = defaultdict(list)
        by_competence: dict[str, dict[str, list[EffectUse]]] = defaultdict(dict)
        for (where, competence), uses in self.effects.items():
            self.effects_by_unit[where].extend(uses)
            by_competence[competence][where] = uses
        self._hires = Placed(self.tree, self.effects_by_unit)
        self._effects = {c: Placed(self.tree, d) for c, d in by_competence.items()}

    def _fte_per_person(self, unit: str, competence: str) -> float:
        """The unit's usual årsverk per person in the competence, over its rows and those of
        the units below it (as counted); 1 when it has none."""
        key = (unit, competence)
        known = self._per_person.get(key)
        if known is None:
            placed = self._rows.get((competence, None))
            rows = placed.under(unit, self._walk(unit)) if placed is not None else []
            persons = sum(r.persons for r in rows)
            known = self._per_person[key] = sum(r.fte for r in rows) / persons if persons else 1.0
        return known

    def retirement_age(self, unit: str) -> int:
        """The unit's own `unit_retirement_age`, else the nearest unit above it that has one,
        else the plan's `retirement_age`: an age set for a sector holds for its units."""
        known = self._ages.get(unit)
        if known is not None:
            return known
        own = self.settings.unit_retirement_age
        walked: list[str] = []
        seen: set[str] = set()
        current: str | None = unit
        age = self.settings.retirement_age
        while current is not None and current not in seen:  # a parent loop ends the walk
            if current in self._ages:
                age = self._ages[current]
                break
            if current in own:
                age = own[current]
                break
            walked.append(current)
            seen.add(current)
            current = self._parent.get(current)
        for u in walked:
            self._ages[u] = age
        return age

    def units_under(self, unit: str) -> tuple[str, ...]:
        """The unit and every unit below it, depth first."""
        known = self._under.get(unit)
        if known is not None:
            return known
        found: list[str] = []
        seen: set[str] = set()
        todo = [unit]
        while todo:  # a walk, not recursion: a plan read with errors may have parent loops
            u = todo.pop()
            if u not in seen:
                seen.add(u)
                found.append(u)
                todo.extend(reversed(self.children.get(u, [])))
        under = self._under[unit] = tuple(found)
        return under

    def _walk(self, unit: str) -> tuple[str, ...] | None:
        """The units under `unit` when there is no tree to slice (a plan read with errors)."""
        return self.units_under(unit) if self.tree is None else None

    def project(self, row: InventoryRow, year: int) -> Amount:
        """The row in `year` without recruitment: less those retired, then less turnover,
        compounded, of those who are left."""
        years_on = year - row.date.year
        if years_on <= 0:
            return Amount(float(row.persons), row.fte)
        gone = self._retired(row, years_on)
        stay = (1.0 - self.settings.turnover_percent / 100.0) ** years_on
        return Amount((row.persons - gone.persons) * stay, (row.fte - gone.fte) * stay)

    def retiring(self, row: InventoryRow, year: int) -> Amount:
        """The persons and årsverk of the snapshot row that reach the retirement age in `year`
        (that year only, not those before; before turnover)."""
        years_on = year - row.date.year
        if years_on <= 0:
            return ZERO
        now, before = self._retired(row, years_on), self._retired(row, years_on - 1)
        return Amount(now.persons - before.persons, now.fte - before.fte)

    def _retired(self, row: InventoryRow, years_on: int) -> Amount:
        """`retired`, kept: the projection and the yearly flow ask for the same rows and years.
        The row is kept with its figures, so its id cannot pass to another row."""
        key = (id(row), years_on)
        known = self._gone.get(key)
        if known is None:
            known = self._gone[key] = (row, retired(row, years_on, self.retirement_age(row.unit)))
        return known[1]

    def base(self, unit: str, competence: str | None, role: str | None, year: int) -> Amount:
        """Supply without actions, summed over the unit and the units below it."""
        key = (unit, competence, role, year)
        known = self._base.get(key)
        if known is not None:
            return known
        placed = self._rows.get((competence, role))
        if placed is None:
            amount = ZERO
        elif (at := placed.bounds(unit)) is None:
            amount = _sum(self.project(r, year) for r in placed.under(unit, self._walk(unit)))
        else:
            sums = self._running(competence, role, year)
            high, low = sums[at[1]], sums[at[0]]
            amount = Amount(high.persons - low.persons, high.fte - low.fte)
        self._base[key] = amount
        return amount

    def _running(self, competence: str | None, role: str | None, year: int) -> list[Amount]:
        """Running sums of the projected rows in tree order: a subtree's sum is a difference."""
        key = (competence, role, year)
        sums = self._sums.get(key)
        if sums is None:
            sums = [ZERO]
            for r in self._rows[(competence, role)].items:
                sums.append(sums[-1] + self.project(r, year))
            self._sums[key] = sums
        return sums

    def rows_used(self, unit: str, competence: str | None, role: str | None) -> list[InventoryRow]:
        placed = self._rows.get((competence, role))
        return [] if placed is None else placed.under(unit, self._walk(unit))

    def rows_of(self, unit: str) -> list[InventoryRow]:
        """The newest rows of every competence and role in the unit and the units below it."""
        return self._all.under(unit, self._walk(unit))

    def _kept(self, e: EffectUse, year: int) -> Amount:
        stay = (1.0 - self.settings.turnover_percent / 100.0) ** (year - e.year)
        return Amount(e.persons * stay, e.fte * stay)

    def planned(self, unit: str, competence: str, year: int) -> tuple[Amount, list[EffectUse]]:
        """What actions add to a competence in the unit (and below) up to `year`."""
        total, used = ZERO, []
        placed = self._effects.get(competence)
        for e in placed.under(unit, self._walk(unit)) if placed is not None else ():
            if e.year <= year:
                total = total + self._kept(e, year)
                used.append(e)
        return total, used

    def arrivals(
        self, unit: str, competence: str | None, year: int
    ) -> tuple[Amount, list[EffectUse]]:
        """What actions bring in `year` itself (not before), as they arrive, before turnover:
        to a competence (hires and moves in add, moves out subtract) or, with `competence`
        None, to the unit's total staff (hires only)."""
        if competence is None:
            placed: Placed[EffectUse] | None = self._hires
        else:
            placed = self._effects.get(competence)
        total, used = ZERO, []
        for e in placed.under(unit, self._walk(unit)) if placed is not None else ():
            if e.year == year and (competence is not None or e.hires):
                total = total + Amount(e.persons, e.fte)
                used.append(e)
        return total, used

    def new_staff(self, unit: str, year: int) -> Amount:
        """Persons actions add to the unit's total: hires, not moves or courses for staff."""
        known = self._new_staff.get((unit, year))
        if known is not None:
            return known
        total = ZERO
        for e in self._hires.under(unit, self._walk(unit)):
            if e.year <= year and e.hires:
                total = total + self._kept(e, year)
        self._new_staff[(unit, year)] = total
        return total

    def snapshot_dates(self) -> list[dt.date]:
        return sorted({r.date for r in self.rows.values()})
