"""Words of the spreadsheet outputs of `kplan gap`, `kplan cost` and `kplan status` (xlsx and the
Excel csv): key → (bokmål, nynorsk, English).

The workbook's headers (`output.col.*`) and sheet names (`output.sheet.*`), the refusals of
`--output` and `--excel`, and the help of those options. The csv headers stay the English
machine keys; these are the words a reader sees in Excel.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # the workbook's sheets
    "output.sheet.competence": ("Kompetanse", "Kompetanse", "Competence"),
    "output.sheet.staffing": ("Bemanning", "Bemanning", "Staffing"),
    "output.sheet.cost": ("Kostnader", "Kostnader", "Costs"),
    "output.sheet.status": ("Oppfølging {year}", "Oppfølging {year}", "Follow-up {year}"),
    "output.sheet.notes": ("Merknader", "Merknader", "Notes"),
    # headers: kplan gap, competence
    "output.col.note": ("Merknad", "Merknad", "Note"),
    "output.col.unit": ("Enhet", "Eining", "Unit"),
    "output.col.requirement": ("Krav", "Krav", "Requirement"),
    "output.col.year": ("År", "År", "Year"),
    "output.col.kind": ("Kravtype", "Kravtype", "Kind of requirement"),
    "output.col.basis": ("Grunnlag", "Grunnlag", "Basis"),
    "output.col.required": ("Påkrevd", "Kravd", "Required"),
    "output.col.available": ("Tilgjengelig", "Tilgjengeleg", "Available"),
    "output.col.planned": ("Planlagt (tiltak)", "Planlagt (tiltak)", "Planned (actions)"),
    "output.col.gap": ("Gap før tiltak", "Gap før tiltak", "Gap before actions"),
    "output.col.residual": ("Rest etter tiltak", "Rest etter tiltak", "Residual after actions"),
    "output.col.need_type": ("Behovstype", "Behovstype", "Type of need"),
    "output.col.due": ("Gjelder dette året", "Gjeld dette året", "Applies this year"),
    "output.col.vulnerable": ("Sårbar", "Sårbar", "Vulnerable"),
    "output.col.over_target": ("Over måltall", "Over måltal", "Over target"),
    "output.col.measure": ("Måling", "Måling", "Measure"),
    # every measure is a percent (analysis.formulas.Measure)
    "output.col.measure_value": ("Målt verdi (%)", "Målt verdi (%)", "Measured value (%)"),
    "output.col.measure_target": ("Mål (%)", "Mål (%)", "Target (%)"),
    "output.measure.share": ("Andel", "Del", "Share"),
    "output.measure.full_time_share": ("Andel heltid", "Del heiltid", "Full-time share"),
    "output.measure.under_minimum": (
        "Andel under minstestilling",
        "Del under minstestilling",
        "Share under the minimum position",
    ),
    "output.measure.average_position": (
        "Gjennomsnittlig stillingsstørrelse",
        "Gjennomsnittleg stillingsstorleik",
        "Average position size",
    ),
    "output.col.measure_count": ("Antall", "Tal", "Count"),
    "output.col.measure_total": ("Av totalt", "Av totalt", "Of total"),
    # the ids of what a sheet shows by name, in columns at the end
    "output.col.unit_id": ("Enhet (id)", "Eining (id)", "Unit (id)"),
    "output.col.requirement_id": ("Krav (id)", "Krav (id)", "Requirement (id)"),
    "output.col.competence_id": ("Kompetanse (id)", "Kompetanse (id)", "Competence (id)"),
    "output.col.line_id": ("Bemanningslinje (id)", "Bemanningslinje (id)", "Staffing line (id)"),
    "output.col.strategy_id": ("Strategi (id)", "Strategi (id)", "Strategy (id)"),
    # headers: kplan gap, staffing (årsverk)
    "output.col.line": ("Bemanningslinje", "Bemanningslinje", "Staffing line"),
    "output.col.competence": ("Kompetanse", "Kompetanse", "Competence"),
    "output.col.demand": ("Behov", "Behov", "Demand"),
    "output.col.supply": ("Uten rekruttering", "Utan rekruttering", "Without recruitment"),
    "output.col.start": ("Start", "Start", "Start"),
    "output.col.retirements": ("Pensjon", "Pensjon", "Retirement"),
    "output.col.turnover": ("Turnover", "Turnover", "Turnover"),
    "output.col.growth": ("Vekst", "Vekst", "Growth"),
    "output.col.to_recruit": ("Rekruttere", "Rekruttere", "To recruit"),
    "output.col.surplus": ("Overskudd", "Overskot", "Surplus"),
    "output.col.still_open": ("Åpent", "Ope", "Still open"),
    "output.col.cumulative_to_recruit": (
        "Rekruttere i alt",
        "Rekruttere i alt",
        "To recruit in all",
    ),
    "output.col.cumulative_planned": ("Planlagt i alt", "Planlagt i alt", "Planned in all"),
    "output.col.cumulative_still_open": ("Åpent i alt", "Ope i alt", "Still open in all"),
    # headers of the staffing sheet: its figures are all årsverk, said in the header since
    # the competence sheet beside it has persons too
    "output.staffing.demand": (
        "Behov (årsverk)",
        "Behov (årsverk)",
        "Demand (FTE)",
    ),
    "output.staffing.supply": (
        "Uten rekruttering (årsverk)",
        "Utan rekruttering (årsverk)",
        "Without recruitment (FTE)",
    ),
    "output.staffing.start": (
        "Start (årsverk)",
        "Start (årsverk)",
        "Start (FTE)",
    ),
    "output.staffing.retirements": (
        "Pensjon (årsverk)",
        "Pensjon (årsverk)",
        "Retirement (FTE)",
    ),
    "output.staffing.turnover": (
        "Turnover (årsverk)",
        "Turnover (årsverk)",
        "Turnover (FTE)",
    ),
    "output.staffing.growth": (
        "Vekst (årsverk)",
        "Vekst (årsverk)",
        "Growth (FTE)",
    ),
    "output.staffing.to_recruit": (
        "Rekruttere (årsverk)",
        "Rekruttere (årsverk)",
        "To recruit (FTE)",
    ),
    "output.staffing.surplus": (
        "Overskudd (årsverk)",
        "Overskot (årsverk)",
        "Surplus (FTE)",
    ),
    "output.staffing.planned": (
        "Planlagt (tiltak, årsverk)",
        "Planlagt (tiltak, årsverk)",
        "Planned (actions, FTE)",
    ),
    "output.staffing.still_open": (
        "Åpent (årsverk)",
        "Ope (årsverk)",
        "Still open (FTE)",
    ),
    "output.staffing.cumulative_to_recruit": (
        "Rekruttere i alt (årsverk)",
        "Rekruttere i alt (årsverk)",
        "To recruit in all (FTE)",
    ),
    "output.staffing.cumulative_planned": (
        "Planlagt i alt (årsverk)",
        "Planlagt i alt (årsverk)",
        "Planned in all (FTE)",
    ),
    "output.staffing.cumulative_still_open": (
        "Åpent i alt (årsverk)",
        "Ope i alt (årsverk)",
        "Still open in all (FTE)",
    ),
    "output.col.unknown": ("Ukjent fordi", "Ukjend fordi", "Unknown because"),
    "output.col.illustrative": ("Illustrativt", "Illustrativt", "Illustrative"),
    "output.col.scenario": ("Alternativ", "Alternativ", "Scenario"),
    # headers: kplan cost
    "output.col.budget_year": ("Budsjettår", "Budsjettår", "Budget year"),
    "output.col.strategy": ("Strategi", "Strategi", "Strategy"),
    "output.col.gross": ("Brutto", "Brutto", "Gross"),
    "output.col.grants": ("Tilskudd", "Tilskot", "Grants"),
    "output.col.net": ("Netto", "Netto", "Net"),
    "output.col.actions": ("Antall tiltak", "Tal på tiltak", "Actions"),
    "output.col.action_kind": ("Tiltakstype", "Tiltakstype", "Kind of action"),
    # headers: kplan status
    "output.col.id": ("Id", "Id", "Id"),
    "output.col.title": ("Tittel", "Tittel", "Title"),
    "output.col.status": ("Status", "Status", "Status"),
    "output.col.period": ("Periode", "Periode", "Period"),
    "output.col.late": ("Forsinket", "Forseinka", "Late"),
    "output.col.planned_cost": ("Planlagt kostnad", "Planlagt kostnad", "Planned cost"),
    "output.col.spent": ("Brukt", "Brukt", "Spent"),
    "output.col.best_level": ("Evalueringsnivå", "Evalueringsnivå", "Evaluation level"),
    "output.col.has_result": ("Har resultat", "Har resultat", "Has a result"),
    "output.col.result_level": ("Resultatnivå", "Resultatnivå", "Result level"),
    # refusals
    "output.excel_only_csv": (
        "--excel gjelder bare --format csv, ikke {format}.",
        "--excel gjeld berre --format csv, ikkje {format}.",
        "--excel goes with --format csv only, not {format}.",
    ),
    "output.xlsx_on_terminal": (
        "en Excel-fil skrives ikke til terminalen: bruk --output FIL (for eksempel "
        "-o {command}.xlsx).",
        "ei Excel-fil vert ikkje skriven til terminalen: bruk --output FIL (til dømes "
        "-o {command}.xlsx).",
        "an Excel file is not written to the terminal: use --output FILE (for example "
        "-o {command}.xlsx).",
    ),
    "output.in_data_dir": (
        "{option} {path} ville blitt en planfil i {dir}, der planen leser data; lagre "
        "filen et annet sted.",
        "{option} {path} ville vorte ei planfil i {dir}, der planen les data; lagre fila "
        "ein annan stad.",
        "{option} {path} would be a plan file in {dir}, where the plan reads its data; write "
        "it elsewhere.",
    ),
    # help of the options (worded by kplan.cli.clickwords)
}
