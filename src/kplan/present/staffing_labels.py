"""The labels of the staffing balance (bemanning) in bokmål, nynorsk and English, merged by
`labels.py` into its one table. Keys are namespaced `staffing.*`."""

from __future__ import annotations

STAFFING_LABELS: dict[str, tuple[str, str, str]] = {}
