"""Checks of a PDF that no installable validator makes here (veraPDF needs Maven Central): the
PDF/A-2 rules kplan's PDFs could break, the tags a screen reader needs, and the layout (a page
number on every page, no text outside the page, no near-empty page).

What `pdfa_problems` covers of ISO 19005-2 (PDF/A-2): the file header and binary comment
(6.1.2), the trailer ID (6.1.3), no encryption (6.1.3), no LZW (6.1.7.2), the OutputIntent with
an embedded ICC profile (6.2.3), every font embedded (6.2.11.4), annotations printable and of
allowed kinds (6.3), no JavaScript, Launch or other forbidden actions and no additional actions
(6.5, 6.6.2), no embedded files (6.8, kplan embeds none), XMP with pdfaid part and conformance
(6.6.4) agreeing with the document information (6.6.3); for level A: tagged (MarkInfo /Marked,
StructTreeRoot) with a /Lang. Not covered: colour spaces of every content stream, transparency
groups, glyph widths against the font program, Unicode mapping of every glyph, XMP schema
extension validity: veraPDF checks those, and WeasyPrint writes them by construction.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf

FORBIDDEN_ACTIONS = {
    "/Launch",
    "/JavaScript",
    "/ImportData",
    "/ResetForm",
    "/Hide",
    "/SetOCGState",
    "/Rendition",
    "/Trans",
    "/GoTo3DView",
    "/Sound",
    "/Movie",
    "/GoToR",
    "/GoToE",
    "/SubmitForm",
}
FORBIDDEN_ANNOTS = {"/Sound", "/Movie", "/FileAttachment", "/3D", "/RichMedia", "/Screen"}


def _walk(obj: Any, seen: set[tuple[int, int]], out: list[Any]) -> None:
    """Every dictionary and stream reachable from obj, once."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        key = obj.objgen
        if key in seen:
            return
        seen.add(key)
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        out.append(obj)
        for k in obj.keys():  # noqa: SIM118  (pikepdf objects need keys())
            if k != "/Parent":
                _walk(obj[k], seen, out)
    elif isinstance(obj, pikepdf.Array):
        for item in obj:
            _walk(item, seen, out)


PREFIXES = {
    "http://www.aiim.org/pdfa/ns/id/": "pdfaid:",
    "http://www.aiim.org/pdfua/ns/id/": "pdfuaid:",
    "http://purl.org/dc/elements/1.1/": "dc:",
    "http://ns.adobe.com/xap/1.0/": "xmp:",
    "http://ns.adobe.com/pdf/1.3/": "pdf:",
}


