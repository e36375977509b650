"""Raw text: read a plan's file as UTF-8 text, or say plainly why it is not.

Files come from kommuner's shared folders and HR exports: UTF-16 from Excel's «Unicode text»,
Windows-1252 from Word, a BOM from two files pasted together, a FIFO or /dev/zero behind a
symlink. Each gets a message that names it, where it is, and the fix.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat

from kplan.diagnostics import Diagnostic, make
from kplan.read.sources import DISK, Source, Unreadable
from kplan.text import Message, t

MAX_BYTES = 20 * 1024 * 1024
"""Larger files are refused: the largest real plans are a few MB."""

_UTF32 = (
    (codecs.BOM_UTF32_LE, "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "UTF-32 (big-endian)"),
)
_UTF16 = (
    (codecs.BOM_UTF16_LE, "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "UTF-16 (big-endian)"),
)
SAVE_AS_UTF8 = t("read.save_as_utf8")


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32, with or without a BOM, named for the message; None for anything else."""
    for bom, name in (*_UTF32, *_UTF16):  # UTF-32 first: its LE BOM starts like UTF-16's
        if raw.startswith(bom):
            return name
    head = raw[:4000]
    if len(head) < 4 or b"\x00" not in head:
        return None
    # text in these encodings has NUL bytes in fixed places: ASCII letters are xx 00 or 00 xx
    quads = len(head) // 4 * 4
    z = [_nul_share(head[i:quads:4]) for i in range(4)]
    if min(z[1:]) > 0.9 and z[0] < 0.5:
        return "UTF-32 (little-endian)"
    if min(z[:3]) > 0.9 and z[3] < 0.5:
        return "UTF-32 (big-endian)"
    even, odd = _nul_share(head[0::2]), _nul_share(head[1::2])
    if odd > 0.6 and even < 0.1:
        return "UTF-16 (little-endian)"
    if even > 0.6 and odd < 0.1:
        return "UTF-16 (big-endian)"
    return None


