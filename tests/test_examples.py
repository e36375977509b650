"""The two real plans in examples/ validate clean, and each is complete enough to be useful."""

from __future__ import annotations

import pytest
from helpers import EXAMPLES, TODAY

from kplan.check.validate import check


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_example_validates_clean(name: str) -> None:
    report = check(str(EXAMPLES / name), today=TODAY).report
    assert report.diagnostics == ()
    assert report.exit_code(strict=True) == 0


def test_oyer_holds_what_the_document_says() -> None:
    plan = check(str(EXAMPLES / "oyer")).plan
    assert plan is not None and plan.organisation is not None
    assert plan.plan.kommune.number == "3440"
    assert [d.case_number for d in plan.decisions] == ["K-sak 131/21"]
    assert sorted(s.number for s in plan.steps) == [1, 2, 3, 4, 5, 6, 7]
    group = plan.organisation.working_group
    assert group is not None
    assert sum(m.kind == "tillitsvalgt" for m in group.members) == 2
    assert plan.competence_concept is not None
    assert [d.name for d in plan.competence_concept.dimensions] == [
        "kunnskaper",
        "ferdigheter",
        "holdninger",
        "evner",
    ]
    assert len(plan.competence_concept.ten_factor) == 10
    assert plan.evaluation is not None and len(plan.evaluation.kirkpatrick) == 4
    # every row of the action-plan form in section 5.5
    assert len(plan.actions) == 10
    tingsrett = next(a for a in plan.actions if "Tingsrett" in a.title)
    assert tingsrett.cost is not None and tingsrett.cost.amount == 39000
    assert tingsrett.period is not None and tingsrett.period.start == "2024-06"


def test_stange_holds_its_targets() -> None:
    plan = check(str(EXAMPLES / "stange")).plan
    assert plan is not None
    assert plan.plan.kommune.number == "3413" and plan.plan.kommune.former_numbers == ["0417"]
    kinds = {r.kind for r in plan.requirements}
    assert {"share", "employment"} <= kinds
    share = next(r for r in plan.requirements if r.kind == "share" and r.min_percent)
    assert share.min_percent == 70
    employment = next(r for r in plan.requirements if r.kind == "employment")
    assert employment.min_position_percent == 75
    assert len(plan.strategies) >= 5
    assert [s.code for s in plan.suppress] == ["K401"]


def test_examples_name_no_people() -> None:
    """The source documents name people; the examples must name roles only."""
    names = [
        "Irene Hagen",
        "Randi Nordlien",
        "Marius Ludvigsen",
        "Berit",
        "Halvorsen",
        "Synslien",
        "Klausen",
    ]
    for path in EXAMPLES.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for name in names:
            assert name not in text, f"{name} in {path}"


def test_examples_have_a_staffing_balance() -> None:
    """Stange's need follows 80+ under three SSB alternatives; Øyer's follows its pupils.
    Every line, driver and inventory row behind them is marked illustrative."""
    from kplan.analysis.staffing import scenarios, staffing_balance

    stange = check(str(EXAMPLES / "stange"), today=TODAY).plan
    assert stange is not None
    assert scenarios(stange) == ("MMMM", "LLML", "HHMH")
    report = staffing_balance(stange)
    assert {line.unit for line in report.lines} >= {
        "helse-omsorgssentrene",
        "helsetjenester-i-hjemmet",
    }
    assert all(line.illustrative and line.unknown is None for line in report.lines)
    home = next(line for line in report.lines if line.id == "bemanning-hjemme")
    low, high = (staffing_balance(stange, scenario=c) for c in ("LLML", "HHMH"))
    need = {
        r.scenario: next(x for x in r.lines if x.id == home.id).years[-1].cumulative_to_recruit
        for r in (low, high)
    }
    assert need["LLML"] is not None and need["HHMH"] is not None
    assert need["LLML"] < need["HHMH"]  # more elderly, more to recruit
    oyer = check(str(EXAMPLES / "oyer"), today=TODAY).plan
    assert oyer is not None
    lines = staffing_balance(oyer).lines
    assert [line.competence for line in lines] == ["laerer", None]
    assert all(line.illustrative and line.unknown is None for line in lines)
