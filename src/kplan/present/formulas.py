"""The gap analysis' data in words: formulas, inventory rows, driver values, effects and notes.

`kplan.analysis.formulas` holds them as data; every printer of the gap report (table, md, json,
csv, `--explain`) words them through `Words`, in the language asked for. The bokmål is what
`kplan gap` has always printed: json's `formula`, `sources` and `notes` compare byte for byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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
from kplan.present.fill import filler
from kplan.present.fmt import plain as num
from kplan.present.labels import Labels

_FIELDS = {
    "gap.f_ratio": ("terms", "raw", "rounding", "required"),
    "gap.f_share": ("percent", "total", "basis", "required"),
    "gap.f_share_max": ("percent", "total", "basis", "required"),
    "gap.f_share_after": ("grown", "basis", "after"),
    "gap.f_of": ("competences",),
    "gap.f_demand": (),
    "gap.f_rounded": ("rounding", "required"),
    "gap.f_count": ("minimum",),
    "gap.f_agreed": ("agreed",),
    "gap.f_role": ("role",),
    "gap.f_everyone": (),
    "gap.f_persons": ("who", "persons"),
    "gap.f_deadline": ("date",),
    "gap.f_positions": ("percent",),
    "gap.f_new_positions": ("percent", "below"),
    "gap.f_full_time": ("percent", "total"),
    "gap.f_average": ("percent",),
}
"""The values each formula template is filled with, in the order `Words` passes them."""

KEYS = (
    *_FIELDS,
    *("gap.f_exempt", "gap.f_exempt_until", "gap.f_exempt_ended"),
    *(f"gap.rv_{how}" for how in ("opp", "nærmeste", "ned", "ingen")),
    *(f"gap.m_{m}" for m in ("share", "full_time_share", "under_minimum", "average_position")),
    *("gap.m_of", "gap.m_at_least", "gap.m_at_most"),
    *(f"gap.s_{s}" for s in ("inventory", "all", "role", "source", "table", "effect")),
    "gap.n_absorbed",
    *(f"gap.n_{reason.value}" for reason in Reason),
)
"""The label keys of the words for formulas (f_), sources (s_) and notes (n_)."""
_MEASURE_KEYS = {k[len("gap.m_") :]: k for k in KEYS if k.startswith("gap.m_")}

MAX_MEMO = 100_000
"""The most figures (and roles, deadlines) a `Words` keeps worded: bounded like `fmt.plain`."""


def _keep(memo: dict[Any, str], key: object, text: str) -> str:
    """`text`, kept in `memo` under `key`; a memo grown to `MAX_MEMO` starts again."""
    if len(memo) >= MAX_MEMO:
        memo.clear()
    memo[key] = text
    return text


class Words:
    """The analysis' data in words, in one language. Made once per printed report: the label
    templates are looked up (the formulas' parsed) once, and an inventory row, which feeds many
    figures, is worded once (keyed by identity: the rows live as long as the report). A
    formula's figures, bases, roles and deadlines are kept once worded, up to `MAX_MEMO` each.

    With `names` units, competences and requirements are called what the plan calls them
    (people read the table, md and `--explain`); without, by id (json, for other tools)."""

    def __init__(self, lang: str = "nb", names: Names | None = None) -> None:
        self.t = t = Labels(lang)
        self.words = words = {key: t[key] for key in KEYS}
        self.illustrative = f" ({t['illustrative']})"
        self.unknown = t["gap.unknown"]
        self.names = names
        self._rows: dict[int, str] = {}
        self._effects: dict[int, tuple[EffectUse, str]] = {}
        self._inventories: dict[int, tuple[tuple[InventoryRow, ...], list[str]]] = {}
        # a national plan's json words 200,000 formulas: each template is parsed here, once,
        # and the figures, bases, roles and deadlines that repeat from row to row are kept
        self._fill = {key: filler(words[key], fields) for key, fields in _FIELDS.items()}
        self._roundings = {k[len("gap.rv_") :]: v for k, v in words.items() if k[:7] == "gap.rv_"}
        self._figures: dict[float, str] = {}
        self._bases: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self._needed = ""
        self._whos: dict[str | None, str] = {}
        self._deadlines: dict[dt.date, str] = {}
        self._counts: dict[object, str] = {}

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
        return self._roundings.get(how, how)

    def _figure(self, value: float) -> str:
        """`num(value)`, kept for the rows to come under `fmt.plain`'s guard: 0 and -0.0 print
        differently and NaN equals nothing, so neither is ever a key."""
        text = num(value)
        kind = value.__class__
        if (kind is float or kind is int) and value and value == value:
            figures = self._figures
            if len(figures) >= MAX_MEMO:
                figures.clear()
            figures[value] = text
        return text

    def _basis(self, basis: str, of: tuple[str, ...], demand: bool) -> str:
        """The staff a share is taken of: «årsverk med barnehagelærer som enheten trenger»."""
        text = self.basis(basis)
        if of:
            text += self._fill["gap.f_of"]((", ".join(self.competence(c) for c in of),))
        return text + self._need() if demand else text

    def _need(self) -> str:
        """« som enheten trenger», worded when first asked for (a label may fail to fill)."""
        self._needed = self._fill["gap.f_demand"](())
        return self._needed

    def _then(self, how: str, required: float) -> str:
        """«, avrundet opp: 17»: the rounding changed the figure (the callers ask, as
        `not (raw is None or required is None or how == "ingen" or abs(raw - required) <= EPS)`:
        one call less for the many rows it did not)."""
        figure = self._figures.get(required) or self._figure(required)
        return self._fill["gap.f_rounded"]((self._roundings.get(how, how), figure))

    def formula(self, f: Formula) -> str:
        """How `required` was worked out, as one line: «minst 2 − 1 ved avtale»."""
        kind = _KINDS.get(f.__class__)
        if kind is None:  # a subclass: the first kind it is, as a `match` would find
            kind = next((k for c, k in _KINDS.items() if isinstance(f, c)), None)
            if kind is None:
                raise TypeError(f"no words for {type(f).__name__}")
        return kind(self, f)

    # one method a kind; each figure is looked up here before it is worded (`_figure`)
    def _ratio(self, f: RatioFormula) -> str:
        get, fig, raw, req = self._figures.get, self._figure, f.raw, f.required
        if len(f.terms) == 1:
            ((v, p),) = f.terms
            terms = f"{get(v) or fig(v)}/{get(p) or fig(p)}"
        else:
            terms = " + ".join(f"{get(v) or fig(v)}/{get(p) or fig(p)}" for v, p in f.terms)
        how = self._roundings.get(f.rounding, f.rounding)
        return self._fill["gap.f_ratio"]((terms, get(raw) or fig(raw), how, get(req) or fig(req)))

    def _share(self, f: ShareFormula) -> str:
        get, fig, unknown = self._figures.get, self._figure, self.unknown
        if f.of:
            basis = self._basis(f.basis, f.of, f.demand)
        else:  # the staff counted, by basis and whether from a staffing line: a handful
            bases = self._bases[bool(f.demand)]
            basis = bases.get(f.basis) or _keep(bases, f.basis, self._basis(f.basis, (), f.demand))
        percent, total, raw, how, required = f.percent, f.total, f.raw, f.rounding, f.required
        shown = required if raw is None else raw
        # a share's total is seldom another row's: `num` knows it, if anyone
        of, all_ = get(percent) or fig(percent), unknown if total is None else num(total)
        is_ = unknown if shown is None else get(shown) or fig(shown)
        text = self._fill["gap.f_share_max" if f.ceiling else "gap.f_share"]((of, all_, basis, is_))
        if not (raw is None or required is None or how == "ingen" or abs(raw - required) <= EPS):
            text += self._then(how, required)
        if f.grown is not None and f.after is not None:
            text += self._fill["gap.f_share_after"]((num(f.grown), basis, num(f.after)))
        return text

    def _count(self, f: CountFormula) -> str:
        minimum, agreed, how, required = f.minimum, f.agreed, f.rounding, f.required
        # a few minimums over thousands of rows; 0 and -0.0 print differently, yet are one key
        key = (minimum, agreed, how, required) if minimum and required else None
        text = self._counts.get(key)
        if text is not None:
            return text
        get, fig = self._figures.get, self._figure
        text = self._fill["gap.f_count"]((get(minimum) or fig(minimum),))
        if agreed:
            text += self._fill["gap.f_agreed"]((get(agreed) or fig(agreed),))
        if not (required is None or how == "ingen" or abs(minimum - agreed - required) <= EPS):
            text += self._then(how, required)
        return text if key is None else _keep(self._counts, key, text)

    def _role(self, f: RoleFormula) -> str:
        who = self._whos.get(f.role)
        if who is None:
            role = self.competence(f.role) if f.role else None
            said = self._fill["gap.f_role"]((role,)) if role else self._fill["gap.f_everyone"](())
            who = _keep(self._whos, f.role, said)
        p = f.persons
        persons = self.unknown if p is None else self._figures.get(p) or self._figure(p)
        text = self._fill["gap.f_persons"]((who, persons))
        if f.exempt:
            text += self._exempt(f)
        day = f.deadline
        if day:
            # only a date is kept: a subclass equal to one may word itself otherwise
            date = day.__class__ is dt.date
            known = self._deadlines.get(day) if date else None
            if known is None:
                known = self._fill["gap.f_deadline"]((day.isoformat(),))
                if date:
                    _keep(self._deadlines, day, known)
            text += known
        return text

    def _position(self, f: PositionFormula) -> str:
        percent = self._figures.get(f.percent) or self._figure(f.percent)
        if not f.new_only:
            return self._fill["gap.f_positions"]((percent,))
        b = f.below
        below = self.unknown if b is None else self._figures.get(b) or self._figure(b)
        return self._fill["gap.f_new_positions"]((percent, below))

    def _full_time(self, f: FullTimeFormula) -> str:
        percent, total, how, required = f.percent, f.total, f.rounding, f.required
        said = self._figures.get(percent) or self._figure(percent)
        text = self._fill["gap.f_full_time"]((said, self.unknown if total is None else num(total)))
        if f.demand:
            text += self._needed or self._need()
        if total is None or required is None or how == "ingen":
            return text
        if abs(percent / 100 * total - required) <= EPS:
            return text
        return text + self._then(how, required)

    def _average(self, f: AverageFormula) -> str:
        said = self._figures.get(f.percent) or self._figure(f.percent)
        return self._fill["gap.f_average"]((said,))

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


_KINDS: dict[type, Callable[[Words, Any], str]] = {
    RatioFormula: Words._ratio,
    ShareFormula: Words._share,
    CountFormula: Words._count,
    RoleFormula: Words._role,
    PositionFormula: Words._position,
    FullTimeFormula: Words._full_time,
    AverageFormula: Words._average,
}
"""How each kind of formula is worded (by the class itself: a Words holds no cycle)."""


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