def _nul_share(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


# Lines are counted as editors and git count them: \n, \r\n or a lone \r ends a line. U+2028,
# U+2029 and NEL are text in YAML 1.2, and str.splitlines() splits on them (and on \v, \f,
# \x1c-\x1e) too, so it would put every later diagnostic on the wrong line.
_BREAK = re.compile(r"\r\n?|\n")


def breaks(text: str, start: int, end: int) -> int:
    """How many line breaks start in text[start:end] (a \r\n split by `start` counts before)."""
    n = text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
    if 0 < start < end and text[start] == "\n" and text[start - 1] == "\r":
        n -= 1
    return n


def line_start(text: str, offset: int, lo: int = 0) -> int:
    """Where the line holding `offset` starts (not before lo)."""
    return max(text.rfind("\n", lo, offset), text.rfind("\r", lo, offset)) + 1 or lo


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    return breaks(text, 0, offset) + 1, offset - line_start(text, offset) + 1


def split_lines(text: str) -> list[str]:
    """The lines of a text, split only where an editor splits them."""
    return _BREAK.split(text)


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    start = max(raw.rfind(b"\n", 0, offset), raw.rfind(b"\r", 0, offset)) + 1
    col = len(raw[start:offset].decode("utf-8", "replace")) + 1
    lines = (
        raw.count(b"\n", 0, offset) + raw.count(b"\r", 0, offset) - raw.count(b"\r\n", 0, offset)
    )
    return lines + 1, col


def not_a_file(path: str, source: Source = DISK) -> Diagnostic | None:
    """A FIFO, a device or a directory is refused before it is opened: reading /dev/zero or a
    FIFO nobody writes to would never end."""
    if type(source) is not Source:
        return None  # a git revision holds blobs only
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading says why
    if stat.S_ISREG(mode):
        return None
    kind = (
        "directory"
        if stat.S_ISDIR(mode)
        else "fifo"
        if stat.S_ISFIFO(mode)
        else "device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "socket"
        if stat.S_ISSOCK(mode)
        else "other"
    )
    return make(path, 0, 0, "K001", t("read.k001.not_a_file", kind=t(f"read.kind.{kind}")))


_ERRNO = {
    errno.ENOENT: "read.os.no_such_file",
    errno.EACCES: "read.os.permission",
    errno.EPERM: "read.os.permission",
    errno.ELOOP: "read.os.link_loop",
    errno.ENAMETOOLONG: "read.os.name_too_long",
    errno.ENOTDIR: "read.os.not_a_directory",
    errno.EINVAL: "read.os.not_regular",
}
"""The reasons a user meets, in their language; any other is the system's own words."""


def why_unreadable(exc: OSError) -> Message:
    """Why a file cannot be read, as the end of «Cannot read the file: ...»."""
    if isinstance(exc, Unreadable):
        return exc.message
    key = _ERRNO.get(exc.errno or 0)
    if key is not None:
        return t(key)
    return str(exc.strerror or exc)


def _read_raw(path: str, source: Source) -> bytes | Diagnostic:
    """The file's bytes, or why they cannot be read (not a file, unreadable, too large)."""
    refused = not_a_file(path, source)
    if refused is not None:
        return refused
    try:
        raw = source.read_bytes(path, MAX_BYTES + 1)
    except IsADirectoryError:
        return make(path, 0, 0, "K001", t("read.k001.directory"))
    except OSError as exc:
        whole = isinstance(exc, Unreadable) and exc.sentence
        key = "read.k001.cannot_read_because" if whole else "read.k001.cannot_read"
        return make(path, 0, 0, "K001", t(key, why=why_unreadable(exc)))
    if len(raw) > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        return make(path, 0, 0, "K004", t("read.k004.too_large", mb=mb))
    return raw


def _not_text(path: str, raw: bytes) -> Diagnostic | None:
    """UTF-16 or UTF-32 text, or NUL bytes: refused by `read_text`."""
    wide = _wide_encoding(raw)
    if wide is not None:
        return make(path, 1, 1, "K002", t("read.k002.wide", encoding=wide, fix=SAVE_AS_UTF8))
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _line_col(raw, nul)
        return make(path, line, col, "K003", t("read.k003.nul"))
    return None


def _line_at(raw: bytes, offset: int) -> bytes:
    start = raw.rfind(b"\n", 0, offset) + 1
    end = raw.find(b"\n", offset)
    return raw[start : end if end >= 0 else None]


def read_text(path: str, source: Source = DISK) -> str | Diagnostic:
    """Read a file as UTF-8 text (a BOM at the start is dropped)."""
    raw = _read_raw(path, source)
    if isinstance(raw, Diagnostic):
        return raw
    refused = _not_text(path, raw)
    if refused is not None:
        return refused
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        hint = _line_at(raw, exc.start).decode("cp1252", "replace").strip()[:60]
        return make(path, line, col, "K002", t("read.k002.not_utf8", line=hint))


_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
"""The five bytes Windows-1252 leaves undefined: a file with one of them is Latin-1."""
_UTF8_LETTER = re.compile(rb"\xc3[\x80-\xbf]|\xc2[\xa0-\xbf]|\xe2\x80[\x80-\xbf]")
"""æøå, other Latin-1 letters, «»§° and dashes or quotes as UTF-8 writes them. In Windows-1252
text these bytes are «Ã» or «Â» before a sign, or «â€»: never written on purpose, so a file with
both these and bytes UTF-8 cannot read is two encodings pasted together."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters no CSV file holds: bytes like these make a binary file, not text."""


def read_csv_text(path: str, source: Source = DISK) -> tuple[str, Diagnostic | None] | Diagnostic:
    """A CSV file's text, and a K020 note when it was not UTF-8, or why it cannot be read.

    Norwegian Excel saves «CSV (semikolondelt)» as Windows-1252 and «Unicode-tekst» as UTF-16
    with a BOM: both name their encoding unambiguously enough to be read, with a note that says
    how to save the file as UTF-8. Windows-1252 is read as Latin-1 when it has a byte Windows-1252
    leaves undefined. A file mixing UTF-8 with another encoding, UTF-16 without a BOM, UTF-32 and
    binary files stay refused: each of them could be read wrong without anyone seeing it.
    """
    raw = _read_raw(path, source)
    if isinstance(raw, Diagnostic):
        return raw
    for bom, name in _UTF16:
        if raw.startswith(bom) and not raw.startswith(codecs.BOM_UTF32_LE):
            return _utf16(path, raw, name)
    refused = _not_text(path, raw)
    if refused is not None:
        return refused
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        first = exc.start
    line, col = _line_col(raw, first)
    if _UTF8_LETTER.search(raw):
        shown_line = _line_at(raw, first).decode("utf-8", "replace").strip()[:60]
        return make(path, line, col, "K002", t("read.k002.mixed", line=shown_line))
    name = "Latin-1" if _CP1252_UNDEFINED.intersection(raw) else "Windows-1252"
    text = raw.decode("latin-1" if name == "Latin-1" else "cp1252")
    control = _CONTROL.search(text)
    if control is not None:
        hint = _line_at(raw, first).decode("cp1252", "replace").strip()[:60]
        return make(path, line, col, "K002", t("read.k002.not_utf8", line=hint))
    shown_line = (
        _line_at(raw, first).decode("latin-1" if name == "Latin-1" else "cp1252").strip()[:60]
    )
    note = make(path, line, col, "K020", t("read.k020.legacy", encoding=name, line=shown_line))
    return text, note


def _utf16(path: str, raw: bytes, name: str) -> tuple[str, Diagnostic | None] | Diagnostic:
    """Excel's «Unicode-tekst»: UTF-16 with a BOM, read when it decodes cleanly."""
    try:
        text = raw.decode("utf-16")  # the BOM says the byte order, and is dropped
    except UnicodeDecodeError:
        return make(path, 1, 1, "K002", t("read.k002.wide", encoding=name, fix=SAVE_AS_UTF8))
    nul = text.find("\x00")
    if nul >= 0:
        line, col = line_col(text, nul)
        return make(path, line, col, "K003", t("read.k003.nul"))
    return text, make(path, 1, 1, "K020", t("read.k020.utf16", encoding=name))


def stray_bom(text: str, path: str, code: str) -> Diagnostic | None:
    """A BOM (U+FEFF) after the start: an invisible character, usually from two files pasted
    together, that becomes part of a key or a value."""
    at = text.find("\ufeff")
    if at < 0:
        return None
    line, col = line_col(text, at)
    return make(path, line, col, code, t("read.bom_inside"))
