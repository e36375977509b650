"""Write a synthetic kplan plan directory the size of Norway's largest kommune.

    python bench/generate.py OUTDIR [--scale N] [--seed S]

At scale 1 the plan has 10 ansvarsområder (one include file each), 371 units, 150 competences,
50 goals, 2000 requirements (all six kinds), inventory rows for about 60,000 employees, a driver
with ten yearly values per enhet, 1500 needs and 4000 actions. `--scale N` multiplies every count
(ansvarsområder, competences, goals, ...), so a scale-N plan has N times the items and 10*N files.

The output is deterministic for a given scale and seed, and it validates clean:
`kplan validate OUTDIR` reports 0 errors and 0 warnings. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys

PLAN_START, PLAN_END = 2025, 2034
SNAPSHOT = "2025-01-01"

AREAS_PER_SCALE = 10
SERVICES_PER_AREA = 4
UNITS_PER_SERVICE = 8
COMPETENCES_PER_SCALE = 150
GOALS_PER_SCALE = 50
REQS_PER_UNIT = 6  # per enhet; plus REQS_PER_SERVICE per tjenesteområde: 200 per area
REQS_PER_SERVICE = 2
NEEDS_PER_AREA = 150
ACTIONS_PER_AREA = 400
INVENTORY_COMPETENCES = 7  # competence rows per enhet, besides the total row
EMPLOYEES = 60_000  # at scale 1, spread over the enheter

AREA_NAMES = [
    "Oppvekst og utdanning",
    "Helse og omsorg",
    "Velferd og sosiale tjenester",
    "Kultur og idrett",
    "Byutvikling",
    "Klima og miljø",
    "Teknikk og eiendom",
    "Sentraladministrasjonen",
    "Samfunnssikkerhet og beredskap",
    "Næring og innovasjon",
]
SERVICE_WORDS = ["tjenester", "forvaltning", "drift", "utvikling"]
UNIT_WORDS = [
    "Nordre",
    "Søndre",
    "Østre",
    "Vestre",
    "Sentrum",
    "Åsen",
    "Bjørkelia",
    "Fjellhøgda",
    "Strandkanten",
    "Granly",
    "Solbakken",
    "Øvre Lia",
]
ROLE_BASES = [
    ("sykepleier", "Sykepleier", "profesjon", "bachelor"),
    ("spesialsykepleier", "Spesialsykepleier", "profesjon", "master"),
    ("vernepleier", "Vernepleier", "profesjon", "bachelor"),
    ("helsefagarbeider", "Helsefagarbeider", "fagbrev", "fagarbeider"),
    ("barne-ungdomsarbeider", "Barne- og ungdomsarbeider", "fagbrev", "fagarbeider"),
    ("barnehagelaerer", "Barnehagelærer", "profesjon", "bachelor"),
    ("laerer", "Lærer", "profesjon", "master"),
    ("lektor", "Lektor", "profesjon", "master"),
    ("sosionom", "Sosionom", "profesjon", "bachelor"),
    ("ergoterapeut", "Ergoterapeut", "profesjon", "bachelor"),
    ("fysioterapeut", "Fysioterapeut", "profesjon", "bachelor"),
    ("ingenior", "Ingeniør", "profesjon", "bachelor"),
    ("driftsoperator", "Driftsoperatør", "fagbrev", "fagarbeider"),
    ("kokk", "Kokk", "fagbrev", "fagarbeider"),
    ("fagskole-helse", "Fagskole helse", "utdanningsnivå", "fagskole"),
    ("ufaglaert", "Ufaglært", "utdanningsnivå", "ufaglært"),
    ("lege", "Lege", "autorisasjon", "spesialist"),
    ("jurist", "Jurist", "profesjon", "master"),
    ("okonom", "Økonom", "profesjon", "bachelor"),
    ("arkitekt", "Arkitekt", "profesjon", "master"),
]
SUBJECTS = [
    "demens",
    "psykisk helse",
    "rus",
    "kreftomsorg",
    "palliasjon",
    "spesialpedagogikk",
    "matematikk",
    "norsk",
    "engelsk",
    "veiledning",
    "ledelse",
    "velferdsteknologi",
    "geriatri",
    "barnevern",
    "saksbehandling",
]
COURSES = [
    "Førstehjelp",
    "HLR",
    "Legemiddelhåndtering",
    "Brannvern",
    "Personvern og informasjonssikkerhet",
    "Tvang og makt",
    "Forflytning",
    "Smittevern",
    "Vold og trusler",
    "Arbeidsmiljø og HMS",
]
FORMS = [
    ("kunnskaper", "å vite og kjenne fakta", ["fagkompetanse", "organisasjonskompetanse"]),
    ("ferdigheter", "å kunne gjøre", ["lederkompetanse", "digital-kompetanse"]),
    ("holdninger", "meninger, innstillinger og verdier", ["verdier-etikk"]),
    ("evner", "grunnleggende egenskaper", ["omstillingskompetanse"]),
]
ARENAS = [
    ("a-refleksjon", "Refleksjon over egen praksis", 70),
    ("a-nye-oppgaver", "Løsing av nye oppgaver", 70),
    ("a-jobbrotasjon", "Jobbrotasjon", 70),
    ("a-veiledning", "Veiledning fra leder eller kollega", 20),
    ("a-mentor", "Fadder- og mentorordning", 20),
    ("a-nettverk", "Faglige nettverk", 20),
    ("a-kurs", "Kurs og seminarer", 10),
    ("a-evu", "Etter- og videreutdanning", 10),
    ("a-elaering", "E-læring", 10),
]
STEP_NAMES = [
    "Organisering og involvering",
    "Forankring",
    "Overordnede mål og føringer",
    "Hva er kompetanse?",
    "Kompetanse- og bemanningsanalyse",
    "Kompetansestrategier og tiltak",
    "Gjennomføring, oppfølging og evaluering",
]
STRATEGY_FOR_NEED = {
    "læring": ["utvikle"],
    "anskaffelse": ["anskaffe", "rekruttere"],
    "mobilisering": ["mobilisere"],
    "avvikling": ["avvikle"],
}
ARENAS_BY_FORM = {f: [a for a, _, form in ARENAS if form == f] for f in (70, 20, 10)}
AGE_BANDS = ["<30", "30-39", "40-49", "50-59", "60+"]
POSITION_BANDS = ["<50", "50-74", "75-99", "100"]
FUNDERS = [
    "Kompetanse- og innovasjonstilskuddet fra Statsforvalteren",
    "Kompetanseløftet 2025",
    "Utdanningsdirektoratets videreutdanningsordning",
]
PROVIDERS = ["Universitetet i Oslo", "OsloMet", "KS", "Intern opplæring", "Statsforvalteren"]
ACTION_WORDS = {
    "utvikle": "Videreutdanning",
    "anskaffe": "Kjøp av tjenester",
    "rekruttere": "Rekruttering",
    "mobilisere": "Jobbrotasjon og kunnskapsdeling",
    "avvikle": "Omstilling",
}
RESPONSIBLE = [
    "Enhetsleder",
    "Tjenesteleder",
    "Kommunalsjef",
    "HR-rådgiver",
    "Fagutviklingssykepleier",
]
EVAL_METHODS = [
    "Medarbeidersamtaler",
    "Evalueringsskjema etter tiltaket",
    "Kompetanseoversikt i fagsystemet",
    "Brukerundersøkelse",
    "10-FAKTOR",
]


def q(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


def flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` split into `parts` non-negative integers, roughly proportional to random weights."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    s = sum(weights)
    out = [int(total * w / s) for w in weights]
    out[0] += total - sum(out)
    return out


class Catalogue:
    """Competences and goals, shared by every ansvarsområde."""

    def __init__(self, scale: int) -> None:
        n = COMPETENCES_PER_SCALE * scale
        # 40 % roles (professions, trades, levels), 30 % credits, 20 % courses, 10 % other
        self.roles: list[tuple[str, str, str, str]] = []
        self.credits: list[tuple[str, str, str, int]] = []
        self.courses: list[tuple[str, str]] = []
        self.other: list[tuple[str, str]] = []
        n_roles, n_credits, n_courses = n * 4 // 10, n * 3 // 10, n * 2 // 10
        for i in range(n_roles):
            cid, name, kind, level = ROLE_BASES[i % len(ROLE_BASES)]
            k = i // len(ROLE_BASES)
            self.roles.append(
                (
                    f"{cid}-{k + 1}" if k else cid,
                    f"{name}" + (f" (variant {k + 1})" if k else ""),
                    kind,
                    level,
                )
            )
        for i in range(n_credits):
            subject = SUBJECTS[i % len(SUBJECTS)]
            credits = (15, 30, 60)[i % 3]
            cid = f"sp-{subject.replace(' ', '-')}-{credits}-{i // len(SUBJECTS) + 1}"
            self.credits.append(
                (cid, subject, f"{subject.capitalize()}, {credits} studiepoeng", credits)
            )
        for i in range(n_courses):
            name = COURSES[i % len(COURSES)]
            cid = f"kurs-{i + 1:04d}"
            self.courses.append((cid, f"{name} (kursrekke {i // len(COURSES) + 1})"))
        for i in range(n - n_roles - n_credits - n_courses):
            self.other.append((f"annet-{i + 1:04d}", f"Digital praksis, modul {i + 1}"))
        self.all_ids = (
            [c[0] for c in self.roles]
            + [c[0] for c in self.credits]
            + [c[0] for c in self.courses]
            + [c[0] for c in self.other]
        )
        self.higher = [c[0] for c in self.roles if c[3] in ("bachelor", "master", "spesialist")]
        self.lower = [c[0] for c in self.roles if c[3] not in ("bachelor", "master", "spesialist")]

        g = GOALS_PER_SCALE * scale
        self.main_goal = "g-0001"
        n_mal = max(1, g // 5)
        self.mal = [f"g-{i:04d}" for i in range(2, 2 + n_mal)]
        self.delmal = [f"g-{i:04d}" for i in range(2 + n_mal, g + 1)]

    def lines(self) -> list[str]:
        out = ["competences:"]
        forms = [f for _, _, fs in FORMS for f in fs]
        for i, (cid, name, kind, level) in enumerate(self.roles):
            out += [
                f"  - id: {cid}",
                f"    name: {q(name)}",
                f"    kind: {kind}",
                f"    level: {level}",
                f"    form: {forms[i % 2]}",
            ]
        for cid, subject, name, credits in self.credits:
            out += [
                f"  - id: {cid}",
                f"    name: {q(name)}",
                "    kind: studiepoeng",
                f"    subject: {q(subject)}",
                f"    credits: {credits}",
                "    form: fagkompetanse",
            ]
        for i, (cid, name) in enumerate(self.courses):
            out += [
                f"  - id: {cid}",
                f"    name: {q(name)}",
                "    kind: kurs",
                "    form: fagkompetanse",
            ]
            if i % 3 == 0:
                out.append(f"    renew_years: {1 + i % 4}")
        for cid, name in self.other:
            out += [
                f"  - id: {cid}",
                f"    name: {q(name)}",
                "    kind: annet",
                "    form: digital-kompetanse",
            ]

        out += ["", "goals:"]
        out += [
            f"  - id: {self.main_goal}",
            "    kind: hovedmål",
            f"    text: {q('Kommunen har rett kompetanse på rett plass til rett tid, i alle tjenester.')}",
            '    source: {kind: arbeidsgiverstrategi, title: "Arbeidsgiverstrategi 2025-2034"}',
            '    indicator: "Andel årsverk med relevant formell kompetanse"',
            "    baseline: 71.5",
            "    target: 80",
            f"    target_year: {PLAN_END}",
        ]
        for i, gid in enumerate(self.mal):
            out += [
                f"  - id: {gid}",
                "    kind: mål",
                f"    text: {q(f'Mål {i + 1}: styrke kompetansen i {AREA_NAMES[i % len(AREA_NAMES)].lower()}.')}",
                f"    parent: {self.main_goal}",
                '    source: {kind: kommuneplan, title: "Kommuneplanens samfunnsdel"}',
            ]
        for i, gid in enumerate(self.delmal):
            out += [
                f"  - id: {gid}",
                "    kind: delmål",
                f"    text: {q(f'Delmål {i + 1}: flere ansatte med fagutdanning og videreutdanning.')}",
                f"    parent: {self.mal[i % len(self.mal)]}",
                f"    indicator: {q('Antall ansatte som har fullført tiltak')}",
                f"    target: {10 + i % 40}",
                f"    target_year: {PLAN_START + 2 + i % 8}",
            ]
        out += ["", "strategies:"]
        out += [
            "  - id: s-hoved",
            "    main: true",
            f"    text: {q('Vi beholder, utvikler, mobiliserer og anskaffer kompetansen tjenestene trenger.')}",
            f"    goals: {flow([self.main_goal])}",
        ]
        for j, kind in enumerate(["mobilisere", "utvikle", "anskaffe", "avvikle"]):
            out += [
                f"  - id: s-{kind}",
                f"    kind: {kind}",
                f"    text: {q(f'Strategi for å {kind} kompetanse.')}",
                f"    goals: {flow(self.mal[j::4] or self.mal[:1])}",
            ]
        return out


def head_lines(scale: int) -> list[str]:
    """kplan.yaml's head: metadata, decisions, organisation, steps and the other single parts."""
    out = [
        "# Syntetisk plan for ytelsestester (bench/generate.py). Ikke en ekte kommune.",
        "kplan: 1",
        "include:",
        '  - "ansvarsomrader/*.yaml"',
        "",
        "plan:",
        f'  title: "Strategisk kompetanseplan {PLAN_START}-{PLAN_END}"',
        "  kommune:",
        '    name: "Storby kommune (syntetisk)"',
        '    number: "9999"',
        '    former_numbers: ["9998"]',
        "  scope:",
        "    kind: kommune",
        '    description: "Planen gjelder alle ansvarsområder, tjenesteområder og enheter i kommunen."',
        "  period:",
        f'    start: "{PLAN_START}"',
        f'    end: "{PLAN_END}"',
        "  status: vedtatt",
        "  language: nb",
        '  version: "1.0"',
        '  owner: "Kommunedirektøren"',
        "  purpose:",
        '    - "Sikre at kommunen har den kompetansen som trengs for å yte gode tjenester."',
        '    - "Gi et felles grunnlag for kompetanseplanene i ansvarsområdene."',
        '  background: "Kommunestyret vedtok i 2024 at kommunen skal ha en strategisk kompetanseplan."',
        "  revision:",
        "    every_years: 4",
        "    actions_every_years: 1",
        f'    next: "{PLAN_START + 4}"',
        '    description: "Planen rulleres i tilknytning til budsjettprosessen."',
        "  reporting:",
        "    frequency: årlig",
        '    channel: "Årsrapporten til bystyret"',
        '  model: "KS\' modell for strategisk kompetanseplanlegging"',
        "",
        "# The inventory snapshot is fixed at 2025-01-01; allow old figures so the plan stays clean.",
        "analysis:",
        "  retirement_age: 67",
        "  turnover_percent: 8",
        "  inventory_max_age_months: 120",
        "",
        "decisions:",
        '  - id: "ksak-101-24"',
        '    body: "Kommunestyret"',
        "    date: 2024-06-19",
        '    case_number: "K-sak 101/24"',
        '    summary: "Kommunen skal utarbeide en strategisk kompetanseplan."',
        '  - id: "ksak-177-24"',
        '    body: "Kommunestyret"',
        "    date: 2024-12-11",
        '    case_number: "K-sak 177/24"',
        f'    summary: "Strategisk kompetanseplan {PLAN_START}-{PLAN_END} vedtas."',
        "",
        "organisation:",
        '  owner: "Kommunedirektøren"',
        "  steering_group:",
        '    name: "Styringsgruppe"',
        "    members:",
        '      - {role: "Kommunedirektør", kind: arbeidsgiver}',
        '      - {role: "HR-direktør", kind: arbeidsgiver}',
        '      - {role: "Hovedtillitsvalgt Fagforbundet", kind: tillitsvalgt, union: "Fagforbundet"}',
        '      - {role: "Hovedverneombud", kind: verneombud}',
        "  working_group:",
        '    name: "Arbeidsgruppe"',
        "    members:",
        '      - {role: "Seniorrådgiver HR", kind: rådgiver}',
        '      - {role: "Kommunalsjef helse og omsorg", kind: leder, represents: "Helse og omsorg"}',
        '      - {role: "Hovedtillitsvalgt Utdanningsforbundet", kind: tillitsvalgt, union: "Utdanningsforbundet"}',
        "  user_councils:",
        '    - {name: "Eldrerådet", role: "Brukermedvirkning på systemnivå"}',
        "  mandate:",
        '    - "Utarbeide forslag til strategisk kompetanseplan."',
        "  responsibilities:",
        '    - role: "Kommunalsjef"',
        "      duties:",
        '        - "Lede kompetansearbeidet i ansvarsområdet."',
        '        - "Rapportere årlig gjennom årsrapporten."',
        '    - role: "Enhetsleder"',
        "      duties:",
        '        - "Gjennomføre kompetanseanalyse og tiltaksplan for enheten."',
        '  target_group: "Alle ansatte i kommunen."',
        "",
        "steps:",
    ]
    for i, name in enumerate(STEP_NAMES, start=1):
        out += [
            f"  - number: {i}",
            f"    name: {q(name)}",
            '    responsible: "Arbeidsgruppa"',
            f"    what: {q(f'Steg {i} er gjennomført etter KS-modellen.')}",
            f"    deadline: 2024-{i + 3:02d}-15",
            "    status: ferdig",
        ]
    out += [
        "",
        "anchoring:",
        "  text:",
        '    - "Planen er forankret i arbeidsgiverstrategien og kommuneplanens samfunnsdel."',
        "  values: [Respekt, Åpenhet, Raushet]",
        '  ambition: "Rett kompetanse på rett plass til rett tid."',
        f"  economy_plan_years: [{', '.join(str(y) for y in range(PLAN_START, PLAN_START + 4))}]",
        '  knowledge_base: ["Lai, L. (2021). Strategisk kompetanseledelse."]',
        "",
        "competence_concept:",
        '  definition: "Kompetanse er de samlede kunnskaper, ferdigheter, evner og holdninger som gjør det mulig å utføre aktuelle funksjoner og oppgaver i tråd med definerte krav og mål."',
        '  definition_source: "Linda Lai, 2004"',
        '  formal_and_real: "Både formell kompetanse og realkompetanse teller."',
        "  dimensions:",
    ]
    for n, (dim, meaning, forms) in enumerate(FORMS):
        out += [f"    - name: {dim}", f"      meaning: {q(meaning)}", "      forms:"]
        for f in forms:
            out += [
                f"        - id: {f}",
                f"          name: {q(f.replace('-', ' ').capitalize())}",
                f"          ten_factor: [{n + 1}, {n + 5}]",
            ]
    out += ["  ten_factor:"]
    for n, name in enumerate(
        [
            "Indre motivasjon",
            "Mestringstro",
            "Autonomi",
            "Bruk av kompetanse",
            "Mestringsorientert ledelse",
            "Rolleklarhet",
            "Relevant kompetanseutvikling",
            "Fleksibilitetsvilje",
            "Mestringsklima",
            "Prososial motivasjon",
        ],
        start=1,
    ):
        out.append(f"    - {{number: {n}, name: {q(name)}}}")
    out += [
        "",
        "learning:",
        "  principles:",
        '    - "Arbeidsplassen er den viktigste læringsarenaen."',
        "  model_70_20_10: {own_work: 70, others: 20, formal: 10}",
        "  arenas:",
    ]
    for aid, name, form in ARENAS:
        out.append(f"    - {{id: {aid}, name: {q(name)}, form: {form}}}")
    out += [
        "",
        "evaluation:",
        "  text:",
        '    - "Tiltakene evalueres etter Kirkpatricks fire nivåer."',
        "  kirkpatrick:",
        '    - {level: 1, name: "Reaksjoner", methods: ["Evalueringsskjema"]}',
        '    - {level: 2, name: "Læring", methods: ["Medarbeidersamtaler"]}',
        '    - {level: 3, name: "Bruk", methods: ["Medarbeidersamtaler"]}',
        '    - {level: 4, name: "Nytte", methods: ["Brukerundersøkelser"]}',
        "  follow_up:",
        '    - {what: "Årlig rapportering i årsrapporten.", who: "Kommunalsjef", when: "Årlig"}',
        '    - {what: "10-FAKTOR medarbeiderundersøkelse.", who: "HR", when: "Annet hvert år"}',
        "",
        "units:",
        "  - id: kommune",
        '    name: "Storby kommune"',
        "    level: kommune",
        '    leader: "Kommunedirektøren"',
        "",
    ]
    return out


