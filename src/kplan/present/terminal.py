"""Terminal and record text: what a terminal would act on (control characters, bidi
controls, line separators from plan text and file names) shown escaped (`\\x1b`), never sent.

Every printer and every message goes through these before it leaves the process.
"""

from __future__ import annotations

import math
import os
import re
import sys
import unicodedata

# C0 (but newline and tab), DEL, C1, the bidi embeddings, overrides and isolates (Trojan Source),
# the Unicode line and paragraph separators, and lone surrogates (undecodable file-name bytes).
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
_TERMINAL = re.compile(f"[{_UNSAFE}{_SURROGATES}]")
_TERMINAL_COLOUR = re.compile(f"(\x1b\\[(?:0|1|31|33)m)|[{_UNSAFE}{_SURROGATES}]")
_FIELD = re.compile(f"[\t\n{_UNSAFE}{_SURROGATES}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(ch: str) -> str:
    named = _NAMED.get(ch)
    if named:
        return named
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _sub(match: re.Match[str]) -> str:
    return _visible(match.group(0))


def inert(text: str, *, colour: bool = False) -> str:
    """Text for a terminal: every control character escaped but the newlines and tabs that lay
    it out (and, with `colour`, kplan's own colour codes)."""
    if colour:
        return _TERMINAL_COLOUR.sub(lambda m: m.group(1) or _visible(m.group(0)), text)
    return _TERMINAL.sub(_sub, text)


def field(text: object) -> str:
    """One field of a one-line record (a path, a key): newlines and tabs escaped too."""
    return _FIELD.sub(_sub, str(text))


def one_line(text: object) -> str:
    """A message on one line: line breaks and runs of spaces become one space, and the rest of
    what could move the cursor or split the line is escaped."""
    text = str(text)
    # every character `field` escapes is one Python calls unprintable (Cc, Cf, Cs, Zl, Zp), and
    # a newline is too: printable text with no double, leading or trailing space is already
    # one line, and a table's million cells are told so without two passes of a pattern each
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return field(_BLANKS.sub(" ", text.strip(" \n")))


_BLANKS = re.compile(r"[ \n]+")


_JSON_UNSAFE = re.compile(
    f"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069{_SURROGATES}]"
)


def json_inert(text: str) -> str:
    """JSON text with the characters json leaves raw under ensure_ascii=False (DEL, C1, bidi
    controls, line separators, lone surrogates) written as \\u escapes: the same JSON, inert on
    a terminal. Outside strings JSON is ASCII, so only string contents change."""
    if text.isascii():  # DEL is the one unsafe ASCII character
        return text if "\x7f" not in text else _JSON_UNSAFE.sub(_json_escape, text)
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        pass  # wider characters: the pattern looks for them
    else:
        # below U+0100 only DEL and C1 are unsafe: 33 scans of a C search, ten times faster
        # than the pattern over a national plan's 23 MB (which nearly never finds one)
        if not any(ch in text for ch in _LATIN1_UNSAFE):
            return text
    return _JSON_UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


_LATIN1_UNSAFE = [chr(code) for code in range(0x7F, 0xA0)]


def finite(value: object) -> object:
    """`value` with every infinite or NaN float turned into None (JSON has no such numbers)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def cells(text: str) -> int:
    """The columns `text` takes on a terminal: a wide (East Asian) character two, a combining
    mark or a format character none, the rest one."""
    if text.isascii() or narrow(text):
        return len(text)
    known = _CELLS.get(text)
    if known is None:
        if len(_CELLS) >= 4096:  # the few headers and signs a table repeats, not all it says
            _CELLS.clear()
        known = _CELLS[text] = sum(_cell(ch) for ch in text)
    return known


_CELLS: dict[str, int] = {}


def narrow(text: str) -> bool:
    """Whether each character of `text` takes one column (then so does each of any part of
    it): below U+0300, the combining marks, all do but the soft hyphen, a format character.
    Norwegian text is told so by one copy, not a character at a time."""
    if text.isascii():
        return True
    try:
        text.encode("latin-1")  # a copy of Norwegian text, where `max` compares each character
    except UnicodeEncodeError:
        return _WIDE.search(text) is None
    return "\u00ad" not in text


_WIDE = re.compile(r"[^\x00-\xac\xae-\u02ff]")
"""A character `narrow` text has none of: U+0300 or above, or the soft hyphen."""


def _cell(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


NARROWEST = 20
"""No table is laid out narrower than this, whatever COLUMNS says: below it nothing reads."""


def columns() -> int:
    """The width terminal tables are laid out for: COLUMNS when it is set to a number (the user
    said so), the terminal's width when stdout is one, else 80 (a pipe or a file, as rich and
    most tools assume)."""
    env = os.environ.get("COLUMNS", "").strip()
    if env.isdigit() and env.isascii():
        return max(NARROWEST, min(int(env), 10_000))
    stream = sys.stdout
    try:
        if stream is not None and stream.isatty():
            return max(NARROWEST, os.get_terminal_size(stream.fileno()).columns)
    except (AttributeError, OSError, ValueError):
        pass
    return 80
