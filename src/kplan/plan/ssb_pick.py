"""Pick a mapping's drivers out of an SSB table: the region, the sexes, the ages and the
alternative it names, summed per year.

A figure is only given when every value it sums is there: a value SSB does not give («..»,
«:») or a combination the file lacks leaves that year out (unknown, never 0). Age groups are
summed only when the file's groups make up the ages asked for exactly, with no group counted
twice and none sticking out (a file with single years and groups both is fine: one tiling is
used). Anything the mapping names that the file lacks is K812, at its key in kplan.yaml.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from typing import Any

from kplan.diagnostics import Diagnostic, Finding, make
from kplan.plan.ssb_model import SsbDriver, SsbFile
from kplan.read.ssb_cube import (
    AGE,
    CONTENTS,
    OTHER,
    REGION,
    SEX,
    YEAR,
    Cube,
    age_span,
    alternative_of,
    sex_of,
)
from kplan.text import Message, all_of, t

DataPath = tuple[str | int, ...]
MAX_LISTED = 12
"""Categories named in a message; a file's 106 ages are summed up by their first and last."""
_AGES = re.compile(r"^\s*(\d{1,3})\s*(?:([-–])\s*(\d{1,3})|(\+))?\s*(?:år)?\s*$")
_OPEN = -1


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


_YEARS = re.compile(r"\s*\(\s*\d{0,4}\s*[-–]\s*\d{0,4}\s*\)\s*$")


def _plain_names(label: str) -> set[str]:
    """«Stange (2024-)» is «stange»; «Trondheim - Tråante» is «trondheim» and «tråante»."""
    plain = _norm(_YEARS.sub("", label))
    return {plain, *(part.strip() for part in plain.split(" - ") if part.strip())}


def _listed(names: list[str]) -> Message:
    shown = names if len(names) <= MAX_LISTED else [*names[: MAX_LISTED - 1], "…", names[-1]]
    return all_of(tuple(shown))


