"""Items a version could not read, told apart from items that were removed.

A version read in part leaves out the items with errors: every item of a part file with a YAML
syntax error, and each item the model refused. Compared item by item, they would look removed
(or, the other way round, added), and the saksframlegg would say so: a wrong statement. The
diff and the log drop such changes; the version's note already says parts were left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kplan.analysis.diff_walk import KEY_FIELDS, Change
from kplan.plan.assemble import Assembled, Origin
from kplan.plan.model import PartialPlan


@dataclass(frozen=True)
class Unseen:
    """What one version could not read, and where each item it did read came from."""

    files: frozenset[str] = frozenset()
    """Files with YAML errors: nothing was read from them."""
    keys: frozenset[tuple[str, str]] = frozenset()
    """(section, key) of the items left out as invalid, by every key they have."""
    find_homes: Callable[[], Mapping[tuple[str, str], str]] = field(default=dict, repr=False)
    """How to find `homes`: only a comparison with a version read in part needs them, and a
    large plan has a hundred thousand items to look through."""

    @cached_property
    def homes(self) -> Mapping[tuple[str, str], str]:
        """(section, key) → the file each item that was read came from."""
        return self.find_homes()


def unseen(asm: Assembled) -> Unseen:
    """What `asm` could not read, and where its items came from."""
    keys = {
        (section, key)
        for section, items in asm.broken.items()
        for item in items
        for key in _keys(item)
    }
    plan, origins = asm.partial, asm.origins
    return Unseen(
        frozenset(p.path for p in asm.problems), frozenset(keys), lambda: _homes(plan, origins)
    )


def _homes(
    plan: PartialPlan | None, origins: Mapping[str, list[Origin]]
) -> dict[tuple[str, str], str]:
    homes: dict[tuple[str, str], str] = {}
    for section, places in origins.items():
        items = getattr(plan, section, None) if plan is not None else None
        if not isinstance(items, list):
            continue
        for item, origin in zip(items, places, strict=False):
            for key in _keys(item):
                homes.setdefault((section, key), origin.file)
    return homes


def _keys(item: Any) -> Iterable[str]:
    """Every value the diff may know the item by (`diff_walk.KEY_FIELDS`), as text."""
    for name in KEY_FIELDS:
        value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
        if isinstance(value, str | int) and not isinstance(value, bool):
            yield str(value)


def trusted(changes: Iterable[Change], old: Unseen | None, new: Unseen | None) -> list[Change]:
    """`changes` without the items that one version could not read (None: nothing known of
    the version)."""
    return [c for c in changes if not _missed(c, old, new)]


def _missed(c: Change, old: Unseen | None, new: Unseen | None) -> bool:
    # «removed» from a version read in part, «added» since one: was it there, unread?
    there, blind = (
        (old, new) if c.kind == "removed" else (new, old) if c.kind == "added" else (None, None)
    )
    if there is None or blind is None:
        return False
    key = (c.section, c.id)
    if key in blind.keys:
        return True
    # where the item came from matters only when the other version left out a whole file
    return bool(blind.files) and there.homes.get(key) in blind.files
