"""The one presentation layer: formats and their printers, the formatter toolkit, the labels, and
reports worded from data in nb, nn and en."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLES, Repo, fails, kplan, ok

from kplan.analysis.diff import Change, FieldChange, FigureChange, PlanDiff, Unread
from kplan.analysis.gap import Names
from kplan.analysis.versions import LogEntry
from kplan.cli.options import FORMATS
from kplan.diagnostics import make
from kplan.errors import UsageError
from kplan.plan.model import Decision
from kplan.present import cost, diff, follow_up, gap, log, step5, validation
from kplan.present.catalogue import words
from kplan.present.fmt import json_lines, kr, md_table, nok, number, plain, text_table
from kplan.present.formats import Format, Style, reporter
from kplan.present.labels import LANGS
from kplan.present.report_labels import REPORT_LABELS

REPORTERS = {
    "validate": validation.REPORTERS,
    "gap": step5.REPORTERS,
    "cost": cost.REPORTERS,
    "diff": diff.REPORTERS,
    "log": log.REPORTERS,
    "status": follow_up.REPORTERS,
}


@pytest.mark.parametrize("command", sorted(REPORTERS))
def test_each_command_offers_exactly_the_formats_its_result_has_printers_for(
    command: str,
) -> None:
    assert FORMATS[command] == tuple(REPORTERS[command])


def test_a_format_without_a_printer_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as caught:
        reporter(log.REPORTERS, Format.md, "log")
    assert words(caught.value.message, "en") == (
        "Invalid value for '--format' / '-f': 'md' is not one of 'text', 'json' "
        "(see 'kplan log --help')."
    )
    assert words(caught.value.message, "nb") == (
        "Ugyldig verdi for «--format» / «-f»: «md» er ikke blant valgene «text», «json» "
        "(se «kplan log --help»)."
    )
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("args", "offered"),
    [
        (("log", "-f", "md"), "'text', 'json'"),
        (("log", "-f", "xml"), "'text', 'json'"),
        (("gap", "-f", "text"), "'table', 'md', 'json', 'csv', 'xlsx'"),
        (("status", "-f", "table"), "'text', 'md', 'json', 'csv', 'xlsx'"),
        (("render", "-f", "json"), "'md', 'html', 'pdf', 'docx'"),
        (("validate", "-f", "md"), "'text', 'json', 'github'"),
    ],
)
def test_the_cli_refuses_a_format_the_command_cannot_write(
    args: tuple[str, ...], offered: str
) -> None:
    said = fails(kplan(*args, str(EXAMPLES / "oyer"), KPLAN_LANG="en"))
    assert said.count("\n") == 1
    assert f"is not one of {offered} (see 'kplan {args[0]} --help')." in said


def test_help_lists_the_formats_of_the_command() -> None:
    assert "<text|json>" in ok(kplan("log", "--help"))
    assert "<table|md|json|csv|xlsx>" in ok(kplan("gap", "--help"))


# --- the formatter toolkit --------------------------------------------------------------------


def test_numbers_the_norwegian_way() -> None:
    assert number(1234567.891) == "1\u00a0234\u00a0567,89"
    assert number(39000, 0) == "39\u00a0000"
    assert number(2.50) == "2,5"
    assert number(math.inf) == "∞" and number(-math.inf) == "-∞" and number(math.nan) == "–"
    assert number(10**400) == "∞"
    assert plain(1234.5) == "1 234,5" and plain(100) == "100" and plain(math.inf) == "inf"
    assert nok(39000.4) == "39\u00a0000\u00a0kr"
    assert kr(1500.25) == "1 500,25 kr" and kr(1500.5, whole=True) == "1 500 kr"


def test_tables() -> None:
    assert md_table(("A", "B|C"), [("x|y", 1)], right={1}) == (
        "| A | B\\|C |\n|---|--:|\n| x\\|y | 1 |\n"
    )
    assert md_table(("A",), [("**x**",)], escape=False).endswith("| **x** |\n")
    table = text_table("T", ("a", "bb"), [("xyz", 1)], right={1})
    assert table == "T\n\na    bb\n───  ──\nxyz   1\n"


def test_json_lines_keep_one_row_per_line_and_no_infinity() -> None:
    text = json_lines([{"a": 1.0}, {"a": math.inf}], {"n": 2}, head={"year": 2026})
    assert text.splitlines()[1:4] == ['  "year": 2026,', '  "rows": [', '    {"a": 1.0},']
    assert json.loads(text) == {"year": 2026, "rows": [{"a": 1.0}, {"a": None}], "n": 2}
    assert json_lines([], {}) == '{\n  "rows": [\n  ]\n}\n'


# --- labels -----------------------------------------------------------------------------------


def test_every_report_label_has_every_language_and_the_same_placeholders() -> None:
    import string

    for key, texts in REPORT_LABELS.items():
        assert len(texts) == len(LANGS) and all(texts), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in texts]
        assert fields[0] == fields[1] == fields[2], key


# --- reports worded from data -----------------------------------------------------------------


def _diff() -> PlanDiff:
    first = make("plan/a.yaml", 3, 1, "K005", "YAML syntax error.")
    return PlanDiff(
        "v1 (0123abcd4567)",
        None,
        (
            Change("actions", "t-kurs", "changed", "Kurs", (FieldChange("cost.amount", "1", "2"),)),
            Change("inventory", "u/alle@2025-01-01", "added", "", (), (3, 2.5)),
        ),
        (FigureChange("cost", ("2025", "utvikle"), 1000.0, 2000.0),),
        (Unread(None, 1, first), Unread("v1 (0123abcd4567)", 0, None, unreadable=True)),
    )


def test_diff_is_worded_in_each_language() -> None:
    d = _diff()
    nb = diff.diff_text(d)
    assert nb.splitlines() == [
        "Endringer fra v1 (0123abcd4567) til arbeidskopien:",
        "~ tiltak t-kurs: Kurs",
        "    Økonomi › Beløp: 1 → 2",
        "+ beholdning u/alle per 1. januar 2025: 3 personer, 2,5 årsverk",
        "Netto kostnad (år / strategi):",
        "    2025 / utvikle: 1 000 kr → 2 000 kr (+1 000 kr)",  # kroner, signed
        "Merk: arbeidskopien: 1 feil i planen; deler med feil er utelatt "
        "(første: plan/a.yaml:3:1: K005 YAML syntax error.)",
        "Merk: v1 (0123abcd4567): planen kunne ikke leses.",
        "1 lagt til, 0 fjernet, 1 endret.",
    ]
    en = diff.diff_text(d, "en")
    assert en.startswith("Changes from v1 (0123abcd4567) to the working tree:\n~ action t-kurs")
    assert "3 persons, 2,5 FTE" in en and en.endswith("1 added, 0 removed, 1 changed.\n")
    assert diff.diff_md(d, "nn").startswith("## Endringar i planen frå v1")
    doc = json.loads(diff.diff_json(d))
    assert doc["new"] == "arbeidskopien" and doc["changes"][1]["title"] == "3 personer, 2,5 årsverk"
    assert json.loads(diff.diff_json(d, "en"))["new"] == "the working tree"


def test_log_summary_is_worded_from_counts() -> None:
    entries = [
        LogEntry("a" * 40, "2025-01-02", "Ny", ("v2",), (), "changed", (), False),
        LogEntry(
            "b" * 40,
            "2025-01-01",
            "Andre",
            (),
            (
                Decision(
                    id="vedtak",
                    body="Kommunestyret",
                    case_number="K-sak 1/25",
                    summary="Vedtatt",
                    git_tag="v1",
                ),
            ),
            "changed",
            (("added", "actions", 2), ("changed", "goals", 1)),
            True,
        ),
        LogEntry("c" * 40, "", "Første", (), (), "first", (), False),
        LogEntry("d" * 40, "", "Grunn", (), (), "shallow", (), False),
    ]
    assert log.log_text(entries).splitlines() == [
        "aaaaaaaaaaaa 2025-01-02 [v2] Ny",
        "    ingen endringer i planens innhold",
        "bbbbbbbbbbbb 2025-01-01 Andre",
        "    vedtatt: Kommunestyret, K-sak 1/25",
        "    2 tiltak lagt til, 1 mål endret (planen har feil i denne versjonen)",
        "cccccccccccc (ukjent dato) Første",
        "    første versjon",
        "dddddddddddd (ukjent dato) Grunn",
        "    eldste versjon i denne grunne klonen; historikken før den mangler",
    ]
    assert json.loads(log.log_json(entries, "en"))[1]["summary"] == (
        "2 actions added, 1 goal changed (the plan has errors in this version)"
    )
    assert log.log_text([]) == "Ingen versjoner av planen i git ennå.\n"
    assert log.log_text([], "nn") == "Ingen versjonar av planen i git enno.\n"


def test_status_text_in_other_languages() -> None:
    out = ok(kplan("status", str(EXAMPLES / "oyer"), "--year", "2026", "--lang", "en"))
    assert out.startswith("Follow-up of the competence plan 2026\n")
    assert "Actions by status: planned:" in out


def test_diff_and_log_take_a_language(tmp_path: Path) -> None:
    repo = Repo(tmp_path)
    repo.write("plan/kplan.yaml", (EXAMPLES / "oyer" / "kplan.yaml").read_text(encoding="utf-8"))
    repo.commit("Første versjon")
    repo.git("tag", "v1")
    repo.edit("plan/kplan.yaml", "Kommunestyret", "Formannskapet")
    assert ok(repo.kplan("diff", "v1", "plan", "--lang", "nn")).startswith("Endringar frå v1 (")
    assert "first version" in ok(repo.kplan("log", "plan", "--lang", "en"))
    assert Style().lang == "nb"


# --- the gap report: unknown figures and what a requirement measures ---------------------------


def _gap_report() -> Any:
    from helpers import make_plan

    from kplan.analysis.gap import analyse

    return analyse(
        make_plan(
            # inventory only at the top: the unit below has none, so its figures are unknown
            inventory=[
                {
                    "unit": "kommunen",
                    "competence": "sykepleier",
                    "date": "2025-01-01",
                    "persons": 3,
                    "fte": 3.0,
                },
                {"unit": "kommunen", "date": "2025-01-01", "persons": 10, "fte": 9.0},
            ],
            requirements=[
                {
                    "id": "spl",
                    "kind": "count",
                    "title": "Minst to sykepleiere",
                    "units": ["enheten"],
                    "source": {"kind": "lov"},
                    "competences": ["sykepleier"],
                    "minimum": 2,
                    "basis": "personer",
                },
                {
                    "id": "andel",
                    "kind": "share",
                    "title": "Halvparten sykepleiere",
                    "units": ["kommunen"],
                    "source": {"kind": "lokalt mål"},
                    "competences": ["sykepleier"],
                    "min_percent": 50,
                    "basis": "personer",
                },
            ],
        )
    )


def test_an_unknown_figure_is_never_shown_as_0() -> None:
    report = _gap_report()
    table = gap.REPORTERS[Format.table](report, Style())
    lines = table.splitlines()
    assert lines[2] == "Enheten: Minst to sykepleiere (behov: anskaffelse)"
    assert lines[3].split() == ["År", "Påkrevd", "Tilgjengelig", "Planlagt", "Gap", "Rest"]
    assert [line.split() for line in lines[5:8]] == [
        [year, "2", "ukjent", "0", "ukjent", "ukjent"] for year in ("2025", "2026", "2027")
    ]
    # the reason is said once per requirement and unit, by name, with the years (within 80
    # columns on a pipe: continued, indented)
    assert lines[-4:] == [
        "Merk: Minst to sykepleiere (Enheten, 2025–2027): ukjent, enheten har ingen",
        "  beholdning (K809).",
        "",
        "6 rader, 3 med gap etter tiltak, 3 ukjente.",
    ]
    md = gap.REPORTERS[Format.md](report, Style())
    assert (
        "| Enheten | Minst to sykepleiere | 2025 | 2 | ukjent | 0 | ukjent | ukjent | anskaffelse |  |"
        in md
    )
    assert md.endswith(
        "\n- Minst to sykepleiere (Enheten, 2025–2027): ukjent, enheten har ingen beholdning (K809).\n"
    )
    en = gap.REPORTERS[Format.table](report, Style(lang="en"))
    assert (
        "Note: Minst to sykepleiere (Enheten, 2025–2027): unknown, the unit has no\n"
        "  inventory (K809)." in en
    )
    assert en.endswith("\n6 rows, 3 with a gap after actions, 3 unknown.\n")
    assert "Enheten: Minst to sykepleiere (need: acquisition)" in en.splitlines()
    rows = json.loads(gap.REPORTERS[Format.json](report, Style()))["rows"]
    first = next(r for r in rows if r["unit"] == "enheten")
    assert (first["required"], first["available"], first["gap"], first["residual"]) == (
        2,
        None,
        None,
        None,
    )
    csv_lines = gap.REPORTERS[Format.csv](report, Style()).splitlines()
    assert csv_lines[1].startswith("enheten,spl,2025,count,personer,2.0,,0.0,,,anskaffelse,")


def test_the_measure_is_reported_as_it_stands() -> None:
    report = _gap_report()
    # 3 sykepleiere of 10 staff: 30 %, against at least 50 % (5 persons)
    table = gap.REPORTERS[Format.table](report, Style()).splitlines()
    head = table.index("Testvik kommune: Halvparten sykepleiere (behov: læring)")
    # 80 columns on a pipe: the measure wraps in its column, under its year
    assert table[head + 3].split() == [
        "2025",
        "5",
        "3",
        "0",
        "2",
        "2",
        "andel",
        "3",
        "av",
        "10",
        "(30",
        "%),",
        "mål",
    ]
    assert table[head + 4].strip() == "minst 50 %"
    wide = gap.gap_table(report).splitlines()  # no width: one line a year
    assert wide[wide.index(table[head]) + 3].endswith("  andel 3 av 10 (30 %), mål minst 50 %")
    nn = gap.REPORTERS[Format.md](report, Style(lang="nn"))
    assert "| del 3 av 10 (30 %), mål minst 50 % |" in nn
    en = gap.REPORTERS[Format.md](report, Style(lang="en"))
    assert "| share 3 of 10 (30 %), target at least 50 % |" in en
    rows = json.loads(gap.REPORTERS[Format.json](report, Style()))["rows"]
    share_row = next(r for r in rows if r["requirement"] == "andel")
    assert share_row["measure"] == {
        "name": "share",
        "value": 30.0,
        "unit": "percent",
        "target": 50.0,
        "count": 3.0,
        "total": 10.0,
    }
    assert next(r for r in rows if r["requirement"] == "spl")["measure"] is None
    cells = list(csv.DictReader(io.StringIO(gap.REPORTERS[Format.csv](report, Style()))))
    andel = next(c for c in cells if c["requirement"] == "andel")
    assert (andel["measure"], andel["measure_value"], andel["measure_target"]) == (
        "share",
        "30.0",
        "50.0",
    )
    assert (andel["measure_count"], andel["measure_total"]) == ("3.0", "10.0")


def test_formulas_say_rounding_exemptions_and_position_sizes() -> None:
    from helpers import make_plan

    from kplan.analysis.gap import analyse
    from kplan.present.formulas import Words

    snap = "2025-01-01"
    plan = make_plan(
        competences=[
            {"id": "sykepleier", "name": "Sykepleier", "kind": "profesjon"},
            {"id": "laerer", "name": "Lærer", "kind": "profesjon"},
            {"id": "engelsk-30sp", "name": "Engelsk 30 sp", "kind": "studiepoeng"},
        ],
        inventory=[
            {"unit": "enheten", "competence": "sykepleier", "date": snap, "persons": 3, "fte": 3.0},
            {"unit": "enheten", "competence": "laerer", "date": snap, "persons": 10, "fte": 9.0},
            {
                "unit": "enheten",
                "date": snap,
                "persons": 120,
                "fte": 90.0,
                "position_sizes": {"<50": 20, "50-74": 30, "75-99": 40, "100": 30},
            },
        ],
        requirements=[
            {
                "id": "andel",
                "kind": "share",
                "title": "Andel",
                "units": ["enheten"],
                "source": {"kind": "lokalt mål"},
                "competences": ["sykepleier"],
                "of": ["sykepleier", "laerer"],
                "min_percent": 65,
                "basis": "personer",
            },
            {
                "id": "engelsk",
                "kind": "qualification",
                "title": "Engelsk",
                "units": ["enheten"],
                "source": {"kind": "forskrift"},
                "role": "laerer",
                "paths": [["engelsk-30sp"]],
                "deadline": "2025-08-01",
                "exempt": 2,
                "exempt_until": "2026-07-31",
            },
            {
                "id": "stilling",
                "kind": "employment",
                "title": "Stillinger",
                "units": ["enheten"],
                "source": {"kind": "tariffavtale"},
                "min_position_percent": 75,
            },
        ],
    )
    rows = {r.id: r for r in analyse(plan).rows}
    nb, en = Words("nb", Names.of(plan)), Words("en", Names.of(plan))
    # 65 % of the 13 sykepleiere and lærere: 8,45, a minimum in persons rounds up: 9
    share = rows["andel/enheten/2025"].formula
    assert nb.formula(share) == "65 % av 13 personer med Sykepleier, Lærer = 8,45, avrundet opp: 9"
    assert en.formula(share) == "65 % of 13 persons with Sykepleier, Lærer = 8,45, rounded up: 9"
    # the exemption holds at the end of 2025, not at the end of 2026
    assert nb.formula(rows["engelsk/enheten/2025"].formula) == (
        "alle i rollen Lærer: 10 personer, 2 fritatt til og med 2026-07-31, frist 2025-08-01"
    )
    assert nb.formula(rows["engelsk/enheten/2026"].formula) == (
        "alle i rollen Lærer: 10 personer, fritaket for 2 gjaldt til og med 2026-07-31, "
        "frist 2025-08-01"
    )
    assert Words("nn").formula(rows["engelsk/enheten/2026"].formula) == (
        "alle i rolla laerer: 10 personar, fritaket for 2 galdt til og med 2026-07-31, "
        "frist 2025-08-01"
    )
    # positions under 75 %: all of <50 (20) and 50-74 (30) = 50 of 120 persons, 41,67 %
    stilling = rows["stilling/enheten/2025"]
    assert nb.measure(stilling.measure, stilling.formula) == "under 75 %: 50 av 120 (41,67 %)"
    assert en.measure(stilling.measure, stilling.formula) == "under 75 %: 50 of 120 (41,67 %)"


def test_the_notes_under_the_table_name_what_they_are_about() -> None:
    from helpers import make_plan

    from kplan.analysis.gap import analyse

    plan = make_plan(
        competences=[{"id": "sykepleier", "name": "Sykepleier", "kind": "profesjon"}],
        drivers=[
            {
                "id": "barn",
                "name": "Barn",
                "segment": "barn-under-3",
                "unit": "enheten",
                "values": {2025: 14, 2026: 13},
            }
        ],
        inventory=[
            {
                "unit": "enheten",
                "competence": "sykepleier",
                "date": "2025-01-01",
                "persons": 4,
                "fte": 4.0,
            }
        ],
        actions=[
            {
                "id": "gammel",
                "title": "Rekruttert i fjor",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2024}],
            }
        ],
        requirements=[
            {
                "id": "norm",
                "kind": "ratio",
                "title": "Bemanningsnorm",
                "units": ["enheten"],
                "source": {"kind": "forskrift"},
                "competences": ["sykepleier"],
                "terms": [{"driver": "barn-under-3", "per": 3}],
            }
        ],
    )
    report = analyse(plan)
    table = gap.gap_table(report).splitlines()  # no width: a note a line
    assert [line for line in table if line.startswith("Merk:")] == [
        "Merk: gammel: +2 Sykepleier i 2024 er før beholdningen for Enheten ble telt opp, "
        "og regnes som med i den allerede.",
        "Merk: Bemanningsnorm (Enheten, 2027): driveren «barn-under-3» har ingen verdi for 2027.",
    ]
    # json keeps the ids, for other tools
    notes = json.loads(gap.REPORTERS[Format.json](report, Style()))["notes"]
    assert notes[1] == "norm/enheten/2027: driveren «barn-under-3» har ingen verdi for 2027."
    en = gap.REPORTERS[Format.md](report, Style(lang="en"))
    assert en.endswith(
        "- Bemanningsnorm (Enheten, 2027): the driver «barn-under-3» has no value for 2027.\n"
    )


def test_a_gap_figure_for_a_reader() -> None:
    from kplan.present.gap_rows import figure
    from kplan.present.labels import Labels

    nb, nn = Labels("nb"), Labels("nn")
    assert [figure(v, nb) for v in (-1e-16, 0.0, -0.59, 2.345, 1234.5)] == [
        "0",
        "0",
        "-0,59",
        "2,35",
        "1 234,5",
    ]
    assert (figure(None, nb), figure(None, nn), figure(None, Labels("en"))) == (
        "ukjent",
        "ukjend",
        "unknown",
    )
