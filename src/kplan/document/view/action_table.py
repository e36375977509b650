"""The action table (tiltaksplan): the columns the plan uses, in the plan's order, grouped by
unit and by the plan's own strategies.

A column is shown when some action has a value in it (a status only when the plan wrote one:
the default «planlagt» is not the plan's word, nor an action's lateness, which the status
cell says in words: «forsinket»); the plan's `action_table.columns` come first and every other
used column follows, so no field of an action is left out. Each cell says all the plan wrote:
a period in its words and dates, a cost with how it recurs, its grants and the reason it is not
an amount. The tables carry, row by row, what the HTML filter compares (`action_filter`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, get_args

from kplan.document.view.action_filter import FilteredTable, action_filter, late, rows_data
from kplan.document.view.model import MARK, Block, Context, Inline, mark_rows, table
from kplan.plan.actions import ActionColumn, ActionPeriod, ActionTable, Cost
from kplan.plan.model import Action
from kplan.present.fmt import nok, number
from kplan.present.labels import Labels
from kplan.present.labels_actions import action_choice, action_label

COLUMNS: tuple[ActionColumn, ...] = get_args(ActionColumn)
"""Every column, in the default order (the order `ActionColumn` lists them)."""


def settings(c: Context) -> ActionTable:
    """The plan's `action_table` setting, or the default."""
    found = c.plan.action_table
    return found if isinstance(found, ActionTable) else ActionTable()


def period_text(t: Labels, p: ActionPeriod | None) -> str:
    """The period as the plan gives it: «2024–2026», «fra 2006», «kontinuerlig», and its words."""
    if p is None:
        return ""
    start = t.when(p.start) if p.start else None
    end = t.when(p.end) if p.end else None
    if start and end:
        dates = start if start == end else f"{start}–{end}"
    elif start:
        dates = action_label(t, "actions.from", start=start)
    elif end:
        dates = action_label(t, "actions.until", end=end)
    else:
        dates = ""
    words = p.text or ("" if not p.continuous else action_label(t, "actions.continuous"))
    if dates and words:
        return f"{dates} ({words})"
    return dates or words


def _terms(t: Labels, cost: Cost) -> list[str]:
    """How the amount counts: «per gang × 4 ganger», «hvert 3. år»; «totalt» only where the
    plan wrote it (the default is kplan's word, not the plan's)."""
    terms: list[str] = []
    if cost.per != "totalt" or "per" in cost.model_fields_set:
        per = action_choice(t, "actions.per", cost.per)
        if cost.occasions is not None:
            per += " × " + action_label(t, "actions.occasions", n=cost.occasions)
        terms.append(per)
    elif cost.occasions is not None:
        terms.append(action_label(t, "actions.occasions", n=cost.occasions))
    if cost.yearly:
        terms.append(action_label(t, "actions.yearly"))
    elif cost.every_years is not None:
        terms.append(action_label(t, "actions.every_years", n=cost.every_years))
    elif cost.spread:
        terms.append(action_label(t, "actions.spread"))
    return terms


def cost_text(t: Labels, cost: Cost | None) -> str:
    """Everything the plan says of a cost, never 0 for one that is not an amount (an
    illustrative cost is marked by the table it stands in, once)."""
    if cost is None:
        return ""
    bits: list[str] = []
    terms = _terms(t, cost)
    if cost.amount is not None:
        bits.append(" ".join([nok(cost.amount), *terms]))
    elif cost.no_amount is not None:
        reason = action_label(t, f"actions.reason.{cost.no_amount}")
        # not an amount, yet how it would fall (per occasion, every 3 years) is the plan's word
        bits.append(f"{reason} ({', '.join(terms)})" if terms else reason)
    elif terms:
        bits.append(" ".join(terms))
    if cost.budget_year is not None:
        bits.append(action_label(t, "actions.budget_year", year=cost.budget_year))
    if cost.note:
        bits.append(cost.note)
    for f in cost.funding:
        bit = f.source + (f" {nok(f.amount)}" if f.amount is not None else "")
        bits.append(bit + (f" ({action_label(t, 'actions.grant')})" if f.grant else ""))
    for year, spent in sorted(cost.spent.items()):
        bits.append(action_label(t, "actions.spent", year=year, amount=nok(spent)))
    text = ", ".join(bits)
    return text


