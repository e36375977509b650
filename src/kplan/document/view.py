"""View: the plan document as plain data for the templates, with every string already formatted.

The templates only loop and print. A document is a title block and sections; a section is a
list of blocks (paragraph, bullets, table, chart, a note that data is missing) and sub-sections.
The order follows the KS steps as the Øyer plan does. Plan text is carried as written: escaping
is the template's job (HTML autoescape, Markdown escaping filters).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from kplan.analysis.costs import cost_summary
from kplan.analysis.gap import GapReport
from kplan.document.charts import Chart, bar_chart, mix_chart, timeline_chart
from kplan.plan.model import Action, Appendix, Goal, Plan, Source, when_bounds
from kplan.present.labels import Labels, nok, number
from kplan.present.markdown import safe_url


@dataclass(frozen=True)
class Link:
    text: str
    href: str


Inline = str | Link

APPENDIX_DEPTH = 4
"""Appendix levels with headings of their own (h3 to h6; «Vedlegg» is h2)."""


@dataclass(frozen=True)
class Block:
    kind: Literal["paragraph", "bullets", "table", "chart", "missing"]
    text: str = ""
    title: str = ""
    items: tuple[Inline, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[Inline, ...], ...] = ()
    numeric: tuple[bool, ...] = ()
    """Per column: right-align (figures)."""
    chart: Chart | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    blocks: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Document:
    lang: str
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    stamp: str
    sections: tuple[Section, ...]
    contents_label: str


def safe_link(text: str, url: str | None) -> Inline:
    """A link only for http(s) and mailto, its target percent-encoded; anything else
    (javascript:, data:, obfuscated forms) stays text."""
    href = safe_url(url)
    return text if href is None else Link(text, href)


def para(text: str | None) -> list[Block]:
    if not text:
        return []
    return [Block("paragraph", text=p.strip()) for p in text.split("\n\n") if p.strip()]


def bullets(items: list[Inline], title: str = "") -> list[Block]:
    return [Block("bullets", title=title, items=tuple(items))] if items else []


def table(
    title: str, header: list[str], rows: list[list[Inline]], numeric: set[int] | None = None
) -> list[Block]:
    if not rows:
        return []
    cols = tuple(i in (numeric or set()) for i in range(len(header)))
    return [
        Block(
            "table", title=title, header=tuple(header), rows=tuple(map(tuple, rows)), numeric=cols
        )
    ]


@dataclass
class Builder:
    plan: Plan
    gaps: GapReport
    t: Labels
    units: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.units = {u.id: u.name for u in self.plan.units}

    def unit(self, unit_id: str | None) -> str:
        return self.units.get(unit_id or "", unit_id or "")

    def source(self, s: Source | None) -> Inline:
        if s is None:
            return ""
        text = ", ".join(x for x in (s.title or s.kind, s.reference) if x)
        return safe_link(text, s.url)

    def document(self, stamp: str, follow_up: int | None = None) -> Document:
        p, t = self.plan.plan, self.t
        facts = [
            (t["kommune"], f"{p.kommune.name} ({p.kommune.number})"),
            (t["period"], f"{t.when(p.period.start)}–{t.when(p.period.end)}"),
            (t["status"], t.value(p.status)),
        ]
        if p.version:
            facts.append((t["version"], p.version))
        if p.owner:
            facts.append((t["owner"], p.owner))
        facts.append((t["scope"], p.scope.description or t.value(p.scope.kind)))
        sections = [
            self.decisions(),
            self.background(),
            self.anchoring(),
            self.concept(),
            self.analysis(),
            self.actions(),
            self.evaluation(),
            self.follow_up(follow_up) if follow_up is not None else None,
            self.appendices(),
        ]
        return Document(
            lang=t.lang,
            title=p.title,
            subtitle=p.kommune.name,
            facts=tuple(facts),
            stamp=stamp,
            sections=tuple(s for s in sections if s is not None),
            contents_label=t["contents"],
        )

    def decisions(self) -> Section | None:
        t = self.t
        rows: list[list[Inline]] = [
            [d.body, t.date(d.date) if d.date else "", d.case_number or "", d.summary]
            for d in self.plan.decisions
        ]
        if not rows:
            return None
        return Section(
            "vedtak",
            t["decisions"],
            tuple(table("", [t["body"], t["date"], t["case"], t["summary"]], rows)),
        )

    def background(self) -> Section:
        t, p, org = self.t, self.plan.plan, self.plan.organisation
        blocks = para(p.background) + bullets(list(p.purpose), t["purpose"])
        subs: list[Section] = []
        if org is not None:
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
                    [
                        [m.role, m.represents or m.union or "", t.value(m.kind)]
                        for m in group.members
                    ],
                )
            ob += bullets(
                [f"{c.name}: {c.role}" if c.role else c.name for c in org.user_councils],
                t["user_councils"],
            )
            ob += bullets(list(org.mandate), t["mandate"])
            ob += para(org.target_group)
            for r in org.responsibilities:
                ob += bullets(list(r.duties), r.role)
            ob += bullets(list(org.notes))
            subs.append(Section("organisering", t["organisation"], tuple(ob)))
        rev: list[Block] = []
        if p.revision:
            for n, key in (
                (p.revision.every_years, "revision"),
                (p.revision.actions_every_years, "actions"),
            ):
                if n == 1:
                    rev.append(Block("paragraph", text=t[f"{key}_yearly"]))
                elif n:
                    rev.append(Block("paragraph", text=t[f"{key}_every"].format(n=n)))
            rev += para(p.revision.description)
        if p.reporting:
            rev += para(p.reporting.channel) + para(p.reporting.description)
        if rev:
            subs.append(Section("rullering", t["revision"], tuple(rev)))
        if self.plan.steps:
            rows: list[list[Inline]] = [
                [
                    f"{s.number}. {s.name or ''}".strip(),
                    s.responsible or "",
                    s.what or "",
                    t.date(s.deadline) if s.deadline else "",
                    t.value(s.status),
                ]
                for s in sorted(self.plan.steps, key=lambda s: s.number)
            ]
            subs.append(
                Section(
                    "steg",
                    t["steps"],
                    tuple(
                        table(
                            "",
                            [t["step"], t["responsible"], t["what"], t["deadline"], t["status"]],
                            rows,
                        )
                    ),
                )
            )
        if not blocks and not subs:
            blocks = [Block("missing", text=t["missing"])]
        return Section("bakgrunn", t["background"], tuple(blocks), tuple(subs))

    def goal_row(self, g: Goal) -> list[Inline]:
        target = " ".join(
            x
            for x in (
                f"{self._fmt(g.baseline)} →" if g.baseline is not None else "",
                self._fmt(g.target) if g.target is not None else "",
                f"({g.target_year})" if g.target_year else "",
            )
            if x
        )
        return [g.text, self.t.value(g.kind), self.source(g.source), g.indicator or "", target]

    @staticmethod
    def _fmt(value: float | str) -> str:
        return number(value) if isinstance(value, float | int) else value

    def anchoring(self) -> Section:
        t, a = self.t, self.plan.anchoring
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
            [self.goal_row(g) for g in self.plan.goals],
        )
        if not blocks:
            blocks = [Block("missing", text=t["missing"])]
        return Section("forankring", t["anchoring"], tuple(blocks))

    def concept(self) -> Section:
        t, c, lrn = self.t, self.plan.competence_concept, self.plan.learning
        blocks: list[Block] = []
        subs: list[Section] = []
        if c is not None:
            if c.definition:
                source = f" ({c.definition_source})" if c.definition_source else ""
                blocks.append(Block("paragraph", text=f"«{c.definition}»{source}"))
            blocks += para(c.formal_and_real)
            blocks += table(
                "",
                [t["dimension"], t["about"]],
                [[d.name.capitalize(), d.meaning or ""] for d in c.dimensions],
            )
            forms: list[Block] = []
            factor_names = {f.number: f.name for f in c.ten_factor}
            for d in c.dimensions:
                items: list[Inline] = []
                for f in d.forms:
                    factors = ", ".join(factor_names.get(n, str(n)) for n in f.ten_factor)
                    text = f.name + (f": {f.description}" if f.description else "")
                    items.append(text + (f" ({t['ten_factor']}: {factors})" if factors else ""))
                forms += bullets(items, d.name.capitalize())
            if forms:
                subs.append(Section("kompetanseformer", t["forms"], tuple(forms)))
            if c.ten_factor:
                subs.append(
                    Section(
                        "tifaktor",
                        t["ten_factor"],
                        tuple(
                            table(
                                "",
                                ["#", t["ten_factor"], t["description"]],
                                [
                                    [str(f.number), f.name, f.description or ""]
                                    for f in c.ten_factor
                                ],
                            )
                        ),
                    )
                )
            for note in c.notes:
                blocks += para(note)
        if lrn is not None:
            lb: list[Block] = []
            for text in lrn.principles:
                lb += para(text)
            lb += table(
                "",
                [t["arena"], t["learning_form"], t["description"]],
                [[a.name, t[f"form_{a.form}"], a.description or ""] for a in lrn.arenas],
            )
            mix = self.learning_mix()
            if mix is not None:
                lb.append(mix)
            if lb:
                subs.append(Section("laering", t["learning"], tuple(lb)))
        if not blocks and not subs:
            blocks = [Block("missing", text=t["missing"])]
        return Section("kompetanse", t["concept"], tuple(blocks), tuple(subs))

    def learning_mix(self) -> Block | None:
        t = self.t
        counts = {70: 0, 20: 0, 10: 0}
        for a in self.plan.actions:
            if a.learning_form is not None:
                counts[a.learning_form] += 1
        total = sum(counts.values())
        if total == 0:
            return None
        shares = self.plan.learning.model_70_20_10 if self.plan.learning else None
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
        )
        return Block("chart", chart=chart)

    def analysis(self) -> Section:
        t, plan = self.t, self.plan
        subs: list[Section] = []
        reqs = table(
            "",
            [t["requirement"], t["kind"], t["units"], t["source"]],
            [
                [
                    r.title,
                    t.value(r.kind),
                    ", ".join(self.unit(u) for u in r.units),
                    self.source(r.source),
                ]
                for r in plan.requirements
            ],
        )
        if reqs:
            subs.append(Section("krav", t["requirements"], tuple(reqs)))
        inv = table(
            "",
            [t["unit"], t["competence"], t["persons"], t["fte"], t["snapshot"]],
            [
                [
                    self.unit(r.unit),
                    self.competence(r.competence)
                    + (f" ({t['illustrative']})" if r.illustrative else ""),
                    number(r.persons),
                    number(r.fte),
                    t.date(r.date),
                ]
                for r in plan.inventory
                if r.role is None
            ],
            numeric={2, 3},
        )
        if inv:
            subs.append(Section("beholdning", t["inventory"], tuple(inv)))
        years = sorted({y for d in plan.drivers for y in d.values})
        drv = table(
            "",
            [t["drivers"], t["unit"], t["source"], *map(str, years)],
            [
                [
                    d.name,
                    self.unit(d.unit) if d.unit else "",
                    " ".join(
                        x for x in (d.source.publisher, d.source.table, d.source.alternative) if x
                    )
                    if d.source
                    else "",
                    *(number(d.values[y]) if y in d.values else "" for y in years),
                ]
                for d in plan.drivers
            ],
            numeric=set(range(3, 3 + len(years))),
        )
        if drv:
            subs.append(Section("drivere", t["drivers"], tuple(drv)))
        if self.gaps.rows:
            subs.append(Section("gap", t["gap_table"], tuple(self.gap_blocks())))
        needs = table(
            "",
            [t["need"], t["need_type"], t["unit"]],
            [[n.text, t.value(n.type), self.unit(n.unit)] for n in plan.needs],
        )
        if needs:
            subs.append(Section("behov", t["needs"], tuple(needs)))
        for i, s in enumerate(plan.swot):
            rows: list[list[Inline]] = []
            for key in ("strengths", "weaknesses", "opportunities", "threats"):
                for item in getattr(s, key):
                    rows.append([t[key], item])
            title = t["swot"] + (f": {self.unit(s.unit)}" if s.unit else "")
            if rows:
                subs.append(
                    Section(f"swot-{i + 1}", title, tuple(table("", [t["swot"], t["item"]], rows)))
                )
        blocks = [] if subs else [Block("missing", text=t["missing"])]
        return Section("analyse", t["analysis"], tuple(blocks), tuple(subs))

    def competence(self, comp_id: str | None) -> str:
        names = {c.id: c.name for c in self.plan.competences}
        return names.get(comp_id or "", comp_id or self.t["total"])

    def gap_blocks(self) -> list[Block]:
        t, g = self.t, self.gaps
        years = list(g.years)
        per_unit: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        lines: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
        titles = {r.id: r.title for r in self.plan.requirements}
        for r in g.rows:
            per_unit[r.unit][r.year] += r.residual if r.due else 0.0
            cell = f"{number(r.gap)} → {number(r.residual)}"
            lines[(r.unit, r.requirement)][r.year] = cell if r.due else f"{cell} ({t['not_due']})"
        chart = bar_chart(
            t["chart_gap"],
            t["chart_gap_desc"],
            [str(y) for y in years],
            [(self.unit(u), [per_unit[u].get(y, 0.0) for y in years]) for u in per_unit],
            t["residual"],
        )
        blocks = [Block("chart", chart=chart)]
        blocks += table(
            f"{t['gap']} → {t['residual']}",
            [t["unit"], t["requirement"], *map(str, years)],
            [
                [self.unit(u), titles.get(req, req), *(cells.get(y, "") for y in years)]
                for (u, req), cells in lines.items()
            ],
            numeric=set(range(2, 2 + len(years))),
        )
        if g.vulnerable:
            blocks += bullets(
                [
                    f"{self.unit(v.unit)}: {self.competence(v.competence)} ({number(v.persons)})"
                    for v in g.vulnerable
                ],
                t["vulnerable"],
            )
        return blocks

    def action_row(self, a: Action, needs: dict[str, str]) -> list[Inline]:
        t = self.t
        goal = "; ".join(needs.get(n, n) for n in a.needs)
        period = ""
        if a.period:
            start, end = t.when(a.period.start), t.when(a.period.end)
            period = start if start == end else f"{start}–{end}"
        cost = ""
        if a.cost is not None:
            bits = []
            if a.cost.amount is not None:
                per = f" / {t['persons'].lower()}" if a.cost.per == "deltaker" else ""
                bits.append(nok(a.cost.amount) + per)
            if a.cost.note:
                bits.append(a.cost.note)
            bits += [f.source for f in a.cost.funding]
            cost = ", ".join(bits) + (f" ({t['illustrative']})" if a.cost.illustrative else "")
        title = a.title
        if a.example:
            title += f" ({t['example_row']})"
        if a.illustrative:
            title += f" ({t['illustrative']})"
        return [
            goal,
            title,
            t.value(a.strategy),
            t[f"form_{a.learning_form}"] if a.learning_form else "",
            period,
            number(a.count) if a.count is not None else "",
            cost,
            a.responsible or "",
            t.value(a.status),
        ]

    def actions(self) -> Section:
        t, plan = self.t, self.plan
        subs: list[Section] = []
        items: list[Inline] = [
            (f"{t['main_strategy']}: " if s.main else "")
            + s.text
            + (f" ({t.value(s.kind)})" if s.kind else "")
            for s in plan.strategies
        ]
        if items:
            subs.append(Section("strategier", t["strategies"], tuple(bullets(items))))
        needs = {n.id: n.text for n in plan.needs}
        by_unit: dict[str, list[Action]] = defaultdict(list)
        for a in plan.actions:
            by_unit[a.unit or ""].append(a)
        header = [
            t["need"],
            t["action"],
            t["strategy"],
            t["learning_form"],
            t["period"],
            t["count"],
            t["cost"],
            t["responsible"],
            t["status"],
        ]
        ab: list[Block] = []
        for unit_id, acts in by_unit.items():
            ab += table(
                self.unit(unit_id) if unit_id else "",
                header,
                [self.action_row(a, needs) for a in acts],
                numeric={5},
            )
        timeline = self.timeline()
        if timeline is not None:
            ab.append(timeline)
        if ab:
            subs.append(Section("tiltaksplan", t["actions"], tuple(ab)))
        costs = cost_summary(plan, ("year",))
        if costs:
            rows: list[list[Inline]] = [
                [
                    str(c.year) if c.year is not None else t["no_year"],
                    nok(c.gross),
                    nok(c.grants),
                    nok(c.net),
                ]
                for c in costs
            ]
            rows.append(
                [
                    t["total"],
                    nok(sum(c.gross for c in costs)),
                    nok(sum(c.grants for c in costs)),
                    nok(sum(c.net for c in costs)),
                ]
            )
            chart = bar_chart(
                t["costs"],
                t["chart_costs_desc"],
                [str(c.year) if c.year is not None else t["no_year"] for c in costs],
                [(t["net"], [c.net for c in costs])],
                "kr",
            )
            subs.append(
                Section(
                    "kostnader",
                    t["costs"],
                    (
                        Block("chart", chart=chart),
                        *table(
                            "",
                            [t["year"], t["gross"], t["grants"], t["net"]],
                            rows,
                            numeric={1, 2, 3},
                        ),
                    ),
                )
            )
        blocks = [] if subs else [Block("missing", text=t["missing"])]
        return Section("tiltak", t["strategies_actions"], tuple(blocks), tuple(subs))

    def timeline(self) -> Block | None:
        spans = []
        for a in self.plan.actions:
            if a.period is None:
                continue
            start = when_bounds(a.period.start)[0]
            end = when_bounds(a.period.end)[1]
            spans.append((a.title, start, end))
        if not spans:
            return None
        info = self.plan.plan.period
        first, last = when_bounds(info.start)[0], when_bounds(info.end)[1]
        return Block(
            "chart",
            chart=timeline_chart(
                self.t["timeline"], self.t["chart_timeline_desc"], spans, first, last
            ),
        )

    def evaluation(self) -> Section:
        t, ev = self.t, self.plan.evaluation
        blocks: list[Block] = []
        if ev is not None:
            for text in ev.text:
                blocks += para(text)
            blocks += table(
                t["kirkpatrick"],
                [t["level"], t["description"], t["question"], t["method"]],
                [
                    [str(k.level), k.name, k.question or "", ", ".join(k.methods)]
                    for k in ev.kirkpatrick
                ],
            )
            blocks += table(
                t["follow_up"],
                [t["follow_up"], t["who"], t["when"]],
                [[f.what, f.who or "", f.when or ""] for f in ev.follow_up],
            )
        blocks += table(
            t["action_evaluation"],
            [t["action"], t["level"], t["method"], t["indicator"], t["result"]],
            [
                [a.title, str(e.level), e.method or "", e.indicator or "", e.result or ""]
                for a in self.plan.actions
                for e in a.evaluation
            ],
        )
        if not blocks:
            blocks = [Block("missing", text=t["missing"])]
        return Section("evaluering", t["evaluation"], tuple(blocks))

    def follow_up(self, year: int) -> Section:
        from kplan.analysis.follow_up import follow_up, status_view

        v = status_view(follow_up(self.plan, year), self.t.lang)
        blocks = table("", list(v.header), [list(r) for r in v.rows], numeric={5, 6})
        blocks += [Block("paragraph", text=line) for line in v.summary]
        return Section("oppfolging", v.title, tuple(blocks))

    @staticmethod
    def appendix_blocks(a: Appendix) -> list[Block]:
        blocks: list[Block] = []
        for text in a.text:
            blocks += para(text)
        # an item that is a URL and nothing else is a link (if safe_link allows it)
        return blocks + bullets([safe_link(i, i) for i in a.items])

    def appendix(self, a: Appendix, ident: str, depth: int = 1) -> Section:
        blocks = self.appendix_blocks(a)
        if depth >= APPENDIX_DEPTH:
            # headings end at h6: deeper sub-sections follow as titled blocks, walked without
            # recursion so any depth renders
            stack = list(reversed(a.sections))
            while stack:
                sub = stack.pop()
                blocks.append(Block("paragraph", text=sub.title))
                blocks += self.appendix_blocks(sub)
                stack.extend(reversed(sub.sections))
            return Section(ident, a.title, tuple(blocks))
        return Section(
            ident,
            a.title,
            tuple(blocks),
            tuple(
                self.appendix(s, f"{ident}-{i + 1}", depth + 1) for i, s in enumerate(a.sections)
            ),
        )

    def appendices(self) -> Section | None:
        if not self.plan.appendices:
            return None
        subs = tuple(
            self.appendix(a, f"vedlegg-{i + 1}") for i, a in enumerate(self.plan.appendices)
        )
        return Section("vedlegg", self.t["appendices"], (), subs)


def build(
    plan: Plan, gaps: GapReport, lang: str, stamp: str, follow_up: int | None = None
) -> Document:
    """The document view of a valid plan, with the yearly follow-up of `follow_up` if given."""
    return Builder(plan, gaps, Labels(lang)).document(stamp, follow_up)
