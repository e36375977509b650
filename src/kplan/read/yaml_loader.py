"""Load: read one YAML file into plain Python data, refusing what a plan file must not hold.

kplan builds data straight from the parser's event stream instead of using a YAML loader:
- it is several times faster than a loader (no node graph), so large plans validate quickly;
- it refuses anchors, aliases and merge keys at the event, so alias bombs never expand;
- it resolves scalars by the YAML 1.2 core schema only (`no` stays text, `0755` is not octal),
  and never builds objects from tags;
- it keeps no positions unless asked: positions are only needed when there is something to
  report, so `positions=True` runs the same walk again and records them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from kplan.diagnostics import DataPath, Diagnostic, make
from kplan.read.rawtext import line_col, read_text, split_lines, stray_bom
from kplan.read.sources import DISK, Source
from kplan.read.yaml_scalars import (
    TAGS_OK,
    Refused,
    Soft,
    grouped,
    non_text_key,
    scalar,
    written,
)
from kplan.read.yaml_syntax import syntax_words
from kplan.text import t

try:  # the C parser is an optional extra of ruamel.yaml; the pure one gives the same events
    from _ruamel_yaml import CParser as _CParser  # type: ignore[import-not-found]

    def _parser(text: str) -> Any:
        return _CParser(text)

except ImportError:  # pragma: no cover - depends on the platform
    from ruamel.yaml.parser import Parser as _PyParser
    from ruamel.yaml.reader import Reader
    from ruamel.yaml.scanner import Scanner

    class _PureParser(Reader, Scanner, _PyParser):
        def __init__(self, text: str) -> None:
            Reader.__init__(self, text, loader=self)
            Scanner.__init__(self, loader=self)
            _PyParser.__init__(self, loader=self)

    def _parser(text: str) -> Any:
        return _PureParser(text)


MAX_DEPTH = 64
"""Plans nest a handful of levels; deeper input is hostile or broken."""
MAX_NODES = 1_000_000
"""Values one file may hold: a big plan has about 100,000; parsing and checking each costs
time and memory, so a file of tiny values ([1,1,1,...]) is refused before it adds up."""
Pos = tuple[int, int]


@dataclass
class Positions:
    """1-based (line, col) of every key and value in a file, by data path."""

    keys: dict[DataPath, Pos] = field(default_factory=dict)
    values: dict[DataPath, Pos] = field(default_factory=dict)

    def of(self, path: DataPath, *, key: bool = False) -> Pos:
        """The position of `path`, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        for n in range(len(path), -1, -1):
            prefix = path[:n]
            if prefix in table:
                return table[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)


@dataclass
class Loaded:
    """A file's data, or the problems that kept it from loading."""

    path: str
    data: Any = None
    problems: list[Diagnostic] = field(default_factory=list)
    positions: Positions | None = None
    text: str = ""

    @property
    def ok(self) -> bool:
        """True when there is data to work on (there may still be problems to report)."""
        return self.data is not None


def load_file(path: str, *, positions: bool = False, source: Source = DISK) -> Loaded:
    """Read and parse one file; problems come back as diagnostics, never as exceptions."""
    text = read_text(path, source)
    if isinstance(text, Diagnostic):
        return Loaded(path, problems=[text])
    if positions:
        return parse_text(text, path, positions=True)
    shared = _versions.get()
    if shared is not None:
        return shared.parsed(text, path)
    return _parsed(text, path)


@lru_cache(maxsize=64)
def _parsed(text: str, path: str) -> Loaded:
    # A command reads its plan's root file more than once (its målform, the plan itself). The
    # data is only ever read, so sharing it is safe.
    return parse_text(text, path)


