"""A `Tabular`'s rows taken column by column, for its three writers.

A national gap holds 600,000 cells. Every value of a column is of one kind (all floats, all
text, all truths, or unknown), and a text column repeats a few hundred distinct values: so the
writers decide how to write a column once, write each distinct text once, and measure a
column's width from its extremes, not cell by cell. A column of mixed or unusual values falls
back to the definition per cell (`known`, `excel_cell`, `shown`), which each fast path equals.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import compress, repeat
from operator import eq
from typing import Any, overload

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""How a cell starts that a spreadsheet could take for a formula (OWASP, CSV injection)."""

NONE = type(None)
_PLAIN = frozenset((str, bool, int, float, NONE))
"""Values a column may hold that the fast paths know; anything else is written per cell."""


def known(value: Any) -> Any:
    """The value, or None for a figure nobody knows (None, an overflowed or NaN float)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class ColumnRows(Sequence[Mapping[str, Any]]):
    """Rows a command made column by column: blocks of rows that share their keys, each key's
    values a list, one per row of its block (a gap's competence rows, then its staffing rows).
    Read as rows, a row is a dict of its block's keys; the writers take the columns as they
    are, without making a dict per row. A block without keys holds no rows."""

    def __init__(self, *blocks: Mapping[str, list[Any]]) -> None:
        self.blocks = tuple(b for b in blocks if b)
        self.heights = tuple(len(next(iter(b.values()))) for b in self.blocks)
        for block, height in zip(self.blocks, self.heights, strict=True):
            if any(len(values) != height for values in block.values()):
                raise ValueError("every column of a block holds one value per row")

    def __len__(self) -> int:
        return sum(self.heights)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for block in self.blocks:
            keys = list(block)
            for values in zip(*block.values(), strict=True):
                yield dict(zip(keys, values, strict=True))

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return list(iter(self))[index]
        at = index + len(self) if index < 0 else index
        for block, height in zip(self.blocks, self.heights, strict=True):
            if 0 <= at < height:
                return {key: values[at] for key, values in block.items()}
            at -= height
        raise IndexError(index)

    def column(self, key: str) -> list[Any]:
        """The values under `key` of every row (None where a block has no such key): the
        block's own list when there is one block, not to be changed."""
        parts = [b.get(key) or [None] * h for b, h in zip(self.blocks, self.heights, strict=True)]
        if len(parts) == 1:
            return parts[0]
        joined: list[Any] = []
        for part in parts:
            joined.extend(part)
        return joined


def columns(rows: Iterable[Mapping[str, Any]], keys: Sequence[str]) -> list[list[Any]]:
    """Each column's values (None where a row has none). The rows are read one by one and
    the columns cut from all their values: reading a column at a time would fetch every row
    from memory once per column. The lists may be `ColumnRows`' own: not to be changed."""
    if isinstance(rows, ColumnRows):
        return [rows.column(key) for key in keys]
    flat: list[Any] = []
    add = flat.extend
    for row in rows:
        add(map(row.get, keys))
    n = len(keys)
    return [flat[i::n] for i in range(n)]


def quoter(delimiter: str, terminator: str) -> Callable[[str], str]:
    """A text as `csv.writer` writes it as a field (quoted when it holds the delimiter, a
    quote or a line end), for each distinct text once."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=terminator)
    cut = len(delimiter) + len(terminator)
    done: dict[str, str] = {}

    def quote(text: str) -> str:
        if text not in done:
            buf.seek(0)
            buf.truncate()
            # a second field: a row of one empty field would be written «""»
            writer.writerow((text, ""))
            done[text] = buf.getvalue()[:-cut]
        return done[text]

    return quote


def csv_lines(fields: Sequence[Sequence[str]], delimiter: str, terminator: str) -> str:
    """The rows of the columns' `fields`, as `csv.writer` writes them."""
    if not fields or not fields[0]:
        return ""
    return terminator.join(map(delimiter.join, zip(*fields, strict=True))) + terminator


def _float_fields(column: list[Any], types: set[type], point: str = ".") -> list[str] | None:
    """The fields of a column of floats and None, as `csv.writer` writes them, with `point`
    for the decimal point and None as an empty field; None when a float is not finite. A
    float's repr holds no line break, no «None» and nothing to quote: the column is written
    with one join, its empty fields and decimal points replaced in the whole text at once."""
    if types == {NONE}:
        return [""] * len(column)
    if not _all_finite(filter(None, column)):  # filter(None): None drops out, 0 adds nothing
        return None
    if NONE not in types and point == ".":
        return list(map(repr, column))
    text = "\n".join(map(repr, column))
    if NONE in types:
        text = text.replace("None", "")
    return (text if point == "." else text.replace(".", point)).split("\n")


def csv_fields(column: list[Any], quote: Callable[[str], str]) -> list[str] | None:
    """The machine csv's field of each value as `csv.writer` writes it, an unknown figure
    empty; None for a column holding values other than text, numbers and truths."""
    types = set(map(type, column))
    if not types <= _PLAIN:
        return None

    def field(value: Any) -> str:
        if value is None:
            return ""
        if type(value) is float:
            return repr(value) if math.isfinite(value) else ""
        return quote(value) if type(value) is str else str(value)

    if types <= {float, NONE}:
        return _float_fields(column, types) or [field(v) for v in column]
    cells = by_distinct(column, field)
    return [field(v) for v in column] if cells is None else cells


def _all_finite(numbers: Iterable[Any]) -> bool:
    """True when every number (floats and ints) is finite. A nan or inf anywhere makes the sum
    one too, so one sum tells; False may also mean only that the sum overflowed."""
    try:
        return math.isfinite(sum(numbers))
    except OverflowError:
        return False


def known_values(column: list[Any], types: set[type] | None = None) -> list[Any]:
    """`known` of each value: the list itself when it holds no float that is not finite
    (`types`: the types of its values, when the caller has them)."""
    types = set(map(type, column)) if types is None else types
    if not any(issubclass(kind, float) for kind in types):
        return column
    # filter(None): None drops out, and a 0 adds nothing to the sum
    if types <= {float, int, NONE} and _all_finite(filter(None, column)):
        return column
    return list(map(known, column))


def _distinct_safe(types: set[type]) -> bool:
    """Whether values of these types can be mapped through a dict of the distinct ones: no
    two of them may be equal yet written differently (1 == True == 1.0, 0.0 == -0.0)."""
    return types <= {str, bool, NONE} or types <= {str, int, NONE}


def by_distinct(
    column: Sequence[Any], cell: Callable[[Any], Any], types: set[type] | None = None
) -> list[Any] | None:
    """`cell` of each value, computed once per distinct value; None when the column holds
    values a dict could confuse (see `_distinct_safe`; `types`: those of its values, when the
    caller has them)."""
    if not _distinct_safe(set(map(type, column)) if types is None else types):
        return None
    once = {value: cell(value) for value in set(column)}
    return list(map(once.__getitem__, column))


def excel_cell(value: Any) -> str:
    """A cell of the Excel csv: a number with a decimal comma and every digit kplan computed,
    a text that cannot start a formula, an unknown figure as nothing."""
    value = known(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def excel_column(column: list[Any], quote: Callable[[str], str]) -> list[str]:
    """`excel_cell` of each value of a column, as a field of the Excel csv (`quote`)."""
    types = set(map(type, column))
    if types <= {float, NONE}:
        fields = _float_fields(column, types, ",")
        if fields is not None:
            return fields
    cells = by_distinct(column, lambda value: quote(excel_cell(value)))
    return [quote(excel_cell(v)) for v in column] if cells is None else cells


def shown(value: Any, kind: str, choice: Callable[[str], str]) -> str:
    """About what a cell shows, for the column's width (`value` as `known` gives it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "USANN"
    if kind == "choice":
        return choice(str(value))
    if isinstance(value, (int, float)) and kind in ("figure", "money"):
        return f"{value:,.2f}" + (" kr" if kind == "money" else "")
    return str(value)


def longest(
    column: list[Any], kind: str, choice: Callable[[str], str], types: set[type] | None = None
) -> int:
    """The length of the longest `shown` of a column's values (as `known` gives them;
    `types`: those of its values, when the caller has them)."""
    types = set(map(type, column)) if types is None else types
    if not types <= _PLAIN:
        return max((len(shown(v, kind, choice)) for v in column), default=0)
    most = 5 if bool in types else 0  # «USANN»
    if str in types:
        texts = set(column) if types <= {str, NONE} else {v for v in column if type(v) is str}
        texts.discard(None)
        most = max(most, max(map(len, map(choice, texts) if kind == "choice" else texts)))
    if int in types or float in types:
        numbers = (
            column
            if types <= {int, float, NONE}
            else [v for v in column if type(v) is int or type(v) is float]
        )
        most = max(most, _longest_number(numbers, kind, choice))
    return most


def _longest_number(numbers: list[Any], kind: str, choice: Callable[[str], str]) -> int:
    """The longest `shown` of finite numbers (and None, which shows nothing). A figure is
    shown rounded to two decimals with thousands separators: rounding keeps the order, and a
    longer text never shows a smaller magnitude, so the longest is that of the largest or of
    the most negative number."""
    if kind not in ("figure", "money"):
        # ints that are equal are written alike (1 and 1.0, 0.0 and -0.0 are not)
        once = set(numbers)
        texts = set(map(str, numbers if any(type(v) is float for v in once) else once))
        texts.discard("None")
        return max(map(len, map(choice, texts) if kind == "choice" else texts), default=0)
    nonzero = list(filter(None, numbers))  # without None, and without the zeros: see below
    most = 0
    if nonzero:
        high, low = max(nonzero), min(nonzero)
        most = max(len(f"{high:,.2f}"), len(f"{low:,.2f}"))
    if most < 5 and 0 in numbers:  # «0.00» to «9.99»: a zero shows as long, -0.0 «-0.00»
        zeros = compress(numbers, map(eq, numbers, repeat(0)))  # no Python loop: a column
        negative = -1.0 in map(math.copysign, repeat(1.0), zeros)  # of 0.0 is common
        most = max(most, 5 if negative else 4)
    return most + (3 if kind == "money" else 0)  # « kr»
