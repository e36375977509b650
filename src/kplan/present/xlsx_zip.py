"""The workbook's zip: openpyxl's parts, dated and compressed the same every time, the data rows
spliced into their sheets (`xlsx_rows`) and compressed by a second thread as they are written.

A national gap's sheets are 28 MB of XML: compressing them took a fifth of the workbook's time,
after the rows were written. zlib lets go of Python's lock while it compresses, so the rows are
handed over a few thousand at a time to a thread that compresses and stores them while the next
are written. The entries are the same bytes either way; one thread, so they come in order.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Callable, Mapping
from functools import partial
from itertools import chain
from queue import SimpleQueue
from typing import IO, Any

from kplan.present.xlsx_rows import Cells, row_pieces, sheet_ends

DEFLATE_LEVEL = 1
"""How hard a sheet of data rows is compressed: zlib's fastest level. A national gap's sheets
are 28 MB of XML: level 6 (zipfile's default, kept for the rest) took a third of the
workbook's time for a file a fifth smaller."""

ROWS = 4000
"""Rows handed to the compressing thread at a time: a few hundred kilobytes, enough that it
rarely waits for Python's lock between them, few enough that it starts early."""

_DATE = (1980, 1, 1, 0, 0, 0)
"""Every entry's date: fixed, so the same plan gives the same bytes."""


class _Entry:
    """One zip entry written in pieces, by the thread that compresses it: opened with the
    first piece (the thread's, as every use of the zip while it runs)."""

    def __init__(self, target: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
        self.target = target
        self.entry = entry
        self.file: IO[bytes] | None = None

    def write(self, piece: bytes) -> None:
        if self.file is None:
            self.file = self.target.open(self.entry, "w")
        self.file.write(piece)

    def close(self) -> None:
        if self.file is None:
            self.file = self.target.open(self.entry, "w")
        self.file.close()


def _entry(name: str, level: int | None = None) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=_DATE)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = 0o644 << 16
    if level is not None:
        # what `writestr(..., compresslevel=)` sets; Python 3.13 names it `compress_level`
        # and keeps this name as its alias
        entry._compresslevel = level  # type: ignore[attr-defined]
    return entry


class _Thread:
    """A thread that runs the zip's writes handed to it, in order (`concurrent.futures` would
    do, but it imports `logging`: a hundredth of a second at every start)."""

    def __init__(self) -> None:
        self.tasks: SimpleQueue[Callable[[], Any] | None] = SimpleQueue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kplan-xlsx", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (task := self.tasks.get()) is not None:
            if self.error is None:  # after a failure the rest is skipped, and it is raised
                try:
                    task()
                except BaseException as error:  # raised again by `finish`
                    self.error = error

    def submit(self, task: Callable[..., Any], *args: Any) -> None:
        self.tasks.put(partial(task, *args))

    def finish(self) -> None:
        """Wait for every write; the first failure, raised here."""
        self.tasks.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


def packed(parts: bytes, sheets: Mapping[str, Cells], rows: int = ROWS) -> bytes:
    """The workbook `parts` (a zip openpyxl wrote, stored) with the data rows of `sheets` (by
    part name) in their sheets, every part compressed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(parts)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        compress = _Thread()
        try:
            for info in source.infolist():
                xml = source.read(info.filename)
                cells = sheets.get(info.filename)
                if cells is None or not cells.height:
                    compress.submit(target.writestr, _entry(info.filename), xml)
                    continue
                head, tail = sheet_ends(xml, cells)
                # a sheet of 2 GB (zip64) is refused by the stream's close; none comes near
                stream = _Entry(target, _entry(info.filename, DEFLATE_LEVEL))
                for piece in chain((head,), row_pieces(cells, rows), (tail,)):
                    compress.submit(stream.write, piece)
                compress.submit(stream.close)
        finally:
            compress.finish()
    return out.getvalue()
