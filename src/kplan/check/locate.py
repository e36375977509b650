"""Locate: turn findings that name a data path into diagnostics with line and column.

Checks know *what* is wrong and *where in the data* (`("actions", 3, "needs", 0)`); only this
module knows how to find that in the file. Positions are costly to keep, so files are parsed a
second time, with positions, only when they have findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kplan.diagnostics import Diagnostic, Finding, make
from kplan.read.inventory_xlsx import is_workbook, resolve_xlsx
from kplan.read.rawtext import split_lines
from kplan.read.sources import DISK, Source
from kplan.read.tables import BAND_COLUMNS, Table, column, read_table
from kplan.read.yaml_loader import load_file
from kplan.text import t

_TOKEN_END = re.compile(r"\s+#|,|\]|\}|:(?=\s|$)|$")  # a key ends at its colon


def _token(line_text: str, col: int) -> str:
    rest = line_text[col - 1 :]
    m = _TOKEN_END.search(rest)
    return rest[: m.start() if m else len(rest)].strip()


def _resolve_csv(file: str, items: list[Finding], source: Source) -> list[Diagnostic]:
    """Findings in a CSV file: (section, row index, field, ...) is a row and a column."""
    table = read_table(file, source)
    header = table.header if isinstance(table, Table) else ()
    out = []
    for f in items:
        # a row's index is its line less 2 (see assemble._read_tables)
        line = f.path[1] + 2 if len(f.path) > 1 and isinstance(f.path[1], int) else 1
        field = f.path[2] if len(f.path) > 2 else ""
        if field in BAND_COLUMNS and len(f.path) > 3:
            field = BAND_COLUMNS[str(field)] + str(f.path[3])
        out.append(make(file, line, column(header, str(field)) or 1, f.code, f.message))
    return out


def resolve(findings: Iterable[Finding], source: Source = DISK) -> list[Diagnostic]:
    """Diagnostics for the findings, each at the line and column of the key or value."""
    by_file: dict[str, list[Finding]] = {}
    for f in findings:
        by_file.setdefault(f.file, []).append(f)
    out: list[Diagnostic] = []
    for file, items in by_file.items():
        if file.lower().endswith(".csv"):
            out.extend(_resolve_csv(file, items, source))
            continue
        if is_workbook(file):
            out.extend(resolve_xlsx(file, items, source))
            continue
        loaded = load_file(file, positions=True, source=source)
        if loaded.positions is None:  # the file changed or broke since it was read
            out.extend(make(file, 0, 0, f.code, f.message) for f in items)
            continue
        lines: list[str] | None = None
        for f in items:
            line, col = loaded.positions.of(f.path, key=f.at_key)
            message = f.message
            if f.quote_hint:
                if lines is None:
                    lines = split_lines(loaded.text)
                raw = _token(lines[line - 1], col) if line <= len(lines) else ""
                if raw:
                    message = t("hint.quote", message=message, raw=raw)
            out.append(make(file, line, col, f.code, message))
    return out
