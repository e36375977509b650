"""The opening chapters (KS steps 1 and 2): decisions, background and organisation, anchoring."""

from __future__ import annotations

from kplan.document.view.model import Block, Context, Inline, Section, bullets, missing, para, table
from kplan.plan.model import Goal
from kplan.present.fmt import number


def decisions(c: Context) -> Section | None:
    """The political decisions and changes to the plan, as a table; None when there are none."""
    t = c.t
    rows: list[list[Inline]] = [
        [d.body, t.date(d.date) if d.date else "", d.case_number or "", d.summary]
        for d in c.plan.decisions
    ]
    if not rows:
        return None
    return Section(
        "vedtak",
        t["decisions"],
        tuple(table("", [t["body"], t["date"], t["case"], t["summary"]], rows)),
    )


def background(c: Context) -> Section:
    """Background and purpose, with the organisation, revision and the KS steps under it."""
    t, p = c.t, c.plan.plan
    blocks = para(p.background) + bullets(list(p.purpose), t["purpose"])
    subs = [s for s in (_organisation(c), _revision(c), _steps(c)) if s is not None]
    if not blocks and not subs:
        blocks = missing(t)
    return Section("bakgrunn", t["background"], tuple(blocks), tuple(subs))


def _organisation(c: Context) -> Section | None:
    t, org = c.t, c.plan.organisation
    if org is None:
        return None
    ob: list[Block] = []
    if org.owner:
        ob += [Block("paragraph", text=f"{t['project_owner']}: {org.owner}")]
    for label, group in (
        (t["steering_group"], org.steering_group),
        (t["working_group"], org.working_group),
    ):
        if group is None:
            continue
        ob += para(group.description)
        ob += table(
            group.name or label,
            [t["role"], t["represents"], t["side"]],
            [[m.role, m.represents or m.union or "", t.value(m.kind)] for m in group.members],
        )
    ob += bullets(
        [f"{u.name}: {u.role}" if u.role else u.name for u in org.user_councils],
        t["user_councils"],
    )
    ob += bullets(list(org.mandate), t["mandate"])
    ob += para(org.target_group)
    for r in org.responsibilities:
        ob += bullets(list(r.duties), r.role)
    ob += bullets(list(org.notes))
    return Section("organisering", t["organisation"], tuple(ob))


def _revision(c: Context) -> Section | None:
    t, p = c.t, c.plan.plan
    rev: list[Block] = []
    if p.revision:
        for n, key in (
            (p.revision.every_years, "revision"),
            (p.revision.actions_every_years, "actions"),
        ):
            if n == 1:
                rev.append(Block("paragraph", text=t[f"{key}_yearly"]))
            elif n:
                rev.append(Block("paragraph", text=t(f"{key}_every", n=n)))
        rev += para(p.revision.description)
    if p.reporting:
        rev += para(p.reporting.channel) + para(p.reporting.description)
    return Section("rullering", t["revision"], tuple(rev)) if rev else None


def _steps(c: Context) -> Section | None:
    t = c.t
    if not c.plan.steps:
        return None
    rows: list[list[Inline]] = [
        [
            f"{s.number}. {s.name or ''}".strip(),
            s.responsible or "",
            s.what or "",
            t.date(s.deadline) if s.deadline else "",
            t.value(s.status),
        ]
        for s in sorted(c.plan.steps, key=lambda s: s.number)
    ]
    header = [t["step"], t["responsible"], t["what"], t["deadline"], t["status"]]
    return Section("steg", t["steps"], tuple(table("", header, rows)))


def _figure(value: float | str) -> str:
    return number(value) if isinstance(value, float | int) else value


def goal_row(c: Context, g: Goal) -> list[Inline]:
    """A goal as a table row: text, kind, source, indicator, and «baseline → target (year)»."""
    target = " ".join(
        x
        for x in (
            f"{_figure(g.baseline)} →" if g.baseline is not None else "",
            _figure(g.target) if g.target is not None else "",
            f"({g.target_year})" if g.target_year else "",
        )
        if x
    )
    return [g.text, c.t.value(g.kind), c.source(g.source), g.indicator or "", target]


def anchoring(c: Context) -> Section:
    """Anchoring (KS step 2): the text, values, ambition, knowledge base and the goals."""
    t, a = c.t, c.plan.anchoring
    blocks: list[Block] = []
    if a is not None:
        for text in a.text:
            blocks += para(text)
        blocks += bullets(list(a.values), t["values"])
        if a.ambition:
            blocks.append(Block("paragraph", text=f"{t['ambition']}: {a.ambition}"))
        blocks += bullets(list(a.knowledge_base))
    blocks += table(
        t["goals"],
        [t["goal"], t["kind"], t["source"], t["indicator"], t["target"]],
        [goal_row(c, g) for g in c.plan.goals],
    )
    if not blocks:
        blocks = missing(t)
    return Section("forankring", t["anchoring"], tuple(blocks))
