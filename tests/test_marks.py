"""A strategy and a learning arena marked illustrative say so in the document, as goals,
decisions and steps do (issue 11: a figure the source lacks is marked where it is shown)."""

from __future__ import annotations

from pathlib import Path

from helpers import MINIMAL, kplan, ok, write_plan

MARKED = (
    MINIMAL
    + """\
strategies:
  - {id: s1, text: Heltidskultur i alle enheter, kind: utvikle, illustrative: true}
learning:
  arenas:
    - {id: a1, name: Fagdag i enheten, form: 20, illustrative: true}
"""
)


def test_illustrative_strategy_and_arena_are_marked(tmp_path: Path) -> None:
    d = write_plan(tmp_path / "plan", MARKED)
    md = ok(kplan("render", str(d), "-f", "md"))
    assert "Heltidskultur i alle enheter (utvikle) (illustrativt)" in md
    assert "Fagdag i enheten (illustrativt)" in md
    en = ok(kplan("render", str(d), "-f", "md", "--lang", "en"))
    assert "Fagdag i enheten (illustrative)" in en
