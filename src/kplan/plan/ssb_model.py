"""The mapping that names SSB files as drivers: `analysis.ssb` in kplan.yaml.

    analysis:
      ssb:
        - file: ssb/07459.csv
          region: "3413"
          drivers:
            - {id: barn-1-5, name: "Barn 1–5 år", segment: barnehage, ages: "1-5"}
            - {id: eldre-80, name: "80 år og eldre", segment: sykehjem, ages: "80+"}

Each driver is the sum of the file's values over its ages and both sexes (or `sex:`), per year,
for the region: a driver item as `drivers:` holds it (`kplan.plan.ssb`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, Strict, StrictBool, StringConstraints

from kplan.plan.types import Id, Model, Text, Year

Ages = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=20)]


class SsbDriver(Model):
    id: Id
    """The driver's id, as under `drivers:`, e.g. «barn-1-5»."""
    name: Text
    """What is counted, e.g. «Barn 1–5 år»."""
    segment: Id | None = None
    """The segment ratio requirements find the driver by, e.g. «barnehage»."""
    ages: Ages | None = None
    """The ages summed: «1-5», «80+» (80 and older) or «6»; empty: all ages. The file's age
    groups must make them up exactly."""
    sex: Literal["menn", "kvinner"] | None = None
    """One sex only; empty: both, summed (or the file's «begge kjønn»)."""
    illustrative: StrictBool = False
    """True when the file's figures are made up for illustration."""


class SsbFile(Model):
    file: Annotated[str, Strict(), StringConstraints(min_length=1)]
    """The file as downloaded, relative to kplan.yaml: statistikkbank CSV (wide or long, Latin-1
    or UTF-8) or JSON-stat2 from PxWebApi (a name ending in .json)."""
    table: Text | None = None
    """The table the file must be, e.g. «07459»; checked against the file when it says."""
    region: Text | None = None
    """The region, by code or name («3413» or «Stange»); may be left out when the file holds
    one region."""
    unit: Id | None = None
    """The unit whose drivers these are; empty for the whole kommune."""
    alternative: (
        Annotated[str, Strict(), StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")]
        | None
    ) = None
    """For projections (13600): the alternative that gives the values, e.g. «MMMM» (the
    default when the file has it); the file's other alternatives become scenarios."""
    vintage: Year | None = None
    """The year the projection was made; empty: the year the JSON-stat file says it was
    updated."""
    drivers: Annotated[list[SsbDriver], Field(min_length=1)]
    """The drivers the file gives."""
