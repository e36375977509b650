"""End to end: the Stange example with its «80 år og eldre» driver from an SSB file as
published (table 13600, statistikkbank CSV wide and long, Latin-1 and UTF-8, and PxWebApi
JSON-stat2) gives the same `kplan gap --format json` as the hand-made driver CSV."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import EXAMPLES, kplan, ok

YEARS = (2024, 2025, 2026, 2030, 2035, 2040)
TOTALS = {
    # the hand-made rows of examples/stange/ssb/folkemengde.csv for innbyggere-80-pluss
    ("MMMM", "Hovedalternativet (MMMM)"): (1080, 1135, 1190, 1450, 1790, 2060),
    ("LLML", "Lav nasjonal vekst (LLML)"): (1080, 1120, 1160, 1360, 1640, 1850),
    ("HHMH", "Høy nasjonal vekst (HHMH)"): (1080, 1150, 1220, 1540, 1940, 2270),
}
AGES = list(range(78, 106))
"""Single years 78..105 as 13600 publishes them; 78 and 79 are in the file, not in the driver."""


def _age(age: int) -> str:
    label = f"{age} år eller eldre" if age == 105 else f"{age} år"
    return f"{age:03d} {label}"


def _value(total: int, sex: int, age: int) -> int:
    """Each of the 52 cells for ages 80-105 and both sexes holds total // 52, and men aged 80
    the rest: for 1080, 20 in each and 1080 - 51 * 20 = 60 for men aged 80 (60 + 51 * 20 =
    1080). Ages 78 and 79 hold 999, which a driver for 80+ must not count."""
    if age < 80:
        return 999
    share = total // 52
    return total - 51 * share if (sex, age) == (1, 80) else share


def _wide_csv() -> str:
    head = ['"region"', '"kjønn"', '"alder"']
    head += [f'"{label} {y}"' for (_, label) in TOTALS for y in YEARS]
    lines = [
        '"13600: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, '
        'statistikkvariabel og år"',
        "",
        ";".join(head),
    ]
    for sex, name in ((1, "Menn"), (2, "Kvinner")):
        for age in AGES:
            cells = ['"3413 Stange"', f'"{sex} {name}"', f'"{_age(age)}"']
            cells += [str(_value(t, sex, age)) for totals in TOTALS.values() for t in totals]
            lines.append(";".join(cells))
    return "\r\n".join(lines) + "\r\n"


def _long_csv() -> str:
    lines = ['"region";"kjønn";"alder";"statistikkvariabel";"år";"Personer"']
    for sex, name in ((1, "Menn"), (2, "Kvinner")):
        for age in AGES:
            for (_, label), totals in TOTALS.items():
                for year, total in zip(YEARS, totals, strict=True):
                    value = _value(total, sex, age)
                    lines.append(f'"3413 Stange";"{name}";"{_age(age)}";"{label}";"{year}";{value}')
    return "\n".join(lines) + "\n"


def _jsonstat() -> str:
    alternatives = list(TOTALS)
    values = [
        _value(totals[y], sex, age)
        for sex in (1, 2)
        for age in AGES
        for totals in TOTALS.values()
        for y in range(len(YEARS))
    ]

    def dim(label: str, codes: list[str], labels: list[str]) -> dict[str, object]:
        return {
            "label": label,
            "category": {
                "index": {c: i for i, c in enumerate(codes)},
                "label": dict(zip(codes, labels, strict=True)),
            },
        }

    return json.dumps(
        {
            "version": "2.0",
            "class": "dataset",
            "label": "13600: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, "
            "statistikkvariabel og år",
            "source": "Statistisk sentralbyrå",
            "updated": "2024-06-12T06:00:00Z",
            "id": ["Region", "Kjonn", "Alder", "ContentsCode", "Tid"],
            "size": [1, 2, len(AGES), len(alternatives), len(YEARS)],
            "dimension": {
                "Region": dim("region", ["3413"], ["Stange"]),
                "Kjonn": dim("kjønn", ["1", "2"], ["Menn", "Kvinner"]),
                "Alder": dim("alder", [f"{a:03d}" for a in AGES], [_age(a)[4:] for a in AGES]),
                "ContentsCode": dim(
                    "statistikkvariabel",
                    [f"Personer{i + 1}" for i in range(len(alternatives))],
                    [label for _, label in alternatives],
                ),
                "Tid": dim("år", [str(y) for y in YEARS], [str(y) for y in YEARS]),
            },
            "value": values,
            "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["Region"]},
            "extension": {"px": {"tableid": "13600", "language": "no"}},
        },
        ensure_ascii=False,
    )


MAPPING = """\
  ssb:
    - file: ssb/13600.{ext}
      region: "3413"
      table: "13600"
      alternative: MMMM
      vintage: 2024
      drivers:
        - id: innbyggere-80-pluss
          name: Innbyggere 80 år og eldre, Stange kommune
          ages: "80+"
          illustrative: true
"""


def _stange(tmp_path: Path, name: str, content: bytes) -> Path:
    plan = tmp_path / "stange"
    shutil.copytree(EXAMPLES / "stange", plan)
    hand = plan / "ssb" / "folkemengde.csv"
    rows = hand.read_text(encoding="utf-8").splitlines(keepends=True)
    hand.write_text("".join(r for r in rows if "innbyggere-80-pluss" not in r), encoding="utf-8")
    (plan / "ssb" / name).write_bytes(content)
    root = plan / "kplan.yaml"
    text = root.read_text(encoding="utf-8")
    anchor = '  driver_files: ["ssb/*.csv"]\n'
    assert anchor in text
    # the hand-made CSV stays a driver file; the SSB file is read through the mapping only
    text = text.replace(
        anchor,
        '  driver_files: ["ssb/folkemengde.csv"]\n' + MAPPING.format(ext=name.split(".")[-1]),
    )
    root.write_text(text, encoding="utf-8")
    return plan


def _gap(plan: Path, *extra: str) -> object:
    return json.loads(ok(kplan("gap", str(plan), "--format", "json", *extra)))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("13600.csv", _wide_csv().encode("latin-1")),
        ("13600.csv", _long_csv().encode("utf-8")),
        ("13600.json", _jsonstat().encode("utf-8")),
    ],
    ids=["wide-latin1", "long-utf8", "jsonstat"],
)
def test_stange_from_ssb_file_gives_the_same_gap(tmp_path: Path, name: str, content: bytes) -> None:
    plan = _stange(tmp_path, name, content)
    for scenario in ((), ("--scenario", "LLML"), ("--scenario", "HHMH")):
        assert _gap(plan, *scenario) == _gap(EXAMPLES / "stange", *scenario)
    validated = kplan("validate", str(plan))
    assert validated.returncode == 0, str(validated)
    assert "K811" not in validated.output and "K812" not in validated.output


def test_the_ssb_file_is_part_of_the_plan(tmp_path: Path) -> None:
    plan = _stange(tmp_path, "13600.json", _jsonstat().encode("utf-8"))
    # kplan validate on the SSB file validates the plan that reads it (no K016)
    result = kplan("validate", str(plan / "ssb" / "13600.json"))
    assert result.returncode == 0, str(result)
    assert "K016" not in result.output
    stray = plan / "ssb" / "other.json"
    stray.write_text(_jsonstat(), encoding="utf-8")
    result = kplan("validate", str(stray))
    assert "K016" in result.output and "analysis: ssb:" in result.output, str(result)
