"""A staffing row of `kplan gap --format json` written straight as its text: byte for byte
`json_inert(dumps(staffing_json_row(line, year, report)))`, without the dict.

A national plan has 9,000 line-years of some thirty keys each, the same keys in every row: here
the keys are part of the text, what a line's years share is written once per line (`lines`
writes all its years at once), and each value is written as the encoder writes it: a str by
`encode_basestring` (the encoder's own function), a float by `float.__repr__` (null when it is
not finite, as `dumps` makes it), an int by its repr. A line whose figures are all finite floats
(told by one look at them all) has them written by `repr` inside the row's f-string, the rest
one by one. A value of a type a staffing row should not hold raises TypeError, and the row is
then written from its dict: an odd row is slower, never different."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from json.encoder import encode_basestring as _quoted
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

from kplan.analysis.demand import Unknown
from kplan.analysis.effects import EffectUse
from kplan.analysis.staffing import FlowYear, LineBalance, StaffingReport
from kplan.present.fmt import MAX_TEXTS, dumps
from kplan.present.staffing import FLOW, staffing_json_row
from kplan.present.terminal import json_inert

_FIGURES: dict[float, str] = {}
"""The texts of figures written one by one (a line's base and drivers' values, an action's fte,
the figures of a line that holds a NaN or None): a driver's value is used by more than one
line, and finding one costs a fraction of `repr`."""


def _figure(value: Any) -> str:
    """A figure as `dumps` writes it: null when unknown, infinite or NaN."""
    if value.__class__ is float:
        if not value:  # 0.0 and -0.0 are one key but two texts
            return float.__repr__(value)
        text = _FIGURES.get(value)
        if text is None:
            if len(_FIGURES) >= MAX_TEXTS:
                _FIGURES.clear()
            # inf - inf and nan - nan are nan, which equals nothing
            text = _FIGURES[value] = float.__repr__(value) if value - value == 0.0 else "null"
        return text
    if value is None:
        return "null"
    raise TypeError(value)  # a staffing figure is a float: anything else is left to the dict


def _text(value: Any) -> str:
    """A str as the encoder writes it, inert (`json_inert`; every character that escapes is
    one Python calls unprintable), null for None. The rest of a row is ASCII: it needs no
    look."""
    if value.__class__ is str:
        text = str(_quoted(value))
        return text if text.isprintable() else json_inert(text)
    if value is None:
        return "null"
    raise TypeError(value)


def _named(value: Any) -> str:
    """An alternative's code, a key of the demand: a str."""
    if value.__class__ is str:
        return str(value)
    raise TypeError(value)


def _whole(value: Any) -> str:
    """A year: an int, or null."""
    if value.__class__ is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    raise TypeError(value)


