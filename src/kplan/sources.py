"""Sources: where plan files are read from, the working tree or a git revision.

Everything that reads a plan goes through a `Source`, so `--at REV` and `kplan diff` read a plan
as it was at a revision straight from git's object store, without touching the working tree.
Paths stay as the user named them (relative to the current directory), in both sources.
"""

from __future__ import annotations

import glob as globlib
import os
import re
from functools import cache

from kplan.history import Git, GitError


class Source:
    """The working tree."""

    label = ""
    """Shown after the summary: which version of the plan was read."""

    def read_bytes(self, path: str, limit: int) -> bytes:
        """Up to `limit` bytes of a file (OSError when it cannot be read)."""
        with open(path, "rb") as fh:
            return fh.read(limit)

    def is_dir(self, path: str) -> bool:
        return os.path.isdir(path)

    def is_file(self, path: str) -> bool:
        return os.path.isfile(path)

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def glob(self, base: str, pattern: str) -> list[str]:
        """Files under `base` matching `pattern` (`**` crosses directories), inside `base` only:
        a symlink that leads out of the plan directory is left out and returned second."""
        matches = sorted(globlib.glob(os.path.join(base, pattern), recursive=True))
        return [m for m in matches if os.path.isfile(m)]

    def outside(self, base: str, path: str) -> bool:
        real_base = os.path.realpath(base)
        return os.path.commonpath([real_base, os.path.realpath(path)]) != real_base


DISK = Source()


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regular expression over '/'-separated paths: `**/` spans directories."""
    out, i = "", 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out += "(?:[^/]+/)*"
            i += 3
            continue
        if pattern.startswith("**", i):
            out += ".*"
            i += 2
            continue
        if ch == "*":
            out += "[^/]*"
        elif ch == "?":
            out += "[^/]"
        elif ch == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out += re.escape(ch)
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                out += "[" + ("^" + body[1:] if body.startswith("!") else body) + "]"
                i = end
        else:
            out += re.escape(ch)
        i += 1
    return re.compile(out + r"\Z")


class GitSource(Source):
    """The files of a git revision, read with `git cat-file`; nothing is checked out."""

    def __init__(self, git: Git, rev: str) -> None:
        self.git = git
        self.rev = rev
        self.commit = git.commit(rev)
        self.label = f"{rev} ({self.commit[:12]})"
        self._tree: dict[str, str] | None = None

    def _repo_path(self, path: str) -> str:
        return self.git.repo_path(path)

    @property
    def tree(self) -> dict[str, str]:
        """Repository path → blob id of every file at the revision."""
        if self._tree is None:
            self._tree = self.git.tree(self.commit)
        return self._tree

    @cache  # noqa: B019 - a source lives as long as one command
    def _dirs(self) -> frozenset[str]:
        dirs = {""}
        for p in self.tree:
            parts = p.split("/")[:-1]
            dirs.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        return frozenset(dirs)

    def read_bytes(self, path: str, limit: int) -> bytes:
        blob = self.tree.get(self._repo_path(path))
        if blob is None:
            raise FileNotFoundError(2, f"not in {self.rev}", path)
        try:
            return self.git.blob(blob)[:limit]
        except GitError as exc:
            raise OSError(5, str(exc), path) from None

    def is_dir(self, path: str) -> bool:
        return self._repo_path(path) in self._dirs()

    def is_file(self, path: str) -> bool:
        return self._repo_path(path) in self.tree

    def exists(self, path: str) -> bool:
        return self.is_file(path) or self.is_dir(path)

    def glob(self, base: str, pattern: str) -> list[str]:
        repo_base = self._repo_path(base)
        prefix = repo_base + "/" if repo_base else ""
        rx = glob_regex(pattern)
        found = [
            p[len(prefix) :]
            for p in self.tree
            if p.startswith(prefix) and rx.match(p[len(prefix) :])
        ]
        return [os.path.join(base, rel) for rel in sorted(found)]

    def outside(self, base: str, path: str) -> bool:
        return False  # paths come from the tree listing, and symlinks are not followed
