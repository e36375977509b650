"""References (K202, K206): every id the plan refers to names an item of the right kind.

The references are listed in one walk over the plan (`references`); ids in items that failed
validation still count as existing, so one broken need does not also give a K202 for every action
that serves it.

K202 error: a reference to an id that does not exist
    Why: the red thread from goals to needs to actions, and the analysis, follow references; one
    that finds nothing silently drops the link. The message suggests the closest id, or names an
    invisible character or a letter from another alphabet in an id that looks right. FAIL::

        needs:
          - {id: behov-1, text: Flere sykepleiere, type: anskaffelse}
        actions:
          - {id: tiltak-1, title: Utlysning, strategy: rekruttere, needs: [behov1]}

    Fix: `needs: [behov-1]`.

K206 error: a reference to an id of the wrong kind
    Why: the id exists, but as something else (a goal where a need belongs): the link would go to
    the wrong part of the plan. FAIL::

        goals:
          - {id: hovedmal, kind: hovedmål, text: Kommunen har rett kompetanse.}
        actions:
          - {id: tiltak-1, title: Utlysning, strategy: rekruttere, needs: [hovedmal]}

    Fix: `goals: [hovedmal]`, or name a need.
"""

from __future__ import annotations

import bisect
import difflib
import unicodedata
from collections.abc import Iterable, Iterator

from kplan.check.rules.base import ID_SECTIONS, Context, broken_refs, check, kind
from kplan.diagnostics import DataPath, Finding
from kplan.hints import lookalike, suggestion
from kplan.plan.model import PartialPlan, PlanInfo
from kplan.text import Message, t


def _ids(ctx: Context) -> dict[str, set[str]]:
    plan = ctx.plan
    ids = {s: {item.id for item in getattr(plan, s)} for s in ID_SECTIONS}
    for section in ctx.asm.broken:
        ids.setdefault(section, set()).update(broken_refs(ctx, section, "id"))
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
    ids["drivers"] |= broken_refs(ctx, "drivers", "segment")
    return ids


def references(
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
        yield from many(("goals", i, "parents"), "goals", g.parents)
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
    for i, line in enumerate(plan.staffing):
        yield from many(("staffing", i, "goals"), "goals", line.goals)
    for i, n in enumerate(plan.needs):
        if n.unit:
            yield ("needs", i, "unit"), "units", n.unit
        yield from many(("needs", i, "goals"), "goals", n.goals)
        yield from many(("needs", i, "requirements"), "requirements", n.requirements)
        yield from many(("needs", i, "competences"), "competences", n.competences)
    for i, a in enumerate(plan.actions):
        yield from many(("actions", i, "needs"), "needs", a.needs)
        yield from many(("actions", i, "goals"), "goals", a.goals)
        yield from many(("actions", i, "strategies"), "strategies", a.strategies)
        yield from many(("actions", i, "arenas"), "arenas", a.arenas)
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
    for unit_id in plan.analysis.unit_retirement_age if plan.analysis else {}:
        yield ("analysis", "unit_retirement_age", unit_id), "units", unit_id


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


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _names(plan: PartialPlan, kind: str) -> dict[str, str]:
    """The ids of the items of a kind that have a name, by the name as compared (case and
    spacing ignored): a name written where the id belongs («Kurs i veiledning» for «kurs») is a
    common slip. One table per kind, so each dangling reference is one lookup."""
    items: list[object] = []
    if kind in ("units", "competences"):
        items = list(getattr(plan, kind))
    elif kind == "arenas" and plan.learning:
        items = list(plan.learning.arenas)
    elif kind == "forms" and plan.competence_concept:
        items = [f for d in plan.competence_concept.dimensions for f in d.forms]
    out: dict[str, str] = {}
    for item in items:
        name, id_ = getattr(item, "name", None), getattr(item, "id", None)
        if isinstance(name, str) and isinstance(id_, str):
            out.setdefault(_fold(name), id_)
    return out


@check
def references_resolve(ctx: Context) -> Iterator[Finding]:
    """K202, K206: every reference names an id that exists, of the right kind."""
    ids = _ids(ctx)
    suggest: dict[str, Suggester] = {}
    names: dict[str, dict[str, str]] = {}
    owner: dict[str, str] | None = None
    for path, wanted, ref in references(ctx.plan, ids):
        if ref in ids.get(wanted, ()):
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
                t("check.k206.wrong_kind", id=ref, other=kind(other), kind=kind(wanted)),
            )
            continue
        if wanted not in names:
            names[wanted] = _names(ctx.plan, wanted)
        named = names[wanted].get(_fold(ref))
        odd = None if named else lookalike(ref, ids.get(wanted, set()))
        hint: Message = ""
        if named is not None:
            hint = t("hint.name_not_id", name=ref, id=named)
        elif odd is not None:
            hint = t("hint.tail", hint=odd)
        else:
            if wanted not in suggest:
                suggest[wanted] = Suggester(ids.get(wanted, set()))
            close = suggest[wanted](ref)
            hint = suggestion(close) if close else ""
        yield ctx.find(
            path, "K202", t("check.no_such_id", kind=kind(wanted, "no"), id=ref, hint=hint)
        )
