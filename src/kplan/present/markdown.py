"""Plan text in the documents kplan writes: shown as written, never read as markup.

One escaper for all Markdown kplan writes (the rendered plan, and the gap, cost, diff and status
reports): whatever a title, a note or a cell holds, it stays one line of plain text, so it cannot
open a heading, a list, a code block, a link, a link definition, raw HTML or an extra table cell.
Links come only from `safe_url`: http(s) and mailto, percent-encoded so no markup can close them.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# CommonMark's line endings and blanks, plus the Unicode line separators other renderers honour;
# not the non-breaking space, which amounts («39 000 kr») need to keep
_SPACE = re.compile(r"[ \t\n\v\f\r\x85\u2028\u2029]+")
# controls other than tab, line feed, form feed and carriage return, lone surrogates and
# non-characters: forbidden in HTML, unsafe in a terminal; and the bidi embeddings, overrides
# and isolates, which can show «1 000» as «000 1» in a published table
_UNSHOWN = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
# everything that starts inline markup: emphasis, code, links, HTML, cells, strikethrough, math,
# a heading's closing `#`s, and `&` where it would begin an entity (so «&amp;» stays as written)
_INLINE = re.compile(r"([\\`*_\[\]<>|~$#])|&(?=[#A-Za-z0-9])")
# Mermaid's comments, directives and classes (`%%`, `%%{init}%%`, `:::`) are nothing in Markdown,
# but escaped (shown the same) they cannot be found by tools that look for them in the file
_MERMAID_MARKS = re.compile(r"%{2,}|:{3,}")
# what else opens a block at the start of a line: list, rule, setext underline, numbered list
_START = re.compile(r"^(?:([+=-])|(\d+)([.)]))")
_URL = re.compile(r"(?:https?://[^\s/?#]|mailto:[^\s])", re.IGNORECASE)
_URL_SAFE = "-._~:/?#[]@!$&'()*+,;=%"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀..␟, as ruff shows them
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def _backslash(match: re.Match[str]) -> str:
    return "\\" + (match.group(1) or "&")


def _backslash_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"  # «2. mai» is not a numbered list


def visible(value: object) -> str:
    """The text with control characters shown as symbols (␛), unencodable code points as �."""
    return _UNSHOWN.sub(_picture, str(value))


def one_line(value: object) -> str:
    """The text on one line: runs of blanks and line breaks become one space."""
    return _SPACE.sub(" ", str(value)).strip()


# words of letters, digits and harmless punctuation, one space apart: nothing to escape (most
# cells of a large report are figures and names); one alternation-free pattern, so it cannot
# backtrack on long text
_PLAIN_CHARS = r"[0-9A-Za-z\u00a0\u00c0-\u00ff,.()/+'%:\u2212\u2013-]"
_PLAIN = re.compile(f"{_PLAIN_CHARS}+(?: {_PLAIN_CHARS}+)*")


def md_cell(value: object) -> str:
    """Plan text as one table cell, shown as written: one line, no inline markup, `|` escaped.
    (A cell holds inline content only, so a leading `#`, `-` or `1.` needs nothing.)"""
    raw = value if isinstance(value, str) else str(value)
    if _PLAIN.fullmatch(raw) and "%%" not in raw and ":::" not in raw:
        return raw
    text = _INLINE.sub(_backslash, visible(one_line(raw)))
    return _MERMAID_MARKS.sub(lambda m: "".join("\\" + c for c in m.group()), text)


def md_text(value: object) -> str:
    """Plan text as Markdown that shows it as written, on one line, safe anywhere: in a
    paragraph, a heading, a list item, emphasis or a table cell."""
    return _START.sub(_backslash_start, md_cell(value))


def safe_url(url: object) -> str | None:
    """The URL as a link target if it is http(s) or mailto, else None (javascript:, data:,
    vbscript:, relative paths, and obfuscated forms: spaces, controls, entities in front).

    The target is percent-encoded: it holds no blank, `<`, `>`, `"`, backslash or control
    character, so it cannot close a Markdown link or an HTML attribute."""
    if not isinstance(url, str) or not _URL.match(url):
        return None
    if _SPACE.search(url) or _UNSHOWN.search(url):
        return None
    return quote(url, safe=_URL_SAFE)


def md_link(text: object, url: object) -> str:
    """A Markdown link if the URL is safe, else the text (and URL) as plain text."""
    href = safe_url(url)
    if href is None:
        return md_text(text)
    return f"[{md_text(text)}](<{href}>)"
