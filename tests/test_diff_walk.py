"""The diff walks the whole plan model: every section, fields the model gains later, defaults
compared by value, the inventory as totals per unit; and the words it is shown in.

Plans are built from the model directly (no git here; tests/test_history.py runs the commands
against real repositories)."""

from __future__ import annotations

import typing
from typing import Any

from helpers import make_plan
from pydantic import BaseModel

from kplan.analysis.diff import PlanDiff
from kplan.analysis.diff_walk import Change, FieldChange, Key, plan_changes, sections, walk
from kplan.analysis.versions import LogEntry
from kplan.plan.metadata import Step
from kplan.plan.model import PartialPlan, Plan
from kplan.plan.types import Model, Text
from kplan.present import diff as present
from kplan.present import log as present_log
from kplan.present.history_fields import FIELD_LABELS
from kplan.present.history_words import field_words, word, word_diff
from kplan.present.labels import LANGS, Labels


def plan(**sections: Any) -> Plan:
    return typing.cast(Plan, make_plan(**sections))


def fields(c: Change) -> list[tuple[str, Any, Any]]:
    return [(f.field, f.old, f.new) for f in c.fields]


# --- every section ----------------------------------------------------------------------------

STEPS = [
    {"number": 1, "name": "Organisering", "status": "ferdig"},
    {"number": 5, "name": "Kompetanseanalyse", "deadline": "2025-06", "status": "pågår"},
]


def test_a_commit_that_only_moves_the_steps_is_seen() -> None:
    old = plan(steps=STEPS)
    moved = [STEPS[0], {**STEPS[1], "deadline": "2025-12", "status": "ferdig", "done": "2025-11"}]
    (change,) = plan_changes(old, plan(steps=moved))
    # matched by the step's number, not by its place in the list
    assert (change.section, change.id, change.kind, change.title) == (
        "steps",
        "5",
        "changed",
        "Kompetanseanalyse",
    )
    assert fields(change) == [
        ("deadline", "2025-06", "2025-12"),
        ("done", None, "2025-11"),
        ("status", "pågår", "ferdig"),
    ]
    nb = present.diff_text(PlanDiff("v1", "v2", (change,), (), ()))
    assert "~ steg 5: Kompetanseanalyse\n" in nb
    assert "    Frist: juni 2025 → desember 2025\n" in nb
    assert "    Gjennomført: – → november 2025\n" in nb
    assert "    Status: pågår → ferdig\n" in nb
    en = present.diff_text(PlanDiff("v1", "v2", (change,), (), ()), "en")
    assert "~ step 5: Kompetanseanalyse\n" in en and "    Status: in progress → done\n" in en


def test_steps_in_another_order_are_no_change() -> None:
    assert plan_changes(plan(steps=STEPS), plan(steps=STEPS[::-1])) == []


def test_organisation_and_its_groups_are_compared() -> None:
    org = {
        "owner": "Kommunedirektøren",
        "working_group": {
            "members": [
                {"role": "HR-rådgiver", "kind": "rådgiver"},
                {"role": "Hovedtillitsvalgt", "kind": "tillitsvalgt", "union": "Fagforbundet"},
            ]
        },
    }
    new = {
        "owner": "Kommunalsjef",
        "working_group": {
            "members": [
                {"role": "Hovedtillitsvalgt", "kind": "tillitsvalgt", "union": "Delta"},
                {"role": "Verneombud", "kind": "verneombud"},
            ]
        },
    }
    (change,) = plan_changes(plan(organisation=org), plan(organisation=new))
    assert (change.section, change.id, change.kind) == ("organisation", "organisation", "changed")
    # members by their role: one removed, one added, one changed
    assert [(f.field, f.old, f.new, f.item) for f in change.fields] == [
        ("owner", "Kommunedirektøren", "Kommunalsjef", False),
        ("working_group.members[HR-rådgiver]", "HR-rådgiver", None, True),
        ("working_group.members[Hovedtillitsvalgt].union", "Fagforbundet", "Delta", False),
        ("working_group.members[Verneombud]", None, "Verneombud", True),
    ]
    text = present.diff_text(PlanDiff("v1", "v2", (change,), (), ()))
    assert text.splitlines()[1:6] == [
        "~ organisering",
        "    Prosjekteier: Kommunedirektøren → Kommunalsjef",
        "    Arbeidsgruppe › Medlemmer: fjernet: HR-rådgiver",
        "    Arbeidsgruppe › Medlemmer › Hovedtillitsvalgt › Fagforening: Fagforbundet → Delta",
        "    Arbeidsgruppe › Medlemmer: lagt til: Verneombud",
    ]


