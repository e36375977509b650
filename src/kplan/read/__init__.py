"""Stage 1, read: bytes from the working tree or a git revision become text and plain data (YAML, CSV); the privacy scan of raw text."""
