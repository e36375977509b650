"""Cells: the text of one CSV cell as the value it stands for (a number, a date, a flag).

A cell that is not written as its kind is kept as text, so the model names what is wrong with it
in its own words. The years kplan reads are bounded here, where the CSV reader first meets a year;
the model's `Year` uses the same bounds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from kplan.text import Text, t

FIRST_YEAR, LAST_YEAR = 1900, 2200
"""The years kplan reads, in dates and periods too: wide enough for any plan, and far from the
ends of the calendar, so that no date arithmetic (the day after 9999-12-31) can fail."""
INT = re.compile(r"[-+]?[0-9]{1,18}")
"""A whole number as a cell writes it."""
_DEC = re.compile(r"[-+]?[0-9]{1,18}([.,][0-9]{1,18})?")
_NO_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


def digits_hint(text: str) -> Text | str:
    """Digits from another script (٢٠٢٥, ３, Kawi) look like numbers but are not read as ones."""
    if any(ch.isdecimal() and not ch.isascii() for ch in text):
        return t("read.digits_hint")
    return ""


def number(text: str, *, whole: bool) -> Any:
    """A cell as a number when it is written as one; otherwise the text, for the model to name."""
    if whole and INT.fullmatch(text):
        return int(text)
    if not whole and _DEC.fullmatch(text):
        return float(text.replace(",", "."))
    return text


def date(text: str) -> Any:
    m = _NO_DATE.fullmatch(text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return text
    return text


def flag(text: str) -> Any:
    low = text.casefold()
    return {"true": True, "ja": True, "1": True, "false": False, "nei": False, "0": False}.get(
        low, text
    )


CONVERT: dict[str, Any] = {
    "persons": lambda text: number(text, whole=True),
    "fte": lambda text: number(text, whole=False),
    "date": date,
    "illustrative": flag,
}


class Memo(dict[Any, Any]):
    """Key → `make(key)`, made once per key. A column of an export holds few distinct cells
    (the same unit, year or count again and again): looking each up (`map(memo.__getitem__,
    cells)` runs in C) costs a fraction of converting it, and only a miss runs Python."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value
