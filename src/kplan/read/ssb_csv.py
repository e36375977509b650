"""SSB's statistikkbank CSV as downloaded: a table of figures with Norwegian headers.

Statistikkbanken saves «semikolonseparert med overskrift» (or without the title): an optional
title line («"07459: Befolkning, etter region, kjønn, alder og år"») and a blank line, then a
header of quoted names and one row per combination of categories. Cells carry the code and
the label («"3413 Stange"», «"000 0 år"», «"067-079 67-79 år"»). Two forms:

- wide: one value column per year (and statistics variable), headed «Personer 2024» or
  «Hovedalternativet (MMMM) 2025»;
- long: a column «år» (and perhaps «statistikkvariabel») and the value in the last column.

Files are Latin-1 (statistikkbanken's default) or UTF-8; `read_csv_text` reads both. Values are numbers or SSB's symbols («..», «.», «:» unknown; «-» zero). What
kplan cannot read is reported at its line and column as K811 and the value is unknown.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from kplan.diagnostics import Diagnostic, make
from kplan.hints import shown
from kplan.read.cells import FIRST_YEAR, LAST_YEAR
from kplan.read.rawtext import read_csv_text
from kplan.read.sources import DISK, Source
from kplan.read.ssb_cube import (
    CONTENTS,
    MAX_CELLS,
    MAX_VALUE,
    TABLE_NUMBER,
    YEAR,
    Category,
    Cube,
    Dimension,
    cell_value,
    role_of,
    sex_or_age,
    split_cell,
)
from kplan.text import Message, t

MAX_COLUMNS = 5000
"""77 years times 5 alternatives is 385 columns; more is a wrong delimiter or hostile."""
_WIDE = re.compile(r"^(?:(.*\S)\s+)?(\d{4})$|^(\d{4})\s+(.*\S)$")
"""A value column of the wide form: «Personer 2024», «2024 Personer», or the year alone."""
_TITLE_LINES = 5


def _year(text: str) -> int | None:
    text = text.strip()
    if len(text) == 4 and text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR:
        return int(text)
    return None


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _header(lines: list[str]) -> tuple[int, str, str] | None:
    """(index of the header line, its delimiter, the title) after the title and blank lines."""
    title = ""
    for i, line in enumerate(lines[: _TITLE_LINES + 1]):
        if not line.strip():
            continue
        if TABLE_NUMBER.match(line.lstrip('"')):
            # «07459: Befolkning, etter region, …» is the title however its commas split it
            title = title or " ".join(_cells(line, ";") or [line]).strip()
            continue
        best = max((";", "\t", ","), key=lambda d: len(_cells(line, d)))
        if len(_cells(line, best)) >= 2:
            return i, best, title
        title = title or " ".join(_cells(line, ";") or [line]).strip()
    return None


class _Reader:
    def __init__(self, path: str, problems: list[Diagnostic]) -> None:
        self.path = path
        self.problems = problems
        self.bad = 0

    def report(self, line: int, col: int, message: Message) -> None:
        self.problems.append(make(self.path, line, col, "K811", message))

    def value(self, cell: str, line: int, col: int) -> float | None:
        if cell.isdigit() and len(cell) < 10:
            return float(cell)  # nearly every cell: a plain count
        got = cell_value(cell)
        if isinstance(got, str):
            self.report(line, col, t("ssb.k811.value", value=shown(got[:40])))
            return None
        if got is not None and not 0 <= got <= MAX_VALUE:
            self.report(line, col, t("ssb.k811.value_range", value=shown(cell.strip()[:40])))
            return None
        return got


def read_ssb_csv(path: str, problems: list[Diagnostic], source: Source = DISK) -> Cube | None:
    """The file as a `Cube`; None when it cannot be read as an SSB table (said in
    `problems`)."""
    got = read_csv_text(path, source)
    if isinstance(got, Diagnostic):
        problems.append(got)
        return None
    # SSB's own download is Latin-1: nothing the user did, and only labels have letters, so
    # read_csv_text's K020 note would only nag on every run
    text, _ = got
    lines = io.StringIO(text, newline="").readlines()
    found = _header(lines)
    if found is None:
        problems.append(make(path, 1, 1, "K811", t("ssb.k811.no_header")))
        return None
    first, delimiter, title = found
    reader = csv.reader(lines[first:], delimiter=delimiter, strict=True)
    line0 = first + 1
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        problems.append(make(path, line0, 1, "K811", t("ssb.k811.csv_error", why=str(exc))))
        return None
    if len(header) > MAX_COLUMNS:
        problems.append(make(path, line0, 1, "K811", t("ssb.k811.columns", most=MAX_COLUMNS)))
        return None
    return _read(path, title, header, line0, reader, problems)


def _read(
    path: str,
    title: str,
    header: list[str],
    line0: int,
    reader: Any,
    problems: list[Diagnostic],
) -> Cube | None:
    r = _Reader(path, problems)
    wide = {
        i: (m[1] or m[4], m[2] or m[3])
        for i, h in enumerate(header)
        if (m := _WIDE.match(h)) and _year(m[2] or m[3])
    }
    roles = [role_of(h) for h in header]
    table_at = TABLE_NUMBER.match(title)
    if wide:
        columns = [i for i in range(len(header)) if i not in wide]
        if any(i > min(wide) for i in columns):
            r.report(line0, max(columns) + 1, t("ssb.k811.column_after_years", name=header[-1]))
            return None
        value_col = None
    else:
        value_col = len(header) - 1
        columns = list(range(value_col))
        if roles[value_col] != "other" or YEAR not in roles[:value_col]:
            r.report(line0, 1, t("ssb.k811.no_values"))
            return None
        table_at = table_at or TABLE_NUMBER.match(header[value_col])
    dims = [Dimension(header[i], roles[i]) for i in columns]
    has_contents = CONTENTS in roles[: len(columns)]
    wide_keys: dict[int, tuple[int, int]] = {}
    if wide:
        year_dim = Dimension("år", YEAR)
        contents = Dimension("statistikkvariabel", CONTENTS)
        for i, (label, year) in wide.items():
            category = split_cell(label or "Personer")
            if sex_or_age(category):
                # «Kvinner 2024»: the figures of one sex (or age group) would pass for all
                r.report(line0, i + 1, t("ssb.k811.variable_across", name=header[i]))
                return None
            wide_keys[i] = (year_dim.add(Category(year, year)), contents.add(category))
        if len(set(wide_keys.values())) != len(wide_keys):
            twice = next(i for i in wide_keys if list(wide_keys.values()).count(wide_keys[i]) > 1)
            r.report(line0, twice + 1, t("ssb.k811.column_twice", name=header[twice]))
            return None
        dims.append(year_dim)
        if not has_contents:
            dims.append(contents)
    elif not has_contents:
        label = header[-1]
        label = label.split(":", 1)[1].strip() if TABLE_NUMBER.match(label) else label
        dims.append(Dimension("statistikkvariabel", CONTENTS, [split_cell(label or "Personer")]))
    cube = Cube(path, dims, table=table_at[1] if table_at else None)
    _rows(r, cube, header, columns, value_col, wide_keys, has_contents, line0, reader)
    return cube


def _rows(
    r: _Reader,
    cube: Cube,
    header: list[str],
    columns: list[int],
    value_col: int | None,
    wide_keys: dict[int, tuple[int, int]],
    has_contents: bool,
    line0: int,
    reader: Any,
) -> None:
    seen: dict[tuple[int, ...], int] = {}
    # where each value cell goes: its column and the categories its header gives
    targets: list[tuple[int, tuple[int, ...]]]
    if value_col is not None:
        targets = [(value_col, () if has_contents else (0,))]
    else:
        targets = [(i, (y,) if has_contents else (y, c)) for i, (y, c) in wide_keys.items()]
    while True:
        line = line0 + reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            r.report(line, 1, t("ssb.k811.csv_error", why=str(exc)))
            return
        if not "".join(cells).strip():
            continue
        if len(cells) != len(header):
            r.report(line, 1, t("ssb.k811.ragged", n=len(cells), width=len(header)))
            continue
        key: list[int] = []
        bad = False
        for k, i in enumerate(columns):
            dim = cube.dims[k]
            if dim.role == YEAR:
                year = _year(cells[i])
                if year is None:
                    r.report(line, i + 1, t("ssb.k811.year", value=shown(cells[i].strip()[:40])))
                    bad = True
                    continue
                key.append(dim.add(Category(str(year), str(year))))
            else:
                key.append(dim.add(split_cell(cells[i])))
        if bad:
            continue
        row = tuple(key)
        if row in seen:
            # the same categories again: every figure of the row is a second one
            r.report(line, 1, t("ssb.k811.twice", line=seen[row]))
            continue
        if len(cube.values) + len(targets) > MAX_CELLS:
            r.report(line, 1, t("ssb.k811.too_many", most=MAX_CELLS))
            return
        seen[row] = line
        values = cube.values
        for col, extra in targets:
            values[(*row, *extra)] = r.value(cells[col], line, col + 1)
