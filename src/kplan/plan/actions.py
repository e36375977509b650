"""What the plan does about it: the action plan (KS step 6) and its evaluation and follow-up
(step 7), with the analysis settings, appendices and suppressions of the head."""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, Strict, StrictBool, StringConstraints

from kplan.plan.direction import LearningForm, StrategyKind
from kplan.plan.types import Amount, Change, Count, Date, Id, Model, Period, Text, Year

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
