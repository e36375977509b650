"""A Norwegian key points to its English key; the plan stage's messages in three languages.

The plan author writes the words of the plan document (tiltak, mål, målgruppe); kplan's keys are
English. Each case writes one wrong key into a real plan file and reads what `assemble` (the plan
stage) says, in bokmål, nynorsk and English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import MINIMAL, replace_once, write_plan

from kplan.hints import Aliases, did_you_mean, fold, id_for_name, id_named, lookalike, oddity
from kplan.plan.assemble import assemble
from kplan.plan.error_words import ABOUT, TYPE_WORDS, form
from kplan.plan.model import Plan, PlanPart
from kplan.plan.norwegian_keys import NORWEGIAN
from kplan.plan.schema import plan_schema
from kplan.present.catalogue import CATALOGUE, words
from kplan.text import t


def _said(tmp_path: Path, text: str, lang: str = "nb") -> list[str]:
    """What the plan stage says about the plan `text`, each as «code message»."""
    out = assemble(str(write_plan(tmp_path, text)))
    return [f"{f.code} {words(f.message, lang)}" for f in [*out.findings, *out.problems]]


_ACTION = "    strategy: rekruttere\n"


def _in_action(key: str) -> str:
    return replace_once(MINIMAL, _ACTION, f"{_ACTION}    {key}: x\n")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            MINIMAL.replace("actions:", "tiltak:"),
            "nb",
            "K101 Nøkkelen «tiltak» finnes ikke her. Mente du «actions»?",
        ),
        (
            MINIMAL.replace("actions:", "tiltak:"),
            "nn",
            "K101 Nøkkelen «tiltak» finst ikkje her. Meinte du «actions»?",
        ),
        (
            MINIMAL.replace("actions:", "tiltak:"),
            "en",
            "K101 Unknown key «tiltak». Did you mean «actions»?",
        ),
        # mål with and without å: mål, maal and mal are one word
        (MINIMAL.replace("goals:\n", "mål:\n"), "nb", "Mente du «goals»?"),
        (MINIMAL.replace("goals:\n", "maal:\n"), "nb", "Mente du «goals»?"),
        (MINIMAL.replace("goals:\n", "Mal:\n"), "nb", "Mente du «goals»?"),
        (MINIMAL.replace("needs:\n", "behov:\n"), "nb", "Mente du «needs»?"),
        (MINIMAL.replace("units:\n", "einingar:\n"), "nn", "Meinte du «units»?"),  # nynorsk
        (MINIMAL.replace("units:\n", "enheter:\n"), "nb", "Mente du «units»?"),
        (MINIMAL.replace("anchoring:\n", "forankring:\n"), "nb", "Mente du «anchoring»?"),
        (MINIMAL.replace("evaluation:\n  text", "evaluering:\n  text"), "nb", "«evaluation»?"),
        # inside an action: the action's keys
        (_in_action("målgruppe"), "nb", "Mente du «target_group»?"),
        (_in_action("malgruppe"), "nb", "Mente du «target_group»?"),
        (_in_action("ansvarlig"), "nb", "Mente du «responsible»?"),
        (_in_action("ansvar"), "nb", "Mente du «responsible»?"),
        (_in_action("kostnad"), "nb", "Mente du «cost»?"),
        (_in_action("periode"), "nb", "Mente du «period»?"),
        (_in_action("strategi"), "nb", "Mente du «strategy»?"),
        (_in_action("beskrivelse"), "nb", "Mente du «notes»?"),  # an action has no description
        # misspelt Norwegian: close to a Norwegian word, not to an English key
        (MINIMAL.replace("actions:", "tiltk:"), "nb", "Mente du «actions»?"),
        (_in_action("målgrupe"), "nb", "Mente du «target_group»?"),
        # in the plan's head
        (
            MINIMAL.replace(
                "period: {start: 2025, end: 2028}", "periode: {start: 2025, end: 2028}"
            ),
            "nb",
            "«period»?",
        ),
        (
            MINIMAL.replace("decisions", "x").replace("plan:\n", "vedtak: []\nplan:\n"),
            "nb",
            "«decisions»?",
        ),
    ],
)
def test_a_norwegian_key_points_to_its_english_key(
    tmp_path: Path, text: str, lang: str, expected: str
) -> None:
    said = [s for s in _said(tmp_path, text, lang) if s.startswith("K101")]
    assert len(said) == 1, said
    assert expected in said[0]


_STEP = "steps:\n  - {number: 1, name: Forankring, status: pågår, KEY: x}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step's frist is its deadline, and ansvar whoever is responsible
        (MINIMAL + _STEP.replace("KEY", "frist"), "Mente du «deadline»?"),
        (MINIMAL + _STEP.replace("KEY", "ansvar"), "Mente du «responsible»?"),
        (MINIMAL.replace("    unit: kommunen\n", "    enhet: kommunen\n"), "Mente du «unit»?"),
        (MINIMAL + "kompetanse: []\n", "Mente du «competences»?"),
        (MINIMAL + "strategi: []\n", "Mente du «strategies»?"),
        (MINIMAL + "kompetansebehov: []\n", "Mente du «needs»?"),
        (MINIMAL.replace("  status: utkast\n", "  status: utkast\n  målform: nn\n"), "«language»?"),
    ],
)
def test_norwegian_words_of_the_plan_document(tmp_path: Path, text: str, expected: str) -> None:
    said = [s for s in _said(tmp_path, text) if s.startswith("K101")]
    assert len(said) == 1 and expected in said[0], said


def test_only_keys_allowed_there_are_suggested(tmp_path: Path) -> None:
    # «frist» is the deadline of a step or a requirement, and a decision follow-up's due date;
    # an action has neither, so none of them is suggested there
    said = _said(tmp_path, _in_action("frist"))
    assert said == ["K101 Nøkkelen «frist» finnes ikke her."]
    # «mål» inside a goal is its target (a goal has no goals:)
    goal = replace_once(MINIMAL, "    kind: hovedmål\n", "    kind: hovedmål\n    mål: 90\n")
    assert "Mente du «target»?" in _said(tmp_path / "g", goal)[0]


def test_every_norwegian_word_names_a_key_of_the_model() -> None:
    def keys(model: type, seen: set[type]) -> set[str]:
        import typing

        from pydantic import BaseModel

        if model in seen:
            return set()
        seen.add(model)
        found = set(model.model_fields)  # type: ignore[attr-defined]

        def walk(tp: object) -> None:
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                found.update(keys(tp, seen))
            for arg in typing.get_args(tp):
                walk(arg)

        for field in model.model_fields.values():  # type: ignore[attr-defined]
            walk(field.annotation)
        return found

    seen: set[type] = set()
    model_keys = keys(Plan, seen) | keys(PlanPart, seen)
    assert set(NORWEGIAN) - model_keys == set()
    # the keys the issue names, and the sections a plan document has, have Norwegian words
    for key in ("actions", "goals", "needs", "units", "responsible", "target_group", "cost"):
        assert NORWEGIAN[key]
    # no Norwegian word is itself a key of the same place by accident (status, plan, start)
    # is fine: an allowed key is never an error


def test_fold_makes_aeoeaa_optional() -> None:
    assert fold("Mål") == fold("maal") == fold("mal") == "mal"
    assert fold("målgruppe") == fold("MAALGRUPPE") == fold("mal-gruppe")
    assert fold("Årsverk") == "arsverk"
    assert fold("kø") == "ko"
    assert fold("ære") == "aere"


def test_did_you_mean_prefers_a_norwegian_word_to_a_far_english_key() -> None:
    allowed = ("actions", "goals", "title")
    aliases = Aliases([("Tiltak", "actions")])
    assert words(did_you_mean("tiltak", allowed, aliases), "en") == " Did you mean «actions»?"
    assert words(did_you_mean("titel", allowed, aliases), "en") == " Did you mean «title»?"
    assert did_you_mean("zzzz", allowed, aliases) == ""


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_no_regular_expression_in_an_id_message(tmp_path: Path, lang: str) -> None:
    text = replace_once(MINIMAL, "  - id: behov-1\n", "  - id: Behov nr 1\n")
    text = text.replace("needs: [behov-1]", "needs: []")
    said = _said(tmp_path, text, lang)
    assert len(said) == 1 and said[0].startswith("K105"), said
    assert not re.search(r"[\^\$\[\]\\]|\{\d|pattern", said[0]), said[0]
    # the example is made from what was written
    assert "«behov-nr-1»" in said[0]
    expected = {
        "nb": "en id er bokstaver, tall og bindestrek",
        "nn": "ein id er bokstavar, tal og bindestrek",
        "en": "an id is letters, digits and hyphens",
    }
    assert expected[lang] in said[0]


def test_every_pattern_of_the_model_is_described() -> None:
    """No field's form reaches the user as a regular expression: each pattern in the schema
    has a description in words."""
    patterns: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                patterns.add(node["pattern"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(plan_schema())
    assert len(patterns) >= 5, patterns  # id, when, band, code, item, url, kommune number...
    assert [p for p in patterns if form(p, "x") is None] == []


def test_a_name_where_an_id_belongs_gets_the_id(tmp_path: Path) -> None:
    text = replace_once(MINIMAL, _ACTION, f"{_ACTION}    arena: Felles  fagdag\n")
    text = text.replace(
        "evaluation:\n  text:",
        "learning:\n  arenas:\n    - {id: fagdag, name: Felles fagdag}\nevaluation:\n  text:",
    )
    assert _said(tmp_path, text) == [
        "K105 «Felles  fagdag» er navnet; her skal id-en stå: «fagdag»."
    ]
    assert _said(tmp_path, text, "nn") == [
        "K105 «Felles  fagdag» er namnet; her skal id-en stå: «fagdag»."
    ]
    assert _said(tmp_path, text, "en") == [
        "K105 «Felles  fagdag» is the name; the id belongs here: «fagdag»."
    ]


def test_a_unit_name_written_as_a_need_unit_gets_the_unit_id(tmp_path: Path) -> None:
    text = replace_once(MINIMAL, "    unit: kommunen\n", "    unit: Testvik kommune\n")
    assert _said(tmp_path, text) == [
        "K105 «Testvik kommune» er navnet; her skal id-en stå: «kommunen»."
    ]


def test_a_name_of_another_kind_is_not_offered_as_the_id(tmp_path: Path) -> None:
    # «Testvik kommune» is a unit's name; a need belongs in an action's needs:, so the unit's
    # id would be the wrong kind: only the form of an id is told
    text = replace_once(MINIMAL, "    needs: [behov-1]\n", "    needs: [Testvik kommune]\n")
    said = _said(tmp_path, text)
    assert len(said) == 1 and "«testvik-kommune»" in said[0] and "kommunen" not in said[0], said


def test_id_for_name_ignores_case_and_spacing() -> None:
    names = {"fagdag": "Felles fagdag", "hospitering": "Hospitering"}
    assert id_named("felles   FAGDAG", names) == "fagdag"
    assert id_named("Fagdag", names) is None
    hint = id_for_name("Hospitering", names)
    assert words(hint, "nb") == " «Hospitering» er navnet; her skal id-en stå: «hospitering»."
    assert id_for_name("noe annet", names) == ""


def test_look_alike_letters_are_explained_in_three_languages() -> None:
    cyrillic = "tiltak-1".replace("a", "\u0430", 1)
    odd = lookalike(cyrillic, {"tiltak-1"})
    assert odd is not None
    assert "kyrilliske bokstaven «а» (U+0430)" in words(odd, "nb")
    assert "Cyrillic letter «а» (U+0430)" in words(odd, "en")
    assert "retype it as «tiltak-1»" in words(odd, "en")
    zw = oddity("helse\u200b")
    assert zw is not None
    assert words(zw, "nn") == (
        "«helse<U+200B>» inneheld eit mellomrom utan breidd (U+200B), eit usynleg teikn; slett det."
    )


def test_missing_key_says_what_belongs_there(tmp_path: Path) -> None:
    text = replace_once(MINIMAL, "    type: anskaffelse\n", "")
    assert _said(tmp_path, text) == [
        "K102 Nøkkelen «type» mangler; den må være med: velg «mobilisering», «læring», "
        "«anskaffelse» eller «avvikling»."
    ]
    text = replace_once(MINIMAL, "    title: Ekstern utlysning\n", "")
    assert _said(tmp_path / "b", text, "nn") == [
        "K102 Nøkkelen «title» manglar; han må vere med: tittelen, slik planen skriv han."
    ]


def test_every_text_the_plan_stage_may_build_is_in_the_catalogue() -> None:
    keys = {f"plan.about.{name}" for name in ABOUT} | set(TYPE_WORDS.values())
    for base in ("none", "bool", "number", "text", "mapping", "list", "date"):
        keys |= {f"plan.value.{base}", f"plan.value.{base}.start"}
    for base in ("min_items", "max_items", "min_chars"):
        keys |= {f"plan.limit.{base}.one", f"plan.limit.{base}.many"}
    keys |= {"plan.k103.cost_recurrence", "plan.k103.cost_amount"}
    assert sorted(k for k in keys if k not in CATALOGUE) == []
    assert words(t("plan.k103.cost_amount"), "en").startswith("Give either")


def test_a_cost_with_two_recurrences_is_told_in_words(tmp_path: Path) -> None:
    text = replace_once(
        MINIMAL, _ACTION, f"{_ACTION}    cost: {{amount: 1000, yearly: true, spread: true}}\n"
    )
    said = _said(tmp_path, text)
    assert said == [
        "K103 Skriv bare én av yearly, every_years og spread: de sier på hver sin måte hvordan "
        "kostnaden fordeler seg over årene."
    ]
