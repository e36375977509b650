"""Sources: where plan files are read from, the working tree or a git revision.

Everything that reads a plan goes through a `Source`, so `--at REV` and `kplan diff` read a plan
as it was at a revision straight from git's object store, without touching the working tree.
Paths stay as the user named them (relative to the current directory), in both sources.

Both sources match include patterns the same way (`glob_match`): `*` and `?` stay within one
directory, `**` spans directories, and hidden names match only a pattern that names them. Neither
follows a symbolic link to a directory, so a link loop in a plan cannot make a search endless.
"""

from __future__ import annotations

import bisect
import contextlib
import errno
import fnmatch
import os
import re
import stat
from functools import lru_cache

from kplan.read.git import Entry, Git, GitError, shown
from kplan.text import Message, t

_MAGIC = re.compile(r"[*?[]")

PREFETCH = 32 * 1024 * 1024
PREFETCH_ONE = 1024 * 1024


class Source:
    """The working tree."""

    label = ""
    """Shown after the summary: which version of the plan was read."""

    def read_bytes(self, path: str, limit: int) -> bytes:
        """Up to `limit` bytes of a file (OSError when it cannot be read).

        Opened without blocking and checked once open: a FIFO or device swapped in after the
        caller looked cannot hang or flood the read."""
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", path)
            return fh.read(limit)

    def is_dir(self, path: str) -> bool:
        return os.path.isdir(path)

    def is_file(self, path: str) -> bool:
        return os.path.isfile(path)

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def glob(self, base: str, pattern: str) -> list[str]:
        """Files under `base` matching `pattern`, sorted. A symbolic link to a file is listed
        (`outside` says whether it leads out of `base`); links to directories are not entered."""
        parts = _segments(pattern)
        if parts is None or any(p.lower() == ".git" for p in parts):
            return []  # git's own files are no plan files, as at a revision
        if not any(_MAGIC.search(p) for p in parts):
            path = os.path.join(base, *parts)
            return [path] if parts and os.path.isfile(path) else []
        # only the directory the pattern's literal start names is searched
        fixed = 0
        while fixed < len(parts) - 1 and not _MAGIC.search(parts[fixed]):
            fixed += 1
        start = os.path.join(base, *parts[:fixed])
        if any(os.path.islink(os.path.join(base, *parts[: i + 1])) for i in range(fixed)):
            return []  # a linked directory is not entered, however the pattern names it
        depth = None if "**" in parts else len(parts) - fixed
        hidden = any(p.startswith(".") for p in parts[fixed:])
        found = [
            os.path.join(start, rel)
            for rel in _walk(start, depth, hidden)
            if glob_match(parts[fixed:], rel.split(os.sep))
        ]
        return sorted(found)

    def outside(self, base: str, path: str) -> bool:
        real_base = os.path.realpath(base)
        return os.path.commonpath([real_base, os.path.realpath(path)]) != real_base


DISK = Source()


class Unreadable(OSError):
    """A file a source cannot read, with the reason as a catalogue text: the system's words
    (`strerror`) stay for code that only logs them."""

    def __init__(self, code: int, message: Message, path: str, *, sentence: bool = False) -> None:
        super().__init__(code, str(message).rstrip("."), path)
        self.message = message
        self.sentence = sentence
        """The message is a whole sentence (git's refusal), not the end of one."""


def _from_git(exc: GitError, path: str) -> Unreadable:
    message = exc.message
    if isinstance(message, str):  # git's own last line: the end of kplan's sentence
        return Unreadable(5, message.rstrip("."), path)
    return Unreadable(5, message, path, sentence=True)


def _segments(pattern: str) -> list[str] | None:
    """The steps of a '/'-separated pattern («.» and empty steps dropped); None for a pattern
    that can match nothing inside the plan."""
    if "\x00" in pattern:
        return None
    parts = [p for p in pattern.replace("\\", "/").split("/") if p not in ("", ".")]
    return None if ".." in parts else parts


