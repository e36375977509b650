"""Messages of the plan stage and the spelling hints: key → (bokmål, nynorsk, English).

Keys «plan.» are said by kplan.plan (the model's errors, the plan's files); keys «hint.» by
kplan.hints (a look-alike letter, «did you mean»), for every stage that quotes a hint.
"""

from __future__ import annotations

_HINTS: dict[str, tuple[str, str, str]] = {
    "hint.tail": (" {hint}", " {hint}", " {hint}"),
    "hint.did_you_mean": (" Mente du «{key}»?", " Meinte du «{key}»?", " Did you mean «{key}»?"),
    "hint.name_not_id": (
        " «{name}» er navnet; her skal id-en stå: «{id}».",
        " «{name}» er namnet; her skal id-en stå: «{id}».",
        " «{name}» is the name; the id belongs here: «{id}».",
    ),
    "hint.decomposed_letter_retype": (
        "«{value}» er skrevet med en oppdelt «{letter}» (bokstav og aksent hver for seg, slik "
        "noen kopier fra Mac og nettsider gir det); skriv det inn på nytt.",
        "«{value}» er skrive med ein oppdelt «{letter}» (bokstav og aksent kvar for seg, slik "
        "somme kopiar frå Mac og nettsider gir det); skriv det inn på nytt.",
        "«{value}» is written with a decomposed «{letter}» (a letter and a separate accent, as "
        "some Mac and web copies give it); retype it.",
    ),
    "hint.decomposed_retype": (
        "«{value}» er skrevet med en oppdelt bokstav (bokstav og aksent hver for seg, slik noen "
        "kopier fra Mac og nettsider gir det); skriv det inn på nytt.",
        "«{value}» er skrive med ein oppdelt bokstav (bokstav og aksent kvar for seg, slik somme "
        "kopiar frå Mac og nettsider gir det); skriv det inn på nytt.",
        "«{value}» is written with a decomposed letter (a letter and a separate accent, as some "
        "Mac and web copies give it); retype it.",
    ),
    "hint.decomposed": (
        "«{value}» er skrevet med en oppdelt bokstav (bokstav og aksent hver for seg); skriv det "
        "inn på nytt.",
        "«{value}» er skrive med ein oppdelt bokstav (bokstav og aksent kvar for seg); skriv det "
        "inn på nytt.",
        "«{value}» is written with a decomposed letter (a letter and a separate accent); retype "
        "it.",
    ),
    "hint.invisible_retype": (
        "«{value}» inneholder {char}, et usynlig tegn; skriv det inn på nytt som «{fixed}».",
        "«{value}» inneheld {char}, eit usynleg teikn; skriv det inn på nytt som «{fixed}».",
        "«{value}» holds {char}, an invisible character; retype it as «{fixed}».",
    ),
    "hint.invisible_delete": (
        "«{value}» inneholder {char}, et usynlig tegn; slett det.",
        "«{value}» inneheld {char}, eit usynleg teikn; slett det.",
        "«{value}» holds {char}, an invisible character; delete it.",
    ),
    "hint.foreign_digit": (
        "«{value}» har sifferet «{digit}» ({code}) fra et annet skriftsystem; skriv vanlige "
        "sifre 0-9.",
        "«{value}» har sifferet «{digit}» ({code}) frå eit anna skriftsystem; skriv vanlege "
        "siffer 0-9.",
        "«{value}» has the digit «{digit}» ({code}) from another script; write ordinary digits "
        "0-9.",
    ),
    "hint.homoglyph_retype": (
        "«{value}» har den {script} bokstaven «{letter}» ({code}), som ligner på den latinske "
        "«{latin}»; skriv det inn på nytt.",
        "«{value}» har den {script} bokstaven «{letter}» ({code}), som liknar på den latinske "
        "«{latin}»; skriv det inn på nytt.",
        "«{value}» has the {script} letter «{letter}» ({code}), which looks like the Latin "
        "«{latin}»; retype it.",
    ),
    "hint.homoglyph_retype_as": (
        "«{value}» har den {script} bokstaven «{letter}» ({code}), som ligner på den latinske "
        "«{latin}»; skriv det inn på nytt som «{fixed}».",
        "«{value}» har den {script} bokstaven «{letter}» ({code}), som liknar på den latinske "
        "«{latin}»; skriv det inn på nytt som «{fixed}».",
        "«{value}» has the {script} letter «{letter}» ({code}), which looks like the Latin "
        "«{latin}»; retype it as «{fixed}».",
    ),
    "hint.script.cyrillic": ("kyrilliske", "kyrilliske", "Cyrillic"),
    "hint.script.greek": ("greske", "greske", "Greek"),
    "hint.char.200b": (
        "et mellomrom uten bredde (U+200B)",
        "eit mellomrom utan breidd (U+200B)",
        "a zero-width space (U+200B)",
    ),
    "hint.char.200c": (
        "et usynlig skilletegn uten bredde (U+200C)",
        "eit usynleg skiljeteikn utan breidd (U+200C)",
        "a zero-width non-joiner (U+200C)",
    ),
    "hint.char.200d": (
        "et usynlig bindetegn uten bredde (U+200D)",
        "eit usynleg bindeteikn utan breidd (U+200D)",
        "a zero-width joiner (U+200D)",
    ),
    "hint.char.2060": (
        "et usynlig ordbindetegn (U+2060)",
        "eit usynleg ordbindeteikn (U+2060)",
        "a word joiner (U+2060)",
    ),
    "hint.char.feff": (
        "et byte order mark (U+FEFF)",
        "eit byte order mark (U+FEFF)",
        "a byte order mark (U+FEFF)",
    ),
    "hint.char.00ad": (
        "en myk bindestrek (U+00AD)",
        "ein mjuk bindestrek (U+00AD)",
        "a soft hyphen (U+00AD)",
    ),
    "hint.char.00a0": (
        "et hardt mellomrom (U+00A0)",
        "eit hardt mellomrom (U+00A0)",
        "a no-break space (U+00A0)",
    ),
    "hint.char.202f": (
        "et smalt hardt mellomrom (U+202F)",
        "eit smalt hardt mellomrom (U+202F)",
        "a narrow no-break space (U+202F)",
    ),
}

