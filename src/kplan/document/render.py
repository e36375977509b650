"""Render: the plan document in Markdown or HTML from Jinja templates, and PDF through Chromium.

The templates get a `view.Document` and only loop and print. HTML is autoescaped; plan text is
data and never compiled as a template. A kommune can override any template with a directory of
its own (searched first). Output is reproducible: it is stamped with the plan's git commit and
that commit's date, never with the time of rendering.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from types import FrameType

from jinja2 import (
    ChoiceLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from kplan.analysis.gap import analyse
from kplan.document.sandbox import ConfinedLoader, Refused, Sandbox, Unloadable
from kplan.document.view import Link, build
from kplan.plan.model import Plan
from kplan.present.labels import Labels
from kplan.present.markdown import md_cell, md_text, visible
from kplan.read.git import Git, GitError

FORMATS = ("md", "html")
TEMPLATES = {"md": "document.md.j2", "html": "document.html.j2"}


class RenderError(Exception):
    """Rendering cannot go on: a message for the user, exit 2."""


@dataclass(frozen=True)
class Stamp:
    """Which version of the plan a document shows."""

    commit: str | None = None
    date: str | None = None
    dirty: bool = False


def git_stamp(plan_dir: str, at: str | None = None) -> Stamp:
    """The last commit that changed the plan directory (as of revision `at`, else in the working
    tree, which may also hold changes not yet committed); no stamp outside git."""
    try:
        git = Git(plan_dir)
        found = git.log(plan_dir, 1, git.commit(at) if at else "HEAD")
    except GitError:
        return Stamp()
    if not found:
        return Stamp()
    return Stamp(found[0].commit, found[0].date, False if at else git.changed(plan_dir))


def stamp_text(stamp: Stamp, plan: Plan, lang: str) -> str:
    t = Labels(lang)
    bits = []
    if plan.plan.version:
        bits.append(f"{t['version']} {plan.plan.version}")
    if stamp.commit:
        import datetime as dt

        when = t.date(dt.date.fromisoformat(stamp.date)) if stamp.date else ""
        bits.append(f"git {stamp.commit[:12]}" + (f", {when}" if when else ""))
        if stamp.dirty:
            bits.append(t["uncommitted"])
    return f"{t['rendered_from']}: " + ", ".join(bits) if bits else ""


TEMPLATE_SECONDS = 10
"""How long a kommune's own templates may run on a small plan before they are stopped; a large
plan adds PER_THOUSAND_ROWS for each thousand rows (units, needs, actions...)."""
PER_THOUSAND_ROWS = 3
MAX_OUTPUT = 100_000_000
"""The most bytes (UTF-8) a kommune's templates may write (kplan's own grow with the plan only)."""


def _finalize(value: object) -> object:
    # control characters are forbidden in HTML; Markup (the charts) is already clean
    return value if isinstance(value, Markup) or not isinstance(value, str) else visible(value)


def environment(fmt: str, templates: str | None = None) -> Sandbox:
    """The sandboxed Jinja environment: the kommune's directory first, then kplan's own."""
    loaders: list[ConfinedLoader] = []
    if templates:
        if not os.path.exists(templates):
            raise RenderError(f"--templates {templates}: no such directory.")
        if not os.path.isdir(templates):
            raise RenderError(f"--templates {templates}: this is a file; give the directory.")
        if not os.access(templates, os.R_OK | os.X_OK):
            raise RenderError(f"--templates {templates}: the directory cannot be read.")
        loaders.append(ConfinedLoader(templates, templates))
    builtin = str(files("kplan.templates"))
    loaders.append(ConfinedLoader(builtin, "kplan's templates"))
    env = Sandbox(
        loader=ChoiceLoader(loaders),
        autoescape=fmt == "html",  # explicit: select_autoescape() misses *.html.j2
        undefined=StrictUndefined,
        finalize=_finalize if fmt == "html" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["md"] = md_cell  # a table cell
    env.filters["mdtext"] = md_text  # text anywhere else
    env.filters["mdline"] = md_text  # the name older templates use for headings
    env.tests["link"] = lambda value: isinstance(value, Link)
    return env


def render(
    plan: Plan,
    fmt: str,
    lang: str,
    *,
    stamp: Stamp,
    templates: str | None = None,
    follow_up: int | None = None,
) -> str:
    """The document as text (Markdown or HTML), with the follow-up of a year if asked."""
    if fmt not in FORMATS:
        raise RenderError(f"unknown format {fmt!r}")
    document = build(plan, analyse(plan), lang, stamp_text(stamp, plan, lang), follow_up)
    env = environment(fmt, templates)
    top = ""  # the document template, for failures outside any template line
    try:
        with deadline(_budget(plan) if templates else None):
            template = env.get_template(TEMPLATES[fmt])
            top = _shown(env, template.filename or TEMPLATES[fmt])
            return _collect(template.generate(doc=document), MAX_OUTPUT if templates else None)
    except TemplateSyntaxError as exc:
        where = _shown(env, exc.filename or exc.name or TEMPLATES[fmt])
        raise RenderError(f"{where}:{exc.lineno}: {exc.message}") from None
    except OutOfTime as exc:
        said = f"the template ran for more than {_budget(plan):.0f} s; look for loops in loops."
        raise RenderError(_located(env, exc, said, top)) from None
    except Exception as exc:  # a template is user input: any failure is the user's to fix
        raise RenderError(_located(env, exc, _what(exc), top)) from None


def _budget(plan: Plan) -> float:
    rows = sum(
        len(rows)
        for rows in (plan.units, plan.goals, plan.requirements, plan.inventory, plan.drivers)
    ) + sum(len(rows) for rows in (plan.needs, plan.actions, plan.competences, plan.appendices))
    return TEMPLATE_SECONDS + PER_THOUSAND_ROWS * rows / 1000


class OutOfTime(BaseException):
    """The template ran past its time (a BaseException, so no `except Exception` swallows it)."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Stop the code inside after `seconds` (where a timer signal can be had: main thread)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds is None or not usable:
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise OutOfTime

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _collect(chunks: Iterator[str], limit: int | None) -> str:
    blocks: list[str] = []
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk) if chunk.isascii() else len(chunk.encode("utf-8", "surrogatepass"))
        if limit is not None and size > limit:
            raise Refused(f"the document would be longer than {limit // 1_000_000} MB")
        parts.append(chunk)
        if len(parts) >= 4096:  # many tiny pieces cost more memory than their text
            blocks.append("".join(parts))
            parts = []
    return "".join(blocks) + "".join(parts)


