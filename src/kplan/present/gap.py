"""Printers for the gap analysis: table, md, json and csv, and `--explain` for one figure.

The analysis returns data (formulas, inventory rows, driver values, effects, notes); this module
words it. json and csv are for other tools: their keys and columns are stable, and `formula`,
`sources` and `notes` there are the same sentences the table shows. Figures are rounded to two
decimals there; the table and md show what a reader needs.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.formulas import (
    EPS,
    Absorbed,
    CountFormula,
    DriverUse,
    Formula,
    FullTimeFormula,
    Note,
    PositionFormula,
    RatioFormula,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.gap import GapReport, GapRow
from kplan.analysis.supply import EffectUse
from kplan.plan.model import InventoryRow
from kplan.present.fmt import json_lines, md_table, plain
from kplan.present.fmt import text_table as text_table  # analysis/follow_up.py still imports it
from kplan.present.formats import Format, Style
from kplan.present.labels import LANGS, Labels
from kplan.present.markdown import md_text
from kplan.present.terminal import field, finite, one_line

GAP_COLUMNS = (
    "unit",
    "requirement",
    "year",
    "kind",
    "basis",
    "required",
    "available",
    "planned",
    "gap",
    "residual",
    "need_type",
    "due",
    "vulnerable",
)
HEADER_KEYS = (
    "unit",
    "requirement",
    "year",
    "required",
    "available",
    "planned",
    "gap",
    "residual",
    "need",
)
"""The label keys of the table's columns."""
num = plain

# --- words for the analysis' data ----------------------------------------------------------

# Label keys waiting for the one label table (report_labels.py), with their words until then.
_PENDING: dict[str, tuple[str, str, str]] = {
    "gap.f_ratio": (
        "({terms}) = {raw}, avrundet {rounding}: {required}",
        "({terms}) = {raw}, avrunda {rounding}: {required}",
        "({terms}) = {raw}, rounded {rounding}: {required}",
    ),
    "gap.f_share": (
        "{percent} % av {total} {basis} = {required}",
        "{percent} % av {total} {basis} = {required}",
        "{percent} % of {total} {basis} = {required}",
    ),
    "gap.f_share_max": (
        "høyst {percent} % av {total} {basis} = {required}",
        "høgst {percent} % av {total} {basis} = {required}",
        "at most {percent} % of {total} {basis} = {required}",
    ),
    "gap.f_share_after": (
        "; etter tiltak {grown} {basis}, som gir {after}",
        "; etter tiltak {grown} {basis}, som gjev {after}",
        "; after the actions {grown} {basis}, which gives {after}",
    ),
    "gap.f_count": ("minst {minimum}", "minst {minimum}", "at least {minimum}"),
    "gap.f_agreed": (
        " − {agreed} ved avtale",
        " − {agreed} ved avtale",
        " − {agreed} by agreement",
    ),
    "gap.f_role": ("alle i rollen {role}", "alle i rolla {role}", "everyone in the role {role}"),
    "gap.f_everyone": ("alle ansatte", "alle tilsette", "all staff"),
    "gap.f_persons": (
        "{who}: {persons} personer",
        "{who}: {persons} personar",
        "{who}: {persons} persons",
    ),
    "gap.f_exempt": (", {exempt} fritatt", ", {exempt} fritekne", ", {exempt} exempt"),
    "gap.f_deadline": (", frist {date}", ", frist {date}", ", deadline {date}"),
    "gap.f_new_positions": (
        "ingen nye stillinger under {percent} %; høyst dagens {below} personer",
        "ingen nye stillingar under {percent} %; høgst dagens {below} personar",
        "no new positions under {percent} %; at most today's {below} persons",
    ),
    "gap.f_positions": (
        "ingen stillinger under {percent} %",
        "ingen stillingar under {percent} %",
        "no positions under {percent} %",
    ),
    "gap.f_full_time": (
        "{percent} % heltid av {total} personer",
        "{percent} % heiltid av {total} personar",
        "{percent} % full time of {total} persons",
    ),
    "gap.s_inventory": (
        "{where} per {date}: {persons} personer, {fte} årsverk",
        "{where} per {date}: {persons} personar, {fte} årsverk",
        "{where} as of {date}: {persons} persons, {fte} FTE",
    ),
    "gap.s_all": ("alle", "alle", "all"),
    "gap.s_role": (" i rollen {role}", " i rolla {role}", " in the role {role}"),
    "gap.s_source": (", kilde: {source}", ", kjelde: {source}", ", source: {source}"),
    "gap.s_table": (" tabell {table}", " tabell {table}", " table {table}"),
    "gap.s_effect": (
        "{action}: {amount} {competence} fra {year}",
        "{action}: {amount} {competence} frå {year}",
        "{action}: {amount} {competence} from {year}",
    ),
    "gap.n_absorbed": (
        "{action}: {amount} {competence} i {year} er før beholdningen for {unit} ble telt opp, "
        "og regnes som med i den allerede.",
        "{action}: {amount} {competence} i {year} er før behaldninga for {unit} vart talt opp, "
        "og blir rekna som med i henne alt.",
        "{action}: {amount} {competence} in {year} is before the inventory of {unit} was "
        "counted, and is taken to be in it already.",
    ),
    "gap.n_too-large": (
        "tallene er for store til å regne med.",
        "tala er for store til å rekne med.",
        "the figures are too large to compute with.",
    ),
    "gap.n_no-driver-value": (
        "driveren «{driver}» har ingen verdi for {year}.",
        "drivaren «{driver}» har ingen verdi for {year}.",
        "the driver «{driver}» has no value for {year}.",
    ),
    "gap.n_no-staff": (
        "ingen ansatte å regne andelen av (mangler rad for alle ansatte).",
        "ingen tilsette å rekne delen av (manglar rad for alle tilsette).",
        "no staff to take the share of (no row for all staff).",
    ),
    "gap.n_no-position-sizes": (
        "beholdningen har ingen stillingsstørrelser for enheten.",
        "behaldninga har ingen stillingsstorleikar for eininga.",
        "the inventory has no position sizes for the unit.",
    ),
}


