"""The labels of the reports kplan prints (gap, cost, status, diff, log), in bokmål, nynorsk
and English: one row per label, like the document labels in `labels.py`, which merges them
into its one table. Keys are namespaced by report (`status.title`, `diff.header`); `{name}`
placeholders are filled by `Labels.__call__`.

The bokmål column is what the reports have always printed: scripts and tests compare it byte
for byte.
"""

from __future__ import annotations

from kplan.present.gap_labels import GAP_LABELS

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
        "{n} av {of} tiltak ({pct} %) er evaluert på Kirkpatrick-nivå 2 eller høyere (registrert resultat).",
        "{n} av {of} tiltak ({pct} %) er evaluerte på Kirkpatrick-nivå 2 eller høgare (registrert resultat).",
        "{n} of {of} actions ({pct} %) have been evaluated at Kirkpatrick level 2 or higher (recorded result).",
    ),
    "status.planned_level2": (
        "{n} av {of} tiltak ({pct} %) har planlagt evaluering på Kirkpatrick-nivå 2 eller høyere.",
        "{n} av {of} tiltak ({pct} %) har planlagt evaluering på Kirkpatrick-nivå 2 eller høgare.",
        "{n} of {of} actions ({pct} %) have an evaluation planned at Kirkpatrick level 2 or higher.",
    ),
    "status.result_level": ("resultat nivå {n}", "resultat nivå {n}", "result level {n}"),
    "status.unreported": ("ikke rapportert", "ikkje rapportert", "not reported"),
    "status.money_none": (
        "Planlagt netto i {year}: {planned}. Brukt: ikke rapportert.",
        "Planlagt netto i {year}: {planned}. Brukt: ikkje rapportert.",
        "Planned net in {year}: {planned}. Spent: not reported.",
    ),
    "status.money_uncompared": (
        "Planlagt netto i {year}: {planned}. Brukt: {spent}, av tiltak uten beløp å sammenligne "
        "med.",
        "Planlagt netto i {year}: {planned}. Brukt: {spent}, av tiltak utan beløp å samanlikne "
        "med.",
        "Planned net in {year}: {planned}. Spent: {spent}, by actions with no amount to compare "
        "it with.",
    ),
    "status.unpriced_count": (
        "{n} tiltak har ikke kostnaden som et beløp, og er ikke med i det planlagte.",
        "{n} tiltak har ikkje kostnaden som eit beløp, og er ikkje med i det planlagde.",
        "{n} actions do not give their cost as an amount and are not in the planned figure.",
    ),
    "status.money_part": (
        "Planlagt netto i {year}: {planned}. Brukt: {spent}. "
        "Avvik for tiltakene med rapportert forbruk: {diff}.",
        "Planlagt netto i {year}: {planned}. Brukt: {spent}. "
        "Avvik for tiltaka med rapportert forbruk: {diff}.",
        "Planned net in {year}: {planned}. Spent: {spent}. "
        "Difference for the actions that report spending: {diff}.",
    ),
    "status.unreported_count": (
        "Forbruk er ikke rapportert for {n} tiltak med {planned} planlagt.",
        "Forbruk er ikkje rapportert for {n} tiltak med {planned} planlagt.",
        "Spending is not reported for {n} actions with {planned} planned.",
    ),
    "status.steps": ("Forsinkede steg", "Forseinka steg", "Late steps"),
    "status.late_steps": (
        "{n} av {of} steg i fremdriftsplanen er forsinket.",
        "{n} av {of} steg i framdriftsplanen er forseinka.",
        "{n} of {of} steps in the progress plan are late.",
    ),
    "status.step": (
        "Steg {n}{name}: frist {deadline}, status {status}.",
        "Steg {n}{name}: frist {deadline}, status {status}.",
        "Step {n}{name}: deadline {deadline}, status {status}.",
    ),
    "status.step_unknown": ("ukjent", "ukjend", "unknown"),
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
    "section.staffing": ("bemanningslinje", "bemanningslinje", "staffing line"),
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
    # --- kplan cost (gross, grants, net, action, unit, strategy: in labels.py) ---------------
    "cost.year": ("Budsjettår", "Budsjettår", "Budget year"),
    "cost.title": (
        "Kostnader, netto etter tilskudd",
        "Kostnader, netto etter tilskot",
        "Costs, net of grants",
    ),
    "cost.total": ("Sum netto: {amount}", "Sum netto: {amount}", "Total net: {amount}"),
    **GAP_LABELS,
}
