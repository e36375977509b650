"""Write a synthetic kplan plan directory the size of Norway's largest kommune.

    python bench/generate.py OUTDIR [--shape S] [--scale N] [--seed S] [--competences N]

At scale 1 the plan has 10 ansvarsområder (one include file each), 371 units, 150 competences,
50 goals, 2000 requirements (all six kinds), inventory rows for about 60,000 employees, a driver
with ten yearly values per enhet, 1500 needs and 4000 actions. `--scale N` multiplies every count
(ansvarsområder, competences, goals, ...), so a scale-N plan has N times the items and 10*N files.

Shapes (`--shape`, default standard; the same kinds of item, laid out differently):
- standard: as above.
- national: many kommuner in one regional plan, 10 per scale, each with 3 ansvarsområder, 9
  tjenesteområder and 45 enheter (581 units at scale 1, 5,801 at scale 10); the inventory in one
  CSV file per kommune under `analysis.inventory_files` (hr/, as a Norwegian HR export: `;`,
  decimal comma, dd.mm.yyyy), the drivers in CSV under `analysis.driver_files` (ssb/) with a
  segment, which ratio terms and staffing lines name instead of a driver id. 12 competence rows
  per enhet (5,850 inventory rows at scale 1), 204 requirements per kommune, 40 needs and 100
  actions per kommune.
- deep: six levels (kommune, ansvarsområde, tjenesteområde, enhet, avdeling, team as an
  avdeling under an avdeling), requirements on every level below the kommune.
- files: the standard content spread over 500 include files (at every scale).
- prose: the standard plan with 5 KB of notes per action, 1 KB of description per need, a long
  target group per action and long exemptions on qualification requirements.
`--competences N` sets the catalogue's size (for the render with a large catalogue).

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
from dataclasses import dataclass

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

# --- shapes (`--shape`): the same catalogue and kinds of item, laid out differently
NATIONAL_PER_SCALE = 10  # kommuner per scale
NATIONAL_FANOUT = (3, 3, 5)  # ansvarsområder per kommune, tjenesteområder, enheter
NATIONAL_REQS_PER_LEAF = 4
DEEP_FANOUT = (2, 2, 3, 3)  # tjenesteområder per area, enheter, avdelinger, teams
DEEP_REQS_PER_LEAF = 4
FILES_TOTAL = 500
SEGMENT = "brukere"
SNAPSHOT_NO = "01.01.2025"
PROSE_ACTION = 5000  # characters of notes per action
PROSE_NEED = 1000
PROSE_REQUIREMENT = 600
PROSE_SHORT = 300


@dataclass(frozen=True)
class Shape:
    needs: int = NEEDS_PER_AREA  # per area (an ansvarsområde, or a kommune in `national`)
    actions: int = ACTIONS_PER_AREA
    inventory_competences: int = INVENTORY_COMPETENCES  # competence rows per leaf unit
    csv: bool = False  # inventory and drivers in CSV files; drivers found by segment
    prose: bool = False  # long texts in actions, needs and requirements
    files: int = 0  # spread the areas over this many include files


SHAPES = {
    "standard": Shape(),
    "national": Shape(needs=40, actions=100, inventory_competences=12, csv=True),
    "deep": Shape(),
    "files": Shape(files=FILES_TOTAL),
    "prose": Shape(prose=True),
}
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

    def __init__(self, scale: int, competences: int | None = None) -> None:
        n = competences or COMPETENCES_PER_SCALE * scale
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


def unit_line(uid: str, name: str, level: str, parent: str, leader: str) -> list[str]:
    return [
        f"  - id: {uid}",
        f"    name: {q(name)}",
        f"    level: {level}",
        f"    parent: {parent}",
        f"    leader: {q(leader)}",
    ]


class Area:
    """One include file's units: the leaves carry staff, drivers and inventory; `targets` are
    the units requirements are set for, with how many each, in the order they are numbered."""

    def __init__(self, aid: str, lines: list[str]) -> None:
        self.aid = aid
        self.lines = lines
        self.leaves: list[tuple[str, str]] = []  # (id, name)
        self.targets: list[tuple[str, int]] = []


def standard_area(a: int) -> Area:
    """An ansvarsområde with four tjenesteområder of eight enheter."""
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
    area = Area(aid, out)
    services: list[str] = []
    for s in range(SERVICES_PER_AREA):
        sid = f"{aid}-to{s + 1}"
        services.append(sid)
        sname = f"{aname} – {SERVICE_WORDS[s % len(SERVICE_WORDS)]}"
        out += unit_line(sid, sname, "tjenesteområde", aid, "Tjenesteleder")
        for e in range(UNITS_PER_SERVICE):
            eid = f"{sid}-e{e + 1:02d}"
            ename = f"{UNIT_WORDS[(s * UNITS_PER_SERVICE + e) % len(UNIT_WORDS)]} {SERVICE_WORDS[s % len(SERVICE_WORDS)]} {e + 1}"
            area.leaves.append((eid, ename))
            out += unit_line(eid, ename, "enhet", sid, "Enhetsleder")
    area.targets = [(eid, REQS_PER_UNIT) for eid, _ in area.leaves]
    area.targets += [(sid, REQS_PER_SERVICE) for sid in services]
    return area


def deep_area(a: int) -> Area:
    """Six levels: kommune, ansvarsområde, tjenesteområde, enhet, avdeling and team (an
    avdeling under an avdeling); requirements on every level below the kommune."""
    aid = f"ao{a + 1:03d}"
    base = AREA_NAMES[a % len(AREA_NAMES)]
    aname = base if a < len(AREA_NAMES) else f"{base} {a // len(AREA_NAMES) + 1}"
    out = [f"# Ansvarsområde {aname} (syntetisk, dyp).", "kplan: 1", "", "units:"]
    out += unit_line(aid, aname, "ansvarsområde", "kommune", "Kommunalsjef")
    area = Area(aid, out)
    upper: list[tuple[str, int]] = [(aid, 2)]
    for s in range(DEEP_FANOUT[0]):
        sid = f"{aid}-to{s + 1}"
        out += unit_line(
            sid, f"{aname} – {SERVICE_WORDS[s]}", "tjenesteområde", aid, "Tjenesteleder"
        )
        upper.append((sid, 2))
        for e in range(DEEP_FANOUT[1]):
            eid = f"{sid}-e{e + 1}"
            ename = f"{UNIT_WORDS[(s * 4 + e) % len(UNIT_WORDS)]} {SERVICE_WORDS[s]}"
            out += unit_line(eid, ename, "enhet", sid, "Enhetsleder")
            upper.append((eid, 3))
            for d in range(DEEP_FANOUT[2]):
                did = f"{eid}-a{d + 1}"
                out += unit_line(
                    did, f"{ename}, avdeling {d + 1}", "avdeling", eid, "Avdelingsleder"
                )
                upper.append((did, 3))
                for m in range(DEEP_FANOUT[3]):
                    mid = f"{did}-t{m + 1}"
                    mname = f"{ename}, avdeling {d + 1}, team {m + 1}"
                    out += unit_line(mid, mname, "avdeling", did, "Teamleder")
                    area.leaves.append((mid, mname))
    area.targets = [(mid, DEEP_REQS_PER_LEAF) for mid, _ in area.leaves] + upper[::-1]
    return area


def national_area(k: int) -> Area:
    """One kommune of a regional plan: three ansvarsområder of three tjenesteområder of five
    enheter, under the plan's root unit."""
    kid = f"k{k + 1:03d}"
    kname = f"{UNIT_WORDS[k % len(UNIT_WORDS)]} kommune {k + 1}"
    out = [f"# {kname} (syntetisk).", "kplan: 1", "", "units:"]
    out += unit_line(kid, kname, "kommune", "kommune", "Kommunedirektør")
    area = Area(kid, out)
    upper: list[tuple[str, int]] = []
    for a in range(NATIONAL_FANOUT[0]):
        aid = f"{kid}-ao{a + 1}"
        aname = f"{AREA_NAMES[(k + a) % len(AREA_NAMES)]}, {kname}"
        out += unit_line(aid, aname, "ansvarsområde", kid, "Kommunalsjef")
        upper.append((aid, 2))
        for s in range(NATIONAL_FANOUT[1]):
            sid = f"{aid}-to{s + 1}"
            out += unit_line(
                sid, f"{aname} – {SERVICE_WORDS[s]}", "tjenesteområde", aid, "Tjenesteleder"
            )
            upper.append((sid, 2))
            for e in range(NATIONAL_FANOUT[2]):
                eid = f"{sid}-e{e + 1}"
                ename = f"{UNIT_WORDS[(s * 5 + e) % len(UNIT_WORDS)]} {SERVICE_WORDS[s]} {e + 1}, {kname}"
                out += unit_line(eid, ename, "enhet", sid, "Enhetsleder")
                area.leaves.append((eid, ename))
    area.targets = [(eid, NATIONAL_REQS_PER_LEAF) for eid, _ in area.leaves] + upper
    return area