_VALUES: dict[str, tuple[str, str, str]] = {
    # what a value is, inside a sentence and (.start) at its start
    "plan.value.none": (
        "ingenting (en tom verdi)",
        "ingenting (ein tom verdi)",
        "nothing (an empty value)",
    ),
    "plan.value.none.start": (
        "Ingenting (en tom verdi)",
        "Ingenting (ein tom verdi)",
        "Nothing (an empty value)",
    ),
    "plan.value.bool": (
        "ja/nei-verdien {value}",
        "ja/nei-verdien {value}",
        "the truth value {value}",
    ),
    "plan.value.bool.start": (
        "Ja/nei-verdien {value}",
        "Ja/nei-verdien {value}",
        "The truth value {value}",
    ),
    "plan.value.number": ("tallet {value}", "talet {value}", "the number {value}"),
    "plan.value.number.start": ("Tallet {value}", "Talet {value}", "The number {value}"),
    "plan.value.text": ("teksten «{text}»", "teksten «{text}»", "the text «{text}»"),
    "plan.value.text.start": ("Teksten «{text}»", "Teksten «{text}»", "The text «{text}»"),
    "plan.value.mapping": (
        "en gruppe nøkler",
        "ei gruppe nøklar",
        "a mapping",
    ),
    "plan.value.mapping.start": ("En gruppe nøkler", "Ei gruppe nøklar", "A mapping"),
    "plan.value.list": ("en liste", "ei liste", "a list"),
    "plan.value.list.start": ("En liste", "Ei liste", "A list"),
    "plan.value.date": ("datoen {date}", "datoen {date}", "the date {date}"),
    "plan.value.date.start": ("Datoen {date}", "Datoen {date}", "The date {date}"),
    # what a field takes
    "plan.type.text": ("tekst", "tekst", "text"),
    "plan.type.int": ("et heltall", "eit heiltal", "a whole number"),
    "plan.type.float": ("et tall", "eit tal", "a number"),
    "plan.type.bool": (
        "ja eller nei (skriv true eller false)",
        "ja eller nei (skriv true eller false)",
        "true or false",
    ),
    "plan.type.mapping": (
        "nøkler med verdier (nøkkel: verdi)",
        "nøklar med verdiar (nøkkel: verdi)",
        "a mapping of keys",
    ),
    "plan.type.list": ("en liste", "ei liste", "a list"),
    "plan.type.date": ("en dato (ÅÅÅÅ-MM-DD)", "ein dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)"),
    # bounds
    "plan.limit.ge": ("minst {n}", "minst {n}", "at least {n}"),
    "plan.limit.gt": ("mer enn {n}", "meir enn {n}", "more than {n}"),
    "plan.limit.le": ("høyst {n}", "høgst {n}", "at most {n}"),
    "plan.limit.lt": ("mindre enn {n}", "mindre enn {n}", "less than {n}"),
    "plan.limit.min_items.one": (
        "minst {n} punkt i lista",
        "minst {n} punkt i lista",
        "at least {n} item",
    ),
    "plan.limit.min_items.many": (
        "minst {n} punkter i lista",
        "minst {n} punkt i lista",
        "at least {n} items",
    ),
    "plan.limit.max_items.one": (
        "høyst {n} punkt i lista",
        "høgst {n} punkt i lista",
        "at most {n} item",
    ),
    "plan.limit.max_items.many": (
        "høyst {n} punkter i lista",
        "høgst {n} punkt i lista",
        "at most {n} items",
    ),
    "plan.limit.min_chars.one": ("minst {n} tegn", "minst {n} teikn", "at least {n} character"),
    "plan.limit.min_chars.many": ("minst {n} tegn", "minst {n} teikn", "at least {n} characters"),
    "plan.limit.max_chars": ("høyst {n} tegn", "høgst {n} teikn", "at most {n} characters"),
    # the form of a text, in words (never a regular expression)
    "plan.form.id": (
        "en id er bokstaver, tall og bindestrek (også _ og .), begynner med en bokstav eller et "
        "tall og har ingen mellomrom, f.eks. «{example}».",
        "ein id er bokstavar, tal og bindestrek (òg _ og .), byrjar med ein bokstav eller eit "
        "tal og har ingen mellomrom, til dømes «{example}».",
        "an id is letters, digits and hyphens (also _ and .), starts with a letter or a digit "
        "and has no spaces, e.g. «{example}».",
    ),
    "plan.form.when": (
        "et år (2025), en måned (2025-08) eller en dag (2025-08-01).",
        "eit år (2025), ein månad (2025-08) eller ein dag (2025-08-01).",
        "a year (2025), a month (2025-08) or a day (2025-08-01).",
    ),
    "plan.form.band": (
        "et intervall som «60-64», «<30» eller «65+», eller ett tall som «100».",
        "eit intervall som «60-64», «<30» eller «65+», eller eitt tal som «100».",
        "a band such as «60-64», «<30» or «65+», or one number such as «100».",
    ),
    "plan.form.code": (
        "en kode er K og tre sifre, f.eks. «K304».",
        "ein kode er K og tre siffer, til dømes «K304».",
        "a code is K and three digits, e.g. «K304».",
    ),
    "plan.form.item": (
        "en del av planen, eller en del og en id: «actions» eller «actions/tiltak-1».",
        "ein del av planen, eller ein del og ein id: «actions» eller «actions/tiltak-1».",
        "a section of the plan, or a section and an id: «actions» or «actions/tiltak-1».",
    ),
    "plan.form.url": (
        "en nettadresse som begynner med http:// eller https://, uten mellomrom.",
        "ei nettadresse som byrjar med http:// eller https://, utan mellomrom.",
        "a web address that starts with http:// or https://, without spaces.",
    ),
    "plan.form.kommune_number": (
        'fire sifre i anførselstegn, f.eks. "0301".',
        'fire siffer i hermeteikn, til dømes "0301".',
        'four digits in quotes, e.g. "0301".',
    ),
    "plan.form.scenario": (
        "en kode på høyst 20 bokstaver og tall (også - og _), f.eks. «LLML».",
        "ein kode på høgst 20 bokstavar og tal (òg - og _), til dømes «LLML».",
        "a code of at most 20 letters and digits (also - and _), e.g. «LLML».",
    ),
}

