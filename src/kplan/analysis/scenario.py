"""Scenarios: the alternatives a plan's drivers carry (SSB's MMMM, LLML, HHMH...), and the plan
with its drivers switched to one of them (`kplan gap --scenario`).

A driver's `values` are its main alternative (`source.alternative`); `scenarios` holds the
others by code. Switching replaces a driver's values by those of the alternative, whole: a year
the alternative lacks is missing, not taken from another alternative. A driver without the
alternative keeps its values; the staffing report lists those its lines use.
"""

from __future__ import annotations

from collections.abc import Mapping

from kplan.errors import UsageError
from kplan.hints import shown
from kplan.plan.model import Driver, Plan
from kplan.text import t

__all__ = ["alternative_values", "has_alternative", "scenarios", "with_scenario"]


def scenarios(plan: Plan) -> tuple[str, ...]:
    """The alternatives the drivers carry: each main alternative (`source.alternative`) and the
    codes of `scenarios`, in the order the drivers give them."""
    found: dict[str, None] = {}
    for d in plan.drivers:
        if d.source is not None and d.source.alternative:
            found.setdefault(d.source.alternative, None)
        for code in d.scenarios:
            found.setdefault(code, None)
    return tuple(found)


def has_alternative(d: Driver, code: str) -> bool:
    """The driver gives values for alternative `code` (its own or one of its scenarios)."""
    return code in d.scenarios or (d.source is not None and d.source.alternative == code)


def _switches(d: Driver, code: str) -> bool:
    return code in d.scenarios and not (d.source is not None and d.source.alternative == code)


def alternative_values(d: Driver, code: str) -> Mapping[int, float]:
    """The values `d` has in `with_scenario(plan, code)`, without copying the plan."""
    return d.scenarios[code] if _switches(d, code) else d.values


def with_scenario(plan: Plan, code: str) -> Plan:
    """The plan with each driver's values those of alternative `code`; a driver without it keeps
    its own values."""
    known = scenarios(plan)
    if code not in known:
        have = (
            t("run.scenario.have", codes=", ".join(known))
            if known
            else t("run.scenario.no_alternatives")
        )
        raise UsageError(t("run.scenario.none", code=shown(code), have=have))
    drivers = []
    for d in plan.drivers:
        if _switches(d, code):
            source = d.source.model_copy(update={"alternative": code}) if d.source else None
            d = d.model_copy(update={"values": d.scenarios[code], "source": source})
        drivers.append(d)
    return plan.model_copy(update={"drivers": drivers})
