"""Regions: gazetteer hits resolved in the context of the article, plus sub-county units.

A short or shared name (海城, 大理, 海南) is read as the division that agrees with the other
divisions the article names; townships and villages come from the table of a county the
article names, or from their suffix when written straight after a known division.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..analyse import Doc, GazetteerHit, gazetteer_hits
from ..gazetteer import LEVEL_RANK, LEVELS, Region, load as load_gazetteer
from ..lexicon import HELD_MANNER, HELD_VERBS, ROAD_WORDS, SUFFIX_KIND, WATER_WORDS
from ..model import Entity
from .chunks import recurrences

# (Inner Mongolia's townships and villages are 苏木 and 嘎查)
_SUBUNIT_SUFFIX = re.compile(r"(?:街道|镇|乡|苏木|村|社区|居委会|嘎查)\Z")
_LEVEL_BY_SUFFIX = (("街道", "township"), ("镇", "township"), ("乡", "township"), ("苏木", "township"),
                    ("居委会", "village"), ("社区", "village"), ("村", "village"), ("嘎查", "village"))
# Words for kinds of unit, not names of one (自然村, 行政村, 该社区).
_GENERIC_UNIT = re.compile(r"^(?:自然|行政|城市|农村|城乡|各|该|本|全|每个|所在|周边|附近|基层|城区|新|老|乡)(?:村|社区|镇|乡|街道)$"
                           r"|村镇$|乡镇$|[\d一二两三四五六七八九十百千几多数]+个"
                           # (某市第一人民医院社区门诊部: a body's name runs on, no community)
                           r"|医院|学校|小学|中学|大学|公司|集团|银行|中心.")
# …nor the titles units are given (评为某市文明村, 卫生镇, 示范社区) — unless the unit's own committee
# follows (某街道和谐社区党委: a community so named)
_TITLE_UNIT = re.compile(r"^(?:文明|卫生|示范|先进|美丽|平安|和谐|生态|绿色|宜居|森林|民主法治示范)(?:村|社区|镇|乡|街道)$"
                         r"|(?:示范|文明|卫生|先进|模范|标兵)(?:村|社区|镇|乡|街道)$")
_NAME_TAGS = {"LOC", "ns", "nz", "n", "ORG", "nr", "PER", "m"}
# Development zones: run as a county or township would be, absent from the division table
# (聊城高新区, 无锡经开区); later written bare (高新区) once the article has named one.
_ZONE = re.compile(r"高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|保税区|新区")


@dataclass
class RegionMention:
    region: Region
    surface: str
    start: int
    end: int


def region_key(region: Region) -> str:
    return "region:" + region.key


def _score(cand: Region, context: set[Region]) -> int:
    if cand in context:
        return 6
    score = 0
    # a province in context says little about which of its hundred counties is meant
    near = {a for a in cand.ancestors() if a.level != "province" or cand.level == "prefecture"}
    if near & context:
        score += 3
    if any(cand in c.ancestors() for c in context):
        score += 3
    if cand.parent is not None and any(c.parent == cand.parent for c in context):
        score += 1
    return score


def _inside_org(doc: Doc, hit: GazetteerHit) -> bool:
    return any(t.tag == "ORG" and t.start <= hit.start and hit.end <= t.end and (t.start, t.end) != (hit.start, hit.end)
               for t in doc.tokens_in(max(0, hit.start - 30), hit.end + 30))


_COMPANY_HEADS = tuple(s for s, kind in SUFFIX_KIND if kind == "enterprise")


def _opens_org(doc: Doc, hit: GazetteerHit) -> bool:
    """A province's or prefecture's name opening a public body's name (某省会|中医医院) is that
    place; a company's brand (某省农垦集团) is not."""
    return any(h.level in ("province", "prefecture") for h in hit.candidates) and len(hit.candidates) == 1 and any(
        t.tag == "ORG" and t.start == hit.start and t.end > hit.end and not t.text.endswith(_COMPANY_HEADS)
        for t in doc.tokens_in(hit.start, hit.end + 30))