def _xmp(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The XMP properties as prefix:name -> text."""
    out = {}
    for key, value in pdf.open_metadata().items():
        uri, _, name = key.lstrip("{").partition("}")
        out[PREFIXES.get(uri, uri) + name] = str(value)
    return out


def pdfa_problems(path: Path, part: str = "2", conformance: str = "A") -> list[str]:
    """What keeps the file from being PDF/A-<part><conformance>, as plain sentences."""
    raw = path.read_bytes()
    found: list[str] = []
    if not re.match(rb"%PDF-1\.[4-7]\r?\n%[\x80-\xff]{4}", raw):
        found.append("header is not %PDF-1.x followed by a binary comment line")
    with pikepdf.open(path) as pdf:
        if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
            found.append("encrypted")
        ident = pdf.trailer.get("/ID")
        if ident is None or len(ident) != 2:
            found.append("no document ID in the trailer")
        root = pdf.Root
        xmp = _xmp(pdf)
        if xmp.get("pdfaid:part") != part:
            found.append(f"XMP pdfaid:part is {xmp.get('pdfaid:part')!r}, not {part!r}")
        if xmp.get("pdfaid:conformance") != conformance:
            found.append(
                f"XMP pdfaid:conformance is {xmp.get('pdfaid:conformance')!r}, not {conformance!r}"
            )
        intents = [
            i for i in root.get("/OutputIntents", []) if i.get("/S") == pikepdf.Name.GTS_PDFA1
        ]
        if not intents:
            found.append("no GTS_PDFA1 OutputIntent")
        for intent in intents:
            profile = intent.get("/DestOutputProfile")
            if not isinstance(profile, pikepdf.Stream) or b"acsp" not in profile.read_bytes()[:64]:
                found.append("OutputIntent without an embedded ICC profile")
        info = pdf.docinfo
        for key, name in (("/Title", "dc:title"), ("/Author", "dc:creator")):
            if key in info:
                said = xmp.get(name, "")
                if str(info[key]) not in said:
                    found.append(f"Info {key} {str(info[key])!r} is not XMP {name} {said!r}")
        if "/CreationDate" in info or "/ModDate" in info:
            found.append("a date in the document information (kplan writes none)")
        if any(k in xmp for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate")):
            found.append("a date in the XMP metadata (kplan writes none)")
        names = root.get("/Names", {})
        if "/EmbeddedFiles" in names or "/AF" in root:
            found.append("embedded files")
        if "/JavaScript" in names:
            found.append("document JavaScript")
        if "/AA" in root or ("/OpenAction" in root and "/JS" in root.OpenAction):
            found.append("additional or JavaScript open actions in the catalog")
        objs: list[Any] = []
        _walk(root, set(), objs)
        for page in pdf.pages:
            _walk(page.obj, set(), objs)
        for obj in objs:
            kind = obj.get("/Type")
            sub = obj.get("/Subtype")
            if "/S" in obj and obj.get("/S") in FORBIDDEN_ACTIONS:
                found.append(f"forbidden action {obj.S}")
            if "/JS" in obj:
                found.append("JavaScript")
            if kind == "/Page" and "/AA" in obj:
                found.append("page additional actions")
            if kind == "/Annot" or (sub is not None and "/Rect" in obj and "/F" in obj):
                if sub in FORBIDDEN_ANNOTS:
                    found.append(f"forbidden annotation {sub}")
                flags = int(obj.get("/F", 0))
                if not flags & 4 or flags & (1 | 2 | 32):
                    found.append(f"annotation {sub} not printable or hidden (F={flags})")
            if kind == "/Font" and sub in ("/TrueType", "/Type1", "/CIDFontType0", "/CIDFontType2"):
                desc = obj.get("/FontDescriptor", {})
                if not any(f in desc for f in ("/FontFile", "/FontFile2", "/FontFile3")):
                    found.append(f"font {obj.get('/BaseFont')} not embedded")
            if isinstance(obj, pikepdf.Stream):
                filters = obj.get("/Filter")
                listed = [filters] if isinstance(filters, pikepdf.Name) else list(filters or [])
                if pikepdf.Name.LZWDecode in listed:
                    found.append("LZW-compressed stream")
                if sub == "/PS":
                    found.append("PostScript XObject")
            if "/TR" in obj and kind == "/ExtGState":
                found.append("transfer function in a graphics state")
        if conformance == "A":
            found += tag_problems(pdf)
    return sorted(set(found))


def tag_problems(pdf: pikepdf.Pdf) -> list[str]:
    """What a tagged, language-marked PDF lacks."""
    root = pdf.Root
    found = []
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        found.append("not marked as tagged (MarkInfo /Marked)")
    if "/StructTreeRoot" not in root:
        found.append("no structure tree")
    if not str(root.get("/Lang", "")):
        found.append("no /Lang")
    return found


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]


def pages(path: Path) -> list[Page]:
    """Every page's size and words with their boxes (poppler's pdftotext -bbox)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    out = []
    for n, (w, h, body) in enumerate(
        re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S), 1
    ):
        words = tuple(
            Word(n, t, float(a), float(b), float(c), float(d))
            for a, b, c, d, t in re.findall(
                r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">'
                r"(.*?)</word>",
                body,
            )
        )
        out.append(Page(n, float(w), float(h), words))
    return out


def outside(page: Page, slack: float = 0.5) -> list[Word]:
    """Words whose box is not inside the page."""
    return [
        w
        for w in page.words
        if w.x0 < -slack or w.y0 < -slack or w.x1 > page.width + slack or w.y1 > page.height + slack
    ]


def page_number(page: Page) -> tuple[int, int] | None:
    """The «N / M» or «Side N av M» at the page's foot, if any."""
    foot = sorted((w for w in page.words if w.y0 > page.height * 0.93), key=lambda w: w.x0)
    found = re.search(r"(\d+)\s+\S+\s+(\d+)\s*$", " ".join(w.text for w in foot))
    return (int(found[1]), int(found[2])) if found else None


def filled(page: Page) -> float:
    """How far down the page body the text reaches, 0 to 1 (running header and foot left out)."""
    top, bottom = page.height * 0.06, page.height * 0.93
    body = [w for w in page.words if top < w.y0 < bottom]
    if not body:
        return 0.0
    return (max(w.y1 for w in body) - top) / (bottom - top)


OUTLOUD = str(Path(sys.executable).with_name("outloud"))
"""The checker installed beside this interpreter (the [dev] extra)."""


@dataclass(frozen=True)
class Finding:
    rule: str
    page: int | None
    message: str


def accessibility_errors(path: Path, skip: tuple[str, ...] = ("DOC-012",)) -> list[Finding]:
    """outloud's errors (PDF/UA-1 and WCAG 2.2 machine checks, pip install outloud); DOC-012,
    «no PDF/UA identification», is skipped: kplan claims PDF/A-2a, not PDF/UA."""
    done = subprocess.run(
        [OUTLOUD, "--json", "-", "--skip", ",".join(skip), str(path)],
        capture_output=True,
        check=False,
        text=True,
    )
    report = json.loads(done.stdout)
    return [
        Finding(f["rule"], f.get("page"), f["message"])
        for result in report["results"]
        for f in result["findings"]
        if f["severity"] == "error"
    ]
