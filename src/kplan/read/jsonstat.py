"""JSON-stat 2.0 as SSB's PxWebApi gives it (v0/v1 `POST …/api/v0/no/table/07459` with
`"response": {"format": "json-stat2"}`, v2 `…/api/v2/tables/07459/data?outputformat=json-stat2`).

A dataset names its dimensions in `id`, their sizes in `size`, each dimension's categories in
`dimension.<id>.category` (`index` as a list or as {code: position}, `label` by code), and its
values in `value`, row-major (the last dimension varies fastest), as a list or as a sparse
{position: value}; `status` gives SSB's symbol where a value is null.

The file is hostile until read: its size is bounded, NaN and Infinity are refused, nesting too
deep for the parser is said plainly, and `size` must agree with the categories and with the
number of values before anything is allocated from it (a `size` of [100000, 100000, 100000]
with three values asks for nothing). What kplan cannot use is K811, at the JSON path.
"""

from __future__ import annotations

import codecs
import itertools
import json
import math
import re
from typing import Any

from kplan.diagnostics import Diagnostic, make
from kplan.hints import shown
from kplan.read.cells import FIRST_YEAR, LAST_YEAR
from kplan.read.rawtext import MAX_BYTES, not_a_file, why_unreadable
from kplan.read.sources import DISK, Source
from kplan.read.ssb_cube import (
    CONTENTS,
    MAX_CELLS,
    MAX_VALUE,
    REGION,
    TABLE_NUMBER,
    YEAR,
    Category,
    Cube,
    Dimension,
    role_of,
)
from kplan.text import Message, t

_ROLE_KEYS = (("time", YEAR), ("geo", REGION), ("metric", CONTENTS))
_UPDATED = re.compile(r"^(\d{4})-")


class _Refused(Exception):
    def __init__(self, where: str, message: Message) -> None:
        super().__init__(where)
        self.where = where
        self.message = message


def _constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity, -Infinity: no figure


def _float(text: str) -> float:
    got = float(text)
    if not math.isfinite(got):
        raise ValueError(text)
    return got


def read_jsonstat(path: str, problems: list[Diagnostic], source: Source = DISK) -> Cube | None:
    """The file as a `Cube`; None when it cannot be read as JSON-stat (said in `problems`)."""
    refused = not_a_file(path, source)
    if refused is not None:
        problems.append(refused)
        return None
    try:
        raw = source.read_bytes(path, MAX_BYTES + 1)
    except OSError as exc:
        why = why_unreadable(exc)
        problems.append(make(path, 0, 0, "K001", t("read.k001.cannot_read", why=why)))
        return None
    if len(raw) > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        problems.append(make(path, 0, 0, "K004", t("read.k004.too_large", mb=mb)))
        return None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]  # Notepad and PowerShell save one; JSON has none
    try:
        data = json.loads(raw, parse_constant=_constant, parse_float=_float)
    except json.JSONDecodeError as exc:
        problems.append(make(path, exc.lineno, exc.colno, "K811", t("ssb.k811.json", why=exc.msg)))
        return None
    except RecursionError:
        problems.append(make(path, 1, 1, "K811", t("ssb.k811.json_deep")))
        return None
    except (ValueError, UnicodeDecodeError):
        problems.append(make(path, 1, 1, "K811", t("ssb.k811.json_number")))
        return None
    try:
        return _dataset(path, data)
    except _Refused as exc:
        message = t("ssb.k811.json_at", where=exc.where, problem=exc.message)
        problems.append(make(path, 0, 0, "K811", message))
        return None


def _get(data: Any, key: str, kind: type, where: str) -> Any:
    got = data.get(key) if isinstance(data, dict) else None
    if not isinstance(got, kind) or isinstance(got, bool):
        raise _Refused(f"{where}.{key}" if where else key, t(f"ssb.k811.json_{kind.__name__}"))
    return got


def _dataset(path: str, data: Any) -> Cube:
    if not isinstance(data, dict) or data.get("class") != "dataset":
        raise _Refused("class", t("ssb.k811.json_not_dataset"))
    ids = _get(data, "id", list, "")
    sizes = _get(data, "size", list, "")
    dims_in = _get(data, "dimension", dict, "")
    if len(ids) != len(sizes) or not ids:
        raise _Refused("size", t("ssb.k811.json_size_ids", ids=len(ids), sizes=len(sizes)))
    cells = 1
    for i, n in enumerate(sizes):
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise _Refused(f"size[{i}]", t("ssb.k811.json_int"))
        cells *= n
        if cells > MAX_CELLS:
            raise _Refused("size", t("ssb.k811.too_many", most=MAX_CELLS))
    roles: dict[str, str] = {}
    role_in = data.get("role")
    if isinstance(role_in, dict):
        for key, role in _ROLE_KEYS:
            named = role_in.get(key)
            for name in named if isinstance(named, list) else []:
                if isinstance(name, str):
                    roles.setdefault(name, role)
    dims = [_dimension(dims_in, ids[i], n, roles) for i, n in enumerate(sizes)]
    cube = Cube(path, dims, table=_table(data), updated_year=_updated(data))
    _values(cube, data, sizes, cells)
    return cube


