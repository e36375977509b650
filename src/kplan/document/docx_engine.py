"""The child process that turns the HTML document into a Word file with pandoc: HTML on stdin,
the .docx on stdout, the reference document's path (or nothing) as the one argument. It runs
apart from kplan (`kplan.document.docx` starts it with a time and memory limit), and pandoc
runs under it with the same limits, so a plan or template that makes pandoc loop or swell ends
in a message, not a hung kplan.

pandoc reads the HTML kplan rendered (user text is already escaped there: raw HTML, Markdown or
`{{...}}` in a plan is text) and runs with `--sandbox`: it reads no file but the reference
document named on its command line, and nothing from the network (a template's `<img
src="file:...">` or `http:` is left out with a warning). Its user data directory is an empty
one, so no reference.docx, template or filter of the machine changes the result.

Word shows no inline SVG: each chart is drawn to PNG here with resvg (a wheel, no system
library), and only when its SVG asks for nothing outside itself (no link, no image, no style
sheet); otherwise the chart is left out and its figures stay in the table beside it, which the
document always has.
"""

from __future__ import annotations

import base64
import html as htmllib
import os
import re
import subprocess
import sys
import tempfile

MISSING = 3
"""Exit status when pandoc (the pypandoc-binary wheel) cannot be found."""

EPOCH = "315532800"
"""SOURCE_DATE_EPOCH for pandoc: 1980-01-01, the first date a zip file can hold. The .docx's
dates never come from the clock, so the same commit gives the same bytes: the zip entries are
dated 1980-01-01, and in its sandbox pandoc has no clock at all and dates «created» and
«modified» 1970-01-01 (this is for a pandoc that would ask). The document itself says which
version it shows (the stamp)."""

ZOOM = 2
"""Charts are drawn at twice their size in pixels, sharp on paper and on a high-density screen."""

MAX_PIXELS = 40_000_000
"""A chart bigger than this once drawn (about 150 MB of pixels) is no kplan chart: left out."""

_NAV = re.compile(r"<nav\b[^>]*\bclass=\"[^\"]*\btoc\b[^\"]*\"[^>]*>(.*?)</nav>", re.S | re.I)
_HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_MAIN = re.compile(r"<(/?)main\b[^>]*>", re.I)
_SVG = re.compile(r"<svg\b.*?</svg>", re.S | re.I)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.S | re.I)
_SIZE = re.compile(r"\b(width|height)=\"([0-9.]+)\"")
# what would make resvg read something outside the SVG: a link (href, xlink:href) that is not
# to a part of the SVG or a PNG/JPEG/GIF carried inside it (a nested SVG could link on), a
# style sheet's @import, a url() that is not a part of the SVG, an entity declaration
_OUTSIDE = re.compile(
    r"href\s*=\s*(?![\"']?(?:#|data:image/(?:png|jpeg|gif)[;,]))|@import"
    r"|url\(\s*(?![\"']?#)|<!ENTITY",
    re.I,
)
_FORM = re.compile(r"<form\b.*?</form>", re.S | re.I)
_SVG_IMG = re.compile(
    r"(<img\b[^>]*\bsrc=\")data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)(\")", re.I
)
ARMS_WIDTH = 400
"""Pixels across for an SVG image of the document's own (the coat of arms) drawn to PNG."""


def _text(fragment: str) -> str:
    return " ".join(htmllib.unescape(_TAG.sub("", fragment)).split())


def _size(svg: str) -> tuple[float, float] | None:
    head = svg[: svg.find(">") + 1]
    found = dict(_SIZE.findall(head))
    try:
        return float(found["width"]), float(found["height"])
    except (KeyError, ValueError):
        return None


def _draw(svg: str, zoom: float | None = None, width: int | None = None) -> bytes | None:
    try:
        import resvg_py  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        png = resvg_py.svg_to_bytes(
            svg_string=svg,
            background="#ffffff",
            # the print style's font, which the PDF embeds too
            sans_serif_family="Liberation Sans",
            zoom=zoom,
            width=width,
        )
    except Exception:  # resvg's own refusal of a malformed SVG
        return None
    return bytes(png)


