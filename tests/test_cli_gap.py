"""`kplan gap` and `kplan cost` through the real CLI (in process): formats, filters and exit
codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from helpers import MINIMAL, kplan, replace_once

PLAN = replace_once(
    replace_once(
        MINIMAL,
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
        "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
        "  - {id: hjem, name: Hjemmetjenesten, level: enhet, parent: kommunen}\n"
        "competences:\n  - {id: sykepleier, name: Sykepleier, kind: profesjon}\n"
        "requirements:\n"
        "  - id: spl\n    kind: count\n    title: Minst seks sykepleiere\n    units: [hjem]\n"
        "    source: {kind: lokalt mål, title: Helseplanen}\n    competences: [sykepleier]\n"
        "    minimum: 6\n    basis: personer\n    goals: [hovedmal]\n"
        "inventory:\n  - {unit: hjem, competence: sykepleier, date: 2025-01-01, persons: 4, fte: 3.6,"
        " illustrative: true}\n",
    ),
    "    strategy: rekruttere\n",
    "    strategy: rekruttere\n    unit: hjem\n    count: 2\n"
    "    cost: {amount: 50000, per: deltaker, budget_year: 2026,"
    " funding: [{source: Kompetansemidler, amount: 30000}]}\n"
    "    effects: [{competence: sykepleier, count: 1, year: 2026}]\n",
)


def plan_dir(tmp_path: Path, text: str = PLAN) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "kplan.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_gap_json_rows(tmp_path: Path) -> None:
    result = kplan("gap", str(plan_dir(tmp_path)), "--format", "json")
    assert result.returncode == 0, result
    doc = json.loads(result.stdout)
    assert [
        (r["year"], r["required"], r["available"], r["planned"], r["gap"], r["residual"])
        for r in doc["rows"]
    ] == [
        (2025, 6, 4, 0, 2, 2),
        (2026, 6, 4, 1, 2, 1),
        (2027, 6, 4, 1, 2, 1),
        (2028, 6, 4, 1, 2, 1),
    ]
    assert doc["rows"][0]["id"] == "spl/hjem/2025"
    assert doc["rows"][0]["need_type"] == "anskaffelse"
    assert doc["residual_gaps"] == 4


def test_fail_on_gap_and_filters(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    assert kplan("gap", str(d), "--fail-on-gap").returncode == 3
    result = kplan("gap", str(d), "--year", "2026", "--unit", "kommunen", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["unit"], r["year"], r["residual"]) for r in rows] == [("hjem", "2026", "1.0")]
    closed = replace_once(PLAN, "count: 1, year: 2026", "count: 2, year: 2025")
    assert kplan("gap", str(plan_dir(tmp_path, closed)), "--fail-on-gap").returncode == 0


def test_fail_on_gap_tells_an_invalid_plan_from_a_remaining_gap(tmp_path: Path) -> None:
    # CI reads the exit code alone: 1 the plan has errors, 3 a gap remains, 0 neither
    invalid = plan_dir(tmp_path / "invalid", replace_once(PLAN, "minimum: 6", "minimum: seks"))
    broken = kplan("gap", str(invalid), "--fail-on-gap")
    assert broken.returncode == 1 and "K103 feil" in broken.stderr and broken.stdout == ""
    open_gap = plan_dir(tmp_path / "open")
    remains = kplan("gap", str(open_gap), "--fail-on-gap", "--format", "json")
    assert remains.returncode == 3 and json.loads(remains.stdout)["residual_gaps"] == 4
    assert remains.stderr == ""
    assert kplan("gap", str(open_gap)).returncode == 0  # without the option a gap is no failure
    closed = replace_once(PLAN, "count: 1, year: 2026", "count: 2, year: 2025")
    no_gap = kplan("gap", str(plan_dir(tmp_path / "closed", closed)), "--fail-on-gap")
    assert no_gap.returncode == 0 and "0 med gap etter tiltak" in no_gap.stdout


def test_explain_names_its_sources(tmp_path: Path) -> None:
    result = kplan("gap", str(plan_dir(tmp_path)), "--explain", "spl/hjem/2026")
    assert result.returncode == 0
    assert "påkrevd     6   (minst 6)" in result.stdout
    assert "per 2025-01-01: 4 personer, 3,6 årsverk (illustrativt)" in result.stdout
    assert "tiltak-1" in result.stdout
    missing = kplan("gap", str(tmp_path), "--explain", "nope/x/2020")
    assert missing.returncode == 2 and "«nope/x/2020»" in missing.stderr
    assert "KRAV/ENHET/ÅR" in missing.stderr  # the form an id takes, in the reader's words


def test_table_and_markdown(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    table = kplan("gap", str(d))
    assert "Kompetanse- og bemanningsanalyse" in table.stdout
    lines = table.stdout.splitlines()
    # people read names (the plan's unit name and requirement title), tools read ids (json, csv);
    # on a terminal each unit's requirement heads its own table of years
    assert lines[2] == "Hjemmetjenesten: Minst seks sykepleiere (behov: anskaffelse)"
    assert lines[3].split() == ["År", "Påkrevd", "Tilgjengelig", "Planlagt", "Gap", "Rest"]
    assert lines[5].split() == ["2025", "6", "4", "0", "2", "2"]
    assert lines[-1] == "4 rader, 4 med gap etter tiltak."
    assert "\x1b[" not in table.stdout  # no colour when piped
    md = kplan("gap", str(d), "--format", "md")
    assert md.stdout.splitlines()[0] == (
        "| Enhet | Krav | År | Påkrevd | Tilgjengelig | Planlagt | Gap | Rest | Behov |"
    )
    assert md.stdout.splitlines()[2].startswith(
        "| Hjemmetjenesten | Minst seks sykepleiere | 2025 |"
    )
    first = json.loads(kplan("gap", str(d), "-f", "json").stdout)["rows"][0]
    assert (first["unit"], first["requirement"]) == ("hjem", "spl")


def test_gap_refuses_an_invalid_plan(tmp_path: Path) -> None:
    d = plan_dir(tmp_path, replace_once(PLAN, "minimum: 6", "minimum: seks"))
    result = kplan("gap", str(d))
    assert result.returncode == 1
    assert "K103 feil" in result.stderr and "kplan validate" in result.stderr
    assert result.stdout == ""


def test_cost_by_year_net_of_grants(tmp_path: Path) -> None:
    result = kplan("cost", str(plan_dir(tmp_path)), "--format", "json")
    doc = json.loads(result.stdout)
    # 2 participants x 50 000 = 100 000, less 30 000 in grants
    assert doc["rows"] == [
        {
            "year": 2026,
            "unit": None,
            "strategy": None,
            "gross": 100000.0,
            "grants": 30000.0,
            "net": 70000.0,
            "actions": 1,
            "kind": None,
        }
    ]
    md = kplan("cost", str(tmp_path), "--by", "unit", "--by", "kind", "--format", "md")
    assert "| Hjemmetjenesten | anskaffe | 100 000 kr | 30 000 kr | 70 000 kr | 1 |" in md.stdout


def test_typos_in_unit_and_year_are_usage_errors(tmp_path: Path) -> None:
    d = plan_dir(tmp_path)
    unit = kplan("gap", str(d), "--unit", "hjemm", "--fail-on-gap")
    assert unit.returncode == 2
    assert unit.stderr == (
        "kplan: --unit hjemm: planen har ingen enhet med den id-en. Mente du «hjem»?\n"
    )
    year = kplan("gap", str(d), "--year", "2035", "--fail-on-gap")
    assert year.returncode == 2
    assert year.stderr == "kplan: --year 2035: analysen gjelder årene 2025–2028.\n"
    english = kplan("gap", str(d), "--year", "2035", KPLAN_LANG="en")
    assert english.stderr == "kplan: --year 2035: the analysis covers 2025-2028.\n"
    assert kplan("status", str(d), "--year", "99999").returncode == 2


def test_an_unknown_unit_is_answered_with_the_id_to_write(tmp_path: Path) -> None:
    """A unit's name where its id belongs gets the id; a plan with few units lists them."""
    d = plan_dir(tmp_path)
    name = kplan("gap", str(d), "--unit", "hjemmetjenesten")
    assert name.returncode == 2
    assert "«hjemmetjenesten» er navnet på en enhet; skriv id-en: --unit hjem" in name.stderr
    far = kplan("gap", str(d), "--unit", "skole", "--lang", "nn")
    assert far.stderr == (
        "kplan: --unit skole: planen har inga eining med den id-en. "
        "Einingane i planen har id-ane «kommunen» og «hjem».\n"
    )
    english = kplan("gap", str(d), "--unit", "Hjemmetjenesten", KPLAN_LANG="en")
    assert english.stderr == (
        "kplan: --unit Hjemmetjenesten: the plan has no unit with that id. "
        "«Hjemmetjenesten» is a unit's name; write its id: --unit hjem\n"
    )
    assert kplan("status", str(d), "--year", "99999").returncode == 2


