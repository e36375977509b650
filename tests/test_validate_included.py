"""`kplan validate FILE` on a file a plan includes validates the plan that includes it; a file no
plan includes gets one diagnostic naming the plans there are, not an error per missing unit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import EXAMPLES, MINIMAL, TODAY, kplan, replace_once

from kplan.check.validate import validate_paths
from kplan.present.catalogue import words

_PARTS = """\
needs:
  - id: behov-1
    text: Flere sykepleiere
    type: anskaffelse
    unit: kommunen
    goals: [hovedmal]
actions:
  - id: tiltak-1
    title: Ekstern utlysning
    needs: [behov-1]
    strategy: rekruttere
    period: {start: 2025, end: 2026}
    evaluation:
      - {level: 4, method: Brukerundersøkelse}
"""

# the needs and actions of MINIMAL move to deler/tiltak.yaml, and behov-2 (which no plan has)
# is added to tiltak-1's needs: line 11 of the part is «    needs: [behov-1, behov-2]»,
# «behov-2» starts after 4 spaces, «needs: [» (8) and «behov-1, » (9): column 4 + 8 + 9 + 1 = 22
PART = "kplan: 1\n" + _PARTS.replace("needs: [behov-1]", "needs: [behov-1, behov-2]")
HEAD = replace_once(MINIMAL, _PARTS, "") + 'include: ["deler/*.yaml"]\n'
K202 = "Det finnes ikke noe behov med id-en «behov-2». Mente du «behov-1»?"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp/.git (the top the search stops at), tmp/plan/kplan.yaml and tmp/plan/deler/tiltak.yaml;
    tmp/plan/andre.yaml, which the plan does not include."""
    (tmp_path / ".git").mkdir()
    plan = tmp_path / "plan"
    (plan / "deler").mkdir(parents=True)
    (plan / "kplan.yaml").write_text(HEAD, encoding="utf-8")
    (plan / "deler" / "tiltak.yaml").write_text(PART, encoding="utf-8")
    (plan / "andre.yaml").write_text(
        "units:\n  - {id: skole, name: Skolen, level: enhet, parent: kommunen}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KPLAN_LANG", "nb")
    return tmp_path


def test_the_split_plan_has_one_error_in_its_part(repo: Path) -> None:
    report = validate_paths(["plan"], today=TODAY)
    assert [(d.path, d.line, d.col, d.code) for d in report.diagnostics] == [
        (os.path.join("plan", "deler", "tiltak.yaml"), 11, 22, "K202")
    ]
    assert report.notes == ()


def test_an_included_file_validates_its_plan_from_its_own_folder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "plan" / "deler")
    report = validate_paths(["tiltak.yaml"], today=TODAY)
    # the whole plan: kplan.yaml and the part (2 files), paths as seen from where kplan runs
    assert report.plans == (os.path.join("..", "kplan.yaml"),)
    assert report.files == 2
    assert [(d.path, d.line, d.col, d.code) for d in report.diagnostics] == [
        (os.path.join("..", "deler", "tiltak.yaml"), 11, 22, "K202")
    ]
    assert words(report.diagnostics[0].message, "nb") == K202
    (note,) = report.notes
    assert words(note, "nb") == ("Sjekker planen i «../kplan.yaml», som tar med «tiltak.yaml».")
    assert words(note, "nn") == "Sjekkar planen i «../kplan.yaml», som tek med «tiltak.yaml»."
    assert words(note, "en") == (
        "Validating the plan in «../kplan.yaml», which includes «tiltak.yaml»."
    )


def test_the_command_line_reports_the_plan_not_the_file_alone(
    repo: Path,
) -> None:
    run = kplan("validate", "tiltak.yaml", cwd=repo / "plan" / "deler", KPLAN_LANG="nb")
    assert run.stdout == (
        f"../deler/tiltak.yaml:11:22: K202 feil: {K202}\n"
        "1 feil og 0 advarsler i 1 plan (2 filer).\n"
    )
    assert run.exit_code == 1  # the plan's error, not exit 2 (cannot read)


def test_two_files_of_one_plan_validate_it_once(repo: Path) -> None:
    second = repo / "plan" / "deler" / "mer.yaml"
    second.write_text("kplan: 1\nunits:\n  - {id: skole, name: Skolen, level: enhet}\n")
    report = validate_paths(["plan/deler/tiltak.yaml", "plan/deler/mer.yaml"], today=TODAY)
    assert report.plans == (os.path.join("plan", "kplan.yaml"),)
    assert report.files == 3
    assert [d.code for d in report.diagnostics] == ["K202"]
    assert len(report.notes) == 2


def test_a_file_no_plan_includes_names_the_plan_to_validate(repo: Path) -> None:
    report = validate_paths(["plan/andre.yaml"], today=TODAY)
    (d,) = report.diagnostics
    assert (d.path, d.line, d.col, d.code) == ("plan/andre.yaml", 0, 0, "K016")
    assert words(d.message, "nb") == (
        "Denne fila er ikke en hel plan (den har ikke plan:), og ingen plan tar den med: "
        "«plan/kplan.yaml» nevner den ikke under include:. Legg den til der, eller sjekk "
        "planen: kplan validate plan/kplan.yaml"
    )
    assert report.exit_code() == 2
    assert words(d.message, "en") == (
        "This file is not a whole plan (it has no plan:), and no plan includes it: "
        "«plan/kplan.yaml» does not name it under include:. Add it there, or validate the "
        "plan: kplan validate plan/kplan.yaml"
    )
    run = kplan("validate", "plan/andre.yaml", cwd=repo, KPLAN_LANG="nb")
    assert run.exit_code == 2
    # one line and the summary, instead of an error for each unit and step the file lacks
    assert run.stdout == (
        f"plan/andre.yaml:0:0: K016 feil: {words(d.message, 'nb')}\n"
        "1 feil og 0 advarsler i 1 plan (1 fil).\n"
    )


