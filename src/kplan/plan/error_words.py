"""The words of model errors: what a value is, what a field takes, what form a text must have.

`pydantic_errors.translate` says what is wrong; this module names the value found and what was
expected, as `Text` (catalogue keys «plan.»), so the same sentence reads in bokmål, nynorsk and
English. A field with a fixed form (an id, a year or a date, a band) is described in words with
an example, never by its regular expression: the pattern only selects the description.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from kplan.hints import shown
from kplan.plan.types import BAND_PATTERN, CODE_PATTERN, ID_PATTERN, ITEM_PATTERN, WHEN_PATTERN
from kplan.text import Text, t

TYPE_WORDS = {
    "string_type": "plan.type.text",
    "int_type": "plan.type.int",
    "float_type": "plan.type.float",
    "bool_type": "plan.type.bool",
    "dict_type": "plan.type.mapping",
    "model_type": "plan.type.mapping",
    "model_attributes_type": "plan.type.mapping",
    "list_type": "plan.type.list",
    "date_type": "plan.type.date",
}

LIMITS = {
    "greater_than_equal": ("plan.limit.ge", "ge"),
    "greater_than": ("plan.limit.gt", "gt"),
    "less_than_equal": ("plan.limit.le", "le"),
    "less_than": ("plan.limit.lt", "lt"),
    "too_short": ("plan.limit.min_items", "min_length"),
    "string_too_short": ("plan.limit.min_chars", "min_length"),
    "too_long": ("plan.limit.max_items", "max_length"),
    "string_too_long": ("plan.limit.max_chars", "max_length"),
}

_EXAMPLE_ID = "helse-sykepleie"


def describe(value: Any, start: bool = False) -> Text | str:
    """What `value` is, as a phrase («the number 12»); `start` for the start of a sentence."""
    cap = ".start" if start else ""
    if value is None:
        return t("plan.value.none" + cap)
    if isinstance(value, bool):
        return t("plan.value.bool" + cap, value=str(value).lower())
    if isinstance(value, int | float):
        return t("plan.value.number" + cap, value=str(value))
    if isinstance(value, str):
        return t("plan.value.text" + cap, text=shown(value[:60]))
    if isinstance(value, dict):
        return t("plan.value.mapping" + cap)
    if isinstance(value, list):
        return t("plan.value.list" + cap)
    if isinstance(value, dt.date):
        return t("plan.value.date" + cap, date=value.isoformat())
    return type(value).__name__


def show(value: Any) -> Text | str:
    """A value the user wrote, at the start of a sentence: a text or a whole number in «»,
    anything else described."""
    if isinstance(value, str):
        return f"«{shown(value[:80])}»"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"«{value}»"
    return describe(value, start=True)


def limit(etype: str, ctx: dict[str, Any]) -> Text:
    """What a bounded value must be: «at least 1», «at most 80 characters»."""
    key, name = LIMITS[etype]
    n = ctx.get(name, "?")
    if key in ("plan.limit.min_items", "plan.limit.max_items", "plan.limit.min_chars"):
        key += ".one" if n == 1 else ".many"
    # a bound is shown as the plan writes numbers (0.01), not with the reader's decimal comma
    return t(key, n=n if isinstance(n, int) else str(n))


def id_example(value: Any) -> str:
    """An id made from what was written («Helse og omsorg» gives «helse-og-omsorg»), or a
    stock example when nothing usable was written."""
    if not isinstance(value, str):
        return _EXAMPLE_ID
    text = unicodedata.normalize("NFC", value).lower()
    slug = re.sub(r"[^0-9a-zæøå]+", "-", text).strip("-")[:40].strip("-")
    return slug if slug and re.fullmatch(ID_PATTERN, slug) else _EXAMPLE_ID


def form(pattern: str, value: Any) -> Text | None:
    """What form a field with `pattern` takes, in words and with an example; None for a
    pattern without a description."""
    if pattern == ID_PATTERN:
        return t("plan.form.id", example=id_example(value))
    if pattern == WHEN_PATTERN:
        return t("plan.form.when")
    if pattern == BAND_PATTERN:
        return t("plan.form.band")
    if pattern == CODE_PATTERN:
        return t("plan.form.code")
    if pattern == ITEM_PATTERN:
        return t("plan.form.item")
    return _FORMS.get(pattern)


_FORMS: dict[str, Text] = {
    r"^https?://\S+$": t("plan.form.url"),
    r"^[0-9]{4}$": t("plan.form.kommune_number"),
    r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$": t("plan.form.scenario"),
}


ABOUT = frozenset(
    {
        "id",
        "name",
        "title",
        "text",
        "unit",
        "units",
        "competence",
        "competences",
        "source",
        "period",
        "start",
        "end",
        "scope",
        "kommune",
        "plan",
        "role",
        "reason",
        "code",
        "date",
        "fte",
        "persons",
        "year",
        "count",
        "minimum",
        "deadline",
        "due",
        "what",
        "body",
        "values",
    }
)
"""Required keys whose missing-key message says what belongs there (catalogue «plan.about.»):
the keys a plan author most often leaves out. Keys with a fixed set of values list the values
instead."""
