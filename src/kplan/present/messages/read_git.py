"""git, as the read stage meets it (kplan.read.git, gitsafe, gitcat): key → (bokmål, nynorsk,
English).

The reader runs `kplan diff v2024` or `--at` and needs to know what to do: name the right tag,
fetch the whole history, trust or repair a repository. git's own commands and options are
written as they are typed.
"""

from __future__ import annotations

GIT_MESSAGES: dict[str, tuple[str, str, str]] = {
    "read.git.dubious": (
        "git nekter å bruke repoet i {repo}: det tilhører en annen bruker («dubious "
        "ownership»). Stoler du på det, merk det som trygt med: git config --global --add "
        "safe.directory {quoted}",
        "git nektar å bruke repoet i {repo}: det høyrer til ein annan brukar («dubious "
        "ownership»). Stolar du på det, merk det som trygt med: git config --global --add "
        "safe.directory {quoted}",
        "git refuses the repository at {repo}: it belongs to another user («dubious "
        "ownership»). If you trust it, mark it safe with: git config --global --add "
        "safe.directory {quoted}",
    ),
    "read.git.not_a_repository": (
        "{where} ligger ikke i et git-repo.",
        "{where} ligg ikkje i eit git-repo.",
        "{where} is not inside a git repository.",
    ),
    "read.git.cannot_use": (
        "git kan ikke bruke repoet som {where} ligger i: {why}",
        "git kan ikkje bruke repoet som {where} ligg i: {why}",
        "git cannot use the repository that holds {where}: {why}",
    ),
    "read.git.not_installed": (
        "git er ikke installert.",
        "git er ikkje installert.",
        "git is not installed.",
    ),
    "read.git.too_long": (
        "git {command} brukte for lang tid.",
        "git {command} brukte for lang tid.",
        "git {command} took too long.",
    ),
    "read.git.not_started": (
        "git {command} kunne ikke startes: {why}.",
        "git {command} kunne ikkje startast: {why}.",
        "git {command} could not be started: {why}.",
    ),
    "read.git.failed": ("git {command} feilet.", "git {command} feila.", "git {command} failed."),
    "read.git.not_a_revision": (
        "«{rev}» er ikke en versjon (en tagg, en gren eller en commit).",
        "«{rev}» er ikkje ein versjon (ein tagg, ei grein eller ein commit).",
        "«{rev}» is not a revision (a tag, branch or commit).",
    ),
    "read.git.no_commits": (
        "Versjonen «{rev}» finnes ikke: repoet har ingen commits ennå.",
        "Versjonen «{rev}» finst ikkje: repoet har ingen commits enno.",
        "The revision «{rev}» does not exist: the repository has no commits yet.",
    ),
    "read.git.not_a_commit": (
        "«{rev}» peker på et git-objekt av typen {what}, ikke på en commit; oppgi en tagg, en "
        "gren eller en commit.",
        "«{rev}» peikar på eit git-objekt av typen {what}, ikkje på ein commit; oppgi ein tagg, "
        "ei grein eller ein commit.",
        "«{rev}» names a {what}, not a commit; name a tag, branch or commit.",
    ),
    "read.git.shallow": (
        " Dette er en grunn klone (shallow clone), som bare har de nyeste commitene; hent hele "
        "historikken (git fetch --unshallow, eller fetch-depth: 0 i CI).",
        " Dette er ein grunn klone (shallow clone), som berre har dei nyaste commitane; hent "
        "heile historikken (git fetch --unshallow, eller fetch-depth: 0 i CI).",
        " This is a shallow clone, which holds only the newest commits; fetch the whole "
        "history (git fetch --unshallow, or fetch-depth: 0 in CI).",
    ),
    "read.git.no_such_revision": (
        "Versjonen «{rev}» finnes ikke i dette repoet.{hint} {tags}",
        "Versjonen «{rev}» finst ikkje i dette repoet.{hint} {tags}",
        "The revision «{rev}» does not exist in this repository.{hint} {tags}",
    ),
    "read.git.no_tags": (
        "Repoet har ingen tagger.",
        "Repoet har ingen taggar.",
        "The repository has no tags.",
    ),
    "read.git.tags": (
        "Tagger her, nyeste først: {tags}{more}.",
        "Taggar her, nyaste først: {tags}{more}.",
        "Tags here, newest first: {tags}{more}.",
    ),
    "read.git.corrupt_object": (
        "Repoet er skadet: objektet {blob} kan ikke leses (skadet eller borte); sjekk det med "
        "git fsck.",
        "Repoet er skadd: objektet {blob} kan ikkje lesast (skadd eller borte); sjekk det med "
        "git fsck.",
        "The repository is corrupt: the object {blob} cannot be read (damaged or gone); check "
        "it with git fsck.",
    ),
    "read.git.partial": (
        "Denne klonen mangler objekter planen trenger (en delvis klone, partial clone), og kplan "
        "henter ingenting; hent dem (git fetch --refetch), eller klon uten --filter.",
        "Denne klonen manglar objekt planen treng (ein delvis klone, partial clone), og kplan "
        "hentar ingenting; hent dei (git fetch --refetch), eller klon utan --filter.",
        "This clone leaves out objects the plan needs (a partial clone), and kplan fetches "
        "nothing; fetch them (git fetch --refetch) or clone without --filter.",
    ),
    "read.git.corrupt": (
        "Repoet er skadet: git kan ikke lese et objekt det trenger ({why}); sjekk det med git "
        "fsck.",
        "Repoet er skadd: git kan ikkje lese eit objekt det treng ({why}); sjekk det med git fsck.",
        "The repository is corrupt: git cannot read an object it needs ({why}); check it with "
        "git fsck.",
    ),
    "read.git.odd_file": (
        "git kan ikke trygt bruke repoet: {path} er ikke en vanlig fil (en FIFO, en socket "
        "eller en enhetsfil ville stanset eller oversvømt hvert git-kall); fjern den.",
        "git kan ikkje trygt bruke repoet: {path} er ikkje ei vanleg fil (ein FIFO, ein socket "
        "eller ei einingsfil ville stoppa eller fløymt over kvart git-kall); fjern ho.",
        "git cannot safely use the repository: {path} is not a regular file (a FIFO, socket or "
        "device would stall or flood every git call); remove it.",
    ),
    "read.git.object_missing": (
        "Objektet {blob} mangler i repoet.",
        "Objektet {blob} manglar i repoet.",
        "The object {blob} is missing from the repository.",
    ),
    "read.git.not_an_object_id": (
        "Det er ikke en objekt-id.",
        "Det er ikkje ein objekt-id.",
        "That is not an object id.",
    ),
    "read.git.cat_stopped": (
        "git cat-file stoppet.",
        "git cat-file stoppa.",
        "git cat-file stopped.",
    ),
    "read.git.corrupt_header": (
        "Repoet er skadet: objektet {blob} kan ikke leses; sjekk det med git fsck.",
        "Repoet er skadd: objektet {blob} kan ikkje lesast; sjekk det med git fsck.",
        "The repository is corrupt: the object {blob} cannot be read; check it with git fsck.",
    ),
    "read.git.corrupt_short": (
        "Repoet er skadet: objektet {blob} kunne ikke leses helt; sjekk det med git fsck.",
        "Repoet er skadd: objektet {blob} kunne ikkje lesast heilt; sjekk det med git fsck.",
        "The repository is corrupt: the object {blob} could not be read in full; check it with "
        "git fsck.",
    ),
}
