"""Render: the plan document in Markdown or HTML from Jinja templates.

The templates get a `view.Document` and only loop and print. HTML is autoescaped; plan text is
data and never compiled as a template. A kommune can override any template with a directory of
its own (searched first); its templates run in a sandbox, with a time and an output budget.
Output is reproducible: it is stamped with the plan's git commit and that commit's date
(`kplan.document.stamp`), never with the time of rendering. PDF is `kplan.document.pdf`.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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

from kplan.document.errors import RenderError
from kplan.document.results import Results, collect
from kplan.document.sandbox import ConfinedLoader, Refused, Sandbox, Unloadable
from kplan.document.stamp import Stamp, as_of, stamp_text
from kplan.document.view import Link, build
from kplan.document.view.cover import version_line
from kplan.plan.model import Plan
from kplan.present.labels import Labels
from kplan.present.markdown import md_cell, md_text, visible
from kplan.read.image import Image
from kplan.text import Text, t

__all__ = ["environment", "render"]

FORMATS = ("md", "html")
TEMPLATES = {"md": "document.md.j2", "html": "document.html.j2"}


TEMPLATE_SECONDS = 10
"""How long a kommune's own templates may run on a small plan before they are stopped; a large
plan adds PER_THOUSAND_ROWS for each thousand rows (units, needs, actions...)."""
PER_THOUSAND_ROWS = 3
MAX_OUTPUT = 100_000_000
"""The most bytes (UTF-8) a kommune's templates may write (kplan's own grow with the plan only)."""


def _finalize(value: object) -> object:
    # control characters are forbidden in HTML; Markup (the charts) is already clean. Every
    # printed value passes here (a cell of each table): a printable text has none to show
    if type(value) is str and value.isprintable():
        return value
    return value if isinstance(value, Markup) or not isinstance(value, str) else visible(value)


def environment(fmt: str, templates: str | None = None) -> Sandbox:
    """The sandboxed Jinja environment: the kommune's directory first, then kplan's own."""
    loaders: list[ConfinedLoader] = []
    if templates:
        if not os.path.exists(templates):
            raise RenderError(t("run.templates.missing", dir=templates))
        if not os.path.isdir(templates):
            raise RenderError(t("run.templates.is_file", dir=templates))
        if not os.access(templates, os.R_OK | os.X_OK):
            raise RenderError(t("run.templates.unreadable", dir=templates))
        loaders.append(ConfinedLoader(templates, templates))
    builtin = str(files("kplan.templates"))
    loaders.append(ConfinedLoader(builtin, "kplan/templates"))
    env = Sandbox(
        loader=ChoiceLoader(loaders),
        autoescape=fmt == "html",  # explicit: select_autoescape() misses *.html.j2
        undefined=StrictUndefined,
        finalize=_finalize if fmt == "html" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        output_limit=MAX_OUTPUT if templates else None,
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
    results: Results | None = None,
    arms: Image | None = None,
    paged: bool = False,
) -> str:
    """The document as text (Markdown or HTML) in language `lang`, showing `results` (by
    default the plan's own, with the follow-up of the year `follow_up` if asked); `paged` for
    the page printed to PDF (with paged-media CSS a browser does not know)."""
    if fmt not in FORMATS:
        raise RenderError(t("run.format.unknown", format=fmt))
    labels = Labels(lang)
    shown = results if results is not None else collect(plan, follow_up)
    document = build(plan, shown, labels, stamp_text(stamp, plan, labels), as_of(stamp), arms)
    if paged:
        document = dataclasses.replace(document, paged=True)
    if document.cover is not None and stamp.adopted is not None:
        # the version the stamp knows from git, said in words under the adoption line
        line = version_line(labels, stamp)
        document = dataclasses.replace(
            document, cover=dataclasses.replace(document.cover, version=line)
        )
    env = environment(fmt, templates)
    top = ""  # the document template, for failures outside any template line
    try:
        with deadline(_budget(plan) if templates else None):
            template = env.get_template(TEMPLATES[fmt])
            top = _shown(env, template.filename or TEMPLATES[fmt])
            return _collect(template.generate(doc=document), MAX_OUTPUT if templates else None)
    except TemplateSyntaxError as exc:
        where = _shown(env, exc.filename or exc.name or TEMPLATES[fmt])
        jinja = exc.message or type(exc).__name__
        raise RenderError(
            t("run.template.syntax", where=where, line=exc.lineno, message=jinja)
        ) from None
    except OutOfTime as exc:
        late = t("run.template.out_of_time", seconds=f"{_budget(plan):.0f}")
        raise RenderError(_located(env, exc, late, top)) from None
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
            raise Refused(t("run.template.document_too_long", mb=limit // 1_000_000))
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


def _located(env: Sandbox, exc: BaseException, said: Text, top: str) -> Text:
    """The message, after the template file:line of the innermost template frame, or else
    after the document template's name."""
    found = f"{top}: " if top else ""
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if "__jinja_exception__" in frame.f_globals:  # Jinja's frame rewritten to the template
            found = f"{_shown(env, frame.f_code.co_filename)}:{tb.tb_lineno}: "
        elif "__jinja_template__" in frame.f_globals:  # compiled template code
            template = frame.f_globals["__jinja_template__"]
            line = template.get_corresponding_lineno(tb.tb_lineno)
            found = f"{_shown(env, template.filename or template.name)}:{line}: "
        tb = tb.tb_next
    return t("run.template.at", where=found, said=said)


def _what(exc: BaseException) -> Text:
    """What went wrong, in words; a library's own words (Jinja's, Python's) are quoted as
    they are."""
    message = exc.text if isinstance(exc, Refused) else None
    said = str(exc).rstrip(".")
    if isinstance(exc, Unloadable):  # names the file and what to do
        return t("run.template.sentence", said=message or said)
    if isinstance(exc, Refused):  # our own refusals say what to do
        return t("run.template.refused", said=message or said)
    if isinstance(exc, SecurityError):
        return t("run.template.unsafe", said=said)
    if isinstance(exc, TemplateNotFound):
        return t("run.template.not_found", name=str(exc.name))
    if isinstance(exc, RecursionError):
        return t("run.template.recursion")
    if isinstance(exc, MemoryError):
        return t("run.template.memory")
    if isinstance(exc, ValueError) and "set_int_max_str_digits" in said:
        # Python's wording (Exceeds the limit (4300 digits) for integer string conversion...)
        if "value has" in said:
            return t("run.template.digits_read")
        return t("run.template.digits_print")
    if isinstance(exc, UndefinedError):
        return t("run.template.undefined", said=said)
    return t("run.template.failed", said=said or type(exc).__name__)
