"""Where an output file must never go: the reasons `kplan.document.write.check_target` refuses a path.

Each helper returns a reason (a sentence fragment) or None; none of them runs git or opens a
file for writing. They look at what is on disk now, so a link, a `.git` file that points
elsewhere or a pattern the plan reads cannot hide that kplan's write would land somewhere it
must not."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable

from kplan.present.terminal import field
from kplan.read.sources import _MAGIC, _segments, glob_match
from kplan.text import Text, t

SPECIAL_ROOTS = ("/dev", "/proc", "/sys")
"""Kernel file systems: a name there is a device, a process's file or a setting, never a
document, even when it resolves to a regular file (`/dev/stdout` redirected to a file)."""

_STDOUT = re.compile(r"/dev/(stdout|stderr|tty|fd/\d+)|/proc/[^/]+/fd/\d+")


def _special(path: str) -> bool:
    return any(path == root or path.startswith(root + "/") for root in SPECIAL_ROOTS)


def link_chain(place: str) -> list[str]:
    """`place` and every path its symbolic links lead to, in order, each absolute (at most 40
    steps, as the kernel allows)."""
    chain = [place]
    current = place
    for _ in range(40):
        try:
            target = os.readlink(current)
        except (OSError, ValueError):
            break
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
        chain.append(current)
    return chain


def not_a_document(place: str) -> Text | None:
    """Why `place` is no file to write a document to: a device, FIFO, socket or directory, or
    a link to one, or a name under /dev, /proc or /sys. None for a regular file, a link to
    one, or a name that is free."""
    for step in link_chain(place):
        if _STDOUT.fullmatch(step):
            return t("run.target.stdout")
        if _special(step) or _special(os.path.realpath(os.path.dirname(step))):
            if step == place:
                return t("run.target.special")
            return t("run.target.special_via", path=field(step))
    try:
        st = os.stat(place)
    except FileNotFoundError:
        return None  # a free name, or a link to nothing: the link is replaced
    except (OSError, ValueError) as exc:
        return t("run.target.unchecked", reason=str(getattr(exc, "strerror", None) or exc))
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        return t("run.target.directory")
    return t("run.target.not_regular")


def not_replaceable(place: str) -> Text | None:
    """Why the regular file at `place` (not a link: a link is replaced, its target untouched)
    must stay as it is: executable (a document never is; a hook or script is) or read-only."""
    try:
        st = os.lstat(place)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    if st.st_mode & 0o111:
        return t("run.target.executable")
    if not st.st_mode & stat.S_IWUSR:
        return t("run.target.read_only")
    return None


def _read_pointer(path: str, key: str = "") -> str | None:
    """The path a `.git` file (`gitdir: X`) or a `commondir` file names, resolved relative to
    the file's directory."""
    try:
        with open(path, "rb") as fh:
            text = fh.read(4096).decode("utf-8", "surrogateescape")
    except (OSError, ValueError):
        return None
    line = text.splitlines()[0].strip() if text.strip() else ""
    if key:
        if not line.startswith(key):
            return None
        line = line[len(key) :].strip()
    if not line:
        return None
    return os.path.normpath(os.path.join(os.path.dirname(path), line))


def _with_common(gitdir: str) -> list[str]:
    found = [gitdir]
    common = _read_pointer(os.path.join(gitdir, "commondir"))
    if common is not None:
        found.append(common)
    return found


def git_dirs(starts: Iterable[str]) -> list[str]:
    """The git directories of the repositories `starts` lie in (the first `.git` entry above
    each, followed when it is a `gitdir:` file, with the `commondir` of a worktree), and those
    GIT_DIR and GIT_COMMON_DIR name. Found by reading files, never by running git."""
    found: list[str] = []
    for env in ("GIT_DIR", "GIT_COMMON_DIR"):
        value = os.environ.get(env)
        if value:
            found.extend(_with_common(os.path.abspath(value)))
    for start in starts:
        current = os.path.realpath(start)
        while True:
            dotgit = os.path.join(current, ".git")
            if os.path.isdir(dotgit):
                found.extend(_with_common(dotgit))
                break
            if os.path.lexists(dotgit):
                pointed = _read_pointer(dotgit, "gitdir:")
                if pointed is not None:
                    found.extend(_with_common(pointed))
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
    return found


def looks_like_git_dir(directory: str) -> bool:
    """Whether `directory` is laid out as a git directory (HEAD, objects/, refs/): a bare
    repository or a separated one, whatever its name."""
    return (
        os.path.isfile(os.path.join(directory, "HEAD"))
        and os.path.isdir(os.path.join(directory, "objects"))
        and os.path.isdir(os.path.join(directory, "refs"))
    )


def _relative(path: str, base: str) -> list[str] | None:
    try:
        rel = os.path.relpath(path, base)
    except ValueError:
        return None
    parts = rel.split(os.sep)
    return None if parts[0] == os.pardir else parts


def read_by_pattern(paths: Iterable[str], plan_dir: str, patterns: Iterable[str]) -> str | None:
    """The first of the plan's `include:` / analysis patterns that would read one of `paths`
    (matched relative to the plan directory as the loader globs; case folded, so another case
    on a case-insensitive disk is caught too)."""
    base = os.path.realpath(plan_dir)
    rels = [parts for p in paths if (parts := _relative(p, base)) is not None]
    for pattern in patterns:
        if not isinstance(pattern, str):
            continue
        steps = _segments(pattern)
        if not steps:
            continue
        folded = [s.lower() for s in steps]
        for parts in rels:
            if glob_match(steps, parts) or glob_match(folded, [p.lower() for p in parts]):
                return pattern
    return None


def pattern_dirs(plan_dir: str, patterns: Iterable[str]) -> list[str]:
    """The directories the plan's patterns read from: the literal start of each pattern."""
    dirs = []
    for pattern in patterns:
        steps = _segments(pattern) if isinstance(pattern, str) else None
        if not steps:
            continue
        fixed = 0
        while fixed < len(steps) - 1 and not _MAGIC.search(steps[fixed]):
            fixed += 1
        dirs.append(os.path.join(plan_dir, *steps[:fixed]))
    return dirs


def in_git_dir(place: str, followed: str, plan_dir: str | None) -> Text | None:
    """The git directory `place` (or the file it links to) lies in, shown, or None."""
    from kplan.document.write import _ancestors, _identity
    from kplan.present.terminal import field

    where = [os.path.dirname(place), os.path.dirname(followed)]
    if any(part.lower() == ".git" for p in (place, followed) for part in p.split(os.sep)):
        return t("run.target.dot_git")
    above = set()
    for directory in where:
        above |= set(_ancestors(directory))
        current = directory
        while os.path.dirname(current) != current:
            if looks_like_git_dir(current):
                return t("run.target.git_dir", dir=field(current))
            current = os.path.dirname(current)
    for gitdir in git_dirs([*where, *([plan_dir] if plan_dir else [])]):
        if _identity(gitdir) in above:
            return t("run.target.git_dir", dir=field(gitdir))
    return None
