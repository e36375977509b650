"""The command line in the reader's language (issue 14): which language, in which order, and
--help and click's own words in bokmål, nynorsk and English, through the installed typer.

The order: `--lang`, KPLAN_LANG, the plan's målform (where a plan is read), the locale, nb.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import pytest
import typer
from helpers import MINIMAL, ROOT, kplan

from kplan.cli import language
from kplan.cli.options import FORMATS
from kplan.present.formats import Lang

# what the summary of a clean plan says in each language: the observable of the language chosen
CLEAN = {
    "nb": "0 feil og 0 advarsler i 1 plan (1 fil).",
    "nn": "0 feil og 0 åtvaringar i 1 plan (1 fil).",
    "en": "0 errors and 0 warnings in 1 plan (1 file).",
}


def _plan(tmp_path: Path, målform: str | None) -> Path:
    text = MINIMAL
    if målform is not None:
        text = text.replace("  status: utkast\n", f"  status: utkast\n  language: {målform}\n")
    d = tmp_path / f"plan-{målform}"
    d.mkdir(exist_ok=True)
    (d / "kplan.yaml").write_text(text, encoding="utf-8")
    return d


def _summary(*args: str, **env: str) -> str:
    done = kplan("validate", *args, **env)
    assert done.returncode == 0, done
    return done.stdout.splitlines()[-1]


# ---------------------------------------------------------------------------------------------
# the order


def test_the_option_comes_first(tmp_path: Path) -> None:
    plan = str(_plan(tmp_path, "nn"))
    assert _summary(plan, "--lang", "en", KPLAN_LANG="nb", LANG="nb_NO.UTF-8") == CLEAN["en"]
    # the option before the command counts as well
    done = kplan("--lang", "en", "validate", plan, KPLAN_LANG="nb")
    assert done.stdout.splitlines()[-1] == CLEAN["en"], done


def test_kplan_lang_comes_before_the_målform(tmp_path: Path) -> None:
    plan = str(_plan(tmp_path, "nn"))
    assert _summary(plan, KPLAN_LANG="en", LANG="nb_NO.UTF-8") == CLEAN["en"]
    assert _summary(plan, KPLAN_LANG="no") == CLEAN["nb"]  # «no» is bokmål
    assert _summary(plan, KPLAN_LANG="xx", LANG="en_GB.UTF-8") == CLEAN["nn"]  # not a language


def test_the_målform_comes_before_the_locale(tmp_path: Path) -> None:
    assert _summary(str(_plan(tmp_path, "nn")), LANG="en_US.UTF-8") == CLEAN["nn"]
    assert _summary(str(_plan(tmp_path, "nb")), LC_ALL="en_US.UTF-8") == CLEAN["nb"]


def test_the_locale_speaks_when_the_plan_names_no_målform(tmp_path: Path) -> None:
    plan = str(_plan(tmp_path, None))
    assert _summary(plan, LANG="en_US.UTF-8") == CLEAN["en"]
    assert _summary(plan, LANG="nn_NO.UTF-8") == CLEAN["nn"]
    # LC_ALL before LC_MESSAGES before LANG, as POSIX orders them
    assert _summary(plan, LC_ALL="en_US.UTF-8", LANG="nn_NO.UTF-8") == CLEAN["en"]
    assert _summary(plan, LC_MESSAGES="nn_NO.UTF-8", LANG="en_US.UTF-8") == CLEAN["nn"]


def test_bokmål_when_nothing_says(tmp_path: Path) -> None:
    assert _summary(str(_plan(tmp_path, None))) == CLEAN["nb"]
    assert _summary(str(_plan(tmp_path, None)), LANG="C.UTF-8") == CLEAN["nb"]


def test_every_reading_command_follows_the_order(tmp_path: Path) -> None:
    """gap, cost and status read a plan: an error said after reading it is in its målform
    unless KPLAN_LANG or --lang says otherwise; before, they were nb whatever the plan said."""
    plan = str(_plan(tmp_path, "nn"))
    said = {
        "nn": "det finst ikkje noko tal med id-en «x/y/2030»",
        "nb": "det finnes ikke noe tall med id-en «x/y/2030»",
        "en": "no figure «x/y/2030»",
    }
    for lang, env, option in (
        ("nn", {}, []),
        ("en", {"KPLAN_LANG": "en"}, []),
        ("nb", {}, ["--lang", "nb"]),
    ):
        done = kplan("gap", plan, "--explain", "x/y/2030", *option, **env)
        assert done.returncode == 2 and done.stderr.startswith(f"kplan: {said[lang]}"), done
    # status and cost print in the målform too (their tables' words are the labels')
    status = kplan("status", plan, "--year", "2025", "-f", "json")
    assert status.returncode == 0, status
    assert kplan("cost", plan).returncode == 0


def test_the_document_is_the_plan_s_not_the_reader_s(tmp_path: Path) -> None:
    """render: the document's language is --lang or the målform, never KPLAN_LANG; its
    messages follow the reader."""
    plan = str(_plan(tmp_path, "nn"))
    done = kplan("render", plan, "-f", "html", KPLAN_LANG="en")
    assert done.returncode == 0, done
    assert '<html lang="nn"' in done.stdout
    english = kplan("render", plan, "-f", "html", "--lang", "en")
    assert '<html lang="en"' in english.stdout
    out = tmp_path / "ut"
    out.mkdir()
    refused = kplan("render", plan, "-o", str(out), KPLAN_LANG="en")
    assert refused.returncode == 2 and "kplan: " in refused.stderr, refused
    assert not re.search(r"\b(ikke|ikkje|finnes|finst)\b", refused.stderr), refused
    # what fails before the plan is read (a folder that is not there) speaks its målform too
    early = kplan("render", plan, "-o", str(tmp_path / "nope" / "x.html"))
    assert early.returncode == 2 and "kplan: " in early.stderr, early
    assert not re.search(r"\b(ikke|finnes|mappen)\b", early.stderr), early
    many = kplan("diff", "a", "b", "c", "d", cwd=plan)
    assert many.stderr == "kplan: diff tek høgst to versjonar og ein plan.\n", many


def test_an_invalid_plan_is_reported_in_its_målform(tmp_path: Path) -> None:
    d = _plan(tmp_path, "nn")
    f = d / "kplan.yaml"
    f.write_text(f.read_text("utf-8").replace("status: utkast", "status: vedtat"), "utf-8")
    done = kplan("gap", str(d))
    assert done.returncode == 1
    assert done.stderr.endswith(
        "1 feil og 0 åtvaringar i 1 plan (1 fil).\n"
        "kplan: planen har feil; rett dei først (kplan validate).\n"
    ), done
    en = kplan("gap", str(d), "--lang", "en")
    assert en.stderr.endswith("kplan: the plan has errors; fix them first (kplan validate).\n")


def test_scan_reads_lang_anywhere_before_a_double_dash() -> None:
    assert language.scan(["gap", "--lang", "nn"]) is Lang.nn
    assert language.scan(["--lang=en", "gap"]) is Lang.en
    assert language.scan(["gap", "--lang", "en", "--lang", "nn"]) is Lang.nn  # the last counts
    assert language.scan(["gap", "--", "--lang", "en"]) is None
    assert language.scan(["gap", "--lang", "xx"]) is None  # left to the parser to refuse
    assert language.scan(["gap", "--lang"]) is None


def test_resolve_in_order(monkeypatch) -> None:
    monkeypatch.setattr(language, "_given", None)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert language.resolve(None, None) is Lang.en
    assert language.resolve(None, "nn") is Lang.nn
    monkeypatch.setenv("KPLAN_LANG", "nb")
    assert language.resolve(None, "nn") is Lang.nb
    assert language.resolve(Lang.en, "nn") is Lang.en
    monkeypatch.setattr(language, "_given", Lang.nn)  # `kplan --lang nn gap`
    assert language.resolve(None, "nb") is Lang.nn
    monkeypatch.delenv("KPLAN_LANG")
    monkeypatch.delenv("LANG")
    monkeypatch.setattr(language, "_given", None)
    assert language.resolve(None, None) is Lang.nb


# ---------------------------------------------------------------------------------------------
# --help

WIDE = {"COLUMNS": "250"}
COMMANDS = (
    "validate",
    "gap",
    "cost",
    "render",
    "diff",
    "log",
    "status",
    "schema",
    "init",
    "excel",
    "excel export",
    "excel import",
)

# a catalogue key shown as it is: a help text nobody wrote, or one the help cannot look up
RAW_KEY = re.compile(r"\b[a-z_]+\.(help|metavar|usage|panel)\.[a-z_.]+")

# English that must not be left in a Norwegian help: typer's and click's words, Python types
ENGLISH = re.compile(
    r"Usage|Options|Arguments|Commands|Show this message|\[default|\[required|<bool>|<str>|"
    r"<int|<list|Install completion|Show completion|The plan|Output format"
)

HELP_WORDS = {
    "nb": ("Bruk: kplan", "Valg", "Vis denne hjelpen og avslutt.", "Format: "),
    "nn": ("Bruk: kplan", "Val", "Vis denne hjelpa og avslutt.", "Format: "),
    "en": ("Usage: kplan", "Options", "Show this message and exit.", "Output format: "),
}


def _help(*args: str, **env: str) -> str:
    done = kplan(*args, "--help", **{**WIDE, **env})
    assert done.returncode == 0, done
    return done.stdout


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_in_three_languages(command: str, lang: str) -> None:
    out = _help(*command.split(), "--lang", lang)
    assert not RAW_KEY.search(out), (command, lang, out)
    for word in HELP_WORDS[lang][:3]:
        assert word in out, (command, lang, word, out)
    if lang != "en":
        assert not ENGLISH.search(out), (command, lang, ENGLISH.search(out), out)
    if command in FORMATS:
        # the formats the command takes, exactly, in the metavar and in the words
        names = [f.value for f in FORMATS[command]]
        assert f"<{'|'.join(names)}>" in out, out
        joined = {"nb": " eller ", "nn": " eller ", "en": " or "}[lang]
        listed = ", ".join(names[:-1]) + joined + names[-1]
        assert HELP_WORDS[lang][3] + listed in out, (command, lang, out)


def test_help_language_follows_kplan_lang_then_the_locale() -> None:
    assert "Vis denne hjelpa" in _help("gap", KPLAN_LANG="nn", LANG="en_US.UTF-8")
    assert "Show this message" in _help("gap", LANG="en_US.UTF-8")
    assert "Vis denne hjelpen" in _help("gap")
    assert "Show this message" in _help("gap", "--lang", "en", KPLAN_LANG="nn")


def test_the_app_s_help_in_nynorsk() -> None:
    out = _help("--lang", "nn")
    assert "Bruk: kplan [VAL] KOMMANDO [ARGUMENT]..." in out
    assert "Kommandoar" in out and "Val" in out
    assert "Strategiske kompetanseplanar som YAML i git" in out
    assert "Installer fullføring med TAB for skalet du brukar." in out
    assert not ENGLISH.search(out), out


def test_no_arguments_shows_the_help_in_the_reader_s_language() -> None:
    done = kplan(**{**WIDE, "KPLAN_LANG": "nn"})
    assert done.returncode == 2
    assert "Bruk: kplan" in done.stdout + done.stderr


# ---------------------------------------------------------------------------------------------
# click's errors, worded by kplan.cli.clickwords: each form the installed typer produces

ERRORS_NB = [
    (["gap", "--bogus"], "Valget «--bogus» finnes ikke (se «kplan gap --help»)."),
    (
        ["gap", "--yr", "3"],
        "Valget «--yr» finnes ikke. Mente du «--year»? (se «kplan gap --help»).",
    ),
    (
        ["gap", "-f", "xml"],
        "Ugyldig verdi for «--format» / «-f»: «xml» er ikke blant valgene «table», «md», «json», "
        "«csv» eller «xlsx» (se «kplan gap --help»).",
    ),
    (
        ["cost", "--by", "foo"],
        "Ugyldig verdi for «--by»: «foo» er ikke blant valgene «year», «unit», «strategy» eller "
        "«kind» (se «kplan cost --help»).",
    ),
    (["gp"], "Kommandoen «gp» finnes ikke. Mente du «gap»? (se «kplan --help»)."),
    (["excel", "import"], "Argumentet «FIL» mangler (se «kplan excel import --help»)."),
    (["frobnicate"], "Kommandoen «frobnicate» finnes ikke (se «kplan --help»)."),
    (["gap", "--year"], "Valget «--year» må ha en verdi (se «kplan --help»)."),
    (["gap", ".", "b"], "Ett argument for mye: «b» (se «kplan gap --help»)."),
    (["gap", ".", "b", "c"], "For mange argumenter: «b», «c» (se «kplan gap --help»)."),
    (
        ["gap", "--year", "x"],
        "Ugyldig verdi for «--year»: skriv et heltall (se «kplan gap --help»).",
    ),
    (
        ["gap", "--year", "3000"],
        "Ugyldig verdi for «--year»: verdien kan være høyst 2200 (se «kplan gap --help»).",
    ),
    (
        ["log", "--limit", "0"],
        "Ugyldig verdi for «-n» / «--limit»: verdien må være minst 1 (se «kplan log --help»).",
    ),
    (["gap", "--fail-on-gap=1"], "Valget «--fail-on-gap» tar ingen verdi (se «kplan --help»)."),
    (["gap", "-x"], "Valget «-x» finnes ikke (se «kplan gap --help»)."),
]


@pytest.mark.parametrize(("args", "said"), ERRORS_NB)
def test_click_errors_in_bokmål(args: list[str], said: str) -> None:
    done = kplan(*args)
    assert done.returncode == 2, done
    assert done.stderr == f"kplan: {said}\n"


def test_click_errors_in_nynorsk_and_english() -> None:
    nn = kplan("gap", "--yr", "3", KPLAN_LANG="nn")
    assert (
        nn.stderr
        == "kplan: Valet «--yr» finst ikkje. Meinte du «--year»? (sjå «kplan gap --help»).\n"
    )
    en = kplan("gap", "--yr", "3", "--lang", "en")
    assert (
        en.stderr
        == "kplan: No such option: --yr. Did you mean '--year'? (see 'kplan gap --help').\n"
    )
    bad = kplan("render", ".", "--lang", "xx")
    assert bad.stderr == (
        "kplan: Ugyldig verdi for «--lang»: «xx» er ikke blant valgene «nb», «nn» eller «en» "
        "(se «kplan render --help»).\n"
    )


def test_the_typer_it_was_written_for() -> None:
    """clickwords knows typer 0.29's words and hooks; a new typer needs the tests above read
    again (and this line moved) before it can be trusted to speak Norwegian."""
    from typer import rich_utils
    from typer._click import exceptions
    from typer._click.formatting import HelpFormatter

    assert typer.__version__.startswith("0.29."), typer.__version__
    for name in (
        "ARGUMENTS_PANEL_TITLE",
        "OPTIONS_PANEL_TITLE",
        "COMMANDS_PANEL_TITLE",
        "DEFAULT_STRING",
        "REQUIRED_LONG_STRING",
        "ENVVAR_STRING",
        "DEPRECATED_STRING",
    ):
        assert isinstance(getattr(rich_utils, name), str), name
    assert "prefix" in HelpFormatter.write_usage.__code__.co_varnames
    for name in ("NoSuchOption", "MissingParameter", "BadParameter", "BadOptionUsage"):
        assert issubclass(getattr(exceptions, name), exceptions.UsageError)


def test_building_the_help_stays_light() -> None:
    """Shell completion builds the app on every TAB: the help texts come from the cli table
    alone, not from the whole catalogue with the document's labels."""
    code = (
        "import sys\n"
        "from kplan.cli import main\n"
        "sys.argv = ['kplan', 'gap', '--help']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in ('kplan.present.labels', 'kplan.present.catalogue') "
        "if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr


def test_missing_arguments_options_and_commands_in_bokmål(capsys, monkeypatch) -> None:
    """kplan's own commands have no required values; a command that has (kplan init, one to
    come) gets click's «Missing ...» in the reader's language through the same classes."""
    from kplan.cli.boundary import run
    from kplan.cli.clickwords import KplanCommand, KplanGroup

    app = typer.Typer(cls=KplanGroup, pretty_exceptions_enable=False)

    @app.command(cls=KplanCommand)
    def go(
        name: Annotated[str, typer.Argument()], kommune: Annotated[str, typer.Option("--kommune")]
    ) -> None:
        pass

    @app.command(cls=KplanCommand)
    def other() -> None:
        pass

    said = {
        ("go",): "kplan: Argumentet «name» mangler (se «kplan go --help»).\n",
        ("go", "x"): "kplan: Valget «--kommune» mangler (se «kplan go --help»).\n",
        ("go", "x", "--kommune"): "kplan: Valget «--kommune» må ha en verdi (se «kplan --help»).\n",
    }
    for argv, expected in said.items():
        monkeypatch.setattr(sys, "argv", ["kplan", *argv])
        language.start(list(argv))
        assert run(app) == 2
        assert capsys.readouterr().err == expected
    # the language --lang names (read off the command line by main) words the run's errors
    monkeypatch.setattr(sys, "argv", ["kplan", "go"])
    language.start(["--lang", "nn"])
    try:
        assert run(app) == 2
        assert (
            capsys.readouterr().err == "kplan: Argumentet «name» manglar (sjå «kplan go --help»).\n"
        )
    finally:
        language.start([])
