"""Organizations: names ending in an organizational suffix, ORG spans of the tagger, and the
standard short names of government functions when listed among other bodies.

A name printed without its region (市场监督管理局, 市文旅局, 区综合行政执法局) is qualified by the
region the article is about; the printed form stays as an alternative label.
"""
from __future__ import annotations

import re

from ..analyse import Doc, Token
from ..gazetteer import Region, load as load_gazetteer
from ..model import Entity
from ..lexicon import (FACILITY_WORDS, HELD_VERBS, LEVEL_PREFIXES, MEDIA_HEADS, NAME_STOP_WORDS,
                       NATIONAL_OUTLET, NOT_BODY_WORDS, OFFICE_RE, OFFICE_TITLES, OFFICE_WORD,
                       OFFICIAL_CONTRACTIONS, ORGANIZE_VERBS, PEOPLE_COUNTED, PROGRAMME_VERBS, SERVICE_VERBS,
                       SHORT_BODIES, SUFFIX_KIND, TEAM_WORDS, VERBAL_ADJECTIVES, LEVEL_CHAR_WORD)
from .chunks import Chunk, chunk_left, strip_quotes

_SUFFIX_RE = re.compile("(?:" + "|".join(re.escape(s) for s, _ in sorted(SUFFIX_KIND, key=lambda x: -len(x[0]))) + ")$")
KIND_OF = dict(SUFFIX_KIND)
# Names that are collective nouns or generic, not one body.
_COLLECTIVE = re.compile(r"^(?:各级|各|有关|相关|部分|全市|全县|全区|全省|基层|全体|该|本|我|其|有关部门|党政|上级|重点|"
                         r"县区|区县|县市区|市县区|"        # (县区文明办: the offices of every county and district)
                         r"[省市县区镇村]级|中小学|镇村|[一二两三四五六七八九十]+(?:中心|局|委|办)"
                         # 两国政府, 三地党委: the bodies of several places together
                         r"|[两三四五六七八九十多]+[国地省市县区](?=[\u4e00-\u9fff]{2}))"
                         r"|^(?:中心|局|办公室|委员会|政府|党委|党委政府|党和政府|学校|小学|中学|公司|集团|协会|医院|大学|物业公司|业委会)$"
                         # 市委各部委, 国家机关各部门: every body of a kind under one
                         r"|各[\u4e00-\u9fff]{1,4}$"
                         # a type word with only a word for what it does: the kind of unit, no name
                         r"|^(?:服务|管理|活动|指挥|数据|信息|调度|运营|培训|志愿服务|党群服务|便民服务)(?:中心|站)$")
# a province's name or level word opening a department's name (省教育厅, 某某自治区民政厅)
_PROVINCIAL = re.compile(r"(?:中共)?(?:省|自治区|[\u4e00-\u9fff]{1,8}?(?:省|自治区))")
# a demonstrative (and a measure word) before a bare type word: 这支志愿服务队, 该中心
_POINTED_BACK = re.compile(r"(?:这|那|该|此)[支个家所座处]?$")
# A suffix glued to more nouns is a modifier, not the head (实践中心建设, 中心组, 管理局党组).
_HEAD_CONTINUES = {"n", "vn", "nz", "an", "j"}
_OCCUPATION_RUN = 3          # nouns between a body and a person's name (某医院急诊科护士张三)


# a department printed straight after a committee seat (区委常委、宣传部)
_DEPARTMENT_AFTER_SEAT = re.compile(r"委(?:常委|委员|副书记|书记)、[\u4e00-\u9fff]{1,6}部$")


