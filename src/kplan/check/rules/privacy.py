"""Privacy (K605): a plan names roles, not persons.

A competence plan is a public document, so it holds no personal data. Fødselsnummer, e-mail
addresses, phone numbers and street addresses (K601-K604) are found by the raw-text scan
(`read.privacy`) in every file, before the model is built; this rule finds what only the model can
tell: a person's name in a field that names a role.

K605 warning: a personal name where the plan names a role
    Why: members, leaders and the responsible are named by their role, which stays right when
    people change jobs, and keeps names out of a published plan. The kommune's, the plan's and the
    units' own names are not taken for persons. FAIL::

        organisation:
          working_group:
            members:
              - {role: Kari Nordmann, kind: rådgiver}

    Fix: `role: HR-rådgiver`. For a false alarm (a course named after a person), silence the
    exact text: `suppress: [{code: K605, text: ..., reason: ...}]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import Finding
from kplan.read.privacy import NAME_MESSAGE, names_in, own_names, person_fields


@check
def personal_names(ctx: Context) -> Iterator[Finding]:
    """K605: a personal name where the plan names a role (members, responsible, leaders)."""
    own = own_names(ctx.plan)
    for path, text in person_fields(ctx.plan):
        for name in names_in(text, own):
            yield ctx.find(path, "K605", NAME_MESSAGE.format(name=name))
