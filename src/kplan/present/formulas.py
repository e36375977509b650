"""The gap analysis' data in words: formulas, inventory rows, driver values, effects and notes.

`kplan.analysis.formulas` holds them as data; every printer of the gap report (table, md, json,
csv, `--explain`) words them through `Words`, in the language asked for. The bokmål is what
`kplan gap` has always printed: json's `formula`, `sources` and `notes` compare byte for byte.
"""

from __future__ import annotations

from kplan.analysis.formulas import (
    EPS,
    Absorbed,
    AverageFormula,
    CountFormula,
    DriverUse,
    Formula,
    FullTimeFormula,
    Measure,
    Note,
    PositionFormula,
    RatioFormula,
    Reason,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.gap import GapRow, Names
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
    "gap.f_average",
    "gap.f_rounded",
    "gap.f_of",
    "gap.f_demand",
    "gap.f_exempt_until",
    "gap.f_exempt_ended",
    "gap.rv_opp",
    "gap.rv_nærmeste",
    "gap.rv_ned",
    "gap.rv_ingen",
    "gap.m_share",
    "gap.m_full_time_share",
    "gap.m_under_minimum",
    "gap.m_average_position",
    "gap.m_of",
    "gap.m_at_least",
    "gap.m_at_most",
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
_MEASURE_KEYS = {k[len("gap.m_") :]: k for k in KEYS if k.startswith("gap.m_")}


class Words:
    """The analysis' data in words, in one language. Made once per printed report: the label
    templates are looked up once, and an inventory row, which feeds many figures, is worded
    once (keyed by identity: the rows live as long as the report).

    With `names` units, competences and requirements are called what the plan calls them
    (people read the table, md and `--explain`); without, by id (json, for other tools)."""

    def __init__(self, lang: str = "nb", names: Names | None = None) -> None:
        self.t = t = Labels(lang)
        self.words = {key: t[key] for key in KEYS}
        self.illustrative = f" ({t['illustrative']})"
        self.unknown = t["gap.unknown"]
        self.names = names
        self._rows: dict[int, str] = {}
        self._effects: dict[int, tuple[EffectUse, str]] = {}
        self._inventories: dict[int, tuple[tuple[InventoryRow, ...], list[str]]] = {}

    def unit(self, unit: str) -> str:
        return self.names.units.get(unit, unit) if self.names else unit

    def competence(self, competence: str) -> str:
        return self.names.competences.get(competence, competence) if self.names else competence

    def requirement(self, requirement: str) -> str:
        known = self.names.requirements if self.names else {}
        return known.get(requirement, requirement)

    def say(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def num(self, value: float | None) -> str:
        """A figure in words: two decimals, «ukjent» when nobody knows it (never a 0)."""
        return self.unknown if value is None else num(value)

    def basis(self, basis: str) -> str:
        """personer, årsverk or prosent, in this language."""
        return self.t["gap.b_prosent"] if basis == "prosent" else self.t.value(basis)

    def rounded(self, how: str) -> str:
        """A rounding rule as a word: opp, nærmeste, ned, ingen."""
        return self.words.get(f"gap.rv_{how}", how)

    def _then(self, raw: float | None, how: str, required: float | None) -> str:
        """«, avrundet opp: 17» when the rounding changed the figure, else nothing."""
        if raw is None or required is None or how == "ingen" or abs(raw - required) <= EPS:
            return ""
        return self.say("gap.f_rounded", rounding=self.rounded(how), required=num(required))

    def formula(self, f: Formula) -> str:
        """How `required` was worked out, as one line: «minst 2 − 1 ved avtale»."""
        say, n = self.say, self.num
        match f:
            case RatioFormula():
                terms = " + ".join(f"{num(value)}/{num(per)}" for value, per in f.terms)
                return say(
                    "gap.f_ratio",
                    terms=terms,
                    raw=num(f.raw),
                    rounding=self.rounded(f.rounding),
                    required=num(f.required),
                )
            case ShareFormula():
                basis = self.basis(f.basis)
                if f.of:
                    of = ", ".join(self.competence(c) for c in f.of)
                    basis += say("gap.f_of", competences=of)
                if f.demand:
                    basis += say("gap.f_demand")
                text = say(
                    "gap.f_share_max" if f.ceiling else "gap.f_share",
                    percent=num(f.percent),
                    total=n(f.total),
                    basis=basis,
                    required=n(f.required if f.raw is None else f.raw),
                ) + self._then(f.raw, f.rounding, f.required)
                if f.grown is not None and f.after is not None:
                    grown, after = num(f.grown), num(f.after)
                    text += say("gap.f_share_after", grown=grown, basis=basis, after=after)
                return text
            case CountFormula():
                agreed = say("gap.f_agreed", agreed=num(f.agreed)) if f.agreed else ""
                text = say("gap.f_count", minimum=num(f.minimum)) + agreed
                return text + self._then(f.minimum - f.agreed, f.rounding, f.required)
            case RoleFormula():
                role = self.competence(f.role) if f.role else None
                who = say("gap.f_role", role=role) if role else say("gap.f_everyone")
                return (
                    say("gap.f_persons", who=who, persons=n(f.persons))
                    + self._exempt(f)
                    + (say("gap.f_deadline", date=f.deadline.isoformat()) if f.deadline else "")
                )
            case PositionFormula():
                if f.new_only:
                    return say("gap.f_new_positions", percent=num(f.percent), below=n(f.below))
                return say("gap.f_positions", percent=num(f.percent))
            case FullTimeFormula():
                text = say("gap.f_full_time", percent=num(f.percent), total=n(f.total))
                if f.demand:
                    text += say("gap.f_demand")
                raw = None if f.total is None else f.percent / 100 * f.total
                return text + self._then(raw, f.rounding, f.required)
            case AverageFormula():
                return say("gap.f_average", percent=num(f.percent))
        raise TypeError(f"no words for {type(f).__name__}")

    def _exempt(self, f: RoleFormula) -> str:
        """«, 2 fritatt til og med 2026-07-31», or that the exemption has ended."""
        if not f.exempt:
            return ""
        exempt = num(f.exempt)
        until = f.exempt_until.isoformat() if f.exempt_until else None
        if until and f.exempt_counted <= EPS:
            return self.say("gap.f_exempt_ended", exempt=exempt, date=until)
        text = self.say("gap.f_exempt", exempt=exempt)
        return text + (self.say("gap.f_exempt_until", date=until) if until else "")

    def measure(self, m: Measure | None, f: Formula | None = None) -> str:
        """What the requirement measures, as it stands before actions: «andel 64,3 % (mål minst
        70 %)», «under 75 %: 50 av 120 (41,7 %)»; nothing when the row has no measure."""
        if m is None:
            return ""
        words = self.words
        value = self.unknown if m.value is None else f"{num(m.value)} %"
        if m.count is not None and m.total is not None:
            value = words["gap.m_of"].format(count=num(m.count), total=num(m.total), value=value)
        name = m.name
        if name == "under_minimum":
            limit = num(f.percent) if isinstance(f, PositionFormula) else "?"
            return words["gap.m_under_minimum"].format(limit=limit, value=value)
        # a table words thousands of rows of the same few measures: each key is made once
        key = _MEASURE_KEYS.get(name) or f"gap.m_{name}"
        template = words.get(key)
        text = value if template is None else template.format(value=value)
        if m.target is None:
            return text
        ceiling = isinstance(f, ShareFormula) and f.ceiling
        limit = words["gap.m_at_most" if ceiling else "gap.m_at_least"]
        return text + limit.format(target=num(m.target))

    def inventory(self, r: InventoryRow) -> str:
        """One inventory row as a source: unit, competence, role, date, figures and where from."""
        known = self._rows.get(id(r))
        if known is not None:
            return known
        say = self.say
        held = self.competence(r.competence) if r.competence else say("gap.s_all")
        where = f"{self.unit(r.unit)}/{held}"
        if r.role:
            where += say("gap.s_role", role=self.competence(r.role))
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
        return f"{d.driver} {d.year}: {num(d.value)}{self.origin(d)}"

    def origin(self, d: DriverUse) -> str:
        """Where a driver value comes from: « (SSB tabell 13600, MMMM, 2024)», or nothing."""
        src = d.source
        if not src:
            return ""
        table = self.say("gap.s_table", table=src.table) if src.table else ""
        bits = [src.publisher + table]
        bits += [x for x in (src.alternative, str(src.vintage) if src.vintage else None) if x]
        return f" ({', '.join(bits)})"

    def effect(self, e: EffectUse) -> str:
        """One action effect used: «rekruttere: +1 bhg-laerer fra 2026». Worded once: a unit
        high in the tree lists every effect below it, in every year."""
        known = self._effects.get(id(e))
        if known is not None and known[0] is e:
            return known[1]
        amount = ("+" if e.persons >= 0 else "−") + num(abs(e.persons))
        text = self.say(
            "gap.s_effect",
            action=e.action,
            amount=amount,
            competence=self.competence(e.competence),
            year=e.year,
        )
        self._effects[id(e)] = (e, text)
        return text

    def note(self, note: Note) -> str:
        """A note of the report as a sentence."""
        if isinstance(note, Absorbed):
            e = note.effect
            return self.say(
                "gap.n_absorbed",
                action=e.action,
                amount=f"{e.persons:+g}",
                competence=self.competence(e.competence),
                year=e.year,
                unit=self.unit(e.unit),
            )
        why = self.say(f"gap.n_{note.reason.value}", driver=note.driver, year=note.year)
        if self.names is None:
            return f"{note.id}: {why}"
        req, unit = self.requirement(note.requirement), self.unit(note.unit)
        return f"{req} ({unit}, {note.year}): {why}"

    def sources(self, row: GapRow) -> tuple[list[str], list[str], list[str]]:
        """The row's inventory rows, driver values and effects, each in words."""
        s = row.sources
        inventory = s.inventory
        known = self._inventories.get(id(inventory))
        if known is None or known[0] is not inventory:
            known = (inventory, [self.inventory(r) for r in inventory])
            self._inventories[id(inventory)] = known
        return (
            list(known[1]),
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
