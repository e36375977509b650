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
    Reason,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.gap import GapRow
from kplan.analysis.supply import EffectUse
from kplan.plan.model import InventoryRow
from kplan.present.fmt import plain as num
from kplan.present.labels import Labels

KEYS = (
    "gap.f_ratio",
    "gap.f_share",
    "gap.f_share_max",
    "gap.f_share_after",
    "gap.f_count",
    "gap.f_agreed",
    "gap.f_role",
    "gap.f_everyone",
    "gap.f_persons",
    "gap.f_exempt",
    "gap.f_deadline",
    "gap.f_new_positions",
    "gap.f_positions",
    "gap.f_full_time",
    "gap.s_inventory",
    "gap.s_all",
    "gap.s_role",
    "gap.s_source",
    "gap.s_table",
    "gap.s_effect",
    "gap.n_absorbed",
    *(f"gap.n_{reason.value}" for reason in Reason),
)
"""The label keys of the words for formulas (f_), sources (s_) and notes (n_)."""


class Words:
    """The analysis' data in words, in one language. Made once per printed report: the label
    templates are looked up once, and an inventory row, which feeds many figures, is worded
    once (keyed by identity: the rows live as long as the report)."""

    def __init__(self, lang: str = "nb") -> None:
        self.t = t = Labels(lang)
        self.words = {key: t[key] for key in KEYS}
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
