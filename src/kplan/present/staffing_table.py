"""A staffing line's years as a terminal table (`staffing.staffing_text`): a row per year when
that fits the width, else turned, a row per figure and a column per year, in as few blocks of
years as fit. A national plan has 900 lines: each year's figures are worded and measured once,
and the blocks are found from those measures rather than by laying out each try."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from kplan.analysis.formulas import EPS
from kplan.analysis.staffing import FlowYear, LineBalance
from kplan.present.figure_texts import Plain
from kplan.present.layout import GAP, Mark
from kplan.present.table import Column, columns, fit, laid_out
from kplan.present.terminal import cells, one_line

RED = "\x1b[31m"


class Flows:
    """What every line's table shares: the header (`year` and a label for each of `keys`, the
    figures of `FlowYear`), the figures' words and the turned table's first column."""

    def __init__(self, year: str, labels: Sequence[str], keys: Sequence[str], unknown: str):
        self.header = [year, *labels]
        self.num = Plain(unknown)
        self._figures = attrgetter(*keys)
        self._count = len(keys)
        self.still = list(keys).index("still_open") + 1
        self.labels = Column(year, labels)
        self.sizes = [cells(one_line(h)) for h in self.header]

    def cells(self, year: FlowYear) -> list[object]:
        """A year's row: the year, then its figures."""
        return [year.year, *self.num.many(self._figures(year))]

    def rows(self, line: LineBalance) -> list[list[object]]:
        """A row per year (`cells`), the figures of all years worded at once."""
        texts = self.num.many([v for y in line.years for v in self._figures(y)])
        n = self._count
        return [[y.year, *texts[i * n : i * n + n]] for i, y in enumerate(line.years)]

    def table(self, line: LineBalance, colour: bool, width: int | None) -> str:
        """The line's years within `width` (None: a row per year, as wide as the text). With
        `colour`, an open need the actions leave is red (the year's cell in «= Åpent»)."""
        rows = self.rows(line)
        open_years = [(y.still_open or 0.0) > EPS for y in line.years]
        still = self.still
        turned = [Column(r[0], r[1:]) for r in rows]
        if width is None or self._rule(turned) <= width:
            # the rule under the header is as wide as the table but for colour codes: only a
            # table whose rule fits is laid out to be measured
            marks: list[Mark] | None = None
            if colour:
                marks = [{still: RED} if o else "" for o in open_years]
            right = set(range(1, len(self.header)))
            table = laid_out("-", columns(self.header, rows), right, marks)
            if width is None or max(cells(x) for x in table.splitlines()) <= width:
                return table.partition("\n\n")[2]
        size = len(turned)
        while size > 1 and fit([self.labels, *turned[:size]], range(1, size + 1), width) is None:
            size -= 1
        out = []
        for start in range(0, len(turned), size):
            block = range(start, min(start + size, len(turned)))
            marks = None
            if colour:
                marks = [""] * len(self.labels.texts)
                marks[still - 1] = {n + 1: RED for n, y in enumerate(block) if open_years[y]}
            cols = [self.labels, *(turned[y] for y in block)]
            table = laid_out("-", cols, range(1, len(cols)), marks, width)
            out.append(table.partition("\n\n")[2])
        return "\n".join(out)

    def _rule(self, turned: Sequence[Column]) -> int:
        """The width of the rule under the header of the table with a row per year, as wide
        as its text: each column as wide as its widest cell, two spaces between."""
        widths = list(self.sizes)
        for col in turned:
            widths[0] = max(widths[0], col.head_size)
            widths[1:] = map(max, widths[1:], col.sizes)
        return sum(widths) + GAP * (len(widths) - 1)
