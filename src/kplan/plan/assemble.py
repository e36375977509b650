"""Assemble a plan: find its files, validate each against the model, and merge them.

A plan is `kplan.yaml` plus the files it names under `include:` (`files` says which files a plan
reads). Included files hold list sections only (units, needs, actions...). Items are validated one
by one, so one broken action does not hide problems in the rest: the broken item is left out and
reported, and references to its id are not reported again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from kplan.diagnostics import Diagnostic, Finding, make
from kplan.hints import reset_hint_budget
from kplan.plan.compact import InventoryReader
from kplan.plan.files import expand, find_root
from kplan.plan.model import (
    HEAD_NAMES,
    SECTION_NAMES,
    Head,
    PartialHead,
    PartialPlan,
    Plan,
    PlanInfo,
    PlanPart,
    Sections,
)
from kplan.plan.names import name_hints
from kplan.plan.pydantic_errors import model_for, translate
from kplan.plan.ssb import published_drivers
from kplan.plan.types import ID_PATTERN
from kplan.read.drivers import driver_items
from kplan.read.inventory_xlsx import (
    XlsxTable,
    is_workbook,
    place,
    read_inventory_xlsx,
    unknown_xlsx_columns,
)
from kplan.read.privacy import scan
from kplan.read.sources import DISK, Source
from kplan.read.tables import (
    BAND_COLUMNS,
    DRIVER_COLUMNS,
    INVENTORY_COLUMNS,
    Table,
    read_table,
    unknown_columns,
)
from kplan.read.yaml_loader import load_file
from kplan.text import t

MAX_BAD_ROWS = 500
"""Rows with errors listed one by one per CSV file; an export with a wrong column gives one
error per row, and a million of them helps no one."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a merged section item came from: its file and its index in that file's list."""

    file: str
    index: int
    at: tuple[Any, ...] | None = None
    """Where the item is written when that is not (section, index) of `file`: a driver from
    an SSB file is written as its entry under `analysis.ssb` in kplan.yaml."""


@dataclass
class Assembled:
    """The plan as far as it could be read, with what went wrong on the way."""

    root: str
    files: list[str] = field(default_factory=list)
    partial: PartialPlan | None = None
    """The merged plan, without the items that failed; None when kplan.yaml is unreadable.
    When the head of kplan.yaml has errors, its valid fields are kept; it is a `Plan` when its
    `plan:` was read. Only `check` says whether it has no errors."""
    origins: dict[str, list[Origin]] = field(default_factory=dict)
    """For each section, where each item of `plan.<section>` came from."""
    broken: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Items left out as invalid, per section, as read: references to their ids are not
    dangling, and what they refer to is not orphaned."""
    problems: list[Diagnostic] = field(default_factory=list)
    """Problems with known positions (YAML errors)."""
    source: Source = DISK
    """Where the files were read from: the working tree or a git revision."""
    findings: list[Finding] = field(default_factory=list)
    """Problems located by data path (model errors)."""
    id_errors: list[tuple[int, Any]] = field(default_factory=list, repr=False)
    """Findings that are a text not in an id's form (index in `findings`, the text): a name
    written where its id belongs is told which id (`kplan.plan.names`)."""

    @property
    def info(self) -> PlanInfo | None:
        """The plan's metadata (plan:), if it was valid."""
        return self.partial.plan if self.partial is not None else None

    def where(self, section: str, index: int, *rest: str | int) -> tuple[str, tuple[Any, ...]]:
        """File and data path of item `index` of a merged section."""
        origin = self.origins[section][index]
        if origin.at is not None:
            return origin.file, (*origin.at, *rest)
        return origin.file, (section, origin.index, *rest)


@cache
def _head_adapter(name: str) -> TypeAdapter[Any]:
    annotation: Any = Head.model_fields[name].annotation
    return TypeAdapter(annotation)


def _salvage(data: dict[str, Any]) -> dict[str, Any]:
    """The head fields that are valid on their own, when the head as a whole is not; the
    others take their `PartialHead` default (`plan` None)."""
    fields: dict[str, Any] = {}
    for name, info in PartialHead.model_fields.items():
        if name in data:
            try:
                fields[name] = _head_adapter(name).validate_python(data[name])
                continue
            except ValidationError:
                pass  # already reported by the whole-head validation
        fields[name] = info.get_default(call_default_factory=True)
    return fields


