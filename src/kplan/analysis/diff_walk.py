"""The walk behind `kplan diff`: every section of two versions of a plan, compared by walking the
model rather than a list of sections, so a section or field added to the model later is
compared with no change here.

A list of items is matched by a key: `id` when the items have one, else a field that names them
and is unique (a step's number, a term, a title, a member's role; `KEY_FIELDS`), else by
position. Dicts are matched by key, other values compared as a whole. Values are compared after
the model has applied its defaults: `status: planlagt` written out is no change from leaving it
out. The inventory is compared per unit and count date (persons and årsverk), not row by row.

Changes are data with English field paths; `kplan.present.diff` words them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_origin

from pydantic import BaseModel

from kplan.plan.model import InventoryRow, PartialPlan, Plan

Kind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Key:
    """An item of a list or a dict in a field's path: by its key (an id, a step's number, a
    year), or by its place (from 1) in a list whose items have no key."""

    value: str | int
    position: bool = False


PathPart = str | Key


def dotted(path: Sequence[PathPart]) -> str:
    """The path as JSON shows it: `cost.amount`, `working_group.members[HR-rådgiver].role`."""
    out = ""
    for part in path:
        if isinstance(part, Key):
            out += f"[{part.value}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class FieldChange:
    field: str
    """The English path, dotted (`cost.amount`)."""
    old: Any
    """The value as the model holds it (defaults applied; a list as a tuple); None when the
    field is empty or the item absent."""
    new: Any
    path: tuple[PathPart, ...] = ()
    """The path, part by part; empty when built by hand from `field` alone."""
    item: bool = False
    """A whole item of a list added or removed, `old` or `new` its title."""

    @property
    def parts(self) -> tuple[PathPart, ...]:
        return self.path or tuple(self.field.split("."))


@dataclass(frozen=True)
class Change:
    section: str
    """The plan's field the change is in (`actions`, `steps`, `organisation`, `plan`)."""
    id: str
    """The item's key; for a section that is one thing (`organisation`), the section's name."""
    kind: Kind
    title: str
    """The item's title, text or name as the plan gives it ("" when it has none)."""
    fields: tuple[FieldChange, ...] = ()
    size: tuple[int, float] | None = None
    """For the inventory of a unit, which has no title: its persons and årsverk."""


# --- values ------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as compared and kept: lists as tuples, an empty value as None."""
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value) or None
    if value == "" or value == {}:
        return None
    return value


def _is_model(value: Any) -> bool:
    return isinstance(value, BaseModel)


def _fields_of(*models: Any) -> list[str]:
    names: dict[str, None] = {}
    for m in models:
        if m is not None:
            names.update(dict.fromkeys(type(m).model_fields))
    return list(names)


def _value(model: Any, other: Any, name: str) -> Any:
    """`model`'s field, or, when `model` is absent, the default `other`'s type gives the field:
    a sub-section added with its defaults changes only what it sets."""
    if model is not None:
        return getattr(model, name, None)
    field = type(other).model_fields.get(name)
    if field is None or field.is_required():
        return None
    return field.get_default(call_default_factory=True)


TITLE_FIELDS = ("title", "text", "name", "term", "role", "what", "summary", "source")


def title(item: Any) -> str:
    """The item's own words for itself, if it has a field for them."""
    for attr in TITLE_FIELDS:
        value = getattr(item, attr, None)
        if isinstance(value, str):
            return value
    return ""


KEY_FIELDS = ("id", "number", "term", "title", "name", "role", "code", "level")
"""The fields an item of a list may be known by, in this order: the first that every item has,
with a value unique in both versions, is the key."""


def _key_field(items: Sequence[Sequence[Any]]) -> str | None:
    """The field the items are matched by; None: by position."""
    first = next(i[0] for i in items if i)
    for name in KEY_FIELDS:
        if name in type(first).model_fields and all(
            _unique([getattr(i, name, None) for i in lst]) for lst in items
        ):
            return name
    return None


def _unique(values: list[Any]) -> bool:
    scalar = all(isinstance(v, str | int) and not isinstance(v, bool) for v in values)
    return scalar and len(set(values)) == len(values)


def keyed(old: Sequence[Any], new: Sequence[Any]) -> tuple[dict[Any, Any], dict[Any, Any], bool]:
    """Both lists by their items' keys, and whether the keys are places in the list."""
    name = _key_field((old, new))
    if name is None:
        return dict(enumerate(old, start=1)), dict(enumerate(new, start=1)), True
    return {getattr(i, name): i for i in old}, {getattr(i, name): i for i in new}, False