_ABOUT: dict[str, tuple[str, str, str]] = {
    # what belongs under a required key (K102)
    "plan.about.id": (
        "en kort id som andre deler av planen viser til.",
        "ein kort id som andre delar av planen viser til.",
        "a short id other parts of the plan refer to.",
    ),
    "plan.about.name": ("navnet.", "namnet.", "the name."),
    "plan.about.title": (
        "tittelen, slik planen skriver den.",
        "tittelen, slik planen skriv han.",
        "the title, as the plan states it.",
    ),
    "plan.about.text": (
        "teksten, slik planen skriver den.",
        "teksten, slik planen skriv han.",
        "the text, as the plan states it.",
    ),
    "plan.about.unit": (
        "id-en til enheten.",
        "id-en til eininga.",
        "the id of the unit.",
    ),
    "plan.about.units": (
        "id-ene til enhetene det gjelder.",
        "id-ane til einingane det gjeld.",
        "the ids of the units it applies to.",
    ),
    "plan.about.competence": (
        "id-en til kompetansen.",
        "id-en til kompetansen.",
        "the id of the competence.",
    ),
    "plan.about.competences": (
        "id-ene til kompetansene som teller med.",
        "id-ane til kompetansane som tel med.",
        "the ids of the competences that count.",
    ),
    "plan.about.source": (
        "hvor det kommer fra (lov, anbefaling, lokalt mål eller finansiering).",
        "kvar det kjem frå (lov, tilråding, lokalt mål eller finansiering).",
        "where it comes from (a law, a recommendation, a local target or a funder).",
    ),
    "plan.about.period": (
        "perioden, med start og end (årstall).",
        "perioden, med start og end (årstal).",
        "the period, with start and end (years).",
    ),
    "plan.about.start": (
        "første år (eller måned eller dag).",
        "første år (eller månad eller dag).",
        "the first year (or month or day).",
    ),
    "plan.about.end": (
        "siste år (eller måned eller dag).",
        "siste år (eller månad eller dag).",
        "the last year (or month or day).",
    ),
    "plan.about.scope": (
        "hva planen gjelder: hele kommunen eller et tjenesteområde (kind).",
        "kva planen gjeld: heile kommunen eller eit tenesteområde (kind).",
        "what the plan covers: the whole kommune or a service area (kind).",
    ),
    "plan.about.kommune": (
        "kommunen som eier planen, med name og number.",
        "kommunen som eig planen, med name og number.",
        "the kommune that owns the plan, with name and number.",
    ),
    "plan.about.plan": (
        "tittel, kommune, periode, status og andre opplysninger om planen.",
        "tittel, kommune, periode, status og andre opplysningar om planen.",
        "title, kommune, period, status and other facts about the plan.",
    ),
    "plan.about.role": (
        "rollen eller stillingen.",
        "rolla eller stillinga.",
        "the role or position.",
    ),
    "plan.about.reason": (
        "hvorfor planen demper varselet; begrunnelsen er en del av planen.",
        "kvifor planen dempar åtvaringa; grunngivinga er ein del av planen.",
        "why the plan silences it; the reason is part of the plan.",
    ),
    "plan.about.code": (
        "koden som skal dempes, f.eks. «K301».",
        "koden som skal dempast, til dømes «K301».",
        "the code to silence, e.g. «K301».",
    ),
    "plan.about.date": (
        "datoen (ÅÅÅÅ-MM-DD).",
        "datoen (ÅÅÅÅ-MM-DD).",
        "the date (YYYY-MM-DD).",
    ),
    "plan.about.fte": ("årsverk.", "årsverk.", "årsverk (full-time equivalents)."),
    "plan.about.persons": ("antall personer.", "talet på personar.", "the headcount."),
    "plan.about.year": ("året det gjelder fra.", "året det gjeld frå.", "the year it counts from."),
    "plan.about.count": (
        "hvor mange personer; et negativt tall trekker fra.",
        "kor mange personar; eit negativt tal trekkjer frå.",
        "how many persons; a negative number removes.",
    ),
    "plan.about.minimum": (
        "det minste antallet som trengs.",
        "det minste talet som trengst.",
        "the least number needed.",
    ),
    "plan.about.deadline": (
        "fristen: et år, en måned eller en dag.",
        "fristen: eit år, ein månad eller ein dag.",
        "the deadline: a year, a month or a day.",
    ),
    "plan.about.due": (
        "fristen: et år, en måned eller en dag.",
        "fristen: eit år, ein månad eller ein dag.",
        "when it is due: a year, a month or a day.",
    ),
    "plan.about.what": (
        "hva som skal følges opp.",
        "kva som skal følgjast opp.",
        "what is followed up.",
    ),
    "plan.about.body": (
        "organet som vedtok, f.eks. «kommunestyret».",
        "organet som vedtok, til dømes «kommunestyret».",
        "the body that decided, e.g. «kommunestyret».",
    ),
    "plan.about.values": (
        "verdien per år (2025: 120).",
        "verdien per år (2025: 120).",
        "the value per year (2025: 120).",
    ),
}

