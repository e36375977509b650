"""Stage 6, document: the plan and its results become the plan document (view model, charts, templates, HTML, Markdown, PDF)."""
