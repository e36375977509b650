"""Stage 3, check: the rules over a plan (ids, red thread, completeness, time, analysis data), positions, and the validation report."""
