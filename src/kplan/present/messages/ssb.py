"""Messages of the SSB readers and the `analysis.ssb` mapping (kplan.read.ssb_csv,
kplan.read.jsonstat, kplan.plan.ssb_pick): key → (bokmål, nynorsk, English).

The reader downloaded a table from statistikkbanken or saved PxWebApi's answer: the Norwegian
names what statistikkbanken calls things («Velg variabler», «Last ned», «semikolonseparert»)
and says what to change in the download or in the mapping.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- statistikkbank CSV (K811) --------------------------------------------------------------
    "ssb.k811.no_header": (
        "Fant ingen overskriftsrad med kolonnenavn (som «region»;«alder»;«Personer 2024») i "
        "fila. Last ned tabellen på nytt fra statistikkbanken som «semikolonseparert med "
        "overskrift».",
        "Fann inga overskriftsrad med kolonnenamn (som «region»;«alder»;«Personer 2024») i "
        "fila. Last ned tabellen på nytt frå statistikkbanken som «semikolonseparert med "
        "overskrift».",
        "Found no header row of column names (like «region»;«age»;«Persons 2024») in the "
        "file. Download the table again from statistikkbanken as «semicolon separated with "
        "heading».",
    ),
    "ssb.k811.columns": (
        "Overskriftsraden har mer enn {most} kolonner; kplan leser ikke en så bred fil. Velg "
        "færre år eller alternativer når du laster ned.",
        "Overskriftsrada har meir enn {most} kolonnar; kplan les ikkje ei så brei fil. Vel "
        "færre år eller alternativ når du lastar ned.",
        "The header row has more than {most} columns; kplan does not read so wide a file. "
        "Choose fewer years or alternatives when you download.",
    ),
    "ssb.k811.column_after_years": (
        "Kolonnen «{name}» står etter årskolonnene; i statistikkbankens filer står "
        "variablene først og tallene sist. Last ned tabellen på nytt uten å flytte kolonner.",
        "Kolonnen «{name}» står etter årskolonnane; i filene frå statistikkbanken står "
        "variablane først og tala sist. Last ned tabellen på nytt utan å flytte kolonnar.",
        "The column «{name}» comes after the year columns; in statistikkbanken's files the "
        "variables come first and the figures last. Download the table again without moving "
        "columns.",
    ),
    "ssb.k811.column_twice": (
        "Kolonnen «{name}» står to ganger i overskriften; kplan vet ikke hvilken som gjelder. "
        "Last ned tabellen på nytt.",
        "Kolonnen «{name}» står to gonger i overskrifta; kplan veit ikkje kva for ein som gjeld. "
        "Last ned tabellen på nytt.",
        "The column «{name}» is in the header twice; kplan cannot tell which one holds. "
        "Download the table again.",
    ),
    "ssb.k811.no_values": (
        "Fant ikke tallene i fila: verken kolonner per år (som «Personer 2024») eller en "
        "kolonne «år» med tallene i siste kolonne. Ta med året («år») når du laster ned "
        "tabellen.",
        "Fann ikkje tala i fila: verken kolonnar per år (som «Personer 2024») eller ein "
        "kolonne «år» med tala i siste kolonne. Ta med året («år») når du lastar ned "
        "tabellen.",
        "Found no figures in the file: neither a column per year (like «Personer 2024») nor "
        "a column «år» with the figures in the last column. Include the year («år») when you "
        "download the table.",
    ),
    "ssb.k811.value": (
        "Cellen «{value}» er verken et tall eller et av SSBs tegn («..», «.», «:», «-»); "
        "kplan regner året som ukjent. Last ned fila på nytt uten å endre den.",
        "Cella «{value}» er verken eit tal eller eitt av teikna til SSB («..», «.», «:», «-»); "
        "kplan reknar året som ukjent. Last ned fila på nytt utan å endre ho.",
        "The cell «{value}» is neither a number nor one of SSB's symbols («..», «.», «:», «-»); "
        "kplan takes the year as unknown. Download the file again without editing it.",
    ),
    "ssb.k811.value_range": (
        "Tallet {value} kan ikke være et antall (det er negativt eller over en milliard); "
        "kplan regner året som ukjent.",
        "Talet {value} kan ikkje vere eit tal på personar (det er negativt eller over ein "
        "milliard); kplan reknar året som ukjent.",
        "The figure {value} cannot be a count (it is negative or over a billion); kplan takes "
        "the year as unknown.",
    ),
    "ssb.k811.csv_error": (
        "Fila kan ikke leses videre herfra ({why}). Last ned tabellen på nytt.",
        "Fila kan ikkje lesast vidare herifrå ({why}). Last ned tabellen på nytt.",
        "The file cannot be read on from here ({why}). Download the table again.",
    ),
    "ssb.k811.ragged": (
        "Raden har {n} celler, men overskriften har {width}; raden er hoppet over.",
        "Rada har {n} celler, men overskrifta har {width}; rada er hoppa over.",
        "The row has {n} cells but the header has {width}; the row is left out.",
    ),
    "ssb.k811.year": (
        "«{value}» er ikke et årstall; raden er hoppet over.",
        "«{value}» er ikkje eit årstal; rada er hoppa over.",
        "«{value}» is not a year; the row is left out.",
    ),
    "ssb.k811.twice": (
        "De samme tallene (samme region, kjønn, alder, variabel og år) står også på linje "
        "{line}; kplan bruker de første.",
        "Dei same tala (same region, kjønn, alder, variabel og år) står òg på linje {line}; "
        "kplan brukar dei første.",
        "The same figures (same region, sex, age, variable and year) are also on line {line}; "
        "kplan uses the first.",
    ),
    "ssb.k811.too_many": (
        "Fila har mer enn {most} tall; kplan leser ikke resten. Last ned bare kommunen du trenger.",
        "Fila har meir enn {most} tal; kplan les ikkje resten. Last ned berre kommunen du treng.",
        "The file has more than {most} figures; kplan reads no more. Download only the "
        "kommune you need.",
    ),
    # --- JSON-stat2 (K811) ----------------------------------------------------------------------
    "ssb.k811.json": (
        "Fila er ikke gyldig JSON ({why}). Lagre svaret fra PxWebApi på nytt, uendret.",
        "Fila er ikkje gyldig JSON ({why}). Lagre svaret frå PxWebApi på nytt, uendra.",
        "The file is not valid JSON ({why}). Save PxWebApi's answer again, unchanged.",
    ),
    "ssb.k811.json_deep": (
        "JSON-fila er nøstet for dypt til å være en tabell fra SSB.",
        "JSON-fila er nøsta for djupt til å vere ein tabell frå SSB.",
        "The JSON file is nested too deeply to be a table from SSB.",
    ),
    "ssb.k811.json_number": (
        "JSON-fila har et tall kplan ikke kan bruke (NaN, Infinity eller et altfor langt tall).",
        "JSON-fila har eit tal kplan ikkje kan bruke (NaN, Infinity eller eit altfor langt tal).",
        "The JSON file has a number kplan cannot use (NaN, Infinity or a far too long number).",
    ),
    "ssb.k811.json_at": (
        "JSON-stat: ved «{where}»: {problem}",
        "JSON-stat: ved «{where}»: {problem}",
        "JSON-stat: at «{where}»: {problem}",
    ),
    "ssb.k811.json_list": (
        "her skal det stå en liste.",
        "her skal det stå ei liste.",
        "a list belongs here.",
    ),
    "ssb.k811.json_dict": (
        "her skal det stå et objekt.",
        "her skal det stå eit objekt.",
        "an object belongs here.",
    ),
    "ssb.k811.json_str": (
        "her skal det stå en tekst.",
        "her skal det stå ein tekst.",
        "a text belongs here.",
    ),
    "ssb.k811.json_int": (
        "her skal det stå et positivt heltall.",
        "her skal det stå eit positivt heiltal.",
        "a positive whole number belongs here.",
    ),
    "ssb.k811.json_not_dataset": (
        'fila er ikke et JSON-stat-datasett ("class": "dataset"). Be PxWebApi om formatet '
        "json-stat2.",
        'fila er ikkje eit JSON-stat-datasett ("class": "dataset"). Be PxWebApi om formatet '
        "json-stat2.",
        'the file is no JSON-stat dataset ("class": "dataset"). Ask PxWebApi for the format '
        "json-stat2.",
    ),
    "ssb.k811.json_size_ids": (
        "«id» nevner {ids} dimensjoner, men «size» har {sizes} tall.",
        "«id» nemner {ids} dimensjonar, men «size» har {sizes} tal.",
        "«id» names {ids} dimensions but «size» has {sizes} numbers.",
    ),
    "ssb.k811.json_index": (
        "kategoriene stemmer ikke med «size» ({size}): hver kategori skal ha sin egen plass.",
        "kategoriane stemmer ikkje med «size» ({size}): kvar kategori skal ha sin eigen plass.",
        "the categories do not agree with «size» ({size}): each category needs a place of its own.",
    ),
    "ssb.k811.json_count": (
        "«value» har {n} tall, men dimensjonene gir {cells}.",
        "«value» har {n} tal, men dimensjonane gir {cells}.",
        "«value» has {n} figures but the dimensions make {cells}.",
    ),
    "ssb.k811.json_position": (
        "plassen er ikke et heltall fra 0 til under {cells}.",
        "plassen er ikkje eit heiltal frå 0 til under {cells}.",
        "the position is not a whole number from 0 to below {cells}.",
    ),
    "ssb.k811.json_year": (
        "«{value}» er ikke et årstall; kplan teller driverne per år. Velg år, ikke kvartal "
        "eller måned, når du henter tabellen.",
        "«{value}» er ikkje eit årstal; kplan tel driverane per år. Vel år, ikkje kvartal "
        "eller månad, når du hentar tabellen.",
        "«{value}» is not a year; kplan counts drivers by the year. Choose years, not quarters "
        "or months, when you fetch the table.",
    ),
    "ssb.k811.json_value": (
        "tallet er ikke et antall fra 0 til en milliard (eller null for ukjent).",
        "talet er ikkje eit tal frå 0 til ein milliard (eller null for ukjent).",
        "the figure is not a count from 0 to a billion (or null for unknown).",
    ),
    # --- what kplan cannot pick from a file (K811) ----------------------------------------------
    "ssb.k811.other_dim": (
        "Fila har variabelen «{name}» med flere verdier ({categories}); kplan vet ikke hvilken "
        "den skal bruke. Velg bare én av dem når du laster ned.",
        "Fila har variabelen «{name}» med fleire verdiar ({categories}); kplan veit ikkje kva "
        "for ein han skal bruke. Vel berre éin av dei når du lastar ned.",
        "The file has the variable «{name}» with several values ({categories}); kplan cannot "
        "tell which to use. Choose only one of them when you download.",
    ),
    "ssb.k811.no_years": (
        "Fila har ingen år. Ta med «år» når du laster ned tabellen.",
        "Fila har ingen år. Ta med «år» når du lastar ned tabellen.",
        "The file has no years. Include «år» (year) when you download the table.",
    ),
    "ssb.k811.alternative_twice": (
        "Fila har alternativet {alternative} i flere kolonner ({variables}); kplan vet ikke "
        "hvilke tall som hører sammen. Last ned tabellen med bare årene bortover (region, "
        "kjønn og alder nedover).",
        "Fila har alternativet {alternative} i fleire kolonnar ({variables}); kplan veit ikkje "
        "kva for tal som høyrer saman. Last ned tabellen med berre åra bortover (region, "
        "kjønn og alder nedover).",
        "The file has the alternative {alternative} in several columns ({variables}); kplan "
        "cannot tell which figures belong together. Download the table with only the years "
        "across (region, sex and age down).",
    ),
    "ssb.k811.variable_across": (
        "Kolonnen «{name}» har kjønn eller alder bortover; kplan leser bare år og "
        "statistikkvariabel bortover. Last ned tabellen med region, kjønn og alder nedover.",
        "Kolonnen «{name}» har kjønn eller alder bortover; kplan les berre år og "
        "statistikkvariabel bortover. Last ned tabellen med region, kjønn og alder nedover.",
        "The column «{name}» has sex or age across; kplan reads only years and the statistics "
        "variable across. Download the table with region, sex and age down.",
    ),
    "ssb.k811.several_variables": (
        "Fila har flere statistikkvariabler ({variables}) og ingen av dem er et "
        "framskrivingsalternativ; kplan vet ikke hvilken den skal bruke. Velg én når du "
        "laster ned.",
        "Fila har fleire statistikkvariablar ({variables}) og ingen av dei er eit "
        "framskrivingsalternativ; kplan veit ikkje kva for ein han skal bruke. Vel éin når du "
        "lastar ned.",
        "The file has several statistics variables ({variables}) and none of them is a "
        "projection alternative; kplan cannot tell which to use. Choose one when you download.",
    ),
    # --- the mapping names what the file lacks (K812) -------------------------------------------
    "ssb.k812.table": (
        "Fila er tabell {found}, ikke {table}. Rett «table:», eller last ned tabell {table}.",
        "Fila er tabell {found}, ikkje {table}. Rett «table:», eller last ned tabell {table}.",
        "The file is table {found}, not {table}. Correct «table:», or download table {table}.",
    ),
    "ssb.k812.no_region": (
        "Fila har ingen regionkolonne, så regionen «{region}» finnes ikke i den. Ta med "
        "region når du laster ned, eller fjern «region:».",
        "Fila har ingen regionkolonne, så regionen «{region}» finst ikkje i ho. Ta med region "
        "når du lastar ned, eller fjern «region:».",
        "The file has no region column, so the region «{region}» is not in it. Include the "
        "region when you download, or remove «region:».",
    ),
    "ssb.k812.which_region": (
        "Fila har flere regioner ({regions}); skriv hvilken driverne gjelder, med "
        '«region:» (koden, som "3413", eller navnet).',
        "Fila har fleire regionar ({regions}); skriv kva for ein driverane gjeld, med "
        '«region:» (koden, som "3413", eller namnet).',
        "The file has several regions ({regions}); say which one the drivers are for with "
        '«region:» (the code, like "3413", or the name).',
    ),
    "ssb.k812.region": (
        "Regionen «{region}» finnes ikke i fila; den har {regions}.",
        "Regionen «{region}» finst ikkje i fila; ho har {regions}.",
        "The region «{region}» is not in the file; it has {regions}.",
    ),
    "ssb.k812.region_ambiguous": (
        "Flere regioner i fila heter «{region}» ({regions}); skriv koden til den driverne gjelder.",
        "Fleire regionar i fila heiter «{region}» ({regions}); skriv koden til den "
        "driverane gjeld.",
        "Several regions in the file are called «{region}» ({regions}); write the code of "
        "the one the drivers are for.",
    ),
    "ssb.k812.which_alternative": (
        "Fila har flere framskrivingsalternativer ({alternatives}) og ikke hovedalternativet "
        "MMMM; skriv hvilket som gir verdiene, med «alternative:».",
        "Fila har fleire framskrivingsalternativ ({alternatives}) og ikkje hovudalternativet "
        "MMMM; skriv kva for eitt som gir verdiane, med «alternative:».",
        "The file has several projection alternatives ({alternatives}) and not the main one, "
        "MMMM; say which one gives the values with «alternative:».",
    ),
    "ssb.k812.alternative": (
        "Alternativet {alternative} finnes ikke i fila; den har {alternatives}.",
        "Alternativet {alternative} finst ikkje i fila; ho har {alternatives}.",
        "The alternative {alternative} is not in the file; it has {alternatives}.",
    ),
    "ssb.k812.no_alternatives": (
        "Fila har ingen framskrivingsalternativer, bare {found}, så {alternative} finnes ikke i "
        "den. Fjern «alternative:», eller last ned tabell 13600.",
        "Fila har ingen framskrivingsalternativ, berre {found}, så {alternative} finst ikkje i "
        "ho. Fjern «alternative:», eller last ned tabell 13600.",
        "The file has no projection alternatives, only {found}, so {alternative} is not in it. "
        "Remove «alternative:», or download table 13600.",
    ),
    "ssb.k812.no_sex": (
        "Fila har ingen kjønnskolonne, så «{sex}» finnes ikke i den. Ta med kjønn når du "
        "laster ned, eller fjern «sex:».",
        "Fila har ingen kjønnskolonne, så «{sex}» finst ikkje i ho. Ta med kjønn når du lastar "
        "ned, eller fjern «sex:».",
        "The file has no sex column, so «{sex}» is not in it. Include sex when you download, "
        "or remove «sex:».",
    ),
    "ssb.k812.sex": (
        "Kjønnet «{sex}» finnes ikke i fila; den har {sexes}.",
        "Kjønnet «{sex}» finst ikkje i fila; ho har {sexes}.",
        "The sex «{sex}» is not in the file; it has {sexes}.",
    ),
    "ssb.k812.one_sex": (
        "Fila har bare {sexes}, så summen for begge kjønn kan ikke regnes ut. Last ned begge "
        "kjønn, eller skriv «sex:».",
        "Fila har berre {sexes}, så summen for begge kjønn kan ikkje reknast ut. Last ned "
        "begge kjønn, eller skriv «sex:».",
        "The file has only {sexes}, so the sum for both sexes cannot be made. Download both "
        "sexes, or write «sex:».",
    ),
    "ssb.all_ages": ("alle aldre", "alle aldrar", "all ages"),
    "ssb.k812.ages_form": (
        "«{ages}» er ikke en alder kplan leser: skriv «1-5», «80+» (80 år og eldre) eller «6».",
        "«{ages}» er ikkje ein alder kplan les: skriv «1-5», «80+» (80 år og eldre) eller «6».",
        "«{ages}» is not an age kplan reads: write «1-5», «80+» (80 and older) or «6».",
    ),
    "ssb.k812.no_age": (
        "Fila har ingen alder kplan kan lese, så «{ages}» kan ikke tas ut av den. Ta med "
        "alder når du laster ned.",
        "Fila har ingen alder kplan kan lese, så «{ages}» kan ikkje takast ut av ho. Ta med "
        "alder når du lastar ned.",
        "The file has no ages kplan can read, so «{ages}» cannot be taken from it. Include "
        "age when you download.",
    ),
    "ssb.k812.ages_outside": (
        "Aldrene i fila går fra {first} til {last} år, så «{ages}» går utenfor fila. Skriv "
        "aldre innenfor, eller last ned flere aldre.",
        "Aldrane i fila går frå {first} til {last} år, så «{ages}» går utanfor fila. Skriv "
        "aldrar innanfor, eller last ned fleire aldrar.",
        "The file's ages run from {first} to {last}, so «{ages}» goes outside the file. Write "
        "ages inside it, or download more ages.",
    ),
    "ssb.k812.ages_cover": (
        "Aldersgruppene i fila ({groups}) kan ikke legges sammen til nøyaktig «{ages}». Skriv "
        "aldre som gruppene dekker, eller last ned ettårige aldre.",
        "Aldersgruppene i fila ({groups}) kan ikkje leggjast saman til nøyaktig «{ages}». "
        "Skriv aldrar som gruppene dekkjer, eller last ned eittårige aldrar.",
        "The file's age groups ({groups}) do not add up to exactly «{ages}». Write ages the "
        "groups cover, or download single years of age.",
    ),
    "ssb.k812.several_files": (
        "«{file}» passer med {n} filer; «file:» skal nevne én fil.",
        "«{file}» passar med {n} filer; «file:» skal nemne éi fil.",
        "«{file}» matches {n} files; «file:» names one file.",
    ),
    # --- kplan validate on an SSB file no plan reads --------------------------------------------
    "ssb.included.by_none": (
        "Ingen plan leser denne SSB-fila: {plans} nevner den ikke under analysis: ssb:. Legg "
        "den til der (file:), eller sjekk planen: kplan validate {first}",
        "Ingen plan les denne SSB-fila: {plans} nemner henne ikkje under analysis: ssb:. Legg "
        "henne til der (file:), eller sjekk planen: kplan validate {first}",
        "No plan reads this SSB file: {plans} does not name it under analysis: ssb:. Add it "
        "there (file:), or validate the plan: kplan validate {first}",
    ),
}
