"""Translate pydantic validation errors into findings a plan author understands.

Messages are built from the error *type* and the model, never from pydantic's English text, so
they survive pydantic upgrades. The error's `loc` is walked against the data: items that are not
keys or indexes in the data (union member names, discriminator tags) are dropped, which is what
makes locations robust for unions and custom types.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from kplan.diagnostics import DataPath, Finding
from kplan.hints import did_you_mean, oddity, shown

_TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "dict_type": "a mapping of keys",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "list_type": "a list",
    "date_type": "a date (YYYY-MM-DD)",
}


@lru_cache(maxsize=256)
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(sorted(model.model_fields))


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the truth value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text «{shown(value[:60])}»"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    return type(value).__name__


_NO_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")


def _norwegian_date(value: Any) -> str | None:
    """A date written the Norwegian way (10.08.22), as YYYY-MM-DD, when it is a real date."""
    m = _NO_DATE.fullmatch(value) if isinstance(value, str) else None
    if not m:
        return None
    year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    try:
        return dt.date(year, int(m[2]), int(m[1])).isoformat()
    except ValueError:
        return None


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"«{shown(value[:80])}»"
    return f"«{value}»" if isinstance(value, int) else _describe(value).capitalize()


def _clean(loc: tuple[int | str, ...], data: Any) -> tuple[DataPath, Any]:
    """The part of `loc` that exists in `data`, and the value there."""
    path: list[Any] = []
    node: Any = data
    for item in loc:
        if (isinstance(node, dict) and item in node) or (
            isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node)
        ):
            node = node[item]  # type: ignore[index]
            path.append(item)
        elif isinstance(node, dict) and isinstance(item, str) and item.isdigit():
            key = int(item)  # dict[int, ...] keys come back from pydantic as strings
            if key in node:
                node = node[key]
                path.append(key)
            else:
                break
    return tuple(path), node


def model_for(tp: Any, value: Any) -> Any:
    """The model class a value of annotation `tp` is validated as, if any."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(tp) if a is not type(None)]
            models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
            kind = value.get("kind") if isinstance(value, dict) else None
            for m in models:
                field = m.model_fields.get("kind")
                if field is not None and kind in typing.get_args(field.annotation):
                    return m
            if len(models) == 1:
                return models[0]
            return None
        else:
            return tp if isinstance(tp, type) and issubclass(tp, BaseModel) else None


def _model_at(model: type[BaseModel], path: DataPath, data: Any) -> type[BaseModel] | None:
    current: Any = model
    node = data
    for item in path:
        if current is None:
            return None
        if isinstance(item, str) and isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(item)
            if field is None:
                return None
            current = field.annotation
        else:
            # inside a list or dict: step to the item type
            tp = current
            while typing.get_origin(tp) is typing.Annotated:
                tp = typing.get_args(tp)[0]
            if typing.get_origin(tp) in (typing.Union, types.UnionType):
                members = [a for a in typing.get_args(tp) if a is not type(None)]
                tp = members[0] if len(members) == 1 else tp
            item_args = typing.get_args(tp)
            current = item_args[-1] if item_args else None
        node = node[item] if isinstance(node, dict | list) else None
        current = model_for(current, node) or current
    found = model_for(current, node)
    return found if isinstance(found, type) and issubclass(found, BaseModel) else None


def _number_key(key: Any) -> str:
    return (
        f"The key «{key}» is read as a number, not as text; keys are text here: write it in "
        f'quotes ("{key}":).'
    )


