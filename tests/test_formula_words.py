"""`Words.formula` words every kind of formula byte for byte as the per-kind `say` code did
(kept here as the reference): every language, with and without names, odd figures (None, NaN,
inf, -0.0, huge, halves that round), ceilings, `of` lists, exemptions and deadlines, a Words
asked again (its memos) and fresh, and label templates that are not the ordinary kind."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from typing import Any

import pytest

from kplan.analysis.formulas import (
    EPS,
    AverageFormula,
    CountFormula,
    Formula,
    FullTimeFormula,
    PositionFormula,
    RatioFormula,
    RoleFormula,
    ShareFormula,
)
from kplan.analysis.gap import Names
from kplan.present import formulas, labels
from kplan.present.fill import filler
from kplan.present.fmt import plain
from kplan.present.formulas import Words

LANGS = ("nb", "nn", "en")
NAMES = Names(competences={"bhg": "Barnehagelærer {x} 50 %s", "ped": "", "fag": "Fag\u2028%"})

# figures that print alike but are not one key (0 / -0.0), that equal nothing (NaN), overflow,
# round half-way, or are huge ints
FIGURES: tuple[Any, ...] = (
    0,
    0.0,
    -0.0,
    1,
    1.0,
    True,
    2.675,
    0.005,
    -0.005,
    1.005,
    21.0,
    165.2,
    164.94267912772585,
    1234567.891,
    -3.5,
    1e300,
    -1e-300,
    10**20,
    2**70,
    2**70 + 1,
    math.nan,
    math.inf,
    -math.inf,
)
MAYBE = (None, *FIGURES)
HOW = ("opp", "nærmeste", "ned", "ingen", "sideveis", "")


class _Day(dt.date):
    """A date that words itself otherwise, yet equals the plain date."""

    def isoformat(self) -> str:
        return "the first of August"


DATES = (
    None,
    dt.date(2029, 8, 1),
    dt.date(1, 1, 1),
    _Day(2029, 8, 1),
    dt.datetime(2029, 8, 1, 12, 30),
)


def _reference(words: Words, f: Formula) -> str:
    """The per-kind `say` code `Words.formula` had before it was made fast."""

    def say(key: str, **values: object) -> str:
        return words.words[key].format(**values)

    def n(value: float | None) -> str:
        return words.unknown if value is None else plain(value)

    def rounded(how: str) -> str:
        return words.words.get(f"gap.rv_{how}", how)

    def then(raw: float | None, how: str, required: float | None) -> str:
        if raw is None or required is None or how == "ingen" or abs(raw - required) <= EPS:
            return ""
        return say("gap.f_rounded", rounding=rounded(how), required=plain(required))

    def exempt(f: RoleFormula) -> str:
        if not f.exempt:
            return ""
        text = plain(f.exempt)
        until = f.exempt_until.isoformat() if f.exempt_until else None
        if until and f.exempt_counted <= EPS:
            return say("gap.f_exempt_ended", exempt=text, date=until)
        return say("gap.f_exempt", exempt=text) + (
            say("gap.f_exempt_until", date=until) if until else ""
        )

    match f:
        case RatioFormula():
            terms = " + ".join(f"{plain(value)}/{plain(per)}" for value, per in f.terms)
            return say(
                "gap.f_ratio",
                terms=terms,
                raw=plain(f.raw),
                rounding=rounded(f.rounding),
                required=plain(f.required),
            )
        case ShareFormula():
            basis = words.basis(f.basis)
            if f.of:
                of = ", ".join(words.competence(c) for c in f.of)
                basis += say("gap.f_of", competences=of)
            if f.demand:
                basis += say("gap.f_demand")
            text = say(
                "gap.f_share_max" if f.ceiling else "gap.f_share",
                percent=plain(f.percent),
                total=n(f.total),
                basis=basis,
                required=n(f.required if f.raw is None else f.raw),
            ) + then(f.raw, f.rounding, f.required)
            if f.grown is not None and f.after is not None:
                grown, after = plain(f.grown), plain(f.after)
                text += say("gap.f_share_after", grown=grown, basis=basis, after=after)
            return text
        case CountFormula():
            agreed = say("gap.f_agreed", agreed=plain(f.agreed)) if f.agreed else ""
            text = say("gap.f_count", minimum=plain(f.minimum)) + agreed
            return text + then(f.minimum - f.agreed, f.rounding, f.required)
        case RoleFormula():
            role = words.competence(f.role) if f.role else None
            who = say("gap.f_role", role=role) if role else say("gap.f_everyone")
            return (
                say("gap.f_persons", who=who, persons=n(f.persons))
                + exempt(f)
                + (say("gap.f_deadline", date=f.deadline.isoformat()) if f.deadline else "")
            )
        case PositionFormula():
            if f.new_only:
                return say("gap.f_new_positions", percent=plain(f.percent), below=n(f.below))
            return say("gap.f_positions", percent=plain(f.percent))
        case FullTimeFormula():
            text = say("gap.f_full_time", percent=plain(f.percent), total=n(f.total))
            if f.demand:
                text += say("gap.f_demand")
            raw = None if f.total is None else f.percent / 100 * f.total
            return text + then(raw, f.rounding, f.required)
        case AverageFormula():
            return say("gap.f_average", percent=plain(f.percent))
    raise TypeError(f"no words for {type(f).__name__}")


def _cases() -> list[Formula]:
    """Every kind, over the odd figures, roundings, dates and flags."""
    out: list[Formula] = []
    pick = FIGURES[::3]
    for v, per, raw, req in itertools.product(pick, (6.0, 0.5, -0.0), pick, pick[:4]):
        if per:
            out.append(RatioFormula(((v, per),), raw, "opp", req))
    for how in HOW:
        out.append(RatioFormula((), 0.0, how, 0.0))
        out.append(RatioFormula(((1.0, 3.0), (2.5, 7.0), (math.nan, 1.0)), 1 / 3, how, 1.0))
    for percent, total, raw, req in itertools.product(FIGURES[::4], MAYBE[::2], MAYBE[::3], MAYBE):
        for ceiling, demand, how in ((False, True, "ingen"), (True, False, "opp")):
            basis = "prosent" if ceiling else "årsverk"
            out.append(
                ShareFormula(percent, ceiling, total, basis, req, None, None, raw, how, demand)
            )
    for of, basis, how in itertools.product(
        ((), ("bhg",), ("ped", "fag", "x")), ("personer", "ukjent", ""), HOW
    ):
        out.append(ShareFormula(70.0, False, 10.0, basis, 7.0, None, None, 6.5, how, True, of))
    out.append(ShareFormula(70.0, True, 10.0, "årsverk", 7.0, 12.0, 8.4, 7.0, "opp", False))
    for minimum, agreed, req, how in itertools.product(
        FIGURES[::2], FIGURES[::5], MAYBE[::2], HOW[:2] + HOW[3:4]
    ):
        out.append(CountFormula(minimum, agreed, how, req))
    for role, persons, exempt, until, counted, deadline in itertools.product(
        (None, "", "bhg", "ped", "fag", "ukjent"),
        MAYBE[::3],
        (0.0, -0.0, 2.0, math.nan),
        DATES[:2],
        (0.0, 2.0),
        DATES,
    ):
        out.append(RoleFormula(role, persons, exempt, deadline, until, None, counted))
    for percent, new_only, below in itertools.product(FIGURES[::2], (False, True), MAYBE[::2]):
        out.append(PositionFormula(percent, new_only, below, 7.0))
    for percent, total, req, how, demand in itertools.product(
        FIGURES[::3], MAYBE[::2], MAYBE[::4], ("opp", "ingen", "ned"), (False, True)
    ):
        out.append(FullTimeFormula(percent, total, req, how, demand))
    out.extend(AverageFormula(p, None) for p in FIGURES)
    return out


CASES = _cases()


def _outcome(call: Any) -> tuple[str, str]:
    """The text, or the exception's type and message: the fast path fails as the old did."""
    try:
        return "text", call()
    except Exception as e:
        return type(e).__name__, str(e)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("names", [None, NAMES])
