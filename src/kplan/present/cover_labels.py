"""The labels of the cover page (the adoption line, the coat of arms' alt text), in bokmål,
nynorsk and English, merged by `labels.py` into its one table (`cover.` keys)."""

from __future__ import annotations

COVER_LABELS: dict[str, tuple[str, str, str]] = {
    "cover.draft": ("Utkast", "Utkast", "Draft"),
    "cover.consultation": ("Høringsutkast", "Høyringsutkast", "Consultation draft"),
    # {rest} is « i kommunestyret 20. juni 2024, sak 45/24», or empty when no decision says it
    "cover.adopted": ("Vedtatt{rest}", "Vedteken{rest}", "Adopted{rest}"),
    "cover.superseded": (
        "Utgått (vedtatt{rest})",
        "Utgått (vedteken{rest})",
        "Superseded (adopted{rest})",
    ),
    "cover.amended": (", endret{rest}", ", endra{rest}", ", amended{rest}"),
    # a body that meets («kommunestyret») adopts *in* it; a role or an unknown name adopts *by*
    "cover.in_body": (" i {body}", " i {body}", " by {body}"),
    "cover.by_body": (" av {body}", " av {body}", " by {body}"),
    "cover.on_day": (" {when}", " {when}", " on {when}"),
    "cover.in_period": (" i {when}", " i {when}", " in {when}"),
    "cover.case": (", sak {case}", ", sak {case}", ", case {case}"),
    "cover.case_as_written": (", {case}", ", {case}", ", {case}"),
    # {tag} is the git tag a decision names as the adopted version
    "cover.version_adopted": (
        "Vedtatt versjon ({tag})",
        "Vedteken versjon ({tag})",
        "Adopted version ({tag})",
    ),
    "cover.version_amended": (
        "Vedtatt versjon {tag} med endringer etter vedtak",
        "Vedteken versjon {tag} med endringar etter vedtak",
        "Adopted version {tag} with changes made after adoption",
    ),
    "cover.arms_alt": (
        "Kommunevåpen for {kommune}",
        "Kommunevåpen for {kommune}",
        "Coat of arms of {kommune}",
    ),
}
