"""Small plans the chart tests share: two kinds of requirement, and a staffed unit."""

from __future__ import annotations

from helpers import MINIMAL

TWO_KINDS = MINIMAL.replace(
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    """units:
  - {id: kommunen, name: Testvik kommune, level: kommune}
competences:
  - {id: sykepleier, name: Sykepleier, kind: profesjon}
inventory:
  - {unit: kommunen, competence: sykepleier, date: 2025-01-01, persons: 6, fte: 4.5}
  - {unit: kommunen, date: 2025-01-01, persons: 12, fte: 9}
requirements:
  - id: krav-personer
    kind: count
    title: Minst 10 sykepleiere
    units: [kommunen]
    source: {kind: lov, title: Loven}
    basis: personer
    competences: [sykepleier]
    minimum: 10
  - id: krav-arsverk
    kind: count
    title: Minst 9 årsverk sykepleiere
    units: [kommunen]
    source: {kind: lov, title: Loven}
    basis: årsverk
    competences: [sykepleier]
    minimum: 9
""",
)


STAFFED = MINIMAL.replace(
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    """analysis:
  turnover_percent: 10
units:
  - {id: kommunen, name: Testvik kommune, level: kommune}
competences:
  - {id: sykepleier, name: Sykepleier, kind: profesjon}
inventory:
  - {unit: kommunen, date: 2025-01-01, persons: 10, fte: 10}
  - {unit: kommunen, competence: sykepleier, date: 2025-01-01, persons: 10, fte: 10}
drivers:
  - id: d-brukere
    name: Brukere
    source: {publisher: SSB, alternative: MMMM}
    values: {2025: 100, 2026: 110, 2027: 121, 2028: 121}
    scenarios:
      LAV: {2025: 100, 2026: 100, 2027: 100, 2028: 100}
      HOY: {2025: 100, 2026: 120, 2027: 140, 2028: 150}
  - id: d-ned
    name: Brukere som går ned
    values: {2025: 100, 2026: 50, 2027: 50, 2028: 50}
staffing:
  - id: alle
    unit: kommunen
    demand: [{driver: d-brukere}]
    source: KOSTRA 2024
  - id: syk
    unit: kommunen
    competence: sykepleier
    demand: [{driver: d-ned}]
    illustrative: true
""",
)
