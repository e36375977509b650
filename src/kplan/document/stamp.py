"""The stamp: which version of the plan a document shows, from git, never the time of rendering,
so the same commit always renders to the same bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from kplan.analysis.diff_walk import plan_changes
from kplan.analysis.versions import adopted, read_version
from kplan.plan.model import Plan
from kplan.present.labels import Labels
from kplan.read.git import Git, GitError
from kplan.read.sources import GitSource


@dataclass(frozen=True)
class Stamp:
    """Which version of the plan a document shows."""

    commit: str | None = None
    date: str | None = None
    dirty: bool = False
    adopted: str | None = None
    """The git tag of the newest adopted version the repository holds (a decision's `git_tag`)."""
    amended: bool = False
    """The plan shown differs in content from the adopted version (`kplan diff` sees changes)."""


def git_stamp(
    plan_dir: str, at: str | None = None, plan: Plan | None = None, path: str | None = None
) -> Stamp:
    """The last commit that changed the plan directory (as of revision `at`, else in the working
    tree, which may also hold changes not yet committed); no stamp outside git. Given the plan
    shown (read from `path`, by default `plan_dir`), also its adopted version and whether the
    plan still equals it."""
    try:
        git = Git(plan_dir)
        found = git.log(plan_dir, 1, git.commit(at) if at else "HEAD")
    except GitError:
        return Stamp()
    if not found:
        return Stamp()
    stamp = Stamp(found[0].commit, found[0].date, False if at else git.changed(plan_dir))
    if plan is None:
        return stamp
    tag = _adopted_tag(git, plan)
    if tag is None:
        return stamp
    # by content, as `kplan diff` compares: a comment or a reflowed line is not a change
    old = read_version(path or plan_dir, GitSource(git, tag)).plan
    return dataclasses.replace(stamp, adopted=tag, amended=bool(plan_changes(old, plan)))


def _adopted_tag(git: Git, plan: Plan) -> str | None:
    """The newest tag the plan's decisions name as adopted that the repository holds (a tag
    named but never created adopts nothing the reader can see)."""
    tags = [d.git_tag for d in reversed(adopted(plan)) if d.git_tag]
    try:
        known = git.commits(tags)
    except GitError:
        return None
    return next((t for t in tags if t in known), None)


def stamp_text(stamp: Stamp, plan: Plan, t: Labels) -> str:
    """«Laget fra: versjon 2.1, git 0123456789ab, 31. januar 2025»; empty with nothing to say."""
    bits = []
    if plan.plan.version:
        bits.append(f"{t['version']} {plan.plan.version}")
    if stamp.commit:
        when = t.date(dt.date.fromisoformat(stamp.date)) if stamp.date else ""
        bits.append(f"git {stamp.commit[:12]}" + (f", {when}" if when else ""))
        if stamp.dirty:
            bits.append(t["uncommitted"])
    return f"{t['rendered_from']}: " + ", ".join(bits) if bits else ""


def as_of(stamp: Stamp) -> dt.date:
    """The date the document speaks as of: the date of the version it shows, so the same commit
    marks the same steps and actions late; today outside git."""
    return dt.date.fromisoformat(stamp.date[:10]) if stamp.date else dt.date.today()
