"""History: `kplan diff`, `kplan log` and `--at REV`, against real git in temporary repositories.

No mocks: the tests build small repositories with real commits, tags, branches, merges, renames
and shallow clones (once per module where the tests only read them), and run kplan in process
through its entry point (a few runs are real processes). git and kplan get
GIT_CONFIG_GLOBAL=/dev/null, so the user's own git configuration plays no part.
"""

from __future__ import annotations

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import (
    BASE_PLAN,
    MINIMAL,
    Repo,
    Run,
    fails,
    git,
    kplan_process,
    ok,
    replace_once,
    run_line,
    snapshot,
)
from helpers import GIT_ENV as ENV


def run(*args: str, cwd: Path) -> Run:
    """kplan in process, in `cwd`, with no global or system git configuration."""
    return run_line(*args, cwd=cwd, env=ENV)


def many(cwd: Path, *calls: tuple[str, ...]) -> list[Run]:
    """Several runs in `cwd`, one after the other."""
    return [run(*args, cwd=cwd) for args in calls]


def nb_date(day: int) -> str:
    return f"{day}. januar 2025"


# --- plans ------------------------------------------------------------------------------------

BASE = BASE_PLAN

TILTAK_2 = BASE[BASE.index("  - id: tiltak-2\n") : BASE.index("evaluation:\n  text")]


def decided(text: str, *decisions: tuple[str, str, str]) -> str:
    """The plan with decisions (id, date, git_tag) adopted by the kommunestyre."""
    lines = "".join(
        f"  - {{id: {i}, body: Kommunestyret, date: {d}, case_number: K-sak {n}/25,"
        f" summary: Planen vedtatt., git_tag: {tag}}}\n"
        for n, (i, d, tag) in enumerate(decisions, start=40)
    )
    return replace_once(text, "organisation:\n", "decisions:\n" + lines + "organisation:\n")


def v2_of(text: str) -> str:
    """The changes for test 1: a cost changed, a need added, an action removed, a goal renamed."""
    text = replace_once(text, "cost: {amount: 100000}", "cost: {amount: 150000}")
    text = replace_once(text, "  - id: hovedmal\n", "  - id: hovedmaal\n")
    text = replace_once(text, "goals: [hovedmal]", "goals: [hovedmaal]")
    text = replace_once(text, TILTAK_2, "")
    return replace_once(
        text,
        "actions:\n",
        "  - id: behov-2\n    text: Flere vernepleiere\n    type: læring\n    unit: kommunen\n"
        "actions:\n",
    )


def split_plan(text: str, include: str) -> tuple[str, str]:
    """kplan.yaml (with `include`) and a part file holding the actions."""
    start, end = text.index("actions:\n"), text.index("evaluation:\n  text")
    head = f'include: ["{include}"]\n' + text[:start] + text[end:]
    return head, text[start:end]


# --- 1. tags ----------------------------------------------------------------------------------


def test_diff_between_a_lightweight_and_an_annotated_tag(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE)
    c1 = repo.commit("Første versjon")
    repo.git("tag", "v1")
    repo.write("plan/kplan.yaml", v2_of(BASE))
    c2 = repo.commit("Andre versjon")
    repo.git("tag", "-a", "-m", "Versjon 2", "v2")
    assert repo.git("cat-file", "-t", "v2").strip() == "tag"  # really annotated

    as_json, text, md, back = repo.many(
        ("diff", "v1", "v2", "plan", "--format", "json"),
        ("diff", "v1", "v2", "plan"),
        ("diff", "v1", "v2", "plan", "-f", "md"),
        ("diff", "v2", "v1", "plan", "-f", "json"),
    )
    doc = json.loads(ok(as_json))
    # the annotated tag is shown by the commit it points at, not by the tag object
    assert doc["old"] == f"v1 ({c1[:12]})"
    assert doc["new"] == f"v2 ({c2[:12]})"
    goal = "Kommunen har rett kompetanse."
    assert doc["changes"] == [
        {"section": "goals", "id": "hovedmaal", "kind": "added", "title": goal, "fields": []},
        {"section": "goals", "id": "hovedmal", "kind": "removed", "title": goal, "fields": []},
        {
            "section": "needs",
            "id": "behov-1",
            "kind": "changed",
            "title": "Flere sykepleiere",
            "fields": [{"field": "goals", "label": "Mål", "old": "hovedmal", "new": "hovedmaal"}],
        },
        {
            "section": "needs",
            "id": "behov-2",
            "kind": "added",
            "title": "Flere vernepleiere",
            "fields": [],
        },
        {
            "section": "actions",
            "id": "tiltak-1",
            "kind": "changed",
            "title": "Ekstern utlysning",
            "fields": [
                {
                    "field": "cost.amount",
                    "label": "Økonomi › Beløp",
                    "old": "100000",
                    "new": "150000",
                }
            ],
        },
        {
            "section": "actions",
            "id": "tiltak-2",
            "kind": "removed",
            "title": "Kurs i veiledning",
            "fields": [],
        },
    ]
    # net cost per budget year and strategy (rekruttere is counted as anskaffe)
    assert doc["figures"] == [
        {"measure": "cost", "key": ["2025", "anskaffe"], "old": 100000.0, "new": 150000.0},
        {"measure": "cost", "key": ["2026", "utvikle"], "old": 5000.0, "new": 0.0},
    ]
    assert doc["problems"] == []
    assert doc["counts"] == {"added": 2, "removed": 2, "changed": 2}

    text = ok(text)
    assert text.splitlines()[0] == f"Endringer fra v1 ({c1[:12]}) til v2 ({c2[:12]}):"
    # the field in the document's words, the amount in kroner
    assert (
        "~ tiltak tiltak-1: Ekstern utlysning\n    Økonomi › Beløp: 100 000 kr → 150 000 kr\n"
        in text
    )
    assert "    2025 / anskaffe: 100 000 kr → 150 000 kr (+50 000 kr)\n" in text
    assert "    2026 / utvikle: 5 000 kr → 0 kr (−5 000 kr)\n" in text
    assert text.endswith("2 lagt til, 2 fjernet, 2 endret.\n")

    assert "| tiltak | tiltak-2 | Kurs i veiledning |" in ok(md)
    # and the other way round, added and removed swap
    back = json.loads(ok(back))
    assert back["counts"] == {"added": 2, "removed": 2, "changed": 2}
    assert {(c["id"], c["kind"]) for c in back["changes"]} >= {
        ("hovedmal", "added"),
        ("tiltak-2", "added"),
        ("behov-2", "removed"),
    }


