"""KS completeness (K401-K405): what the KS model expects a plan to say.

These are warnings: they name what an adopted plan should hold, and a draft may lack it for now.

K401 warning: no tillitsvalgt or verneombud in the organisation
    Why: Hovedtariffavtalen kap. 3 says the plan is made together with the unions; the steering
    or working group should show it. FAIL::

        organisation:
          working_group:
            members:
              - {role: HR-rådgiver, kind: rådgiver}

    Fix: add `- {role: Hovedtillitsvalgt, kind: tillitsvalgt, union: Fagforbundet}` (or a
    `verneombud`).

K402 warning: an action without evaluation
    Why: step 7 asks how each action is followed up; an action with no evaluation cannot be.
    Cancelled actions (`status: avlyst`) are left alone. FAIL::

        actions:
          - {id: tiltak-1, title: Kurs i veiledning, strategy: utvikle, needs: [behov-1]}

    Fix: `evaluation: [{level: 2, method: Test etter kurset}]` (a Kirkpatrick level, 1-4).

K403 warning: a KS step the plan says nothing about
    Why: each of the seven steps leaves something in the plan (step 1 an organisation, step 4 a
    competence concept, step 7 an evaluation...). FAIL: a kplan.yaml with no `competence_concept:`.
    Fix: write what the plan means by competence::

        competence_concept:
          definition: Kunnskaper, ferdigheter, holdninger og evner.

K404 warning: an adopted plan with no decision recorded
    Why: `status: vedtatt` says a body adopted the plan; the decision (body, date, case number) is
    what shows it, and what `kplan diff` compares against. FAIL::

        plan:
          status: vedtatt
        decisions: []

    Fix: `decisions: [{id: ks-2025, body: Kommunestyret, date: 2025-06-19, summary: Vedtatt.}]`.

K405 warning: more than one main goal
    Why: a plan has one hovedmål; the other goals are mål, delmål or føringer under it. FAIL::

        goals:
          - {id: mal-1, kind: hovedmål, text: Rett kompetanse.}
          - {id: mal-2, kind: hovedmål, text: Heltidskultur.}

    Fix: `kind: mål` on the second, with `parent: mal-1` if it serves the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import Finding
from kplan.text import t


@check
def ks_completeness(ctx: Context) -> Iterator[Finding]:
    """K401, K402, K403, K404, K405: what the KS model expects a plan to say."""
    plan = ctx.plan
    org = plan.organisation
    if org is not None:
        members = [
            m
            for group in (org.steering_group, org.working_group)
            if group is not None
            for m in group.members
        ]
        if not any(m.kind in ("tillitsvalgt", "verneombud") for m in members):
            yield ctx.find(
                ("organisation",),
                "K401",
                t("check.k401.no_unions"),
                key=True,
            )
    for i, action in enumerate(plan.actions):
        if not action.evaluation and action.status != "avlyst":
            yield ctx.find(
                ("actions", i, "id"),
                "K402",
                t("check.k402.no_evaluation", id=action.id),
            )

    def has(*sections: str) -> bool:
        return any(getattr(plan, s) or ctx.asm.broken.get(s) for s in sections)

    missing = {
        1: org is None,
        2: plan.anchoring is None and not plan.decisions,
        3: not has("goals"),
        4: plan.competence_concept is None,
        5: not has("needs", "requirements", "inventory"),
        6: not has("actions", "strategies"),
        7: plan.evaluation is None,
    }
    for number, is_missing in missing.items():
        if is_missing:
            yield ctx.find(
                ("plan",),
                "K403",
                t("check.k403.silent_step", number=number, name=t(f"check.step.{number}")),
                key=True,
            )
    if ctx.plan.plan and ctx.plan.plan.status == "vedtatt" and not plan.decisions:
        yield ctx.find(
            ("plan", "status"),
            "K404",
            t("check.k404.no_decision"),
        )
    mains = [i for i, g in enumerate(plan.goals) if g.kind == "hovedmål"]
    for i in mains[1:]:
        yield ctx.find(("goals", i, "kind"), "K405", t("check.k405.two_main_goals"))
