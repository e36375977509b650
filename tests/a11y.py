"""Run the Nu HTML Checker and axe-core (in a real headless Chromium) on an HTML file.

The tools come from the npm packages vnu-jar and axe-core, installed into the directory named by
KPLAN_A11Y_DIR (`npm install --prefix DIR vnu-jar axe-core`), with Java and Chromium on PATH.
.ci/run installs all of them; elsewhere the tests that need them are skipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def tools() -> tuple[Path, Path, str] | None:
    base = os.environ.get("KPLAN_A11Y_DIR")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not base or not chromium or not shutil.which("java"):
        return None
    modules = Path(base) / "node_modules"
    vnu = modules / "vnu-jar" / "build" / "dist" / "vnu.jar"
    axe = modules / "axe-core" / "axe.min.js"
    if not vnu.exists() or not axe.exists():
        return None
    return vnu, axe, chromium


def vnu_errors(vnu: Path, html: Path) -> list[str]:
    done = subprocess.run(
        ["java", "-jar", str(vnu), "--format", "json", str(html)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(done.stderr or "{}").get("messages", [])
    return [
        f"{m.get('lastLine')}: {m.get('message')}" for m in messages if m.get("type") == "error"
    ]


def axe_violations(axe: Path, chromium: str, html: Path) -> list[dict[str, object]]:
    """axe-core's WCAG 2.1 A/AA violations, from a copy of the page with axe injected."""
    script = (
        "<script>" + axe.read_text(encoding="utf-8") + "</script><script>"
        "axe.run(document, {runOnly: {type: 'tag', values: " + json.dumps(AXE_TAGS) + "}})"
        ".then(function (r) { var p = document.createElement('pre'); p.id = 'axe-result';"
        " p.textContent = JSON.stringify(r.violations.map(function (v) {"
        " return {id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3)}; }));"
        " document.body.appendChild(p); });</script>"
    )
    with tempfile.TemporaryDirectory(prefix="kplan-axe-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(
            html.read_text(encoding="utf-8").replace("</body>", script + "</body>"), "utf-8"
        )
        done = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp}/profile",
                "--virtual-time-budget=30000",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', done.stdout, flags=re.S)
    if found is None:
        raise AssertionError(f"axe did not run in Chromium: {done.stderr[-2000:]}")
    import html as html_lib

    return list(json.loads(html_lib.unescape(found[1])))
