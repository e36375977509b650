"""The coat of arms and personal data (kplan.read.image, privacy): key → (bokmål, nynorsk,
English).
"""

from __future__ import annotations

FILE_MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- the coat of arms (image): the end of «... is left off the cover: {reason}.» ----------
    "read.image.names_no_file": (
        "stien peker ikke på noen fil",
        "stien peikar ikkje på noka fil",
        "it names no file",
    ),
    "read.image.address": (
        "det er en nettadresse; oppgi en fil i planmappa",
        "det er ei nettadresse; oppgi ei fil i planmappa",
        "it is an address; name a file in the plan directory",
    ),
    "read.image.backslash": (
        "skriv stien med / mellom mappene",
        "skriv stien med / mellom mappene",
        "write the path with / between folders",
    ),
    "read.image.absolute": (
        "det er en absolutt sti; oppgi en sti som går ut fra planmappa",
        "det er ein absolutt sti; oppgi ein sti som går ut frå planmappa",
        "it is an absolute path; give a path relative to the plan directory",
    ),
    "read.image.parent": (
        "stien går ut av planmappa («..»)",
        "stien går ut av planmappa («..»)",
        "it leads out of the plan directory («..»)",
    ),
    "read.image.no_such_file": ("fila finnes ikke", "fila finst ikkje", "there is no such file"),
    "read.image.link_out": (
        "det er en symbolsk lenke ut av planmappa",
        "det er ei symbolsk lenkje ut av planmappa",
        "it is a symbolic link out of the plan directory",
    ),
    "read.image.not_regular": (
        "det er ikke en vanlig fil",
        "det er ikkje ei vanleg fil",
        "it is not a regular file",
    ),
    "read.image.unreadable": (
        "fila kan ikke leses",
        "fila kan ikkje lesast",
        "the file cannot be read",
    ),
    "read.image.too_large": (
        "fila er større enn {mb} MB",
        "fila er større enn {mb} MB",
        "the file is larger than {mb} MB",
    ),
    "read.image.entities": (
        "bildet deklarerer XML-entiteter, som kplan ikke godtar i en SVG",
        "biletet deklarerer XML-entitetar, som kplan ikkje godtek i ei SVG-fil",
        "it declares XML entities, which kplan does not accept in an SVG",
    ),
    "read.image.not_an_image": (
        "det er ikke et PNG-, JPEG- eller SVG-bilde (avgjort ut fra innholdet, ikke navnet)",
        "det er ikkje eit PNG-, JPEG- eller SVG-bilete (avgjort ut frå innhaldet, ikkje namnet)",
        "it is not a PNG, JPEG or SVG image (told by its content, not its name)",
    ),
    "read.image.no_size": (
        "bildet oppgir ingen størrelse; fila kan være skadet",
        "biletet oppgir ingen storleik; fila kan vere skadd",
        "its header gives no size; it may be damaged",
    ),
    "read.image.too_many_pixels": (
        "bildet er {width} × {height} piksler; høyst {most} på hver side",
        "biletet er {width} × {height} pikslar; høgst {most} på kvar side",
        "it is {width} × {height} pixels; at most {most} on a side",
    ),
    "read.image.nested_image": (
        "SVG-en har et bilde inni et bilde inni seg",
        "SVG-fila har eit bilete inni eit bilete inni seg",
        "it holds an image within an image within the SVG",
    ),
    "read.image.undecodable": (
        "bildet som ligger inni, kan ikke dekodes",
        "biletet som ligg inni, kan ikkje dekodast",
        "its embedded image cannot be decoded",
    ),
    "read.image.inner_refused": (
        "et bilde inni SVG-en blir avvist: {why}",
        "eit bilete inni SVG-fila blir avvist: {why}",
        "an image inside it is refused: {why}",
    ),
    "read.image.not_xml": (
        "det er ikke gyldig XML, og dermed ikke et SVG-bilde",
        "det er ikkje gyldig XML, og dermed ikkje eit SVG-bilete",
        "it is not well-formed XML, so it is no SVG image",
    ),
    "read.image.self_reference": (
        "bildet viser til seg selv (en <use> eller url(#...) inni det som tegnes)",
        "biletet viser til seg sjølv (ein <use> eller url(#...) inni det som blir teikna)",
        "it refers to itself (a <use> or url(#...) inside what it draws)",
    ),
    "read.image.too_deep": (
        "elementene ligger for mange nivåer inni hverandre",
        "elementa ligg for mange nivå inni kvarandre",
        "its elements nest too deep",
    ),
    "read.image.too_many_parts": (
        "bildet gjentar delene sine til mer enn {most} elementer",
        "biletet gjentek delane sine til meir enn {most} element",
        "it repeats its parts into more than {most} elements",
    ),
    # --- personal data (privacy) ----------------------------------------------------------------
    "read.privacy.fnr": ("et fødselsnummer", "eit fødselsnummer", "a fødselsnummer"),
    "read.privacy.d_number": ("et D-nummer", "eit D-nummer", "a D-number"),
    "read.k601.fnr": (
        "Dette ser ut som {what} (11 sifre som begynner med en dato). Planer er offentlige, og "
        "git glemmer aldri: fjern det.",
        "Dette ser ut som {what} (11 siffer som byrjar med ein dato). Planar er offentlege, og "
        "git gløymer aldri: fjern det.",
        "This looks like {what} (11 digits starting with a date). Plans are public and git "
        "never forgets: remove it.",
    ),
    "read.k602.email": (
        "Dette er en e-postadresse. Planer er offentlige, og git glemmer aldri: skriv rollen i "
        "stedet.",
        "Dette er ei e-postadresse. Planar er offentlege, og git gløymer aldri: skriv rolla i "
        "staden.",
        "This is an e-mail address. Plans are public and git never forgets: name the role instead.",
    ),
    "read.k603.phone": (
        "«{text}» ser ut som et telefonnummer. Planer er offentlige, og git glemmer aldri: skriv "
        "rollen eller tjenesten i stedet.",
        "«{text}» ser ut som eit telefonnummer. Planar er offentlege, og git gløymer aldri: "
        "skriv rolla eller tenesta i staden.",
        "«{text}» looks like a phone number. Plans are public and git never forgets: name the "
        "role or the service instead.",
    ),
    "read.k604.address": (
        "«{text}» ser ut som en gateadresse. Planer er offentlige, og git glemmer aldri: ikke "
        "skriv hvor folk bor.",
        "«{text}» ser ut som ei gateadresse. Planar er offentlege, og git gløymer aldri: ikkje "
        "skriv kvar folk bur.",
        "«{text}» looks like a street address. Plans are public and git never forgets: leave "
        "out where people live.",
    ),
}
