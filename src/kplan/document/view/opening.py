"""The opening chapters (KS steps 1 and 2): decisions, background and organisation, anchoring."""

from __future__ import annotations

from kplan.document.view.content import attach, extend, glossary
from kplan.document.view.model import (
    Block,
    Context,
    Inline,
    Section,
    bullets,
    mark_rows,
    marked,
    missing,
    para,
    safe_link,
    sparse_table,
    table,
)
from kplan.plan.metadata import Member
from kplan.plan.model import Decision, Goal, Source, Step
from kplan.present.content_labels import choice, say
from kplan.present.fmt import number


def _decision_row(c: Context, d: Decision) -> list[Inline]:
    t = c.t
    follow = ""
    if d.follow_up is not None:
        due = say(t, "content.follow_up_by", when=t.when(d.follow_up.due))
        follow = " ".join(x for x in (d.follow_up.what, due) if x)
    return [
        marked(c.t, d.body, d.illustrative),
        choice(t, "content.kind", d.kind) if d.kind else "",
        t.when(d.date) if d.date else "",
        d.case_number or "",
        d.summary or "",
        follow,
        d.git_tag or "",
    ]


def decisions(c: Context) -> Section | None:
    """The vedtaks- og endringsprotokoll as a table (columns no decision fills are left out),
    with the plan's free sections for it; None when there is neither."""
    t = c.t
    rows = [_decision_row(c, d) for d in c.plan.decisions]
    header = [
        t["body"],
        say(t, "content.kind"),
        t["date"],
        t["case"],
        say(t, "content.summary"),
        say(t, "content.follow_up"),
        say(t, "content.version"),
    ]
    section = (
        Section("vedtak", t["decisions"], tuple(sparse_table("", header, rows))) if rows else None
    )
    return attach(c, section, "decisions")


def background(c: Context) -> Section:
    """Background and purpose, with the glossary, organisation, revision and the KS steps."""
    t, p = c.t, c.plan.plan
    blocks = para(p.background) + bullets(list(p.purpose), t["purpose"])
    subs = [
        s
        for s in (
            glossary(c),
            attach(c, _organisation(c), "organisation"),
            _revision(c),
            attach(c, _steps(c), "steps"),
        )
        if s is not None
    ]
    if not blocks and not subs:
        blocks = missing(t)
    return extend(c, Section("bakgrunn", t["background"], tuple(blocks), tuple(subs)), "background")


def _organisation(c: Context) -> Section:
    t, org = c.t, c.plan.organisation
    if org is None:
        # KS steg 1 is the first thing a new plan fills in: say it is still empty
        return Section("organisering", t["organisation"], tuple(missing(t)))
    ob: list[Block] = []
    if org.owner:
        ob += [Block("paragraph", text=f"{t['project_owner']}: {org.owner}")]
    for label, group in (
        (t["steering_group"], org.steering_group),
        (t["working_group"], org.working_group),
    ):
        if group is None:
            continue
        if group.name and not group.members:
            # a table would carry the name as its caption; without members there is none
            ob.append(
                Block("paragraph", text=say(t, "content.group_name", group=label, name=group.name))
            )
        ob += table(
            group.name or label,
            [t["role"], t["represents"], t["side"]],
            [[m.role, _represents(m), t.value(m.kind)] for m in group.members],
        )
        # the description belongs to the group: under its table, never above its caption
        ob += para(group.description)
    ob += bullets(
        [f"{u.name}: {u.role}" if u.role else u.name for u in org.user_councils],
        t["user_councils"],
    )
    ob += bullets(list(org.mandate), t["mandate"])
    if org.target_group:
        ob.append(Block("paragraph", text=f"{t['target_group']}: {org.target_group}"))
    for r in org.responsibilities:
        ob += bullets(list(r.duties), r.role)
    ob += bullets(list(org.notes))
    return Section("organisering", t["organisation"], tuple(ob or missing(t)))


def _represents(m: Member) -> str:
    """«Oppvekst (Utdanningsforbundet)»: what a member represents and the union, both kept."""
    if m.represents and m.union and m.union.casefold() not in m.represents.casefold():
        return f"{m.represents} ({m.union})"
    return m.represents or m.union or ""


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
        if p.revision.next:
            rev.append(
                Block(
                    "paragraph", text=say(t, "content.next_revision", when=t.when(p.revision.next))
                )
            )
        rev += para(p.revision.description)
    if p.reporting:
        if "frequency" in p.reporting.model_fields_set:
            # the default «årlig» is kplan's, not the plan's word
            often = choice(t, "content.frequency", p.reporting.frequency)
            rev.append(Block("paragraph", text=say(t, "content.reporting", frequency=often)))
        rev += para(p.reporting.channel) + para(p.reporting.description)
    return Section("rullering", t["revision"], tuple(rev)) if rev else None


