"""Word (.docx): the HTML document turned into a Word file by pandoc for the saksframlegg
(headings as Word's heading styles, tables, Word's own table of contents, charts as images, the
kommune's reference document for styles), in a child process with a time and a memory limit.
The engine itself is `kplan.document.docx_engine`; this side checks the reference document,
starts the engine and words what went wrong.

pandoc rather than python-docx: pandoc maps the rendered document as it is (headings, nested
lists, definition lists, tables with header rows, images) to Word's built-in styles, writes
Word's table-of-contents field, takes a reference document for styles (`--reference-doc`),
fixes every date from SOURCE_DATE_EPOCH (the same bytes from the same commit) and can be
sandboxed (`--sandbox`: no file but its own input, no network). python-docx would need all of
that written here from the view model, a table-of-contents field in raw XML, a reference
document emptied of its own content, and its zip dates fixed by hand. pandoc (GPL-2.0-or-later)
runs as a separate program; the pypandoc-binary wheel (MIT wrapper) ships it, 34 MB. Charts
are drawn to PNG by resvg (the resvg-py wheel, MIT, 1.4 MB, no system library).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import zipfile

from kplan.document.errors import RenderError
from kplan.document.write import write_atomic
from kplan.errors import UsageError
from kplan.text import Message, t

REFERENCE_LIMIT = 50
"""MB: the largest reference document kplan reads (packed, and each part unpacked); a kommune's
template with its logo is well under 1 MB."""

# kplan.document.docx_engine.MISSING; not imported, so that this side never loads pandoc's wrapper
_MISSING = 3


def limits(size: int) -> tuple[float, int]:
    """The time (seconds) and address space (bytes) the engine may take for an HTML document of
    `size` bytes: enough for any plan, so that only a plan or template that makes pandoc loop
    or swell is stopped. Measured: the examples (0.12 MB of HTML) take 2 to 7 s and 250 MB; a
    plan with one paragraph of 5 MB (7 MB of HTML) took 250 s on a loaded machine, 590 MB
    (pandoc's HTML reader is slow on one long paragraph), within a tenth of the 2 050 s given."""
    return 300.0 + size / 4_000, (2 << 30) + size * 1_200


def _limits(seconds: float, memory: int) -> None:
    import resource

    cpu = int(seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()  # its own process group: a timeout stops pandoc under it too


def _engine(python: str, reference: str) -> list[str]:
    # -I: no PYTHONPATH, no user site, not the current directory (a kplan.py in a plan
    # directory is not imported); kplan's own location is put first instead
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    code = (
        f"import sys; sys.path.insert(0, {root!r}); "
        "from kplan.document.docx_engine import main; main()"
    )
    return [python, "-I", "-c", code, reference]


def _inside(path: str, directory: str) -> bool:
    try:
        return os.path.commonpath([path, directory]) == directory
    except ValueError:  # another drive
        return False


def reference_doc(path: str, plan_dir: str) -> bytes:
    """The reference document's bytes, or a UsageError (exit 2) that says why it cannot be
    used: missing, not a regular file, a link out of the plan's directory (a plan repository
    shared between kommuner must not make kplan read a file of the machine), too large, not
    a Word document, or one that has Word fetch something from outside when opened."""
    shown = path
    if not os.path.lexists(path):
        raise UsageError(t("docx.reference.missing", file=shown))
    if os.path.islink(path):
        target = os.path.realpath(path)
        if not _inside(target, os.path.realpath(plan_dir)):
            raise UsageError(t("docx.reference.outside", file=shown, target=target))
    try:
        st = os.stat(path)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise UsageError(t("docx.reference.unreadable", file=shown, reason=reason)) from None
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(t("docx.reference.not_file", file=shown))
    if st.st_size > REFERENCE_LIMIT << 20:
        raise UsageError(t("docx.reference.too_large", file=shown, limit=REFERENCE_LIMIT))
    try:
        with open(path, "rb") as fh:
            data = fh.read((REFERENCE_LIMIT << 20) + 1)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise UsageError(t("docx.reference.unreadable", file=shown, reason=reason)) from None
    _check_docx(data, shown)
    return data


def _check_docx(data: bytes, shown: str) -> None:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise UsageError(t("docx.reference.not_docx", file=shown)) from None
    names = {entry.filename for entry in entries}
    if not {"[Content_Types].xml", "word/document.xml"} <= names:
        raise UsageError(t("docx.reference.not_docx", file=shown))
    if any(entry.file_size > REFERENCE_LIMIT << 20 for entry in entries):
        raise UsageError(t("docx.reference.too_large", file=shown, limit=REFERENCE_LIMIT))
    target = _fetched(data, [e.filename for e in entries if e.filename.endswith(".rels")])
    if target is not None:
        raise UsageError(t("docx.reference.external", file=shown, target=target[:200]))


_RELATIONSHIP = re.compile(r"<(?:\w+:)?Relationship\b[^>]*>", re.S)
_ATTRIBUTE = re.compile(r"\b(Type|Target|TargetMode)\s*=\s*[\"']([^\"']*)[\"']")


def _fetched(data: bytes, rels: list[str]) -> str | None:
    """What the document would have Word fetch from outside itself when opened (an attached
    template, a linked picture or object), or None. pandoc carries the reference document's
    settings and their links into the file it writes, so an attached template on a server
    would be fetched by every reader of the plan's Word file. A hyperlink is only followed
    when clicked: it stays."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in rels:
            text = archive.read(name).decode("utf-8", "replace")
            for element in _RELATIONSHIP.findall(text):
                found: dict[str, str] = dict(_ATTRIBUTE.findall(element))
                external = found.get("TargetMode", "").lower() == "external"
                if external and not found.get("Type", "").endswith("/hyperlink"):
                    return found.get("Target", "")
    return None


def docx_bytes(
    html: str,
    reference: bytes | None = None,
    seconds: float | None = None,
    memory: int | None = None,
    python: str | None = None,
) -> bytes:
    """The HTML document as a Word file, or a RenderError that says why not. `reference` is a
    reference document's bytes (from `reference_doc`), copied to a private file for pandoc so
    that nothing can swap the file between the check and the read. The engine runs under
    `python` (default: kplan's own interpreter) within `limits` unless told otherwise."""
    data = html.encode("utf-8")
    default_seconds, default_memory = limits(len(data))
    secs = default_seconds if seconds is None else seconds
    mem = default_memory if memory is None else memory
    with tempfile.TemporaryDirectory(prefix="kplan-ref-") as private:
        ref_path = ""
        if reference is not None:
            ref_path = os.path.join(private, "reference.docx")
            with open(ref_path, "wb") as fh:
                fh.write(reference)
        stdout, stderr, code = _run(_engine(python or sys.executable, ref_path), data, secs, mem)
    if code == _MISSING:
        raise RenderError(t("docx.install"))
    if code != 0 or not stdout.startswith(b"PK\x03\x04"):
        said = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        why: Message = said[-1][:300] if said else t("docx.exit", code=code)
        if code < 0 or "MemoryError" in str(why) or "heap overflow" in str(why):
            why = t("docx.out_of_memory")
        raise RenderError(t("docx.failed", why=why))
    return stdout


def _run(command: list[str], data: bytes, secs: float, mem: int) -> tuple[bytes, bytes, int]:
    try:
        child = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=(lambda: _limits(secs, mem)) if os.name == "posix" else None,
        )
    except OSError as exc:
        raise RenderError(t("docx.cannot_start", reason=str(exc.strerror or exc))) from None
    try:
        stdout, stderr = child.communicate(data, timeout=secs)
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            os.killpg(child.pid, signal.SIGKILL)
        else:  # pragma: no cover
            child.kill()
        child.communicate()
        raise RenderError(t("docx.timeout", seconds=f"{secs:.0f}")) from None
    except KeyboardInterrupt:
        # the engine has its own session, which the terminal's Ctrl-C does not reach: stopped
        # here, with pandoc under it, instead of working on after kplan has gone
        if os.name == "posix":
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
        child.kill()
        child.wait()
        raise
    return stdout, stderr, child.returncode


def html_to_docx(html: str, out: str, reference: bytes | None = None) -> None:
    """Write the HTML document as a Word file, whole or not at all."""
    write_atomic(out, docx_bytes(html, reference))