def _aligned(doc: Doc, hit: GazetteerHit) -> bool:
    starts = {t.start for t in doc.tokens_in(max(0, hit.start - 30), hit.end + 30)}
    ends = {t.end for t in doc.tokens_in(max(0, hit.start - 30), hit.end + 30)}
    return hit.start in starts and hit.end in ends or any(
        t.tag in ("LOC", "ns") and t.start <= hit.start and hit.end <= t.end
        for t in doc.tokens_in(max(0, hit.start - 30), hit.end + 30))


_PLACE_WORD_AFTER = re.compile(r"(?:社区|村|街道|街|路|大道|巷|小区|广场|公园|桥|镇|乡|古镇|古城|景区|老街)")


def _inside_longer_place(doc: Doc, hit: GazetteerHit) -> bool:
    """A short form written straight before a place word is part of a longer name (某某社区,
    北京路), not that division — unless it is also the end of the chain before it (a division
    under the one printed before it: 某省|某市|某镇, never a city after a county)."""
    return not hit.full_name and bool(_PLACE_WORD_AFTER.match(doc.text, hit.end)) \
        and not any(h.end == hit.start and _may_be_under(hit, h) for h in doc.hits) \
        and not any(h.start == hit.end for h in doc.hits)


def _may_be_under(hit: GazetteerHit, before: GazetteerHit) -> bool:
    return any(anc in before.candidates for c in hit.candidates for anc in c.ancestors())


# a measure word for people with its number or determiner (各位, 两名, 这位): what it counts is
# people (各位来宾), never a place
_PEOPLE_MEASURE = re.compile(r"(?:[各诸每几两这那该]|\d+|[一二三四五六七八九十百千]+)[位名]$")


_WATER_AFTER = re.compile("|".join(WATER_WORDS))
_ROAD_AFTER = re.compile("(?:" + "|".join(sorted(ROAD_WORDS, key=len, reverse=True)) + ")(?!道|头|边|口|上|面)")


def _names_water(doc: Doc, hit: GazetteerHit) -> bool:
    """A short form before words for water (黑河|湿地) names a river; before a road's word (临汾|路)
    it names a street."""
    return not hit.full_name and bool(_WATER_AFTER.match(doc.text, hit.end) or _ROAD_AFTER.match(doc.text, hit.end))


def _counted_as_people(doc: Doc, hit: GazetteerHit) -> bool:
    return not hit.full_name and bool(_PEOPLE_MEASURE.search(doc.text, max(0, hit.start - 4), hit.start))


# a body's type word, then a verb of acting together (县民政局会同县妇联): 会同 is the verb, not 会同县
_BODY_END = re.compile("(?:" + "|".join(sorted({re.escape(sfx) for sfx, _ in SUFFIX_KIND}, key=len, reverse=True)) + ")$")


def _joins_bodies(doc: Doc, hit: GazetteerHit) -> bool:
    return doc.text.startswith(("会同", "联合"), hit.start) and bool(_BODY_END.search(doc.text, max(0, hit.start - 6), hit.start))


# 全 + a level character is "the whole …" (全州上下, 全市): a division so named (全州县) is read as
# the scope when a level word follows (全州|县级以上) or, printed short, when the article is about
# a prefecture of that level (an autonomous 州), whose own text says 全州 for itself
_WHOLE_SCOPE = re.compile(r"全[省市县区州旗盟]")


def _scope_not_place(doc: Doc, hit: GazetteerHit, strong: list[GazetteerHit]) -> bool:
    if not _WHOLE_SCOPE.match(hit.surface):
        return False
    if hit.full_name:
        return doc.text.startswith("级", hit.end)
    level_char = hit.surface[1]
    return any(c.level == "prefecture" and c.name.endswith(level_char) and not c.name.startswith("全")
               for h in strong for c in h.candidates[:1] if len(h.candidates) == 1)


def _chained(doc: Doc, hit: GazetteerHit) -> bool:
    return any(h.start == hit.end for h in doc.hits)


