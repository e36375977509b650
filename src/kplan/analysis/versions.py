"""Versions: a plan at a revision, the adopted versions, and the plan's log.

An adopted version is named by a decision in the plan (`decisions: - git_tag: v2024`): the
kommunestyre's vedtak points at the git tag of the text it adopted. `kplan diff` compares
against the newest such version unless told otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kplan.analysis.diff import PlanDiff, diff_plans, summary_line
from kplan.check.locate import resolve
from kplan.plan.assemble import assemble
from kplan.plan.model import Decision, Plan
from kplan.read.git import Git, GitError, shown
from kplan.read.sources import DISK, GitSource, Source


@dataclass(frozen=True)
class Version:
    plan: Plan | None
    label: str
    problems: tuple[str, ...]


def source_at(rev: str | None, where: str = ".") -> Source:
    """The working tree, or a revision of the repository that holds the plan at `where`."""
    return DISK if rev is None else GitSource(Git(where), rev)


def read_version(path: str, source: Source) -> Version:
    """The plan at `path` in `source`, as far as it can be read.

    Only what keeps items from being read counts here (YAML and model errors): the cross-plan
    checks are `kplan validate --at`'s job, and leaving them out keeps diff and log quick."""
    label = source.label or "arbeidskopien"
    asm = assemble(path, source)
    problems: list[str] = []
    errors = sorted(asm.problems) + sorted(resolve(asm.findings, source))
    errors = [d for d in errors if d.severity == "error"]
    if errors:
        first = errors[0]
        # a file name or key from the repository may hold control characters or bytes that
        # are not UTF-8: the note is text for every format, so they are shown escaped
        problems.append(
            shown(
                f"{label}: {len(errors)} feil i planen; deler med feil er utelatt "
                f"(første: {first.path}:{first.line}:{first.col}: {first.code} {first.message})"
            )
        )
    if asm.plan is None:
        problems.append(f"{label}: planen kunne ikke leses.")
    return Version(asm.plan, label, tuple(problems))


def adopted(plan: Plan | None) -> list[Decision]:
    """Decisions that name the git tag of the version they adopted, oldest first."""
    if plan is None:
        return []
    tagged = [d for d in plan.decisions if d.git_tag]
    return sorted(tagged, key=lambda d: d.date or dt.date.min)


def last_adopted(path: str, git: Git) -> str:
    """The git tag of the newest adopted version that exists in the repository."""
    sources: list[Source] = [DISK]
    if git.has_commits():
        sources.append(GitSource(git, "HEAD"))
    for source in sources:
        tags = [d.git_tag for d in reversed(adopted(read_version(path, source).plan))]
        # one git process for all of them: a plan may name a thousand tags
        known = git.commits([t for t in tags if t])
        for tag in tags:
            if tag and tag in known:
                return tag
    shallow = (
        " This is a shallow clone, which may lack the tag; fetch the whole history and the tags"
        " (git fetch --unshallow --tags, or fetch-depth: 0 in CI)."
        if git.has_commits() and git.is_shallow()
        else ""
    )
    raise GitError(
        "No adopted version found: no decision in the plan names a git tag that exists "
        "(decisions: - git_tag: ...). Name the version to compare with, e.g. kplan diff v1.0."
        + shallow
    )


def diff_revisions(path: str, old: Source, new: Source) -> PlanDiff:
    a, b = read_version(path, old), read_version(path, new)
    return diff_plans(a.plan, b.plan, a.label, b.label, a.problems + b.problems)


@dataclass(frozen=True)
class LogEntry:
    commit: str
    date: str
    subject: str
    tags: tuple[str, ...]
    decisions: tuple[str, ...]
    """The decisions that adopted this version (body, case number, date)."""
    summary: str


def plan_log(path: str, git: Git, limit: int = 20) -> list[LogEntry]:
    """The commits that changed the plan, newest first, each with what changed in it."""
    if not DISK.exists(path) and not (git.has_commits() and GitSource(git, "HEAD").exists(path)):
        raise GitError(f"There is no plan at {shown(path)}, in the working tree or in HEAD.")
    tags = git.tags()
    current = read_version(path, DISK).plan
    adopting: dict[str, list[str]] = {}
    decisions = adopted(current)
    known = git.commits([d.git_tag for d in decisions if d.git_tag])
    for d in decisions:
        commit = known.get(d.git_tag or "")
        if commit is None:
            continue
        text = ", ".join(
            x for x in (d.body, d.case_number, d.date.isoformat() if d.date else "") if x
        )
        adopting.setdefault(commit, []).append(text)
    entries = []
    shallow = git.has_commits() and git.is_shallow()
    # the parent git gives (the last earlier commit that changed the plan) is mostly the next
    # commit listed: each version is read once, and only one is kept for the next round
    versions: dict[str, Version] = {}

    def at(commit: str) -> Version:
        return versions.get(commit) or read_version(path, GitSource(git, commit))

    for c in git.log(path, limit):
        new = at(c.commit)
        parent = c.parents[0] if c.parents else None
        if parent is None and shallow and git.parent(c.commit) is None:
            summary = "eldste versjon i denne grunne klonen; historikken før den mangler"
        elif parent is None:
            summary = "første versjon"
        else:
            old = at(parent)
            versions = {parent: old}
            if old.plan is None:
                summary = "første versjon"
            else:
                summary = summary_line(diff_plans(old.plan, new.plan, "", ""))
        if new.problems:
            summary += " (planen har feil i denne versjonen)"
        entries.append(
            LogEntry(
                c.commit,
                c.date,
                c.subject,
                tuple(tags.get(c.commit, [])),
                tuple(adopting.get(c.commit, [])),
                summary,
            )
        )
    return entries


def log_text(entries: list[LogEntry]) -> str:
    lines = []
    for e in entries:
        tags = f" [{', '.join(shown(t) for t in e.tags)}]" if e.tags else ""
        date = e.date or "(ukjent dato)"
        lines.append(f"{e.commit[:12]} {date}{tags} {shown(' '.join(e.subject.split()))}")
        lines.extend(f"    vedtatt: {shown(d)}" for d in e.decisions)
        lines.append(f"    {shown(e.summary)}")
    return "\n".join(lines) + ("\n" if lines else "Ingen versjoner av planen i git ennå.\n")


def log_json(entries: list[LogEntry]) -> str:
    import json

    from kplan.present.terminal import json_inert

    return (
        json_inert(
            json.dumps(
                [
                    {
                        "commit": e.commit,
                        "date": e.date,
                        "subject": e.subject,
                        "tags": list(e.tags),
                        "adopted_by": list(e.decisions),
                        "summary": e.summary,
                    }
                    for e in entries
                ],
                ensure_ascii=False,
                indent=2,
                allow_nan=False,
            )
        )
        + "\n"
    )
