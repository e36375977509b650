"""Stage 5, present: results become words, numbers and tables for people and machines, in nb, nn and en; the only place with labels."""