SENTENCES = [
    "Tiltaket bygger på kartleggingen av kompetansen i enheten og på innspill fra tillitsvalgte og verneombud.",
    "Deltakerne får tid i arbeidstiden, og enheten setter inn vikar når det trengs for å holde bemanningen.",
    "Erfaringene deles på personalmøter, i faglige nettverk og gjennom veiledning fra kolleger med lang erfaring.",
    "Kommunen samarbeider med universitetet og fagskolen om innholdet, slik at det passer tjenestenes behov.",
    "Lederen følger opp i medarbeidersamtalen og vurderer sammen med den ansatte hva som skal til videre.",
    "Tiltaket skal gjøre det lettere å beholde erfarne medarbeidere og å rekruttere nye i et stramt arbeidsmarked.",
    "Brukerne skal merke forskjellen: tryggere tjenester, mer kontinuitet og færre avvik i hverdagen.",
    "Det settes av midler i budsjettet for hele perioden, og tilskudd fra Statsforvalteren søkes hvert år.",
    "Resultatene rapporteres i årsrapporten, med antall deltakere, gjennomførte studiepoeng og erfaringer.",
    "Arbeidet ses i sammenheng med heltidskulturen, med lærlingordningen og med kommunens arbeidsgiverstrategi.",
]


def prose(key: str, size: int) -> str:
    """About `size` characters of paragraphs, the same for the same key."""
    rng = random.Random(key)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(5))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def block(key: str, text: str) -> list[str]:
    """`key: |` with `text` as a literal block (indented for an item's field)."""
    return [f"    {key}: |"] + [f"      {line}" if line else "" for line in text.split("\n")]