def _byline_places(doc: Doc) -> set[Region]:
    """Divisions named in full in the titles printed with the byline."""
    roles = " ".join(doc.article.byline_roles)
    return {h.candidates[0] for h in gazetteer_hits(roles, load_gazetteer())
            if h.full_name and len(h.surface) >= 3 and len(h.candidates) == 1} if roles else set()


def resolve_hits(doc: Doc) -> list[RegionMention]:
    """Pick one division per gazetteer hit, or drop the hit when nothing supports it."""
    hits = [h for h in doc.hits
            if ((h.full_name and len(h.surface) >= 3)
                or (_aligned(doc, h) and not _inside_org(doc, h)) or _opens_org(doc, h) or _chained(doc, h))
            and not _inside_longer_place(doc, h) and not _counted_as_people(doc, h) and not _joins_bodies(doc, h)
            and not _names_water(doc, h)]
    strong = [h for h in hits if h.full_name and len(h.surface) >= 3]
    hits = [h for h in hits if not _scope_not_place(doc, h, strong)]
    strong = [h for h in strong if h in hits]
    context: set[Region] = {h.candidates[0] for h in strong if len(h.candidates) == 1}
    # the divisions in a byline's titles (中共某县委书记 张三) say where the article is from
    context |= _byline_places(doc)
    # a short form of a division the article names in full is that division (大理 → 大理市)
    hits = [GazetteerHit(h.surface, h.start, h.end,
                         tuple(sorted({c for c in context if c.name.startswith(h.surface)
                                       and len(c.name) - len(h.surface) <= 2}, key=lambda r: r.key))
                         or h.candidates, h.full_name)
            if not h.full_name else h for h in hits]
    # a county name several counties share is the one whose township the text names (南沙区 …
    # 榄核镇: 广州's, not 三沙's)
    gaz = load_gazetteer()
    supported = {cand for h in hits if len(h.candidates) > 1 for cand in h.candidates
                 if cand.level == "county" and any(len(t.name) >= 3 and t.name in doc.text for t in gaz.townships(cand.key))}
    resolved: dict[int, Region] = {}
    for _ in range(2):  # a second pass lets resolved aliases support each other
        prev_end, prev_region = -1, None
        for n, h in enumerate(hits):
            chained = prev_region if prev_end == h.start else None
            best, best_score = None, 0
            for cand in h.candidates:
                s = _score(cand, context)
                if chained is not None and chained in cand.ancestors():
                    s += 5
                if cand in supported:
                    s += 4
                if s > best_score:
                    best, best_score = cand, s
            if best is None and len(h.candidates) == 1:
                only = h.candidates[0]
                strong_name = h.full_name and len(h.surface) >= 3
                # the nearest real ancestor: 省直辖 units stand between a province and its counties
                parent = real_parent(only)
                if strong_name or (only.level in ("province", "prefecture") and (_aligned(doc, h) or _opens_org(doc, h))) \
                        or (parent in context and _aligned(doc, h) and not _inside_org(doc, h)):
                    best = only          # 来自某县的: a county of the province the article names
            if best is not None:
                resolved[n] = best
                context.add(best)
            prev_end, prev_region = h.end, best
    return [RegionMention(resolved[n], h.surface, h.start, h.end) for n, h in enumerate(hits) if n in resolved]


# An ethnic township is often printed without its nationality: 某某苗族乡 → 某某乡.
_ETHNIC_TOWNSHIP = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+(?P<kind>乡|镇|苏木)$")


def _printed_forms(unit: Region) -> tuple[tuple[str, bool], ...]:
    """The forms a township or village is printed in, each with whether it counts only straight
    after its county's name: its name; an ethnic township without its nationality (某某瑶族乡 →
    某某乡); a 街道 as X街 (某区X街)."""
    forms = [(unit.name, False)]
    m = _ETHNIC_TOWNSHIP.match(unit.name) if unit.level == "township" else None
    if m:
        forms.append((m.group("base") + m.group("kind"), False))
    if unit.name.endswith("街道") and len(unit.name) >= 4:
        forms.append((unit.name[:-1], True))
    return tuple(forms)


