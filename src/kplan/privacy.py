"""Privacy: refuse fødselsnummer-like numbers and e-mail addresses anywhere in a plan's files.

The plan is public and git never forgets, so the raw text is scanned, comments included, before
anything else: one regular expression pass per file, located to the character.
"""

from __future__ import annotations

import bisect
import re

from kplan.diagnostics import Diagnostic, make

_FNR = re.compile(r"(?<![\d.,])(\d{2})(\d{2})\d{2} ?\d{5}(?![\d.,])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _plausible_birth_date(day: int, month: int) -> bool:
    day -= 40 if day > 40 else 0  # D-numbers add 40 to the day
    while month > 40:  # synthetic numbers add 40 or 80 to the month
        month -= 40
    return 1 <= day <= 31 and 1 <= month <= 12


def scan(path: str, text: str) -> list[Diagnostic]:
    """K601 and K602 for every match in the text."""
    found: list[tuple[int, str, str]] = []
    for m in _FNR.finditer(text):
        if _plausible_birth_date(int(m[1]), int(m[2])):
            found.append(
                (
                    m.start(),
                    "K601",
                    "This looks like a fødselsnummer (11 digits starting with a date). Plans are "
                    "public and git never forgets: remove it.",
                )
            )
    if "@" in text:
        for m in _EMAIL.finditer(text):
            found.append(
                (
                    m.start(),
                    "K602",
                    "This is an e-mail address. Plans are public and git never forgets: name the "
                    "role instead.",
                )
            )
    if not found:
        return []
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    out = []
    for offset, code, message in found:
        line = bisect.bisect_right(starts, offset)
        out.append(make(path, line, offset - starts[line - 1] + 1, code, message))
    return out