def ordered(keys: Iterable[str | int]) -> list[str | int]:
    """Numbers in their order, names in theirs."""
    return sorted(keys, key=lambda k: (0, k, "") if isinstance(k, int) else (1, 0, k))


# --- the walk ----------------------------------------------------------------------------------


def walk(old: Any, new: Any, path: tuple[PathPart, ...] = ()) -> Iterator[FieldChange]:
    """Each field that differs between `old` and `new` (models, lists, dicts or values)."""
    if old is new or old == new:
        return
    if _is_model(old) or _is_model(new):
        for name in _fields_of(old, new):
            yield from walk(_value(old, new, name), _value(new, old, name), (*path, name))
        return
    if _is_items(old) or _is_items(new):
        yield from _walk_items(old or (), new or (), path)
        return
    if isinstance(old, dict) or isinstance(new, dict):
        a, b = old or {}, new or {}
        for k in sorted(a.keys() | b.keys(), key=str):
            yield from walk(a.get(k), b.get(k), (*path, Key(k)))
        return
    a, b = _plain(old), _plain(new)
    if a != b:
        yield FieldChange(dotted(path), a, b, path)


def _is_items(value: Any) -> bool:
    return isinstance(value, list | tuple) and any(_is_model(v) for v in value)


def _walk_items(
    old: Sequence[Any], new: Sequence[Any], path: tuple[PathPart, ...]
) -> Iterator[FieldChange]:
    a, b, places = keyed(old, new)
    # as the plan lists them: the old version's order, then what only the new one has
    for value in [*a, *(k for k in b if k not in a)]:
        x, y = a.get(value), b.get(value)
        k = Key(value, places)
        if x is not None and y is not None:
            yield from walk(x, y, (*path, k))
            continue
        item = x if x is not None else y
        name = title(item)
        if name:
            # an item added or removed inside a section is named, not spelled out
            at = (*path, k)
            before, after = (name, None) if y is None else (None, name)
            yield FieldChange(dotted(at), before, after, at, item=True)
        else:
            yield from walk(x, y, (*path, k))


# --- the plan, section by section --------------------------------------------------------------

ORDER = (
    "plan",
    "decisions",
    "organisation",
    "steps",
    "anchoring",
    "goals",
    "strategies",
    "competence_concept",
    "learning",
    "units",
    "competences",
    "requirements",
    "inventory",
    "drivers",
    "staffing",
    "needs",
    "swot",
    "actions",
    "evaluation",
    "analysis",
    "action_table",
    "content",
    "glossary",
    "appendices",
    "suppress",
)
"""The sections in the order the document has them; a section the model gains later follows."""

LAYOUT = frozenset({"kplan", "include"})
"""Where the plan's text is kept, not what it says: a part file renamed or split changes no
content."""


def sections(model: type[BaseModel] = PartialPlan) -> tuple[str, ...]:
    """Every field of the plan that is compared, in the document's order."""
    names = [n for n in model.model_fields if n not in LAYOUT]
    known = [n for n in ORDER if n in names]
    return (*known, *(n for n in names if n not in ORDER))


def _is_list(model: type[BaseModel], name: str) -> bool:
    return get_origin(model.model_fields[name].annotation) is list


def plan_changes(old: PartialPlan | None, new: PartialPlan | None) -> list[Change]:
    """Every item and section added, removed and changed from `old` to `new`, section by
    section. A version that could not be read at all (None) has no items; its head sections
    are not compared, since nothing is known of them."""
    either = new if new is not None else old
    model = type(either) if either is not None else PartialPlan
    changes: list[Change] = []
    for name in sections(model):
        a = getattr(old, name, None) if old is not None else None
        b = getattr(new, name, None) if new is not None else None
        if name == "inventory":
            changes += inventory_changes(a or [], b or [])
        elif _is_items(a) or _is_items(b):
            # item by item: comparing the whole list first would compare each item twice
            changes += _item_changes(name, a or [], b or [])
        elif a != b and old is not None and new is not None and not _unread(name, a, b):
            changes += _section_change(name, a, b)
    return changes


def _unread(name: str, old: Any, new: Any) -> bool:
    """A part every plan has (its facts) missing from one version: that version could not read
    it, which its problems say; the part did not come or go."""
    field = Plan.model_fields.get(name)
    return (old is None or new is None) and field is not None and field.is_required()


