"""SSB files as published read as drivers: statistikkbank CSV (wide and long, Latin-1 and
UTF-8) and PxWebApi JSON-stat2 (v1 and v2), by the mapping under `analysis.ssb`.

The sample files in tests/data/ssb are written in the published shapes; their figures:

07459 (Stange, 2024 and 2025), ages 0-6 single, 80-89, 90-104, 105+:
    men   2024: 90 100 101 102 103 104 105 | 400 60 0      2025: 95 92 99 100 101 102 103 | 420 62 -
    women 2024: 88 96 97 98 99 100 101 | 600 150 1        2025: 91 89 95 96 97 98 99 | 610 155 :
13600 (Stange, 2025 and 2030), ages 67-79, 80-89, 90+, three alternatives:
    MMMM men 1500/1600 500/600 80/100, women 1600/1700 700/800 200/220
    LLML men 1500/1550 500/560 80/90,  women 1600/1650 700/760 200/..
    HHMH men 1500/1650 500/640 80/110, women 1600/1750 700/840 200/230
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL, ROOT, kplan, write_plan

from kplan.diagnostics import Diagnostic, Finding
from kplan.plan.assemble import assemble
from kplan.plan.ssb_model import SsbFile
from kplan.plan.ssb_pick import Picker
from kplan.read.jsonstat import read_jsonstat
from kplan.read.ssb_csv import read_ssb_csv

DATA = ROOT / "tests" / "data" / "ssb"

# barn 1-5, 2024: men 100+101+102+103+104 = 510, women 96+97+98+99+100 = 490; 510+490 = 1000
#           2025: men 92+99+100+101+102 = 494, women 89+95+96+97+98 = 475; 494+475 = 969
# 80+, 2024: men 400+60+0 = 460, women 600+150+1 = 751; 460+751 = 1211
#      2025: women 105+ is «:» (confidential): unknown, so no value for 2025 (never 0)
BARN = {2024: 1000.0, 2025: 969.0}
ELDRE = {2024: 1211.0}
# 80+ in 13600: MMMM 2025: 500+80+700+200 = 1480, 2030: 600+100+800+220 = 1720
#               LLML 2025: 1480, 2030: women 90+ is «..»: unknown
#               HHMH 2025: 1480, 2030: 640+110+840+230 = 1820
ELDRE_13600 = {2025: 1480.0, 2030: 1720.0}
SCENARIOS_13600 = {"LLML": {2025: 1480.0}, "HHMH": {2025: 1480.0, 2030: 1820.0}}


def _pick(name: str, spec: dict[str, Any]) -> tuple[list[Any], list[Finding], list[Diagnostic]]:
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    path = str(DATA / name)
    reader = read_jsonstat if name.endswith(".json") else read_ssb_csv
    cube = reader(path, problems)
    assert cube is not None, problems
    mapping = SsbFile.model_validate({"file": name, **spec})
    items = Picker("kplan.yaml", cube, mapping, ("analysis", "ssb", 0), findings, problems).items()
    return items, findings, problems


DRIVERS_07459 = {
    "drivers": [
        {"id": "barn-1-5", "name": "Barn 1–5 år", "segment": "barnehage", "ages": "1-5"},
        {"id": "eldre-80", "name": "80 år og eldre", "ages": "80+"},
    ]
}


@pytest.mark.parametrize("name", ["07459-wide-latin1.csv", "07459-long-utf8.csv", "07459-v2.json"])
def test_07459_in_every_shape_gives_the_same_drivers(name: str) -> None:
    items, findings, problems = _pick(name, DRIVERS_07459)
    assert (findings, problems) == ([], [])
    assert items == [
        (
            0,
            {
                "id": "barn-1-5",
                "name": "Barn 1–5 år",
                "segment": "barnehage",
                "source": {"publisher": "SSB", "table": "07459"},
                "values": BARN,
            },
        ),
        (
            1,
            {
                "id": "eldre-80",
                "name": "80 år og eldre",
                "source": {"publisher": "SSB", "table": "07459"},
                "values": ELDRE,
            },
        ),
    ]


def test_one_sex_and_a_unit() -> None:
    spec = {
        "unit": "solsikken",
        "drivers": [{"id": "gutter-0", "name": "Gutter 0 år", "ages": "0", "sex": "menn"}],
    }
    items, _, _ = _pick("07459-wide-latin1.csv", spec)
    # men aged 0: 90 in 2024, 95 in 2025
    assert items[0][1]["values"] == {2024: 90.0, 2025: 95.0}
    assert items[0][1]["unit"] == "solsikken"


@pytest.mark.parametrize("name", ["13600-wide-utf8.csv", "13600-v1.json"])
def test_13600_alternatives_become_scenarios(name: str) -> None:
    spec = {
        "drivers": [
            {"id": "eldre-80", "name": "80+", "ages": "80+"},
            {"id": "kvinner-67-79", "name": "Kvinner 67–79", "ages": "67-79", "sex": "kvinner"},
        ]
    }
    items, findings, problems = _pick(name, spec)
    assert (findings, problems) == ([], [])
    eldre, kvinner = items[0][1], items[1][1]
    assert eldre["values"] == ELDRE_13600
    assert eldre["scenarios"] == SCENARIOS_13600
    # the JSON says it was updated in 2024: the projection's vintage; the CSV does not say
    vintage = {"vintage": 2024} if name.endswith(".json") else {}
    assert (
        eldre["source"] == {"publisher": "SSB", "table": "13600", "alternative": "MMMM"} | vintage
    )
    # women 67-79: 1600 / 1700 (MMMM), 1600 / 1650 (LLML), 1600 / 1750 (HHMH)
    assert kvinner["values"] == {2025: 1600.0, 2030: 1700.0}
    assert kvinner["scenarios"]["LLML"] == {2025: 1600.0, 2030: 1650.0}


def test_another_alternative_gives_the_values() -> None:
    spec = {
        "alternative": "HHMH",
        "vintage": 2024,
        "drivers": [{"id": "e", "name": "E", "ages": "80+"}],
    }
    items, _, _ = _pick("13600-wide-utf8.csv", spec)
    item = items[0][1]
    assert item["values"] == {2025: 1480.0, 2030: 1820.0}
    assert set(item["scenarios"]) == {"MMMM", "LLML"}
    assert item["source"]["alternative"] == "HHMH" and item["source"]["vintage"] == 2024


@pytest.mark.parametrize(
    ("spec", "path", "key"),
    [
        ({"region": "0301"}, ("analysis", "ssb", 0, "region"), "ssb.k812.region"),
        ({"table": "07459"}, ("analysis", "ssb", 0, "table"), "ssb.k812.table"),
        ({"alternative": "MMML"}, ("analysis", "ssb", 0, "alternative"), "ssb.k812.alternative"),
        # the file's oldest group is «90 år eller eldre»: 80-120 cannot be cut out of it
        ({"ages": "80-120"}, ("analysis", "ssb", 0, "drivers", 0, "ages"), "ssb.k812.ages_cover"),
        ({"ages": "1-5"}, ("analysis", "ssb", 0, "drivers", 0, "ages"), "ssb.k812.ages_outside"),
        ({"ages": "60+"}, ("analysis", "ssb", 0, "drivers", 0, "ages"), "ssb.k812.ages_outside"),
        ({"ages": "70-89"}, ("analysis", "ssb", 0, "drivers", 0, "ages"), "ssb.k812.ages_cover"),
        ({"ages": "5 til 9"}, ("analysis", "ssb", 0, "drivers", 0, "ages"), "ssb.k812.ages_form"),
        ({"ages": "9-5"}, ("analysis", "ssb", 0, "drivers", 0, "ages"), "ssb.k812.ages_form"),
    ],
)
def test_what_the_file_lacks_is_k812_at_the_mapping_key(
    spec: dict[str, Any], path: tuple[Any, ...], key: str
) -> None:
    driver = {"id": "d", "name": "D", "ages": spec.pop("ages", "80+")}
    items, findings, problems = _pick("13600-wide-utf8.csv", {**spec, "drivers": [driver]})
    assert items == [] and problems == []
    assert [(f.code, f.path, f.message.key) for f in findings] == [("K812", path, key)]


def test_region_by_name_or_code() -> None:
    for region in ("3413", "Stange", "3413 Stange", "stange"):
        items, findings, _ = _pick("07459-v2.json", {"region": region, **DRIVERS_07459})
        assert findings == [] and items[0][1]["values"] == BARN


def _plan(tmp_path: Path, mapping: str, *files: str) -> Path:
    plan = write_plan(tmp_path / "plan", MINIMAL + "analysis:\n  ssb:\n" + mapping)
    (plan / "ssb").mkdir()
    for name in files:
        shutil.copy(DATA / name, plan / "ssb" / name)
    return plan


def test_drivers_join_the_plan_and_problems_point_at_kplan_yaml(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "    - file: ssb/07459-long-utf8.csv\n"
        "      drivers:\n"
        "        - {id: barn-1-5, name: Barn, segment: barnehage, ages: 1-5}\n"
        "    - file: ssb/13600-v1.json\n"
        "      drivers:\n"
        "        - {id: menn-80, name: Menn 80+, ages: 80+, sex: menn}\n"
        "        - {id: feil, name: Feil, ages: 80-120}\n",
        "07459-long-utf8.csv",
        "13600-v1.json",
    )
    asm = assemble(str(plan))
    assert asm.partial is not None
    drivers = {d.id: d for d in asm.partial.drivers}
    assert drivers["barn-1-5"].values == BARN
    # men 80+ MMMM: 500+80 = 580 (2025), 600+100 = 700 (2030)
    assert drivers["menn-80"].values == {2025: 580.0, 2030: 700.0}
    assert "feil" not in drivers
    assert str(plan / "ssb" / "13600-v1.json") in asm.files
    result = kplan("validate", str(plan))
    assert result.returncode == 1, str(result)
    # the line of «ages: 80-120» in kplan.yaml: MINIMAL's lines, then the mapping's 7th
    line = len(MINIMAL.splitlines()) + 2 + 7
    assert f"kplan.yaml:{line}:" in result.output and "K812" in result.output, str(result)


def test_a_missing_file_is_said_at_its_key(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "    - file: ssb/mangler.csv\n      drivers: [{id: a, name: A}]\n")
    result = kplan("validate", str(plan))
    assert "K017" in result.output and "mangler.csv" in result.output, str(result)


# --- hostile and broken files ------------------------------------------------------------------


def _read(tmp_path: Path, name: str, content: bytes) -> tuple[Any, list[Diagnostic]]:
    path = tmp_path / name
    path.write_bytes(content)
    problems: list[Diagnostic] = []
    reader = read_jsonstat if name.endswith(".json") else read_ssb_csv
    return reader(str(path), problems), problems


def _codes(problems: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.col) for d in problems]


def test_csv_cells_kplan_cannot_read_are_k811_at_their_cell(tmp_path: Path) -> None:
    text = (
        '"region";"alder";"Personer 2024";"Personer 2025"\n'
        '"3413 Stange";"001 1 år";12;tolv\n'  # line 2, column 4
        '"3413 Stange";"002 2 år";-3;..\n'  # line 3, column 3: a negative count
        '"3413 Stange";"003 3 år";5\n'  # line 4: a cell short
        '"3413 Stange";"001 1 år";1;1\n'  # line 5: the same figures again
    )
    cube, problems = _read(tmp_path, "a.csv", text.encode())
    assert _codes(problems) == [
        ("K811", 2, 4),
        ("K811", 3, 3),
        ("K811", 4, 1),
        ("K811", 5, 1),
    ]
    assert cube.values[(0, 0, 0, 0)] == 12.0
    assert cube.values[(0, 0, 1, 0)] is None  # «tolv»: unknown, never 0


def test_a_csv_without_figures_is_refused(tmp_path: Path) -> None:
    cube, problems = _read(tmp_path, "a.csv", b'"region";"alder"\n"3413 Stange";"1 \xc3\xa5r"\n')
    assert cube is None and _codes(problems) == [("K811", 1, 1)]
    cube, problems = _read(tmp_path, "b.csv", b'"bare en tittel"\n\n')
    assert cube is None and _codes(problems) == [("K811", 1, 1)]


def _dataset(**changes: Any) -> dict[str, Any]:
    data = json.loads((DATA / "13600-v1.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"class": "dataset", "value": [NaN]}', "ssb.k811.json_number"),
        (b"[" * 100_000 + b"]" * 100_000, "ssb.k811.json_deep"),
        (b'{"value": [1e999]}', "ssb.k811.json_number"),
        (b'{"a": 1,}', "ssb.k811.json"),
        (json.dumps({"class": "collection"}).encode(), "ssb.k811.json_at"),
        # a size that would ask for 10^15 cells, with three values: refused before anything
        (json.dumps(_dataset(size=[100_000, 100_000, 100_000, 1, 1])).encode(), "ssb.k811.json_at"),
        (json.dumps(_dataset(value=[1, 2, 3])).encode(), "ssb.k811.json_at"),
        (json.dumps(_dataset(value={"99999": 1})).encode(), "ssb.k811.json_at"),
        (json.dumps(_dataset(value=[-1] * 36)).encode(), "ssb.k811.json_at"),
        (json.dumps(_dataset(value=["12"] * 36)).encode(), "ssb.k811.json_at"),
        (json.dumps(_dataset(size=[1, 2, 3, 3, "2"])).encode(), "ssb.k811.json_at"),
    ],
    ids=[
        "nan",
        "deep",
        "infinite",
        "syntax",
        "not-dataset",
        "huge-size",
        "short-value",
        "position",
        "negative",
        "text-value",
        "size-type",
    ],
)
def test_hostile_json_is_k811(tmp_path: Path, content: bytes, message: str) -> None:
    cube, problems = _read(tmp_path, "x.json", content)
    assert cube is None
    assert [(d.code, d.message.key) for d in problems] == [("K811", message)]  # type: ignore[union-attr]


def test_json_at_says_where(tmp_path: Path) -> None:
    data = _dataset()
    data["dimension"]["Alder"]["category"]["index"] = {"067-079": 0, "080-089": 0, "090": 2}
    _, problems = _read(tmp_path, "x.json", json.dumps(data).encode())
    assert problems[0].message.get("where") == "dimension.Alder.category.index"  # type: ignore[union-attr]


def test_another_dimension_with_several_values_is_refused(tmp_path: Path) -> None:
    text = (
        '"region";"landbakgrunn";"Personer 2024"\n'
        '"3413 Stange";"Norge";10\n'
        '"3413 Stange";"Utlandet";5\n'
    )
    path = tmp_path / "c.csv"
    path.write_text(text, encoding="utf-8")
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    cube = read_ssb_csv(str(path), problems)
    assert cube is not None
    spec = SsbFile.model_validate({"file": "c.csv", "drivers": [{"id": "a", "name": "A"}]})
    items = Picker("kplan.yaml", cube, spec, ("analysis", "ssb", 0), findings, problems).items()
    # summing over «landbakgrunn» would count people twice if it had a total: refused
    assert items == [] and [d.message.key for d in problems] == ["ssb.k811.other_dim"]  # type: ignore[union-attr]


def test_one_sex_only_is_not_summed_as_both(tmp_path: Path) -> None:
    text = '"region";"kjønn";"Personer 2024"\n"3413 Stange";"1 Menn";10\n'
    path = tmp_path / "m.csv"
    path.write_text(text, encoding="utf-8")
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    cube = read_ssb_csv(str(path), problems)
    assert cube is not None
    spec = SsbFile.model_validate({"file": "m.csv", "drivers": [{"id": "a", "name": "A"}]})
    assert (
        Picker("kplan.yaml", cube, spec, ("analysis", "ssb", 0), findings, problems).items() == []
    )
    assert [f.message.key for f in findings] == ["ssb.k812.one_sex"]  # type: ignore[union-attr]


def test_render_does_not_write_over_an_ssb_file(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "    - file: ssb/13600-v1.json\n      drivers: [{id: e80, name: E, ages: 80+}]\n",
        "13600-v1.json",
    )
    target = plan / "ssb" / "13600-v1.json"
    before = target.read_bytes()
    result = kplan("render", str(plan), "-o", str(target), "--format", "html")
    assert result.returncode == 2, str(result)
    assert target.read_bytes() == before


def test_a_kommune_code_with_a_prefix(tmp_path: Path) -> None:
    data = json.loads((DATA / "07459-v2.json").read_text(encoding="utf-8"))
    region = data["dimension"]["Region"]["category"]
    region["index"], region["label"] = ["K-3413"], {"K-3413": "Stange"}
    path = tmp_path / "k.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    cube = read_jsonstat(str(path), problems)
    assert cube is not None
    for region_name, found in (("3413", True), ("13", False)):
        spec = SsbFile.model_validate({"file": "k.json", "region": region_name, **DRIVERS_07459})
        items = Picker("kplan.yaml", cube, spec, ("analysis", "ssb", 0), findings, problems).items()
        assert bool(items) is found


def test_a_check_on_an_ssb_driver_points_at_its_entry(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "    - file: ssb/13600-v1.json\n"
        "      unit: finnes-ikke\n"
        "      drivers:\n"
        "        - {id: e80, name: E, ages: 80+}\n",
        "13600-v1.json",
    )
    result = kplan("validate", str(plan))
    # the unknown unit is reported in kplan.yaml (at the driver), not in the JSON file
    line = len(MINIMAL.splitlines()) + 2 + 4
    assert f"kplan.yaml:{line}:" in result.output and "K202" in result.output, str(result)


def test_cells_without_codes_and_the_year_first(tmp_path: Path) -> None:
    # statistikkbanken can show labels only; «90 år eller eldre» is 90 and older, not 90
    text = (
        '"region";"alder";"2024 Personer"\n'
        '"Stange";"89 år";7\n'
        '"Stange";"90 år eller eldre";11\n'
        '"Stange";"999D Alle aldre";500\n'
    )
    path = tmp_path / "l.csv"
    path.write_text(text, encoding="utf-8")
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    cube = read_ssb_csv(str(path), problems)
    assert cube is not None and problems == []
    spec = SsbFile.model_validate(
        {
            "file": "l.csv",
            "region": "Stange",
            "drivers": [
                {"id": "a", "name": "A", "ages": "89+"},
                {"id": "b", "name": "B", "ages": "90+"},
                {"id": "c", "name": "C"},
            ],
        }
    )
    items = Picker("kplan.yaml", cube, spec, ("analysis", "ssb", 0), findings, problems).items()
    # 89+: 7 + 11 = 18; 90+: 11; all ages: the file's own total, 500
    assert [item["values"] for _, item in items] == [{2024: 18.0}, {2024: 11.0}, {2024: 500.0}]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_json_saved_by_windows_tools(tmp_path: Path, encoding: str) -> None:
    # Notepad saves a BOM; Windows PowerShell's «>» writes UTF-16
    text = (DATA / "07459-v2.json").read_text(encoding="utf-8")
    cube, problems = _read(tmp_path, "w.json", text.encode(encoding))
    assert problems == [] and cube is not None and cube.table == "07459"


def test_every_alternative_of_13600_is_one() -> None:
    from kplan.read.ssb_cube import Category, alternative_of

    labels = {
        "Hovedalternativet (MMMM)": "MMMM",
        "Lav nasjonal vekst (LLML)": "LLML",
        "Ingen nettoinnvandring (MMM0)": "MMM0",
        "Personer": None,
    }
    for label, code in labels.items():
        assert alternative_of(Category(f"Personer{len(label)}", label)) == code


def test_alternatives_in_a_column_of_their_own(tmp_path: Path) -> None:
    text = (
        '"region";"statistikkvariabel";"alternativ";"år";"Personer"\n'
        '"3413 Stange";"Personer";"MMMM";"2030";100\n'
        '"3413 Stange";"Personer";"LLML";"2030";90\n'
    )
    path = tmp_path / "a.csv"
    path.write_text(text, encoding="utf-8")
    problems: list[Diagnostic] = []
    findings: list[Finding] = []
    cube = read_ssb_csv(str(path), problems)
    assert cube is not None and problems == []
    spec = SsbFile.model_validate({"file": "a.csv", "drivers": [{"id": "a", "name": "A"}]})
    items = Picker("kplan.yaml", cube, spec, ("analysis", "ssb", 0), findings, problems).items()
    assert items[0][1]["values"] == {2030: 100.0}
    assert items[0][1]["scenarios"] == {"LLML": {2030: 90.0}}


def test_quarters_are_not_years(tmp_path: Path) -> None:
    data = _dataset()
    data["dimension"]["Tid"]["category"] = {"index": {"2025K1": 0, "2025K2": 1}}
    cube, problems = _read(tmp_path, "q.json", json.dumps(data).encode())
    assert cube is None
    assert [d.message.get("where") for d in problems] == ["dimension.Tid.category.index"]  # type: ignore[union-attr]


def test_mangled_files_are_reported_never_a_crash(tmp_path: Path) -> None:
    # bytes changed, cut out and repeated at random (seeded) in every sample file: each
    # version is read or refused with diagnostics; no exception escapes
    rng = random.Random(15)
    spec = SsbFile.model_validate(
        {
            "file": "x",
            "drivers": [
                {"id": "a", "name": "A", "ages": "80+"},
                {"id": "b", "name": "B", "sex": "menn"},
                {"id": "c", "name": "C", "ages": "1-5"},
            ],
        }
    )
    for n in range(400):
        source = sorted(DATA.iterdir())[n % 5]
        raw = bytearray(source.read_bytes())
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(raw))
            pick = rng.random()
            if pick < 0.4:
                raw[at] = rng.choice(b'";\n0123456789.:-{}[],aK +\xe5')
            elif pick < 0.7:
                del raw[at : at + rng.randint(1, 20)]
            else:
                raw[at:at] = raw[rng.randrange(len(raw)) :][: rng.randint(1, 40)]
        cube, problems = _read(tmp_path, f"m{source.suffix}", bytes(raw))
        if cube is not None:
            findings: list[Finding] = []
            Picker("kplan.yaml", cube, spec, ("analysis", "ssb", 0), findings, problems).items()
