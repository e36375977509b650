"""The plan model: what a strategic competence plan holds, as pydantic models.

Keys are English, content is Norwegian. Every field carries a docstring: it becomes the description
an editor shows from the JSON Schema (`kplan schema`). The models only describe shape; rules that
look across the plan (references, the red thread, periods) live in `kplan.check.rules`.

The models are grouped by KS step in the modules beside this one (`types`, `metadata`,
`direction`, `needs`, `actions`); this module puts them together into a plan, and is where the
rest of kplan imports them from.
"""

# pydantic copies a field's default for each instance; ruff cannot see that `Model` is a
# pydantic model when it is imported, so it takes the defaults for shared class attributes
# ruff: noqa: RUF012

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Strict, StringConstraints

from kplan.plan.actions import (
    Action,
    ActionTable,
    Analysis,
    Appendix,
    Cost,
    Effect,
    Evaluation,
    FollowUp,
    Funding,
    KirkpatrickRow,
    PlanEvaluation,
    Suppression,
)
from kplan.plan.content import ContentBlock, ContentSection, ContentTable, Term
from kplan.plan.direction import (
    Anchoring,
    Competence,
    CompetenceConcept,
    Goal,
    Learning,
    Source,
    Strategy,
    Unit,
)
from kplan.plan.metadata import Decision, DecisionFollowUp, Organisation, PlanInfo, Step
from kplan.plan.needs import (
    CountRequirement,
    CourseRequirement,
    Driver,
    DriverIndex,
    DriverSource,
    EmploymentRequirement,
    InventoryRow,
    Need,
    QualificationRequirement,
    RatioRequirement,
    Requirement,
    ShareRequirement,
    Swot,
)
from kplan.plan.staffing import DemandTerm, StaffingLine
from kplan.plan.types import Model, band_bounds, when_bounds

__all__ = [
    "HEAD_NAMES",
    "SECTION_NAMES",
    "Action",
    "Analysis",
    "Appendix",
    "Competence",
    "ContentBlock",
    "ContentSection",
    "ContentTable",
    "Cost",
    "CountRequirement",
    "CourseRequirement",
    "Decision",
    "DecisionFollowUp",
    "DemandTerm",
    "Driver",
    "DriverIndex",
    "DriverSource",
    "Effect",
    "EmploymentRequirement",
    "Evaluation",
    "FollowUp",
    "Funding",
    "Goal",
    "Head",
    "InventoryRow",
    "KirkpatrickRow",
    "Need",
    "PartialHead",
    "PartialPlan",
    "Plan",
    "PlanInfo",
    "PlanPart",
    "QualificationRequirement",
    "RatioRequirement",
    "Requirement",
    "Sections",
    "ShareRequirement",
    "Source",
    "StaffingLine",
    "Step",
    "Strategy",
    "Term",
    "Unit",
    "band_bounds",
    "when_bounds",
]

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
    staffing: list[StaffingLine] = []
    """The staffing balance: whose staff the plan projects and what their need follows."""
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


class PartialHead(Model):
    """kplan.yaml without its list sections, as far as it could be read: every field holds a
    valid value or its default, and `plan` is None when the plan's own facts could not be read."""

    kplan: Literal[1] = 1
    """The kplan file format version."""
    include: list[Annotated[str, Strict(), StringConstraints(min_length=1)]] = []
    """Other files of the plan, as paths or glob patterns relative to kplan.yaml."""
    suppress: list[Suppression] = []
    """Warning codes the plan silences on purpose, each with its reason."""
    plan: PlanInfo | None = None
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
    action_table: ActionTable | None = None
    """How the document shows the action plan: its columns and their order."""
    appendices: list[Appendix] = []
    """Appendices: support questions, literature, forms."""
    content: list[ContentSection] = []
    """Free sections of text, lists and tables, each in the chapter it names (principles,
    expectations, a table comparing planning levels)."""
    glossary: list[Term] = []
    """Terms and what the plan means by them (begrepsavklaring)."""


class Head(PartialHead):
    """kplan.yaml without its list sections: the parts of a plan that exist once."""

    plan: PlanInfo
    """Title, kommune, period, status and other facts about the plan."""


class PartialPlan(PartialHead, Sections):
    """A plan as far as it could be read: the valid parts of its head and its valid items.

    What checks look at, and what `kplan diff` compares when a version has errors. A `Plan` is
    one whose `plan:` was read; only validation says whether it has no errors."""


class Plan(Head, PartialPlan):
    """The whole plan: kplan.yaml with the list sections of every included file."""


SECTION_NAMES: tuple[str, ...] = tuple(Sections.model_fields)
HEAD_NAMES: tuple[str, ...] = tuple(Head.model_fields)
