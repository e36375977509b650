"""Printers for the cost summary: table, md, json and csv.

json and csv are for other tools: their keys and columns are stable (`kind` is the last csv
column), figures rounded to two decimals. The table and md show crowns, a net total and, under
it, the actions whose cost is not an amount, by reason: they are not in the total, and say so.
json lists them as `unpriced`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kplan.analysis.costs import CostReport, CostRow, Unpriced
from kplan.present.catalogue import words
from kplan.present.fmt import json_lines, kr, md_table, text_table
from kplan.present.formats import Format, Style
from kplan.present.gap import rounded
from kplan.present.labels import Labels
from kplan.present.labels_actions import action_label
from kplan.present.layout import prose
from kplan.present.markdown import md_text
from kplan.present.tabular import Column, Sheet, Tabular, csv_text, xlsx_bytes
from kplan.present.terminal import columns, one_line
from kplan.text import t

if TYPE_CHECKING:
    from kplan.plan.model import Plan

COST_COLUMNS = ("year", "unit", "strategy", "gross", "grants", "net", "actions", "kind")
GROUP_KEYS = {"year": "cost.year", "unit": "unit", "strategy": "strategy", "kind": "actions.kind"}
"""The label key of each column the rows can be grouped by."""
FIGURE_KEYS = ("gross", "grants", "net", "action")


def _cost_dict(row: CostRow) -> dict[str, Any]:
    return {c: rounded(getattr(row, c)) for c in COST_COLUMNS}


def cost_json(rows: Sequence[CostRow], unpriced: Sequence[Unpriced] = ()) -> str:
    """The rows for other tools, one per line, the totals and the actions without an amount."""
    total = {
        "gross": rounded(sum(r.gross for r in rows)),
        "grants": rounded(sum(r.grants for r in rows)),
        "net": rounded(sum(r.net for r in rows)),
    }
    listed = [{"reason": u.reason, "actions": list(u.actions)} for u in unpriced]
    return json_lines([_cost_dict(r) for r in rows], {"total": total}, lists={"unpriced": listed})


COLUMNS = {
    "year": Column("year", "year", "output.col.budget_year"),
    "unit": Column("unit"),
    "strategy": Column("strategy"),
    "gross": Column("gross", "money"),
    "grants": Column("grants", "money"),
    "net": Column("net", "money"),
    "actions": Column("actions", "count"),
    "kind": Column("kind", "choice", "output.col.action_kind"),
}
"""The csv's columns as the workbook heads and formats them."""


def cost_tabular(
    report: CostReport, lang: str = "nb", units: Mapping[str, str] | None = None
) -> Tabular:
    """The csv's rows (every column, grouped by or not); the workbook shows the columns the
    rows are grouped by (units and strategies by name, `units` naming the units) and the
    figures, and names the actions that are not in them."""
    rows = tuple(_cost_dict(r) for r in report.rows)
    named = dict(report.strategy_names)
    strategies = {
        r["strategy"]: " + ".join(named.get(s, s) for s in r["strategy"].split("+"))
        for r in rows
        if isinstance(r["strategy"], str)
    }
    shown = (*report.by, "gross", "grants", "net", "actions")
    labels = Labels(lang)
    notes = [
        unpriced_line(lang, len(u.actions), action_label(labels, f"actions.reason.{u.reason}"), ids)
        for u in report.unpriced
        if (ids := ", ".join(u.actions))
    ]
    # the actions without a strategy are a group of their own: named, as the table names them
    no_strategy = action_label(labels, "actions.no_strategy")
    sheet_rows = tuple(
        {**r, "strategy_name": no_strategy}
        if "strategy" in report.by and r["strategy"] is None
        else r
        for r in rows
    )
    return Tabular(
        tuple(COLUMNS[k] for k in COST_COLUMNS),
        rows,
        (
            Sheet(
                t("output.sheet.cost"),
                tuple(COLUMNS[k] for k in shown),
                sheet_rows,
                {"unit": units or {}, "strategy": strategies},
            ),
        ),
        tuple(notes),
    )


def cost_csv(rows: Sequence[CostRow]) -> str:
    """The rows for a spreadsheet, every column whether grouped by or not."""
    return csv_text(cost_tabular(CostReport(tuple(rows), ("year",))))


def _header(by: Sequence[str], t: Labels) -> list[str]:
    return [_label(t, GROUP_KEYS[g]) for g in by] + [t[k] for k in FIGURE_KEYS]


def _label(t: Labels, key: str) -> str:
    return action_label(t, key) if key.startswith("actions.") else t[key]


def _key(
    r: CostRow, g: str, names: Mapping[str, str], t: Labels, units: Mapping[str, str]
) -> object:
    value = getattr(r, g)
    if value is None and g in ("strategy", "kind"):
        return action_label(t, "actions.no_strategy")
    if value is None:
        return "–"
    if g == "strategy":
        return " + ".join(names.get(s, s) for s in str(value).split("+"))
    if g == "kind":
        return t.value(str(value))
    if g == "unit":
        return units.get(str(value), value)
    return value


