"""View: the plan document as plain data for the templates, with every string already worded.

The templates only loop and print. `build` puts the chapters together in the order of the KS
steps, as the Øyer plan does; each group of chapters lives in its own module (`opening`,
`competence` with `gaps` and `staffing` for the analysis, `actions`, `appendices`), and `model`
holds the frozen types a template gets (`Document`, `Section`, `Block`, `Link`). The view
computes nothing: the analysis results come in as `kplan.document.results.Results`.
"""

from __future__ import annotations

import datetime as dt

from kplan.document.results import Results
from kplan.document.view.actions import actions, evaluation, follow_up
from kplan.document.view.analysis_tables import word
from kplan.document.view.appendices import appendices
from kplan.document.view.competence import analysis, concept
from kplan.document.view.content import attach
from kplan.document.view.cover import coat_of_arms, cover
from kplan.document.view.model import (
    APPENDIX_DEPTH,
    Block,
    Context,
    Cover,
    Document,
    Inline,
    Link,
    Section,
    safe_link,
)
from kplan.document.view.opening import anchoring, background, decisions
from kplan.plan.model import Plan
from kplan.present.labels import Labels
from kplan.read.image import Image

__all__ = [
    "APPENDIX_DEPTH",
    "Block",
    "Cover",
    "Document",
    "Inline",
    "Link",
    "Section",
    "build",
    "coat_of_arms",
    "safe_link",
]


def _facts(c: Context) -> tuple[tuple[str, str], ...]:
    t, p = c.t, c.plan.plan
    facts = [
        (t["kommune"], f"{p.kommune.name} ({p.kommune.number})"),
        *(
            [(word(t, "former_numbers"), ", ".join(p.kommune.former_numbers))]
            if p.kommune.former_numbers
            else []
        ),
        (t["period"], f"{t.when(p.period.start)}–{t.when(p.period.end)}"),
        (t["status"], t.value(p.status)),
    ]
    if p.version:
        facts.append((t["version"], p.version))
    if p.owner:
        facts.append((t["owner"], p.owner))
    scope = t.value(p.scope.kind)
    if p.scope.description:
        scope = f"{scope}: {p.scope.description}"
    if p.scope.units:
        scope = f"{scope} ({', '.join(c.unit(u) for u in p.scope.units)})"
    facts.append((t["scope"], scope))
    if p.model:
        facts.append((t["method"], p.model))
    return tuple(facts)


def build(
    plan: Plan,
    results: Results,
    t: Labels,
    stamp: str = "",
    as_of: dt.date | None = None,
    arms: Image | None = None,
) -> Document:
    """The document view of a valid plan in the language of `t`, showing `results` (with the
    yearly follow-up chapter when the results hold one), stamped with `stamp`; steps and actions
    not done by `as_of` are late; the cover shows the coat of arms `arms` (see `coat_of_arms`)."""
    c = Context.of(plan, results, t, as_of)
    sections = [
        decisions(c),
        background(c),
        anchoring(c),
        attach(c, concept(c), "competence_concept"),
        attach(c, analysis(c), "analysis"),
        attach(c, actions(c), "actions"),
        attach(c, evaluation(c), "evaluation"),
        follow_up(c, results.follow_up) if results.follow_up is not None else None,
        appendices(c),
    ]
    return Document(
        lang=t.lang,
        title=plan.plan.title,
        subtitle=plan.plan.kommune.name,
        facts=_facts(c),
        stamp=stamp,
        sections=tuple(s for s in sections if s is not None),
        contents_label=t["contents"],
        cover=cover(c, arms),
        page_words=(t["pdf.page"], t["pdf.of"]),
    )
