"""PDF: the HTML document printed by WeasyPrint (tagged PDF/A-2a, page numbers, a contents list
with page numbers), in a child process with a time and a memory limit. The engine itself is
`kplan.document.pdf_engine`; this side starts it and words what went wrong.

WeasyPrint rather than Chromium: with the same HTML, Chromium's `--print-to-pdf` gives no page
numbers with our words, no contents page numbers, no PDF/A, and new bytes on every run (the
clock's date); WeasyPrint gives all of these from the print style sheet.
"""

from __future__ import annotations

import os
import subprocess
import sys

from kplan.document.errors import RenderError
from kplan.document.write import write_atomic

SECONDS = 600.0
"""How long the PDF may take. The largest plan a kommune keeps prints in about a minute; a
template that makes WeasyPrint run longer is stopped with a message."""

MEMORY = 4 << 30
"""Address space the engine may take (bytes); WeasyPrint with Pango maps about 1 GB for a
large plan."""

_MISSING = (
    3  # kplan.document.pdf_engine.MISSING, not imported: that module imports WeasyPrint lazily
)
_INSTALL = (
    "PDF needs WeasyPrint and Pango. Install them with `pip install weasyprint` and "
    "(Debian/Ubuntu) `apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation2`, "
    "or render HTML and print it to PDF from a browser."
)


def _limits(seconds: float, memory: int) -> None:
    import resource

    cpu = int(seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _engine(python: str) -> list[str]:
    # -I: no PYTHONPATH, no user site, not the current directory (a kplan.py or weasyprint.py in
    # a plan directory is not imported); kplan's own location is put first instead
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    code = (
        f"import sys; sys.path.insert(0, {root!r}); "
        "from kplan.document.pdf_engine import main; main()"
    )
    return [python, "-I", "-c", code]


def pdf_bytes(
    html: str, seconds: float = SECONDS, memory: int = MEMORY, python: str | None = None
) -> bytes:
    """The HTML printed to PDF, or a RenderError that says why not. The engine runs under
    `python` (default: kplan's own interpreter)."""
    try:
        done = subprocess.run(
            _engine(python or sys.executable),
            input=html.encode("utf-8"),
            capture_output=True,
            timeout=seconds,
            check=False,
            preexec_fn=(lambda: _limits(seconds, memory)) if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"the PDF took longer than {seconds:.0f} seconds and was stopped; a template may "
            "hold more than a page can (render HTML to look at it)."
        ) from None
    except OSError as exc:
        raise RenderError(f"cannot start the PDF engine: {exc.strerror or exc}.") from None
    if done.returncode == _MISSING:
        raise RenderError(_INSTALL)
    if done.returncode != 0 or not done.stdout.rstrip().endswith(b"%%EOF"):
        said = [
            line
            for line in done.stderr.decode("utf-8", "replace").splitlines()
            if line.strip() and not line.startswith("kplan-refused: ")
        ]
        why = said[-1][:300] if said else f"exit {done.returncode}"
        if done.returncode < 0 or "MemoryError" in why:
            why = "it ran out of time or memory"
        raise RenderError(f"WeasyPrint could not print the PDF ({why}).")
    return done.stdout


def html_to_pdf(html: str, out: str, seconds: float = SECONDS) -> None:
    """Print the HTML to a PDF file, written whole or not at all."""
    write_atomic(out, pdf_bytes(html, seconds))
