"""Checks: rules that look across the plan, each a small function that yields findings.

Every check's docstring names its codes. The model has already checked the shape of each item;
these rules check what one item cannot know alone: ids and references, the red thread from goals
to needs to actions, periods and deadlines, KS completeness and privacy.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kplan.diagnostics import DataPath, Finding
from kplan.hints import lookalike
from kplan.plan.assemble import Assembled
from kplan.plan.model import Analysis, DriverIndex, PartialPlan, PlanInfo, when_bounds
from kplan.read.privacy import NAME_MESSAGE, names_in, own_names, person_fields


@dataclass(frozen=True)
class Context:
    """What every check gets: the plan, where its items came from, and today's date."""

    asm: Assembled
    plan: PartialPlan
    """The plan as far as it was read: `plan.plan` is None when its plan: could not be."""
    today: dt.date

    def find(self, path: DataPath, code: str, message: str, *, key: bool = False) -> Finding:
        """A finding at a path of the merged plan (section items are mapped to their file)."""
        if path and path[0] in self.asm.origins and len(path) > 1 and isinstance(path[1], int):
            file, real = self.asm.where(path[0], path[1], *path[2:])
        else:
            file, real = self.asm.root, path
        return Finding(file, real, code, message, at_key=key)


Check = Callable[[Context], Iterable[Finding]]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    CHECKS.append(fn)
    return fn


# --- ids and references -----------------------------------------------------------------------

_ID_SECTIONS = (
    "units",
    "competences",
    "goals",
    "strategies",
    "requirements",
    "drivers",
    "needs",
    "actions",
)
_KIND_WORDS = {
    "units": "unit",
    "competences": "competence",
    "goals": "goal",
    "strategies": "strategy",
    "requirements": "requirement",
    "drivers": "driver",
    "needs": "need",
    "actions": "action",
    "arenas": "learning arena",
    "forms": "competence form",
    "decisions": "decision",
}


def _ids(ctx: Context) -> dict[str, set[str]]:
    plan = ctx.plan
    ids = {s: {item.id for item in getattr(plan, s)} for s in _ID_SECTIONS}
    for section in ctx.asm.broken:
        ids.setdefault(section, set()).update(_broken_refs(ctx, section, "id"))
    ids["arenas"] = {a.id for a in plan.learning.arenas} if plan.learning else set()
    ids["forms"] = {
        f.id
        for d in (plan.competence_concept.dimensions if plan.competence_concept else [])
        for f in d.forms
        if f.id
    }
    ids["decisions"] = {d.id for d in plan.decisions}
    # terms may name a segment
    ids["drivers"] |= {d.segment for d in plan.drivers if d.segment}
    ids["drivers"] |= _broken_refs(ctx, "drivers", "segment")
    return ids


def _broken_refs(ctx: Context, section: str, key: str) -> set[str]:
    """The string values under `key` in items that failed validation (one string or a list)."""
    found: set[str] = set()
    for item in ctx.asm.broken.get(section, []):
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        found.update(v for v in values if isinstance(v, str))
    return found


@check
def unique_ids(ctx: Context) -> Iterator[Finding]:
    """K201: every id is used once within its kind (units, needs, actions...)."""
    lists: list[tuple[str, DataPath, list[Any]]] = [
        (s, (s,), list(getattr(ctx.plan, s))) for s in _ID_SECTIONS
    ]
    lists.append(("decisions", ("decisions",), list(ctx.plan.decisions)))
    if ctx.plan.learning:
        lists.append(("arenas", ("learning", "arenas"), list(ctx.plan.learning.arenas)))
    for kind, base, items in lists:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in seen:
                first = ctx.find((*base, seen[item.id]), "K201", "")
                yield ctx.find(
                    (*base, i, "id"),
                    "K201",
                    f"The {_KIND_WORDS[kind]} id «{item.id}» is already used "
                    f"(first in {first.file}).",
                )
            else:
                seen[item.id] = i


