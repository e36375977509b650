"""Git, run safely: nothing in a repository can make kplan run a command or wait forever.

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
- A git directory that holds a FIFO, socket or device is refused before git runs: git would
  wait on it (or read a device) in every call.

This module holds the rules (the config, the environment, the command line, the git directory
check, and git's complaints as sentences); `read.git` holds what kplan asks git.
"""

from __future__ import annotations

import os
import re
import stat

from kplan.errors import KplanError
from kplan.text import Message, Text, t

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


def driver_overrides(names: bytes) -> list[tuple[str, str]]:
    """Config that switches off each filter and diff driver named in `names` (the NUL-separated
    output of `git config -z --name-only --get-regexp`)."""
    overrides = []
    for raw in names.split(b"\x00"):
        key = raw.decode("utf-8", "surrogateescape").strip("\n")
        if _DRIVER_KEYS.fullmatch(key):
            overrides.append((key, "false" if key.endswith(".required") else ""))
    return overrides


def safe_env(config: list[tuple[str, str]]) -> dict[str, str]:
    """The environment every git call runs in, with `config` passed as GIT_CONFIG_*."""
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
            "GIT_CONFIG_COUNT": str(len(config)),
        }
    )
    for i, (key, value) in enumerate(config):
        env[f"GIT_CONFIG_KEY_{i}"] = key
        env[f"GIT_CONFIG_VALUE_{i}"] = value
    return env


def safe_command(root: str, *args: str) -> list[str]:
    """The command line for `git ARGS` at `root`."""
    # on the command line too: git before 2.31 ignores GIT_CONFIG_COUNT
    safe = [arg for key, value in SAFE_CONFIG for arg in ("-c", f"{key}={value}")]
    return ["git", "--no-pager", *safe, "-C", root, *args]


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


PARTIAL = t("read.git.partial")

_QUICK = 20
"""Seconds for plumbing that only looks a name up; listing and reading get _SLOW."""
_SLOW = 120
_QUICK_COMMANDS = frozenset({"rev-parse", "config", "for-each-ref", "cat-file"})


def timeout(command: str) -> int:
    """Seconds a git command may take before kplan gives up on it."""
    return _QUICK if command in _QUICK_COMMANDS else _SLOW


def explain(stderr: str) -> Message:
    """git's complaint as one sentence that says what to do: a partial clone and a corrupt
    repository are named as such; anything else is git's last line."""
    low = stderr.lower()
    if "promisor" in low or "lazy fetch" in low or "could not fetch" in low:
        return PARTIAL
    if any(
        word in low
        for word in ("corrupt", "bad object", "unable to read", "inflate", "bad tree", "is empty")
    ):
        return t("read.git.corrupt", why=last_line(stderr).rstrip("."))
    return last_line(stderr)


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return shown(lines[-1]) if lines else ""


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


def check_git_files(start: str) -> None:
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


def _odd_file(path: str) -> Text:
    return t("read.git.odd_file", path=shown(path))
