"""The YAML parser's complaints (kplan.read.yaml_syntax): key → (bokmål, nynorsk, English).

English is the parser's own words, so an English reader sees what the parser said.
"""

from __future__ import annotations

SYNTAX_MESSAGES: dict[str, tuple[str, str, str]] = {
    # the parser's complaints (read.yaml_syntax); English is the parser's own words
    # «Feil i YAML-oppsettet i en liste: ...» / «YAML syntax error: ... while parsing a list»
    "read.syntax.context": (" {context}", " {context}", " {context}"),
    "read.syntax.mapping_values": (
        "et kolon står der det ikke kan stå (hører kolonet til teksten, sett teksten i "
        "anførselstegn)",
        "eit kolon står der det ikkje kan stå (høyrer kolonet til teksten, set teksten i "
        "hermeteikn)",
        "mapping values are not allowed in this context",
    ),
    "read.syntax.mapping_values_here": (
        "et kolon står der det ikke kan stå (hører kolonet til teksten, sett teksten i "
        "anførselstegn)",
        "eit kolon står der det ikkje kan stå (høyrer kolonet til teksten, set teksten i "
        "hermeteikn)",
        "mapping values are not allowed here",
    ),
    "read.syntax.expected_colon": (
        "fant ikke kolonet (:) etter en nøkkel",
        "fann ikkje kolonet (:) etter ein nøkkel",
        "could not find expected ':'",
    ),
    "read.syntax.expected_key": (
        "fant ikke neste nøkkel der innrykket sier at den skal stå (sjekk innrykket)",
        "fann ikkje neste nøkkel der innrykket seier at han skal stå (sjekk innrykket)",
        "did not find expected key",
    ),
    "read.syntax.expected_close_list": (
        "fant ikke ',' eller ']'",
        "fann ikkje ',' eller ']'",
        "did not find expected ',' or ']'",
    ),
    "read.syntax.expected_close_map": (
        "fant ikke ',' eller '}}'",
        "fann ikkje ',' eller '}}'",
        "did not find expected ',' or '}}'",
    ),
    "read.syntax.expected_dash": (
        "fant ikke '-' foran neste punkt i lista (sjekk innrykket)",
        "fann ikkje '-' framfor neste punkt i lista (sjekk innrykket)",
        "did not find expected '-' indicator",
    ),
    "read.syntax.expected_content": (
        "fant ingen verdi der en verdi skulle stå",
        "fann ingen verdi der ein verdi skulle stå",
        "did not find expected node content",
    ),
    "read.syntax.bad_start": (
        "fant et tegn som ingen verdi kan begynne med (sett verdien i anførselstegn)",
        "fann eit teikn som ingen verdi kan byrje med (set verdien i hermeteikn)",
        "found character that cannot start any token",
    ),
    "read.syntax.end_of_file": (
        "fila slutter før alt er lukket (et anførselstegn eller en parentes)",
        "fila sluttar før alt er lukka (eit hermeteikn eller ein parentes)",
        "found unexpected end of stream",
    ),
    "read.syntax.escape": (
        "fant en ukjent kode etter \\ i tekst i doble anførselstegn (bruk enkle anførselstegn)",
        "fann ein ukjend kode etter \\ i tekst i doble hermeteikn (bruk enkle hermeteikn)",
        "found unknown escape character",
    ),
    "read.syntax.tab": (
        "fant et tabulatortegn som ødelegger innrykket; bruk mellomrom",
        "fann eit tabulatorteikn som øydelegg innrykket; bruk mellomrom",
        "found a tab character that violates indentation",
    ),
    "read.syntax.dash_here": (
        "et listepunkt (-) står der det ikke kan stå (sjekk innrykket)",
        "eit listepunkt (-) står der det ikkje kan stå (sjekk innrykket)",
        "block sequence entries are not allowed in this context",
    ),
    "read.syntax.in_key": ("i en nøkkel", "i ein nøkkel", "while scanning a simple key"),
    "read.syntax.in_plain": (
        "i en verdi uten anførselstegn",
        "i ein verdi utan hermeteikn",
        "while scanning a plain scalar",
    ),
    "read.syntax.in_quoted": (
        "i en tekst i anførselstegn",
        "i ein tekst i hermeteikn",
        "while scanning a quoted scalar",
    ),
    "read.syntax.in_mapping": (
        "i en gruppe med nøkler",
        "i ei gruppe med nøklar",
        "while parsing a block mapping",
    ),
    "read.syntax.in_list": ("i en liste", "i ei liste", "while parsing a block collection"),
    "read.syntax.in_flow_list": (
        "i en liste i hakeparenteser [ ]",
        "i ei liste i hakeparentesar [ ]",
        "while parsing a flow sequence",
    ),
    "read.syntax.in_flow_mapping": (
        "i en gruppe i klammeparenteser {{ }}",
        "i ei gruppe i klammeparentesar {{ }}",
        "while parsing a flow mapping",
    ),
    "read.syntax.in_node": ("i en verdi", "i ein verdi", "while parsing a node"),
    "read.syntax.in_next": (
        "mellom verdiene",
        "mellom verdiane",
        "while scanning for the next token",
    ),
    "read.syntax.in_block": (
        "i en tekstblokk (| eller >)",
        "i ein tekstblokk (| eller >)",
        "while scanning a block scalar",
    ),
    "read.syntax.in_quoted_parse": (
        "i en tekst i anførselstegn",
        "i ein tekst i hermeteikn",
        "while parsing a quoted scalar",
    ),
    "read.syntax.in_block_node": ("i en verdi", "i ein verdi", "while parsing a block node"),
    "read.syntax.in_flow_node": (
        "i en liste eller gruppe i parentes",
        "i ei liste eller gruppe i parentes",
        "while parsing a flow node",
    ),
    "read.syntax.in_tag": ("i en YAML-tagg (!)", "i ein YAML-tagg (!)", "while scanning a tag"),
}
