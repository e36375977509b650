"""The gap sub-chapter of the analysis (KS step 5): a chart per requirement and the table of
gap → residual per unit, requirement and year.

Persons and årsverk never add up, and a surplus is not a shortfall: each chart is one
requirement, in its own unit (personer or årsverk), one series per unit, nothing summed. A row
over a maximum share is «over måltall», an unknown row «ukjent»; neither is drawn as a bar, and
the table beside the chart says which is which.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kplan.analysis.formulas import ShareFormula
from kplan.analysis.gap import GapRow
from kplan.document.charts import bar_chart
from kplan.document.view.model import Block, Context, Inline, bullets, para, table
from kplan.present.fmt import number
from kplan.present.labels import Labels

MAX_CHARTS = 12
"""Requirements with a chart of their own; the table below them shows every requirement."""


@dataclass(frozen=True)
class Cell:
    """One row's figure as the document shows it: `drawn` is the bar (None: not drawn)."""

    drawn: float | None
    text: str
    mark: str = ""
    """Written where the bar is not drawn."""


def cell(r: GapRow, t: Labels) -> Cell:
    """The residual of a row as a bar and in words, with what the requirement measures that
    year (a share, in percent): unknown, over target and not yet due are not shortfalls to
    draw."""
    if r.residual is None or r.gap is None:
        return Cell(None, t["unknown"], t["unknown"])
    text = f"{number(r.gap)} → {number(r.residual)}"
    notes = [f"{number(r.measure.value, 1)} %"] if r.measure and r.measure.value is not None else []
    if r.over_target:
        notes.append(t["gap.over_target"])
    elif not r.due:
        notes.append(t["not_due"])
    words = f"{text} ({', '.join(notes)})" if notes else text
    if r.over_target:
        return Cell(None, words, t["gap.over_target"])
    if not r.due:
        return Cell(None, words, t["gap.not_due"])
    return Cell(r.residual, words)


def target(r: GapRow, t: Labels) -> str:
    """What the requirement aims at, when it measures a share: «minst 70 %», «høyst 30 %»."""
    m = r.measure
    if m is None or m.target is None:
        return ""
    ceiling = m.name == "under_minimum" or (
        isinstance(r.formula, ShareFormula) and r.formula.ceiling
    )
    return t("gap_at_most" if ceiling else "gap_at_least", value=f"{number(m.target, 1)} %")


def _by_requirement(
    rows: tuple[GapRow, ...],
) -> dict[tuple[str, str], dict[str, dict[int, GapRow]]]:
    grouped: dict[tuple[str, str], dict[str, dict[int, GapRow]]] = {}
    for r in rows:
        grouped.setdefault((r.requirement, r.basis), {}).setdefault(r.unit, {})[r.year] = r
    return grouped


Cells = dict[tuple[str, str], dict[str, list[Cell]]]
"""Per requirement and basis, per unit: the cell of each plan year (empty for a year without
a row)."""


def _cells(c: Context, grouped: dict[tuple[str, str], dict[str, dict[int, GapRow]]]) -> Cells:
    # the charts and the table show the same words: each row is worded once
    t, years, blank = c.t, c.results.gaps.years, Cell(None, "")
    return {
        key: {
            unit: [cell(by_year[y], t) if y in by_year else blank for y in years]
            for unit, by_year in units.items()
        }
        for key, units in grouped.items()
    }


def gap_charts(c: Context, worded: Cells) -> list[Block]:
    """One chart per requirement (and basis): the residual per unit and year, in the
    requirement's own unit. A requirement with no shortfall to draw (every row 0, unknown, over
    target or not yet due) gets no chart of empty axes: one sentence names them all. `worded`
    are the rows' cells (`_cells`)."""
    t, g = c.t, c.results.gaps
    years = list(g.years)
    titles = c.requirements
    blocks: list[Block] = []
    nothing: list[str] = []
    charts = 0
    for (req, basis), units in worded.items():
        series: list[tuple[str, list[float | None]]] = []
        words: list[list[str]] = []
        marks: list[list[str]] = []
        for unit, cells in units.items():
            series.append((c.unit(unit), [x.drawn for x in cells]))
            words.append([x.text for x in cells])
            marks.append([x.mark for x in cells])
        if not any(v for _, vals in series for v in vals):
            nothing.append(f"«{titles.get(req, req)}»")
            continue
        if charts == MAX_CHARTS:
            continue
        charts += 1
        chart = bar_chart(
            t("chart_gap_req", requirement=titles.get(req, req)),
            t("chart_gap_desc", basis=t.value(basis)),
            [str(y) for y in years],
            series,
            t("chart_gap_axis", basis=t.value(basis)),
            cells=words,
            marks=marks,
            figures=t["data_table"],
            md_table=True,
        )
        if chart.omitted:
            more = t("chart.more_series", shown=len(series) - chart.omitted, total=len(series))
            chart = replace(chart, notes=(more,))
        blocks.append(Block("chart", chart=chart))
    if len(worded) - len(nothing) > MAX_CHARTS:
        blocks += para(t("chart_gap_more", shown=MAX_CHARTS, total=len(worded) - len(nothing)))
    if nothing:
        blocks += para(t("chart.gap_none", requirements=", ".join(nothing)))
    return blocks


def gap_blocks(c: Context) -> list[Block]:
    """The gap chapter: a chart per requirement, the table of gap → residual per unit and
    requirement, and the competences only one person holds."""
    t, g = c.t, c.results.gaps
    years = list(g.years)
    titles = c.requirements
    grouped = _by_requirement(g.rows)
    worded = _cells(c, grouped)
    blocks = gap_charts(c, worded)
    rows: list[list[Inline]] = []
    for (req, basis), units in grouped.items():
        for unit, by_year in units.items():
            first = next(iter(by_year.values()))
            rows.append(
                [
                    c.unit(unit),
                    titles.get(req, req),
                    t.value(basis),
                    target(first, t),
                    *(x.text for x in worded[req, basis][unit]),
                ]
            )
    blocks += table(
        f"{t['gap']} → {t['residual']}",
        [t["unit"], t["requirement"], t["measured_in"], t["gap_target"], *map(str, years)],
        rows,
        numeric=set(range(4, 4 + len(years))),
    )
    if any(r.measure is not None and r.measure.value is not None for r in g.rows):
        blocks += para(t["gap_measure_note"])
    if any(r.residual is None for r in g.rows):
        blocks += para(t["gap_unknown_note"])
    if g.vulnerable:
        blocks += bullets(
            [
                f"{c.unit(v.unit)}: {c.competence(v.competence)} ({number(v.persons)})"
                for v in g.vulnerable
            ],
            t["vulnerable"],
        )
    return blocks
