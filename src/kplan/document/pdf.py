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
from kplan.text import Message, t


def limits(size: int) -> tuple[float, int]:
    """The time (seconds) and address space (bytes) the engine may take for an HTML document of
    `size` bytes: enough for any plan, so that only a template that makes WeasyPrint loop or
    swell is stopped. Measured: the examples (0.12 MB of HTML) take about 10 s of CPU and
    300 MB; bench/generate.py's scale 1 (8.7 MB, Norway's largest kommune) took 20 minutes of
    CPU and 5.9 GB for 1285 pages, within half of what it is given here."""
    return 300.0 + size / 4_000, (2 << 30) + size * 1_200


# kplan.document.pdf_engine.MISSING; not imported, so that this side never loads WeasyPrint
_MISSING = 3


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
    html: str, seconds: float | None = None, memory: int | None = None, python: str | None = None
) -> bytes:
    """The HTML printed to PDF, or a RenderError that says why not. The engine runs under
    `python` (default: kplan's own interpreter) within `limits` unless told otherwise."""
    data = html.encode("utf-8")
    default_seconds, default_memory = limits(len(data))
    secs = default_seconds if seconds is None else seconds
    mem = default_memory if memory is None else memory
    try:
        done = subprocess.run(
            _engine(python or sys.executable),
            input=data,
            capture_output=True,
            timeout=secs,
            check=False,
            preexec_fn=(lambda: _limits(secs, mem)) if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(t("run.pdf.timeout", seconds=f"{secs:.0f}")) from None
    except OSError as exc:
        raise RenderError(t("run.pdf.cannot_start", reason=str(exc.strerror or exc))) from None
    if done.returncode == _MISSING:
        raise RenderError(t("run.pdf.install"))
    if done.returncode != 0 or not done.stdout.rstrip().endswith(b"%%EOF"):
        said = [
            line
            for line in done.stderr.decode("utf-8", "replace").splitlines()
            if line.strip() and not line.startswith("kplan-refused: ")
        ]
        why: Message = said[-1][:300] if said else t("run.pdf.exit", code=done.returncode)
        if done.returncode < 0 or "MemoryError" in str(why):
            why = t("run.pdf.out_of_memory")
        raise RenderError(t("run.pdf.failed", why=why))
    return done.stdout


def html_to_pdf(html: str, out: str) -> None:
    """Print the HTML to a PDF file, written whole or not at all."""
    write_atomic(out, pdf_bytes(html))