def test_every_kind_and_odd_figure_words_as_the_reference(lang: str, names: Names | None) -> None:
    reference, fast = Words(lang, names), Words(lang, names)
    # twice through one Words: the second time from its memos
    for _ in range(2):
        for f in CASES:
            assert _outcome(lambda f=f: fast.formula(f)) == _outcome(
                lambda f=f: _reference(reference, f)
            ), f
    fresh = Words(lang, names)
    for f in reversed(CASES):
        assert _outcome(lambda f=f: fresh.formula(f)) == _outcome(
            lambda f=f: _reference(reference, f)
        ), f


def test_memos_stay_bounded_and_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formulas, "MAX_MEMO", 5)
    words, reference = Words("nn"), Words("nn")
    for f in CASES * 2:
        assert _outcome(lambda f=f: words.formula(f)) == _outcome(
            lambda f=f: _reference(reference, f)
        )
    for memo in (words._figures, *words._bases, words._whos, words._deadlines, words._counts):
        assert len(memo) <= 5


class _Share(ShareFormula):
    __slots__ = ()


def test_a_subclass_words_as_its_kind_and_a_stranger_fails_alike() -> None:
    words = Words()
    f = _Share(70.0, False, 236.0, "årsverk", 165.2, raw=165.2, demand=True)
    assert (
        words.formula(f)
        == _reference(words, f)
        == "70 % av 236 årsverk som enheten trenger = 165,2"
    )
    stranger: Any = object()
    assert _outcome(lambda: words.formula(stranger)) == _outcome(
        lambda: _reference(words, stranger)
    )