def _dimension(dims_in: dict[str, Any], name: Any, size: int, roles: dict[str, str]) -> Dimension:
    if not isinstance(name, str):
        raise _Refused("id", t("ssb.k811.json_str"))
    where = f"dimension.{name}"
    dim = _get(dims_in, name, dict, "dimension")
    category = _get(dim, "category", dict, where)
    index = category.get("index")
    labels = category.get("label")
    labels = labels if isinstance(labels, dict) else {}
    codes: list[Any]
    if isinstance(index, list):
        codes = index
    elif isinstance(index, dict):
        codes = [None] * len(index) if len(index) <= size else []
        for code, at in index.items():
            if not isinstance(at, int) or isinstance(at, bool) or not 0 <= at < len(codes):
                raise _Refused(f"{where}.category.index", t("ssb.k811.json_index", size=size))
            codes[at] = code
    elif index is None and len(labels) == 1:
        codes = list(labels)  # JSON-stat lets a single category go without an index
    else:
        raise _Refused(f"{where}.category.index", t("ssb.k811.json_index", size=size))
    if len(codes) != size or not all(isinstance(c, str) for c in codes) or len(set(codes)) != size:
        raise _Refused(f"{where}.category.index", t("ssb.k811.json_index", size=size))
    label = dim.get("label")
    role = roles.get(name) or role_of(name)
    if role == "other" and isinstance(label, str):
        role = role_of(label)
    out = Dimension(label if isinstance(label, str) else name, role)
    if role == YEAR:
        odd = next((c for c in map(str, codes) if not _is_year(c)), None)
        if odd is not None:
            # «2024K1» (a quarter) or «2024M01» (a month): drivers are counted by the year
            raise _Refused(
                f"{where}.category.index", t("ssb.k811.json_year", value=shown(odd[:20]))
            )
    for code in codes:
        text = labels.get(code)
        out.add(Category(str(code), str(text) if isinstance(text, str) else str(code)))
    return out


def _is_year(code: str) -> bool:
    return len(code) == 4 and code.isdigit() and FIRST_YEAR <= int(code) <= LAST_YEAR


def _table(data: dict[str, Any]) -> str | None:
    ext = data.get("extension")
    px = ext.get("px") if isinstance(ext, dict) else None
    table = px.get("tableid") if isinstance(px, dict) else None
    if isinstance(table, str) and re.fullmatch(r"(TAB)?\d{5}", table.strip()):
        return table.strip()[-5:]
    label = data.get("label")
    m = TABLE_NUMBER.match(label) if isinstance(label, str) else None
    return m[1] if m else None


def _updated(data: dict[str, Any]) -> int | None:
    updated = data.get("updated")
    m = _UPDATED.match(updated) if isinstance(updated, str) else None
    return int(m[1]) if m else None


def _values(cube: Cube, data: dict[str, Any], sizes: list[int], cells: int) -> None:
    values = data.get("value")
    items: list[tuple[int, Any]]
    if isinstance(values, list):
        if len(values) != cells:
            raise _Refused("value", t("ssb.k811.json_count", n=len(values), cells=cells))
        items = list(enumerate(values))
    elif isinstance(values, dict):
        items = []
        for key, value in values.items():
            at = int(key) if key.isdigit() and len(key) <= 18 else -1
            if not 0 <= at < cells:
                raise _Refused(f"value.{shown(key[:20])}", t("ssb.k811.json_position", cells=cells))
            items.append((at, value))
    else:
        raise _Refused("value", t("ssb.k811.json_list"))
    for at, value in items:
        if value is not None and (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not 0 <= value <= MAX_VALUE
        ):
            raise _Refused(f"value[{at}]", t("ssb.k811.json_value"))
    # row-major: the last dimension varies fastest, as itertools.product counts
    places = itertools.product(*(range(n) for n in sizes))
    if isinstance(values, list):
        cube.values = {
            place: None if value is None else float(value)
            for place, value in zip(places, values, strict=True)
        }
        return
    wanted = dict(items)
    for at, place in enumerate(places):
        if at in wanted:
            value = wanted[at]
            cube.values[place] = None if value is None else float(value)
