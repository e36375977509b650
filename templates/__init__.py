"""kplan's default templates (installed as the package data `kplan.templates`)."""
