"""Messages of the run stage (analysis, document, reports): key → (bokmål, nynorsk, English).

What `kplan gap`, `cost`, `status` and `render` say when an option does not fit the plan, a
template or an output file is refused or the PDF cannot be made, and the counts in the reports'
summary lines. A count has a `.one` row for 1 and a `.many` row for every other number.
"""

from __future__ import annotations

from kplan.present.messages.run_files import OUTPUT, TEMPLATES

_OPTIONS: dict[str, tuple[str, str, str]] = {
    # --unit, --year, --scenario: an option the plan does not answer
    "run.unit.none": (
        "--unit {unit}: planen har ingen enhet med den id-en.{hint}",
        "--unit {unit}: planen har inga eining med den id-en.{hint}",
        "--unit {unit}: the plan has no unit with that id.{hint}",
    ),
    "run.unit.is_name": (
        " «{name}» er navnet på en enhet; skriv id-en: --unit {id}",
        " «{name}» er namnet på ei eining; skriv id-en: --unit {id}",
        " «{name}» is a unit's name; write its id: --unit {id}",
    ),
    "run.unit.did_you_mean": (
        " Mente du «{id}»?",
        " Meinte du «{id}»?",
        " Did you mean «{id}»?",
    ),
    "run.unit.ids": (
        " Enhetene i planen har id-ene {ids}.",
        " Einingane i planen har id-ane {ids}.",
        " The plan's units have the ids {ids}.",
    ),
    "run.unit.no_units": (
        " Planen har ingen enheter.",
        " Planen har ingen einingar.",
        " The plan has no units.",
    ),
    "run.year.no_years": (
        "--year {year}: analysen gjelder ingen år.",
        "--year {year}: analysen gjeld ingen år.",
        "--year {year}: the analysis covers no years.",
    ),
    "run.year.outside": (
        "--year {year}: analysen gjelder årene {first}–{last}.",
        "--year {year}: analysen gjeld åra {first}–{last}.",
        "--year {year}: the analysis covers {first}-{last}.",
    ),
    "run.scenario.none": (
        "--scenario «{code}»: ingen driver har det alternativet; {have}.",
        "--scenario «{code}»: ingen drivar har det alternativet; {have}.",
        "--scenario «{code}»: no driver has that alternative; {have}.",
    ),
    "run.scenario.have": (
        "driverne har {codes}",
        "drivarane har {codes}",
        "the drivers have {codes}",
    ),
    "run.scenario.no_alternatives": (
        "ingen driver har alternativer",
        "ingen drivar har alternativ",
        "no driver has alternatives",
    ),
    # a --format the command's result has no printer for (worded as the option parser's)
    "run.format.refused": (
        "Ugyldig verdi for «--format» / «-f»: {format} er ikke blant valgene {choices} "
        "(se «kplan {command} --help»).",
        "Ugyldig verdi for «--format» / «-f»: {format} er ikkje mellom vala {choices} "
        "(sjå «kplan {command} --help»).",
        "Invalid value for '--format' / '-f': {format} is not one of {choices} "
        "(see 'kplan {command} --help').",
    ),
    "run.format.quoted": ("«{value}»", "«{value}»", "'{value}'"),
    "run.format.mismatch": (
        "--format {format} passer ikke med --output {output}, som er navnet på en "
        "{named}-fil: oppgi én av dem, eller la dem stemme overens.",
        "--format {format} passar ikkje med --output {output}, som er namnet på ei "
        "{named}-fil: oppgi éin av dei, eller la dei stemme overeins.",
        "--format {format} does not match --output {output}, which names a {named} file: "
        "give one of them, or make them agree.",
    ),
    "run.format.pdf_needs_output": (
        "--format pdf trenger --output FIL.",
        "--format pdf treng --output FIL.",
        "--format pdf needs --output FILE.",
    ),
    "run.format.unknown": (
        "ukjent format «{format}»",
        "ukjent format «{format}»",
        "unknown format '{format}'",
    ),
}

