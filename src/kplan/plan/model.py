"""The plan model: what a strategic competence plan holds, as pydantic models.

Keys are English, content is Norwegian. Every field carries a docstring: it becomes the description
an editor shows from the JSON Schema (`kplan schema`). The models only describe shape; rules that
look across the plan (references, the red thread, periods) live in `checks`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError, PydanticKnownError

from kplan.read.cells import FIRST_YEAR, LAST_YEAR

# --- shared types -----------------------------------------------------------------------------

Text = Annotated[str, Strict(), StringConstraints(min_length=1)]
Id = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=r"^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå_.\-]*$", max_length=80),
]
MAX_PERSONS = 10_000_000
"""More persons (or årsverk) than Norway has people: a larger count is a typing error."""
MAX_NOK = 1_000_000_000_000
"""A thousand billion kroner: no action costs more, and sums of such amounts stay finite."""

Number = Annotated[float, Strict()]  # strict floats still take ints: 12 and 12.0 are both fine
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_PERSONS)]
Persons = Annotated[float, Strict(), Field(ge=0, le=MAX_PERSONS)]
"""Persons or årsverk, where a fraction makes sense."""
Change = Annotated[float, Strict(), Field(ge=-MAX_PERSONS, le=MAX_PERSONS)]
"""Persons or årsverk added, or removed when negative."""
Amount = Annotated[float, Strict(), Field(ge=0, le=MAX_NOK)]
Percent = Annotated[float, Strict(), Field(ge=0, le=100)]
Year = Annotated[int, Strict(), Field(ge=FIRST_YEAR, le=LAST_YEAR)]


def _in_years(value: Any) -> Any:
    year = value.year if isinstance(value, dt.date) else int(str(value)[:4])
    if year < FIRST_YEAR:
        raise PydanticKnownError("greater_than_equal", {"ge": f"{FIRST_YEAR}-01-01"})
    if year > LAST_YEAR:
        raise PydanticKnownError("less_than_equal", {"le": f"{LAST_YEAR}-12-31"})
    return value


def _iso_date(value: Any) -> Any:
    # YAML gives a date for an unquoted 2024-06-01 and a string for a quoted one; accept both,
    # but never lax conversions such as an int taken as a unix timestamp.
    if isinstance(value, str) and value.isascii():
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return value.date()
    return value


Date = Annotated[
    dt.date,
    BeforeValidator(_iso_date),
    Strict(),
    AfterValidator(_in_years),
    WithJsonSchema({"type": "string", "format": "date"}),
]

_WHEN = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$")


def _when(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and not _WHEN.match(value) and _DAY.match(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            # 2025-06-31: the right form, but no such day
            raise PydanticCustomError("date_not_a_day", "no such day") from None
    return value


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


When = Annotated[
    str,
    BeforeValidator(_when),
    Strict(),
    StringConstraints(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2})?)?$"),
    AfterValidator(_in_years),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
                {"type": "string", "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2})?)?$"},
            ],
            "description": "A year (2025), a month (2025-08) or a day (2025-08-01).",
        }
    ),
]
"""A point in time as precise as the plan knows it: a year, a month or a day."""


def when_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a `When` value ("2025" covers the whole year)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        year, month = parts
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return dt.date(year, month, 1), nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


class Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        allow_inf_nan=False,
        populate_by_name=False,
    )


# --- metadata ---------------------------------------------------------------------------------


class Kommune(Model):
    name: Text
    """The kommune's name, e.g. «Øyer kommune»."""
    number: Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{4}$")]
    """Kommunenummer, four digits as text with leading zeros (write "0301", in quotes)."""
    former_numbers: list[Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{4}$")]] = []
    """Earlier kommunenummer, e.g. "0521" for Øyer before 2020."""


class Period(Model):
    start: When
    """First year (or month or day) the plan or action covers."""
    end: When
    """Last year (or month or day) the plan or action covers."""


MAX_PLAN_YEARS = 30
"""Strategic competence plans run 4-12 years; the analysis grows with the years, so a longer
period (usually a typo such as 2205 for 2025) is refused rather than computed for hours."""


def _plan_years(period: Period) -> Period:
    years = int(period.end[:4]) - int(period.start[:4]) + 1
    if years > MAX_PLAN_YEARS:
        raise PydanticCustomError(
            "period_too_long",
            "the plan period runs {years} years, more than {most}",
            {"years": years, "most": MAX_PLAN_YEARS, "start": period.start, "end": period.end},
        )
    return period


PlanPeriod = Annotated[Period, AfterValidator(_plan_years)]
"""The plan's own period: at most `MAX_PLAN_YEARS` years."""


class Scope(Model):
    kind: Literal["kommune", "tjenesteområde", "enhet", "stillingsgruppe"]
    """Whether the plan covers the whole kommune or one service area, unit or staff group."""
    units: list[Id] = []
    """Ids of the units the plan covers, when it covers less than the whole kommune."""
    description: Text | None = None
    """The scope in the plan's own words."""


class Revision(Model):
    every_years: Annotated[int, Strict(), Field(ge=1, le=10)] | None = None
    """How often the whole plan is revised (rullert), in years."""
    actions_every_years: Annotated[int, Strict(), Field(ge=1, le=10)] | None = None
    """How often the action plans are revised, in years."""
    next: When | None = None
    """When the next revision is due."""
    description: Text | None = None
    """How revision happens, e.g. «i tilknytning til budsjettprosessen»."""


class Reporting(Model):
    frequency: Literal["årlig", "halvårlig", "kvartalsvis", "annet"] = "årlig"
    """How often the plan is reported on."""
    channel: Text | None = None
    """Where the report goes, e.g. «årsrapporten til politisk nivå»."""
    description: Text | None = None
    """More on reporting, in the plan's own words."""


class PlanInfo(Model):
    title: Text
    """The plan's title, e.g. «Strategisk kompetanseplan 2024-2028»."""
    kommune: Kommune
    """The kommune that owns the plan."""
    scope: Scope
    """What part of the kommune the plan covers."""
    period: PlanPeriod
    """The plan period (at most 30 years)."""
    status: Literal["utkast", "høring", "vedtatt", "utgått"]
    """utkast (draft), høring (out for consultation), vedtatt (adopted) or utgått (replaced)."""
    language: Literal["nb", "nn"] = "nb"
    """Målform of the plan text: nb (bokmål) or nn (nynorsk)."""
    version: Text | None = None
    """The plan's own version label, e.g. «1.0» or «rullert 2026»."""
    owner: Text | None = None
    """The role that owns the plan, e.g. «Kommunedirektøren»."""
    purpose: list[Text] = []
    """What the plan shall do (the plan's «skal»-list)."""
    background: Text | None = None
    """Background: why the plan exists, which decision started it."""
    revision: Revision | None = None
    """When and how the plan is revised (rullering)."""
    reporting: Reporting | None = None
    """How the plan is reported on (årlig rapportering)."""
    model: Text | None = None
    """The method the plan follows, e.g. «KS' modell for strategisk kompetanseplanlegging»."""


class Decision(Model):
    id: Id
    """A short id for the decision, e.g. «ksak-131-21»."""
    body: Text
    """The body that decided, e.g. «Kommunestyret», «Driftsutvalget»."""
    date: Date | None = None
    """The date of the decision (YYYY-MM-DD)."""
    case_number: Text | None = None
    """The case number, e.g. «K-sak 131/21»."""
    summary: Text
    """What was decided."""
    git_tag: Text | None = None
    """The git tag of the plan version this decision adopted, if any."""


# --- organisation (step 1) --------------------------------------------------------------------

MemberKind = Literal[
    "arbeidsgiver", "leder", "rådgiver", "tillitsvalgt", "verneombud", "bruker", "ansatt", "annet"
]


class Member(Model):
    role: Text
    """The member's position, e.g. «Leder HR, stab og støtte». Never a personal name."""
    kind: MemberKind = "arbeidsgiver"
    """Which side the member sits on: tillitsvalgt and verneombud count for KS completeness."""
    represents: Text | None = None
    """What the member represents, e.g. «Oppvekst» or «Fagforbundet»."""
    union: Text | None = None
    """For tillitsvalgte: the union, e.g. «Utdanningsforbundet»."""


class Group(Model):
    name: Text | None = None
    """The group's name, if it has one."""
    members: list[Member] = []
    """Members by role."""
    description: Text | None = None
    """Who sits in the group, in the plan's own words."""


class Council(Model):
    name: Text
    """The council, e.g. «Eldrerådet»."""
    role: Text | None = None
    """How it took part, e.g. «ivaretok brukermedvirkning på systemnivå»."""


class Responsibility(Model):
    role: Text
    """The role, e.g. «Kommunalsjef»."""
    duties: list[Text]
    """What the role shall do under the plan."""


class Organisation(Model):
    owner: Text | None = None
    """Project owner (prosjekteier), by role."""
    steering_group: Group | None = None
    """Styringsgruppe."""
    working_group: Group | None = None
    """Arbeidsgruppe."""
    user_councils: list[Council] = []
    """Councils that took part for the users (brukermedvirkning)."""
    mandate: list[Text] = []
    """The working group's mandate, point by point."""
    responsibilities: list[Responsibility] = []
    """Who does what under the plan (e.g. kommunalsjef, tjenesteledere, medarbeidere)."""
    target_group: Text | None = None
    """Who the plan is for."""
    notes: list[Text] = []
    """Other notes on organisation and involvement."""


# --- the seven steps --------------------------------------------------------------------------


class Step(Model):
    number: Annotated[int, Strict(), Field(ge=1, le=7)]
    """The KS step, 1 to 7."""
    name: Text | None = None
    """The step's label, in either KS label set (e.g. «Kompetanseanalyse» or «Kompetanse- og
    bemanningsanalyse»)."""
    responsible: Text | None = None
    """The body or role responsible for the step."""
    what: Text | None = None
    """What is done in the step, and how."""
    deadline: Date | None = None
    """When the step shall be done (YYYY-MM-DD)."""
    status: Literal["ikke startet", "pågår", "ferdig"] = "ikke startet"
    """ikke startet, pågår or ferdig."""


# --- anchoring and goals (steps 2 and 3) ------------------------------------------------------


class Anchoring(Model):
    text: list[Text] = []
    """How the plan is anchored in management, politics and the unions."""
    values: list[Text] = []
    """The kommune's values the plan builds on, e.g. «Respekt», «åpenhet», «raushet»."""
    ambition: Text | None = None
    """The ambition for the period."""
    economy_plan_years: list[Year] = []
    """The økonomiplan years the plan is tied to."""
    knowledge_base: list[Text] = []
    """Research and tools the plan builds on."""


class Source(Model):
    kind: Literal[
        "kommuneplan",
        "arbeidsgiverstrategi",
        "sektorplan",
        "lov",
        "forskrift",
        "tariffavtale",
        "nasjonal føring",
        "anbefaling",
        "lokalt mål",
        "annet",
    ]
    """What kind of source the goal or requirement comes from."""
    title: Text | None = None
    """The source's name, e.g. «Kommunedelplan helse og omsorg 2016-2026»."""
    reference: Text | None = None
    """Paragraph or section, e.g. «§ 3-2» or «kap. 3, pkt. 3.3»."""
    url: Annotated[str, Strict(), StringConstraints(pattern=r"^https?://\S+$")] | None = None
    """A link to the source (http or https)."""


class Goal(Model):
    id: Id
    """A short id other parts of the plan refer to."""
    text: Text
    """The goal or guideline as the plan states it."""
    kind: Literal["hovedmål", "mål", "delmål", "føring"] = "mål"
    """hovedmål (main goal), mål, delmål or føring (a guideline from outside)."""
    source: Source | None = None
    """Where the goal comes from."""
    parent: Id | None = None
    """The goal this one serves."""
    indicator: Text | None = None
    """How progress is measured."""
    baseline: Number | Text | None = None
    """The indicator's value at the start."""
    target: Number | Text | None = None
    """The indicator's target value."""
    target_year: Year | None = None
    """When the target shall be reached."""


StrategyKind = Literal["mobilisere", "utvikle", "anskaffe", "rekruttere", "avvikle"]


class Strategy(Model):
    id: Id
    """A short id for the strategy."""
    text: Text
    """The strategy as the plan states it."""
    main: StrictBool = False
    """True for the plan's hovedstrategi."""
    kind: StrategyKind | None = None
    """The KS strategy it uses: mobilisere, utvikle, anskaffe (or rekruttere) or avvikle."""
    goals: list[Id] = []
    """Ids of the goals the strategy works towards."""


# --- the competence concept (step 4) ----------------------------------------------------------


class CompetenceForm(Model):
    id: Id | None = None
    """An id, if other parts of the plan refer to the form."""
    name: Text
    """The form, e.g. «Fagkompetanse»."""
    description: Text | None = None
    """What the form means, often as an «I»-statement."""
    ten_factor: list[Annotated[int, Strict(), Field(ge=1, le=10)]] = []
    """The 10-FAKTOR factors (1-10) the form relates to."""


class Dimension(Model):
    name: Literal["kunnskaper", "ferdigheter", "holdninger", "evner"]
    """One of the four dimensions of competence."""
    meaning: Text | None = None
    """What the dimension is about, e.g. «å vite og kjenne fakta»."""
    forms: list[CompetenceForm] = []
    """The competence forms under this dimension."""


class TenFactor(Model):
    number: Annotated[int, Strict(), Field(ge=1, le=10)]
    """Factor number in the KS 10-FAKTOR survey."""
    name: Text
    """The factor's name, e.g. «Bruk av kompetanse»."""
    description: Text | None = None
    """The factor's definition."""


class CompetenceConcept(Model):
    definition: Text | None = None
    """The plan's own definition of competence."""
    definition_source: Text | None = None
    """Where the definition comes from, e.g. «Linda Lai, 2004»."""
    formal_and_real: Text | None = None
    """How the plan treats formal competence and realkompetanse."""
    dimensions: list[Dimension] = []
    """The four dimensions and the forms under each."""
    ten_factor: list[TenFactor] = []
    """The 10-FAKTOR factors the plan uses."""
    notes: list[Text] = []
    """Other text on the competence concept."""


LearningForm = Literal[70, 20, 10]


class Arena(Model):
    id: Id
    """A short id actions refer to."""
    name: Text
    """The learning arena, e.g. «Refleksjon over egen praksis»."""
    form: LearningForm
    """70 (own work), 20 (from others) or 10 (formal courses)."""
    description: Text | None = None
    """What happens in this arena."""


class Shares(Model):
    own_work: Percent = 70
    """Share learnt from one's own tasks, in percent."""
    others: Percent = 20
    """Share learnt from others, in percent."""
    formal: Percent = 10
    """Share learnt from formal courses, in percent."""


class Learning(Model):
    principles: list[Text] = []
    """How the plan sees learning, in its own words."""
    model_70_20_10: Shares | None = None
    """The 70-20-10 target mix the plan follows."""
    arenas: list[Arena] = []
    """The learning arenas the kommune recognises."""


# --- units and competences --------------------------------------------------------------------


class Unit(Model):
    id: Id
    """A short id, e.g. «oppvekst»."""
    name: Text
    """The unit's name."""
    level: Literal["kommune", "ansvarsområde", "tjenesteområde", "enhet", "avdeling"]
    """Where the unit sits in the organisation."""
    parent: Id | None = None
    """The unit above this one."""
    leader: Text | None = None
    """The unit's leader, by role."""


class Competence(Model):
    id: Id
    """A short id, e.g. «sykepleier»."""
    name: Text
    """The competence, e.g. «Sykepleier (bachelor)»."""
    kind: Literal[
        "utdanningsnivå", "profesjon", "fagbrev", "studiepoeng", "kurs", "autorisasjon", "annet"
    ]
    """What kind of competence it is."""
    level: (
        Literal["ufaglært", "fagarbeider", "fagskole", "bachelor", "master", "spesialist"] | None
    ) = None
    """The education level it gives, for share requirements."""
    subject: Text | None = None
    """The subject, for credits (e.g. «matematikk»)."""
    credits: Annotated[int, Strict(), Field(ge=1, le=600)] | None = None
    """Studiepoeng, for credits in a subject."""
    form: Id | None = None
    """The competence form it belongs to (an id from competence_concept)."""
    renew_years: Annotated[int, Strict(), Field(ge=1, le=20)] | None = None
    """For courses that must be repeated: every how many years."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


# --- requirements, inventory, drivers, needs (step 5) -----------------------------------------

Basis = Literal["personer", "årsverk"]


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
    rounding: Literal["opp", "nærmeste", "ned", "ingen"] = "opp"
    """How the required number is rounded: opp (up), nærmeste, ned or ingen."""


class ShareRequirement(ReqBase):
    kind: Literal["share"]
    """A share of staff: e.g. 70 % with higher education."""
    competences: list[Id]
    """Staff with any of these competences are counted in the share."""
    of: list[Id] = []
    """The staff the share is taken of (competences); empty means all staff in the unit."""
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
    """How many persons in the role are exempt, per unit: they need not qualify."""


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
    """No (new) positions smaller than this, in percent."""
    full_time_share_percent: Annotated[float, Strict(), Field(ge=0)] | None = None
    """At least this share of staff in full-time positions."""
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


def _band_in_order(value: str) -> str:
    low, _, high = value.partition("-")
    if (high and int(low) > int(high)) or value in ("<0", "<00", "<000"):
        raise PydanticCustomError("band_order", "the band runs backwards")
    return value


Band = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=r"^(<[0-9]{1,3}|[0-9]{1,3}\+|[0-9]{1,3}|[0-9]{1,3}-[0-9]{1,3})$"),
    AfterValidator(_band_in_order),
]
"""A band of ages or position sizes: «60-64», «<30», «65+» or a single value «100»."""


@cache
def band_bounds(band: str) -> tuple[int, int]:
    """Lowest and highest whole value in a band («<30» is 0-29, «65+» is 65-99)."""
    if band.startswith("<"):
        return 0, int(band[1:]) - 1
    if band.endswith("+"):
        return int(band[:-1]), max(int(band[:-1]), 99)
    low, _, high = band.partition("-")
    return int(low), int(high or low)


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
    """Headcount per age band: «60-64»: 3, «<30»: 2, «65+»: 1."""
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
    """The value per year."""
    illustrative: StrictBool = False
    """True when the figures are made up for illustration."""


NeedType = Literal["mobilisering", "læring", "anskaffelse", "avvikling"]


class Need(Model):
    id: Id
    """A short id actions refer to."""
    text: Text
    """The need as the plan states it (mål/behov)."""
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


# --- actions (step 6) -------------------------------------------------------------------------


class Funding(Model):
    source: Text
    """Where the money comes from, e.g. «Kompetansemidler fra Statsforvalteren»."""
    amount: Amount | None = None
    """NOK covered by this source."""
    grant: StrictBool = True
    """True when it is a grant (it is netted off the kommune's cost)."""


class Cost(Model):
    amount: Amount | None = None
    """The cost in NOK."""
    per: Literal["totalt", "deltaker"] = "totalt"
    """Whether the amount is the total or per participant."""
    budget_year: Year | None = None
    """The budget year the cost falls in; empty: the year the action starts."""
    yearly: StrictBool = False
    """True when the amount recurs in every year of the action's period."""
    spent: dict[Year, Amount] = {}
    """What was actually spent, in NOK per budget year, for the yearly follow-up."""
    funding: list[Funding] = []
    """Funding sources, grants among them."""
    note: Text | None = None
    """Anything else, e.g. «+ reise og diett» or «kursavgift»."""
    illustrative: StrictBool = False
    """True when the amount is made up for illustration."""


class Effect(Model):
    competence: Id
    """The competence the action adds (or removes, with a negative count)."""
    count: Change
    """How many persons it adds; negative removes."""
    fte: Change | None = None
    """How many årsverk it adds; empty means the unit's usual årsverk per person."""
    year: Year
    """The year the effect counts from."""
    unit: Id | None = None
    """The unit it applies to; defaults to the action's unit."""
    from_competence: Id | None = None
    """When people move from one competence to another (helsefagarbeider to sykepleier)."""
    hires: StrictBool | None = None
    """True when the persons are new to the unit (recruitment). Empty: true, unless the effect
    moves people (from_competence) or gives a course, credits or an authorisation to staff."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


KirkpatrickLevel = Literal[1, 2, 3, 4]


class Evaluation(Model):
    level: KirkpatrickLevel
    """Kirkpatrick level: 1 reaksjoner, 2 læring, 3 bruk, 4 nytte."""
    method: Text | None = None
    """How it is evaluated, e.g. «Medarbeidersamtaler»."""
    indicator: Text | None = None
    """What is measured."""
    result: Text | None = None
    """The result, once known."""
    date: Date | None = None
    """When the evaluation was or will be done."""


class Action(Model):
    id: Id
    """A short id."""
    title: Text
    """The action (tiltak), as the plan states it."""
    needs: list[Id] = []
    """Needs the action serves."""
    goals: list[Id] = []
    """Goals the action serves directly."""
    unit: Id | None = None
    """The unit that carries out the action."""
    strategy: StrategyKind
    """mobilisere, utvikle, anskaffe (or rekruttere) or avvikle."""
    learning_form: LearningForm | None = None
    """70 (own work), 20 (from others) or 10 (formal)."""
    arena: Id | None = None
    """The learning arena (an id from learning.arenas)."""
    provider: Text | None = None
    """Who provides it, e.g. «NMBU», «DiBK», «Statsforvalteren»."""
    target_group: Text | None = None
    """Who the action is for."""
    period: Period | None = None
    """When the action runs."""
    count: Count | None = None
    """How many take part (antall)."""
    frequency: Text | None = None
    """How often, e.g. «årlig», «hver måned»."""
    cost: Cost | None = None
    """What it costs and who pays."""
    responsible: Text | None = None
    """Who is responsible, by role."""
    status: Literal["planlagt", "pågår", "gjennomført", "utsatt", "avlyst"] = "planlagt"
    """planlagt, pågår, gjennomført, utsatt or avlyst."""
    effects: list[Effect] = []
    """What the action adds to the inventory, for the gap analysis."""
    evaluation: list[Evaluation] = []
    """How the action is evaluated."""
    example: StrictBool = False
    """True for a row the plan gives only as an example for units to fill in."""
    illustrative: StrictBool = False
    """True when the action is made up for illustration, not taken from the kommune's plan."""
    notes: Text | None = None
    """Anything else."""


# --- evaluation and follow-up (step 7) --------------------------------------------------------


class KirkpatrickRow(Model):
    level: KirkpatrickLevel
    """The level, 1 to 4."""
    name: Text
    """The level's name, e.g. «Reaksjoner»."""
    question: Text | None = None
    """The question the level asks."""
    methods: list[Text] = []
    """Example methods."""


class FollowUp(Model):
    what: Text
    """What is followed up."""
    who: Text | None = None
    """Who does it, by role."""
    when: Text | None = None
    """When or how often."""


class PlanEvaluation(Model):
    text: list[Text] = []
    """How the plan as a whole is followed up and evaluated."""
    kirkpatrick: list[KirkpatrickRow] = []
    """The Kirkpatrick levels the plan uses."""
    follow_up: list[FollowUp] = []
    """Follow-up activities (årsrapport, medarbeidersamtaler, 10-FAKTOR)."""


class Analysis(Model):
    """Settings for the competence and staffing analysis (kplan gap)."""

    retirement_age: Annotated[int, Strict(), Field(ge=50, le=75)] = 67
    """The age at which staff are expected to retire, e.g. 65 in pleie og omsorg."""
    unit_retirement_age: dict[Id, Annotated[int, Strict(), Field(ge=50, le=75)]] = {}
    """Retirement ages for particular units, by unit id."""
    turnover_percent: Annotated[float, Strict(), Field(ge=0, le=100)] = 0
    """Expected yearly turnover (turnover) in percent of staff, beyond retirements."""
    inventory_max_age_months: Annotated[int, Strict(), Field(ge=1, le=120)] = 24
    """Inventory snapshots older than this are flagged as out of date."""
    inventory_files: list[Annotated[str, Strict(), StringConstraints(min_length=1)]] = []
    """CSV files with inventory rows, relative to kplan.yaml (as an HR system exports them)."""
    driver_files: list[Annotated[str, Strict(), StringConstraints(min_length=1)]] = []
    """CSV files with driver values (population, children, pupils), relative to kplan.yaml."""


class Appendix(Model):
    title: Text
    """The appendix's title."""
    text: list[Text] = []
    """Paragraphs."""
    items: list[Text] = []
    """Points, e.g. questions or references."""
    sections: list[Appendix] = []
    """Sub-sections."""


class Suppression(Model):
    code: Annotated[str, Strict(), StringConstraints(pattern=r"^K[0-9]{3}$")]
    """The warning code to silence, e.g. «K301», or a privacy code with `text`."""
    reason: Text
    """Why the plan silences it: the reason is part of the plan."""
    text: Text | None = None
    """For a false alarm of a privacy code (K601-K605): the exact text flagged. Only that text
    is silenced, though privacy codes are errors; say in the reason why it is no personal data."""


# --- the plan ---------------------------------------------------------------------------------


class Sections(Model):
    """The list sections: these may be split over several files."""

    units: list[Unit] = []
    """Organisational units (kommune, ansvarsområde, tjeneste, enhet)."""
    competences: list[Competence] = []
    """The catalogue of competences the plan talks about."""
    goals: list[Goal] = []
    """Goals and guidelines (steg 3)."""
    strategies: list[Strategy] = []
    """Competence strategies and focus areas (steg 6)."""
    requirements: list[Requirement] = []
    """Competence requirements: norms, laws, local targets (steg 5)."""
    inventory: list[InventoryRow] = []
    """What the units have now, as aggregates (steg 5)."""
    drivers: list[Driver] = []
    """Population and user figures that drive staffing (steg 5)."""
    needs: list[Need] = []
    """Competence needs (steg 5)."""
    actions: list[Action] = []
    """The action plan (tiltaksplan, steg 6)."""
    swot: list[Swot] = []
    """SWOT analyses."""


class PlanPart(Sections):
    """A file included from kplan.yaml: list sections only."""

    kplan: Literal[1] = 1
    """The kplan file format version."""


class Head(Model):
    """kplan.yaml without its list sections: the parts of a plan that exist once."""

    kplan: Literal[1] = 1
    """The kplan file format version."""
    include: list[Annotated[str, Strict(), StringConstraints(min_length=1)]] = []
    """Other files of the plan, as paths or glob patterns relative to kplan.yaml."""
    suppress: list[Suppression] = []
    """Warning codes the plan silences on purpose, each with its reason."""
    plan: PlanInfo
    """Title, kommune, period, status and other facts about the plan."""
    decisions: list[Decision] = []
    """Political and administrative decisions on the plan (vedtaks- og endringsprotokoll)."""
    organisation: Organisation | None = None
    """Who owns, steers and writes the plan (steg 1)."""
    steps: list[Step] = []
    """Progress plan for the seven KS steps."""
    anchoring: Anchoring | None = None
    """Anchoring and ambitions (steg 2)."""
    competence_concept: CompetenceConcept | None = None
    """What the plan means by competence (steg 4)."""
    learning: Learning | None = None
    """Learning arenas and 70-20-10."""
    evaluation: PlanEvaluation | None = None
    """How the plan is evaluated and followed up (steg 7)."""
    analysis: Analysis | None = None
    """Settings for the competence and staffing analysis: retirement age, turnover, CSV data."""
    appendices: list[Appendix] = []
    """Appendices: support questions, literature, forms."""


class Plan(Head, Sections):
    """The whole plan: kplan.yaml with the list sections of every included file."""


SECTION_NAMES: tuple[str, ...] = tuple(Sections.model_fields)
HEAD_NAMES: tuple[str, ...] = tuple(Head.model_fields)


class DriverIndex:
    """How a ratio term finds its driver: by driver id, else by segment for the unit, else by
    segment for the whole kommune."""

    def __init__(self, drivers: list[Driver]) -> None:
        self.by_id = {d.id: d for d in drivers}
        self.by_segment = {(d.segment, d.unit): d for d in drivers if d.segment}
        self.segments = {d.segment for d in drivers if d.segment}

    def find(self, ref: str, unit: str) -> Driver | None:
        if ref in self.by_id:
            return self.by_id[ref]
        return self.by_segment.get((ref, unit)) or self.by_segment.get((ref, None))