class Words:
    """The analysis' data in words, in one language. Made once per printed report: the label
    templates are looked up once, and an inventory row, which feeds many figures, is worded
    once (keyed by identity: the rows live as long as the report)."""

    def __init__(self, lang: str = "nb") -> None:
        self.t = t = Labels(lang)
        self.words: dict[str, str] = {}
        for key, texts in _PENDING.items():
            try:
                self.words[key] = t[key]
            except KeyError:
                self.words[key] = texts[LANGS.index(lang)]
        self.illustrative = f" ({t['illustrative']})"
        self._rows: dict[int, str] = {}

    def say(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def formula(self, f: Formula) -> str:
        """How `required` was worked out, as one line: «minst 2 − 1 ved avtale»."""
        say, t = self.say, self.t
        match f:
            case RatioFormula():
                terms = " + ".join(f"{num(value)}/{num(per)}" for value, per in f.terms)
                rounding = t.value(f.rounding)
                return say(
                    "gap.f_ratio",
                    terms=terms,
                    raw=num(f.raw),
                    rounding=rounding,
                    required=num(f.required),
                )
            case ShareFormula():
                basis = t.value(f.basis)
                text = say(
                    "gap.f_share_max" if f.ceiling else "gap.f_share",
                    percent=num(f.percent),
                    total=num(f.total),
                    basis=basis,
                    required=num(f.required),
                )
                if f.grown is not None and f.after is not None:
                    grown, after = num(f.grown), num(f.after)
                    text += say("gap.f_share_after", grown=grown, basis=basis, after=after)
                return text
            case CountFormula():
                agreed = say("gap.f_agreed", agreed=num(f.agreed)) if f.agreed else ""
                return say("gap.f_count", minimum=num(f.minimum)) + agreed
            case RoleFormula():
                who = say("gap.f_role", role=f.role) if f.role else say("gap.f_everyone")
                return (
                    say("gap.f_persons", who=who, persons=num(f.persons))
                    + (say("gap.f_exempt", exempt=num(f.exempt)) if f.exempt else "")
                    + (say("gap.f_deadline", date=f.deadline.isoformat()) if f.deadline else "")
                )
            case PositionFormula():
                if f.new_only:
                    return say("gap.f_new_positions", percent=num(f.percent), below=num(f.below))
                return say("gap.f_positions", percent=num(f.percent))
            case FullTimeFormula():
                return say("gap.f_full_time", percent=num(f.percent), total=num(f.total))
        raise TypeError(f"no words for {type(f).__name__}")

    def inventory(self, r: InventoryRow) -> str:
        """One inventory row as a source: unit, competence, role, date, figures and where from."""
        known = self._rows.get(id(r))
        if known is not None:
            return known
        say = self.say
        where = f"{r.unit}/{r.competence or say('gap.s_all')}"
        if r.role:
            where += say("gap.s_role", role=r.role)
        text = say(
            "gap.s_inventory",
            where=where,
            date=r.date.isoformat(),
            persons=r.persons,
            fte=num(r.fte),
        )
        if r.illustrative:
            text += self.illustrative
        if r.source:
            text += say("gap.s_source", source=r.source)
        self._rows[id(r)] = text
        return text

    def driver(self, d: DriverUse) -> str:
        """One driver value used, with its publisher, table, alternative and vintage."""
        origin = ""
        src = d.source
        if src:
            table = self.say("gap.s_table", table=src.table) if src.table else ""
            bits = [src.publisher + table]
            bits += [x for x in (src.alternative, str(src.vintage) if src.vintage else None) if x]
            origin = f" ({', '.join(bits)})"
        return f"{d.driver} {d.year}: {num(d.value)}{origin}"

    def effect(self, e: EffectUse) -> str:
        """One action effect used: «rekruttere: +1 bhg-laerer fra 2026»."""
        amount = ("+" if e.persons >= 0 else "−") + num(abs(e.persons))
        return self.say(
            "gap.s_effect", action=e.action, amount=amount, competence=e.competence, year=e.year
        )

    def note(self, note: Note) -> str:
        """A note of the report as a sentence."""
        if isinstance(note, Absorbed):
            e = note.effect
            return self.say(
                "gap.n_absorbed",
                action=e.action,
                amount=f"{e.persons:+g}",
                competence=e.competence,
                year=e.year,
                unit=e.unit,
            )
        why = self.say(f"gap.n_{note.reason.value}", driver=note.driver, year=note.year)
        return f"{note.id}: {why}"

    def sources(self, row: GapRow) -> tuple[list[str], list[str], list[str]]:
        """The row's inventory rows, driver values and effects, each in words."""
        s = row.sources
        return (
            [self.inventory(r) for r in s.inventory],
            [self.driver(d) for d in s.drivers],
            [self.effect(e) for e in s.actions],
        )


def formula_text(f: Formula, lang: str = "nb") -> str:
    """How a row's `required` was worked out, in words."""
    return Words(lang).formula(f)


def inventory_text(r: InventoryRow, lang: str = "nb") -> str:
    """An inventory row as a source, in words."""
    return Words(lang).inventory(r)


def driver_text(d: DriverUse, lang: str = "nb") -> str:
    """A driver value used, in words."""
    return Words(lang).driver(d)


def effect_text(e: EffectUse, lang: str = "nb") -> str:
    """An action effect used, in words."""
    return Words(lang).effect(e)


def note_text(note: Note, lang: str = "nb") -> str:
    """A note of the report, in words."""
    return Words(lang).note(note)


# --- printers ---------------------------------------------------------------------------------


def rounded(value: Any) -> Any:
    """Two decimals; a sum that overflowed to infinity (or NaN) is no figure at all: None."""
    if isinstance(value, float):
        return round(value, 2) if math.isfinite(value) else None
    return value


def csv_text(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    """A CSV file with a header, `\\n` line ends, and no figure for an overflowed one."""
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if finite(v) is None else v) for k, v in row.items()})
    return buf.getvalue()


