"""YAML text for values kplan writes into a user's plan file (`kplan.document.yaml_edit`).

Each value is written so that kplan's own loader (YAML 1.2 core schema, `kplan.read.yaml_loader`)
reads back exactly that value: text that would load as a number, a truth value, a date or null
(`0301`, `no`, `2025-01-01`, `null`), or that holds `: ` or ` #`, is quoted; text of several lines is
a literal block (`|`) where the file's layout allows one. A style is kept where the file has one
(a title in double quotes stays in double quotes), so an edited line looks like its neighbours.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Any

from kplan.read.yaml_loader import parse_text

PLAIN = ""
DOUBLE = '"'
SINGLE = "'"
LITERAL = "|"

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_NUMERIC = frozenset("0123456789+-.")
_YAML11 = frozenset({"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"})
_FLOW_BREAKERS = frozenset(",[]{}")
# C0/C1 controls, the bidi controls and the YAML 1.1 breaks are written as escapes: a file that
# shows them raw reads differently in an editor than in kplan
_ESCAPE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_NAMED = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", '"': '\\"', "\r": "\\r", "\x00": "\\0"}


class EmitError(ValueError):
    """A value kplan does not write into a plan file (NaN, an object)."""


def loads_as(text: str, value: Any) -> bool:
    """Whether the YAML scalar `text`, as the value of a key, loads as exactly `value`."""
    ok, loaded = _loaded(text)
    return ok and same(loaded, value)


_NOTHING = object()


@lru_cache(maxsize=4096)
def _loaded(text: str) -> tuple[bool, Any]:
    # a form of a thousand rows writes the same words again and again (planlagt, utvikle)
    loaded = parse_text(f"k: {text}\n", "<value>")
    if not isinstance(loaded.data, dict) or loaded.problems or "k" not in loaded.data:
        return False, _NOTHING
    value = loaded.data["k"]
    return (True, value) if not isinstance(value, (dict, list)) else (False, _NOTHING)


def same(a: Any, b: Any) -> bool:
    """Equal and of the same kind: 1, 1.0 and True are three values in a plan file."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


_NUMBERISH = re.compile(r"[-+.]?0[bxo].*|[-+]?[0-9.,_e]+", re.IGNORECASE)


def _number_like(text: str) -> bool:
    """Text some YAML reader takes for a number: `1_000`, `0b101`, `0x1f` (YAML 1.1), `1e3`,
    `.5`, `10,5`. Text that starts with a digit and goes on in words (`2025-08`, `10-dagers
    kurs`) is no number to any of them."""
    return text[0] in _NUMERIC and (_NUMBERISH.fullmatch(text) is not None or "_" in text)


def _plain_ok(text: str, *, flow: bool) -> bool:
    if not text or text != text.strip() or text[0] in _INDICATORS:
        return False
    if _ESCAPE.search(text) or "\n" in text or "\r" in text or "\t" in text:
        return False
    if ":" in text or " #" in text or _number_like(text) or text.lower() in _YAML11:
        # YAML 1.1 readers (PyYAML, older editors) take `no` for false and `12:30` for 750
        return False
    if flow and any(c in _FLOW_BREAKERS for c in text):
        return False
    return loads_as(text, text)


