"""Actors of statements: who a clause, a figure or a programme is about.

The linker between extraction and relations: given the entities of one article and the
clause analysis (sentences, clauses, offsets), it answers "who acts here" — the body or person
opening a clause (place names may come first), a list of them, a programme that frames the
sentence, an event just reported, a person referred back to, or the article's region. The
metrics, events, documents and honours ask it for their subject; relations for their actor.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..analyse import Doc
from ..lexicon import (AT_THE_EVENT, HELD_MANNER, HELD_VERBS, LEVER_WORDS, OFFICE_WORD, PEOPLE_COUNTED, SPEECH_VERBS,
                       SCHOOL_ENDS, STRONG_PROGRAMME_VERBS, TEAM_WORDS)
from ..model import Extraction
from .regions import region_key


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str
    kind: str


class MentionIndex:
    """Entity mentions of one article in text order, for 'what is named near here'."""

    def __init__(self, ex: Extraction):
        self.update(ex)

    def update(self, ex: Extraction) -> None:
        """Index what the extraction holds now (events and honours come after the actors)."""
        ms = [Mention(s, e, ent.key, ent.kind) for ent in ex.entities.values() for s, e in ent.spans]
        self.items = sorted(ms, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.items]

    def between(self, a: int, b: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        lo = bisect_right(self.starts, a - 1)
        out = []
        for m in self.items[lo:]:
            if m.start >= b:
                break
            if m.end <= b and (kinds is None or m.kind in kinds):
                out.append(m)
        return out


# a programme that opens its sentence as the subject is what the sentence's figures describe
_TOPIC_LEAD = re.compile(r"[“\s]*(?:\d{4}年(?:以来)?[,，]?|目前[,，]?|近年来[,，]?)?[“]?")
_TOPIC_VERB = re.compile(r"”?(?:是|自|已|共|累计|设立|开办|开通|上线|启动|实施|开展)")
# a programme set up as the frame of what follows: 以“某某”为抓手, …征集项目100个
_FRAME = re.compile(r"以$")
_FRAME_TAIL = re.compile(r"”?(?:志愿服务|活动|工程|行动)?为(?:" + "|".join(LEVER_WORDS) + ")")
_STRONG_RUN_VERB = re.compile("(?:" + "|".join(sorted(STRONG_PROGRAMME_VERBS, key=len, reverse=True)) + r")[“]?$")
_PURPOSE = re.compile(r"(?:支持|用于|专项用于|保障)(?:开展|实施|推进|建设)?")
# a sentence about the event just reported: 本次活动…, 活动现场…, 会上…
_EVENT_ANAPHOR = re.compile(r"\s*(?:(?:本次|此次|这次)(?:活动|大会|会议|仪式|比赛|展览|展演)|大会|"
                            r"(?:活动|仪式|会议)(?=还|也|上|中|共|吸引|邀请)|"
                            + "|".join(AT_THE_EVENT) + ")")
_HELD = re.compile(r"”?(?:在[^,，。;；]{1,20})?(?:" + "|".join(HELD_MANNER) + ")?(?:" + "|".join(HELD_VERBS) + "|开展)")
_PURPOSE_NEXT = re.compile(r"\s*(?:大力|全力|重点|主要|专项)?(?:支持|用于|保障)")
# 全市, 全县, 我市, 本县 …: the article's region as a whole
WHOLE_REGION = re.compile(r"(?:全|我|本)(?:[省市县区州旗盟镇乡村]|社区|嘎查|苏木)")
# the whole country, or places in general, acting (全国共开展…, 各地要…)
# (not 全国 qualifying a title: 全国文明村镇28个)
_NATIONWIDE = re.compile(r"全国(?=共|累计|已|各地|范围|上下|总计|合计|一共|[,，])|各地(?!区)|各省")
_ACTORS = ("Organization", "Person", "Region")
# a place followed by the verb of an event held there (在某镇召开, 在某村举行)
_HELD_AT = re.compile("[\u4e00-\u9fff]{0,12}?(?:" + "|".join(HELD_VERBS) + ")")
# …as where an actor acts (某局在全区…)
_SCOPE_PREP = ("在", "向", "到", "于")
# …opening a clause (目前全区…, 全县共…): the clauses after it in the sentence go on about it
_WHOLE_REGION_OPENS = re.compile(r"(?:^|[,，;；])\s*(?:\d{4}年(?:以来)?|今年以来|近年来|目前|截至目前)?[,，]?"
                                 r"(?P<whole>全[省市县区州旗镇乡])")
# what belongs to a village as a whole (村集体经济收入, 村民人均可支配收入): the village's figure
_VILLAGE_OWN = re.compile(r"村(?:集体|级集体|民人均)")
# 这支队伍, 该队, 队员们 …: the team named before
# (…or its members counted: 现有队员56人, 共有成员30名)
_THIS_TEAM = re.compile(r"(?:这|该|此)(?:支|个)?(?:队伍|服务队|志愿队|团队|队)|队员们|(?:现有|共有|拥有)(?:队员|成员)")
# 该镇, 该村 …: the last division of that kind named before
# (…or a bare 街道/社区 opening a clause: 街道依托…, the one named before; or 村里/镇上 so: the
# speaker's village)
_THIS_UNIT = re.compile(r"该(?P<kind>社区|街道|村|镇|乡|县|区|市|州|省)|(?<=[,，。\n])(?P<bare>街道|社区)(?=[\u4e00-\u9fff])|"
                        r"(?<=[,，。\n])(?P<here>村|镇|乡)(?:里|上)(?=[\u4e00-\u9fff])")
# the time words a clause may open with before its subject (2023年以来, 目前)
_TIME_LEAD = r"\d{4}年(?:\d{1,2}月)?(?:以来)?|今年以来|近年来|目前|截至目前"
# words that may open a clause before its subject (5年来, 目前, 如今)
_CLAUSE_LEAD_WORDS = re.compile(r"(?:\d+年(?:来|以来)|如今|现在|" + _TIME_LEAD + r")[,，]?")
# the head nouns a body is called again by (工作室, 服务队, 合作社, 协会, 中心)
_SUFFIX_HEAD = re.compile(r"(?:工作室|服务队|志愿队|合作社|协会|联合会|中心|服务站|驿站|理事会|议事会|宣讲团)$")
# people counted as attending the occasion just reported (200余人参加会议, 300余名群众观看演出)
_ATTENDED = re.compile(r"[^,，。;；]{0,8}?(?:参加|出席|参与|观看)了?(?:本次|此次)?(?:会议|活动|仪式|大会|开幕式|演出|比赛)")
# 该校, 该局, 该公司 …: the last body of that kind named before
_THIS_BODY = re.compile(r"该(?P<unit>校|院|局|公司|中心|厂|馆|所|站|协会|集团|医院)")
# a speaker (某某告诉记者, 某某介绍): what follows is what they say, not what they do
_SPEAKS = re.compile(r"\s*(?:" + "|".join(SPEECH_VERBS) + ")")
# …or a body's spokesman (某局相关负责人表示, 某办工作人员介绍): what the body says, not yet what it
# does — a place opening the clause said (…表示,下一步,某区将…) is the actor
_BODY_SPEAKS = re.compile(r"\s*(?:相关|有关)?(?:负责人|负责同志|工作人员|发言人)\s*(?:" + "|".join(SPEECH_VERBS) + ")")
# (其中, 其他, 其余, 其实: words, not a pronoun)
# 分别为/分别是/分别达到: figures listed in the order of the items named before
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到?|占|有)")
# a person's profile after the name: 某某,(男,)1954年(5月)生
_BORN = re.compile(r"[,，]\s*(?:[男女][,，]\s*)?(?:[\u4e00-\u9fff]{1,3}族[,，]\s*)?\d{4}年(?:\d{1,2}月)?(?:出生|生)")
# a span of years up to now (22年来, 十多年来) and a clause opening with a person's pronoun
_SINCE_THEN = re.compile(r"[\d一二三四五六七八九十百多余]*年(?:来|以来|间|里)")
_PRONOUN_OPENS = re.compile(r"\s*(?:他|她)(?!们)")
_BACK_REFERENCE = re.compile(r"(?:^|[,，…])(?:他|她|其(?![中他余实次间])|个人|本人)|的(?:他|她)")
_CLAUSE_LEAD = re.compile(r"^(?:" + _TIME_LEAD + r"|同时|此外|其中|另外|[\u4e00-\u9fff]{0,4}方面)?[,，]?\s*$")


def subject_finder(doc: Doc, index: MentionIndex, main_key: str | None, main_region=None):
    """The actor a figure or clause at ``pos`` is about.

    In order: a programme named after the figure in its clause, quoted or said to be what money
    supports (投资60万元建成“文明实践云平台”, …资金2亿元,支持推进某某行动); a person the phrase
    describes (…的胡某); a programme the sentence opens with as its topic; the whole region
    (全县…); a person referred back to (他, 的她); the body or person that opens a clause before
    it; a quoted programme an earlier clause sets up (以“某某”为抓手, 组织实施“某某”工程); an
    event the sentence reports held or refers to (本次活动, 会上); the body that opened the
    sentence before (市发展和改革委员会…。截至目前,已开工1个); a place inside the article's
    region named in the clause; else the article's main region.
    """
    text = doc.text

    filed_end = doc.filing_lead[2] if doc.filing_lead else 0

    def opener(a: int, b: int, kinds=("Organization", "Person")) -> str | None:
        """The body or person a clause in [a, b) opens with, nearest to b. Place names may
        come first (格尔木市创建办…, 高德街道马栏村监测户冯绵发…)."""
        found, speaker = None, None
        mentions = index.between(a, b, kinds)
        for m in mentions:
            if any(o.start <= m.start and m.end <= o.end and o != m for o in mentions):
                continue                           # 区委|政法委副书记: a body inside another's name
            if speaker and m.kind != "Region":
                speaker = None
            if _listed(text, m):
                continue                           # A、B、C顺利开学, A等50名…: a list is no single actor
            if m.start < filed_end:
                continue                           # 新华社北京某日电: the outlet that filed it
            if m.kind == "Person" and _SPEAKS.match(text, m.end):
                continue                           # 某某告诉记者,社区…: the speaker reports, does not act
            if m.kind == "Region" and named_inside(m.start):
                continue                           # 某县|司法局: the place in a body's name
            if m.kind == "Organization" and _BODY_SPEAKS.match(text, m.end):
                speaker = m
                continue
            if m.kind == "Organization" and OFFICE_WORD.match(text, m.end):
                continue                           # 村党委|书记某某介绍: the body in a person's title
            ca, lead = _clause_lead(doc, index, m)
            if _CLAUSE_LEAD.match(lead) or m.kind == "Person" and (ca == a and len(lead) <= 6 or lead.endswith(PEOPLE_COUNTED)):
                found = m.key                      # (…、某街道市民王某照顾婆婆20年: the person so described)
        if found is None and speaker is not None:
            said = [p for p in index.between(speaker.end, b, ("Region",))
                    if _CLAUSE_LEAD.match(text[doc.clause_at(p.start, p.start)[0]:p.start])]
            return None if said else speaker.key
        return found

    def framing_programme(a: int, ca: int) -> str | None:
        """A quoted programme that an earlier clause of the sentence sets up, by a verb that
        carries it (组织实施“某某”工程, …) or as its frame (以“某某”为抓手, …): the later
        clauses' figures describe it."""
        for m in index.between(a, ca, ("Program",)):
            if "“" not in text[m.start:m.start + 2] or text.startswith(("、", "等"), m.end):
                continue
            if index.between(a, m.start, ("Region", "Organization", "Person")):
                return None                    # 某区深化“某某”,…: the sentence is about the actor it names
            mca, mcb = doc.clause_at(m.start, m.start)
            before = text[mca:m.start]
            if _FRAME.search(before) and _FRAME_TAIL.match(text, m.end) or \
                    _STRONG_RUN_VERB.search(before) and doc.clause_at(mcb + 1, mcb + 1)[0] >= ca:
                return m.key                   # carried by a verb: the clause straight after it
        return None

    def event_in_view(a: int, ca: int) -> str | None:
        """The event a sentence is about: one it opens by reporting held (某某大会在某地举行,
        200余人参加), or the latest event named when it opens with 本次活动/活动现场/会上."""
        if _EVENT_ANAPHOR.match(text, a):
            before = index.between(0, a, ("Event",))
            return before[-1].key if before else None
        for m in index.between(a, ca, ("Event",)):     # a clause before the figure's
            if _HELD.match(text, m.end):
                return m.key
        return None

    def region_opener(a: int, pos: int) -> str | None:
        """A division outside the article's region (its county, a neighbour) that opens the
        clause in [a, pos) as its actor: the last of a chain of places printed there."""
        places = index.between(a, pos, ("Region",))
        if not opening_place(a, places):
            return None
        chain = [places[0]]
        for m in places[1:]:
            if m.start != chain[-1].end:
                break
            chain.append(m)
        key = chain[-1].key
        if key == main_key or main_region is None or _within(key, main_region):
            return None                        # the article's own places: read below
        return key

    def earlier_clause_place(a: int, ca: int, pos: int) -> str | None:
        """A place inside the article's region that opens an earlier clause of the sentence,
        with no body or person named after it: the later clauses go on about it."""
        found, at = None, a
        while at < ca:
            cs, ce = doc.clause_at(at, at)
            places = index.between(cs, ce, ("Region",))
            if opening_place(cs, places):
                found = places[0]
            at = max(ce, at) + 1
        if found is None or found.key == main_key or not _within(found.key, main_region) \
                or index.between(found.end, pos, ("Organization", "Person")):
            return None
        return found.key

    def opening_place(a: int, places: list[Mention]) -> bool:
        """Whether the first of ``places`` opens the clause starting at ``a`` (time words may come
        first), alone, not inside a name (北京|某大学: a place inside a body's name)."""
        return bool(places) and bool(_CLAUSE_LEAD.match(text[a:places[0].start])) \
            and not _listed(text, places[0]) and not named_inside(places[0].start)

    def named_inside(at: int) -> bool:
        """Whether ``at`` lies inside a name (全省文明城市 names a title, not the province)."""
        return any(m.start <= at < m.end for m in index.between(max(0, at - 40), at + 40,
                                                                 ("Program", "Honor", "Organization", "Event",
                                                                  "Document")))

    def whole_region(word: str, pos: int) -> str | None:
        """全区 in an article about a prefecture: the district it names, when one is named;
        全村 in a township's, 全镇 in a county's: the village or township last named before it."""
        unit = word[1:]
        if main_region is None or main_region.name.endswith(unit):
            return main_key
        if unit in ("村", "社区", "嘎查", "镇", "乡", "街道", "苏木"):
            # (全镇 in a county's article: the township named last before it)
            named = [m for m in index.between(0, pos, ("Region",)) if text[m.start:m.end].endswith(unit)]
            return named[-1].key if named else main_key
        for r in main_region.ancestors():          # 全县 in a township's article: its county
            if r.name.endswith(unit) and r.level in ("county", "prefecture", "province"):
                return region_key(r)
        # (the one named last before it: a paragraph per county, each saying 全县)
        named = [m for m in index.between(0, len(text), ("Region",))
                 if text[m.start:m.end].endswith(unit) and _within(m.key, main_region) and "/" not in m.key]
        before = [m for m in named if m.start < pos]
        return before[-1].key if before else named[0].key if named else main_key

    def this_unit(a: int, pos: int) -> str | None:
        """The division 该镇/该村 refers back to: the last one of that kind named before it."""
        # (a body named as an object, 社区还成立了某委员会, does not take over; one opening a clause does)
        refs = [m for m in _THIS_UNIT.finditer(text, a, pos)
                if not any(_CLAUSE_LEAD.match(_clause_lead(doc, index, o)[1])
                           for o in index.between(m.end(), pos, ("Organization", "Person", "Region")))]
        if not refs:
            return None
        kind = refs[-1].group("kind") or refs[-1].group("bare") or refs[-1].group("here")
        for m in reversed(index.between(0, refs[-1].start(), ("Region",))):
            if text[m.start:m.end].endswith(kind):
                return m.key
        return None

    def this_team(a: int, pos: int) -> str | None:
        """The team 这支队伍/该队/队员们 refers back to: the last team named before it."""
        pointer = _THIS_TEAM.search(text, a, pos)
        if not pointer:
            return None
        teams = [m for m in index.between(0, pointer.start(), ("Organization",)) if text[m.start:m.end].endswith(TEAM_WORDS)]
        return teams[-1].key if teams else None

    def bare_head(a: int, pos: int) -> str | None:
        """A body named before, called again by its head noun alone at the opening of a clause of
        the sentence (老马工作室…。工作室由…创办,现有调解员12名; 合作社现有社员…)."""
        at = a
        while at < pos:
            cs, ce = doc.clause_at(at, at)
            lead = _CLAUSE_LEAD_WORDS.match(text, cs)
            start = lead.end() if lead else cs
            if not index.between(start, start + 1, ("Organization", "Person", "Region")):
                for k in (4, 3, 2):
                    head = text[start:start + k]
                    # (the cheap test first: most clauses open with no head noun at all)
                    if len(head) < k or not _SUFFIX_HEAD.search(head) or not re.fullmatch(r"[\u4e00-\u9fff]+", head):
                        continue
                    named = [m for m in index.between(0, cs, ("Organization",))
                             if text[m.start:m.end].endswith(head) and m.end - m.start > k]
                    if named:
                        return named[-1].key
            at = max(ce, at) + 1
        return None

    def this_body(a: int, pos: int) -> str | None:
        """The body 该校/该局/该公司 refers back to: the last one of that kind named before it."""
        refs = [m for m in _THIS_BODY.finditer(text, a, pos)
                if not index.between(m.end(), pos, ("Organization", "Person", "Region"))]
        if not refs:
            return None
        unit = refs[-1].group("unit")
        ends = SCHOOL_ENDS if unit == "校" else (unit,)
        bodies = [m for m in index.between(0, refs[-1].start(), ("Organization",)) if text[m.start:m.end].endswith(ends)]
        return bodies[-1].key if bodies else None

    def respectively(pos: int, ca: int, cb: int) -> str | None:
        """A、B、C…分别为x、y、z: the k-th figure is the k-th item's, when the counts agree."""
        said = _RESPECTIVELY.search(text, ca, pos)
        if said is None or not re.fullmatch(r"[\d.%％、\s万亿千百个名人次家所条项元]*", text[said.end():pos]):
            return None
        k = text.count("、", said.end(), pos)
        figures = [p for p in re.split("、", text[said.end():cb]) if re.search(r"\d", p)]
        items = index.between(ca, said.start(), ("Organization", "Region", "Person"))
        # (the place inside a body's name, 某区|政府, is no item of its own)
        items = [m for m in items if not any(o is not m and o.start <= m.start and m.end <= o.end
                                             and o.end - o.start > m.end - m.start for o in items)]
        run: list[Mention] = []
        for m in items:
            run = run + [m] if run and text[run[-1].end:m.start] == "、" else [m]
        return run[k].key if len(run) == len(figures) > k else None

    def subject_at(pos: int, programs: bool = True) -> str | None:
        sent = doc.sentence_at(pos)
        ca0, cb0 = doc.clause_at(pos, pos)
        listed = respectively(pos, ca0, cb0)
        if listed:
            return listed
        if text[pos - 1:pos] == "等":
            # A、B等16个村镇: the count is of the items listed, none of which is what it is about
            colon = max(text.rfind(":", sent.start, pos), text.rfind("：", sent.start, pos))
            if colon >= 0 and index.between(colon, pos, ("Region", "Organization", "Person")):
                return subject_at(colon, programs)
        ca, cb = doc.clause_at(pos, pos)
        # the clause after may say what the money is for (…资金2亿元,大力支持推进某某行动)
        _, nb = doc.clause_at(cb + 1, cb + 1) if _PURPOSE_NEXT.match(text, cb + 1) else (ca, cb)
        for m in index.between(pos, max(cb, nb), ("Program",)) if programs else ():
            if "“" in text[m.start:m.start + 2] and not text.startswith(("、", "等"), m.end):
                return m.key
            if _PURPOSE.search(text[pos:m.start]) and not text.startswith(("、", "等"), m.end):
                return m.key                       # 筹措资金2亿元支持开展某某行动: the money is the programme's
            if text[pos - 1:pos] == "在" and _STRONG_RUN_VERB.search(text, pos, m.start) \
                    and not text.startswith(("、", "等"), m.end):
                return m.key                       # 在300个村开展某某工程: the places the programme covers
        for m in index.between(ca, pos, ("Program",)) if programs else ():
            # (one quoted programme and 等; a run of them, “A”“B”等活动3200余场, counts them all)
            if "“" in text[m.start:m.start + 2] and text.startswith("等", m.end) and \
                    not any(text.startswith("、", x.end) or x.end == m.start for x in index.between(ca, pos, ("Program",))):
                return m.key
        for m in index.between(pos, cb, ("Person",)):
            if "的" in text[pos:m.start]:
                return m.key                       # 徒手爬5层楼…的胡某: the person the phrase describes
        if _ATTENDED.match(text, pos, cb):
            events = index.between(0, pos, ("Event",))
            if events:
                return events[-1].key              # 共200余人参加会议: the attendance of the meeting reported
        if programs:
            opening = index.between(sent.start, sent.start + 20, ("Program",))
            if opening and _TOPIC_LEAD.fullmatch(text[sent.start:opening[0].start]) \
                    and _TOPIC_VERB.match(text, opening[0].end):
                return opening[0].key              # “某讲堂”是…,开办5年来,累计举办300场: the topic
        if any(not named_inside(n.start()) for n in _NATIONWIDE.finditer(text, ca, pos)):
            return None                            # 全国共开展…, 各地要…: the whole country, no region of ours
        whole = next((w for w in WHOLE_REGION.finditer(text, ca, pos) if not named_inside(w.start())), None)
        own = _VILLAGE_OWN.search(text, ca, pos)
        if whole is None and own and not index.between(ca, own.start(), ("Organization", "Region")):
            return whole_region("全村", own.start())   # 村集体经济收入达到85万元: the village's
        if whole and main_key:
            scope_of = None
            if text[whole.start() - 1:whole.start()] in _SCOPE_PREP:
                # 某局在全区8个街道设立…: where the body acts, not who acts; the body may open an
                # earlier clause (某局联合某办,于某日在全区开展…) unless a place opens a later one
                # (某办负责人介绍,广西坚持…,在全区推进…: the province acts)
                scope_of = opener(ca, whole.start()) or opener(sent.start, whole.start(), _ACTORS)
                if scope_of and scope_of.startswith("region:"):
                    scope_of = None
            return scope_of or whole_region(whole.group(0), whole.start())    # 全县…注册志愿者3.6万人: the whole region
        opens = list(_WHOLE_REGION_OPENS.finditer(text, sent.start, ca))
        if opens and main_key and not index.between(opens[-1].start("whole"), pos, ("Organization", "Person")):
            return whole_region(opens[-1].group("whole"), opens[-1].start("whole"))   # 目前全区注册志愿者12.6万人,…,组织1360个
        unit = this_unit(sent.start, pos)
        if unit:
            return unit                            # 该村投入资金12万元: the village named before
        team = this_team(sent.start, pos)
        if team:
            return team                            # 这支队伍已发展到380人: the team named before
        body = this_body(sent.start, pos) or bare_head(sent.start, pos)
        if body:
            return body                            # 该校组建志愿服务队12支: the school named before
        if _BACK_REFERENCE.search(text[sent.start:pos]) or _SINCE_THEN.match(text, pos) and _PRONOUN_OPENS.match(text, cb + 1):
            # (22年来,她精心照料…: the clause after the span of years says whose it is)
            # 他,徒步巡山…,累计扑灭山火40余次: the person just named, in this paragraph or the one
            # before (a profile opens with the name, the story says 他)
            para = text.rfind("\n", 0, sent.start)
            back = text.rfind("\n", 0, para) if para > 0 else -1
            window = max(back + 1, sent.start - 400, 0)
            people = index.between(window, pos, ("Person",))
            if people:
                return people[-1].key              # 个人仍需负担15万元: the person just named
        places = index.between(ca, pos, ("Region",))
        if places and places[-1].end == pos and opening_place(ca, places):
            # 其中,某市95.24分名列第5 / 某办发布…,湖南4位好人上榜: the figure's own clause opens with
            # its place, straight before the figure — not the sentence's opener
            return places[-1].key
        if sent.start > 0 and not index.between(sent.start, pos, ("Region", "Organization", "Person")):
            prev = doc.sentence_at(sent.start - 1)
            profiled = [m for m in index.between(prev.start, prev.end, ("Person",)) if _BORN.match(text, m.end)] \
                if "\n" not in text[prev.start:sent.start] else []      # (in the same paragraph)
            if profiled:
                return profiled[0].key             # 某某,1954年生,某市人。30多年照顾…: the person profiled
        who = opener(sent.start, pos)
        if who:
            return who
        place = region_opener(ca, pos)
        if place:
            return place                           # 某县自2022年开展…以来: the county named first
        framed = framing_programme(sent.start, ca) if programs else None
        if framed:
            return framed
        held = event_in_view(sent.start, ca)
        if held:
            return held
        para_start = text.rfind("\n", 0, sent.start) + 1
        if para_start < sent.start and not index.between(sent.start, pos, ("Region", "Organization", "Person")):
            prev = doc.sentence_at(sent.start - 1)
            who = opener(prev.start, prev.end, ("Organization",))   # a body's work goes on; a person's story does not
            if who:
                return who
        if main_region is not None:
            for m in reversed(index.between(ca, cb, ("Region",))):
                if _within(m.key, main_region) and m.key != main_key and not _listed(text, m) \
                        and not (text[m.start - 1:m.start] == "在" and _HELD_AT.match(text, m.end)):
                    return m.key                   # A、B等4个镇入选: the items are not the subject
                    # (某区在某镇召开…: the venue, not who holds it)
            place = earlier_clause_place(sent.start, ca, pos)
            if place:
                return place                       # 据了解,某区现有队伍860支,注册志愿者12.5万人
            if para_start < sent.start and not index.between(sent.start, cb, ("Region", "Organization", "Person")):
                # a report walking through a township or community goes on there
                # (走进…万欣社区。…几十本绘本); a county named before is only a home town
                prev = doc.sentence_at(sent.start - 1)
                for m in reversed(index.between(prev.start, prev.end, ("Region",))):
                    if "/" in m.key and _within(m.key, main_region) and m.key != main_key:
                        return m.key
        return main_key
    return subject_at


