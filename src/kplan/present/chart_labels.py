"""The labels of the document's charts (what the picture leaves to the table, and the
Markdown captions where Mermaid draws differently) in bokmål, nynorsk and English, merged by
`labels.py` into its one table. Keys start with «chart.»."""

from __future__ import annotations

CHART_LABELS: dict[str, tuple[str, str, str]] = {
    "chart.gap_none": (
        "Ingen figur for {requirements}: ingen enhet har en mangel etter tiltak å tegne i noe"
        " år. Tabellen under viser tallene.",
        "Ingen figur for {requirements}: inga eining har ein mangel etter tiltak å teikne i"
        " noko år. Tabellen under viser tala.",
        "No chart for {requirements}: no unit has a shortfall after actions to draw in any"
        " year. The table below shows the figures.",
    ),
    "chart.more_series": (
        "Figuren viser de {shown} enhetene med størst mangel av {total}; tabellen viser alle.",
        "Figuren viser dei {shown} einingane med størst mangel av {total}; tabellen viser alle.",
        "The chart shows the {shown} units with the largest shortfall of {total}; the table"
        " shows all.",
    ),
    "chart.more_spans": (
        "Figuren viser de {shown} første av {total} tiltak; tabellen viser alle.",
        "Figuren viser dei {shown} første av {total} tiltak; tabellen viser alle.",
        "The chart shows the first {shown} of {total} actions; the table shows all.",
    ),
    "chart.undated": (
        "Tiltak uten periode, ikke i figuren: {actions}.",
        "Tiltak utan periode, ikkje i figuren: {actions}.",
        "Actions without a period, not in the chart: {actions}.",
    ),
    "chart.plan_period": ("Planperioden", "Planperioden", "Plan period"),
    "chart.no_cost": ("ingen kostnad ført", "ingen kostnad ført", "no cost entered"),
    "chart.staffing_md": (
        "Stolpene viser behovet og linjen bemanningen uten rekruttering, i årsverk, per år."
        " Avstanden mellom dem må dekkes ved rekruttering eller på annen måte.",
        "Stolpane viser behovet og linja bemanninga utan rekruttering, i årsverk, per år."
        " Avstanden mellom dei må dekkjast ved rekruttering eller på anna vis.",
        "The bars show the demand and the line the staff without recruitment, in FTE, per"
        " year. The distance between them must be met by recruiting or in other ways.",
    ),
    "chart.staffing_md_band": (
        " Spennet i behov mellom alternativene står i tabellen under.",
        " Spennet i behov mellom alternativa står i tabellen under.",
        " The range of demand across the alternatives is in the table below.",
    ),
}