def test_an_error_in_a_users_template_is_located(tmp_path: Path) -> None:
    d = plan_dir(tmp_path / "p")
    maler = tmp_path / "maler"
    maler.mkdir()
    (maler / "document.md.j2").write_text("Tittel\n{% for x in doc.sections %}\n", "utf-8")
    result = kplan("render", str(d), "-f", "md", "--templates", str(maler))
    assert result.returncode == 2
    assert "maler/document.md.j2:2: skrivefeil i malen (Jinja: Unexpected end of template" in (
        result.stderr
    )
    assert "internal error" not in result.stderr and "intern feil" not in result.stderr
    english = kplan("render", str(d), "-f", "md", "--templates", str(maler), KPLAN_LANG="en")
    assert "maler/document.md.j2:2: Unexpected end of template" in english.stderr


def test_explain_takes_the_format_it_is_given(tmp_path: Path) -> None:
    """--explain --format json is the figure's row as `gap --format json` has it; a format
    --explain cannot write is refused, not ignored."""
    d = plan_dir(tmp_path)
    rows = json.loads(kplan("gap", str(d), "-f", "json").stdout)["rows"]
    result = kplan("gap", str(d), "--explain", "spl/hjem/2026", "-f", "json")
    assert result.returncode == 0, result
    row = next(r for r in rows if r["id"] == "spl/hjem/2026")
    explained = json.loads(result.stdout)
    assert row.pop("part") == "kompetanse"  # the part of `kplan gap` a row belongs to
    assert {k: explained[k] for k in row} == row
    text = kplan("gap", str(d), "--explain", "spl/hjem/2026")
    assert text.stdout.startswith("spl/hjem/2026: ")
    for fmt in ("md", "csv"):
        refused = kplan("gap", str(d), "--explain", "spl/hjem/2026", "-f", fmt)
        assert refused.returncode == 2
        assert refused.stderr.startswith("kplan: --explain ") and f"{fmt}." in refused.stderr
        assert refused.stdout == ""


