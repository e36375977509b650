"""The analysis chapter's tables of what the plan states (KS step 5): the competences it talks
about, its requirements with their terms, the inventory with its age and position bands, and
the needs. Each shows every text and number the plan gives; a column empty in every row is
left out, so a plan that does not use a field does not get an empty column.
"""

from __future__ import annotations

from collections.abc import Mapping

from kplan.document.view.model import Block, Context, Inline, mark_rows, sparse_table
from kplan.plan.model import (
    CountRequirement,
    CourseRequirement,
    EmploymentRequirement,
    QualificationRequirement,
    RatioRequirement,
    Requirement,
    ShareRequirement,
)
from kplan.plan.needs import RatioTerm
from kplan.present.fmt import number
from kplan.present.labels import LANGS, Labels
from kplan.present.view_labels import VIEW_LABELS


def word(t: Labels, key: str, **values: object) -> str:
    """A label of this module's table in the language of `t`."""
    return VIEW_LABELS[key][LANGS.index(t.lang)].format(**values)


def choice(t: Labels, value: str) -> str:
    """A choice from the plan's closed lists in the language of `t`: this module's words first,
    then the shared label table's."""
    key = f"value_{value}"
    return word(t, key) if key in VIEW_LABELS else t.value(value)


def _level(t: Labels, level: str) -> str:
    # a level the labels do not know yet (added to the model later) shows as the plan wrote it
    key = f"level_{level}"
    return word(t, key) if key in VIEW_LABELS else level


def units(c: Context) -> list[Block]:
    """The organisation the analysis counts in: each unit, its level, what it is part of and
    its leader."""
    t = c.t
    header = [t["unit"], t["level"], word(t, "parent"), word(t, "leader")]
    rows: list[list[Inline]] = [
        [
            u.name,
            _level(t, u.level),
            c.unit(u.parent) if u.parent else "",
            u.leader or "",
        ]
        for u in c.plan.units
    ]
    return sparse_table("", header, rows)


def competences(c: Context) -> list[Block]:
    """The catalogue of competences: name, kind, level, subject, credits, form, renewal."""
    t, cc = c.t, c.plan.competence_concept
    # a form is named by its id in the plan; the reader gets the name the concept gives it
    dimensions = cc.dimensions if cc is not None else []
    forms = {f.id: f.name for d in dimensions for f in d.forms if f.id}
    header = [
        t["competence"],
        t["kind"],
        t["level"],
        word(t, "subject"),
        word(t, "credits"),
        word(t, "study_form"),
        word(t, "renew_years"),
    ]
    rows: list[list[Inline]] = [
        [
            k.name,
            t.value(k.kind),
            t.value(k.level) if k.level else "",
            k.subject or "",
            number(k.credits) if k.credits is not None else "",
            forms.get(k.form, k.form) if k.form else "",
            word(t, "years_n", n=number(k.renew_years)) if k.renew_years is not None else "",
        ]
        for k in c.plan.competences
    ]
    header, rows = mark_rows(t, header, rows, [k.illustrative for k in c.plan.competences])
    return sparse_table("", header, rows)


def _names(c: Context, ids: list[str]) -> str:
    return ", ".join(c.competence(i) for i in ids)