@lru_cache(maxsize=4096)
def _subunit_forms(county_key: str) -> tuple[tuple[Region, tuple[tuple[str, bool], ...]], ...]:
    """A county's townships and villages with the forms each is printed in (computed once)."""
    return tuple((unit, _printed_forms(unit)) for unit in load_gazetteer().subunits(county_key))


# the word for a unit's kind that may follow its registered name when printed (八村 → 八村村)
_KIND_WORDS = {"village": ("村", "社区", "嘎查"), "township": ("镇", "乡", "苏木")}


# a unit's kind character that opens a common word with the character after it (文明村镇 names
# no 文明村, 美丽乡村 no 美丽乡)
_WORD_GOES_ON = re.compile(r"村[镇民庄落级组干务规]|乡[村镇亲土贤愁]")


# a township's kind word printed just before a village's name: the village is in that township
_AFTER_TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木)$")


def _occurrences(text: str, form: str, first: int):
    at = first
    while at >= 0:
        yield at
        at = text.find(form, at + len(form))


def _outlet_counties(doc: Doc) -> set[Region]:
    """The county a local outlet is named after (某县融媒, 某市新闻网): its townships and villages
    are the ones its articles name without their county."""
    gaz = load_gazetteer()
    out = set()
    for name in doc.article.outlets:
        for n in (4, 3, 2):
            found, _ = gaz.candidates(name[:n])
            counties = {r for r in found if r.level == "county"}
            if len(name) > n and len(counties) == 1 and len(found) == 1:
                out |= counties
                break
    return out


def _subunits_in_text(doc: Doc, mentions: list[RegionMention], context: set[Region] = frozenset()) -> list[RegionMention]:
    """Townships and villages of the named counties (and of the county a local outlet is named
    after) that the text names."""
    counties = {m.region for m in mentions if m.region.level == "county"} | set(context)
    out = _townships_of_prefectures(doc, mentions, counties)
    text = doc.text
    # (a name is in the text only if its first two characters are: one set lookup spares most
    # of the searches over the whole text)
    pairs = {text[i:i + 2] for i in range(len(text) - 1)} if counties else set()
    for county in sorted(counties, key=lambda r: r.key):
        county_names = (county.name,) + tuple(county.aliases)
        for unit, forms in _subunit_forms(county.key):
            for form, after_county in forms:
                at = text.find(form) if form[:2] in pairs else -1   # hundreds of names per county
                # printed after another township once: a namesake there (新华村 is common), and so
                # wherever the article names it again without its township
                elsewhere = at >= 0 and unit.level == "village" and any(
                    _AFTER_TOWNSHIP.search(text, max(0, a - 2), a) and not text[:a].endswith(unit.parent.name)
                    for a in _occurrences(text, form, at))
                while at >= 0:
                    printed = form
                    if elsewhere and not text[:at].endswith(unit.parent.name):
                        ok = False
                    elif after_county:
                        ok = text[:at].endswith(county_names) and not text.startswith(unit.name, at)
                    elif len(form) >= 3 or text[:at].endswith(unit.parent.name):
                        ok = True             # a two-character name (余村) only straight after its township,
                    else:                     # or with its kind's word after it (八村 printed 八村村)
                        kind_word = next((w for w in _KIND_WORDS.get(unit.level, ())
                                          if text.startswith(w, at + len(form))), "")
                        ok, printed = bool(kind_word), form + kind_word
                    if ok and text.startswith(unit.parent.name, at) and len(unit.parent.name) > len(printed):
                        ok = False            # 彭浦新村|街道: the start of its township's own name
                    if ok and _WORD_GOES_ON.match(printed[-1] + text[at + len(printed):at + len(printed) + 1]):
                        ok = False            # 文明|村镇, 美丽|乡村: the kind's character opens a word
                    if ok:
                        out.append(RegionMention(unit, printed, at, at + len(printed)))
                    at = text.find(form, at + len(form))
    return out