def _references(
    plan: PartialPlan, known: dict[str, set[str]] | None = None
) -> Iterator[tuple[DataPath, str, str]]:
    """Every reference in the plan: (path, target kind, id). References in lists to ids in
    `known` are skipped early: 50,000 actions with 100 needs each are 5 million references."""

    def many(
        path: DataPath, kind: str, values: Iterable[str | None]
    ) -> Iterator[tuple[DataPath, str, str]]:
        ok = known.get(kind, set()) if known else set()
        for j, v in enumerate(values):
            if v is not None and v not in ok:
                yield (*path, j), kind, v

    info: PlanInfo | None = plan.plan
    for j, unit_id in enumerate(info.scope.units if info else []):
        yield ("plan", "scope", "units", j), "units", unit_id
    for i, u in enumerate(plan.units):
        if u.parent:
            yield ("units", i, "parent"), "units", u.parent
    for i, c in enumerate(plan.competences):
        if c.form:
            yield ("competences", i, "form"), "forms", c.form
    for i, g in enumerate(plan.goals):
        if g.parent:
            yield ("goals", i, "parent"), "goals", g.parent
    for i, s in enumerate(plan.strategies):
        yield from many(("strategies", i, "goals"), "goals", s.goals)
    for i, r in enumerate(plan.requirements):
        yield from many(("requirements", i, "units"), "units", r.units)
        yield from many(("requirements", i, "goals"), "goals", r.goals)
        if r.kind in ("ratio", "share", "count"):
            yield from many(("requirements", i, "competences"), "competences", r.competences)
        if r.kind == "ratio":
            for j, term in enumerate(r.terms):
                yield ("requirements", i, "terms", j, "driver"), "drivers", term.driver
        if r.kind == "share":
            yield from many(("requirements", i, "of"), "competences", r.of)
        if r.kind == "qualification":
            yield ("requirements", i, "role"), "competences", r.role
            for j, path in enumerate(r.paths):
                yield from many(("requirements", i, "paths", j), "competences", path)
        if r.kind == "course":
            if r.role:
                yield ("requirements", i, "role"), "competences", r.role
            yield ("requirements", i, "course"), "competences", r.course
    for i, row in enumerate(plan.inventory):
        yield ("inventory", i, "unit"), "units", row.unit
        if row.competence:
            yield ("inventory", i, "competence"), "competences", row.competence
    for i, d in enumerate(plan.drivers):
        if d.unit:
            yield ("drivers", i, "unit"), "units", d.unit
    for i, n in enumerate(plan.needs):
        if n.unit:
            yield ("needs", i, "unit"), "units", n.unit
        yield from many(("needs", i, "goals"), "goals", n.goals)
        yield from many(("needs", i, "requirements"), "requirements", n.requirements)
        yield from many(("needs", i, "competences"), "competences", n.competences)
    for i, a in enumerate(plan.actions):
        yield from many(("actions", i, "needs"), "needs", a.needs)
        yield from many(("actions", i, "goals"), "goals", a.goals)
        if a.unit:
            yield ("actions", i, "unit"), "units", a.unit
        if a.arena:
            yield ("actions", i, "arena"), "arenas", a.arena
        for j, e in enumerate(a.effects):
            yield ("actions", i, "effects", j, "competence"), "competences", e.competence
            if e.unit:
                yield ("actions", i, "effects", j, "unit"), "units", e.unit
            if e.from_competence:
                yield (
                    ("actions", i, "effects", j, "from_competence"),
                    "competences",
                    e.from_competence,
                )
    for i, swot in enumerate(plan.swot):
        if swot.unit:
            yield ("swot", i, "unit"), "units", swot.unit


