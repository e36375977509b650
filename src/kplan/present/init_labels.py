"""The words `kplan init` writes into a new plan, in bokmål, nynorsk and English: the comment
above each section (what belongs there, and which KS step) and the plan's title; with the
commented examples and the CI comments of `init_examples`. Merged by `labels.py` into its one
table; `kplan.document.scaffold` reads it directly, so a new plan does not wait for that merge.

A comment is one paragraph; the scaffold wraps it.
"""

from __future__ import annotations

from kplan.present.init_examples import INIT_EXAMPLES

INIT_LABELS: dict[str, tuple[str, str, str]] = {
    # --- the plan's title ---------------------------------------------------------------------
    "scaffold.title": (
        "Strategisk kompetanseplan {start}-{end}",
        "Strategisk kompetanseplan {start}-{end}",
        "Strategic competence plan {start}-{end}",
    ),
    "scaffold.title_area": (
        "Strategisk kompetanseplan for {area} {start}-{end}",
        "Strategisk kompetanseplan for {area} {start}-{end}",
        "Strategic competence plan for {area} {start}-{end}",
    ),
    "scaffold.title_progress": (
        "Framdriftsplan for strategisk kompetanseplan {start}-{end}",
        "Framdriftsplan for strategisk kompetanseplan {start}-{end}",
        "Progress plan for the strategic competence plan {start}-{end}",
    ),
    "scaffold.title_progress_area": (
        "Framdriftsplan for strategisk kompetanseplan for {area} {start}-{end}",
        "Framdriftsplan for strategisk kompetanseplan for {area} {start}-{end}",
        "Progress plan for the strategic competence plan for {area} {start}-{end}",
    ),
    "scaffold.step": ("KS steg {n}", "KS steg {n}", "KS step {n}"),
    # --- the files ----------------------------------------------------------------------------
    "scaffold.header": (
        "Strategisk kompetanseplan, laget med «kplan init» etter KS' modell i sju steg. Fyll ut "
        "delene under steg for steg; «kplan validate» sier hva som mangler, og «kplan render» "
        "viser dokumentet. Nøklene er engelske, innholdet skriver dere på norsk. En editor med "
        "YAML-støtte (VS Code med YAML-utvidelsen) foreslår nøklene og forklarer dem. Personer "
        "skrives med rolle, aldri med navn: planen er offentlig, og git glemmer ingenting.",
        "Strategisk kompetanseplan, laga med «kplan init» etter KS sin modell i sju steg. Fyll ut "
        "delane under steg for steg; «kplan validate» seier kva som manglar, og «kplan render» "
        "viser dokumentet. Nøklane er engelske, innhaldet skriv de på norsk. Ein editor med "
        "YAML-støtte (VS Code med YAML-utvidinga) føreslår nøklane og forklarer dei. Personar "
        "skriv de med rolle, aldri med namn: planen er offentleg, og git gløymer ingenting.",
        "A strategic competence plan, made by «kplan init» after KS's seven-step model. Fill in "
        "the parts below step by step; «kplan validate» says what is missing, and «kplan render» "
        "shows the document. Keys are English, the content is Norwegian. An editor with YAML "
        "support (VS Code with the YAML extension) suggests the keys and explains them. People "
        "are named by role, never by name: the plan is public, and git never forgets.",
    ),
    "scaffold.part_header": (
        "Tiltaksplanen (KS steg 6), inkludert fra kplan.yaml. Dere kan dele den i én fil per "
        "ansvarsområde eller tjenesteområde i denne mappen.",
        "Tiltaksplanen (KS steg 6), inkludert frå kplan.yaml. De kan dele han i éi fil per "
        "ansvarsområde eller tenesteområde i denne mappa.",
        "The action plan (KS step 6), included from kplan.yaml. You may split it into one file "
        "per area or service in this folder.",
    ),
    # --- the sections of kplan.yaml -----------------------------------------------------------
    "scaffold.kplan": (
        "Filformatets versjon; la den stå.",
        "Versjonen til filformatet; lat han stå.",
        "The file format version; leave it as it is.",
    ),
    "scaffold.include": (
        "Andre filer som hører til planen, som stier eller mønstre. Tiltaksplanen ligger i "
        "mappen tiltaksplan/.",
        "Andre filer som høyrer til planen, som stiar eller mønster. Tiltaksplanen ligg i "
        "mappa tiltaksplan/.",
        "Other files of the plan, as paths or patterns. The action plan is in the folder "
        "tiltaksplan/.",
    ),
    "scaffold.plan": (
        "Fakta om planen: tittel, kommune, hva planen gjelder (scope), planperiode, status "
        "(utkast, høring, vedtatt eller utgått) og målform (nb eller nn). Kommunenummeret "
        "står i anførselstegn, så de innledende nullene blir stående.",
        "Fakta om planen: tittel, kommune, kva planen gjeld (scope), planperiode, status "
        "(utkast, høring, vedtatt eller utgått) og målform (nb eller nn). Kommunenummeret "
        "står i hermeteikn, så dei innleiande nullane blir ståande.",
        "Facts about the plan: title, kommune, what it covers (scope), plan period, status "
        "(utkast, høring, vedtatt or utgått) and målform (nb or nn). The kommune number is in "
        "quotes, so its leading zeros stay.",
    ),
    "scaffold.purpose": (
        "Hva planen skal: ett punkt per linje. Legg også til eier (owner), bakgrunn "
        "(background), rullering (revision) og rapportering (reporting) når dere vet dem.",
        "Kva planen skal: eitt punkt per linje. Legg òg til eigar (owner), bakgrunn "
        "(background), rullering (revision) og rapportering (reporting) når de veit dei.",
        "What the plan shall do: one point per line. Add its owner, background, revision and "
        "reporting when you know them.",
    ),
    "scaffold.decisions": (
        "Vedtak om planen: hvilket organ, når, saksnummer og hva som ble vedtatt. Når planen er "
        "vedtatt: sett status: vedtatt over, og git_tag til taggen for den vedtatte versjonen.",
        "Vedtak om planen: kva organ, når, saksnummer og kva som vart vedteke. Når planen er "
        "vedteken: set status: vedtatt over, og git_tag til taggen for den vedtekne versjonen.",
        "Decisions on the plan: which body, when, the case number and what was decided. Once "
        "the plan is adopted: set status: vedtatt above, and git_tag to the adopted version's tag.",
    ),
    "scaffold.organisation": (
        "Organisering og involvering: prosjekteier, styringsgruppe og arbeidsgruppe (med rolle, "
        "ikke navn), tillitsvalgte og verneombud, brukerråd og mandat. Planen lages sammen med "
        "de tillitsvalgte (Hovedtariffavtalen kap. 3).",
        "Organisering og involvering: prosjekteigar, styringsgruppe og arbeidsgruppe (med rolle, "
        "ikkje namn), tillitsvalde og verneombod, brukarråd og mandat. Planen blir laga saman "
        "med dei tillitsvalde (Hovudtariffavtalen kap. 3).",
        "Organisation and involvement: project owner, steering group and working group (by "
        "role, not name), union representatives and safety delegates, user councils and the "
        "mandate. The plan is made together with the unions (Hovedtariffavtalen ch. 3).",
    ),
    "scaffold.steps": (
        "Framdriftsplanen: de sju stegene i KS-modellen. For hvert steg kan dere skrive hvem som "
        "har ansvaret (responsible), hva som gjøres (what), frist (deadline: 2025-08-31, 2025-08 "
        "eller 2025), når det ble ferdig (done) og status («ikke startet», «pågår» eller «ferdig»). "
        "Navnene er KS' egne; la dem stå.",
        "Framdriftsplanen: dei sju stega i KS-modellen. For kvart steg kan de skrive kven som har "
        "ansvaret (responsible), kva som blir gjort (what), frist (deadline: 2025-08-31, 2025-08 "
        "eller 2025), når det vart ferdig (done) og status («ikke startet», «pågår» eller «ferdig»). "
        "Namna er KS sine eigne; lat dei stå.",
        "The progress plan: the seven steps of the KS model. For each step you may write who is "
        "responsible, what is done, the deadline (2025-08-31, 2025-08 or 2025), when it was "
        "done and its status («ikke startet», «pågår» or «ferdig»). The names are KS's own; leave them.",
    ),
    "scaffold.steps_progress": (
        "Framdriftsplanen: de sju stegene i KS-modellen, det første planen skal vedta. Fyll ut "
        "for hvert steg hvem som har ansvaret (responsible: Kommunedirektøren), hva som gjøres "
        "og hvordan (what), og fristen (deadline: 2025-08-31, 2025-08 eller 2025). Sett status "
        "(«ikke startet», «pågår» eller «ferdig») og done når steget er gjort; «kplan status» viser "
        "stegene som er forsinket. Navnene er KS' egne; la dem stå.",
        "Framdriftsplanen: dei sju stega i KS-modellen, det første planen skal vedta. Fyll ut "
        "for kvart steg kven som har ansvaret (responsible: Kommunedirektøren), kva som blir "
        "gjort og korleis (what), og fristen (deadline: 2025-08-31, 2025-08 eller 2025). Set "
        "status («ikke startet», «pågår» eller «ferdig») og done når steget er gjort; «kplan status» "
        "viser stega som er forseinka. Namna er KS sine eigne; lat dei stå.",
        "The progress plan: the seven steps of the KS model, the first thing the plan adopts. "
        "Fill in for each step who is responsible (responsible: Kommunedirektøren), what is "
        "done and how (what), and the deadline (deadline: 2025-08-31, 2025-08 or 2025). Set the "
        "status («ikke startet», «pågår» or «ferdig») and done once the step is done; «kplan status» "
        "shows the steps that are late. The names are KS's own; leave them.",
    ),
    "scaffold.anchoring": (
        "Forankring: hvordan planen er forankret i ledelsen, politisk og hos de tillitsvalgte, "
        "kommunens verdier, ambisjonen for perioden og økonomiplanårene planen hører til.",
        "Forankring: korleis planen er forankra i leiinga, politisk og hos dei tillitsvalde, "
        "verdiane til kommunen, ambisjonen for perioden og økonomiplanåra planen høyrer til.",
        "Anchoring: how the plan is anchored in management, politics and the unions, the "
        "kommune's values, the ambition for the period and the økonomiplan years it belongs to.",
    ),
    "scaffold.goals": (
        "Overordnede mål og føringer: målene fra kommuneplanens samfunnsdel, "
        "arbeidsgiverstrategien og tjenesteplanene, og nasjonale lover og reformer. Ett hovedmål; "
        "de andre er mål, delmål eller føringer under det.",
        "Overordna mål og føringar: måla frå samfunnsdelen av kommuneplanen, "
        "arbeidsgjevarstrategien og tenesteplanane, og nasjonale lover og reformer. Eitt hovudmål; "
        "dei andre er mål, delmål eller føringar under det.",
        "Overall goals and guidelines: the goals of the kommuneplan's samfunnsdel, the employer "
        "strategy and the service plans, and national laws and reforms. One main goal; the "
        "others are goals, sub-goals or guidelines under it.",
    ),
    "scaffold.competence_concept": (
        "Hva er kompetanse? Planens egen definisjon, dimensjonene (kunnskaper, ferdigheter, "
        "holdninger, evner) med kompetanseformene under hver, formell kompetanse og "
        "realkompetanse, og faktorene fra 10-FAKTOR dere bruker.",
        "Kva er kompetanse? Definisjonen til planen, dimensjonane (kunnskapar, ferdigheiter, "
        "haldningar, evner) med kompetanseformene under kvar, formell kompetanse og "
        "realkompetanse, og faktorane frå 10-FAKTOR de bruker.",
        "What is competence? The plan's own definition, the dimensions (kunnskaper, "
        "ferdigheter, holdninger, evner) with the forms of competence under each, formal and "
        "real competence, and the 10-FAKTOR factors you use.",
    ),
    "scaffold.learning": (
        "Læring: hvordan planen ser på læring, læringsarenaene kommunen bruker (arbeidsplassen, "
        "nettverk, interne og eksterne kurs, videreutdanning) og fordelingen 70-20-10.",
        "Læring: korleis planen ser på læring, læringsarenaene kommunen bruker (arbeidsplassen, "
        "nettverk, interne og eksterne kurs, vidareutdanning) og fordelinga 70-20-10.",
        "Learning: how the plan sees learning, the learning arenas the kommune uses (daily "
        "work, networks, internal and external courses, further education) and 70-20-10.",
    ),
    "scaffold.units": (
        "Enhetene planen snakker om: kommunen, ansvarsområder, tjenesteområder, enheter og "
        "avdelinger, hver med id, navn, nivå og enheten over (parent). Analysen og tiltakene "
        "viser til dem med id.",
        "Einingane planen snakkar om: kommunen, ansvarsområde, tenesteområde, einingar og "
        "avdelingar, kvar med id, namn, nivå og eininga over (parent). Analysen og tiltaka "
        "viser til dei med id.",
        "The units the plan talks about: the kommune, areas, services, units and departments, "
        "each with an id, a name, a level and the unit above it (parent). The analysis and the "
        "actions refer to them by id.",
    ),
    "scaffold.competences": (
        "Kompetansene planen snakker om (utdanning, profesjon, fagbrev, studiepoeng, kurs, "
        "autorisasjon), hver med id, navn og type.",
        "Kompetansane planen snakkar om (utdanning, profesjon, fagbrev, studiepoeng, kurs, "
        "autorisasjon), kvar med id, namn og type.",
        "The competences the plan talks about (education, profession, trade certificate, "
        "credits, course, authorisation), each with an id, a name and a kind.",
    ),
    "scaffold.requirements": (
        "Kompetansekrav: lover, normer og lokale mål enhetene må oppfylle (bemanningsnorm, "
        "andel med høyere utdanning, minstekrav, kvalifikasjon med frist, kurs, stillingsstørrelse).",
        "Kompetansekrav: lover, normer og lokale mål einingane må oppfylle (bemanningsnorm, "
        "del med høgare utdanning, minstekrav, kvalifikasjon med frist, kurs, stillingsstorleik).",
        "Competence requirements: laws, norms and local targets the units must meet (staffing "
        "norm, share with higher education, minimum count, qualification by a deadline, course, "
        "position size).",
    ),
    "scaffold.inventory": (
        "Kompetansebeholdningen: hva enhetene har i dag, som summer (personer og årsverk hver "
        "for seg). Eksporter fra HR-systemet med enkeltpersoner hører ikke hjemme i planen.",
        "Kompetansebehaldninga: kva einingane har i dag, som summar (personar og årsverk kvar "
        "for seg). Eksportar frå HR-systemet med enkeltpersonar høyrer ikkje heime i planen.",
        "The inventory: what the units have today, as aggregates (persons and årsverk kept "
        "apart). Person-level exports from the HR system do not belong in the plan.",
    ),
    "scaffold.drivers": (
        "Drivere for bemanningen: befolkningsframskrivinger (SSB) og tall på brukere per år.",
        "Drivarar for bemanninga: befolkningsframskrivingar (SSB) og tal på brukarar per år.",
        "Drivers of staffing: population projections (SSB) and numbers of users per year.",
    ),
    "scaffold.staffing": (
        "Bemanningsanalysen: hvilke enheters bemanning planen framskriver, og hva behovet følger "
        "(drivere eller en norm).",
        "Bemanningsanalysen: kva einingar si bemanning planen framskriv, og kva behovet følgjer "
        "(drivarar eller ein norm).",
        "The staffing analysis: whose staffing the plan projects, and what the need follows "
        "(drivers or a norm).",
    ),
    "scaffold.needs": (
        "Kompetansebehovene: gapet mellom krav og beholdning, hvert med type (mobilisering, "
        "læring, anskaffelse eller avvikling), enheten og målene det tjener.",
        "Kompetansebehova: gapet mellom krav og behaldning, kvart med type (mobilisering, "
        "læring, anskaffelse eller avvikling), eininga og måla det tener.",
        "The competence needs: the gap between requirements and inventory, each with a type "
        "(mobilisering, læring, anskaffelse or avvikling), its unit and the goals it serves.",
    ),
    "scaffold.swot": (
        "SWOT-analyser: styrker, svakheter, muligheter og trusler, per enhet.",
        "SWOT-analysar: styrkar, veikskapar, moglegheiter og truslar, per eining.",
        "SWOT analyses: strengths, weaknesses, opportunities and threats, per unit.",
    ),
    "scaffold.strategies": (
        "Kompetansestrategiene: mobilisere, utvikle, anskaffe (rekruttere) og avvikle, og "
        "satsingsområdene. Tiltakene i tiltaksplanen viser til dem.",
        "Kompetansestrategiane: mobilisere, utvikle, anskaffe (rekruttere) og avvikle, og "
        "satsingsområda. Tiltaka i tiltaksplanen viser til dei.",
        "The competence strategies: mobilise, develop, acquire (recruit) and phase out, and the "
        "focus areas. The actions of the action plan refer to them.",
    ),
    "scaffold.actions": (
        "Tiltakene: tittel, behovene og målene de tjener, strategi (mobilisere, utvikle, "
        "rekruttere, avvikle), periode, kostnad, ansvar, målgruppe og evaluering "
        "(Kirkpatrick-nivå 1-4).",
        "Tiltaka: tittel, behova og måla dei tener, strategi (mobilisere, utvikle, rekruttere, "
        "avvikle), periode, kostnad, ansvar, målgruppe og evaluering (Kirkpatrick-nivå 1-4).",
        "The actions: title, the needs and goals they serve, strategy (mobilisere, utvikle, "
        "rekruttere, avvikle), period, cost, who is responsible, target group and evaluation "
        "(Kirkpatrick level 1-4).",
    ),
    "scaffold.evaluation": (
        "Gjennomføring, oppfølging og evaluering: hvordan planen som helhet følges opp "
        "(årsrapport, medarbeidersamtaler, 10-FAKTOR), Kirkpatrick-nivåene dere bruker, og "
        "rulleringen.",
        "Gjennomføring, oppfølging og evaluering: korleis planen som heilskap blir følgd opp "
        "(årsrapport, medarbeidarsamtalar, 10-FAKTOR), Kirkpatrick-nivåa de bruker, og "
        "rulleringa.",
        "Implementation, follow-up and evaluation: how the plan as a whole is followed up "
        "(annual report, appraisal talks, 10-FAKTOR), the Kirkpatrick levels you use, and "
        "revision.",
    ),
    "scaffold.content": (
        "Frie avsnitt (tekst, punktlister, tabeller) i kapitlet de hører til (chapter: "
        "background, anchoring, competence_concept, analysis, actions, evaluation ...).",
        "Frie avsnitt (tekst, punktlister, tabellar) i kapitlet dei høyrer til (chapter: "
        "background, anchoring, competence_concept, analysis, actions, evaluation ...).",
        "Free sections (text, bullet lists, tables) in the chapter they belong to (chapter: "
        "background, anchoring, competence_concept, analysis, actions, evaluation ...).",
    ),
    "scaffold.glossary": (
        "Begreper: ord planen bruker, og hva planen mener med dem.",
        "Omgrep: ord planen bruker, og kva planen meiner med dei.",
        "Glossary: words the plan uses, and what it means by them.",
    ),
    "scaffold.appendices": (
        "Vedlegg: støttespørsmål, skjemaer, litteratur.",
        "Vedlegg: støttespørsmål, skjema, litteratur.",
        "Appendices: support questions, forms, literature.",
    ),
    "scaffold.analysis": (
        "Innstillinger for analysen (kplan gap): pensjonsalder, turnover og CSV-filer med "
        "beholdning og befolkningstall. Tomt: kplans standardverdier.",
        "Innstillingar for analysen (kplan gap): pensjonsalder, turnover og CSV-filer med "
        "behaldning og folketal. Tomt: standardverdiane til kplan.",
        "Settings for the analysis (kplan gap): retirement age, turnover and CSV files of "
        "inventory and population figures. Empty: kplan's defaults.",
    ),
    "scaffold.action_table": (
        "Hvordan dokumentet viser tiltaksplanen: kolonnene og rekkefølgen, og grupperingen. "
        "Tomt: kolonnene tiltakene bruker.",
        "Korleis dokumentet viser tiltaksplanen: kolonnane og rekkjefølgja, og grupperinga. "
        "Tomt: kolonnane tiltaka bruker.",
        "How the document shows the action plan: its columns, their order and the grouping. "
        "Empty: the columns the actions use.",
    ),
    "scaffold.suppress": (
        "Advarsler planen slår av med vilje, hver med en begrunnelse alle kan lese.",
        "Åtvaringar planen slår av med vilje, kvar med ei grunngjeving alle kan lese.",
        "Warnings the plan silences on purpose, each with a reason everyone can read.",
    ),
    **INIT_EXAMPLES,
}
