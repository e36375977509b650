"""Tables: read inventory and driver rows from CSV files as HR systems and SSB export them.

Inventory columns (one row per unit, competence and role):
    unit, competence, role, date, persons, fte, source, illustrative,
    age:<band> (e.g. age:60-64), position:<band> (e.g. position:<50, position:100)
Driver columns (one row per driver and year):
    id, name, segment, unit, year, value, publisher, table, alternative, vintage, illustrative

The delimiter may be `;` (Norwegian Excel), `,` or a tab: the header row says which, and a file
whose header holds more than one of them is refused rather than guessed at. Decimals may use a
comma. Dates are YYYY-MM-DD or DD.MM.YYYY. Empty cells are left out. Every row must have as many
cells as the header; a row that does not is reported at the line it starts on and left out.

Rows are read one at a time from the text: an HR export of a few hundred thousand rows never
exists as a list of rows, only as the compact rows of the plan (see `inventory`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kplan.diagnostics import Diagnostic, make
from kplan.plan.model import FIRST_YEAR, LAST_YEAR
from kplan.plan.pydantic_errors import did_you_mean, shown
from kplan.read.rawtext import read_text, stray_bom
from kplan.read.sources import DISK, Source

INVENTORY_COLUMNS = (
    "unit",
    "competence",
    "role",
    "date",
    "persons",
    "fte",
    "source",
    "illustrative",
)
DRIVER_COLUMNS = (
    "id",
    "name",
    "segment",
    "unit",
    "year",
    "value",
    "publisher",
    "table",
    "alternative",
    "vintage",
    "illustrative",
)
MAX_COLUMNS = 500
"""Real exports have a few dozen columns; more is a wrong delimiter or hostile."""
_INT = re.compile(r"[-+]?[0-9]{1,18}")
_DEC = re.compile(r"[-+]?[0-9]{1,18}([.,][0-9]{1,18})?")
_NO_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
MAX_DRIVER_VALUE = 1_000_000_000
"""As `Driver.values` in the model allows."""
_FORMULA = re.compile(r"=|[+\-@][A-Za-z_(]|.*\|.*!")
_FORMULA_START = frozenset("=+-@")
_FORMULA_CELL = re.compile(r"\x00\s*[=+\-@]")
_DELIMITERS = {";": "';'", ",": "','", "\t": "a tab"}


@dataclass(frozen=True)
class Table:
    """A CSV file's header, checked; rows are read from `text` by `records`."""

    path: str
    header: tuple[str, ...]
    text: str = ""
    delimiter: str = ";"

    def records(self, problems: list[Diagnostic]) -> Iterator[tuple[int, list[str]]]:
        """(line the row starts on, stripped cells) for each row that has cells to read.
        Rows kplan cannot use are reported to `problems` and left out."""
        lines = _lines(self.text)
        reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
        width = len(self.header)
        try:
            next(reader)  # the header, checked by read_table
        except (csv.Error, StopIteration):
            return
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                # the reader cannot tell where the next row starts: stop here, plainly
                problems.append(self._broken(exc, start, reader.line_num))
                return
            joined = "\x00".join(cells)  # NUL cannot be in the text: read_text refuses it
            if not joined.replace("\x00", "").strip():
                continue  # a blank line
            if len(cells) != width:
                problems.append(self._ragged(start, cells))
                continue
            if reader.line_num != start:
                at = next(i for i, c in enumerate(cells) if "\n" in c or "\r" in c)
                problems.append(
                    make(
                        self.path,
                        start,
                        at + 1,
                        "K807",
                        f"The cell in column «{self.header[at]}» holds a line break (inside "
                        "quotes); write it on one line.",
                    )
                )
                continue
            cells = list(map(str.strip, cells))
            if joined.lstrip()[:1] in _FORMULA_START or _FORMULA_CELL.search(joined):
                for i, cell in enumerate(cells):
                    if cell[:1] in _FORMULA_START and _FORMULA.match(cell):
                        problems.append(
                            make(
                                self.path,
                                start,
                                i + 1,
                                "K807",
                                f"The cell «{shown(cell[:40])}» is a spreadsheet formula, not "
                                "a value; kplan never runs it: export the values instead.",
                            )
                        )
            yield start, cells

    def _ragged(self, line: int, cells: list[str]) -> Diagnostic:
        width = len(self.header)
        have = len(cells)
        hint = ""
        others = [d for d in _DELIMITERS if d != self.delimiter and any(d in c for c in cells)]
        if have < width and others:
            hint = (
                f" The row seems to use {_DELIMITERS[others[0]]} between cells, the header "
                f"{_DELIMITERS[self.delimiter]}."
            )
        elif have > width and self.delimiter == "," and any(_INT.fullmatch(c) for c in cells):
            hint = (
                " With ',' between cells, a decimal comma splits a number in two: write "
                '2.5, or quote it ("2,5").'
            )
        elif have > width:
            hint = (
                f" A cell may hold an unquoted {_DELIMITERS[self.delimiter]}: put that cell "
                "in quotes."
            )
        col = min(have, width) + 1 if have > width else max(have, 1)
        return make(
            self.path,
            line,
            col,
            "K807",
            f"The row has {have} cell(s), but the header has {width}; the row is left out.{hint}",
        )

    def _broken(self, exc: csv.Error, start: int, line: int) -> Diagnostic:
        why = str(exc)
        if "field larger than field limit" in why:
            message = (
                f"A cell is longer than {csv.field_size_limit()} characters, usually a quote "
                "that is never closed; the rest of the file is not read."
            )
        elif "unexpected end of data" in why:
            message = (
                "A quoted cell that starts on this line is never closed: the file ends inside "
                'the quotes. Close it, or double a quote inside a cell ("").'
            )
        elif "expected after" in why:
            line = start
            message = (
                "A quote ends in the middle of a cell; put the whole cell in quotes and double "
                'the quotes inside it (""). The rest of the file is not read.'
            )
        elif "new-line character" in why:
            message = (
                "A carriage return (CR) without a line feed sits inside a row; save the file "
                "with ordinary line ends. The rest of the file is not read."
            )
            start = line
        else:
            message = f"The CSV cannot be read here ({why}); the rest of the file is not read."
        return make(self.path, start, 1, "K807", message)