def area_lines(a: int, cat: Catalogue, rng: random.Random, staff: list[int]) -> list[str]:
    """One ansvarsområde's include file: its units, requirements, inventory, drivers, needs, actions."""
    aid = f"ao{a + 1:03d}"
    base = AREA_NAMES[a % len(AREA_NAMES)]
    aname = base if a < len(AREA_NAMES) else f"{base} {a // len(AREA_NAMES) + 1}"
    out = [f"# Ansvarsområde {aname} (syntetisk).", "kplan: 1", "", "units:"]
    out += [
        f"  - id: {aid}",
        f"    name: {q(aname)}",
        "    level: ansvarsområde",
        "    parent: kommune",
        '    leader: "Kommunalsjef"',
    ]
    services: list[str] = []
    enheter: list[tuple[str, str]] = []  # (id, name)
    for s in range(SERVICES_PER_AREA):
        sid = f"{aid}-to{s + 1}"
        services.append(sid)
        sname = f"{aname} – {SERVICE_WORDS[s % len(SERVICE_WORDS)]}"
        out += [
            f"  - id: {sid}",
            f"    name: {q(sname)}",
            "    level: tjenesteområde",
            f"    parent: {aid}",
            '    leader: "Tjenesteleder"',
        ]
        for e in range(UNITS_PER_SERVICE):
            eid = f"{sid}-e{e + 1:02d}"
            ename = f"{UNIT_WORDS[(s * UNITS_PER_SERVICE + e) % len(UNIT_WORDS)]} {SERVICE_WORDS[s % len(SERVICE_WORDS)]} {e + 1}"
            enheter.append((eid, ename))
            out += [
                f"  - id: {eid}",
                f"    name: {q(ename)}",
                "    level: enhet",
                f"    parent: {sid}",
                '    leader: "Enhetsleder"',
            ]

    # --- drivers: one per enhet, ten years
    out += ["", "drivers:"]
    for eid, ename in enheter:
        v = rng.randint(200, 2000)
        out += [
            f"  - id: d-{eid}",
            f"    name: {q(f'Brukere av {ename}')}",
            f"    unit: {eid}",
            '    source: {publisher: SSB, table: "13600", alternative: MMMM, vintage: 2024}',
            "    values:",
        ]
        main: list[int] = []
        for y in range(PLAN_START, PLAN_END + 1):
            v = round(v * rng.uniform(0.98, 1.04))
            main.append(v)
            out.append(f"      {y}: {v}")
        # two more SSB alternatives, so `kplan gap --scenario` has something to pick
        out.append("    scenarios:")
        for code, drift in (("LLML", 0.99), ("HHMH", 1.01)):
            years = ", ".join(
                f"{y}: {round(m * drift ** (y - PLAN_START))}"
                for y, m in zip(range(PLAN_START, PLAN_END + 1), main, strict=True)
            )
            out.append(f"      {code}: {{{years}}}")

    # --- inventory: a total row and competence rows per enhet
    out += ["", "inventory:"]
    unit_roles: dict[str, list[str]] = {}
    for (eid, _), persons in zip(enheter, staff, strict=True):
        comps = rng.sample(cat.roles, k=min(INVENTORY_COMPETENCES, len(cat.roles)))
        unit_roles[eid] = [c[0] for c in comps]
        rows = [
            (None, persons),
            *list(zip(unit_roles[eid], split(persons, len(comps), rng), strict=True)),
        ]
        for comp, n in rows:
            fte = round(n * rng.uniform(0.7, 0.95), 1)
            ages = dict(zip(AGE_BANDS, split(n, len(AGE_BANDS), rng), strict=True))
            sizes = dict(zip(POSITION_BANDS, split(n, len(POSITION_BANDS), rng), strict=True))
            comp_part = f", competence: {comp}" if comp else ""
            # årsverk per age band (whole hundredths, the last band takes the rest) on the
            # total rows: those who retire take their own årsverk
            by_age = ""
            if comp is None and n:
                parts = {k: round(fte * c / n, 2) for k, c in ages.items()}
                last = AGE_BANDS[-1]
                parts[last] = round(fte - sum(v for k, v in parts.items() if k != last), 2)
                if parts[last] >= 0:
                    by_age = (
                        "     fte_by_age: {"
                        + ", ".join(f'"{k}": {v}' for k, v in parts.items())
                        + "},"
                    )
            out += [
                f"  - {{unit: {eid}{comp_part}, date: {SNAPSHOT}, persons: {n}, fte: {fte},",
                "     age_bands: {" + ", ".join(f'"{k}": {v}' for k, v in ages.items()) + "},",
                *([by_age] if by_age else []),
                "     position_sizes: {"
                + ", ".join(f'"{k}": {v}' for k, v in sizes.items())
                + "}"
                + ("}" if comp else ', source: "Lønns- og personalsystemet"}'),
            ]

    # --- staffing: each enhet's staff follows its users; one role per enhet is projected too
    out += ["", "staffing:"]
    for eid, _ in enheter:
        out += [
            f"  - {{id: b-{eid}, unit: {eid}, demand: [{{driver: d-{eid}}}]}}",
            f"  - {{id: b-{eid}-rolle, unit: {eid}, competence: {unit_roles[eid][0]},"
            f" demand: [{{driver: d-{eid}, coverage_percent: 80}}]}}",
        ]

    # --- requirements
    out += ["", "requirements:"]
    req_ids: dict[str, list[str]] = {}
    targets = [(eid, REQS_PER_UNIT) for eid, _ in enheter] + [
        (sid, REQS_PER_SERVICE) for sid in services
    ]
    r = 0
    for uid, count in targets:
        for _ in range(count):
            r += 1
            kind = ("ratio", "share", "count", "qualification", "course", "employment")[r % 6]
            rid = f"r-{aid}-{r:04d}"
            req_ids.setdefault(uid, []).append(rid)
            goal = cat.delmal[(a * 7 + r) % len(cat.delmal)]
            roles = unit_roles.get(uid) or [c[0] for c in cat.roles[:3]]
            lines = [
                f"  - id: {rid}",
                f"    kind: {kind}",
                None,  # title
                f"    units: [{uid}]",
            ]
            if kind == "ratio" and uid in unit_roles:
                title = "Bemanningsnorm: minst én ansatt per 12 brukere"
                lines.append(
                    '    source: {kind: forskrift, title: "Forskrift om bemanningsnorm", reference: "§ 1"}'
                )
                lines.append(f"    competences: {flow(roles[:2])}")
                lines.append(f"    terms: [{{driver: d-{uid}, per: {rng.choice([6, 9, 12, 15])}}}]")
                lines.append(f"    rounding: {rng.choice(['opp', 'nærmeste', 'ingen'])}")
            elif kind in ("ratio", "count"):
                kind = "count"
                lines[1] = "    kind: count"
                title = "Minst et antall årsverk med fagkompetanse"
                lines.append('    source: {kind: lokalt mål, title: "Bemanningsplan"}')
                lines.append(f"    competences: {flow(roles[:1])}")
                lines.append(f"    minimum: {rng.randint(2, 30)}")
                lines.append("    met_by: [ansettelse, avtale]")
            elif kind == "share":
                title = "Minst 60 % av årsverkene med høyere utdanning"
                lines.append('    source: {kind: anbefaling, title: "Nasjonal anbefaling"}')
                lines.append(f"    competences: {flow(cat.higher[(r % 5) : (r % 5) + 3])}")
                lines.append(f"    min_percent: {rng.choice([50, 60, 70])}")
            elif kind == "qualification":
                title = "Alle i rollen skal ha videreutdanning innen fristen"
                lines.append(
                    '    source: {kind: forskrift, title: "Forskrift til opplæringslova", reference: "§ 14-2"}'
                )
                lines.append(f"    role: {roles[0]}")
                c1, c2 = (
                    cat.credits[r % len(cat.credits)][0],
                    cat.credits[(r + 1) % len(cat.credits)][0],
                )
                lines.append(f"    paths: [[{c1}], [{c2}]]")
                lines.append(f"    deadline: {PLAN_START + 1 + r % 8}-08-01")
            elif kind == "course":
                title = "Alle i rollen skal ha gjennomført obligatorisk kurs"
                lines.append(
                    '    source: {kind: lov, title: "Arbeidsmiljøloven", reference: "§ 3-2"}'
                )
                lines.append(f"    role: {roles[0]}")
                lines.append(f"    course: {cat.courses[r % len(cat.courses)][0]}")
                lines.append(f"    deadline: {PLAN_START + r % 5}-12-31")
            else:
                lines.append(
                    '    source: {kind: tariffavtale, title: "Hovedtariffavtalen", reference: "kap. 1, § 2.3"}'
                )
                # one measure per requirement (kplan: set exactly one of the two)
                if (r // 6) % 2:
                    title = "Ingen nye stillinger under minste stillingsstørrelse"
                    lines.append(f"    min_position_percent: {rng.choice([50, 60, 80])}")
                    lines.append("    applies_to: nye stillinger")
                else:
                    title = "Heltid som hovedregel"
                    lines.append(f"    full_time_share_percent: {rng.choice([40, 50, 60])}")
                lines.append("    rule: hovedregel")
            lines[2] = f"    title: {q(title)}"
            lines.append(f"    basis: {rng.choice(['personer', 'årsverk'])}")
            lines.append(f"    goals: [{goal}]")
            if r % 4 == 0:
                lines.append(f'    applies_from: "{PLAN_START}"')
            out += lines

    # --- needs
    out += ["", "needs:"]
    needs: list[tuple[str, str, str, list[str], str]] = []  # id, type, unit, competences, subject
    for n in range(NEEDS_PER_AREA):
        eid, ename = enheter[n % len(enheter)]
        ntype = ("læring", "anskaffelse", "læring", "mobilisering", "læring", "avvikling")[n % 6]
        nid = f"n-{aid}-{n + 1:04d}"
        comps = [
            unit_roles[eid][n % INVENTORY_COMPETENCES],
            cat.credits[(a + n) % len(cat.credits)][0],
        ]
        needs.append((nid, ntype, eid, comps, cat.credits[(a + n) % len(cat.credits)][2]))
        goals = [cat.delmal[(a * 13 + n) % len(cat.delmal)]]
        out += [
            f"  - id: {nid}",
            f"    text: {q(f'{ename} trenger mer kompetanse i {cat.credits[(a + n) % len(cat.credits)][1]} ({ntype}).')}",
            f"    type: {ntype}",
            f"    unit: {eid}",
            f"    goals: {flow(goals)}",
            f"    requirements: [{req_ids[eid][n % REQS_PER_UNIT]}]",
            f"    competences: {flow(comps)}",
            f"    priority: {('høy', 'middels', 'lav')[n % 3]}",
        ]

    # --- actions: the first NEEDS_PER_AREA cover every need once; the rest pick needs at random
    out += ["", "actions:"]
    for t in range(ACTIONS_PER_AREA):
        nid, ntype, eid, comps, subject = needs[t] if t < len(needs) else rng.choice(needs)
        served = [nid]
        if t % 4 == 3:
            extra = rng.choice(needs)[0]
            if extra != nid:
                served.append(extra)
        strategy = rng.choice(STRATEGY_FOR_NEED[ntype])
        form = 10 if ntype == "læring" and t % 3 else rng.choice([70, 20, 10])
        arena = rng.choice(ARENAS_BY_FORM[form])
        start = rng.randint(PLAN_START, PLAN_END - 1)
        end = min(PLAN_END, start + rng.randint(0, 3))
        start_s = f"{start}-{rng.randint(1, 12):02d}" if t % 2 else str(start)
        count = rng.randint(1, 40)
        amount = rng.randrange(5_000, 400_000, 500)
        per = "deltaker" if t % 3 == 0 else "totalt"
        total = amount * (count if per == "deltaker" else 1)
        grant = rng.randrange(0, total // 2 + 1, 500)
        status = ("planlagt", "pågår", "gjennomført", "utsatt")[t % 4]
        effect_year = min(PLAN_END, end + 1)
        funder = rng.choice(FUNDERS)
        evaluations = [f"{{level: {rng.randint(1, 2)}, method: {q(rng.choice(EVAL_METHODS))}}}"]
        if t % 3 == 0:
            evaluations.append(
                f"{{level: {rng.randint(3, 4)}, method: {q(rng.choice(EVAL_METHODS))}}}"
            )
        out += [
            f"  - id: t-{aid}-{t + 1:04d}",
            f"    title: {q(f'{ACTION_WORDS[strategy]}: {subject.lower()}')}",
            f"    needs: {flow(served)}",
            f"    goals: [{cat.delmal[(a * 13 + t) % len(cat.delmal)]}]",
            f"    unit: {eid}",
            f"    strategy: {strategy}",
            f"    learning_form: {form}",
            f"    arena: {arena}",
        ]
        if t % 3 == 0:
            out.append(f"    provider: {q(rng.choice(PROVIDERS))}")
        out += [
            f'    period: {{start: "{start_s}", end: "{end}"}}',
            f"    count: {count}",
            f"    cost: {{amount: {amount}, per: {per}, funding: [{{source: {q(funder)}, amount: {grant}}}]}}",
            f"    responsible: {q(rng.choice(RESPONSIBLE))}",
            f"    status: {status}",
            f"    effects: [{{competence: {comps[0]}, count: {max(1, count // 2)}, year: {effect_year}}}]",
            f"    evaluation: [{', '.join(evaluations)}]",
        ]
    out.append("")
    return out


def generate(outdir: str, scale: int = 1, seed: int = 20250101) -> dict[str, int]:
    """Write the plan to `outdir` (replaced if it exists); return counts and the byte size."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    rng = random.Random(seed * 1000 + scale)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(os.path.join(outdir, "ansvarsomrader"))
    cat = Catalogue(scale)
    areas = AREAS_PER_SCALE * scale
    per_area_units = SERVICES_PER_AREA * UNITS_PER_SERVICE
    staff_all = split(EMPLOYEES * scale, areas * per_area_units, rng)

    files = {"kplan.yaml": "\n".join(head_lines(scale) + cat.lines()) + "\n"}
    for a in range(areas):
        staff = staff_all[a * per_area_units : (a + 1) * per_area_units]
        files[f"ansvarsomrader/ao{a + 1:03d}.yaml"] = (
            "\n".join(area_lines(a, cat, rng, staff)) + "\n"
        )
    size = 0
    for rel, text in files.items():
        data = text.encode("utf-8")
        size += len(data)
        with open(os.path.join(outdir, rel), "wb") as fh:
            fh.write(data)
    return {
        "files": len(files),
        "bytes": size,
        "units": 1 + areas * (1 + SERVICES_PER_AREA + per_area_units),
        "competences": len(cat.all_ids),
        "goals": 1 + len(cat.mal) + len(cat.delmal),
        "requirements": areas
        * (per_area_units * REQS_PER_UNIT + SERVICES_PER_AREA * REQS_PER_SERVICE),
        "inventory_rows": areas * per_area_units * (1 + INVENTORY_COMPETENCES),
        "employees": sum(staff_all),
        "drivers": areas * per_area_units,
        "needs": areas * NEEDS_PER_AREA,
        "actions": areas * ACTIONS_PER_AREA,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", help="directory to write (replaced if it exists)")
    ap.add_argument("--scale", type=int, default=1, help="multiply every count by N (default 1)")
    ap.add_argument("--seed", type=int, default=20250101, help="random seed (default 20250101)")
    args = ap.parse_args(argv)
    stats = generate(args.outdir, args.scale, args.seed)
    summary = ", ".join(f"{k} {v}" for k, v in stats.items() if k != "bytes")
    print(
        f"wrote {args.outdir}: {stats['bytes']:,} bytes of YAML ({stats['bytes'] / 1e6:.2f} MB); {summary}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
