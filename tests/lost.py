"""What the "nothing lost" contract compares: every text and number a plan holds, and the words
a rendered document shows.

`written(plan)` walks the model generically (each model's fields that the plan set, nested
models, lists and dicts), so a field added to the model is covered the day it lands. A value is
found in a document when one of the forms the document may give it occurs in the document's
visible text (`shown`): see `forms` for what counts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kplan.present.fmt import number
from kplan.present.labels import Labels

WHEN = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


@dataclass(frozen=True)
class Value:
    """One value the user wrote: where (`path`, list positions left out, so
    `actions.cost.amount`), the value, whether it is a choice from a closed list (Literal) and
    whether it refers to another item by id."""

    path: str
    value: object
    choice: bool = False
    reference: bool = False


def _args(annotation: Any) -> Iterator[Any]:
    # every type inside an annotation: list[Annotated[str, ...]] | None gives them all
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _args(arg)


def _is_choice(field: FieldInfo) -> bool:
    return any(typing.get_origin(a) is typing.Literal for a in _args(field.annotation))


def _is_id(field: FieldInfo) -> bool:
    # an Id is a str constrained by the id pattern; ruling by the pattern, not the field name,
    # covers reference fields added later under any name
    metas = list(field.metadata)
    for a in _args(field.annotation):
        metas.extend(getattr(a, "__metadata__", ()))
    return any("A-Za-z0-9ÆØÅæøå" in (getattr(m, "pattern", None) or "") for m in metas)


def written(model: BaseModel, path: str = "") -> Iterator[Value]:
    """Every non-empty text and number (and date) the user set in `model`, depth first."""
    fields = type(model).model_fields
    for name in fields:
        if name not in model.model_fields_set:
            continue  # a default is kplan's, not the user's
        field = fields[name]
        sub = f"{path}.{name}" if path else name
        yield from _values(
            getattr(model, name), sub, _is_choice(field), _is_id(field) and name != "id"
        )


def _values(value: object, path: str, choice: bool, reference: bool) -> Iterator[Value]:
    if isinstance(value, BaseModel):
        yield from written(value, path)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _values(item, path, choice, reference)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _values(key, f"{path}.<key>", choice, False)
            yield from _values(item, path, choice, reference)
    elif value is None or isinstance(value, bool) or value == "":
        return  # a flag is no text or number: it shows as a mark (see not_shown)
    elif isinstance(value, (str, int, float, dt.date)):
        yield Value(path, value, choice, reference)
    else:
        raise TypeError(f"{path}: a {type(value).__name__} the contract test cannot compare")


def names_by_id(model: BaseModel) -> dict[str, set[str]]:
    """Each id in the plan and the texts of the item that has it (its name, title, text...):
    a reference is shown when the item it names is."""
    out: dict[str, set[str]] = {}

    def visit(value: object) -> None:
        if isinstance(value, BaseModel):
            own = getattr(value, "id", None)
            if isinstance(own, str):
                texts = {
                    v
                    for k in ("name", "title", "label", "text", "short")
                    if isinstance(v := getattr(value, k, None), str) and v
                }
                out.setdefault(own, set()).update(texts)
            for name in type(value).model_fields:
                visit(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)

    visit(model)
    return out


# --- the document's visible text ----------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")
        for key, val in attrs:
            if key == "href" and val:  # a link's address is what the user wrote as url
                self.parts.append(f" {val} ")

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")


def normal(text: str) -> str:
    """Text compared: all white space one space, case folded."""
    return " ".join(text.split()).casefold()


def visible(document: str, fmt: str) -> str:
    """What a reader sees of a Markdown or HTML document, normalised for comparison."""
    if fmt == "html":
        parser = _Text()
        parser.feed(document)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = re.sub(r"\\(.)", r"\1", document)  # escapes are markup, not text
    from urllib.parse import unquote

    return normal(text) + " " + normal(unquote(text))


def _label_tables() -> list[dict[str, tuple[str, ...]]]:
    # every label table of the presentation layer, those helpers add in modules of their own too
    import importlib
    import pkgutil

    import kplan.present

    tables = []
    for info in pkgutil.iter_modules(kplan.present.__path__):
        if "labels" not in info.name:
            continue
        module = importlib.import_module(f"kplan.present.{info.name}")
        for table in vars(module).values():
            if (
                isinstance(table, dict)
                and table
                and all(isinstance(k, str) and isinstance(v, tuple) for k, v in table.items())
            ):
                tables.append(table)
    return tables


_TABLES: list[dict[str, tuple[str, ...]]] = []


def choice_words(value: str, lang: str) -> set[str]:
    """How the label tables word a choice `value` in `lang`: the entry keyed by the value
    itself, or by a key that ends in it (`value_ansettelse`, `actions.reason.ikke beregnet`)."""
    from kplan.present.labels import LANGS

    if not _TABLES:
        _TABLES.extend(_label_tables())
    i = LANGS.index(lang)
    out = set()
    for table in _TABLES:
        for key, words in table.items():
            if (key == value or re.search(rf"[._ ]{re.escape(value)}$", key)) and len(words) > i:
                out.add(words[i])
    return out


def forms(value: object, t: Labels) -> set[str]:
    """The forms a value may take in a document in the language of `t`.

    Text: as written, or (a choice) as `Labels.value` words it, or (a year, month or day) as
    `Labels.when` words it. Numbers: as `kplan.present.fmt.number` writes them (thousands
    spaced, decimal comma) with two, one or no decimals (amounts show in whole kroner), or as
    bare digits (years). Dates: as `Labels.date` words them, or ISO, or dd.mm.yyyy."""
    if isinstance(value, dt.date):
        return {t.date(value), value.isoformat(), value.strftime("%d.%m.%Y")}
    if isinstance(value, str):
        out = {value, t.value(value)}
        if WHEN.match(value):
            with contextlib.suppress(ValueError, IndexError):
                out.add(t.when(value))
        return out
    assert isinstance(value, (int, float))
    out = {number(value, d) for d in (2, 1, 0)}
    if float(value).is_integer():
        out.add(str(int(value)))
    return out


def shown(value: Value, text: str, t: Labels, names: dict[str, set[str]]) -> bool:
    """Whether `value` appears in the normalised visible `text`."""
    candidates = forms(value.value, t)
    if value.choice and isinstance(value.value, str):
        candidates |= choice_words(value.value, t.lang)
    if value.reference and isinstance(value.value, str):
        candidates |= names.get(value.value, set())
    numeric = isinstance(value.value, (int, float))
    for form in candidates:
        needle = normal(form)
        if not needle:
            continue
        if not numeric:
            if needle in text:
                return True
            continue
        pattern = rf"(?<![0-9,.]){re.escape(needle)}(?![0-9]|,[0-9])"
        if re.search(pattern, text):
            return True
    return False


def key_names(model: type[BaseModel]) -> set[str]:
    """Every field name of `model` and of the models inside it."""
    seen: set[type[BaseModel]] = set()
    names: set[str] = set()

    def visit(cls: type[BaseModel]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for name, field in cls.model_fields.items():
            names.add(name)
            for a in _args(field.annotation):
                if isinstance(a, type) and issubclass(a, BaseModel):
                    visit(a)
                elif isinstance(a, types.UnionType):
                    continue

    visit(model)
    return names


def leaked(document_text: str, keys: set[str]) -> set[str]:
    """YAML key names in a document's text: dotted paths of keys (competence_concept.dimensions)
    and keys with an underscore, which no sentence has."""
    out = set()
    for match in re.finditer(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+", document_text):
        parts = match.group().split(".")
        if sum(p in keys for p in parts) >= 2:
            out.add(match.group())
    for word in re.findall(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", document_text):
        if word in keys:
            out.add(word)
    return out


def field_paths(model: type[BaseModel], prefix: str = "", depth: int = 0) -> Iterator[str]:
    """Every field path the model can hold (`actions.cost.amount`), from the classes alone."""
    if depth > 8:  # appendix sections nest in themselves
        return
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        yield path
        for a in _args(field.annotation):
            if isinstance(a, type) and issubclass(a, BaseModel):
                yield from field_paths(a, path, depth + 1)
