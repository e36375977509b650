"""Ids for actions added from the Excel form: made like the ids the unit already has.

A unit numbering its actions (`ho-01`, `ho-02`) gets the next number (`ho-03`), padded as the
others are; otherwise the id is the title's first words after the prefix the unit's ids share
(`t-` + «Kurs i førstehjelp» = `t-kurs-i-forstehjelp`). æøå stay only when the plan's ids
already use them. The id is never one the plan has."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_NUMBERED = re.compile(r"^(.*?)([0-9]+)$")
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
MAX_WORDS = 5
MAX_LENGTH = 40


def _series(ids: list[str]) -> tuple[str, int, int] | None:
    """(prefix, highest number, width) when most of `ids` are one numbered series."""
    numbered = [m for m in (_NUMBERED.match(i) for i in ids) if m]
    if not numbered:
        return None
    prefix, count = Counter(m.group(1) for m in numbered).most_common(1)[0]
    if count * 2 <= len(ids):
        return None
    numbers = [m.group(2) for m in numbered if m.group(1) == prefix]
    padded = [n for n in numbers if n.startswith("0") and len(n) > 1]
    width = max(len(n) for n in padded) if padded else 1
    return prefix, max(int(n) for n in numbers), width


def _prefix(ids: list[str]) -> str:
    """The prefix up to a separator that every id shares (`t-`), or none."""
    if not ids:
        return ""
    first = ids[0]
    common = len(first)
    for other in ids[1:]:
        common = min(
            common,
            next(
                (i for i, (a, b) in enumerate(zip(first, other, strict=False)) if a != b),
                min(len(first), len(other)),
            ),
        )
    head = first[:common]
    cut = max(head.rfind(sep) for sep in "-_.")
    return head[: cut + 1] if cut >= 0 else ""


def slug(title: str, *, keep_æøå: bool) -> str:
    # a line break or tab pasted into a title parts words as a space does
    text = " ".join(title.split()).lower()
    if not keep_æøå:
        text = text.translate(_ASCII)
    text = "".join(
        ch if ch in "æøå" else unicodedata.normalize("NFKD", ch)[0]
        for ch in text
        if ch.strip() or ch == " "
    )
    words = re.findall(r"[0-9a-zæøå]+", text)
    out = ""
    for word in words[:MAX_WORDS]:
        nxt = f"{out}-{word}" if out else word
        if len(nxt) > MAX_LENGTH and out:
            break
        out = nxt[:MAX_LENGTH]
    return out or "tiltak"


class IdMaker:
    """Ids for new actions, one after another: each unit's series and each title's suffixes
    are counted on, so a form of thousands of new rows costs one step per row."""

    def __init__(self, all_ids: list[str], taken: Iterable[str]) -> None:
        self.all_ids = all_ids
        self.taken = {i.casefold() for i in taken}
        self.keep = any(ch in "æøåÆØÅ" for i in all_ids for ch in i)
        self._series: dict[tuple[str, ...], tuple[str, int, int] | None] = {}
        self._suffix: dict[str, int] = {}

    def make(self, title: str, unit_ids: list[str]) -> str:
        """An id for a new action titled `title`: made like `unit_ids` (the unit's actions;
        the plan's when the unit has none), and not one the plan or this run has."""
        like = unit_ids or self.all_ids
        key = tuple(like)
        if key not in self._series:
            self._series[key] = _series(like)
        series = self._series[key]
        if series is not None:
            prefix, top, width = series
            n = top + 1
            while f"{prefix}{n:0{width}d}".casefold() in self.taken:
                n += 1
            self._series[key] = (prefix, n, width)
            return self._take(f"{prefix}{n:0{width}d}")
        base = _prefix(like) + slug(title, keep_æøå=self.keep)
        candidate, n = base, self._suffix.get(base, 2)
        while candidate.casefold() in self.taken:
            candidate, n = f"{base}-{n}", n + 1
        self._suffix[base] = n
        return self._take(candidate)

    def _take(self, ident: str) -> str:
        self.taken.add(ident.casefold())
        return ident


def new_id(title: str, unit_ids: list[str], all_ids: list[str], taken: Iterable[str]) -> str:
    """One id, as `IdMaker.make` makes it."""
    return IdMaker(all_ids, taken).make(title, unit_ids)
