"""The examples `kplan init` writes, commented, into a new plan (one per section that has one),
and the comments of the plan repository's pre-commit hook and CI workflow, in bokmål, nynorsk
and English. Part of `init_labels.INIT_LABELS`.

An example is YAML with its braces doubled (every label is a format string); it must validate
when its `# ` is taken away (tests/test_init.py uncomments every one).
"""

from __future__ import annotations

INIT_EXAMPLES: dict[str, tuple[str, str, str]] = {
    "scaffold.example": ("Eksempel:", "Døme:", "Example:"),
    "scaffold.purpose.example": (
        '- "Sikre at kommunen har den kompetansen som trengs for å gi gode tjenester."',
        '- "Sikre at kommunen har den kompetansen som trengst for å gi gode tenester."',
        '- "Make sure the kommune has the competence good services need."',
    ),
    "scaffold.decisions.example": (
        "- {{id: ksak-45-25, body: Kommunestyret, kind: vedtak, date: 2025-06-19, "
        'case_number: "K-sak 45/25"}}',
        "- {{id: ksak-45-25, body: Kommunestyret, kind: vedtak, date: 2025-06-19, "
        'case_number: "K-sak 45/25"}}',
        "- {{id: ksak-45-25, body: Kommunestyret, kind: vedtak, date: 2025-06-19, "
        'case_number: "K-sak 45/25"}}',
    ),
    "scaffold.organisation.example": (
        "  owner: Kommunedirektøren\n"
        "  working_group:\n"
        "    members:\n"
        "      - {{role: HR-rådgiver, kind: rådgiver}}\n"
        "      - {{role: Hovedtillitsvalgt, kind: tillitsvalgt, union: Fagforbundet}}\n"
        "  mandate:\n"
        '    - "Utarbeide forslag til strategisk kompetanseplan."',
        "  owner: Kommunedirektøren\n"
        "  working_group:\n"
        "    members:\n"
        "      - {{role: HR-rådgjevar, kind: rådgiver}}\n"
        "      - {{role: Hovudtillitsvald, kind: tillitsvalgt, union: Fagforbundet}}\n"
        "  mandate:\n"
        '    - "Utarbeide forslag til strategisk kompetanseplan."',
        "  owner: Kommunedirektøren\n"
        "  working_group:\n"
        "    members:\n"
        "      - {{role: HR-rådgiver, kind: rådgiver}}\n"
        "      - {{role: Hovedtillitsvalgt, kind: tillitsvalgt, union: Fagforbundet}}\n"
        "  mandate:\n"
        '    - "Utarbeide forslag til strategisk kompetanseplan."',
    ),
    "scaffold.anchoring.example": (
        "  text:\n"
        '    - "Planen bygger på arbeidsgiverstrategien og kommuneplanens samfunnsdel."\n'
        '  ambition: "Rett kompetanse på rett plass."',
        "  text:\n"
        '    - "Planen byggjer på arbeidsgjevarstrategien og samfunnsdelen av kommuneplanen."\n'
        '  ambition: "Rett kompetanse på rett stad."',
        "  text:\n"
        '    - "Planen bygger på arbeidsgiverstrategien og kommuneplanens samfunnsdel."\n'
        '  ambition: "Rett kompetanse på rett plass."',
    ),
    "scaffold.goals.example": (
        '- {{id: hovedmal, kind: hovedmål, text: "Kommunen har rett kompetanse til å gi gode '
        'tjenester."}}',
        '- {{id: hovudmal, kind: hovedmål, text: "Kommunen har rett kompetanse til å gi gode '
        'tenester."}}',
        '- {{id: hovedmal, kind: hovedmål, text: "Kommunen har rett kompetanse til å gi gode '
        'tjenester."}}',
    ),
    "scaffold.competence_concept.example": (
        '  definition: "Kunnskaper, ferdigheter, holdninger og evner som trengs for å løse '
        'oppgavene."',
        '  definition: "Kunnskapar, ferdigheiter, haldningar og evner som trengst for å løyse '
        'oppgåvene."',
        '  definition: "Kunnskaper, ferdigheter, holdninger og evner som trengs for å løse '
        'oppgavene."',
    ),
    "scaffold.learning.example": (
        '  principles:\n    - "Det meste av læringen skjer i det daglige arbeidet."',
        '  principles:\n    - "Det meste av læringa skjer i det daglege arbeidet."',
        '  principles:\n    - "Det meste av læringen skjer i det daglige arbeidet."',
    ),
    "scaffold.competences.example": (
        "- {{id: sykepleier, name: Sykepleier, kind: profesjon, level: bachelor}}",
        "- {{id: sjukepleiar, name: Sjukepleiar, kind: profesjon, level: bachelor}}",
        "- {{id: sykepleier, name: Sykepleier, kind: profesjon, level: bachelor}}",
    ),
    "scaffold.needs.example": (
        "- {{id: flere-sykepleiere, text: Flere sykepleiere, type: anskaffelse, unit: kommunen}}",
        "- {{id: fleire-sjukepleiarar, text: Fleire sjukepleiarar, type: anskaffelse, "
        "unit: kommunen}}",
        "- {{id: flere-sykepleiere, text: Flere sykepleiere, type: anskaffelse, unit: kommunen}}",
    ),
    "scaffold.actions.example": (
        "- id: veiledning\n"
        "  title: Kurs i veiledning\n"
        "  strategy: utvikle\n"
        "  period: {{start: 2026, end: 2026}}\n"
        "  evaluation:\n"
        "    - {{level: 2, method: Test etter kurset}}",
        "- id: rettleiing\n"
        "  title: Kurs i rettleiing\n"
        "  strategy: utvikle\n"
        "  period: {{start: 2026, end: 2026}}\n"
        "  evaluation:\n"
        "    - {{level: 2, method: Test etter kurset}}",
        "- id: veiledning\n"
        "  title: Kurs i veiledning\n"
        "  strategy: utvikle\n"
        "  period: {{start: 2026, end: 2026}}\n"
        "  evaluation:\n"
        "    - {{level: 2, method: Test etter kurset}}",
    ),
    "scaffold.evaluation.example": (
        '  text:\n    - "Planen følges opp i årsrapporten til kommunestyret."',
        '  text:\n    - "Planen blir følgd opp i årsrapporten til kommunestyret."',
        '  text:\n    - "Planen følges opp i årsrapporten til kommunestyret."',
    ),
    # --- the plan repository's pre-commit hook and CI workflow ---------------------------------
    "scaffold.pre_commit": (
        "pre-commit: kjør «pre-commit install» én gang; så kjører «kplan validate» før hver "
        "commit som endrer en av planens filer: YAML, CSV, Excel eller SSB-filer (JSON). Kroken "
        "bruker kplan slik den er installert på maskinen.",
        "pre-commit: køyr «pre-commit install» éin gong; så køyrer «kplan validate» før kvar "
        "commit som endrar ei av filene til planen: YAML, CSV, Excel eller SSB-filer (JSON). "
        "Kroken bruker kplan slik han er installert på maskina.",
        "pre-commit: run «pre-commit install» once; then «kplan validate» runs before every "
        "commit that changes one of the plan's files: YAML, CSV, Excel or SSB files (JSON). The "
        "hook uses kplan as installed on the machine.",
    ),
    "scaffold.ci": (
        "GitHub Actions (GitLab CI kjører de samme kommandoene). Planen valideres ved hver push "
        "og pull request; dokumentet og endringene siden den vedtatte versjonen lagres som "
        "artefakter. Legg til --strict på «kplan validate» når planen er ferdig utfylt, så "
        "feiler også advarsler.",
        "GitHub Actions (GitLab CI køyrer dei same kommandoane). Planen blir validert ved kvar "
        "push og pull request; dokumentet og endringane sidan den vedtekne versjonen blir lagra "
        "som artefaktar. Legg til --strict på «kplan validate» når planen er ferdig utfylt, så "
        "feilar òg åtvaringar.",
        "GitHub Actions (GitLab CI runs the same commands). The plan is validated on every push "
        "and pull request; the document and the changes since the adopted version are kept as "
        "artifacts. Add --strict to «kplan validate» once the plan is filled in, so warnings "
        "fail too.",
    ),
    "scaffold.ci_source": (
        "Der kommunen har kplan fra (endre OWNER om det står der).",
        "Der kommunen har kplan frå (endre OWNER om det står der).",
        "Where the kommune gets kplan from (change OWNER if it is there).",
    ),
    "scaffold.ci_history": (
        "hele historikken, for kplan diff og log",
        "heile historikken, for kplan diff og log",
        "the whole history, for kplan diff and log",
    ),
    "scaffold.ci_gap": (
        "Feiler så lenge et gap står igjen etter tiltakene:",
        "Feilar så lenge eit gap står att etter tiltaka:",
        "Fails while a gap remains after the actions:",
    ),
}
