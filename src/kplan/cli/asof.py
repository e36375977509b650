"""Time travel and the adopted version, for the commands: the day a `--at` revision stands
for, the year `status` follows up, and what `kplan diff` says when nothing was adopted yet.

Kept apart from `commands.py` so the commands stay thin; git is asked only when `--at` is given.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from kplan.errors import UsageError
from kplan.present.formats import Format, Lang
from kplan.text import t


def as_of(at: str | None, path: str = ".") -> dt.date | None:
    """The day the revision `at` was committed (None for the working tree): «late» and «this
    year» mean as of that day, not as of the day kplan runs."""
    if at is None:
        return None
    from kplan.read.git import Git

    git = Git(path)
    return git.commit_date(git.commit(at))


def status_year(plan: Any, year: int | None, day: dt.date | None) -> int:
    """The year `kplan status` follows up: `--year`, else the year of `day` (the `--at`
    revision's date, or today). A year outside the plan period is refused, as `kplan gap` does."""
    from kplan.plan.types import when_bounds

    chosen = year if year is not None else (day or dt.date.today()).year
    period = plan.plan.period
    first, last = when_bounds(str(period.start))[0].year, when_bounds(str(period.end))[1].year
    if year is not None and not first <= year <= last:
        raise UsageError(t("cli.say.year_outside", year=year, first=first, last=last))
    return chosen


def not_adopted(format: Format, lang: Lang) -> str:
    """What `kplan diff` prints when no decision names a git tag: a plan never adopted has no
    version to compare with, and that is news, not a failure (exit 0)."""
    from kplan.present.labels import Labels

    said = Labels(lang.value)("history.not_adopted")
    if format is Format.json:
        doc: dict[str, object] = {"old": None, "adopted": False, "changes": [], "note": said}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return said + "\n"