def csv_cell(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ';"\n') else value


def inventory_header() -> str:
    cols = ["unit", "competence", "date", "persons", "fte", "source"]
    cols += [f"age:{b}" for b in AGE_BANDS] + [f"position:{b}" for b in POSITION_BANDS]
    return ";".join(cols)


DRIVER_HEADER = "id;name;segment;unit;year;value;publisher;table;alternative;vintage"


class Tables:
    """CSV files for the `csv` shapes: one inventory and one driver file per area."""

    def __init__(self) -> None:
        self.inventory: list[str] = [inventory_header()]
        self.drivers: list[str] = [DRIVER_HEADER]


def area_lines(
    a: int,
    area: Area,
    cat: Catalogue,
    rng: random.Random,
    staff: list[int],
    shape: Shape,
    tables: Tables | None = None,
) -> list[str]:
    """One area's include file: its units, requirements, inventory, drivers, needs, actions.

    With `tables`, the drivers and the inventory go to its CSV rows instead, and ratio terms
    and staffing find their driver by segment."""
    aid, enheter, out = area.aid, area.leaves, area.lines

    # --- drivers: one per enhet, ten years
    if tables is None:
        out += ["", "drivers:"]
    for eid, ename in enheter:
        v = rng.randint(200, 2000)
        if tables is None:
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
            if tables is None:
                out.append(f"      {y}: {v}")
        # two more SSB alternatives, so `kplan gap --scenario` has something to pick
        alternatives = [("MMMM", main)]
        for code, drift in (("LLML", 0.99), ("HHMH", 1.01)):
            alternatives.append(
                (
                    code,
                    [
                        round(m * drift ** (y - PLAN_START))
                        for y, m in zip(range(PLAN_START, PLAN_END + 1), main, strict=True)
                    ],
                )
            )
        if tables is None:
            out.append("    scenarios:")
            for code, values in alternatives[1:]:
                years = ", ".join(
                    f"{y}: {m}"
                    for y, m in zip(range(PLAN_START, PLAN_END + 1), values, strict=True)
                )
                out.append(f"      {code}: {{{years}}}")
        else:
            name = csv_cell(f"Brukere av {ename}")
            for code, values in alternatives:
                tables.drivers += [
                    f"d-{eid};{name};{SEGMENT};{eid};{y};{m};SSB;13600;{code};2024"
                    for y, m in zip(range(PLAN_START, PLAN_END + 1), values, strict=True)
                ]

    # --- inventory: a total row and competence rows per enhet
    if tables is None:
        out += ["", "inventory:"]
    unit_roles: dict[str, list[str]] = {}
    for (eid, _), persons in zip(enheter, staff, strict=True):
        comps = rng.sample(cat.roles, k=min(shape.inventory_competences, len(cat.roles)))
        unit_roles[eid] = [c[0] for c in comps]
        rows = [
            (None, persons),
            *list(zip(unit_roles[eid], split(persons, len(comps), rng), strict=True)),
        ]
        for comp, n in rows:
            fte = round(n * rng.uniform(0.7, 0.95), 1)
            ages = dict(zip(AGE_BANDS, split(n, len(AGE_BANDS), rng), strict=True))
            sizes = dict(zip(POSITION_BANDS, split(n, len(POSITION_BANDS), rng), strict=True))
            if tables is not None:
                # as a Norwegian HR export: semicolons, decimal comma, day.month.year
                cells = [eid, comp or "", SNAPSHOT_NO, str(n), str(fte).replace(".", ",")]
                cells.append("" if comp else "Lønns- og personalsystemet")
                cells += [str(c) for c in ages.values()] + [str(c) for c in sizes.values()]
                tables.inventory.append(";".join(cells))
                continue
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

    def driver(uid: str) -> str:
        return f"d-{uid}" if tables is None else SEGMENT

    # --- staffing: each enhet's staff follows its users; one role per enhet is projected too
    out += ["", "staffing:"]
    for eid, _ in enheter:
        out += [
            f"  - {{id: b-{eid}, unit: {eid}, demand: [{{driver: {driver(eid)}}}]}}",
            f"  - {{id: b-{eid}-rolle, unit: {eid}, competence: {unit_roles[eid][0]},"
            f" demand: [{{driver: {driver(eid)}, coverage_percent: 80}}]}}",
        ]

    # --- requirements
    out += ["", "requirements:"]
    req_ids: dict[str, list[str]] = {}
    r = 0
    for uid, count in area.targets:
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
                lines.append(
                    f"    terms: [{{driver: {driver(uid)}, per: {rng.choice([6, 9, 12, 15])}}}]"
                )
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
            if shape.prose and kind == "qualification":  # the one kind with a long text
                lines += block("exemptions", prose(rid, PROSE_REQUIREMENT))
            out += lines

    # --- needs
    out += ["", "needs:"]
    needs: list[tuple[str, str, str, list[str], str]] = []  # id, type, unit, competences, subject
    for n in range(shape.needs):
        eid, ename = enheter[n % len(enheter)]
        ntype = ("læring", "anskaffelse", "læring", "mobilisering", "læring", "avvikling")[n % 6]
        nid = f"n-{aid}-{n + 1:04d}"
        comps = [
            unit_roles[eid][n % len(unit_roles[eid])],
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
            f"    requirements: [{req_ids[eid][n % len(req_ids[eid])]}]",
            f"    competences: {flow(comps)}",
            f"    priority: {('høy', 'middels', 'lav')[n % 3]}",
        ]
        if shape.prose:
            out += block("description", prose(nid, PROSE_NEED))

    # --- actions: the first needs cover every need once; the rest pick needs at random
    out += ["", "actions:"]
    for t in range(shape.actions):
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
        if shape.prose:
            tid = f"t-{aid}-{t + 1:04d}"
            out.append(f"    target_group: {q(prose(tid + '/m', PROSE_SHORT))}")
            out += block("notes", prose(tid, PROSE_ACTION))
    out.append("")
    return out


