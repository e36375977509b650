"""Versions: a plan at a revision, the adopted versions, and the plan's log.

An adopted version is named by a decision in the plan (`decisions: - git_tag: v2024`): the
kommunestyre's vedtak points at the git tag of the text it adopted. `kplan diff` compares
against the newest such version unless told otherwise.

Versions and log entries are data (labels, counts, diagnostics); `kplan.present.diff` and
`kplan.present.log` word them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal, overload

from kplan.analysis.diff import Kind, PlanDiff, Unread, diff_plans, item_changes
from kplan.analysis.history_unread import Unseen, trusted, unseen
from kplan.check.validate import check
from kplan.plan.model import Decision, PartialPlan
from kplan.read.git import Git, GitError, shown
from kplan.read.sources import DISK, GitSource, Source
from kplan.read.yaml_loader import Versions, versions_shared
from kplan.text import Text, t


@dataclass(frozen=True)
class Version:
    """A plan as one revision (or the working tree) holds it, as far as it could be read."""

    plan: PartialPlan | None
    """None when kplan.yaml could not be read at all."""
    label: str | None
    """`v1 (0123abcd4567)`; None for the working tree."""
    problem: Unread | None
    """What kept parts of it from being read; None when it was read in full."""
    unseen: Unseen | None = None
    """What it could not read, and where the items it read came from: items missing for that
    are not removed or added."""


def source_at(rev: str | None, where: str = ".") -> Source:
    """The working tree, or a revision of the repository that holds the plan at `where`."""
    return DISK if rev is None else GitSource(Git(where), rev)


def read_version(path: str, source: Source) -> Version:
    """The plan at `path` in `source`, as far as it can be read.

    Only what keeps items from being read counts here (YAML and model errors): the cross-plan
    checks are `kplan validate --at`'s job, and leaving them out keeps diff and log quick."""
    label = source.label or None
    checked = check(path, source, rules=False)
    errors = checked.errors
    partial = checked.partial
    problem = None
    if errors or partial is None:
        problem = Unread(label, len(errors), errors[0] if errors else None, partial is None)
    return Version(partial, label, problem, unseen(checked.assembled))


def adopted(plan: PartialPlan | None) -> list[Decision]:
    """Decisions that name the git tag of the version they adopted, oldest first."""
    if plan is None:
        return []
    tagged = [d for d in plan.decisions if d.git_tag]
    return sorted(tagged, key=lambda d: d.date or dt.date.min)


def last_adopted(path: str, git: Git) -> str:
    """The git tag of the newest adopted version that exists in the repository."""
    tag = adopted_tag(path, git)
    if tag is None:
        raise GitError(t("run.versions.no_adopted"))
    return tag


def adopted_tag(path: str, git: Git) -> str | None:
    """The git tag of the newest adopted version that exists in the repository; None when the
    plan was never adopted (no decision, in the working tree or in HEAD, names a git tag).

    A plan that names tags none of which exist is a GitError: it says it was adopted, so a
    missing tag is a fault to fix (a tag never pushed, a shallow clone), not «nothing to do»."""
    sources: list[Source] = [DISK]
    if git.has_commits():
        sources.append(GitSource(git, "HEAD"))
    if not any(_has_plan(path, s) for s in sources):
        # a folder with no plan is a mistake to name, not a plan that was never adopted
        raise GitError(_no_plan(path))
    named: list[str] = []
    for source in sources:
        tags = [d.git_tag for d in reversed(adopted(read_version(path, source).plan))]
        named += [t for t in tags if t]
        # one git process for all of them: a plan may name a thousand tags
        known = git.commits([t for t in tags if t])
        for tag in tags:
            if tag and tag in known:
                return tag
    if not named:
        return None
    shallow = t("run.versions.shallow") if git.has_commits() and git.is_shallow() else ""
    missing = ", ".join(shown(tag) for tag in dict.fromkeys(named))
    raise GitError(t("run.versions.tag_missing", tags=missing, shallow=shallow))


def diff_revisions(path: str, old: Source, new: Source) -> PlanDiff:
    """What changed in the plan at `path` from `old` to `new`, each read as far as it can be."""
    with versions_shared() as shared:
        a = read_version(path, old)
        shared.next()
        b = read_version(path, new)
    if a.plan is None and b.plan is None and not (_has_plan(path, old) or _has_plan(path, new)):
        # a mistyped path is no plan in either version, not a plan that did not change
        places = list(dict.fromkeys(_where(s) for s in (old, new)))
        where = (
            places[0] if len(places) == 1 else t("run.versions.either", a=places[0], b=places[1])
        )
        raise GitError(t("run.versions.no_plan_in", path=shown(path), where=where))
    for version, source in ((a, old), (b, new)):
        if version.plan is None and _has_plan(path, source):
            # a kplan.yaml that does not parse is no plan with every item removed: listing
            # them all would be a wrong statement, so there is nothing to compare
            raise GitError(_unreadable(path, source))
    problems = tuple(v.problem for v in (a, b) if v.problem is not None)
    d = diff_plans(a.plan, b.plan, a.label, b.label, problems)
    if not problems:
        return d
    return replace(d, changes=tuple(trusted(d.changes, a.unseen, b.unseen)))


def _where(source: Source) -> Text | str:
    """A version as a message names it: its label, or «the working tree» in words."""
    return shown(source.label) if source.label else t("run.versions.working_tree")


