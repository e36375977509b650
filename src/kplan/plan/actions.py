"""What the plan does about it: the action plan (KS step 6) and its evaluation and follow-up
(step 7), with the analysis settings, appendices and suppressions of the head."""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BeforeValidator, Field, Strict, StrictBool, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from kplan.plan.direction import LearningForm, StrategyKind
from kplan.plan.ssb_model import SsbFile
from kplan.plan.types import (
    CODE_PATTERN,
    ITEM_PATTERN,
    Amount,
    Change,
    Count,
    Date,
    Id,
    Model,
    Text,
    When,
    Year,
)

# --- actions (step 6) -------------------------------------------------------------------------


class Funding(Model):
    source: Text
    """Where the money comes from, e.g. «Kompetansemidler fra Statsforvalteren»."""
    amount: Amount | None = None
    """NOK covered by this source."""
    grant: StrictBool = True
    """True when it is a grant (it is netted off the kommune's cost)."""


NoAmount = Literal["innenfor tildelt ramme", "interne kostnader", "ikke beregnet"]
"""Why a cost is not an amount, as plans say it."""


class Cost(Model):
    amount: Amount | None = None
    """The cost in NOK."""
    per: Literal["totalt", "deltaker", "gang"] = "totalt"
    """Whether the amount is the total, per participant (times the action's count) or per
    occasion (times `occasions`); a recurring cost is multiplied so in each year it falls."""
    occasions: Count | None = None
    """How many times the action is held (per year when the cost recurs); needed with
    `per: gang`."""
    budget_year: Year | None = None
    """The budget year the cost falls in; empty: the year the action starts."""
    yearly: StrictBool = False
    """True when the amount recurs in every year of the action's period."""
    every_years: Annotated[int, Strict(), Field(ge=1, le=10)] | None = None
    """The amount recurs every this many years of the action's period, from its first year
    (e.g. 3 for a first-aid course renewed every third year)."""
    spread: StrictBool = False
    """True when the amount is the total for the action's whole period, spread evenly over
    its years."""
    no_amount: NoAmount | None = None
    """Why there is no amount: «innenfor tildelt ramme», «interne kostnader» or «ikke
    beregnet». Shown as such, never as 0."""
    spent: dict[Year, Amount] = {}
    """What was actually spent, in NOK per budget year, for the yearly follow-up."""
    funding: list[Funding] = []
    """Funding sources, grants among them."""
    note: Text | None = None
    """Anything else, e.g. «+ reise og diett» or «kursavgift»."""
    illustrative: StrictBool = False
    """True when the amount is made up for illustration."""

    @model_validator(mode="after")
    def _one_recurrence(self) -> Cost:
        # two ways of saying how the cost falls over the years cannot both hold
        if sum((self.yearly, self.every_years is not None, self.spread)) > 1:
            raise PydanticCustomError(
                "cost_recurrence", "give only one of yearly, every_years and spread"
            )
        if self.amount is not None and self.no_amount is not None:
            raise PydanticCustomError("cost_amount", "give either an amount or no_amount, not both")
        return self


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
    level: KirkpatrickLevel | None = None
    """Kirkpatrick level: 1 reaksjoner, 2 læring, 3 bruk, 4 nytte; empty when the plan does
    not use Kirkpatrick's levels."""
    method: Text | None = None
    """How it is evaluated, e.g. «Medarbeidersamtaler»."""
    indicator: Text | None = None
    """What is measured."""
    result: Text | None = None
    """The result, once known."""
    date: Date | None = None
    """When the evaluation was or will be done."""


CONTINUOUS_WORDS = frozenset(
    {"kontinuerlig", "kontinuerleg", "løpende", "fortløpende", "etter behov", "ved behov"}
)
"""Words for a period that has no end: an action given only these is never late."""


def _period_text(value: object) -> object:
    # plans often give only words («kontinuerlig», «etter behov»): a plain string is that text
    if isinstance(value, str):
        return {"text": value, "continuous": value.strip().lower() in CONTINUOUS_WORDS}
    if isinstance(value, dict) and "continuous" not in value and isinstance(value.get("text"), str):
        return {**value, "continuous": value["text"].strip().lower() in CONTINUOUS_WORDS}
    return value


