"""The nodes of a YAML file with their spans in its text, for `kplan.document.yaml_edit`.

Each node's start and end are character offsets into the text (the BOM counted), taken from
ruamel's pure parser: its marks count characters from the start, which the C parser's do not
when the file has a BOM. Line breaks are \n, \r\n or a lone \r, as editors count them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ruamel.yaml import YAML
from ruamel.yaml import events as ev
from ruamel.yaml.error import YAMLError

from kplan.read.yaml_loader import _stand_ins  # the loader's own reading of these characters

PLAIN = ""


class EditError(Exception):
    """An edit kplan cannot make without touching more than it should; nothing is written.

    `detail` is for a developer reading a traceback, never shown to a person: the user is
    told which file kplan will not edit (`excel_import.cannot_edit`)."""

    def __init__(self, *, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.path = ""
        """The file it happened in, once an `Editor` knows it."""


@dataclass
class Node:
    """A node of the file with its span: `start` to `end` in the text (`end` is where its
    last character ends, not where the next token starts)."""

    kind: str  # "map" | "seq" | "scalar"
    start: int
    end: int
    flow: bool = False
    style: str = PLAIN
    keys: list[Node] = field(default_factory=list)
    values: list[Node] = field(default_factory=list)
    value: str = ""
    in_flow: bool = False
    """It lies inside a flow collection, where `,[]{}` end a plain scalar."""

    def get(self, key: str) -> tuple[Node, Node] | None:
        for k, v in zip(self.keys, self.values, strict=True):
            if k.value == key:
                return k, v
        return None


def parse_nodes(text: str) -> Node:
    """The file's root node, every node with its span (ruamel's pure parser: its marks count
    characters from the start, the BOM included, which the C parser's do not)."""
    # NEL, U+2028 and U+2029 are text in YAML 1.2 but line breaks to the parser: swapped for
    # characters the file lacks, one for one, as the loader does, so offsets stay the file's
    hidden, back = _stand_ins(text)
    try:
        return _nodes(hidden, back)
    except YAMLError as exc:  # the loader read the file: this parser should too
        raise EditError(detail=f"the file does not parse: {exc}") from None


def _nodes(text: str, back: dict[int, int] | None) -> Node:
    stack: list[Node] = []
    root: Node | None = None
    for e in YAML(typ="safe", pure=True).parse(text):
        if isinstance(e, (ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent)):
            if isinstance(e, ev.ScalarEvent):
                value = e.value.translate(back) if back else e.value
                node = Node("scalar", e.start_mark.index, e.end_mark.index, value=value)
                node.style = e.style or PLAIN
            else:
                kind = "map" if isinstance(e, ev.MappingStartEvent) else "seq"
                node = Node(kind, e.start_mark.index, e.end_mark.index, flow=bool(e.flow_style))
            if not stack:
                root = node
            else:
                parent = stack[-1]
                node.in_flow = parent.flow or parent.in_flow
                if parent.kind == "map" and len(parent.keys) == len(parent.values):
                    parent.keys.append(node)
                else:
                    parent.values.append(node)
            if node.kind != "scalar":
                stack.append(node)
        elif isinstance(e, (ev.MappingEndEvent, ev.SequenceEndEvent)):
            node = stack.pop()
            if node.flow:
                node.end = e.end_mark.index
            elif node.values:
                node.end = content_end(text, node.values[-1])
    if root is None:
        raise EditError(detail="empty file")
    return root


def content_end(text: str, node: Node) -> int:
    """Where a node's text ends: a block scalar without its trailing blank lines (they are
    layout, unless it keeps them with `|+`), so the end is at the start of a line."""
    if node.kind == "scalar" and node.style in ("|", ">"):
        if text[node.start : node.start + 3].rstrip().endswith("+"):
            return node.end
        last = len(text[node.start : node.end].rstrip(" \t\r\n")) + node.start
        return min(after_line(text, last), node.end)
    return node.end


def line_begin(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def after_line(text: str, offset: int) -> int:
    """The start of the line after the one `offset` is on (the end of the text if none)."""
    if offset > 0 and text[offset - 1] in "\r\n" and offset == line_begin(text, offset):
        return offset  # already at the start of a line (after a block scalar)
    for i in range(offset, len(text)):
        if text[i] == "\n":
            return i + 1
        if text[i] == "\r":
            return i + 2 if text[i + 1 : i + 2] == "\n" else i + 1
    return len(text)


def line_end(text: str, offset: int) -> int:
    """Where the line break of the line `offset` is on begins (the end of the text if none)."""
    ends = [i for i in (text.find("\n", offset), text.find("\r", offset)) if i >= 0]
    return min(ends) if ends else len(text)


def column(text: str, offset: int) -> int:
    return offset - line_begin(text, offset)


def newline(text: str) -> str:
    """The file's line ending: CRLF when it has one, CR when it has only those (an old Mac
    editor's), else LF."""
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"
