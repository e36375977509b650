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
    "gap_target": ("Måltall", "Måltal", "Target"),
    "gap_at_least": ("minst {value}", "minst {value}", "at least {value}"),
    "gap_at_most": ("høyst {value}", "høgst {value}", "at most {value}"),
    "gap_measure_note": (
        "Prosenten i parentes er det kravet måler det året, før tiltak: andelen som har"
        " kompetansen, andelen i heltid eller andelen i stillinger under grensen.",
        "Prosenten i parentes er det kravet måler det året, før tiltak: delen som har"
        " kompetansen, delen i heiltid eller delen i stillingar under grensa.",
        "The percentage in brackets is what the requirement measures that year, before the"
        " actions: the share holding the competence, the share full time or the share in"
        " positions under the limit.",
    ),
    # --- the staffing chapter (bemanning, KS steg 5 part 1) ------------------------------------
    "staffing": ("Bemanning", "Bemanning", "Staffing"),
    "staffing_intro": (
        "Bemanningsbalansen viser for hver bemanningslinje hvor mange årsverk som trengs hvert"
        " år (behovet følger brukerne slik driverne gir dem), hvor mange som er igjen uten å"
        " rekruttere (etter pensjonering og annen avgang), og hvor mange som må rekrutteres."
        " Alle tall er årsverk. Et overskudd er ikke en mangel og trekkes ikke fra senere års"
        " behov.",
        "Bemanningsbalansen viser for kvar bemanningslinje kor mange årsverk som trengst kvart"
        " år (behovet følgjer brukarane slik drivarane gjev dei), kor mange som er att utan å"
        " rekruttere (etter pensjonering og anna avgang), og kor mange som må rekrutterast."
        " Alle tal er årsverk. Eit overskot er ikkje ein mangel og vert ikkje trekt frå behovet"
        " seinare år.",
        "The staffing balance shows, for each staffing line, how many FTE are needed each year"
        " (the need follows the users as the drivers give them), how many remain without"
        " recruiting (after retirements and other turnover), and how many must be recruited."
        " All figures are FTE. A surplus is not a shortfall and is not set off against later"
        " years' need.",
    ),
    "staffing_line": ("Bemanningslinje", "Bemanningslinje", "Staffing line"),
    "staffing_demand_in": ("Behov {year}", "Behov {year}", "Demand {year}"),
    "staffing_overview": (
        "Bemanningslinjene, {first}–{last} (årsverk)",
        "Bemanningslinjene, {first}–{last} (årsverk)",
        "The staffing lines, {first}–{last} (FTE)",
    ),
    "staffing_more": (
        "Flyten år for år vises for de {shown} første av {total} linjer; tabellen over viser alle.",
        "Flyten år for år er vist for dei {shown} første av {total} linjer; tabellen over viser"
        " alle.",
        "The flow year by year is shown for the first {shown} of {total} lines; the table above"
        " shows all.",
    ),
    "staffing_all": ("alle ansatte", "alle tilsette", "all staff"),
    "staffing_demand": ("Behov", "Behov", "Demand"),
    "staffing_supply": (
        "Bemanning uten rekruttering",
        "Bemanning utan rekruttering",
        "Staff without recruitment",
    ),
    "staffing_start": (
        "Start (behovet året før)",
        "Start (behovet året før)",
        "Start (last year's need)",
    ),
    "staffing_retirements": ("− pensjonering", "− pensjonering", "− retirements"),
    "staffing_turnover": ("− annen avgang", "− anna avgang", "− other turnover"),
    "staffing_growth": ("+ endring i behov", "+ endring i behov", "+ change in demand"),
    "staffing_to_recruit": ("= å rekruttere", "= å rekruttere", "= to recruit"),
    "staffing_planned": ("− planlagt i tiltak", "− planlagt i tiltak", "− planned in actions"),
    "staffing_still_open": ("= står åpent", "= står ope", "= still open"),
    "staffing_surplus": (
        "Overskudd (ikke en mangel)",
        "Overskot (ikkje ein mangel)",
        "Surplus (not a shortfall)",
    ),
    "staffing_cum_recruit": (
        "Å rekruttere, akkumulert",
        "Å rekruttere, akkumulert",
        "To recruit, cumulative",
    ),
    "staffing_cum_planned": ("Planlagt, akkumulert", "Planlagt, akkumulert", "Planned, cumulative"),
    "staffing_cum_open": (
        "Står åpent, akkumulert",
        "Står ope, akkumulert",
        "Still open, cumulative",
    ),
    "staffing_range": (
        "Behov, spenn mellom alternativene {codes}",
        "Behov, spenn mellom alternativa {codes}",
        "Demand, range across the alternatives {codes}",
    ),
    "staffing_flow": (
        "Rekrutteringsbehov per år (årsverk)",
        "Rekrutteringsbehov per år (årsverk)",
        "Recruitment need per year (FTE)",
    ),
    "staffing_chart": (
        "Behov og bemanning uten rekruttering – {line}",
        "Behov og bemanning utan rekruttering – {line}",
        "Demand and staff without recruitment – {line}",
    ),
    "staffing_chart_desc": (
        "Linjene viser behovet og bemanningen uten rekruttering, i årsverk, per år. Avstanden"
        " mellom dem må dekkes ved rekruttering eller på annen måte.",
        "Linjene viser behovet og bemanninga utan rekruttering, i årsverk, per år. Avstanden"
        " mellom dei må dekkjast ved rekruttering eller på anna vis.",
        "The lines show the demand and the staff without recruitment, in FTE, per year. The"
        " distance between them must be met by recruiting or in other ways.",
    ),
    "staffing_chart_band": (
        " Det skraverte feltet er spennet i behov fra laveste til høyeste alternativ.",
        " Det skraverte feltet er spennet i behov frå lågaste til høgaste alternativ.",
        " The shaded area is the range of demand from the lowest to the highest alternative.",
    ),
    "staffing_range_short": ("Spenn i behov", "Spenn i behov", "Range of demand"),
    "staffing_lowest": ("laveste alternativ", "lågaste alternativ", "lowest alternative"),
    "staffing_highest": ("høyeste alternativ", "høgaste alternativ", "highest alternative"),
    "staffing_source": (
        "Kilde for antakelsene: {source}.",
        "Kjelde for føresetnadene: {source}.",
        "Source of the assumptions: {source}.",
    ),
    "staffing_norm": (
        "Behovet følger bemanningsnormen «{norm}».",
        "Behovet følgjer bemanningsnorma «{norm}».",
        "The need follows the staffing ratio «{norm}».",
    ),
    "staffing_unknown_line": (
        "Tallene er ukjente: {why}.",
        "Tala er ukjende: {why}.",
        "The figures are unknown: {why}.",
    ),
    "staffing_unknown_years": (
        "Ukjent i {years}: {why}.",
        "Ukjend i {years}: {why}.",
        "Unknown in {years}: {why}.",
    ),
    "staffing_why_no-inventory": (
        "ingen beholdning teller linjens ansatte",
        "inga behaldning tel dei tilsette på linja",
        "no inventory counts the line's staff",
    ),
    "staffing_why_no-driver": (
        "driveren «{driver}» finnes ikke i planen",
        "drivaren «{driver}» finst ikkje i planen",
        "the driver «{driver}» is not in the plan",
    ),
    "staffing_why_no-driver-value": (
        "driveren «{driver}» har ingen verdi for {year}",
        "drivaren «{driver}» har ingen verdi for {year}",
        "the driver «{driver}» has no value for {year}",
    ),
    "staffing_why_no-users": (
        "driverne gir ingen brukere i året beholdningen ble telt opp",
        "drivarane gjev ingen brukarar i året behaldninga vart talt opp",
        "the drivers give no users in the year the inventory was counted",
    ),
    "staffing_why_no-norm": (
        "normen er ikke et krav om årsverk per bruker som gjelder enheten",
        "norma er ikkje eit krav om årsverk per brukar som gjeld eininga",
        "the norm is not a ratio requirement in FTE covering the unit",
    ),
    "staffing_why_not-in-force": (
        "normen gjelder ikke ennå",
        "norma gjeld ikkje enno",
        "the norm does not apply yet",
    ),
    "staffing_why_before-snapshot": (
        "året er før beholdningen ble telt opp",
        "året er før behaldninga vart talt opp",
        "the year is before the inventory was counted",
    ),
    "staffing_why_too-large": (
        "tallene er for store til å regne med",
        "tala er for store til å rekne med",
        "the figures are too large to compute with",
    ),
}