class Cells:
    """The cell of each column for one plan: needs, goals, strategies and arenas by name."""

    def __init__(self, c: Context) -> None:
        plan = c.plan
        self.c = c
        self.t = c.t
        self.units = c.unit
        self.needs = {n.id: n.text for n in plan.needs}
        self.goals = {g.id: g.text for g in plan.goals}
        self.strategies = c.strategies
        arenas = plan.learning.arenas if plan.learning else []
        self.arenas = {a.id: a.name for a in arenas}

    def __call__(self, column: ActionColumn, a: Action) -> Inline:
        return self._cells[column](self, a)

    def _title(self, a: Action) -> str:
        title = a.title
        if a.example:
            title += f" ({self.t['example_row']})"
        # «illustrativt» is said once per table, by mark_rows in action_tables
        return title

    def _arenas(self, a: Action) -> str:
        ids = ([a.arena] if a.arena else []) + [x for x in a.arenas if x != a.arena]
        return "; ".join(self.arenas.get(x, x) for x in ids)

    def _status(self, a: Action) -> str:
        """The status the plan wrote, and «forsinket» in words when the action is late (a
        late action the plan gave no status is still planlagt: it is late all the same)."""
        own = self.t.value(a.status) if "status" in a.model_fields_set else ""
        if not late(self.c, a):
            return own
        mark = self.t["filter.late"]
        return f"{own} ({mark})" if own else mark

    _cells: ClassVar[dict[ActionColumn, Callable[[Cells, Action], str]]] = {
        "unit": lambda s, a: s.units(a.unit) if a.unit else "",
        "need": lambda s, a: "; ".join(s.needs.get(n, n) for n in a.needs),
        "goal": lambda s, a: "; ".join(s.goals.get(g, g) for g in a.goals),
        "action": _title,
        "strategies": lambda s, a: "; ".join(s.strategies.get(x, x) for x in a.strategies),
        "strategy": lambda s, a: s.t.value(a.strategy) if a.strategy else "",
        "learning_form": lambda s, a: s.t[f"form_{a.learning_form}"] if a.learning_form else "",
        "arena": _arenas,
        "target_group": lambda s, a: a.target_group or "",
        "scope": lambda s, a: a.scope or "",
        "provider": lambda s, a: a.provider or "",
        "period": lambda s, a: period_text(s.t, a.period),
        "frequency": lambda s, a: a.frequency or "",
        "count": lambda s, a: number(a.count) if a.count is not None else "",
        "cost": lambda s, a: cost_text(s.t, a.cost),
        "responsible": lambda s, a: a.responsible or "",
        "status": _status,
        "notes": lambda s, a: a.notes or "",
    }


def columns(
    chosen: Sequence[ActionColumn], rows: list[dict[ActionColumn, Inline]]
) -> list[ActionColumn]:
    """The plan's columns first, then every other; only those with a value in some row."""
    order = list(dict.fromkeys([*chosen, *COLUMNS]))
    return [col for col in order if any(r[col] for r in rows)]


def _group_key(a: Action, by: Sequence[str]) -> tuple[str, ...]:
    return tuple(
        (a.unit or "") if g == "unit" else (a.strategies[0] if a.strategies else "") for g in by
    )


def _caption(c: Context, key: tuple[str, ...], by: Sequence[str]) -> str:
    names = c.strategies
    parts = []
    for g, k in zip(by, key, strict=True):
        if g == "unit":
            parts.append(c.unit(k) if k else action_label(c.t, "actions.no_unit"))
        else:
            parts.append(names.get(k, k) if k else action_label(c.t, "actions.no_strategy"))
    return " – ".join(parts)


