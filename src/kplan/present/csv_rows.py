"""A `Tabular`'s rows as csv text at the speed of `%`: the common case, taken first.

The csv module writes a national gap's million cells one by one. Most tables need nothing it
does: their texts hold no delimiter, quote or line break, and their other values are numbers,
truths and None. Rows with the same keys share one `%s` template, so each row is written by one
`%` in C, None as «None» replaced by nothing in the whole text afterwards. The template is
used only when every distinct value allows it (a text with «None» in it would lose it); any
other table returns None, and the caller writes it cell by cell.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import groupby, repeat
from operator import itemgetter
from typing import Any

from kplan.present.tabular_columns import FORMULA_START, NONE, ColumnRows

_PLAIN = frozenset((str, bool, int, float, NONE))
_NEVER = ('"', "\r", "\n", "None")
"""What no text may hold for the template: a quote or line break needs quoting (as the
delimiter does), and «None» is where None was written."""


def _getter(present: Sequence[str]) -> Any:
    """A row's values under `present`, as a tuple (itemgetter of one key gives the value)."""
    if len(present) == 1:
        one = present[0]
        return lambda row: (row[one],)
    return itemgetter(*present) if present else lambda row: ()


def _fits(column: Sequence[Any], delimiter: str, excel: bool) -> bool:
    """Whether the template writes a column's values as the csv module (and `excel_cell`)
    would: finite numbers, truths, None, and texts that need no quoting."""
    types = set(map(type, column))
    if not types <= _PLAIN:
        return False
    if float in types:
        numbers = column if types <= {float, int, NONE} else [v for v in column if type(v) is float]
        try:  # a nan or inf anywhere makes the sum one too; a float overflow is told apart
            if not math.isfinite(sum(filter(None, numbers))):
                return False
        except OverflowError:
            return False
    if str in types:
        texts = set(column) if types <= {str, NONE} else {v for v in column if type(v) is str}
        texts.discard(None)
        for text in texts:
            if delimiter in text or any(bad in text for bad in _NEVER):
                return False
            # the Excel csv: a decimal comma replaces every «.»; a formula's start gets a «'»
            if excel and ("." in text or text.startswith(FORMULA_START)):
                return False
    return True


def template_rows(
    rows: Sequence[Mapping[str, Any]], keys: Sequence[str], delimiter: str, end: str, excel: bool
) -> str | None:
    """The rows (without the header) as `csv.writer` writes them, the values of the machine
    csv (or, `excel`, of `excel_cell`); None when a value is not for the template."""
    if len(keys) < 2:  # a row of one empty field is written «""»
        return None
    out: list[str] = []
    for present, tuples, columns, height in _runs(rows, keys):
        if not all(_fits(column, delimiter, excel) for column in columns):
            return None
        values: Iterable[tuple[Any, ...]] | None = tuples
        if values is None:  # rows made column by column: zipped here
            values = zip(*columns, strict=True) if columns else repeat((), height)
        line = delimiter.join("%s" if k in present else "" for k in keys) + end
        out.append("".join(map(line.__mod__, values)))
    text = "".join(out).replace("None", "")
    return text.replace(".", ",") if excel else text


def _runs(
    rows: Sequence[Mapping[str, Any]], keys: Sequence[str]
) -> Iterator[tuple[set[str], list[tuple[Any, ...]] | None, Sequence[Sequence[Any]], int]]:
    """Runs of rows with the same keys: those of `keys` they have, the rows' values under them
    as tuples (None when the rows were made column by column), the same values column by
    column, and how many rows."""
    if isinstance(rows, ColumnRows):  # the runs are its blocks, already in columns
        for block, height in zip(rows.blocks, rows.heights, strict=True):
            yield set(block), None, [block[k] for k in keys if k in block], height
        return
    # rows with the same keys come in runs (a gap's competence rows, then its staffing rows)
    for shape, run in groupby(rows, key=tuple):
        present = set(shape)
        tuples = list(map(_getter([k for k in keys if k in present]), run))
        yield present, tuples, list(zip(*tuples, strict=True)), len(tuples)
