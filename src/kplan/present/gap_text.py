"""A competence row of `kplan gap --format json` written straight as its text: byte for byte
`json_inert(dumps({"part": "kompetanse", **row_dict(row, words)}))`, without the dict.

The C encoder spends half its time on a row's twenty keys, the same in every row; here the keys
are part of the text, and each value is written as the encoder writes it: a str by
`encode_basestring` (the encoder's own function), a float by `float.__repr__` (null when it is
not finite), an int by its repr, anything else by `dumps`. A value of a type the row should not
hold raises TypeError in the fast path, and the row is then written from its dict: an odd row
is slower, never different.

A (requirement, unit)'s years share one tuple of inventory rows: its text is written once."""

from __future__ import annotations

from json.encoder import encode_basestring as _text

from kplan.analysis.gap import GapRow
from kplan.plan.model import InventoryRow
from kplan.present.fmt import MAX_TEXTS, dumps
from kplan.present.formulas import Words
from kplan.present.gap_rows import row_dict
from kplan.present.terminal import json_inert

_FIGURES: dict[float, str] = {}
"""The texts of figures written: most repeat (a unit's total in each of its requirements), and
finding one costs a tenth of `repr` making it."""


def _figure(value: object) -> str:
    """A figure as the encoder writes it (an overflowed one null, as `exact` makes it)."""
    if value.__class__ is float:
        if not value:  # 0.0 and -0.0 are one key but two texts
            return float.__repr__(value)
        text = _FIGURES.get(value)
        if text is None:
            if len(_FIGURES) >= MAX_TEXTS:
                _FIGURES.clear()
            # inf - inf and nan - nan are nan, which equals nothing
            finite = value - value == 0.0
            text = _FIGURES[value] = float.__repr__(value) if finite else "null"
        return text
    return "null" if value is None else json_inert(dumps(value))


def _truth(value: object) -> str:
    return "true" if value is True else "false" if value is False else json_inert(dumps(value))


def _inert(text: str) -> str:
    """`json_inert` of a piece of a row: every character it escapes is one Python calls
    unprintable (Cc, Cf, Cs, Zl, Zp), and a printable text is told so in one C loop, where
    the pattern costs twice that and a call of its replacement."""
    return text if text.isprintable() else json_inert(text)


def _list(texts: list[str]) -> str:
    return json_inert(dumps(texts)) if texts else "[]"


class RowText:
    """Writes competence rows as json text, in the words of one report (`Words` without names:
    ids, as json always gives them). Made once per printed report."""

    def __init__(self, words: Words) -> None:
        self.words = words
        self._inventories: dict[int, tuple[tuple[InventoryRow, ...], str]] = {}
        self._rows: dict[int, str] = {}
        self._heads: dict[tuple[str, str], tuple[str, str]] = {}
        self._unit: str | None = None
        self._requirement: str | None = None
        self._shared = ("", "")
        self._kinds: dict[tuple[str, str], str] = {}
        self._words: dict[str, str] = {}

    def __call__(self, row: GapRow) -> str:
        """The row's json on one line (no indent), inert on a terminal."""
        try:
            return self._text(row)
        except TypeError:
            # a value of a type the fast path does not know: the row as the encoder writes it
            return json_inert(dumps({"part": "kompetanse", **row_dict(row, self.words)}))

    def inventory(self, rows: tuple[InventoryRow, ...]) -> str:
        """The worded inventory rows as a json list, inert: once per shared tuple (kept with its
        text, so no other tuple can take its id while the report is written)."""
        known = self._inventories.get(id(rows))
        if known is not None and known[0] is rows:
            return known[1]
        text = "[" + ", ".join([self._inventory(r) for r in rows]) + "]"
        self._inventories[id(rows)] = (rows, text)
        return text

    def _inventory(self, row: InventoryRow) -> str:
        """One inventory row as a json string, inert: once per row (they live as long as the
        report, as in `Words.inventory`)."""
        text = self._rows.get(id(row))
        if text is None:
            text = self._rows[id(row)] = _inert(_text(self.words.inventory(row)))
        return text

    def _group(self, row: GapRow) -> tuple[str, str]:
        """The row's text up to its year, and its id's up to the year: the same for every year
        of a (requirement, unit), whose rows come one after another."""
        unit, requirement = row.unit, row.requirement
        if unit is self._unit and requirement is self._requirement:
            return self._shared
        key = (unit, requirement)
        shared = self._heads.get(key)
        if shared is None:
            id_text = _inert(_text(f"{requirement}/{unit}/"))
            shared = self._heads[key] = (
                _inert(
                    f'{{"part": "kompetanse", "unit": {_text(unit)}, '
                    f'"requirement": {_text(requirement)}, "year": '
                ),
                f'"id": {id_text[:-1]}',  # the closing quote comes after the year
            )
        self._unit, self._requirement, self._shared = unit, requirement, shared
        return shared

    def _kind(self, row: GapRow) -> str:
        """`"kind": …, "basis": …, ` of the row: a few of them in a plan."""
        key = (row.kind, row.basis)
        text = self._kinds.get(key)
        if text is None:
            text = self._kinds[key] = _inert(
                f'"kind": {_text(row.kind)}, "basis": {_text(row.basis)}, '
            )
        return text

    def _word(self, value: str | None) -> str:
        """A short text of a few in a plan (a need type, a measure's name or unit), as json."""
        if value is None:
            return "null"
        text = self._words.get(value)
        if text is None:
            text = self._words[value] = _inert(_text(value))
        return text

    def _text(self, row: GapRow) -> str:
        # Only the pieces that can hold the plan's text go through `_inert`: the rest is keys,
        # figures and truths, which are ASCII (`_figure` and `_truth` make any other value
        # inert), so checking the whole row cost a third of its time.
        word = self._word
        m = row.measure
        if m is None:
            measure = "null"
        else:
            measure = (
                f'{{"name": {word(m.name)}, '
                f'"value": {_figure(m.value)}, '
                f'"unit": {word(m.unit)}, '
                f'"target": {_figure(m.target)}, '
                f'"count": {_figure(m.count)}, '
                f'"total": {_figure(m.total)}}}'
            )
        head, id_head = self._group(row)
        year = row.year
        if year.__class__ is int:
            year_text = int.__repr__(year)
            id_text = f'{id_head}{year_text}"'  # digits: nothing to escape
        else:
            year_text, id_text = _figure(year), f'"id": {_inert(_text(row.id))}'
        due, vulnerable, over = row.due, row.vulnerable, row.over_target
        words = self.words
        sources = row.sources
        drivers = _list([words.driver(d) for d in sources.drivers]) if sources.drivers else "[]"
        actions = _list([words.effect(e) for e in sources.actions]) if sources.actions else "[]"
        return (
            f"{head}{year_text}, {self._kind(row)}"
            f'"required": {_figure(row.required)}, "available": {_figure(row.available)}, '
            f'"planned": {_figure(row.planned)}, "gap": {_figure(row.gap)}, '
            f'"residual": {_figure(row.residual)}, '
            f'"need_type": {word(row.need_type)}, '
            f'"due": {"true" if due is True else "false" if due is False else _truth(due)}, '
            '"vulnerable": '
            f"{'true' if vulnerable is True else 'false' if vulnerable is False else _truth(vulnerable)}, "
            f'"over_target": {"true" if over is True else "false" if over is False else _truth(over)}, '
            f"{id_text}, "
            f'"formula": {_inert(_text(words.formula(row.formula)))}, '
            f'"measure": {measure}, "sources": {{"inventory": {self.inventory(sources.inventory)}, '
            f'"drivers": {drivers}, "actions": {actions}}}}}'
        )