def chart_png(svg: str) -> bytes | None:
    """The chart drawn to PNG, or None when it is left out: resvg is not installed, the SVG
    asks for something outside itself, has no size, or is too big to draw."""
    size = _size(svg)
    if size is None or _OUTSIDE.search(svg):
        return None
    width, height = size
    if width <= 0 or height <= 0 or width * height * ZOOM * ZOOM > MAX_PIXELS:
        return None
    return _draw(svg, zoom=ZOOM)


def _svg_img(match: re.Match[str]) -> str:
    # an SVG image of the document (the coat of arms; the read stage has vetted it for
    # browsers and PDF): drawn to PNG ARMS_WIDTH across when it asks for nothing outside
    # itself, else left as SVG, which Word draws itself and pandoc's sandbox fetches nothing for
    try:
        svg = base64.b64decode(match.group(2), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return match.group(0)
    png = None if _OUTSIDE.search(svg) else _draw(svg, width=ARMS_WIDTH)
    if png is None or len(png) > 20_000_000:
        return match.group(0)
    return f"{match.group(1)}data:image/png;base64,{base64.b64encode(png).decode()}{match.group(3)}"


def _image(match: re.Match[str]) -> str:
    svg = match.group(0)
    png = chart_png(svg)
    if png is None:
        return ""
    title = _TITLE.search(svg)
    alt = htmllib.escape(_text(title.group(1)) if title else "", quote=True)
    width = int((_size(svg) or (0, 0))[0])
    data = base64.b64encode(png).decode("ascii")
    return f'<img alt="{alt}" width="{width}" src="data:image/png;base64,{data}">'


TOC_MARK = "kplan-toc"
"""The id of the block that stands where the HTML had its contents list, for `FILTER`."""

FILTER = r"""-- kplan: the HTML document's shape as Word expects it
local function xml(text)
  return (text:gsub('&', '&amp;'):gsub('<', '&lt;'):gsub('>', '&gt;'))
end

local function toc(title)
  return '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
    .. '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
    .. '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t xml:space="preserve">'
    .. xml(title) .. '</w:t></w:r></w:p><w:p><w:r>'
    .. '<w:fldChar w:fldCharType="begin" w:dirty="true"/>'
    .. '<w:instrText xml:space="preserve">TOC \\o "1-3" \\h \\z \\u</w:instrText>'
    .. '<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/>'
    .. '</w:r></w:p></w:sdtContent></w:sdt>'
end

function Pandoc(doc)
  local title = pandoc.utils.stringify(doc.meta.title or '')
  local dropped = false
  -- the title page names the kommune itself; an author line would say it twice
  doc.meta.author = nil
  return doc:walk {
    Header = function(h)
      -- the title page's heading, which the document's Title paragraph already says
      if h.level == 1 and not dropped and title ~= ''
          and title:find(pandoc.utils.stringify(h), 1, true) then
        dropped = true
        return {}
      end
      -- chapters are Word's Heading 1, their sections Heading 2 and 3
      h.level = math.max(1, h.level - 1)
      return h
    end,
    Div = function(d)
      if d.identifier == 'MARK' then
        -- the contents on the title page's page; the first chapter on a page of its own
        return {
          pandoc.RawBlock('openxml', toc(pandoc.utils.stringify(d))),
          pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'),
        }
      end
    end,
    Figure = function(f)
      -- a chart: its picture with the caption as Word's figure, then the table of its
      -- figures (Word would set a figure of several blocks side by side, the picture tiny)
      if #f.content < 2 then
        return nil
      end
      local first = f.content[1]
      local picture = (first.t == 'Plain' or first.t == 'Para') and #first.content == 1
        and first.content[1].t == 'Image'
      local out = pandoc.Blocks{}
      if picture then
        out:insert(pandoc.Figure({first}, f.caption, f.attr))
      else
        out:insert(first)
      end
      for i = 2, #f.content do
        out:insert(f.content[i])
      end
      if not picture then
        out:extend(f.caption.long)
      end
      return out
    end,
  }
end
""".replace("MARK", TOC_MARK)
"""The pandoc filter (Lua, kplan's own) that gives Word its own shape: the document's title
once (the Title paragraph, also the file's title property), chapters as Heading 1, Word's
table-of-contents field where the HTML had its contents list (after the title page, not before
it as `--toc` would put it), and each chart as a picture over the table of its figures."""


def prepare(html: str) -> tuple[str, str | None]:
    """The HTML as pandoc should read it for Word, and the contents list's heading (None when
    the document has no contents list). The contents list becomes Word's own table of contents
    (a field Word fills with page numbers), so the HTML's list of links is replaced by a mark
    the filter turns into that field; `<main>` becomes a plain block, since pandoc reads only
    what is inside a `<main>` and the title page is outside it; a form (the action plan's
    filter, which only a browser can use and print leaves out) goes; each chart's SVG becomes a
    PNG image with the chart's title as its text, and an SVG image (the coat of arms) a PNG."""
    toc_title = None
    nav = _NAV.search(html)
    if nav is not None:
        heading = _HEADING.search(nav.group(1))
        toc_title = _text(heading.group(1)) if heading else ""
        mark = f'<div id="{TOC_MARK}"><p>{htmllib.escape(toc_title)}</p></div>'
        html = html[: nav.start()] + mark + html[nav.end() :]
    html = _MAIN.sub(lambda m: f"<{m.group(1)}div>", html)
    html = _FORM.sub("", html)
    html = _SVG.sub(_image, html)
    html = _SVG_IMG.sub(_svg_img, html)
    return html, toc_title


def pandoc_path() -> str | None:
    """The pandoc the pypandoc-binary wheel ships, else one on PATH, else None."""
    try:
        import pypandoc  # type: ignore[import-untyped,unused-ignore]

        files = os.path.join(os.path.dirname(pypandoc.__file__), "files", "pandoc")
        if os.path.isfile(files) and os.access(files, os.X_OK):
            return files
    except ImportError:
        pass
    from shutil import which

    return which("pandoc")


def _heap() -> int:
    # MB: three quarters of the address space this process was given, as pandoc's manual
    # advises for input nobody checked (the limit would stop it too; this says it as an error)
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_AS)[0]
    except (ImportError, OSError, ValueError):
        soft = -1
    return 4096 if soft < 0 else max(256, soft * 3 // 4 >> 20)


def pandoc_command(pandoc: str, reference: str, work: str) -> list[str]:
    """pandoc's command line: HTML in, docx out, sandboxed, its user data directory an empty
    one in `work`, with kplan's filter (written to `work`) and the reference document."""
    command = [pandoc, "+RTS", f"-M{_heap()}m", "-RTS", "--sandbox"]
    command += [f"--data-dir={os.path.join(work, 'data')}", "--from=html", "--to=docx"]
    command += [f"--lua-filter={os.path.join(work, 'kplan.lua')}", "--output=-"]
    if reference:
        command.append(f"--reference-doc={reference}")
    return command


def main() -> None:
    """Read HTML from stdin, write the .docx to stdout."""
    reference = sys.argv[1] if len(sys.argv) > 1 else ""
    pandoc = pandoc_path()
    if pandoc is None:
        sys.stderr.write("pandoc not found\n")
        sys.exit(MISSING)
    html = prepare(sys.stdin.buffer.read().decode("utf-8"))[0]
    with tempfile.TemporaryDirectory(prefix="kplan-docx-") as empty:
        os.mkdir(os.path.join(empty, "data"))
        with open(os.path.join(empty, "kplan.lua"), "w", encoding="utf-8") as fh:
            fh.write(FILTER)
        env = {"SOURCE_DATE_EPOCH": EPOCH, "HOME": empty, "XDG_DATA_HOME": empty, "LANG": "C.UTF-8"}
        try:
            done = subprocess.run(
                pandoc_command(pandoc, reference, empty),
                input=html.encode("utf-8"),
                capture_output=True,
                env=env,
                cwd=empty,
                check=False,
            )
        except OSError as exc:
            sys.stderr.write(f"{exc.strerror or exc}\n")
            sys.exit(MISSING)
    for line in done.stderr.decode("utf-8", "replace").splitlines():
        if not line.startswith("[WARNING]"):  # a refused resource: left out, as said above
            sys.stderr.write(line[:300] + "\n")
    if done.returncode != 0:
        sys.exit(done.returncode if done.returncode > 0 else 1)
    sys.stdout.buffer.write(done.stdout)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
