"""KS steg 5 as one result: the staffing balance (bemanning) and the competence gap
(kompetanse), for the same plan, scenario, unit and years. What `kplan gap` prints."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from kplan.analysis.gap import GapReport, analyse
from kplan.analysis.scenario import with_scenario
from kplan.analysis.staffing import StaffingReport, staffing_balance
from kplan.analysis.supply import Supply
from kplan.errors import UsageError
from kplan.plan.model import Plan
from kplan.text import Message, Text, all_of, t


@dataclass(frozen=True)
class Step5:
    staffing: StaffingReport | None
    """None when the plan has no staffing lines."""
    competence: GapReport
    inventory_rows: int = 0
    """The plan's inventory rows: with none, nothing about its staff is known."""

    @property
    def fails(self) -> bool:
        """What `--fail-on-gap` fails on: a competence gap left after the actions, a figure
        nobody knows, a recruitment need the actions leave open, or no inventory at all (which
        is not «no gap»)."""
        return (
            self.inventory_rows == 0
            or self.competence.fails
            or (
                self.staffing is not None
                and bool(self.staffing.open_lines or self.staffing.unknown_lines)
            )
        )


def step5(
    plan: Plan,
    *,
    unit: str | None = None,
    year: int | None = None,
    scenario: str | None = None,
    sources: bool = True,
) -> Step5:
    """Both parts of the analysis; a unit or year the plan lacks is a usage error."""
    if unit is not None and unit not in {u.id for u in plan.units}:
        raise UsageError(t("run.unit.none", unit=unit, hint=_unit_hint(plan, unit)))
    supply = Supply(plan)
    staffing = staffing_balance(plan, scenario=scenario, supply=supply) if plan.staffing else None
    used = plan if scenario is None else with_scenario(plan, scenario)
    demand = staffing.demand if staffing is not None else None
    competence = analyse(used, unit=unit, year=year, sources=sources, demand=demand, supply=supply)
    if year is not None and year not in competence.years:
        if not competence.years:
            raise UsageError(t("run.year.no_years", year=year))
        first, last = competence.years[0], competence.years[-1]
        raise UsageError(t("run.year.outside", year=year, first=first, last=last))
    if staffing is not None and (unit is not None or year is not None):
        keep = set(supply.units_under(unit)) if unit is not None else None
        staffing = replace(
            staffing,
            lines=tuple(
                replace(line, years=tuple(y for y in line.years if year in (None, y.year)))
                for line in staffing.lines
                if keep is None or line.unit in keep
            ),
        )
    return Step5(staffing, competence, len(supply.rows))


MAX_LISTED = 12
"""The most unit ids an unknown `--unit` lists; a larger plan gets a did-you-mean only."""


def _unit_hint(plan: Plan, wanted: str) -> Message:
    """What to write instead of an unknown `--unit`: the id of the unit it names, the closest
    id, or the plan's ids when they are few."""
    folded = " ".join(wanted.split()).casefold()
    for u in plan.units:
        if " ".join(u.name.split()).casefold() == folded:
            return t("run.unit.is_name", name=wanted, id=u.id)
    ids = [u.id for u in plan.units]
    close = difflib.get_close_matches(wanted, ids, n=1, cutoff=0.6)
    if close:
        return t("run.unit.did_you_mean", id=close[0])
    if not ids:
        return t("run.unit.no_units")
    if len(ids) <= MAX_LISTED:
        listed: Text = all_of(tuple(ids))
        return t("run.unit.ids", ids=listed)
    return ""