def _townships_of_prefectures(doc: Doc, mentions: list[RegionMention], counties: set[Region]) -> list[RegionMention]:
    """A township printed in full (某某镇, three characters or more) in an article that names its prefecture but
    none of the prefecture's counties (益阳市…小淹镇): that prefecture's, when only one of its
    townships bears the name."""
    text = doc.text
    prefectures = {m.region for m in mentions if m.region.level == "prefecture"}
    out = []
    for pref in sorted(prefectures, key=lambda r: r.key):
        if any(c.parent is pref for c in counties):
            continue                               # (a county of it is named: its townships are read there)
        by_name: dict[str, list[Region]] = {}
        for county in pref.children:
            for unit in load_gazetteer().townships(county.key):
                if len(unit.name) >= 3 and unit.name.endswith(("镇", "乡", "街道")):
                    by_name.setdefault(unit.name, []).append(unit)
        for name, units in sorted(by_name.items()):
            if len(units) != 1 or name not in text:
                continue
            at = text.find(name)
            while at >= 0:
                if text[at - 1:at] not in ("区", "县", "市", "旗", "州"):     # (某高新区|某街道: the zone's)
                    out.append(RegionMention(units[0], name, at, at + len(name)))
                at = text.find(name, at + len(name))
    return out


# a unit named like a division's short form (新华村, 和平社区, 城关镇: 新华, 城关 are also
# districts'): two characters and a unit's kind word begin no known division
_SHORT_FORM_AND_KIND = re.compile(r"[\u4e00-\u9fff]{2}(?:村|社区|镇|乡|街道)")
# a division printed with its kind word (某某街道, 某某镇), after which a unit's name may start
_UNIT_KIND_ENDS = ("街道", "镇", "乡", "苏木", "县", "区", "市", "旗")
# a unit's name followed by its party branch or committee, tagged as one word
_UNIT_BEFORE_COMMITTEE = re.compile(r"(.{1,7}?(?:街道|社区|村|镇|乡|嘎查|苏木))(?:党|居委会|村委会|两委|委员会)")


