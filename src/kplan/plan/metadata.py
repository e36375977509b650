"""The plan's metadata and organisation: plan:, decisions, who owns and writes the plan
(KS step 1), and the progress of the seven steps."""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import Field, GetCoreSchemaHandler, Strict, StrictBool, StringConstraints
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from kplan.plan.types import Id, Model, PlanPeriod, Text, When, when_bounds

_ISO_WHEN = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2})?)?$")


def _iso_form(value: Any) -> Any:
    # «10.08.22» or «juni 2024» as text: a date error, which names the ISO form to write
    if isinstance(value, str) and not _ISO_WHEN.match(value):
        raise PydanticCustomError("date_partial", "not a year, a month or a day")
    return value


class PartialDate(str):
    """A `When` (a year, a month or a day, as ISO text) that also compares with a day: it is
    before a day when all of it is, and after a day when all of it is.

    Decisions and step deadlines were days before plans could give a month or a year; the
    checks and `kplan log` compare them with today and sort them, and keep doing so."""

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_before_validator_function(
            _iso_form,
            core_schema.no_info_after_validator_function(cls, handler.generate_schema(When)),
        )

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and the last day it covers."""
        return when_bounds(self)

    def isoformat(self) -> str:
        """The value as the plan gives it: «2021», «2021-06» or «2021-06-17»."""
        return str(self)

    def __lt__(self, other: object) -> bool:
        if isinstance(other, dt.date):
            return self.bounds()[1] < other
        return str.__lt__(self, other) if isinstance(other, str) else NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, dt.date):
            return self.bounds()[0] > other
        return str.__gt__(self, other) if isinstance(other, str) else NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, dt.date):
            return self.bounds()[1] <= other
        return str.__le__(self, other) if isinstance(other, str) else NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, dt.date):
            return self.bounds()[0] >= other
        return str.__ge__(self, other) if isinstance(other, str) else NotImplemented


# --- metadata ---------------------------------------------------------------------------------


class Kommune(Model):
    name: Text
    """The kommune's name, e.g. «Øyer kommune»."""
    number: Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{4}$")]
    """Kommunenummer, four digits as text with leading zeros (write "0301", in quotes)."""
    former_numbers: list[Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{4}$")]] = []
    """Earlier kommunenummer, e.g. "0521" for Øyer before 2020."""
    coat_of_arms: Text | None = None
    """The kommune's coat of arms for the cover: a PNG, JPEG or SVG file, as a path relative to
    the plan directory (e.g. «vapen.svg»), at most 2 MB."""


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


DecisionKind = Literal["vedtak", "endring", "til orientering", "til etterretning", "høring"]


class DecisionFollowUp(Model):
    what: Text | None = None
    """What the decision asks for, e.g. «Skriftlig tilbakemelding til kommunestyret»."""
    due: PartialDate
    """When it is due: a year, a month or a day (2022-08-10 for «innen 10.08.22»)."""


class Decision(Model):
    id: Id
    """A short id for the decision, e.g. «ksak-131-21»."""
    body: Text
    """The body that decided, e.g. «Kommunestyret», «Driftsutvalget»."""
    kind: DecisionKind | None = None
    """vedtak, endring, til orientering, til etterretning or høring; empty when the source
    does not say."""
    date: PartialDate | None = None
    """When it was decided, as precise as known: a year (2021), a month (2021-06) or a day
    (2021-06-17)."""
    case_number: Text | None = None
    """The case number, e.g. «K-sak 131/21»."""
    summary: Text | None = None
    """What was decided, in short."""
    follow_up: DecisionFollowUp | None = None
    """A follow-up the decision asks for, with its deadline."""
    git_tag: Text | None = None
    """The git tag of the plan version this decision adopted, if any."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


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


StepStatus = Literal["ikke startet", "pågår", "ferdig"]


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
    deliverable: Text | None = None
    """What the step delivers, e.g. «Utkast til kompetanseanalyse»."""
    deadline: PartialDate | None = None
    """When the step shall be done: a year, a month (2024-12) or a day."""
    done: PartialDate | None = None
    """When the step was done: a year, a month or a day."""
    status: StepStatus | None = None
    """ikke startet, pågår or ferdig; empty when the plan does not say (shown as unknown)."""
    notes: list[Text] = []
    """Other notes on the step."""
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""