def _walk(start: str, depth: int | None, hidden: bool) -> list[str]:
    """Paths of files (and links to files) under `start`, relative to it, at most `depth` steps
    down; links to directories are not entered, nor hidden directories (.git) unless `hidden`."""
    out: list[str] = []
    stack = [("", 1)]
    while stack:
        rel, level = stack.pop()
        try:
            entries = list(os.scandir(os.path.join(start, rel) if rel else start))
        except (OSError, ValueError):
            continue
        for e in entries:
            name = os.path.join(rel, e.name) if rel else e.name
            try:
                if e.name.lower() == ".git":
                    continue  # git's own files (or a worktree's pointer) are no plan files
                if e.is_dir(follow_symlinks=False):
                    if (depth is None or level < depth) and (hidden or e.name[0] != "."):
                        stack.append((name, level + 1))
                elif e.is_file():  # follows a link: a link to a file is listed
                    out.append(name)
            except OSError:
                continue
    return out


@lru_cache(maxsize=1024)
def _step_rx(step: str) -> re.Pattern[str]:
    return re.compile(fnmatch.translate(step))


def _step(step: str, name: str) -> bool:
    if not _MAGIC.search(step):
        return step == name
    if name.startswith(".") and not step.startswith("."):
        return False  # as glob: `*` does not match hidden names
    return _step_rx(step).match(name) is not None


def glob_match(pattern: list[str], path: list[str]) -> bool:
    """Whether a path matches a pattern, both as lists of steps; a `**` step is any number of
    steps (not hidden ones). Linear in steps × pattern steps, whatever the pattern."""
    m = len(path)
    # reach[j]: the first i pattern steps can match the first j path steps
    reach = [True] + [False] * m
    for step in pattern:
        nxt = [False] * (m + 1)
        if step == "**":
            for j in range(m + 1):
                nxt[j] = reach[j] or (j > 0 and nxt[j - 1] and not path[j - 1].startswith("."))
        else:
            for j in range(1, m + 1):
                nxt[j] = reach[j - 1] and _step(step, path[j - 1])
        reach = nxt
        if not any(reach):
            return False
    return reach[m]