class ActionPeriod(Model):
    """When an action runs, as the plan writes it: dates, words, or both."""

    start: When | None = None
    """First year (or month or day); alone, the action runs from then on («fra 2006»)."""
    end: When | None = None
    """Last year (or month or day); empty: the action has no end."""
    text: Text | None = None
    """The period in the plan's words, e.g. «kontinuerlig», «etter behov», «mars og september
    hvert år»."""
    continuous: StrictBool = False
    """True for an action that runs all the time or when needed (kontinuerlig, etter behov):
    it is never late."""


ActionStatus = Literal["planlagt", "pågår", "gjennomført", "utsatt", "avlyst"]
ACTION_STATUSES: tuple[str, ...] = get_args(ActionStatus)
"""An action's statuses, in the order of its life: one list for the model, the form and the
follow-up."""


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
    strategies: list[Id] = []
    """The plan's own strategies (satsingsområder) the action belongs to, by id."""
    strategy: StrategyKind | None = None
    """The KS strategy: mobilisere, utvikle, anskaffe (or rekruttere) or avvikle; empty when
    the plan does not say."""
    learning_form: LearningForm | None = None
    """70 (own work), 20 (from others) or 10 (formal)."""
    arena: Id | None = None
    """The learning arena (an id from learning.arenas)."""
    arenas: list[Id] = []
    """Further learning arenas, when the action uses more than one (ids from learning.arenas)."""
    provider: Text | None = None
    """Who provides it, e.g. «NMBU», «DiBK», «Statsforvalteren»."""
    target_group: Text | None = None
    """Who the action is for."""
    period: (
        Annotated[
            ActionPeriod, BeforeValidator(_period_text, json_schema_input_type=ActionPeriod | Text)
        ]
        | None
    ) = None
    """When the action runs: start and end, or the plan's words («kontinuerlig»), or both."""
    scope: Text | None = None
    """How much it takes (omfang), e.g. «½ dag», «40 timer», «30 studiepoeng»."""
    count: Count | None = None
    """How many take part (antall)."""
    frequency: Text | None = None
    """How often, e.g. «årlig», «hver måned»."""
    cost: Cost | None = None
    """What it costs and who pays."""
    responsible: Text | None = None
    """Who is responsible, by role."""
    status: ActionStatus = "planlagt"
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
    ssb: list[SsbFile] = []
    """SSB files as downloaded (statistikkbank CSV, PxWebApi JSON-stat2), each with the drivers
    it gives."""


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
    code: Annotated[str, Strict(), StringConstraints(pattern=CODE_PATTERN)]
    """The warning code to silence, e.g. «K301», or a privacy code with `text`."""
    reason: Text
    """Why the plan silences it: the reason is part of the plan."""
    text: Text | None = None
    """For a false alarm of a privacy code (K601-K605): the exact text flagged. Only that text
    is silenced, though privacy codes are errors; say in the reason why it is no personal data."""
    item: (
        Annotated[
            str,
            Strict(),
            StringConstraints(pattern=ITEM_PATTERN),
        ]
        | None
    ) = None
    """Silence the code only at one item, as section/id: «actions/tiltak-1», a step by its
    number («steps/5»), inventory rows and SWOT analyses by their unit («inventory/skole»); or
    a section or part of kplan.yaml alone («organisation»). Empty: the whole plan. An item that
    names nothing, or where the code is not reported, is itself warned about (K701)."""


ActionColumn = Literal[
    "unit",
    "need",
    "goal",
    "action",
    "strategies",
    "strategy",
    "learning_form",
    "arena",
    "target_group",
    "scope",
    "provider",
    "period",
    "frequency",
    "count",
    "cost",
    "responsible",
    "status",
    "notes",
]
"""A column of the document's action table: `strategies` is the plan's own strategies,
`strategy` the KS strategy, `arena` every learning arena of the action; `unit` is shown only
when the tables are not one per unit."""


class ActionTable(Model):
    """How the document shows the action plan (tiltaksplan)."""

    columns: list[ActionColumn] = []
    """The columns first, in this order (e.g. Øyer's form: need, action, period, count, cost,
    responsible). Any other column an action has a value in follows, so nothing is lost;
    a column empty in every row is left out."""
    group_by: list[Literal["unit", "strategies"]] = ["unit", "strategies"]
    """One table per unit, and within it per strategy of the plan's own, in this order; empty:
    one table."""
