"""The Jinja sandbox every document template runs in, kplan's own and a kommune's alike.

A template directory comes from outside (shared between kommuner, unzipped from a mail), so a
template is data too: it may loop over `doc` and print, nothing more. It cannot reach Python
objects (`cycler.__init__.__globals__`, `''.__class__`, private attributes, str.format field
tricks), read files outside its directory (`../`, absolute names, symlinks out), or build
something huge in one step (`'x' * 10**9`, `range(10**9)`, `10**10**10`, a width of a billion).
What still runs long (nested loops) is stopped by the caller's time limit.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateNotFound
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_TEMPLATE_BYTES = 1_000_000
MAX_SIZE = 1_000_000
"""The longest string or list one operation in a template may make (characters or items)."""
MAX_POWER_BITS = 10_000
# a field width or precision of six digits or more in a %-format or str.format string
_WIDE = re.compile(r"%[-#0 +]*(?:\d{6,}|\*)|%[-#0 +]*\d*\.\d{6,}|\{[^{}]*\d{6,}[^{}]*\}")
_SEQUENCES = (str, bytes, list, tuple)


class Refused(SecurityError):
    """The template asked for something templates may not do."""


class Unloadable(Refused):
    """A template file that is not read: outside the directory, unreadable, not UTF-8 text."""


class ConfinedLoader(BaseLoader):
    """Templates from one directory only: no `..`, no absolute names, no symlink out of it, no
    device or FIFO, no file over MAX_TEMPLATE_BYTES, UTF-8 only."""

    def __init__(self, root: str, shown: str) -> None:
        self.root = root
        self.real = os.path.realpath(root)
        self.shown = shown
        self.names: dict[str, str] = {}
        """Template file → how messages name it."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if template.startswith(("/", "\\")) or "\x00" in template or ":" in template[:3]:
            raise Unloadable(
                f"{template!r} is outside the template directory; name templates in it"
            )
        pieces = [p for p in template.split("/") if p not in ("", ".")]
        if any(p == ".." or "\\" in p for p in pieces):
            raise Unloadable(
                f"{template!r} is outside the template directory; name templates in it"
            )
        path = os.path.join(self.root, *pieces)
        shown = os.path.join(self.shown, *pieces)
        real = os.path.realpath(path)
        if real != self.real and not real.startswith(self.real.rstrip(os.sep) + os.sep):
            raise Unloadable(
                f"{shown} links outside the template directory; copy the file in instead"
            )
        try:
            info = os.stat(real)
        except FileNotFoundError:
            raise TemplateNotFound(template) from None
        except OSError as exc:
            raise Unloadable(f"{shown} cannot be read ({exc.strerror})") from None
        if stat.S_ISDIR(info.st_mode):
            raise TemplateNotFound(template)
        if not stat.S_ISREG(info.st_mode):
            raise Unloadable(f"{shown} is not a regular file; templates are text files")
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise Unloadable(
                f"{shown} is over {MAX_TEMPLATE_BYTES // 1000} kB, too large for a template"
            )
        try:
            with open(real, "rb") as fh:
                data = fh.read(MAX_TEMPLATE_BYTES + 1)
        except OSError as exc:
            raise Unloadable(f"{shown} cannot be read ({exc.strerror})") from None
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise Unloadable(f"{shown}:{line} is not UTF-8 text; save it as UTF-8") from None
        self.names[path] = shown
        return source, path, lambda: True


def _too_big(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE


def _check_args(what: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if _too_big(value) or (isinstance(value, str) and _WIDE.search(value)):
            raise Refused(f"{what} with a size over {MAX_SIZE:,} is not allowed; use smaller sizes")


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose width, count and format arguments are checked (the value itself is not,
    except for `format`, where the value is the format string)."""

    skip = 0 if getattr(func, "jinja_pass_arg", None) is None else 1  # the environment
    first = skip if name == "format" else skip + 1

    def checked(*args: Any, **kwargs: Any) -> Any:
        _check_args(f"the filter {name}", args[first:], kwargs)
        return func(*args, **kwargs)

    checked.__dict__.update(func.__dict__)
    return checked


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with size limits on what one expression can make."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # paragraphs on demand: no use in a plan, easy to abuse
        for name in ("center", "indent", "format", "slice", "batch", "wordwrap", "truncate"):
            self.filters[name] = _bounded_filter(name, self.filters[name])

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            seq, n = (left, right) if isinstance(left, _SEQUENCES) else (right, left)
            if isinstance(seq, _SEQUENCES) and isinstance(n, int) and len(seq) * n > MAX_SIZE:
                raise Refused(f"repeating a text or list to over {MAX_SIZE:,} items is not allowed")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right * abs(left).bit_length() > MAX_POWER_BITS:
                raise Refused("a power this large is not allowed in a template")
        elif operator == "%" and isinstance(left, str):
            parts = right if isinstance(right, tuple) else (right,)
            _check_args("a %-format", (left, *parts), {})
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        template = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            nested = [v for a in args if isinstance(a, dict) for v in a.values()]
            _check_args("str.format", (template, *args, *nested), kwargs)
            return wrapped(*args, **kwargs)

        return checked

    def call(
        __self,  # Jinja's own signature: any keyword may pass through to the callee
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, _SEQUENCES) and not isinstance(owner, type):
            _check_args(f"{type(owner).__name__}.{getattr(__obj, '__name__', '?')}", args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)
