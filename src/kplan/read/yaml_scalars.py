"""YAML scalars: plain text to values by the YAML 1.2 core schema, plus dates.

`no` stays text and `0755` is a decimal number, as YAML 1.2 says (PyYAML and a `%YAML 1.1` file
would read False and 493); `2024-06-01` is a date, and `2024-13-01` stays text with a K014, so the
rest of the file is still checked. Only the standard tags are accepted: nothing is ever built from
a tag such as `!!python/object`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kplan.text import Message, Text, t

MAX_DIGITS = 100
"""Longer numbers are refused: no figure in a plan has more digits, and Python cannot turn
numbers of over 4300 digits into text (for a message) at all."""


class Refused(Exception):
    """Input a plan file must not hold: the whole file is refused, with this one problem."""

    def __init__(self, line: int, col: int, code: str, message: Message) -> None:
        super().__init__(message)
        self.line, self.col, self.code, self.message = line, col, code, message


_SPECIAL: dict[str, Any] = {
    "": None,
    "~": None,
    "null": None,
    "Null": None,
    "NULL": None,
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
    ".Inf": float("inf"),
    ".INF": float("inf"),
    ".nan": float("nan"),
    ".NaN": float("nan"),
    ".NAN": float("nan"),
}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_NUMERIC_START = frozenset("0123456789+-.")

_STD = "tag:yaml.org,2002:"
TAGS_OK = frozenset({_STD + "str", _STD + "map", _STD + "seq", "!"})


Soft = list[tuple[int, int, str, Message]]
"""Problems that leave the file readable: (line, col, code, message)."""


def grouped(n: int) -> str:
    """A count with spaces between thousands (1 000 000), as Norwegian and SI write it."""
    return f"{n:,}".replace(",", " ")


def _plain(value: str, line: int, col: int, soft: Soft) -> Any:
    if value in _SPECIAL:
        return _SPECIAL[value]
    if value[0] not in _NUMERIC_START:
        return value
    if _INT.fullmatch(value) or value.startswith(("0o", "0x")):
        if len(value) > MAX_DIGITS:
            # Python refuses to convert such numbers to and from text; no plan needs them
            soft.append((line, col, "K105", t("read.k105.digits", n=len(value), most=MAX_DIGITS)))
            return value
        try:
            return int(value, 0) if value.startswith(("0o", "0x")) else int(value)
        except ValueError:
            return value
    if _FLOAT.fullmatch(value):
        return float(value)
    m = _DATE.fullmatch(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            # not fatal: the value stays text, so the rest of the file is still checked
            soft.append((line, col, "K014", t("read.k014.no_such_date", value=value)))
            return value
    return value


def written(tag: object) -> str:
    """A tag as a plan file writes it: `!!python/object`, not `tag:yaml.org,2002:python/object`."""
    text = str(tag)
    return "!!" + text[len(_STD) :] if text.startswith(_STD) else text


def scalar(e: Any, soft: Soft) -> Any:
    line, col = e.start_mark.line + 1, e.start_mark.column + 1
    tag = e.tag
    if tag is not None and tag not in TAGS_OK:
        if tag in (_STD + "int", _STD + "float", _STD + "bool", _STD + "null"):
            return _plain(e.value, line, col, soft)
        raise Refused(line, col, "K009", t("read.k009.tag", tag=written(tag)))
    if tag is None and not e.style and e.implicit[0]:
        return _plain(e.value, line, col, soft)
    return e.value


def non_text_key(value: Any, e: Any) -> Text:
    raw = getattr(e, "value", None) or str(value)
    kind: Text | str = (
        t("read.kind.truth")
        if isinstance(value, bool)
        else t("read.kind.null")
        if value is None
        else t("read.kind.date")
        if isinstance(value, dt.date)
        else t("read.kind.number")
        if isinstance(value, float)
        else type(value).__name__
    )
    return t("read.k015.not_text", raw=raw, kind=kind)
