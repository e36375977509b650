"""Spelling hints: why a value that looks right is not, and which known value was meant.

Shared by every stage: the CSV reader names a misspelt column, the model translation a misspelt
key, the checks a reference with a look-alike letter. Each hint is a `Text` (catalogue keys
«hint.»), built from the characters themselves (an invisible one, a decomposed letter, a letter
from another alphabet), from difflib's closest match, or from a Norwegian word the caller knows
as another name of a key (`tiltak` for `actions`).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from kplan.text import Message, Text, t

_INVISIBLE = {
    "\u200b": "hint.char.200b",
    "\u200c": "hint.char.200c",
    "\u200d": "hint.char.200d",
    "\u2060": "hint.char.2060",
    "\ufeff": "hint.char.feff",
    "\u00ad": "hint.char.00ad",
    "\u00a0": "hint.char.00a0",
    "\u202f": "hint.char.202f",
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


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _script(ch: str) -> Text:
    # the homoglyph table holds Cyrillic and Greek letters only
    cyrillic = unicodedata.name(ch, "").startswith("CYRILLIC")
    return t("hint.script.cyrillic" if cyrillic else "hint.script.greek")


def lookalike(value: Any, candidates: Iterable[Any]) -> Text | None:
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
        if odd:
            return t("hint.decomposed_letter_retype", value=nfc, letter=odd)
        return t("hint.decomposed_retype", value=nfc)
    visible = "".join(_PLAIN.get(ch, ch) for ch in value if ch not in _INVISIBLE or ch in _PLAIN)
    for cand in (visible, unicodedata.normalize("NFC", visible)):
        if cand in texts:
            odd = next(ch for ch in value if ch in _INVISIBLE)
            return t(
                "hint.invisible_retype", value=shown(value), char=t(_INVISIBLE[odd]), fixed=cand
            )
    latin = "".join(_HOMOGLYPHS.get(ch, ch) for ch in nfc)
    if latin in texts:
        odd = next(ch for ch in nfc if ch in _HOMOGLYPHS)
        return t(
            "hint.homoglyph_retype_as",
            value=value,
            script=_script(odd),
            letter=odd,
            code=_code(odd),
            latin=_HOMOGLYPHS[odd],
            fixed=latin,
        )
    return None


def oddity(value: Any) -> Text | None:
    """What is odd about a text that looks right but is not: an invisible character, a letter
    from another alphabet, or a decomposed letter. None when nothing is."""
    if not isinstance(value, str):
        return None
    for ch in value:
        if ch in _INVISIBLE:
            return t("hint.invisible_delete", value=shown(value), char=t(_INVISIBLE[ch]))
        if ch.isdecimal() and not ch.isascii():
            return t("hint.foreign_digit", value=value, digit=ch, code=_code(ch))
        if ch in _HOMOGLYPHS:
            return t(
                "hint.homoglyph_retype",
                value=value,
                script=_script(ch),
                letter=ch,
                code=_code(ch),
                latin=_HOMOGLYPHS[ch],
            )
    if unicodedata.normalize("NFC", value) != value:
        return t("hint.decomposed", value=value)
    return None


def fold(text: str) -> str:
    """A key as a person may type it, reduced to compare: lower case, æøå as ae/o/a (so `mål`,
    `maal` and `mal` are one word), no spaces, hyphens or underscores."""
    text = unicodedata.normalize("NFC", text).casefold()
    for a, b in (("æ", "ae"), ("ø", "o"), ("ö", "o"), ("ä", "ae"), ("aa", "a"), ("å", "a")):
        text = text.replace(a, b)
    return "".join(ch for ch in text if ch.isalnum())


def suggestion(candidate: str) -> Text:
    """« Did you mean «candidate»?» as a tail for a message."""
    return t("hint.did_you_mean", key=candidate)


class Aliases:
    """Other names of candidates (`tiltak` for `actions`), by their folded form (`fold`).

    Made once for a set of candidates and kept by the caller: it hashes by identity, so the
    hint cache does not hash every name again for each of 200,000 wrong keys."""

    __slots__ = ("names",)

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.names: dict[str, str] = {}
        for name, candidate in pairs:
            self.names.setdefault(fold(name), candidate)  # the first candidate of a name wins


_NO_ALIASES = Aliases(())


def did_you_mean(value: Any, candidates: Iterable[Any], aliases: Aliases = _NO_ALIASES) -> Message:
    """A hint for a value that is not one of `candidates`: a look-alike explained, or the
    closest candidate; "" when nothing is close. A value that is, or is close to, one of the
    `aliases` suggests its candidate."""
    # a tuple is taken to hold text already (the cached key lists below)
    options = candidates if isinstance(candidates, tuple) else tuple(str(c) for c in candidates)
    try:
        return _did_you_mean(value, options, aliases)
    except TypeError:  # an unhashable value
        return _hint(value, options, aliases)


@lru_cache(maxsize=4096)
def _did_you_mean(value: Any, options: tuple[str, ...], aliases: Aliases) -> Message:
    # a file with 200,000 findings mostly repeats a few wrong keys: each is looked up once
    return _hint(value, options, aliases)


HINT_BUDGET = 2000
"""Distinct values a plan gets a «Did you mean» for: a file of 200,000 different wrong keys
would otherwise spend most of a minute in difflib on hints nobody reads."""
_hints_left = [HINT_BUDGET]


def reset_hint_budget() -> None:
    """Each plan read gets the whole budget (several plans may be read in one process)."""
    _hints_left[0] = HINT_BUDGET


def _hint(value: Any, options: tuple[str, ...], aliases: Aliases) -> Message:
    same = lookalike(value, options)
    if same is not None:
        return t("hint.tail", hint=same)
    # «FTE» for «fte», «Title» for «title»: difflib compares case, and finds nothing
    cased = [o for o in options if o.casefold() == str(value).casefold()]
    if len(cased) == 1:
        return suggestion(cased[0])
    if _hints_left[0] <= 0:
        return ""
    _hints_left[0] -= 1
    folded = fold(str(value)) if aliases.names else ""
    exact = aliases.names.get(folded)
    if exact is not None:
        return suggestion(exact)
    close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
    if not aliases.names:
        return suggestion(close[0]) if close else ""
    # a misspelt Norwegian word (tiltk, maalgruppe) against a misspelt English key: the closer
    # wins; the second search spends the budget too
    _hints_left[0] -= 1
    near = difflib.get_close_matches(folded, list(aliases.names), n=1, cutoff=0.75)
    if near and (not close or _ratio(folded, near[0]) > _ratio(str(value), close[0])):
        return suggestion(aliases.names[near[0]])
    return suggestion(close[0]) if close else ""


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def name_key(name: str) -> str:
    """A name as compared with what was written: case and spacing do not count."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def id_named(value: Any, names: Mapping[str, str]) -> str | None:
    """The id of the item whose name `value` is (`names` maps each id to its name), ignoring
    case and spacing; None when it is no item's name."""
    if not isinstance(value, str):
        return None
    wanted = name_key(value)
    return next((ident for ident, name in names.items() if name_key(name) == wanted), None)


def id_for_name(value: Any, names: Mapping[str, str]) -> Message:
    """When `value` is the name of an item where its id belongs (`arena: Felles fagdag` for
    the arena `fagdag`): the hint «that is the name; the id belongs here». "" when it is no
    item's name. `names` maps each id to its name."""
    ident = id_named(value, names)
    return "" if ident is None else t("hint.name_not_id", name=value, id=ident)
