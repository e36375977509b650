"""Actions as real plans tabulate them: the plan's own strategies, periods in words or open,
costs that say what they are multiplied by (K901-K903), and an action table that shows every
column the plan uses, in its order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import MINIMAL, kplan, make_plan, replace_once, write_plan

from kplan.check.rules import costs as _costs  # noqa: F401  registers K901-K903 until check/rules lists it


def _plan_with(tmp_path: Path, action_yaml: str) -> Path:
    text = replace_once(
        MINIMAL,
        "  - id: tiltak-1\n",
        action_yaml + "  - id: tiltak-1\n",
    )
    return write_plan(tmp_path, text)


def _codes(tmp_path: Path, action_yaml: str) -> str:
    result = kplan("validate", "--format", "json", str(_plan_with(tmp_path, action_yaml)))
    return result.stdout


def test_per_participant_without_a_count_is_an_error_at_the_cost(tmp_path: Path) -> None:
    out = _codes(
        tmp_path,
        "  - id: nmbu\n    title: Tingsrett\n    needs: [behov-1]\n"
        "    cost: {amount: 39000, per: deltaker}\n",
    )
    # the message is in the plan's målform (bokmål)
    assert '"K901"' in out and "per deltaker" in out


def test_per_occasion_without_occasions_is_an_error(tmp_path: Path) -> None:
    out = _codes(
        tmp_path,
        "  - id: samling\n    title: Samling\n    needs: [behov-1]\n"
        "    cost: {amount: 5000, per: gang}\n",
    )
    assert '"K901"' in out


def test_yearly_frequency_with_a_cost_that_falls_once_is_a_warning(tmp_path: Path) -> None:
    out = _codes(
        tmp_path,
        "  - id: stipend\n    title: Stipend\n    needs: [behov-1]\n    frequency: årlig\n"
        "    period: {start: 2025, end: 2027}\n    cost: {amount: 40000}\n",
    )
    assert '"K902"' in out


def test_a_yearly_cost_with_a_yearly_frequency_is_quiet(tmp_path: Path) -> None:
    out = _codes(
        tmp_path,
        "  - id: stipend\n    title: Stipend\n    needs: [behov-1]\n    frequency: årlig\n"
        "    count: 2\n    period: {start: 2025, end: 2027}\n"
        "    cost: {amount: 40000, per: deltaker, yearly: true}\n",
    )
    assert '"K901"' not in out and '"K902"' not in out and '"K903"' not in out


def test_a_recurring_cost_without_a_period_is_a_warning(tmp_path: Path) -> None:
    out = _codes(
        tmp_path,
        "  - id: kurs\n    title: Førstehjelp\n    needs: [behov-1]\n"
        "    cost: {amount: 5000, every_years: 3}\n",
    )
    assert '"K903"' in out


@pytest.mark.parametrize(
    ("period", "start", "end", "text", "continuous"),
    [
        ("kontinuerlig", None, None, "kontinuerlig", True),
        ("etter behov", None, None, "etter behov", True),
        ("mars og september hvert år", None, None, "mars og september hvert år", False),
        ({"start": 2006}, "2006", None, None, False),
        ({"start": 2006, "text": "kontinuerlig"}, "2006", None, "kontinuerlig", True),
        ({"start": 2024, "end": 2026}, "2024", "2026", None, False),
    ],
)
def test_periods_as_plans_write_them(
    period: Any, start: str | None, end: str | None, text: str | None, continuous: bool
) -> None:
    plan = make_plan(actions=[{"id": "a", "title": "A", "period": period}])
    p = plan.actions[0].period
    assert (p.start, p.end, p.text, p.continuous) == (start, end, text, continuous)


def test_an_action_needs_no_ks_strategy_and_names_the_plans_own() -> None:
    plan = make_plan(
        strategies=[{"id": "s-leder", "text": "8.3 Lederutvikling"}],
        actions=[
            {
                "id": "a",
                "title": "Lederprogram",
                "strategies": ["s-leder"],
                "scope": "40 timer",
                "frequency": "mars og september hvert år",
            }
        ],
    )
    a = plan.actions[0]
    assert a.strategy is None and a.strategies == ["s-leder"] and a.scope == "40 timer"


# --- the document's action table ------------------------------------------------------------


def _context(plan: Any, lang: str = "nb") -> Any:
    from kplan.document.results import collect
    from kplan.document.view.model import Context
    from kplan.present.labels import Labels

    return Context.of(plan, collect(plan), Labels(lang))


PLAN_ACTIONS = [
    {
        "id": "a",
        "title": "Lederprogram",
        "unit": "enheten",
        "strategies": ["s-leder"],
        "scope": "½ dag",
        "provider": "KS",
        "period": {"start": 2006},
        "cost": {"no_amount": "innenfor tildelt ramme"},
        "responsible": "Rådmann",
    },
    {
        "id": "b",
        "title": "Veiledning",
        "unit": "enheten",
        "strategies": ["s-rekr"],
        "period": "etter behov",
        "count": 3,
        "cost": {"amount": 1000, "per": "gang", "occasions": 4, "every_years": 2},
        "target_group": "Nyansatte",
    },
]


def _tables(plan: Any, setting: Any = None) -> list[Any]:
    from kplan.document.view.action_table import action_tables

    return action_tables(_context(plan), setting)


def test_the_table_shows_the_columns_used_grouped_by_unit_and_strategy() -> None:
    plan = make_plan(
        strategies=[
            {"id": "s-leder", "text": "8.3 Lederutvikling"},
            {"id": "s-rekr", "text": "8.4 Rekruttering"},
        ],
        actions=PLAN_ACTIONS,
    )
    tables = _tables(plan)
    assert [t.title for t in tables] == [
        "Enheten – 8.3 Lederutvikling",
        "Enheten – 8.4 Rekruttering",
    ]
    # no KS strategy, learning form, arena, frequency, status or notes: no row has one
    # nor the plan's strategy: each table's caption names it; and each table leaves out what
    # its own actions leave empty
    assert list(tables[0].header) == [
        "Tiltak",
        "Omfang",
        "Tilbyder",
        "Periode",
        "Økonomi",
        "Ansvar",
    ]
    assert list(tables[1].header) == ["Tiltak", "Målgruppe", "Periode", "Antall", "Økonomi"]
    first, second = " | ".join(tables[0].rows[0]), " | ".join(tables[1].rows[0])
    assert "fra 2006" in first and "½ dag" in first and "innenfor tildelt ramme" in first
    assert "etter behov" in second
    assert "1\u00a0000\u00a0kr per gang × 4 ganger hvert 2. år" in second


def test_the_plan_sets_the_order_and_nothing_else_is_lost() -> None:
    from kplan.plan.actions import ActionTable

    plan = make_plan(
        strategies=[{"id": "s-leder", "text": "Lederutvikling"}, {"id": "s-rekr", "text": "R"}],
        actions=PLAN_ACTIONS,
    )
    setting = ActionTable(columns=["action", "period", "count", "cost", "responsible"], group_by=[])
    (only,) = _tables(plan, setting)
    assert only.title == ""
    assert list(only.header)[:5] == ["Tiltak", "Periode", "Antall", "Økonomi", "Ansvar"]
    # the other columns in use follow: the unit (no table per unit), strategy, target group,
    # scope, provider
    assert list(only.header)[5:] == ["Enhet", "Strategi", "Målgruppe", "Omfang", "Tilbyder"]
    assert len(only.rows) == 2


def test_the_table_in_english() -> None:
    from kplan.document.view.action_table import action_tables

    plan = make_plan(actions=PLAN_ACTIONS[:1])
    (table,) = action_tables(_context(plan, "en"))
    row = " | ".join(table.rows[0])
    assert "from 2006" in row and "within the allocated budget" in row
    assert "Provider" in table.header


def test_the_cost_chapter_lists_the_actions_without_an_amount() -> None:
    from kplan.document.view.actions import actions

    plan = make_plan(actions=PLAN_ACTIONS)
    chapter = actions(_context(plan))
    (costs,) = [s for s in chapter.sections if s.id == "kostnader"]
    texts = [i for b in costs.blocks if b.kind == "bullets" for i in b.items]
    # b: 1 000 kr × 4 every second year of 2025-2027 = 4 000 kr in 2025 and 2027; a has none
    assert texts == ["1 tiltak uten beregnet kostnad (innenfor tildelt ramme): «Lederprogram»"]
    table = next(b for b in costs.blocks if b.kind == "table")
    assert [r[0] for r in table.rows] == ["2025", "2027", "Sum"]
    assert table.rows[-1][3] == "8\u00a0000\u00a0kr"


def test_effects_and_evaluation_dates_reach_the_document() -> None:
    from kplan.document.view.actions import actions, evaluation

    plan = make_plan(
        actions=[
            {
                "id": "a",
                "title": "Videreutdanning",
                "effects": [
                    {
                        "competence": "sykepleier",
                        "from_competence": "fagarbeider",
                        "count": 2,
                        "fte": 1.5,
                        "year": 2026,
                        "unit": "enheten",
                    }
                ],
                "evaluation": [{"method": "Medarbeidersamtale", "date": "2026-06-01"}],
            }
        ]
    )
    ctx = _context(plan)
    (plan_section,) = [s for s in actions(ctx).sections if s.id == "tiltaksplan"]
    effects = next(b for b in plan_section.blocks if b.title == "Tiltakenes virkning i analysen")
    assert list(effects.header) == [
        "Tiltak",
        "Kompetanse",
        "Personer",
        "Årsverk",
        "Fra år",
        "Enhet",
        "Fra kompetanse",
    ]
    assert list(effects.rows[0]) == [
        "Videreutdanning",
        "sykepleier",
        "2",
        "1,5",
        "2026",
        "Enheten",
        "fagarbeider",
    ]
    ev = evaluation(ctx)
    table = next(b for b in ev.blocks if b.kind == "table" and "Dato" in b.header)
    # no Kirkpatrick level: never «None»; no evaluation has one, so the column is left out
    assert list(table.rows[0]) == ["Videreutdanning", "Medarbeidersamtale", "1. juni 2026"]


def test_the_timeline_draws_an_open_period_to_the_plans_end_and_skips_words() -> None:
    from kplan.document.view.actions import timeline

    plan = make_plan(
        actions=[
            {"id": "a", "title": "Fra 2026", "period": {"start": 2026}},
            {"id": "b", "title": "Etter behov", "period": "etter behov"},
        ]
    )
    block = timeline(_context(plan))
    assert block is not None and block.chart is not None
    # one row: «Fra 2026», from 1 January 2026 to the plan's last day, 31 December 2027
    assert len(block.chart.rows) == 1
    assert "Fra 2026" in block.chart.rows[0][0]
    assert "2027" in " ".join(block.chart.rows[0])