def _starred(
    t: Labels, caption: str, rows: list[list[Inline]], flags: dict[int, list[bool]]
) -> tuple[str, list[list[Inline]]]:
    """The caption and rows with each illustrative cell starred, and «(* = illustrativt)» said
    once, in the caption: an action and its cost are illustrative apart (Stange's actions are
    the plan's, their amounts made up), so each cell says which."""
    out = [list(r) for r in rows]
    starred = False
    for col, marks in flags.items():
        for row, flag in zip(out, marks, strict=True):
            cell = row[col]
            if flag and isinstance(cell, str) and cell and "illustrativ" not in cell.casefold():
                row[col] = f"{cell} {MARK}"
                starred = True
    if not starred:
        return caption, out
    note = f"({MARK} = {t['illustrative']})"
    return (f"{caption} {note}" if caption else note), out


def action_tables(c: Context, setting: ActionTable | None = None) -> list[Block]:
    """The action tables: one per unit and plan strategy (as `setting` groups them), each with
    the columns its actions fill, in the plan's order."""
    setting = setting or settings(c)
    cells = Cells(c)
    rows = [{col: cells(col, a) for col in COLUMNS} for a in c.plan.actions]
    shown = columns(setting.columns, rows)
    by = list(setting.group_by)
    if "strategies" in by and not any(a.strategies for a in c.plan.actions):
        by.remove("strategies")
    if "unit" in by and not any(a.unit for a in c.plan.actions):
        by.remove("unit")
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, a in enumerate(c.plan.actions):
        groups.setdefault(_group_key(a, by), []).append(i)
    if "unit" in by:
        shown = [col for col in shown if col != "unit"]
    if "strategies" in by and all(len(a.strategies) < 2 for a in c.plan.actions):
        # each table's caption names its one strategy
        shown = [col for col in shown if col != "strategies"]
    data = rows_data(c)
    found = action_filter(c, data)
    blocks: list[Block] = []
    for key, indices in groups.items():
        acts = [c.plan.actions[i] for i in indices]
        # a column none of this table's actions fills is left out of this table
        own = [col for col in shown if col == "action" or any(rows[i][col] for i in indices)]
        flags = {own.index("action"): [a.illustrative for a in acts]} if "action" in own else {}
        if "cost" in own:
            flags[own.index("cost")] = [a.cost is not None and a.cost.illustrative for a in acts]
        caption, marked_rows = _starred(
            c.t,
            _caption(c, key, by) if by else "",
            [[rows[i][col] for col in own] for i in indices],
            flags,
        )
        blocks.append(
            FilteredTable(
                "table",
                title=caption,
                header=tuple(action_label(c.t, f"actions.col.{col}") for col in own),
                rows=tuple(tuple(r) for r in marked_rows),
                numeric=tuple(col == "count" for col in own),
                row_data=tuple(data[i] for i in indices) if found else (),
                late=tuple(late(c, a) for a in acts),
                filter=found if not blocks else None,
            )
        )
    return blocks


def effect_table(c: Context) -> list[Block]:
    """What each action adds to (or takes from) the staff, as the gap analysis counts it; the
    columns no effect uses are left out."""
    t = c.t
    keys = ("competence", "count", "fte", "year", "unit", "from", "hires")
    rows: list[list[Inline]] = []
    flags: list[bool] = []
    for a in c.plan.actions:
        for e in a.effects:
            title = a.title
            flags.append(e.illustrative)
            hires = (
                "" if e.hires is None else action_label(t, f"actions.{'yes' if e.hires else 'no'}")
            )
            rows.append(
                [
                    title,
                    c.competence(e.competence),
                    number(e.count),
                    number(e.fte) if e.fte is not None else "",
                    str(e.year),
                    c.unit(e.unit) if e.unit else "",
                    c.competence(e.from_competence) if e.from_competence else "",
                    hires,
                ]
            )
    used = [0] + [i + 1 for i in range(len(keys)) if any(r[i + 1] for r in rows)]
    header = [action_label(t, "actions.col.action")]
    header += [action_label(t, f"actions.eff.{k}") for k in keys]
    header, rows = mark_rows(t, header, rows, flags)
    return table(
        action_label(t, "actions.effects"),
        [header[i] for i in used],
        [[r[i] for i in used] for r in rows],
        numeric={j for j, i in enumerate(used) if i in (2, 3)},
    )
