"""Drivers from SSB files as published (statistikkbanken CSV, PxWebApi JSON-stat2), by the
mapping under `analysis.ssb` in the plan.

Each entry names one file and the drivers it gives; the file is read once however many
entries name it (`kplan.read.ssb_csv`, `kplan.read.jsonstat`) and the drivers are picked out
of it (`kplan.plan.ssb_pick`). The items made are what `drivers:` in YAML would hold, so a
driver from SSB is validated, checked and analysed like any other. An entry the model refuses
is left out here: the head's validation says what is wrong with it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from kplan.diagnostics import Diagnostic, Finding
from kplan.plan.files import expand
from kplan.plan.ssb_model import SsbFile
from kplan.read.sources import Source
from kplan.text import t

if TYPE_CHECKING:  # the readers are imported when a plan names an SSB file: most name none
    from kplan.read.ssb_cube import Cube


@cache
def _adapter() -> TypeAdapter[SsbFile]:
    return TypeAdapter(SsbFile)


def read_cube(path: str, problems: list[Diagnostic], source: Source) -> Cube | None:
    """An SSB file as a table: JSON-stat when its name ends in .json, else statistikkbank CSV."""
    if path.lower().endswith(".json"):
        from kplan.read.jsonstat import read_jsonstat

        return read_jsonstat(path, problems, source)
    from kplan.read.ssb_csv import read_ssb_csv

    return read_ssb_csv(path, problems, source)


def ssb_files(root: str, mapping: Any, source: Source, findings: list[Finding]) -> list[str]:
    """The files the entries of `mapping` name, each once (for `kplan validate FILE` and
    render's protection of the plan's files)."""
    out: list[str] = []
    for i, entry in enumerate(mapping if isinstance(mapping, list) else []):
        name = entry.get("file") if isinstance(entry, dict) else None
        for path in _named(root, name, source, findings, ("analysis", "ssb", i)):
            if path not in out:
                out.append(path)
    return out


def _named(
    root: str, name: Any, source: Source, findings: list[Finding], at: tuple[str | int, ...]
) -> list[str]:
    if not isinstance(name, str) or not name:
        return []
    found: list[Finding] = []
    paths = expand(root, [name], source, found)
    # expand locates a problem at the pattern's index in a list: here it is the `file:` key
    findings.extend(dataclasses.replace(f, path=(*at, "file")) for f in found)
    return paths


@dataclass(frozen=True)
class Published:
    """The drivers one entry of `analysis.ssb` gives."""

    file: str
    """The SSB file they were read from."""
    entry: int
    """The entry's index in `analysis.ssb`."""
    items: list[tuple[int, dict[str, Any]]]
    """(index of the driver in the entry's `drivers:`, driver item)."""

    def at(self, index: int) -> tuple[str | int, ...]:
        """Where driver `index` is written in kplan.yaml: a finding about it belongs there,
        not in the SSB file."""
        return ("analysis", "ssb", self.entry, "drivers", index)


def published_drivers(
    root: str,
    mapping: Any,
    source: Source,
    problems: list[Diagnostic],
    findings: list[Finding],
    files: list[str],
) -> list[Published]:
    """The drivers each SSB file `mapping` names gives, as YAML `drivers:` would hold them.
    Problems go to `problems` (positioned) or `findings` (by data path); every file read is
    appended to `files`."""
    if not isinstance(mapping, list) or not mapping:
        return []
    from kplan.plan.ssb_pick import Picker

    cubes: dict[str, Cube | None] = {}
    out = []
    for i, entry in enumerate(mapping):
        try:
            spec = _adapter().validate_python(entry)
        except ValidationError:
            continue
        at = ("analysis", "ssb", i)
        paths = _named(root, spec.file, source, findings, at)
        if len(paths) != 1:
            if len(paths) > 1:
                message = t("ssb.k812.several_files", file=spec.file, n=len(paths))
                findings.append(Finding(root, (*at, "file"), "K812", message))
            continue
        path = paths[0]
        if path not in cubes:
            if path not in files:
                files.append(path)
            cubes[path] = read_cube(path, problems, source)
        cube = cubes[path]
        if cube is None:
            continue
        items = Picker(root, cube, spec, at, findings, problems).items()
        if items:
            out.append(Published(path, i, items))
    return out