class Versions:
    """The parses of the last two versions of a plan read one after the other (`kplan diff`,
    `kplan log`): two versions mostly share files, and a file they share is parsed once,
    however many files the plan has. Keyed by path and text: equal text is an equal parse."""

    def __init__(self) -> None:
        self._before: dict[tuple[str, str], Loaded] = {}
        self._now: dict[tuple[str, str], Loaded] = {}

    def next(self) -> None:
        """A new version is read: what the one before it parsed is kept, older parses go."""
        self._before, self._now = self._now, {}

    def parsed(self, text: str, path: str) -> Loaded:
        key = (path, text)
        loaded = self._now.get(key) or self._before.get(key)
        if loaded is None:
            loaded = _parsed(text, path)
        self._now[key] = loaded
        return loaded


_versions: ContextVar[Versions | None] = ContextVar("kplan_versions", default=None)


@contextmanager
def versions_shared() -> Iterator[Versions]:
    """Within the block, each file's parse is kept for the version read next (`Versions`); the
    parses go when the block ends. Per thread: a thread of its own shares nothing."""
    shared = Versions()
    token = _versions.set(shared)
    try:
        yield shared
    finally:
        _versions.reset(token)


def parse_text(text: str, path: str, *, positions: bool = False) -> Loaded:
    """Parse YAML text into plain data (dicts, lists, str, int, float, bool, date, None)."""
    pos = Positions() if positions else None
    soft: Soft = []
    bom = stray_bom(text, path, "K005")
    if bom is not None:
        return Loaded(path, problems=[bom])
    try:
        data = _build(text, pos, soft)
    except Refused as r:
        return Loaded(path, problems=[make(path, r.line, r.col, r.code, r.message)])
    except MarkedYAMLError as exc:
        return Loaded(path, problems=[_syntax(path, text, exc)])
    except ReaderError as exc:
        line, col = line_col(text, exc.position)
        return Loaded(
            path,
            problems=[
                make(path, line, col, "K005", t("read.k005.character", char=repr(exc.character)))
            ],
        )
    except YAMLError as exc:  # any other parser complaint, without a mark
        problem = make(path, 1, 1, "K005", t("read.k005.yaml_error", why=str(exc)))
        return Loaded(path, problems=[problem])
    except RecursionError:
        return Loaded(path, problems=[make(path, 1, 1, "K010", t("read.k010.too_deep"))])
    if data is _EMPTY or data is None:
        return Loaded(path, problems=[make(path, 1, 1, "K012", t("read.k012.empty"))])
    problems = [make(path, *s) for s in soft]
    return Loaded(path, data=data, positions=pos, problems=problems, text=text)


def _syntax(path: str, text: str, exc: MarkedYAMLError) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = syntax_words(exc.problem) if exc.problem else t("read.k005.invalid")
    lines = split_lines(text)
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source_line[: max(col, len(source_line) - len(source_line.lstrip()))]:
        tab_col = source_line.index("\t") + 1
        return make(path, line, tab_col, "K006", t("read.k006.tab"))
    context = t("read.syntax.context", context=syntax_words(exc.context)) if exc.context else ""
    return make(path, line, col, "K005", t("read.k005.syntax", problem=problem, context=context))


_EMPTY = object()
_NOKEY = object()
_DROP = object()  # the value of a duplicate key: reported, then left out


_YAML11_BREAKS = "\x85\u2028\u2029"


def _stand_ins(text: str) -> tuple[str, dict[int, int] | None]:
    """The text with NEL, U+2028 and U+2029 swapped for private-use characters it does not hold,
    and the table that swaps them back.

    The parser reads those three as line breaks, as YAML 1.1 did: a U+2028 in a comment ended the
    comment (a syntax error), NEL in a quoted value became a space, and every later line number
    was off by one per character. In YAML 1.2, as in editors and git, they are text. One character
    stands for one, so the parser's offsets and columns stay those of the file."""
    if not any(c in text for c in _YAML11_BREAKS):
        return text, None
    free = (chr(c) for c in range(0xF8FF, 0xE000, -1) if chr(c) not in text)
    stand = "".join(next(free, "") for _ in _YAML11_BREAKS)
    if len(stand) < len(_YAML11_BREAKS):  # a file that holds every private-use character
        return text, None
    return text.translate(str.maketrans(_YAML11_BREAKS, stand)), str.maketrans(
        stand, _YAML11_BREAKS
    )