def _row_dict(row: GapRow, words: Words) -> dict[str, Any]:
    out = {c: rounded(getattr(row, c)) for c in GAP_COLUMNS}
    out["id"] = row.id
    out["formula"] = words.formula(row.formula)
    inventory, drivers, actions = words.sources(row)
    out["sources"] = {"inventory": inventory, "drivers": drivers, "actions": actions}
    return out


def gap_json(report: GapReport, lang: str = "nb") -> str:
    """The report for other tools: one row per line, then vulnerable, notes, years, counts."""
    words = Words(lang)
    return json_lines(
        [_row_dict(r, words) for r in report.rows],
        {
            "vulnerable": [
                {"unit": v.unit, "competence": v.competence, "persons": v.persons}
                for v in report.vulnerable
            ],
            "notes": [words.note(n) for n in report.notes],
            "years": list(report.years),
            "residual_gaps": len(report.residual_gaps),
        },
    )


def gap_csv(report: GapReport, lang: str = "nb") -> str:
    """The rows for a spreadsheet: the json row keys but formula and sources."""
    words = Words(lang)
    return csv_text(GAP_COLUMNS, [_row_dict(r, words) for r in report.rows])


def _header(t: Labels) -> list[str]:
    return [t[k] for k in HEADER_KEYS]


