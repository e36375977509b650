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
import subprocess
import tempfile
from dataclasses import dataclass
from importlib.resources import files

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
)

from kplan.gap import analyse
from kplan.gapreport import md_cell
from kplan.history import Git, GitError
from kplan.labels import Labels
from kplan.model import Plan
from kplan.view import Link, build

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


_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-])", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def md_text(value: object) -> str:
    """Plan text in Markdown, shown as written: no emphasis, links, HTML or headings from it."""
    text = _MD_INLINE.sub(r"\\\1", str(value))
    # a line may not start a heading, quote, list or rule; for «2. mai» the dot is escaped
    text = _MD_LINE_START.sub(r"\1\\\2", text)
    return _MD_NUMBERED.sub(r"\1\\\2", text)


def environment(fmt: str, templates: str | None = None) -> Environment:
    loaders: list[FileSystemLoader] = []
    if templates:
        if not os.path.isdir(templates):
            raise RenderError(f"--templates {templates}: no such directory.")
        loaders.append(FileSystemLoader(templates))
    loaders.append(FileSystemLoader(str(files("kplan.templates"))))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=fmt == "html",  # explicit: select_autoescape() misses *.html.j2
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["md"] = md_cell
    env.filters["mdtext"] = md_text
    env.filters["mdline"] = lambda value: md_text(" ".join(str(value).split()))
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
    try:
        template = environment(fmt, templates).get_template(TEMPLATES[fmt])
        return template.render(doc=document)
    except TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        raise RenderError(f"template {where}: {exc.message}") from None
    except TemplateError as exc:  # an undefined name, a missing include
        raise RenderError(f"template {TEMPLATES[fmt]} (or one it uses): {exc}") from None
    except UnicodeDecodeError:
        raise RenderError("a template is not UTF-8 text; save it as UTF-8.") from None


def write_atomic(path: str, data: bytes) -> None:
    """Write a file whole or not at all, keeping the target's permissions (0644 when new)."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".kplan-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: str, out: str) -> None:
    """Print the HTML to PDF with headless Chromium, through a temporary file."""
    browser = find_chromium()
    if browser is None:
        raise RenderError(
            "PDF needs Chromium, which is not installed. Install it (Debian/Ubuntu: "
            "apt-get install chromium), or render HTML and print it to PDF from a browser."
        )
    with tempfile.TemporaryDirectory(prefix="kplan-pdf-") as tmp:
        page = os.path.join(tmp, "plan.html")
        pdf = os.path.join(tmp, "plan.pdf")
        with open(page, "w", encoding="utf-8") as fh:
            fh.write(html)
        cmd = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={os.path.join(tmp, 'profile')}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            "file://" + page,
        ]
        try:
            subprocess.run(cmd, capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise RenderError(f"Chromium could not print the PDF: {exc}") from None
        if not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
            raise RenderError("Chromium did not produce a PDF.")
        with open(pdf, "rb") as fh:
            write_atomic(out, fh.read())
