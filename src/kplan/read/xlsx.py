"""Excel workbooks from outside, opened so that nothing in them can run, hang or flood memory.

An .xlsx is a zip of XML parts. One from a shared folder or another kommune may be a zip bomb,
an old .xls or a CSV renamed, password-protected, or hold a million rows, formulas and links to
other files. The zip's directory is checked with `zipfile` before openpyxl sees a byte: total and
per-part uncompressed sizes, the compression ratio, and that no XML part declares a DOCTYPE
(Excel never writes one; entities are the XML bomb). openpyxl then opens it read-only with
formulas as text (never evaluated) and external links dropped, and `sheet_rows` reads a bounded
number of rows and columns.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kplan.diagnostics import Diagnostic, make
from kplan.read.openpyxl_quiet import import_openpyxl
from kplan.read.rawtext import not_a_file, why_unreadable
from kplan.read.sources import DISK, Source
from kplan.text import Text, t

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_XLSX_BYTES = 20 * 1024 * 1024
"""An action form or an HR export is well under a megabyte; 20 MB leaves room for pictures."""
MAX_UNPACKED = 100 * 1024 * 1024
"""The zip's parts together, uncompressed: more is a zip bomb, not a spreadsheet."""
MAX_SHEET_XML = 10 * 1024 * 1024
"""One sheet's XML, uncompressed: some 300,000 cells. openpyxl parses every cell of a row it
reads (tens of microseconds each), so this bounds the time a sheet can take; a form of 10,000
actions or an HR export of thousands of employees is well below it."""
MAX_RATIO = 200
"""XML compresses about 10-30 times; a part packed more than this is built to explode."""
MAX_PARTS = 5000
MAX_ROWS = 10_000
"""Rows read from one sheet: a kommune's action plan or headcount has hundreds."""
MAX_COLS = 200
"""Columns read from one row; Excel allows 16,384, a form has a few dozen."""
MAX_CELL_CHARS = 32_767
"""Excel's own limit on the text of a cell: a longer one was not written by Excel."""

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class TooManyRows(ValueError):
    """A sheet with more rows than `sheet_rows` reads: the caller says so at `row`."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


class Formula(str):
    """A formula cell's text («=SUM(A1:A3)»), never evaluated. A text cell that starts with
    «=» is plain `str`: only the cell's type tells a formula from such text."""

    __slots__ = ()


def is_formula(value: Any) -> bool:
    """Whether a value `sheet_rows` gave is a formula: a `Formula`, or an array or data-table
    formula object."""
    if isinstance(value, Formula):
        return True
    return type(value).__name__ in ("ArrayFormula", "DataTableFormula")


def formula_text(value: Any) -> str:
    """A formula's text as a message quotes it: «=A3», or an array formula's «=UPPER(B3)»
    (its object's own str is a Python address); a data table's, which has none, as «=…»."""
    text = value if isinstance(value, str) else getattr(value, "text", None)
    return text if isinstance(text, str) and text else "=…"


def sheet_label(name: str) -> str:
    """A sheet's name as a diagnostic can print it: control characters shown as «?», so a
    name cannot move the terminal's cursor or split a `file:sheet:cell` line."""
    return _CONTROL.sub("?", name)[:31] or "?"


def open_workbook(
    path: str, source: Source = DISK, *, max_sheet_xml: int = MAX_SHEET_XML
) -> Workbook | Diagnostic:
    """The workbook at `path` (working tree or git revision), or a K810 (K001 when it cannot be
    read at all) saying plainly what the file is instead. `max_sheet_xml`: the largest sheet
    read; an HR export of 60,000 rows holds some 18 MB of sheet XML, a form far less."""
    refused = not_a_file(path, source)
    if refused is not None:
        return refused
    try:
        data = source.read_bytes(path, MAX_XLSX_BYTES + 1)
    except OSError as exc:
        return make(path, 0, 0, "K001", t("read.k001.cannot_read", why=why_unreadable(exc)))
    why = _not_a_workbook(data, max_sheet_xml)
    if why is not None:
        return make(path, 0, 0, "K810", why)
    import_openpyxl()
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it skips (data validation extensions, slicers)
            warnings.simplefilter("ignore")
            book = load_workbook(
                io.BytesIO(data), read_only=True, data_only=False, keep_links=False
            )
    except Exception as exc:  # any failure inside a hostile file is the file's, not kplan's
        reason = _CONTROL.sub(" ", str(exc))[:200] or type(exc).__name__
        return make(path, 0, 0, "K810", t("excel.k810.damaged", reason=reason))
    if not book.sheetnames:
        return make(path, 0, 0, "K810", t("excel.k810.no_sheets"))
    return book