def _suffix_units(doc: Doc, mentions: list[RegionMention]) -> list[RegionMention]:
    """A name ending in 街道/镇/乡/村/社区 written right after a known division is inside it."""
    gaz = load_gazetteer()
    out: list[RegionMention] = []
    by_end = {m.end: m for m in mentions}
    taken = {(m.start, m.end) for m in mentions}
    towns = {(m.start, m.end) for m in mentions if m.region.level == "township"}
    pending = sorted(by_end.values(), key=lambda m: m.start)
    while pending:
        m = pending.pop(0)
        follow = doc.tokens_in(m.end, m.end + 24)[:4]
        name, at = "", m.end
        straddling = next((t for t in doc.tokens_in(max(0, m.end - 8), m.end + 8)
                           if t.start < m.end < t.end and t.tag in _NAME_TAGS), None) \
            if doc.text[m.start:m.end].endswith(_UNIT_KIND_ENDS) else None
        if straddling is not None:
            # the tagger ran the unit's name into its township's (某某街道三角|社区)
            name, at = doc.text[m.end:straddling.end], straddling.end
            follow = doc.tokens_in(at, at + 24)[:4]
        elif not follow or follow[0].start != m.end:
            continue
        for t in follow:
            if t.start != at or not t.text.strip() or t.tag not in _NAME_TAGS and not _SUBUNIT_SUFFIX.search(t.text):
                break                    # a name does not run over a line break
            at = t.end
            name += t.text
            cut = _SUBUNIT_SUFFIX.search(name)
            if cut and len(name) >= 3:
                break
            if len(name) > 8:
                break
        longer = re.match(r"社区|街道", doc.text[at:at + 2]) if name.endswith("村") else None
        if longer:
            # 某某新村|社区, 某某新村|街道: a community or a street named after an old village
            name += longer.group(0)
            at += len(longer.group(0))
        suffix = _SUBUNIT_SUFFIX.search(name)
        if not suffix:
            # the tagger read the unit with its party or residents' committee as one body
            # (某某社区党委, 某某村村委会): the unit is the name up to its kind word
            inner = _UNIT_BEFORE_COMMITTEE.match(name)
            name = inner.group(1) if inner else name
            suffix = _SUBUNIT_SUFFIX.search(name)
        committee_follows = bool(_UNIT_BEFORE_COMMITTEE.match(doc.text[m.end:m.end + len(name) + 5]))
        if not suffix or len(name) < 3 or len(name) > 9 or _GENERIC_UNIT.search(name) \
                or _TITLE_UNIT.search(name) and not committee_follows:
            continue
        if (gaz.candidates(name[:3])[0] or any(gaz.candidates(name[:k])[0] for k in (2, 4))) \
                and not _SHORT_FORM_AND_KIND.fullmatch(name):
            continue                     # starts with another division's name: not a new unit
        span = (m.end, m.end + len(name))
        if span in taken or LEVEL_RANK[m.region.level] >= LEVEL_RANK["village"] \
                or any(a == span[0] and b < span[1] for a, b in taken) \
                or any(span[0] < a and b == span[1] for a, b in towns):
            continue                     # (某乡|某村 tagged as one word: the township, then its village;
            #  市民驿站|某某街道: a known township ends the run, whatever the words before it)
        level = next(lv for suf, lv in _LEVEL_BY_SUFFIX if name.endswith(suf))
        if LEVEL_RANK[level] <= LEVEL_RANK[m.region.level] or LEVEL_RANK[level] - LEVEL_RANK[m.region.level] > 2:
            continue                     # (某省|五星宜居社区: an address never skips from a province to a community)
        unit = Region(key=f"{m.region.key}/{name}", name=name, level=level, parent=m.region)
        new = RegionMention(unit, name, *span)
        taken.add(span)
        out.append(new)
        pending.append(new)
    return out


def _zones(doc: Doc, mentions: list[RegionMention]) -> list[RegionMention]:
    """A development zone written straight after a prefecture or county (聊城高新区), and
    the bare zone word (高新区) where the article names exactly one zone of that kind."""
    text = doc.text
    by_end = {m.end: m for m in mentions if m.region.level in ("prefecture", "county")}
    taken = {m.start for m in mentions} | {m.end - 1 for m in mentions}
    named: dict[str, list[tuple[Region, int, int]]] = {}
    zones = list(_ZONE.finditer(text))          # longest first: 新区 inside 高新区 is no zone word
    for z in zones:
        m, word = by_end.get(z.start()), z.group()
        if m is None:
            # a zone with a name of its own (青岛|西海岸新区), tagged with its division as one place
            m = next((m for end, m in by_end.items() if 2 <= z.start() - end <= 4
                      and any(t.tag in ("LOC", "ns") and t.start <= m.start and z.end() <= t.end
                              for t in doc.tokens_in(m.start, z.end()))), None)
            if m is None:
                continue
            word = text[m.end:z.end()]
        parent = m.region
        level = LEVELS[LEVEL_RANK[parent.level] + 1]
        # one name per zone, whatever the article prints: its division's shortest form and the
        # zone word (聊城高新区 for 聊城市高新区 too); the label is a function of the key
        short = min([parent.name] + [a for a in parent.aliases if parent.name.startswith(a) and len(a) >= 2],
                    key=lambda f: (len(f), f))
        unit = Region(key=f"{parent.key}/{word}", name=short + word, level=level, parent=parent)
        named.setdefault(word, []).append((unit, m.start, z.end()))
    out = []
    for kind, found in named.items():
        by_key: dict[str, Region] = {}
        for unit, _, _ in found:
            by_key.setdefault(unit.key, unit)
        for unit, a, b in found:
            by_key[unit.key].aliases.add(text[a:b])
            out.append(RegionMention(by_key[unit.key], text[a:b], a, b))
        if len(by_key) != 1:
            continue
        only = next(iter(by_key.values()))
        only.aliases.add(kind)
        spans = {(a, b) for _, a, b in found}
        bare = zones if _ZONE.fullmatch(kind) else list(re.finditer(re.escape(kind), text))
        if not _ZONE.fullmatch(kind):
            only.aliases.add(_ZONE.search(kind).group())   # 新区文明办 in 青岛西海岸新区's article
        for z in (z for z in bare if z.group() == kind):
            # bare: not already read with its division, nor written after another place
            if not any(a <= z.start() < b for a, b in spans) \
                    and z.start() not in taken and z.start() - 1 not in taken:
                out.append(RegionMention(only, kind, z.start(), z.end()))
    return out


