"""The division table: China's administrative divisions from jionlp's packaged data.

Provinces, prefectures and counties carry GB/T 2260 codes and aliases; townships and
villages (no codes in the table) are kept per county and searched only inside a county the
text already names, since their names repeat across the country.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

LEVELS = ("province", "prefecture", "county", "township", "village")
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}

# 自治州/自治县/自治旗 are written short as base + 州/县/旗 (紫云县, 大理州).
_AUTONOMOUS = re.compile(r"^(?P<base>.+?)(?:[\u4e00-\u9fff]{1,4}族)+自治(?P<kind>州|县|旗)$")


@dataclass
class Region:
    key: str                      # adcode for coded units, else parent key + '/' + name
    name: str
    level: str
    adcode: str | None = None
    parent: "Region | None" = None
    aliases: set[str] = field(default_factory=set)
    children: list["Region"] = field(default_factory=list)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other) -> bool:
        return isinstance(other, Region) and other.key == self.key

    def __repr__(self) -> str:
        return f"Region({self.name}, {self.level}, {self.adcode or self.key})"

    def ancestors(self) -> list["Region"]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def is_within(self, other: "Region") -> bool:
        return other in self.ancestors()

    @property
    def province(self) -> "Region":
        node = self
        while node.parent is not None:
            node = node.parent
        return node


def _table_text() -> str:
    from .packaged import jionlp_text  # the table ships inside jionlp; nothing is downloaded
    return jionlp_text("china_location.txt")


class Gazetteer:
    """Lookup of division names and aliases; sub-county units per county."""

    def __init__(self, lines: list[str]):
        self.by_name: dict[str, list[Region]] = {}
        self.by_alias: dict[str, list[Region]] = {}
        self.by_code: dict[str, Region] = {}
        self._sub_lines: dict[str, tuple[int, int]] = {}
        self._lines = lines
        self._load_coded(lines)
        self.max_len = max(len(n) for n in list(self.by_name) + list(self.by_alias))
        # first character → the lengths of names starting with it, longest first
        lengths: dict[str, set[int]] = {}
        for n in list(self.by_name) + list(self.by_alias):
            lengths.setdefault(n[0], set()).add(len(n))
        self.lengths_by_first = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}
        self.first_chars = set(self.lengths_by_first)

    # -- loading -------------------------------------------------------------------------
    def _load_coded(self, lines: list[str]) -> None:
        stack: list[Region | None] = [None, None, None]
        county_start = None
        current_county: Region | None = None
        for i, line in enumerate(lines):
            depth = len(line) - len(line.lstrip("\t"))
            if depth > 2:
                continue
            if current_county is not None:
                self._sub_lines[current_county.key] = (county_start, i)
                current_county = None
            parts = line.strip().split("\t")
            if not parts or not parts[0]:
                continue
            name = parts[0]
            code = parts[1] if len(parts) > 1 else None
            alias = parts[2] if len(parts) > 2 else None
            parent = stack[depth - 1] if depth else None
            if depth == 1 and parent is not None and name == parent.name:
                stack[1] = parent  # a municipality repeats itself as its own prefecture
                continue
            level = LEVELS[depth]
            region = Region(key=code or f"{parent.key}/{name}", name=name, level=level, adcode=code,
                            parent=parent)
            if parent is not None:
                parent.children.append(region)
            stack[depth] = region
            self._register(region, alias)
            if depth == 2:
                current_county, county_start = region, i + 1
        if current_county is not None:
            self._sub_lines[current_county.key] = (county_start, len(lines))

    def _register(self, region: Region, alias: str | None) -> None:
        if region.adcode:
            self.by_code[region.adcode] = region
        self.by_name.setdefault(region.name, []).append(region)
        aliases = {a for a in (alias or "").split("|") if a}
        m = _AUTONOMOUS.match(region.name)
        if m:
            base = next((a for a in aliases if region.name.startswith(a)), m.group("base"))
            aliases |= {base, base + m.group("kind")}
        for a in aliases:
            if a != region.name and len(a) >= 2:
                region.aliases.add(a)
                self.by_alias.setdefault(a, []).append(region)

    @lru_cache(maxsize=1)
    def _by_key(self) -> dict[str, Region]:
        return {r.key: r for r in self.by_code.values()}

    @lru_cache(maxsize=4096)
    def townships(self, county_key: str) -> list[Region]:
        """A county's townships alone (no village is built: a prefecture's dozens of counties are
        looked through for one township's name)."""
        span = self._sub_lines.get(county_key)
        county = self._by_key().get(county_key)
        if not span or county is None:
            return []
        return [Region(key=f"{county.key}/{line.strip()}", name=line.strip(), level="township", parent=county)
                for line in self._lines[span[0]:span[1]]
                if line.startswith("\t\t\t") and not line.startswith("\t\t\t\t") and line.strip()
                and "虚拟" not in line]

    @lru_cache(maxsize=4096)
    def subunits(self, county_key: str) -> list[Region]:
        """Townships and villages of a county (built on first use, cached)."""
        span = self._sub_lines.get(county_key)
        county = self._by_key().get(county_key)
        if not span or county is None:
            return []
        out: list[Region] = []
        township = None
        for line in self._lines[span[0]:span[1]]:
            depth = len(line) - len(line.lstrip("\t"))
            name = line.strip()
            if not name or "虚拟" in name:
                continue
            if depth == 3:
                township = Region(key=f"{county.key}/{name}", name=name, level="township", parent=county)
                out.append(township)
            elif depth == 4 and township is not None:
                out.append(Region(key=f"{township.key}/{name}", name=name, level="village", parent=township))
        return out

    # -- lookup ----------------------------------------------------------------------------
    def candidates(self, surface: str) -> tuple[list[Region], bool]:
        """Regions a surface form may denote, and whether it is a full official name."""
        if surface in self.by_name:
            return self.by_name[surface], True
        return self.by_alias.get(surface, []), False

    def find(self, name: str) -> Region | None:
        regs = self.by_name.get(name) or self.by_alias.get(name) or []
        return regs[0] if len(regs) == 1 else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    lines = _table_text().splitlines()
    return Gazetteer(lines)
