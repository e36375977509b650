"""`kplan gap --explain` in words: one figure, the requirement behind it (title, source and
legal reference, basis, rounding, exemption) and the projection from each inventory snapshot
to the figure's year, one year at a time, so a reader can redo the arithmetic.

The data comes from `kplan.analysis.projection`; figures are rounded to two decimals here, as
for every reader, and carried in full in `explain_json`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kplan.analysis.gap import GapRow
from kplan.analysis.projection import EffectProjection, Explanation, RowProjection
from kplan.analysis.supply import Amount
from kplan.plan.direction import Source
from kplan.present.fmt import dumps, plain
from kplan.present.formats import Style
from kplan.present.formulas import Words
from kplan.present.gap_rows import figure_lines, row_dict
from kplan.present.terminal import json_inert


def _source(source: Source | None, words: Words) -> str | None:
    if source is None:
        return None
    what = ", ".join(x for x in (source.title, source.reference) if x)
    text = words.t[f"gap.src_{source.kind}"] + (f": {what}" if what else "")
    return text + (f" ({source.url})" if source.url else "")


def _rounding(x: Explanation, words: Words) -> str:
    """The rounding rule in effect: the plan's, or the default for the basis (said so)."""
    t, basis = words.t, x.row.basis
    effective = getattr(x.row.formula, "rounding", None) or x.rounding
    if effective is None:
        return t[f"gap.r_{basis}"] if basis in ("personer", "årsverk") else t["gap.r_ingen"]
    text = t[f"gap.r_{effective}"]
    return text if x.rounding else text + t("gap.x_default", basis=words.basis(basis))


def _exemption(x: Explanation, words: Words) -> str | None:
    e = x.exemption
    if e is None:
        return None
    t = words.t
    text = t("gap.x_exempt", persons=plain(e.persons))
    if e.until is not None:
        text += t("gap.x_exempt_until", date=t.date(e.until))
    else:
        text += t["gap.x_exempt_always"]
    return f"{e.text}: {text}" if e.text else text


def _head(x: Explanation, words: Words) -> list[str]:
    """The requirement: title, kind and basis, unit and year, source, rounding, exemption."""
    t, row = words.t, x.row
    # a plan may say it in the title already
    marked = x.illustrative and words.illustrative.strip().lower() not in x.title.lower()
    title = x.title + (words.illustrative if marked else "")
    kind = t("gap.x_kind", kind=t.value(row.kind), basis=words.basis(row.basis))
    fields = [
        (t["gap.x_requirement"], f"{title} ({row.requirement}): {kind}"),
        (t["gap.x_unit"], f"{words.unit(row.unit)} ({row.unit}), {row.year}"),
        (t["gap.x_source"], _source(x.source, words)),
        (t["gap.x_rounding"], _rounding(x, words)),
        (t["gap.x_exemption"], _exemption(x, words)),
    ]
    return [f"  {name:<11} {value}" for name, value in fields if value]


def _amount(a: Amount, basis: str) -> str:
    """A step's figure to two decimals; what the arithmetic leaves of nothing (-1e-16) is 0,
    not «-0»."""
    value = a.of(basis)
    return plain(value if abs(value) >= 0.005 else 0.0)


def _projection(p: RowProjection, basis: str, words: Words) -> list[str]:
    t = words.t
    lines = [f"  - {words.inventory(p.row)}" + t("gap.x_retirement_age", age=p.retirement_age)]
    for s in p.steps:
        who = "; ".join(f"{w.band}: {_amount(w.amount, basis)}" for w in s.who)
        lines.append(
            "      "
            + t(
                "gap.x_step",
                year=s.year,
                start=_amount(s.start, basis),
                retiring=_amount(s.retiring, basis),
                who=f" ({who})" if who else "",
                turnover=_amount(s.turnover, basis),
                end=_amount(s.end, basis),
            )
        )
    if not p.steps:
        year = p.row.date.year
        lines.append("      " + t("gap.x_same_year", year=year, end=_amount(p.end, basis)))
    return lines


