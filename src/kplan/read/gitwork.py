"""Whether the working tree holds changes to a path that HEAD does not (the render stamp's
«uncommitted»), worked out without `git status`.

`git status`, `diff-files` and `diff-index` refresh the index: they query the fsmonitor hook and
run the clean filter on files whose timestamps look racy, both commands a repository's own config
names. Here git only lists (HEAD's tree, the index, the untracked files, none of which runs
anything), and the files are hashed in Python as git would hash them.
"""

from __future__ import annotations

import hashlib
import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kplan.read.git import Git

_WHOLE_READ = 64 * 1024 * 1024
"""A file whose size differs from the committed blob is read whole (to undo CRLF line ends)
only up to this size; past it, it counts as changed."""


def _blob_id(data_chunks: list[bytes] | None, path: str, size: int, algo: str) -> str:
    h = hashlib.new(algo)
    h.update(b"blob %d\x00" % size)
    if data_chunks is not None:
        for chunk in data_chunks:
            h.update(chunk)
        return h.hexdigest()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _same(full: str, mode: str, blob: str, size: int, algo: str) -> bool:
    """Whether the file at `full` holds what the committed blob does."""
    try:
        st = os.lstat(full)
        if mode == "120000":
            if not stat.S_ISLNK(st.st_mode):
                return False
            target = os.readlink(os.fsencode(full))
            return _blob_id([target], full, len(target), algo) == blob
        if not stat.S_ISREG(st.st_mode):
            return False
        if st.st_size == size and _blob_id(None, full, size, algo) == blob:
            return True
        if st.st_size > _WHOLE_READ:
            return False
        with open(full, "rb") as fh:
            data = fh.read(_WHOLE_READ + 1)
        # core.autocrlf / eol=crlf check files out with CRLF while the blob holds LF
        lf = data.replace(b"\r\n", b"\n")
        return lf != data and _blob_id([lf], full, len(lf), algo) == blob
    except (OSError, ValueError):
        return False


def _listing(git: Git, *args: str) -> list[bytes]:
    out = git._run(*args)
    assert out is not None
    return [entry for entry in out.split(b"\x00") if entry]


def worktree_changed(git: Git, scope: str) -> bool:
    """Whether files under `scope` (a repository path, "" for all) differ from HEAD: changed,
    deleted, added to the index, or untracked and not ignored."""
    from kplan.read.git import pathspec

    spec = pathspec(scope)
    algo = "sha256" if git.object_format() == "sha256" else "sha1"
    head: dict[bytes, tuple[str, str, int]] = {}
    if git.has_commits():
        for entry in _listing(git, "ls-tree", "-r", "-z", "-l", "--full-tree", "HEAD", "--", spec):
            meta, _, name = entry.partition(b"\t")
            fields = meta.split()
            if len(fields) == 4:
                mode, _kind, blob, length = (f.decode("ascii", "replace") for f in fields)
                head[name] = (mode, blob, int(length) if length.isdigit() else -1)
    index: set[bytes] = set()
    skipped: set[bytes] = set()
    for entry in _listing(git, "ls-files", "-z", "-t", "--cached", "--full-name", "--", spec):
        tag, _, name = entry.partition(b" ")
        index.add(name)
        if tag == b"S":  # sparse checkout: not in the working tree on purpose
            skipped.add(name)
    if index != set(head):
        return True
    untracked = _listing(
        git, "ls-files", "-z", "--others", "--exclude-standard", "--directory",
        "--no-empty-directory", "--", spec,
    )  # fmt: skip
    if untracked:
        return True
    root = os.fsencode(git.root)
    for name, (mode, blob, size) in head.items():
        if mode == "160000" or name in skipped:
            continue
        full = os.fsdecode(os.path.join(root, name))
        if not _same(full, mode, blob, size, algo):
            return True
    return False
