"""Stage 4, analysis: a valid plan becomes results (supply, gaps, costs, follow-up, diff, versions): numbers, ids, dates and enums, no sentences."""
