"""The Jinja sandbox every document template runs in, kplan's own and a kommune's alike.

A template directory comes from outside (shared between kommuner, unzipped from a mail), so a
template is data too: it may loop over `doc` and print, nothing more. It cannot reach Python
objects (`cycler.__init__.__globals__`, `''.__class__`, private attributes, str.format field
tricks), read files outside its directory (`../`, absolute names, symlinks out), or build
something huge in one step (`'x' * 10**9`, `range(10**9)`, `10**10**10`, a width of a billion).
No value a step makes may pass MAX_SIZE either: what would blow up inside one C call (a
replace, expandtabs, join, concatenation, a format with wide fields, printing a list of big
strings) is sized before the call, and every call, operator and filter result after it.
A macro's result is the exception: it is document text (a chapter of a large plan is
megabytes), so it is held to the document's own cap (`output_limit`) instead.
What still runs long (nested loops) is stopped by the caller's time limit.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from functools import update_wrapper
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateNotFound, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, Macro
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from markupsafe import Markup

from kplan.present.catalogue import words
from kplan.text import Text, t

MAX_TEMPLATE_BYTES = 1_000_000
MAX_SIZE = 1_000_000
"""The longest string or list one operation in a template may make (characters or items)."""
MAX_POWER_BITS = 10_000
MAX_INT_BITS = 100_000
"""The largest whole number a step may make (about 30,000 digits; printing stops at 4,300)."""
# a field width or precision of six digits or more in a %-format or str.format string
_WIDE = re.compile(
    r"%(?:\([^)]*\))?[-#0 +]*(?:\d{6,}|\*)|%(?:\([^)]*\))?[-#0 +]*\d*\.(?:\d{6,}|\*)"
    r"|\{[^{}]*\d{6,}[^{}]*\}"
)
_PERCENT = re.compile(
    r"%(?:\(([^)]*)\))?[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?[hlL]?([diouxXeEfFgGcrsab%])"
)
_SEQUENCES = (str, bytes, list, tuple)
_CONTAINERS = (list, tuple, dict, set, frozenset)
# filters that go through a list item by item instead of printing it whole
_ITERATING = frozenset(
    {
        *("attr", "batch", "count", "d", "default", "dictsort", "first", "groupby", "items"),
        *("last", "length", "list", "map", "max", "min", "random", "reject", "rejectattr"),
        *("reverse", "select", "selectattr", "slice", "sort", "sum", "unique"),
    }
)


class Refused(SecurityError):
    """The template asked for something templates may not do; `text` says what, in the
    reader's language (the CLI writes it)."""

    def __init__(self, message: Text) -> None:
        super().__init__(words(message, "en"))  # for Jinja and logs; people read `text`
        self.text = message


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
            raise Unloadable(t("run.template.outside", name=template))
        pieces = [p for p in template.split("/") if p not in ("", ".")]
        if any(p == ".." or "\\" in p for p in pieces):
            raise Unloadable(t("run.template.outside", name=template))
        path = os.path.join(self.root, *pieces)
        shown = os.path.join(self.shown, *pieces)
        real = os.path.realpath(path)
        if real != self.real and not real.startswith(self.real.rstrip(os.sep) + os.sep):
            raise Unloadable(t("run.template.links_out", path=shown))
        try:
            info = os.stat(real)
        except FileNotFoundError:
            raise TemplateNotFound(template) from None
        except OSError as exc:
            raise Unloadable(_unreadable(shown, exc)) from None
        if stat.S_ISDIR(info.st_mode):
            raise TemplateNotFound(template)
        if not stat.S_ISREG(info.st_mode):
            raise Unloadable(t("run.template.not_regular", path=shown))
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise Unloadable(t("run.template.too_large", path=shown, kb=MAX_TEMPLATE_BYTES // 1000))
        try:
            with open(real, "rb") as fh:
                data = fh.read(MAX_TEMPLATE_BYTES + 1)
        except OSError as exc:
            raise Unloadable(_unreadable(shown, exc)) from None
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise Unloadable(t("run.template.not_utf8", path=shown, line=line)) from None
        self.names[path] = shown
        return source, path, lambda: True


def _unreadable(shown: str, exc: OSError) -> Text:
    return t("run.template.unreadable", path=shown, reason=str(exc.strerror or exc))


def _million() -> Text:
    return t("run.million", n=MAX_SIZE // 1_000_000)


def _too_big(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE


def _check_args(what: Text | str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if _too_big(value) or (isinstance(value, str) and _WIDE.search(value)):
            raise Refused(t("run.template.size_args", what=what, million=_million()))


def _refuse_size() -> Refused:
    return Refused(t("run.template.too_long", million=_million()))


def printed(value: Any, budget: int = MAX_SIZE) -> int:
    """About how many characters `str(value)` makes, counted no further than past `budget`
    (a list of a thousand references to one big text prints a thousand copies)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, bool) or value is None:
        return 5
    if isinstance(value, int):
        return value.bit_length() * 3 // 10 + 2
    if isinstance(value, _CONTAINERS):
        total = 2
        items = value.items() if isinstance(value, dict) else value
        for item in items:
            total += printed(item, budget - total) + 2
            if total > budget:
                break
        return total
    return 100  # a number, a view object: printed small


def _length(value: Any) -> int:
    return len(value) if isinstance(value, _SEQUENCES) else 0


def sized(value: Any) -> Any:
    """The value, if it is within MAX_SIZE."""
    if isinstance(value, _SEQUENCES + _CONTAINERS) and len(value) > MAX_SIZE:
        raise _refuse_size()
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise Refused(t("run.template.big_number"))
    return value


def _printable(value: Any) -> Any:
    if isinstance(value, _CONTAINERS) and printed(value) > MAX_SIZE:
        raise _refuse_size()
    return value


def _percent_size(template: str, right: Any) -> int:
    """About how long `template % right` is, from its fields' widths and values."""
    args = right if isinstance(right, tuple) else (right,)
    total = len(template)
    for i, (key, width, precision, kind) in enumerate(_PERCENT.findall(template)):
        if "*" in (width, precision):
            raise Refused(t("run.template.star_width"))
        if kind == "%":
            continue
        if key and isinstance(right, dict):
            value = right.get(key, "")
        else:
            value = args[i] if i < len(args) else ""
        total += max(int(width or 0), int(precision or 0), printed(value)) + 2
        if total > MAX_SIZE:
            break
    return total


def _str_call_size(owner: str, name: str, args: tuple[Any, ...]) -> int:
    """How long a str method's result can get, for those that grow it in one C call."""
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        old, new = args[0], args[1]
        count = owner.count(old) if old else len(owner) + 1
        if len(args) > 2 and isinstance(args[2], int) and args[2] >= 0:
            count = min(count, args[2])
        return len(owner) + count * max(0, len(str(new)) - len(old))
    if name == "expandtabs":
        size = args[0] if args and isinstance(args[0], int) else 8
        return len(owner) + owner.count("\t") * max(0, size)
    if name == "join" and args and isinstance(args[0], _CONTAINERS):
        items = args[0]
        return sum(printed(x) for x in items) + len(owner) * len(items)
    return 0


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose width, count and format arguments are checked, whose value is sized
    before it is printed, and whose result is sized after."""

    skip = 0 if getattr(func, "jinja_pass_arg", None) is None else 1  # the environment
    first = skip if name == "format" else skip + 1
    bounded = name in ("center", "indent", "format", "slice", "batch", "wordwrap", "truncate")

    def checked(*args: Any, **kwargs: Any) -> Any:
        if bounded:
            _check_args(t("run.template.filter", name=name), args[first:], kwargs)
        value = args[skip] if len(args) > skip else None
        if name == "join" and not isinstance(value, str | Markup) and value is not None:
            items = list(value)
            sep = args[skip + 1] if len(args) > skip + 1 else kwargs.get("d", "")
            if sum(printed(x) for x in items) + printed(sep) * len(items) > MAX_SIZE:
                raise _refuse_size()
            args = (*args[:skip], items, *args[skip + 1 :])
        elif name == "replace" and isinstance(value, str) and len(args) > skip + 2:
            if _str_call_size(value, "replace", args[skip + 1 :]) > MAX_SIZE:
                raise _refuse_size()
        elif name == "format" and isinstance(value, str):
            if _percent_size(value, kwargs or tuple(args[skip + 1 :])) > MAX_SIZE:
                raise _refuse_size()
        elif name not in _ITERATING:
            _printable(value)
        return sized(func(*args, **kwargs))

    checked.__dict__.update(getattr(func, "__dict__", {}))
    return checked


class _Budgeted(SandboxedFormatter):
    """str.format whose fields, nested widths included, stay within MAX_SIZE together."""

    used = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        return super().convert_field(_printable(value), conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        # the spec here has its nested {1} fields filled in already
        if any(int(n) > MAX_SIZE for n in re.findall(r"\d+", format_spec)):
            raise Refused(t("run.template.size_args", what="str.format", million=_million()))
        self.used += max(printed(_printable(value)), *map(int, re.findall(r"\d+", format_spec)), 0)
        if self.used > MAX_SIZE:
            raise _refuse_size()
        return super().format_field(value, format_spec)


class _BudgetedEscape(_Budgeted, SandboxedEscapeFormatter):
    pass


class _Codegen(CodeGenerator):
    """Jinja's code generator, with `a ~ b ~ ...` sized before it is joined and after."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"environment.sized({func_name}(environment.joinable((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))))")


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with size limits on what one expression can make."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _Codegen
    sized = staticmethod(sized)

    def __init__(self, *, output_limit: int | None = None, **options: Any) -> None:
        """Jinja's options, and `output_limit`: the most characters a macro may return (the
        document's cap; None for no cap, as for kplan's own templates)."""
        super().__init__(**options)
        self.output_limit = output_limit
        self.globals.pop("lipsum", None)  # paragraphs on demand: no use in a plan, easy to abuse
        for name in list(self.filters):
            self.filters[name] = _bounded_filter(name, self.filters[name])
        # printing a value: a list of a thousand big texts is refused before str() makes it
        inner = self.finalize
        if inner is None:
            self.finalize = _printable
        elif getattr(inner, "jinja_pass_arg", None) is None:
            # every printed value passes here; a text prints as long as it is already
            self.finalize = lambda value: inner(value if type(value) is str else _printable(value))

    @staticmethod
    def joinable(parts: tuple[Any, ...]) -> tuple[Any, ...]:
        if sum(printed(p) for p in parts) > MAX_SIZE:
            raise _refuse_size()
        return parts

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            seq, n = (left, right) if isinstance(left, _SEQUENCES) else (right, left)
            if isinstance(seq, _SEQUENCES) and isinstance(n, int) and len(seq) * n > MAX_SIZE:
                raise Refused(t("run.template.repeat", million=_million()))
            ints = isinstance(left, int) and isinstance(right, int)
            if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise Refused(t("run.template.big_number"))
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right * abs(left).bit_length() > MAX_POWER_BITS:
                raise Refused(t("run.template.big_power"))
        elif operator == "%" and isinstance(left, str):
            parts = right if isinstance(right, tuple) else (right,)
            _check_args(t("run.template.percent_format"), (left, *parts), {})
            if _percent_size(left, right) > MAX_SIZE:
                raise _refuse_size()
        elif operator == "+" and _length(left) + _length(right) > MAX_SIZE:
            raise _refuse_size()
        return sized(super().call_binop(context, operator, left, right))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # Jinja's own, with a formatter that sizes every field (nested widths too)
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        template = value.__self__
        is_map = value.__name__ == "format_map"
        escape = isinstance(template, Markup)

        def checked(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    return wrapped(*args, **kwargs)  # Jinja's own error
                mapping = args[0]
                args, kwargs = (), mapping
            formatter = _BudgetedEscape(self, escape=template.escape) if escape else _Budgeted(self)
            result: str = sized(type(template)(formatter.vformat(template, args, kwargs)))
            return result

        return update_wrapper(checked, value)

    def call(
        __self,  # Jinja's own signature: any keyword may pass through to the callee
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, _SEQUENCES) and not isinstance(owner, type):
            name = getattr(__obj, "__name__", "?")
            _check_args(f"{type(owner).__name__}.{name}", args, kwargs)
            if isinstance(owner, str) and _str_call_size(owner, name, args) > MAX_SIZE:
                raise _refuse_size()
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(__obj, Macro) and isinstance(result, str):
            # made of printed pieces, each already sized: only the document's cap applies
            limit = __self.output_limit
            if limit is not None and len(result) > limit:
                raise Refused(t("run.template.document_too_long", mb=limit // 1_000_000))
            return result
        return sized(result)
