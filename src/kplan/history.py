"""History: the git plumbing kplan needs, run safely.

- Revisions come from users: they are checked with `rev-parse --verify --end-of-options`, so a
  name such as `--output=x` is never read as an option.
- Output is NUL-separated (`-z`) and paths are never quoted, so names with æøå come back as
  written; the user's pager, external diff and textconv settings play no part (plumbing only).
- A shallow clone (as CI makes) gets a message that says so, rather than «unknown revision».
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

_KEPT_ENV = frozenset({"GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "GIT_CEILING_DIRECTORIES"})


def pathspec(repo_path: str) -> str:
    """A path from the repository root, taken literally (no globs), wherever git runs."""
    return f":(top,literal){repo_path}" if repo_path else ":(top)."


class GitError(Exception):
    """git could not do what was asked; the message is for the user."""


@dataclass(frozen=True)
class Commit:
    commit: str
    date: str
    subject: str


def nearest_dir(path: str) -> str:
    """The path itself if it is a directory, else its nearest existing parent (or «.»)."""
    here = os.path.abspath(path)
    while not os.path.isdir(here):
        parent = os.path.dirname(here)
        if parent == here:
            return "."
        here = parent
    return here


class Git:
    """The repository that holds `where` (a plan's path; it need not exist any more).

    Paths users give stay relative to the current directory; git itself runs at the top of the
    repository with pathspecs from there, so it does not matter where kplan was started."""

    def __init__(self, where: str = ".") -> None:
        self.cwd = os.path.abspath(".")
        self.root = nearest_dir(where)
        top = self._run("rev-parse", "--show-toplevel", check=False)
        if top is None:
            raise GitError(f"{where} is not inside a git repository.")
        self.root = top.decode("utf-8", "surrogateescape").strip()

    def _run(self, *args: str, check: bool = True, stdin: bytes | None = None) -> bytes | None:
        # a hook's GIT_DIR or GIT_INDEX_FILE must not steer kplan to another repository
        env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k in _KEPT_ENV}
        env.update(
            {
                "LC_ALL": "C",
                "GIT_PAGER": "cat",
                "GIT_TERMINAL_PROMPT": "0",
                "GIT_OPTIONAL_LOCKS": "0",
                "GIT_CONFIG_NOSYSTEM": "1",
            }
        )
        cmd = ["git", "-c", "core.quotepath=false", "-C", self.root, *args]
        try:
            done = subprocess.run(cmd, input=stdin, capture_output=True, env=env, timeout=120)
        except FileNotFoundError:
            raise GitError("git is not installed.") from None
        except subprocess.TimeoutExpired:
            raise GitError(f"git {args[0]} took too long.") from None
        if done.returncode != 0:
            if check:
                message = done.stderr.decode("utf-8", "replace").strip().splitlines()
                raise GitError(message[-1] if message else f"git {args[0]} failed.")
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
        if not rev or rev.startswith("-") or "\x00" in rev:
            raise GitError(f"«{rev}» is not a revision (a tag, branch or commit).")
        out = self._run(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}", check=False
        )
        if out is None:
            hint = ""
            if self.is_shallow():
                hint = (
                    " This is a shallow clone, which holds only the newest commits; fetch the"
                    " whole history (git fetch --unshallow, or fetch-depth: 0 in CI)."
                )
            raise GitError(f"The revision «{rev}» does not exist in this repository.{hint}")
        return out.decode().strip()

    def repo_path(self, path: str) -> str:
        """A path as the user named it, relative to the repository root ('/'-separated)."""
        full = os.path.normpath(os.path.join(self.cwd, path))
        rel = os.path.relpath(full, self.root)
        return "" if rel == "." else rel.replace(os.sep, "/")

    def tree(self, commit: str) -> dict[str, str]:
        """Every file of a commit: repository path → blob id (symlinks and submodules left out)."""
        out = self._run("ls-tree", "-r", "-z", "--full-tree", commit)
        assert out is not None
        files: dict[str, str] = {}
        for entry in out.split(b"\x00"):
            if not entry:
                continue
            meta, _, name = entry.partition(b"\t")
            mode, kind, blob = meta.split(b" ")
            if kind == b"blob" and mode != b"120000":
                files[name.decode("utf-8", "surrogateescape")] = blob.decode()
        return files

    def blob(self, blob: str) -> bytes:
        out = self._run("cat-file", "blob", blob)
        assert out is not None
        return out

    def has_commits(self) -> bool:
        return self._run("rev-parse", "--verify", "--quiet", "HEAD", check=False) is not None

    def log(self, path: str, limit: int, rev: str = "HEAD") -> list[Commit]:
        """Commits that changed `path` (as the user named it), newest first, up to `rev`."""
        if not self.has_commits():
            return []
        out = self._text(
            "log",
            "-z",
            f"-n{limit}",
            "--no-show-signature",
            "--format=%H%x1f%cs%x1f%s",
            "--end-of-options",
            rev,
            "--",
            pathspec(self.repo_path(path)),
        )
        commits = []
        for record in out.split("\x00"):
            record = record.strip("\n")
            if record:
                commit, date, subject = record.split("\x1f", 2)
                commits.append(Commit(commit, date, subject))
        return commits

    def tags(self) -> dict[str, list[str]]:
        """Commit → the tags that point at it."""
        out = self._text(
            "for-each-ref",
            "--format=%(refname:short)%00%(objectname)%00%(*objectname)",
            "refs/tags",
        )
        found: dict[str, list[str]] = {}
        for line in out.splitlines():
            name, obj, peeled = line.split("\x00")
            found.setdefault(peeled or obj, []).append(name)
        return found

    def changed(self, path: str) -> bool:
        """Whether the working tree holds changes to `path` that are not committed."""
        out = self._run("status", "--porcelain", "--", pathspec(self.repo_path(path)), check=False)
        return bool(out and out.strip())

    def parent(self, commit: str) -> str | None:
        out = self._run("rev-parse", "--verify", "--quiet", f"{commit}^1", check=False)
        return out.decode().strip() if out else None