def test_every_head_section_is_compared() -> None:
    old = plan()
    new = plan(
        anchoring={"ambition": "Heltid som hovedregel"},
        competence_concept={"definition": "Kunnskaper og ferdigheter"},
        learning={"model_70_20_10": {"own_work": 60, "others": 30}},
        evaluation={"follow_up": [{"what": "Årsrapport", "who": "HR"}]},
        appendices=[{"title": "Støttespørsmål", "items": ["Hva trenger vi?"]}],
        content=[{"chapter": "actions", "title": "Prinsipper", "blocks": [{"text": "Lær."}]}],
        glossary=[{"term": "Realkompetanse", "definition": "Det en kan."}],
        analysis={"retirement_age": 65},
        action_table={"columns": ["need", "action"]},
        suppress=[{"code": "K503", "reason": "Kjent."}],
    )
    changes = plan_changes(old, new)
    assert [(c.section, c.id, c.kind) for c in changes] == [
        ("anchoring", "anchoring", "added"),
        ("competence_concept", "competence_concept", "added"),
        ("learning", "learning", "added"),
        ("evaluation", "evaluation", "added"),
        ("analysis", "analysis", "added"),
        ("action_table", "action_table", "added"),
        ("content", "Prinsipper", "added"),
        ("glossary", "Realkompetanse", "added"),
        ("appendices", "Støttespørsmål", "added"),
        ("suppress", "K503", "added"),
    ]
    # a section added is compared with its defaults: what it sets away from them, and not
    # the default it keeps (10 % formal)
    learning = changes[2]
    assert fields(learning) == [
        ("model_70_20_10.own_work", 70, 60.0),
        ("model_70_20_10.others", 20, 30.0),
    ]
    analysis = changes[4]
    assert fields(analysis) == [("retirement_age", 67, 65)]  # from the default, not from «–»
    # the log counts a section that is one thing without a number
    entry = LogEntry("a" * 40, "", "", (), (), "changed", _counts(changes), False)
    summary = present_log.summary(entry, Labels("nb"))
    assert summary == (
        "forankring lagt til, kompetansebegrep lagt til, læring lagt til, evaluering lagt til, "
        "analyseoppsett lagt til, tiltakstabell lagt til, 1 fritt avsnitt lagt til, "
        "1 begrep lagt til, 1 vedlegg lagt til, 1 dempet varsel lagt til"
    )


def _counts(changes: list[Change]) -> tuple[Any, ...]:
    return PlanDiff(None, None, tuple(changes), (), ()).counts_by_section()


def test_the_plans_facts_are_compared() -> None:
    old = plan()
    doc = old.model_dump()
    doc["plan"]["reporting"] = {"frequency": "årlig", "channel": "Årsrapporten"}
    doc["plan"]["kommune"]["name"] = "Nyvik"
    (change,) = plan_changes(old, Plan.model_validate(doc))
    assert (change.section, change.title) == ("plan", "Testplan")
    assert fields(change) == [
        ("kommune.name", "Testvik", "Nyvik"),
        ("reporting.channel", None, "Årsrapporten"),  # frequency årlig is the default
    ]


# --- defaults ---------------------------------------------------------------------------------

ACTION = {"id": "t1", "title": "Kurs", "cost": {"amount": 100000}}


def test_a_default_written_out_is_no_change() -> None:
    written = {**ACTION, "status": "planlagt", "cost": {"amount": 100000, "per": "totalt"}}
    assert plan_changes(plan(actions=[ACTION]), plan(actions=[written])) == []
    assert plan_changes(plan(actions=[written]), plan(actions=[ACTION])) == []


def test_a_default_changed_shows_the_default_as_the_old_value() -> None:
    moved = {**ACTION, "status": "pågår", "cost": {"amount": 150000}}
    (change,) = plan_changes(plan(actions=[ACTION]), plan(actions=[moved]))
    assert fields(change) == [("cost.amount", 100000.0, 150000.0), ("status", "planlagt", "pågår")]
    text = present.diff_text(PlanDiff("v1", "v2", (change,), (), ()))
    assert "    Økonomi › Beløp: 100 000 kr → 150 000 kr\n" in text
    assert "    Status: planlagt → pågår\n" in text  # not «– → pågår»
    md = present.diff_md(PlanDiff("v1", "v2", (change,), (), ()), "nn")
    assert "| tiltak | t1 | Økonomi › Beløp | 100\u00a0000\u00a0kr | 150\u00a0000\u00a0kr |" in md
    assert "| tiltak | t1 | Status | planlagd | pågår |" in md


# --- sections and fields the model gains later ------------------------------------------------


class Mentor(Model):
    id: Text
    name: Text
    hours: int = 10


