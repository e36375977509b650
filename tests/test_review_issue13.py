"""Issue 13 reviewed as a new user walks through it: a small kommune's year in git, read as a
saksframlegg writer reads it. Each test is one finding of the walk-through, in real
repositories (tests/helpers.Repo), run through kplan's entry point."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from helpers import MINIMAL, Repo, fails, ok, replace_once

DECIDED = replace_once(
    MINIMAL,
    "organisation:\n",
    "decisions:\n"
    "  - {id: vedtak-2025, body: Kommunestyret, date: 2025-06-19, case_number: K-sak 45/25,"
    " summary: Planen vedtatt., git_tag: v2025}\n"
    "organisation:\n",
)

COSTED = replace_once(
    MINIMAL,
    "    title: Ekstern utlysning\n",
    "    title: Ekstern utlysning\n    cost: {amount: 100000, budget_year: 2025}\n",
)


# --- a path that holds no plan ------------------------------------------------------------------


def test_diff_and_log_where_there_is_no_plan_say_so_with_exit_2(tmp_path: Path) -> None:
    """From the repository root (the plan is in plan/) or a folder inside the plan, there is no
    kplan.yaml: not «no adopted version yet» with exit 0, nor a log of «versions with errors»."""
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.write("plan/deler/notat.md", "notat\n")
    repo.commit("Første versjon")
    for cwd in (repo.root, repo.root / "plan" / "deler"):
        diff, log = repo.kplan("diff", cwd=cwd), repo.kplan("log", cwd=cwd)
        assert "Det finnes ingen plan i «.»" in fails(diff) and diff.stdout == ""
        assert "Det finnes ingen plan i «.»" in fails(log) and log.stdout == ""
    # the plan's own folder still works, never adopted or not
    assert ok(repo.kplan("diff", cwd=repo.root / "plan")).startswith("Ingen vedtatt versjon")


# --- a plan never adopted -----------------------------------------------------------------------


def test_never_adopted_is_said_in_words_without_yaml(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Første versjon")
    said = {lang: ok(repo.kplan("diff", "plan", "--lang", lang)) for lang in ("nb", "nn", "en")}
    for text in said.values():
        assert "decisions:" not in text and "git_tag" not in text and "..." not in text
    assert said["nb"] == (
        "Ingen vedtatt versjon ennå: ingen vedtak i planen viser til en git-tag for teksten som "
        "ble vedtatt, så det er ingenting å sammenligne med.\n"
    )
    assert said["nn"].startswith("Ingen vedteken versjon enno: ingen vedtak i planen viser til")
    assert said["en"].startswith("No adopted version yet: no decision in the plan names a git tag")
    note = json.loads(ok(repo.kplan("diff", "plan", "-f", "json")))["note"]
    assert note == said["nb"].strip()


def test_log_of_a_plan_never_adopted_says_so_at_the_end(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Første versjon")
    lines = ok(repo.kplan("log", "plan")).splitlines()
    assert lines[1:] == [
        "    første versjon",
        "Ingen versjon av planen er vedtatt ennå: ingen vedtak viser til en git-tag.",
    ]
    en = ok(repo.kplan("log", "plan", "--lang", "en")).splitlines()
    assert en[-1] == "No version of the plan has been adopted yet: no decision names a git tag."
    # json stays a list of versions, for the tools that read it
    assert [e["summary"] for e in json.loads(ok(repo.kplan("log", "plan", "-f", "json")))] == [
        "første versjon"
    ]


def test_log_names_an_adopting_decision_whose_tag_is_missing(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", DECIDED)
    repo.commit("Vedtatt")  # the tag v2025 is never created
    lines = ok(repo.kplan("log", "plan")).splitlines()
    assert lines[-1] == (
        "Vedtaket vedtak-2025 viser til git-taggen «v2025», som ikke finnes i dette repoet."
    )


# --- kplan log's words --------------------------------------------------------------------------


def test_log_words_the_adopting_decision_with_a_date_in_words(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", DECIDED)
    repo.commit("Vedtatt")
    repo.git("tag", "v2025")
    nb, en = ok(repo.kplan("log", "plan")), ok(repo.kplan("log", "plan", "--lang", "en"))
    assert "    vedtatt: Kommunestyret, K-sak 45/25, 19. juni 2025\n" in nb
    assert "    adopted: Kommunestyret, K-sak 45/25, 19 June 2025\n" in en
    assert "2025-06-19" not in nb + en
    # nothing to say about adoption once it is found
    assert "Ingen versjon" not in nb and "git-taggen" not in nb
    # json keeps the date as the plan writes it, for tools
    assert json.loads(ok(repo.kplan("log", "plan", "-f", "json")))[0]["adopted_by"] == [
        "Kommunestyret, K-sak 45/25, 2025-06-19"
    ]


def test_log_counts_are_plural_where_the_language_wants_it(tmp_path: Path) -> None:
    """«2 step changed» is not English, nor «2 enhet lagt til» Norwegian."""
    repo = Repo(tmp_path / "repo")
    steps = (
        "steps:\n"
        "  - {number: 1, name: Organisering, status: ferdig}\n"
        "  - {number: 5, name: Kompetanseanalyse, status: pågår}\n"
    )
    repo.write("plan/kplan.yaml", MINIMAL + steps)
    repo.commit("Første versjon")
    text = replace_once(
        repo.read("plan/kplan.yaml"),
        "Organisering, status: ferdig}",
        "Organisering, status: pågår}",
    )
    text = replace_once(
        text, "Kompetanseanalyse, status: pågår}", "Kompetanseanalyse, status: ferdig}"
    )
    text = replace_once(
        text,
        "  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
        "  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
        "  - {id: skole, name: Testvik skole, level: enhet, parent: kommunen}\n"
        "  - {id: bhg, name: Testvik barnehage, level: enhet, parent: kommunen}\n",
    )
    repo.write("plan/kplan.yaml", text)
    repo.commit("Steg og enheter")
    nb = ok(repo.kplan("log", "plan")).splitlines()[1]
    nn = ok(repo.kplan("log", "plan", "--lang", "nn")).splitlines()[1]
    en = ok(repo.kplan("log", "plan", "--lang", "en")).splitlines()[1]
    assert nb == "    2 enheter lagt til, 2 steg endret"
    assert nn == "    2 einingar lagt til, 2 steg endra"
    assert en == "    2 units added, 2 steps changed"


# --- kplan diff's figures -----------------------------------------------------------------------


def test_diff_cost_figures_are_kroner_with_the_strategy_in_the_language(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", COSTED)
    repo.commit("Første versjon")
    repo.git("tag", "v1")
    repo.edit("plan/kplan.yaml", "amount: 100000", "amount: 75000")
    nb = ok(repo.kplan("diff", "v1", "plan"))
    en = ok(repo.kplan("diff", "v1", "plan", "--lang", "en"))
    md = ok(repo.kplan("diff", "v1", "plan", "-f", "md")).replace("\xa0", " ")
    # tiltak-1's strategy rekruttere is the KS strategy anskaffe; 75 000 - 100 000 = -25 000
    assert "    2025 / anskaffe: 100 000 kr → 75 000 kr (−25 000 kr)\n" in nb
    assert "    2025 / acquire: 100 000 kr → 75 000 kr (−25 000 kr)\n" in en
    assert "| 2025 / anskaffe | 100 000 kr | 75 000 kr | −25 000 kr |\n" in md


def test_diff_cost_increase_is_signed_in_md(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", COSTED)
    repo.commit("Første versjon")
    repo.git("tag", "v1")
    repo.edit("plan/kplan.yaml", "amount: 100000", "amount: 125000")
    md = ok(repo.kplan("diff", "v1", "plan", "-f", "md", "--lang", "nn")).replace("\xa0", " ")
    # 125 000 - 100 000 = +25 000; nynorsk: «skaffe»
    assert "| 2025 / skaffe | 100 000 kr | 125 000 kr | +25 000 kr |\n" in md


# --- K506 in a shallow clone --------------------------------------------------------------------


def test_k506_in_a_shallow_clone_says_to_fetch_the_tags(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", DECIDED)
    repo.commit("Vedtatt")
    repo.git("tag", "v2025")
    repo.edit("plan/kplan.yaml", "Ekstern utlysning", "Ekstern utlysning i 2026")
    repo.commit("Endret etter vedtak")
    clone = tmp_path / "ci"
    # as actions/checkout does by default: one commit, no tags
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--no-tags", repo.root.as_uri(), str(clone)],
        check=True,
        capture_output=True,
    )
    shallow = Repo(clone, init=False).kplan("validate", "plan")
    assert "K506" in shallow.stdout, shallow
    assert "git fetch --tags" in shallow.stdout and "fetch-depth: 0" in shallow.stdout, shallow
    # in the full repository with the tag missing, no word about shallow clones
    repo.git("tag", "-d", "v2025")
    full = repo.kplan("validate", "plan")
    assert "K506" in full.stdout and "fetch-depth" not in full.stdout, full


# --- status: a late step's deadline in words ------------------------------------------------------


def test_status_text_names_a_late_steps_deadline_in_words(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    steps = (
        "steps:\n  - {number: 5, name: Kompetanseanalyse, deadline: 2025-03-31, status: pågår}\n"
    )
    repo.write("plan/kplan.yaml", MINIMAL + steps)
    text = ok(repo.kplan("status", "plan", "--year", "2025"))
    assert "Steg 5 Kompetanseanalyse: frist 31. mars 2025, status pågår." in text
    en = ok(repo.kplan("status", "plan", "--year", "2025", "--lang", "en"))
    assert "deadline 31 March 2025, status in progress." in en


def test_log_names_a_few_missing_tags_and_counts_them_all(tmp_path: Path) -> None:
    decisions = "".join(
        f"  - {{id: v{i}, body: Kommunestyret, date: 2025-01-0{i + 1}, git_tag: t{i}}}\n"
        for i in range(7)
    )
    repo = Repo(tmp_path / "repo")
    repo.write(
        "plan/kplan.yaml",
        replace_once(MINIMAL, "organisation:\n", "decisions:\n" + decisions + "organisation:\n"),
    )
    repo.commit("Vedtatt sju ganger")
    lines = ok(repo.kplan("log", "plan")).splitlines()
    # seven missing, the first five by name (oldest decision first)
    assert lines[-1] == (
        "7 vedtak viser til git-tagger som ikke finnes i dette repoet: "
        "«t0», «t1», «t2», «t3», «t4» og 2 til."
    )


# --- a version that cannot be read, a plan removed ----------------------------------------------


def _broken_history(tmp_path: Path) -> Repo:
    """Five versions: the plan, kplan.yaml broken (YAML that does not parse), kplan.yaml
    removed, the plan back, then a binary file beside it."""
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Første versjon")
    repo.git("tag", "v1")
    repo.write("plan/kplan.yaml", "plan: [\n  ødelagt\n")
    repo.commit("Ødelagt")
    (repo.root / "plan" / "kplan.yaml").unlink()
    repo.commit("Slettet")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("Tilbake")
    (repo.root / "plan" / "logo.png").write_bytes(bytes(range(256)) * 20)
    repo.commit("Logo")
    return repo


def test_diff_with_a_version_that_does_not_parse_lists_nothing_as_added(tmp_path: Path) -> None:
    """A kplan.yaml that does not parse is not a plan with every item removed: «74 fjernet»
    would be a wrong statement for the saksframlegg. kplan says it cannot compare (exit 2)."""
    repo = _broken_history(tmp_path)
    for args in (("diff", "v1", "HEAD~3", "plan"), ("diff", "HEAD~3", "HEAD", "plan")):
        result = repo.kplan(*args)
        message = fails(result)
        assert result.stdout == ""
        assert "HEAD~3 (" in message and "kunne planen i «plan» ikke leses" in message, result
        assert "kplan validate --at HEAD~3 plan" in message
    # the working tree broken: the same, named as the working tree
    repo.write("plan/kplan.yaml", "plan: [\n")
    assert "I arbeidskopien kunne planen" in fails(repo.kplan("diff", "v1", "plan"))
    # a plan missing at one version (never there, or removed) is still «all new» or «all gone»:
    # that is what happened
    gone = ok(repo.kplan("diff", "v1", "HEAD~2", "plan"))
    assert "- mål hovedmal: Kommunen har rett kompetanse.\n" in gone


def test_log_through_a_broken_and_a_removed_plan(tmp_path: Path) -> None:
    repo = _broken_history(tmp_path)
    lines = ok(repo.kplan("log", "plan")).splitlines()
    summaries = [line.strip() for line in lines if line.startswith("    ")]
    assert summaries == [
        "ingen endringer i planens innhold",  # a binary file beside the plan
        "planen lagt til igjen",  # after it was removed
        "kplan.yaml fjernet",
        "planen kunne ikke leses i denne versjonen",
        "første versjon",
    ]
    en = ok(repo.kplan("log", "plan", "--lang", "en")).splitlines()
    assert "    the plan could not be read in this version" in en
    assert "    kplan.yaml removed" in en and "    the plan added again" in en
    # a version after one that could not be read is not compared with it
    repo2 = Repo(tmp_path / "repo2")
    repo2.write("plan/kplan.yaml", MINIMAL)
    repo2.commit("En")
    repo2.write("plan/kplan.yaml", "plan: [\n")
    repo2.commit("Ødelagt")
    repo2.write("plan/kplan.yaml", replace_once(MINIMAL, "Ekstern utlysning", "Annonse"))
    repo2.commit("Rettet")
    first = ok(repo2.kplan("log", "plan")).splitlines()[1]
    assert first == "    ikke sammenlignet: forrige versjon kunne ikke leses"


# --- items a version could not read are not «removed» --------------------------------------------

PART_NEEDS = (
    "needs:\n"
    "  - {id: behov-2, text: Flere vernepleiere, type: læring, unit: kommunen}\n"
    "  - {id: behov-3, text: Flere leger, type: anskaffelse, unit: kommunen}\n"
)


def test_items_a_version_could_not_read_are_not_claimed_removed_or_added(tmp_path: Path) -> None:
    """behov.yaml breaks (a YAML syntax error) and behov-2 gets a key the model does not know:
    neither was removed, they could not be read. The note says parts were left out; the list
    must not say «fjernet»."""
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", 'include: ["deler/*.yaml"]\n' + MINIMAL)
    repo.write("plan/deler/behov.yaml", PART_NEEDS)
    repo.write(
        "plan/deler/tiltak.yaml",
        "actions:\n  - {id: tiltak-9, title: Kurs, needs: [behov-1], strategy: utvikle}\n",
    )
    repo.commit("En")
    repo.git("tag", "v1")
    # a syntax error in behov.yaml; an unknown key in tiltak-9; a real removal of tiltak-1
    repo.write("plan/deler/behov.yaml", PART_NEEDS + "  - {id: behov-4\n")
    repo.edit("plan/deler/tiltak.yaml", "strategy: utvikle}", "strategy: utvikle, farge: blå}")
    text = repo.read("plan/kplan.yaml")
    start = text.index("  - id: tiltak-1\n")
    end = text.index("evaluation:\n  text")
    repo.write("plan/kplan.yaml", text[:start] + text[end:].replace("actions:\n", ""))
    repo.commit("To")
    out = ok(repo.kplan("diff", "v1", "HEAD", "plan"))
    assert "- tiltak tiltak-1: Ekstern utlysning\n" in out  # really removed
    assert "behov-2" not in out and "behov-3" not in out and "tiltak-9" not in out, out
    assert out.endswith("0 lagt til, 1 fjernet, 0 endret.\n"), out
    assert out.count("Merk: HEAD (") == 1
    # the other way round: not «added» either
    back = ok(repo.kplan("diff", "HEAD", "v1", "plan"))
    assert "behov-2" not in back and "tiltak-9" not in back, back
    assert "+ tiltak tiltak-1: Ekstern utlysning\n" in back
    # the log counts the same
    assert "    1 tiltak fjernet (planen har feil i denne versjonen)\n" in ok(
        repo.kplan("log", "plan")
    )


def test_a_version_that_fixes_a_broken_file_is_not_no_change(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", 'include: ["deler/*.yaml"]\n' + MINIMAL)
    repo.write("plan/deler/behov.yaml", PART_NEEDS + "  - {id: behov-4\n")
    repo.commit("Ødelagt del")
    repo.git("tag", "v1")
    repo.write("plan/deler/behov.yaml", PART_NEEDS)
    repo.commit("Rettet")
    log = ok(repo.kplan("log", "plan")).splitlines()
    # the fix is not «ingen endringer i planens innhold»: v1 could not read behov.yaml
    assert log[1] == "    ingen endringer i det som kunne leses"
    # a real change beside the fix is counted, and the count says it is partial
    repo.edit("plan/kplan.yaml", "Ekstern utlysning", "Annonse")
    repo.write("plan/deler/behov.yaml", PART_NEEDS + "  - {id: behov-4\n")
    repo.commit("Ødelagt igjen")
    repo.edit("plan/kplan.yaml", "title: Annonse", "title: Annonse i avis")
    repo.write("plan/deler/behov.yaml", PART_NEEDS)
    repo.commit("Rettet igjen")
    log = ok(repo.kplan("log", "plan", "--lang", "en")).splitlines()
    assert log[1] == "    1 action changed (the previous version could not be read in full)"
    # «Rettet» (HEAD~2) against v1: nothing changed in what v1 could read
    diff = ok(repo.kplan("diff", "v1", "HEAD~2", "plan"))
    assert "  ingen endringer i det som kunne leses\n" in diff and "Merk: v1 (" in diff
    md = ok(repo.kplan("diff", "v1", "HEAD~2", "plan", "-f", "md"))
    assert "Ingen endringer i det som kunne leses." in md
