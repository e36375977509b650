"""`kplan gap` as KS steg 5 in two parts: what --fail-on-gap and --scenario do with the
staffing balance, and that a staffing line reaches `kplan diff`. Real files and a real git
repository; the figures themselves are hand-computed in tests/test_staffing.py and
tests/test_exact.py."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import MINIMAL, Repo, kplan, ok, write_plan

STAFFED = (
    MINIMAL
    + """\
inventory:
  - {unit: kommunen, date: 2025-01-01, persons: 10, fte: 8.0}
drivers:
  - id: eldre
    name: Innbyggere 80 år og eldre
    source: {publisher: SSB, table: "13600", alternative: MMMM, vintage: 2024}
    values: {2025: 100, 2026: 110, 2027: 120, 2028: 130}
    scenarios:
      LLML: {2025: 100, 2026: 105, 2027: 110, 2028: 115}
staffing:
  - {id: alle, unit: kommunen, demand: [{driver: eldre}]}
"""
)


def test_a_plan_without_inventory_does_not_pass_fail_on_gap(tmp_path: Path) -> None:
    """Nothing is known about the staff: that is not «no gap» (exit 3, not 0)."""
    d = write_plan(tmp_path / "plan")
    assert kplan("gap", str(d)).exit_code == 0
    assert kplan("gap", str(d), "--fail-on-gap").exit_code == 3


def test_an_open_recruitment_need_fails_fail_on_gap(tmp_path: Path) -> None:
    # need 8 x 110/100 = 8.8 årsverk in 2026, nobody planned: 0.8 still open
    d = write_plan(tmp_path / "plan", STAFFED)
    assert kplan("gap", str(d), "--fail-on-gap").exit_code == 3


def test_scenario_switches_the_drivers_and_an_unknown_one_is_a_usage_error(tmp_path: Path) -> None:
    d = write_plan(tmp_path / "plan", STAFFED)
    main = json.loads(ok(kplan("gap", str(d), "-f", "json")))
    low = json.loads(ok(kplan("gap", str(d), "-f", "json", "--scenario", "LLML")))
    need = {r["year"]: r["demand"] for r in main["staffing"]}
    # 8 årsverk x users / 100 users in 2025: 8.8, 9.6, 10.4 (MMMM); 8.4, 8.8, 9.2 (LLML)
    assert [round(need[y], 9) for y in (2026, 2027, 2028)] == [8.8, 9.6, 10.4]
    lows = {r["year"]: r["demand"] for r in low["staffing"]}
    assert [round(lows[y], 9) for y in (2026, 2027, 2028)] == [8.4, 8.8, 9.2]
    assert {r["scenario"] for r in low["staffing"]} == {"LLML"}
    assert main["staffing_summary"]["alternatives"] == ["MMMM", "LLML"]
    wrong = kplan("gap", str(d), "--scenario", "HHMH")
    assert wrong.exit_code == 2
    assert "HHMH" in wrong.output and "LLML" in wrong.output
    assert "Traceback" not in wrong.output


def test_both_parts_in_every_format(tmp_path: Path) -> None:
    d = write_plan(tmp_path / "plan", STAFFED)
    table = ok(kplan("gap", str(d)))
    assert table.startswith("Bemanning (årsverk)") and "\nKompetanse\n" in table
    md = ok(kplan("gap", str(d), "-f", "md"))
    assert md.startswith("## Bemanning (årsverk)") and "\n## Kompetanse\n" in md
    csv = ok(kplan("gap", str(d), "-f", "csv")).splitlines()
    assert csv[0].startswith("part,unit,requirement,year,")
    assert {line.split(",")[0] for line in csv[1:]} == {"bemanning"}
    english = ok(kplan("gap", str(d), "--lang", "en"))
    assert english.startswith("Staffing (FTE)") and "\nCompetence\n" in english


def test_a_changed_staffing_line_is_in_the_diff(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", STAFFED)
    repo.commit("Første versjon")
    repo.edit(
        "plan/kplan.yaml",
        "demand: [{driver: eldre}]",
        "demand: [{driver: eldre, coverage_percent: 50}]",
    )
    doc = json.loads(ok(repo.kplan("diff", "HEAD", "plan", "-f", "json")))
    change = next(c for c in doc["changes"] if c["section"] == "staffing")
    assert change["id"] == "alle" and change["kind"] == "changed"
    text = ok(repo.kplan("diff", "HEAD", "plan"))
    assert "bemanningslinje alle" in text


NORMED = STAFFED.replace(
    "  - {id: alle, unit: kommunen, demand: [{driver: eldre}]}\n",
    "  - {id: alle, unit: kommunen, norm: bnorm}\n",
) + (
    "requirements:\n"
    "  - {id: bnorm, kind: ratio, title: Norm, units: [kommunen], source: {kind: lov},"
    " competences: [spl], terms: [{driver: eldre, per: 10}], applies_from: 2027}\n"
    "competences:\n"
    "  - {id: spl, name: Sykepleier, kind: profesjon}\n"
)


def test_a_norm_sets_the_need_from_when_it_applies(tmp_path: Path) -> None:
    """Before the norm applies the need is today's staff (constant standard), not unknown."""
    d = write_plan(tmp_path / "plan", NORMED)
    doc = json.loads(ok(kplan("gap", str(d), "-f", "json")))
    need = {r["year"]: r["demand"] for r in doc["staffing"]}
    # 8 årsverk today until 2026; then 120/10 = 12 and 130/10 = 13 (rounded up: whole already)
    assert need == {2025: 8.0, 2026: 8.0, 2027: 12.0, 2028: 13.0}


def test_a_norm_and_a_demand_on_one_line_is_an_error(tmp_path: Path) -> None:
    d = write_plan(
        tmp_path / "plan",
        NORMED.replace("norm: bnorm}", "norm: bnorm, demand: [{driver: eldre}]}"),
    )
    result = kplan("validate", str(d))
    assert result.exit_code == 1
    assert "K820" in result.output and "så demand: blir ikke brukt" in result.output
