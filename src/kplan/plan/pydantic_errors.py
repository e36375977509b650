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
from kplan.hints import did_you_mean, oddity
from kplan.plan.error_words import ABOUT, LIMITS, TYPE_WORDS, describe, form, limit, show
from kplan.plan.norwegian_keys import aliases
from kplan.text import Message, Text, one_of, t


@lru_cache(maxsize=256)
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(sorted(model.model_fields))


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


def _number_key(key: Any) -> Text:
    return t("plan.k015.number_key", key=str(key))


def _choices(annotation: Any) -> tuple[str, ...]:
    """The values a field with a fixed set of values takes, in order; () for any other field."""
    tp = annotation
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(tp))
    return ()


def _expected(err: ErrorDetails) -> list[str]:
    """The values pydantic says are allowed («'a', 'b' or 'c'»), as a list."""
    ctx = err.get("ctx") or {}
    said = str(ctx.get("expected_tags", ctx.get("expected", "")))
    return [c.strip(" '") for c in said.replace(" or ", ", ").split(",") if c.strip(" '")]


def _missing(err: ErrorDetails, model: type[BaseModel], path: DataPath, data: Any) -> Text:
    loc = tuple(err["loc"])
    if err["type"] == "union_tag_not_found":
        return t("plan.k102.choose", key="kind", choices=one_of(list(_expected(err))))
    name = str(loc[-1])
    parent = _model_at(model, path, data)
    field = parent.model_fields.get(name) if parent else None
    choices = _choices(field.annotation) if field else ()
    if choices:
        return t("plan.k102.choose", key=name, choices=one_of(list(choices)))
    if name in ABOUT:
        return t("plan.k102.about", key=name, about=t(f"plan.about.{name}"))
    return t("plan.k102.missing", key=name)


def _unknown_key(
    key: Any, where: DataPath, path: DataPath, model: type[BaseModel], data: Any, file: str
) -> Finding:
    parent = _model_at(model, path[:-1], data)
    allowed = _field_names(parent) if parent else ()
    if isinstance(key, int):
        return Finding(file, where, "K015", _number_key(key), True)
    hint: Message = did_you_mean(key, allowed, aliases(allowed)) or (
        t("plan.k101.allowed", keys=allowed) if allowed and len(allowed) <= 12 else ""
    )
    return Finding(file, where, "K101", t("plan.k101.unknown_key", key=show(key), hint=hint), True)


def _pattern(err: ErrorDetails, value: Any) -> Text:
    odd = oddity(value)
    if odd is not None:
        return odd
    pattern = str((err.get("ctx") or {}).get("pattern", ""))
    shape = form(pattern, value)
    if shape is None:
        return t("plan.k105.no_form", found=describe(value, start=True))
    return t("plan.k105.form", found=describe(value, start=True), form=shape)


def _number_fix(etype: str, value: Any, file: str) -> Message:
    if not isinstance(value, str) or etype not in ("int_type", "float_type"):
        return ""
    if not file.lower().endswith(".csv"):
        return t("plan.k103.fix_yaml_number")
    return t("plan.k103.fix_csv_int" if etype == "int_type" else "plan.k103.fix_csv_float")


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
    ctx = err.get("ctx") or {}

    if etype == "extra_forbidden":
        key = path[-1] if path else loc[-1]
        if not prefix and not path[:-1] and key in head_only:
            return Finding(file, where, "K108", t("plan.k108.head_only", key=str(key)), True)
        return _unknown_key(key, where, path, model, data, file)

    if etype == "invalid_key":
        return Finding(file, where, "K015", _number_key(value), True)

    if etype in ("missing", "union_tag_not_found"):
        return Finding(file, where, "K102", _missing(err, model, path, data))

    if etype in ("literal_error", "union_tag_invalid", "enum"):
        given = (
            value.get("kind") if etype == "union_tag_invalid" and isinstance(value, dict) else value
        )
        if etype == "union_tag_invalid":
            where = (*where, "kind")
        choices = _expected(err)
        text = t(
            "plan.k104.not_allowed",
            value=show(given),
            choices=one_of(list(choices)),
            hint=did_you_mean(given, choices),
        )
        return Finding(file, where, "K104", text)

    if etype == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        return Finding(
            file,
            where,
            "K106",
            t("plan.k106.number_as_text", found=describe(value)),
            at_key=loc[-1:] == ("[key]",),  # a key of a mapping: quote the key, not its value
            quote_hint=True,
        )

    if etype == "period_too_long":
        return Finding(
            file,
            where,
            "K505",
            t(
                "plan.k505.period_too_long",
                start=str(ctx.get("start")),
                end=str(ctx.get("end")),
                years=int(ctx.get("years", 0)),
                most=int(ctx.get("most", 0)),
            ),
        )
    if etype == "date_not_a_day":
        return Finding(file, where, "K014", t("plan.k014.no_such_day", value=str(value)))

    if etype.startswith("date") or (
        etype == "string_pattern_mismatch" and loc[-1] in ("start", "end")
    ):
        partial = etype in ("string_pattern_mismatch", "date_partial")
        example = _norwegian_date(value) or "2025-08-01"
        key = "plan.k107.not_a_when" if partial else "plan.k107.not_a_date"
        return Finding(file, where, "K107", t(key, value=show(value), example=example))

    if etype in TYPE_WORDS:
        return Finding(
            file,
            where,
            "K103",
            t(
                "plan.k103.expected",
                what=t(TYPE_WORDS[etype]),
                found=describe(value),
                fix=_number_fix(etype, value, file),
            ),
        )

    if etype in LIMITS:
        need = limit(etype, ctx)
        return Finding(file, where, "K105", t("plan.k105.limit", need=need, found=describe(value)))
    if etype == "band_order":
        return Finding(file, where, "K105", t("plan.k105.band_order", value=str(value)))
    if etype == "finite_number":
        return Finding(file, where, "K105", t("plan.k105.finite"))
    if etype == "string_pattern_mismatch":
        return Finding(file, where, "K105", _pattern(err, value))
    if etype in ("cost_recurrence", "cost_amount"):
        return Finding(file, where, "K103", t(f"plan.k103.{etype}"))
    # Anything else: a type error whose wording we do not control; keep it short and located.
    return Finding(
        file,
        where,
        "K103",
        t("plan.k103.does_not_fit", found=describe(value, start=True), type=etype),
    )
