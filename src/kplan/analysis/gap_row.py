"""One row of the gap analysis (`kplan.analysis.gap`): its figures, formula, measure and, when
asked, its sources; and how a row is made from an evaluator's `Figures`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kplan.analysis.effects import EffectUse
from kplan.analysis.evaluators import FigureRow, Figures, Rows, as_tuple
from kplan.analysis.formulas import EPS, DriverUse, Formula, Measure, Sources
from kplan.analysis.frozen import maker
from kplan.plan.model import InventoryRow

DEFAULT_NEED = {
    "ratio": "anskaffelse",
    "count": "anskaffelse",
    "share": "læring",
    "qualification": "læring",
    "course": "læring",
    "employment": "mobilisering",
}


@dataclass(frozen=True, slots=True)
class GapRow:
    unit: str
    requirement: str
    year: int
    kind: str
    basis: str
    required: float | None
    """None only on an unknown row whose requirement itself needs the missing inventory
    (everyone in a role, a share of staff with no staffing line)."""
    available: float | None
    """None: unknown («ukjent»), the unit has no inventory at all; never a 0 by default."""
    planned: float
    gap: float | None
    """The shortfall (or excess over a ceiling) before actions; None when unknown."""
    residual: float | None
    """What is left after the actions: never more than `gap`; None when unknown."""
    need_type: str | None
    """The plan's need type, or the default for the kind; None for a row over its target that
    the plan gives no need type (kplan does not call staff «avvikling» on its own)."""
    due: bool
    """False before a qualification deadline: shown, but not yet a shortfall."""
    vulnerable: bool
    """The competence is held by at most one person in the unit."""
    formula: Formula
    """How `required` was worked out, as data (one type per requirement kind)."""
    over_target: bool = False
    """More than a maximum share allows (`gap` is then the excess): «over måltall»."""
    measure: Measure | None = None
    """What the requirement measures that year, before actions: the share held, the full-time
    share, the share of positions under a limit, the average position size."""
    explain: Callable[[], Sources] | None = field(default=None, compare=False, repr=False)
    """Works out the sources when asked: a unit high in a deep tree draws on many rows."""

    @property
    def sources(self) -> Sources:
        """The inventory rows, drivers and actions the figures come from, worked out each time
        they are asked for: a report of 200,000 rows does not keep them all."""
        return self.explain() if self.explain is not None else Sources()

    @property
    def id(self) -> str:
        return f"{self.requirement}/{self.unit}/{self.year}"

    @property
    def unknown(self) -> bool:
        """The figures cannot be known: no inventory in the unit (warning K809)."""
        return self.available is None


_new_row = maker(GapRow)
_sources = maker(Sources)


Shared = dict[tuple[Rows, ...], tuple[InventoryRow, ...]]


class Inventories:
    """The inventory rows behind each `Figures.inventory`, found once: the years of a
    requirement and unit share one list (so one look-up by its id does), and lists of the same
    `Rows` share one tuple (so printers word it once for every year and requirement)."""

    def __init__(self) -> None:
        self.by_rows: Shared = {}
        self.by_list: dict[int, tuple[Sequence[InventoryRow | Rows], tuple[InventoryRow, ...]]] = {}

    def of(self, items: Sequence[InventoryRow | Rows]) -> tuple[InventoryRow, ...]:
        # the list is kept with its rows, so its id cannot pass to another list
        known = self.by_list.get(id(items))
        if known is not None and known[0] is items:
            return known[1]
        found = _inventory(items, self.by_rows)
        self.by_list[id(items)] = (items, found)
        return found


def _inventory(
    items: Sequence[InventoryRow | Rows], shared: Shared | None
) -> tuple[InventoryRow, ...]:
    """The rows `items` stand for, each once; the same tuple for the same `Rows`."""
    key = tuple(i for i in items if isinstance(i, Rows))
    if shared is None or len(key) != len(items):
        key = ()
    elif key in shared:
        return shared[key]
    rows = {
        id(r): r for item in items for r in (item.rows() if isinstance(item, Rows) else (item,))
    }
    found = tuple(rows.values())
    if key and shared is not None:
        shared[key] = found
    return found


class _Explain:
    """A row's sources, worked out when asked (`GapRow.explain`). One small object per row: a
    closure over the same four values took six (the function, its tuple and four cells), some
    300 bytes more a row, which a national plan's 200,000 rows hold to the end."""

    __slots__ = ("actions", "drivers", "inventory", "shared")

    def __init__(
        self,
        inventory: Sequence[InventoryRow | Rows],
        drivers: tuple[DriverUse, ...],
        actions: Sequence[EffectUse],
        shared: Inventories | None,
    ) -> None:
        self.inventory = inventory
        self.drivers = drivers
        self.actions = actions
        self.shared = shared

    def __call__(self) -> Sources:
        inventory, shared = self.inventory, self.shared
        rows = _inventory(inventory, None) if shared is None else shared.of(inventory)
        return _sources(rows, self.drivers, tuple(self.actions))


def _row(
    req: Any,
    unit: str,
    year: int,
    f: Figures,
    explain: bool = True,
    shared: Inventories | None = None,
) -> GapRow:
    """The row of an evaluator's `Figures` (one year's, `kplan.analysis.evaluators`)."""
    return _made(req, unit, year, as_tuple(f), explain, shared)


def _made(
    req: Any,
    unit: str,
    year: int,
    f: FigureRow,
    explain: bool = True,
    shared: Inventories | None = None,
) -> GapRow:
    """The row of one year's figures as a tuple (`kplan.analysis.yearly`)."""
    (
        required,
        available,
        planned,
        formula,
        inventory,
        actions,
        drivers,
        excess,
        due,
        vulnerable,
        measure,
        basis,
    ) = f
    gap = residual = None
    if required is not None and available is not None:
        # max(0.0, x) and min(gap, x) written out, with the builtins' choice on a tie or a NaN
        if excess:
            over, after = available - required, available + planned - required
        else:
            over, after = required - available, required - available - planned
        gap = over if over > 0.0 else 0.0
        after = after if after > 0.0 else 0.0
        # actions close a gap; a move out of the competence is not a new shortfall of its own
        residual = after if after < gap else gap

    return _new_row(  # every field, in order: GapRow(...) without its 17 object.__setattr__
        unit,
        req.id,
        year,
        req.kind,
        basis or req.basis,
        required,
        available,
        planned,
        gap,
        residual,
        req.need_type or (None if excess else DEFAULT_NEED[req.kind]),
        due,
        vulnerable,
        formula,
        excess and gap is not None and gap > EPS,
        measure,
        # no actions is the one empty tuple: a year's own empty list would live as long as the row
        _Explain(inventory, drivers, actions or (), shared) if explain else None,
    )