@cache
def _item_adapter(section: str) -> TypeAdapter[Any]:
    annotation = Sections.model_fields[section].annotation
    (item,) = getattr(annotation, "__args__", (Any,))
    return TypeAdapter(item)


def _sections(
    data: dict[str, Any], file: str, out: Assembled, merged: dict[str, list[Any]]
) -> None:
    for section in SECTION_NAMES:
        items = data.get(section)
        if isinstance(items, list):  # else absent, or the wrong type: the head model says so
            _items(section, list(enumerate(items)), file, out, merged)


def _items(
    section: str,
    items: list[tuple[int, Any]],
    file: str,
    out: Assembled,
    merged: dict[str, list[Any]],
) -> None:
    """Validate items one by one; `index` is where each sits in its file (list index or row)."""
    adapter = _item_adapter(section)
    for index, item in items:
        try:
            value = adapter.validate_python(item)
        except ValidationError as exc:
            item_model = _item_model(section, item)
            for err in exc.errors():
                _note_id_error(err, out)
                out.findings.append(translate(err, item, item_model, file, (section, index)))
            # inventory rows have no id for anything to refer to: one shows the section is there
            if isinstance(item, dict) and (section != "inventory" or not out.broken.get(section)):
                out.broken.setdefault(section, []).append(item)
            continue
        merged[section].append(value)
        out.origins[section].append(Origin(file, index))


def _csv_files(
    root: str,
    analysis: dict[str, Any],
    key: str,
    out: Assembled,
    columns: tuple[str, ...],
    prefixes: tuple[str, ...] = (),
    workbooks: bool = False,
) -> Iterator[Table | XlsxTable]:
    """The readable CSV files (and, with `workbooks`, Excel workbooks) named under
    analysis.<key>; their problems go to `out`."""
    for path in expand(root, analysis.get(key), out.source, out.findings, ("analysis", key)):
        out.files.append(path)
        if workbooks and is_workbook(path):
            book = read_inventory_xlsx(path, out.source)
            if isinstance(book, Diagnostic):
                out.problems.append(book)
                continue
            out.problems.extend(unknown_xlsx_columns(book))
            yield book  # its cells are scanned for personal data as they are read
            continue
        table = read_table(path, out.source)
        if isinstance(table, Diagnostic):
            out.problems.append(table)
            continue
        if table.note is not None:
            out.problems.append(table.note)
        out.problems.extend(scan(path, table.text))
        out.problems.extend(unknown_columns(table, columns, prefixes))
        yield table


def _tables(root: str, analysis: Any, out: Assembled, merged: dict[str, list[Any]]) -> None:
    """Inventory and driver rows from the CSV files named under analysis:."""
    if not isinstance(analysis, dict):
        return
    # Hundreds of thousands of rows, none in a reference cycle: the cycle collector would
    # walk all of them again and again while they are made, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _read_tables(root, analysis, out, merged)
    finally:
        if collecting:
            gc.enable()


