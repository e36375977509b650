"""The staffing balance (bemanning, KS step 5 part 1): which staff a unit needs each year.

A line says whose staff it counts (a unit, and a competence or all staff) and what the need
follows: today's årsverk at constant standard, scaled by the users the drivers give, or a ratio
requirement (a norm) where one applies. `kplan.analysis.staffing` works out the balance.
"""

# ruff: noqa: RUF012

from __future__ import annotations

from typing import Annotated

from pydantic import Field, Strict, StrictBool

from kplan.plan.types import Id, Model, Text


class DemandTerm(Model):
    driver: Id
    """The driver (by id, or by segment as ratio terms find it), e.g. «innbyggere-80-89»."""
    weight: Annotated[float, Strict(), Field(gt=0, le=1_000_000)] = 1.0
    """How much one user in this group weighs against the others, e.g. 3 for 90+ if they need
    three times the care of 80-89."""
    coverage_percent: Annotated[float, Strict(), Field(gt=0, le=100)] = 100.0
    """The share of the group who use the service (dekningsgrad), in percent."""


class StaffingLine(Model):
    id: Id
    """A short id, e.g. «hjemmetjenester-bemanning»."""
    unit: Id
    """The unit whose staff the line counts (with the units below it)."""
    competence: Id | None = None
    """The competence (or role) counted; empty for all the unit's staff."""
    title: Text | None = None
    """The line in plain words; empty: the unit's (and competence's) name."""
    demand: list[DemandTerm] = []
    """What the need follows: users = the sum of coverage × weight × driver value. The need is
    today's årsverk × users that year / users in the snapshot year. Empty: today's årsverk."""
    norm: Id | None = None
    """A ratio requirement for the unit whose required årsverk are the need, instead of
    constant standard."""
    source: Text | None = None
    """Where the assumptions come from (e.g. «KOSTRA dekningsgrad 2024»)."""
    goals: list[Id] = []
    """Goals the line serves."""
    illustrative: StrictBool = False
    """True when the figures are made up for illustration, not from the kommune."""