def _listed(text: str, m: Mention) -> bool:
    """An item of a list (A、B, A等): followed by 、 or 等, or preceded by 、 (a person's family
    counts as the person: 某某家庭、某某家庭等7个家庭)."""
    end = m.end + 2 if m.kind == "Person" and text.startswith("家庭", m.end) else m.end
    return text.startswith(("、", "等"), end) or text[m.start - 1:m.start] == "、"


def _clause_lead(doc: Doc, index: MentionIndex, m: Mention) -> tuple[int, str]:
    """Where the clause of a mention starts, and what stands between that and the mention once
    place names are taken out (某县|2023年以来|某局…: "2023年以来")."""
    ca, _ = doc.clause_at(m.start, m.start)
    lead = doc.text[ca:m.start]
    for r in index.between(ca, m.start, ("Region",)):
        lead = lead.replace(doc.text[r.start:r.end], "")
    return ca, lead


_COORDINATOR = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")


def opening_actors(doc: Doc, index: MentionIndex, a: int, b: int) -> list[Mention]:
    """Bodies or people listed together at the opening of a clause in [a, b) (某区委、区政府在全区
    推行…; place names may come first), else places listed so (某区、某县还建立了…): each of them
    is an actor of the clause."""
    return _opening_list(doc, index, a, b, ("Organization", "Person")) or _opening_list(doc, index, a, b, ("Region",))


