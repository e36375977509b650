"""The action form's cover sheet («Slik fyller du ut») and sheet names: key → (bokmål, nynorsk,
English). One text per column says what the column takes."""

from __future__ import annotations

COVER: dict[str, tuple[str, str, str]] = {
    "excel.sheet.cover": ("Slik fyller du ut", "Slik fyller du ut", "How to fill it in"),
    "excel.sheet.no_unit": ("Uten enhet", "Utan eining", "No unit"),
    "excel.sheet.all": ("Alle tiltak", "Alle tiltak", "All actions"),
    "excel.cover.title": (
        "Tiltaksplan: {plan}",
        "Tiltaksplan: {plan}",
        "Action plan: {plan}",
    ),
    "excel.cover.sheets": (
        "Hvert ark er tiltakene til én enhet, med én rad per tiltak.",
        "Kvart ark er tiltaka til éi eining, med éi rad per tiltak.",
        "Each sheet holds one unit's actions, one row per action.",
    ),
    "excel.cover.one_sheet": (
        "Planen har {count} enheter, så alle tiltakene står på ett ark, én rad per tiltak, "
        "sortert etter enhet.",
        "Planen har {count} einingar, så alle tiltaka står på eitt ark, éi rad per tiltak, "
        "sortert etter eining.",
        "The plan has {count} units, so all actions are on one sheet, one row per action, "
        "sorted by unit.",
    ),
    "excel.cover.no_unit": (
        "Tiltak uten enhet står på arket «{sheet}».",
        "Tiltak utan eining står på arket «{sheet}».",
        "Actions without a unit are on the sheet «{sheet}».",
    ),
    "excel.cover.new": (
        "Nytt tiltak: skriv det i en tom rad nederst og la id-kolonnen stå tom; kplan gir det "
        "en id ved import.",
        "Nytt tiltak: skriv det i ei tom rad nedst og la id-kolonnen stå tom; kplan gir det "
        "ein id ved import.",
        "A new action: write it in an empty row at the bottom and leave the id column empty; "
        "kplan gives it an id on import.",
    ),
    "excel.cover.id": (
        "Id-kolonnen er låst: id-en knytter raden til tiltaket i planen. Ikke kopier en rad med "
        "id for å lage et nytt tiltak.",
        "Id-kolonnen er låst: id-en knyter rada til tiltaket i planen. Ikkje kopier ei rad med "
        "id for å lage eit nytt tiltak.",
        "The id column is locked: the id ties the row to the action in the plan. Do not copy a "
        "row with its id to make a new action.",
    ),
    "excel.cover.removed": (
        "Å slette en rad her sletter ikke tiltaket fra planen. Et tiltak som ikke blir noe av, "
        "får status «avlyst».",
        "Å slette ei rad her slettar ikkje tiltaket frå planen. Eit tiltak som ikkje vert noko "
        "av, får status «avlyst».",
        "Deleting a row here does not delete the action from the plan. An action that will not "
        "happen gets the status «avlyst» (cancelled).",
    ),
    "excel.cover.yaml": (
        "Kostnader, effekter og evaluering står bare i planens YAML-filer og endres der.",
        "Kostnader, effektar og evaluering står berre i YAML-filene til planen og vert endra der.",
        "Costs, effects and evaluation are kept in the plan's YAML files only and are changed "
        "there.",
    ),
    "excel.cover.values": (
        "Skriv verdier, ikke formler: kplan regner ikke ut formler.",
        "Skriv verdiar, ikkje formlar: kplan reknar ikkje ut formlar.",
        "Type values, not formulas: kplan never computes formulas.",
    ),
    "excel.cover.import": (
        "Når skjemaet er fylt ut: `kplan excel import {file}` viser endringene i planen, og "
        "`kplan excel import {file} --write` skriver dem.",
        "Når skjemaet er fylt ut: `kplan excel import {file}` viser endringane i planen, og "
        "`kplan excel import {file} --write` skriv dei.",
        "When the form is filled in: `kplan excel import {file}` shows the changes to the plan, "
        "and `kplan excel import {file} --write` writes them.",
    ),
    "excel.cover.columns": ("Kolonnene", "Kolonnane", "The columns"),
    "excel.cover.column": ("Kolonne", "Kolonne", "Column"),
    "excel.cover.takes": ("Hva den tar", "Kva han tek", "What it takes"),
    "excel.help.id": (
        "Gis av kplan; tom for et nytt tiltak.",
        "Vert gjeven av kplan; tom for eit nytt tiltak.",
        "Given by kplan; empty for a new action.",
    ),
    "excel.help.title": (
        "Tiltaket, slik planen sier det (må fylles ut).",
        "Tiltaket, slik planen seier det (må fyllast ut).",
        "The action, as the plan states it (required).",
    ),
    "excel.help.unit": (
        "Enheten som gjennomfører tiltaket (nedtrekksliste); tom: arkets enhet.",
        "Eininga som gjennomfører tiltaket (nedtrekksliste); tom: eininga til arket.",
        "The unit that carries it out (drop-down list); empty: the sheet's unit.",
    ),
    "excel.help.strategy": (
        "KS-strategien: mobilisere, utvikle, anskaffe, rekruttere eller avvikle.",
        "KS-strategien: mobilisere, utvikle, anskaffe, rekruttere eller avvikle.",
        "The KS strategy: mobilisere, utvikle, anskaffe, rekruttere or avvikle.",
    ),
    "excel.help.learning_form": (
        "70 (i eget arbeid), 20 (fra andre) eller 10 (kurs og utdanning).",
        "70 (i eige arbeid), 20 (frå andre) eller 10 (kurs og utdanning).",
        "70 (own work), 20 (from others) or 10 (courses and education).",
    ),
    "excel.help.status": (
        "planlagt, pågår, gjennomført, utsatt eller avlyst; tom: planlagt.",
        "planlagt, pågår, gjennomført, utsatt eller avlyst; tom: planlagt.",
        "planlagt, pågår, gjennomført, utsatt or avlyst; empty: planlagt.",
    ),
    "excel.help.needs": (
        "Id-ene til behovene tiltaket dekker, skilt med komma.",
        "Id-ane til behova tiltaket dekkjer, skilde med komma.",
        "The ids of the needs the action serves, separated by commas.",
    ),
    "excel.help.goals": (
        "Id-ene til målene tiltaket tjener direkte, skilt med komma.",
        "Id-ane til måla tiltaket tener direkte, skilde med komma.",
        "The ids of the goals the action serves directly, separated by commas.",
    ),
    "excel.help.strategies": (
        "Id-ene til planens egne satsingsområder, skilt med komma.",
        "Id-ane til satsingsområda i planen, skilde med komma.",
        "The ids of the plan's own strategies, separated by commas.",
    ),
    "excel.help.arena": (
        "Læringsarenaen (nedtrekksliste).",
        "Læringsarenaen (nedtrekksliste).",
        "The learning arena (drop-down list).",
    ),
    "excel.help.arenas": (
        "Flere læringsarenaer, id-er skilt med komma.",
        "Fleire læringsarenaer, id-ar skilde med komma.",
        "Further learning arenas, ids separated by commas.",
    ),
    "excel.help.target_group": ("Hvem tiltaket er for.", "Kven tiltaket er for.", "Who it is for."),
    "excel.help.responsible": (
        "Hvem som har ansvaret, etter rolle.",
        "Kven som har ansvaret, etter rolle.",
        "Who is responsible, by role.",
    ),
    "excel.help.provider": (
        "Hvem som gir tilbudet, f.eks. en høgskole.",
        "Kven som gir tilbodet, t.d. ein høgskule.",
        "Who provides it, e.g. a university college.",
    ),
    "excel.help.period.start": (
        "Første år (2025), måned (2025-08) eller dag (01.08.2025).",
        "Første år (2025), månad (2025-08) eller dag (01.08.2025).",
        "First year (2025), month (2025-08) or day (01.08.2025).",
    ),
    "excel.help.period.end": (
        "Siste år, måned eller dag; tom: uten slutt.",
        "Siste år, månad eller dag; tom: utan slutt.",
        "Last year, month or day; empty: no end.",
    ),
    "excel.help.period.text": (
        "Perioden med ord, f.eks. «kontinuerlig» eller «etter behov».",
        "Perioden med ord, t.d. «kontinuerleg» eller «etter behov».",
        "The period in words, e.g. «kontinuerlig» or «etter behov».",
    ),
    "excel.help.scope": (
        "Omfang, f.eks. «½ dag» eller «30 studiepoeng».",
        "Omfang, t.d. «½ dag» eller «30 studiepoeng».",
        "How much it takes, e.g. «½ dag» or «30 studiepoeng».",
    ),
    "excel.help.count": (
        "Hvor mange som deltar (helt tall).",
        "Kor mange som deltek (heilt tal).",
        "How many take part (a whole number).",
    ),
    "excel.help.frequency": (
        "Hvor ofte, f.eks. «årlig».",
        "Kor ofte, t.d. «årleg».",
        "How often, e.g. «årlig».",
    ),
    "excel.help.notes": ("Annet.", "Anna.", "Anything else."),
    "excel.validation.title": ("Ikke i listen", "Ikkje i lista", "Not in the list"),
    "excel.validation.error": (
        "Velg en verdi fra nedtrekkslisten.",
        "Vel ein verdi frå nedtrekkslista.",
        "Pick a value from the drop-down list.",
    ),
}
