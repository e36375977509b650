"""Hypothesis plans for the "nothing lost" contract: a small valid plan whose models get their
optional fields filled, field by field from the pydantic model classes, with a marker in every
text and number, so a field added to the model is exercised the day it lands.

Texts become «Merke<n>», numbers a distinctive figure inside the field's bounds, choices one of
the Literal's values. Fields this cannot fill without knowing the plan's other items are left
as they are: references to other items (an id other than the item's own), bands (dict keys of
ages and position sizes). Dates fall inside the plan's period.
"""

from __future__ import annotations

import datetime as dt
import itertools
import types
import typing
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.fields import FieldInfo

CHOSEN: dict[tuple[str, str], tuple[object, ...]] = {
    # a rule across fields: a step's name is the name of the KS step of its number
    ("Step", "number"): (2,),
    ("Step", "name"): ("Forankring",),
}
"""Values the checks allow only from a list of their own, by (model, field), drawn from it."""


class Skip(Exception):
    """This annotation cannot be filled without knowing the rest of the plan."""


def _flat(metas: list[Any]) -> Iterator[Any]:
    # Field(ge=...) inside Annotated arrives as a FieldInfo holding its own constraints
    for m in metas:
        yield m
        if isinstance(m, FieldInfo):
            yield from _flat(list(m.metadata))


def _bounds(metas: list[Any]) -> tuple[float, float]:
    low, high = -1e6, 1e6
    for m in _flat(metas):
        for attr in ("ge", "gt"):
            if getattr(m, attr, None) is not None:
                low = max(low, float(getattr(m, attr)))
        for attr in ("le", "lt"):
            if getattr(m, attr, None) is not None:
                high = min(high, float(getattr(m, attr)))
    return low, high


class Filler:
    """Draws values for annotations; `n` numbers the markers so each is unique in a plan."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.counter = itertools.count(1)

    def marker(self) -> int:
        return next(self.counter)

    def value(self, annotation: Any, metas: list[Any], name: str) -> Any:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            inner, *more = typing.get_args(annotation)
            return self.value(inner, metas + list(more), name)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            order = self.draw(st.permutations(options))
            for option in order:
                try:
                    return self.value(option, metas, name)
                except Skip:
                    continue
            raise Skip(name)
        if origin is typing.Literal:
            return self.draw(st.sampled_from(typing.get_args(annotation)))
        if origin in (list, tuple, set, frozenset):
            (item,) = typing.get_args(annotation)[:1]
            return [self.value(item, [], name)]
        if origin is dict:
            raise Skip(name)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return self.model(annotation)
        if annotation is bool:
            return self.draw(st.booleans())
        if annotation is str:
            pattern = next((m.pattern for m in metas if getattr(m, "pattern", None)), None)
            if pattern is None:
                return f"Merke{self.marker()}"
            if name == "id":
                return f"merke-{self.marker()}"
            if "(-(0[1-9]" in pattern:  # a When: a month of the plan's period
                return f"2026-{self.draw(st.integers(1, 12)):02d}"
            if pattern == "^[0-9]{4}$":  # a number kept as text (kommunenummer)
                return f"{(self.marker() * 7919) % 10000:04d}"
            raise Skip(name)  # a reference or a band
        if annotation is dt.date:
            return dt.date(2026, self.draw(st.integers(1, 12)), self.draw(st.integers(1, 28)))
        if annotation in (int, float):
            low, high = _bounds(metas)
            k = self.marker()
            if low >= 1900 and high <= 2200:  # a year: the plan's period
                return 2026
            low, high = max(low, 0), min(high, 1e6)
            span = int(high - low)
            if span < 3:
                return int(low) + 1 if annotation is int else low + (high - low) / 2
            figure = int(low) + 1 + (k * 7919 + 13) % (span - 1)
            if annotation is float and figure + 0.25 < high:
                return figure + 0.25
            return figure
        raise Skip(f"{name}: {annotation!r}")

    def model(self, cls: type[BaseModel], base: dict[str, Any] | None = None) -> dict[str, Any]:
        """`base` (or a new item of `cls`) with some optional fields filled; every required
        field must be fillable, or Skip. Filled fields that the model's own validators refuse
        together (a cost both per participant and without an amount) are taken out again, the
        last filled first."""
        out = dict(base or {})
        filled: list[str] = []
        for name, field in cls.model_fields.items():
            if name in out:
                continue
            required = field.is_required()
            if not required and not self.draw(st.booleans()):
                continue
            try:
                if (cls.__name__, name) in CHOSEN:
                    out[name] = self.draw(st.sampled_from(CHOSEN[cls.__name__, name]))
                else:
                    out[name] = self.field(field, name)
            except Skip:
                if required:
                    raise
                continue
            if not required:
                filled.append(name)
        while True:
            try:
                cls.model_validate(out)
            except ValueError:
                if not filled:
                    raise Skip(cls.__name__) from None
                del out[filled.pop()]
                continue
            return out

    def field(self, field: FieldInfo, name: str) -> Any:
        return self.value(field.annotation, list(field.metadata), name)


def fill(draw: st.DrawFn, cls: type[BaseModel], data: Any) -> Any:
    """`data` (a plan as loaded from YAML) with optional fields of its models filled, walking
    the model classes down from `cls`."""
    filler = Filler(draw)

    def walk(model: type[BaseModel], value: dict[str, Any]) -> dict[str, Any]:
        value = filler.model(model, value)
        for name, field in model.model_fields.items():
            if name in value:
                value[name] = inner(field.annotation, value[name])
        return value

    def inner(annotation: Any, value: Any) -> Any:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            return inner(typing.get_args(annotation)[0], value)
        if origin in (typing.Union, types.UnionType):
            models = [
                a
                for a in typing.get_args(annotation)
                if isinstance(a, type) and issubclass(a, BaseModel)
            ]
            for model in models if isinstance(value, dict) else []:
                try:
                    model.model_validate(value)
                except ValueError:
                    continue
                return walk(model, value)  # the member of a (discriminated) union it is
            return value  # a scalar: left as written
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(annotation)[:1]
            return [inner(item, v) for v in value]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return walk(annotation, value) if isinstance(value, dict) else value
        return value

    return walk(cls, data)
