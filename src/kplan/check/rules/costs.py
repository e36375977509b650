"""Costs (K901-K903): a cost says what it is multiplied by and how often it falls.

A cost that cannot be worked out is never guessed: `kplan cost` lists it as an action without a
calculated cost (`analysis.costs.unpriced`); these rules say where and why.

K901 error: a cost per participant or per occasion without the count it is multiplied by
    Why: 39 000 kr per deltaker is not 39 000 kr; without the count the cost is unknown, and
    kplan will not count one participant for it. FAIL::

        actions:
          - id: tiltak-1
            title: Tingsrett videreutdanning
            cost: {amount: 39000, per: deltaker}

    Fix: `count: 2` on the action (with `per: gang`: `occasions: 4` on the cost), or
    `per: totalt` when the amount is the whole cost.

K902 warning: an action's frequency and its cost disagree on how often the cost falls
    Why: «årlig» with a cost that falls once puts a yearly stipend in one budget year only;
    a cost every year of an action said to run once counts it over and over. FAIL::

        actions:
          - id: stipend
            title: Stipend per studieår
            period: {start: 2020, end: 2026}
            frequency: årlig
            cost: {amount: 40000}

    Fix: `yearly: true` on the cost when it falls every year, or say the frequency as it is.

K903 warning: a recurring or spread cost of an action without a period
    Why: «every year» or «spread over the period» needs the years; without them the cost falls
    in one year (its budget year), which is not what the plan says. FAIL::

        actions:
          - {id: kurs, title: Førstehjelp, cost: {amount: 5000, every_years: 3}}

    Fix: give the action a `period` («{start: 2025, end: 2028}», or «kontinuerlig» to run over
    the plan's years).
"""

from __future__ import annotations

from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import Finding
from kplan.text import t

YEARLY_WORDS = frozenset({"årlig", "årleg", "hvert år", "kvart år", "en gang i året", "per år"})
"""Frequencies that say the action recurs every year."""
ONCE_WORDS = frozenset({"én gang", "en gang", "ein gong", "engangs", "engang"})
"""Frequencies that say the action runs once."""


@check
def cost_counts(ctx: Context) -> Iterator[Finding]:
    """K901-K903: a cost has the count it is multiplied by, and falls as often as the action."""
    for i, a in enumerate(ctx.plan.actions):
        cost = a.cost
        if cost is None or cost.amount is None:
            continue
        if cost.per == "deltaker" and a.count is None:
            yield ctx.find(
                ("actions", i, "cost", "per"),
                "K901",
                t("check.k901.no_count"),
            )
        if cost.per == "gang" and cost.occasions is None:
            yield ctx.find(
                ("actions", i, "cost", "per"),
                "K901",
                t("check.k901.no_occasions"),
            )
        recurs = cost.yearly or cost.every_years is not None or cost.spread
        frequency = (a.frequency or "").strip().lower()
        # a spread cost falls in every year too
        if frequency in YEARLY_WORDS and not (cost.yearly or cost.spread):
            yield ctx.find(
                ("actions", i, "frequency"),
                "K902",
                t(
                    "check.k902.not_yearly",
                    frequency=a.frequency or "",
                    when=t("check.k902.every_few_years" if recurs else "check.k902.once"),
                ),
            )
        elif frequency in ONCE_WORDS and cost.yearly:
            yield ctx.find(
                ("actions", i, "cost", "yearly"),
                "K902",
                t("check.k902.yearly_once", frequency=a.frequency or ""),
            )
        if recurs and a.period is None:
            yield ctx.find(
                ("actions", i, "cost"),
                "K903",
                t("check.k903.no_period"),
            )
