"""Exit codes CI can trust, and time travel: a missing revision lists the tags that exist, the
README's CI snippet runs on a plan never adopted, and `--at REV` means «as of REV's day».

Real git repositories (`helpers.Repo`: commit N is dated 2025-01-N), no mocks.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import BASE_PLAN, GIT_ENV, MINIMAL, ROOT, Repo, fails, ok, replace_once, run_line

STEP = "steps:\n  - {number: 1, deadline: 2025-01-03, status: pågår}\n"
"""A step due 2025-01-03 and not done: late from 2025-01-04 on."""


def tagged_repo(root: Path, tags: int) -> Repo:
    """A plan committed `tags` times, commit N tagged tNN (commit N is dated 2025-01-N)."""
    repo = Repo(root)
    for n in range(1, tags + 1):
        repo.write("plan/kplan.yaml", replace_once(MINIMAL, "Flere sykepleiere", f"Behov {n}"))
        repo.commit(f"Versjon {n}")
        repo.git("tag", f"t{n:02d}")
    return repo


# --- a revision that does not exist -----------------------------------------------------------


def test_missing_revision_lists_the_newest_ten_tags(tmp_path: Path) -> None:
    repo = tagged_repo(tmp_path / "repo", 12)
    # 12 tags, one a day: the ten newest are t12 down to t03; t02 and t01 are left to «…»
    listed = "Tagger her, nyeste først: t12, t11, t10, t09, t08, t07, t06, t05, t04, t03, …."
    calls = [
        ("diff", "nosuch", "plan"),
        ("diff", "t01", "nosuch", "plan"),
        ("validate", "--at", "nosuch", "plan"),
        ("status", "--at", "nosuch", "plan"),
        ("gap", "--at", "nosuch", "plan"),
    ]
    for args in calls:
        result = repo.kplan(*args)
        message = fails(result)  # exit 2, one kplan: line
        assert message == (
            "kplan: Versjonen «nosuch» finnes ikke i dette repoet. " + listed + "\n"
        ), result
        assert result.stdout == ""


def test_missing_revision_with_few_tags_and_with_none(tmp_path: Path) -> None:
    repo = tagged_repo(tmp_path / "repo", 2)
    assert fails(repo.kplan("diff", "v3", "plan")).endswith(
        "finnes ikke i dette repoet. Tagger her, nyeste først: t02, t01.\n"
    )
    bare = Repo(tmp_path / "bare")
    bare.write("plan/kplan.yaml", MINIMAL)
    bare.commit("Plan")
    assert fails(bare.kplan("validate", "--at", "v1", "plan")) == (
        "kplan: Versjonen «v1» finnes ikke i dette repoet. Repoet har ingen tagger.\n"
    )


# --- the README's CI snippet on a plan never adopted -------------------------------------------


def snippet() -> list[str]:
    """The `run:` lines of the README's GitHub Actions snippet that call kplan."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## In pre-commit and CI") :]
    section = section[: section.index("\n## ", 5)]
    lines = re.findall(r"^\s*- run: (kplan .*?)(?:\s+#.*)?$", section, re.M)
    assert len(lines) >= 3, lines
    return lines


def shell(repo: Repo, line: str) -> subprocess.CompletedProcess[str]:
    """One snippet line in a real shell, with the kplan this interpreter runs on the PATH."""
    scripts = Path(sys.executable).parent
    if not (scripts / "kplan").exists():
        pytest.skip("the kplan console script is not installed next to this interpreter")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_ENV)
    env["PATH"] = f"{scripts}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    return subprocess.run(
        ["bash", "-c", line], cwd=repo.root, env=env, capture_output=True, text=True, timeout=120
    )


