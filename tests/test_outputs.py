"""Byte for byte: what `kplan gap`, `cost`, `status`, `diff` and `log` print, in every format.

The files in tests/golden/outputs/ were made by the code before the package was cut into stages
(commit bb23be3), so this suite shows that the refactor changed none of these outputs. They
are rewritten only with `pytest --update-golden`, after a change to an output that is meant.

The examples run as `kplan gap examples/X -f F` from the repository root. `diff` and `log` run
in a small repository built here with fixed authors and dates (helpers.Repo), so its commit ids,
and with them the outputs, are the same on every machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import BASE_PLAN, GIT_ENV, ROOT, Repo, replace_once, run_line

GOLDEN = Path(__file__).parent / "golden" / "outputs"

EXAMPLE_RUNS = [
    *(
        (f"gap.{name}.{fmt}", ("gap", f"examples/{name}", "-f", fmt))
        for name in ("oyer", "stange")
        for fmt in ("table", "md", "json", "csv")
    ),
    *(
        (
            f"cost.{name}.{fmt}",
            ("cost", f"examples/{name}", "-f", fmt, "--by", "year", "--by", "unit"),
        )
        for name in ("oyer", "stange")
        for fmt in ("table", "md", "json", "csv")
    ),
    *(
        (f"status.{name}.{fmt}", ("status", f"examples/{name}", "--year", "2026", "-f", fmt))
        for name in ("oyer", "stange")
        for fmt in ("text", "md", "json")
    ),
]

HISTORY_RUNS = [
    *(
        (f"diff.v1-v2.{fmt}", ("diff", "v1", "v2", "plan", "-f", fmt))
        for fmt in ("text", "md", "json")
    ),
    *(
        (f"diff.v1-broken.{fmt}", ("diff", "v1", "broken", "plan", "-f", fmt))
        for fmt in ("text", "md", "json")
    ),
    *(
        (f"diff.adopted-worktree.{fmt}", ("diff", "plan", "-f", fmt))
        for fmt in ("text", "md", "json")
    ),
    *((f"log.{fmt}", ("log", "plan", "-f", fmt)) for fmt in ("text", "json")),
]


def compare(name: str, got: bytes, update: bool) -> None:
    """`got` must equal the golden file `name` byte for byte (or becomes it, when updating)."""
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(got)
        return
    assert path.exists(), f"no golden file {path.relative_to(ROOT)}"
    want = path.read_bytes()
    if got != want:
        got_text, want_text = got.decode("utf-8", "replace"), want.decode("utf-8", "replace")
        # the first differing line, so the failure says where without a 10 kB dump
        pairs = zip(got_text.splitlines(), want_text.splitlines(), strict=False)
        where = next(
            (
                f"line {i}:\n  got  {g!r}\n  want {w!r}"
                for i, (g, w) in enumerate(pairs, 1)
                if g != w
            ),
            f"lengths {len(got)} and {len(want)} bytes",
        )
        pytest.fail(f"{name} differs from its golden file at {where}")


@pytest.mark.parametrize(("name", "args"), EXAMPLE_RUNS, ids=[n for n, _ in EXAMPLE_RUNS])
def test_example_output(name: str, args: tuple[str, ...], update_golden: bool) -> None:
    result = run_line(*args, cwd=ROOT)
    assert result.returncode == 0, str(result)
    assert result.stderr == "", str(result)
    compare(name, result.stdout_bytes, update_golden)


# ---------------------------------------------------------------------------------------------
# diff and log on a fixed repository


def build_history(root: Path) -> Repo:
    """A plan's history over five days: adopted v1 (an annotated tag named by a decision), a
    version with a changed cost, a renamed goal and a new need, one that cannot be read (a YAML
    error in a part file), v2 with an action removed, a merge of a side branch, and an edit in
    the working tree."""
    repo = Repo(root)
    start, end = BASE_PLAN.index("actions:\n"), BASE_PLAN.index("evaluation:\n  text")
    head = 'include: ["deler/*.yaml"]\n' + BASE_PLAN[:start] + BASE_PLAN[end:]
    head = replace_once(
        head,
        "organisation:\n",
        "decisions:\n  - {id: vedtak-2025, body: Kommunestyret, date: 2025-06-19,"
        " case_number: K-sak 40/25, summary: Planen vedtatt., git_tag: v1}\n"
        "organisation:\n",
    )
    repo.write("plan/kplan.yaml", head)
    repo.write("plan/deler/tiltak.yaml", BASE_PLAN[start:end])
    repo.commit("Planen vedtatt i kommunestyret")
    repo.git("tag", "-a", "-m", "Vedtatt", "v1")

    repo.edit("plan/deler/tiltak.yaml", "cost: {amount: 100000}", "cost: {amount: 150000}")
    repo.edit("plan/kplan.yaml", "  - id: hovedmal\n", "  - id: hovedmaal\n")
    repo.edit("plan/kplan.yaml", "goals: [hovedmal]", "goals: [hovedmaal]")
    needs = "needs:\n  - {id: behov-2, text: Flere vernepleiere, type: læring, unit: kommunen}\n"
    repo.write("plan/deler/behov.yaml", needs)
    repo.commit("Ny kostnad, nytt behov og nytt navn på målet")

    repo.write(
        "plan/deler/behov.yaml",
        needs + "  - {id: behov-3, text: Flere leger, type: anskaffelse, unit: kommunen\n",
    )
    repo.commit("Halvferdig behov")
    repo.git("tag", "broken")

    repo.write(
        "plan/deler/behov.yaml",
        needs + "  - {id: behov-3, text: Flere leger, type: anskaffelse, unit: kommunen}\n",
    )
    tiltak = repo.read("plan/deler/tiltak.yaml")
    repo.write("plan/deler/tiltak.yaml", tiltak[: tiltak.index("  - id: tiltak-2\n")])
    repo.commit("Tiltak 2 tatt ut")
    repo.git("tag", "v2")

    repo.git("checkout", "-q", "-b", "side")
    repo.edit(
        "plan/deler/tiltak.yaml", "title: Ekstern utlysning", "title: Ekstern utlysning i avis"
    )
    repo.commit("Ny tittel på tiltaket")
    repo.git("checkout", "-q", "main")
    repo.edit("plan/kplan.yaml", "text: Kommunen har rett kompetanse.", "text: Rett kompetanse.")
    repo.commit("Kortere mål")
    repo.merge("side", "Merge branch 'side'")

    repo.edit("plan/deler/behov.yaml", "text: Flere leger", "text: Flere leger og psykologer")
    return repo


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    return build_history(tmp_path_factory.mktemp("history") / "repo")


@pytest.mark.parametrize(("name", "args"), HISTORY_RUNS, ids=[n for n, _ in HISTORY_RUNS])
def test_history_output(
    name: str, args: tuple[str, ...], history: Repo, update_golden: bool
) -> None:
    result = run_line(*args, cwd=history.root, env=GIT_ENV)
    assert result.returncode == 0, str(result)
    assert result.stderr == "", str(result)
    compare(name, result.stdout_bytes, update_golden)