def _effect(e: EffectProjection, row: GapRow, basis: str, words: Words) -> str:
    u = e.effect
    amount = u.persons if basis == "personer" else u.fte
    competence = words.competence(u.competence)
    if u.unit != row.unit:
        competence += words.t("gap.x_effect_in", unit=words.unit(u.unit))
    return words.t(
        "gap.x_effect",
        title=e.title,
        action=u.action,
        amount=("+" if amount >= 0 else "−") + plain(abs(amount)),
        basis=words.basis(basis),
        competence=competence,
        year=u.year,
        kept=_amount(e.kept, basis),
        to=e.to,
    )


def explain_text(x: Explanation, style: Style | None = None) -> str:
    """The figure, the requirement behind it and how each part was worked out."""
    words = Words((style or Style()).lang, x.names)
    t, row = words.t, x.row
    basis = row.basis
    lines = [t("gap.x_heading", id=row.id, title=x.title), *_head(x, words)]
    lines += figure_lines(row, words)
    if row.measure is not None:
        lines.append(f"  {t['gap.x_measure']:<11} {words.measure(row.measure, row.formula)}")
    # a percentage (average position size) is worked out from persons
    basis = basis if basis in ("personer", "årsverk") else "personer"
    if x.projections:
        percent = plain(x.turnover_percent)
        lines.append(t("gap.x_projection", basis=words.basis(basis), percent=percent))
        for p in x.projections:
            lines += _projection(p, basis, words)
    if x.drivers:
        lines.append(f"{t['gap.x_drivers']}:")
        for d in x.drivers:
            u = d.use
            text = t("gap.x_driver", name=d.name, id=u.driver, year=u.year, value=plain(u.value))
            mark = words.illustrative if d.illustrative else ""
            lines.append(f"  - {text}{words.origin(u)}{mark}")
    if x.effects:
        lines.append(f"{t['gap.x_actions']}:")
        lines += [f"  - {_effect(e, row, basis, words)}" for e in x.effects]
    return "\n".join(lines) + "\n"


def _both(a: Amount) -> dict[str, float]:
    return {"persons": a.persons, "fte": a.fte}


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def explain_data(x: Explanation) -> dict[str, Any]:
    """What `--explain` shows beyond the row, for other tools: ids, English keys, full
    precision, persons and årsverk kept apart."""
    s, e = x.source, x.exemption
    return {
        "title": x.title,
        "illustrative": x.illustrative,
        "source": (
            {"kind": s.kind, "title": s.title, "reference": s.reference, "url": s.url}
            if s
            else None
        ),
        "rounding": x.rounding,
        "exemption": (
            {"text": e.text, "persons": e.persons, "until": _date(e.until)} if e else None
        ),
        "turnover_percent": x.turnover_percent,
        "projection": [
            {
                "inventory": {
                    "unit": p.row.unit,
                    "competence": p.row.competence,
                    "role": p.row.role,
                    "date": p.row.date.isoformat(),
                    "persons": p.row.persons,
                    "fte": p.row.fte,
                    "illustrative": p.row.illustrative,
                },
                "retirement_age": p.retirement_age,
                "steps": [
                    {
                        "year": step.year,
                        "start": _both(step.start),
                        "retiring": {
                            **_both(step.retiring),
                            "by_band": [{"band": w.band, **_both(w.amount)} for w in step.who],
                        },
                        "turnover": _both(step.turnover),
                        "end": _both(step.end),
                    }
                    for step in p.steps
                ],
                "end": _both(p.end),
            }
            for p in x.projections
        ],
        "effects": [
            {
                "action": f.effect.action,
                "title": f.title,
                "year": f.effect.year,
                "unit": f.effect.unit,
                "competence": f.effect.competence,
                "persons": f.effect.persons,
                "fte": f.effect.fte,
                "hires": f.effect.hires,
                "to": f.to,
                "kept": _both(f.kept),
            }
            for f in x.effects
        ],
        "drivers": [
            {
                "driver": d.use.driver,
                "name": d.name,
                "year": d.use.year,
                "value": d.use.value,
                "illustrative": d.illustrative,
            }
            for d in x.drivers
        ],
    }


def explain_json(x: Explanation, style: Style | None = None) -> str:
    """The figure for other tools: its row as `gap --format json` has it, then the
    requirement and the projection step by step."""
    words = Words((style or Style()).lang)
    return json_inert(dumps({**row_dict(x.row, words), **explain_data(x)})) + "\n"
