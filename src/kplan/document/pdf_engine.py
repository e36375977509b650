"""The child process that prints the HTML document to PDF with WeasyPrint: HTML on stdin, the
PDF on stdout. It runs apart from kplan (`kplan.document.pdf` starts it with a time and memory
limit), so a template that makes WeasyPrint loop or swell ends in a message, not a hung kplan.

Nothing is fetched: the only URLs WeasyPrint may read are data: URIs (the coat of arms, inline
SVG images). A template's `file:`, `http:`, `@import` or `<link rel=attachment>` is refused
before any connection or file read, so no file of the machine ends up in the PDF.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

VARIANT = "pdf/a-2a"
"""PDF/A-2a: archivable (PDF/A-2, what Arkivverket accepts) and tagged with a logical structure
(level a), so screen readers and the accessibility checks read it."""

MISSING = 3
"""Exit status when WeasyPrint or Pango cannot be loaded."""

_REFUSED = "kplan-refused: "


def _fetcher() -> Any:
    from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    class DataOnly(URLFetcher):  # type: ignore[misc]
        """Reads data: URIs and nothing else (no file, no network)."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url[:5].lower() != "data:":
                sys.stderr.write(_REFUSED + url[:200].encode("unicode_escape").decode() + "\n")
                raise ValueError("kplan reads no URL but data: in a PDF")
            return super().fetch(url, headers)

    return DataOnly(allowed_protocols={"data"}, allow_redirects=False, timeout=1)


def main() -> None:
    """Read HTML from stdin, write the PDF to stdout."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:  # OSError: Pango's shared libraries are not there
        sys.stderr.write(f"{type(exc).__name__}: {exc}\n")
        sys.exit(MISSING)
    # WeasyPrint warns about every CSS property it does not know; the user cannot act on those
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
    html = sys.stdin.buffer.read().decode("utf-8")
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=_fetcher()).render()
    # the dates would come from the clock or the template; the document says its version
    document.metadata.created = None
    document.metadata.modified = None
    document.metadata.attachments = []
    pdf = document.write_pdf(pdf_variant=VARIANT, uncompressed_pdf=False)
    sys.stdout.buffer.write(pdf)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
