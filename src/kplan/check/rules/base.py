"""What every rule gets and shares: the `Context`, the registry, and the words for kinds of id.

A rule is a function `Context -> Iterable[Finding]`, registered with `@check`. It says *what* is
wrong and *where in the merged plan* (a data path); `Context.find` maps a path into a merged
section back to the file and index the item came from, and `check.locate` finds the line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kplan.diagnostics import DataPath, Finding
from kplan.plan.assemble import Assembled
from kplan.plan.model import PartialPlan
from kplan.text import Message, Text, t


@dataclass(frozen=True)
class Context:
    """What every check gets: the plan, where its items came from, and today's date."""

    asm: Assembled
    plan: PartialPlan
    """The plan as far as it was read: `plan.plan` is None when its plan: could not be."""
    today: dt.date

    def find(self, path: DataPath, code: str, message: Message, *, key: bool = False) -> Finding:
        """A finding at a path of the merged plan (section items are mapped to their file)."""
        if path and path[0] in self.asm.origins and len(path) > 1 and isinstance(path[1], int):
            file, real = self.asm.where(path[0], path[1], *path[2:])
        else:
            file, real = self.asm.root, path
        return Finding(file, real, code, message, at_key=key)


Check = Callable[[Context], Iterable[Finding]]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    """Register a rule: `run_checks` runs every registered rule, in the order they were made."""
    CHECKS.append(fn)
    return fn


ID_SECTIONS = (
    "units",
    "competences",
    "goals",
    "strategies",
    "requirements",
    "drivers",
    "staffing",
    "needs",
    "actions",
)
"""The list sections whose items have ids of their own."""
KINDS = (*ID_SECTIONS, "arenas", "forms", "decisions")
"""The kinds of id a reference may name: the id sections, learning arenas, competence forms and
decisions."""


def kind(section: str, form: str = "a") -> Text:
    """What one item of a kind of id is called, in the form the sentence needs: `a` («en
    enhet», «a unit»), `no` (after «det finnes ikke»: «noen enhet»; «unit») or `other` («en annen
    enhet»; «unit» in «the unit id»). The words are in the catalogue (`check.kind.*`)."""
    return t(f"check.kind.{section}.{form}")


def number(value: float) -> int | float:
    """A figure as a message quotes it: 2.0 årsverk is «2», 2.5 is «2.5» (or «2,5» in
    Norwegian: the catalogue writes the decimal comma)."""
    value = round(value, 6)  # sums of decimals: 0.1 + 0.2 is 0.3
    return int(value) if value.is_integer() else value


STEP_LABELS: dict[int, tuple[str, ...]] = {
    1: ("Organisering", "Organisering og involvering"),
    2: ("Forankring og ambisjoner", "Forankring"),
    3: ("Overordnede mål og føringer",),
    4: ("Hva er kompetanse?",),
    5: ("Kompetanseanalyse", "Kompetanse- og bemanningsanalyse"),
    6: ("Kompetansestrategier og tiltak",),
    7: ("Evaluering og oppfølging", "Gjennomføring, oppfølging og evaluering"),
}
"""The names of the seven KS steps: KS has used two label sets, and either is right."""
NYNORSK_STEP_LABELS: dict[int, tuple[str, ...]] = {
    3: ("Overordna mål og føringar",),
    4: ("Kva er kompetanse?",),
    6: ("Kompetansestrategiar og tiltak",),
}
"""The steps whose names differ in nynorsk: a plan in nynorsk names them so, and is right."""


def broken_refs(ctx: Context, section: str, key: str) -> set[str]:
    """The string values under `key` in items that failed validation (one string or a list)."""
    found: set[str] = set()
    for item in ctx.asm.broken.get(section, []):
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        found.update(v for v in values if isinstance(v, str))
    return found
