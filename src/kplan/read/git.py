"""History: the git plumbing kplan needs, run so that nothing in a repository can run a command.

A plan repository may come from anywhere (a zip from another kommune), and git will run what its
`.git/config` names: an fsmonitor hook, clean/smudge filters, external diff and textconv
programs, hooks, a pager, credential helpers, and upload-pack or ssh commands when it fetches a
missing object of a partial clone. So:

- Every call gets config from the command line (which outranks the repository's own) that
  switches each of these off, including every filter and diff driver the repository defines, and
  no transport protocol is allowed, so git never fetches.
- Only plumbing that does not touch the working tree runs (rev-parse, ls-tree, rev-list,
  cat-file without --filters, for-each-ref, ls-files); nothing refreshes or writes the index.
  Whether the working tree holds uncommitted changes is worked out here, by hashing the files.
- Revisions come from users: they are checked with `rev-parse --verify --end-of-options`, so a
  name such as `--output=x` is never read as an option. Output is NUL-separated, paths unquoted.
- A shallow clone (as CI makes) gets a message that says so, rather than «unknown revision»;
  a repository git refuses as another user's («dubious ownership») is named as that.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import stat
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from kplan.errors import KplanError
from kplan.read.gitcat import Batch
from kplan.read.gitwork import worktree_changed

_KEPT_ENV = frozenset({"GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "GIT_CEILING_DIRECTORIES"})

SAFE_CONFIG: tuple[tuple[str, str], ...] = (
    ("core.fsmonitor", "false"),
    ("core.hooksPath", os.devnull),
    ("core.pager", "cat"),
    ("core.askPass", ""),
    ("core.sshCommand", ""),
    ("core.gitProxy", ""),
    ("core.alternateRefsCommand", ""),
    ("core.untrackedCache", "false"),
    ("core.quotepath", "false"),
    ("credential.helper", ""),
    ("diff.external", ""),
    ("log.showSignature", "false"),
    ("gc.auto", "0"),
    ("maintenance.auto", "false"),
    ("submodule.recurse", "false"),
    ("fetch.recurseSubmodules", "false"),
    ("protocol.allow", "never"),
    ("i18n.logOutputEncoding", "UTF-8"),
    # a bare repository hidden inside a plan directory is not picked up on the way
    ("safe.bareRepository", "explicit"),
)
"""Config that outranks the repository's own; the driver settings it defines are added to it."""

_DRIVER_KEYS = re.compile(
    r"(filter\..+\.(clean|smudge|process|required)|diff\..+\.(command|textconv))"
)

MAX_REV = 1000
"""Longer «revisions» are text, not names (and must not reach the command line)."""


def pathspec(repo_path: str) -> str:
    """A path from the repository root, taken literally (no globs), wherever git runs."""
    # `:(top).` and `:(top,literal).` match nothing in git 2.39; `:(top)` is the whole tree
    return f":(top,literal){repo_path}" if repo_path else ":(top)"


_UNSHOWN = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def shown(text: str) -> str:
    """Text from a repository or the command line as inert terminal text: control characters,
    bidi overrides and undecodable bytes are shown escaped (\\x1b, \\u202e, \\xff)."""

    def esc(m: re.Match[str]) -> str:
        c = ord(m.group())
        if 0xDC80 <= c <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            return f"\\x{c - 0xDC00:02x}"
        return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

    return _UNSHOWN.sub(esc, text)


class GitError(KplanError):
    """git could not do what was asked; the message is for the user."""


PARTIAL = (
    "This clone leaves out objects the plan needs (a partial clone), and kplan fetches nothing; "
    "fetch them (git fetch --refetch) or clone without --filter."
)

_QUICK = 20
"""Seconds for plumbing that only looks a name up; listing and reading get _SLOW."""
_SLOW = 120
_QUICK_COMMANDS = frozenset({"rev-parse", "config", "for-each-ref", "cat-file"})