_ERRORS: dict[str, tuple[str, str, str]] = {
    # K101 unknown key, K108 a head key in an included file, K015 a number as a key
    "plan.k101.unknown_key": (
        "Nøkkelen {key} finnes ikke her.{hint}",
        "Nøkkelen {key} finst ikkje her.{hint}",
        "Unknown key {key}.{hint}",
    ),
    "plan.k101.allowed": (
        " Nøkler som kan stå her: {keys}.",
        " Nøklar som kan stå her: {keys}.",
        " Allowed here: {keys}.",
    ),
    "plan.k108.head_only": (
        "«{key}» hører hjemme i kplan.yaml, ikke i en fil som planen tar med.",
        "«{key}» høyrer heime i kplan.yaml, ikkje i ei fil som planen tek med.",
        "«{key}» belongs in kplan.yaml, not in an included file.",
    ),
    "plan.k015.number_key": (
        "Nøkkelen «{key}» leses som et tall, ikke som tekst; nøkler er tekst her: skriv den i "
        'anførselstegn ("{key}":).',
        "Nøkkelen «{key}» blir lesen som eit tal, ikkje som tekst; nøklar er tekst her: skriv "
        'han i hermeteikn ("{key}":).',
        "The key «{key}» is read as a number, not as text; keys are text here: write it in "
        'quotes ("{key}":).',
    ),
    # K102 a required key is missing
    "plan.k102.missing": (
        "Nøkkelen «{key}» mangler; den må være med.",
        "Nøkkelen «{key}» manglar; han må vere med.",
        "The required key «{key}» is missing.",
    ),
    "plan.k102.about": (
        "Nøkkelen «{key}» mangler; den må være med: {about}",
        "Nøkkelen «{key}» manglar; han må vere med: {about}",
        "The required key «{key}» is missing: {about}",
    ),
    "plan.k102.choose": (
        "Nøkkelen «{key}» mangler; den må være med: velg {choices}.",
        "Nøkkelen «{key}» manglar; han må vere med: vel {choices}.",
        "The required key «{key}» is missing: choose {choices}.",
    ),
    # K103 a value of the wrong type
    "plan.k103.expected": (
        "Her skal det stå {what}, men det står {found}.{fix}",
        "Her skal det stå {what}, men det står {found}.{fix}",
        "Expected {what}, but found {found}.{fix}",
    ),
    "plan.k103.fix_yaml_number": (
        " Er det ment som et tall, skriv det som et tall (uten anførselstegn).",
        " Er det meint som eit tal, skriv det som eit tal (utan hermeteikn).",
        " If it is meant as a number, write it as one (in YAML, without quotes).",
    ),
    "plan.k103.fix_csv_int": (
        " Skriv et heltall: bare sifre, uten mellomrom, enheter eller tusenskille.",
        " Skriv eit heiltal: berre siffer, utan mellomrom, einingar eller tusenskilje.",
        " Write a whole number: digits only, without spaces, units or thousands separators.",
    ),
    "plan.k103.fix_csv_float": (
        " Skriv bare sifre, uten mellomrom, enheter eller tusenskille (desimalkomma eller "
        "-punktum går fint).",
        " Skriv berre siffer, utan mellomrom, einingar eller tusenskilje (desimalkomma eller "
        "-punktum går fint).",
        " Write digits only, without spaces, units or thousands separators (a decimal comma or "
        "point is fine).",
    ),
    "plan.k103.does_not_fit": (
        "{found} passer ikke her ({type}).",
        "{found} passar ikkje her ({type}).",
        "{found} does not fit here ({type}).",
    ),
    "plan.k103.cost_recurrence": (
        "Skriv bare én av yearly, every_years og spread: de sier på hver sin måte hvordan "
        "kostnaden fordeler seg over årene.",
        "Skriv berre éin av yearly, every_years og spread: dei seier på kvar sin måte korleis "
        "kostnaden fordeler seg over åra.",
        "Give only one of yearly, every_years and spread: each says in its own way how the cost "
        "falls over the years.",
    ),
    "plan.k103.cost_amount": (
        "Skriv enten amount (et beløp) eller no_amount (hvorfor det ikke er noe beløp), ikke "
        "begge.",
        "Skriv anten amount (eit beløp) eller no_amount (kvifor det ikkje er noko beløp), ikkje "
        "begge.",
        "Give either an amount or no_amount, not both.",
    ),
    # K104 a value outside a fixed set
    "plan.k104.not_allowed": (
        "{value} er ikke tillatt her; velg {choices}.{hint}",
        "{value} er ikkje tillate her; vel {choices}.{hint}",
        "{value} is not allowed here; choose {choices}.{hint}",
    ),
    # K105 a value out of bounds or of the wrong form
    "plan.k105.limit": (
        "Verdien må være {need}; her står {found}.",
        "Verdien må vere {need}; her står {found}.",
        "The value must be {need}; found {found}.",
    ),
    "plan.k105.band_order": (
        "Intervallet «{value}» går baklengs; skriv det laveste tallet først.",
        "Intervallet «{value}» går baklengs; skriv det lågaste talet først.",
        "The band «{value}» runs backwards; write the lower number first.",
    ),
    "plan.k105.finite": (
        "Verdien må være et vanlig tall, ikke inf eller nan.",
        "Verdien må vere eit vanleg tal, ikkje inf eller nan.",
        "The value must be an ordinary number, not inf or nan.",
    ),
    "plan.k105.form": (
        "{found} har ikke den formen som trengs her: {form}",
        "{found} har ikkje den forma som trengst her: {form}",
        "{found} does not have the form this field needs: {form}",
    ),
    "plan.k105.no_form": (
        "{found} har ikke den formen som trengs her.",
        "{found} har ikkje den forma som trengst her.",
        "{found} does not have the form this field needs.",
    ),
    "plan.k105.name_not_id": (
        "«{name}» er navnet; her skal id-en stå: «{id}».",
        "«{name}» er namnet; her skal id-en stå: «{id}».",
        "«{name}» is the name; the id belongs here: «{id}».",
    ),
    # K106 a number where text belongs
    "plan.k106.number_as_text": (
        "Her skal det stå tekst, men YAML leste {found}; tall uten anførselstegn mister nuller "
        "foran, og id-er og koder må være tekst.",
        "Her skal det stå tekst, men YAML las {found}; tal utan hermeteikn mistar nullar "
        "framfor, og id-ar og kodar må vere tekst.",
        "Expected text, but YAML read {found}; unquoted numbers lose leading zeros, and ids and "
        "codes must be text.",
    ),
    # K107 a date kplan cannot read, K014 a day that does not exist
    "plan.k107.not_a_date": (
        "{value} er ikke en dato kplan kan lese; skriv ÅÅÅÅ-MM-DD, f.eks. {example}.",
        "{value} er ikkje ein dato kplan kan lese; skriv ÅÅÅÅ-MM-DD, til dømes {example}.",
        "{value} is not a date kplan reads; write YYYY-MM-DD, e.g. {example}.",
    ),
    "plan.k107.not_a_when": (
        "{value} er ikke en dato kplan kan lese; skriv ÅÅÅÅ-MM-DD (et årstall eller ÅÅÅÅ-MM går "
        "også her), f.eks. {example}.",
        "{value} er ikkje ein dato kplan kan lese; skriv ÅÅÅÅ-MM-DD (eit årstal eller ÅÅÅÅ-MM "
        "går òg her), til dømes {example}.",
        "{value} is not a date kplan reads; write YYYY-MM-DD (a year or YYYY-MM also works "
        "here), e.g. {example}.",
    ),
    "plan.k014.no_such_day": (
        "{value} er ikke en dato som finnes.",
        "{value} er ikkje ein dato som finst.",
        "{value} is not a date that exists.",
    ),
    # K505 a plan period too long to be meant
    "plan.k505.period_too_long": (
        "Planperioden {start}-{end} varer i {years} år; en kompetanseplan varer høyst {most} år "
        "(vanligvis 4-12): sjekk årstallene.",
        "Planperioden {start}-{end} varer i {years} år; ein kompetanseplan varer høgst {most} "
        "år (vanlegvis 4-12): sjekk årstala.",
        "The plan period {start}-{end} runs {years} years; a competence plan runs at most "
        "{most} (usually 4-12): check the years.",
    ),
}

