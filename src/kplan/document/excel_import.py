"""`kplan excel import`: a filled-in action form applied to the plan's YAML files.

A row with an id updates the form's fields of that action whose cell differs from the YAML
(`form_value`); nothing else of the action is touched. A row without an id is a new action,
with an id made like its unit's (`action_ids`), appended to the file that holds that unit's
actions. An action the workbook lacks is never removed (the cover sheet says: set status
«avlyst»). The edits are made in memory (`yaml_edit`), the edited plan is read through an
`Overlay`, validated and compared with the plan on disk (`kplan diff`'s PlanDiff), and only
then, with `write`, written: every file or none, and nothing at all when a cell was bad or
the edited plan has errors.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from dataclasses import replace
from typing import Any

from kplan.analysis.form_import import Crossed, ImportResult, Matched
from kplan.analysis.versions import diff_revisions
from kplan.check.validate import Checked, check
from kplan.diagnostics import Severity
from kplan.document.action_ids import IdMaker
from kplan.document.write import OutputError, write_atomic
from kplan.document.yaml_edit import REMOVE, Editor
from kplan.document.yaml_nodes import EditError
from kplan.errors import KplanError
from kplan.plan.action_form import DEFAULT_STATUS, FORM_FIELDS, FormRow, form_value, read_form
from kplan.plan.assemble import Assembled
from kplan.plan.model import SECTION_NAMES, Plan
from kplan.present.terminal import field
from kplan.read.git import shown
from kplan.read.overlay import Overlay
from kplan.read.rawtext import MAX_BYTES
from kplan.read.sources import DISK
from kplan.read.yaml_loader import load_file
from kplan.text import t

SECTION = "actions"


def import_form(
    workbook: str, path: str, *, write: bool, checked: Checked | None = None
) -> ImportResult:
    """Apply the form in `workbook` to the plan at `path` (a valid plan: `checked`, or read
    here); write the changed files when `write` and nothing blocks it."""
    checked = checked if checked is not None else check(path, DISK)
    plan = checked.plan
    if plan is None:
        raise KplanError(t("excel_import.plan_invalid", path=shown(path)))
    rows, diagnostics = read_form(workbook, plan, DISK)
    if not rows and diagnostics:
        return ImportResult(tuple(diagnostics), None, (), written=False)
    rows, matched = _known_titles(rows, plan)
    origins = checked.assembled.origins.get(SECTION, [])
    place = {a.id: (o.file, o.index) for a, o in zip(plan.actions, origins, strict=True)}
    editors: dict[str, Editor] = {}
    crossed: list[Crossed] = []
    file = checked.assembled.root
    try:
        for row in rows:
            if row.id is not None and row.id in place:
                file, index = place[row.id]
                crossed += _update(_editor(editors, file), index, row)
        added = _add(editors, rows, plan, place, checked.assembled)
        texts = {}
        for file, editor in editors.items():
            if editor.dirty:
                texts[file] = editor.result()
    except EditError as exc:
        # an edit kplan cannot make cleanly (a key where the file has a scalar, text that
        # would not read back as written): the file is the user's to edit
        raise KplanError(t("excel_import.cannot_edit", file=shown(exc.path or file))) from None
    named = {row.id for row in rows if row.id is not None}
    # a row left out for a bad cell may name an action: then the count is not known
    untouched = None if diagnostics else sum(a.id not in named for a in plan.actions)
    new = {f: text.encode("utf-8") for f, text in texts.items()}
    overlay = Overlay(new, label=os.path.basename(workbook))
    diff = diff_revisions(path, DISK, overlay)
    after = check(path, overlay).report.diagnostics if new else ()
    errors = tuple(d for d in after if d.severity is Severity.ERROR)
    # warnings the plan had already are not the form's doing; positions move, words do not
    had = {(d.path, d.code, d.message) for d in checked.report.diagnostics}
    warnings = tuple(
        d
        for d in after
        if d.severity is Severity.WARNING and (d.path, d.code, d.message) not in had
    )
    result = ImportResult(
        tuple(diagnostics),
        diff,
        tuple(new),
        False,
        tuple(errors),
        tuple(added),
        untouched,
        tuple(matched),
        warnings,
        tuple(crossed),
    )
    if not write or result.blocked or not new:
        return result
    _write_all(new, {f: e.raw for f, e in editors.items() if f in new})
    return replace(result, written=True)


def _title(text: object) -> str:
    return " ".join(text.split()).casefold() if isinstance(text, str) else ""


def _known_titles(rows: list[FormRow], plan: Plan) -> tuple[list[FormRow], list[Matched]]:
    """A row without an id whose title its unit already has is that action, not a new one:
    importing the same workbook twice adds nothing the second time (the id cell is locked,
    so the first import cannot write the new ids into the workbook)."""
    titles: dict[tuple[str | None, str], list[str]] = {}
    for action in plan.actions:
        titles.setdefault((action.unit, _title(action.title)), []).append(action.id)
    out, matched = [], []
    for row in rows:
        key = (row.unit, _title(row.values.get(("title",))))
        found = titles.get(key) if row.id is None else None
        if found is not None and len(found) == 1:
            row = replace(row, id=found[0])
            matched.append(Matched(row.sheet, row.row, found[0]))
        out.append(row)
    return out, matched


def _editor(editors: dict[str, Editor], file: str) -> Editor:
    if file not in editors:
        raw = DISK.read_bytes(file, MAX_BYTES + 1)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise KplanError(t("excel_import.not_utf8", file=shown(file))) from None
        try:
            editors[file] = Editor(text, file, raw=raw)
        except EditError:
            raise KplanError(t("excel_import.cannot_edit", file=shown(file))) from None
    return editors[file]


def _same(a: Any, b: Any) -> bool:
    # a count read as 12.0 from a cell is the YAML's 12; True is not 1
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b) and (isinstance(a, (int, float)) == isinstance(b, (int, float)))


def _raw(action: dict[str, Any], path: tuple[str, ...]) -> str:
    """The YAML's own text at `path`, before the form's normalising ("" when none)."""
    value: Any = action
    for step in path:
        value = value.get(step) if isinstance(value, dict) else None
    return value if isinstance(value, str) else ""


def _update(editor: Editor, index: int, row: FormRow) -> list[Crossed]:
    """Set the fields of action `index` whose cell differs from the YAML; the cells whose
    value the plan changed too since the export."""
    raw = editor.data[SECTION][index]
    changes: dict[tuple[str, ...], Any] = {}
    crossed: list[Crossed] = []
    sent = row.sent if row.sent is not None else {}
    for spec in FORM_FIELDS:
        if spec.path == ("id",) or spec.path not in row.values:
            continue
        new = row.values[spec.path]
        if spec.path in sent and _same(sent[spec.path], new):
            continue  # as the export sent it: the plan's value stays, changed since or not
        old = form_value(spec.path, raw)
        if spec.path == ("status",) and new is None:
            new = DEFAULT_STATUS  # an empty status cell is the model's default
        if _same(new, old):
            continue
        if spec.path in sent and not _same(sent[spec.path], old) and row.id is not None:
            crossed.append(Crossed(row.sheet, row.row, row.id, spec.label))
        if isinstance(new, str) and "\n" in new and _raw(raw, spec.path).endswith("\n"):
            new += "\n"  # a block that ended in a line break (`|`) keeps it, as the form drops it
        changes[spec.path] = REMOVE if new is None else new
    if not changes:
        return crossed
    item = (SECTION, index)
    if isinstance(raw.get("period"), str) and any(p[0] == "period" for p in changes):
        # «period: kontinuerlig» is the period's words; with a start or end it becomes a mapping
        period: dict[str, Any] = {"text": raw["period"]}
        for p in [p for p in changes if p[0] == "period"]:
            value = changes.pop(p)
            if value is REMOVE:
                period.pop(p[1], None)
            else:
                period[p[1]] = value
        changes[("period",)] = period or REMOVE
    for path, value in changes.items():
        editor.set(item, path, value)
    return crossed


def _add(
    editors: dict[str, Editor],
    rows: list[FormRow],
    plan: Plan,
    place: dict[str, tuple[str, int]],
    asm: Assembled,
) -> list[str]:
    """Append the new rows' actions; their ids, in the workbook's order."""
    fresh = [row for row in rows if row.id is None]
    if not fresh:
        return []
    units: dict[str | None, list[str]] = {}
    for action in plan.actions:
        units.setdefault(action.unit, []).append(action.id)
    ids = IdMaker(
        [a.id for a in plan.actions],
        (item.id for name in SECTION_NAMES for item in _items(plan, name)),
    )
    homes: dict[str | None, str] = {}
    added = []
    for row in fresh:
        title = row.values.get(("title",))
        ident = ids.make(title if isinstance(title, str) else "", units.get(row.unit, []))
        if row.unit not in homes:
            homes[row.unit] = _home(row.unit, plan, asm, place)
        _editor(editors, homes[row.unit]).append(SECTION, _new_action(ident, row))
        added.append(ident)
    return added


def _items(plan: Plan, name: str) -> list[Any]:
    value = getattr(plan, name, None)
    return (
        [i for i in value if isinstance(getattr(i, "id", None), str)]
        if isinstance(value, list)
        else []
    )


def _new_action(ident: str, row: FormRow) -> dict[str, Any]:
    """The row as a YAML action: its id first, then every filled-in field in the form's order."""
    action: dict[str, Any] = {"id": ident}
    for spec in FORM_FIELDS:
        value = row.values.get(spec.path)
        if spec.path == ("id",) or value is None:
            continue
        if spec.path == ("unit",) or (spec.path == ("status",) and value == DEFAULT_STATUS):
            continue
        if len(spec.path) == 2:
            action.setdefault(spec.path[0], {})[spec.path[1]] = value
        else:
            action[spec.path[0]] = value
    if row.unit is not None:
        action = {"id": ident, "title": action.pop("title", ""), "unit": row.unit, **action}
    return action


