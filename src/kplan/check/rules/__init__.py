"""Rules: checks that look across the plan, one module per family of codes.

The model has already checked the shape of each item; these rules check what one item cannot
know alone. Each module's docstring documents its codes: what is wrong, why it matters, a failing
YAML snippet and the fix.

- `ids` K201, K203-K205: ids are unique, parents form no loop, KS steps by number and name
- `references` K202, K206: every reference names an item of the right kind
- `privacy` K605: roles, not personal names (K601-K604 are the raw-text scan in `read.privacy`)
- `red_thread` K301-K303: goals → needs → actions hang together
- `completeness` K401-K405: what the KS model expects a plan to say
- `dates` K501-K504: periods and dates
- `analysis_data` K801-K806, K808: what the gap analysis needs from the inventory and
  requirements
- `staffing` K820-K823: staffing lines name what the plan has, their drivers have the years,
  årsverk per age band add up
- `costs` K901-K903: a cost has its count and falls as often as the action
- `arms` K019: the coat of arms names a small PNG, JPEG or SVG file inside the plan directory
"""

from __future__ import annotations

import datetime as dt

# importing a family registers its rules; their order does not matter, diagnostics are sorted
from kplan.check.rules import (  # noqa: F401
    analysis_data,
    arms,
    completeness,
    costs,
    dates,
    ids,
    privacy,
    red_thread,
    references,
    staffing,
)
from kplan.check.rules.base import CHECKS, Context
from kplan.diagnostics import Finding
from kplan.plan.assemble import Assembled


def run_checks(asm: Assembled, today: dt.date) -> list[Finding]:
    """All findings of all rules, in rule order; none when kplan.yaml could not be read."""
    if asm.partial is None:
        return []
    ctx = Context(asm, asm.partial, today)
    return [f for fn in CHECKS for f in fn(ctx)]
