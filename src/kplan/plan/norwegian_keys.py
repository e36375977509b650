"""Norwegian names of the plan's keys, for «did you mean»: `tiltak:` points to `actions:`.

A kommune's HR adviser writes the words of the plan document (tiltak, mål, behov, frist). The
keys stay English (they are the plan's machine format), so a Norwegian key gets the English key
that means the same, among the keys allowed where it stands. Each English key lists its
Norwegian words in bokmål and nynorsk, singular and plural; æ, ø and å need not be typed
(`maal`, `mal` and `mål` are one word: `kplan.hints.fold`).
"""

from __future__ import annotations

from functools import lru_cache

from kplan.hints import fold

NORWEGIAN: dict[str, tuple[str, ...]] = {
    # the plan's sections
    "plan": ("plan", "planen", "planinfo", "om planen"),
    "actions": ("tiltak", "tiltakene", "tiltaka", "handlinger", "aktiviteter"),
    "goals": ("mål", "målene", "måla", "målsetting", "målsettinger", "målsettingar"),
    "needs": ("behov", "behovene", "behova", "kompetansebehov"),
    "units": ("enheter", "einingar", "enhetene", "einingane", "virksomheter", "verksemder"),
    "competences": ("kompetanser", "kompetansar", "kompetansane", "kompetansene"),
    "strategies": ("strategier", "strategiar", "strategiene", "strategiane"),
    "requirements": ("krav", "kravene", "krava", "normer", "normar", "kompetansekrav"),
    "staffing": ("bemanning", "bemanningsplan", "bemanningsbehov"),
    "drivers": ("drivere", "drivarar", "framskrivinger", "framskrivingar", "prognoser"),
    "inventory": ("kartlegging", "kartlegginga", "oversikt", "beholdning", "behaldning"),
    "steps": ("steg", "stegene", "stega", "trinn", "fremdriftsplan", "framdriftsplan"),
    "decisions": ("vedtak", "vedtakene", "vedtaka", "beslutninger", "avgjerder"),
    "organisation": ("organisering", "organisasjon", "medvirkning", "medverknad"),
    "anchoring": ("forankring", "forankringa"),
    "learning": ("læring", "læringsarenaer", "læringsarenaer"),
    "evaluation": ("evaluering", "evalueringen", "evalueringa", "oppfølging", "oppfølginga"),
    "competence_concept": ("kompetansebegrep", "kompetansebegrepet", "kompetanseomgrep"),
    "glossary": ("ordliste", "ordlista", "begreper", "omgrep", "definisjoner", "definisjonar"),
    "appendices": ("vedlegg", "vedlegga", "vedleggene"),
    "content": ("innhold", "innhald", "kapitler", "kapittel"),
    "include": ("inkluder", "ta med", "filer", "inkludere"),
    "analysis": ("analyse", "analysen", "analysa", "kompetanseanalyse"),
    "swot": ("swot-analyse", "sterke og svake sider", "ros"),
    "suppress": ("demp", "dempe", "ignorer", "ignorere", "unntak"),
    "action_table": ("tiltakstabell", "tiltakstabellen"),
    # facts about the plan
    "title": ("tittel", "tittelen", "overskrift", "navn", "namn"),
    "kommune": ("kommunen",),
    "period": ("periode", "perioden", "planperiode", "tidsrom"),
    "status": ("tilstand", "planstatus"),
    "version": ("versjon", "utgave", "utgåve"),
    "language": ("språk", "målform", "mål form"),
    "scope": ("omfang", "virkeområde", "verkeområde", "avgrensning", "avgrensing"),
    "owner": ("eier", "eigar", "planeier", "planeigar"),
    "purpose": ("formål", "føremål", "hensikt"),
    "background": ("bakgrunn", "bakgrunnen"),
    "revision": ("revisjon", "rullering", "revidering"),
    "reporting": ("rapportering", "rapport"),
    "model": ("modell", "modellen"),
    # items
    "id": ("nøkkel", "kode", "ident", "identifikator"),
    "name": ("navn", "namn", "navnet", "namnet"),
    "text": ("tekst", "teksten", "beskrivelse", "skildring", "formulering"),
    "description": ("beskrivelse", "beskrivelsen", "skildring", "omtale", "forklaring"),
    "kind": ("type", "art", "slag", "sort", "kategori"),
    "type": ("type", "behovstype", "kategori"),
    "unit": ("enhet", "eining", "enheten", "eininga", "virksomhet", "verksemd", "avdeling"),
    "parent": ("overordnet", "overordna", "forelder", "hører under", "høyrer under"),
    "parents": ("overordnede", "overordna mål", "hovedmål", "hovudmål"),
    "leader": ("leder", "leiar", "enhetsleder", "einingsleiar"),
    "level": ("nivå", "nivået", "organisasjonsnivå"),
    "competence": ("kompetanse", "kompetansen", "fagkompetanse"),
    "strategy": ("strategi", "strategien", "ks-strategi"),
    "responsible": ("ansvar", "ansvarlig", "ansvarleg", "ansvarlige", "ansvarlege", "eier"),
    "target_group": ("målgruppe", "målgruppa", "målgruppen", "deltakere", "deltakarar"),
    "cost": ("kostnad", "kostnader", "kostnadar", "kostnaden", "pris", "utgift", "budsjett"),
    "amount": ("beløp", "belop", "sum", "kroner", "kr"),
    "funding": ("finansiering", "finansieringa", "tilskudd", "tilskot"),
    "provider": ("leverandør", "leverandor", "tilbyder", "tilbydar", "arrangør", "kursholder"),
    "learning_form": ("læringsform", "læringsforma", "opplæringsform"),
    "arena": ("arena", "læringsarena", "læringsarenaen"),
    "arenas": ("arenaer", "arenaar", "læringsarenaer", "læringsarenaar"),
    "effects": ("effekter", "effektar", "virkning", "verknad"),
    "frequency": ("frekvens", "hyppighet", "kor ofte", "hvor ofte"),
    "deadline": ("frist", "fristen", "tidsfrist", "innen", "innan"),
    "due": ("frist", "fristen", "forfall", "innen", "innan"),
    "done": ("ferdig", "gjennomført", "gjennomført dato", "utført"),
    "start": ("start", "oppstart", "fra", "frå", "begynner", "byrjar"),
    "end": ("slutt", "til", "avslutning", "ferdig"),
    "priority": ("prioritet", "prioritering"),
    "indicator": ("indikator", "måleindikator", "måling"),
    "target": ("målverdi", "måltall", "måltal", "mål"),
    "target_year": ("målår", "år for mål"),
    "baseline": ("utgangspunkt", "nullpunkt", "startverdi", "status nå", "status no"),
    "source": ("kilde", "kjelde", "kilden", "kjelda", "hjemmel", "heimel"),
    "sources": ("kilder", "kjelder"),
    "notes": ("merknader", "merknadar", "notater", "notat", "kommentarer", "kommentarar"),
    "note": ("merknad", "notat", "kommentar"),
    "example": ("eksempel", "døme", "eksempler", "døme på"),
    "evaluation_method": ("evalueringsmetode",),
    "method": ("metode", "metoden", "framgangsmåte", "fremgangsmåte"),
    "result": ("resultat", "resultatet", "resultater", "resultata"),
    "date": ("dato", "datoen", "dag"),
    "year": ("år", "året", "årstall", "årstal"),
    "count": ("antall", "tal", "talet", "antallet", "personer"),
    "persons": ("personer", "personar", "ansatte", "tilsette", "antall ansatte", "tal tilsette"),
    "fte": ("årsverk", "årsverka", "årsverkene", "stillinger", "stillingar"),
    "role": ("rolle", "rolla", "rollen", "stilling", "funksjon"),
    "members": ("medlemmer", "medlemer", "deltakere", "deltakarar"),
    "union": ("fagforening", "fagforeining", "forbund", "organisasjon"),
    "represents": ("representerer", "representant for"),
    "working_group": ("arbeidsgruppe", "arbeidsgruppa", "arbeidsgruppen"),
    "steering_group": ("styringsgruppe", "styringsgruppa", "styringsgruppen"),
    "mandate": ("mandat", "mandatet"),
    "responsibilities": ("ansvarsfordeling", "roller og ansvar", "ansvarsområder"),
    "duties": ("oppgaver", "oppgåver", "plikter", "plikter og oppgaver"),
    "body": ("organ", "vedtaksorgan", "politisk organ", "utvalg", "utval"),
    "case_number": ("saksnummer", "saksnr", "sak"),
    "summary": ("sammendrag", "samandrag", "oppsummering"),
    "follow_up": ("oppfølging", "oppfølginga", "oppfølgingen"),
    "what": ("hva", "kva", "oppgave", "oppgåve"),
    "who": ("hvem", "kven", "ansvarlig", "ansvarleg"),
    "when": ("når", "tidspunkt"),
    "number": ("nummer", "nr", "kommunenummer", "stegnummer"),
    "deliverable": ("leveranse", "produkt", "resultat"),
    "minimum": ("minst", "minimum", "minste antall", "minste tal"),
    "rule": ("regel", "regelen"),
    "basis": ("grunnlag", "grunnlaget", "beregningsgrunnlag", "berekningsgrunnlag"),
    "course": ("kurs", "kurset", "opplæring", "opplæringa"),
    "exemptions": ("unntak", "dispensasjon", "dispensasjonar", "dispensasjoner"),
    "paths": ("veier", "vegar", "utdanningsveier", "utdanningsvegar"),
    "applies_from": ("gjelder fra", "gjeld frå", "gyldig fra", "gyldig frå"),
    "values": ("verdier", "verdiar", "tall", "tal"),
    "segment": ("segment", "aldersgruppe", "gruppe"),
    "scenarios": ("scenarier", "scenario", "alternativer", "alternativ"),
    "age_bands": ("aldersgrupper", "aldersgrupper", "alder"),
    "position_sizes": ("stillingsstørrelser", "stillingsstorleikar", "stillingsprosent"),
    "credits": ("studiepoeng", "poeng"),
    "subject": ("fag", "fagområde", "emne"),
    "definition": ("definisjon", "definisjonen", "forklaring"),
    "term": ("begrep", "omgrep", "ord", "uttrykk"),
    "strengths": ("styrker", "styrkar", "sterke sider"),
    "weaknesses": ("svakheter", "svakheiter", "svake sider"),
    "opportunities": ("muligheter", "moglegheiter"),
    "threats": ("trusler", "truslar"),
    "principles": ("prinsipper", "prinsipp"),
    "kirkpatrick": ("kirkpatrick-nivå", "evalueringsnivå"),
    "chapter": ("kapittel", "kapittelet", "del"),
    "sections": ("seksjoner", "seksjonar", "avsnitt", "delkapitler"),
    "blocks": ("avsnitt", "tekstblokker", "tekstblokker"),
    "url": ("lenke", "nettadresse", "adresse"),
    "reason": ("grunn", "begrunnelse", "grunngiving", "årsak"),
    "code": ("kode", "koden", "feilkode"),
    "item": ("element", "punkt"),
    "spent": ("brukt", "forbruk", "forbrukt", "regnskap", "rekneskap"),
    "budget_year": ("budsjettår",),
    "yearly": ("årlig", "årleg", "hvert år", "kvart år"),
    "continuous": ("kontinuerlig", "kontinuerleg", "løpende", "løpande"),
    "illustrative": ("illustrasjon", "eksempeltall", "dømetal"),
    "ambition": ("ambisjon", "ambisjonsnivå"),
    "header": ("overskrifter", "kolonner", "kolonnar"),
    "rows": ("rader", "rader i tabellen", "linjer", "linjer"),
    "bullets": ("punkter", "punkt", "kulepunkter", "kulepunkt"),
    "items": ("punkter", "element", "elementer"),
}
"""English key → its Norwegian words. Some words belong to several keys (`frist`: `deadline` of
a requirement or a step, `due` of a decision's follow-up): only the keys allowed where the word
stands are suggested, in the order listed here."""


@lru_cache(maxsize=512)
def aliases(allowed: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """`(folded Norwegian word, English key)` for every key in `allowed`, for
    `kplan.hints.did_you_mean`: the keys a Norwegian word may point to where it stands."""
    here = set(allowed)
    pairs: list[tuple[str, str]] = []
    for key, words in NORWEGIAN.items():
        if key in here:
            pairs.extend((fold(w), key) for w in words)
    return tuple(pairs)