class GitSource(Source):
    """The files of a git revision, read with `git cat-file`; nothing is checked out.

    Only the part of the tree around the plan is listed: the directory of the first path asked
    about, widened when a later path lies outside it (a plan's files lie under its directory)."""

    def __init__(self, git: Git, rev: str) -> None:
        self.git = git
        self.rev = rev
        self.commit = git.commit(rev)
        self.label = f"{shown(rev)} ({self.commit[:12]})"
        self._scope: str | None = None
        self._files: dict[str, Entry] = {}
        self._names: list[str] = []
        self._dirs: frozenset[str] = frozenset()
        self._read: dict[str, bytes] = {}
        """Blobs fetched ahead (a glob's matches are read next), within PREFETCH bytes."""
        # the plan's part of the tree is listed now, where a partial clone or a corrupt tree
        # is the caller's GitError (a one-line message), not an error half-way through a read
        where = git.repo_path(git.where)
        if not _foreign(where):
            self._cover(where, is_dir=os.path.isdir(git.where))

    def _repo_path(self, path: str) -> str:
        return self.git.repo_path(path)

    def _cover(self, repo_path: str, *, is_dir: bool = False) -> None:
        """List the tree so that it covers `repo_path`."""
        want = repo_path if is_dir else repo_path.rpartition("/")[0]
        if self._scope is not None and _within(want, self._scope):
            return
        scope = want if self._scope is None else _common(want, self._scope)
        if self._scope is None:
            self._files = self.git.tree(self.commit, scope)
        else:
            try:
                self._files = self.git.tree(self.commit, scope)
            except GitError as exc:  # reached from a read: the error boundary names the path
                raise _from_git(exc, repo_path) from None
        self._names = sorted(self._files)
        dirs = {""}
        for p in self._names:
            parts = p.split("/")[:-1]
            dirs.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        self._dirs = frozenset(dirs)
        self._scope = scope

    @property
    def tree(self) -> dict[str, Entry]:
        """Repository path → blob of every file at the revision (the whole tree)."""
        self._cover("", is_dir=True)
        return self._files

    def _entry(self, path: str) -> Entry | None:
        rp = self._repo_path(path)
        if _foreign(rp):
            return None
        self._cover(rp)
        return self._files.get(rp)

    def read_bytes(self, path: str, limit: int) -> bytes:
        entry = self._entry(path)
        if entry is None:
            if self.is_dir(path):
                raise IsADirectoryError(21, "Is a directory", path)
            raise Unreadable(2, t("read.source.not_at_revision", rev=shown(self.rev)), path)
        if entry.blob in self._read:
            return self._read[entry.blob][:limit]
        try:
            # the tree listing gave the size: a huge blob is read only as far as `limit`
            return self.git.blob(entry.blob, limit)
        except GitError as exc:
            raise _from_git(exc, path) from None

    def is_dir(self, path: str) -> bool:
        rp = self._repo_path(path)
        if _foreign(rp):
            return False
        self._cover(rp, is_dir=True)
        return rp in self._dirs

    def is_file(self, path: str) -> bool:
        return self._entry(path) is not None

    def exists(self, path: str) -> bool:
        return self.is_file(path) or self.is_dir(path)

    def glob(self, base: str, pattern: str) -> list[str]:
        parts = _segments(pattern)
        repo_base = self._repo_path(base)
        if parts is None or _foreign(repo_base):
            return []
        self._cover(repo_base, is_dir=True)
        prefix = repo_base + "/" if repo_base else ""
        if not any(_MAGIC.search(p) for p in parts):
            rel = "/".join(parts)
            return [os.path.join(base, *parts)] if parts and prefix + rel in self._files else []
        lo = bisect.bisect_left(self._names, prefix)
        found = []
        for name in self._names[lo:]:
            if not name.startswith(prefix):
                break
            rel = name[len(prefix) :]
            if glob_match(parts, rel.split("/")):
                found.append(os.path.join(base, *rel.split("/")))
        self._prefetch([prefix + p for p in (os.path.relpath(f, base) for f in found)])
        return sorted(found)

    def _prefetch(self, repo_paths: list[str]) -> None:
        """Fetch the small files among `repo_paths` in one go, as far as the budget goes."""
        budget = PREFETCH - sum(len(b) for b in self._read.values())
        wanted = []
        for rp in repo_paths:
            entry = self._files.get(rp.replace(os.sep, "/"))
            if entry is None or entry.blob in self._read or not 0 <= entry.size <= PREFETCH_ONE:
                continue
            if entry.size > budget:
                break
            budget -= entry.size
            wanted.append(entry.blob)
        if len(wanted) > 1:
            # on failure each file is read on its own, and says why it cannot be
            with contextlib.suppress(GitError):
                self._read.update(self.git.blobs(wanted))

    def outside(self, base: str, path: str) -> bool:
        # paths come from the tree listing, which holds no «..» step and no symbolic link
        rel = os.path.relpath(os.path.normpath(path), os.path.normpath(base))
        return rel == ".." or rel.startswith(".." + os.sep)


def _foreign(repo_path: str) -> bool:
    """A path outside the repository (or one no file can have)."""
    return repo_path == ".." or repo_path.startswith("../") or "\x00" in repo_path


def _within(path: str, scope: str) -> bool:
    return scope == "" or path == scope or path.startswith(scope + "/")


def _common(a: str, b: str) -> str:
    pa, pb = a.split("/") if a else [], b.split("/") if b else []
    same = []
    for x, y in zip(pa, pb, strict=False):
        if x != y:
            break
        same.append(x)
    return "/".join(same)
