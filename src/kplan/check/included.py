"""Included files: `kplan validate` on a file a plan includes validates the plan that includes it.

A user edits `tiltak/helse.yaml` and runs `kplan validate tiltak/helse.yaml`. Alone, that file
is no plan: it has no `plan:`, and its references name units and goals that live in other files
of the plan, so validating it alone gives an error for each of them. The plan that reads it is
the nearest directory above the file with a kplan.yaml whose `include:` (or CSV lists and SSB
files under `analysis:`) names it: that plan is validated instead, with a note saying so. When no plan
includes the file, kplan says which plans there are, in one diagnostic, instead of the errors.

A file with any of a plan's own keys (`plan:`, `steps:`, `organisation:`...) is a single-file
plan, validated as it is; so is a file that a plan includes but that cannot be read (its YAML
error is the same wherever it is reported from). The walk upwards stops at the top of the git
repository the file is in, or at the top of the file system.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from kplan.diagnostics import Diagnostic, make
from kplan.plan.files import ROOT_NAME, expand
from kplan.plan.model import HEAD_NAMES, PlanPart
from kplan.plan.ssb import ssb_files
from kplan.read.inventory_xlsx import is_workbook
from kplan.read.rawtext import read_text
from kplan.read.sources import DISK, Source
from kplan.read.yaml_loader import load_file
from kplan.text import Text, one_of, t

_PLAN_KEYS = frozenset(HEAD_NAMES) - frozenset(PlanPart.model_fields)
"""Keys only a whole plan has (`plan:`, `steps:`, `include:`...): not `kplan:`, which every file
of a plan may carry."""

MAX_LEVELS = 12
"""How many directories above the file are looked at: plans lie a few levels above their parts."""


@dataclass(frozen=True)
class Target:
    """What `kplan validate PATH` validates."""

    path: str
    """The plan to validate: PATH itself, or the directory of the plan that includes it."""
    note: Text | None = None
    """Said before the report when another path than PATH is validated."""
    refused: Diagnostic | None = None
    """When PATH is part of no plan: this one diagnostic is the report."""


def target(path: str, source: Source = DISK) -> Target:
    """The plan `kplan validate path` should validate (see the module's docstring)."""
    if source.is_dir(path):
        return _folder(path, source)
    if not source.is_file(path) or os.path.basename(path) == ROOT_NAME:
        return Target(path)
    is_csv = path.lower().endswith(".csv") or is_workbook(path) or _jsonstat(path, source)
    readable = True
    if not is_csv:
        loaded = load_file(path, source=source)
        readable = loaded.ok
        data = loaded.data if loaded.ok else None
        if isinstance(data, dict) and any(key in _PLAN_KEYS for key in data):
            return Target(path)  # a single-file plan (perhaps an unfinished one)
        if loaded.ok and data is not None and not isinstance(data, dict):
            return Target(path)  # not a mapping: reported as it is, like any plan file
    plans = list(_plans_above(path, source))
    for folder, files in plans:
        if _same(path, files):
            note = t("check.included.note", plan=_shown(folder), file=path)
            return Target(folder, note=note)
    if not readable or (is_csv and not plans):
        return Target(path)
    if plans:
        names = [_shown(folder) for folder, _ in plans]
        key = (
            "check.included.by_none"
            if not is_csv
            else "ssb.included.by_none"
            if path.lower().endswith(".json")
            else "check.included.csv_by_none"
        )
        message = t(key, plans=one_of(tuple(names)), first=names[0])
    else:
        message = t("check.included.no_plan")
    return Target(path, refused=make(path, 0, 0, "K016", message))


def _folder(path: str, source: Source) -> Target:
    """A folder with no kplan.yaml inside a plan (`kplan validate tiltak/`): the plan that
    includes files from it."""
    if source.is_file(os.path.join(path, ROOT_NAME)):
        return Target(path)
    inside = os.path.abspath(path) + os.sep
    for folder, files in _plans_above(os.path.join(path, ROOT_NAME), source):
        if any(os.path.abspath(f).startswith(inside) for f in files):
            note = t("check.included.note_folder", plan=_shown(folder), folder=path)
            return Target(folder, note=note)
    return Target(path)  # no plan here: kplan.yaml is missing (K016), as it says


def _shown(folder: str) -> str:
    """A plan as the user names it: its kplan.yaml, relative as the file was given."""
    return os.path.normpath(os.path.join(folder, ROOT_NAME))


def _same(path: str, files: list[str]) -> bool:
    want = os.path.abspath(path)
    return any(os.path.abspath(f) == want for f in files)


def _plans_above(path: str, source: Source) -> list[tuple[str, list[str]]]:
    """The plans in the directories above `path`, nearest first, with the files each reads
    besides its kplan.yaml."""
    found: list[tuple[str, list[str]]] = []
    folder = os.path.dirname(path) or "."
    for _ in range(MAX_LEVELS):
        root = os.path.join(folder, ROOT_NAME)
        if source.is_file(root):
            found.append((folder, _parts(root, source)))
        parent = os.path.normpath(os.path.join(folder, os.pardir))
        top = os.path.realpath(folder) == os.path.realpath(parent)
        if top or os.path.exists(os.path.join(folder, ".git")):
            break  # the top of the repository, or of the file system
        folder = parent
    return found


def _parts(root: str, source: Source) -> list[str]:
    """The files the plan at `root` includes and reads CSV from (its problems are left for
    its own validation)."""
    loaded = load_file(root, source=source)
    data = loaded.data if loaded.ok else None
    if not isinstance(data, dict):
        return []
    files = expand(root, data.get("include"), source, [])
    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        for key in ("inventory_files", "driver_files"):
            files += expand(root, analysis.get(key), source, [], ("analysis", key))
        files += ssb_files(root, analysis.get("ssb"), source, [])
    return files


def _jsonstat(path: str, source: Source) -> bool:
    """A JSON-stat file saved from SSB's PxWebApi: data, like a CSV file, not a plan part
    (read as JSON, not as YAML, which a file of thousands of figures would make slow)."""
    if not path.lower().endswith(".json"):
        return False
    text = read_text(path, source)
    if not isinstance(text, str):
        return False
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("class") == "dataset"
