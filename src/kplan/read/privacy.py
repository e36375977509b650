"""Privacy: plans are public and git never forgets, so personal data is refused.

Every file the plan reads (kplan.yaml, included files, CSV files) is scanned as raw text,
comments included, before anything else: fødselsnummer and D-numbers (K601), e-mail addresses
(K602), Norwegian phone numbers (K603) and street addresses with a postcode (K604), located to
the character. Personal names (K605) are looked for only where a plan names people (members,
responsible, leaders, owners): there a role is expected, so two or more capitalised words that
are no role, unit or organisation word are taken to be a name (`names_in`; the fields are walked
in `check.rules.privacy`, which knows the model).

A false alarm is marked in the plan's `suppress:` with the code, the exact `text` flagged and a
reason; that silences that text only (see `validate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kplan.diagnostics import Diagnostic, make
from kplan.read.rawtext import breaks, line_start
from kplan.text import Message, Text, t

PRIVACY_CODES = frozenset({"K601", "K602", "K603", "K604", "K605"})
"""Codes a plan may silence one flagged text at a time (`suppress:` with `text:`)."""

# Each pattern starts with a plain character class and looks behind only after it, so that the
# regular expression engine skips ahead fast: a 20 MB file is scanned in about a second.
_FNR = re.compile(r"(\d\d)(?<!\d\d\d)(?<!\d[.,]\d\d)(\d\d)\d\d[ -]?\d{5}(?!\d|[.,]\d)")
_EMAIL_AT = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_SP = "[ \u00a0]"
_DIGITS = (
    rf"(?:(?P<grouped>\d\d{_SP}\d\d{_SP}\d{{3}}|\d{_SP}\d\d{_SP}\d\d{_SP}\d\d)"
    rf"|(?P<plain>\d{{7}})|(?P<halves>\d{{3}}{_SP}\d{{4}}))"
)
_PHONE_END = r"(?![\w/-]|[.,]\d|[ \u00a0]\d)"
_PHONE_CC = re.compile(
    rf"(?:\+(?<![\w+/.,-]\+)|0(?<![\w+/.,-]0)0)47{_SP}?-?{_SP}?[2-9]{_DIGITS}{_PHONE_END}"
)
# a first digit 2-9 that stands alone: not inside an id, a decimal or a spaced amount
_PHONE = re.compile(rf"[2-9](?<![\w+/.,-].)(?<!\d[ \u00a0].){_DIGITS}{_PHONE_END}")
_PHONE_CUE = re.compile(
    r"(?i:\b(?:tlf|telefon|telefonnummer|mobil|mobilnummer|mob|tel|phone|sms|ring|kontakt"
    r"|sentralbord|nummer|nr)\b)[.:]?[\s:]*\(?$"
)


def _words(text: str) -> list[str]:
    return text.split()  # word lists read best as plain text


_STREET_WORDS = tuple(
    _words(
        "gata gaten gate gt veien vegen veg vei vn allé alle alléen plass plassen torg torget bakken"
        " bakke stien sti lia tunet ringen svingen kroken haugen brygga brygge kaia kai stredet"
        " smuget løkka løkken parken terrasse grenda jordet myra moen sletta engen vollen berget åsen"
        " kollen bråten vika linna leitet tråkket"
    )
)
_POSTCODE = re.compile(rf"{_SP}(?<=\d{{4}}{_SP})[A-ZÆØÅ][\w-]+")
"""A postcode and place («0165 Oslo»), found at its space (spaces are rarer than digits in a
table of figures); the match starts at the space, the postcode four characters before it."""
# the house number between the street and the postcode: « 12B », « 12 B, »
_HOUSE = re.compile(rf"{_SP}\d{{1,4}}(?:{_SP}?[A-Za-z])?(?:,{_SP}?|{_SP})\Z")
_CAPS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"
_WINDOW = 80
"""How far before a postcode (or an @) the scan looks: a bound, so no input makes it slow."""


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _run_back(text: str, end: int, lo: int, extra: str) -> int:
    """Where the run of word characters (and `extra`) that ends at `end` starts, not before lo."""
    i = end
    while i > lo and (_word_char(text[i - 1]) or text[i - 1] in extra):
        i -= 1
    return i


def _starts_word(text: str, i: int) -> bool:
    return i == 0 or not (_word_char(text[i - 1]) or text[i - 1] == "-")


def _street_start(text: str, postcode: int) -> int | None:
    """Where the street address that ends at a postcode starts: up to three capitalised words,
    a word ending in a street word, a house number («Nedre Storgata 5B, 0165 Oslo»).

    Walked backwards by hand from the postcode over a bounded window, so that the time is linear
    in the window whatever it holds (a regular expression searched the window from every start
    and backtracked on every word: 30 s for 1 MB of look-alikes)."""
    lo = line_start(text, postcode, max(0, postcode - _WINDOW))
    house = _HOUSE.search(text, max(lo, postcode - 10), postcode)
    return None if house is None else _street_before(text, lo, house.start())


def _street_before(text: str, lo: int, end: int) -> int | None:
    """Start of «[Cap word ]{0,3}street-word» ending at `end`, leftmost, or None."""
    dot = end > lo and text[end - 1] == "."
    word_end = end - 1 if dot else end
    s = _run_back(text, word_end, lo, "'-")
    low = text[s:word_end].lower()
    fits = [w for w in (("gt", "vn") if dot else _STREET_WORDS) if low.endswith(w)]
    if not fits:
        return None
    room = word_end - s - min(len(w) for w in fits)  # how far into the run the word may start
    start = None
    if _starts_word(text, s):
        start = s
    else:  # the word may start after an apostrophe inside the run
        start = next((i for i in range(s + 1, s + room + 1) if text[i - 1] == "'"), None)
    if start is not None and start != s:
        return start
    # capitalised words before it, each ended by a space; the first may start inside its run
    pos = s
    for _ in range(3):
        if pos - 1 < lo or text[pos - 1] not in " \u00a0":
            break
        r = _run_back(text, pos - 1, lo, "'.-")
        if r == pos - 1:
            break
        first = next(
            (i for i in range(r, pos - 1) if text[i] in _CAPS and _starts_word(text, i)), None
        )
        if first is not None:
            start = first
        if first != r:
            break  # a word that does not start its run ends the chain
        pos = r
    return start


@dataclass(frozen=True)
class Hit:
    """One piece of personal data in a text: where it starts, its code, the text itself."""

    offset: int
    code: str
    text: str
    message: Text


def _plausible_birth_date(day: int, month: int) -> bool:
    day -= 40 if day > 40 else 0  # D-numbers add 40 to the day
    while month > 40:  # synthetic numbers add 40 or 80 to the month
        month -= 40
    return 1 <= day <= 31 and 1 <= month <= 12


def _phone(text: str, m: re.Match[str]) -> bool:
    """Whether a phone-shaped number is a phone number, not an amount, a date or a count."""
    if m["grouped"]:
        return True
    before = text[line_start(text, m.start(), max(0, m.start() - 30)) : m.start()]
    if _PHONE_CUE.search(before):
        return True
    # a bare mobile number in running text or quotes; a value on its own is an amount or count
    lead = before.rstrip(" \u00a0")
    return bool(m["plain"]) and m[0][0] in "49" and bool(lead) and lead[-1] not in ":-[,;{=|"


def hits(text: str) -> Iterator[Hit]:
    """Every piece of personal data the raw text holds."""
    for m in _FNR.finditer(text):
        day, month = int(m[1]), int(m[2])
        if _plausible_birth_date(day, month):
            what = t("read.privacy.d_number" if day > 40 else "read.privacy.fnr")
            yield Hit(m.start(), "K601", m[0], t("read.k601.fnr", what=what))
    if "@" in text:
        for m in _EMAIL_AT.finditer(text):
            local = _run_back(text, m.start(), max(0, m.start() - 64), ".+-")
            if local == m.start():
                continue
            yield Hit(local, "K602", text[local : m.end()], t("read.k602.email"))
    taken = set()
    phones = []
    for m in _PHONE_CC.finditer(text):
        taken.add(m.end())
        phones.append(m)
    phones += (m for m in _PHONE.finditer(text) if m.end() not in taken and _phone(text, m))
    for m in phones:
        yield Hit(m.start(), "K603", m[0], t("read.k603.phone", text=m[0]))
    seen = 0
    for m in _POSTCODE.finditer(text):
        start = m.start() - 4
        if start < seen:
            continue  # inside the place name of the postcode before: no postcode starts there
        seen = m.end()
        if start == 0 or text[start - 1] not in " ,\u00a0":
            continue
        street = _street_start(text, start)
        if street is None:
            continue
        found = text[street : m.end()]
        yield Hit(street, "K604", found, t("read.k604.address", text=found))


def _located(text: str, found: Iterable[Hit]) -> Iterator[tuple[int, int, Hit]]:
    """Line and column of each hit, in offset order. Line breaks are counted between hits (in
    C), so a few hits in an 18 MB export cost no walk over every line."""
    line, last, start = 1, 0, 0
    for h in sorted(found, key=lambda h: h.offset):
        newlines = breaks(text, last, h.offset)
        if newlines:
            line += newlines
            start = line_start(text, h.offset, last)
        last = h.offset
        yield line, h.offset - start + 1, h


def scan(path: str, text: str) -> list[Diagnostic]:
    """K601-K604 for every piece of personal data in the text, at its line and column."""
    return [make(path, line, col, h.code, h.message) for line, col, h in _located(text, hits(text))]


def flagged(text: str) -> dict[tuple[int, int, str], str]:
    """The text each diagnostic of `scan` flags, by line, column and code."""
    return {(line, col, h.code): h.text for line, col, h in _located(text, hits(text))}


# --- names where roles belong -----------------------------------------------------------------

_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéèüöäá]+(?:-[A-ZÆØÅ][a-zæøåéèüöäá]+)?|\S+")


CAPITALISED = re.compile(r"[A-ZÆØÅ][a-zæøåéèüöäá]+(?:-[A-ZÆØÅ][a-zæøåéèüöäá]+)?")
"""A capitalised word (or two joined by a hyphen), as a name is written."""
_ROLE_ENDINGS = tuple(
    _words(
        """
    leder ledere leiar ledelse ledelsen sjef sjefen direktør rådgiver rådgjevar rådmann
    konsulent koordinator ansvarlig ansvarleg representant tillitsvalgt tillitsvalde
    tillitsvalgte verneombud sekretær ordfører kommune kommunen forbund forbundet forening
    foreningen lag laget råd rådet utvalg utvalget styre styret gruppe gruppa gruppen enhet
    enheten eining avdeling avdelingen tjeneste tjenesten tjenester teneste tenester senter
    senteret sentret hjem hjemmet heim heimen skole skolen skule skulen barnehage barnehagen
    sykehjem sjukeheim bibliotek biblioteket helse omsorg oppvekst kultur stab støtte personal
    økonomi lærer lærar lærere sykepleier sjukepleiar pleier fagarbeider assistent pedagog lege
    legen legevakt psykolog terapeut jordmor merkantil område området sektor sektoren etat
    etaten kontor kontoret fylke fylket forvalter forvaltaren forvalteren direktorat
    direktoratet departement departementet universitet universitetet høgskole høgskolen høyskole
    høyskolen organisasjon organisasjonen ansatt ansatte tilsett tilsette medarbeider
    medarbeidere rektor styrer inspektør prosjekt prosjektet team teamet tjenesteområde
    ansvarsområde hus huset vakt vakta vakten klinikk klinikken stasjon stasjonen bolig boliger
    plan arbeid arbeidet samarbeid samarbeidet nav kompetanse service servicetorg torg torget
    kirke kyrkje administrasjon administrasjonen politikk drift drifta driften utvikling
    stilling rådgivning mottak mottaket ungdom barn eldre bruker brukere brukar innbyggere alle
    hver kvar ingen ny nye fast faste vara nestleder hoved felles delta akademikerne unio parat
    tekna fellesorganisasjonen statsforvalteren
    """
    )
)
"""Words (and word endings) of roles, units and organisations: not parts of a name."""
_PLACE_WORDS = frozenset(
    _words("nord sør øst vest nordre søndre østre vestre indre ytre øvre nedre store lille")
)
"""Parts of place names, which a role may carry: «Leder Vestre Toten helsehus»."""


def _known(word: str, extra: frozenset[str]) -> bool:
    low = word.casefold()
    if low in extra or low in _PLACE_WORDS:
        return True
    # the definite forms too: kommunedirektøren, rådgiverne, fagforbundet
    stems = {low} | {
        low[: -len(end)] for end in ("en", "et", "a", "ne", "ene") if low.endswith(end)
    }
    return any(stem.endswith(_ROLE_ENDINGS) for stem in stems)


def names_in(text: str, extra: frozenset[str] = frozenset()) -> list[str]:
    """Runs of two or more capitalised words that are no known role, unit or organisation word:
    «Kari Nordmann» in «Rådgiver Kari Nordmann», nothing in «Hovedtillitsvalgt Fagforbundet»."""
    found, run = [], []
    for word in _WORD.findall(text + " ."):
        if CAPITALISED.fullmatch(word) and not _known(word, extra):
            run.append(word)
            continue
        if len(run) >= 2:
            found.append(" ".join(run))
        run = []
    return found


_NAMED = re.compile(r"«(.*?)»")


def named(message: Message) -> str | None:
    """The text a K603-K605 message flags (its value `text`, or quoted first in the message)."""
    if isinstance(message, Text):
        flagged = message.get("text")
        return flagged if isinstance(flagged, str) else None
    m = _NAMED.match(message)
    return m[1] if m else None