def test_a_file_with_no_plan_above_it_says_what_a_plan_is(repo: Path) -> None:
    (repo / "løs").mkdir()
    (repo / "løs" / "tiltak.yaml").write_text(PART, encoding="utf-8")
    report = validate_paths(["løs/tiltak.yaml"], today=TODAY)
    (d,) = report.diagnostics
    assert d.code == "K016"
    assert words(d.message, "nb").startswith(
        "Denne fila er ikke en hel plan (den har ikke plan:), og det finnes ingen kplan.yaml i "
        "denne mappa eller mappene over."
    )


def test_a_single_file_plan_is_still_validated_as_itself(repo: Path) -> None:
    # it lies beside a kplan.yaml that does not include it: plan: makes it a plan of its own
    (repo / "plan" / "enkel.yaml").write_text(MINIMAL, encoding="utf-8")
    report = validate_paths(["plan/enkel.yaml"], today=TODAY)
    assert report.plans == ("plan/enkel.yaml",)
    assert report.diagnostics == () and report.notes == ()
    broken = replace_once(MINIMAL, "needs: [behov-1]", "needs: [behov-7]")
    (repo / "plan" / "enkel.yaml").write_text(broken, encoding="utf-8")
    report = validate_paths(["plan/enkel.yaml"], today=TODAY)
    # behov-7 does not exist (K202), and behov-1 is now served by no action (K301)
    assert [(d.path, d.code) for d in report.diagnostics] == [
        ("plan/enkel.yaml", "K301"),
        ("plan/enkel.yaml", "K202"),
    ]


def test_a_file_that_cannot_be_read_is_reported_as_it_is(repo: Path) -> None:
    (repo / "plan" / "brutt.yaml").write_text("units: [\n", encoding="utf-8")
    report = validate_paths(["plan/brutt.yaml"], today=TODAY)
    assert [(d.path, d.code) for d in report.diagnostics] == [("plan/brutt.yaml", "K005")]


def test_an_included_file_that_cannot_be_read_validates_its_plan(repo: Path) -> None:
    (repo / "plan" / "deler" / "brutt.yaml").write_text("units: [\n", encoding="utf-8")
    report = validate_paths(["plan/deler/brutt.yaml"], today=TODAY)
    assert report.plans == (os.path.join("plan", "kplan.yaml"),)
    assert sorted(d.code for d in report.diagnostics) == ["K005", "K202"]


@pytest.mark.parametrize("part", ["tiltak.yaml", "analyse.yaml", "ssb/folkemengde.csv"])
def test_the_examples_parts_validate_the_example(part: str) -> None:
    whole = validate_paths([str(EXAMPLES / "stange")], today=TODAY)
    report = validate_paths([str(EXAMPLES / "stange" / part)], today=TODAY)
    assert report.diagnostics == whole.diagnostics
    assert report.files == whole.files
    assert report.suppressed == whole.suppressed
    (note,) = report.notes
    assert f"«{EXAMPLES / 'stange' / 'kplan.yaml'}»" in words(note, "nb")


def test_oyer_from_its_action_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES / "oyer" / "tiltaksplan")
    files = sorted(p.name for p in (EXAMPLES / "oyer" / "tiltaksplan").glob("*.yaml"))
    report = validate_paths(files, today=TODAY)
    assert report.plans == (os.path.join("..", "kplan.yaml"),)
    assert report.errors == 0 and len(report.notes) == len(files)


def test_a_folder_of_the_plan_validates_the_plan(repo: Path) -> None:
    report = validate_paths(["plan/deler"], today=TODAY)
    assert report.plans == (os.path.join("plan", "kplan.yaml"),)
    assert [(d.path, d.line, d.col, d.code) for d in report.diagnostics] == [
        (os.path.join("plan", "deler", "tiltak.yaml"), 11, 22, "K202")
    ]
    (note,) = report.notes
    assert words(note, "nb") == (
        "Sjekker planen i «plan/kplan.yaml», som tar med filer fra «plan/deler»."
    )


def test_a_folder_no_plan_reads_is_still_no_plan(repo: Path) -> None:
    (repo / "plan" / "tomt").mkdir()
    (repo / "plan" / "tomt" / "x.yaml").write_text("units: []\n", encoding="utf-8")
    report = validate_paths(["plan/tomt"], today=TODAY)
    assert [d.code for d in report.diagnostics] == ["K016"]
    assert report.notes == ()


def test_a_plan_and_one_of_its_files_validate_it_once(repo: Path) -> None:
    report = validate_paths(["plan", "plan/deler/tiltak.yaml"], today=TODAY)
    assert report.plans == ("plan/kplan.yaml",)
    assert [d.code for d in report.diagnostics] == ["K202"]


def test_the_command_line_says_which_plan_in_that_plans_målform(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KPLAN_LANG")
    head = repo / "plan" / "kplan.yaml"
    head.write_text(replace_once(HEAD, "plan:\n", "plan:\n  language: nn\n"), encoding="utf-8")
    run = kplan("validate", "tiltak.yaml", cwd=repo / "plan" / "deler")
    # the part has no målform of its own: the plan that includes it is nynorsk
    assert run.stderr == "kplan: Sjekkar planen i «../kplan.yaml», som tek med «tiltak.yaml».\n"
    assert run.stdout.endswith("1 feil og 0 åtvaringar i 1 plan (2 filer).\n")
    json = kplan("validate", "tiltak.yaml", "--format", "json", cwd=repo / "plan" / "deler")
    assert json.stdout.startswith("{")  # the note stays out of the report