class Suggester:
    """Did-you-mean over the ids of one kind, in bounded time: difflib compares a reference
    with every candidate, so a large plan gets a pool of near candidates, each answer is
    remembered, and only so many distinct references get one."""

    POOL = 60
    BUDGET = 300

    def __init__(self, known: Iterable[str]) -> None:
        self.known = sorted(known)
        self.answers: dict[str, str | None] = {}
        self.backwards: list[str] | None = None

    def __call__(self, ref: str) -> str | None:
        if ref in self.answers:
            return self.answers[ref]
        if len(self.answers) >= self.BUDGET:
            return None
        pool = self.known if len(self.known) <= self.POOL else self._near(ref)
        close = difflib.get_close_matches(ref, pool, n=1, cutoff=0.6)
        self.answers[ref] = close[0] if close else None
        return self.answers[ref]

    def _near(self, ref: str) -> list[str]:
        """The ids next to `ref` in sorted order, forwards and backwards: a typo late in an
        id lands near the right one in the first order, a typo early in it in the second."""
        if self.backwards is None:
            self.backwards = sorted(k[::-1] for k in self.known)
        half = self.POOL // 4
        at = bisect.bisect_left(self.known, ref)
        pool = set(self.known[max(0, at - half) : at + half])
        at = bisect.bisect_left(self.backwards, ref[::-1])
        pool.update(k[::-1] for k in self.backwards[max(0, at - half) : at + half])
        return sorted(pool)


@check
def references_resolve(ctx: Context) -> Iterator[Finding]:
    """K202, K206: every reference names an id that exists, of the right kind."""
    ids = _ids(ctx)
    suggest: dict[str, Suggester] = {}
    owner: dict[str, str] | None = None
    for path, kind, ref in _references(ctx.plan, ids):
        if ref in ids.get(kind, ()):
            continue
        if owner is None:
            owner = {}
            for k, v in reversed(ids.items()):  # the first kind that has the id wins
                owner.update(dict.fromkeys(v, k))
        other = owner.get(ref)
        if other is not None:
            yield ctx.find(
                path,
                "K206",
                f"«{ref}» is a {_KIND_WORDS[other]}, but a {_KIND_WORDS[kind]} belongs here.",
            )
            continue
        word = _KIND_WORDS[kind]
        odd = lookalike(ref, ids.get(kind, set()))
        if odd:
            hint = f" {odd}"
        else:
            if kind not in suggest:
                suggest[kind] = Suggester(ids.get(kind, set()))
            close = suggest[kind](ref)
            hint = f" Did you mean «{close}»?" if close else ""
        yield ctx.find(path, "K202", f"There is no {word} with the id «{ref}».{hint}")


@check
def no_parent_loops(ctx: Context) -> Iterator[Finding]:
    """K203: unit and goal parents do not go round in a loop."""
    for section in ("units", "goals"):
        items = getattr(ctx.plan, section)
        parent = {item.id: item.parent for item in items}
        looped = on_loops(parent)
        for i, item in enumerate(items):
            if item.id in looped and parent[item.id] == item.parent:
                yield ctx.find(
                    (section, i, "parent"),
                    "K203",
                    f"«{item.id}» is its own ancestor: the parent chain goes round in a loop.",
                )


def on_loops(parent: dict[str, str | None]) -> set[str]:
    """The ids whose parent chain comes back to them, in one pass over all chains."""
    state: dict[str, int] = {}  # 1: on the chain being walked, 2: done
    looped: set[str] = set()
    for start in parent:
        chain: list[str] = []
        node: str | None = start
        while node is not None and node in parent and node not in state:
            state[node] = 1
            chain.append(node)
            node = parent[node]
        if node is not None and state.get(node) == 1:
            looped.update(chain[chain.index(node) :])
        for n in chain:
            state[n] = 2
    return looped


@check
def personal_names(ctx: Context) -> Iterator[Finding]:
    """K605: a personal name where the plan names a role (members, responsible, leaders)."""
    own = own_names(ctx.plan)
    for path, text in person_fields(ctx.plan):
        for name in names_in(text, own):
            yield ctx.find(path, "K605", NAME_MESSAGE.format(name=name))


