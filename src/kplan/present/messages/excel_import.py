"""Messages of `kplan excel import`: key → (bokmål, nynorsk, English).

What the import says about the form it read: that nothing is written without --write, which
files it wrote, that actions missing from the workbook stay, and why it will not write."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    "excel_import.dry_run": (
        "Ingenting er skrevet; kjør med --write for å lagre.",
        "Ingenting er skrive; køyr med --write for å lagre.",
        "Nothing is written; run with --write to save.",
    ),
    "excel_import.written": (
        "Skrev {files}.",
        "Skreiv {files}.",
        "Wrote {files}.",
    ),
    "excel_import.no_change": (
        "Arbeidsboka endrer ingenting i planen.",
        "Arbeidsboka endrar ingenting i planen.",
        "The workbook changes nothing in the plan.",
    ),
    "excel_import.nothing_written": (
        "Ingenting er skrevet.",
        "Ingenting er skrive.",
        "Nothing is written.",
    ),
    "excel_import.blocked": (
        "Ingenting er skrevet: rett cellene over i arbeidsboka og importer den igjen.",
        "Ingenting er skrive: rett cellene over i arbeidsboka og importer henne igjen.",
        "Nothing is written: correct the cells above in the workbook and import it again.",
    ),
    "excel_import.invalid": (
        "Med arbeidsboka lagt inn ville planen fått {n} feil, så ingenting er skrevet:",
        "Med arbeidsboka lagd inn ville planen fått {n} feil, så ingenting er skrive:",
        "With the workbook applied the plan would have {n} errors, so nothing is written:",
    ),
    "excel_import.warnings": (
        "Med arbeidsboka lagt inn får planen {n} nye advarsler; de hindrer ikke lagring:",
        "Med arbeidsboka lagd inn får planen {n} nye åtvaringar; dei hindrar ikkje lagring:",
        "With the workbook applied the plan gets {n} new warnings; they do not keep it from "
        "being saved:",
    ),
    "excel_import.untouched.one": (
        "1 tiltak i planen har ingen rad i arbeidsboka; det står som før (kplan fjerner aldri "
        "tiltak ved import: sett status «avlyst» for å avslutte et).",
        "1 tiltak i planen har inga rad i arbeidsboka; det står som før (kplan fjernar aldri "
        "tiltak ved import: set status «avlyst» for å avslutte eitt).",
        "1 action of the plan has no row in the workbook; it stays as it is (kplan never "
        "removes an action on import: set its status to «avlyst» to end it).",
    ),
    "excel_import.untouched.many": (
        "{n} tiltak i planen har ingen rad i arbeidsboka; de står som før (kplan fjerner aldri "
        "tiltak ved import: sett status «avlyst» for å avslutte et).",
        "{n} tiltak i planen har inga rad i arbeidsboka; dei står som før (kplan fjernar aldri "
        "tiltak ved import: set status «avlyst» for å avslutte eitt).",
        "{n} actions of the plan have no row in the workbook; they stay as they are (kplan "
        "never removes an action on import: set its status to «avlyst» to end it).",
    ),
    "excel_import.matched": (
        "Arket «{sheet}», rad {row}: ingen id, men samme enhet og tittel som tiltaket {id}; "
        "raden er lest som det tiltaket, ikke som et nytt.",
        "Arket «{sheet}», rad {row}: ingen id, men same eining og tittel som tiltaket {id}; "
        "rada er lesen som det tiltaket, ikkje som eit nytt.",
        "Sheet «{sheet}», row {row}: no id, but the same unit and title as action {id}; the "
        "row is read as that action, not as a new one.",
    ),
    "excel_import.matched_more": (
        "… og {n} rader til uten id er lest som tiltakene med samme enhet og tittel "
        "(--format json viser alle).",
        "… og {n} rader til utan id er lesne som tiltaka med same eining og tittel "
        "(--format json viser alle).",
        "… and {n} more rows without an id are read as the actions of the same unit and title "
        "(--format json shows them all).",
    ),
    "excel_import.crossed": (
        "Arket «{sheet}», rad {row}: «{column}» for {id} er endret både i planen og i "
        "arbeidsboka siden skjemaet ble laget; arbeidsbokas verdi er tatt (se endringen under).",
        "Arket «{sheet}», rad {row}: «{column}» for {id} er endra både i planen og i "
        "arbeidsboka sidan skjemaet vart laga; verdien i arbeidsboka er teken (sjå endringa "
        "under).",
        "Sheet «{sheet}», row {row}: «{column}» of {id} was changed both in the plan and in the "
        "workbook since the form was made; the workbook's value is taken (see the change "
        "below).",
    ),
    "excel_import.plan_invalid": (
        "planen i {path} har feil; rett dem (kplan validate) før du importerer arbeidsboka.",
        "planen i {path} har feil; rett dei (kplan validate) før du importerer arbeidsboka.",
        "the plan in {path} has errors; correct them (kplan validate) before importing the "
        "workbook.",
    ),
    "excel_import.cannot_edit": (
        "kplan kan ikke legge arbeidsboka inn i {file} uten å endre mer av fila enn "
        "endringene selv; ingenting er skrevet. Gjør endringen for hånd.",
        "kplan kan ikkje leggje arbeidsboka inn i {file} utan å endre meir av fila enn "
        "endringane sjølve; ingenting er skrive. Gjer endringa for hand.",
        "kplan cannot apply the workbook to {file} without changing more of the file than the "
        "changes themselves; nothing is written. Make the change by hand.",
    ),
    "excel_import.not_utf8": (
        "{file} er ikke UTF-8, og kplan skriver ikke i den; lagre den som UTF-8 først.",
        "{file} er ikkje UTF-8, og kplan skriv ikkje i henne; lagre henne som UTF-8 først.",
        "{file} is not UTF-8, and kplan does not write to it; save it as UTF-8 first.",
    ),
    "excel_import.changed_meanwhile": (
        "{file} ble endret mens importen lagde endringene; ingenting er skrevet. Kjør "
        "importen igjen.",
        "{file} vart endra medan importen laga endringane; ingenting er skrive. Køyr "
        "importen igjen.",
        "{file} changed while the import was preparing its changes; nothing is written. Run "
        "the import again.",
    ),
}
