"""The plan's head as real plans write it: decisions of every kind with dates as precise as
known and follow-up deadlines, the steps' deliverables and unknown status, needs with a label,
goals under several goals and FN's bærekraftsmål, free sections in the chapter they belong to,
and the glossary; all of it in the rendered Markdown and HTML."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from helpers import EXAMPLES, MINIMAL, TODAY, replace_once

from kplan.check.validate import check
from kplan.document.render import render
from kplan.document.stamp import Stamp
from kplan.plan.model import Plan
from kplan.present.catalogue import words
from kplan.present.labels import LANGS

STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
HEAD = """\
decisions:
  - id: ksak-131-21
    body: Kommunestyret
    kind: vedtak
    date: 2021-06-17
    case_number: K-sak 131/21
    summary: Kommunen skal utarbeide en strategisk kompetanseplan.
  - id: orientering-2022
    body: Administrasjonsutvalget
    kind: til orientering
    date: 2022-05
    follow_up: {what: Skriftlig tilbakemelding, due: 2022-08-10}
  - id: etterretning-2019
    body: Formannskapet
    kind: til etterretning
    date: 2019
  - id: endring-uten-dato
    body: Kommunestyret
    kind: endring
    summary: Tiltaksplanen ble rullert.
  - id: horing
    body: Partssammensatt utvalg
    kind: høring
steps:
  - number: 5
    name: Kompetanseanalyse
    deliverable: Kompetanseanalyse per ansvarsområde
    deadline: 2024-12
    notes: [Starter høsten 2024, Gjøres av ansvarsområdene]
  - number: 1
    name: Organisering
    status: ferdig
    done: 2023-10-15
glossary:
  - {term: Realkompetanse, definition: Kompetanse fra erfaring, source: Vox}
  - {term: Årsverk, definition: Én full stilling i ett år}
content:
  - chapter: background
    title: Prinsipper for kompetanseutvikling
    blocks:
      - text: Vi bygger på tre prinsipper.
        title: Prinsippene
        bullets: [Læring i arbeidet, Deling av kunnskap]
  - chapter: anchoring
    title: To plannivåer
    blocks:
      - table:
          title: Overordnet plan og handlingsplan
          header: [Nivå, Innhold]
          rows:
            - [Overordnet plan, Mål og strategier]
            - [Handlingsplan, Tiltak og frister, Rulleres årlig]
  - chapter: decisions
    title: Forventninger til oppfølging
    blocks:
      - text: Kommunestyret forventer årlig rapport.
  - chapter: appendices
    title: Tilleggsvedlegg
    illustrative: true
    blocks:
      - bullets: [Skjema for medarbeidersamtale]
"""

GOALS = """\
goals:
  - id: hovedmal
    kind: hovedmål
    text: Kommunen har rett kompetanse.
  - id: arbeidsgiver
    text: Kommunen er en attraktiv arbeidsgiver.
    sdgs: [8]
  - id: delmal-fagbrev
    kind: delmål
    parent: hovedmal
    parents: [arbeidsgiver]
    text: Flere ansatte tar fagbrev.
    sdgs: [4, 8]
