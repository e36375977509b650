"""Stage 2, plan: plain data becomes the pydantic model of a plan, file by file and item by item; pydantic errors become findings."""
