"""Writing a new plan (`kplan init`): every file or none, and never over anything.

Everything is checked before the first byte is written: the plan directory is a real directory
or does not exist yet (not a file, not a symbolic link), no folder on the way to a file is a
link or a file, and no file to be written exists. Each file is then written through a temporary
file in its own folder and linked into place, which fails rather than replaces should a file
have appeared in the meantime; a failure takes back every file and folder this run made.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Mapping

from kplan.errors import KplanError, UsageError
from kplan.present.terminal import _FIELD, _SURROGATES
from kplan.text import all_of, t


def _new_file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def check_root(root: str) -> None:
    """The plan directory may be new or an existing directory: never a file or a link."""
    if not root.strip() or re.search(f"[{_SURROGATES}]", root) or _FIELD.search(root):
        raise UsageError(t("init.dir_name", path=root))
    if os.path.islink(root):
        raise UsageError(t("init.dir_symlink", path=root))
    if os.path.lexists(root) and not os.path.isdir(root):
        raise UsageError(t("init.dir_not_dir", path=root))


def check_free(root: str, paths: list[str]) -> None:
    """No file to write exists, and every folder on the way is a real folder or missing."""
    taken: list[str] = []
    for rel in paths:
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            folder = os.path.join(root, *parts[:depth])
            if os.path.islink(folder) or (os.path.lexists(folder) and not os.path.isdir(folder)):
                raise UsageError(t("init.folder_in_the_way", path=folder))
        if os.path.lexists(os.path.join(root, *parts)):
            taken.append(rel)
    if taken:
        raise UsageError(t("init.exists", path=root, files=all_of(tuple(taken))))


def write_new(root: str, files: Mapping[str, str]) -> None:
    """Write `files` ({path relative to `root`: text}) under `root`, all or none."""
    check_root(root)
    check_free(root, list(files))
    made_dirs: list[str] = []
    written: list[str] = []
    try:
        _make_dir(root, made_dirs)
        for rel, text in files.items():
            target = os.path.join(root, *rel.split("/"))
            _make_dir(os.path.dirname(target), made_dirs)
            _write_one(target, text.encode("utf-8"))
            written.append(target)
    except BaseException as exc:
        for path in reversed(written):
            with contextlib.suppress(OSError):
                os.unlink(path)
        for folder in reversed(made_dirs):
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        if isinstance(exc, FileExistsError):
            taken = (exc.filename or "",)
            raise UsageError(t("init.exists", path=root, files=all_of(taken))) from None
        if isinstance(exc, OSError):
            raise KplanError(
                t("init.write_failed", path=exc.filename or root, why=exc.strerror or str(exc))
            ) from None
        raise


def _make_dir(folder: str, made: list[str]) -> None:
    """`folder` and any missing folder above it, each remembered so a failure can take it back."""
    missing: list[str] = []
    current = os.path.abspath(folder)
    while not os.path.lexists(current):
        missing.append(current)
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    for path in reversed(missing):
        os.mkdir(path)
        made.append(path)
    if not stat.S_ISDIR(os.lstat(os.path.abspath(folder)).st_mode):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), folder)


def _write_one(target: str, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".kplan-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _new_file_mode())
        try:
            os.link(tmp, target)  # fails, never replaces, when the name is taken
        except FileExistsError:
            raise
        except OSError:
            # a file system without hard links: create it exclusively instead
            _write_exclusive(target, data)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _write_exclusive(target: str, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _new_file_mode())
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise
