"""Ids (K201, K203, K204, K205): every item can be named, and the KS steps by their numbers.

References between items are ids (`needs: [behov-1]`), so an id must name one item. Whether each
reference finds its item is `references` (K202, K206).

K201 error: two entries share an id
    Why: a reference to «sol» could mean either unit, and the analysis would count one of them
    twice or not at all. Ids are unique within their kind: a need and an action may share one.
    FAIL::

        units:
          - {id: sol, name: Sol barnehage, level: enhet}
          - {id: sol, name: Solsiden skole, level: enhet}

    Fix: give each its own id (`sol-bhg`, `sol-skole`) and change the references that meant the
    second.

K203 error: units (or goals) whose parents form a loop
    Why: the tree of units is what sums figures upwards and finds the units below one
    (`kplan gap --unit`); a loop has no top. FAIL::

        units:
          - {id: helse, name: Helse, level: ansvarsområde, parent: sykehjem}
          - {id: sykehjem, name: Sykehjemmet, level: enhet, parent: helse}

    Fix: the unit higher up names its own parent (or none, for the kommune itself).

K204 error: a step name that does not match its KS step number
    Why: KS's model numbers the seven steps; a name from another step means the number or the name
    is wrong, and the document would put the step in the wrong place. Either KS label set is right
    («Organisering» or «Organisering og involvering»), with or without «Steg 1:». FAIL::

        steps:
          - {number: 2, name: Kompetanseanalyse}

    Fix: `number: 5`, or the name of step 2, «Forankring og ambisjoner».

K205 error: the same KS step listed twice
    Why: the progress plan has one row per step; two rows for step 3 give two deadlines and two
    statuses. FAIL::

        steps:
          - {number: 3, status: ferdig}
          - {number: 3, status: pågår}

    Fix: keep one row per step.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kplan.check.rules.base import (
    ID_SECTIONS,
    NYNORSK_STEP_LABELS,
    STEP_LABELS,
    Context,
    check,
    kind,
)
from kplan.diagnostics import DataPath, Finding
from kplan.text import one_of, t


@check
def unique_ids(ctx: Context) -> Iterator[Finding]:
    """K201: every id is used once within its kind (units, needs, actions...)."""
    lists: list[tuple[str, DataPath, list[Any]]] = [
        (s, (s,), list(getattr(ctx.plan, s))) for s in ID_SECTIONS
    ]
    lists.append(("decisions", ("decisions",), list(ctx.plan.decisions)))
    if ctx.plan.learning:
        lists.append(("arenas", ("learning", "arenas"), list(ctx.plan.learning.arenas)))
    for section, base, items in lists:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in seen:
                first = ctx.find((*base, seen[item.id]), "K201", "")
                yield ctx.find(
                    (*base, i, "id"),
                    "K201",
                    t(
                        "check.k201.taken",
                        kind=kind(section, "other"),
                        id=item.id,
                        file=first.file,
                    ),
                )
            else:
                seen[item.id] = i


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
                    t("check.k203.loop", id=item.id),
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


def _norm_label(text: str) -> str:
    text = re.sub(r"^\s*(steg|step)\s*\d+\s*[.:-]?\s*", "", text, flags=re.IGNORECASE)
    return re.sub(r"[^\wæøå]+", " ", text.casefold()).strip()


@check
def steps_match_ks(ctx: Context) -> Iterator[Finding]:
    """K204, K205: step names follow either KS label set, and each step is listed once."""
    seen: set[int] = set()
    for i, step in enumerate(ctx.plan.steps):
        if step.number in seen:
            yield ctx.find(
                ("steps", i, "number"), "K205", t("check.k205.twice", number=step.number)
            )
        seen.add(step.number)
        labels = STEP_LABELS[step.number]
        accepted = (*labels, *NYNORSK_STEP_LABELS.get(step.number, ()))
        if step.name and _norm_label(step.name) not in {_norm_label(x) for x in accepted}:
            yield ctx.find(
                ("steps", i, "name"),
                "K204",
                t(
                    "check.k204.wrong_name",
                    name=step.name,
                    number=step.number,
                    names=one_of(list(labels)),
                ),
            )