_FILES: dict[str, tuple[str, str, str]] = {
    # which files a plan reads (plan/files.py) and what the root file holds (plan/assemble.py)
    "plan.files.in_source": (" i {source}", " i {source}", " in {source}"),
    "plan.k016.no_root": (
        "Det finnes ingen {root} her{where}: dette er ikke en kplan-plan.",
        "Det finst ingen {root} her{where}: dette er ikkje ein kplan-plan.",
        "No {root} here{where}: this is not a kplan plan.",
    ),
    "plan.k001.no_such_path": (
        "Fila eller mappa finnes ikke{where}.",
        "Fila eller mappa finst ikkje{where}.",
        "No such file or directory{where}.",
    ),
    "plan.k001.not_a_file": (
        "Dette er verken en vanlig fil eller en mappe.",
        "Dette er verken ei vanleg fil eller ei mappe.",
        "Not a regular file or a directory.",
    ),
    "plan.k018.outside": (
        "«{pattern}» peker ut av planmappa.",
        "«{pattern}» peikar ut av planmappa.",
        "«{pattern}» points outside the plan directory.",
    ),
    "plan.k018.linked_folder": (
        "«{folder}» er en lenke til en mappe; include-mønstre følger ingen lenkede mapper, så "
        "skriv navnet på selve mappa.",
        "«{folder}» er ei lenkje til ei mappe; include-mønster følgjer ingen lenkte mapper, så "
        "skriv namnet på sjølve mappa.",
        "«{folder}» is a link to a folder; include patterns follow no linked folder, so name the "
        "folder itself.",
    ),
    "plan.k001.too_many_files": (
        "«{pattern}» treffer {n} filer; en plan leser høyst {most}, så ingen av dem blir lest. "
        "Skriv mappene planen ligger i.",
        "«{pattern}» treff {n} filer; ein plan les høgst {most}, så ingen av dei blir lesne. "
        "Skriv mappene planen ligg i.",
        "«{pattern}» matches {n} files; a plan reads at most {most}, so none of them is read. "
        "Name the folders the plan is in.",
    ),
    "plan.k018.link_outside": (
        "«{path}» lenker til en fil utenfor planmappa.",
        "«{path}» lenkjer til ei fil utanfor planmappa.",
        "«{path}» links to a file outside the plan directory.",
    ),
    "plan.k018.this_links_outside": (
        "Dette lenker til en fil utenfor planmappa.",
        "Dette lenkjer til ei fil utanfor planmappa.",
        "This links to a file outside the plan directory.",
    ),
    "plan.files.pattern_problem": (
        "«{pattern}»: {problem}",
        "«{pattern}»: {problem}",
        "«{pattern}»: {problem}",
    ),
    "plan.k017.no_match": (
        "«{pattern}» treffer ingen fil.",
        "«{pattern}» treff inga fil.",
        "«{pattern}» matches no file.",
    ),
    "plan.k013.root_not_mapping": (
        "Planen må være nøkler med verdier (plan:, goals:, ...).",
        "Planen må vere nøklar med verdiar (plan:, goals:, ...).",
        "The plan must be a mapping of keys (plan:, goals:, ...).",
    ),
    "plan.k013.part_not_mapping": (
        "En fil som planen tar med, må være deler av planen med nøkler (units:, actions:, ...).",
        "Ei fil som planen tek med, må vere delar av planen med nøklar (units:, actions:, ...).",
        "An included file must be a mapping of sections.",
    ),
    "plan.k807.more_bad_rows.one": (
        "{n} rad til herfra har verdier kplan ikke kan bruke; den er utelatt og ikke listet "
        "opp. Rett radene over først.",
        "{n} rad til herifrå har verdiar kplan ikkje kan bruke; ho er utelaten og ikkje "
        "lista opp. Rett radene over først.",
        "{n} more row from here on has values kplan cannot use; it is left out and not "
        "listed. Fix the rows above first.",
    ),
    "plan.k807.more_bad_rows.many": (
        "{n} rader til herfra har verdier kplan ikke kan bruke; de er utelatt og ikke listet "
        "opp én for én. Rett radene over først.",
        "{n} rader til herifrå har verdiar kplan ikkje kan bruke; dei er utelatne og ikkje "
        "lista opp éin for éin. Rett radene over først.",
        "{n} more rows from here on have values kplan cannot use; they are left out and not "
        "listed one by one. Fix the rows above first.",
    ),
}

MESSAGES: dict[str, tuple[str, str, str]] = {**_HINTS, **_VALUES, **_ABOUT, **_ERRORS, **_FILES}