def _unreadable(path: str, source: Source) -> Text:
    rev = source.rev if isinstance(source, GitSource) else ""
    see = f"kplan validate --at {rev} {path}" if rev else f"kplan validate {path}"
    return t("run.versions.unreadable", where=_where(source), path=shown(path), see=shown(see))


def _no_plan(path: str) -> Text:
    return t("run.versions.no_plan", path=shown(path))


def _has_plan(path: str, source: Source) -> bool:
    """Whether `source` holds a kplan.yaml at `path` (a folder or the file itself)."""
    plan = path if path.endswith((".yaml", ".yml")) else f"{path.rstrip('/')}/kplan.yaml"
    try:
        return source.is_file(plan)
    except GitError:
        return False


Origin = Literal["changed", "first", "shallow", "removed", "unread", "after_unread", "again"]
"""How a version came about: changed from its parent, the first version of the plan, or the
oldest one a shallow clone holds (its history is missing); kplan.yaml removed, a kplan.yaml
that could not be read, a version after one that could not be read (not compared with it), or
the plan back after it was removed."""


@dataclass(frozen=True)
class LogEntry:
    commit: str
    date: str
    subject: str
    tags: tuple[str, ...]
    decisions: tuple[Decision, ...]
    """The decisions that adopted this version (the plan's own `decisions:` items)."""
    origin: Origin
    changes: tuple[tuple[Kind, str, int], ...]
    """(kind, section, items) changed from the parent version (`PlanDiff.counts_by_section`);
    empty for a first version."""
    has_errors: bool
    """The plan has errors in this version (parts of it could not be read)."""
    partly: bool = False
    """The version before it had errors: what it could not read is not compared."""


@dataclass(frozen=True)
class PlanLog(Sequence[LogEntry]):
    """The log's versions (a sequence of them, newest first) and what the plan says about its
    adoption, which the versions alone do not show."""

    entries: tuple[LogEntry, ...]
    never_adopted: bool = False
    """The plan (as in the working tree) has no decision that names a git tag."""
    missing: tuple[tuple[str, str], ...] = ()
    """(decision id, git tag) for each adopting decision whose tag the repository lacks."""

    @overload
    def __getitem__(self, i: int) -> LogEntry: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[LogEntry]: ...
    def __getitem__(self, i: int | slice) -> LogEntry | Sequence[LogEntry]:
        return self.entries[i]

    def __len__(self) -> int:
        return len(self.entries)


def plan_log(path: str, git: Git, limit: int = 20) -> PlanLog:
    """The commits that changed the plan, newest first, each with what changed in it."""
    if not _has_plan(path, DISK) and not (
        git.has_commits() and _has_plan(path, GitSource(git, "HEAD"))
    ):
        raise GitError(_no_plan(path))
    with versions_shared() as shared:
        return _plan_log(path, git, limit, shared)


def _plan_log(path: str, git: Git, limit: int, shared: Versions) -> PlanLog:
    tags = git.tags()
    current = read_version(path, DISK).plan
    adopting: dict[str, list[Decision]] = {}
    decisions = adopted(current)
    known = git.commits([d.git_tag for d in decisions if d.git_tag])
    for d in decisions:
        commit = known.get(d.git_tag or "")
        if commit is None:
            continue
        adopting.setdefault(commit, []).append(d)
    entries = []
    shallow = git.has_commits() and git.is_shallow()
    # the parent git gives (the last earlier commit that changed the plan) is mostly the next
    # commit listed: each version is read once, and only one is kept for the next round
    versions: dict[str, Version] = {}

    def at(commit: str) -> Version:
        known = versions.get(commit)
        if known is not None:
            return known
        shared.next()
        return read_version(path, GitSource(git, commit))

    for c in git.log(path, limit):
        new = at(c.commit)
        parent = c.parents[0] if c.parents else None
        origin: Origin = "first"
        changes: tuple[tuple[Kind, str, int], ...] = ()
        at_parent_problem = False
        if parent is None and shallow and git.parent(c.commit) is None:
            origin = "shallow"
        elif new.plan is None:
            # no items to count: «74 removed» would be a wrong statement
            here = _has_plan(path, GitSource(git, c.commit))
            origin = "unread" if here else "removed" if parent is not None else "first"
        elif parent is not None:
            old = at(parent)
            versions = {parent: old}
            if old.plan is not None:
                origin = "changed"
                at_parent_problem = old.problem is not None
                # the log sums up items and sections; the figures are `kplan diff`'s
                items = tuple(trusted(item_changes(old.plan, new.plan), old.unseen, new.unseen))
                changes = PlanDiff(None, None, items, (), ()).counts_by_section()
            else:
                there = _has_plan(path, GitSource(git, parent))
                origin = "after_unread" if there else "again"
        entries.append(
            LogEntry(
                c.commit,
                c.date,
                c.subject,
                tuple(tags.get(c.commit, [])),
                tuple(adopting.get(c.commit, [])),
                origin,
                changes,
                new.problem is not None,
                origin == "changed" and at_parent_problem,
            )
        )
    missing = tuple((d.id, d.git_tag) for d in decisions if d.git_tag and d.git_tag not in known)
    return PlanLog(tuple(entries), current is not None and not decisions, missing)
