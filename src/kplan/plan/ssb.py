"""Drivers from SSB files as published (statistikkbanken CSV, PxWebApi JSON-stat2), by the
mapping under `analysis.ssb` in the plan. (Being built for issue 15.)"""

from __future__ import annotations

from typing import Any

from kplan.diagnostics import Diagnostic, Finding
from kplan.read.sources import Source


def ssb_drivers(
    root: str,
    mapping: Any,
    source: Source,
    problems: list[Diagnostic],
    findings: list[Finding],
    files: list[str],
) -> list[tuple[str, list[tuple[int, dict[str, Any]]]]]:
    """(file, [(index, driver item)]) for each SSB file `mapping` names: the driver items as
    YAML `drivers:` would hold them. Problems go to `problems` (positioned) or `findings`
    (by data path); every file read is appended to `files`."""
    return []