def _recurring_units(doc: Doc, mentions: list[RegionMention]) -> list[RegionMention]:
    """A township or community named once after its division (华庄街道万欣社区) is the same
    one where the name recurs alone (万欣社区相关负责人说)."""
    units = {m.region.name: m.region for m in mentions
             if m.region.parent is not None and len(m.region.name) >= 4
             and _SUBUNIT_SUFFIX.search(m.region.name) and not _GENERIC_UNIT.search(m.region.name)}
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for name, unit in sorted(units.items()):
        for a, b in recurrences(doc.text, name, covered):
            out.append(RegionMention(unit, name, a, b))
            covered.append((a, b))
    return out


def extract_regions(doc: Doc) -> tuple[list[Entity], list[RegionMention]]:
    mentions = resolve_hits(doc)
    mentions += _subunits_in_text(doc, mentions, _outlet_counties(doc))
    mentions += _zones(doc, mentions)
    mentions += _suffix_units(doc, mentions)       # after zones: 无锡经开区|华庄街道|万欣社区
    mentions += _recurring_units(doc, mentions)
    mentions = _one_region_per_span(mentions)
    mentions = _township_skipped(mentions)
    entities: dict[str, Entity] = {}
    for m in mentions:
        key = region_key(m.region)
        ent = entities.get(key) or region_entity(m.region)
        entities[key] = ent
        ent.mentioned = True
        ent.spans.append((m.start, m.end))
        if m.surface != m.region.name:
            ent.aliases.add(m.surface)
        for anc in m.region.ancestors():
            akey = region_key(anc)
            if akey not in entities and is_division(anc):   # (省直辖…: the table's grouping, no division)
                entities[akey] = region_entity(anc, mentioned=False)
    return list(entities.values()), mentions


def _township_skipped(mentions: list[RegionMention]) -> list[RegionMention]:
    """A village printed straight after its county (某县幸福村) is the village of that name the
    article places in one of the county's townships (某县某镇幸福村), not another."""
    placed = {}
    for m in mentions:
        r = m.region
        if r.level == "village" and r.parent is not None and r.parent.level == "township":
            placed.setdefault((r.parent.parent, r.name), set()).add(r)
    out = []
    for m in mentions:
        r = m.region
        found = placed.get((r.parent, r.name), ()) if r.level == "village" and r.parent is not None \
            and r.parent.level == "county" else ()
        out.append(RegionMention(next(iter(found)), m.surface, m.start, m.end) if len(found) == 1 else m)
    return out


def _one_region_per_span(mentions: list[RegionMention]) -> list[RegionMention]:
    """Where two readings claim the same words (a village of one township from the table, the
    same name after the township the text prints), the one under the division printed right
    before it wins."""
    by_end = {}
    for m in mentions:
        by_end.setdefault(m.end, []).append(m.region)
    by_span: dict[tuple[int, int], list[RegionMention]] = {}
    for m in mentions:
        by_span.setdefault((m.start, m.end), []).append(m)
    out = []
    for m in mentions:
        if m.region.level == "village" and any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                                               and o.region.level == "village" for o in mentions):
            continue                 # 萨依|巴格村: a village named inside a longer village's name
        rivals = by_span[(m.start, m.end)]
        if len({r.region for r in rivals}) > 1:
            chained = [r for r in rivals if r.region.parent in by_end.get(m.start, [])]
            if chained and m not in chained:
                continue
        out.append(m)
    return out


