"""Privacy (K605): a plan names roles, not persons.

A competence plan is a public document, so it holds no personal data. Fødselsnummer, e-mail
addresses, phone numbers and street addresses (K601-K604) are found by the raw-text scan
(`read.privacy`) in every file, before the model is built; this rule finds what only the model can
tell: a person's name in a field that names a role.

K605 warning: a personal name where the plan names a role
    Why: members, leaders and the responsible are named by their role, which stays right when
    people change jobs, and keeps names out of a published plan. The kommune's, the plan's and the
    units' own names are not taken for persons. FAIL::

        organisation:
          working_group:
            members:
              - {role: Kari Nordmann, kind: rådgiver}

    Fix: `role: HR-rådgiver`. For a false alarm (a course named after a person), silence the
    exact text: `suppress: [{code: K605, text: ..., reason: ...}]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import DataPath, Finding
from kplan.plan.model import PartialPlan
from kplan.read.privacy import CAPITALISED, names_in
from kplan.text import t


@check
def personal_names(ctx: Context) -> Iterator[Finding]:
    """K605: a personal name where the plan names a role (members, responsible, leaders)."""
    own = own_names(ctx.plan)
    for path, text in person_fields(ctx.plan):
        for name in names_in(text, own):
            # the flagged name is the value `text`: a suppression with `text:` matches it there
            yield ctx.find(path, "K605", t("check.k605.name", text=name))


def person_fields(plan: PartialPlan) -> Iterator[tuple[DataPath, str]]:
    """Where a plan names people, as (data path, text): a role belongs there."""
    info = plan.plan
    if info is not None:
        if info.owner:
            yield ("plan", "owner"), info.owner
        if info.reporting and info.reporting.channel:
            yield ("plan", "reporting", "channel"), info.reporting.channel
    org = plan.organisation
    if org is not None:
        if org.owner:
            yield ("organisation", "owner"), org.owner
        for name, group in (
            ("steering_group", org.steering_group),
            ("working_group", org.working_group),
        ):
            for i, m in enumerate(group.members if group else []):
                yield ("organisation", name, "members", i, "role"), m.role
        for i, r in enumerate(org.responsibilities):
            yield ("organisation", "responsibilities", i, "role"), r.role
    for i, u in enumerate(plan.units):
        if u.leader:
            yield ("units", i, "leader"), u.leader
    for i, step in enumerate(plan.steps):
        if step.responsible:
            yield ("steps", i, "responsible"), step.responsible
    for i, a in enumerate(plan.actions):
        if a.responsible:
            yield ("actions", i, "responsible"), a.responsible
    for i, f in enumerate(plan.evaluation.follow_up if plan.evaluation else []):
        if f.who:
            yield ("evaluation", "follow_up", i, "who"), f.who


def own_names(plan: PartialPlan) -> frozenset[str]:
    """The words of the plan's own names (units, the kommune, unions, councils): no persons."""
    texts: list[str | None] = [u.name for u in plan.units]
    texts += [c.name for c in plan.competences]
    info = plan.plan
    if info is not None:
        texts.append(info.kommune.name)
    org = plan.organisation
    if org is not None:
        for group in (org.steering_group, org.working_group):
            if group is not None:
                texts.append(group.name)
                texts += [m.union for m in group.members] + [m.represents for m in group.members]
        texts += [c.name for c in org.user_councils]
    texts += [d.body for d in plan.decisions]
    return frozenset(w.casefold() for t in texts if t for w in CAPITALISED.findall(t))