ODD_TEMPLATES = (
    "",
    "%",
    "%s %d %% {percent}",
    "{{percent}} {percent} }}{{",
    "{required} = {basis} {total} av {percent} % {percent}",
    "{percent}",
    "no fields at all",
    "{}",
    "{0}",
    "{percent!r}",
    "{percent:>9}",
    "{percent.real}",
    "{percent[0]}",
    "{unknown}",
    "{",
    "}",
    "{percent",
    "{ percent}",
    "{percent:{total}}",
    "\u2028{who}\u202e{persons}\x00",
)


@pytest.mark.parametrize("template", ODD_TEMPLATES)
def test_a_template_fills_as_str_format(template: str) -> None:
    for names in (("percent", "total", "basis", "required"), ("who", "persons"), ("percent",), ()):
        values = tuple(f"<{name}%s{{}}>" for name in names)
        expected = _outcome(
            lambda names=names, values=values: template.format(
                **dict(zip(names, values, strict=True))
            )
        )
        assert (
            _outcome(lambda names=names, values=values: filler(template, names)(values)) == expected
        )


@pytest.mark.parametrize("template", ODD_TEMPLATES)
@pytest.mark.parametrize("lang", LANGS)
def test_odd_labels_word_as_the_reference(
    monkeypatch: pytest.MonkeyPatch, template: str, lang: str
) -> None:
    # every formula label at once: the fast path reads them at `Words()`, as `say` did
    table = dict(labels._L)
    for key in formulas._FIELDS:
        texts = list(table[key])
        texts[labels.LANGS.index(lang)] = template
        table[key] = (texts[0], texts[1], texts[2])
    monkeypatch.setattr(labels, "_L", table)
    words, reference = Words(lang, NAMES), Words(lang, NAMES)
    for f in CASES[::7]:
        assert _outcome(lambda f=f: words.formula(f)) == _outcome(
            lambda f=f: _reference(reference, f)
        ), f