def _opening_list(doc: Doc, index: MentionIndex, a: int, b: int, kinds: tuple[str, ...]) -> list[Mention]:
    text = doc.text
    bodies = index.between(a, b, ("Organization",)) if kinds == ("Region",) else None
    chain: list[Mention] = []
    for m in index.between(a, b, kinds):
        if bodies and any(o.start <= m.start and m.end <= o.end for o in bodies):
            continue                     # 某区|文明办: the place in a body's name
        if bodies is not None and chain and chain[-1].end == m.start:
            chain[-1] = m                # 某市|某区: the innermost of places printed together
            continue
        if not chain:
            if not _CLAUSE_LEAD.match(_clause_lead(doc, index, m)[1]):
                return []
            chain.append(m)
        elif m.start >= chain[-1].end and _COORDINATOR.fullmatch(text[chain[-1].end:m.start]):
            chain.append(m)
        elif m.start >= chain[-1].end:
            break
    return chain if len(chain) >= 2 else []


_LIST_MARK = re.compile(r"、|和|与|及")


def list_ending_at(doc: Doc, index: MentionIndex, end: int, kinds: tuple[str, ...]) -> list[Mention]:
    """The named items of a list whose last item ends at ``end`` (A、B和C|联合印发, A、B|等56个单位),
    in text order; empty when no mention of ``kinds`` ends there. A mention inside another (a
    place inside a body's name) is no item of its own."""
    found = index.between(max(0, end - 80), end, kinds)
    outer = [m for m in found if not any(o.start <= m.start and m.end <= o.end and o != m for o in found)]
    items: list[Mention] = []
    for m in reversed(outer):
        if not items and m.end == end or items and _LIST_MARK.fullmatch(doc.text[m.end:items[0].start]):
            items.insert(0, m)
        elif items:
            break
    return items


def _within(key: str, main_region) -> bool:
    """Whether a region key lies under the main region (sub-unit keys are paths under a county)."""
    from ..gazetteer import load as load_gazetteer
    if main_region is not None and "/" in main_region.key:
        return key.startswith(region_key(main_region) + "/")    # a village of the township reported on
    code = key.split(":", 1)[1].split("/", 1)[0]
    region = load_gazetteer().by_code.get(code)
    if region is None:
        return False
    return region == main_region and "/" in key or main_region in region.ancestors()
