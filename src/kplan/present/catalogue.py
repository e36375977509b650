"""The one catalogue: every sentence kplan says, in bokmål, nynorsk and English.

Stages build `kplan.text.Text` (a key and its values); `words(text, lang)` writes it. The tables
are the message modules under `kplan.present.messages` (one per stage) and the document's labels
(`kplan.present.labels`); a key is in exactly one of them, with the same placeholders in all
three languages (tests/test_catalogue.py).
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from kplan.present.labels import LANGS, label_table
from kplan.present.messages import check, cli, common, docx, excel, init, plan, read, read_xlsx, run
from kplan.present.messages import excel_import as excel_import_messages
from kplan.present.messages import output as output_words
from kplan.present.messages import progress as progress_messages
from kplan.present.messages import ssb as ssb_messages
from kplan.text import JOIN_AND, JOIN_OR, Message, Text, Value

_TABLES: tuple[Mapping[str, tuple[str, str, str]], ...] = (
    common.MESSAGES,
    read.MESSAGES,
    plan.MESSAGES,
    check.MESSAGES,
    run.MESSAGES,
    cli.MESSAGES,
    init.MESSAGES,
    docx.MESSAGES,
    excel.MESSAGES,
    excel_import_messages.MESSAGES,
    read_xlsx.MESSAGES,
    output_words.MESSAGES,
    ssb_messages.MESSAGES,
    progress_messages.MESSAGES,
)


def _merge() -> dict[str, tuple[str, str, str]]:
    merged: dict[str, tuple[str, str, str]] = dict(label_table())
    for table in _TABLES:
        for key, row in table.items():
            if key in merged:
                raise RuntimeError(f"catalogue key {key!r} is defined twice")
            merged[key] = row
    return merged


CATALOGUE: dict[str, tuple[str, str, str]] = _merge()


def placeholders(pattern: str) -> frozenset[str]:
    """The `{names}` a catalogue entry fills."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(pattern) if name)


class _Missing(dict[str, str]):
    # a value the caller forgot shows as its placeholder instead of failing the whole report;
    # the catalogue test renders every text the tests produce and fails on it
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _value(value: Value, lang: str) -> str:
    if isinstance(value, Text):
        return words(value, lang)
    if isinstance(value, tuple):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, float) and lang != "en":
        return f"{value:g}".replace(".", ",")
    return str(value)


def _join(text: Text, lang: str) -> str:
    items = text.get("items") or ()
    assert isinstance(items, tuple)
    shown = [f"«{v}»" if isinstance(v, str) else _value(v, lang) for v in items]
    if len(shown) <= 1:
        return "".join(shown)
    pattern = CATALOGUE[text.key][LANGS.index(lang)]
    return pattern.format(head=", ".join(shown[:-1]), last=shown[-1])


def words(message: Message, lang: str) -> str:
    """The sentence in `lang` (nb, nn or en). A plain string is already words: returned as it is."""
    if isinstance(message, str):
        return message
    if message.key in (JOIN_OR, JOIN_AND):
        return _join(message, lang)
    row = CATALOGUE.get(message.key)
    if row is None:
        return str(
            message
        )  # a key the catalogue lacks: the test suite fails on it, users see the key
    values = _Missing({k: _value(v, lang) for k, v in message.values})
    return row[LANGS.index(lang)].format_map(values)