def _item_changes(section: str, old: Sequence[Any], new: Sequence[Any]) -> list[Change]:
    a, b, _ = keyed(old, new)
    out = []
    for k in ordered(a.keys() | b.keys()):
        x, y = a.get(k), b.get(k)
        ident = str(k)
        if y is None:
            out.append(Change(section, ident, "removed", title(x)))
        elif x is None:
            out.append(Change(section, ident, "added", title(y)))
        elif x != y:  # equal models need no field-by-field look
            fields = tuple(walk(x, y))
            if fields:
                out.append(Change(section, ident, "changed", title(y), fields))
    return out


def _section_change(section: str, old: Any, new: Any) -> list[Change]:
    """A section that is one thing (organisation, the plan's facts): what changed in it."""
    fields = tuple(walk(old, new, () if _is_model(old) or _is_model(new) else (section,)))
    if not fields:
        return []
    kind: Kind = "added" if old is None else "removed" if new is None else "changed"
    head = getattr(new if new is not None else old, "title", "")
    return [Change(section, section, kind, head if isinstance(head, str) else "", fields)]


# --- the inventory, per unit and count date ----------------------------------------------------


def _all_staff(row: InventoryRow) -> bool:
    return row.competence is None and row.role is None


def _inventory_key(row: InventoryRow) -> str:
    return f"{row.unit}@{row.date.isoformat()}"


def _size(rows: Sequence[InventoryRow]) -> tuple[int, float] | None:
    whole = [r for r in rows if _all_staff(r)]
    if not whole:
        return None
    return sum(r.persons for r in whole), sum(r.fte for r in whole)


def _held(rows: Sequence[InventoryRow]) -> dict[str, float]:
    """Persons per competence (and role) the rows count."""
    out: dict[str, float] = defaultdict(float)
    for r in rows:
        if not _all_staff(r):
            out[f"{r.competence or ''}{'/' + r.role if r.role else ''}"] += r.persons
    return dict(out)


def inventory_changes(old: Sequence[InventoryRow], new: Sequence[InventoryRow]) -> list[Change]:
    """The inventory per unit and count date: its staff (persons and årsverk), the persons
    holding each competence, and how many other rows changed; not row by row."""
    a: dict[str, list[InventoryRow]] = defaultdict(list)
    b: dict[str, list[InventoryRow]] = defaultdict(list)
    for row in old:
        a[_inventory_key(row)].append(row)
    for row in new:
        b[_inventory_key(row)].append(row)
    out = []
    for key in sorted(a.keys() | b.keys()):
        x, y = a.get(key), b.get(key)
        if y is None:
            out.append(Change("inventory", key, "removed", "", (), _size(x or [])))
        elif x is None:
            out.append(Change("inventory", key, "added", "", (), _size(y)))
        elif x != y:
            fields = list(_inventory_fields(x, y))
            out.append(Change("inventory", key, "changed", "", tuple(fields), _size(y)))
    return out


def _inventory_fields(old: list[InventoryRow], new: list[InventoryRow]) -> Iterator[FieldChange]:
    before, after = _size(old), _size(new)
    for i, name in enumerate(("persons", "fte")):
        x = before[i] if before else None
        y = after[i] if after else None
        if x != y:
            yield FieldChange(name, x, y, (name,))
    held_a, held_b = _held(old), _held(new)
    for comp in sorted(held_a.keys() | held_b.keys()):
        x, y = held_a.get(comp), held_b.get(comp)
        if x != y:
            path: tuple[PathPart, ...] = ("competences", Key(comp))
            yield FieldChange(dotted(path), x, y, path)
    # what the sums do not show (ages, position sizes, a source): how many rows changed
    if before == after and held_a == held_b:
        others = sum(1 for r in new if r not in old)
        yield FieldChange("rows_changed", None, others or len(old) - len(new), ("rows_changed",))


def is_section(section: str, model: type[BaseModel] = PartialPlan) -> bool:
    """Whether the section is one thing (organisation) rather than a list of items."""
    return section in model.model_fields and not _is_list(model, section)


__all__ = [
    "Change",
    "FieldChange",
    "Key",
    "Kind",
    "PathPart",
    "dotted",
    "inventory_changes",
    "is_section",
    "plan_changes",
    "sections",
    "title",
    "walk",
]