class FuturePlan(PartialPlan):
    mentors: list[Mentor] = []  # noqa: RUF012  (pydantic copies it per instance)
    mentoring: Mentor | None = None


class RiskyStep(Step):
    risk: Text | None = None


def test_a_section_the_model_gains_later_is_compared() -> None:
    assert sections(FuturePlan)[-2:] == ("mentors", "mentoring")
    old = FuturePlan(mentors=[Mentor(id="m1", name="Kari")])
    new = FuturePlan(
        mentors=[Mentor(id="m1", name="Kari", hours=20), Mentor(id="m2", name="Ola")],
        mentoring=Mentor(id="m0", name="Leder"),
    )
    changes = plan_changes(old, new)
    assert [(c.section, c.id, c.kind, fields(c)) for c in changes] == [
        ("mentors", "m1", "changed", [("hours", 10, 20)]),
        ("mentors", "m2", "added", []),
        ("mentoring", "mentoring", "added", [("id", None, "m0"), ("name", None, "Leder")]),
    ]
    # no label yet: named by its English key, and still shown
    text = present.diff_text(PlanDiff("a", "b", tuple(changes), (), ()))
    assert "~ mentors m1: Kari\n    hours: 10 → 20\n" in text


def test_a_field_a_model_gains_later_is_compared() -> None:
    old = PartialPlan(steps=[RiskyStep(number=3, risk="Lav")])
    new = PartialPlan(steps=[RiskyStep(number=3, risk="Høy")])
    (change,) = plan_changes(old, new)
    assert (change.section, change.id, fields(change)) == ("steps", "3", [("risk", "Lav", "Høy")])


def test_walk_compares_dicts_by_key_and_lists_of_values_whole() -> None:
    a = {"spent": {2025: 1000.0}, "goals": ["a", "b"]}
    b = {"spent": {2025: 1000.0, 2026: 500.0}, "goals": ["a", "c"]}
    assert [(f.path, f.old, f.new) for f in walk(a, b)] == [
        ((Key("goals"),), ("a", "b"), ("a", "c")),
        ((Key("spent"), Key(2026)), None, 500.0),
    ]


# --- the inventory, as totals per unit --------------------------------------------------------


def _row(unit: str, persons: int, fte: float, competence: str | None = None, **more: Any) -> Any:
    return {"unit": unit, "date": "2025-01-01", "persons": persons, "fte": fte, **more} | (
        {"competence": competence} if competence else {}
    )


def test_the_inventory_is_compared_per_unit_not_per_row() -> None:
    old = [
        _row("enheten", 10, 8.5),
        _row("enheten", 4, 3.0, "sykepleier"),
        _row("kommunen", 50, 40.0),
    ]
    new = [
        _row("enheten", 11, 9.3),
        _row("enheten", 5, 4.0, "sykepleier"),
        _row("kommunen", 50, 40.0),
        {**_row("kommunen", 52, 41.5), "date": "2026-01-01"},
    ]
    changes = plan_changes(plan(inventory=old), plan(inventory=new))
    assert [(c.id, c.kind, c.size, fields(c)) for c in changes] == [
        (
            "enheten@2025-01-01",
            "changed",
            (11, 9.3),
            # the whole staff: 10 → 11 persons, 8.5 → 9.3 årsverk; 4 → 5 sykepleiere
            [("persons", 10, 11), ("fte", 8.5, 9.3), ("competences[sykepleier]", 4.0, 5.0)],
        ),
        ("kommunen@2026-01-01", "added", (52, 41.5), []),
    ]
    text = present.diff_text(PlanDiff("a", "b", tuple(changes), (), ()))
    assert "    Personer med kompetansen › sykepleier: 4 → 5\n" in text
    assert "+ beholdning kommunen per 1. januar 2026: 52 personer, 41,5 årsverk\n" in text


def test_an_inventory_change_the_totals_do_not_show_is_counted() -> None:
    old = [_row("enheten", 10, 8.5, age_bands={"<30": 4, "30-66": 6})]
    new = [_row("enheten", 10, 8.5, age_bands={"<30": 3, "30-66": 7})]
    (change,) = plan_changes(plan(inventory=old), plan(inventory=new))
    assert fields(change) == [("rows_changed", None, 1)]


# --- words ------------------------------------------------------------------------------------


