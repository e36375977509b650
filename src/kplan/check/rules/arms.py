"""The coat of arms (K019): the file the plan names for the cover can be used.

K019 warning: a coat of arms file kplan cannot use
    Why: the cover shows the kommune's coat of arms from a file in the plan directory. A plan is
    shared and unpacked from anywhere, so kplan embeds only a small PNG, JPEG or SVG file (told
    by its content) that lies inside the plan directory. Anything else is left off the cover,
    and this warning says why; the document is still written. FAIL::

        plan:
          kommune: {name: Øyer kommune, number: "3440", coat_of_arms: ../felles/vapen.svg}

    Fix: copy the file into the plan directory and name it from there: `coat_of_arms: vapen.svg`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from kplan.check.rules.base import Context, check
from kplan.diagnostics import Finding
from kplan.text import t


@check
def coat_of_arms(ctx: Context) -> Iterator[Finding]:
    """K019: the coat of arms names a usable image inside the plan directory."""
    info = ctx.plan.plan
    rel = info.kommune.coat_of_arms if info is not None else None
    if rel is None:
        return
    from kplan.read.image import Refused, load_image  # the image reader, only for a plan with one

    base = os.path.dirname(ctx.asm.root) or "."
    found = load_image(base, rel, ctx.asm.source)
    if isinstance(found, Refused):
        yield ctx.find(
            ("plan", "kommune", "coat_of_arms"),
            "K019",
            t("check.k019.refused", file=rel, reason=found.reason),
        )
