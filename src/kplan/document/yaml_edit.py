"""Edits of a plan file's YAML text that keep every byte they do not change.

ruamel's round-trip dumper reindents, drops quotes, the BOM and `---` and can move comments
(PITFALLS.md), so kplan never dumps a user's file: it finds each node's span in the text from the
parser's events and splices new text in. Comments, blank lines, quoting, line endings (CRLF stays
CRLF) and the BOM of everything untouched stay as they were. Each file is read back after the
edits and must hold exactly the intended data, or nothing is edited (`EditError`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from kplan.document.yaml_emit import (
    PLAIN,
    block_entries,
    flow_value,
    same,
    scalar,
)
from kplan.document.yaml_nodes import (
    EditError,
    Node,
    after_line,
    column,
    content_end,
    line_begin,
    line_end,
    newline,
    parse_nodes,
)
from kplan.read.yaml_loader import Loaded, parse_text

_DOCUMENT_END = re.compile(r"^\.\.\.(?=[ \t\r\n#]|$)", re.MULTILINE)

REMOVE = object()
"""The value that takes a key away (a cell emptied in the form)."""


@dataclass
class Editor:
    """Edits of one file's text, collected and then applied at once (`result`)."""

    text: str
    path: str = "<plan>"
    raw: bytes = b""
    """The file's bytes as read, to check before writing that no one changed them meanwhile."""
    root: Node = field(init=False)
    data: Any = field(init=False)
    expected: Any = field(init=False)
    nl: str = field(init=False)
    _splices: dict[int, tuple[int, int, str]] = field(default_factory=dict, init=False)
    """Each edit by the order it was made in: (start, end, new text)."""
    _made: int = field(default=0, init=False)
    _codes: set[str] = field(default_factory=set, init=False)
    _pending: dict[tuple[int, str], int] = field(default_factory=dict, init=False)
    _created: dict[str, tuple[int, int, int, str, str, list[dict[str, Any]]]] = field(
        default_factory=dict, init=False
    )
    """Lists this run makes (none in the file, or `[]`): their splice, span, the text before
    the items, the key's indentation, and the items."""

    def __post_init__(self) -> None:
        loaded = _load(self.text, self.path)
        if loaded.data is None:
            raise EditError(detail=f"{self.path} does not load")
        self._codes = {d.code for d in loaded.problems}
        self.data = loaded.data
        self.expected = copy.deepcopy(loaded.data)
        self.root = parse_nodes(self.text)
        self.nl = newline(self.text)

    @property
    def dirty(self) -> bool:
        """Whether any edit was made."""
        return bool(self._splices)

    # --- finding -------------------------------------------------------------------------

    def node(self, path: tuple[str | int, ...]) -> Node:
        node = self.root
        for step in path:
            if isinstance(step, int):
                if node.kind != "seq" or step >= len(node.values):
                    raise EditError(detail=f"no item {step} at {path}")
                node = node.values[step]
            else:
                found = node.get(step) if node.kind == "map" else None
                if found is None:
                    raise EditError(detail=f"no key {step!r} at {path}")
                node = found[1]
        return node

    def _splice(self, start: int, end: int, new: str) -> None:
        # overlaps are looked for once, in `result`: a check here would cost a pass per edit
        self._splices[self._made] = (start, end, new)
        self._made += 1

    # --- edits ---------------------------------------------------------------------------

    def set(self, item: tuple[str | int, ...], key: tuple[str, ...], value: Any) -> None:
        """Set (or, with REMOVE, take away) `key` inside the mapping at `item`."""
        try:
            self._set(item, key, value)
        except EditError as exc:
            exc.path = exc.path or self.path
            raise

    def _set(self, item: tuple[str | int, ...], key: tuple[str, ...], value: Any) -> None:
        where = self.node(item)
        target = _walk(self.expected, item)
        for i, step in enumerate(key):
            if where.kind != "map":
                raise EditError(detail=f"{item} {key[:i]} is not a mapping")
            found = where.get(step)
            last = i == len(key) - 1
            if found is None:
                if value is REMOVE:
                    return  # nothing to take away
                pending = self._pending.get((id(where), step))
                nested: Any = value
                for inner in reversed(key[i + 1 :]):
                    nested = {inner: nested}
                if pending is None:
                    target[step] = nested
                    self._pending[(id(where), step)] = self._made
                else:  # a second field of a key this run adds: one block for both
                    inner_target = target[step]
                    for inner in key[i + 1 : -1]:
                        inner_target = inner_target.setdefault(inner, {})
                    inner_target[key[-1]] = value
                self._insert(where, step, target[step], pending)
                return
            knode, vnode = found
            if last:
                if value is REMOVE:
                    del target[step]
                    if target or len(key) == 1:
                        self._remove(where, knode, vnode)
                    else:
                        self._prune(item, key)
                else:
                    self._replace(knode, vnode, value)
                    target[step] = value
                return
            if not isinstance(target.get(step), dict):
                raise EditError(detail=f"{item} {key[: i + 1]} is not a mapping")
            where, target = vnode, target[step]

    def _prune(self, item: tuple[str | int, ...], key: tuple[str, ...]) -> None:
        """A mapping the run leaves empty (`period:` with neither start nor end) goes whole."""
        outer = self.node((*item, *key[:-2]))
        found = outer.get(key[-2])
        assert found is not None
        span = (found[0].start, found[1].end)
        # the edits inside it made so far go with it
        self._splices = {
            n: s for n, s in self._splices.items() if not (span[0] <= s[0] and s[1] <= span[1])
        }
        self._remove(outer, *found)
        del _walk(self.expected, (*item, *key[:-2]))[key[-2]]

    def _replace(self, knode: Node, vnode: Node, value: Any) -> None:
        indent = " " * (column(self.text, knode.start) + 2)
        colon = self.text.index(":", knode.end)
        if vnode.kind == "scalar" and vnode.start == vnode.end:
            # `key:` with nothing after it: the value goes after the colon, on its line
            self._splice(colon + 1, colon + 1, " " + flow_value(value))
            return
        end = content_end(self.text, vnode)
        if isinstance(value, list) and vnode.kind == "seq" and not vnode.flow and value:
            dash = " " * column(self.text, vnode.start)
            style = vnode.values[0].style if vnode.values else PLAIN
            items = [scalar(v, style=style, flow=True) for v in value]
            tail = self.nl if self.text[end - 1] in "\r\n" else ""
            self._splice(vnode.start, end, (self.nl + dash).join("- " + x for x in items) + tail)
            return
        if isinstance(value, (list, dict)) or vnode.kind != "scalar":
            style = vnode.values[0].style if vnode.kind == "seq" and vnode.values else PLAIN
            new = flow_value(value, style=style)
            if vnode.flow:
                self._splice(vnode.start, end, new)
            else:  # a block collection becomes a flow one, on the key's line
                tail = self.nl if self.text[end - 1] in "\r\n" else ""
                self._splice(colon + 1, end, " " + new + tail)
            return
        if vnode.in_flow:
            self._splice(vnode.start, end, scalar(value, style=vnode.style, flow=True))
            return
        stop = after_line(self.text, end)
        if self.text[end:stop].strip():
            # something follows on the line (a comment): the value stays on one line
            self._splice(vnode.start, end, flow_value(value, style=vnode.style))
            return
        new = scalar(value, style=vnode.style, indent=indent, nl=self.nl)
        if not new.endswith(self.nl):
            # the line's own ending is kept (the last line may have none); a block scalar's
            # span held its line break, so the new value brings one
            new += self.nl if stop == end else self.text[line_end(self.text, end) : stop]
        self._splice(vnode.start, stop, new)

    def _insert(self, mapping: Node, key: str, value: Any, redo: int | None = None) -> None:
        """Add `key: value` at the end of `mapping`; `redo` is the splice of an earlier add of
        the same key, written again with the fuller value."""
        if redo is not None:
            self._splices.pop(redo, None)
            self._pending[(id(mapping), key)] = self._made
        if mapping.flow:
            close = mapping.end - 1
            before = self.text[mapping.start + 1 : close].rstrip()
            sep = "" if not before or before.endswith(",") else ", "
            self._splice(close, close, f"{sep}{scalar(key, flow=True)}: {flow_value(value)}")
            return
        col = column(self.text, mapping.keys[0].start)
        at = after_line(self.text, content_end(self.text, mapping.values[-1]))
        lead = "" if at == 0 or self.text[at - 1] in "\r\n" else self.nl
        lines = block_entries({key: value}, " " * col, self.nl, step=self._step(mapping))
        self._splice(at, at, lead + "".join(lines))

    def _step(self, mapping: Node) -> str:
        """The indentation step the file uses below a key (two spaces unless it shows more)."""
        for k, v in zip(mapping.keys, mapping.values, strict=True):
            if v.kind == "map" and not v.flow and v.keys:
                step = column(self.text, v.keys[0].start) - column(self.text, k.start)
                if 1 <= step <= 8:
                    return " " * step
        return "  "

    def _remove(self, mapping: Node, knode: Node, vnode: Node) -> None:
        i = next(n for n, k in enumerate(mapping.keys) if k is knode)
        if mapping.flow:
            if i + 1 < len(mapping.keys):
                self._splice(knode.start, mapping.keys[i + 1].start, "")
            elif i > 0:
                self._splice(mapping.values[i - 1].end, vnode.end, "")
            else:
                self._splice(knode.start, vnode.end, "")
            return
        begin = line_begin(self.text, knode.start)
        if self.text[begin : knode.start].strip():
            # the first key of a list item, on the `- ` line: the next key moves up to it
            if i + 1 >= len(mapping.keys):
                raise EditError(detail="cannot remove the only key of an item")
            self._splice(knode.start, mapping.keys[i + 1].start, "")
            return
        end = after_line(self.text, content_end(self.text, vnode))
        self._splice(begin, end, "")

    def append(self, section: str, item: dict[str, Any]) -> None:
        """Add `item` at the end of the top-level list `section`, in its siblings' style."""
        try:
            self._append(section, item)
        except EditError as exc:
            exc.path = exc.path or self.path
            raise

    def _append(self, section: str, item: dict[str, Any]) -> None:
        if self.root.kind != "map" or self.root.flow:
            raise EditError(detail="the file is not a block mapping")
        if not isinstance(self.expected, dict):
            raise EditError(detail="the file is not a mapping")
        found = self.root.get(section)
        nl = self.nl
        if section in self._created:
            # a list this run makes: written again, whole, with the new item
            key, start, end, head, indent, items = self._created[section]
            items.append(item)
            self.expected[section].append(item)
            self._splices.pop(key, None)
            self._created[section] = (self._made, start, end, head, indent, items)
            self._splice(start, end, self._new_list(head, indent, items))
            return
        if found is None:
            at = len(self.text)
            if self.root.values:
                # before a document end marker (`...`) the file may have after its data
                end = after_line(self.text, content_end(self.text, self.root.values[-1]))
                marker = _DOCUMENT_END.search(self.text, end)
                at = marker.start() if marker else at
            lead = "" if at == 0 or self.text[at - 1] in "\r\n" else nl
            self.expected[section] = [item]
            head = f"{lead}{section}:{nl}"
            self._created[section] = (self._made, at, at, head, "", [item])
            self._splice(at, at, self._new_list(head, "", [item]))
            return
        knode, seq = found
        listed = self.expected.get(section)
        if seq.kind == "scalar" and listed is None:
            listed = self.expected[section] = []
        if not isinstance(listed, list):
            raise EditError(detail=f"{section} is not a list")
        listed.append(item)
        if seq.kind == "scalar" or (seq.flow and not seq.values):
            # `actions: []` or `actions:`: the list becomes a block below its key
            col = column(self.text, knode.start)
            end = seq.end if seq.kind == "seq" else seq.start
            colon = self.text.index(":", knode.end)
            indent = " " * col
            self._created[section] = (self._made, colon + 1, end, nl, indent, [item])
            self._splice(colon + 1, end, self._new_list(nl, indent, [item]))
            return
        if seq.kind != "seq":
            raise EditError(detail=f"{section} is not a list")
        last = seq.values[-1]
        styles = self._styles(last)
        if last.kind == "map":
            # the keys in the order the sibling has them, the others after them
            order = [k.value for k in last.keys if k.value in item]
            item = {**{k: item[k] for k in order}, **item}
        if seq.flow:
            close = seq.end - 1
            self._splice(close, close, ", " + flow_value(item, styles))
            return
        dash = column(self.text, seq.start)
        at = after_line(self.text, content_end(self.text, last))
        lead = "" if at == 0 or self.text[at - 1] in "\r\n" else nl
        blank = self._blank_between(seq)
        if last.kind == "map" and last.flow:
            self._splice(at, at, f"{lead}{blank}{' ' * dash}- {flow_value(item, styles)}{nl}")
            return
        col = column(self.text, last.start) if last.kind == "map" else dash + 2
        lines = block_entries(
            item, " " * col, nl, styles, step=self._step(last) if last.kind == "map" else "  "
        )
        first = " " * dash + "- " + " " * (col - dash - 2) + lines[0][col:]
        self._splice(at, at, lead + blank + first + "".join(lines[1:]))

    def _new_list(self, before: str, indent: str, items: list[dict[str, Any]]) -> str:
        """A block list the run makes: `before` (the key's line when the key is new), then
        each item, its dash two columns right of the key at `indent`. A list that replaces
        `[]` leaves the rest of that line (a comment) after its last item."""
        pad = indent + "  "
        out = []
        for item in items:
            lines = block_entries(item, pad + "  ", self.nl)
            out.append(pad + "- " + "".join(lines)[len(pad) + 2 :])
        text = before + "".join(out)
        return text if before.endswith(":" + self.nl) else text.rstrip("\r\n")

    def _styles(self, sibling: Node) -> dict[str, str]:
        """How a sibling item writes each key's value: quoted, plain, a block list..."""
        styles: dict[str, str] = {}
        if sibling.kind != "map":
            return styles
        for k, v in zip(sibling.keys, sibling.values, strict=True):
            if v.kind == "scalar":
                styles[k.value] = v.style
            elif v.kind == "map":
                styles[k.value] = "flow" if v.flow else "block"
            elif v.kind == "seq":
                styles[k.value] = PLAIN if v.flow else "block"
                if v.values and v.values[0].kind == "scalar":
                    styles[k.value + "[]"] = v.values[0].style
        return styles

    def _blank_between(self, seq: Node) -> str:
        """A blank line before the new item when the file's items are set apart by one."""
        if len(seq.values) < 2:
            return ""
        prev_end = after_line(self.text, content_end(self.text, seq.values[-2]))
        between = self.text[prev_end : line_begin(self.text, seq.values[-1].start)]
        lines = re.split(r"\r\n|\r|\n", between)
        return self.nl if any(not line.strip() for line in lines[:-1]) else ""

    # --- result --------------------------------------------------------------------------

    def result(self) -> str:
        """The edited text, checked: read back, it holds exactly the intended data."""
        try:
            return self._result()
        except EditError as exc:
            exc.path = exc.path or self.path
            raise

    def _result(self) -> str:
        # in order of place; insertions at one place in the order they were made
        order = sorted(self._splices.items(), key=lambda s: (s[1][0], s[1][1], s[0]))
        pieces, reach = [], 0
        for _, (start, end, new) in order:
            if start < reach:
                raise EditError(detail="two edits overlap")
            pieces += [self.text[reach:start], new]
            reach = end
        text = "".join([*pieces, self.text[reach:]])
        loaded = _load(text, self.path)
        new_problems = {d.code for d in loaded.problems} - self._codes
        if new_problems or not same(loaded.data, self.expected):
            raise EditError(detail=f"{self.path}: the edited text does not read back as intended")
        return text


def _load(text: str, path: str) -> Loaded:
    # the loader reads a file's text after its BOM (read_text takes it off)
    return parse_text(text[1:] if text.startswith("\ufeff") else text, path)


def _walk(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data