def test_a_long_text_shows_the_words_that_changed() -> None:
    old = (
        "Planen rulleres hvert fjerde år i tilknytning til budsjettprosessen og rapporteres "
        "årlig til kommunestyret"
    )
    new = old.replace("fjerde", "andre") + " og administrasjonsutvalget"
    # 3 words before the first change are all kept; of the 10 between the changes, 4 on each side
    assert word_diff(old, new) == (
        "Planen rulleres hvert [-fjerde-] {+andre+} år i tilknytning til … rapporteres årlig til "
        "kommunestyret {+og administrasjonsutvalget+}"
    )
    step = {"number": 7, "what": old}
    (change,) = plan_changes(plan(steps=[step]), plan(steps=[{**step, "what": new}]))
    md = present.diff_md(PlanDiff("a", "b", (change,), (), ()))
    assert (
        "| steg | 7 | Hva og hvordan | Planen rulleres hvert ~~fjerde~~ år i tilknytning til … "
        "rapporteres årlig til kommunestyret | Planen rulleres hvert **andre** år i tilknytning "
        "til … rapporteres årlig til kommunestyret **og administrasjonsutvalget** |"
    ) in md


def _models(root: type[BaseModel]) -> set[type[BaseModel]]:
    seen: set[type[BaseModel]] = set()
    todo = [root]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for f in model.model_fields.values():
            todo.extend(_inner(f.annotation))
    return seen


def _inner(tp: Any) -> list[type[BaseModel]]:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [tp]
    return [m for arg in typing.get_args(tp) for m in _inner(arg)]


def test_every_field_of_the_model_has_words_in_every_language() -> None:
    names = {n for m in _models(PartialPlan) for n in m.model_fields} - set(
        PartialPlan.model_fields
    )
    missing = sorted(
        n
        for n in names
        if n not in FIELD_LABELS and not any(k.endswith(f".{n}") for k in FIELD_LABELS)
    )
    assert missing == []
    for lang in LANGS:
        t = Labels(lang)
        assert all(word(t, key) for key in FIELD_LABELS.values())
        for s in sections():
            assert any(_has(t, f"{prefix}section.{s}") for prefix in ("", "history.")), s


def _has(t: Labels, key: str) -> bool:
    try:
        return bool(word(t, key))
    except KeyError:
        return False


def test_field_words_follow_the_context() -> None:
    t = Labels("nb")
    owner = FieldChange("owner", "a", "b")
    assert field_words("plan", owner, t) == "Planeier"
    assert field_words("organisation", owner, t) == "Prosjekteier"
    number = FieldChange("kommune.number", "0301", "3401")
    assert field_words("plan", number, t) == "Kommune › Kommunenummer"


def test_the_plans_facts_unread_in_one_version_are_not_shown_as_added() -> None:
    full = plan(steps=STEPS[:1])
    doc = full.model_dump(exclude={"plan"})
    unread = PartialPlan.model_validate({**doc, "steps": [{**STEPS[0], "status": "pågår"}]})
    (change,) = plan_changes(unread, full)  # the version's problems say why its facts are gone
    assert (change.section, fields(change)) == ("steps", [("status", "pågår", "ferdig")])


def test_a_very_long_text_is_not_compared_word_by_word() -> None:
    # 5 002 words between the first change and the last: more than MOST_WORDS (2 000), so the
    # words between are replaced as a whole rather than matched in quadratic time
    old, new = "a " + "ord " * 5000 + "b", "c " + "ord " * 5000 + "d"
    out = word_diff(old, new)
    assert out.startswith("[-a ord ord") and out.endswith("ord d+}")
    assert out.count("[-") == 1 and out.count("{+") == 1
    # words both texts start and end with are kept out of the comparison, and shown around it
    assert word_diff("x " * 3000 + "gammel", "x " * 3000 + "ny") == "… x x x x [-gammel-] {+ny+}"


def test_every_history_label_has_every_language_and_the_same_placeholders() -> None:
    import string

    from kplan.present.history_labels import HISTORY_LABELS

    for key, texts in HISTORY_LABELS.items():
        assert key.startswith("history.") and len(texts) == len(LANGS) and all(texts), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in texts]
        assert fields[0] == fields[1] == fields[2], key


def test_a_drivers_figures_per_year_are_one_line() -> None:
    old = {"id": "innb-80", "name": "Innbyggere 80+", "values": {2025: 100, 2026: 110, 2027: 120}}
    new = {**old, "values": {2025: 100, 2026: 112, 2027: 125}}
    (change,) = plan_changes(plan(drivers=[old]), plan(drivers=[new]))
    # the walk keeps each year; the words put the years of one driver together
    assert fields(change) == [("values[2026]", 110, 112), ("values[2027]", 120, 125)]
    d = PlanDiff("a", "b", (change,), (), ())
    assert (
        "~ driver innb-80: Innbyggere 80+\n    Tall per år: 2026: 110 → 112; 2027: 120 → 125\n"
        in (present.diff_text(d))
    )
    md = present.diff_md(d)
    assert "| driver | innb-80 | Tall per år | 2026: 110; 2027: 120 | 2026: 112; 2027: 125 |" in md
