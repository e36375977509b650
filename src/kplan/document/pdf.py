"""PDF: the HTML document printed by headless Chromium, locked down (no script, no network, no
file beside the page), in a private temporary directory."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

from kplan.document.errors import RenderError
from kplan.document.write import write_atomic


def find_chromium() -> str | None:
    """The Chromium (or Chrome) on PATH, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


_CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:; font-src data:\">"
)
_DOCTYPE = re.compile(r"\A\ufeff?\s*<!doctype[^>]*>", re.IGNORECASE)


def confined(html: str) -> str:
    """The HTML with a Content-Security-Policy first thing in it, so Chromium runs no script and
    loads nothing (no network, no file:// beside it) whatever a template wrote."""
    found = _DOCTYPE.match(html)
    at = found.end() if found else 0
    return html[:at] + _CSP + html[at:]


def _chromium(browser: str, tmp: str, page: str, pdf: str, sandbox: bool) -> list[str]:
    return [
        browser,
        "--headless",
        *([] if sandbox else ["--no-sandbox"]),
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        # no network at all, loopback included: every connection goes to a dead proxy and no
        # name resolves (the CSP already forbids loads; this holds if a load slips past it)
        "--proxy-server=socks5://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        # not --blink-settings=scriptEnabled=false: with it Chromium 156 prints no PDF at all;
        # the CSP (default-src 'none') is what keeps scripts off
        f"--user-data-dir={os.path.join(tmp, 'profile')}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        "file://" + page,
    ]


def html_to_pdf(html: str, out: str) -> None:
    """Print the HTML to PDF with headless Chromium, from a private temporary directory that
    holds nothing else, with scripts and every load other than inline styles and data: off."""
    browser = find_chromium()
    if browser is None:
        raise RenderError(
            "PDF needs Chromium, which is not installed. Install it (Debian/Ubuntu: "
            "apt-get install chromium), or render HTML and print it to PDF from a browser."
        )
    with tempfile.TemporaryDirectory(prefix="kplan-pdf-") as tmp:  # mode 0700
        page = os.path.join(tmp, "plan.html")
        pdf = os.path.join(tmp, "plan.pdf")
        try:
            with open(page, "w", encoding="utf-8") as fh:
                fh.write(confined(html))
        except OSError as exc:
            raise RenderError(f"cannot prepare the PDF in {tmp}: {exc.strerror or exc}.") from None
        # Chromium refuses to start as root with its sandbox on ("Running as root without
        # --no-sandbox is not supported"), and in containers without user namespaces; only
        # then does it run without, kept in check by the CSP and the dead network
        sandbox = hasattr(os, "geteuid") and os.geteuid() != 0
        try:
            done = subprocess.run(
                _chromium(browser, tmp, page, pdf, sandbox),
                capture_output=True,
                timeout=120,
                check=False,
            )
            if sandbox and done.returncode != 0 and b"sandbox" in done.stderr.lower():
                done = subprocess.run(
                    _chromium(browser, tmp, page, pdf, False),
                    capture_output=True,
                    timeout=120,
                    check=False,
                )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise RenderError(f"Chromium could not print the PDF: {exc}") from None
        try:
            with open(pdf, "rb") as fh:
                data = fh.read()
        except OSError:
            data = b""
        # Chromium killed half-way (a full disk, a file-size limit) leaves a truncated PDF
        if done.returncode != 0 or not data.rstrip().endswith(b"%%EOF"):
            raise RenderError(
                f"Chromium did not produce a whole PDF (exit {done.returncode}); "
                "check the free disk space and try again."
            )
        write_atomic(out, data)