_VERSIONS: dict[str, tuple[str, str, str]] = {
    # kplan diff and log: the versions to compare
    "run.versions.no_adopted": (
        "Ingen vedtatt versjon ennå: ingen vedtak i planen har "
        "en git_tag. Oppgi versjonen det skal sammenlignes med, for eksempel "
        "kplan diff v1.0.",
        "Ingen vedteken versjon enno: ingen vedtak i planen har "
        "ein git_tag. Oppgi versjonen det skal samanliknast med, til dømes "
        "kplan diff v1.0.",
        "No adopted version yet: no decision in the plan has "
        "a git_tag. Name the version to compare with, e.g. kplan diff v1.0.",
    ),
    "run.versions.tag_missing": (
        "Fant ingen vedtatt versjon: vedtakene i planen oppgir en git_tag som ikke finnes i "
        "dette repoet ({tags}); lag taggen eller hent den. Oppgi versjonen det skal "
        "sammenlignes med, for eksempel kplan diff v1.0.{shallow}",
        "Fann ingen vedteken versjon: vedtaka i planen oppgjev ein git_tag som ikkje finst i "
        "dette repoet ({tags}); lag taggen eller hent han. Oppgi versjonen det skal "
        "samanliknast med, til dømes kplan diff v1.0.{shallow}",
        "No adopted version found: the plan's decisions name a git_tag that does not exist "
        "in this repository ({tags}); create the tag or fetch it. Name the version to compare "
        "with, e.g. kplan diff v1.0.{shallow}",
    ),
    "run.versions.shallow": (
        " Dette er en grunn klone (shallow clone), som kan mangle taggen; hent hele historikken "
        "og taggene (git fetch --unshallow --tags, eller fetch-depth: 0 i CI).",
        " Dette er ein grunn klone (shallow clone), som kan mangle taggen; hent heile "
        "historikken og taggane (git fetch --unshallow --tags, eller fetch-depth: 0 i CI).",
        " This is a shallow clone, which may lack the tag; fetch the whole history and the tags"
        " (git fetch --unshallow --tags, or fetch-depth: 0 in CI).",
    ),
    "run.versions.no_plan_in": (
        "Det finnes ingen plan i «{path}» i {where}: ingen kplan.yaml der. Oppgi mappen til "
        "planen eller kplan.yaml-filen dens.",
        "Det finst ingen plan i «{path}» i {where}: ingen kplan.yaml der. Oppgi mappa til "
        "planen eller kplan.yaml-fila hennar.",
        "There is no plan at «{path}» in {where}: no kplan.yaml there. Name the plan's folder "
        "or its kplan.yaml.",
    ),
    "run.versions.no_plan": (
        "Det finnes ingen plan i «{path}», verken i arbeidskopien eller i HEAD: ingen kplan.yaml "
        "der. Oppgi mappen til planen eller kplan.yaml-filen dens.",
        "Det finst ingen plan i «{path}», verken i arbeidskopien eller i HEAD: ingen kplan.yaml "
        "der. Oppgi mappa til planen eller kplan.yaml-fila hennar.",
        "There is no plan at «{path}», in the working tree or in HEAD: no kplan.yaml there. "
        "Name the plan's folder or its kplan.yaml.",
    ),
    "run.versions.unreadable": (
        "I {where} kunne planen i «{path}» ikke leses, så det er ingenting å sammenligne; "
        "{see} sier hva som er galt.",
        "I {where} kunne planen i «{path}» ikkje lesast, så det er ingenting å samanlikne; "
        "{see} seier kva som er gale.",
        "In {where}, the plan at «{path}» could not be read, so there is nothing to compare; "
        "{see} says what is wrong.",
    ),
    "run.versions.working_tree": ("arbeidskopien", "arbeidskopien", "the working tree"),
    "run.versions.either": ("{a} eller {b}", "{a} eller {b}", "{a} or {b}"),
}

_COUNTS: dict[str, tuple[str, str, str]] = {
    # the reports' summary lines
    "run.gap.summary": (
        "{rows}, {residual} med gap etter tiltak.",
        "{rows}, {residual} med gap etter tiltak.",
        "{rows}, {residual} with a gap after actions.",
    ),
    "run.gap.summary_unknown": (
        "{rows}, {residual} med gap etter tiltak, {unknown}.",
        "{rows}, {residual} med gap etter tiltak, {unknown}.",
        "{rows}, {residual} with a gap after actions, {unknown}.",
    ),
    "run.count.row.one": ("{n} rad", "{n} rad", "{n} row"),
    "run.count.row.many": ("{n} rader", "{n} rader", "{n} rows"),
    "run.count.unknown.one": ("{n} ukjent", "{n} ukjend", "{n} unknown"),
    "run.count.unknown.many": ("{n} ukjente", "{n} ukjende", "{n} unknown"),
    "run.staffing.summary": (
        "{lines}, {open} med rekrutteringsbehov som tiltakene ikke dekker.",
        "{lines}, {open} med rekrutteringsbehov som tiltaka ikkje dekkjer.",
        "{lines}, {open} with a recruitment need the actions do not cover.",
    ),
    "run.staffing.turnover": ("− Annen avgang", "− Anna avgang", "− Turnover"),
    "run.count.staffing_line.one": (
        "{n} bemanningslinje",
        "{n} bemanningslinje",
        "{n} staffing line",
    ),
    "run.count.staffing_line.many": (
        "{n} bemanningslinjer",
        "{n} bemanningslinjer",
        "{n} staffing lines",
    ),
    "run.staffing.unknown.one": (
        "{n} av dem er helt eller delvis ukjent.",
        "{n} av dei er heilt eller delvis ukjend.",
        "{n} of them is wholly or partly unknown.",
    ),
    "run.staffing.unknown.many": (
        "{n} av dem er helt eller delvis ukjente.",
        "{n} av dei er heilt eller delvis ukjende.",
        "{n} of them are wholly or partly unknown.",
    ),
    "run.cost.unpriced.one": (
        "{n} tiltak uten beregnet kostnad ({reason}): {ids}",
        "{n} tiltak utan utrekna kostnad ({reason}): {ids}",
        "{n} action without a calculated cost ({reason}): {ids}",
    ),
    "run.cost.unpriced.many": (
        "{n} tiltak uten beregnet kostnad ({reason}): {ids}",
        "{n} tiltak utan utrekna kostnad ({reason}): {ids}",
        "{n} actions without a calculated cost ({reason}): {ids}",
    ),
}

MESSAGES: dict[str, tuple[str, str, str]] = {
    **_OPTIONS,
    **_VERSIONS,
    **TEMPLATES,
    **OUTPUT,
    **_COUNTS,
}
