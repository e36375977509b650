"""`kplan excel import` (registered on kplan.cli.excel's group). Being built for issue 15."""

from __future__ import annotations
