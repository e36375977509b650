"""Git: what kplan asks a repository (commits, trees, blobs, the log, tags), through `gitsafe`.

Revisions come from users: `commit` checks them with `rev-parse --verify --end-of-options`, so a
name such as `--output=x` is never read as an option, and a name that is no revision never reaches
git at all. Output is NUL-separated, paths unquoted. Whether the working tree holds uncommitted
changes is worked out in `gitwork`, by hashing the files.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from kplan.read.gitcat import Batch
from kplan.read.gitsafe import (
    PARTIAL,
    SAFE_CONFIG,
    GitError,
    check_git_files,
    driver_overrides,
    explain,
    last_line,
    safe_command,
    safe_env,
    shown,
    timeout,
)
from kplan.read.gitwork import worktree_changed
from kplan.text import Message, Text, t

__all__ = ["Commit", "Entry", "Git", "GitError", "iso_date", "nearest_dir", "pathspec", "shown"]

MAX_REV = 1000
"""Longer «revisions» are text, not names (and must not reach the command line)."""

TAGS_SHOWN = 10
"""A missing revision lists at most this many of the tags that exist."""


def pathspec(repo_path: str) -> str:
    """A path from the repository root, taken literally (no globs), wherever git runs."""
    # `:(top).` and `:(top,literal).` match nothing in git 2.39; `:(top)` is the whole tree
    return f":(top,literal){repo_path}" if repo_path else ":(top)"


@dataclass(frozen=True)
class Commit:
    commit: str
    date: str
    """YYYY-MM-DD, or "" when git's date is not one Python can hold (year 0, after 9999)."""
    subject: str
    parents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """A file in a commit's tree."""

    blob: str
    size: int


def nearest_dir(path: str) -> str:
    """The path itself if it is a directory, else its nearest existing parent (or «.»)."""
    here = os.path.abspath(path)
    while not os.path.isdir(here):
        parent = os.path.dirname(here)
        if parent == here:
            return "."
        here = parent
    return here