def _first_sentence(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(text.split()).split(". ")[0].rstrip(".") + "."


def _expected(err: ErrorDetails) -> str:
    ctx = err.get("ctx") or {}
    if "expected_tags" in ctx:
        return str(ctx["expected_tags"])
    return str(ctx.get("expected", ""))


def translate(
    err: ErrorDetails,
    data: Any,
    model: type[BaseModel],
    file: str,
    prefix: DataPath = (),
    head_only: frozenset[str] = frozenset(),
) -> Finding:
    """One finding for one pydantic error on `data` validated as `model`."""
    etype = err["type"]
    loc = tuple(err["loc"])
    path, value = _clean(loc, data)
    where = prefix + path
    value = err.get("input", value)

    if etype == "extra_forbidden":
        key = path[-1] if path else loc[-1]
        parent = _model_at(model, path[:-1], data)
        if not prefix and not path[:-1] and key in head_only:
            return Finding(
                file,
                where,
                "K108",
                f"«{key}» belongs in kplan.yaml, not in an included file.",
                True,
            )
        allowed = _field_names(parent) if parent else ()
        if isinstance(key, int):
            return Finding(file, where, "K015", _number_key(key), True)
        hint = did_you_mean(key, allowed) or (
            f" Allowed here: {', '.join(allowed)}." if allowed and len(allowed) <= 12 else ""
        )
        return Finding(file, where, "K101", f"Unknown key {_show(key)}.{hint}", True)

    if etype == "invalid_key":
        return Finding(file, where, "K015", _number_key(value), True)

    if etype in ("missing", "union_tag_not_found"):
        missing = loc[-1] if etype == "missing" else "kind"
        parent = _model_at(model, path, data)
        field = parent.model_fields.get(str(missing)) if parent else None
        about = _first_sentence(field.description if field else None)
        if etype == "union_tag_not_found":
            about = f"choose one of {_expected(err)}."
        sep = f": {about}" if about else "."
        return Finding(file, where, "K102", f"The required key «{missing}» is missing{sep}")

    if etype in ("literal_error", "union_tag_invalid", "enum"):
        expected = _expected(err)
        given = (
            value.get("kind") if etype == "union_tag_invalid" and isinstance(value, dict) else value
        )
        if etype == "union_tag_invalid":
            where = (*where, "kind")
        choices = [c.strip(" '") for c in expected.replace(" or ", ", ").split(",") if c.strip()]
        hint = did_you_mean(given, choices)
        return Finding(
            file, where, "K104", f"{_show(given)} is not allowed here; choose {expected}.{hint}"
        )

    if etype == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        return Finding(
            file,
            where,
            "K106",
            f"Expected text, but YAML read {_describe(value)}; unquoted numbers lose leading "
            "zeros, and ids and codes must be text.",
            at_key=loc[-1:] == ("[key]",),  # a key of a mapping: quote the key, not its value
            quote_hint=True,
        )

    if etype == "period_too_long":
        c = err.get("ctx") or {}
        return Finding(
            file,
            where,
            "K505",
            f"The plan period {c.get('start')}-{c.get('end')} runs {c.get('years')} years; a "
            f"competence plan runs at most {c.get('most')} (usually 4-12): check the years.",
        )
    if etype == "date_not_a_day":
        return Finding(file, where, "K014", f"{value} is not a date that exists.")

    if etype.startswith("date") or (
        etype == "string_pattern_mismatch" and loc[-1] in ("start", "end")
    ):
        also = " (a year or YYYY-MM also works here)" if etype == "string_pattern_mismatch" else ""
        return Finding(
            file,
            where,
            "K107",
            f"{_show(value)} is not a date kplan reads; write YYYY-MM-DD{also}, "
            f"e.g. {_norwegian_date(value) or '2025-08-01'}.",
        )

    if etype in _TYPE_WORDS:
        fix = ""
        if isinstance(value, str) and etype in ("int_type", "float_type"):
            if file.lower().endswith(".csv"):
                whole = "a whole number: " if etype == "int_type" else ""
                fix = (
                    f" Write {whole}digits only, without spaces, units or thousands separators"
                    + ("." if whole else " (a decimal comma or point is fine).")
                )
            else:
                fix = " If it is meant as a number, write it as one (in YAML, without quotes)."
        return Finding(
            file,
            where,
            "K103",
            f"Expected {_TYPE_WORDS[etype]}, but found {_describe(value)}.{fix}",
        )

    ctx = err.get("ctx") or {}
    limits = {
        "greater_than_equal": "at least {ge}",
        "greater_than": "more than {gt}",
        "less_than_equal": "at most {le}",
        "less_than": "less than {lt}",
        "too_short": "at least {min_length} item(s)",
        "string_too_short": "at least {min_length} character(s)",
        "too_long": "at most {max_length} item(s)",
        "string_too_long": "at most {max_length} characters",
    }
    if etype in limits:
        need = limits[etype].format(**ctx)
        return Finding(file, where, "K105", f"The value must be {need}; found {_describe(value)}.")
    if etype == "band_order":
        return Finding(
            file,
            where,
            "K105",
            f"The band «{value}» runs backwards; write the lower number first.",
        )
    if etype == "finite_number":
        return Finding(file, where, "K105", "The value must be an ordinary number, not inf or nan.")
    if etype == "string_pattern_mismatch" and oddity(value):
        return Finding(file, where, "K105", str(oddity(value)))
    if etype == "string_pattern_mismatch":
        return Finding(
            file,
            where,
            "K105",
            f"{_describe(value)} does not have the form this field needs "
            f"(pattern {ctx.get('pattern', '?')}).",
        )
    # Anything else: a type error whose wording we do not control; keep it short and located.
    return Finding(file, where, "K103", f"{_describe(value)} does not fit here ({etype}).")
