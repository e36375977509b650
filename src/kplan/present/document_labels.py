"""The labels of the plan document's analysis chapters (the gap charts and the staffing
chapter) in bokmål, nynorsk and English, merged by `labels.py` into its one table."""

from __future__ import annotations

DOCUMENT_LABELS: dict[str, tuple[str, str, str]] = {
    "unknown": ("ukjent", "ukjend", "unknown"),
    "measured_in": ("Målt i", "Målt i", "Measured in"),
    "chart_gap_req": (
        "Gap etter tiltak – {requirement}",
        "Gap etter tiltak – {requirement}",
        "Gap after actions – {requirement}",
    ),
    "chart_gap_axis": ("Rest ({basis})", "Rest ({basis})", "Residual ({basis})"),
    "chart_gap_desc": (
        "Figuren viser hvor mye som mangler for å oppfylle kravet etter tiltak, i {basis}, per"
        " år for hver enhet. Enhetene legges ikke sammen. Ukjente tall, rader over måltall og"
        " krav som ikke har forfalt er ikke tegnet; tabellen viser dem.",
        "Figuren viser kor mykje som manglar for å oppfylle kravet etter tiltak, i {basis}, per"
        " år for kvar eining. Einingane vert ikkje lagde saman. Ukjende tal, rader over måltal"
        " og krav som ikkje har forfalle er ikkje teikna; tabellen viser dei.",
        "The chart shows how much is missing to meet the requirement after actions, in {basis},"
        " per year for each unit. The units are not added up. Unknown figures, rows above"
        " target and requirements not yet due are not drawn; the table shows them.",
    ),
    "chart_gap_more": (
        "Figurene viser de {shown} første av {total} krav; tabellen viser alle.",
        "Figurane viser dei {shown} første av {total} krav; tabellen viser alle.",
        "The charts show the first {shown} of {total} requirements; the table shows all.",
    ),
    "gap_unknown_note": (
        "Ukjent betyr at enheten mangler beholdning å regne med; det er ikke det samme som 0.",
        "Ukjend tyder at eininga manglar behaldning å rekne med; det er ikkje det same som 0.",
        "Unknown means the unit has no inventory to compute with; it is not the same as 0.",
    ),
}
