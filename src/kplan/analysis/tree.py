"""The units in tree order, so a subtree is a span: sums and look-ups over the units under one
cost a binary search, not a walk, however deep the tree (`kplan.analysis.supply`)."""

from __future__ import annotations

import bisect
from typing import Generic, TypeVar

from kplan.plan.model import Plan


class Tree:
    """The units in depth-first order, so that the units under one form a contiguous span:
    sums and look-ups over a subtree cost a binary search, not a walk, however deep the tree."""

    def __init__(self, order: dict[str, int], last: dict[str, int]) -> None:
        self.order = order
        self.last = last
        """The place of the last unit under each unit."""

    def span(self, unit: str) -> tuple[int, int] | None:
        first = self.order.get(unit)
        return None if first is None else (first, self.last[unit])

    @staticmethod
    def build(plan: Plan, children: dict[str, list[str]]) -> Tree | None:
        """None when the units are not a forest (a parent loop, or one id under two parents:
        a plan read with errors); the slower walk then gives the same figures."""
        parent: dict[str, str | None] = {}
        for u in plan.units:
            if parent.setdefault(u.id, u.parent) != u.parent:
                return None
        nodes = list(dict.fromkeys([*parent, *(p for p in parent.values() if p)]))
        order: dict[str, int] = {}
        last: dict[str, int] = {}
        for root in (n for n in nodes if parent.get(n) is None):
            todo: list[tuple[str, bool]] = [(root, False)]
            while todo:
                node, leaving = todo.pop()
                if leaving:
                    last[node] = len(order) - 1
                    continue
                if node in order:
                    continue
                order[node] = len(order)
                todo.append((node, True))
                todo.extend((c, False) for c in reversed(children.get(node, [])))
        return Tree(order, last) if len(order) == len(nodes) else None


T = TypeVar("T")


class Placed(Generic[T]):
    """Items kept per unit and, when the units form a tree, in tree order: the items under a
    unit are then one slice, found by binary search."""

    def __init__(self, tree: Tree | None, by_unit: dict[str, list[T]]) -> None:
        self.tree = tree
        self.by_unit = by_unit
        self.keys: list[int] = []
        self.items: list[T] = []
        if tree is not None:
            for place, unit in sorted((tree.order[u], u) for u in by_unit if u in tree.order):
                for item in by_unit[unit]:
                    self.keys.append(place)
                    self.items.append(item)

    def bounds(self, unit: str) -> tuple[int, int] | None:
        """The slice of `items` under the unit; None when there is no tree to slice."""
        span = self.tree.span(unit) if self.tree is not None else None
        if span is None:
            return None
        return bisect.bisect_left(self.keys, span[0]), bisect.bisect_right(self.keys, span[1])

    def under(self, unit: str, walk: tuple[str, ...] | None = None) -> list[T]:
        """The items of the unit and the units below it (`walk` lists those without a tree)."""
        at = self.bounds(unit)
        if at is not None:
            return self.items[at[0] : at[1]]
        if self.tree is not None or walk is None:
            return list(self.by_unit.get(unit, ()))  # a unit outside the tree has none below
        return [item for u in walk for item in self.by_unit.get(u, ())]
