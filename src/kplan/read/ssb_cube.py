"""An SSB table as read from a published file: its dimensions, their categories, and a value
(or none) for each combination of categories.

Statistikkbanken's CSV and PxWebApi's JSON-stat2 say the same things in different shapes;
both readers (`ssb_csv`, `jsonstat`) give a `Cube`, so the plan stage picks drivers out of one
kind of thing. A category keeps the code and the label the file gives («3413», «Stange»): a
user names a region, an age group or an alternative by either.

Which dimension is which (region, sex, age, year, the statistics variable) is decided from the
names SSB gives them, in Norwegian or English; a dimension kplan does not know is kept as
«other» and may hold one category only (kplan cannot tell which of several to use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REGION, SEX, AGE, YEAR, CONTENTS, OTHER = "region", "sex", "age", "year", "contents", "other"

MAX_CELLS = 1_000_000
"""A kommune's download of 13600 (2 sexes, 106 ages, 5 alternatives, 77 years) has 80,000
values; more than this is most of a fylke, the whole country or a hostile file, and would take
seconds on every run."""

MAX_VALUE = 1_000_000_000
"""As `Driver.values` in the model allows."""

SYMBOLS = {"..", "...", ".", ":", ""}
"""SSB's symbols for a value there is none of: «..» not available, «...» not yet, «.» not
applicable, «:» confidential. Each is unknown, never 0."""
ZERO = "-"
"""SSB's symbol for exactly zero."""

_ROLES = {
    "region": REGION,
    "kjønn": SEX,
    "kjonn": SEX,
    "sex": SEX,
    "gender": SEX,  # statistikkbanken and PxWebApi v2 in English
    "alder": AGE,
    "age": AGE,
    "år": YEAR,
    "year": YEAR,
    "tid": YEAR,
    "time": YEAR,
    "statistikkvariabel": CONTENTS,
    "contents": CONTENTS,
    "contentscode": CONTENTS,
    "alternativ": CONTENTS,
    "alternative": CONTENTS,
}


def role_of(name: str) -> str:
    """The role of a dimension SSB names `name` («kjønn», «Kjonn», «statistikkvariabel
    (alternativ)»)."""
    low = name.strip().casefold()
    if low in _ROLES:
        return _ROLES[low]
    head = low.split("(")[0].strip()
    return _ROLES.get(head, OTHER)


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label: str

    @property
    def shown(self) -> str:
        """As statistikkbanken shows it: «3413 Stange», or the label alone."""
        return self.label if self.code == self.label else f"{self.code} {self.label}"


@dataclass
class Dimension:
    name: str
    """As the file names it («alder», «Alder»)."""
    role: str
    categories: list[Category] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def add(self, category: Category) -> int:
        """The category's index, added when new (by code)."""
        at = self._index.get(category.code)
        if at is None:
            at = self._index[category.code] = len(self.categories)
            self.categories.append(category)
        return at


@dataclass
class Cube:
    path: str
    dims: list[Dimension]
    values: dict[tuple[int, ...], float | None] = field(default_factory=dict)
    """By the index of a category in each dimension (in `dims` order); None: SSB has no
    figure (a symbol); a combination absent from the file is unknown too."""
    table: str | None = None
    """The table's number, when the file says it («07459»)."""
    updated_year: int | None = None
    """The year the figures were published (JSON-stat's `updated`)."""

    def dim(self, role: str) -> int | None:
        """The index of the dimension with `role` (of two, the one with more categories), or
        None."""
        found = [i for i, d in enumerate(self.dims) if d.role == role]
        return max(found, key=lambda i: len(self.dims[i].categories), default=None)


TABLE_NUMBER = re.compile(r"^\s*(?:Tabell\s+|Table\s+)?(\d{5})\s*:")
"""A title that starts with the table's number: «07459: Befolkning, etter ...»."""

_CODE_LEAD = re.compile(r"^([KF]-)?[0-9][0-9+\-]*[A-Z]?$|^[A-Z]{1,3}[0-9][0-9+\-]*$")
"""The first word of a statistikkbank cell when it is a code: «3413», «K-3413», «067-079»,
«999D» (all ages)."""


def split_cell(cell: str) -> Category:
    """«3413 Stange» is code «3413» and label «Stange»; a cell without a code is both."""
    text = cell.strip()
    head, _, rest = text.partition(" ")
    if rest.strip() and _CODE_LEAD.match(head):
        return Category(head, rest.strip())
    return Category(text, text)


