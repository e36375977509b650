"""A staffing row of `kplan gap --format json` written straight as its text: byte for byte
`json_inert(dumps(staffing_json_row(line, year, report)))`, without the dict.

A national plan has 9,000 line-years of some thirty keys each, the same keys in every row: here
the keys are part of the text, what a line's years share is written once per line, and each
value is written as the encoder writes it: a str by `encode_basestring` (the encoder's own
function), a float by `float.__repr__` (null when it is not finite, as `dumps` makes it), an int
by its repr. A value of a type a staffing row should not hold raises TypeError, and the row is
then written from its dict: an odd row is slower, never different."""

from __future__ import annotations

from json.encoder import encode_basestring as _quoted
from operator import attrgetter
from typing import Any

from kplan.analysis.staffing import FlowYear, LineBalance, StaffingReport
from kplan.present.fmt import MAX_TEXTS, dumps
from kplan.present.staffing import FLOW, staffing_json_row
from kplan.present.terminal import json_inert

_FIGURES: dict[float, str] = {}
"""The texts of figures written: a year's demand is its first alternative's too, and what is
still open is what is to recruit in most years; finding one costs a fraction of `repr`."""


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


_FLOWS = ", ".join(f'"{key}": %s' for key in FLOW)
"""The figures of a year, each filled in by `%`."""
_VALUES = attrgetter(*FLOW)


class _Line:
    """What every year of a line writes alike, and its drivers' texts."""

    __slots__ = ("_shared", "drivers", "head", "known", "middle", "snapshot_year")

    def __init__(self, line: LineBalance, report: StaffingReport) -> None:
        self.head = (
            f'{{"part": "bemanning", "line": {_text(line.id)}, "unit": {_text(line.unit)}, '
            f'"competence": {_text(line.competence)}, "year": '
        )
        shared = (
            f'"illustrative": {_truth(line.illustrative)}, "scenario": {_text(report.scenario)}, '
        )
        self.known = f'"unknown": null, {shared}"unknown_driver": null, "unknown_year": null, '
        self.middle = (
            f'"title": {_text(line.title)}, "norm": {_text(line.norm)}, '
            f'"snapshot_year": {_whole(line.snapshot_year)}, "base": {_figure(line.base)}, '
            '"drivers": ['
        )
        self.snapshot_year = line.snapshot_year
        self.drivers = [
            (
                d.year,
                f'{{"driver": {_text(d.driver)}, "year": {_whole(d.year)}, '
                f'"value": {_figure(d.value)}}}',
            )
            for d in line.drivers
        ]
        self._shared = shared

    def unknown(self, line: LineBalance, year: FlowYear) -> str:
        """`"unknown": …` up to `"unknown_year": …` of a year."""
        why = year.unknown or line.unknown
        if why is None:
            return self.known
        return (
            f'"unknown": {_text(why.reason.value)}, {self._shared}'
            f'"unknown_driver": {_text(why.driver)}, "unknown_year": {_whole(why.year)}, '
        )


class StaffingRowText:
    """Writes the staffing rows of one report as json text (made once per printed report)."""

    def __init__(self, report: StaffingReport) -> None:
        self.report = report
        self._lines: dict[int, tuple[LineBalance, _Line]] = {}
        self._keys: dict[str, str] = {}

    def __call__(self, line: LineBalance, year: FlowYear) -> str:
        """The row's json on one line (no indent), inert on a terminal."""
        try:
            return self._row(line, year)
        except TypeError:
            # a value of a type the fast path does not know: the row as the encoder writes it
            return json_inert(dumps(staffing_json_row(line, year, self.report)))

    def _line(self, line: LineBalance) -> _Line:
        """The line's shared texts: once per line (kept with it, so no other line can take its
        id while the report is written)."""
        known = self._lines.get(id(line))
        if known is not None and known[0] is line:
            return known[1]
        made = _Line(line, self.report)
        self._lines[id(line)] = (line, made)
        return made

    def _key(self, code: Any) -> str:
        """`"MMMM": ` of an alternative's demand: the same few in every row."""
        text = f"{_text(code)}: "  # TypeError for a key json would have to turn into text
        self._keys[code] = text
        return text

    def _row(self, line: LineBalance, year: FlowYear) -> str:
        shared = self._line(line)
        flows = _FLOWS % tuple(map(_figure, _VALUES(year)))
        at = year.year
        years = (at, at - 1, shared.snapshot_year)
        drivers = ", ".join([text for y, text in shared.drivers if y in years])
        keys = self._keys
        demand = ", ".join(
            [
                (keys.get(code) or self._key(code)) + _figure(v)
                for code, v in year.demand_by_scenario.items()
            ]
        )
        actions = ", ".join(
            [
                f'{{"action": {_text(e.action)}, "competence": {_text(e.competence)}, '
                f'"unit": {_text(e.unit)}, "fte": {_figure(e.fte)}}}'
                for e in year.actions
            ]
        )
        return (
            f"{shared.head}{_whole(at)}, {flows}, {shared.unknown(line, year)}{shared.middle}"
            f'{drivers}], "demand_by_scenario": {{{demand}}}, "actions": [{actions}]}}'
        )
