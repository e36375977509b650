"""The gap analysis' data in words: formulas, inventory rows, driver values, effects and notes.

`kplan.analysis.formulas` holds them as data; every printer of the gap report (table, md, json,
csv, `--explain`) words them through `Words`, in the language asked for. The bokmål is what
`kplan gap` has always printed: json's `formula`, `sources` and `notes` compare byte for byte.
"""

from __future__ import annotations

from kplan.analysis.formulas import (
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
from kplan.analysis.gap import GapRow
from kplan.analysis.supply import EffectUse
from kplan.plan.model import InventoryRow
from kplan.present.fmt import plain as num
from kplan.present.labels import LANGS, Labels

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
