"""The read stage's messages in bokmål, nynorsk and English: each sentence is written out here
in full, so a changed word, a lost value or a language that falls back to English fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import MINIMAL, Repo

from kplan.present.catalogue import CATALOGUE, words
from kplan.read.git import Git, GitError
from kplan.read.image import Refused, load_image
from kplan.read.privacy import scan
from kplan.read.rawtext import read_text
from kplan.read.sources import GitSource
from kplan.read.tables import Table, read_table
from kplan.read.yaml_loader import parse_text
from kplan.read.yaml_syntax import _KNOWN, syntax_words
from kplan.text import Message


def _all(message: Message) -> tuple[str, str, str]:
    return words(message, "nb"), words(message, "nn"), words(message, "en")


def test_a_broken_list_says_what_is_missing_in_plain_words() -> None:
    (problem,) = parse_text("a: [1, 2\nb: 3\n", "p.yaml").problems
    assert _all(problem.message) == (
        "Feil i YAML-oppsettet i en liste i hakeparenteser [ ]: fant ikke ',' eller ']'.",
        "Feil i YAML-oppsettet i ei liste i hakeparentesar [ ]: fann ikkje ',' eller ']'.",
        # the parser's own words, as before the catalogue
        "YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence.",
    )


def test_a_parser_complaint_nobody_translated_is_quoted_as_it_is() -> None:
    assert syntax_words("found something new") == "found something new"


@pytest.mark.parametrize("said", sorted(_KNOWN))
def test_every_known_parser_complaint_keeps_its_english(said: str) -> None:
    # English readers see exactly what the parser said
    assert words(syntax_words(said), "en") == said
    assert f"read.syntax.{_KNOWN[said]}" in CATALOGUE


def test_a_duplicate_key_in_nynorsk() -> None:
    (problem,) = parse_text("a: 1\na: 2\n", "p.yaml").problems
    assert words(problem.message, "nn") == "Nøkkelen «a» står to gonger her; den første gjeld."


def test_a_tag_is_shown_as_the_file_writes_it() -> None:
    (problem,) = parse_text("x: !!python/object/apply:os.system [ls]\n", "p.yaml").problems
    assert _all(problem.message) == (
        "Merket !!python/object/apply:os.system (en YAML-tagg, skrevet med !) er ikke tillatt i "
        "planfiler; fjern det.",
        "Merket !!python/object/apply:os.system (ein YAML-tagg, skriven med !) er ikkje tillate "
        "i planfiler; fjern det.",
        "The tag !!python/object/apply:os.system is not allowed in plan files.",
    )


def test_a_million_values_are_counted_with_spaces() -> None:
    (problem,) = parse_text("a: [" + "1," * 1_000_001 + "1]\n", "p.yaml").problems
    assert words(problem.message, "nb") == (
        "Fila har over 1 000 000 verdier; del planen opp i flere filer."
    )


def test_a_missing_file_says_why_in_the_language(tmp_path: Path) -> None:
    problem = read_text(str(tmp_path / "borte.yaml"))
    assert not isinstance(problem, str)
    assert _all(problem.message) == (
        "Fila kan ikke leses: den finnes ikke.",
        "Fila kan ikkje lesast: ho finst ikkje.",
        "Cannot read the file: No such file or directory.",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_kplan_may_not_read(tmp_path: Path) -> None:
    f = tmp_path / "hemmelig.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    f.chmod(0)
    problem = read_text(str(f))
    assert not isinstance(problem, str)
    assert words(problem.message, "nb") == "Fila kan ikke leses: kplan har ikke lov til å lese den."


def test_a_file_not_in_the_revision_names_the_revision(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("plan")
    plan_dir = str(repo.root / "plan")
    source = GitSource(Git(plan_dir), "HEAD")
    problem = read_text(os.path.join(plan_dir, "del.yaml"), source)
    assert not isinstance(problem, str)
    assert _all(problem.message) == (
        "Fila kan ikke leses: den finnes ikke i HEAD.",
        "Fila kan ikkje lesast: ho finst ikkje i HEAD.",
        "Cannot read the file: not in HEAD.",
    )


def _ragged(tmp_path: Path, text: str) -> str:
    f = tmp_path / "t.csv"
    f.write_text(text, encoding="utf-8")
    table = read_table(str(f))
    assert isinstance(table, Table), table
    problems: list = []
    assert list(table.records(problems)) == []
    (problem,) = problems
    return problem.message  # type: ignore[no-any-return]


def test_a_short_row_counts_its_cells_in_words(tmp_path: Path) -> None:
    one = _ragged(tmp_path, "unit;competence;fte\nsol\n")
    assert _all(one) == (
        "Raden har 1 celle, men overskriftsraden har 3; raden er utelatt.",
        "Rada har 1 celle, men overskriftsrada har 3; rada er utelaten.",
        "The row has 1 cell, but the header has 3; the row is left out.",
    )
    two = _ragged(tmp_path, "unit;competence;fte\nsol;x\n")
    assert words(two, "en") == "The row has 2 cells, but the header has 3; the row is left out."


def test_a_row_with_another_delimiter_names_both(tmp_path: Path) -> None:
    message = _ragged(tmp_path, "unit;competence;fte\nsol,x,1\n")
    assert words(message, "nb") == (
        "Raden har 1 celle, men overskriftsraden har 3; raden er utelatt. Raden ser ut til å ha "
        "komma (,) mellom cellene, overskriftsraden semikolon (;)."
    )
    assert words(message, "en").endswith("The row seems to use ',' between cells, the header ';'.")


def test_a_header_with_two_delimiters_in_nynorsk(tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text("unit;competence,fte\n", encoding="utf-8")
    problem = read_table(str(f))
    assert not isinstance(problem, Table)
    assert words(problem.message, "nn") == (
        "Overskriftsrada har både semikolon (;) og komma (,), så det går ikkje an å sjå kva "
        "skiljeteikn som gjeld; bruk eitt skiljeteikn, ';' eller ','."
    )
    assert words(problem.message, "en") == (
        "The header row holds both ';' and ',', so the delimiter cannot be told; use one "
        "delimiter, ';' or ','."
    )


def test_a_refused_coat_of_arms_says_why_in_three_languages(tmp_path: Path) -> None:
    found = load_image(str(tmp_path), "../vapen.svg")
    assert isinstance(found, Refused)
    assert _all(found.reason) == (
        "stien går ut av planmappa («..»)",
        "stien går ut av planmappa («..»)",
        "it leads out of the plan directory («..»)",
    )
    (tmp_path / "stor.png").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (40000).to_bytes(4, "big") * 2 + b"\x08\x02"
    )
    found = load_image(str(tmp_path), "stor.png")
    assert isinstance(found, Refused)
    assert words(found.reason, "nn") == "biletet er 40000 × 40000 pikslar; høgst 5000 på kvar side"


def test_personal_data_is_named_in_nynorsk() -> None:
    (hit,) = scan("p.yaml", "kontakt: ring 912 34 567\n")
    assert words(hit.message, "nn") == (
        "«912 34 567» ser ut som eit telefonnummer. Planar er offentlege, og git gløymer "
        "aldri: skriv rolla eller tenesta i staden."
    )


def test_a_missing_revision_in_nynorsk(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("plan")
    with pytest.raises(GitError) as refused:
        Git(str(repo.root / "plan")).commit("nosuch")
    assert _all(refused.value.message) == (
        "Versjonen «nosuch» finnes ikke i dette repoet. Repoet har ingen tagger.",
        "Versjonen «nosuch» finst ikkje i dette repoet. Repoet har ingen taggar.",
        "The revision «nosuch» does not exist in this repository. The repository has no tags.",
    )


def test_a_blob_git_lost_is_said_once_as_gits_sentence(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    repo.commit("plan")
    blob = repo.git("rev-parse", "HEAD:plan/kplan.yaml").strip()
    (repo.root / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    plan_dir = str(repo.root / "plan")
    problem = read_text(os.path.join(plan_dir, "kplan.yaml"), GitSource(Git(plan_dir), "HEAD"))
    assert not isinstance(problem, str)
    # git's refusal is a whole sentence: it ends the message with one full stop, not two
    assert words(problem.message, "nb") == (
        f"Fila kan ikke leses: Repoet er skadet: objektet {blob[:12]} kan ikke leses (skadet "
        "eller borte); sjekk det med git fsck."
    )
