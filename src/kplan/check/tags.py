"""K506: a decision names a git tag the repository does not have.

Not a rule among the others (`check.rules`), which judge the plan's text alone: this one asks
the repository that holds the plan, and only when a decision names a tag. Outside git there is
nothing to ask, and no warning: a plan copied out of its repository is not wrong.

K506 warning: a decision's git_tag that does not exist in the repository
    Why: `kplan diff` compares with the adopted version and the document says «Vedtatt versjon»
    by that tag; a tag never created (or never pushed) leaves both without the adopted text.
    FAIL (in a repository with no tag v2024)::

        decisions:
          - {id: vedtak, body: Kommunestyret, date: 2024-06-20, git_tag: v2024}

    Fix: tag the adopted commit (git tag v2024 COMMIT; git push --tags), or correct the name.
"""

from __future__ import annotations

import datetime as dt

from kplan.check.rules.base import Context
from kplan.diagnostics import Finding
from kplan.plan.assemble import Assembled
from kplan.read.git import Git, GitError, shown
from kplan.read.sources import GitSource
from kplan.text import Value, t


def missing_tags(asm: Assembled, today: dt.date) -> list[Finding]:
    """A warning for each decision whose git_tag names no commit in the plan's repository."""
    plan = asm.partial
    if plan is None:
        return []
    named = [(i, d.git_tag) for i, d in enumerate(plan.decisions) if d.git_tag]
    if not named:
        return []  # no git asked: most plans name no tag, and validate stays quick
    try:
        git = asm.source.git if isinstance(asm.source, GitSource) else Git(asm.root)
        known = git.commits([tag for _, tag in named])
    except GitError:
        return []  # not in a repository (or git cannot say): nothing to compare with
    lacking = [(i, tag) for i, tag in named if tag not in known]
    if not lacking:
        return []
    # CI checks out one commit and no tags by default: there the tag is missing from the clone,
    # not from the kommune's repository, and the fix is in the CI settings
    shallow: Value = t("check.k506.shallow") if _is_shallow(git) else ""
    ctx = Context(asm, plan, today)
    return [
        ctx.find(
            ("decisions", i, "git_tag"),
            "K506",
            t("check.k506.missing", tag=shown(tag), shallow=shallow),
        )
        for i, tag in lacking
    ]


def _is_shallow(git: Git) -> bool:
    try:
        return git.is_shallow()
    except GitError:
        return False
