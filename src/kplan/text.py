"""A sentence for a person, as data: a catalogue key and the values it quotes.

Every stage that has something to tell the user (a diagnostic, an error, a note) builds a
`Text` instead of a string; the presentation layer (`kplan.present.catalogue.words`) looks the
key up in the catalogue and writes the sentence in bokmål, nynorsk or English. So the stage that
finds a problem does not need to know who reads it, and one table holds every sentence kplan
says, each in three languages with the same placeholders (a test keeps it so).

Values are what the sentence quotes:
- `str`, `int`, `float`: written as they are (a key, an id, a file name, a count); user data is
  never translated;
- `Text`: a phrase that is itself translated (the kind of an id: "mål" / "goal");
- a `tuple` of values: a list, joined with commas; `one_of(...)` and `all_of(...)` join it with
  the language's "or" / "and" and put each text item in «».
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

Value = Union[str, int, float, "Text", tuple["Value", ...]]

JOIN_OR = "join.or"
JOIN_AND = "join.and"


@dataclass(frozen=True)
class Text:
    """`Text("k101.unknown_key", (("key", "tiltak"),))`; build it with `t("k101.unknown_key",
    key="tiltak")`."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()

    def get(self, name: str, default: Value | None = None) -> Value | None:
        """The value quoted as `name` (None when the text quotes none)."""
        for k, v in self.values:
            if k == name:
                return v
        return default

    def __lt__(self, other: object) -> bool:
        # diagnostics sort by file and position; two at the same place sort by their text
        if not isinstance(other, Text):
            return NotImplemented
        return (self.key, repr(self.values)) < (other.key, repr(other.values))

    def __str__(self) -> str:
        # for logs and debugging only; a person reads `kplan.present.catalogue.words(text, lang)`
        inner = ", ".join(f"{k}={v}" for k, v in self.values)
        return f"{self.key}({inner})"


def t(key: str, /, **values: Value) -> Text:
    """A text with its values: `t("k202.missing", kind=t("kind.goal"), id="m9")`."""
    return Text(key, tuple(values.items()))


def one_of(items: tuple[Value, ...] | list[Value]) -> Text:
    """«a», «b» or «c» in the reader's language."""
    return Text(JOIN_OR, (("items", tuple(items)),))


def all_of(items: tuple[Value, ...] | list[Value]) -> Text:
    """«a», «b» and «c» in the reader's language."""
    return Text(JOIN_AND, (("items", tuple(items)),))


Message = Text | str
"""What a diagnostic or an error says: a `Text`. A plain `str` is only for text that is already
in the reader's language (a message from a library, quoted as it is)."""
