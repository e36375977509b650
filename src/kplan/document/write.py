"""Output files: a document never replaces a file the plan reads (or anything that looks like
plan data in the plan directory), and it is written whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable

from kplan.errors import KplanError
from kplan.present.terminal import _FIELD, _SURROGATES, field
from kplan.text import t

PLAN_SUFFIXES = (
    ".yaml",
    ".yml",
    ".csv",
    ".tsv",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".ods",
    ".j2",
    ".jinja",
    ".jinja2",
)
"""Suffixes of files a plan is made of: never an output inside the plan directory."""


class OutputError(KplanError):
    """Output cannot be written: a one-line message for the user, exit 2."""


# ---------------------------------------------------------------------------------------------
# Output files


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _ancestors(directory: str) -> Iterable[tuple[int, int]]:
    """The identities of `directory` and every directory above it (inode, not name: a symlink,
    `..` or another case on a case-insensitive disk cannot hide that two names are one)."""
    current = directory
    while True:
        ident = _identity(current)
        if ident is not None:
            yield ident
        parent = os.path.dirname(current)
        if parent == current:
            return
        current = parent


def _place(path: str) -> str:
    """Where `path` is written: its directory resolved (symlinks, `..`), its last part as
    named. A symlink there is replaced, never followed: a link in a shared folder must not aim
    kplan's write at a file somewhere else."""
    directory, name = os.path.split(path)
    return os.path.join(os.path.realpath(directory or "."), name)


def check_target(
    path: str,
    *,
    inputs: Iterable[str] = (),
    plan_dir: str | None = None,
    whole_tree: bool = True,
    protect: Iterable[str] = (),
    patterns: Iterable[str] = (),
    option: str = "--output",
) -> str:
    """The path to write `path` to, or OutputError saying why kplan will not write there.

    `inputs` are the files the run reads (never replaced, whatever link, `..` or other case
    leads to them), `plan_dir` the plan's directory (no plan-file suffix may be written inside
    it, nor below it when `whole_tree`: a single-file plan owns its own directory and those its
    patterns read from), `protect` directories nothing may be written into, and `patterns` the
    plan's `include:` and analysis file patterns: no output where the plan would read it.

    Refused too: a name that is not valid UTF-8 or holds a control character; anything that is
    not a regular file or leads (through links) to a device, FIFO, socket, directory or a name
    under /dev, /proc or /sys (`-o /dev/stdout`: leave out -o instead); an existing file that
    is executable or read-only; anything inside a git directory, found from the `.git` entry
    above the plan and the output (a `gitdir:` file and a worktree's `commondir` followed, and
    GIT_DIR), or laid out as one. A symbolic link to a regular file is replaced by the
    document, its target left as it was, unless that target is itself refused above."""
    from kplan.document import targets

    shown = field(path)
    if not path.strip():
        raise OutputError(t("run.output.no_name", option=option))
    if re.search(f"[{_SURROGATES}]", path):
        raise OutputError(t("run.output.not_utf8", option=option, path=shown))
    if _FIELD.search(path) or "\x00" in path:
        raise OutputError(t("run.output.control", option=option, path=shown))
    name = os.path.basename(path)
    if name in ("", ".", "..") or os.path.isdir(path):
        raise OutputError(t("run.output.directory", option=option, path=shown))
    place = _place(path)
    parent = os.path.dirname(place)
    if not os.path.isdir(parent):
        raise OutputError(
            t("run.output.no_directory", option=option, path=shown, dir=field(parent))
        )
    why = targets.not_a_document(place)
    if why:
        raise OutputError(t("run.output.refused", option=option, path=shown, why=why))
    followed = os.path.realpath(place)
    where = targets.in_git_dir(place, followed, plan_dir)
    if where:
        raise OutputError(t("run.output.in_git", option=option, path=shown, where=where))
    why = targets.not_replaceable(place)
    if why:
        raise OutputError(t("run.output.refused", option=option, path=shown, why=why))

    target = _identity(place)  # through a symlink: the file it points at
    for item in inputs:
        if os.path.realpath(item) in (place, followed) or (
            target is not None and _identity(item) == target
        ):
            raise OutputError(
                t("run.output.is_input", option=option, path=shown, input=field(item))
            )
    above = set(_ancestors(parent)) | set(_ancestors(os.path.dirname(followed)))
    for directory in protect:
        ident = _identity(directory)
        if ident is not None and ident in above:
            raise OutputError(
                t("run.output.in_read_dir", option=option, path=shown, dir=field(directory))
            )
    if plan_dir is None:
        return place
    patterns = list(patterns)
    pattern = targets.read_by_pattern((place, followed), plan_dir, patterns)
    if pattern is not None:
        raise OutputError(
            t("run.output.matches", option=option, path=shown, pattern=field(pattern))
        )
    if name.lower().endswith(PLAN_SUFFIXES):
        owned = {_identity(d) for d in targets.pattern_dirs(plan_dir, patterns)}
        if whole_tree:
            owned.add(_identity(plan_dir))
        owned.discard(None)
        if owned & above or (not whole_tree and _identity(plan_dir) == _identity(parent)):
            raise OutputError(
                t("run.output.plan_file", option=option, path=shown, dir=field(plan_dir))
            )
    return place


def _new_file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str, data: bytes | Iterable[bytes]) -> None:
    """Write a file whole or not at all: a temporary file in the same directory, synced, then
    renamed over the target. `data` may come in pieces (a national gap's json, a quarter of a
    gigabyte): each is written as it is made, and should making one fail, nothing is. The target keeps its permissions (a new file gets 0666 less the
    umask, not the 0600 of a temporary file). A symlink at `path` is replaced, not followed; a
    directory, device, pipe or a link to one, a name under /dev or /proc, and an executable or
    read-only file are refused (OutputError)."""
    from kplan.document.targets import not_a_document, not_replaceable

    place = _place(path)
    why = not_a_document(place) or not_replaceable(place)
    if why:  # checked again here: the PDF is written minutes after check_target looked
        raise OutputError(t("run.output.refused_file", path=field(path), why=why))
    try:
        st = os.lstat(place)
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISREG(st.st_mode):
        mode = stat.S_IMODE(st.st_mode) & 0o777
    else:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(place), prefix=".kplan-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            for piece in (data,) if isinstance(data, bytes) else data:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, place)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
