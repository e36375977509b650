"""The labels of the action table's filter and of a late action, in bokmål, nynorsk and
English, to be merged by `labels.py` into its one table (`filter.` keys)."""

from __future__ import annotations

FILTER_LABELS: dict[str, tuple[str, str, str]] = {
    "filter.legend": ("Vis tiltak etter", "Vis tiltak etter", "Show actions by"),
    "filter.all": ("Alle", "Alle", "All"),
    "filter.unit": ("Enhet", "Eining", "Unit"),
    "filter.strategy": ("Strategi", "Strategi", "Strategy"),
    "filter.status": ("Status", "Status", "Status"),
    "filter.year": ("År", "År", "Year"),
    "filter.reset": ("Vis alle tiltak", "Vis alle tiltak", "Show all actions"),
    "filter.shown": (
        "{shown} av {total} tiltak vises",
        "{shown} av {total} tiltak blir viste",
        "{shown} of {total} actions shown",
    ),
    "filter.late": ("forsinket", "forseinka", "late"),
}
