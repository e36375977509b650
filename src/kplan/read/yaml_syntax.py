"""The YAML parser's complaints in the reader's language.

libyaml (and ruamel's pure parser) say what went wrong in a parser's English: «did not find
expected ',' or ']' while parsing a flow sequence». An HR adviser who forgot a bracket needs
«Feil i YAML-oppsettet i en liste i hakeparenteser [ ]: fant ikke ',' eller ']'». The complaints a plan file meets
are few; each known one becomes a catalogue text (its English is the parser's own words), and
any other is quoted as the parser said it.
"""

from __future__ import annotations

from kplan.text import Message, t

_KNOWN = {
    "mapping values are not allowed in this context": "mapping_values",
    "mapping values are not allowed here": "mapping_values_here",
    "could not find expected ':'": "expected_colon",
    "did not find expected key": "expected_key",
    "did not find expected ',' or ']'": "expected_close_list",
    "did not find expected ',' or '}'": "expected_close_map",
    "did not find expected '-' indicator": "expected_dash",
    "did not find expected node content": "expected_content",
    "found character that cannot start any token": "bad_start",
    "found unexpected end of stream": "end_of_file",
    "found unknown escape character": "escape",
    "found a tab character that violates indentation": "tab",
    "block sequence entries are not allowed in this context": "dash_here",
    "while scanning a simple key": "in_key",
    "while scanning a plain scalar": "in_plain",
    "while scanning a quoted scalar": "in_quoted",
    "while parsing a block mapping": "in_mapping",
    "while parsing a block collection": "in_list",
    "while parsing a flow sequence": "in_flow_list",
    "while parsing a flow mapping": "in_flow_mapping",
    "while parsing a node": "in_node",
    "while scanning for the next token": "in_next",
    "while scanning a block scalar": "in_block",
    "while parsing a quoted scalar": "in_quoted_parse",
    "while parsing a block node": "in_block_node",
    "while parsing a flow node": "in_flow_node",
    "while scanning a tag": "in_tag",
}


def syntax_words(said: str) -> Message:
    """A parser's problem or context as a catalogue text, or as it said it when unknown."""
    key = _KNOWN.get(said.strip())
    return t(f"read.syntax.{key}") if key else said