def _not_a_workbook(data: bytes, max_sheet_xml: int = MAX_SHEET_XML) -> Text | None:
    """Why these bytes are no .xlsx kplan opens (a catalogue text), or None."""
    mb = MAX_XLSX_BYTES // (1024 * 1024)
    if len(data) > MAX_XLSX_BYTES:
        return t("excel.k810.too_large", mb=mb)
    if data.startswith(_OLE2):
        # Office wraps a password-protected .xlsx in the same container as an old .xls
        return t("excel.k810.encrypted" if _ENCRYPTED in data else "excel.k810.xls")
    if not data.startswith(b"PK"):
        return t("excel.k810.text" if _looks_like_text(data) else "excel.k810.not_zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return t("excel.k810.not_zip")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        kind = "ods" if "content.xml" in names else "docx" if "word/document.xml" in names else ""
        return t(f"excel.k810.not_xlsx{'_' + kind if kind else ''}")
    if len(infos) > MAX_PARTS:
        return t("excel.k810.bomb", mb=MAX_UNPACKED // (1024 * 1024))
    total = 0
    for info in infos:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if total > MAX_UNPACKED or (
            info.file_size > 1_000_000 and info.file_size / packed > MAX_RATIO
        ):
            return t("excel.k810.bomb", mb=MAX_UNPACKED // (1024 * 1024))
    for info in infos:
        if info.filename.startswith("xl/worksheets/") and info.file_size > max_sheet_xml:
            return t("excel.k810.sheet_too_large", mb=max_sheet_xml // (1024 * 1024))
    try:
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and _declares_doctype(archive, info):
                return t("excel.k810.doctype", part=_CONTROL.sub("?", info.filename)[:100])
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
        return t("excel.k810.not_zip")  # a part that cannot be unpacked (encrypted, damaged)
    return None


def _declares_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    # a DOCTYPE must come before the root element, so the start of the part tells
    with archive.open(info) as part:
        head = part.read(65536)
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True  # a BOM: Excel's «Unicode text» (UTF-16) or «CSV UTF-8»
    head = data[:4096]
    if not head or b"\x00" in head:
        return False
    printable = sum(1 for b in head if b >= 32 or b in (9, 10, 13))
    return printable / len(head) > 0.95


def sheet_rows(
    ws: Any, max_rows: int = MAX_ROWS, max_cols: int = MAX_COLS
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows of a sheet (`book[name]` of `open_workbook`'s book) that hold anything, as (1-based row number, values), at most
    `max_rows` rows down and `max_cols` columns across; empty rows are skipped, and trailing
    empty cells dropped. Values are as openpyxl gives them read-only with data_only=False:
    str, int, float, bool, datetime, or a formula as a `Formula` (a str starting with «=»; see
    `is_formula`).
    A value in any row past `max_rows` (row 1,048,576 too) raises `TooManyRows` once the rows
    before it are read: nothing below the limit is passed over without a word."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # the file's own claim (A1:XFD1048576) is not trusted
    empty: Any = None
    for number, row in enumerate(ws.iter_rows(min_row=1, max_col=max_cols), start=1):
        if row is empty:
            continue  # openpyxl fills a gap of missing rows with one shared empty row
        values = tuple(_value(cell) for cell in row)
        end = len(values)
        while end and (values[end - 1] is None or values[end - 1] == ""):
            end -= 1
        if not end:
            empty = row
            continue
        if number > max_rows:
            raise TooManyRows(number)
        yield number, values[:end]


def _value(cell: Any) -> Any:
    value = cell.value
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return Formula(value if value.startswith("=") else "=" + value)
    return value
