"""Plan types: the constrained values every part of the model uses, and the base model.

Ids, texts, counts, amounts, years, dates and the `When` of a plan (a year, a month or a day),
the bands of ages and position sizes, and a period with its bounds. `when_bounds` and
`band_bounds` turn a `When` and a band into numbers for the analysis.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError, PydanticKnownError

from kplan.read.cells import FIRST_YEAR, LAST_YEAR

# --- shared types -----------------------------------------------------------------------------

ID_PATTERN = r"^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå_.\-]*$"
"""An id: letters (æøå too), digits, «-», «_» and «.», starting with a letter or a digit."""
WHEN_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2})?)?$"
BAND_PATTERN = r"^(<[0-9]{1,3}|[0-9]{1,3}\+|[0-9]{1,3}|[0-9]{1,3}-[0-9]{1,3})$"
CODE_PATTERN = r"^K[0-9]{3}$"
ITEM_PATTERN = r"^[A-Za-z_]+(/[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå_.\-]*)?$"
"""A suppression's item: a section, or a section and an id («actions/tiltak-1»)."""
# error messages describe a field by its pattern (kplan.plan.error_words), so each pattern a
# message describes is named once, here

Text = Annotated[str, Strict(), StringConstraints(min_length=1)]
Id = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=ID_PATTERN, max_length=80),
]
MAX_PERSONS = 10_000_000
"""More persons (or årsverk) than Norway has people: a larger count is a typing error."""
MAX_NOK = 1_000_000_000_000
"""A thousand billion kroner: no action costs more, and sums of such amounts stay finite."""

Number = Annotated[float, Strict()]  # strict floats still take ints: 12 and 12.0 are both fine
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_PERSONS)]
Persons = Annotated[float, Strict(), Field(ge=0, le=MAX_PERSONS)]
"""Persons or årsverk, where a fraction makes sense."""
Change = Annotated[float, Strict(), Field(ge=-MAX_PERSONS, le=MAX_PERSONS)]
"""Persons or årsverk added, or removed when negative."""
Amount = Annotated[float, Strict(), Field(ge=0, le=MAX_NOK)]
Percent = Annotated[float, Strict(), Field(ge=0, le=100)]
Year = Annotated[int, Strict(), Field(ge=FIRST_YEAR, le=LAST_YEAR)]


def _in_years(value: Any) -> Any:
    year = value.year if isinstance(value, dt.date) else int(str(value)[:4])
    if year < FIRST_YEAR:
        raise PydanticKnownError("greater_than_equal", {"ge": f"{FIRST_YEAR}-01-01"})
    if year > LAST_YEAR:
        raise PydanticKnownError("less_than_equal", {"le": f"{LAST_YEAR}-12-31"})
    return value


def _iso_date(value: Any) -> Any:
    # YAML gives a date for an unquoted 2024-06-01 and a string for a quoted one; accept both,
    # but never lax conversions such as an int taken as a unix timestamp.
    if isinstance(value, str) and value.isascii():
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return value.date()
    return value


Date = Annotated[
    dt.date,
    BeforeValidator(_iso_date),
    Strict(),
    AfterValidator(_in_years),
    WithJsonSchema({"type": "string", "format": "date"}),
]

_WHEN = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$")


def _when(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and not _WHEN.match(value) and _DAY.match(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            # 2025-06-31: the right form, but no such day
            raise PydanticCustomError("date_not_a_day", "no such day") from None
    return value


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


When = Annotated[
    str,
    BeforeValidator(_when),
    Strict(),
    StringConstraints(pattern=WHEN_PATTERN),
    AfterValidator(_in_years),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
                {"type": "string", "pattern": WHEN_PATTERN},
            ],
            "description": "A year (2025), a month (2025-08) or a day (2025-08-01).",
        }
    ),
]
"""A point in time as precise as the plan knows it: a year, a month or a day."""


def when_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a `When` value ("2025" covers the whole year)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        year, month = parts
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return dt.date(year, month, 1), nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


class Model(BaseModel):
    # The attribute docstrings describe the fields in the JSON schema (`plan.schema` reads them
    # there): pydantic would read each class's source at import, a quarter of start-up.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        allow_inf_nan=False,
        populate_by_name=False,
    )


class Period(Model):
    start: When
    """First year (or month or day) the plan or action covers."""
    end: When
    """Last year (or month or day) the plan or action covers."""


MAX_PLAN_YEARS = 30
"""Strategic competence plans run 4-12 years; the analysis grows with the years, so a longer
period (usually a typo such as 2205 for 2025) is refused rather than computed for hours."""


def _plan_years(period: Period) -> Period:
    years = int(period.end[:4]) - int(period.start[:4]) + 1
    if years > MAX_PLAN_YEARS:
        raise PydanticCustomError(
            "period_too_long",
            "the plan period runs {years} years, more than {most}",
            {"years": years, "most": MAX_PLAN_YEARS, "start": period.start, "end": period.end},
        )
    return period


PlanPeriod = Annotated[Period, AfterValidator(_plan_years)]
"""The plan's own period: at most `MAX_PLAN_YEARS` years."""


def _band_in_order(value: str) -> str:
    low, _, high = value.partition("-")
    if (high and int(low) > int(high)) or value in ("<0", "<00", "<000"):
        raise PydanticCustomError("band_order", "the band runs backwards")
    return value


Band = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=BAND_PATTERN),
    AfterValidator(_band_in_order),
]
"""A band of ages or position sizes: «60-64», «<30», «65+» or a single value «100»."""


@cache
def band_bounds(band: str) -> tuple[int, int]:
    """Lowest and highest whole value in a band («<30» is 0-29, «65+» is 65-99)."""
    if band.startswith("<"):
        return 0, int(band[1:]) - 1
    if band.endswith("+"):
        return int(band[:-1]), max(int(band[:-1]), 99)
    low, _, high = band.partition("-")
    return int(low), int(high or low)
