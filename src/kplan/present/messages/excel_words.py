"""The action form's own words: column headers, sheet names and the cover sheet, and what kplan
says about a filled-in form's cells (K910) and sheets (K911): key → (bokmål, nynorsk, English).

The cover sheet's texts are in `excel_cover`, merged here.
"""

from __future__ import annotations

from kplan.present.messages.excel_cover import COVER

WORDS: dict[str, tuple[str, str, str]] = {
    **COVER,
    # --- column headers (one per kplan.plan.action_form.FORM_FIELDS) --------------------------
    "excel.col.id": ("Id (fylles ut av kplan)", "Id (fyllast ut av kplan)", "Id (given by kplan)"),
    "excel.col.title": ("Tiltak", "Tiltak", "Action"),
    "excel.col.unit": ("Enhet", "Eining", "Unit"),
    "excel.col.strategy": ("KS-strategi", "KS-strategi", "KS strategy"),
    "excel.col.learning_form": (
        "Læringsform (70-20-10)",
        "Læringsform (70-20-10)",
        "Learning form (70-20-10)",
    ),
    "excel.col.status": ("Status", "Status", "Status"),
    "excel.col.needs": ("Behov (id-er)", "Behov (id-ar)", "Needs (ids)"),
    "excel.col.goals": ("Mål (id-er)", "Mål (id-ar)", "Goals (ids)"),
    "excel.col.strategies": (
        "Satsingsområder (id-er)",
        "Satsingsområde (id-ar)",
        "Strategies (ids)",
    ),
    "excel.col.arena": ("Læringsarena", "Læringsarena", "Learning arena"),
    "excel.col.arenas": (
        "Flere læringsarenaer (id-er)",
        "Fleire læringsarenaer (id-ar)",
        "Further learning arenas (ids)",
    ),
    "excel.col.target_group": ("Målgruppe", "Målgruppe", "Target group"),
    "excel.col.responsible": ("Ansvarlig", "Ansvarleg", "Responsible"),
    "excel.col.provider": ("Tilbyder", "Tilbydar", "Provider"),
    "excel.col.period.start": ("Start", "Start", "Start"),
    "excel.col.period.end": ("Slutt", "Slutt", "End"),
    "excel.col.period.text": ("Periode (tekst)", "Periode (tekst)", "Period (text)"),
    "excel.col.scope": ("Omfang", "Omfang", "Scope"),
    "excel.col.count": ("Antall", "Tal", "Count"),
    "excel.col.frequency": ("Hyppighet", "Kor ofte", "Frequency"),
    "excel.col.notes": ("Merknad", "Merknad", "Notes"),
    # what a column's ids name, for K910
    "excel.refers.units": ("en enhet", "ei eining", "a unit"),
    "excel.refers.needs": ("et behov", "eit behov", "a need"),
    "excel.refers.goals": ("et mål", "eit mål", "a goal"),
    "excel.refers.strategies": ("et satsingsområde", "eit satsingsområde", "a strategy"),
    "excel.refers.arenas": ("en læringsarena", "ein læringsarena", "a learning arena"),
    # --- K910: a cell kplan cannot use ----------------------------------------------------------
    "excel.k910.formula": (
        "Cellen har en formel ({formula}); kplan leser bare verdier og regner ikke ut formler: "
        "skriv verdien selv.",
        "Cella har ein formel ({formula}); kplan les berre verdiar og reknar ikkje ut formlar: "
        "skriv verdien sjølv.",
        "The cell holds a formula ({formula}); kplan reads values only and never computes "
        "formulas: type the value itself.",
    ),
    "excel.k910.too_long": (
        "Cellen har {chars} tegn, mer enn de {most} Excel selv tillater.",
        "Cella har {chars} teikn, meir enn dei {most} Excel sjølv tillèt.",
        "The cell holds {chars} characters, more than the {most} Excel itself allows.",
    ),
    "excel.k910.control": (
        "Cellen har usynlige kontrolltegn; skriv teksten inn på nytt.",
        "Cella har usynlege kontrollteikn; skriv teksten inn på nytt.",
        "The cell holds invisible control characters; type the text again.",
    ),
    "excel.k910.date_in_text": (
        "Excel har gjort det som ble skrevet her om til en dato ({value}); formater cellen som "
        "tekst og skriv det inn på nytt.",
        "Excel har gjort det som vart skrive her om til ein dato ({value}); formater cella som "
        "tekst og skriv det inn på nytt.",
        "Excel turned what was typed here into a date ({value}); format the cell as text and "
        "type it again.",
    ),
    "excel.k910.bool": (
        "Cellen har en sann/usann-verdi der det skal stå tekst.",
        "Cella har ein sann/usann-verdi der det skal stå tekst.",
        "The cell holds a true/false value where text belongs.",
    ),
    "excel.k910.choice": (
        "«{value}» er ikke et av valgene her; velg {choices} i nedtrekkslisten.",
        "«{value}» er ikkje eitt av vala her; vel {choices} i nedtrekkslista.",
        "«{value}» is not one of the choices here; pick {choices} from the drop-down list.",
    ),
    "excel.k910.unknown_ref": (
        "«{value}» er ikke {kind} i planen; bruk id-en planen har (flere skilles med komma).",
        "«{value}» er ikkje {kind} i planen; bruk id-en planen har (fleire skiljast med komma).",
        "«{value}» is not {kind} of the plan; use the id the plan has (several separated by "
        "commas).",
    ),
    "excel.k910.unknown_choice": (
        "«{value}» er ikke {kind} i planen; velg i nedtrekkslisten.",
        "«{value}» er ikkje {kind} i planen; vel i nedtrekkslista.",
        "«{value}» is not {kind} of the plan; choose from the drop-down list.",
    ),
    "excel.k910.no_date": (
        "«{value}» er ingen dato kplan kan lese; skriv et år (2025), en måned (2025-08) eller "
        "en dag (01.08.2025).",
        "«{value}» er ingen dato kplan kan lese; skriv eit år (2025), ein månad (2025-08) eller "
        "ein dag (01.08.2025).",
        "«{value}» is no date kplan reads; write a year (2025), a month (2025-08) or a day "
        "(01.08.2025).",
    ),
    "excel.k910.year_range": (
        "Året {year} er utenfor {first}-{last}; er det en skrivefeil?",
        "Året {year} er utanfor {first}-{last}; er det ein skrivefeil?",
        "The year {year} is outside {first}-{last}; is it a typing error?",
    ),
    "excel.k910.serial": (
        "«{value}» ser ut som en Excel-dato vist som tall ({date}); skriv datoen slik, eller "
        "et år eller en måned.",
        "«{value}» ser ut som ein Excel-dato vist som tal ({date}); skriv datoen slik, eller "
        "eit år eller ein månad.",
        "«{value}» looks like an Excel date shown as a number ({date}); write the date so, or a "
        "year or a month.",
    ),
    "excel.k910.number": (
        "«{value}» er ikke et helt tall (0 eller mer).",
        "«{value}» er ikkje eit heilt tal (0 eller meir).",
        "«{value}» is not a whole number (0 or more).",
    ),
    "excel.k910.no_title": (
        "Raden har ikke noe tiltak; skriv tiltaket, eller tøm hele raden.",
        "Rada har ikkje noko tiltak; skriv tiltaket, eller tøm heile rada.",
        "The row has no action; write the action, or empty the whole row.",
    ),
    "excel.k910.unknown_id": (
        "Id-en «{id}» er ikke et tiltak i planen. Id-er gis av kplan: la id-cellen stå tom for "
        "et nytt tiltak.",
        "Id-en «{id}» er ikkje eit tiltak i planen. Id-ar vert gjevne av kplan: la id-cella stå "
        "tom for eit nytt tiltak.",
        "The id «{id}» is not an action of the plan. Ids are given by kplan: leave the id cell "
        "empty for a new action.",
    ),
    "excel.k910.duplicate_id": (
        "Id-en «{id}» står også på arket {sheet}, rad {row}; hvert tiltak skal stå én gang "
        "(la id-cellen stå tom for et nytt tiltak).",
        "Id-en «{id}» står òg på arket {sheet}, rad {row}; kvart tiltak skal stå éin gong "
        "(la id-cella stå tom for eit nytt tiltak).",
        "The id «{id}» is also on the sheet {sheet}, row {row}; each action belongs once "
        "(leave the id cell empty for a new action).",
    ),
    "excel.k910.too_many_rows": (
        "Arket har rader etter rad {most}; kplan leser høyst {most} rader av et ark.",
        "Arket har rader etter rad {most}; kplan les høgst {most} rader av eit ark.",
        "The sheet has rows after row {most}; kplan reads at most {most} rows of a sheet.",
    ),
    # --- K911: a workbook or sheet that is no kplan form ----------------------------------------
    "excel.k911.no_form": (
        "Arbeidsboka er ikke et tiltaksskjema fra kplan: ingen ark har kplans skjulte "
        "kolonnenøkler i rad 1. Lag et skjema med `kplan excel export`.",
        "Arbeidsboka er ikkje eit tiltaksskjema frå kplan: ingen ark har dei skjulte "
        "kolonnenøklane til kplan i rad 1. Lag eit skjema med `kplan excel export`.",
        "The workbook is not a kplan action form: no sheet has kplan's hidden column keys in "
        "row 1. Make a form with `kplan excel export`.",
    ),
    "excel.k911.missing_column": (
        "Arket mangler kolonnen «{column}» (nøkkelen i den skjulte rad 1 er borte), så kplan kan "
        "ikke lese det; lag et nytt skjema med `kplan excel export`.",
        "Arket manglar kolonnen «{column}» (nøkkelen i den skjulte rad 1 er borte), så kplan kan "
        "ikkje lese det; lag eit nytt skjema med `kplan excel export`.",
        "The sheet lacks the column «{column}» (its key in the hidden row 1 is gone), so kplan "
        "cannot read it; make a new form with `kplan excel export`.",
    ),
    "excel.k911.no_keys": (
        "Arket er et av skjemaets ark, men den skjulte rad 1 med kolonnenøklene er borte (eller "
        "sortert langt ned), så kplan vet ikke hvilken kolonne som er hva; angre sorteringen, "
        "lim rad 1 inn igjen fra skjemaet slik det ble sendt, eller lag et nytt med "
        "`kplan excel export`.",
        "Arket er eitt av arka i skjemaet, men den skjulte rad 1 med kolonnenøklane er borte "
        "(eller sortert langt ned), så kplan veit ikkje kva kolonne som er kva; angre "
        "sorteringa, lim rad 1 inn att frå skjemaet slik det vart sendt, eller lag eit nytt med "
        "`kplan excel export`.",
        "The sheet is one of the form's, but its hidden row 1 with the column keys is gone (or "
        "sorted far down), so kplan cannot tell which column is which; undo the sort, paste "
        "row 1 back from the form as it was sent, or make a new one with `kplan excel export`.",
    ),
    "excel.k911.above_keys": (
        "Raden står over den skjulte nøkkelraden (rad {keys}), trolig fordi hele arket er "
        "sortert, rad 1 og 2 med; kplan kan ikke lese arket slik. Angre sorteringen, og sorter "
        "med filterknappene i rad 2 (de holder rad 1 og 2 på plass).",
        "Rada står over den skjulte nøkkelrada (rad {keys}), truleg fordi heile arket er "
        "sortert, rad 1 og 2 med; kplan kan ikkje lese arket slik. Angre sorteringa, og sorter "
        "med filterknappane i rad 2 (dei held rad 1 og 2 på plass).",
        "The row is above the hidden key row (row {keys}), likely because the whole sheet was "
        "sorted, rows 1 and 2 with it; kplan cannot read the sheet so. Undo the sort, and sort "
        "with the filter buttons in row 2 (they keep rows 1 and 2 in place).",
    ),
    "excel.k911.duplicate_column": (
        "Kolonnen «{column}» står to ganger i arket (også i kolonne {first}); slett den ene.",
        "Kolonnen «{column}» står to gonger i arket (òg i kolonne {first}); slett den eine.",
        "The column «{column}» is in the sheet twice (also column {first}); delete one of them.",
    ),
}