def explain(stderr: str) -> str:
    """git's complaint as one sentence that says what to do: a partial clone and a corrupt
    repository are named as such; anything else is git's last line."""
    low = stderr.lower()
    if "promisor" in low or "lazy fetch" in low or "could not fetch" in low:
        return PARTIAL
    if any(
        word in low
        for word in ("corrupt", "bad object", "unable to read", "inflate", "bad tree", "is empty")
    ):
        return (
            "The repository is corrupt: git cannot read an object it needs "
            f"({_last_line(stderr).rstrip('.')}); check it with git fsck."
        )
    return _last_line(stderr)


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
        _check_git_files(self.root)
        found = self._call("rev-parse", "--show-toplevel")
        if found.returncode != 0:
            raise GitError(self._not_a_repository(where, found.stderr))
        self.root = found.stdout.decode("utf-8", "surrogateescape").rstrip("\n")
        self._config += self._driver_overrides()

    def _not_a_repository(self, where: str, stderr: bytes) -> str:
        err = stderr.decode("utf-8", "replace")
        owned = re.search(r"dubious ownership in repository at '(.*)'", err)
        if owned:
            repo = owned.group(1)
            return (
                f"git refuses the repository at {shown(repo)}: it belongs to another user "
                "(«dubious ownership»). If you trust it, mark it safe with: "
                f"git config --global --add safe.directory {shown(shlex.quote(repo))}"
            )
        if "not a git repository" in err or not err.strip():
            return f"{shown(where)} is not inside a git repository."
        return f"git cannot use the repository that holds {shown(where)}: {_last_line(err)}"

    def _driver_overrides(self) -> list[tuple[str, str]]:
        """Filter and diff drivers the repository defines, each switched off by name."""
        out = self._run(
            "config", "-z", "--name-only", "--get-regexp", r"^(filter|diff)\.", check=False
        )
        overrides = []
        for raw in (out or b"").split(b"\x00"):
            key = raw.decode("utf-8", "surrogateescape").strip("\n")
            if _DRIVER_KEYS.fullmatch(key):
                overrides.append((key, "false" if key.endswith(".required") else ""))
        return overrides

    def env(self) -> dict[str, str]:
        # a hook's GIT_DIR or GIT_INDEX_FILE must not steer kplan to another repository
        env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k in _KEPT_ENV}
        env.update(
            {
                "LC_ALL": "C",
                "GIT_PAGER": "cat",
                "GIT_EDITOR": "false",
                "GIT_TERMINAL_PROMPT": "0",
                "GIT_ASKPASS": "",
                "GIT_OPTIONAL_LOCKS": "0",
                "GIT_CONFIG_NOSYSTEM": "1",
                "GIT_NO_LAZY_FETCH": "1",
                # no transport at all: outranks protocol.<name>.allow in any config
                "GIT_ALLOW_PROTOCOL": "kplan-none",
                "GIT_CONFIG_COUNT": str(len(self._config)),
            }
        )
        for i, (key, value) in enumerate(self._config):
            env[f"GIT_CONFIG_KEY_{i}"] = key
            env[f"GIT_CONFIG_VALUE_{i}"] = value
        return env

    def command(self, *args: str) -> list[str]:
        # on the command line too: git before 2.31 ignores GIT_CONFIG_COUNT
        safe = [arg for key, value in SAFE_CONFIG for arg in ("-c", f"{key}={value}")]
        return ["git", "--no-pager", *safe, "-C", self.root, *args]

    def _call(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(
                self.command(*args),
                input=stdin,
                stdin=None if stdin is not None else subprocess.DEVNULL,
                capture_output=True,
                env=self.env(),
                timeout=_QUICK if args[0] in _QUICK_COMMANDS else _SLOW,
            )
        except FileNotFoundError:
            raise GitError("git is not installed.") from None
        except subprocess.TimeoutExpired:
            raise GitError(f"git {args[0]} took too long.") from None
        except (OSError, ValueError) as exc:  # an argument too long or not encodable
            raise GitError(f"git {args[0]} could not be started: {exc}.") from None

    def _run(self, *args: str, check: bool = True, stdin: bytes | None = None) -> bytes | None:
        done = self._call(*args, stdin=stdin)
        if done.returncode != 0:
            if check:
                message = explain(done.stderr.decode("utf-8", "replace"))
                raise GitError(message or f"git {args[0]} failed.")
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
            raise GitError(f"«{shown(rev[:80])}» is not a revision (a tag, branch or commit).")
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

    def _missing(self, rev: str) -> str:
        """Why a revision names no commit, as plainly as git lets us tell."""
        if not self.has_commits():
            return f"The revision «{shown(rev)}» does not exist: the repository has no commits yet."
        kind = self._run("cat-file", "-t", "--end-of-options", f"{rev}^{{}}", check=False)
        if kind:
            what = kind.decode("ascii", "replace").strip()
            return f"«{shown(rev)}» names a {what}, not a commit; name a tag, branch or commit."
        hint = ""
        if self.is_shallow():
            hint = (
                " This is a shallow clone, which holds only the newest commits; fetch the"
                " whole history (git fetch --unshallow, or fetch-depth: 0 in CI)."
            )
        return f"The revision «{shown(rev)}» does not exist in this repository.{hint}"

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

    def _missing_object(self, blob: str) -> str:
        if self._run("config", "--get", "extensions.partialClone", check=False):
            return PARTIAL
        return (
            f"The repository is corrupt: the object {blob} cannot be read (damaged or gone); "
            "check it with git fsck."
        )

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


_KEY_FILES = ("HEAD", "config", "packed-refs", "index", "commondir", "objects/info/alternates")
_SCAN_CAP = 200_000


def _git_dirs(start: str) -> list[str]:
    """The git directory (and common directory) git would find from `start`, found without git."""
    here = os.path.abspath(start)
    while True:
        dot = os.path.join(here, ".git")
        if os.path.lexists(dot):
            break
        parent = os.path.dirname(here)
        if parent == here:
            return []
        here = parent
    if os.path.isfile(dot):  # a worktree or submodule: «gitdir: PATH»
        text = _small_text(dot)
        if not text.startswith("gitdir:"):
            return []
        dot = os.path.join(here, text[len("gitdir:") :].strip())
    dirs = [dot]
    common = os.path.join(dot, "commondir")
    if os.path.isfile(common):
        dirs.append(os.path.join(dot, _small_text(common).strip()))
    return dirs


def _small_text(path: str) -> str:
    """The start of a small regular file; "" for anything else (opened without blocking)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return ""
            return fh.read(4096).decode("utf-8", "replace")
    except (OSError, ValueError):
        return ""


def _special(path: str) -> bool:
    """Whether `path` (followed, if a link) is there and is not a regular file or directory."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _check_git_files(start: str) -> None:
    """Refuse a git directory that holds a FIFO, socket or device: git would wait on it (or
    read a device) in every call. The key files are checked through links; the rest is
    scanned without following them, up to _SCAN_CAP entries."""
    for gitdir in _git_dirs(start):
        if _special(gitdir):
            raise GitError(_odd_file(gitdir))
        for name in _KEY_FILES:
            if _special(os.path.join(gitdir, name)):
                raise GitError(_odd_file(os.path.join(gitdir, name)))
        stack, seen = [gitdir], 0
        while stack and seen < _SCAN_CAP:
            try:
                entries = list(os.scandir(stack.pop()))
            except (OSError, ValueError):
                continue
            for e in entries:
                seen += 1
                try:
                    if e.is_dir(follow_symlinks=False):
                        stack.append(e.path)
                    elif not (e.is_file(follow_symlinks=False) or e.is_symlink()):
                        raise GitError(_odd_file(e.path))
                except OSError:
                    continue


def _odd_file(path: str) -> str:
    return (
        f"git cannot safely use the repository: {shown(path)} is not a regular file "
        "(a FIFO, socket or device would stall or flood every git call); remove it."
    )


@lru_cache(maxsize=256)
def _real(directory: str) -> str:
    """A directory's path with symbolic links resolved (a plan's files share a few)."""
    return os.path.realpath(directory)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return shown(lines[-1]) if lines else ""


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