def test_ci_snippet_runs_on_a_plan_never_adopted(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write(
        "kplan.yaml", BASE_PLAN
    )  # no decisions: never adopted; at the root, as init makes it
    repo.commit("Utkast")
    repo.git("tag", "utkast-1")  # a tag that no decision names changes nothing
    for line in snippet():
        done = shell(repo, line)
        assert "Traceback" not in done.stderr, (line, done.stderr)
        if line.startswith("kplan gap"):
            # exit 3 is the snippet's documented «a gap remains» (this plan has no inventory)
            assert done.returncode in (0, 3), (line, done.returncode, done.stderr)
        else:
            assert done.returncode == 0, (line, done.returncode, done.stderr)
    said = (repo.root / "endringer.md").read_text("utf-8")
    assert said.startswith("Ingen vedtatt versjon ennå: ingen vedtak i planen viser til en git-tag")
    assert (repo.root / "plan.html").stat().st_size > 1000


def test_diff_never_adopted_says_so_in_every_format(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE_PLAN)
    repo.commit("Utkast")
    assert ok(repo.kplan("diff", "plan", "--lang", "en")).startswith("No adopted version yet:")
    assert ok(repo.kplan("diff", "plan", "--lang", "nn")).startswith("Ingen vedteken versjon enno:")
    import json

    doc = json.loads(ok(repo.kplan("diff", "plan", "-f", "json")))
    assert (doc["old"], doc["adopted"], doc["changes"]) == (None, False, [])
    # from inside the plan folder, with no argument at all
    assert ok(repo.kplan("diff", cwd=repo.root / "plan")).startswith("Ingen vedtatt versjon")


def test_diff_adopted_with_a_tag_that_was_never_created_is_exit_2(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    text = replace_once(
        BASE_PLAN,
        "organisation:\n",
        "decisions:\n  - {id: vedtak, body: Kommunestyret, date: 2025-06-19,"
        " summary: Vedtatt., git_tag: v2025}\norganisation:\n",
    )
    repo.write("plan/kplan.yaml", text)
    repo.commit("Vedtatt")
    message = fails(repo.kplan("diff", "plan"))
    assert "git_tag som ikke finnes i dette repoet (v2025)" in message
    english = fails(repo.kplan("diff", "plan", "--lang", "en"))
    assert "git_tag that does not exist in this repository (v2025)" in english
    repo.git("tag", "v2025")
    assert "ingen endringer" in ok(repo.kplan("diff", "plan")).lower()


# --- time travel ------------------------------------------------------------------------------


def test_validate_at_judges_late_as_of_the_revisions_day(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL + STEP)
    early = repo.commit("Fremdriftsplan")  # 2025-01-01: the step (due 2025-01-03) is not late
    repo.day = 9
    repo.edit("plan/kplan.yaml", "Flere sykepleiere", "Flere sykepleiere og vernepleiere")
    late = repo.commit("Behov")  # 2025-01-10: the step is a week late
    assert "K503" not in ok(repo.kplan("validate", "--at", early, "plan"))
    assert "K503" not in ok(repo.kplan("validate", "--strict", "--at", early, "plan"))
    at_late = repo.kplan("validate", "--strict", "--at", late, "plan")
    assert at_late.returncode == 1 and "K503" in at_late.stdout, at_late
    # the working tree is judged as of today (after 2025-01-03): late
    assert "K503" in repo.kplan("validate", "plan").stdout


def test_status_at_follows_up_the_revisions_year(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE_PLAN)
    commit = repo.commit("Plan")  # dated 2025-01-01
    out = ok(repo.kplan("status", "--at", commit, "plan"))
    assert out.startswith("Oppfølging av kompetanseplanen 2025\n")
    # --year still wins over the revision's year
    assert ok(repo.kplan("status", "--at", commit, "--year", "2027", "plan")).startswith(
        "Oppfølging av kompetanseplanen 2027\n"
    )


@pytest.mark.parametrize("year", ["2024", "2029", "2031"])
def test_status_refuses_a_year_outside_the_plan_period(tmp_path: Path, year: str) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", BASE_PLAN)  # period 2025-2028
    repo.commit("Plan")
    for args in (("status", "--year", year, "plan"), ("status", "--at", "HEAD", "--year", year)):
        result = repo.kplan(*args) if "plan" in args else repo.kplan(*args, cwd=repo.root / "plan")
        assert fails(result) == f"kplan: --year {year}: planen gjelder 2025–2028.\n"
        assert result.stdout == ""
    # the ends of the period are inside it
    for inside in ("2025", "2028"):
        assert ok(repo.kplan("status", "--year", inside, "plan"))


# --- K506: a decision's git_tag the repository does not have -----------------------------------

DECIDED = replace_once(
    BASE_PLAN,
    "organisation:\n",
    "decisions:\n  - {id: vedtak, body: Kommunestyret, date: 2025-06-19,"
    " summary: Vedtatt., git_tag: v2025}\norganisation:\n",
)


def test_a_git_tag_that_was_never_created_is_a_warning(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", DECIDED)
    repo.commit("Vedtatt")
    result = repo.kplan("validate", "plan")
    assert result.returncode == 0, result  # a warning, not an error
    line = next(x for x in result.stdout.splitlines() if "K506" in x)
    # pointed at the decision's own line in the file (the line that holds «git_tag: v2025»)
    number = next(n for n, x in enumerate(DECIDED.splitlines(), 1) if "git_tag: v2025" in x)
    assert line.startswith(f"plan/kplan.yaml:{number}:"), line
    assert "K506 advarsel: Git-taggen «v2025» finnes ikke i dette repoet" in line
    assert repo.kplan("validate", "--strict", "plan").returncode == 1
    # also judged at a revision, against the repository
    assert "K506" in repo.kplan("validate", "--at", "HEAD", "plan").stdout
    # once tagged, no warning
    repo.git("tag", "v2025")
    assert "K506" not in ok(repo.kplan("validate", "--strict", "plan"))


def test_outside_git_a_git_tag_is_not_judged(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "kplan.yaml").write_text(DECIDED, "utf-8")
    result = ok(run_line("validate", "--strict", "plan", cwd=tmp_path, env=GIT_ENV))
    assert "K506" not in result and "0 advarsler" in result, result
