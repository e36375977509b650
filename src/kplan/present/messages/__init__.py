"""The catalogue's message tables, one module per stage that speaks (read, plan, check, the
analysis and document errors, the command line). Each holds `MESSAGES: dict[str, tuple[str,
str, str]]`: key → (bokmål, nynorsk, English), with the same `{placeholders}` in all three.
`kplan.present.catalogue` merges them with the document's labels into the one catalogue."""