"""


def _plan(tmp_path: Path, head: str = HEAD) -> Plan:
    text = replace_once(
        MINIMAL,
        "goals:\n  - id: hovedmal\n    kind: hovedmål\n    text: Kommunen har rett kompetanse.\n",
        GOALS,
    )
    text = replace_once(
        text,
        "    text: Flere sykepleiere\n",
        "    text: Flere sykepleiere\n    label: Sykepleiere\n"
        "    description: Tre stillinger står ledige.\n",
    )
    (tmp_path / "kplan.yaml").write_text(text + head, encoding="utf-8")
    checked = check(str(tmp_path), today=TODAY)
    assert checked.report.errors == 0, checked.errors
    assert checked.plan is not None
    return checked.plan


def _both(plan: Plan, lang: str = "nb") -> tuple[str, str]:
    md = render(plan, "md", lang, stamp=STAMP)
    page = html.unescape(render(plan, "html", lang, stamp=STAMP))
    return md.replace("\\", ""), page


def test_the_new_fields_are_read(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    by_id = {d.id: d for d in plan.decisions}
    # dates as precise as the source: a day, a month, a year, or none
    assert [by_id[i].date for i in ("ksak-131-21", "orientering-2022", "etterretning-2019")] == [
        "2021-06-17",
        "2022-05",
        "2019",
    ]
    assert by_id["endring-uten-dato"].date is None
    assert by_id["horing"].summary is None
    follow = by_id["orientering-2022"].follow_up
    assert follow is not None and follow.due == "2022-08-10"
    steps = {s.number: s for s in plan.steps}
    assert steps[5].status is None  # unknown, not «ikke startet»
    assert steps[1].done == "2023-10-15"
    goal = {g.id: g for g in plan.goals}["delmal-fagbrev"]
    assert goal.all_parents == ["hovedmal", "arbeidsgiver"]
    assert goal.sdgs == [4, 8]
    need = plan.needs[0]
    assert (need.label, need.description) == ("Sykepleiere", "Tre stillinger står ledige.")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_decisions_and_steps_render(tmp_path: Path, fmt: str) -> None:
    md, page = _both(_plan(tmp_path))
    got = md if fmt == "md" else page
    for text in (
        "Til orientering",
        "Tatt til etterretning",
        "Endring",
        "Høring",
        "17. juni 2021",
        "mai 2022",
        "| 2019 |" if fmt == "md" else "<td>2019</td>",
        "Skriftlig tilbakemelding innen 10. august 2022",
        "K-sak 131/21",
        "Tiltaksplanen ble rullert.",
        "Kompetanseanalyse per ansvarsområde",
        "desember 2024",
        "15. oktober 2023",
        "Starter høsten 2024; Gjøres av ansvarsområdene",
    ):
        assert text in got, text
    # step 5 gives no status: it is unknown, never a made-up «ikke startet»
    assert "ikke startet" not in got
    assert "ukjent" in got


def test_a_column_no_row_fills_is_left_out(tmp_path: Path) -> None:
    head = "decisions:\n  - {id: v1, body: Kommunestyret, summary: Vedtatt.}\n"
    md, _ = _both(_plan(tmp_path, head))
    table = md.split("## Vedtak og endringer")[1].split("##")[0]
    assert "| Organ | Innhold |" in table.replace("Vedtak |", "Innhold |") or "Organ" in table
    for header in ("Type", "Dato", "Oppfølging"):
        assert header not in table, header


def test_goals_show_their_parents_and_sdgs(tmp_path: Path) -> None:
    md, page = _both(_plan(tmp_path))
    for got in (md, page):
        assert "FNs bærekraftsmål 4, FNs bærekraftsmål 8" in got
        assert "Kommunen har rett kompetanse.; Kommunen er en attraktiv arbeidsgiver." in got
    md_en, _ = _both(_plan(tmp_path), "en")
    assert "UN SDG 4, UN SDG 8" in md_en


def test_free_content_lands_in_its_chapter(tmp_path: Path) -> None:
    md, page = _both(_plan(tmp_path))
    chapters = {c.split("\n", 1)[0]: c for c in md.split("\n## ")}
    background = chapters["Bakgrunn og organisering"]
    assert "### Prinsipper for kompetanseutvikling" in background
    assert "**Prinsippene**" in background
    assert "- Læring i arbeidet" in background
    assert "Vi bygger på tre prinsipper." in background
    anchoring = chapters["Forankring, mål og føringer"]
    # the row longer than the header keeps its third cell under an empty heading
    assert "| Nivå | Innhold |  |" in anchoring
    assert "| Handlingsplan | Tiltak og frister | Rulleres årlig |" in anchoring
    assert "| Overordnet plan | Mål og strategier |  |" in anchoring
    assert "Kommunestyret forventer årlig rapport." in chapters["Vedtak og endringer"]
    appendix = chapters["Vedlegg"]
    assert "Skjema for medarbeidersamtale" in appendix
    assert "Illustrasjon: ikke hentet fra kommunens dokumenter." in appendix
    assert "<caption>Overordnet plan og handlingsplan</caption>" in page
    assert "<li>Deling av kunnskap</li>" in page


def test_glossary(tmp_path: Path) -> None:
    md, page = _both(_plan(tmp_path))
    assert "### Begreper" in md
    assert "| Begrep | Forklaring | Kilde |" in md
    assert "| Realkompetanse | Kompetanse fra erfaring | Vox |" in md
    assert "| Årsverk | Én full stilling i ett år |  |" in md
    assert "<td>Realkompetanse</td>" in page


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_renders(tmp_path: Path, lang: str) -> None:
    md, page = _both(_plan(tmp_path), lang)
    assert "None" not in md and "content." not in md
    assert "Realkompetanse" in page


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    sdgs: [4, 8]\n", "    sdgs: [4, 18]\n"),  # FN has 17 goals
        ("    kind: høring\n", "    kind: behandlet\n"),
        ("    date: 2019\n", "    date: 10.08.22\n"),
        ("    deadline: 2024-12\n", "    deadline: 2024-13\n"),
        ("    status: ferdig\n", "    status: kanskje\n"),
    ],
)
def test_bad_values_are_refused(tmp_path: Path, old: str, new: str) -> None:
    text = replace_once(
        MINIMAL,
        "goals:\n  - id: hovedmal\n    kind: hovedmål\n    text: Kommunen har rett kompetanse.\n",
        GOALS,
    )
    text = replace_once(text + HEAD, old, new)
    (tmp_path / "kplan.yaml").write_text(text, encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    checked = check(str(tmp_path), today=TODAY)
    assert [d.line for d in checked.errors] == [line]


def test_a_norwegian_date_names_the_form_to_write(tmp_path: Path) -> None:
    head = "decisions:\n  - id: v\n    body: Kommunestyret\n    follow_up: {due: 10.08.22}\n"
    text = MINIMAL + head
    (tmp_path / "kplan.yaml").write_text(text, encoding="utf-8")
    errors = check(str(tmp_path), today=TODAY).errors
    assert [(d.code, d.line) for d in errors] == [("K107", text.count("\n"))]
    assert "2022-08-10" in words(errors[0].message, "nb")


def test_an_arena_without_a_learning_form_is_valid(tmp_path: Path) -> None:
    head = "learning:\n  arenas:\n    - {id: nettverk, name: Fagnettverk}\n"
    plan = _plan(tmp_path, head)
    assert plan.learning is not None and plan.learning.arenas[0].form is None


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_no_yaml_key_names_in_the_examples_documents(name: str) -> None:
    checked = check(str(EXAMPLES / name), today=TODAY)
    assert checked.plan is not None
    for fmt in ("md", "html"):
        got = render(checked.plan, fmt, "nb", stamp=STAMP).replace("\\", "")
        assert "competence_concept" not in got
        assert "ten_factor" not in got


OTHER_CHAPTERS = """\
content:
  - chapter: competence_concept
    title: Forventninger til medarbeiderne
    blocks:
      - bullets: [Holde seg faglig oppdatert]
  - chapter: analysis
    title: Kompetanseanalysen
    blocks:
      - text: Tre hovedaktiviteter.
  - chapter: actions
    title: Prioriteringer
    blocks:
      - text: Lederutvikling først.
  - chapter: evaluation
    title: Rapportering
    blocks:
      - text: Årlig rapport.
"""


def test_free_content_in_the_later_chapters(tmp_path: Path) -> None:
    md, _ = _both(_plan(tmp_path, OTHER_CHAPTERS))
    chapters = {c.split("\n", 1)[0]: c for c in md.split("\n## ")}
    titles = {
        "Forventninger til medarbeiderne": "Holde seg faglig oppdatert",
        "Kompetanseanalysen": "Tre hovedaktiviteter.",
        "Prioriteringer": "Lederutvikling først.",
        "Rapportering": "Årlig rapport.",
    }
    for title, text in titles.items():
        holding = [name for name, body in chapters.items() if f"### {title}\n" in body]
        assert len(holding) == 1, (title, list(chapters))
        assert text in chapters[holding[0]]
    # each in the chapter it names, in the order of the document
    order = [name for name in chapters for title in titles if f"### {title}\n" in chapters[name]]
    assert len(set(order)) == 4
