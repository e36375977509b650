"""What `kplan init` is told, checked before anything is written: a kommune name and a service
area that are one line of text, a kommunenummer of four digits, a plan period that runs forwards
within 30 years, a scope kplan knows. Each refusal is a UsageError (exit 2) saying what to write.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kplan.errors import UsageError
from kplan.plan.types import MAX_PLAN_YEARS
from kplan.read.cells import FIRST_YEAR, LAST_YEAR
from kplan.text import one_of, t

LANG_INDEX = {"nb": 0, "nn": 1, "en": 2}
MAX_NAME = 200
"""No kommune or service area has a longer name: a longer one is pasted text."""

SCOPE_WORDS = {
    "kommune": "kommune",
    "kommunen": "kommune",
    "tjenesteområde": "tjenesteområde",
    "tjenesteomrade": "tjenesteområde",
    "tenesteområde": "tjenesteområde",
    "tenesteomrade": "tjenesteområde",
}
"""The scope as it may be typed: bokmål, nynorsk, without å."""

_PERIOD = re.compile(r"\s*([0-9]{4})\s*[-–]\s*([0-9]{4})\s*", re.ASCII)
_NUMBER = re.compile(r"[0-9]{4}", re.ASCII)


def check_name(value: str, option: str) -> str:
    """A name as given (spaces around it dropped); refused when empty, not UTF-8, over
    `MAX_NAME` characters, or holding a line break or another control character."""
    name = value.strip()
    if not name:
        raise UsageError(t("init.name_empty", option=option))
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        raise UsageError(t("init.name_not_utf8", option=option))
    if any(
        unicodedata.category(ch) in ("Cc", "Zl", "Zp")
        or ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
        for ch in name
    ):
        raise UsageError(t("init.name_control", option=option))
    if len(name) > MAX_NAME:
        raise UsageError(t("init.name_too_long", option=option, most=MAX_NAME))
    return name


def check_number(value: str) -> str:
    """A kommunenummer: exactly four digits 0-9, kept as text (leading zeros stay)."""
    number = value.strip()
    if not _NUMBER.fullmatch(number):
        raise UsageError(t("init.number_form", value=value))
    return number


def parse_period(value: str) -> tuple[int, int]:
    """«2025-2028» (or with an en dash) as its first and last year."""
    match = _PERIOD.fullmatch(value)
    if match is None:
        raise UsageError(t("init.period_form", value=value))
    start, end = int(match.group(1)), int(match.group(2))
    for year in (start, end):
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise UsageError(t("init.period_years", value=value, first=FIRST_YEAR, last=LAST_YEAR))
    if end < start:
        raise UsageError(t("init.period_backwards", value=value))
    if end - start + 1 > MAX_PLAN_YEARS:
        raise UsageError(
            t("init.period_too_long", value=value, years=end - start + 1, most=MAX_PLAN_YEARS)
        )
    return start, end


def default_period(today: dt.date) -> tuple[int, int]:
    """The four years from next year: a plan is made this year for the coming økonomiplan
    period, which is four years, as KS's revision every four years is."""
    return today.year + 1, today.year + 4


def scope_kind(value: str) -> tuple[str, str]:
    """The kind a scope names («kommune» or «tjenesteområde», however typed) and the rest of
    the value (a service area's name, or empty)."""
    text = value.strip()
    word = re.split(r"[\s=:]", text, maxsplit=1)[0]
    rest = text[len(word) :].lstrip(" \t=:")
    kind = SCOPE_WORDS.get(word.lower())
    if kind is None:
        raise UsageError(
            t("init.scope_unknown", value=value, choices=one_of(["kommune", "tjenesteområde"]))
        )
    return kind, rest


def parse_scope(value: str) -> tuple[str, str | None]:
    """«kommune», or «tjenesteområde NAME» (also with «=» or «:» before the name): the kind and
    the service area's name."""
    kind, rest = scope_kind(value)
    if kind == "kommune":
        if rest:
            raise UsageError(t("init.scope_kommune_name", value=value))
        return kind, None
    if not rest:
        raise UsageError(t("init.scope_needs_name"))
    return kind, check_name(rest, "--scope")


def slug(name: str) -> str:
    """An id for a unit named `name`: «Helse og omsorg» is «helse-og-omsorg». Never «kommunen»,
    the id the template gives the kommune itself."""
    plain = "".join(ch if ch in "æøå" else unicodedata.normalize("NFKD", ch) for ch in name.lower())
    words = re.findall(r"[0-9a-zæøå]+", plain)
    text = "-".join(words)[:60].strip("-") or "omraade"
    return text if text != "kommunen" else "kommunen-omraade"
