"""An image beside the plan (the kommune's coat of arms), read as untrusted bytes.

The file is named in a plan that may come from anywhere, so the path must stay inside the plan
directory (no absolute path, no `..`, no symbolic link out), the file must be small and regular,
and its type is told by its first bytes, never by its name: PNG, JPEG or SVG. An SVG with an
entity declaration is refused, since an XML parser in a PDF engine may expand it without bound,
and so is one that multiplies its parts through references (<use>, url(#...)) past
MAX_SVG_PARTS, which a PDF engine draws one by one; an image an SVG carries inside as a data:
URI is held to the same rules. Otherwise an SVG is harmless where it is used, in an `<img>`,
which runs no script and fetches nothing. Nothing here raises: a file kplan cannot use is a
`Refused` with the reason.
"""

from __future__ import annotations

import base64
import os
import re
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from kplan.read.sources import DISK, GitSource, Source
from kplan.read.yaml_scalars import grouped
from kplan.text import Text, t

MAX_IMAGE_BYTES = 2_000_000
"""A coat of arms is a few kB as SVG and rarely 1 MB as PNG; the document embeds it whole."""
MAX_SIDE = 5000
"""Pixels on a side of a PNG or JPEG: a few kB of PNG can claim a billion pixels, which a PDF
engine or a browser would decode into gigabytes. A print-sharp coat of arms needs 1000."""

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_ROOT = re.compile(r"<svg[\s>/]")
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
MAX_SVG_PARTS = 100_000
"""Elements an SVG may draw once its <use> and url(#...) references are expanded: a coat of
arms has hundreds; ten groups each using the one below ten times draw 10^9 from 400 bytes,
which kept WeasyPrint busy until the PDF was stopped."""
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_URL_REF = re.compile(r"url\(\s*['\"]?#([^)'\"\s]+)")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Image:
    """An image's bytes and media type, checked."""

    mime: str
    data: bytes

    def data_uri(self) -> str:
        """The image as a data: URI, which needs no file and no network to show."""
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class Refused:
    """Why the named file cannot be used, as the end of a sentence («... is left off the
    cover: {reason}.»)."""

    reason: Text


def image_type(data: bytes) -> str | None:
    """The media type the bytes are, by their start (PNG, JPEG or SVG); None for anything else."""
    if data.startswith(_PNG):
        return "image/png"
    if data.startswith(_JPEG):
        return "image/jpeg"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return "image/svg+xml" if _svg_root(text) else None


def _svg_root(text: str) -> bool:
    """Whether the root element is <svg>, after what may come before it: space, an XML
    declaration, comments, a DOCTYPE without an internal subset. Walked by hand, each part
    ended at its first close, since a regular expression with a lazy comment inside a repeat
    backtracks exponentially over a file of empty comments."""
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
        elif text.startswith("<?xml", i):
            end = text.find(">", i)
            if end < 0 or text[end - 1] != "?":
                return False
            i = end + 1
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return False
            i = end + 3
        elif text.startswith("<!DOCTYPE", i):
            end = text.find(">", i)
            if end < 0 or "[" in text[i:end]:
                return False
            i = end + 1
        else:
            return _ROOT.match(text, i) is not None
    return False


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG's frame header, walking its segments; None if there is none."""
    i = 2
    while i + 9 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:  # markers without a length
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            width = int.from_bytes(data[i + 7 : i + 9], "big")
            return width, height
        if length < 2:
            return None
        i += 2 + length
    return None


def pixel_size(data: bytes, mime: str) -> tuple[int, int] | None:
    """Width and height in pixels of a PNG or JPEG, as its header says; None when it says none."""
    if mime == "image/png":
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if mime == "image/jpeg":
        return _jpeg_size(data)
    return None


def _bad_path(rel: str) -> Text | None:
    if not rel.strip() or "\x00" in rel:
        return t("read.image.names_no_file")
    if "://" in rel or rel.lower().startswith("data:"):
        return t("read.image.address")
    if "\\" in rel:
        return t("read.image.backslash")
    if rel.startswith("/") or _DRIVE.match(rel):
        return t("read.image.absolute")
    if ".." in rel.split("/"):
        return t("read.image.parent")
    return None


def _linked_out(base: str, path: str, source: Source) -> bool:
    """At a revision, whether the working tree's symbolic links (which git resolves a path
    through, as the user named it) lead the path out of the plan directory's part of the tree."""
    if not isinstance(source, GitSource):
        return False
    top, here = source.git.repo_path(base), source.git.repo_path(path)
    return top != "" and not here.startswith(top + "/")