def test_json_and_csv_carry_full_precision(tmp_path: Path) -> None:
    """Rounding is for people: json and csv give the figure as computed, the table rounds."""
    d = plan_dir(
        tmp_path,
        replace_once(
            PLAN, "evaluation:\n  text:", "analysis: {turnover_percent: 7}\nevaluation:\n  text:"
        ),
    )
    # 4 sykepleiere from 2025, 7 % leave a year: 2028 is 4 × 0,93³ = 3,217428 persons;
    # the 2026 hire is 1 × 0,93² = 0,8649 in 2028
    rows = json.loads(kplan("gap", str(d), "-f", "json").stdout)["rows"]
    last = next(r for r in rows if r["year"] == 2028)
    assert last["available"] == pytest.approx(3.217428, abs=1e-12)
    assert last["planned"] == pytest.approx(0.8649, abs=1e-12)
    assert last["gap"] == pytest.approx(6 - 3.217428, abs=1e-12)
    assert last["residual"] == pytest.approx(6 - 3.217428 - 0.8649, abs=1e-12)
    cells = list(csv.DictReader(io.StringIO(kplan("gap", str(d), "-f", "csv").stdout)))
    assert float(cells[-1]["available"]) == pytest.approx(3.217428, abs=1e-12)
    assert float(cells[-1]["residual"]) == pytest.approx(1.917672, abs=1e-12)
    table = kplan("gap", str(d)).stdout.splitlines()
    assert table[-3].split() == ["2028", "6", "3,22", "0,86", "2,78", "1,92"]


EXPLAINED = """\
spl/hjem/2026: Minst seks sykepleiere
  krav        Minst seks sykepleiere (spl): minimum, talt i personer
  enhet       Hjemmetjenesten (hjem), 2026
  kilde       lokalt mål: Helseplanen
  avrunding   rundes opp (standard for personer)
  påkrevd     6   (minst 6)
  tilgjengelig 4   (beholdning framskrevet til 2026)
  planlagt    1   (fra tiltak)
  gap         2
  rest        1
  behovstype  anskaffelse
Beholdning framskrevet år for år, i personer (0 % slutter hvert år av dem som er igjen):
  - Hjemmetjenesten/Sykepleier per 2025-01-01: 4 personer, 3,6 årsverk (illustrativt); \
pensjonsalder 67
      2026: 4 − 0 går av med pensjon − 0 slutter = 4
Tiltak:
  - Ekstern utlysning (tiltak-1): Sykepleier +1 personer i 2026; 1 igjen i 2026
"""


def test_explain_through_the_cli_shows_the_requirement_and_the_projection(
    tmp_path: Path,
) -> None:
    d = plan_dir(tmp_path)
    assert kplan("gap", str(d), "--explain", "spl/hjem/2026").stdout == EXPLAINED
    doc = json.loads(kplan("gap", str(d), "--explain", "spl/hjem/2026", "-f", "json").stdout)
    assert doc["title"] == "Minst seks sykepleiere"
    assert doc["projection"][0]["steps"][0]["end"] == {"persons": 4.0, "fte": 3.6}
    english = kplan("gap", str(d), "--explain", "spl/hjem/2026", "--lang", "en").stdout
    assert "  source      local target: Helseplanen\n" in english