_AGE_SPAN = re.compile(r"^(\d{1,3})\s*[-–]\s*(\d{1,3})\s*(år|years?)?$")
_AGE_OPEN = re.compile(
    r"^(\d{1,3})\s*(år|years?)?\s*(\+|og eldre|og over|eller eldre|or older|and over|and older)$"
)
_AGE_ONE = re.compile(r"^(\d{1,3})\s*(år|years?)?$")
_AGE_UNDER = re.compile(r"^(under|below)\s+(\d{1,3})\s*(år|years?)?$")
_ALL_AGES = {"alle aldre", "i alt", "total", "all ages", "alder i alt", "totalt", "all", "alle"}


def age_span(category: Category) -> tuple[int, int | None] | None:
    """The ages a category holds, first and last (None: no upper bound): «000 0 år» is (0, 0),
    «067-079 67-79 år» (67, 79), «105 105 år eller eldre» (105, None), «Alle aldre» (0, None).
    None when the category says no ages kplan can read."""
    # the whole cell before the code alone: «90 år eller eldre» without a code is split into
    # «90» and «år eller eldre», and «90» alone would be the one year 90
    for text in (category.label, category.shown, category.code):
        low = " ".join(text.casefold().split())
        rest = low.split(" ", 1)[-1]  # «999D Alle aldre»: a code, then the label
        if low in _ALL_AGES or rest in _ALL_AGES:
            return 0, None
        m = _AGE_SPAN.match(low)
        if m:
            lo, hi = int(m[1]), int(m[2])
            return (lo, hi) if lo <= hi else None
        m = _AGE_OPEN.match(low)
        if m:
            return int(m[1]), None
        m = _AGE_ONE.match(low)
        if m:
            return int(m[1]), int(m[1])
        m = _AGE_UNDER.match(low)
        if m and int(m[2]) > 0:
            return 0, int(m[2]) - 1
    return None


_MEN = {"menn", "mann", "men", "male", "males", "gutter", "boys"}
_WOMEN = {"kvinner", "kvinne", "women", "female", "females", "jenter", "girls"}
_BOTH = {"begge kjønn", "i alt", "both sexes", "total", "alle", "kjønn i alt"}


def sex_of(category: Category) -> str | None:
    """«menn», «kvinner», «alle» (both sexes), or None."""
    low = " ".join(category.label.casefold().split())
    if low in _MEN:
        return "menn"
    if low in _WOMEN:
        return "kvinner"
    if low in _BOTH:
        return "alle"
    return {"1": "menn", "2": "kvinner", "0": "alle"}.get(category.code.strip())


_AGE_WORDS = re.compile(r"\b\d{1,3}\s*(år|years?)\b|\b(alle aldre|all ages)\b")


def sex_or_age(category: Category) -> bool:
    """Whether a category names a sex or ages («Kvinner», «2 Kvinner Personer», «80-89
    år»): as a column of figures, it is a variable laid across that the columns' names hide."""
    words = set(category.label.casefold().split())
    if words & (_MEN | _WOMEN) or "begge kjønn" in category.label.casefold():
        return True
    return age_span(category) is not None or bool(_AGE_WORDS.search(category.label.casefold()))


_ALTERNATIVE = re.compile(r"\(([A-Z][A-Z0-9]{3,4})\)")
_ALT_CODE = re.compile(r"^[A-Z][A-Z0-9]{3,4}$")
"""SSB's alternatives are four letters for fertility, life expectancy, internal and
international migration (MMMM, LLML, HHMH), or a 0 for none (MMM0: no net immigration)."""


def alternative_of(category: Category) -> str | None:
    """The projection alternative a statistics variable names: «Hovedalternativet (MMMM)» is
    «MMMM»."""
    m = _ALTERNATIVE.search(category.label)
    if m:
        return m[1]
    for text in (category.code, category.label):
        if _ALT_CODE.match(text.strip()):
            return text.strip()
    return None


_NUMBER = re.compile(r"^-?[0-9]{1,15}([.,][0-9]{1,15})?$")


def cell_value(text: str) -> float | str | None:
    """A value cell: a number, None for an SSB symbol (unknown), or the text when it is
    neither (the caller reports it). Spaces inside a number («1 234») are thousands."""
    cell = text.strip()
    if cell in SYMBOLS:
        return None
    if cell == ZERO:
        return 0.0
    joined = cell.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if _NUMBER.match(joined):
        return float(joined.replace(",", "."))
    return cell
