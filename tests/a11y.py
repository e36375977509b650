"""Run the Nu HTML Checker and axe-core (in a real headless Chromium) on HTML files.

The tools come from the npm packages vnu-jar and axe-core, installed into the directory named by
KPLAN_A11Y_DIR (`npm install --prefix DIR vnu-jar axe-core`), with Java and Chromium on PATH.
.ci/run installs all of them; elsewhere the tests that need them are skipped.

Both checkers take many pages at once, because starting them is most of their time (a JVM for
vnu, a browser for axe): vnu gets every file in one run, and axe runs in one Chromium, driven
over the DevTools protocol on a pipe (`--remote-debugging-pipe`, so no port and no
dependency), one page after another. Each page is still checked whole and on its own.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TIMEOUT = 300
"""Seconds for a whole run of either checker over all pages."""


def tools() -> tuple[Path, Path, str] | None:
    """vnu.jar, axe.min.js and Chromium, or None when any of them (or Java) is missing."""
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


def start_vnu(vnu: Path, pages: list[Path]) -> subprocess.Popen[str]:
    """Start the Nu checker on all pages at once; it runs while axe does (`vnu_errors`)."""
    return subprocess.Popen(
        ["java", "-jar", str(vnu), "--format", "json", *map(str, pages)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def vnu_errors(checking: subprocess.Popen[str], pages: list[Path]) -> dict[Path, list[str]]:
    """The Nu checker's errors per page, when the run `start_vnu` began has ended."""
    try:
        _, report = checking.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        checking.kill()
        checking.communicate()
        raise AssertionError(f"vnu ran for more than {TIMEOUT} s") from None
    messages = json.loads(report or "{}").get("messages", [])
    by_uri = {page.resolve().as_uri(): page for page in pages}
    found: dict[Path, list[str]] = {page: [] for page in pages}
    for m in messages:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        url = str(m.get("url", ""))
        # vnu writes file:/tmp/x where as_uri() gives file:///tmp/x
        page = by_uri.get(url.replace("file:/", "file:///", 1) if "://" not in url else url)
        line = f"{m.get('lastLine')}: {m.get('message')}"
        if page is None:  # a failure not tied to one page fails them all
            for problems in found.values():
                problems.append(f"{url or 'vnu'}: {line}")
        else:
            found[page].append(line)
    if checking.returncode not in (0, 1) and not any(found.values()):
        raise AssertionError(f"vnu failed (exit {checking.returncode}): {report[-2000:]}")
    return found


def check(found: tuple[Path, Path, str], pages: list[Path]) -> dict[str, list[str]]:
    """Every problem vnu and axe find, per page name: one vnu run and one Chromium for all
    pages, the two at the same time."""
    vnu, axe, chromium = found
    checking = start_vnu(vnu, pages)
    try:
        violations = axe_violations(axe, chromium, pages)
    finally:
        errors = vnu_errors(checking, pages)
    return {
        page.name: [f"vnu: {e}" for e in errors[page]]
        + [f"axe: {json.dumps(v, ensure_ascii=False)}" for v in violations[page]]
        for page in pages
    }


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe: JSON messages ending in
    a NUL byte, commands on the browser's fd 3, replies and events on its fd 4."""

    def __init__(self, chromium: str, profile: str) -> None:
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()

        def wire() -> None:  # in the child, before exec: the protocol's fixed descriptors
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        self.process = subprocess.Popen(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(3, 4),
            preexec_fn=wire,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._events: list[dict[str, Any]] = []
        self._next = 0
        self.deadline = time.monotonic() + TIMEOUT

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = self.deadline - time.monotonic()
            ready, _, _ = select.select([self._replies], [], [], max(0.0, left))
            chunk = os.read(self._replies, 1 << 20) if ready else b""
            if not chunk:
                said = "timed out" if not ready else "closed the pipe"
                raise AssertionError(f"Chromium {said}: {self._stderr()}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(message))

    def _stderr(self) -> str:
        self.process.kill()
        assert self.process.stderr is not None
        return self.process.stderr.read().decode("utf-8", "replace")[-2000:]

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Run a command and return its result (events that come first are kept for `wait`)."""
        self._next += 1
        command: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session is not None:
            command["sessionId"] = session
        os.write(self._commands, json.dumps(command).encode() + b"\0")
        while True:
            reply = self._message()
            if "method" in reply:
                self._events.append(reply)
            elif reply.get("id") == self._next:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))

    def wait(self, event: str, session: str) -> None:
        """Read until `event` arrives for `session` (or take it if it came during a command)."""
        while True:
            message = self._events.pop(0) if self._events else self._message()
            if message.get("method") == event and message.get("sessionId") == session:
                return

    def forget_events(self) -> None:
        """Drop the events read so far (before starting something whose events count)."""
        self._events.clear()

    def close(self) -> None:
        """Ask the browser to quit; kill it if it does not."""
        with contextlib.suppress(AssertionError, OSError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._commands, self._replies):
            os.close(fd)
        assert self.process.stderr is not None
        self.process.stderr.close()


RUN_AXE = (
    "axe.run(document, {runOnly: {type: 'tag', values: " + json.dumps(AXE_TAGS) + "}})"
    ".then(function (r) { return r.violations.map(function (v) {"
    " return {id: v.id, impact: v.impact, help: v.help,"
    " nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3)}; }); })"
)


def axe_violations(axe: Path, chromium: str, pages: list[Path]) -> dict[Path, list[dict[str, Any]]]:
    """axe-core's WCAG 2.1 A/AA violations per page, each page loaded fresh in one Chromium."""
    source = axe.read_text(encoding="utf-8")
    found: dict[Path, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="kplan-axe-") as tmp:
        browser = Browser(chromium, os.path.join(tmp, "profile"))
        try:
            target = browser.send("Target.createTarget", url="about:blank")["targetId"]
            session = browser.send("Target.attachToTarget", targetId=target, flatten=True)[
                "sessionId"
            ]
            browser.send("Page.enable", session)
            for page in pages:
                browser.forget_events()
                browser.send("Page.navigate", session, url=page.resolve().as_uri())
                browser.wait("Page.loadEventFired", session)
                for expression in (source, RUN_AXE):
                    done = browser.send(
                        "Runtime.evaluate",
                        session,
                        expression=expression,
                        awaitPromise=True,
                        returnByValue=True,
                    )
                    if "exceptionDetails" in done:
                        raise AssertionError(f"axe did not run on {page.name}: {done}")
                found[page] = list(done["result"]["value"])
        finally:
            browser.close()
    return found
