"""A source that serves some files from memory and the rest from another source.

`kplan excel import` edits plan files in memory first: the plan is assembled, validated and
compared with the one on disk through an `Overlay` before a byte is written, so an edit that
would break the plan is refused with nothing changed."""

from __future__ import annotations

import os

from kplan.read.sources import DISK, Source


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


class Overlay(Source):
    """`base` (the working tree by default) with the files in `texts` replaced by new bytes.
    Only files that exist in `base` may be replaced: the overlay adds no file and hides none,
    so listing and globbing stay `base`'s."""

    def __init__(self, texts: dict[str, bytes], base: Source = DISK, label: str = "") -> None:
        self.base = base
        self.texts = {_key(path): data for path, data in texts.items()}
        self.label = label or base.label

    def read_bytes(self, path: str, limit: int) -> bytes:
        data = self.texts.get(_key(path))
        if data is None:
            return self.base.read_bytes(path, limit)
        return data[:limit]

    def is_dir(self, path: str) -> bool:
        return self.base.is_dir(path)

    def is_file(self, path: str) -> bool:
        return self.base.is_file(path)

    def exists(self, path: str) -> bool:
        return self.base.exists(path)

    def glob(self, base: str, pattern: str) -> list[str]:
        return self.base.glob(base, pattern)

    def outside(self, base: str, path: str) -> bool:
        return self.base.outside(base, path)