def _home(unit: str | None, plan: Plan, asm: Assembled, place: dict[str, tuple[str, int]]) -> str:
    """The file a new action of `unit` goes to: the one holding most of the unit's actions;
    for a unit with none, the one holding its needs, else its parent unit's actions; else the
    file holding most actions, else the plan's root file."""
    needs = asm.origins.get("needs", [])
    parents = {u.id: u.parent for u in plan.units}
    seen: set[str | None] = set()
    while unit not in seen:
        seen.add(unit)
        mine = Counter(place[a.id][0] for a in plan.actions if a.unit == unit and a.id in place)
        if not mine and unit is not None:
            mine = Counter(
                o.file for n, o in zip(plan.needs, needs, strict=False) if n.unit == unit
            )
        if mine:
            return mine.most_common(1)[0][0]
        unit = parents.get(unit) if unit is not None else None
    every = Counter(file for file, _ in place.values())
    if every:
        return every.most_common(1)[0][0]
    # no actions yet: the file that has `actions:` waiting (kplan init's tiltaksplan/tiltak.yaml)
    waiting = [f for f in asm.files if _has_section(f)]
    return next((f for f in waiting if f != asm.root), waiting[0] if waiting else asm.root)


def _has_section(file: str) -> bool:
    data = load_file(file).data
    return isinstance(data, dict) and SECTION in data


def _write_all(new: dict[str, bytes], old: dict[str, bytes]) -> None:
    """Write every file or none: a file that cannot be replaced (read-only, executable, not a
    regular file) or that changed on disk since it was read is refused before any is written,
    and a failure half-way puts the files already written back. A plan file that is a symbolic
    link is edited where it leads, as an editor would, and stays a link."""
    from kplan.document.targets import not_a_document, not_replaceable

    places = {file: os.path.realpath(file) for file in new}
    for file, place in places.items():
        why = not_a_document(place) or not_replaceable(place)
        if why:
            raise OutputError(t("run.output.refused_file", path=field(file), why=why))
        if DISK.read_bytes(place, MAX_BYTES + 1) != old[file]:
            raise KplanError(t("excel_import.changed_meanwhile", file=shown(file)))
    done: list[str] = []
    try:
        for file, data in new.items():
            write_atomic(places[file], data)
            done.append(file)
    except BaseException:
        for file in done:
            with contextlib.suppress(OSError, KplanError):
                write_atomic(places[file], old[file])
        raise
