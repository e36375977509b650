"""Suppressions scoped to an item: only the diagnostics at (or inside) the item are silenced,
in whichever file the item sits (an included file, an inventory CSV row)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import TODAY

from kplan.check.validate import check
from kplan.present.catalogue import words
from kplan.text import Message

HEAD = """\
include: [deler/*.yaml]
suppress:
  - {{code: K401, reason: Tillitsvalgte deltar i styringsgruppen.}}
{extra}plan:
  title: Strategisk kompetanseplan 2025-2028
  kommune: {{name: Testvik kommune, number: "0301"}}
  scope: {{kind: kommune}}
  period: {{start: 2025, end: 2028}}
  status: utkast
organisation:
  working_group:
    members:
      - {{role: HR-rådgiver, kind: rådgiver}}
anchoring:
  text: [Forankret i arbeidsgiverstrategien.]
goals:
  - {{id: hovedmal, kind: hovedmål, text: Kommunen har rett kompetanse.}}
competence_concept:
  definition: Kunnskaper, ferdigheter, holdninger og evner.
units:
  - {{id: kommunen, name: Testvik kommune, level: kommune}}
  - {{id: sol, name: Sol barnehage, level: enhet, parent: kommunen}}
  - {{id: skole, name: Testvik skole, level: enhet, parent: kommunen}}
needs:
  - {{id: behov-1, text: Flere sykepleiere, type: anskaffelse, unit: kommunen, goals: [hovedmal]}}
evaluation:
  text: [Årlig rapport til kommunestyret.]
analysis:
  inventory_files: [hr/*.csv]
"""

ACTIONS = """\
actions:
  - id: tiltak-1
    title: Ekstern utlysning
    needs: [behov-1]
    strategy: rekruttere
    period: {start: 2025, end: 2026}
    evaluation: [{level: 4, method: Brukerundersøkelse}]
  - id: tiltak-2
    title: Brannvernopplæring
    strategy: utvikle
    period: {start: 2025, end: 2026}
    evaluation: [{level: 1, method: Deltakerevaluering}]
  - id: tiltak-3
    title: Førstehjelpskurs
    strategy: utvikle
    period: {start: 2025, end: 2026}
    evaluation: [{level: 1, method: Deltakerevaluering}]
"""

# line 2: sol, 3 årsverk for 2 persons (K804); line 3: skole, the same (K804)
INVENTORY = "unit;competence;role;date;persons;fte\nsol;;;2025-01-01;2;3\nskole;;;2025-01-01;2;3\n"


def _found(tmp_path: Path, extra: str) -> list[tuple[str, int, str, Message]]:
    (tmp_path / "kplan.yaml").write_text(HEAD.format(extra=extra), encoding="utf-8")
    (tmp_path / "deler").mkdir()
    (tmp_path / "deler" / "tiltak.yaml").write_text(ACTIONS, encoding="utf-8")
    (tmp_path / "hr").mkdir()
    (tmp_path / "hr" / "personal.csv").write_text(INVENTORY, encoding="utf-8")
    report = check(str(tmp_path), today=TODAY).report
    # sorted by file: deler/, hr/, then kplan.yaml
    return [(Path(d.path).name, d.line, d.code, d.message) for d in report.diagnostics]


def _where(found: list[tuple[str, int, str, Message]]) -> list[tuple[str, int, str]]:
    return [(f, line, code) for f, line, code, _ in found]


def test_without_scoped_suppressions_both_actions_and_both_rows_are_reported(
    tmp_path: Path,
) -> None:
    # tiltak-2 starts at line 8 of deler/tiltak.yaml, tiltak-3 at line 13 (K302 at the id)
    assert _where(_found(tmp_path, "")) == [
        ("tiltak.yaml", 8, "K302"),
        ("tiltak.yaml", 13, "K302"),
        ("personal.csv", 2, "K804"),
        ("personal.csv", 3, "K804"),
    ]


def test_an_action_in_an_included_file_is_silenced_alone(tmp_path: Path) -> None:
    extra = "  - {code: K302, item: actions/tiltak-2, reason: Lovpålagt opplæring.}\n"
    assert _where(_found(tmp_path, extra)) == [
        ("tiltak.yaml", 13, "K302"),
        ("personal.csv", 2, "K804"),
        ("personal.csv", 3, "K804"),
    ]


def test_inventory_rows_are_named_by_their_unit(tmp_path: Path) -> None:
    extra = "  - {code: K804, item: inventory/sol, reason: Deltidsstillinger telt dobbelt.}\n"
    assert _where(_found(tmp_path, extra)) == [
        ("tiltak.yaml", 8, "K302"),
        ("tiltak.yaml", 13, "K302"),
        ("personal.csv", 3, "K804"),
    ]


def test_a_section_alone_silences_the_code_in_every_item_of_it(tmp_path: Path) -> None:
    extra = "  - {code: K302, item: actions, reason: Tiltakene er lovpålagt.}\n"
    assert _where(_found(tmp_path, extra)) == [
        ("personal.csv", 2, "K804"),
        ("personal.csv", 3, "K804"),
    ]


def test_a_scope_only_silences_its_own_code(tmp_path: Path) -> None:
    # K804 is not reported at actions/tiltak-2: nothing silenced, and the suppression is stale
    extra = "  - {code: K804, item: actions/tiltak-2, reason: Feil kode.}\n"
    found = _found(tmp_path, extra)
    assert _where(found) == [
        ("tiltak.yaml", 8, "K302"),
        ("tiltak.yaml", 13, "K302"),
        ("personal.csv", 2, "K804"),
        ("personal.csv", 3, "K804"),
        ("kplan.yaml", 4, "K701"),
    ]
    assert words(found[-1][3], "nb") == (
        "K804 meldes ikke for actions/tiltak-2, så denne linjen under suppress: demper "
        "ingenting; ta den bort."
    )
    assert words(found[-1][3], "en") == (
        "K804 is not reported at actions/tiltak-2, so this suppression silences nothing; remove it."
    )


def test_whole_code_suppression_still_works_next_to_a_scoped_one(tmp_path: Path) -> None:
    # both silence tiltak-2's K302: neither is stale
    extra = (
        "  - {code: K302, reason: Ingen tiltak trenger behov.}\n"
        "  - {code: K302, item: actions/tiltak-2, reason: Lovpålagt opplæring.}\n"
    )
    (tmp_path / "x").mkdir()
    plan = tmp_path / "x"
    assert _where(_found(plan, extra)) == [
        ("personal.csv", 2, "K804"),
        ("personal.csv", 3, "K804"),
    ]
    report = check(str(plan), today=TODAY).report
    assert report.suppressed == {"K302": 2, "K401": 1}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            "  - {code: K302, item: actions/tiltak-9, reason: Skrivefeil.}\n",
            "actions/tiltak-9 peker ikke på noe i planen",
        ),
        (
            "  - {code: K804, item: inventory/barnehagen, reason: Ingen slik enhet.}\n",
            "inventory/barnehagen peker ikke på noe i planen",
        ),
        (
            "  - {code: K302, item: tiltak/tiltak-2, reason: Feil seksjon.}\n",
            "tiltak/tiltak-2 peker ikke på noe i planen",
        ),
        (
            "  - {code: K605, item: organisation, text: Kari Hansen, reason: En bygning.}\n",
            "text: sier allerede hvilken tekst personvernkoden dempes for; ta bort item:.",
        ),
        (
            "  - {code: K202, item: actions/tiltak-2, reason: Feil.}\n",
            "K202 er en feil, og feil kan ikke dempes.",
        ),
    ],
)
def test_a_scope_that_names_nothing_is_a_warning_at_its_item(
    tmp_path: Path, extra: str, message: str
) -> None:
    (tmp_path / "kplan.yaml").write_text(HEAD.format(extra=extra), encoding="utf-8")
    (tmp_path / "deler").mkdir()
    (tmp_path / "deler" / "tiltak.yaml").write_text(ACTIONS, encoding="utf-8")
    (tmp_path / "hr").mkdir()
    (tmp_path / "hr" / "personal.csv").write_text(INVENTORY, encoding="utf-8")
    report = check(str(tmp_path), today=TODAY).report
    k701 = [d for d in report.diagnostics if d.code == "K701"]
    assert [(d.line, words(d.message, "nb")[: len(message)]) for d in k701] == [(4, message)]
    # nothing else was silenced: both K302 and both K804 stay
    assert sorted(d.code for d in report.diagnostics if d.code != "K701") == [
        "K302",
        "K302",
        "K804",
        "K804",
    ]