def _truth(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise TypeError(value)


_FIGURES_OF = itemgetter(slice(1, 1 + len(FLOW)))
_YEAR = attrgetter("year")
_DEMAND = attrgetter("demand_by_scenario")
_VALUES = methodcaller("values")
_FLOAT = {float}
_INT = {int}
# a FlowYear is unpacked in its fields' order (tests/test_staffing_json.py holds that order)


class _Written(str):
    """A figure's text, standing in for a figure `repr` would not write as `dumps` does: its
    `repr` is itself."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str.__str__(self)


_NULL = _Written("null")


def _repr_as_dumps(value: Any) -> Any:
    """The figure, or what stands in for it, whose `repr` is its text as `dumps` writes it."""
    if value.__class__ is float:
        return value if value - value == 0.0 else _NULL  # inf - inf and nan - nan are nan
    if value is None:
        return _NULL
    raise TypeError(value)  # a staffing figure is a float: anything else is left to the dict


def _escaped(text: str) -> str:
    """Text to stand as itself in a `%` template."""
    return text.replace("%", "%%")


class _Texts(dict[Any, str]):
    """Texts by str (`_text`): a unit, competence or driver is named in many lines."""

    def __missing__(self, value: Any) -> str:
        text = self[value] = _text(value)
        return text


def _actions(actions: Sequence[EffectUse], texts: _Texts) -> str:
    return ", ".join(
        [
            f'{{"action": {texts[e.action]}, "competence": {texts[e.competence]}, '
            f'"unit": {texts[e.unit]}, "fte": {_figure(e.fte)}}}'
            for e in actions
        ]
    )


def _finite(figures: list[float]) -> bool:
    """Every float is finite (a sum too large for a float only takes the slow way)."""
    total = sum(figures)
    return total - total == 0.0


class _Line:
    """What every year of a line writes alike, and its drivers' texts."""

    __slots__ = ("_shared", "drivers", "head", "known", "middle", "snapshot_year")

    def __init__(self, line: LineBalance, report: StaffingReport, texts: _Texts) -> None:
        self.head = (
            f'{{"part": "bemanning", "line": {_text(line.id)}, "unit": {texts[line.unit]}, '
            f'"competence": {texts[line.competence]}, "year": '
        )
        shared = (
            f'"illustrative": {_truth(line.illustrative)}, "scenario": {texts[report.scenario]}, '
        )
        self.known = f'"unknown": null, {shared}"unknown_driver": null, "unknown_year": null, '
        self.middle = (
            f'"title": {_text(line.title)}, "norm": {texts[line.norm]}, '
            f'"snapshot_year": {_whole(line.snapshot_year)}, "base": {_figure(line.base)}, '
            '"drivers": ['
        )
        self.snapshot_year = line.snapshot_year
        self.drivers = [
            (
                d.year,
                f'{{"driver": {texts[d.driver]}, "year": {_whole(d.year)}, '
                f'"value": {_figure(d.value)}}}',
            )
            for d in line.drivers
        ]
        self._shared = shared

    def drivers_by_year(self, years: Sequence[int]) -> dict[int, str]:
        """The drivers of each year's row: those of the year, the year before and the snapshot
        year, in the line's order."""
        picked: dict[int, list[str]] = {at: [] for at in years}
        snapshot_year = self.snapshot_year
        for at, text in self.drivers:
            if at == snapshot_year:
                for texts in picked.values():
                    texts.append(text)
                continue
            for row in (at, at + 1):  # TypeError for a year that is not one
                got = picked.get(row)
                if got is not None:
                    got.append(text)
        return {at: ", ".join(texts) for at, texts in picked.items()}

    def unknown(self, why: Unknown) -> str:
        """`"unknown": …` up to `"unknown_year": …` of a year that has no figures."""
        return (
            f'"unknown": {_text(why.reason.value)}, {self._shared}'
            f'"unknown_driver": {_text(why.driver)}, "unknown_year": {_whole(why.year)}, '
        )


class StaffingRowText:
    """Writes the staffing rows of one report as json text (made once per printed report)."""

    def __init__(self, report: StaffingReport) -> None:
        self.report = report
        self._lines: dict[int, tuple[LineBalance, _Line]] = {}
        self._demands: dict[tuple[Any, ...], str] = {}
        self._texts = _Texts()

    def __call__(self, line: LineBalance, year: FlowYear) -> str:
        """The row's json on one line (no indent), inert on a terminal."""
        try:
            return self._written(line, (year,), self._line(line))[0]
        except TypeError:
            # a value of a type the fast path does not know: the row as the encoder writes it
            return json_inert(dumps(staffing_json_row(line, year, self.report)))

    def lines(self, line: LineBalance) -> list[str]:
        """The rows of every year of the line, in order: `[self(line, year) for year in
        line.years]`, what the years share worked out once."""
        try:
            return self._written(line, line.years, _Line(line, self.report, self._texts))
        except TypeError:  # a year is odd: each on its own, the odd one from its dict
            return [self(line, year) for year in line.years]

    def _line(self, line: LineBalance) -> _Line:
        """The line's shared texts: once per line (kept with it, so no other line can take its
        id while the report is written)."""
        known = self._lines.get(id(line))
        if known is not None and known[0] is line:
            return known[1]
        made = _Line(line, self.report, self._texts)
        self._lines[id(line)] = (line, made)
        return made

    def _demand(self, keys: tuple[Any, ...]) -> str:
        """The inside of a row's `"demand_by_scenario": {…}`, its figures left to `%r`."""
        text = self._demands.get(keys)
        if text is None:
            # TypeError for a key json would have to turn into text (None too: "null")
            text = ", ".join([f"{_escaped(_text(_named(code)))}: %r" for code in keys])
            self._demands[keys] = text
        return text

    def _written(self, line: LineBalance, years: Sequence[FlowYear], shared: _Line) -> list[str]:
        """The rows of `years`; TypeError when a year holds what only its dict writes, or the
        years' alternatives differ."""
        demands = list(map(_DEMAND, years))
        keys = tuple(demands[0]) if demands else ()
        if list(map(tuple, demands)).count(keys) != len(demands):
            raise TypeError(keys)
        demand_keys = self._demand(keys)
        at = list(map(_YEAR, years))
        if not {*map(type, at)} <= _INT:
            raise TypeError(at)
        figures = list(chain.from_iterable(map(_FIGURES_OF, years)))
        figures += chain.from_iterable(map(_VALUES, demands))
        # nearly every line: its figures finite floats, which `repr` writes as `dumps` does (a
        # figure repeats in a few rows, and finding it costs more than writing it again); else
        # NaN, infinity and None stand as null, and TypeError for what is not a figure
        written: Iterable[tuple[Any, ...]] = years
        if not ({*map(type, figures)} <= _FLOAT and _finite(figures)):
            shown = list(map(_repr_as_dumps, figures))
            width, m, n = len(FLOW), len(keys), len(years)
            written = [
                (
                    year.year,
                    *shown[i * width : (i + 1) * width],
                    year.unknown,
                    dict(
                        zip(
                            keys,
                            shown[n * width + i * m : n * width + (i + 1) * m],
                            strict=True,
                        )
                    ),
                    year.actions,
                )
                for i, year in enumerate(years)
            ]
        drivers = shared.drivers_by_year(at)
        head, middle, known, line_why = shared.head, shared.middle, shared.known, line.unknown
        texts = self._texts
        rows = []
        last, last_text = None, ""
        for (
            year,
            demand,
            supply,
            start,
            retirements,
            turnover,
            growth,
            to_recruit,
            surplus,
            planned,
            still_open,
            cumulative_to_recruit,
            cumulative_planned,
            cumulative_still_open,
            unknown,
            by_scenario,
            actions,
        ) in written:
            why = unknown or line_why
            # a year starts where the year before ended, and what is still open is what is to
            # recruit until an action plans some: equal and not 0 (which has two signs), the
            # text is the same
            started = last_text if start == last and start else repr(start)
            recruit = repr(to_recruit)
            open_ = recruit if still_open == to_recruit and still_open else repr(still_open)
            recruits = repr(cumulative_to_recruit)
            opens = (
                recruits
                if cumulative_still_open == cumulative_to_recruit and cumulative_still_open
                else repr(cumulative_still_open)
            )
            last, last_text = demand, repr(demand)
            rows.append(
                f'{head}{year!r}, "demand": {last_text}, "supply": {supply!r}, '
                f'"start": {started}, "retirements": {retirements!r}, '
                f'"turnover": {turnover!r}, "growth": {growth!r}, '
                f'"to_recruit": {recruit}, "surplus": {surplus!r}, '
                f'"planned": {planned!r}, "still_open": {open_}, '
                f'"cumulative_to_recruit": {recruits}, '
                f'"cumulative_planned": {cumulative_planned!r}, '
                f'"cumulative_still_open": {opens}, '
                f"{known if why is None else shared.unknown(why)}{middle}{drivers[year]}], "
                f'"demand_by_scenario": {{{demand_keys % tuple(by_scenario.values())}}}, '
                f'"actions": [{_actions(actions, texts) if actions else ""}]}}'
            )
        return rows
