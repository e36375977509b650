"""Spelling hints: why a value that looks right is not, and which known value was meant.

Shared by every stage: the CSV reader names a misspelt column, the model translation a misspelt
key, the checks a reference with a look-alike letter. Each hint is a sentence fragment in English,
built from the characters themselves (an invisible one, a decomposed letter, a letter from another
alphabet) or from difflib's closest match.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_INVISIBLE = {
    "\u200b": "a zero-width space (U+200B)",
    "\u200c": "a zero-width non-joiner (U+200C)",
    "\u200d": "a zero-width joiner (U+200D)",
    "\u2060": "a word joiner (U+2060)",
    "\ufeff": "a byte order mark (U+FEFF)",
    "\u00ad": "a soft hyphen (U+00AD)",
    "\u00a0": "a no-break space (U+00A0)",
    "\u202f": "a narrow no-break space (U+202F)",
}
_PLAIN = {"\u00a0": " ", "\u202f": " "}
# letters from other scripts that look like Latin ones
_HOMOGLYPHS = dict(
    zip(
        "аеорсухіјѕԁһӏАВЕКМНОРСТХІЈЅαοντΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
        "aeopcyxijsdhlABEKMHOPCTXIJSaovtABEZHIKMNOPTYX",
        strict=True,
    )
)


def shown(text: str) -> str:
    """Text with its invisible characters made visible, as <U+200B>."""
    if text.isascii() and text.isprintable():
        return text  # nearly every key and value: nothing to show
    return "".join(
        f"<U+{ord(ch):04X}>"
        if ch in _INVISIBLE or unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp")
        else ch
        for ch in text
    )


def lookalike(value: Any, candidates: Iterable[Any]) -> str | None:
    """Why `value` is not one of `candidates` although it looks like one: a decomposed letter,
    an invisible character or a letter from another alphabet. None when it does not look alike."""
    if not isinstance(value, str) or value.isascii():
        return None  # plain ASCII has none of these
    # a set is used as it is: callers ask once per dangling reference, over thousands of ids
    texts = candidates if isinstance(candidates, set | frozenset) else set(candidates)
    if value in texts:
        return None
    nfc = unicodedata.normalize("NFC", value)
    if nfc in texts:
        odd = next(
            (
                unicodedata.normalize("NFC", value[i : i + 2])
                for i in range(len(value) - 1)
                if unicodedata.combining(value[i + 1])
            ),
            "",
        )
        letter = f" «{odd}»" if odd else " letter"
        return (
            f"«{nfc}» is written with a decomposed{letter} (a letter and a separate accent, "
            "as some Mac and web copies give it); retype it."
        )
    visible = "".join(_PLAIN.get(ch, ch) for ch in value if ch not in _INVISIBLE or ch in _PLAIN)
    for cand in (visible, unicodedata.normalize("NFC", visible)):
        if cand in texts:
            odd = next(ch for ch in value if ch in _INVISIBLE)
            return (
                f"«{shown(value)}» holds {_INVISIBLE[odd]}, an invisible character; retype it "
                f"as «{cand}»."
            )
    latin = "".join(_HOMOGLYPHS.get(ch, ch) for ch in nfc)
    if latin in texts:
        odd = next(ch for ch in nfc if ch in _HOMOGLYPHS)
        name = unicodedata.name(odd, "?").split()[0].title()
        return (
            f"«{value}» has the {name} letter «{odd}» (U+{ord(odd):04X}), which looks like "
            f"the Latin «{_HOMOGLYPHS[odd]}»; retype it as «{latin}»."
        )
    return None


def oddity(value: Any) -> str | None:
    """What is odd about a text that looks right but is not: an invisible character, a letter
    from another alphabet, or a decomposed letter. None when nothing is."""
    if not isinstance(value, str):
        return None
    for ch in value:
        if ch in _INVISIBLE:
            return f"«{shown(value)}» holds {_INVISIBLE[ch]}, an invisible character; delete it."
        if ch.isdecimal() and not ch.isascii():
            return (
                f"«{value}» has the digit «{ch}» (U+{ord(ch):04X}) from another script; write "
                "ordinary digits 0-9."
            )
        if ch in _HOMOGLYPHS:
            name = unicodedata.name(ch, "?").split()[0].title()
            return (
                f"«{value}» has the {name} letter «{ch}» (U+{ord(ch):04X}), which looks like the "
                f"Latin «{_HOMOGLYPHS[ch]}»; retype it."
            )
    if unicodedata.normalize("NFC", value) != value:
        return f"«{value}» is written with a decomposed letter (a letter and a separate accent); retype it."
    return None


def did_you_mean(value: Any, candidates: Iterable[Any]) -> str:
    """A hint for a value that is not one of `candidates`: a look-alike explained, or the
    closest candidate; empty when nothing is close."""
    # a tuple is taken to hold text already (the cached key lists below)
    options = candidates if isinstance(candidates, tuple) else tuple(str(c) for c in candidates)
    try:
        return _did_you_mean(value, options)
    except TypeError:  # an unhashable value
        return _hint(value, options)


@lru_cache(maxsize=4096)
def _did_you_mean(value: Any, options: tuple[str, ...]) -> str:
    # a file with 200,000 findings mostly repeats a few wrong keys: each is looked up once
    return _hint(value, options)


HINT_BUDGET = 2000
"""Distinct values a plan gets a «Did you mean» for: a file of 200,000 different wrong keys
would otherwise spend most of a minute in difflib on hints nobody reads."""
_hints_left = [HINT_BUDGET]


def reset_hint_budget() -> None:
    """Each plan read gets the whole budget (several plans may be read in one process)."""
    _hints_left[0] = HINT_BUDGET


def _hint(value: Any, options: tuple[str, ...]) -> str:
    same = lookalike(value, options)
    if same:
        return f" {same}"
    if _hints_left[0] <= 0:
        return ""
    _hints_left[0] -= 1
    close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
    return f" Did you mean «{close[0]}»?" if close else ""