def load_image(base: str, rel: str, source: Source = DISK) -> Image | Refused:
    """The image at `rel` (a path relative to the plan directory `base`), or why not."""
    bad = _bad_path(rel)
    if bad:
        return Refused(bad)
    path = os.path.join(base, *[p for p in rel.split("/") if p not in ("", ".")])
    if not source.exists(path):
        return Refused(t("read.image.no_such_file"))
    if source.outside(base, path) or _linked_out(base, path, source):
        return Refused(t("read.image.link_out"))
    if not source.is_file(path):
        return Refused(t("read.image.not_regular"))
    try:
        data = source.read_bytes(path, MAX_IMAGE_BYTES + 1)
    except OSError:
        return Refused(t("read.image.unreadable"))
    if len(data) > MAX_IMAGE_BYTES:
        return Refused(t("read.image.too_large", mb=MAX_IMAGE_BYTES // 1_000_000))
    why = _content_refused(data, 0)
    if why:
        return Refused(why)
    return Image(image_type(data) or "", data)


def _content_refused(data: bytes, depth: int) -> Text | None:
    """Why the bytes cannot be used as an image (the file's, or one embedded in an SVG at
    `depth`); None when they can."""
    mime = image_type(data)
    if mime in (None, "image/svg+xml") and _ENTITY.search(data):
        return t("read.image.entities")
    if mime is None:
        return t("read.image.not_an_image")
    if mime == "image/svg+xml":
        return _svg_refused(data, depth)
    size = pixel_size(data, mime)
    if size is None:
        return t("read.image.no_size")
    if max(size) > MAX_SIDE or min(size) < 1:
        return t("read.image.too_many_pixels", width=size[0], height=size[1], most=MAX_SIDE)
    return None


def _data_bytes(uri: str) -> bytes | None:
    """The bytes of a data: URI, None when it cannot be decoded."""
    head, sep, body = uri.partition(",")
    if not sep:
        return None
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode("".join(body.split()), validate=True)
        except ValueError:
            return None
    return urllib.parse.unquote_to_bytes(body)


def _embedded_refused(root: ET.Element, depth: int) -> Text | None:
    """Why an image an SVG carries inside (a data: URI, which the PDF engine draws) cannot be
    used; other addresses are fetched by nobody."""
    for e in root.iter():
        href = (e.get("href") or e.get(_XLINK_HREF) or "").strip()
        if e.tag.rsplit("}", 1)[-1] != "image" or not href.lower().startswith("data:"):
            continue
        if depth >= 1:
            return t("read.image.nested_image")
        inner = _data_bytes(href)
        why = t("read.image.undecodable") if inner is None else None
        why = why or _content_refused(inner or b"", depth + 1)
        if why:
            return t("read.image.inner_refused", why=why)
    return None


class _Cycle(Exception):
    pass


def _refs(e: ET.Element) -> list[str]:
    """The ids an element draws again: a <use>'s href, and url(#id) in any attribute."""
    found = [m for value in e.attrib.values() for m in _URL_REF.findall(value)]
    href = e.get("href") or e.get(_XLINK_HREF) or ""
    if e.tag.rsplit("}", 1)[-1] == "use" and href.startswith("#"):
        found.append(href[1:])
    return found


def _svg_refused(data: bytes, depth: int = 0) -> Text | None:
    """Why an SVG (already free of entity declarations, so safe to parse) is refused: not
    well-formed, a reference into itself, or more than MAX_SVG_PARTS elements drawn once
    references are expanded; None when it may be used."""
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, ValueError):
        return t("read.image.not_xml")
    ids = {e.get("id"): e for e in root.iter() if e.get("id")}
    sizes: dict[int, int] = {}
    open_: set[int] = set()

    def size(e: ET.Element) -> int:
        key = id(e)
        if key in sizes:
            return sizes[key]
        if key in open_:
            raise _Cycle
        open_.add(key)
        total = 1 + sum(size(child) for child in e)
        total += sum(size(ids[r]) for r in _refs(e) if r in ids)
        open_.discard(key)
        sizes[key] = min(total, MAX_SVG_PARTS + 1)  # capped: the count only has to pass a limit
        return sizes[key]

    try:
        parts = size(root)
    except _Cycle:
        return t("read.image.self_reference")
    except RecursionError:
        return t("read.image.too_deep")
    if parts > MAX_SVG_PARTS:
        return t("read.image.too_many_parts", most=grouped(MAX_SVG_PARTS))
    return _embedded_refused(root, depth)