def _step_row(c: Context, s: Step) -> list[Inline]:
    t = c.t
    return [
        marked(c.t, f"{s.number}. {s.name or ''}".strip(), s.illustrative),
        s.responsible or "",
        s.what or "",
        s.deliverable or "",
        t.when(s.deadline) if s.deadline else "",
        t.when(s.done) if s.done else "",
        _step_status(c, s),
        "; ".join(s.notes),
    ]


def _step_status(c: Context, s: Step) -> str:
    """The step's status, with «forsinket» in words when it is past its deadline and not done
    as of the rendered version's date (as `kplan validate` warns, K503)."""
    t = c.t
    status = t.value(s.status) if s.status else say(t, "content.status_unknown")
    done = s.status == "ferdig" or s.done is not None
    late = c.as_of is not None and s.deadline is not None and s.deadline < c.as_of and not done
    return f"{status}, {t['filter.late']}" if late else status


def _steps(c: Context) -> Section | None:
    t = c.t
    if not c.plan.steps:
        return None
    rows = [_step_row(c, s) for s in sorted(c.plan.steps, key=lambda s: s.number)]
    header = [
        t["step"],
        t["responsible"],
        t["what"],
        say(t, "content.deliverable"),
        t["deadline"],
        say(t, "content.done"),
        t["status"],
        say(t, "content.notes"),
    ]
    return Section("steg", t["steps"], tuple(sparse_table("", header, rows)))


def _figure(value: float | str) -> str:
    return number(value) if isinstance(value, float | int) else value


def _source(c: Context, s: Source | None) -> Inline:
    """«title, reference (kind)», linked when its URL is safe; the kind alone without a title,
    and not repeated when the title already says it («Kommuneplanens samfunnsdel»)."""
    if s is None:
        return ""
    kind = choice(c.t, "content.source_kind", s.kind)
    named = ", ".join(x for x in (s.title, s.reference) if x)
    said = kind.casefold() in named.casefold()
    if not s.title:
        text = ", ".join(x for x in (kind, s.reference) if x)
    else:
        text = named if said else f"{named} ({kind})"
    return safe_link(text, s.url)


def goal_row(c: Context, g: Goal) -> list[Inline]:
    """A goal as a table row: text, kind, source, indicator, «baseline → target (year)», the
    goals it serves and FN's bærekraftsmål it supports."""
    target = " ".join(
        x
        for x in (
            f"{_figure(g.baseline)} →" if g.baseline is not None else "",
            _figure(g.target) if g.target is not None else "",
            f"({g.target_year})" if g.target_year else "",
        )
        if x
    )
    texts = {x.id: x.text for x in c.plan.goals}
    return [
        g.text,
        c.t.value(g.kind),
        _source(c, g.source),
        g.indicator or "",
        target,
        "; ".join(texts.get(p, p) for p in g.all_parents),
        ", ".join(say(c.t, "content.sdg", n=n) for n in g.sdgs),
    ]


def anchoring(c: Context) -> Section:
    """Anchoring (KS step 2): the text, values, ambition, knowledge base and the goals, with
    the plan's free sections for it."""
    t, a = c.t, c.plan.anchoring
    blocks: list[Block] = []
    if a is not None:
        for text in a.text:
            blocks += para(text)
        blocks += bullets(list(a.values), t["values"])
        if a.ambition:
            blocks.append(Block("paragraph", text=f"{t['ambition']}: {a.ambition}"))
        blocks += bullets(list(a.knowledge_base))
    header = [
        t["goal"],
        t["kind"],
        t["source"],
        t["indicator"],
        t["target"],
        say(t, "content.serves"),
        say(t, "content.sdgs"),
    ]
    head, rows = mark_rows(
        t, header, [goal_row(c, g) for g in c.plan.goals], [g.illustrative for g in c.plan.goals]
    )
    blocks += sparse_table(t["goals"], head, rows)
    if not blocks:
        blocks = missing(t)
    return extend(c, Section("forankring", t["anchoring"], tuple(blocks)), "anchoring")