def region_entity(region: Region, mentioned: bool = True) -> Entity:
    return Entity("Region", region_key(region), region.name, attrs=_attrs(region), mentioned=mentioned)


def _attrs(region: Region) -> dict:
    parent = real_parent(region)
    return {"level": region.level, "adcode": region.adcode, "parent": region_key(parent) if parent else None}


def real_parent(region: Region) -> Region | None:
    """The administrative parent, past the table's 省直辖 groupings (a province-administered
    county belongs to the province)."""
    return next((a for a in region.ancestors() if not _PSEUDO_UNIT.match(a.name)), None)


_PSEUDO_UNIT = re.compile(r"^(?:省|自治区)?直辖|^市辖区$|^县$")


def is_division(region: Region) -> bool:
    """A division of its own, not one of the table's groupings (省直辖县级行政区划, 市辖区)."""
    return not _PSEUDO_UNIT.match(region.name)


_VENUE_VERB = re.compile("(?:" + "|".join(HELD_MANNER) + ")?(?:" + "|".join(HELD_VERBS) + ")")


# a county's article referring to itself without its name (我县, 本县, 全县, 自治县)
_OWN_COUNTY = re.compile(r"(?<![\u4e00-\u9fff])(?:我|本|全|该)县|(?<![\u4e00-\u9fff])自治县")


def main_region(doc: Doc, mentions: list[RegionMention]) -> Region | None:
    """The region an article is about: the most specific one its headline names (乌海市海南区
    → 海南区), else the most specific of those its body names most often — or, when a county's
    outlet says 我县 and names no county, that outlet's county."""
    found = _main_named(doc, mentions)
    if found is None or found.level in ("province", "prefecture"):
        own = _outlet_counties(doc)
        if len(own) == 1 and _OWN_COUNTY.search(doc.text):
            county = next(iter(own))
            if found is None or found in county.ancestors():
                return county
    return found


def _main_named(doc: Doc, mentions: list[RegionMention]) -> Region | None:
    # the place a dispatch was filed from (新华社北京11月20日电) is where the reporter was, not
    # what the article is about
    if doc.filing_lead:
        place_start, place_end, _ = doc.filing_lead
        mentions = [m for m in mentions if not place_start <= m.start < place_end]
    if not mentions:
        return None
    # a place the headline names only as the venue (…活动在某市举行) is not what the article is about
    head = [m.region for m in mentions if m.start < doc.title_end
            and not (doc.text[m.start - 1:m.start] == "在" and _VENUE_VERB.match(doc.text, m.end))]
    if head:
        deepest = max(LEVEL_RANK[r.level] for r in head)
        cands = [r for r in head if LEVEL_RANK[r.level] == deepest]
        body = [m.region for m in mentions]
        return max(cands, key=lambda r: (body.count(r), r.key))
    counts: dict[Region, int] = {}
    starts = {(m.start, m.region) for m in mentions}
    for m in mentions:
        if any(at == m.end and m.region in r.ancestors() for at, r in starts):
            counts.setdefault(m.region, 0)
            continue                     # 某省|某市|某县: the chain names the county once, the rest qualify it
        counts[m.region] = counts.get(m.region, 0) + 1
        for anc in m.region.ancestors():
            counts.setdefault(anc, 0)
    # an ancestor gets the mentions of its descendants: 北海市海城区 counts for both
    totals = {r: sum(c for d, c in counts.items() if d == r or r in d.ancestors()) for r in counts}
    best = max(totals.values())
    eligible = [r for r, t in totals.items() if t * 2 >= best and counts.get(r, 0) > 0
                and LEVEL_RANK[r.level] <= LEVEL_RANK["township"]]
    if not eligible:
        eligible = [r for r in counts if counts[r] > 0]
    return max(eligible, key=lambda r: (LEVEL_RANK[r.level], totals[r], r.key))
