"""Terminal tables (`kplan gap`, `cost`, `status` as table/text) fit the width they are given
(80 on a pipe), name units, requirements and actions as the plan does, and colour only what
needs attention: a due shortfall the actions leave open, a late action, an unknown figure."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from helpers import MINIMAL, replace_once, run_line

from kplan.present.fmt import text_table
from kplan.present.layout import wrap
from kplan.present.terminal import cells

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
"""Hjemmetjenesten needs six nurses and has four; one action (Ekstern utlysning) hires one in
2026."""


def plan_dir(directory: Path, text: str = PLAN) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "kplan.yaml").write_text(text, encoding="utf-8")
    return directory


ESC = re.compile(r"\x1b\[[0-9;]*m")
RED = "\x1b[31m"


def width(line: str) -> int:
    """Display width measured apart from the code under test: wide characters two columns."""
    plain = ESC.sub("", line)
    return sum(
        0
        if unicodedata.combining(c)
        else (2 if unicodedata.east_asian_width(c) in ("W", "F") else 1)
        for c in plain
    )


def run(*args: str, **env: str | None) -> str:
    result = run_line(*args, env={"COLUMNS": None, **env})
    assert result.returncode in (0, 3), result.stderr
    return result.stdout


EXAMPLE_RUNS = [
    (cmd, name)
    for name in ("oyer", "stange")
    for cmd in (
        ("gap",),
        ("cost", "--by", "year", "--by", "unit"),
        ("cost", "--by", "unit", "--by", "strategy", "--by", "kind"),
        ("status", "--year", "2026"),
    )
]


# --- the layout ----------------------------------------------------------------------------------


def test_cells_counts_wide_characters_twice_and_marks_not_at_all() -> None:
    assert cells("abc") == 3
    assert cells("Øyer") == 4
    assert cells("東京") == 4  # two wide characters
    assert cells("e\u0301") == 1  # e and a combining acute accent


def test_wrap_breaks_at_spaces_but_not_inside_a_figure() -> None:
    # «andel 66,8 av 178» is 17 columns; with « (37,53 %),» it would be 28 > 20
    assert wrap("andel 66,8 av 178 (37,53 %), mål", 20) == ["andel 66,8 av 178", "(37,53 %), mål"]
    # «1 680 000 kr» (12) is one figure: it moves to the next line whole
    assert wrap("Netto 1 680 000 kr", 14) == ["Netto", "1 680 000 kr"]
    # a word longer than the column is broken inside it: 10 + 10 + 4
    assert wrap("x" * 24, 10) == ["x" * 10, "x" * 10, "x" * 4]
    assert wrap("東京都庁", 5) == ["東京", "都庁"]  # 2 + 2 columns; a third would make 6


def test_text_table_keeps_its_layout_when_it_fits() -> None:
    expected = "T\n\na    bb\n───  ──\nxyz   1\n"
    assert text_table("T", ("a", "bb"), [("xyz", 1)], right={1}) == expected
    assert text_table("T", ("a", "bb"), [("xyz", 1)], right={1}, width=80) == expected


def test_text_table_wraps_a_text_column_to_fit() -> None:
    name = "Samfunnsutvikling og tekniske tjenester"  # 39 columns
    table = text_table("T", ("Enhet", "Netto"), [(name, "39 000 kr")], right={1}, width=30)
    # 30 − 2 (gap) − 9 (figure) = 19 columns left for the name
    assert table.splitlines()[2:] == [
        "Enhet                    Netto",
        "───────────────────  ─────────",
        "Samfunnsutvikling    39 000 kr",
        "og tekniske",
        "tjenester",
    ]


def test_text_table_stacks_rows_when_columns_cannot_fit() -> None:
    header = ("Tiltak", "Enhet", "Status", "Planlagt 2026")
    rows = [("Videreutdanning i kreftomsorg", "Helse og omsorg", "pågår", "10 000 kr")]
    table = text_table("T", header, rows, right={3}, width=40)
    # the narrowest columns: 12 + 12 + 6 + 9 (figure) + 3 gaps of 2 = 45 > 40
    assert table.splitlines()[2:] == [
        "Videreutdanning i kreftomsorg",
        "  Enhet: Helse og omsorg   Status: pågår",
        "  Planlagt 2026: 10 000 kr",
    ]
    assert all(width(x) <= 40 for x in table.splitlines())


def test_text_table_colours_a_cell_or_a_row_and_resets_each_line() -> None:
    rows = [("a", "1"), ("b", "2")]
    table = text_table("T", ("x", "y"), rows, right={1}, marks=[{1: RED}, ""])
    assert table.splitlines()[4:] == [f"a  {RED}1\x1b[0m", "b  2"]
    table = text_table("T", ("x", "y"), rows, right={1}, marks=["", RED])
    assert table.splitlines()[4:] == ["a  1", f"{RED}b  2\x1b[0m"]


# --- the examples as a user sees them ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize(("cmd", "name"), EXAMPLE_RUNS)
def test_examples_fit_80_columns_on_a_pipe(cmd: tuple[str, ...], name: str, lang: str) -> None:
    out = run(cmd[0], f"examples/{name}", *cmd[1:], "--lang", lang)
    assert out.strip()
    too_wide = [x for x in out.splitlines() if width(x) > 80]
    assert too_wide == []


@pytest.mark.parametrize("columns", ["60", "120"])
def test_columns_sets_the_width(columns: str) -> None:
    out = run("gap", "examples/stange", COLUMNS=columns)
    assert max(width(x) for x in out.splitlines()) <= int(columns)


def test_a_wide_terminal_keeps_the_table_as_wide_as_needed() -> None:
    # the staffing flows of Øyer need over 80 columns with a row per year: at 200 they keep it
    out = run("gap", "examples/oyer", COLUMNS="200")
    assert 80 < max(width(x) for x in out.splitlines()) < 200
    assert "År    Behov  Uten rekruttering" in out


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_tables_show_names_not_ids(name: str) -> None:
    from kplan.check.validate import check

    plan = check(str(Path("examples") / name)).plan
    assert plan is not None
    ids = (
        {u.id for u in plan.units}
        | {a.id for a in plan.actions}
        | {r.id for r in plan.requirements}
    )
    ids -= {u.name for u in plan.units}  # an id that is its own name is a name
    for cmd, _ in EXAMPLE_RUNS[:4]:
        out = run(cmd[0], f"examples/{name}", *cmd[1:], COLUMNS="200")
        words = set(re.split(r"[\s:;,()]+", out))
        assert ids & words == set(), cmd
    for u in plan.units:
        if any(a.unit == u.id for a in plan.actions):
            assert u.name in run("status", f"examples/{name}", "--year", "2026", COLUMNS="300")


def test_wide_characters_fit_too(tmp_path: Path) -> None:
    text = replace_once(
        PLAN, "Hjemmetjenesten", "東京都庁の在宅介護サービス部門と訪問看護ステーション"
    )
    text = replace_once(text, "Minst seks sykepleiere", "看護師は少なくとも六人必要です" * 3)
    d = plan_dir(tmp_path, text)
    for cmd in (("gap",), ("cost", "--by", "unit"), ("status", "--year", "2026")):
        out = run(cmd[0], str(d), *cmd[1:])
        assert "東京都庁" in out
        assert max(width(x) for x in out.splitlines()) <= 80, out


# --- colour ------------------------------------------------------------------------------------

COVERED = replace_once(
    PLAN,
    "effects: [{competence: sykepleier, count: 1, year: 2026}]",
    "effects: [{competence: sykepleier, count: 2, year: 2026}]",
)
"""Six nurses required, four there: a gap of 2 each year; two hired in 2026 cover it from then
(residual 2025: 2, 2026-2028: 6 − 4 − 2 = 0)."""


def test_colour_marks_only_a_shortfall_left_open(tmp_path: Path) -> None:
    d = plan_dir(tmp_path, COVERED)
    out = run("gap", str(d), NO_COLOR=None, FORCE_COLOR="1")
    coloured = [x for x in out.splitlines() if "\x1b[" in x]
    assert [ESC.sub("", x).split() for x in coloured] == [["2025", "6", "4", "0", "2", "2"]]
    assert f"{RED}2\x1b[0m" in coloured[0]  # the Rest figure, not the row
    covered = [x for x in out.splitlines() if x.startswith(("2026", "2027", "2028"))]
    assert [x.split()[-1] for x in covered] == ["0", "0", "0"]
    assert "\x1b[" not in run("gap", str(d))  # NO_COLOR
    assert "\x1b[" not in run("gap", str(d), NO_COLOR=None)  # a pipe


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_colour_in_the_examples_only_where_a_due_rest_is_above_zero(name: str) -> None:
    out = run("gap", f"examples/{name}", NO_COLOR=None, FORCE_COLOR="1", COLUMNS="200")
    part = out[out.index("\nKompetanse\n") :]
    for line in part.splitlines():
        plain = ESC.sub("", line)
        if not re.match(r"^20\d\d ", plain):
            assert "\x1b[" not in line
            continue
        rest = plain.split()[5]
        due_and_open = "ikke forfalt" not in plain and rest not in ("0", "ukjent")
        assert (RED in line) == due_and_open, line
    staffing = out[: out.index("\nKompetanse\n")]
    for line in staffing.splitlines():
        if "\x1b[" in line:  # a year with an open recruitment need
            assert ESC.sub("", line).split()[10] not in ("0", "ukjent"), line


def test_status_marks_late_actions(tmp_path: Path) -> None:
    out = run("status", "examples/stange", "--year", "2026", NO_COLOR=None, FORCE_COLOR="1")
    late = [x for x in out.splitlines() if RED in x]
    # Stange 2026: six of ten actions are late (the summary says so too)
    assert len(late) == 6 and "6 av 10 tiltak er forsinket." in out
    assert all(f"Forsinket: {RED}ja\x1b[0m" in x for x in late)


def test_a_name_without_spaces_is_broken_to_fit(tmp_path: Path) -> None:
    """A hostile name of 100 000 characters with no space: broken into pieces of the column's
    width in one pass, not cut, not left to run past the edge."""
    d = plan_dir(tmp_path, replace_once(PLAN, "Hjemmetjenesten", "Å" * 100_000))
    out = run("gap", str(d))
    assert max(width(x) for x in out.splitlines()) <= 80
    assert out.replace("År", "").count("Å") == 100_000  # all of it: nothing written is lost


def test_the_follow_up_view_names_units_when_given_their_names() -> None:
    """For the document and the Markdown: the unit by name when the caller has the names."""
    from kplan.analysis.follow_up import follow_up
    from kplan.check.validate import check
    from kplan.present.follow_up import status_md, status_view

    plan = check(str(Path("examples") / "oyer")).plan
    assert plan is not None
    report = follow_up(plan, 2026)
    units = {u.id: u.name for u in plan.units}
    assert [row[1] for row in status_view(report, "nb", units).rows][:2] == ["Helse og omsorg"] * 2
    assert "| Helse og omsorg |" in status_md(report, "nb", units)
    assert "| helse-omsorg |" in status_md(report, "nb")  # without names, as before


def test_colour_codes_in_plan_text_stay_text_when_colour_is_on(tmp_path: Path) -> None:
    """Only kplan's own codes colour: an escape in a unit's name is shown, not sent."""
    d = plan_dir(tmp_path, replace_once(PLAN, "name: Hjemmetjenesten", 'name: "Hjem\\e[31mX"'))
    out = run("gap", str(d), NO_COLOR=None, FORCE_COLOR="1")
    assert "Hjem\\x1b[31mX" in out and "\x1b[31mX" not in out
    assert out.count(RED) == 4  # the four years' Rest: 2, 1, 1, 1 are all open and due