# --- the KS steps -----------------------------------------------------------------------------

STEP_LABELS: dict[int, tuple[str, ...]] = {
    1: ("Organisering", "Organisering og involvering"),
    2: ("Forankring og ambisjoner", "Forankring"),
    3: ("Overordnede mål og føringer",),
    4: ("Hva er kompetanse?",),
    5: ("Kompetanseanalyse", "Kompetanse- og bemanningsanalyse"),
    6: ("Kompetansestrategier og tiltak",),
    7: ("Evaluering og oppfølging", "Gjennomføring, oppfølging og evaluering"),
}


def _norm_label(text: str) -> str:
    text = re.sub(r"^\s*(steg|step)\s*\d+\s*[.:-]?\s*", "", text, flags=re.IGNORECASE)
    return re.sub(r"[^\wæøå]+", " ", text.casefold()).strip()


@check
def steps_match_ks(ctx: Context) -> Iterator[Finding]:
    """K204, K205, K503: step names follow either KS label set, each step once, deadlines kept."""
    seen: set[int] = set()
    for i, step in enumerate(ctx.plan.steps):
        if step.number in seen:
            yield ctx.find(("steps", i, "number"), "K205", f"Step {step.number} is listed twice.")
        seen.add(step.number)
        labels = STEP_LABELS[step.number]
        if step.name and _norm_label(step.name) not in {_norm_label(x) for x in labels}:
            yield ctx.find(
                ("steps", i, "name"),
                "K204",
                f"«{step.name}» is not the name of KS step {step.number}; "
                f"use «{' or «'.join(x + '»' for x in labels)}.",
            )
        if step.deadline and step.deadline < ctx.today and step.status != "ferdig":
            yield ctx.find(
                ("steps", i, "deadline"),
                "K503",
                f"Step {step.number} was due {step.deadline.isoformat()} and is «{step.status}».",
            )


# --- the red thread ---------------------------------------------------------------------------


@check
def red_thread(ctx: Context) -> Iterator[Finding]:
    """K301, K302, K303: goals → needs → actions hang together."""
    plan = ctx.plan
    served = {n for a in plan.actions for n in a.needs} | _broken_refs(ctx, "actions", "needs")
    for i, need in enumerate(plan.needs):
        if need.id not in served:
            yield ctx.find(
                ("needs", i, "id"),
                "K301",
                f"No action serves the need «{need.id}»; add an action with needs: [{need.id}].",
            )
    for i, action in enumerate(plan.actions):
        if not action.needs and not action.goals:
            yield ctx.find(
                ("actions", i, "id"),
                "K302",
                f"The action «{action.id}» serves no need or goal; say which in needs: or goals:.",
            )
    referred = (
        {g for n in plan.needs for g in n.goals}
        | {g for a in plan.actions for g in a.goals}
        | {g for s in plan.strategies for g in s.goals}
        | {g for r in plan.requirements for g in r.goals}
        | {g.parent for g in plan.goals if g.parent}
        | {
            g
            for s in ("needs", "actions", "strategies", "requirements")
            for g in _broken_refs(ctx, s, "goals")
        }
        | _broken_refs(ctx, "goals", "parent")
    )
    for i, goal in enumerate(plan.goals):
        if goal.id not in referred:
            yield ctx.find(
                ("goals", i, "id"),
                "K303",
                f"Nothing works towards the goal «{goal.id}»: no need, action, strategy, "
                "requirement or sub-goal refers to it.",
            )


