"""The HTML document as a reader sees it, in a real headless Chromium: at desktop (1280 px),
tablet (768 px) and phone (375 px) width the page never scrolls sideways (a wide table scrolls
in its own box), and the action table's filter works with the mouse's events and the keyboard,
while without the script the whole table is there and no control shows.

Screenshots of the action plan at each width are written to KPLAN_SCREENSHOTS when it names a
directory (to look at them), else to the test's temporary directory. Skipped when Chromium is
missing (failed on CI, which installs it).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from a11y import RUN_AXE, Browser, tools
from helpers import EXAMPLES

from kplan.check.validate import check as check_plan
from kplan.document.render import render
from kplan.document.stamp import Stamp

STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
"""The golden files' stamp: the document speaks as of 31 January 2025."""
WIDTHS = {"desktop": 1280, "tablet": 768, "phone": 375}


class Page:
    """One tab of a headless Chromium, at one width."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = browser.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        browser.send("Page.enable", self.session)

    def open(self, page: Path, width: int, script: bool = True) -> None:
        self.browser.send(
            "Emulation.setDeviceMetricsOverride",
            self.session,
            width=width,
            height=900,
            deviceScaleFactor=1,
            mobile=width < 500,
        )
        self.browser.send("Emulation.setScriptExecutionDisabled", self.session, value=not script)
        self.browser.forget_events()
        self.browser.send("Page.navigate", self.session, url=page.resolve().as_uri())
        self.browser.wait("Page.loadEventFired", self.session)

    def js(self, expression: str, wait: bool = False) -> Any:
        """The value of `expression` in the page (a promise's, with `wait`)."""
        done = self.browser.send(
            "Runtime.evaluate",
            self.session,
            expression=expression,
            returnByValue=True,
            awaitPromise=wait,
        )
        assert "exceptionDetails" not in done, done
        return done["result"].get("value")

    def key(self, key: str, code: str, vk: int, text: str = "") -> None:
        """Press and release a key; `text` is what it types (Enter types a return)."""
        down: dict[str, Any] = {"type": "keyDown", "text": text} if text else {"type": "rawKeyDown"}
        for event in (down, {"type": "keyUp"}):
            self.browser.send(
                "Input.dispatchKeyEvent",
                self.session,
                key=key,
                code=code,
                windowsVirtualKeyCode=vk,
                **event,
            )

    def screenshot(self, path: Path) -> None:
        shot = self.browser.send("Page.captureScreenshot", self.session, format="png")
        path.write_bytes(base64.b64decode(shot["data"]))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("screens")
    found = {}
    for name in ("oyer", "stange"):
        plan = check_plan(str(EXAMPLES / name)).plan
        assert plan is not None
        found[name] = out / f"{name}.html"
        found[name].write_text(render(plan, "html", "nb", stamp=STAMP), encoding="utf-8")
    return found


@pytest.fixture(scope="module")
def tab() -> Iterator[Page]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium (see .ci/run)")
        pytest.skip("Chromium is not installed here")
    with tempfile.TemporaryDirectory(prefix="kplan-screens-") as tmp:
        browser = Browser(chromium, os.path.join(tmp, "profile"))
        try:
            yield Page(browser)
        finally:
            browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    named = os.environ.get("KPLAN_SCREENSHOTS")
    if named:
        Path(named).mkdir(parents=True, exist_ok=True)
        return Path(named)
    return tmp_path_factory.mktemp("shots")


SHOWN = (
    "Array.from(document.querySelectorAll('tr[data-unit]'))"
    ".filter(function (r) { return r.getClientRects().length > 0; })"
)


def choose(tab: Page, key: str, value: str) -> Any:
    """Choose `value` in the filter `key` as a click would (a change event); the shown rows'
    values of `key`, and what the live region says."""
    tab.js(
        f"var s = document.getElementById('filter-{key}'); s.value = {json.dumps(value)};"
        " s.dispatchEvent(new Event('change'));"
    )
    rows = tab.js(f"{SHOWN}.map(function (r) {{ return r.dataset.{key}; }})")
    return rows, tab.js("document.querySelector('.filter-count').textContent")


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_the_page_never_scrolls_sideways(
    tab: Page, pages: dict[str, Path], shots: Path, name: str, width: str
) -> None:
    tab.open(pages[name], WIDTHS[width])
    page, view = tab.js("[document.documentElement.scrollWidth, window.innerWidth]")
    assert page <= view, f"{name} at {width} is {page} px wide in a {view} px window"
    # what is wider than the window: only tables in their own scrolling box
    wide = tab.js(
        "Array.from(document.querySelectorAll('main *')).filter(function (e) {"
        " var r = e.getBoundingClientRect(); return r.right > window.innerWidth + 1"
        " && !e.closest('.table-scroll, details:not([open])'); }).map(function (e) { return e.tagName; })"
    )
    assert wide == []
    # a box that scrolls can be reached with the keyboard; one that does not is no tab stop
    boxes = tab.js(
        "Array.from(document.querySelectorAll('.table-scroll')).map(function (b) {"
        " return [b.scrollWidth > b.clientWidth + 1, b.tabIndex === 0,"
        " b.getAttribute('role'), b.getAttribute('aria-label') || '']; })"
    )
    assert boxes and all(scrolls == focusable for scrolls, focusable, _, _ in boxes)
    assert all(role == "region" and label for _, _, role, label in boxes)
    # the body text is not shrunk to fit: at least 14 px everywhere
    size = tab.js("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")
    assert size >= 14
    tab.js("document.querySelector('#tiltak-tiltaksplan').scrollIntoView()")
    tab.screenshot(shots / f"{name}-{width}.png")


def test_the_filter_shows_one_units_actions(tab: Page, pages: dict[str, Path]) -> None:
    tab.open(pages["stange"], WIDTHS["tablet"])
    assert tab.js("document.querySelector('form[data-action-filter]').hidden") is False
    # Stange has ten actions: one in Helse- og omsorgssentrene, nine in Helse og omsorg
    assert choose(tab, "unit", "helse-omsorgssentrene") == (
        ["helse-omsorgssentrene"],
        "1 av 10 tiltak vises",
    )
    rows, said = choose(tab, "unit", "helse-og-omsorg")
    assert rows == ["helse-og-omsorg"] * 9 and said == "9 av 10 tiltak vises"
    # a table none of whose rows is shown goes too (its caption would head nothing)
    assert tab.js(
        "Array.from(document.querySelectorAll('.table-scroll[data-filtered]')).every("
        "function (b) { return b.hidden === !b.querySelector('tr[data-unit]:not([hidden])'); })"
    )
    choose(tab, "unit", "")
    # 2026: every action whose period reaches into 2026; not «2023–2024» nor «august 2024 –
    # desember 2025»: 10 - 2 = 8. 2021: not those starting 2022, 2023 or 2024 (4 of them): 6
    rows, said = choose(tab, "year", "2026")
    assert len(rows) == 8 and said == "8 av 10 tiltak vises"
    rows, said = choose(tab, "year", "2021")
    assert len(rows) == 6 and said == "6 av 10 tiltak vises"
    # two filters together: 2021 and gjennomført (none of the 2021 actions is done yet)
    rows, said = choose(tab, "status", "gjennomført")
    assert rows == [] and said == "0 av 10 tiltak vises"
    tab.js("document.querySelector('[data-reset]').click()")
    assert tab.js(f"{SHOWN}.length") == 10
    assert tab.js("document.getElementById('filter-year').value") == ""


def test_the_filter_shows_late_actions(tab: Page, pages: dict[str, Path]) -> None:
    # on 31 January 2025 only Byggesaksdagene (October 2024) is late in Øyer's ten actions
    tab.open(pages["oyer"], WIDTHS["desktop"])
    rows, said = choose(tab, "status", "late")
    assert rows == ["late"] and said == "1 av 10 tiltak vises"
    assert tab.js(f"{SHOWN}[0].textContent").count("forsinket") == 1


def test_the_keyboard_reaches_and_works_the_filter(tab: Page, pages: dict[str, Path]) -> None:
    tab.open(pages["stange"], WIDTHS["tablet"])
    focused = ""
    for _ in range(400):
        tab.key("Tab", "Tab", 9)
        focused = tab.js("document.activeElement.id")
        if focused == "filter-unit":
            break
    assert focused == "filter-unit"
    tab.key("ArrowDown", "ArrowDown", 40)  # the first unit: Helse og omsorg, nine actions
    assert tab.js("document.querySelector('.filter-count').textContent") == "9 av 10 tiltak vises"
    for expected in ("filter-strategy", "filter-status", "filter-year"):
        tab.key("Tab", "Tab", 9)
        assert tab.js("document.activeElement.id") == expected
    tab.key("Tab", "Tab", 9)
    assert tab.js("document.activeElement.hasAttribute('data-reset')")
    tab.key("Enter", "Enter", 13, "\r")
    assert tab.js(f"{SHOWN}.length") == 10


def test_without_script_the_whole_table_shows_and_no_control(
    tab: Page, pages: dict[str, Path]
) -> None:
    tab.open(pages["stange"], WIDTHS["tablet"], script=False)
    try:
        assert tab.js("document.querySelector('form[data-action-filter]').hidden") is True
        assert tab.js(f"{SHOWN}.length") == 10
    finally:
        tab.open(pages["stange"], WIDTHS["tablet"], script=True)


def test_print_shows_every_action_and_no_control(tab: Page, pages: dict[str, Path]) -> None:
    tab.open(pages["stange"], WIDTHS["desktop"])
    choose(tab, "unit", "helse-omsorgssentrene")
    tab.browser.send("Emulation.setEmulatedMedia", tab.session, media="print")
    try:
        assert tab.js(f"{SHOWN}.length") == 10
        form = "document.querySelector('form[data-action-filter]')"
        assert tab.js(f"{form}.getClientRects().length") == 0
    finally:
        tab.browser.send("Emulation.setEmulatedMedia", tab.session, media="")


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_cards_and_a_filtered_table_pass_axe(tab: Page, pages: dict[str, Path], name: str) -> None:
    """axe (WCAG 2.1 AA) on what only a narrow screen and a filter show: the action cards, the
    controls, a filtered table (test_render checks the page as it loads, wide)."""
    found = tools()
    if found is None:
        pytest.skip("axe is not installed here; set KPLAN_A11Y_DIR (see tests/a11y.py)")
    tab.open(pages[name], WIDTHS["tablet"])
    choose(tab, "unit", tab.js("document.getElementById('filter-unit').options[1].value"))
    tab.js(found[1].read_text(encoding="utf-8"))
    assert tab.js(RUN_AXE, wait=True) == []
