"""Tables: read CSV files as HR systems and SSB export them, one record at a time.

Inventory columns (one row per unit, competence and role):
    unit, competence, role, date, persons, fte, source, illustrative,
    age:<band> (e.g. age:60-64), position:<band> (e.g. position:<50, position:100)
Driver columns (one row per driver, alternative and year):
    id, name, segment, unit, year, value, publisher, table, alternative, vintage, illustrative
    (rows of the first row's alternative give the driver's values, rows of another alternative
    its scenario of that code: `read.drivers`)

The delimiter may be `;` (Norwegian Excel), `,` or a tab: the header row says which, and a file
whose header holds more than one of them is refused rather than guessed at. Decimals may use a
comma. Dates are YYYY-MM-DD or DD.MM.YYYY. Empty cells are left out. Every row must have as many
cells as the header; a row that does not is reported at the line it starts on and left out.

Rows are read one at a time from the text: an HR export of a few hundred thousand rows never
exists as a list of rows, only as the compact rows of the plan (`plan.compact`). A cell becomes a
value in `cells`; driver rows become driver items in `drivers`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from kplan.diagnostics import Diagnostic, make
from kplan.hints import did_you_mean, shown
from kplan.read.cells import INT
from kplan.read.rawtext import read_csv_text, stray_bom
from kplan.read.sources import DISK, Source
from kplan.text import Message, Text, all_of, t

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
BAND_COLUMNS = {"age_bands": "age:", "position_sizes": "position:"}
"""The prefix of the inventory columns of each band field: `age:60-64` is `age_bands["60-64"]`."""
MAX_COLUMNS = 500
"""Real exports have a few dozen columns; more is a wrong delimiter or hostile."""
_FORMULA = re.compile(r"=|[+\-@][A-Za-z_(]|.*\|.*!")
_FORMULA_START = frozenset("=+-@")
_FORMULA_CELL = re.compile(r"\x00[=+\-@]")
_DELIMITERS = {
    ";": t("read.delimiter.semicolon"),
    ",": t("read.delimiter.comma"),
    "\t": t("read.delimiter.tab"),
}


@dataclass(frozen=True)
class Table:
    """A CSV file's header, checked; rows are read from `text` by `records`."""

    path: str
    header: tuple[str, ...]
    text: str = ""
    delimiter: str = ";"
    note: Diagnostic | None = None
    """K020 when the file was not UTF-8 but read all the same (`read_csv_text`)."""

    def records(self, problems: list[Diagnostic]) -> Iterator[tuple[int, list[str]]]:
        """(line the row starts on, stripped cells) for each row that has cells to read.
        Rows kplan cannot use are reported to `problems` and left out."""
        reader = csv.reader(_lines(self.text), delimiter=self.delimiter, strict=True)
        width = len(self.header)
        strip = str.strip
        try:
            next(reader)  # the header, checked by read_table
        except (csv.Error, StopIteration):
            return
        start = reader.line_num + 1
        try:
            # one loop in C per row where it can: a row costs little more than the reader's own
            for raw in reader:
                line, start = start, reader.line_num + 1
                cells = list(map(strip, raw))
                if not any(cells):
                    continue  # a blank line
                if len(cells) != width:
                    problems.append(self._ragged(line, raw))
                    continue
                if start != line + 1:
                    at = next(i for i, c in enumerate(raw) if "\n" in c or "\r" in c)
                    why = t("read.k807.line_break_in_cell", column=self.header[at])
                    problems.append(make(self.path, line, at + 1, "K807", why))
                    continue
                # NUL cannot be in the text: read_csv_text refuses it
                if cells[0][:1] in _FORMULA_START or _FORMULA_CELL.search("\x00".join(cells)):
                    self._formulas(line, cells, problems)
                yield line, cells
        except csv.Error as exc:
            # the reader cannot tell where the next row starts: stop here, plainly
            problems.append(self._broken(exc, start, reader.line_num))

    def _formulas(self, line: int, cells: list[str], problems: list[Diagnostic]) -> None:
        for i, cell in enumerate(cells):
            if cell[:1] in _FORMULA_START and _FORMULA.match(cell):
                why = t("read.k807.formula", cell=shown(cell[:40]))
                problems.append(make(self.path, line, i + 1, "K807", why))

    def _ragged(self, line: int, cells: list[str]) -> Diagnostic:
        width = len(self.header)
        have = len(cells)
        hint: Message = ""
        others = [d for d in _DELIMITERS if d != self.delimiter and any(d in c for c in cells)]
        if have < width and others:
            hint = t(
                "read.k807.other_delimiter",
                row=_DELIMITERS[others[0]],
                header=_DELIMITERS[self.delimiter],
            )
        elif have > width and self.delimiter == "," and any(INT.fullmatch(c) for c in cells):
            hint = t("read.k807.decimal_comma")
        elif have > width:
            hint = t("read.k807.unquoted_delimiter", delimiter=_DELIMITERS[self.delimiter])
        col = min(have, width) + 1 if have > width else max(have, 1)
        count = t("read.count.cell.one" if have == 1 else "read.count.cell.many", n=have)
        why = t("read.k807.ragged", cells=count, width=width, hint=hint)
        return make(self.path, line, col, "K807", why)

    def _broken(self, exc: csv.Error, start: int, line: int) -> Diagnostic:
        why = str(exc)
        message: Text
        if "field larger than field limit" in why:
            message = t("read.k807.cell_too_long", most=csv.field_size_limit())
        elif "unexpected end of data" in why:
            message = t("read.k807.unclosed_quote")
        elif "expected after" in why:
            line = start
            message = t("read.k807.quote_mid_cell")
        elif "new-line character" in why:
            message = t("read.k807.lone_cr")
            start = line
        else:
            message = t("read.k807.csv_error", why=why)
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
    got = read_csv_text(path, source)
    if isinstance(got, Diagnostic):
        return got
    text, note = got
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
        return make(path, 1, first_cr + 1, "K807", t("read.k807.cr_only"))
    first = text[: first_nl if first_nl >= 0 else len(text)].rstrip("\r")
    if not first.strip():
        return make(path, 1, 1, "K807", t("read.k807.empty_header"))
    used = [d for d in _DELIMITERS if d in first]
    if len(used) != 1:
        why = (
            t("read.k807.header_mixed", delimiters=all_of([_DELIMITERS[d] for d in used]))
            if used
            else t("read.k807.header_no_delimiter")
        )
        return make(path, 1, 1, "K807", why)
    delimiter = used[0]
    if first.count(delimiter) >= MAX_COLUMNS:
        return make(path, 1, 1, "K807", t("read.k807.too_many_columns", most=MAX_COLUMNS))
    try:
        raw = next(csv.reader([first], delimiter=delimiter, strict=True))
    except csv.Error:
        return make(path, 1, 1, "K807", t("read.k807.header_quote"))
    header = tuple(cell.strip() for cell in raw)
    seen: dict[str, int] = {}
    for i, name in enumerate(header, start=1):
        if not name:
            why = t("read.k807.unnamed_column", n=i, delimiter=_DELIMITERS[delimiter])
            return make(path, 1, i, "K807", why)
        key = _norm(name)
        if key in seen:
            other = header[seen[key] - 1]
            why = t("read.k807.column_twice", name=shown(name), other=other, n=seen[key])
            return make(path, 1, i, "K807", why)
        seen[key] = i
    return Table(path, header, text, delimiter, note)


def column(table_header: tuple[str, ...], field: str) -> int:
    """1-based column of a field (0 when absent)."""
    return table_header.index(field) + 1 if field in table_header else 0


def unknown_columns(
    table: Table, known: tuple[str, ...], prefixes: tuple[str, ...]
) -> list[Diagnostic]:
    """Columns kplan does not know: a typo would otherwise silently lose data."""
    out = []
    for i, name in enumerate(table.header, start=1):
        if name not in known and not name.startswith(prefixes):
            hint = did_you_mean(name, known) or t("read.k807.known_columns", columns=known)
            why = t("read.k807.unknown_column", name=shown(name), hint=hint)
            out.append(make(table.path, 1, i, "K807", why))
    return out
