"""The action chapters (KS steps 5 to 7): strategies and actions, their costs and timeline,
evaluation, and the yearly follow-up."""

from __future__ import annotations

from kplan.analysis.costs import CostRow, unpriced
from kplan.analysis.follow_up import StatusReport
from kplan.document.view.action_charts import cost_blocks, timeline
from kplan.document.view.action_table import action_tables, effect_table
from kplan.document.view.analysis_tables import word
from kplan.document.view.model import (
    Block,
    Context,
    Inline,
    Section,
    bullets,
    marked,
    missing,
    para,
    table,
)
from kplan.present.cost import unpriced_line
from kplan.present.fmt import nok
from kplan.present.follow_up import status_view
from kplan.present.labels_actions import action_label


def actions(c: Context) -> Section:
    """Strategies and actions: the strategies, one action table per unit with the timeline,
    and the costs per year."""
    t, plan = c.t, c.plan
    subs: list[Section] = []
    items: list[Inline] = [
        marked(
            t,
            (f"{t['main_strategy']}: " if s.main else "")
            + s.text
            + (f" ({t.value(s.kind)})" if s.kind else ""),
            s.illustrative,
        )
        for s in plan.strategies
    ]
    if items:
        subs.append(Section("strategier", t["strategies"], tuple(bullets(items))))
    ab: list[Block] = action_tables(c) + effect_table(c)
    line = timeline(c)
    if line is not None:
        ab.append(line)
    if ab:
        subs.append(Section("tiltaksplan", t["actions"], tuple(ab)))
    if c.results.costs or unpriced(plan):
        subs.append(costs(c, c.results.costs))
    blocks = [] if subs else missing(t)
    return Section("tiltak", t["strategies_actions"], tuple(blocks), tuple(subs))


def costs(c: Context, rows_by_year: tuple[CostRow, ...]) -> Section:
    """The costs per year (gross, grants, net) as a chart of the net and a table with a total."""
    t = c.t
    titles = {a.id: a.title for a in c.plan.actions}
    year = [str(r.year) if r.year is not None else t["no_year"] for r in rows_by_year]
    rows: list[list[Inline]] = [
        [y, nok(r.gross), nok(r.grants), nok(r.net)]
        for y, r in zip(year, rows_by_year, strict=True)
    ]
    rows.append(
        [
            t["total"],
            nok(sum(r.gross for r in rows_by_year)),
            nok(sum(r.grants for r in rows_by_year)),
            nok(sum(r.net for r in rows_by_year)),
        ]
    )
    not_amounts = [
        unpriced_line(
            t.lang,
            len(u.actions),
            action_label(t, f"actions.reason.{u.reason}"),
            ", ".join(f"«{titles.get(i, i)}»" for i in u.actions),
        )
        for u in unpriced(c.plan)
    ]
    if not rows_by_year:
        return Section("kostnader", word(t, "tidy.costs"), tuple(bullets(list(not_amounts))))
    chart = cost_blocks(c, rows_by_year)  # none when every net cost is 0
    # the heading is «Kostnader»: the chart below it is titled «Kostnader per budsjettår»
    return Section(
        "kostnader",
        word(t, "tidy.costs"),
        (
            *chart,
            *table("", [t["year"], t["gross"], t["grants"], t["net"]], rows, numeric={1, 2, 3}),
            *bullets(
                list(not_amounts), action_label(t, "actions.unpriced_note") if not_amounts else ""
            ),
        ),
    )


def evaluation(c: Context) -> Section:
    """Evaluation (KS step 7): the text, the Kirkpatrick levels, the follow-up routines and
    each action's evaluation."""
    t, ev = c.t, c.plan.evaluation
    dated = any(e.date for a in c.plan.actions for e in a.evaluation)
    blocks: list[Block] = []
    if ev is not None:
        for text in ev.text:
            blocks += para(text)
        blocks += table(
            t["kirkpatrick"],
            [t["level"], word(t, "tidy.level_name"), t["question"], t["method"]],
            [
                [str(k.level), k.name, k.question or "", ", ".join(k.methods)]
                for k in ev.kirkpatrick
            ],
        )
        blocks += table(
            t["follow_up"],
            [word(t, "tidy.what"), t["who"], t["when"]],
            [[f.what, f.who or "", f.when or ""] for f in ev.follow_up],
        )
    rows: list[list[Inline]] = []
    for a in c.plan.actions:
        for e in a.evaluation:
            row: list[Inline] = [a.title, str(e.level or ""), e.method or "", e.indicator or ""]
            row.append(e.result or "")
            if dated:
                row.append(t.date(e.date) if e.date else "")
            rows.append(row)
    blocks += table(
        t["action_evaluation"],
        [t["action"], t["level"], t["method"], t["indicator"], t["result"]]
        + ([action_label(t, "actions.col.date")] if dated else []),
        rows,
    )
    if not blocks:
        blocks = missing(t)
    return Section("evaluering", t["evaluation"], tuple(blocks))


def follow_up(c: Context, report: StatusReport) -> Section:
    """The yearly follow-up (as `kplan status` reports it): the table and the summary."""
    v = status_view(report, c.t.lang)
    # the report names a unit by its id, which is for machines: the reader gets its name
    rows: list[list[Inline]] = [[r[0], c.unit(r[1]), *r[2:]] for r in v.rows]
    blocks = table("", list(v.header), rows, numeric={5, 6})
    # the progress plan's late steps are news for the årsrapport as much as late actions
    blocks += bullets(list(v.steps), v.steps_title)
    blocks += [Block("paragraph", text=line) for line in v.summary]
    return Section("oppfolging", v.title, tuple(blocks))