def _build(text: str, pos: Positions | None, soft: Soft) -> Any:
    """Build data from parser events with an explicit stack (no recursion)."""
    hidden, back = _stand_ins(text)
    parser = _parser(hidden)
    get = parser.get_event
    if back is not None:
        get_hidden = get

        def get() -> Any:
            e = get_hidden()
            if type(e) is ev.ScalarEvent:
                e.value = e.value.translate(back)
            return e

    # each frame: [container, pending key (maps) or _NOKEY, data path]
    stack: list[list[Any]] = []
    root: Any = _EMPTY
    documents = 0
    track = pos is not None

    def mark(e: Any) -> tuple[int, int]:
        return e.start_mark.line + 1, e.start_mark.column + 1

    def put(value: Any, e: Any) -> DataPath | None:
        nonlocal root
        if not stack:
            root = value
            if track:
                assert pos is not None
                pos.values[()] = mark(e)
            return ()
        frame = stack[-1]
        container = frame[0]
        if type(container) is list:
            if track:
                assert pos is not None
                here: DataPath = (*frame[2], len(container))
                pos.values[here] = mark(e)
                container.append(value)
                return here
            container.append(value)
            return None
        key = frame[1]
        if key is _NOKEY:
            if type(value) is str:
                pass  # the usual key: none of the checks below apply
            elif isinstance(value, (dict, list)):
                raise Refused(*mark(e), "K015", t("read.k015.container_key"))
            elif not isinstance(value, Hashable):
                raise Refused(*mark(e), "K015", t("read.k015.value_key"))
            elif not isinstance(value, int) or isinstance(value, bool):
                # true:, null:, 1.5: and 2024-01-01: are not text; left as they are, true and 1
                # would even be the same key to Python
                soft.append((*mark(e), "K015", non_text_key(value, e)))
                frame[1] = _DROP
                return None
            if value == "<<" and type(e) is ev.ScalarEvent and not e.style:
                raise Refused(*mark(e), "K008", t("read.k008.merge"))
            if value in container:
                soft.append((*mark(e), "K007", t("read.k007.duplicate_key", key=str(value))))
                frame[1] = _DROP
                return None
            frame[1] = value
            if track:
                assert pos is not None
                pos.keys[(*frame[2], value)] = mark(e)  # keys are scalars here
            return None
        frame[1] = _NOKEY
        if key is _DROP:
            # the value is read (so nested problems are still found) but kept nowhere
            return (*frame[2], _DROP) if track else None
        container[key] = value
        if track:
            assert pos is not None
            here = (*frame[2], key)
            pos.values[here] = mark(e)
            return here
        return None

    nodes = 0
    try:
        while True:
            e = get()
            kind = type(e)
            nodes += 1
            if nodes > MAX_NODES and kind is not ev.StreamEndEvent:
                raise Refused(*mark(e), "K004", t("read.k004.values", most=grouped(MAX_NODES)))
            if kind is ev.ScalarEvent:
                if e.anchor is not None:
                    raise Refused(*mark(e), "K008", t("read.k008.anchor"))
                put(scalar(e, soft), e)
            elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                if e.anchor is not None:
                    raise Refused(*mark(e), "K008", t("read.k008.anchor"))
                if e.tag is not None and e.tag not in TAGS_OK:
                    raise Refused(*mark(e), "K009", t("read.k009.tag", tag=written(e.tag)))
                if len(stack) >= MAX_DEPTH:
                    raise Refused(*mark(e), "K010", t("read.k010.deeper_than", most=MAX_DEPTH))
                container: Any = {} if kind is ev.MappingStartEvent else []
                here = put(container, e)
                stack.append([container, _NOKEY, here if track else ()])
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                stack.pop()
            elif kind is ev.AliasEvent:
                raise Refused(*mark(e), "K008", t("read.k008.alias"))
            elif kind is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise Refused(*mark(e), "K011", t("read.k011.documents"))
            elif kind is ev.StreamEndEvent:
                break
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return root