def national_head(lines: list[str]) -> list[str]:
    """The head for a regional plan: its kommuner under the root unit, CSV inventory and drivers."""
    swaps = {
        '  - "ansvarsomrader/*.yaml"': '  - "kommuner/*.yaml"',
        '    name: "Storby kommune (syntetisk)"': '    name: "Regionen (syntetisk, mange kommuner)"',
        '    description: "Planen gjelder alle ansvarsområder, tjenesteområder og enheter i kommunen."': (
            '    description: "Interkommunal plan: kommunene i regionen, med alle deres enheter."'
        ),
        '    name: "Storby kommune"': '    name: "Regionen"',
    }
    out = [swaps.get(line, line) for line in lines]
    at = out.index("  inventory_max_age_months: 120") + 1
    out[at:at] = ['  inventory_files: ["hr/*.csv"]', '  driver_files: ["ssb/*.csv"]']
    return out


def spread(lines: list[str], parts: int) -> list[str]:
    """One include file's items spread over `parts` files, each with a slice of every section."""
    sections: list[tuple[str, list[list[str]]]] = []
    for line in lines:
        if not line or line.startswith("#") or line == "kplan: 1":
            continue
        if not line.startswith(" "):
            sections.append((line, []))
        elif line.startswith("  - "):
            sections[-1][1].append([line])
        else:
            sections[-1][1][-1].append(line)
    texts = []
    for p in range(parts):
        out = ["# Del av et ansvarsområde (syntetisk).", "kplan: 1"]
        for key, items in sections:
            chunk = items[len(items) * p // parts : len(items) * (p + 1) // parts]
            if chunk:
                out += ["", key] + [line for item in chunk for line in item]
        texts.append("\n".join(out) + "\n")
    return texts


def generate(
    outdir: str,
    scale: int = 1,
    seed: int = 20250101,
    shape: str = "standard",
    competences: int | None = None,
) -> dict[str, int]:
    """Write the plan to `outdir` (replaced if it exists); return counts and the byte size."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    sh = SHAPES[shape]
    rng = random.Random(seed * 1000 + scale)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    folder = "kommuner" if sh.csv else "ansvarsomrader"
    os.makedirs(os.path.join(outdir, folder))
    if sh.csv:
        os.makedirs(os.path.join(outdir, "hr"))
        os.makedirs(os.path.join(outdir, "ssb"))
    cat = Catalogue(scale, competences)
    build = {"national": national_area, "deep": deep_area}.get(shape, standard_area)
    areas = [build(a) for a in range((NATIONAL_PER_SCALE if sh.csv else AREAS_PER_SCALE) * scale)]
    per_area_units = len(areas[0].leaves)
    staff_all = split(EMPLOYEES * scale, len(areas) * per_area_units, rng)

    head = head_lines(scale)
    files = {
        "kplan.yaml": "\n".join((national_head(head) if sh.csv else head) + cat.lines()) + "\n"
    }
    units, inventory_rows = 1, 0
    for a, area in enumerate(areas):
        staff = staff_all[a * per_area_units : (a + 1) * per_area_units]
        tables = Tables() if sh.csv else None
        lines = area_lines(a, area, cat, rng, staff, sh, tables)
        units += sum(1 for line in lines if line.startswith("    level: "))
        if tables is not None:
            files[f"hr/{area.aid}.csv"] = "\n".join(tables.inventory) + "\n"
            files[f"ssb/{area.aid}.csv"] = "\n".join(tables.drivers) + "\n"
            inventory_rows += len(tables.inventory) - 1
        else:
            inventory_rows += sum(1 for line in lines if line.startswith("  - {unit: "))
        if sh.files:
            parts = max(1, sh.files // len(areas))
            for p, text in enumerate(spread(lines, parts)):
                files[f"{folder}/{area.aid}-{p + 1:03d}.yaml"] = text
        else:
            files[f"{folder}/{area.aid}.yaml"] = "\n".join(lines) + "\n"
    size = csv_size = 0
    for rel, text in files.items():
        data = text.encode("utf-8")
        size += len(data)
        if rel.endswith(".csv"):
            csv_size += len(data)
        with open(os.path.join(outdir, rel), "wb") as fh:
            fh.write(data)
    return {
        "files": len(files),
        "bytes": size,
        "csv_bytes": csv_size,
        "units": units,
        "competences": len(cat.all_ids),
        "goals": 1 + len(cat.mal) + len(cat.delmal),
        "requirements": sum(n for area in areas for _, n in area.targets),
        "inventory_rows": inventory_rows,
        "employees": sum(staff_all),
        "drivers": len(areas) * per_area_units,
        "needs": len(areas) * sh.needs,
        "actions": len(areas) * sh.actions,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", help="directory to write (replaced if it exists)")
    ap.add_argument("--scale", type=int, default=1, help="multiply every count by N (default 1)")
    ap.add_argument("--seed", type=int, default=20250101, help="random seed (default 20250101)")
    ap.add_argument(
        "--shape", choices=sorted(SHAPES), default="standard", help="plan shape (default standard)"
    )
    ap.add_argument(
        "--competences",
        type=int,
        default=None,
        help=f"competences in the catalogue (default {COMPETENCES_PER_SCALE} x scale)",
    )
    args = ap.parse_args(argv)
    stats = generate(args.outdir, args.scale, args.seed, args.shape, args.competences)
    summary = ", ".join(f"{k} {v}" for k, v in stats.items() if k not in ("bytes", "csv_bytes"))
    csv_part = f", {stats['csv_bytes'] / 1e6:.2f} MB of it CSV" if stats["csv_bytes"] else ""
    print(
        f"wrote {args.outdir}: {stats['bytes']:,} bytes of YAML ({stats['bytes'] / 1e6:.2f} MB{csv_part}); {summary}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