# --- KS completeness --------------------------------------------------------------------------


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
                "No tillitsvalgt or verneombud in the steering or working group; the plan is to "
                "be made together with the unions (Hovedtariffavtalen kap. 3).",
                key=True,
            )
    for i, action in enumerate(plan.actions):
        if not action.evaluation and action.status != "avlyst":
            yield ctx.find(
                ("actions", i, "id"),
                "K402",
                f"The action «{action.id}» has no evaluation; add one with a Kirkpatrick level.",
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
            name = STEP_LABELS[number][-1]
            yield ctx.find(
                ("plan",),
                "K403",
                f"The plan says nothing about KS step {number}, «{name}».",
                key=True,
            )
    if ctx.plan.plan and ctx.plan.plan.status == "vedtatt" and not plan.decisions:
        yield ctx.find(
            ("plan", "status"),
            "K404",
            "The plan is adopted (vedtatt) but no decision is recorded under decisions:.",
        )
    mains = [i for i, g in enumerate(plan.goals) if g.kind == "hovedmål"]
    for i in mains[1:]:
        yield ctx.find(("goals", i, "kind"), "K405", "The plan has more than one hovedmål.")


# --- time -------------------------------------------------------------------------------------


@check
def periods(ctx: Context) -> Iterator[Finding]:
    """K501, K502, K504: periods run forwards, lie within the plan, and the past is past."""
    plan, info = ctx.plan, ctx.plan.plan
    if info is None:
        return
    p_start, _ = when_bounds(info.period.start)
    _, p_end = when_bounds(info.period.end)
    if p_end < p_start:
        yield ctx.find(("plan", "period", "end"), "K501", "The plan period ends before it starts.")
        return
    for i, action in enumerate(plan.actions):
        if action.period is None:
            continue
        a_start, _ = when_bounds(action.period.start)
        _, a_end = when_bounds(action.period.end)
        if a_end < a_start:
            yield ctx.find(
                ("actions", i, "period", "end"),
                "K501",
                "The action's period ends before it starts.",
            )
        elif a_end < p_start or a_start > p_end:
            yield ctx.find(
                ("actions", i, "period"),
                "K502",
                f"The action runs {action.period.start}-{action.period.end}, outside the plan "
                f"period {info.period.start}-{info.period.end}.",
            )
    for i, d in enumerate(plan.decisions):
        if d.date and d.date > ctx.today:
            yield ctx.find(
                ("decisions", i, "date"), "K504", f"The decision is dated in the future ({d.date})."
            )
    for i, row in enumerate(plan.inventory):
        if row.date > ctx.today:
            yield ctx.find(
                ("inventory", i, "date"),
                "K504",
                f"The inventory snapshot is dated in the future ({row.date}).",
            )


# --- the analysis data -----------------------------------------------------------------------


def _plan_years(info: PlanInfo) -> range:
    return range(when_bounds(info.period.start)[0].year, when_bounds(info.period.end)[1].year + 1)


@check
def analysis_data(ctx: Context) -> Iterator[Finding]:
    """K801-K806: inventory is fresh and adds up; norms have the data and targets they need."""
    plan, info = ctx.plan, ctx.plan.plan
    settings = plan.analysis or Analysis()
    months = settings.inventory_max_age_months
    stale: dict[tuple[str, dt.date], list[int]] = {}
    for i, row in enumerate(plan.inventory):
        age = (ctx.today.year - row.date.year) * 12 + ctx.today.month - row.date.month
        if age > months:
            stale.setdefault((ctx.asm.origins["inventory"][i].file, row.date), []).append(i)
        for field in ("age_bands", "position_sizes"):
            bands = getattr(row, field)
            if bands and sum(bands.values()) != row.persons:
                yield ctx.find(
                    ("inventory", i, field),
                    "K804",
                    f"The {field.replace('_', ' ')} add up to {sum(bands.values())} persons, "
                    f"but persons is {row.persons}.",
                    key=True,
                )
        if row.fte > row.persons + 1e-9:
            yield ctx.find(
                ("inventory", i, "fte"),
                "K804",
                f"{row.fte:g} årsverk for {row.persons} persons: more than one årsverk per person.",
            )
    for (_, date), rows in stale.items():
        age = (ctx.today.year - date.year) * 12 + ctx.today.month - date.month
        yield ctx.find(
            ("inventory", rows[0], "date"),
            "K801",
            f"{len(rows)} inventory row(s) are from {date}, {age} months ago; the plan allows "
            f"{months} (analysis.inventory_max_age_months). Update the figures.",
        )
    drivers = DriverIndex(plan.drivers)
    parent = {u.id: u.parent for u in plan.units}
    with_total = _marked_up(parent, {row.unit for row in plan.inventory if row.competence is None})
    held: dict[str | None, set[str]] = {}
    for row in plan.inventory:
        if row.persons > 0:
            held.setdefault(row.competence, set()).add(row.unit)
    holding: dict[str, set[str]] = {}

    def has_rows(unit: str, competence: str) -> bool:
        if competence not in holding:
            holding[competence] = _marked_up(parent, held.get(competence, set()))
        return unit in holding[competence]

    def has_total(unit: str) -> bool:
        return unit in with_total

    for i, req in enumerate(plan.requirements):
        if req.kind == "share":
            for field in ("min_percent", "max_percent"):
                value = getattr(req, field)
                if value is not None and value > 100:
                    yield ctx.find(
                        ("requirements", i, field), "K803", f"A share of {value:g} % is over 100 %."
                    )
            for j, unit in enumerate(req.units):
                if not req.of and not has_total(unit):
                    yield ctx.find(
                        ("requirements", i, "units", j),
                        "K805",
                        f"No inventory row with the total staff of «{unit}» (a row without "
                        "competence), so the share cannot be taken.",
                    )
                elif req.of and not any(has_rows(unit, c) for c in req.of):
                    yield ctx.find(
                        ("requirements", i, "of"),
                        "K805",
                        f"No inventory rows for {', '.join(req.of)} in «{unit}», so the share "
                        "cannot be taken.",
                    )
        if req.kind == "employment" and (req.full_time_share_percent or 0) > 100:
            yield ctx.find(
                ("requirements", i, "full_time_share_percent"),
                "K803",
                f"A share of {req.full_time_share_percent:g} % is over 100 %.",
            )
        if req.kind == "employment" and (
            (req.min_position_percent is None) == (req.full_time_share_percent is None)
        ):
            yield ctx.find(
                ("requirements", i, "kind"),
                "K806",
                "Set exactly one of min_position_percent and full_time_share_percent; "
                "write two requirements for both.",
            )
        if req.kind == "ratio" and info is not None:
            first = when_bounds(req.applies_from)[0].year if req.applies_from else 0
            years = [y for y in _plan_years(info) if y >= first]
            for j, term in enumerate(req.terms):
                for unit in req.units:
                    d = drivers.find(term.driver, unit)
                    missing = [y for y in years if d is None or y not in d.values]
                    if d is not None and missing:
                        yield ctx.find(
                            ("requirements", i, "terms", j, "driver"),
                            "K802",
                            f"The driver «{d.id}» has no value for {_years(missing)}, which "
                            f"«{req.id}» needs for «{unit}».",
                        )
                    elif d is None and term.driver in drivers.segments:
                        yield ctx.find(
                            ("requirements", i, "terms", j, "driver"),
                            "K802",
                            f"No driver of segment «{term.driver}» for «{unit}».",
                        )


def _marked_up(parent: dict[str, str | None], starts: set[str]) -> set[str]:
    """The units with any of `starts` at or below them: each chain is walked up once, so this
    is linear in the units however deep the tree (and stops on a parent loop, K203)."""
    marked: set[str] = set()
    for node in starts:
        current: str | None = node
        while current is not None and current not in marked:
            marked.add(current)
            current = parent.get(current)
    return marked


def _years(years: list[int]) -> str:
    if len(years) > 3 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(map(str, years))


def run_checks(asm: Assembled, today: dt.date) -> list[Finding]:
    """All findings of all checks, in check order."""
    if asm.partial is None:
        return []
    ctx = Context(asm, asm.partial, today)
    return [f for fn in CHECKS for f in fn(ctx)]
