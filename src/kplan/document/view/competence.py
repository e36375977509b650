"""The competence chapters (KS steps 3 and 4): what competence is, how people learn, and the
analysis of requirements, inventory, drivers, gaps, needs and SWOT."""

from __future__ import annotations

from kplan.document.charts import mix_chart
from kplan.document.view import analysis_tables
from kplan.document.view.analysis_tables import word
from kplan.document.view.gaps import gap_blocks
from kplan.document.view.model import (
    Block,
    Context,
    Inline,
    Section,
    bullets,
    mark_rows,
    missing,
    para,
    table,
)
from kplan.document.view.staffing import staffing
from kplan.present.fmt import number


def concept(c: Context) -> Section:
    """What competence is: the definition, its dimensions and forms, the ten factors, and
    learning (principles, arenas and the 70-20-10 mix of the actions)."""
    t, cc, lrn = c.t, c.plan.competence_concept, c.plan.learning
    blocks: list[Block] = []
    subs: list[Section] = []
    if cc is not None:
        if cc.definition:
            source = f" ({cc.definition_source})" if cc.definition_source else ""
            blocks.append(Block("paragraph", text=f"«{cc.definition}»{source}"))
        blocks += para(cc.formal_and_real)
        blocks += table(
            "",
            [t["dimension"], t["about"]],
            [[t.value(d.name).capitalize(), d.meaning or ""] for d in cc.dimensions],
        )
        forms: list[Block] = []
        factor_names = {f.number: f.name for f in cc.ten_factor}
        for d in cc.dimensions:
            items: list[Inline] = []
            for f in d.forms:
                factors = ", ".join(factor_names.get(n, str(n)) for n in f.ten_factor)
                text = f.name + (f": {f.description}" if f.description else "")
                items.append(text + (f" ({t['ten_factor']}: {factors})" if factors else ""))
            forms += bullets(items, t.value(d.name).capitalize())
        if forms:
            subs.append(Section("kompetanseformer", t["forms"], tuple(forms)))
        if cc.ten_factor:
            rows: list[list[Inline]] = [
                [str(f.number), f.name, f.description or ""] for f in cc.ten_factor
            ]
            header = ["#", word(t, "tidy.factor"), t["description"]]
            subs.append(Section("tifaktor", t["ten_factor"], tuple(table("", header, rows))))
        for note in cc.notes:
            blocks += para(note)
    if lrn is not None:
        lb: list[Block] = []
        for text in lrn.principles:
            lb += para(text)
        header, arenas = mark_rows(
            t,
            [t["arena"], t["learning_form"], t["description"]],
            [
                [a.name, t[f"form_{a.form}"] if a.form else "", a.description or ""]
                for a in lrn.arenas
            ],
            [a.illustrative for a in lrn.arenas],
        )
        lb += table("", header, arenas)
        shares = lrn.model_70_20_10
        if shares is not None:  # the plan's own mix, which the chart shows only beside actions
            lb += table(
                "",
                [t["learning_form"], t["model_share"]],
                [
                    [t[f"form_{form}"], f"{number(share)} %"]
                    for form, share in (
                        (70, shares.own_work),
                        (20, shares.others),
                        (10, shares.formal),
                    )
                ],
                numeric={1},
            )
        mix = learning_mix(c)
        if mix is not None:
            lb.append(mix)
        if lb:
            subs.append(Section("laering", t["learning"], tuple(lb)))
    if not blocks and not subs:
        blocks = missing(t)
    return Section("kompetanse", t["concept"], tuple(blocks), tuple(subs))


def learning_mix(c: Context) -> Block | None:
    """A chart of the actions' learning forms beside the plan's 70-20-10 model; None when no
    action names a learning form."""
    t, plan = c.t, c.plan
    counts = {70: 0, 20: 0, 10: 0}
    for a in plan.actions:
        if a.learning_form is not None:
            counts[a.learning_form] += 1
    total = sum(counts.values())
    if total == 0:
        return None
    shares = plan.learning.model_70_20_10 if plan.learning else None
    model = {70: 70.0, 20: 20.0, 10: 10.0}
    if shares is not None:
        model = {70: shares.own_work, 20: shares.others, 10: shares.formal}
    labels = [t[f"form_{f}"] for f in (70, 20, 10)]
    actual = [100 * counts[f] / total for f in (70, 20, 10)]
    target = [model[f] for f in (70, 20, 10)]
    chart = mix_chart(
        t["learning_mix"],
        t["chart_mix_desc"],
        labels,
        actual,
        target,
        (t["share_actions"], t["model_share"]),
        figures=t["data_table"],
    )
    return Block("chart", chart=chart)


def analysis(c: Context) -> Section:
    """The analysis (KS step 4): requirements, inventory, drivers, the gap, needs and SWOT."""
    t, plan = c.t, c.plan
    subs: list[Section] = []
    units = analysis_tables.units(c)
    if units:
        subs.append(Section("enheter", t["units"], tuple(units)))
    cat = analysis_tables.competences(c)
    if cat:
        subs.append(Section("kompetanser", analysis_tables.word(t, "competences"), tuple(cat)))
    reqs = analysis_tables.requirements(c)
    if reqs:
        subs.append(Section("krav", t["requirements"], tuple(reqs)))
    inv = analysis_tables.inventory(c)
    if inv:
        subs.append(Section("beholdning", t["inventory"], tuple(inv)))
    drv = _drivers(c)
    if drv:
        subs.append(Section("drivere", t["drivers"], tuple(drv)))
    bemanning = staffing(c)
    if bemanning is not None:
        subs.append(bemanning)
    if c.results.gaps.rows:
        subs.append(Section("gap", t["gap_table"], tuple(gap_blocks(c))))
    needs = analysis_tables.needs(c)
    if needs:
        subs.append(Section("behov", t["needs"], tuple(needs)))
    for i, s in enumerate(plan.swot):
        rows: list[list[Inline]] = []
        for key in ("strengths", "weaknesses", "opportunities", "threats"):
            for item in getattr(s, key):
                rows.append([t[key], item])
        title = t["swot"] + (f": {c.unit(s.unit)}" if s.unit else "")
        if rows:
            subs.append(
                Section(
                    f"swot-{i + 1}",
                    title,
                    tuple(table("", [word(t, "tidy.swot_part"), t["item"]], rows)),
                )
            )
    # the units alone are no analysis: KS steg 5 is still empty, as K403 says, until the plan
    # has requirements, inventory or needs (a new plan from kplan init has only its units)
    empty = not (plan.requirements or plan.inventory or plan.needs or c.results.gaps.rows)
    blocks = missing(t) if empty else []
    return Section("analyse", t["analysis"], tuple(blocks), tuple(subs))


def _drivers(c: Context) -> list[Block]:
    t, plan = c.t, c.plan
    years = sorted({y for d in plan.drivers for v in (d.values, *d.scenarios.values()) for y in v})
    return table(
        "",
        [word(t, "tidy.group"), t["unit"], t["source"], *map(str, years)],
        [
            [
                f"{d.name} ({word(t, 'scenario')} {code})" if code else d.name,
                c.unit(d.unit) if d.unit else "",
                " ".join(x for x in (d.source.publisher, d.source.table, d.source.alternative) if x)
                if d.source
                else "",
                *(number(values[y]) if y in values else "" for y in years),
            ]
            for d in plan.drivers
            for code, values in [("", d.values), *d.scenarios.items()]
        ],
        numeric=set(range(3, 3 + len(years))),
    )