def iso_date(text: str) -> str:
    """A date as git printed it (%cs), if Python can hold it; else ""."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return ""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def _safe_tree_path(name: str) -> bool:
    """A tree entry a plan may be read from: no empty, «.», «..» or «.git» step (git's fsck
    refuses these, but a hand-made tree object can hold them and would lead out of the plan)."""
    return all(part not in ("", ".", "..") and part.lower() != ".git" for part in name.split("/"))


class Git:
    """The repository that holds `where` (a plan's path; it need not exist any more).

    Paths users give stay relative to the current directory; git itself runs at the top of the
    repository with pathspecs from there, so it does not matter where kplan was started."""

    def __init__(self, where: str = ".") -> None:
        self.cwd = os.path.realpath(".")
        self.where = where
        self.root = nearest_dir(where)
        self._config = list(SAFE_CONFIG)
        self._batch: Batch | None = None
        check_git_files(self.root)
        found = self._call("rev-parse", "--show-toplevel")
        if found.returncode != 0:
            raise GitError(self._not_a_repository(where, found.stderr))
        self.root = found.stdout.decode("utf-8", "surrogateescape").rstrip("\n")
        self._config += self._driver_overrides()

    def _not_a_repository(self, where: str, stderr: bytes) -> Text:
        err = stderr.decode("utf-8", "replace")
        owned = re.search(r"dubious ownership in repository at '(.*)'", err)
        if owned:
            repo = owned.group(1)
            quoted = shown(shlex.quote(repo))
            return t("read.git.dubious", repo=shown(repo), quoted=quoted)
        if "not a git repository" in err or not err.strip():
            return t("read.git.not_a_repository", where=shown(where))
        return t("read.git.cannot_use", where=shown(where), why=last_line(err))

    def _driver_overrides(self) -> list[tuple[str, str]]:
        """Filter and diff drivers the repository defines, each switched off by name."""
        out = self._run(
            "config", "-z", "--name-only", "--get-regexp", r"^(filter|diff)\.", check=False
        )
        return driver_overrides(out or b"")

    def env(self) -> dict[str, str]:
        """The environment every git call of this repository runs in."""
        return safe_env(self._config)

    def command(self, *args: str) -> list[str]:
        """The command line for `git ARGS` in this repository."""
        return safe_command(self.root, *args)

    def _call(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(
                self.command(*args),
                input=stdin,
                stdin=None if stdin is not None else subprocess.DEVNULL,
                capture_output=True,
                env=self.env(),
                timeout=timeout(args[0]),
            )
        except FileNotFoundError:
            raise GitError(t("read.git.not_installed")) from None
        except subprocess.TimeoutExpired:
            raise GitError(t("read.git.too_long", command=args[0])) from None
        except (OSError, ValueError) as exc:  # an argument too long or not encodable
            why = str(exc)
            raise GitError(t("read.git.not_started", command=args[0], why=why)) from None

    def _run(self, *args: str, check: bool = True, stdin: bytes | None = None) -> bytes | None:
        done = self._call(*args, stdin=stdin)
        if done.returncode != 0:
            if check:
                message = explain(done.stderr.decode("utf-8", "replace"))
                raise GitError(message or t("read.git.failed", command=args[0]))
            return None
        return done.stdout

    def _text(self, *args: str) -> str:
        out = self._run(*args)
        assert out is not None
        return out.decode("utf-8", "surrogateescape")

    def is_shallow(self) -> bool:
        return self._text("rev-parse", "--is-shallow-repository").strip() == "true"

    def commit(self, rev: str) -> str:
        """The commit a revision names, or a GitError that says why not."""
        if not _plausible(rev):
            raise GitError(t("read.git.not_a_revision", rev=shown(rev[:80])))
        out = self._run(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}", check=False
        )
        if out is None:
            raise GitError(self._missing(rev))
        return out.decode("ascii", "replace").strip()

    def commits(self, revs: list[str]) -> dict[str, str]:
        """The commits the revisions name, in one git process; those that name none (or are no
        revision at all) are left out."""
        names = sorted({r for r in revs if _plausible(r)})
        if not names:
            return {}
        asked = b"".join(os.fsencode(f"{r}^{{commit}}") + b"\n" for r in names)
        out = self._run("cat-file", "--batch-check=%(objectname) %(objecttype)", stdin=asked)
        found: dict[str, str] = {}
        for rev, line in zip(names, (out or b"").split(b"\n"), strict=False):
            fields = line.split()
            if len(fields) == 2 and fields[1] == b"commit":
                found[rev] = fields[0].decode("ascii", "replace")
        return found

    def _missing(self, rev: str) -> Text:
        """Why a revision names no commit, as plainly as git lets us tell."""
        if not self.has_commits():
            return t("read.git.no_commits", rev=shown(rev))
        kind = self._run("cat-file", "-t", "--end-of-options", f"{rev}^{{}}", check=False)
        if kind:
            what = kind.decode("ascii", "replace").strip()
            return t("read.git.not_a_commit", rev=shown(rev), what=what)
        hint = t("read.git.shallow") if self.is_shallow() else ""
        return t("read.git.no_such_revision", rev=shown(rev), hint=hint, tags=self._tags_known())

    def _tags_known(self) -> Text:
        """The tags that do exist, newest first, as a sentence (a mistyped tag is the usual
        reason a revision is missing, so the right one should be in sight)."""
        out = self._run(
            "for-each-ref",
            f"--count={TAGS_SHOWN + 1}",
            "--sort=-creatordate",
            "--format=%(refname:strip=2)",
            "refs/tags",
            check=False,
        )
        names = [n for n in (out or b"").decode("utf-8", "replace").split("\n") if n]
        if not names:
            return t("read.git.no_tags")
        more = ", …" if len(names) > TAGS_SHOWN else ""
        listed = ", ".join(shown(n) for n in names[:TAGS_SHOWN])
        return t("read.git.tags", tags=listed, more=more)

    def commit_date(self, commit: str) -> dt.date | None:
        """The day a commit was made (its committer date); None when git's date is not one
        Python can hold."""
        out = self._run("rev-list", "--no-walk", "--format=%cs", "--end-of-options", commit)
        lines = (out or b"").decode("ascii", "replace").split()
        day = iso_date(lines[-1]) if lines else ""
        return dt.date.fromisoformat(day) if day else None

    def repo_path(self, path: str) -> str:
        """A path as the user named it, relative to the repository root ('/'-separated).

        Symbolic links on the way are resolved, as git's own top-level path is."""
        if "\x00" in path:
            return "\x00"  # matches nothing
        full = os.path.normpath(os.path.join(self.cwd, path))
        head, name = os.path.split(full)
        full = os.path.realpath(full) if os.path.islink(full) else os.path.join(_real(head), name)
        rel = os.path.relpath(full, _real(self.root))
        return "" if rel == "." else rel.replace(os.sep, "/")

    def object_format(self) -> str:
        out = self._run("rev-parse", "--show-object-format", check=False)
        return (out or b"sha1").decode("ascii", "replace").strip() or "sha1"

    def tree(self, commit: str, scope: str = "") -> dict[str, Entry]:
        """Every file of a commit under `scope` (a repository path; "" is all): repository path
        → blob and size. Symbolic links, submodules and names with «..» or «.git» are left out."""
        out = self._run("ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", pathspec(scope))
        assert out is not None
        files: dict[str, Entry] = {}
        for entry in out.split(b"\x00"):
            meta, tab, name = entry.partition(b"\t")
            fields = meta.split()
            if not tab or len(fields) != 4:
                continue
            mode, kind, blob, size = fields
            path = name.decode("utf-8", "surrogateescape")
            if kind == b"blob" and mode.startswith(b"100") and _safe_tree_path(path):
                files[path] = Entry(blob.decode("ascii"), int(size) if size.isdigit() else -1)
        return files

    def _cat(self) -> Batch:
        if self._batch is None:
            self._batch = Batch(
                self.command("cat-file", "--batch"), self.env(), GitError, self._missing_object
            )
        return self._batch

    def blob(self, blob: str, limit: int | None = None) -> bytes:
        """The bytes of a blob, at most `limit` of them (the rest is never read into memory)."""
        return self._cat().read(blob, limit)

    def blobs(self, blobs: list[str]) -> dict[str, bytes]:
        """Several small blobs at once (the caller checked their sizes); missing ones left out."""
        return self._cat().read_many(blobs)

    def _missing_object(self, blob: str) -> Message:
        if self._run("config", "--get", "extensions.partialClone", check=False):
            return PARTIAL
        return t("read.git.corrupt_object", blob=blob)

    def has_commits(self) -> bool:
        return self._run("rev-parse", "--verify", "--quiet", "HEAD", check=False) is not None

    def log(self, path: str, limit: int, rev: str = "HEAD") -> list[Commit]:
        """Commits that changed `path` (as the user named it), newest first, up to `rev`."""
        if not self.has_commits():
            return []
        spec = self.repo_path(path)
        out = self._run(
            "rev-list",
            f"--max-count={limit}",
            "--parents",  # each commit's parent is the last earlier one that changed `path`
            "--format=%x01%H %P%x1f%cs%x1f%s",
            "--end-of-options",
            rev,
            "--",
            *([pathspec(spec)] if spec else []),
        )
        assert out is not None
        commits = []
        for line in out.split(b"\n"):
            if not line.startswith(b"\x01"):
                continue  # the «commit <id>» line rev-list puts before each record
            ids, date, subject = [*line[1:].split(b"\x1f", 2), b"", b""][:3]
            commit, *parents = ids.decode("ascii", "replace").split() or [""]
            commits.append(
                Commit(
                    commit,
                    iso_date(date.decode("ascii", "replace")),
                    subject.decode("utf-8", "replace"),
                    tuple(parents),
                )
            )
        return commits

    def tags(self) -> dict[str, list[str]]:
        """Commit → the tags that point at it."""
        out = self._run(
            "for-each-ref",
            "--format=%(objectname)%00%(*objectname)%00%(refname:strip=2)",
            "refs/tags",
        )
        assert out is not None
        found: dict[str, list[str]] = {}
        for line in out.split(b"\n"):
            fields = line.split(b"\x00", 2)
            if len(fields) != 3:
                continue
            obj, peeled, name = (f.decode("utf-8", "replace") for f in fields)
            found.setdefault(peeled or obj, []).append(name)
        return found

    def changed(self, path: str) -> bool:
        """Whether the working tree holds changes to `path` that are not committed."""
        try:
            return worktree_changed(self, self.repo_path(path))
        except GitError:
            return False

    def parent(self, commit: str) -> str | None:
        out = self._run("rev-parse", "--verify", "--quiet", f"{commit}^1", check=False)
        return out.decode().strip() if out else None


@lru_cache(maxsize=256)
def _real(directory: str) -> str:
    """A directory's path with symbolic links resolved (a plan's files share a few)."""
    return os.path.realpath(directory)


def _plausible(rev: str) -> bool:
    """Whether `rev` may be a revision name (and may reach git's command line or stdin)."""
    return bool(
        rev
        and not rev.startswith("-")
        and len(rev) <= MAX_REV
        and not re.search(r"[\x00-\x1f\x7f]", rev)
        and _encodable(rev)
    )


def _encodable(text: str) -> bool:
    try:
        os.fsencode(text)
    except (UnicodeEncodeError, ValueError):
        return False
    return True