def _glued(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` runs on into a noun, so its suffix is a modifier
    (实践中心建设) — unless the nouns are a person's occupation before the name (某医院护士张三)."""
    after = doc.tokens_in(end, end + 16)
    if not after or after[0].start != end or after[0].tag not in _HEAD_CONTINUES:
        return False
    if after[0].text in ("相关", "有关") or after[0].text in PEOPLE_COUNTED or after[0].text in ("工作人员", "员工"):
        return False                     # 某委相关负责人, 某部志愿者: the body's people, not a longer name
    at, closed = end, True
    for tok in after[:_OCCUPATION_RUN + 1]:
        if tok.start != at:
            return True
        if tok.tag == "PER":
            # an office before the name is a title the offices read (宣传部部长张三)
            return bool(OFFICE_RE.search(doc.text[end:tok.start]))
        if tok.tag not in ("n", "nz"):
            break
        at = tok.end
    else:
        closed = len(after) <= _OCCUPATION_RUN + 1
    # the nouns after it are an office (某公司董事, 某局副局长): the body is named as the seat of
    # that office, whoever holds it — unless the office word reaches back into the name
    # (某常委会党组|书记 is 党组书记 of 某常委会, as the offices linker reads it)
    office = OFFICE_RE.search(doc.text, max(0, end - 3), at) if at > end and closed else None
    if office and office.start() >= end and doc.text.startswith("、", at) \
            and _DEPARTMENT_AFTER_SEAT.search(doc.text, max(0, end - 16), end):
        # 某区委常委、宣传部部长、某委副主任张三: a committee's department in a chain of titles
        # before a name, which the offices linker reads as the committee's
        person = next((t for t in doc.tokens_in(at, at + 16) if t.tag == "PER"), None)
        return person is not None and bool(OFFICE_RE.search(doc.text[at:person.start]))
    return not (office and office.start() >= end)


_PLACE_COMMITTEE = re.compile(r"[省市县区州镇乡旗盟]委$")      # a place's party committee: 某市 + 委
# …nor does a people's name (维吾尔族, 汉族): 族 heads no body
_NOT_BODY_END = re.compile("(?:" + "|".join(NOT_BODY_WORDS) + "|族|书记|常委|部长|局长|主任|市长|县长|区长|省长|组长|队长)$")
_QUANTITY = re.compile(r"\d|[一二两三四五六七八九十几多数]+[所个家支座名位]")
# (市委办, 县政府办: the committee's or government's general office, short)
_BARE_BODIES = re.compile(r"(?:[省市县区州旗](?:委|政府)办(?!公|事)|省委|市委|县委|区委|州委|市政府|县政府|区政府|省政府|(?:(?<![\u4e00-\u9fff])|(?<=[由与和及向对经在把被将让为给同跟]))[省市县区州旗](?:文明办|创建办|创城办|创文办|创卫办))"
                          r"(?!书记|副书记|常委|委员|办|[\u4e00-\u9fff]{0,2}长)")
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十几多数]+)[余多]?[个所家支座名位处]$")
# …or straight after it, alone or with the kinds listed with it (建成社区卫生服务站8个, 新建中小学和
# 幼儿园6所; not A、B等6所学校 nor A、B和C五个景点, named ones counted with others)
_COUNTED_AFTER = re.compile(r"(?:[和、及与](?:(?!等)[\u4e00-\u9fff]){1,8}?)*(?:\d+|[一二两三四五六七八九十百几数]+)[余多]?[个所家座处支]"
                            r"(?![\u4e00-\u9fff])")     # (A、B和C五个景点: named ones, then what they are)
_STOP = NAME_STOP_WORDS | {"由", "向"}
# …nor a person's name or an office (外交部副部长某某和委员会: 委员会 does not reach back)
_STOP_IN_NAME = _STOP | frozenset(OFFICE_TITLES)
# a pronoun or determiner bound to a one-character place noun (我国政府, 本市政府, 该县政府): a
# reference to a body, not its name
_DEICTIC = "我本该其各两此"


# (not a local body named after a national title it pursues: 全国文明城市创建工作领导小组)
# (中宣部, 中组部: the central committee's departments by their short names)
NATIONAL = re.compile(r"^(?:中共中央|中央|中宣部|中组部|中联部|中编办|全国(?!文明|卫生城市|卫生县城|园林城市|森林城市|双拥)|国务院|国家(?!卫生城市|园林城市|森林城市)"
                      r"|中华全国|中国共产党中央|联合国)")
# 中国某网, 中国某协会: a national outlet or association (中国某大学 is somewhere, 中国共产党某市委 local)
_NATIONAL_BODY = re.compile(r"^中国(?!共产党)")


_YOUTH_LEAGUE = re.compile(r"(?:^|共青|[省市县区州旗])团[省市县区州旗]委$|^共青团.+委$")
_LEAGUE_SHORT = re.compile(r"(?<!共青)团([省市县区州旗])委$")


def org_key(canonical: str) -> str:
    return "org:" + canonical


def org_kind_of(name: str) -> str:
    if _YOUTH_LEAGUE.search(name):
        return "social"                  # 团县委: the Youth League's committee, not the party's
    m = _SUFFIX_RE.search(name)
    return KIND_OF.get(m.group(0), "other") if m else "government"


def _innermost_named(name: str, regions: list[Region]) -> Region | None:
    """The region named last inside a body's name, the innermost as names run from the larger
    place to the smaller (国网某市某区供电公司 → 某区)."""
    best, best_end = None, -1
    for r in regions:
        for form in [r.name] + sorted(r.aliases):
            at = name.rfind(form)
            if at >= 0 and (at + len(form) > best_end or at + len(form) == best_end and best is not None
                                                          and len(form) > len(best.name)):
                best, best_end = r, at + len(form)
    return best


def _named_elsewhere(name: str, main: Region) -> bool:
    """Whether a body's name opens with a division (凯里学院: 凯里市) other than the article's
    region, its ancestors and the places inside it: a body named after another place is not
    the article's region's (河北大学 in an article about 保定 may be)."""
    gaz = load_gazetteer()
    for k in (3, 2):
        places = gaz.candidates(name[:k])[0]
        if places:
            return not any(_related(r, main) for r in places)
    return False


def _related(place: Region, main: Region) -> bool:
    """The article's region, one inside it or one it lies in."""
    return place == main or place.is_within(main) or main.is_within(place)


def _without_province(name: str, regions: list[Region]) -> str:
    """某省某县人民医院 → 某县人民医院: the province printed before a place inside it adds nothing
    to the name (the county's hospital is named by its county)."""
    for r in regions:
        if r.level != "province":
            continue
        for form in sorted([r.name] + list(r.aliases), key=len, reverse=True):
            if name.startswith(form):
                rest = name[len(form):]
                if any(rest.startswith(inner.name) and len(rest) > len(inner.name) and inner.is_within(r)
                       and inner != r for inner in regions):
                    return rest
                break
    return name


# a university's committee or association (某师范大学团委, 某大学志愿者协会) is placed as the university is
_SCHOOL_OPENS = re.compile(r"(.{2,}?(?:大学(?!生)|学院(?!路|街)))(?=[\u4e00-\u9fff]{2,}$)")




def qualify(name: str, regions: list[Region], main: Region | None,
            kind: str | None = None) -> tuple[str, Region | None]:
    """Printed name → (canonical name, region it belongs to).

    Leading place names are read off (山东聊城高新区… → 聊城 …) and the body is re-qualified by
    the most specific of them in full (聊城市高新区…), so every printed variant gets one name."""
    kind = kind or org_kind_of(name)
    school = _SCHOOL_OPENS.match(name) if kind not in ("school", "enterprise", "other") else None
    if school:
        return name, qualify(school.group(1), regions, main, "school")[1]   # 某师范大学团委: the university's
    if name.startswith("首都"):
        # 首都文明办, 首都文明委: the capital's bodies by their own name, no place put before it
        return name, next((r for r in regions if r.level == "province" and r.name == "北京市"), None)
    if NATIONAL.match(name) or _NATIONAL_BODY.match(name) and kind not in ("school", "enterprise", "other") \
            or NATIONAL_OUTLET.match(name) and name.endswith(MEDIA_HEADS):
        return name, None                           # 中央文明委, 全国政协: no region qualifies them
    if kind in ("school", "enterprise", "other") and name not in SHORT_BODIES:
        # a school the article reports on is in the article's region (河北大学 is in 保定);
        # a company or venue is placed by a region in its name if it has one
        name = _without_province(name, regions)
        found = _innermost_named(name, regions)
        if main is not None and (found is None and _named_elsewhere(name, main)
                                 or found is not None and not _related(found, main)):
            return name, found                      # 凯里学院 in an article about a county elsewhere
        return name, (main or found) if kind == "school" else (found or main)
    league = _LEAGUE_SHORT.search(name)
    if league:
        # 团区委 is the Youth League's committee of the district: 共青团某区委, placed as 区委 would be
        canonical, region = qualify(name[:league.start()] + league.group(1) + "委", regions, main, "party")
        if region is not None and canonical.endswith(region.name + "委"):
            return "共青团" + region.name + "委", region
    party = name.startswith("中共")
    rest, found = name[2:] if party else name, None
    while True:
        # the longest form any region is printed in (大理市|委, not 大理|市委 of 大理白族自治州)
        hits = [(r, form) for r in regions for form in [r.name] + sorted(r.aliases)
                if rest.startswith(form) and len(rest) > len(form)]
        hit = max(hits, key=lambda h: (len(h[1]), len(h[0].name), h[0].key), default=None)
        if not hit:
            break
        found = hit[0] if found is None or hit[0].is_within(found) or found.level == "province" else found
        rest = rest[len(hit[1]):]
    if found is not None:
        if rest[0] in "市县区州省旗盟" and found.name.endswith(rest[0]) and not LEVEL_CHAR_WORD.match(rest):
            rest = rest[1:]                        # 格尔木市 + 市委 → 格尔木市委 (not 某市|市场监督管理局)
        elif rest[0] in "市县州省旗盟" and found.name[-1] in "市县州省旗盟" and not LEVEL_CHAR_WORD.match(rest):
            return name, found                     # 温岭县人民政府 of today's 温岭市: the body of its day, as printed
        if kind == "media" and not party:
            return name, found                     # 厦门日报, 安顺日报: a paper's name is its own, placed, not rewritten
        return ("中共" if party else "") + found.name + rest, found
    if main is None:
        return name, None
    for r in sorted(set(regions) | {main}, key=lambda r: r.key):
        # 某某园|七色光志愿服务队 of 某某园社区: a neighbourhood's name without its kind word
        word = next((k for k in ("社区", "街道", "村") if r.name.endswith(k)), None)
        short = r.name[:-len(word)] if word else ""
        if r.level in ("village", "township") and len(short) >= 2 and name.startswith(short) \
                and not name.startswith(r.name) and len(name) > len(short) + 2:
            return r.name + name[len(short):], r
    inner = _innermost_named(name, regions)
    if inner is not None:
        return name, inner                          # 共青团保定市委: qualified inside already
    for prefix, levels in LEVEL_PREFIXES.items():
        if name.startswith(prefix) and not LEVEL_CHAR_WORD.match(name):
            # the article's own region or its ancestors first, then any region it names
            pool = [main] + main.ancestors() + sorted(regions, key=lambda r: (not r.is_within(main), r.key))
            # (a municipality is a province that is a 市: 天津市 is the 市 of 市文明办)
            target = next((r for r in pool if (r.level in levels or r.level == "province" and prefix == "市")
                           and r.name.endswith(prefix)), None) or \
                next((r for r in pool if r.level in levels and r.name[-1] in "市县区州省镇乡"
                      and prefix in "县区" + r.name[-1]), None)
            if target is not None:
                return target.name + name[len(prefix):], target
            return name, None               # 市委 in a province's article that names no city: which one is not said
    for word in ("社区", "村", "嘎查"):
        # 村妇联, 社区党委: the village's own — the article's village, or the only one it names
        villages = {r for r in [main] + list(regions) if r.level == "village" and r.name.endswith(word)}
        if name.startswith(word) and len(name) > len(word) + 1 and len(villages) == 1:
            village = villages.pop()
            return village.name + name[len(word):], village
    if kind == "government" and name.endswith("部") and name not in SHORT_BODIES:
        return name, None                           # a ministry (外交部) is the state's: provinces have 厅, cities 局
    if kind in ("government", "party", "leading_group", "media", "social") or name in SHORT_BODIES:
        return main.name + name, main
    return name, main


MODEL_MIN_SCORE = 0.6      # the span model's mean tag marginal for a body it proposes
MODEL_SURE = 0.95          # …for a body no rule explains (no type word, no tagger ORG)
# word tags that never stand inside a body's name (verbs, prepositions, conjunctions, particles)
_NOT_IN_NAME_TAGS = {"v", "vd", "p", "c", "u", "xc", "w", "r", "d"}


def learned_bodies(doc: Doc):
    """Bodies the span model proposes (ORG, COM), kept when the span reads as a name: no verb,
    preposition or punctuation inside, not the body part of an office title (宣传部|部长: the
    offices linker names that body), and backed by the grammar (a body's type word at its end)
    or the tagger (an ORG word inside) unless the model is all but certain. On the dev texts
    the model alone proposed mostly common nouns (民生, 楼宇电视); its strength is the
    boundaries of names the rules also see (某区委社会工作部, 某台新闻广播)."""
    if "learned_bodies" in doc.memo:
        return doc.memo["learned_bodies"]
    text = doc.text
    out = doc.memo["learned_bodies"] = []
    for sp in doc.spans:
        if sp.label not in ("ORG", "COM") or sp.score < MODEL_MIN_SCORE:
            continue
        name = text[sp.start:sp.end]
        if len(name) < 2 or re.search(r"[^\w()（）·]", name):
            continue
        agreed = sp.score >= MODEL_SURE and any(t.tag == "ORG" and (t.start, t.end) == (sp.start, sp.end)
                                                for t in doc.tokens_in(sp.start, sp.end))
        if _glued(doc, sp.end) and not agreed:
            continue                     # 美德|健康生活方式: a modifier, not a name
        backed = _SUFFIX_RE.search(name) or any(t.tag == "ORG" for t in doc.tokens_in(sp.start, sp.end))
        if not backed and sp.score < MODEL_SURE or len(name) < 3 and sp.score < MODEL_SURE:
            continue                     # short names (某联, 某军) only when the model is sure
        if any(t.tag in _NOT_IN_NAME_TAGS for t in doc.tokens_in(sp.start, sp.end)):
            continue
        if OFFICE_WORD.match(text, sp.end):
            continue
        if name.endswith(PEOPLE_COUNTED):
            continue                     # 某局干部: a body's staff, not a body (the tagger's word is)
        out.append(sp)
    return out


# a preposition, a conjunction or a verb of holding office that the tagger or the model ran into
# a name (在某局, 成立暨某政府, 任某集团): the name begins after it
_LEAD_WORD = re.compile(r"^(?:[内中上下里外前后](?=[向在对由从]))?"       # (期内|向某办: a locative the tagger joined on)
                        r"(?:授予了?|表彰了?|命名|联合(?!国)|会同|在|由|对|向|经|据|从|与|和|及|暨|现任|曾任|历任|兼任|担任|任"
                        r"|[村镇县市]里|[村镇]上)"   # (村里|供销合作社: where it is, no part of its name)
                        r"(?=.{2})")


# a document's number after the issuer's abbreviation (某文明委办〔2023〕8号)
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,2}[〔\[(（]\d{4}[〕\])）]\s*\d+\s*号")
# the part of a month printed after it (8月初, 月底, 月中) that the tagger ran into a body's name
_MONTH_PART = re.compile(r"[初底末中](?=[省市县区镇乡])")


# a quoted name, a few words for what the team does, and a team word that does not run on into
# a member or a leader (队员, 队长, 队伍)
# (not a verb's object and its recipient: “派单”给志愿服务队)
_QUOTED_TEAM = re.compile(r"“(?P<short>[^“”]{2,12})”(?![给向到在让把对被和与及])[\u4e00-\u9fff]{0,6}?(?:"
                          + "|".join(TEAM_WORDS) + r")(?![员长伍列])")
_TEAM_SET_UP = re.compile(r"组建|成立|组织|组成|加入|依托|带领|发动|招募")
_TEAM_AT_WORK = re.compile(r"(?:的)?(?:队员|成员|志愿者)|[,，]?(?:深入|走进|来到|开展|坚持|定期|常年|先后|已|还|在)")
_CALLED = re.compile(r"(?:称为|誉为|称作|号称|堪称|当好|争当|成为)$")
# a team whose quoted name ends in the team word (组建“海岸线守护队”, “板凳宣讲团”)
_TEAM_IN_QUOTES = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,12}(?:" + "|".join(TEAM_WORDS) + r"))”")


# a school named by its number, which the tagger reads as a numeral (109中学, 第二中学)
_NUMBERED_SCHOOL = re.compile(r"第?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:中学|小学|中心小学|幼儿园)")


def _after_holders(doc: Doc, ch, head_start: int):
    """A chunk cut after the last person in it who holds an office printed before the name or
    is listed with a conjunction the tagger glued on (某部副部长|张三和|委员会): a name may hold a
    person's name (某某基金会), not a title holder."""
    if ch is None:
        return None
    for t in reversed(doc.tokens_in(ch.start, head_start)):
        if t.tag == "PER" and (t.text[-1] in "和与及" or OFFICE_RE.search(doc.text, max(0, t.start - 6), t.start)):
            if t.end >= head_start:
                return None
            printed = doc.text[t.end:ch.end]
            return Chunk(strip_quotes(printed), printed, t.end, ch.end)
    return ch


# a department named by two fields joined by 和 (州文化和旅游局, 市住房和城乡建设局, 自然资源和规划局):
# the first field, after a level character or a clause's start, belongs to the name
_FIRST_FIELD = re.compile(r"(?:(?<=[,，、。;；:：“\s])|^)([省市县区州旗]?[\u4e00-\u9fff]{2,6})和$")
# …and the same name where it opens an office's title (州文化和旅游局局长)
_TWO_FIELD_BODY = re.compile(r"(?:(?<=[,，、。;；:：“\s])|^|(?<=[省市县区州旗]))(?P<first>[\u4e00-\u9fff]{2,6}?)(?P<join>和)"
                             r"(?P<second>[\u4e00-\u9fff]{2,6}?(?:局|厅|部|委员会|委))"
                             r"(?=[\u4e00-\u9fff]{0,3}长|[\u4e00-\u9fff]{0,2}主任|党组|党委)")   # (…旅游厅|党组成员)


def two_field_joins(text: str) -> set[int]:
    """Where 和 joins the two fields of one department's name opening an office's title; not two
    bodies (县妇联和县文化局局长: each named in full)."""
    return {m.start("join") for m in _TWO_FIELD_BODY.finditer(text)
            if not _SUFFIX_RE.search(m.group("first")) and m.group("second")[0] not in "省市县区州旗镇乡"}


def _two_fields(doc: Doc, ch: Chunk) -> Chunk:
    m = _FIRST_FIELD.search(doc.text, max(0, ch.start - 6), ch.start)
    if m is None or _SUFFIX_RE.search(m.group(1)) or ch.printed[:1] in "省市县区州旗" or len(ch.printed) > 8:
        return ch                        # 县妇联和|县文化局: two bodies, each named in full
    words = doc.tokens_in(m.start(1), m.end(1))
    if any(t.tag in ("p", "c", "u", "r", "d") for t in words) or len(words) >= 2 and words[0].tag == "v":
        return ch                        # 为|体现|党和政府: a clause before the 和, no field of work
    printed = doc.text[m.start(1):ch.end]
    return Chunk(strip_quotes(printed), printed, m.start(1), ch.end)


def _model_end(doc: Doc, start: int, end: int) -> int:
    """A tagged name without a type word at its end ends where the span model ends it, when the
    model's span from the same start ends in one (亚太经合|组织 → 亚太经合组织: the type word is
    the grammar's evidence for the boundary), or where an office the model reads begins inside it
    (国务院外|办主任: 国务院|外办主任)."""
    if _SUFFIX_RE.search(doc.text, start, end):
        return end
    for sp in doc.spans:
        if sp.score < MODEL_MIN_SCORE:
            continue
        if sp.label in ("ORG", "COM") and sp.start == start and sp.end != end and abs(sp.end - end) <= 3 \
                and _SUFFIX_RE.search(doc.text, sp.start, sp.end):
            return sp.end
        if sp.label == "POST" and start + 2 <= sp.start < end:
            return sp.start                # the tagged word runs into an office the model reads
    return end


_ROOM_OFFICE = re.compile(r"(?:政策)?(?:督查室|研究室|调研室)")
# a tagged name that ends in the members of a body (人大代表, 政协委员) or in 部分 (some of)
# the last characters of the type words (队 of 服务队): a one-character token that may end one
_SUFFIX_LAST_CHARS = frozenset(sfx[-1] for sfx, _ in SUFFIX_KIND)
_MEMBERS_OF_BODY = re.compile(r"(?:人大代表|党代表|政协委员|委员|党员|团员)$")   # (中共党员: a member, no body)
_QUANTIFIER_TAIL = re.compile(r"(?:组织|动员|发动|带领)?部分$")


# a body's role in an event, glued to its name by the tagger (精神文明办协办)
_GLUED_ROLE = re.compile(r"(?:主办|协办|承办|联办|指导|牵头)$")


def _without_paired_adjective(doc: Doc, ch):
    """建立|健全|党委政府…: an adjective serving as a verb pair's second half is no part of the
    body's name (成立|文明|城市创建工作领导小组 keeps its 文明)."""
    if ch is None:
        return None
    first = doc.tokens_in(ch.start, ch.end)[:1]
    before = doc.tokens_in(max(0, ch.start - 4), ch.start)[-1:]
    if first and before and first[0].text in VERBAL_ADJECTIVES and before[0].tag == "v" and before[0].end == ch.start \
            and first[0].end < ch.end:
        rest = doc.text[first[0].end:ch.end]
        return Chunk(strip_quotes(rest), rest, first[0].end, ch.end)
    return ch


def org_spans(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc.text
    found: list[tuple[int, int, str]] = []
    tokens = doc.tokens
    for n, tok in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if tok.tag == "ORG" and len(tok.text) >= 3:
            end = tok.end
            quantified = _QUANTIFIER_TAIL.search(tok.text)
            if quantified:
                # 某市政协组织部分|政协委员: the tagger ran the name into a verb and 部分 (some of)
                named = _SUFFIX_RE.search(text, tok.start, tok.start + quantified.start())
                if named is not None and not _glued(doc, named.end()):
                    found.append((tok.start, named.end(), text[tok.start:named.end()]))
                continue
            while nxt is not None and nxt.tag == "ORG" and nxt.start == end:   # 共青团|保定市委
                end = nxt.end
                n += 1
                nxt = tokens[n + 1] if n + 1 < len(tokens) else None
            end = _model_end(doc, tok.start, end)
            if _MEMBERS_OF_BODY.search(text, tok.start, end):
                continue                              # 市人大代表, 政协委员: people, not a body
            glued = _glued(doc, end)
            if (_SUFFIX_RE.search(text[tok.start:end]) or len(text[tok.start:end]) >= 4) and not glued:
                found.append((tok.start, end, text[tok.start:end]))
            elif glued:
                # 县妇联和县文化局|局长: the last body is the office's (the offices linker names it),
                # the ones listed before it are bodies of their own
                found += split_coordinated((tok.start, end, text[tok.start:end]))[:-1]
            continue
        if tok.tag == "m" and _NUMBERED_SCHOOL.fullmatch(tok.text):
            found.append((tok.start, tok.end, tok.text))      # 109中学: a school named by its number
            continue
        glued_verb = _GLUED_ROLE.search(tok.text) if not _SUFFIX_RE.search(tok.text) else None
        if glued_verb and _SUFFIX_RE.search(tok.text, 0, glued_verb.start()):
            # 某办协办: the tagger glued the body's role in the event to its name
            tok = Token(tok.text[:glued_verb.start()], tok.tag, tok.start, tok.start + glued_verb.start())
        m = _SUFFIX_RE.search(tok.text)
        # (a type word the tagger split, 志愿服务|队: the last character ends it)
        split_head = False
        if m is None and tok.text in _SUFFIX_LAST_CHARS:
            window = max(0, tok.start - 5, text.rfind("\n", max(0, tok.start - 5), tok.start) + 1)
            m = _SUFFIX_RE.search(text[window:tok.end])
            split_head = m is not None
            head_start = window + m.start() if m else 0
        if not m or _glued(doc, tok.end) or _NOT_BODY_END.search(tok.text):
            continue                                  # (常委 ends in 委 but is an office)
        ch = chunk_left(doc, tok.start, tok.end, max_tokens=6, allow_verbs=False, stop_words=_STOP_IN_NAME,
                        name_verbs=("创建",) + SERVICE_VERBS)
        ch = _after_holders(doc, ch, tok.start)
        ch = _without_paired_adjective(doc, ch)
        if ch is not None and _QUANTIFIER_TAIL.search(text, ch.start, tok.start):
            ch = Chunk(tok.text, tok.text, tok.start, tok.end)     # 某市政协组织部分|政协委员: 部分 ends the words before
        if ch is not None and ch.start > 0 and text[ch.start - 1] in _DEICTIC \
                and any(len(t.text) == 1 for t in doc.tokens_in(ch.start, ch.start + 1)):
            continue                                  # 我|国政府: a reference, not a name
        # 区发展和|改革局: a two-field name (the second field may be read as a verb, or the tagger
        # may glue the 和 to it: 区发展|和改革局)
        fields = _two_fields(doc, ch or Chunk(tok.text, tok.text, tok.start, tok.end))
        joined = _FIRST_FIELD.search(text, max(0, fields.start - 1), tok.start + (tok.text[:1] == "和"))
        ch = fields if fields.start < (ch or tok).start else ch
        extra = text[ch.start:tok.start] if ch is not None else ""
        for h in doc.hits:
            if ch is not None and ch.start <= h.start and h.end <= tok.start:
                extra = extra.replace(h.surface, "")
        if split_head and (ch is None or ch.start >= head_start):
            continue                                  # 综合性的服务|队: the type word alone names no body
        if ch is not None and (len(tok.text) == len(m.group(0)) or split_head or len(extra) <= 2 or joined):
            # 区|市场监督管理局, 格尔木市|创建|全国文明城市办公室: places and a level prefix join
            found.append((ch.start, ch.end, ch.printed))
        elif len(tok.text) > len(m.group(0)):
            found.append((tok.start, tok.end, tok.text))
    for m in _BARE_BODIES.finditer(text, doc.title_end):
        found.append((m.start(), m.end(), m.group(0)))
    for m in _QUOTED_TEAM.finditer(text, doc.title_end):
        found.append((m.start(), m.end(), m.group(0)))     # “某某”宣讲队: a team by its name
    for m in _TEAM_IN_QUOTES.finditer(text, doc.title_end):
        clause, _ = doc.clause_at(m.start(), m.start())
        # a team the text sets up or shows at work (组建“某某守护队”, “某某宣讲团”深入…), not a
        # figure of speech (纳入“某某国家队”的行列, 被誉为“某某队”) nor a map or a show's name
        if (_TEAM_SET_UP.search(text, clause, m.start()) or _TEAM_AT_WORK.match(text, m.end())) \
                and not _CALLED.search(text, max(0, m.start() - 4), m.start()):
            found.append((m.start(), m.end(), m.group(0)))
    for sp in learned_bodies(doc):
        if sum(1 for s, e, _ in found if sp.start <= s and e <= sp.end) < 2:   # 市委市政府: two bodies
            found.append((sp.start, sp.end, text[sp.start:sp.end]))
    # An ORG span cut short by the tagger (市发展和 | 改革 | 委员会) is completed by the suffix.
    merged = []
    for s, e, name in sorted(found, key=lambda x: (x[0], -(x[1] - x[0]))):
        if merged and s < merged[-1][1]:
            ps, pe, pname = merged[-1]
            if e > pe:
                merged[-1] = (ps, e, text[ps:e])
            continue
        merged.append((s, e, name))
    for s, e, name in list(merged):
        if not _SUFFIX_RE.search(name):
            m = re.match(r"[\u4e00-\u9fff]{0,4}?(?:委员会|局|中心|办公室|公司)", text[e:e + 8])
            if m:
                merged[merged.index((s, e, name))] = (s, e + m.end(), text[s:e + m.end()])
    # an office called 室 the tagger splits off its body (区委|督查|室, 区政府督查|室): one body
    for m in _ROOM_OFFICE.finditer(text, doc.title_end):
        for n, (s, e, name) in enumerate(merged):
            if s < m.start() <= e < m.end():
                merged[n] = (s, m.end(), text[s:m.end()])
    # Short function names (公安, 交警) listed with a body: 区综合行政执法局、公安、交警等
    for m in re.finditer(r"(?<=[、,，])(" + "|".join(SHORT_BODIES) + r")(?=[、,，等和及])", text):
        if any(s <= m.start() < e for s, e, _ in merged):
            continue
        window = text[max(0, m.start() - 30):m.end() + 30]
        if any(s >= m.start() - 30 and e <= m.end() + 30 for s, e, _ in merged) or "部门" in window or "单位" in window:
            merged.append((m.start(), m.end(), m.group(1)))
    # 区|市场监督管理局: a lone level character before the name is its qualifier
    for n, (s, e, name) in enumerate(merged):
        if s >= 2 and text[s - 1] in "区市县省州镇乡" and not ("\u4e00" <= text[s - 2] <= "\u9fff"):
            merged[n] = (s - 1, e, text[s - 1:e])
    # 镇海幼儿园(庄市分园): a branch in brackets belongs to the name
    for n, (s, e, name) in enumerate(merged):
        m = re.match(r"[(（][^()（）]{1,12}?(?:分园|分校|校区|分院|分公司)[)）]", text[e:e + 16])
        if m:
            merged[n] = (s, e + m.end(), text[s:e + m.end()])
    merged = [x for x in merged if not any(o != x and o[0] <= x[0] and x[1] <= o[1] for o in merged)]
    parts = [part for x in merged for part in split_coordinated(x)]
    # a part split off a tagged span keeps the tagger's or the model's word for it (县文明办 of
    # 县文明办联合县委党校, which no token covers alone)
    doc.memo["coordinated_parts"] = {(s, e) for s, e, _ in parts} - {(s, e) for s, e, _ in merged}
    return sorted(parts)


_COORDINATOR = re.compile(r"联合|会同|与|和|及|同|、|\s+")


_PLACE_END = re.compile(r"(?:社区|街道|村|镇|乡|县|区|市|省)$")


_COMMITTEE_AND_GOVERNMENT = re.compile(r"(?P<committee>.{0,12}?(?P<level>[省市县区州旗])委)(?P=level)(?:人民)?政府$")


def split_coordinated(span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A tagged span that joins two bodies (某县妇联联合县总工会, 某台新闻广播与县文明办) is two:
    split at a coordinator when both sides end in a body's type word or an office's short name
    (某某办会同某局, 某局联合某普法办)."""
    s, e, name = span
    pair = _COMMITTEE_AND_GOVERNMENT.match(name)
    if pair:                             # 某省委省政府, 市委市政府: the committee and the government
        cut = pair.end("committee")
        return [(s, s + cut, name[:cut]), (s + cut, e, name[cut:])]
    for m in _COORDINATOR.finditer(name):
        left, right = name[:m.start()], name[m.end():]
        if m.group(0) == "联合" and _PLACE_END.search(left):
            # 某社区联合某组织: a place acting with a partner; the partner only if it is named as a body
            return split_coordinated((s + m.end(), e, right)) if _SUFFIX_RE.search(right) else []
        if len(left) >= 2 and len(right) >= 2 and (_SUFFIX_RE.search(right) or len(right) >= 3 and right.endswith("办")) \
                and (_SUFFIX_RE.search(left) or left.endswith(MEDIA_HEADS + ("办",))):
            return [(s, s + m.start(), left)] + split_coordinated((s + m.end(), e, right))
    return [span]


def parent_bodies(name: str) -> list[str]:
    """A group named inside a subsidiary's name (某农垦集团某粮油公司 → 某农垦集团), a station or a
    company inside a unit's (某广播电视台交通广播 → 某广播电视台); not the group's own legal form
    (某集团有限公司, 某集团股份有限公司: one company)."""
    m = re.match(r"(.{2,}?集团)(?=.{2,}(?:公司|厂|中心)$)", name) or _UNIT_AFTER_BODY.match(name)
    if m is None or _LEGAL_FORM.fullmatch(name[m.end():]):
        return []
    return [m.group(1)]


# a channel or department named after its station or company (某广播电视台|交通广播,
# 某股份有限公司|工会): the station or company is a body of its own
_UNIT_AFTER_BODY = re.compile(r"(.{2,}?(?:广播电视台|电视台|广播电台|有限责任公司|股份有限公司|有限公司|总公司))"
                              r"(?=[\u4e00-\u9fff]{2,}$)")


# verbs a body's name is followed by, whose first character the tagger may run into the name
_VERBS_AFTER_BODY = tuple(sorted(v for v in set(PROGRAMME_VERBS) | set(ORGANIZE_VERBS) | set(HELD_VERBS) if len(v) == 2))
# the term of a congress or committee printed in its name (第十四届, 十届): no part of which body it is
_TERM = re.compile(r"第?[一二三四五六七八九十\d]+届(?=人大|政协|人民代表大会|委员会|常委会|党委|纪委)")
# what follows a company's name as its legal form, not another body
_LEGAL_FORM = re.compile(r"[)）]?(?:控股)?(?:股份)?(?:有限)?(?:责任)?(?:总)?公司")


def _generic_list(text: str, start: int) -> bool:
    """Inside a list that names kinds of body (各地党群服务中心、综合服务中心等)."""
    clause_start = max(text.rfind(ch, 0, start) for ch in ",，。;；\n") + 1
    return bool(re.search(r"各[地级类个]|各$|等各|" + _EACH_SETS_UP.pattern, text[clause_start:start])
                or _EACH_LEVEL.search(text, clause_start, start))


# each unit of a level setting one up (各村均成立了红白理事会): one of a kind in every unit
# (全市大部分行政村均成立…: most or all units of a kind)
_EACH_SETS_UP = re.compile(r"(?:(?:各|所有|全部|大部分|多数|每个)(?:行政|自然)?(?:[省市县区镇乡村]|乡镇|街道|社区|村居|单位)"
                           r"(?:都|均|全部)?|"
                           # (122个县(市、区)已全部建成…: every one of the units counted)
                           r"\d+个[\u4e00-\u9fff]{1,4}(?:[(（][^()（）]{1,10}[)）])?(?:已)?(?:全部|均|都))"
                           r"(?:已)?(?:成立|建立|组建|设立|建成)了?")


# 各市（州）民政局, 各县（市、区）文明办, 所有县（市、区）融媒体中心: every division's body of
# that kind, not one body
_EACH_LEVEL = re.compile(r"(?:各[省市县区州盟旗镇乡村]{1,2}(?:[(（][^()（）]{1,10}[)）])?"
                         r"|[省市县区州盟旗镇乡村]{1,2}[(（][省市县区州盟旗镇乡村街道、]{1,10}[)）])$")
# a facility named by a level below the article's and no place (街道综合养老服务中心, 乡镇卫生院):
# one in every street or township, not one body (a body of the level itself, 乡镇企业局, is one)
_LEVEL_BELOW = re.compile(r"^(?:乡镇|街道|社区)(?!委|党|居委|办|工作委员会).*(?:中心|站|卫生院|医院|所|室|馆|食堂)$")


def _proper(name: str) -> bool:
    """A venue or base is a body only with a proper name in it (关汉卿大剧院, not 农事博物馆):
    the tagger, run on the words before the suffix alone, must find a name there, or a level
    prefix must make it the place's own."""
    from ..analyse import tagger
    modifier = _SUFFIX_RE.sub("", name)
    if modifier[:1] in LEVEL_PREFIXES and modifier[1:2] != "民":
        return True                      # 区人民医院, 县图书馆: the one the region runs (not 市民…)
    return bool(modifier) and any(tag in ("PER", "LOC", "ORG") for _, tag in tagger().run(modifier))


def extract_organizations(doc: Doc, regions: list[Region], main: Region | None, region_key,
                          inside_programs: list[tuple[int, int]] = (),
                          region_spans: list[tuple[int, int]] = ()) -> list[Entity]:
    out: dict[str, Entity] = {}
    learned = {(sp.start, sp.end): sp.label for sp in learned_bodies(doc)}
    companies = {(sp.start, sp.end): sp.label for sp in doc.spans if sp.label in ("ORG", "COM")
                 and sp.score >= MODEL_MIN_SCORE}
    text = doc.text
    quoted_lists = [(m.start(), m.end()) for m in re.finditer(r"“[^“”\n]{2,40}、[^“”\n]{2,40}”", text)]
    for s, e, printed in org_spans(doc):
        cut = next((hs for hs, he in region_spans if hs < s < he), None)
        if cut is not None:
            s, printed = cut, text[cut:e]        # 开干|齐乡党委: the tagger cut into the place's name
        nickname = re.match(r"“[^“”]{1,12}”", printed)
        if nickname and any(hs == s + nickname.end() for hs, _ in region_spans):
            # “寻亲院长”某市某医院: a person's nickname printed before the body's place, not its name
            s, printed = s + nickname.end(), printed[nickname.end():]
        name = strip_quotes(printed).strip()
        lead = _LEAD_WORD.match(name)
        if lead and printed.startswith(lead.group(0)) and not any(hs == s for hs, _ in region_spans):
            name, s = name[lead.end():], s + lead.end()     # not 任丘市…: a place that opens with 任
        if _MONTH_PART.match(name) and re.search(r"\d月$", text[max(0, s - 4):s]):
            name, printed, s = name[1:], printed[1:], s + 1   # 8月初|市爱卫办: the part of the month, no name's
        if not _SUFFIX_RE.search(name) and _SUFFIX_RE.search(name[:-1]) and printed.endswith(name[-1]) \
                and doc.text.startswith(_VERBS_AFTER_BODY, e - 1):
            name, printed, e = name[:-1], printed[:-1], e - 1   # 区妇联开|办: the verb's first character
        if name[:1] in "省市县区州" and doc.text[s - 1:s] in ("我", "本") and len(name) >= 5 and name[1:2] != "委":
            name, printed, s = name[1:], printed[1:], s + 1   # 我市|国网某供电公司: the pronoun's place word
        termed, name = name, _TERM.sub("", name)        # 市十届人大常委会: the body, whatever its term
        if len(name) < 2 or _COLLECTIVE.search(name) or s < doc.title_end and len(name) < 4 \
                or name in KIND_OF and _POINTED_BACK.search(doc.text, max(0, s - 3), s):
            continue                                  # 这支志愿服务队: a body named before, pointed back to
        if _DOCUMENT_NUMBER.match(text, e):
            continue                                  # (明文明委办〔2023〕8号): a document's number, no body
        if name.endswith("厅") and not name.endswith("办公厅") and not _PROVINCIAL.match(name):
            continue                                  # a hall; a department (厅) is a province's: 某省教育厅
        if _NOT_BODY_END.search(name) or _QUANTITY.search(name) and not _NUMBERED_SCHOOL.search(name) \
                or _generic_list(doc.text, s) \
                or _COUNTED_BEFORE.search(doc.text, max(0, s - 6), s) or _COUNTED_AFTER.match(doc.text, e):
            continue                                  # 5个居家社区养老服务中心: counted, not one body
        if _LEVEL_BELOW.match(name) and (name.startswith("乡镇") or main is None
                                         or main.level in ("province", "prefecture", "county")) \
                and "“" not in printed and not any(he == s for _, he in region_spans):
            continue                                  # (社区“银发”志愿服务队 is named: the one referred to)
        if any(ps <= s and e < pe for ps, pe in inside_programs):
            continue                                  # 新时代文明实践中心 inside …中心建设
        covered = sum(he - hs for hs, he in region_spans if hs >= s and he <= e)
        if covered >= len(printed) - 1 and not _PLACE_COMMITTEE.search(printed):
            continue                                  # a chain of places tagged as a body (not 某省某市委)
        facility = next((w for w in FACILITY_WORDS if name.endswith(w)), None)
        if facility and not _proper(name[:-len(facility)]):
            continue                                  # 爱国主义教育基地, 科普基地: a kind of place, not a body
        if any(qs < s and e < qe and "、" in text[qs:qe] for qs, qe in quoted_lists):
            continue                                  # “先锋队、和事佬、帮帮团”: kinds listed in one quote
        opened = s if printed.startswith("“") else s - 1 if text[s - 1:s] == "“" else None
        if opened is not None and _CALLED.search(text, max(0, opened - 4), opened):
            continue                                  # 被誉为“红色宣讲团”: a figure of speech, no team
        by_model = (s, e) in learned
        kind = org_kind_of(name)
        # (…or a tagged word this name ends, its first character cut off: 8月初|市爱卫办)
        tagged = any(t.tag == "ORG" for t in doc.tokens_in(s, e)) or (s, e) in doc.memo.get("coordinated_parts", ()) \
            or any(t.tag == "ORG" and t.end == e and t.start == s - 1 for t in doc.tokens_in(max(0, s - 1), e))
        if by_model and not (_SUFFIX_RE.search(name) or name in SHORT_BODIES or tagged):
            # a name with no type word that the model vouches for (a club, an army, a brand):
            # its kind is the model's, and no region's level prefix is read into it
            kind = "enterprise" if learned[(s, e)] == "COM" else "other"
        elif not _SUFFIX_RE.search(name) and name not in SHORT_BODIES and companies.get((s, e)) == "COM":
            kind = "enterprise"                       # a tagged name with no type word the model reads as a company
        elif not _SUFFIX_RE.search(name) and name not in SHORT_BODIES and kind == "government" \
                and not name.startswith(tuple(LEVEL_PREFIXES)):
            # 某地华美达酒店: no type word, so no government body, and no level read into it (区志联,
            # short for the district's, still is)
            kind = "other"
        elif kind == "other" and not _proper(name):
            continue
        team = _QUOTED_TEAM.fullmatch(printed) or _TEAM_IN_QUOTES.fullmatch(printed)
        if team and not _SUFFIX_RE.search(name):
            kind = "social"                           # not “某某”集团, a company
        if not (_SUFFIX_RE.search(name) or name in SHORT_BODIES or by_model or tagged or team):
            continue
        canonical, region = qualify(name, regions, main, kind)
        key = org_key(canonical)
        ent = out.get(key)
        if ent is None:
            ent = Entity("Organization", key, canonical,
                         attrs={"org_kind": kind, "region": region_key(region) if region else None,
                                "printed": name})
            out[key] = ent
        ent.aliases |= {name, termed} - {canonical}
        if team and "short" in team.groupdict():
            ent.aliases.add(team.group("short"))   # “夕阳红”为老服务队 is called 夕阳红 for short
        ent.spans.append((s, e))
        for parent in parent_bodies(name):
            pkind = org_kind_of(parent)
            pcanonical, pregion = qualify(parent, regions, main, pkind)
            pkey = org_key(pcanonical)
            placed = pregion is not None and pregion.name[:2] in parent      # only where its name places it
            pent = out.setdefault(pkey, Entity("Organization", pkey, pcanonical,
                                               attrs={"org_kind": pkind, "printed": parent,
                                                      "region": region_key(pregion) if placed else None}))
            if parent != pcanonical:
                pent.aliases.add(parent)
            pent.spans.append((s, s + len(parent)))
    return _merge_level_variants(_merge_contractions(_merge_short_forms(_merge_scope_variants(list(out.values())))))


_SCOPE_WORDS = ("全国", "全省", "省级", "国家")


def _fold(other: Entity, into: Entity, dropped: set[int]) -> None:
    """One body printed two ways: ``other``'s names and mentions become ``into``'s."""
    into.aliases |= {other.label} | other.aliases
    into.spans += other.spans
    dropped.add(id(other))


def contracted(name: str) -> str:
    """A body's name with its official type words in their standard short form (某市人民政府 →
    某市政府)."""
    for full, short in OFFICIAL_CONTRACTIONS:
        name = name.replace(full, short)
    return name


def _merge_contractions(orgs: list[Entity]) -> list[Entity]:
    """A body printed by its full official name and by the standard short one (某市人民代表大会常务
    委员会, 某市人大常委会): one body, named in full."""
    groups: dict[tuple, list[Entity]] = {}
    for o in orgs:
        groups.setdefault((contracted(o.label), o.attrs.get("region")), []).append(o)
    dropped = set()
    for same in groups.values():
        if len(same) < 2:
            continue
        full = max(same, key=lambda o: (len(o.label), o.label))
        for o in same:
            if o is not full:
                _fold(o, full, dropped)
    return [o for o in orgs if id(o) not in dropped]


def _merge_level_variants(orgs: list[Entity]) -> list[Entity]:
    """A body printed with its place's level word and without it (某县某某学校, 某某学校 after the
    county's short form): one body, named in full."""
    by_label = {o.label: o for o in orgs}
    dropped = set()
    for o in orgs:
        for i in range(2, len(o.label) - 2):
            if o.label[i] in "省市县区旗":
                short = by_label.get(o.label[:i] + o.label[i + 1:])
                if short is not None and short is not o and id(short) not in dropped and id(o) not in dropped:
                    _fold(short, o, dropped)
    return [o for o in orgs if id(o) not in dropped]


def _merge_short_forms(orgs: list[Entity]) -> list[Entity]:
    """A unit printed in full once (某市公安局交警支队) and then by its own part alone (交警支队):
    one body. The part must follow a body's type word in the full name (公安局|交警支队) and name
    only one body of the article."""
    dropped = set()
    for short in orgs:
        printed = short.attrs.get("printed", short.label)
        if len(printed) < 3 or not _SUFFIX_RE.search(printed):
            continue
        # (…or, four characters or more printed bare, the tail of one body's name: 为实践中心揭牌
        # after 某县新时代文明实践中心)
        bare_tail = len(printed) >= 4 and printed[0] not in "省市县区州镇乡村"
        fuller = [o for o in orgs if o is not short and id(o) not in dropped
                  and o.attrs.get("printed", o.label).endswith(printed)
                  and (bare_tail or _SUFFIX_RE.search(o.attrs.get("printed", o.label)[:-len(printed)]))
                  and short.attrs.get("region") in (None, o.attrs.get("region"))]
        if len(fuller) == 1:
            _fold(short, fuller[0], dropped)
    return [o for o in orgs if id(o) not in dropped]


def _merge_scope_variants(orgs: list[Entity]) -> list[Entity]:
    """A group named after a campaign, printed with and without its scope word (青山区全国文明城市
    创建工作领导小组, 青山区文明城市创建工作领导小组 in the headline): one group, the full name kept."""
    by_printed = {o.attrs.get("printed", o.label): o for o in orgs}
    dropped = set()
    for o in orgs:
        printed = o.attrs.get("printed", o.label)
        if o.attrs.get("org_kind") != "leading_group":
            continue
        for word in _SCOPE_WORDS:
            at = printed.find(word)
            short = printed[:at] + printed[at + len(word):] if at >= 0 else None
            other = by_printed.get(short) if short else None
            if other is not None and other is not o and other.attrs.get("org_kind") == "leading_group" \
                    and other.attrs.get("region") == o.attrs.get("region") and id(other) not in dropped:
                _fold(other, o, dropped)
    return [o for o in orgs if id(o) not in dropped]
