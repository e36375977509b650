"""The cover page: kommune, title, period, the adoption line and the coat of arms.

The adoption line is said only as far as the plan's data bear it out: the plan's status says
whether it is adopted at all («Utkast» for a draft, whatever the decisions say: a vedtak that
started the work adopted nothing), and the latest decision that adopted the plan (kind vedtak,
or a decision that names the git tag of the version it adopted) says where, when and in which
case. An amendment (endring) after it is added. Decisions taken note of (til orientering, til
etterretning), sent to consultation or of unknown kind adopt nothing, and a decision made up for
illustration or dated after the document says nothing on the cover.
"""

from __future__ import annotations

import re

from kplan.document.stamp import Stamp
from kplan.document.view.model import Context, Cover
from kplan.plan.model import Decision, Plan
from kplan.present.labels import Labels
from kplan.read.image import Image, load_image
from kplan.read.sources import DISK, Source

# Norwegian writes a body that meets in lower case mid-sentence («vedtatt i kommunestyret»),
# but a proper name keeps its capital («Øyer kommunestyre», «Stortinget»). So only a first word
# ending like a common body (definite form: one adopts *in* it) or role (one adopts *by* it) is
# lowered, and only when it is written as a plain capitalised word (not «KS», not «HTV»).
_BODY_ENDINGS = ("styret", "skapet", "utvalget", "utvalet", "rådet", "møtet", "komiteen")
_ROLE_ENDINGS = ("direktøren", "mannen", "sjefen", "ordføreren", "lederen", "leiaren")
_NUMBER_ONLY = re.compile(r"^[0-9][0-9/ .-]*$")


def coat_of_arms(plan_dir: str, plan: Plan, source: Source = DISK) -> Image | None:
    """The kommune's coat of arms from the plan directory, when the plan names a usable file
    (`kplan validate` says why one is not: K019)."""
    rel = plan.plan.kommune.coat_of_arms
    if rel is None:
        return None
    found = load_image(plan_dir or ".", rel, source)
    return found if isinstance(found, Image) else None


def _body(c: Context, body: str) -> str:
    """« i kommunestyret», « av kommunedirektøren», « av Øyer kommunestyre», « by Kommunestyret»."""
    first = body.split(" ", 1)[0]
    plain = len(first) > 1 and first[0].isupper() and first[1:].islower()
    low = first.casefold()
    is_body = low.endswith(_BODY_ENDINGS)
    is_role = low.endswith(_ROLE_ENDINGS)
    if c.t.lang != "en" and plain and (is_body or is_role):
        body = body[0].lower() + body[1:]
    return c.t("cover.in_body" if is_body else "cover.by_body", body=body)


def _when(c: Context, d: Decision) -> str:
    if d.date is None:
        return ""
    key = "cover.on_day" if len(str(d.date)) == 10 else "cover.in_period"
    return c.t(key, when=c.t.when(str(d.date)))


def _case(c: Context, d: Decision) -> str:
    if not d.case_number:
        return ""
    # «45/24» is a case number that needs the word; «K-sak 131/21» says it already
    key = "cover.case" if _NUMBER_ONLY.match(d.case_number) else "cover.case_as_written"
    return c.t(key, case=d.case_number)


def _order(decisions: list[Decision]) -> list[tuple[str, int]]:
    """A sort key per decision: its first day, an undated one taking the date of the one listed
    before it (a protocol is kept in order), then its place in the list."""
    keys: list[tuple[str, int]] = []
    last = ""
    for i, d in enumerate(decisions):
        if d.date is not None:
            last = d.date.bounds()[0].isoformat()
        keys.append((last, i))
    return keys


def _held(c: Context, d: Decision) -> bool:
    """Whether the decision may have been made by the document's date (a month or a year
    that has begun may hold it)."""
    return d.date is None or c.as_of is None or d.date.bounds()[0] <= c.as_of


def _adopts(d: Decision) -> bool:
    return d.kind == "vedtak" or (d.kind is None and d.git_tag is not None)


def adoption(c: Context) -> str:
    """«Vedtatt i kommunestyret 20. juni 2024, sak 45/24», «Utkast», «Høringsutkast»..."""
    status = c.plan.plan.status
    if status == "utkast":
        return c.t("cover.draft")
    if status == "høring":
        return c.t("cover.consultation")
    # a made-up decision (illustrative) stays in the decisions table, marked; on the cover its
    # date and case number would read as the kommune's own record. A meeting after the
    # document's date has adopted nothing yet.
    decisions = [d for d in c.plan.decisions if not d.illustrative and _held(c, d)]
    keys = _order(decisions)
    adopting = [i for i, d in enumerate(decisions) if _adopts(d)]
    rest = ""
    if adopting:
        i = max(adopting, key=lambda k: keys[k])
        d = decisions[i]
        rest = _body(c, d.body) + _when(c, d) + _case(c, d)
        later = [j for j, e in enumerate(decisions) if e.kind == "endring" and keys[j] > keys[i]]
        if later:
            e = decisions[max(later, key=lambda k: keys[k])]
            more = _body(c, e.body) if e.body != d.body else ""
            rest += c.t("cover.amended", rest=more + _when(c, e) + _case(c, e))
    key = "cover.superseded" if status == "utgått" else "cover.adopted"
    return c.t(key, rest=rest)


def version_line(t: Labels, stamp: Stamp) -> str:
    """«Vedtatt versjon (v2024)» when the plan shown equals its adopted version, «Vedtatt
    versjon v2024 med endringer etter vedtak» when it does not; empty when git knows no adopted
    version. The commit stays in the stamp's small print: a hash is no name for a reader."""
    if stamp.adopted is None:
        return ""
    key = "cover.version_amended" if stamp.amended else "cover.version_adopted"
    return t(key, tag=stamp.adopted)


def _period(c: Context) -> str:
    """«2024–2028»; empty when the title already says it as a range («... 2024-2028»), since
    the facts under the cover say the period too. Both years apart («2028, rullert 2025») or
    another range around them do not say the period."""
    period = c.plan.plan.period
    start, end = str(period.start), str(period.end)
    said = re.compile(rf"(?<!\d){start[:4]}\s*[-–—]\s*{end[:4]}(?!\d)")
    if said.search(c.plan.plan.title):
        return ""
    return f"{c.t.when(start)}–{c.t.when(end)}"


def cover(c: Context, arms: Image | None = None) -> Cover:
    """The cover page of the document, with the coat of arms when one was read."""
    p = c.plan.plan
    return Cover(
        kommune=p.kommune.name,
        title=p.title,
        period=_period(c),
        adoption=adoption(c),
        coat_of_arms=arms.data_uri() if arms is not None else None,
        coat_of_arms_alt=c.t("cover.arms_alt", kommune=p.kommune.name),
    )
