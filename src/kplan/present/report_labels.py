"""The labels of the reports kplan prints (gap, cost, status, diff, log), in bokmål, nynorsk
and English: one row per label, like the document labels in `labels.py`, which merges them
into its one table. Keys are namespaced by report (`status.title`, `diff.header`); `{name}`
placeholders are filled by `Labels.__call__`.

The bokmål column is what the reports have always printed: scripts and tests compare it byte
for byte.
"""

from __future__ import annotations

REPORT_LABELS: dict[str, tuple[str, str, str]] = {
    "note": ("Merk", "Merk", "Note"),
    "worktree": ("arbeidskopien", "arbeidskopien", "the working tree"),
    # --- kplan status --------------------------------------------------------------------
    "status.title": (
        "Oppfølging av kompetanseplanen {year}",
        "Oppfølging av kompetanseplanen {year}",
        "Follow-up of the competence plan {year}",
    ),
    "status.actions": ("Tiltakene", "Tiltaka", "The actions"),
    "status.id": ("Id", "Id", "Id"),
    "status.action": ("Tiltak", "Tiltak", "Action"),
    "status.unit": ("Enhet", "Eining", "Unit"),
    "status.status": ("Status", "Status", "Status"),
    "status.period": ("Periode", "Periode", "Period"),
    "status.late": ("Forsinket", "Forseinka", "Late"),
    "status.planned": ("Planlagt {year}", "Planlagt {year}", "Planned {year}"),
    "status.spent": ("Brukt {year}", "Brukt {year}", "Spent {year}"),
    "status.evaluation": ("Evaluering", "Evaluering", "Evaluation"),
    "status.level": ("nivå {n}", "nivå {n}", "level {n}"),
    "status.result": ("resultat", "resultat", "result"),
    "status.total": ("Sum", "Sum", "Total"),
    "status.summary": ("Oppsummering", "Oppsummering", "Summary"),
    "status.by_status": ("Tiltak etter status", "Tiltak etter status", "Actions by status"),
    "status.late_count": (
        "{n} av {of} tiltak er forsinket.",
        "{n} av {of} tiltak er forseinka.",
        "{n} of {of} actions are late.",
    ),
    "status.money": (
        "Planlagt netto i {year}: {planned}. Brukt: {spent}. Avvik: {diff}.",
        "Planlagt netto i {year}: {planned}. Brukt: {spent}. Avvik: {diff}.",
        "Planned net in {year}: {planned}. Spent: {spent}. Difference: {diff}.",
    ),
    "status.evaluated": (
        "{n} av {of} tiltak ({pct} %) evalueres på Kirkpatrick-nivå 2 eller høyere.",
        "{n} av {of} tiltak ({pct} %) vert evaluerte på Kirkpatrick-nivå 2 eller høgare.",
        "{n} of {of} actions ({pct} %) are evaluated at Kirkpatrick level 2 or higher.",
    ),
    "status.with_result": (
        "{n} av {of} tiltak ({pct} %) har et registrert resultat.",
        "{n} av {of} tiltak ({pct} %) har eit registrert resultat.",
        "{n} of {of} actions ({pct} %) have a recorded result.",
    ),
    "status.not_cancelled": (
        "Avlyste tiltak er ikke med i evalueringsandelene.",
        "Avlyste tiltak er ikkje med i evalueringsdelane.",
        "Cancelled actions are not counted in the evaluation shares.",
    ),
    # --- kplan diff: the plan's sections, as one item of each is called ---------------------
    "section.plan": ("planen", "planen", "plan"),
    "section.decisions": ("vedtak", "vedtak", "decision"),
    "section.goals": ("mål", "mål", "goal"),
    "section.strategies": ("strategi", "strategi", "strategy"),
    "section.units": ("enhet", "eining", "unit"),
    "section.competences": ("kompetanse", "kompetanse", "competence"),
    "section.requirements": ("krav", "krav", "requirement"),
    "section.needs": ("behov", "behov", "need"),
    "section.actions": ("tiltak", "tiltak", "action"),
    "section.inventory": ("beholdning", "behaldning", "inventory"),
    "section.drivers": ("driver", "drivar", "driver"),
    "section.analysis": ("analyseoppsett", "analyseoppsett", "analysis settings"),
    "diff.header": (
        "Endringer fra {old} til {new}:",
        "Endringar frå {old} til {new}:",
        "Changes from {old} to {new}:",
    ),
    "diff.none": (
        "ingen endringer i planens innhold",
        "ingen endringar i innhaldet i planen",
        "no changes in the plan's content",
    ),
    "diff.gap_text": (
        "Gap etter tiltak (enhet / år)",
        "Gap etter tiltak (eining / år)",
        "Gap after actions (unit / year)",
    ),
    "diff.cost_text": (
        "Netto kostnad (år / strategi)",
        "Netto kostnad (år / strategi)",
        "Net cost (year / strategy)",
    ),
    "diff.counts": (
        "{added} lagt til, {removed} fjernet, {changed} endret.",
        "{added} lagt til, {removed} fjerna, {changed} endra.",
        "{added} added, {removed} removed, {changed} changed.",
    ),
    "diff.md_title": (
        "Endringer i planen fra {old} til {new}",
        "Endringar i planen frå {old} til {new}",
        "Changes in the plan from {old} to {new}",
    ),
    "diff.added": ("Nytt", "Nytt", "Added"),
    "diff.removed": ("Fjernet", "Fjerna", "Removed"),
    "diff.changed": ("Endret", "Endra", "Changed"),
    "diff.what": ("Hva", "Kva", "What"),
    "diff.id": ("Id", "Id", "Id"),
    "diff.field": ("Felt", "Felt", "Field"),
    "diff.before": ("Før", "Før", "Before"),
    "diff.now": ("Nå", "No", "Now"),
    "diff.title": ("Tittel", "Tittel", "Title"),
    "diff.change": ("Endring", "Endring", "Change"),
    "diff.gap_md": (
        "Gap etter tiltak per enhet og år",
        "Gap etter tiltak per eining og år",
        "Gap after actions per unit and year",
    ),
    "diff.cost_md": (
        "Netto kostnad per budsjettår og strategi",
        "Netto kostnad per budsjettår og strategi",
        "Net cost per budget year and strategy",
    ),
    "diff.none_md": (
        "Ingen endringer i planens innhold.",
        "Ingen endringar i innhaldet i planen.",
        "No changes in the plan's content.",
    ),
    "diff.size": (
        "{persons} personer, {fte} årsverk",
        "{persons} personar, {fte} årsverk",
        "{persons} persons, {fte} FTE",
    ),
    "diff.errors": (
        "{label}: {n} feil i planen; deler med feil er utelatt (første: {first})",
        "{label}: {n} feil i planen; delar med feil er utelatne (første: {first})",
        "{label}: {n} errors in the plan; parts with errors are left out (first: {first})",
    ),
    "diff.unreadable": (
        "{label}: planen kunne ikke leses.",
        "{label}: planen kunne ikkje lesast.",
        "{label}: the plan could not be read.",
    ),
    # --- kplan log -------------------------------------------------------------------------
    "log.added": ("lagt til", "lagt til", "added"),
    "log.removed": ("fjernet", "fjerna", "removed"),
    "log.changed": ("endret", "endra", "changed"),
    "log.first": ("første versjon", "første versjon", "first version"),
    "log.shallow": (
        "eldste versjon i denne grunne klonen; historikken før den mangler",
        "eldste versjon i denne grunne klonen; historikken før han manglar",
        "oldest version in this shallow clone; the history before it is missing",
    ),
    "log.has_errors": (
        "planen har feil i denne versjonen",
        "planen har feil i denne versjonen",
        "the plan has errors in this version",
    ),
    "log.unknown_date": ("(ukjent dato)", "(ukjend dato)", "(unknown date)"),
    "log.adopted": ("vedtatt", "vedteken", "adopted"),
    "log.empty": (
        "Ingen versjoner av planen i git ennå.",
        "Ingen versjonar av planen i git enno.",
        "No versions of the plan in git yet.",
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
    # --- kplan cost (gross, grants, net, action, unit, strategy: in labels.py) ---------------
    "cost.year": ("Budsjettår", "Budsjettår", "Budget year"),
    "cost.title": (
        "Kostnader, netto etter tilskudd",
        "Kostnader, netto etter tilskot",
        "Costs, net of grants",
    ),
    "cost.total": ("Sum netto: {amount}", "Sum netto: {amount}", "Total net: {amount}"),
}
