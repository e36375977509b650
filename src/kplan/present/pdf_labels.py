"""The words of the printed page's foot («Side 3 av 37») in bokmål, nynorsk and English, merged
by `labels.py` into its one table. The print style sheet gets them through the view
(`Document.page_words`) and puts the page counters between them; keys are namespaced `pdf.*`."""

from __future__ import annotations

PDF_LABELS: dict[str, tuple[str, str, str]] = {
    "pdf.page": ("Side", "Side", "Page"),
    "pdf.of": ("av", "av", "of"),
}