def _cells(
    r: CostRow,
    by: Sequence[str],
    names: Mapping[str, str],
    t: Labels,
    units: Mapping[str, str] | None = None,
) -> list[object]:
    keys = [_key(r, g, names, t, units or {}) for g in by]
    return [*keys, kr(r.gross), kr(r.grants), kr(r.net), r.actions]


def _total(
    rows: Sequence[CostRow],
    unpriced: Sequence[Unpriced],
    t: Labels,
    actions: Mapping[str, str] | None = None,
    width: int | None = None,
) -> str:
    """The net total, then the actions whose cost is not an amount: by id (md), or by title
    when `actions` names them (a terminal), wrapped within `width`."""
    text = "\n" + prose(t("cost.total", amount=kr(sum(r.net for r in rows))), width)
    for u in unpriced:
        reason = action_label(t, f"actions.reason.{u.reason}")
        n = len(u.actions)
        if actions is None:
            ids = ", ".join(u.actions)
            text += unpriced_line(t.lang, n, reason, ids) + "\n"
            continue
        # the line ends in its list: without one, it is the list's heading
        head = unpriced_line(t.lang, n, reason, "").rstrip()
        text += prose(head, width)
        text += "".join(prose(f"  - {one_line(actions.get(a, a))}", width) for a in u.actions)
    return text


def unpriced_line(lang: str, n: int, reason: str, ids: str) -> str:
    """«2 tiltak uten beregnet kostnad (ikke beregnet): ids», one action or many."""
    key = "run.cost.unpriced.one" if n == 1 else "run.cost.unpriced.many"
    return words(t(key, n=n, reason=reason, ids=ids), lang)


def cost_md(
    rows: Sequence[CostRow],
    by: Sequence[str],
    lang: str = "nb",
    unpriced: Sequence[Unpriced] = (),
    names: Mapping[str, str] | None = None,
    *,
    units: Mapping[str, str] | None = None,
    actions: Mapping[str, str] | None = None,
) -> str:
    """The rows grouped `by` as a Markdown table, the net total and what is not in it; units
    and actions by name when `units` and `actions` give them."""
    t = Labels(lang)
    body = [_cells(r, by, names or {}, t, units) for r in rows]
    named = None if actions is None else {k: md_text(v) for k, v in actions.items()}
    return md_table(_header(by, t), body) + _total(rows, unpriced, t, named)


def cost_table(
    rows: Sequence[CostRow],
    by: Sequence[str],
    lang: str = "nb",
    unpriced: Sequence[Unpriced] = (),
    names: Mapping[str, str] | None = None,
    *,
    units: Mapping[str, str] | None = None,
    actions: Mapping[str, str] | None = None,
    width: int | None = None,
) -> str:
    """The rows grouped `by` as a terminal table within `width` (None: as wide as the text),
    the net total and what is not in it; units and actions by name when `units` and
    `actions` give them."""
    t = Labels(lang)
    right = set(range(len(by), len(by) + len(FIGURE_KEYS)))
    body = [_cells(r, by, names or {}, t, units) for r in rows]
    table = text_table(t["cost.title"], _header(by, t), body, right, width=width)
    return table + _total(rows, unpriced, t, actions, width)


def _reporters(
    units: Mapping[str, str] | None = None, actions: Mapping[str, str] | None = None
) -> dict[Format, Callable[[CostReport, Style], str | bytes]]:
    """The printer for each format, naming units and actions by `units` and `actions` (ids
    where not given); the table laid out for the terminal's width."""
    return {
        Format.table: lambda c, style: cost_table(
            c.rows,
            c.by,
            style.lang,
            c.unpriced,
            dict(c.strategy_names),
            units=units,
            actions=actions,
            width=columns(),
        ),
        Format.md: lambda c, style: cost_md(
            c.rows,
            c.by,
            style.lang,
            c.unpriced,
            dict(c.strategy_names),
            units=units,
            actions=actions,
        ),
        Format.json: lambda c, style: cost_json(c.rows, c.unpriced),
        Format.csv: lambda c, style: csv_text(cost_tabular(c)),
        Format.xlsx: lambda c, style: xlsx_bytes(cost_tabular(c, style.lang, units), style.lang),
    }


def reporters(plan: Plan) -> dict[Format, Callable[[CostReport, Style], str | bytes]]:
    """`REPORTERS` naming units and actions as `plan` does."""
    return _reporters({u.id: u.name for u in plan.units}, {a.id: a.title for a in plan.actions})


REPORTERS = _reporters()
"""The printer for each `--format` of `kplan cost`."""
