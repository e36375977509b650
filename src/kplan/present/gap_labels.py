"""The labels of `kplan gap` (the table, md, notes, formulas and `--explain`), in bokmål,
nynorsk and English; `report_labels.REPORT_LABELS` takes them in, so `Labels` finds them like
every other report label. The bokmål column of the older keys is what `kplan gap` has always
printed: json's `formula`, `sources` and `notes` compare byte for byte.
"""

from __future__ import annotations

GAP_LABELS: dict[str, tuple[str, str, str]] = {
    "gap.part_competence": ("Kompetanse", "Kompetanse", "Competence"),
    "gap.no_inventory": (
        "Planen har ingen beholdning (inventory): hva enhetene har av ansatte og kompetanse er ukjent, ikke 0.",
        "Planen har inga behaldning (inventory): kva einingane har av tilsette og kompetanse er ukjent, ikkje 0.",
        "The plan has no inventory: what staff and competence the units have is unknown, not 0.",
    ),
    # --- kplan gap (headers: unit, requirement, year, required, available, planned, gap,
    # residual, need; competence, persons; analysis as the title: in labels.py) --------------
    "gap.not_due": ("ikke forfalt", "ikkje forfalle", "not due"),
    "gap.vulnerable_flag": ("sårbar", "sårbar", "vulnerable"),
    "gap.vulnerable": ("Sårbar kompetanse", "Sårbar kompetanse", "Vulnerable competence"),
    "gap.vulnerable_why": (
        "0 eller 1 person i enheten",
        "0 eller 1 person i eininga",
        "0 or 1 person in the unit",
    ),
    "gap.rows": (
        "{rows} rad(er), {residual} med gap etter tiltak.",
        "{rows} rad(er), {residual} med gap etter tiltak.",
        "{rows} row(s), {residual} with a gap after actions.",
    ),
    "gap.rows_unknown": (
        "{rows} rad(er), {residual} med gap etter tiltak, {unknown} ukjent(e).",
        "{rows} rad(er), {residual} med gap etter tiltak, {unknown} ukjend(e).",
        "{rows} row(s), {residual} with a gap after actions, {unknown} unknown.",
    ),
    "gap.counted_in": (
        "{id}: {kind}, talt i {basis}",
        "{id}: {kind}, talt i {basis}",
        "{id}: {kind}, counted in {basis}",
    ),
    "gap.x_required": ("påkrevd", "kravd", "required"),
    "gap.x_available": ("tilgjengelig", "tilgjengeleg", "available"),
    "gap.x_planned": ("planlagt", "planlagt", "planned"),
    "gap.x_gap": ("gap", "gap", "gap"),
    "gap.x_residual": ("rest", "rest", "residual"),
    "gap.x_need_type": ("behovstype", "behovstype", "type of need"),
    "gap.over_target": ("over måltall", "over måltal", "above target"),
    "gap.x_projected": (
        "beholdning framskrevet til {year}",
        "behaldning framskriven til {year}",
        "inventory projected to {year}",
    ),
    "gap.x_from_actions": ("fra tiltak", "frå tiltak", "from actions"),
    "gap.x_inventory": ("Beholdning", "Behaldning", "Inventory"),
    "gap.x_drivers": ("Drivere", "Drivarar", "Drivers"),
    "gap.x_actions": ("Tiltak", "Tiltak", "Actions"),
    # --explain: the requirement behind a figure and its projection (present/explain.py)
    "gap.unknown": ("ukjent", "ukjend", "unknown"),
    "gap.x_heading": ("{id}: {title}", "{id}: {title}", "{id}: {title}"),
    "gap.x_measure": ("måling", "måling", "measure"),
    "gap.x_default": (
        " (standard for {basis})",
        " (standard for {basis})",
        " (the default for {basis})",
    ),
    "gap.x_requirement": ("krav", "krav", "requirement"),
    "gap.x_kind": (
        "{kind}, talt i {basis}",
        "{kind}, talt i {basis}",
        "{kind}, counted in {basis}",
    ),
    "gap.x_unit": ("enhet", "eining", "unit"),
    "gap.x_source": ("kilde", "kjelde", "source"),
    "gap.x_rounding": ("avrunding", "avrunding", "rounding"),
    "gap.x_exemption": ("fritak", "fritak", "exemption"),
    "gap.x_exempt": (
        "{persons} personer fritatt",
        "{persons} personar fritekne",
        "{persons} persons exempt",
    ),
    "gap.x_exempt_until": (
        ", til og med {date}",
        ", til og med {date}",
        ", up to and including {date}",
    ),
    "gap.x_exempt_always": (
        ", hele planperioden",
        ", heile planperioden",
        ", for the whole plan period",
    ),
    "gap.x_projection": (
        "Beholdning framskrevet år for år, i {basis} ({percent} % slutter hvert år av dem som er igjen):",
        "Behaldning framskriven år for år, i {basis} ({percent} % sluttar kvart år av dei som er att):",
        "Inventory projected year by year, in {basis} ({percent} % of those left leave each year):",
    ),
    "gap.x_retirement_age": (
        "; pensjonsalder {age}",
        "; pensjonsalder {age}",
        "; retirement age {age}",
    ),
    "gap.x_step": (
        "{year}: {start} − {retiring} går av med pensjon{who} − {turnover} slutter = {end}",
        "{year}: {start} − {retiring} går av med pensjon{who} − {turnover} sluttar = {end}",
        "{year}: {start} − {retiring} retire{who} − {turnover} leave = {end}",
    ),
    "gap.x_same_year": (
        "{year}: som i beholdningen, {end}",
        "{year}: som i behaldninga, {end}",
        "{year}: as in the inventory, {end}",
    ),
    "gap.x_effect": (
        "{title} ({action}): {competence} {amount} {basis} i {year}; {kept} igjen i {to}",
        "{title} ({action}): {competence} {amount} {basis} i {year}; {kept} att i {to}",
        "{title} ({action}): {competence} {amount} {basis} in {year}; {kept} left in {to}",
    ),
    "gap.x_effect_in": (" i {unit}", " i {unit}", " in {unit}"),
    "gap.x_driver": (
        "{name} ({id}) {year}: {value}",
        "{name} ({id}) {year}: {value}",
        "{name} ({id}) {year}: {value}",
    ),
    "gap.b_prosent": ("prosent", "prosent", "percent"),
    # formulas: rounding, exemptions, the staff a share is taken of, average position size
    "gap.rv_opp": ("opp", "opp", "up"),
    "gap.rv_nærmeste": ("nærmeste", "næraste", "to the nearest"),
    "gap.rv_ned": ("ned", "ned", "down"),
    "gap.rv_ingen": ("ingen", "ingen", "not at all"),
    "gap.f_rounded": (
        ", avrundet {rounding}: {required}",
        ", avrunda {rounding}: {required}",
        ", rounded {rounding}: {required}",
    ),
    "gap.f_of": (" med {competences}", " med {competences}", " with {competences}"),
    "gap.f_demand": (" som enheten trenger", " som eininga treng", " the unit needs"),
    "gap.f_exempt_until": (
        " til og med {date}",
        " til og med {date}",
        " up to and including {date}",
    ),
    "gap.f_exempt_ended": (
        ", fritaket for {exempt} gjaldt til og med {date}",
        ", fritaket for {exempt} galdt til og med {date}",
        ", the exemption of {exempt} ended {date}",
    ),
    "gap.f_average": (
        "gjennomsnittlig stillingsstørrelse minst {percent} %",
        "gjennomsnittleg stillingsstorleik minst {percent} %",
        "average position size at least {percent} %",
    ),
    # what a requirement measures, before actions (the table's measure column)
    "gap.measure": ("Måling", "Måling", "Measure"),
    "gap.m_share": ("andel {value}", "del {value}", "share {value}"),
    "gap.m_full_time_share": ("heltid {value}", "heiltid {value}", "full time {value}"),
    "gap.m_under_minimum": (
        "under {limit} %: {value}",
        "under {limit} %: {value}",
        "under {limit} %: {value}",
    ),
    "gap.m_average_position": ("snitt {value}", "snitt {value}", "average {value}"),
    "gap.m_of": (
        "{count} av {total} ({value})",
        "{count} av {total} ({value})",
        "{count} of {total} ({value})",
    ),
    "gap.m_at_least": (
        ", mål minst {target} %",
        ", mål minst {target} %",
        ", target at least {target} %",
    ),
    "gap.m_at_most": (
        ", mål høyst {target} %",
        ", mål høgst {target} %",
        ", target at most {target} %",
    ),
    "gap.n_unknown": (
        "{requirement} ({unit}, {years}): ukjent, enheten har ingen beholdning (K809).",
        "{requirement} ({unit}, {years}): ukjend, eininga har inga behaldning (K809).",
        "{requirement} ({unit}, {years}): unknown, the unit has no inventory (K809).",
    ),
    "gap.x_unknown": (
        "ukjent: enheten har ingen beholdning",
        "ukjend: eininga har inga behaldning",
        "unknown: the unit has no inventory",
    ),
    # rounding, as the requirement sets it (or the default for its basis)
    "gap.r_opp": ("rundes opp", "blir runda opp", "rounded up"),
    "gap.r_nærmeste": (
        "rundes til nærmeste hele tall",
        "blir runda til næraste heile tal",
        "rounded to the nearest whole number",
    ),
    "gap.r_ned": ("rundes ned", "blir runda ned", "rounded down"),
    "gap.r_ingen": ("rundes ikke", "blir ikkje runda", "not rounded"),
    "gap.r_personer": (
        "hele personer: opp for et minimum, ned for et maksimum",
        "heile personar: opp for eit minimum, ned for eit maksimum",
        "whole persons: up for a minimum, down for a maximum",
    ),
    "gap.r_årsverk": ("årsverk rundes ikke", "årsverk blir ikkje runda", "FTE are not rounded"),
    # the kinds of source a requirement comes from
    "gap.src_kommuneplan": ("kommuneplan", "kommuneplan", "municipal master plan"),
    "gap.src_arbeidsgiverstrategi": (
        "arbeidsgiverstrategi",
        "arbeidsgjevarstrategi",
        "employer strategy",
    ),
    "gap.src_sektorplan": ("sektorplan", "sektorplan", "sector plan"),
    "gap.src_lov": ("lov", "lov", "act"),
    "gap.src_forskrift": ("forskrift", "forskrift", "regulation"),
    "gap.src_tariffavtale": ("tariffavtale", "tariffavtale", "collective agreement"),
    "gap.src_nasjonal føring": ("nasjonal føring", "nasjonal føring", "national guideline"),
    "gap.src_anbefaling": ("anbefaling", "tilråding", "recommendation"),
    "gap.src_lokalt mål": ("lokalt mål", "lokalt mål", "local target"),
    "gap.src_annet": ("annet", "anna", "other"),
    # formulas, sources and notes of the gap analysis (present/gap.py words them)
    "gap.f_ratio": (
        "({terms}) = {raw}, avrundet {rounding}: {required}",
        "({terms}) = {raw}, avrunda {rounding}: {required}",
        "({terms}) = {raw}, rounded {rounding}: {required}",
    ),
    "gap.f_share": (
        "{percent} % av {total} {basis} = {required}",
        "{percent} % av {total} {basis} = {required}",
        "{percent} % of {total} {basis} = {required}",
    ),
    "gap.f_share_max": (
        "høyst {percent} % av {total} {basis} = {required}",
        "høgst {percent} % av {total} {basis} = {required}",
        "at most {percent} % of {total} {basis} = {required}",
    ),
    "gap.f_share_after": (
        "; etter tiltak {grown} {basis}, som gir {after}",
        "; etter tiltak {grown} {basis}, som gjev {after}",
        "; after the actions {grown} {basis}, which gives {after}",
    ),
    "gap.f_count": ("minst {minimum}", "minst {minimum}", "at least {minimum}"),
    "gap.f_agreed": (
        " − {agreed} ved avtale",
        " − {agreed} ved avtale",
        " − {agreed} by agreement",
    ),
    "gap.f_role": ("alle i rollen {role}", "alle i rolla {role}", "everyone in the role {role}"),
    "gap.f_everyone": ("alle ansatte", "alle tilsette", "all staff"),
    "gap.f_persons": (
        "{who}: {persons} personer",
        "{who}: {persons} personar",
        "{who}: {persons} persons",
    ),
    "gap.f_exempt": (", {exempt} fritatt", ", {exempt} fritekne", ", {exempt} exempt"),
    "gap.f_deadline": (", frist {date}", ", frist {date}", ", deadline {date}"),
    "gap.f_new_positions": (
        "ingen nye stillinger under {percent} %; høyst dagens {below} personer",
        "ingen nye stillingar under {percent} %; høgst dagens {below} personar",
        "no new positions under {percent} %; at most today's {below} persons",
    ),
    "gap.f_positions": (
        "ingen stillinger under {percent} %",
        "ingen stillingar under {percent} %",
        "no positions under {percent} %",
    ),
    "gap.f_full_time": (
        "{percent} % heltid av {total} personer",
        "{percent} % heiltid av {total} personar",
        "{percent} % full time of {total} persons",
    ),
    "gap.s_inventory": (
        "{where} per {date}: {persons} personer, {fte} årsverk",
        "{where} per {date}: {persons} personar, {fte} årsverk",
        "{where} as of {date}: {persons} persons, {fte} FTE",
    ),
    "gap.s_all": ("alle", "alle", "all"),
    "gap.s_role": (" i rollen {role}", " i rolla {role}", " in the role {role}"),
    "gap.s_source": (", kilde: {source}", ", kjelde: {source}", ", source: {source}"),
    "gap.s_table": (" tabell {table}", " tabell {table}", " table {table}"),
    "gap.s_effect": (
        "{action}: {amount} {competence} fra {year}",
        "{action}: {amount} {competence} frå {year}",
        "{action}: {amount} {competence} from {year}",
    ),
    "gap.n_absorbed": (
        "{action}: {amount} {competence} i {year} er før beholdningen for {unit} ble telt opp, og regnes som med i den allerede.",
        "{action}: {amount} {competence} i {year} er før behaldninga for {unit} vart talt opp, og blir rekna som med i henne alt.",
        "{action}: {amount} {competence} in {year} is before the inventory of {unit} was counted, and is taken to be in it already.",
    ),
    "gap.n_too-large": (
        "tallene er for store til å regne med.",
        "tala er for store til å rekne med.",
        "the figures are too large to compute with.",
    ),
    "gap.n_no-driver-value": (
        "driveren «{driver}» har ingen verdi for {year}.",
        "drivaren «{driver}» har ingen verdi for {year}.",
        "the driver «{driver}» has no value for {year}.",
    ),
    "gap.n_no-staff": (
        "ingen ansatte å regne andelen av (mangler rad for alle ansatte).",
        "ingen tilsette å rekne delen av (manglar rad for alle tilsette).",
        "no staff to take the share of (no row for all staff).",
    ),
    "gap.n_no-position-sizes": (
        "beholdningen har ingen stillingsstørrelser for enheten.",
        "behaldninga har ingen stillingsstorleikar for eininga.",
        "the inventory has no position sizes for the unit.",
    ),
}
