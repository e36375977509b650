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

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate

from kplan.analysis.amount import ZERO as ZERO
from kplan.analysis.amount import Amount as Amount
from kplan.analysis.amount import Vector
from kplan.analysis.amount import retired as retired
from kplan.analysis.effects import HELD_BY_STAFF as HELD_BY_STAFF
from kplan.analysis.effects import EffectUse as EffectUse
from kplan.analysis.effects import effect_uses
from kplan.analysis.tree import Placed, Tree
from kplan.analysis.vectors import RowVectors
from kplan.plan.model import Analysis, InventoryRow, Plan, when_bounds

Key = tuple[str, str | None, str | None]  # unit, competence (None: total staff), role


def _sum(amounts: Iterable[Amount]) -> Amount:
    total = ZERO
    for a in amounts:
        total = total + a
    return total


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
        self._spans: dict[Key, tuple[int, int] | None] = {}
        self._columns: dict[Key, tuple[list[float], list[float]]] = {}
        """Each unit's `base_columns` over every analysis year (sliced: a caller's own list)."""
        self._sums: dict[tuple[str | None, str | None, int], tuple[array[float], array[float]]] = {}
        self._years_sums: dict[
            tuple[str | None, str | None], list[tuple[array[float], array[float]]]
        ] = {}
        self._new_staff: dict[tuple[str, int], Amount] = {}
        self._last_year = when_bounds(plan.plan.period.end)[1].year
        vectors = RowVectors(self.settings, self._last_year, self.retirement_age)
        self._vector = vectors.vector
        self.retiring_fte = vectors.retiring_fte
        """`retiring(row, year).fte` for each of the years, from the row's vector once."""
        # the years an analysis asks for (`GapAnalysis.years`): the running sums are made for
        # all of them at once
        newest = max((r.date.year for r in latest.values()), default=0)
        first = max(when_bounds(plan.plan.period.start)[0].year, newest)
        self._years = (min(first, self._last_year), self._last_year)
        self._per_person: dict[tuple[str, str], float] = {}
        self.effects: dict[tuple[str, str], list[EffectUse]] = defaultdict(list)
        self.absorbed: list[EffectUse] = []
        """Effects dated before the snapshot they would add to: already in the inventory."""
        for target, use in effect_uses(plan, self.root, self._fte_per_person):
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
        vector = self._vector(row)
        if years_on < len(vector.left_persons):
            return Amount(vector.left_persons[years_on], vector.left_fte[years_on])
        gone = retired(row, years_on, self.retirement_age(row.unit))
        stay = (1.0 - self.settings.turnover_percent / 100.0) ** years_on
        return Amount((row.persons - gone.persons) * stay, (row.fte - gone.fte) * stay)

    def retiring(self, row: InventoryRow, year: int) -> Amount:
        """The persons and årsverk of the snapshot row that reach the retirement age in `year`
        (that year only, not those before; before turnover)."""
        years_on = year - row.date.year
        if years_on <= 0:
            return ZERO
        v = self._vector(row)
        if years_on < len(v.gone_persons):
            k = years_on
            return Amount(
                v.gone_persons[k] - v.gone_persons[k - 1], v.gone_fte[k] - v.gone_fte[k - 1]
            )
        age = self.retirement_age(row.unit)
        now, before = retired(row, years_on, age), retired(row, years_on - 1, age)
        return Amount(now.persons - before.persons, now.fte - before.fte)

    def base(self, unit: str, competence: str | None, role: str | None, year: int) -> Amount:
        """Supply without actions, summed over the unit and the units below it."""
        placed = self._rows.get((competence, role))
        if placed is None:
            return ZERO
        key = (unit, competence, role)
        if key in self._spans:
            span = self._spans[key]
        else:
            span = self._spans[key] = placed.bounds(unit)
        if span is None:
            return _sum(self.project(r, year) for r in placed.under(unit, self._walk(unit)))
        persons, fte = self._running(competence, role, year)
        low, high = span
        return Amount(persons[high] - persons[low], fte[high] - fte[low])

    def _running(
        self, competence: str | None, role: str | None, year: int
    ) -> tuple[array[float], array[float]]:
        """Running sums of the projected rows in tree order: a subtree's sum is a difference.
        Made for every analysis year at once, in one pass over the rows and their vectors."""
        sums = self._sums.get((competence, role, year))
        if sums is not None:
            return sums
        first, last = self._years
        years = range(first, last + 1) if first <= year <= last else range(year, year + 1)
        items = self._rows[(competence, role)].items
        starts = {r.date.year for r in items}
        if not first <= year <= last and all(year <= s for s in starts):
            # before every snapshot (`SNAPSHOT`): each row as counted, a vector's first place
            persons = [float(r.persons) for r in items]
            fte = [float(r.fte) for r in items]
            sums = (
                array("d", accumulate(persons, initial=0.0)),
                array("d", accumulate(fte, initial=0.0)),
            )
            self._sums[(competence, role, year)] = sums
            return sums
        vectors = [self._vector(r) for r in items]
        start = starts.pop() if len(starts) == 1 else None
        reach = min((len(v.left_persons) for v in vectors), default=0)
        made = []
        for y in years:
            k = -1 if start is None else max(0, y - start)
            if 0 <= k < reach:  # every row the same years on: one column of the vectors
                persons = [v.left_persons[k] for v in vectors]
                fte = [v.left_fte[k] for v in vectors]
            else:
                left = [self._left(r, v, y) for r, v in zip(items, vectors, strict=True)]
                persons = [a.persons for a in left]
                fte = [a.fte for a in left]
            # the running sums from 0.0, each the one before plus the next row's, in order
            made.append(
                (
                    array("d", accumulate(persons, initial=0.0)),
                    array("d", accumulate(fte, initial=0.0)),
                )
            )
        for y, sums in zip(years, made, strict=True):
            self._sums[(competence, role, y)] = sums
        if first <= year <= last:
            self._years_sums[(competence, role)] = made
        return self._sums[(competence, role, year)]

    def left_persons(self, row: InventoryRow, years: Iterable[int]) -> list[float]:
        """`project(row, year).persons` for each of `years`, the row's vector found once."""
        vector = self._vector(row)
        return [self._left(row, vector, y).persons for y in years]

    def _left(self, row: InventoryRow, vector: Vector, year: int) -> Amount:
        """What is left of the row in `year` (`project`), from its vector where it reaches."""
        k = max(0, year - row.date.year)
        if k < len(vector.left_persons):
            return Amount(vector.left_persons[k], vector.left_fte[k])
        return self.project(row, year)

    def base_years(
        self, unit: str, competence: str | None, role: str | None, years: Sequence[int]
    ) -> list[Amount]:
        """`base` for each of `years` (ascending, each once), the unit's rows found once, not
        per year."""
        persons, fte = self.base_columns(unit, competence, role, years)
        return [Amount(p, f) for p, f in zip(persons, fte, strict=True)]

    def base_columns(
        self, unit: str, competence: str | None, role: str | None, years: Sequence[int]
    ) -> tuple[list[float], list[float]]:
        """`base_years` as its persons and its årsverk: an analysis makes no `Amount` of them.
        `years` ascend, each once (as `base_years` asks)."""
        first, last = self._years
        whole = self._columns.get((unit, competence, role))
        if whole is not None and years and first <= years[0] and years[-1] <= last:
            at, end = years[0] - first, years[-1] - first + 1
            if end - at == len(years):  # asked before, for years one after another
                return whole[0][at:end], whole[1][at:end]
        placed = self._rows.get((competence, role))
        if placed is None:
            return [0.0] * len(years), [0.0] * len(years)
        span = None
        if years and first <= years[0] and years[-1] <= last and self.tree is not None:
            key = (unit, competence, role)
            if key in self._spans:
                span = self._spans[key]
            else:
                span = self._spans[key] = placed.bounds(unit)
        if span is None:  # another year, no tree to slice, or a unit outside it
            amounts = [self.base(unit, competence, role, y) for y in years]
            return [a.persons for a in amounts], [a.fte for a in amounts]
        whole = self._columns.get(key)
        if whole is None:
            made = self._years_sums.get((competence, role))
            if made is None:
                self._running(competence, role, first)
                made = self._years_sums[(competence, role)]
            low, high = span
            whole = self._columns[key] = (
                [p[high] - p[low] for p, _ in made],
                [f[high] - f[low] for _, f in made],
            )
        at, end = years[0] - first, years[-1] - first + 1
        if end - at == len(years):  # the years one after another, as an analysis asks
            return whole[0][at:end], whole[1][at:end]
        return [whole[0][y - first] for y in years], [whole[1][y - first] for y in years]

    def rows_used(self, unit: str, competence: str | None, role: str | None) -> list[InventoryRow]:
        placed = self._rows.get((competence, role))
        return [] if placed is None else placed.under(unit, self._walk(unit))

    def has_rows(self, unit: str, competence: str | None, role: str | None) -> bool:
        """`bool(rows_used(...))`, without the list: a slice of the tree that is not empty."""
        placed = self._rows.get((competence, role))
        if placed is None:
            return False
        at = placed.bounds(unit)
        if at is not None:
            return at[0] < at[1]
        return bool(placed.under(unit, self._walk(unit)))

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

    def planned_years(
        self, unit: str, competence: str, years: Sequence[int]
    ) -> list[tuple[Amount, list[EffectUse]]] | None:
        """`planned` for each of `years`, the effects under the unit found once: each year's
        sum adds the same terms in the same order, so it is the same to the last bit. None when
        no effect is under the unit (`planned` is then ZERO every year, with no effects)."""
        placed = self._effects.get(competence)
        effects = placed.under(unit, self._walk(unit)) if placed is not None else []
        if not effects:
            return None
        rate = 1.0 - self.settings.turnover_percent / 100.0  # as `_kept` works it out
        found = []
        for y in years:
            persons = fte = 0.0
            used = []
            for e in effects:
                if e.year <= y:
                    stay = rate ** (y - e.year)
                    persons = persons + e.persons * stay
                    fte = fte + e.fte * stay
                    used.append(e)
            found.append((Amount(persons, fte), used))
        return found

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
