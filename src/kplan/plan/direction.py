"""Where the plan is going: anchoring and goals (KS steps 2 and 3), what the plan means by
competence (step 4), and the units and competences everything else refers to."""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, Strict, StrictBool, StringConstraints

from kplan.plan.types import Id, Model, Number, Percent, Text, Year

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
    parents: list[Id] = []
    """Further goals this one serves, when it serves more than one (besides `parent`)."""
    sdgs: list[Annotated[int, Strict(), Field(ge=1, le=17)]] = []
    """FN's bærekraftsmål (sustainable development goals) the goal supports, by number 1-17."""
    indicator: Text | None = None
    """How progress is measured."""
    baseline: Number | Text | None = None
    """The indicator's value at the start."""
    target: Number | Text | None = None
    """The indicator's target value."""
    target_year: Year | None = None
    """When the target shall be reached."""
    illustrative: StrictBool = False
    """True when the indicator or figures are made up for illustration, not taken from the
    kommune's documents."""

    @property
    def all_parents(self) -> list[str]:
        """Every goal this one serves: `parent` first, then `parents`, each once."""
        first = [self.parent] if self.parent else []
        return list(dict.fromkeys(first + list(self.parents)))


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
    illustrative: StrictBool = False
    """True when this is made up for illustration, not taken from the kommune's documents."""


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
    form: LearningForm | None = None
    """70 (own work), 20 (from others) or 10 (formal courses); empty when the plan does not
    use the 70-20-10 model."""
    description: Text | None = None
    """What happens in this arena."""
    illustrative: StrictBool = False
    """True when this is made up for illustration (e.g. KS's own arenas taken in for an
    example), not taken from the kommune's documents."""


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
