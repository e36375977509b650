"""The rendered document says which version it is: «Vedtatt versjon (v2025)» when the plan equals
the version its decision adopted (by git tag), «... med endringer etter vedtak» when it does not,
nothing more than the adoption line's «Utkast» when no adopted version exists. The commit hash
stays in the small-print stamp. Real git repositories, kplan run through its entry point."""

from __future__ import annotations

from pathlib import Path

from helpers import GIT_ENV, MINIMAL, Repo, ok, replace_once, run_line

ADOPTED = replace_once(
    replace_once(MINIMAL, "status: utkast", "status: vedtatt"),
    "organisation:\n",
    "decisions:\n"
    "  - {id: vedtak-1, body: Kommunestyret, date: 2025-01-01, case_number: 12/25,"
    " kind: vedtak, summary: Planen vedtatt., git_tag: v2025}\n"
    "organisation:\n",
)
SAME = "Vedtatt versjon (v2025)"
CHANGED = "Vedtatt versjon v2025 med endringer etter vedtak"


def render(repo: Repo, *args: str) -> str:
    return ok(run_line("render", "plan", *args, cwd=repo.root, env=GIT_ENV))


def adopted_repo(tmp_path: Path, text: str = ADOPTED) -> Repo:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", text)
    repo.commit("Planen slik kommunestyret vedtok den")
    repo.git("tag", "v2025")
    return repo


def test_a_plan_equal_to_its_adopted_version_says_so(tmp_path: Path) -> None:
    repo = adopted_repo(tmp_path)
    md = render(repo, "--format", "md")
    assert SAME in md
    assert "endringer etter vedtak" not in md
    # under the adoption line, which it does not repeat
    assert md.index("Vedtatt i kommunestyret") < md.index(SAME)


def test_a_comment_is_no_change_after_adoption(tmp_path: Path) -> None:
    repo = adopted_repo(tmp_path)
    repo.edit("plan/kplan.yaml", "goals:\n", "# en kommentar endrer ikke planen\ngoals:\n")
    repo.commit("Kommentar")
    assert SAME in render(repo, "--format", "md")


def test_a_changed_plan_says_it_changed_after_adoption(tmp_path: Path) -> None:
    repo = adopted_repo(tmp_path)
    repo.edit("plan/kplan.yaml", "rett kompetanse", "rett og nok kompetanse")
    # uncommitted: the working tree is what is rendered
    md = render(repo, "--format", "md")
    assert CHANGED in md
    assert SAME not in md
    repo.commit("Nytt hovedmål")
    assert CHANGED in render(repo, "--format", "md")
    # the adopted revision itself renders as the adopted version
    assert SAME in render(repo, "--format", "md", "--at", "v2025")


def test_html_prints_the_version_line_under_the_adoption_line(tmp_path: Path) -> None:
    repo = adopted_repo(tmp_path)
    html = render(repo, "--format", "html")
    assert f'<p class="version">{SAME}</p>' in html
    assert html.index('class="adoption"') < html.index('class="version"')


def test_nynorsk_and_english(tmp_path: Path) -> None:
    repo = adopted_repo(tmp_path)
    assert "Vedteken versjon (v2025)" in render(repo, "--format", "md", "--lang", "nn")
    repo.edit("plan/kplan.yaml", "rett kompetanse", "rett og nok kompetanse")
    en = render(repo, "--format", "md", "--lang", "en")
    assert "Adopted version v2025 with changes made after adoption" in en


def test_a_tag_never_created_adopts_nothing_the_reader_can_see(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", ADOPTED)
    repo.commit("Vedtatt, men taggen ble aldri laget")
    md = render(repo, "--format", "md")
    assert "versjon" not in md.split("## ")[0].replace("Laget fra: versjon", "")
    assert "Vedtatt versjon" not in md


def test_a_draft_says_utkast_once_and_the_hash_only_in_the_stamp(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    commit = repo.commit("Utkast")
    md = render(repo, "--format", "md")
    head = md.split("## ")[0]
    assert head.count("Utkast") == 1
    assert "Vedtatt versjon" not in md
    # the hash is small print: in the stamp line only, never in a heading or the cover lines
    lines = [line for line in md.splitlines() if commit[:12] in line]
    assert len(lines) == 1
    assert lines[0].startswith("_") and not lines[0].startswith("#")


def test_the_newest_adopted_version_that_exists_is_named(tmp_path: Path) -> None:
    repo = adopted_repo(tmp_path)
    second = replace_once(
        repo.read("plan/kplan.yaml"),
        "organisation:\n",
        "  - {id: vedtak-2, body: Kommunestyret, date: 2025-06-01, case_number: 40/25,"
        " kind: vedtak, summary: Rullert., git_tag: v2025-2}\n"
        "organisation:\n",
    )
    repo.write("plan/kplan.yaml", second)
    repo.commit("Rullert")
    repo.git("tag", "v2025-2")
    md = render(repo, "--format", "md")
    assert "Vedtatt versjon (v2025-2)" in md
    # a later decision whose tag was never made does not hide the one that was
    third = replace_once(
        second,
        "organisation:\n",
        "  - {id: vedtak-3, body: Kommunestyret, date: 2025-09-01, case_number: 50/25,"
        " kind: vedtak, summary: Igjen., git_tag: v2025-3}\n"
        "organisation:\n",
    )
    repo.write("plan/kplan.yaml", third)
    md = render(repo, "--format", "md")
    # the plan now holds one more decision than v2025-2 did: it changed after adoption
    assert "Vedtatt versjon v2025-2 med endringer etter vedtak" in md
