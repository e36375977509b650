"""The check stage's messages in bokmål, nynorsk and English: the kind of an id with its gender
(«noe mål», «noka eining»), a name written where an id belongs, counts in the right number."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MINIMAL, TODAY, replace_once

from kplan.check.rules.base import KINDS, kind
from kplan.check.validate import check
from kplan.diagnostics import Diagnostic
from kplan.present.catalogue import CATALOGUE, words
from kplan.present.messages.check import KIND_FORMS


def _found(tmp_path: Path, plan: str, code: str) -> list[Diagnostic]:
    (tmp_path / "kplan.yaml").write_text(plan, encoding="utf-8")
    report = check(str(tmp_path / "kplan.yaml"), today=TODAY).report
    return [d for d in report.diagnostics if d.code == code]


def test_every_kind_has_every_form_in_three_languages() -> None:
    for section in KINDS:
        for form in KIND_FORMS:
            assert kind(section, form).key in CATALOGUE, (section, form)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nb", "Det finnes ikke noe mål med id-en «malet»."),
        ("nn", "Det finst ikkje noko mål med id-en «malet»."),
        ("en", "There is no goal with the id «malet»."),
    ],
)
def test_a_missing_goal_in_each_language(tmp_path: Path, lang: str, expected: str) -> None:
    plan = replace_once(MINIMAL, "    goals: [hovedmal]\n", "    goals: [malet]\n")
    (d,) = _found(tmp_path, plan, "K202")
    assert words(d.message, lang) == expected


def test_a_unit_is_feminine_in_nynorsk(tmp_path: Path) -> None:
    plan = replace_once(MINIMAL, "    unit: kommunen\n", "    unit: bydel\n")
    (d,) = _found(tmp_path, plan, "K202")
    assert words(d.message, "nn") == "Det finst ikkje noka eining med id-en «bydel»."
    assert words(d.message, "nb") == "Det finnes ikke noen enhet med id-en «bydel»."


def test_a_units_name_where_its_id_belongs_gets_the_id(tmp_path: Path) -> None:
    # the unit «skole» is called «Skolen»; the need names it «skolen», its name in lower case
    plan = replace_once(
        MINIMAL,
        "  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
        "  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
        "  - {id: skole, name: Skolen, level: enhet, parent: kommunen}\n",
    )
    plan = replace_once(plan, "    unit: kommunen\n", "    unit: skolen\n")
    (d,) = _found(tmp_path, plan, "K202")
    assert words(d.message, "nb") == (
        "Det finnes ikke noen enhet med id-en «skolen». «skolen» er navnet; her skal id-en "
        "stå: «skole»."
    )


def test_a_reference_to_the_wrong_kind_in_nynorsk(tmp_path: Path) -> None:
    plan = replace_once(MINIMAL, "    needs: [behov-1]\n", "    needs: [hovedmal]\n")
    (d,) = _found(tmp_path, plan, "K206")
    assert words(d.message, "nn") == "«hovedmal» er eit mål, men her skal det stå eit behov."
    assert words(d.message, "en") == "«hovedmal» is a goal, but a need belongs here."


def test_an_id_used_twice_in_nynorsk(tmp_path: Path) -> None:
    plan = replace_once(
        MINIMAL,
        "\nevaluation:\n  text:",
        "\n  - {id: tiltak-1, title: Kurs, needs: [behov-1], strategy: utvikle,\n"
        "     evaluation: [{level: 1, method: Skjema}]}\nevaluation:\n  text:",
    )
    (d,) = _found(tmp_path, plan, "K201")
    assert words(d.message, "nn") == (
        "Id-en «tiltak-1» er alt brukt av eit anna tiltak (den første står i "
        f"{tmp_path / 'kplan.yaml'})."
    )


def test_one_old_inventory_row_is_one_row(tmp_path: Path) -> None:
    # TODAY is 2026-11-22: a row from 2024-01-01 is 12 × 2 + 10 = 34 months old, over 24
    plan = MINIMAL + "inventory:\n  - {unit: kommunen, date: 2024-01-01, persons: 2, fte: 2}\n"
    (d,) = _found(tmp_path, plan, "K801")
    assert words(d.message, "en").startswith("1 inventory row is from 2024-01-01, 34 months ago")
    assert words(d.message, "nb").startswith(
        "1 rad i kompetansebeholdningen er fra 2024-01-01, 34 måneder siden"
    )


def test_a_silent_ks_step_is_named_in_nynorsk(tmp_path: Path) -> None:
    plan = replace_once(
        MINIMAL,
        "competence_concept:\n  definition: Kunnskaper, ferdigheter, holdninger og evner.\n",
        "",
    )
    (d,) = _found(tmp_path, plan, "K403")
    assert words(d.message, "nn") == "Planen seier ingenting om KS-steg 4, «Kva er kompetanse?»."
    assert words(d.message, "nb") == "Planen sier ingenting om KS-steg 4, «Hva er kompetanse?»."


def test_a_step_named_in_nynorsk_is_the_right_step(tmp_path: Path) -> None:
    steps = (
        "steps:\n"
        "  - {number: 4, name: 'Kva er kompetanse?', status: ferdig}\n"
        "  - {number: 6, name: 'Steg 6: Kompetansestrategiar og tiltak', status: ferdig}\n"
        "  - {number: 3, name: 'Kva er kompetanse?', status: ferdig}\n"
    )
    (d,) = _found(tmp_path, MINIMAL + steps, "K204")
    # only the third is wrong: step 3 is «Overordnede mål og føringer»
    assert words(d.message, "nn") == (
        "«Kva er kompetanse?» er ikkje namnet på KS-steg 3; bruk «Overordnede mål og føringer»."
    )


def test_a_personal_name_is_flagged_and_its_false_alarm_silenced(tmp_path: Path) -> None:
    named = replace_once(
        MINIMAL, "{role: HR-rådgiver, kind: rådgiver}", "{role: Kari Nordmann, kind: rådgiver}"
    )
    (d,) = _found(tmp_path, named, "K605")
    assert words(d.message, "nn").startswith("«Kari Nordmann» ser ut som namnet på ein person.")
    # the flagged text is found in the message's values, so `text:` silences exactly it
    silenced = named + (
        "suppress:\n  - {code: K605, text: Kari Nordmann, reason: Navnet på et kurs.}\n"
    )
    (tmp_path / "kplan.yaml").write_text(silenced, encoding="utf-8")
    report = check(str(tmp_path / "kplan.yaml"), today=TODAY).report
    assert [d.code for d in report.diagnostics] == []
    assert report.suppressed == {"K605": 1}


def test_a_retirement_age_for_a_unit_the_plan_lacks_is_k202_at_it(tmp_path: Path) -> None:
    plan = MINIMAL + "analysis:\n  unit_retirement_age: {kommunen: 65, bydel: 62}\n"
    (d,) = _found(tmp_path, plan, "K202")
    assert words(d.message, "nb") == "Det finnes ikke noen enhet med id-en «bydel»."
    assert d.line == plan.count("\n")  # the analysis: line it is on
