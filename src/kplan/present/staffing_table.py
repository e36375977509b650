"""A staffing line's years as a terminal table (`staffing.staffing_text`): a row per year when
that fits the width, else turned, a row per figure and a column per year, in as few blocks of
years as fit. A national plan has 900 lines: each year's figures are worded and measured once,
and the blocks are found from those measures rather than by laying out each try."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from kplan.analysis.formulas import EPS
from kplan.analysis.staffing import FlowYear, LineBalance
from kplan.present import plain_grid
from kplan.present.figure_texts import Plain
from kplan.present.layout import GAP, LONG_WORD, NARROW_TEXT, Mark
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
        label = self.labels
        # `layout.fit`'s narrowest the label column may be: a word is not broken
        self._label_words = max(min(NARROW_TEXT, label.natural), min(label.words(), LONG_WORD))
        self._labels_plain = plain_grid.plain([label.texts])

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
        n = self._count
        texts = self.num.many([v for y in line.years for v in self._figures(y)])
        turned = [texts[k : k + n] for k in range(0, len(texts), n)]
        open_years = [(y.still_open or 0.0) > EPS for y in line.years]
        years = [y.year for y in line.years]
        if not (turned and self._labels_plain and plain_grid.plain(turned)):
            rows = [[y, *t] for y, t in zip(years, turned, strict=True)]
            return self._measured(rows, open_years, colour, width)
        # the headers alone are often too wide: then the figures need not be measured
        wide = width is not None and sum(self.sizes) + GAP * n > width
        if width is None or (not wide and self._natural(years, texts) <= width):
            if not (colour and any(open_years)):
                # no colour code: the lines are no wider than the rule, which fits
                cols = [list(map(str, years)), *(texts[j::n] for j in range(n))]
                table = plain_grid.grid(self.header, cols, range(1, n + 1), None)
                if table is not None:
                    return table
            rows = [[y, *t] for y, t in zip(years, turned, strict=True)]
            return self._measured(rows, open_years, colour, width)
        size, widest = self._block(years, turned, width)
        out = []
        for start in range(0, len(turned), size):
            block = range(start, min(start + size, len(turned)))
            cols = [self.labels.texts, *(turned[y] for y in block)]
            right = range(1, len(cols))
            table = None
            if not (colour and any(open_years[y] for y in block)):
                heads = [self.header[0], *(years[y] for y in block)]
                known = [self.labels.widest, *(widest[y] for y in block)]
                table = plain_grid.grid(heads, cols, right, width, known)
            if table is None:
                marks = self._turned_marks(block, open_years) if colour else None
                measured = [self.labels, *(Column(years[y], turned[y]) for y in block)]
                table = laid_out("-", measured, right, marks, width).partition("\n\n")[2]
            out.append(table)
        return "\n".join(out)

    def _natural(self, years: Sequence[int], texts: Sequence[str]) -> int:
        """The width of the table with a row per year, as wide as its text (plain cells)."""
        n = self._count
        first = max(self.sizes[0], *(len(str(y)) for y in years))
        rest = (max(s, *map(len, texts[j::n])) for j, s in enumerate(self.sizes[1:]))
        return first + sum(rest) + GAP * n

    def _block(
        self, years: Sequence[int], turned: Sequence[list[str]], width: int
    ) -> tuple[int, list[int]]:
        """How many years a turned block holds: as many as `layout.fit` fits (at least one);
        and each year's widest figure."""
        labels = self.labels
        natural, least = [labels.natural], [min(labels.natural, self._label_words)]
        widest = [max(map(len, col)) for col in turned]
        for year, col, most in zip(years, turned, widest, strict=True):
            head = plain_grid.head(year)
            natural.append(max(head[1], most))
            least.append(min(natural[-1], plain_grid.widest_word(head, col, most)))
        size = len(turned)
        while size > 1:
            room = width - GAP * size
            if sum(natural[: size + 1]) <= room or sum(least[: size + 1]) <= room:
                break
            size -= 1
        return size, widest

    def _turned_marks(self, block: range, open_years: Sequence[bool]) -> list[Mark]:
        marks: list[Mark] = [""] * len(self.labels.texts)
        marks[self.still - 1] = {n + 1: RED for n, y in enumerate(block) if open_years[y]}
        return marks

    def _measured(
        self, rows: list[list[object]], open_years: list[bool], colour: bool, width: int | None
    ) -> str:
        """`table` by `table.Column`s: for text that is not plain, or a row in colour."""
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
            marks = self._turned_marks(block, open_years) if colour else None
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
