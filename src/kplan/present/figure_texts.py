"""Many figures in words at once, for the terminal and Markdown tables of a large report: the
same text as `fmt.plain` (a staffing balance) or `gap_rows.figure` (a competence gap) gives
each, from one `str.format` call for a whole table's figures. A national plan's tables show
200,000 figures, nearly all different, and formatting them one call at a time was a quarter of
the time it takes to print them."""

from __future__ import annotations

from collections.abc import Sequence

from kplan.present.fmt import plain

_SEP = "\x00"
_FIXED: dict[int, str] = {}
_GROUPED: dict[int, str] = {}


def _pattern(patterns: dict[int, str], field: str, n: int) -> str:
    pattern = patterns.get(n)
    if pattern is None:
        if len(patterns) >= 64:  # a table's size, and a few more: not one per size ever seen
            patterns.clear()
        pattern = patterns[n] = (field + _SEP) * n
    return pattern


def _formatted(values: Sequence[float]) -> list[str]:
    """`fmt.plain` of each float or int of `values` (anything else, one at a time)."""
    if not values:
        return []
    if set(map(type, values)) - {float, int}:
        return [plain(v) for v in values]
    # `%` is twice as fast as `format`, but has no thousands: only when no figure has any (a
    # NaN first makes `max` NaN, and the test false)
    if max(map(abs, values)) < 999:  # 999.995 is «1 000»
        return _trimmed(_pattern(_FIXED, "%.2f", len(values)) % tuple(values))
    # a large report's figures at once: a few have thousands, and are worded one at a time
    big = [i for i, v in enumerate(values) if not -999 < v < 999]
    if len(big) * 8 < len(values):
        try:
            texts = _trimmed(_pattern(_FIXED, "%.2f", len(values)) % tuple(values))
        except OverflowError:  # an int too large for a float: as `format` has it
            pass
        else:
            for i in big:
                texts[i] = plain(values[i])
            return texts
    text = _pattern(_GROUPED, "{:,.2f}", len(values)).format(*values)
    return _trimmed(text.replace(",", " "))


def _trimmed(text: str) -> list[str]:
    """The figures of `text`, each ending in `_SEP`, as `plain` has them: every figure but nan
    and inf has two decimals; «.50» is «.5», «.00» nothing (a last 0 goes, then a «.0» left
    of «.00»)."""
    text = text.replace(f"0{_SEP}", _SEP).replace(f".0{_SEP}", _SEP).replace(".", ",")
    return text.split(_SEP)[:-1]


class Plain:
    """`fmt.plain` of each figure, `unknown` for one nobody knows (None)."""

    def __init__(self, unknown: str) -> None:
        self.unknown = unknown

    def __call__(self, value: float | None) -> str:
        return self.unknown if value is None else plain(value)

    def many(self, values: Sequence[float | None]) -> list[str]:
        """Each of `values` in words."""
        if not values:
            return []
        if None not in values:
            return self._texts(values)  # type: ignore[arg-type]  # no None, as just seen
        known = iter(self._texts([v for v in values if v is not None]))
        return [self.unknown if v is None else next(known) for v in values]

    def _texts(self, values: Sequence[float]) -> list[str]:
        return _formatted(values)


class Figures(Plain):
    """`gap_rows.figure` of each figure: a figure below half a hundredth either way is «0»
    (never «-0»), and so is NaN, as `figure` has them."""

    def _texts(self, values: Sequence[float]) -> list[str]:
        texts = _formatted(values)
        if "-0" in texts or "nan" in texts:
            return ["0" if x == "-0" or x == "nan" else x for x in texts]
        return texts
