"""The red thread (K301, K302, K303): goals, needs and actions hang together.

KS's model reads a plan as one thread: goals say where the kommune is going, needs say what
competence is missing on the way, actions say what is done about each need. A piece that hangs
loose is a warning, not an error: a draft is allowed to be unfinished.

K301 warning: a need that no action serves
    Why: a need nobody acts on is a gap the plan knows about and leaves open. FAIL::

        needs:
          - {id: behov-1, text: Flere sykepleiere, type: anskaffelse}
        actions: []

    Fix: an action with `needs: [behov-1]`, or take the need out.

K302 warning: an action that serves no need or goal
    Why: the plan cannot say why the action is there, nor can the follow-up say what it achieved.
    FAIL::

        actions:
          - {id: tiltak-1, title: Ekstern utlysning, strategy: rekruttere}

    Fix: say which in `needs:` or `goals:`.

K303 warning: a goal that nothing works towards
    Why: a goal no need, action, strategy, requirement or sub-goal refers to is a wish the plan
    does nothing about. FAIL::

        goals:
          - {id: hovedmal, kind: hovedmål, text: Kommunen har rett kompetanse.}
        needs:
          - {id: behov-1, text: Flere sykepleiere, type: anskaffelse}

    Fix: `goals: [hovedmal]` on the need (or on an action, strategy or sub-goal's `parent:`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kplan.check.rules.base import Context, broken_refs, check
from kplan.diagnostics import Finding
from kplan.text import t


@check
def red_thread(ctx: Context) -> Iterator[Finding]:
    """K301, K302, K303: goals → needs → actions hang together."""
    plan = ctx.plan
    served = {n for a in plan.actions for n in a.needs} | broken_refs(ctx, "actions", "needs")
    for i, need in enumerate(plan.needs):
        if need.id not in served:
            yield ctx.find(
                ("needs", i, "id"),
                "K301",
                t("check.k301.need_unserved", id=need.id),
            )
    for i, action in enumerate(plan.actions):
        if not action.needs and not action.goals:
            yield ctx.find(
                ("actions", i, "id"),
                "K302",
                t("check.k302.action_loose", id=action.id),
            )
    referred = (
        {g for n in plan.needs for g in n.goals}
        | {g for a in plan.actions for g in a.goals}
        | {g for s in plan.strategies for g in s.goals}
        | {g for r in plan.requirements for g in r.goals}
        | {p for g in plan.goals for p in g.all_parents}
        | {
            g
            for s in ("needs", "actions", "strategies", "requirements")
            for g in broken_refs(ctx, s, "goals")
        }
        | broken_refs(ctx, "goals", "parent")
        | broken_refs(ctx, "goals", "parents")
    )
    for i, goal in enumerate(plan.goals):
        if goal.id not in referred:
            yield ctx.find(
                ("goals", i, "id"),
                "K303",
                t("check.k303.goal_alone", id=goal.id),
            )
