"""`kplan diff` and `kplan log` parse a file the versions share once, however many files the plan
has: the parses are kept for the run (the versions read one after another), not in the small
cache every command shares. Real repositories; the parses counted are those of the loader's
cache of parsed text, which every load goes through."""

from __future__ import annotations

import pytest
from helpers import BASE_PLAN, Repo

from kplan.analysis.versions import diff_revisions, plan_log
from kplan.read import yaml_loader
from kplan.read.git import Git
from kplan.read.sources import GitSource

PARTS = 70
"""More files than the shared cache holds (64)."""


def plan_of_many_files(repo: Repo) -> None:
    start, end = BASE_PLAN.index("needs:\n"), BASE_PLAN.index("actions:\n")
    repo.write(
        "plan/kplan.yaml", 'include: ["deler/*.yaml"]\n' + BASE_PLAN[:start] + BASE_PLAN[end:]
    )
    for n in range(PARTS):
        repo.write(
            f"plan/deler/behov{n:03d}.yaml",
            f"needs:\n  - {{id: del-{n}, text: Behov {n}, type: læring, unit: kommunen}}\n",
        )
    repo.write(
        "plan/deler/behov-1.yaml",
        "needs:\n  - {id: behov-1, text: Flere sykepleiere, type: anskaffelse, unit: kommunen,"
        " goals: [hovedmal]}\n",
    )


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    """A: the plan in 72 files (kplan.yaml and 71 parts); B: one part changed; C: another."""
    repo = Repo(tmp_path_factory.mktemp("parses") / "repo")
    plan_of_many_files(repo)
    repo.commit("A")
    repo.git("tag", "A")
    repo.edit("plan/deler/behov005.yaml", "text: Behov 5", "text: Behov fem")
    repo.commit("B")
    repo.git("tag", "B")
    repo.edit("plan/deler/behov006.yaml", "text: Behov 6", "text: Behov seks")
    repo.commit("C")
    return repo


def parses() -> int:
    return yaml_loader._parsed.cache_info().misses


def test_diff_parses_each_distinct_file_once(
    history: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(history.root)
    yaml_loader._parsed.cache_clear()
    git = Git("plan")
    d = diff_revisions("plan", GitSource(git, "A"), GitSource(git, "B"))
    assert [(c.id, c.kind) for c in d.changes] == [("del-5", "changed")]
    # A's 72 files, then the one file B changed
    assert parses() == 72 + 1


def test_log_parses_each_distinct_file_once(history: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(history.root)
    yaml_loader._parsed.cache_clear()
    log = plan_log("plan", Git("plan"))
    assert [e.subject for e in log] == ["C", "B", "A"]
    assert [e.changes for e in log] == [
        (("changed", "needs", 1),),
        (("changed", "needs", 1),),
        (),
    ]
    # the working tree (as C): 72 files; C: the same; B: one file; A: one file
    assert parses() == 72 + 1 + 1
