"""bench/generate.py: every shape validates clean, holds the counts its docstring states, and the
standard plan stays the one the earlier benchmarks were measured on."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent / "bench"
sys.path.insert(0, str(BENCH))
sys.dont_write_bytecode = True

import generate  # noqa: E402  (bench/generate.py)

SHAPES = ("standard", "national", "deep", "files", "prose")
STANDARD_SCALE_1 = "122128dd756c1712132f5fe8540e4050befda23ce4422720dcc3919c3f83c643"
"""sha256 over the standard scale-1 plan's paths and bytes, as generate.py wrote it before the
shapes came (commit cd2e809)."""


def validate(plan: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-m", "kplan", "validate", str(plan), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def digest(plan: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(p for p in plan.rglob("*") if p.is_file()):
        sha.update(path.relative_to(plan).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_validates_clean_at_its_smallest_scale(shape: str, tmp_path: Path) -> None:
    plan = tmp_path / shape
    generate.generate(str(plan), 1, shape=shape)
    result = validate(plan)
    assert (result["errors"], result["warnings"], result["suppressed"]) == (0, 0, {})


def test_a_large_catalogue_validates_clean(tmp_path: Path) -> None:
    plan = tmp_path / "catalogue"
    stats = generate.generate(str(plan), 1, competences=20_000)
    assert stats["competences"] == 20_000
    result = validate(plan)
    assert (result["errors"], result["warnings"]) == (0, 0)


def test_the_national_shape_has_the_issues_sizes_at_scale_ten(tmp_path: Path) -> None:
    # scale 1: 10 kommuner of 1 + 3 ansvarsområder + 9 tjenesteområder + 45 enheter, under one
    # root: 10 * 58 + 1 = 581 units; 13 inventory rows per enhet (a total and 12 competences):
    # 10 * 45 * 13 = 5,850; requirements 4 per enhet and 2 per ansvars- and tjenesteområde:
    # 10 * (45 * 4 + 3 * 2 + 9 * 2) = 2,040, times 10 plan years = 20,400 gap rows.
    # Scale 10 is ten times each: 5,801 units, 58,500 rows, 20,400 requirements (204,000 gap rows).
    stats = generate.generate(str(tmp_path / "n1"), 1, shape="national")
    assert (stats["units"], stats["inventory_rows"], stats["requirements"]) == (581, 5850, 2040)
    assert stats["files"] == 1 + 10 * 3  # kplan.yaml, and per kommune YAML, inventory, drivers
    csvs = sorted(
        p.relative_to(tmp_path / "n1").as_posix() for p in (tmp_path / "n1").rglob("*.csv")
    )
    assert csvs[0] == "hr/k001.csv" and csvs[-1] == "ssb/k010.csv" and len(csvs) == 20
    head = (tmp_path / "n1" / "hr" / "k001.csv").read_text(encoding="utf-8").splitlines()
    assert len(head) == 1 + 45 * 13
    assert head[0].startswith("unit;competence;date;persons;fte;source;age:<30;")
    stats = generate.generate(str(tmp_path / "n10"), 10, shape="national")
    assert (stats["units"], stats["inventory_rows"], stats["requirements"]) == (
        5801,
        58500,
        20400,
    )


def test_ratio_terms_of_the_national_shape_name_a_segment(tmp_path: Path) -> None:
    generate.generate(str(tmp_path), 1, shape="national")
    text = (tmp_path / "kommuner" / "k001.yaml").read_text(encoding="utf-8")
    assert "terms: [{driver: brukere, per:" in text
    assert "driver: d-" not in text
    drivers = (tmp_path / "ssb" / "k001.csv").read_text(encoding="utf-8").splitlines()
    # 45 enheter * 10 years * 3 alternatives (MMMM, LLML, HHMH), after the header
    assert len(drivers) == 1 + 45 * 10 * 3
    assert drivers[1].split(";")[2] == "brukere"


def test_the_other_shapes_hold_what_they_are_named_for(tmp_path: Path) -> None:
    # deep: per area 1 + 2 + 2*2 + 4*3 + 12*3 = 55 units, 10 areas and the kommune: 551;
    # requirements 36 teams * 4 + 12 avdelinger * 3 + 4 enheter * 3 + 2 * 2 + 2 = 198 per area
    deep = generate.generate(str(tmp_path / "deep"), 1, shape="deep")
    assert (deep["units"], deep["requirements"]) == (551, 1980)
    text = (tmp_path / "deep" / "ansvarsomrader" / "ao001.yaml").read_text(encoding="utf-8")
    assert "  - id: ao001-to1-e1-a1-t1\n" in text and "    parent: ao001-to1-e1-a1\n" in text
    # files: 500 include files at scale 1 and at scale 2, and the same items as standard
    files = generate.generate(str(tmp_path / "files"), 1, shape="files")
    standard = generate.generate(str(tmp_path / "standard"), 1)
    assert files["files"] == 501
    assert {k: v for k, v in files.items() if k not in ("files", "bytes")} == {
        k: v for k, v in standard.items() if k not in ("files", "bytes")
    }
    assert generate.generate(str(tmp_path / "files2"), 2, shape="files")["files"] == 501
    # prose: every action has at least 5,000 characters of notes
    prose = tmp_path / "p" / "ansvarsomrader" / "ao001.yaml"
    generate.generate(str(tmp_path / "p"), 1, shape="prose")
    text = prose.read_text(encoding="utf-8")
    notes = text.split("    notes: |\n")[1:]
    assert len(notes) == 400
    for note in notes:
        body = note.split("\n  - id:")[0].split("\n\nneeds:")[0]
        assert len(body) >= 5000


def test_the_output_is_deterministic_and_standard_is_unchanged(tmp_path: Path) -> None:
    generate.generate(str(tmp_path / "a"), 1, shape="national")
    generate.generate(str(tmp_path / "b"), 1, shape="national")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    # the standard plan every earlier benchmark figure was measured on (commit cd2e809)
    generate.generate(str(tmp_path / "s"), 1)
    assert digest(tmp_path / "s") == STANDARD_SCALE_1
