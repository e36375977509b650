"""Choices of the model still shown as the plan wrote them in nynorsk and English output.

`Labels.value` shows a choice it has no row for as it is, so these stay bokmål in a nynorsk
document and Norwegian in an English one: goal kinds (opening.py, the goals table), competence
kinds and levels (analysis_tables.py), and the four dimensions of competence (competence.py,
which shows `d.name.capitalize()` without asking the labels). Rows for `_VALUES` in labels.py,
keyed by the value as the plan writes it (no key here is one of `_VALUES`' keys).
"""

from __future__ import annotations

PLAN_VALUES: dict[str, tuple[str, str, str]] = {
    # Goal.kind
    "hovedmål": ("hovedmål", "hovudmål", "main goal"),
    "mål": ("mål", "mål", "goal"),
    "delmål": ("delmål", "delmål", "sub-goal"),
    "føring": ("føring", "føring", "guideline"),
    # Competence.kind
    "utdanningsnivå": ("utdanningsnivå", "utdanningsnivå", "level of education"),
    "profesjon": ("profesjon", "profesjon", "profession"),
    "fagbrev": ("fagbrev", "fagbrev", "trade certificate"),
    "studiepoeng": ("studiepoeng", "studiepoeng", "credits"),
    "kurs": ("kurs", "kurs", "course"),
    "autorisasjon": ("autorisasjon", "autorisasjon", "authorisation"),
    # Competence.level
    "ufaglært": ("ufaglært", "ufaglært", "unskilled"),
    "fagarbeider": ("fagarbeider", "fagarbeidar", "skilled worker"),
    "fagskole": ("fagskole", "fagskule", "vocational college"),
    "bachelor": ("bachelor", "bachelor", "bachelor"),
    "master": ("master", "master", "master"),
    "spesialist": ("spesialist", "spesialist", "specialist"),
    # Dimension.name (the four dimensions of competence)
    "kunnskaper": ("kunnskaper", "kunnskapar", "knowledge"),
    "ferdigheter": ("ferdigheter", "ferdigheiter", "skills"),
    "holdninger": ("holdninger", "haldningar", "attitudes"),
    "evner": ("evner", "evner", "abilities"),
}