class Picker:
    """The drivers of one mapping entry (`at` is its data path in kplan.yaml)."""

    def __init__(
        self,
        root: str,
        cube: Cube,
        spec: SsbFile,
        at: DataPath,
        findings: list[Finding],
        problems: list[Diagnostic],
    ) -> None:
        self.root, self.cube, self.spec, self.at = root, cube, spec, at
        self.findings, self.problems = findings, problems

    def lacks(self, path: DataPath, message: Message) -> None:
        self.findings.append(Finding(self.root, path, "K812", message))

    def cannot(self, message: Message) -> None:
        self.problems.append(make(self.cube.path, 0, 0, "K811", message))

    def items(self) -> list[tuple[int, dict[str, Any]]]:
        """(index of the driver in the mapping, driver item) for each driver it can give."""
        cube, spec = self.cube, self.spec
        fixed: dict[int, list[int]] = {}
        for k, dim in enumerate(cube.dims):
            # a second dimension of a known role («statistikkvariabel» and «alternativ») is
            # summed over no more than one kplan does not know
            if dim.role == OTHER or cube.dim(dim.role) != k:
                if len(dim.categories) > 1:
                    names = [c.shown for c in dim.categories]
                    self.cannot(t("ssb.k811.other_dim", name=dim.name, categories=_listed(names)))
                    return []
                fixed[k] = [0]
        region = self._region()
        year = cube.dim(YEAR)
        if region is None:
            return []
        if year is None:
            self.cannot(t("ssb.k811.no_years"))
            return []
        k_region = cube.dim(REGION)
        if k_region is not None:
            fixed[k_region] = [region]
        picked = self._alternatives()
        if picked is None:
            return []
        main, main_code, others = picked
        if spec.table and cube.table and _norm(spec.table) != cube.table:
            self.lacks((*self.at, "table"), t("ssb.k812.table", table=spec.table, found=cube.table))
            return []
        source: dict[str, Any] = {"publisher": "SSB"}
        if cube.table or spec.table:
            source["table"] = cube.table or spec.table
        if main_code:
            source["alternative"] = main_code
            vintage = spec.vintage or cube.updated_year
            if vintage:
                source["vintage"] = vintage
        elif spec.vintage:
            source["vintage"] = spec.vintage
        out = []
        for j, driver in enumerate(spec.drivers):
            where = (*self.at, "drivers", j)
            sexes, ages = self._sexes(driver, where), self._ages(driver, where)
            if sexes is None or ages is None:
                continue
            chosen = dict(fixed)
            for role, picks in ((SEX, sexes), (AGE, ages)):
                at = cube.dim(role)
                if at is not None:
                    chosen[at] = picks
            item: dict[str, Any] = {"id": driver.id, "name": driver.name}
            if driver.segment:
                item["segment"] = driver.segment
            if spec.unit:
                item["unit"] = spec.unit
            item["source"] = source
            item["values"] = self._sums(chosen, year, main)
            scenarios = {code: self._sums(chosen, year, k) for k, code in others}
            if scenarios:
                item["scenarios"] = scenarios
            if driver.illustrative:
                item["illustrative"] = True
            out.append((j, item))
        return out

    def _sums(self, chosen: dict[int, list[int]], year: int, contents: int) -> dict[int, float]:
        """The sum per year; a year with a value missing is left out."""
        cube = self.cube
        k_contents = cube.dim(CONTENTS)
        lists = [chosen.get(k, [0]) for k in range(len(cube.dims))]
        if k_contents is not None:
            lists[k_contents] = [contents]
        sums: dict[int, float] = {}
        for y, category in enumerate(cube.dims[year].categories):
            lists[year] = [y]
            total = 0.0
            for key in itertools.product(*lists):
                value = cube.values.get(key)
                if value is None:
                    break
                total += value
            else:
                sums[int(category.code)] = total
        return sums

    def _region(self) -> int | None:
        """The region's category; -1 when the file has no region column; None: reported."""
        cube, spec = self.cube, self.spec
        k = cube.dim(REGION)
        if k is None:
            if spec.region:
                self.lacks((*self.at, "region"), t("ssb.k812.no_region", region=spec.region))
                return None
            return -1
        cats = cube.dims[k].categories
        if spec.region is None:
            if len(cats) == 1:
                return 0
            names = [c.shown for c in cats]
            self.lacks(self.at, t("ssb.k812.which_region", regions=_listed(names)))
            return None
        want = _norm(spec.region)
        for i, c in enumerate(cats):
            # PxWebApi v2 may prefix a kommune's code: «K-3413»
            bare = c.code[2:] if c.code[:2] in ("K-", "F-") else c.code
            if want in {_norm(c.code), _norm(c.label), _norm(c.shown), _norm(bare)}:
                return i
        names = [c.shown for c in cats]
        # statistikkbanken names a kommune with the years it had its code («Stange (2024-)»)
        # or in two languages («Trondheim - Tråante»); the plain name finds it when it is
        # the name of one region only: of two, the figures of one would be a guess
        loose = [i for i, c in enumerate(cats) if want in _plain_names(c.label)]
        if len(loose) == 1:
            return loose[0]
        if loose:
            found = _listed([names[i] for i in loose])
            message = t("ssb.k812.region_ambiguous", region=spec.region, regions=found)
            self.lacks((*self.at, "region"), message)
            return None
        message = t("ssb.k812.region", region=spec.region, regions=_listed(names))
        self.lacks((*self.at, "region"), message)
        return None

    def _alternatives(self) -> tuple[int, str | None, list[tuple[int, str]]] | None:
        """The statistics variable that gives the values, its alternative, and the others."""
        cube, spec = self.cube, self.spec
        k = cube.dim(CONTENTS)
        cats = cube.dims[k].categories if k is not None else []
        codes = [alternative_of(c) for c in cats]
        if len(cats) <= 1 and (spec.alternative is None or codes == [spec.alternative]):
            return 0, codes[0] if codes else None, []
        if cats and all(codes):
            alts = [str(c) for c in codes]
            twice = next((a for a in alts if alts.count(a) > 1), None)
            if twice is not None:
                # kjønn or alder across («Menn Hovedalternativet (MMMM) 2025»): the first
                # column of an alternative would be one sex's figures given as everyone's
                names = [c.shown for c in cats if alternative_of(c) == twice]
                message = t(
                    "ssb.k811.alternative_twice", alternative=twice, variables=_listed(names)
                )
                self.cannot(message)
                return None
            want = spec.alternative or ("MMMM" if "MMMM" in alts else None)
            if want is None:
                self.lacks(self.at, t("ssb.k812.which_alternative", alternatives=_listed(alts)))
                return None
            if want not in alts:
                message = t("ssb.k812.alternative", alternative=want, alternatives=_listed(alts))
                self.lacks((*self.at, "alternative"), message)
                return None
            main = alts.index(want)
            return main, want, [(i, a) for i, a in enumerate(alts) if i != main]
        names = [c.shown for c in cats]
        if spec.alternative is not None:
            message = t(
                "ssb.k812.no_alternatives", alternative=spec.alternative, found=_listed(names)
            )
            self.lacks((*self.at, "alternative"), message)
        else:
            self.cannot(t("ssb.k811.several_variables", variables=_listed(names)))
        return None

    def _sexes(self, driver: SsbDriver, where: DataPath) -> list[int] | None:
        k = self.cube.dim(SEX)
        if k is None:
            if driver.sex:
                self.lacks((*where, "sex"), t("ssb.k812.no_sex", sex=driver.sex))
                return None
            return []
        cats = self.cube.dims[k].categories
        kinds = [sex_of(c) for c in cats]
        names = [c.shown for c in cats]
        if driver.sex:
            if driver.sex in kinds:
                return [kinds.index(driver.sex)]
            message = t("ssb.k812.sex", sex=driver.sex, sexes=_listed(names))
            self.lacks((*where, "sex"), message)
            return None
        if "alle" in kinds:
            return [kinds.index("alle")]
        if "menn" in kinds and "kvinner" in kinds:
            return [kinds.index("menn"), kinds.index("kvinner")]
        if len(cats) == 1 and kinds[0] is None:
            return [0]
        self.lacks(where, t("ssb.k812.one_sex", sexes=_listed(names)))
        return None

    def _ages(self, driver: SsbDriver, where: DataPath) -> list[int] | None:
        k = self.cube.dim(AGE)
        if driver.ages is None:
            lo, hi = 0, None
        else:
            m = _AGES.match(driver.ages)
            if not m or (m[3] and int(m[3]) < int(m[1])):
                self.lacks((*where, "ages"), t("ssb.k812.ages_form", ages=driver.ages))
                return None
            lo = int(m[1])
            hi = None if m[4] else int(m[3]) if m[3] else lo
        if k is None:
            if driver.ages is not None:
                self.lacks((*where, "ages"), t("ssb.k812.no_age", ages=driver.ages))
                return None
            return []
        cats = self.cube.dims[k].categories
        spans = [(i, s) for i, c in enumerate(cats) if (s := age_span(c)) is not None]
        tiling = _tile(spans, lo, hi)
        if tiling is not None:
            return tiling
        path = (*where, "ages") if driver.ages is not None else where
        asked = driver.ages or t("ssb.all_ages")
        if not spans:
            self.lacks(path, t("ssb.k812.no_age", ages=asked))
            return None
        first = min(s[0] for _, s in spans)
        opens = [s[0] for _, s in spans if s[1] is None]
        top = max(s[1] for _, s in spans if s[1] is not None) if len(opens) < len(spans) else 0
        oldest = f"{min(opens)}+" if opens else str(top)
        # outside: below the youngest age, past the oldest, or inside the open oldest group
        if opens:
            outside = lo < first or lo > min(opens)
        else:
            outside = lo < first or lo > top or hi is None or hi > top
        if outside:
            message = t("ssb.k812.ages_outside", ages=asked, first=first, last=oldest)
        else:
            groups = _listed([cats[i].shown for i, _ in spans])
            message = t("ssb.k812.ages_cover", ages=asked, groups=groups)
        self.lacks(path, message)
        return None


def _tile(
    spans: list[tuple[int, tuple[int, int | None]]], lo: int, hi: int | None
) -> list[int] | None:
    """The fewest categories whose ages make up lo..hi exactly (hi None: lo and older)."""
    goal = _OPEN if hi is None else hi + 1
    steps: dict[int, list[tuple[int, int]]] = {}
    for i, (a, b) in spans:
        end = _OPEN if b is None else b + 1
        if hi is not None and (b is None or b > hi):
            continue
        steps.setdefault(a, []).append((end, i))
    came: dict[int, tuple[int, int]] = {}
    queue = deque([lo])
    seen = {lo}
    while queue:
        pos = queue.popleft()
        if pos == goal:
            picks = []
            while pos != lo:
                pos, i = came[pos]
                picks.append(i)
            return picks[::-1]
        if pos == _OPEN:
            continue
        for end, i in steps.get(pos, []):
            if end not in seen:
                seen.add(end)
                came[end] = (pos, i)
                queue.append(end)
    return None
