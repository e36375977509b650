"""An image beside the plan (the kommune's coat of arms), read as untrusted bytes.

The file is named in a plan that may come from anywhere, so the path must stay inside the plan
directory (no absolute path, no `..`, no symbolic link out), the file must be small and regular,
and its type is told by its first bytes, never by its name: PNG, JPEG or SVG. An SVG with an
entity declaration is refused, since an XML parser in a PDF engine may expand it without bound;
any other SVG is harmless where it is used, in an `<img>`, which runs no script and fetches
nothing. Nothing here raises: a file kplan cannot use is a `Refused` with the reason.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass

from kplan.read.sources import DISK, GitSource, Source

MAX_IMAGE_BYTES = 2_000_000
"""A coat of arms is a few kB as SVG and rarely 1 MB as PNG; the document embeds it whole."""
MAX_SIDE = 5000
"""Pixels on a side of a PNG or JPEG: a few kB of PNG can claim a billion pixels, which a PDF
engine or a browser would decode into gigabytes. A print-sharp coat of arms needs 1000."""

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_ROOT = re.compile(r"<svg[\s>/]")
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
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
    """Why the named file cannot be used, as the end of a sentence."""

    reason: str


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


def _bad_path(rel: str) -> str | None:
    if not rel.strip() or "\x00" in rel:
        return "it names no file"
    if "://" in rel or rel.lower().startswith("data:"):
        return "it is an address; name a file in the plan directory"
    if "\\" in rel:
        return "write the path with / between folders"
    if rel.startswith("/") or _DRIVE.match(rel):
        return "it is an absolute path; give a path relative to the plan directory"
    if ".." in rel.split("/"):
        return "it leads out of the plan directory («..»)"
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
        return Refused("there is no such file")
    if source.outside(base, path) or _linked_out(base, path, source):
        return Refused("it is a symbolic link out of the plan directory")
    if not source.is_file(path):
        return Refused("it is not a regular file")
    try:
        data = source.read_bytes(path, MAX_IMAGE_BYTES + 1)
    except OSError:
        return Refused("the file cannot be read")
    if len(data) > MAX_IMAGE_BYTES:
        return Refused(f"the file is larger than {MAX_IMAGE_BYTES // 1_000_000} MB")
    mime = image_type(data)
    if mime in (None, "image/svg+xml") and _ENTITY.search(data):
        return Refused("it declares XML entities, which kplan does not accept in an SVG")
    if mime is None:
        return Refused("it is not a PNG, JPEG or SVG image (told by its content, not its name)")
    if mime != "image/svg+xml":
        size = pixel_size(data, mime)
        if size is None:
            return Refused("its header gives no size; it may be damaged")
        if max(size) > MAX_SIDE or min(size) < 1:
            return Refused(f"it is {size[0]} × {size[1]} pixels; at most {MAX_SIDE} on a side")
    return Image(mime, data)