# --- 2. the default REV_A: the last adopted version ---------------------------------------------


def test_default_rev_a_is_the_newest_adopted_tag_against_the_working_tree(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    text = decided(BASE, ("vedtak-2025", "2025-06-19", "v1"))
    repo.write("plan/kplan.yaml", text)
    c1 = repo.commit("Vedtatt plan")
    repo.git("tag", "v1")
    text = replace_once(text, "cost: {amount: 100000}", "cost: {amount: 120000}")
    repo.write("plan/kplan.yaml", text)
    c2 = repo.commit("Ny kostnad")
    # an edit not yet committed
    repo.edit("plan/kplan.yaml", "title: Kurs i veiledning", "title: Kurs i veiledning for ledere")
    before = repo.status()

    doc = json.loads(ok(repo.kplan("diff", "plan", "-f", "json")))
    assert (doc["old"], doc["new"]) == (f"v1 ({c1[:12]})", "arbeidskopien")
    assert [(c["id"], c["kind"], c["fields"]) for c in doc["changes"]] == [
        (
            "tiltak-1",
            "changed",
            [
                {
                    "field": "cost.amount",
                    "label": "Økonomi › Beløp",
                    "old": "100000",
                    "new": "120000",
                }
            ],
        ),
        (
            "tiltak-2",
            "changed",
            [
                {
                    "field": "title",
                    "label": "Tittel",
                    "old": "Kurs i veiledning",
                    "new": "Kurs i veiledning for ledere",
                }
            ],
        ),
    ]
    # with no arguments at all, from inside the plan directory
    inside = json.loads(ok(repo.kplan("diff", "-f", "json", cwd=repo.root / "plan")))
    assert inside["changes"] == doc["changes"]

    # a newer decision whose tag does not exist yet is passed over
    repo.edit(
        "plan/kplan.yaml",
        "organisation:\n",
        "  - {id: vedtak-2026, body: Kommunestyret, date: 2026-06-18, summary: Rullert.,"
        " git_tag: v2}\norganisation:\n",
    )
    assert json.loads(ok(repo.kplan("diff", "plan", "-f", "json")))["old"] == f"v1 ({c1[:12]})"
    # once it is tagged, it is the newest adopted version
    repo.git("tag", "v2", c2)
    doc = json.loads(ok(repo.kplan("diff", "plan", "-f", "json")))
    assert doc["old"] == f"v2 ({c2[:12]})"
    assert [(c["section"], c["id"], c["kind"]) for c in doc["changes"]] == [
        ("decisions", "vedtak-2026", "added"),
        ("actions", "tiltak-2", "changed"),
    ]
    assert repo.status() == " M plan/kplan.yaml\n" and before == repo.status()


def test_a_plan_never_adopted_says_so_and_a_missing_git_tag_is_an_error(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE)
    repo.commit("Plan")
    repo.git("tag", "v1")  # a tag exists, but no decision names it: never adopted
    result = repo.kplan("diff", "plan")
    assert result.returncode == 0 and result.stdout.startswith("Ingen vedtatt versjon ennå")
    # a decision whose tag does not exist is no better
    repo.write("plan/kplan.yaml", decided(BASE, ("vedtak-2025", "2025-06-19", "v9")))
    assert "git_tag" in fails(repo.kplan("diff", "plan"))


def test_default_rev_a_in_a_repository_without_commits_names_git_tag(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", decided(BASE, ("vedtak-2025", "2025-06-19", "v1")))
    message = fails(repo.kplan("diff", "plan"))
    assert "git_tag" in message
    assert "«HEAD»" not in message


# --- 3. branches and merges -------------------------------------------------------------------


def test_branch_merge_diff_and_log(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", decided(BASE, ("vedtak-2025", "2025-06-19", "v2025")))
    c1 = repo.commit("Planen vedtatt")
    repo.git("tag", "-a", "-m", "Vedtatt i kommunestyret", "v2025")
    repo.write("README.md", "Kompetanseplanen.\n")
    repo.commit("Readme")  # does not touch the plan: not in its log
    repo.git("checkout", "-q", "-b", "endring")
    repo.edit("plan/kplan.yaml", "title: Ekstern utlysning", "title: Ekstern utlysning i avis")
    c3 = repo.commit("Ny tittel på tiltaket")
    repo.git("checkout", "-q", "main")
    m1 = repo.merge("endring", "Merge branch 'endring'")
    assert len(repo.git("rev-list", "--parents", "-n1", m1).split()) == 3  # a real merge

    diff, log = repo.many(("diff", "main~1", "main", "plan", "-f", "json"), ("log", "plan"))
    doc = json.loads(ok(diff))
    assert doc["old"].startswith("main~1 (") and doc["new"] == f"main ({m1[:12]})"
    assert doc["changes"] == [
        {
            "section": "actions",
            "id": "tiltak-1",
            "kind": "changed",
            "title": "Ekstern utlysning i avis",
            "fields": [
                {
                    "field": "title",
                    "label": "Tittel",
                    "old": "Ekstern utlysning",
                    "new": "Ekstern utlysning i avis",
                }
            ],
        }
    ]
    assert doc["figures"] == []

    # the merge changed nothing against the branch, so git's history follows the branch
    assert ok(log) == (
        f"{c3[:12]} 2025-01-03 Ny tittel på tiltaket\n"
        "    1 tiltak endret\n"
        f"{c1[:12]} 2025-01-01 [v2025] Planen vedtatt\n"
        "    vedtatt: Kommunestyret, K-sak 40/25, 19. juni 2025\n"
        "    første versjon\n"
    )

    # changes on both sides: the merge itself is a version, compared with its first parent
    repo.git("checkout", "-q", "-b", "side")
    repo.edit("plan/kplan.yaml", "text: Flere sykepleiere", "text: Flere sykepleiere og leger")
    s = repo.commit("Behov endret")
    repo.git("checkout", "-q", "main")
    repo.edit("plan/kplan.yaml", "method: Brukerundersøkelse", "method: Spørreundersøkelse")
    d = repo.commit("Evaluering endret")
    m2 = repo.merge("side", "Merge branch 'side'")
    log, text, as_json, two = repo.many(
        ("log", "plan"),
        ("diff", "main~1", "main", "plan"),
        ("log", "plan", "-f", "json"),
        ("log", "-n", "2", "plan", "-f", "json"),
    )
    assert ok(log) == (
        f"{m2[:12]} 2025-01-07 Merge branch 'side'\n"
        "    1 behov endret\n"
        f"{d[:12]} 2025-01-06 Evaluering endret\n"
        "    1 tiltak endret\n"
        f"{s[:12]} 2025-01-05 Behov endret\n"
        "    1 behov endret\n"
        f"{c3[:12]} 2025-01-03 Ny tittel på tiltaket\n"
        "    1 tiltak endret\n"
        f"{c1[:12]} 2025-01-01 [v2025] Planen vedtatt\n"
        "    vedtatt: Kommunestyret, K-sak 40/25, 19. juni 2025\n"
        "    første versjon\n"
    )
    text = ok(text)
    assert "~ behov behov-1: Flere sykepleiere og leger\n" in text
    assert "tiltak" not in text

    entries = json.loads(ok(as_json))
    assert [e["commit"] for e in entries] == [m2, d, s, c3, c1]
    assert entries[-1]["tags"] == ["v2025"]
    assert entries[-1]["adopted_by"] == ["Kommunestyret, K-sak 40/25, 2025-06-19"]
    assert entries[0]["adopted_by"] == [] and entries[0]["summary"] == "1 behov endret"
    assert [e["commit"] for e in json.loads(ok(two))] == [m2, d]


# --- 4. shallow clones ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shallow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone with only the newest of three commits (as CI makes); v1 tags the first.
    Built once: the tests only read it."""
    tmp_path = tmp_path_factory.mktemp("shallow")
    repo = Repo(tmp_path / "origin")
    repo.write("plan/kplan.yaml", decided(BASE, ("vedtak-2025", "2025-06-19", "v1")))
    repo.commit("Vedtatt")
    repo.git("tag", "v1")
    repo.edit("plan/kplan.yaml", "cost: {amount: 100000}", "cost: {amount: 110000}")
    repo.commit("Kostnad")
    repo.edit("plan/kplan.yaml", "title: Ekstern utlysning", "title: Ekstern utlysning i avis")
    repo.commit("Tittel")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", (repo.root).as_uri(), str(clone))
    assert git(clone, "rev-parse", "--is-shallow-repository").strip() == "true"
    return clone


def test_shallow_clone_says_to_fetch_the_history(shallow: Path) -> None:
    calls = [
        ("diff", "HEAD~1", "HEAD", "plan"),
        ("diff", "v1", "plan"),
        ("validate", "--at", "HEAD~1", "plan"),
        ("diff", "HEAD", "plan"),
    ]
    *results, head = many(shallow, *calls)
    for args, result in zip(calls, results, strict=False):
        message = fails(result)
        assert "grunn klone (shallow clone)" in message, args
        assert "hent hele historikken" in message and "git fetch --unshallow" in message
    # what the clone has still works
    assert ok(head).startswith("Endringer fra HEAD (")


def test_shallow_clone_default_rev_a_says_shallow(shallow: Path) -> None:
    message = fails(run("diff", "plan", cwd=shallow))
    assert "shallow" in message


def test_shallow_clone_log_does_not_claim_a_first_version(shallow: Path) -> None:
    out = ok(run("log", "plan", cwd=shallow))
    assert "første versjon" not in out


# --- 5. renamed and moved plan files ----------------------------------------------------------


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Repo, dict[str, str]]:
    """v1: plans/old with parts/actions.yaml; v2: the part renamed (git mv) and edited;
    HEAD: the plan directory moved to kommuner/ny (plans/ is gone from the working tree).
    Built once: a test that checks out another revision works on a copy (`Repo.copy`)."""
    tmp_path = tmp_path_factory.mktemp("moved")
    repo = Repo(tmp_path / "repo")
    head, part = split_plan(BASE, "parts/*.yaml")
    repo.write("plans/old/kplan.yaml", head)
    repo.write("plans/old/parts/actions.yaml", part)
    revs = {"v1": repo.commit("Plan i to filer")}
    repo.git("tag", "v1")
    repo.git("mv", "plans/old/parts/actions.yaml", "plans/old/parts/tiltak.yaml")
    repo.edit("plans/old/parts/tiltak.yaml", "title: Kurs i veiledning", "title: Kurs i coaching")
    revs["v2"] = repo.commit("Delfil omdøpt")
    repo.git("tag", "v2")
    assert "rename" in repo.git("show", "--stat", "-M", "--summary", "v2")
    (repo.root / "kommuner").mkdir()
    repo.git("mv", "plans/old", "kommuner/ny")
    (repo.root / "plans").rmdir()  # git mv leaves the emptied parent behind
    revs["v3"] = repo.commit("Planen flyttet")
    assert not (repo.root / "plans").exists()
    return repo, revs


def test_at_reads_the_old_layout(moved: tuple[Repo, dict[str, str]]) -> None:
    repo, revs = moved
    old, md1, md2, new_at_v1, new = repo.many(
        ("validate", "--at", "v1", "plans/old"),
        ("render", "--at", "v1", "plans/old", "-f", "md"),
        ("render", "--at", "v2", "plans/old/kplan.yaml", "-f", "md"),
        ("validate", "--at", "v1", "kommuner/ny"),
        ("validate", "kommuner/ny"),
    )
    label = f"v1 ({revs['v1'][:12]})"
    assert ok(old) == f"0 feil og 0 advarsler i 1 plan (2 filer) i versjon {label}.\n"
    assert "Kurs i veiledning" in ok(md1) and "coaching" not in md1.stdout
    assert "Kurs i coaching" in ok(md2)
    # the new layout is not there at v1
    assert new_at_v1.returncode == 2, new_at_v1.stdout + new_at_v1.stderr
    # the words are the catalogue's (tests/test_catalogue.py); here: the code, where and when
    assert "kommuner/ny:0:0: K001 feil: " in new_at_v1.stdout and f" {label}." in new_at_v1.stdout
    assert ok(new).endswith("(2 filer).\n")


def test_diff_across_a_renamed_part_file(
    moved: tuple[Repo, dict[str, str]], tmp_path: Path
) -> None:
    repo, revs = moved
    expected = [
        (
            "tiltak-2",
            "changed",
            [
                {
                    "field": "title",
                    "label": "Tittel",
                    "old": "Kurs i veiledning",
                    "new": "Kurs i coaching",
                }
            ],
        )
    ]
    # after the move, naming the plan by its kplan.yaml, which exists in both revisions
    doc = json.loads(ok(repo.kplan("diff", "v1", "v2", "plans/old/kplan.yaml", "-f", "json")))
    assert [(c["id"], c["kind"], c["fields"]) for c in doc["changes"]] == expected
    assert doc["problems"] == []
    # with the plan directory in the working tree (v2 checked out), by the directory
    repo = repo.copy(tmp_path / "copy")
    repo.git("checkout", "-q", "v2")
    doc = json.loads(ok(repo.kplan("diff", "v1", "v2", "plans/old", "-f", "json")))
    assert [(c["id"], c["kind"], c["fields"]) for c in doc["changes"]] == expected
    assert doc["problems"] == []
    assert (doc["old"], doc["new"]) == (f"v1 ({revs['v1'][:12]})", f"v2 ({revs['v2'][:12]})")


def test_diff_where_the_plan_is_missing_at_one_revision(
    moved: tuple[Repo, dict[str, str]],
) -> None:
    repo, revs = moved
    # kommuner/ny did not exist at v2: everything is new, and the output says why
    result = repo.kplan("diff", "v2", "HEAD", "kommuner/ny")
    out = ok(result)
    assert "Traceback" not in result.stderr
    label = f"v2 ({revs['v2'][:12]})"
    assert f"Merk: {label}: planen kunne ikke leses.\n" in out
    assert "K001 " in out and f" {label}.)\n" in out
    assert "+ tiltak tiltak-1: Ekstern utlysning\n" in out
    assert "fjernet" not in out.replace("0 fjernet", "")
    assert "Netto kostnad" not in out  # no figures against a plan that could not be read
    # plans/old/kplan.yaml is gone at HEAD: everything is removed, and the output says so
    doc = json.loads(ok(repo.kplan("diff", "v2", "HEAD", "plans/old/kplan.yaml", "-f", "json")))
    assert doc["problems"][-1] == f"HEAD ({revs['v3'][:12]}): planen kunne ikke leses."
    assert {c["kind"] for c in doc["changes"]} == {"removed"}
    assert doc["figures"] == []


def test_diff_of_a_plan_directory_that_exists_only_in_history(
    moved: tuple[Repo, dict[str, str]],
) -> None:
    repo, _ = moved
    doc = json.loads(ok(repo.kplan("diff", "v1", "v2", "plans/old", "-f", "json")))
    assert [(c["id"], c["kind"]) for c in doc["changes"]] == [("tiltak-2", "changed")]


def test_render_at_stamps_a_plan_directory_gone_from_disk(
    moved: tuple[Repo, dict[str, str]],
) -> None:
    repo, revs = moved
    md = ok(repo.kplan("render", "--at", "v1", "plans/old", "-f", "md"))
    assert f"git {revs['v1'][:12]}, {nb_date(1)}" in md


# --- 6. names with æøå ------------------------------------------------------------------------

PLAN_DIR = "planer/øyer"
PART = "tiltak/helse og omsorg.yaml"


def test_names_with_norwegian_letters_are_printed_as_written(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    head, part = split_plan(BASE, "tiltak/*.yaml")
    repo.write(f"{PLAN_DIR}/kplan.yaml", head)
    # at v1, an unknown key in the part file leaves tiltak-2 out, with a message naming the file
    bad = replace_once(
        part, "    cost: {amount: 5000}\n", "    cost: {amount: 5000}\n    farge: blå\n"
    )
    repo.write(f"{PLAN_DIR}/{PART}", bad)
    c1 = repo.commit("Første utkast – ærlig og åpen")
    repo.git("tag", "v1")
    repo.write(
        f"{PLAN_DIR}/{PART}",
        replace_once(part, "title: Ekstern utlysning", "title: Ekstern utlysning på Østlandet"),
    )
    c2 = repo.commit("Tiltak for Ærøy og Åsnes")

    result, diff, log = repo.many(
        ("validate", "--at", "v1", PLAN_DIR), ("diff", "v1", "HEAD", PLAN_DIR), ("log", PLAN_DIR)
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith(f"{PLAN_DIR}/{PART}:")
    assert "K101 feil: " in result.stdout and "«farge»" in result.stdout
    assert "\\303" not in result.stdout and '"' not in result.stdout.split(":")[0]
    # from inside the plan directory
    result = repo.kplan("validate", "--at", "v1", cwd=repo.root / PLAN_DIR)
    assert result.returncode == 1 and result.stdout.startswith(f"{PART}:")

    out = ok(diff)
    # tiltak-2 could not be read at v1: it was not added since, and the note says so
    assert "tiltak-2" not in out.split("Merk:")[0]
    assert "    Tittel: Ekstern utlysning → Ekstern utlysning på Østlandet\n" in out
    line = bad.splitlines().index("    farge: blå") + 1
    merk = [ln for ln in out.splitlines() if ln.startswith("Merk:")]
    assert len(merk) == 1
    assert merk[0].startswith(
        f"Merk: v1 ({c1[:12]}): 1 feil i planen; deler med feil er utelatt (første: "
        f"{PLAN_DIR}/{PART}:{line}:5: K101 "
    )
    assert "«farge»" in merk[0]
    assert "\\303" not in out

    log = ok(log)
    assert log.splitlines()[0] == f"{c2[:12]} 2025-01-02 Tiltak for Ærøy og Åsnes"
    assert f"{c1[:12]} 2025-01-01 [v1] Første utkast – ærlig og åpen\n" in log
    assert "\\3" not in log


def test_log_from_inside_the_plan_directory(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE)
    repo.commit("Plan")
    repo.write("docs/README.md", "Dokumentasjon\n")
    repo.commit("Docs")
    log = ok(repo.kplan("log", "plan"))
    assert log.endswith(
        "    første versjon\nIngen versjon av planen er vedtatt ennå: ingen vedtak viser til en git-tag.\n"
    )
    assert ok(repo.kplan("log", cwd=repo.root / "plan")) == log
    assert ok(repo.kplan("log", "../plan", cwd=repo.root / "docs")) == log


# --- 7. revisions that do not exist, and hostile ones ----------------------------------------


HOSTILE = ("--output=x", "-n1", "HEAD;rm -rf x", "$(touch x)")


def test_revision_that_does_not_exist(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE)
    repo.commit("Plan")
    calls = [
        ("diff", "finnes-ikke", "plan"),
        ("diff", "HEAD", "finnes-ikke", "plan"),
        ("validate", "--at", "finnes-ikke", "plan"),
        ("status", "--at", "v9.9", "plan"),
    ]
    for args, result in zip(calls, repo.many(*calls), strict=True):
        message = fails(result)
        rev = args[args.index("plan") - 1]
        assert message == (
            f"kplan: Versjonen «{rev}» finnes ikke i dette repoet. Repoet har ingen tagger.\n"
        )
        assert result.stdout == ""


def test_hostile_revisions_are_never_options(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE)
    repo.commit("Plan")
    repo.edit("plan/kplan.yaml", "cost: {amount: 100000}", "cost: {amount: 100001}")
    repo.commit("Endret")
    repo.write("plan/utkast.txt", "ikke i git\n")  # untracked, to see that it is left alone
    repo.edit("plan/kplan.yaml", "Ekstern utlysning", "Ekstern utlysning (utkast)")
    status, files = repo.status(), snapshot(tmp_path)

    def expected_error(args: tuple[str, ...], code: int, stdout: str, stderr: str) -> None:
        assert code == 2, (args, stdout, stderr)
        assert stdout == "", args
        assert "Traceback" not in stderr, args
        rev = next(a.removeprefix("--at=") for a in args if a.removeprefix("--at=") in HOSTILE)
        if rev.startswith("-"):
            assert f"kplan: «{rev}» er ikke en versjon" in stderr, (args, stderr)
        else:
            assert f"kplan: Versjonen «{rev}» finnes ikke" in stderr, (args, stderr)

    # every command, every name: in-process, quick (git still runs for real)
    monkeypatch.chdir(repo.root)
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    for rev in HOSTILE:
        for args in (
            ("diff", "--", rev, "plan"),
            ("diff", "HEAD", "--", rev, "plan"),
            ("diff", "--", rev, "HEAD", "plan"),
            *((cmd, f"--at={rev}", "plan") for cmd in ("validate", "gap", "cost", "status")),
            ("render", f"--at={rev}", "plan", "-f", "md"),
            ("render", "--at", rev, "plan", "-o", "x"),  # the value of --at, never an option
        ):
            result = run_cli(*args)
            expected_error(args, result.exit_code, result.stdout, result.stderr)
    # and as a user runs them, in a real process
    calls = [
        ("diff", "--", "--output=x", "plan"),
        ("diff", "HEAD", "--", "-n1", "plan"),
        ("validate", "--at", "HEAD;rm -rf x", "plan"),
        ("render", "--at", "--output=x", "plan"),
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda args: kplan_process(*args, cwd=repo.root, **ENV), calls))
    for args, done in zip(calls, results, strict=True):
        expected_error(args, done.returncode, done.stdout, done.stderr)
    # outside `--`, such a name is an unknown option to kplan itself
    result = repo.kplan("diff", "--output=x", "plan")
    assert result.returncode == 2 and "--output" in result.stderr and result.stdout == ""

    assert not list(tmp_path.rglob("x"))
    assert repo.status() == status
    assert snapshot(tmp_path) == files


def test_hostile_git_tag_in_the_plan(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", decided(BASE, ("vedtak-2025", "2025-06-19", '"--output=x"')))
    repo.commit("Plan")
    files = snapshot(tmp_path)
    diff, log = repo.many(("diff", "plan"), ("log", "plan"))
    assert "git_tag" in fails(diff)
    assert "vedtatt:" not in ok(log)
    assert snapshot(tmp_path) == files and not list(tmp_path.rglob("x"))


# --- 8. a version with errors -----------------------------------------------------------------


def test_diff_of_a_version_with_errors_shows_what_it_can(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    head, part = split_plan(BASE, "deler/*.yaml")
    needs = "needs:\n  - {id: behov-2, text: Flere vernepleiere, type: læring, unit: kommunen}\n"
    repo.write("plan/kplan.yaml", head)
    repo.write("plan/deler/tiltak.yaml", part)
    repo.write("plan/deler/behov.yaml", needs)
    c1 = repo.commit("En")
    repo.git("tag", "v1")
    # HEAD: a YAML syntax error in one part file, a real change in another
    repo.write(
        "plan/deler/behov.yaml",
        needs + "  - {id: behov-3, text: Flere leger, type: anskaffelse, unit: kommunen\n",
    )
    repo.edit(
        "plan/deler/tiltak.yaml", "title: Ekstern utlysning", "title: Ekstern utlysning i avis"
    )
    c2 = repo.commit("To")

    text, as_json, md, log = repo.many(
        ("diff", "v1", "HEAD", "plan"),
        ("diff", "v1", "HEAD", "plan", "-f", "json"),
        ("diff", "v1", "HEAD", "plan", "-f", "md"),
        ("log", "plan"),
    )
    # the error's words are the catalogue's (tests/test_catalogue.py)
    assert ok(text).startswith(
        f"Endringer fra v1 ({c1[:12]}) til HEAD ({c2[:12]}):\n"
        "~ tiltak tiltak-1: Ekstern utlysning i avis\n"
        "    Tittel: Ekstern utlysning → Ekstern utlysning i avis\n"
        f"Merk: HEAD ({c2[:12]}): 1 feil i planen; deler med feil er utelatt (første: "
        "plan/deler/behov.yaml:4:1: K005 "
    )
    # behov-2 is in the part file HEAD could not read: not «removed» (issue 13 review)
    assert text.stdout.endswith(".)\n0 lagt til, 0 fjernet, 1 endret.\n")
    assert len(text.stdout.splitlines()) == 5
    # json and md say the same
    doc = json.loads(ok(as_json))
    assert len(doc["problems"]) == 1 and "plan/deler/behov.yaml:4:1: K005" in doc["problems"][0]
    assert "- HEAD (" in ok(md) and "plan/deler/behov.yaml:4:1: K005" in md.stdout
    # the log marks the version
    log = ok(log)
    assert "    1 tiltak endret (planen har feil i denne versjonen)\n" in log

    # the working tree: an unknown key in one part file; the valid items still diff
    repo.write(
        "plan/deler/behov.yaml",
        needs + "  - {id: behov-3, text: Flere leger, type: anskaffelse, unit: kommunen}\n"
        "farge: blå\n",
    )
    out = ok(repo.kplan("diff", "v1", "plan"))
    assert "+ behov behov-3: Flere leger\n" in out
    assert "~ tiltak tiltak-1: Ekstern utlysning i avis\n" in out
    merk = [ln for ln in out.splitlines() if ln.startswith("Merk:")]
    assert len(merk) == 1
    assert merk[0].startswith(
        "Merk: arbeidskopien: 1 feil i planen; deler med feil er utelatt (første: "
        "plan/deler/behov.yaml:4:1: K101 "
    )
    assert "«farge»" in merk[0]
    # an unknown key inside an item leaves that item out, and says so
    repo.write(
        "plan/deler/behov.yaml",
        needs
        + "  - {id: behov-3, text: Flere leger, type: anskaffelse, unit: kommunen, farge: blå}\n",
    )
    out = ok(repo.kplan("diff", "v1", "plan"))
    assert "behov-3" not in out.split("Merk:")[0]
    assert "Merk: arbeidskopien: 1 feil i planen" in out and "«farge»" in out


# --- 9. --at on validate, gap, cost, render and status --------------------------------------

GAP_PLAN = replace_once(
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
        "inventory:\n  - {unit: hjem, competence: sykepleier, date: 2025-01-01, persons: 4,"
        " fte: 3.6, illustrative: true}\n",
    ),
    "    strategy: rekruttere\n",
    "    strategy: rekruttere\n    unit: hjem\n    count: 2\n    status: planlagt\n"
    "    cost: {amount: 50000, per: deltaker, budget_year: 2026,"
    " funding: [{source: Kompetansemidler, amount: 30000}]}\n"
    "    effects: [{competence: sykepleier, count: 1, year: 2026}]\n",
)


def _at_repo(tmp_path: Path) -> tuple[Repo, str, str]:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", GAP_PLAN)
    c1 = repo.commit("Første")
    repo.git("tag", "v1")
    text = GAP_PLAN
    for old, new in (
        ("persons: 4,", "persons: 5,"),
        ("amount: 50000", "amount: 60000"),
        ("title: Ekstern utlysning", "title: Ekstern utlysning i fagblad"),
        ("status: planlagt", "status: pågår"),
    ):
        text = replace_once(text, old, new)
    repo.write("plan/kplan.yaml", text)
    c2 = repo.commit("Andre")
    # uncommitted: none of the --at runs may see it
    repo.edit("plan/kplan.yaml", "title: Ekstern utlysning i fagblad", "title: Utlysning på nett")
    repo.edit("plan/kplan.yaml", "persons: 5,", "persons: 1,")
    return repo, c1, c2


def test_at_reads_the_old_version_and_leaves_the_working_tree_alone(tmp_path: Path) -> None:
    repo, c1, c2 = _at_repo(tmp_path)
    status, files = repo.status(), snapshot(repo.root)
    assert status == " M plan/kplan.yaml\n"
    calls = {
        "validate": ("validate", "--at", "v1", "plan"),
        "gap v1": ("gap", "--at", "v1", "plan", "-f", "json"),
        "gap HEAD": ("gap", "--at", "HEAD", "plan", "-f", "json"),
        "gap c2": ("gap", f"--at={c2}", "plan", "-f", "json"),  # a full commit id
        "gap": ("gap", "plan", "-f", "json"),  # the working tree, for contrast
        "cost v1": ("cost", "--at", "v1", "plan", "-f", "json"),
        "cost main~1": ("cost", "--at", "main~1", "plan", "-f", "csv"),
        "render v1": ("render", "--at", "v1", "plan", "-f", "md"),
        "render HEAD": ("render", "--at", "HEAD", "plan", "-f", "md"),
        "render": ("render", "plan", "-f", "md"),
        "status v1": ("status", "--at", "v1", "plan", "--year", "2026", "-f", "json"),
        "status HEAD": ("status", "--at", "HEAD", "plan", "--year", "2026", "-f", "json"),
        "status v1 text": ("status", "--at", "v1", "plan", "--year", "2026"),
    }
    out = {name: ok(result) for name, result in zip(calls, repo.many(*calls.values()), strict=True)}

    assert out["validate"] == (
        f"0 feil og 0 advarsler i 1 plan (1 fil) i versjon v1 ({c1[:12]}).\n"
    )

    def available(name: str) -> list[float]:
        return [r["available"] for r in json.loads(out[name])["rows"]]

    assert available("gap v1") == [4, 4, 4, 4]
    assert available("gap HEAD") == available("gap c2") == [5, 5, 5, 5]
    assert available("gap") == [1, 1, 1, 1]

    cost = json.loads(out["cost v1"])
    assert [(r["year"], r["gross"], r["net"]) for r in cost["rows"]] == [(2026, 100000, 70000)]
    assert out["cost main~1"].splitlines()[1].startswith("2026,")
    assert ",100000.0,30000.0,70000.0," in out["cost main~1"]

    md = out["render v1"]
    assert "Ekstern utlysning" in md and "fagblad" not in md and "på nett" not in md
    assert f"git {c1[:12]}, {nb_date(1)}" in md
    assert "ikke er lagret i git" not in md  # the working tree is dirty, but v1 is not
    md = out["render HEAD"]
    assert "Ekstern utlysning i fagblad" in md and f"git {c2[:12]}, {nb_date(2)}" in md
    # without --at: the working tree, marked as holding uncommitted changes
    assert f"git {c2[:12]}, {nb_date(2)}, med endringer som ikke er lagret i git" in out["render"]
    # from inside the plan directory
    md = ok(repo.kplan("render", "--at", "v1", "-f", "md", cwd=repo.root / "plan"))
    assert f"git {c1[:12]}, {nb_date(1)}" in md

    doc = json.loads(out["status v1"])
    assert [(r["id"], r["title"], r["status"], r["planned"]) for r in doc["rows"]] == [
        ("tiltak-1", "Ekstern utlysning", "planlagt", 70000)
    ]
    doc = json.loads(out["status HEAD"])
    assert [(r["status"], r["planned"]) for r in doc["rows"]] == [("pågår", 90000)]
    # v1's title, however the status report lays it out
    assert "Ekstern utlysning" in out["status v1 text"] and "fagblad" not in out["status v1 text"]

    assert repo.status() == status
    assert snapshot(repo.root) == files


def test_at_with_an_invalid_old_version_exits_1(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", replace_once(BASE, "status: utkast", "status: vedtat"))
    repo.commit("Skrivefeil")
    repo.write("plan/kplan.yaml", BASE)
    repo.commit("Rettet")
    now, then, gap = repo.many(
        ("validate", "plan"), ("validate", "--at", "HEAD~1", "plan"), ("gap", "--at=HEAD~1", "plan")
    )
    assert ok(now).startswith("0 feil")
    assert then.returncode == 1 and "plan/kplan.yaml:6:11: K104 feil:" in then.stdout
    assert then.stdout.endswith(f"i versjon HEAD~1 ({repo.rev('HEAD~1')[:12]}).\n")
    # the old version's errors, on stderr, then why nothing else was done
    assert gap.returncode == 1 and gap.stdout == "" and "Traceback" not in gap.stderr
    assert gap.stderr.startswith("plan/kplan.yaml:6:11: K104 feil:")
    assert gap.stderr.endswith("(kplan validate).\n") and gap.stderr.count("\nkplan: ") == 1


# --- 10. no commits yet, and no repository ---------------------------------------------------


def test_log_before_the_first_commit(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE)
    log, as_json, at = repo.many(
        ("log", "plan"), ("log", "plan", "-f", "json"), ("validate", "--at", "HEAD", "plan")
    )
    assert ok(log) == "Ingen versjoner av planen i git ennå.\n"
    assert log.stderr == ""
    assert json.loads(ok(as_json)) == []
    assert fails(at) == ("kplan: Versjonen «HEAD» finnes ikke: repoet har ingen commits ennå.\n")
    # other files committed, the plan not yet
    repo.write("README.md", "Hei\n")
    repo.git("add", "README.md")
    repo.day += 1
    repo.git("commit", "-q", "-m", "Readme")
    log, at = repo.many(("log", "plan"), ("validate", "--at", "main~5", "plan"))
    assert ok(log) == "Ingen versjoner av planen i git ennå.\n"
    assert "«main~5» finnes ikke" in fails(at)


def test_outside_a_git_repository(tmp_path: Path) -> None:
    outside = tmp_path / "utenfor"
    outside.mkdir()
    probe = subprocess.run(
        ["git", "-C", str(outside), "rev-parse", "--show-toplevel"],
        capture_output=True,
        env={**os.environ, **ENV},
    )
    if probe.returncode == 0:
        pytest.skip("the temporary directory is itself inside a git repository")
    (outside / "plan").mkdir()
    (outside / "plan" / "kplan.yaml").write_text(BASE, encoding="utf-8")
    calls = [
        ("log", "plan"),
        ("diff", "v1", "plan"),
        ("diff", "plan"),
        ("validate", "--at", "v1", "plan"),
        ("render", "--at", "HEAD", "plan", "-f", "md"),
        ("validate", "plan"),
    ]
    *results, plain = many(outside, *calls)
    for args, result in zip(calls, results, strict=False):
        assert "ligger ikke i et git-repo" in fails(result), args
        assert result.stdout == ""
    # without git, the working tree is still read as always
    assert ok(plain).startswith("0 feil")
    assert sorted(p.name for p in outside.rglob("*")) == ["kplan.yaml", "plan"]


# --- 12. every section of the plan, in words (issue 13) ---------------------------------------

STEPS = (
    "steps:\n"
    "  - {number: 1, name: Organisering, status: ferdig}\n"
    "  - {number: 5, name: Kompetanseanalyse, deadline: 2025-03, status: pågår}\n"
)


def test_a_commit_that_only_moves_the_steps_is_news(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL + STEPS)
    repo.commit("Framdriftsplan")
    repo.edit(
        "plan/kplan.yaml",
        "deadline: 2025-03, status: pågår}",
        "deadline: 2025-03, done: 2025-02-27, status: ferdig}",
    )
    repo.commit("Steg 5 ferdig")
    text, md, log, log_json = repo.many(
        ("diff", "HEAD~1", "HEAD", "plan"),
        ("diff", "HEAD~1", "HEAD", "plan", "-f", "md"),
        ("log", "plan"),
        ("log", "plan", "-f", "json"),
    )
    assert json.loads(ok(log_json))[0]["changes"] == [
        {"kind": "changed", "section": "steps", "items": 1}
    ]
    assert ok(text).splitlines()[1:] == [
        "~ steg 5: Kompetanseanalyse",
        "    Gjennomført: – → 27. februar 2025",
        "    Status: pågår → ferdig",
        "0 lagt til, 0 fjernet, 1 endret.",
    ]
    assert "| steg | 5 | Status | pågår | ferdig |\n" in ok(md)
    # the log has news for a commit that only moved the progress plan
    assert ok(log).splitlines()[:2] == [
        f"{repo.rev('HEAD')[:12]} 2025-01-02 Steg 5 ferdig",
        "    1 steg endret",
    ]


def test_a_commit_that_only_changes_the_organisation(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Første versjon")
    repo.edit(
        "plan/kplan.yaml", "{role: HR-rådgiver, kind: rådgiver}", "{role: HR-leder, kind: leder}"
    )
    repo.edit("plan/kplan.yaml", "union: Fagforbundet}", "union: Delta}")
    repo.commit("Ny arbeidsgruppe")
    text, as_json, log = repo.many(
        ("diff", "HEAD~1", "HEAD", "plan"),
        ("diff", "HEAD~1", "HEAD", "plan", "-f", "json", "--lang", "en"),
        ("log", "plan"),
    )
    assert ok(text).splitlines()[1:] == [
        "~ organisering",
        "    Arbeidsgruppe › Medlemmer: fjernet: HR-rådgiver",
        "    Arbeidsgruppe › Medlemmer › Hovedtillitsvalgt › Fagforening: Fagforbundet → Delta",
        "    Arbeidsgruppe › Medlemmer: lagt til: HR-leder",
        "0 lagt til, 0 fjernet, 1 endret.",
    ]
    (change,) = json.loads(ok(as_json))["changes"]
    assert (change["section"], change["kind"]) == ("organisation", "changed")
    assert change["fields"][1] == {
        "field": "working_group.members[Hovedtillitsvalgt].union",
        "label": "Working group › Members › Hovedtillitsvalgt › Union",
        "old": "Fagforbundet",
        "new": "Delta",
    }
    assert ok(log).splitlines()[1] == "    organisering endret"


LONG_TEXT = (
    "Planen er forankret i arbeidsgiverstrategien og i kommuneplanens samfunnsdel, og den er "
    "drøftet med hovedtillitsvalgte og hovedverneombud før behandling i administrasjonsutvalget."
)


def test_a_commit_that_only_changes_a_long_text(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    text = replace_once(MINIMAL, "[Forankret i arbeidsgiverstrategien.]", f"[{LONG_TEXT}]")
    repo.write("plan/kplan.yaml", text)
    repo.commit("Forankring")
    repo.edit("plan/kplan.yaml", "drøftet med", "drøftet og avtalt med")
    repo.commit("Forankring presisert")
    text, md, log = repo.many(
        ("diff", "HEAD~1", "HEAD", "plan"),
        ("diff", "HEAD~1", "HEAD", "plan", "-f", "md"),
        ("log", "plan"),
    )
    # the words that changed with four on each side, not the whole text twice
    assert ok(text).splitlines()[1:3] == [
        "~ forankring",
        "    Tekst: … og den er drøftet {+og avtalt+} med hovedtillitsvalgte og hovedverneombud …",
    ]
    assert (
        "| forankring |  | Tekst | … og den er drøftet med hovedtillitsvalgte og hovedverneombud … "
        "| … og den er drøftet **og avtalt** med hovedtillitsvalgte og hovedverneombud … |\n"
    ) in ok(md)
    assert ok(log).splitlines()[1] == "    forankring endret"


def test_a_default_written_out_and_then_removed_is_no_change(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Første versjon")
    repo.edit(
        "plan/kplan.yaml",
        "    strategy: rekruttere\n",
        "    strategy: rekruttere\n    status: planlagt\n",
    )
    repo.commit("Status skrevet ut")
    repo.edit("plan/kplan.yaml", "    status: planlagt\n", "")
    repo.commit("Status tatt bort")
    repo.edit(
        "plan/kplan.yaml",
        "    strategy: rekruttere\n",
        "    strategy: rekruttere\n    status: pågår\n",
    )
    repo.commit("Tiltaket er i gang")
    written, removed, started, log = repo.many(
        ("diff", "HEAD~3", "HEAD~2", "plan"),
        ("diff", "HEAD~2", "HEAD~1", "plan"),
        ("diff", "HEAD~1", "HEAD", "plan"),
        ("log", "plan"),
    )
    assert ok(written).splitlines()[1:] == [
        "  ingen endringer i planens innhold",
        "0 lagt til, 0 fjernet, 0 endret.",
    ]
    assert ok(removed).splitlines()[1:] == [
        "  ingen endringer i planens innhold",
        "0 lagt til, 0 fjernet, 0 endret.",
    ]
    # the old value is the default, not «–»
    assert "~ tiltak tiltak-1: Ekstern utlysning\n    Status: planlagt → pågår\n" in ok(started)
    assert [line for line in ok(log).splitlines() if line.startswith("    ")] == [
        "    1 tiltak endret",
        "    ingen endringer i planens innhold",
        "    ingen endringer i planens innhold",
        "    første versjon",
    ]


def test_part_files_renamed_with_norwegian_letters_change_no_content(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    head, part = split_plan(BASE, "deler/tiltak.yaml")
    repo.write("plan/kplan.yaml", head)
    repo.write("plan/deler/tiltak.yaml", part)
    repo.commit("To filer")
    repo.git("mv", "plan/deler", "plan/område")
    repo.git("mv", "plan/område/tiltak.yaml", "plan/område/tiltåk og økonomi.yaml")
    repo.edit("plan/kplan.yaml", '["deler/tiltak.yaml"]', '["område/tiltåk og økonomi.yaml"]')
    repo.commit("Omdøpt")
    repo.edit("plan/område/tiltåk og økonomi.yaml", "cost: {amount: 5000}", "cost: {amount: 7500}")
    repo.commit("Ny kostnad")
    renamed, edited, log = repo.many(
        ("diff", "HEAD~2", "HEAD~1", "plan"),
        ("diff", "HEAD~2", "HEAD", "plan"),
        ("log", "plan"),
    )
    assert ok(renamed).splitlines()[1:] == [
        "  ingen endringer i planens innhold",
        "0 lagt til, 0 fjernet, 0 endret.",
    ]
    assert "~ tiltak tiltak-2: Kurs i veiledning\n    Økonomi › Beløp: 5 000 kr → 7 500 kr\n" in ok(
        edited
    )
    assert [line for line in ok(log).splitlines() if line.startswith("    ")] == [
        "    1 tiltak endret",
        "    ingen endringer i planens innhold",
        "    første versjon",
    ]


def test_diff_of_a_path_that_holds_no_plan_is_an_error(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Første versjon")
    repo.git("tag", "v1")
    (repo.root / "tom").mkdir()
    mistyped, empty, file = repo.many(
        ("diff", "v1", "HEAD", "plna"),
        ("diff", "v1", "tom"),
        ("diff", "v1", "HEAD", "plan/kplan.yml"),
    )
    # not «no changes» with exit 0: a CI job must not pass on a typo
    assert "Det finnes ingen plan i «plna» i v1 (" in fails(mistyped)
    assert ") eller HEAD (" in mistyped.stderr and mistyped.stdout == ""
    assert "Det finnes ingen plan i «tom» i v1 (" in fails(empty)
    assert ") eller arbeidskopien: ingen kplan.yaml der." in empty.stderr
    assert "Det finnes ingen plan i «plan/kplan.yml»" in fails(file)
    english = repo.kplan("diff", "v1", "tom", "--lang", "en")
    assert "There is no plan at «tom» in v1 (" in fails(english)
    assert ") or the working tree: no kplan.yaml there." in english.stderr


def test_a_plan_at_the_repository_root_from_a_sub_directory(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("kplan.yaml", MINIMAL + STEPS)
    repo.commit("Første versjon")
    repo.git("tag", "v1")
    repo.edit(
        "kplan.yaml",
        "{number: 1, name: Organisering, status: ferdig}",
        "{number: 1, name: Organisering, status: pågår}",
    )
    (repo.root / "notater").mkdir()
    at_root, inside, log = (
        repo.kplan("diff", "v1"),
        repo.kplan("diff", "v1", "..", cwd=repo.root / "notater"),
        repo.kplan("log", "..", cwd=repo.root / "notater"),
    )
    assert ok(at_root).splitlines()[1:3] == ["~ steg 1: Organisering", "    Status: ferdig → pågår"]
    assert ok(inside) == at_root.stdout
    assert ok(log).splitlines()[1] == "    første versjon"