def _terms(c: Context, r: Requirement) -> list[str]:
    """What the requirement asks, each term labelled: «Minst: 2», «Frist: 1. august 2025»."""
    t = c.t
    out: list[str] = []

    def say(key: str, value: str) -> None:
        out.append(f"{word(t, key)}: {value}")

    if isinstance(r, CountRequirement):
        # a count is in persons or årsverk: the figure carries which, so «Måles i» goes
        unit = t.value(r.basis)
        say("minimum", f"{number(r.minimum)} {unit} ({_names(c, r.competences)})")
        if "agreed" in r.model_fields_set:
            say("agreed", f"{number(r.agreed)} {unit}")
        if "met_by" in r.model_fields_set:
            say("met_by", ", ".join(choice(t, m) for m in r.met_by))
    elif isinstance(r, RatioRequirement):
        say("ratio_terms", _names(c, r.competences))
        for term in r.terms:
            out.append(_ratio_term(c, term))
    elif isinstance(r, ShareRequirement):
        share = f"{_names(c, r.competences)} {word(t, 'share_of')} {_names(c, r.of)}"
        say("tidy.share", share)
        if r.min_percent is not None:
            say("min_percent", f"{number(r.min_percent)} %")
        if r.max_percent is not None:
            say("max_percent", f"{number(r.max_percent)} %")
    elif isinstance(r, QualificationRequirement):
        say("role", c.competence(r.role))
        or_ = f" {word(t, 'path_or')} "
        say("paths", or_.join(" + ".join(c.competence(i) for i in p) for p in r.paths))
        out.append(f"{t['deadline']}: {t.date(r.deadline)}")
        if r.exemptions:
            say("exemptions", r.exemptions)
        if "exempt" in r.model_fields_set:
            say("exempt", number(r.exempt))
        if r.exempt_until is not None:
            say("exempt_until", t.date(r.exempt_until))
    elif isinstance(r, CourseRequirement):
        say("course", c.competence(r.course))
        if r.role:
            say("role", c.competence(r.role))
        if r.deadline is not None:
            out.append(f"{t['deadline']}: {t.date(r.deadline)}")
    elif isinstance(r, EmploymentRequirement):
        for key, value in (
            ("min_position", r.min_position_percent),
            ("full_time_share", r.full_time_share_percent),
            ("min_average_position", r.min_average_position_percent),
        ):
            if value is not None:
                say(key, f"{number(value)} %")
        say("applies_to", choice(t, r.applies_to))
        say("rule", choice(t, r.rule))
    if r.applies_from:
        say("applies_from", t.when(r.applies_from))
    if "basis" in r.model_fields_set and not isinstance(r, CountRequirement):
        say("basis", t.value(r.basis))
    if r.rounding is not None and "rounding" in r.model_fields_set:
        say("rounding", choice(t, r.rounding))
    if r.need_type:
        out.append(f"{t['need_type']}: {t.value(r.need_type)}")
    return out


def _ratio_term(c: Context, term: RatioTerm) -> str:
    return f"1 per {number(term.per)} {c.drivers.get(term.driver, term.driver)}"


def requirements(c: Context) -> list[Block]:
    """The requirements: title, kind, units, terms, the source with its kind and reference."""
    t = c.t
    header = [
        t["requirement"],
        t["kind"],
        t["units"],
        word(t, "terms"),
        t["source"],
        word(t, "source_kind"),
    ]
    rows: list[list[Inline]] = [
        [
            r.title,
            t.value(r.kind),
            ", ".join(c.unit(u) for u in r.units),
            "; ".join(_terms(c, r)),
            c.source(r.source),
            t.value(r.source.kind),
        ]
        for r in c.plan.requirements
    ]
    header, rows = mark_rows(t, header, rows, [r.illustrative for r in c.plan.requirements])
    return sparse_table("", header, rows)


def _bands(bands: Mapping[str, float]) -> str:
    return ", ".join(f"{band}: {number(n)}" for band, n in bands.items())


def inventory(c: Context) -> list[Block]:
    """The inventory rows, those of a role too: who, how many, when, in which age and position
    bands, and from where."""
    t = c.t
    header = [
        t["unit"],
        t["competence"],
        word(t, "role"),
        t["persons"],
        t["fte"],
        t["snapshot"],
        word(t, "age_bands"),
        word(t, "fte_by_age"),
        word(t, "position_sizes"),
        t["source"],
    ]
    rows: list[list[Inline]] = []
    for r in c.plan.inventory:
        held = c.competence(r.competence) if r.competence else t["staffing_all"]
        if r.unused:
            held = f"{held} ({word(t, 'unused')})"
        rows.append(
            [
                c.unit(r.unit),
                held,
                c.competence(r.role) if r.role else "",
                number(r.persons),
                number(r.fte),
                t.date(r.date),
                _bands(r.age_bands),
                _bands(r.fte_by_age),
                _bands(r.position_sizes),
                r.source or "",
            ]
        )
    flags = [r.illustrative for r in c.plan.inventory]
    header, rows = mark_rows(t, header, rows, flags, col=1)
    return sparse_table("", header, rows, numeric={3, 4})


def needs(c: Context) -> list[Block]:
    """The needs: the short name and the need, its description, type, unit and competences."""
    t = c.t
    header = [
        word(t, "label"),
        t["need"],
        t["description"],
        t["need_type"],
        t["unit"],
        word(t, "competences"),
        word(t, "priority"),
    ]
    rows: list[list[Inline]] = []
    for n in c.plan.needs:
        label = getattr(n, "label", None) or ""
        description = getattr(n, "description", None) or ""
        rows.append(
            [
                label,
                n.text,
                description,
                t.value(n.type),
                c.unit(n.unit),
                _names(c, list(n.competences)),
                choice(t, n.priority) if n.priority else "",
            ]
        )
    return sparse_table("", header, rows, keep=0)