def _lines(text: str) -> Iterator[str]:
    """Lines ending in \\n only (str.splitlines also splits on \\x0b, \\x1c, U+2028...)."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _norm(name: str) -> str:
    invisible = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
    return unicodedata.normalize("NFC", name.translate(invisible)).strip().casefold()


def read_table(path: str, source: Source = DISK) -> Table | Diagnostic:
    """A CSV file with a checked header, or the first reason it cannot be used."""
    text = read_text(path, source)
    if isinstance(text, Diagnostic):
        return text
    bom = stray_bom(text, path, "K807")
    if bom is not None:
        return bom
    first_nl = text.find("\n")
    first_cr = text.find("\r")
    if (
        first_cr >= 0
        and (first_nl < 0 or first_cr < first_nl)
        and text[first_cr + 1 : first_cr + 2] != "\n"
    ):
        return make(
            path,
            1,
            first_cr + 1,
            "K807",
            "The lines end in CR only (an old Mac format); save the file with ordinary line "
            "ends (LF or CRLF).",
        )
    first = text[: first_nl if first_nl >= 0 else len(text)].rstrip("\r")
    if not first.strip():
        return make(path, 1, 1, "K807", "The first line is empty; it must be the header row.")
    used = [d for d in _DELIMITERS if d in first]
    if len(used) != 1:
        names = " and ".join(_DELIMITERS[d] for d in used)
        why = (
            f"holds both {names}, so the delimiter cannot be told"
            if used
            else "has no ';', ',' or tab between the column names"
        )
        return make(path, 1, 1, "K807", f"The header row {why}; use one delimiter, ';' or ','.")
    delimiter = used[0]
    if first.count(delimiter) >= MAX_COLUMNS:
        return make(
            path, 1, 1, "K807", f"The header has over {MAX_COLUMNS} columns; no export needs that."
        )
    try:
        raw = next(csv.reader([first], delimiter=delimiter, strict=True))
    except csv.Error:
        return make(path, 1, 1, "K807", "The header row has a quote that is not closed.")
    header = tuple(cell.strip() for cell in raw)
    seen: dict[str, int] = {}
    for i, name in enumerate(header, start=1):
        if not name:
            return make(
                path,
                1,
                i,
                "K807",
                f"Column {i} of the header has no name; name it, or remove the column (a "
                f"{_DELIMITERS[delimiter]} at the end of a line makes an empty column).",
            )
        key = _norm(name)
        if key in seen:
            also = f"«{header[seen[key] - 1]}»"
            return make(
                path,
                1,
                i,
                "K807",
                f"The column «{shown(name)}» is in the header twice (also {also} in column "
                f"{seen[key]}); remove one.",
            )
        seen[key] = i
    return Table(path, header, text, delimiter)


def column(table_header: tuple[str, ...], field: str) -> int:
    """1-based column of a field (0 when absent)."""
    return table_header.index(field) + 1 if field in table_header else 0


def _digits_hint(text: str) -> str:
    """Digits from another script (٢٠٢٥, ３, Kawi) look like numbers but are not read as ones."""
    if any(ch.isdecimal() and not ch.isascii() for ch in text):
        return "; write it with ordinary digits 0-9"
    return ""


def number(text: str, *, whole: bool) -> Any:
    """A cell as a number when it is written as one; otherwise the text, for the model to name."""
    if whole and _INT.fullmatch(text):
        return int(text)
    if not whole and _DEC.fullmatch(text):
        return float(text.replace(",", "."))
    return text


def date(text: str) -> Any:
    m = _NO_DATE.fullmatch(text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return text
    return text


def flag(text: str) -> Any:
    low = text.casefold()
    return {"true": True, "ja": True, "1": True, "false": False, "nei": False, "0": False}.get(
        low, text
    )


CONVERT: dict[str, Any] = {
    "persons": lambda text: number(text, whole=True),
    "fte": lambda text: number(text, whole=False),
    "date": date,
    "illustrative": flag,
}


def unknown_columns(
    table: Table, known: tuple[str, ...], prefixes: tuple[str, ...]
) -> list[Diagnostic]:
    """Columns kplan does not know: a typo would otherwise silently lose data."""
    out = []
    for i, name in enumerate(table.header, start=1):
        if name not in known and not name.startswith(prefixes):
            hint = did_you_mean(name, known) or f" Known: {', '.join(known)}."
            out.append(
                make(
                    table.path,
                    1,
                    i,
                    "K807",
                    f"Unknown column «{shown(name)}»; it is not read.{hint}",
                )
            )
    return out


_DRIVER_ONCE = ("name", "segment", "unit", "publisher", "table", "alternative", "vintage")
"""Columns that describe the whole driver, read from its first row."""


def _first_cell(item: dict[str, Any], key: str) -> str | None:
    where = (
        item.get("source", {}) if key in ("publisher", "table", "alternative", "vintage") else item
    )
    got = where.get(key)
    return None if got is None else str(got)


def _driver_cell_problems(row: dict[str, str], year: Any, value: Any) -> list[tuple[str, str]]:
    """(column, message) for each cell of a driver row the model would refuse: reported here,
    at the row, because the model sees only the driver as a whole (its first row)."""
    out = []
    if not isinstance(year, int):
        out.append(
            (
                "year",
                f"The year «{shown(row.get('year', '')[:40])}» is not a number{_digits_hint(row.get('year', ''))}.",
            )
        )
    elif not FIRST_YEAR <= year <= LAST_YEAR:
        out.append(
            (
                "year",
                f"The year {year} is outside the years kplan reads ({FIRST_YEAR}-{LAST_YEAR}).",
            )
        )
    if not isinstance(value, float):
        out.append(
            (
                "value",
                f"The value «{shown(row.get('value', '')[:40])}» is not a number{_digits_hint(row.get('value', ''))}.",
            )
        )
    elif not 0 <= value <= MAX_DRIVER_VALUE:
        out.append(
            (
                "value",
                f"The value {row['value']} must be between 0 and {MAX_DRIVER_VALUE:_}.".replace(
                    "_", " "
                ),
            )
        )
    vintage = row.get("vintage")
    if vintage is not None:
        got = number(vintage, whole=True)
        if not isinstance(got, int) or not FIRST_YEAR <= got <= LAST_YEAR:
            out.append(
                (
                    "vintage",
                    f"The vintage «{shown(vintage[:40])}» is not a year from {FIRST_YEAR} to {LAST_YEAR}{_digits_hint(vintage)}.",
                )
            )
    return out


def driver_items(table: Table, problems: list[Diagnostic]) -> list[tuple[int, dict[str, Any]]]:
    """Rows grouped into drivers: (index of the driver's first row, driver item).
    An index is the row's line less 2, as for inventory rows."""
    drivers: dict[str, tuple[int, dict[str, Any]]] = {}
    first_line: dict[str, int] = {}
    header = table.header
    for line, cells in table.records(problems):
        row = {h: c for h, c in zip(header, cells, strict=True) if c and h in DRIVER_COLUMNS}
        ident = row.get("id")
        if not ident:
            problems.append(make(table.path, line, 1, "K807", "The row has no driver id."))
            continue
        year, value = (
            number(row.get("year", ""), whole=True),
            number(row.get("value", ""), whole=False),
        )
        bad_cells = _driver_cell_problems(row, year, value)
        for bad, why in bad_cells:
            problems.append(make(table.path, line, column(header, bad) or 1, "K807", why))
        if bad_cells:
            continue
        if ident not in drivers:
            item: dict[str, Any] = {"id": ident, "values": {}}
            for key in ("name", "segment", "unit"):
                if key in row:
                    item[key] = row[key]
            source: dict[str, Any] = {
                k: row[k] for k in ("publisher", "table", "alternative") if k in row
            }
            if "vintage" in row:
                source["vintage"] = number(row["vintage"], whole=True)
            if source:
                item["source"] = source
            if "illustrative" in row:
                item["illustrative"] = flag(row["illustrative"])
            drivers[ident] = (line - 2, item)
        else:
            first = drivers[ident][1]
            for key in _DRIVER_ONCE:
                if key in row and row[key] != _first_cell(first, key):
                    problems.append(
                        make(
                            table.path,
                            line,
                            column(header, key),
                            "K807",
                            f"The {key} «{shown(row[key][:40])}» differs from the driver's "
                            f"first row (line {first_line[ident]}); a driver has one {key}: "
                            "give the same value on every row, or leave it empty after the first.",
                        )
                    )
        first_line.setdefault(ident, line)
        values = drivers[ident][1]["values"]
        if year in values:
            problems.append(
                make(
                    table.path,
                    line,
                    column(header, "year"),
                    "K807",
                    f"The year {year} is given twice for «{ident}».",
                )
            )
        values[year] = value
    return list(drivers.values())