def _shown(env: Sandbox, filename: str) -> str:
    assert env.loader is not None
    for loader in getattr(env.loader, "loaders", []):
        if filename in loader.names:
            return str(loader.names[filename])
    return filename


def _located(env: Sandbox, exc: BaseException, said: str, top: str) -> str:
    """The message, after the template file:line of the innermost template frame, or else
    after the document template's name."""
    found = f"{top}: " if top else ""
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if "__jinja_exception__" in frame.f_globals:  # Jinja's frame rewritten to the template
            found = f"{_shown(env, frame.f_code.co_filename)}:{tb.tb_lineno}: "
        elif "__jinja_template__" in frame.f_globals:  # compiled template code
            t = frame.f_globals["__jinja_template__"]
            line = t.get_corresponding_lineno(tb.tb_lineno)
            found = f"{_shown(env, t.filename or t.name)}:{line}: "
        tb = tb.tb_next
    return found + said


def _what(exc: BaseException) -> str:
    said = str(exc).rstrip(".")
    if isinstance(exc, Unloadable):  # names the file and what to do
        return f"{said}."
    if isinstance(exc, Refused):  # our own refusals say what to do
        return f"the template was refused: {said}."
    if isinstance(exc, SecurityError):
        return (
            f"the template was refused: {said}; a template may only loop over `doc` and print "
            "its fields."
        )
    if isinstance(exc, TemplateNotFound):
        return f"there is no template {exc.name!r} in --templates or among kplan's own."
    if isinstance(exc, RecursionError):
        return "the template calls itself without end (a macro, include or extends back to it?)."
    if isinstance(exc, MemoryError):
        return "the template needs more memory than there is."
    if isinstance(exc, ValueError) and "set_int_max_str_digits" in said:
        # Python's wording (Exceeds the limit (4300 digits) for integer string conversion...)
        if "value has" in said:
            return "a text in the template has too many digits to read as a number."
        return "a number in the template has too many digits to print."
    if isinstance(exc, UndefinedError):
        return f"{said}; kplan.document.view.Document lists the fields a template gets."
    return f"the template failed: {said or type(exc).__name__}."


def write_atomic(path: str, data: bytes) -> None:
    """Write a file whole or not at all, keeping the target's permissions (see kplan.document.write)."""
    from kplan.document.write import write_atomic as write

    write(path, data)


def find_chromium() -> str | None:
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