def _cells(rows: Sequence[GapRow], t: Labels) -> list[list[object]]:
    not_due, flag = f" ({t['gap.not_due']})", f" ({t['gap.vulnerable_flag']})"
    return [
        [
            r.unit,
            r.requirement,
            r.year,
            num(r.required),
            num(r.available) + (flag if r.vulnerable else ""),
            num(r.planned),
            num(r.gap),
            num(r.residual) + ("" if r.due else not_due),
            r.need_type,
        ]
        for r in rows
    ]


def gap_md(report: GapReport, lang: str = "nb") -> str:
    """The report as Markdown: the table, vulnerable competence and notes."""
    words = Words(lang)
    t = words.t
    out = [md_table(_header(t), _cells(report.rows, t))]
    if report.vulnerable:
        out.append(f"\n**{t['gap.vulnerable']}** ({t['gap.vulnerable_why']}):\n\n")
        out.append(
            md_table(
                (t["unit"], t["competence"], t["persons"]),
                [(v.unit, v.competence, num(v.persons)) for v in report.vulnerable],
            )
        )
    if report.notes:
        out.append("\n" + "".join(f"- {md_text(words.note(n))}\n" for n in report.notes))
    return "".join(out)


RED, YELLOW = "\x1b[31m", "\x1b[33m"


def gap_table(report: GapReport, *, colour: bool = False, lang: str = "nb") -> str:
    """The analysis as a terminal table: red where a gap remains after the actions."""
    words = Words(lang)
    t = words.t
    marks = None
    if colour:
        marks = [
            RED if r.due and r.residual > EPS else (YELLOW if r.gap > EPS else "")
            for r in report.rows
        ]
    out = [
        text_table(
            t["analysis"],
            _header(t),
            _cells(report.rows, t),
            right={3, 4, 5, 6, 7},
            marks=marks,
        )
    ]
    if report.vulnerable:
        out.append(f"\n{t['gap.vulnerable']} ({t['gap.vulnerable_why']}):\n")
        out.extend(
            f"  {field(v.unit)}: {field(v.competence)} ({num(v.persons)})\n"
            for v in report.vulnerable
        )
    out.extend(f"{t['note']}: {one_line(words.note(n))}\n" for n in report.notes)
    residual = len(report.residual_gaps)
    out.append("\n" + t("gap.rows", rows=len(report.rows), residual=residual) + "\n")
    return "".join(out)


def explain(row: GapRow, style: Style | None = None) -> str:
    """One figure with how each part was worked out and every source it draws on."""
    words = Words((style or Style()).lang)
    t = words.t
    inventory, drivers, actions = words.sources(row)
    lines = [
        t("gap.counted_in", id=row.id, kind=row.kind, basis=row.basis),
        f"  {t['gap.x_required']:<11} {num(row.required)}   ({words.formula(row.formula)})",
        f"  {t['gap.x_available']:<11} {num(row.available)}   "
        f"({t('gap.x_projected', year=row.year)})",
        f"  {t['gap.x_planned']:<11} {num(row.planned)}   ({t['gap.x_from_actions']})",
        f"  {t['gap.x_gap']:<11} {num(row.gap)}",
        f"  {t['gap.x_residual']:<11} {num(row.residual)}"
        + ("" if row.due else f"   ({t['not_due']})"),
        f"  {t['gap.x_need_type']:<11} {row.need_type}",
    ]
    for title, items in (
        (t["gap.x_inventory"], inventory),
        (t["gap.x_drivers"], drivers),
        (t["gap.x_actions"], actions),
    ):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  - {i}" for i in items)
    return "\n".join(lines) + "\n"


REPORTERS: dict[Format, Callable[[GapReport, Style], str]] = {
    Format.table: lambda report, style: gap_table(report, colour=style.colour, lang=style.lang),
    Format.md: lambda report, style: gap_md(report, style.lang),
    Format.json: lambda report, style: gap_json(report, style.lang),
    Format.csv: lambda report, style: gap_csv(report, style.lang),
}
"""The printer for each `--format` of `kplan gap`."""

GAP_PRINTERS: dict[str, Callable[[GapReport], str]] = {
    "table": gap_table,
    "md": gap_md,
    "json": gap_json,
    "csv": gap_csv,
}
"""The old table, which cli/commands.py uses until it picks from REPORTERS."""

_MOVED = {"cost_csv", "cost_json", "cost_md", "cost_table"}


def __getattr__(name: str) -> Any:
    """The cost printers, which moved to `kplan.present.cost`, under their old address: until
    cli/commands.py and tests/test_cli.py import them from there."""
    if name in _MOVED:
        from kplan.present import cost

        return getattr(cost, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