def double_quoted(text: str) -> str:
    out = []
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif _ESCAPE.match(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _single_ok(text: str) -> bool:
    return (
        not _ESCAPE.search(text) and not any(c in text for c in "\n\r\t") and text == text.strip()
    )


def _literal_ok(text: str) -> bool:
    """A literal block holds `text` exactly: no character it cannot show, and its first line
    with text does not start with a space (which would need an indentation indicator)."""
    if "\n" not in text or _ESCAPE.search(text) or "\r" in text:
        return False
    first = next((line for line in text.split("\n") if line.strip()), "")
    return bool(first) and not first[0].isspace()


def literal(text: str, indent: str, nl: str) -> str:
    """`text` as a literal block: `|` and its lines at `indent`, each ended by `nl`."""
    if text.endswith("\n\n"):
        chomp, body = "+", text[:-1]
    elif text.endswith("\n"):
        chomp, body = "", text[:-1]
    else:
        chomp, body = "-", text
    lines = [indent + line if line else "" for line in body.split("\n")]
    return "|" + chomp + nl + "".join(line + nl for line in lines)


FOLDED = ">"
WIDTH = 100
"""Columns a folded block fills before it breaks a line, as plan files are written."""


def _folded_ok(text: str) -> bool:
    """A folded block holds `text` exactly when it is one line of words with single spaces:
    each line break it is written with reads back as one space."""
    return (
        bool(text)
        and text == text.strip()
        and "  " not in text
        and not _ESCAPE.search(text)
        and not any(c in text for c in "\n\r\t")
    )


def folded(text: str, indent: str, nl: str, width: int = WIDTH) -> str:
    """`text` as a folded block (`>-`), its words in lines of at most `width` columns."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(indent) + len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return ">-" + nl + "".join(indent + line + nl for line in lines)


def scalar(
    value: Any, *, style: str = PLAIN, flow: bool = False, indent: str = "", nl: str = "\n"
) -> str:
    """One value as a YAML scalar, in `style` where that style can hold it. A literal block
    (only outside flow collections) ends with its last line break; any other scalar does not."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise EmitError(repr(value))
        text = repr(value)
        return text if loads_as(text, value) else str(int(value))
    if isinstance(value, dt.datetime):
        raise EmitError(repr(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise EmitError(repr(value))
    if style == LITERAL and not flow and _literal_ok(value):
        return literal(value, indent, nl)
    if style == FOLDED and not flow and _folded_ok(value) and len(indent) + len(value) > WIDTH:
        # a folded value stays folded while it is too long for a line; a short one is a line
        return folded(value, indent, nl)
    if "\n" in value and not flow and style in (PLAIN, LITERAL, FOLDED) and _literal_ok(value):
        return literal(value, indent, nl)
    if style == SINGLE and _single_ok(value):
        return "'" + value.replace("'", "''") + "'"
    if style in (PLAIN, LITERAL, FOLDED) and _plain_ok(value, flow=flow):
        return value
    return double_quoted(value)


def flow_value(value: Any, styles: dict[str, str] | None = None, style: str = PLAIN) -> str:
    """A value on one line: a flow list or mapping, or a scalar (never a block)."""
    styles = styles or {}
    if isinstance(value, list):
        return "[" + ", ".join(scalar(v, style=style, flow=True) for v in value) + "]"
    if isinstance(value, dict):
        parts = [
            f"{scalar(k, flow=True)}: {flow_value(v, style=styles.get(k, PLAIN))}"
            for k, v in value.items()
        ]
        return "{" + ", ".join(parts) + "}"
    return scalar(value, style=style, flow=True)


def block_entries(
    value: dict[str, Any],
    indent: str,
    nl: str,
    styles: dict[str, str] | None = None,
    step: str = "  ",
) -> list[str]:
    """The lines (each ended by `nl`) of a block mapping at `indent`. `styles` gives each key
    the style of the same key in a sibling item; a list follows its sibling's style too (flow
    unless the sibling's list is a block)."""
    styles = styles or {}
    lines: list[str] = []
    for key, item in value.items():
        head = indent + scalar(key)
        style = styles.get(key, PLAIN)
        if isinstance(item, dict) and style == "flow":
            lines.append(f"{head}: {flow_value(item)}{nl}")
        elif isinstance(item, dict):
            lines.append(head + ":" + nl)
            lines += block_entries(item, indent + step, nl, step=step)
        elif isinstance(item, list) and style == "block" and item:
            lines.append(head + ":" + nl)
            lines += [f"{indent}{step}- {scalar(v)}{nl}" for v in item]
        elif isinstance(item, list):
            lines.append(f"{head}: {flow_value(item, style=styles.get(key + '[]', PLAIN))}{nl}")
        else:
            text = scalar(item, style=style, indent=indent + step, nl=nl)
            lines.append(f"{head}: {text}" + ("" if text.endswith(nl) else nl))
    return lines
