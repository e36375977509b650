"""What the plan needs (KS step 5): requirements, the inventory of what units have, the drivers
that move staffing, the needs, and SWOT analyses."""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, Strict, StrictBool, StringConstraints

from kplan.plan.direction import Source
from kplan.plan.types import MAX_PERSONS, Band, Count, Date, Id, Model, Persons, Text, When, Year

# --- requirements, inventory, drivers, needs (step 5) -----------------------------------------

Basis = Literal["personer", "årsverk"]
Rounding = Literal["opp", "nærmeste", "ned", "ingen"]


class ReqBase(Model):
    id: Id
    """A short id, e.g. «pedagognorm»."""
    title: Text
    """The requirement in plain words."""
    units: list[Id]
    """The units the requirement applies to, each on its own."""
    source: Source
    """Law, recommendation or local target behind the requirement."""
    applies_from: When | None = None
    """When the requirement starts to apply."""
    basis: Basis = "årsverk"
    """Whether staff are counted as persons or årsverk (FTE). It matters: the shares differ."""
    rounding: Rounding | None = None
    """How the required number is rounded: opp (up), nærmeste, ned or ingen. Empty: persons
    are rounded to whole persons (up for a minimum, down for a maximum), årsverk are not."""
    goals: list[Id] = []
    """Goals the requirement serves."""
    need_type: Literal["mobilisering", "læring", "anskaffelse", "avvikling"] | None = None
    """The kind of need a shortfall would be, if the plan says."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


class RatioTerm(Model):
    driver: Id
    """The driver segment (e.g. «barn-under-3») or a driver id this part of the norm counts."""
    per: Annotated[float, Strict(), Field(ge=0.01, le=1_000_000)]
    """Service users per staff: 3 means one staff per three users."""


class RatioRequirement(ReqBase):
    kind: Literal["ratio"]
    """Staff needed follows a driver: bemanningsnorm, pedagognorm, lærernorm."""
    competences: list[Id]
    """Staff with any of these competences count towards the norm."""
    terms: list[RatioTerm] = Field(min_length=1)
    """Driver and divisor; several terms are added before rounding."""
    rounding: Rounding = "opp"
    """How the required number is rounded: opp (up, the default), nærmeste, ned or ingen."""


class ShareRequirement(ReqBase):
    kind: Literal["share"]
    """A share of staff: e.g. 70 % with higher education."""
    competences: list[Id]
    """Staff with any of these competences are counted in the share."""
    of: list[Id] = []
    """The staff the share is taken of (competences); empty means all staff in the unit. The
    share is of the staff the unit needs that year: its staffing line (`staffing:`) when one
    covers the unit (and these competences), else the newest inventory's staff at a constant
    level, not a workforce shrinking with retirements."""
    min_percent: Annotated[float, Strict(), Field(ge=0)] | None = None
    """At least this share, in percent."""
    max_percent: Annotated[float, Strict(), Field(ge=0)] | None = None
    """At most this share, in percent (e.g. unskilled)."""


class CountRequirement(ReqBase):
    kind: Literal["count"]
    """At least n persons or årsverk with a competence."""
    competences: list[Id]
    """Staff with any of these competences count."""
    minimum: Annotated[float, Strict(), Field(gt=0, le=MAX_PERSONS)]
    """The least number needed."""
    agreed: Persons = 0
    """How much of it is covered by agreement or inter-municipal cooperation."""
    met_by: list[Literal["ansettelse", "avtale", "interkommunalt samarbeid"]] = ["ansettelse"]
    """Ways the requirement may be met."""


class QualificationRequirement(ReqBase):
    kind: Literal["qualification"]
    """Everyone in a role must hold a qualification by a deadline."""
    role: Id
    """The competence that defines the role (e.g. «laerer»)."""
    paths: list[list[Id]] = Field(min_length=1)
    """Alternative paths; each path lists competences that together qualify."""
    deadline: Date
    """When everyone must be qualified."""
    exemptions: Text | None = None
    """Who is exempt, e.g. «utdannet før 2014»."""
    exempt: Persons = 0
    """How many persons in the role are exempt, per unit: they count as qualified until
    `exempt_until`."""
    exempt_until: Date | None = None
    """The last day the exemption holds; empty: for the whole plan period. A year's figures are
    as at its end (31 December), so an exemption ending within a year no longer counts in it."""


class CourseRequirement(ReqBase):
    kind: Literal["course"]
    """Everyone in a role must have taken a course, possibly again every few years."""
    role: Id | None = None
    """The competence that defines the role; empty means everyone in the unit."""
    course: Id
    """The course (a competence of kind kurs)."""
    deadline: Date | None = None
    """When everyone must have it."""


class EmploymentRequirement(ReqBase):
    kind: Literal["employment"]
    """Employment form: minimum position size, full-time share."""
    min_position_percent: Annotated[float, Strict(), Field(gt=0, le=100)] | None = None
    """No (new) positions smaller than this, in percent: the persons under it are an excess
    over a target of 0 (for new positions only, today's may stay)."""
    full_time_share_percent: Annotated[float, Strict(), Field(ge=0)] | None = None
    """At least this share of staff in full-time positions (the «100» band): of the persons the
    unit needs that year (its staffing line's årsverk times today's persons per årsverk, else
    today's persons)."""
    min_average_position_percent: Annotated[float, Strict(), Field(gt=0, le=100)] | None = None
    """The average position size should be at least this, in percent. The average takes each
    `position_sizes` band at its midpoint, (lowest + highest) / 2: «<50» is 24.5, «50-74» 62,
    «75-99» 87, «100» 100. Set exactly one of the three measures (K806)."""
    applies_to: Literal["nye stillinger", "alle stillinger"] = "alle stillinger"
    """Whether the rule covers new positions only or all positions."""
    rule: Literal["hovedregel", "krav"] = "krav"
    """hovedregel (a main rule with exceptions) or krav (strict)."""


Requirement = Annotated[
    RatioRequirement
    | ShareRequirement
    | CountRequirement
    | QualificationRequirement
    | CourseRequirement
    | EmploymentRequirement,
    Field(discriminator="kind"),
]


class InventoryRow(Model):
    unit: Id
    """The unit."""
    competence: Id | None = None
    """The competence held; empty for the unit's total staff."""
    role: Id | None = None
    """The role (a competence id, e.g. «laerer») of the persons counted, when the row counts
    holders of a qualification within a role: 8 teachers with 30 studiepoeng engelsk."""
    date: Date
    """The snapshot date (YYYY-MM-DD)."""
    persons: Count
    """Headcount."""
    fte: Persons
    """Årsverk (full-time equivalents)."""
    age_bands: dict[Band, Count] = {}
    """Headcount per age band: «60-64»: 3, «<30»: 2, «65+»: 1, or per one-year age: «63»: 2."""
    fte_by_age: dict[Band, Persons] = {}
    """Årsverk per age band, the same bands as `age_bands`: those who retire then take their own
    årsverk, not the row's average."""
    position_sizes: dict[Band, Count] = {}
    """Headcount per position size band in percent: «<50»: 2, «50-74»: 4, «100»: 10."""
    unused: StrictBool = False
    """Competence the unit has but does not use (a mobilisation need)."""
    source: Text | None = None
    """Where the figures come from."""
    illustrative: StrictBool = False
    """True when the figures are made up for illustration, not from the kommune."""


class DriverSource(Model):
    publisher: Text
    """Who published the figures, e.g. «SSB»."""
    table: Text | None = None
    """Table id, e.g. «13600»."""
    alternative: Text | None = None
    """Projection alternative, e.g. «MMMM»."""
    vintage: Year | None = None
    """The year the projection was made."""


class Driver(Model):
    id: Id
    """A short id, e.g. «barn-under-3-solsikken»."""
    name: Text
    """What is counted."""
    segment: Id | None = None
    """The segment counted, e.g. «barn-under-3»: ratio requirements name a segment and find the
    driver of each unit by it."""
    unit: Id | None = None
    """The unit; empty for the whole kommune."""
    source: DriverSource | None = None
    """Where the figures come from."""
    values: dict[Year, Annotated[float, Strict(), Field(ge=0, le=1_000_000_000)]]
    """The value per year (the main alternative, `source.alternative`, e.g. «MMMM»)."""
    scenarios: dict[
        Annotated[str, Strict(), StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")],
        dict[Year, Annotated[float, Strict(), Field(ge=0, le=1_000_000_000)]],
    ] = {}
    """Values under other alternatives, by their code: «LLML», «HHMH» (`kplan gap --scenario`)."""
    illustrative: StrictBool = False
    """True when the figures are made up for illustration."""


class DriverIndex:
    """How a ratio term finds its driver: by driver id, else by segment for the unit, else by
    segment for the whole kommune.

    A lookup, not a model; it sits beside `Driver` because the checks (K802) and the gap
    analysis must find a driver the same way, and the checks come before the analysis."""

    def __init__(self, drivers: list[Driver]) -> None:
        self.by_id = {d.id: d for d in drivers}
        self.by_segment = {(d.segment, d.unit): d for d in drivers if d.segment}
        self.segments = {d.segment for d in drivers if d.segment}

    def find(self, ref: str, unit: str) -> Driver | None:
        """The driver `ref` names for `unit`, or None."""
        if ref in self.by_id:
            return self.by_id[ref]
        return self.by_segment.get((ref, unit)) or self.by_segment.get((ref, None))


NeedType = Literal["mobilisering", "læring", "anskaffelse", "avvikling"]


class Need(Model):
    id: Id
    """A short id actions refer to."""
    text: Text
    """The need as the plan states it (mål/behov)."""
    label: Text | None = None
    """A short name for the need, e.g. «Digital kompetanse», when `text` is long."""
    description: Text | None = None
    """More on the need: why it arises, whom it concerns."""
    type: NeedType
    """mobilisering (have it, not used), læring (develop), anskaffelse (recruit, buy,
    cooperate) or avvikling (surplus)."""
    unit: Id | None = None
    """The unit with the need."""
    goals: list[Id] = []
    """Goals the need serves."""
    requirements: list[Id] = []
    """Requirements behind the need."""
    competences: list[Id] = []
    """The competences needed."""
    priority: Literal["høy", "middels", "lav"] | None = None
    """How urgent the need is."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


class Swot(Model):
    unit: Id | None = None
    """The unit the SWOT is for; empty for the whole plan."""
    strengths: list[Text] = []
    """Styrker."""
    weaknesses: list[Text] = []
    """Svakheter."""
    opportunities: list[Text] = []
    """Muligheter."""
    threats: list[Text] = []
    """Trusler."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""
