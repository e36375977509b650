"""The fields of a plan the document deliberately does not show, each with its reason.

Everything else a user writes (every non-empty text and number) appears in the rendered
Markdown and HTML: tests/test_nothing_lost.py walks the model and holds the document to that.
A path names a field from the top of the plan with list positions left out
(`actions.cost.amount`); a path stands for everything under it, and `*` stands for any one key
(`*.id` is every item's id). A field added to the model is shown, or it is listed here with its
reason, or the contract test fails.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

__all__ = ["NOT_SHOWN", "not_shown"]

NOT_SHOWN: dict[str, str] = {
    "*.id": "An id is the key other items refer to it by; the document shows the item's name "
    "or title, and every reference by that name.",
    "*.illustrative": "A flag, not a text: the document marks an illustrative item with "
    "«(illustrativt)» beside it instead.",
    "kplan": "The file format version is for kplan, not for the reader.",
    "include": "Which files the plan is split into is how it is kept, not what it says.",
    "suppress": "Silenced warnings concern the plan's checks, not its content.",
    "plan.language": "The målform is the language the whole document is written in "
    "(`<html lang>` says it to software).",
    "content.chapter": "Which chapter a piece of free content belongs to shows by where it "
    "stands: under that chapter's heading.",
    "analysis": "Settings under `analysis:` steer the calculations; the document shows their "
    "results, and `kplan gap --explain` shows the settings.",
    "plan.kommune.coat_of_arms": "A file name, not a text: the cover shows the image itself, "
    "with «Kommunevåpen for …» as its alt text (`kplan validate` says why a file cannot be "
    "used, K019).",
    "action_table": "It lays the action table out (its columns, their order, the grouping): "
    "the table shows it by its shape.",
}
"""Path pattern: the reason, one sentence (the README table is made from these)."""


def not_shown(path: str) -> str | None:
    """The reason `path` (or a field above it) is not shown, or None when it must be shown."""
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        head = ".".join(parts[:end])
        for pattern, reason in NOT_SHOWN.items():
            if fnmatchcase(head, pattern):
                return reason
    return None
