"""Messages of the check stage about the figures: costs (K901-K903), staffing lines
(K820-K823) and the data the gap analysis needs (K801-K809); key → (bokmål, nynorsk, English).
Part of the check stage's table (`kplan.present.messages.check`), kept apart for its length."""

from __future__ import annotations

FIGURE_MESSAGES: dict[str, tuple[str, str, str]] = {
    # costs (K901-K903)
    "check.k901.no_count": (
        "Kostnaden er per deltaker, men tiltaket sier ikke hvor mange som deltar: skriv "
        "«count:» (hvor mange som deltar), eller «per: totalt» hvis beløpet er hele kostnaden.",
        "Kostnaden er per deltakar, men tiltaket seier ikkje kor mange som deltek: skriv "
        "«count:» (kor mange som deltek), eller «per: totalt» om beløpet er heile kostnaden.",
        "The cost is per participant, but the action has no count: give «count:» (how many "
        "take part), or «per: totalt» if the amount is the whole cost.",
    ),
    "check.k901.no_occasions": (
        "Kostnaden er per gang, men sier ikke hvor mange ganger: skriv «occasions:» under cost:.",
        "Kostnaden er per gong, men seier ikkje kor mange gonger: skriv «occasions:» under cost:.",
        "The cost is per occasion, but says not how many: give «occasions:» on the cost.",
    ),
    "check.k902.not_yearly": (
        "Tiltaket er «{frequency}», men kostnaden kommer {when}: skriv «yearly: true» under "
        "cost: hvis den kommer hvert år.",
        "Tiltaket er «{frequency}», men kostnaden kjem {when}: skriv «yearly: true» under "
        "cost: om han kjem kvart år.",
        "The action is «{frequency}», but its cost falls {when}: give «yearly: true» on the "
        "cost if it falls every year.",
    ),
    "check.k902.once": ("bare én gang", "berre éin gong", "once"),
    "check.k902.every_few_years": (
        "med noen års mellomrom",
        "med nokre års mellomrom",
        "every few years",
    ),
    "check.k902.yearly_once": (
        "Tiltaket går «{frequency}», men kostnaden kommer hvert år.",
        "Tiltaket går «{frequency}», men kostnaden kjem kvart år.",
        "The action runs «{frequency}», but its cost falls every year.",
    ),
    "check.k903.no_period": (
        "Kostnaden kommer igjen eller er fordelt over flere år, men tiltaket har ingen "
        "periode: da kommer hele kostnaden i ett år. Gi tiltaket en periode (period:).",
        "Kostnaden kjem att eller er fordelt over fleire år, men tiltaket har ingen periode: "
        "då kjem heile kostnaden i eitt år. Gi tiltaket ein periode (period:).",
        "The cost recurs or is spread over years, but the action has no period: it falls in "
        "one year. Give the action a period.",
    ),
    # staffing (K820-K823)
    "check.k820.norm_and_demand": (
        "Linja henter behovet fra normen «{norm}», så demand: blir ikke brukt: behold én av dem.",
        "Linja hentar behovet frå norma «{norm}», så demand: blir ikkje brukt: behald éin av dei.",
        "The line takes its need from the norm «{norm}», so `demand` would not be used: keep "
        "one of them.",
    ),
    "check.k820.no_driver": (
        "Det finnes ingen driver med id-en eller segmentet «{driver}» for «{unit}».{hint}",
        "Det finst ingen drivar med id-en eller segmentet «{driver}» for «{unit}».{hint}",
        "No driver with the id or segment «{driver}» for «{unit}».{hint}",
    ),
    "check.k820.not_ratio": (
        "Normen «{norm}» er ikke et krav om forholdstall (kind: ratio).",
        "Norma «{norm}» er ikkje eit krav om forholdstal (kind: ratio).",
        "The norm «{norm}» is not a ratio requirement (kind: ratio).",
    ),
    "check.k820.not_fte": (
        "Normen «{norm}» teller {basis}; behovet til en bemanningslinje er i årsverk.",
        "Norma «{norm}» tel {basis}; behovet til ei bemanningslinje er i årsverk.",
        "The norm «{norm}» counts {basis}; a staffing line's need is in årsverk.",
    ),
    "check.k820.other_units": (
        "Normen «{norm}» gjelder ikke for «{unit}».",
        "Norma «{norm}» gjeld ikkje for «{unit}».",
        "The norm «{norm}» does not apply to «{unit}».",
    ),
    "check.k821.no_value": (
        "Driveren «{driver}» har ingen verdi{under} for {years}, som bemanningslinja «{line}» "
        "trenger (fra {snapshot}, året kompetansebeholdningen gjelder, til {end}).",
        "Drivaren «{driver}» har ingen verdi{under} for {years}, som bemanningslinja «{line}» "
        "treng (frå {snapshot}, året kompetansebehaldninga gjeld, til {end}).",
        "The driver «{driver}» has no value{under} for {years}, which the staffing line "
        "«{line}» needs (from the snapshot year {snapshot} to {end}).",
    ),
    "check.k821.under": (
        " i alternativet «{code}»",
        " i alternativet «{code}»",
        " under the alternative «{code}»",
    ),
    "check.k822.strange_bands": (
        "fte_by_age har aldersgrupper som age_bands ikke har ({bands}); bruk de samme "
        "aldersgruppene som i age_bands.",
        "fte_by_age har aldersgrupper som age_bands ikkje har ({bands}); bruk dei same "
        "aldersgruppene som i age_bands.",
        "fte_by_age names band(s) {bands} that age_bands does not have; use the same bands as "
        "age_bands.",
    ),
    "check.k822.total": (
        "fte_by_age blir til sammen {total} årsverk, men fte er {fte}.",
        "fte_by_age blir til saman {total} årsverk, men fte er {fte}.",
        "fte_by_age adds up to {total} årsverk, but fte is {fte}.",
    ),
    "check.k823.twice": (
        "Enda en bemanningslinje for «{unit}», {what} (den første er «{first}»): ha én linje "
        "per enhet og kompetanse.",
        "Endå ei bemanningslinje for «{unit}», {what} (den første er «{first}»): ha éi linje "
        "per eining og kompetanse.",
        "Another staffing line for «{unit}», {what} (the first is «{first}»): keep one line "
        "per unit and competence.",
    ),
    "check.k823.competence": (
        "kompetansen «{competence}»",
        "kompetansen «{competence}»",
        "competence «{competence}»",
    ),
    "check.k823.all_staff": ("alle ansatte", "alle tilsette", "all staff"),
    # analysis data (K801-K809)
    "check.k804.bands": (
        "{field} blir til sammen {sum} personer, men persons er {persons}.",
        "{field} blir til saman {sum} personar, men persons er {persons}.",
        "The {field} add up to {sum} persons, but persons is {persons}.",
    ),
    "check.k804.age_bands": (
        "Aldersgruppene (age_bands)",
        "Aldersgruppene (age_bands)",
        "age bands",
    ),
    "check.k804.position_sizes": (
        "Stillingsstørrelsene (position_sizes)",
        "Stillingsstorleikane (position_sizes)",
        "position sizes",
    ),
    "check.k804.fte": (
        "{fte} årsverk for {persons} personer: mer enn ett årsverk per person.",
        "{fte} årsverk for {persons} personar: meir enn eitt årsverk per person.",
        "{fte} årsverk for {persons} persons: more than one årsverk per person.",
    ),
    "check.k801.old.one": (
        "1 rad i kompetansebeholdningen er fra {date}, {age} måneder siden; planen godtar "
        "høyst {months} måneder (analysis.inventory_max_age_months). Oppdater tallene.",
        "1 rad i kompetansebehaldninga er frå {date}, {age} månader sidan; planen godtek "
        "høgst {months} månader (analysis.inventory_max_age_months). Oppdater tala.",
        "1 inventory row is from {date}, {age} months ago; the plan allows {months} "
        "(analysis.inventory_max_age_months). Update the figures.",
    ),
    "check.k801.old.many": (
        "{n} rader i kompetansebeholdningen er fra {date}, {age} måneder siden; planen "
        "godtar høyst {months} måneder (analysis.inventory_max_age_months). Oppdater tallene.",
        "{n} rader i kompetansebehaldninga er frå {date}, {age} månader sidan; planen godtek "
        "høgst {months} månader (analysis.inventory_max_age_months). Oppdater tala.",
        "{n} inventory rows are from {date}, {age} months ago; the plan allows {months} "
        "(analysis.inventory_max_age_months). Update the figures.",
    ),
    "check.k809.no_inventory": (
        "Ingen kompetansebeholdning for «{unit}» eller enhetene under: tallene for "
        "«{requirement}» der er ukjente, ikke 0. Legg inn beholdningen for enheten.",
        "Inga kompetansebehaldning for «{unit}» eller einingane under: tala for "
        "«{requirement}» der er ukjende, ikkje 0. Legg inn behaldninga for eininga.",
        "No inventory for «{unit}» or the units below it: the figures of «{requirement}» "
        "there are unknown, not 0. Add the unit's inventory.",
    ),
    "check.k803.over_100": (
        "En andel på {value} % er over 100 %.",
        "Ein prosentdel på {value} % er over 100 %.",
        "A share of {value} % is over 100 %.",
    ),
    "check.k805.no_total": (
        "Ingen rad i kompetansebeholdningen har alle ansatte i «{unit}» (en rad uten "
        "competence:), så andelen kan ikke regnes ut.",
        "Inga rad i kompetansebehaldninga har alle tilsette i «{unit}» (ei rad utan "
        "competence:), så prosentdelen kan ikkje reknast ut.",
        "No inventory row with the total staff of «{unit}» (a row without competence), so the "
        "share cannot be taken.",
    ),
    "check.k805.no_rows": (
        "Ingen rader i kompetansebeholdningen for {competences} i «{unit}», så andelen kan "
        "ikke regnes ut.",
        "Ingen rader i kompetansebehaldninga for {competences} i «{unit}», så prosentdelen kan ikkje "
        "reknast ut.",
        "No inventory rows for {competences} in «{unit}», so the share cannot be taken.",
    ),
    "check.k806.one_measure": (
        "Sett nøyaktig én av min_position_percent, full_time_share_percent og "
        "min_average_position_percent; skriv ett krav for hver.",
        "Set nøyaktig éin av min_position_percent, full_time_share_percent og "
        "min_average_position_percent; skriv eitt krav for kvar.",
        "Set exactly one of min_position_percent, full_time_share_percent and "
        "min_average_position_percent; write one requirement for each.",
    ),
    "check.k802.no_value": (
        "Driveren «{driver}» har ingen verdi for {years}, som «{requirement}» trenger for "
        "«{unit}».",
        "Drivaren «{driver}» har ingen verdi for {years}, som «{requirement}» treng for «{unit}».",
        "The driver «{driver}» has no value for {years}, which «{requirement}» needs for «{unit}».",
    ),
    "check.k802.no_segment": (
        "Ingen driver i segmentet «{segment}» for «{unit}».",
        "Ingen drivar i segmentet «{segment}» for «{unit}».",
        "No driver of segment «{segment}» for «{unit}».",
    ),
    "check.k808.twice": (
        "Enda en rad i kompetansebeholdningen for «{unit}», {what}{role}, datert {date} (den "
        "første står i {first}): analysen ville telt bare én av dem. Ha én rad per enhet, "
        "kompetanse, rolle og dato: slett kopien, eller legg sammen tallene i én rad.",
        "Endå ei rad i kompetansebehaldninga for «{unit}», {what}{role}, datert {date} (den "
        "første står i {first}): analysen ville berre talt éi av dei. Ha éi rad per eining, "
        "kompetanse, rolle og dato: slett kopien, eller legg saman tala i éi rad.",
        "Another inventory row for «{unit}», {what}{role}, dated {date} (the first is at "
        "{first}): the analysis would count only one of them. Keep one row per unit, "
        "competence, role and date: delete the copy, or add up the counts in one row.",
    ),
    "check.k808.competence": (
        "kompetansen «{competence}»",
        "kompetansen «{competence}»",
        "competence «{competence}»",
    ),
    "check.k808.total": (
        "alle ansatte (ingen kompetanse)",
        "alle tilsette (ingen kompetanse)",
        "total staff (no competence)",
    ),
    "check.k808.role": (", rollen «{role}»", ", rolla «{role}»", ", role «{role}»"),
    "check.k808.more": (
        "{n} rader til herfra gjentar tidligere rader i kompetansebeholdningen; de er ikke "
        "listet opp hver for seg. En fil som gjentar alle radene, er en eksport som er lest "
        "to ganger: behold én kopi.",
        "{n} rader til herifrå gjentek tidlegare rader i kompetansebehaldninga; dei er ikkje "
        "lista opp kvar for seg. Ei fil som gjentek alle radene, er ein eksport som er lesen "
        "to gonger: behald éin kopi.",
        "{n} more row(s) from here on repeat earlier inventory rows; they are not listed one "
        "by one. A file that repeats every row is an export read twice: keep one copy.",
    ),
    # kplan validate on a file a plan includes (check.included)
    "check.included.note": (
        "Sjekker planen i «{plan}», som tar med «{file}».",
        "Sjekkar planen i «{plan}», som tek med «{file}».",
        "Validating the plan in «{plan}», which includes «{file}».",
    ),
    "check.included.note_folder": (
        "Sjekker planen i «{plan}», som tar med filer fra «{folder}».",
        "Sjekkar planen i «{plan}», som tek med filer frå «{folder}».",
        "Validating the plan in «{plan}», which includes files from «{folder}».",
    ),
    "check.included.by_none": (
        "Denne fila er ikke en hel plan (den har ikke plan:), og ingen plan tar den med: "
        "{plans} nevner den ikke under include:. Legg den til der, eller sjekk planen: "
        "kplan validate {first}",
        "Denne fila er ikkje ein heil plan (ho har ikkje plan:), og ingen plan tek henne med: "
        "{plans} nemner henne ikkje under include:. Legg henne til der, eller sjekk planen: "
        "kplan validate {first}",
        "This file is not a whole plan (it has no plan:), and no plan includes it: {plans} "
        "does not name it under include:. Add it there, or validate the plan: "
        "kplan validate {first}",
    ),
    "check.included.csv_by_none": (
        "Ingen plan leser denne CSV-fila: {plans} nevner den ikke under analysis: "
        "(inventory_files eller driver_files). Legg den til der, eller sjekk planen: "
        "kplan validate {first}",
        "Ingen plan les denne CSV-fila: {plans} nemner henne ikkje under analysis: "
        "(inventory_files eller driver_files). Legg henne til der, eller sjekk planen: "
        "kplan validate {first}",
        "No plan reads this CSV file: {plans} does not name it under analysis: "
        "(inventory_files or driver_files). Add it there, or validate the plan: "
        "kplan validate {first}",
    ),
    "check.included.no_plan": (
        "Denne fila er ikke en hel plan (den har ikke plan:), og det finnes ingen kplan.yaml i "
        "denne mappa eller mappene over. En plan er en mappe med kplan.yaml som tar med fila "
        "under include:, eller én fil med plan: og resten av planen.",
        "Denne fila er ikkje ein heil plan (ho har ikkje plan:), og det finst ingen kplan.yaml "
        "i denne mappa eller mappene over. Ein plan er ei mappe med kplan.yaml som tek med "
        "fila under include:, eller éi fil med plan: og resten av planen.",
        "This file is not a whole plan (it has no plan:), and there is no kplan.yaml in its "
        "folder or the folders above. A plan is a folder with a kplan.yaml that includes the "
        "file under include:, or one file with plan: and the rest of the plan.",
    ),
}
