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

from kplan.read.sources import DISK, Source

MAX_IMAGE_BYTES = 2_000_000
"""A coat of arms is a few kB as SVG and rarely 1 MB as PNG; the document embeds it whole."""

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
# what may come before the root element: one character of space, an XML declaration, a
# comment, a DOCTYPE without an internal subset; one space at a time, so no backtracking blows up
_SVG_ROOT = re.compile(
    r"\A(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*>)*<svg[\s>/]", re.DOTALL
)
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
    return "image/svg+xml" if _SVG_ROOT.match(text) else None


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


def load_image(base: str, rel: str, source: Source = DISK) -> Image | Refused:
    """The image at `rel` (a path relative to the plan directory `base`), or why not."""
    bad = _bad_path(rel)
    if bad:
        return Refused(bad)
    path = os.path.join(base, *[p for p in rel.split("/") if p not in ("", ".")])
    if not source.exists(path):
        return Refused("there is no such file")
    if source.outside(base, path):
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
    return Image(mime, data)
