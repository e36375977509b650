"""The labels of the staffing balance (bemanning) in bokmål, nynorsk and English, merged by
`labels.py` into its one table. Keys are namespaced `staffing.*`."""

from __future__ import annotations

STAFFING_LABELS: dict[str, tuple[str, str, str]] = {
    "staffing.title": ("Bemanning (årsverk)", "Bemanning (årsverk)", "Staffing (FTE)"),
    "staffing.year": ("År", "År", "Year"),
    "staffing.demand": ("Behov", "Behov", "Demand"),
    "staffing.supply": ("Uten rekruttering", "Utan rekruttering", "Without recruitment"),
    "staffing.start": ("Start", "Start", "Start"),
    "staffing.retirements": ("− Pensjon", "− Pensjon", "− Retirement"),
    "staffing.turnover": ("− Turnover", "− Turnover", "− Turnover"),
    "staffing.growth": ("+ Vekst", "+ Vekst", "+ Growth"),
    "staffing.to_recruit": ("= Rekruttere", "= Rekruttere", "= To recruit"),
    "staffing.surplus": ("Overskudd", "Overskot", "Surplus"),
    "staffing.planned": ("− Planlagt", "− Planlagt", "− Planned"),
    "staffing.still_open": ("= Åpent", "= Ope", "= Still open"),
    "staffing.cumulative_to_recruit": ("Σ rekruttere", "Σ rekruttere", "Σ to recruit"),
    "staffing.cumulative_planned": ("Σ planlagt", "Σ planlagt", "Σ planned"),
    "staffing.cumulative_still_open": ("Σ åpent", "Σ ope", "Σ still open"),
    "staffing.unknown": ("ukjent", "ukjend", "unknown"),
    "staffing.illustrative": ("illustrativt", "illustrativt", "illustrative"),
    "staffing.all_staff": ("alle ansatte", "alle tilsette", "all staff"),
    "staffing.none": (
        "Planen har ingen bemanningslinjer (staffing).",
        "Planen har ingen bemanningslinjer (staffing).",
        "The plan has no staffing lines (staffing).",
    ),
    "staffing.follows": (
        "Behovet følger {drivers}.",
        "Behovet følgjer {drivers}.",
        "The need follows {drivers}.",
    ),
    "staffing.and": ("og", "og", "and"),
    "staffing.coverage": (
        "dekningsgrad {percent} %",
        "dekningsgrad {percent} %",
        "coverage {percent} %",
    ),
    "staffing.weight": ("vekt {weight}", "vekt {weight}", "weight {weight}"),
    "staffing.constant": (
        "Behovet er dagens årsverk (konstant standard).",
        "Behovet er dagens årsverk (konstant standard).",
        "The need is today's FTE (constant standard).",
    ),
    "staffing.norm": (
        "Behovet er det normen «{norm}» krever.",
        "Behovet er det normen «{norm}» krev.",
        "The need is what the norm «{norm}» requires.",
    ),
    "staffing.base": (
        "Beholdning {year}: {fte} årsverk.",
        "Behaldning {year}: {fte} årsverk.",
        "Inventory {year}: {fte} FTE.",
    ),
    "staffing.unknown_line": ("Ukjent: {why}.", "Ukjend: {why}.", "Unknown: {why}."),
    "staffing.unknown_year": (
        "{year}: ukjent: {why}.",
        "{year}: ukjend: {why}.",
        "{year}: unknown: {why}.",
    ),
    "staffing.scenario": (
        "Alternativ for driverne: {code}.",
        "Alternativ for drivarane: {code}.",
        "Driver alternative: {code}.",
    ),
    "staffing.kept": (
        "Uten alternativet {code} beholder disse driverne sine egne tall: {drivers}.",
        "Utan alternativet {code} held desse drivarane på sine eigne tal: {drivers}.",
        "Lacking alternative {code}, these drivers keep their own figures: {drivers}.",
    ),
    "staffing.range": ("Behov per alternativ", "Behov per alternativ", "Demand per alternative"),
    "staffing.lines": (
        "{lines} bemanningslinje(r), {open} med rekrutteringsbehov som tiltakene ikke dekker.",
        "{lines} bemanningslinje(r), {open} med rekrutteringsbehov som tiltaka ikkje dekkjer.",
        "{lines} staffing line(s), {open} with a recruitment need the actions do not cover.",
    ),
    "staffing.lines_unknown": (
        "{unknown} av dem er helt eller delvis ukjent.",
        "{unknown} av dei er heilt eller delvis ukjende.",
        "{unknown} of them are wholly or partly unknown.",
    ),
    "staffing.why.no-inventory": (
        "ingen beholdning for linjen",
        "inga behaldning for linja",
        "no inventory for the line",
    ),
    "staffing.why.no-driver": (
        "driveren «{driver}» finnes ikke",
        "drivaren «{driver}» finst ikkje",
        "the driver «{driver}» does not exist",
    ),
    "staffing.why.no-driver-value": (
        "driveren «{driver}» har ingen verdi for {year}",
        "drivaren «{driver}» har ingen verdi for {year}",
        "the driver «{driver}» has no value for {year}",
    ),
    "staffing.why.no-users": (
        "driverne gir ingen brukere i {year}",
        "drivarane gjev ingen brukarar i {year}",
        "the drivers give no users in {year}",
    ),
    "staffing.why.no-norm": (
        "normen er ikke et bemanningskrav i årsverk for enheten",
        "normen er ikkje eit bemanningskrav i årsverk for eininga",
        "the norm is not a staffing ratio in FTE for the unit",
    ),
    "staffing.why.not-in-force": (
        "normen gjelder ikke ennå i {year}",
        "normen gjeld ikkje enno i {year}",
        "the norm does not apply yet in {year}",
    ),
    "staffing.why.before-snapshot": (
        "året er før beholdningen ble telt opp",
        "året er før behaldninga vart telt opp",
        "the year is before the inventory was counted",
    ),
    "staffing.why.too-large": (
        "tallene ble for store",
        "tala vart for store",
        "the figures overflowed",
    ),
}