def _read_tables(
    root: str, analysis: dict[str, Any], out: Assembled, merged: dict[str, list[Any]]
) -> None:
    bands = tuple(BAND_COLUMNS.values())
    reader = InventoryReader()
    rows, origins = merged["inventory"], out.origins["inventory"]
    inventory = _csv_files(root, analysis, "inventory_files", out, INVENTORY_COLUMNS, bands, True)
    for table in inventory:
        # a row's index is its line less 2, so rows after a multi-line row keep their lines
        # (in a workbook, its sheet and row: `read.inventory_xlsx.place`)
        bad, first_unlisted = 0, 0
        for line, row in reader.rows(table, out.problems):
            if isinstance(row, dict):
                bad += 1
                if bad <= MAX_BAD_ROWS:
                    _items("inventory", [(line - 2, row)], table.path, out, merged)
                elif not first_unlisted:
                    first_unlisted = line
            else:
                rows.append(row)
                origins.append(Origin(table.path, line - 2))
        if bad > MAX_BAD_ROWS:
            sheet, code = "", "K807"
            if isinstance(table, XlsxTable):
                pos, first_unlisted = place(first_unlisted)
                sheet, code = table.sheets[pos], "K810"
            out.problems.append(
                make(
                    table.path,
                    first_unlisted,
                    1,
                    code,
                    t(
                        "plan.k807.more_bad_rows.one"
                        if bad - MAX_BAD_ROWS == 1
                        else "plan.k807.more_bad_rows.many",
                        n=bad - MAX_BAD_ROWS,
                    ),
                    sheet=sheet,
                )
            )
    for table in _csv_files(root, analysis, "driver_files", out, DRIVER_COLUMNS):
        assert isinstance(table, Table)  # drivers come from CSV files only
        _items("drivers", driver_items(table, out.problems), table.path, out, merged)
    published = published_drivers(
        root, analysis.get("ssb"), out.source, out.problems, out.findings, out.files
    )
    origins = out.origins["drivers"]
    for part in published:
        start = len(origins)
        _items("drivers", part.items, part.file, out, merged)
        # what a check finds in such a driver is said at its entry in kplan.yaml
        origins[start:] = [Origin(root, o.index, part.at(o.index)) for o in origins[start:]]


def _item_model(section: str, item: Any) -> type[BaseModel]:
    annotation = Sections.model_fields[section].annotation
    (tp,) = getattr(annotation, "__args__", (Any,))
    model = model_for(tp, item)
    return model if model is not None else Sections


def _shape_only(model: type[BaseModel], data: dict[str, Any], file: str, out: Assembled) -> Any:
    """Validate everything but the list items (those are validated one by one)."""
    stripped = {
        k: ([] if k in SECTION_NAMES and isinstance(v, list) else v) for k, v in data.items()
    }
    try:
        return model.model_validate(stripped)
    except ValidationError as exc:
        head_only = frozenset(HEAD_NAMES) if model is PlanPart else frozenset()
        for err in exc.errors():
            _note_id_error(err, out)
            out.findings.append(translate(err, data, model, file, (), head_only))
        return None


def assemble(path: str, source: Source = DISK) -> Assembled:
    """Read the plan at `path` (a plan directory or a single YAML file) from `source`."""
    reset_hint_budget()
    root = find_root(path, source)
    if isinstance(root, Diagnostic):
        return Assembled(root=path, problems=[root], source=source)
    out = Assembled(root=root, files=[root], source=source)
    out.origins = {s: [] for s in SECTION_NAMES}
    merged: dict[str, list[Any]] = {s: [] for s in SECTION_NAMES}

    loaded = load_file(root, source=source)
    out.problems.extend(loaded.problems + scan(root, loaded.text))
    if not loaded.ok:
        return out
    data = loaded.data
    if not isinstance(data, dict):
        out.problems.append(make(root, 1, 1, "K013", t("plan.k013.root_not_mapping")))
        return out

    head = _shape_only(Plan, data, root, out)
    _sections(data, root, out, merged)

    for part in expand(root, data.get("include"), source, out.findings):
        out.files.append(part)
        part_loaded = load_file(part, source=source)
        out.problems.extend(part_loaded.problems + scan(part, part_loaded.text))
        if not part_loaded.ok:
            continue
        if not isinstance(part_loaded.data, dict):
            out.problems.append(make(part, 1, 1, "K013", t("plan.k013.part_not_mapping")))
            continue
        _shape_only(PlanPart, part_loaded.data, part, out)
        _sections(part_loaded.data, part, out, merged)

    _tables(root, data.get("analysis"), out, merged)

    if head is not None:
        fields = {name: getattr(head, name) for name in Head.model_fields}
    else:
        fields = _salvage(data)
    fields.update(merged)
    # each field was validated (or is its default): only whether plan: was read is open
    whole = Plan if fields["plan"] is not None else PartialPlan
    out.partial = whole.model_construct(**fields)
    name_hints(out.findings, out.id_errors, out.partial, out.broken)
    return out


def _note_id_error(err: ErrorDetails, out: Assembled) -> None:
    if (
        err["type"] == "string_pattern_mismatch"
        and (err.get("ctx") or {}).get("pattern") == ID_PATTERN
    ):
        out.id_errors.append((len(out.findings), err.get("input")))
