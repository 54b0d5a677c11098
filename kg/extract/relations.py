"""Who runs what: relations read off the sentence around the entities of one article.

Every relation carries the verbatim clause it was read from and that clause's offsets; no
relation ever links entities of two different articles.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..analyse import Doc
from ..lexicon import ORGANIZE_VERBS, PROGRAMME_VERBS as RUN_VERBS, WEAK_PROGRAMME_VERBS as WEAK_RUN_VERBS
from ..model import Entity, Extraction, Relation
from .organizations import org_key, org_kind_of
from .programs import canonical

_LEAD_GROUP = re.compile(r"以(?P<heads>[^,，。;；]{2,30}?)(?:担任|任)(?:双)?(?:组长|总指挥|主任)的")
_LEAD_TAKE = re.compile(r"(?P<heads>[^,，。;；]{2,20}?)(?:担任|任|兼任)(?P<office>[^,，。;；]{2,15}?(?:总队长|队长|组长|主任|会长))")
_RESPONSIBLE = re.compile(r"(?P<list>[^,，。;；]{2,80}?)等?(?:牵头责任单位|牵头单位|责任单位|牵头|负责(?!人|同志))")
# who held an event: 由A主办、B承办的…; A、B及C共同举办“…”
_ORGANIZED = re.compile("(?:共同|联合)?(?:" + "|".join(ORGANIZE_VERBS) + ")")
_DIRECTIVE = re.compile(r"(?P<who>[^,，。;；]{2,20}?)关于(?P<what>[^,，。;；]{2,40}?)的(?:决策部署|部署|要求|安排)")
_PARTNER = re.compile(r"(?P<list>[^,，。;；]{4,80}?)(?:共同|联合)?(?:签署|签订|签约)")


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
_FRAME_TAIL = re.compile(r"”?(?:志愿服务|活动|工程|行动)?为(?:重点|抓手|载体|主线|引领|突破口|切入点|牵引|依托)")
_STRONG_RUN_VERB = re.compile("(?:" + "|".join(sorted((v for v in RUN_VERBS if v not in WEAK_RUN_VERBS), key=len,
                                                       reverse=True)) + r")[“]?$")
_PURPOSE = re.compile(r"(?:支持|用于|专项用于|保障)(?:开展|实施|推进|建设)?")
# a sentence about the event just reported: 本次活动…, 活动现场…, 会上…
_EVENT_ANAPHOR = re.compile(r"\s*(?:(?:本次|此次|这次)(?:活动|大会|会议|仪式|比赛|展览|展演)|(?:活动|大会|会议)?现场|会上|"
                            r"大会|活动期间|活动中)")
_HELD = re.compile(r"”?(?:在[^,，。;；]{1,20})?(?:隆重|正式|顺利)?(?:举行|召开|举办|开幕|启动|开展)")
_PURPOSE_NEXT = re.compile(r"\s*(?:大力|全力|重点|主要|专项)?(?:支持|用于|保障)")
_BACK_REFERENCE = re.compile(r"(?:^|[,，…])(?:他|她|其|个人|本人)|的(?:他|她)")
_CLAUSE_LEAD = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?(?:以来)?|今年以来|近年来|目前|截至目前|同时|此外|其中|另外|"
                          r"[\u4e00-\u9fff]{0,4}方面)?[,，]?\s*$")


def subject_finder(doc: Doc, index: MentionIndex, main_key: str | None, main_region=None):
    """The actor a figure or clause at ``pos`` is about.

    In order: a quoted programme named after the figure in its clause (投资60万元建成“文明实践
    云平台”); the body or person that opens a clause before it in the sentence, or opened the
    sentence before (市发展和改革委员会…征集项目41个。截至目前,已开工1个); a place inside the
    article's region named in the clause; else the article's main region.
    """
    text = doc.text

    def opener(a: int, b: int, kinds=("Organization", "Person")) -> str | None:
        """The body or person a clause in [a, b) opens with, nearest to b. Place names may
        come first (格尔木市创建办…, 高德街道马栏村监测户冯绵发…)."""
        found = None
        for m in index.between(a, b, kinds):
            ca, _ = doc.clause_at(m.start, m.start)
            lead = text[ca:m.start]
            for r in index.between(ca, m.start, ("Region",)):
                lead = lead.replace(text[r.start:r.end], "")
            listed = text.startswith(("、", "等"), m.end) or text[:m.start].endswith("、")
            if listed:
                continue                           # A、B、C顺利开学, A等50名…: a list is no single actor
            if _CLAUSE_LEAD.match(lead) or m.kind == "Person" and ca == a and len(lead) <= 6:
                found = m.key
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

    def subject_at(pos: int, programs: bool = True) -> str | None:
        sent = doc.sentence_at(pos)
        ca, cb = doc.clause_at(pos, pos)
        # the clause after may say what the money is for (…资金2亿元,大力支持推进某某行动)
        _, nb = doc.clause_at(cb + 1, cb + 1) if _PURPOSE_NEXT.match(text, cb + 1) else (ca, cb)
        for m in index.between(pos, max(cb, nb), ("Program",)) if programs else ():
            if "“" in text[m.start:m.start + 2] and not text.startswith(("、", "等"), m.end):
                return m.key
            if _PURPOSE.search(text[pos:m.start]) and not text.startswith(("、", "等"), m.end):
                return m.key                       # 筹措资金2亿元支持开展某某行动: the money is the programme's
        for m in index.between(ca, pos, ("Program",)) if programs else ():
            if "“" in text[m.start:m.start + 2] and text.startswith("等", m.end) and \
                    not any(text.startswith("、", x.end) for x in index.between(ca, pos, ("Program",))):
                return m.key
        for m in index.between(pos, cb, ("Person",)):
            if "的" in text[pos:m.start]:
                return m.key                       # 徒手爬5层楼…的胡某: the person the phrase describes
        if programs:
            opening = index.between(sent.start, sent.start + 20, ("Program",))
            if opening and _TOPIC_LEAD.fullmatch(text[sent.start:opening[0].start]) \
                    and _TOPIC_VERB.match(text, opening[0].end):
                return opening[0].key              # “某讲堂”是…,开办5年来,累计举办300场: the topic
        if re.search(r"全[市县区镇省州旗]", text[ca:pos]) and main_key:
            return main_key                        # 全县…注册志愿者3.6万人: the whole region
        if _BACK_REFERENCE.search(text[sent.start:pos]):
            # 他,徒步巡山…,累计扑灭山火40余次: the person just named, in this paragraph or the one
            # before (a profile opens with the name, the story says 他)
            para = text.rfind("\n", 0, sent.start)
            back = text.rfind("\n", 0, para) if para > 0 else -1
            window = max(back + 1, sent.start - 400, 0)
            people = index.between(window, pos, ("Person",))
            if people:
                return people[-1].key              # 个人仍需负担15万元: the person just named
        who = opener(sent.start, pos)
        if who:
            return who
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
                listed = text[m.end:m.end + 1] in ("、", "等") or text[m.start - 1:m.start] == "、"
                if _within(m.key, main_region) and m.key != main_key and not listed:
                    return m.key                   # A、B等4个镇入选: the items are not the subject
            if para_start < sent.start and not index.between(sent.start, cb, ("Region", "Organization", "Person")):
                # a report walking through a township or community goes on there
                # (走进…万欣社区。…几十本绘本); a county named before is only a home town
                prev = doc.sentence_at(sent.start - 1)
                for m in reversed(index.between(prev.start, prev.end, ("Region",))):
                    if "/" in m.key and _within(m.key, main_region) and m.key != main_key:
                        return m.key
        return main_key
    return subject_at


_COORDINATOR = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")


def opening_actors(doc: Doc, index: MentionIndex, a: int, b: int) -> list[Mention]:
    """Bodies or people listed together at the opening of a clause in [a, b) (某区委、区政府在全区
    推行…; place names may come first): each of them is an actor of the clause."""
    text = doc.text
    chain: list[Mention] = []
    for m in index.between(a, b, ("Organization", "Person")):
        if not chain:
            ca, _ = doc.clause_at(m.start, m.start)
            lead = text[ca:m.start]
            for r in index.between(ca, m.start, ("Region",)):
                lead = lead.replace(text[r.start:r.end], "")
            if not _CLAUSE_LEAD.match(lead):
                return []
            chain.append(m)
        elif m.start >= chain[-1].end and _COORDINATOR.fullmatch(text[chain[-1].end:m.start]):
            chain.append(m)
        elif m.start >= chain[-1].end:
            break
    return chain if len(chain) >= 2 else []


def _hosts(doc: Doc, index: MentionIndex, event_start: int) -> list[Mention]:
    """The bodies listed straight before an organizing verb ahead of an event in its sentence
    (由A主办、B、C承办的…; A、B及C共同举办…)."""
    sent = doc.sentence_at(event_start)
    text = doc.text
    out: list[Mention] = []
    for m in _ORGANIZED.finditer(text, sent.start, event_start):
        bodies = index.between(sent.start, m.start(), ("Organization",))
        end = m.start()
        for body in reversed(bodies):
            gap = text[body.end:end]
            if body.end > end or not _LIST_GAP.match(gap) or text[body.start - 1:body.start] in ("在", "于"):
                break                    # 在某剧院举办: a venue, not a host
            if body not in out:
                out.append(body)
            end = body.start
    return sorted(out, key=lambda b: b.start)


_LIST_GAP = re.compile(r"^(?:[、,，和及与]|(?:[、和及与][^,，。;；、]{1,15})+)?(?:等单位|等部门|等)?$")


def _within(key: str, main_region) -> bool:
    """Whether a region key lies under the main region (sub-unit keys are paths under a county)."""
    from ..gazetteer import load as load_gazetteer
    code = key.split(":", 1)[1].split("/", 1)[0]
    region = load_gazetteer().by_code.get(code)
    if region is None:
        return False
    return region == main_region and "/" in key or main_region in region.ancestors()


def extract_relations(doc: Doc, ex: Extraction, main_key: str | None, main_region=None) -> None:
    text = doc.text
    index = MentionIndex(ex)
    subject_at = subject_finder(doc, index, main_key, main_region)

    def clause(a: int, b: int) -> tuple[int, int]:
        ca, _ = doc.clause_at(a, a)
        _, cb = doc.clause_at(b, b)
        return ca, cb

    def rel(pred: str, s: str, o: str, a: int, b: int) -> None:
        ca, cb = clause(a, b)
        ex.relate(Relation(pred, s, o, text[ca:cb].strip(), ca, cb, stated=named_near(s, ca, cb)))

    def named_near(key: str, ca: int, cb: int) -> bool:
        """Whether the text names the actor where it says what the actor does: a region in the
        clause itself (or 全市/全县 there for the article's region), since a report goes on
        about its region without naming it; a body or person in the sentence, or in the
        sentence before within the paragraph (its work goes on: 市文明办…。同时,开展…)."""
        if ex.entities[key].kind == "Region":
            start = ca
        else:
            start = doc.sentence_at(ca).start
            if text.rfind("\n", 0, start) + 1 < start:
                start = doc.sentence_at(start - 1).start
        if any(start <= a < cb for a, _ in ex.entities[key].spans):
            return True
        return key == main_key and bool(re.search(r"全[省市县区州旗镇乡]", text[ca:cb]))

    programs = ex.of_kind("Program")
    main_program = max(programs, key=lambda p: (len(p.spans), -p.spans[0][0] if p.spans else 0), default=None)

    # runs: an actor carries out a program named after an action verb in the same clause, or
    # written straight before it (高新区创建全国文明城市, 易县听松公益研学项目)
    regions_by_end = {m.end: m for m in index.between(0, len(text), ("Region",))}
    for prog in programs:
        for s, e in prog.spans:
            place = regions_by_end.get(s)
            if place is not None:
                rel("runs", place.key, prog.key, place.start, e)
                break
            ca, _ = doc.clause_at(s, e)
            lead_in = text[ca:s]
            if any(v in lead_in for v in RUN_VERBS) or text.startswith("创建", s) \
                    or text[e:e + 4].startswith(("工作", "的")) and ca == s:
                listed = opening_actors(doc, index, doc.sentence_at(s).start, s)
                if listed:                     # 某区委、区政府在全区推行…: each body runs it
                    for m in listed:
                        rel("runs", m.key, prog.key, m.start, e)
                    break
                actor = subject_at(s, programs=False)
                if actor and ex.entities.get(actor) and ex.entities[actor].kind in ("Region", "Organization"):
                    rel("runs", actor, prog.key, ca, e)
                break

    # organizedBy: an event and who held it — the bodies listed before 主办/承办/举办 in its
    # sentence, else the actor found when the event was read
    for ev in ex.of_kind("Event"):
        if not ev.spans:
            continue
        s, e = ev.spans[0]
        hosts = _hosts(doc, index, s)
        for host in hosts:
            rel("organizedBy", ev.key, host.key, host.start, e)
        org = ev.attrs.get("organizer")
        if org and not hosts:
            rel("organizedBy", ev.key, org, s, e)

    # leads: 以市委书记、市长担任双组长的创建工作领导小组 / 市委书记、市长任志愿服务总队长
    for m in _LEAD_GROUP.finditer(text):
        heads = index.between(m.start("heads"), m.end("heads"), ("Post", "Person", "Organization"))
        group = next(iter(index.between(m.end(), m.end() + 30, ("Organization",))), None)
        for h in heads:
            if group:
                rel("leads", h.key, group.key, m.start(), group.end)
    for m in _LEAD_TAKE.finditer(text):
        heads = index.between(m.start("heads"), m.end("heads"), ("Post", "Person"))
        office = m.group("office")
        body = re.sub(r"(?:总队长|队长|组长|主任|会长)$", lambda x: {"总队长": "总队", "队长": "队"}.get(x.group(0), ""), office)
        target = next((o for o in ex.of_kind("Organization") if o.label.endswith(body) or body in o.aliases), None)
        if target is None and len(body) >= 4:
            # the office names the body it heads (志愿服务总队长 → 志愿服务总队), of the article's region
            name = (ex.entities[main_key].label if main_key else "") + body
            target = ex.add(Entity("Organization", org_key(name), name, {body},
                                   {"org_kind": org_kind_of(body), "region": main_key, "printed": body},
                                   [(m.start("office"), m.start("office") + len(body))]))
        for h in heads:
            if target is not None:
                rel("leads", h.key, target.key, m.start(), m.end())

    # responsibleFor: A、B、C等牵头责任单位 → each is responsible for the article's programme
    for m in _RESPONSIBLE.finditer(text, doc.title_end):
        orgs = index.between(m.start("list"), m.end("list"), ("Organization",))
        sent = doc.sentence_at(m.start())
        in_sentence = index.between(sent.start, sent.end, ("Program",))
        target = in_sentence[0].key if in_sentence else (main_program.key if main_program else None)
        for o in orgs:
            if target:
                rel("responsibleFor", o.key, target, m.start("list"), m.end())

    # responsibleFor: an office or group named after a programme (创建全国文明城市办公室)
    by_canonical = {canonical(p.label): p for p in programs}
    for p in programs:
        for alias in p.aliases:
            by_canonical.setdefault(canonical(alias), p)
    for org in ex.of_kind("Organization"):
        printed = org.attrs.get("printed", org.label)
        base = re.sub(r"(?:工作)?(?:办公室|领导小组|指挥部|专班)$", "", printed)
        target = by_canonical.get(canonical(base)) if base != printed else None
        if target is not None and org.spans:
            s, e = org.spans[0]
            rel("responsibleFor", org.key, target.key, s, e)

    # leads: 市委、市政府关于推进“一刻钟社区生活圈”建设的决策部署
    for m in _DIRECTIVE.finditer(text, doc.title_end):
        bodies = index.between(m.start("who"), m.end("who"), ("Organization",))
        progs = index.between(m.start("what"), m.end("what"), ("Program",))
        for b in bodies:
            for p in progs:
                rel("leads", b.key, p.key, m.start(), m.end())

    # partnerOf: A与B、C共同签署…协议
    for m in _PARTNER.finditer(text, doc.title_end):
        orgs = index.between(m.start("list"), m.end("list"), ("Organization",))
        keys = list(dict.fromkeys(o.key for o in orgs))      # in the order the text names them
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                rel("partnerOf", a, b, m.start("list"), m.end())

    # locatedIn: an organization whose printed name carries its region (保定市志愿服务联合会,
    # 区综合行政执法局 in an article about 雁江区)
    for org in ex.of_kind("Organization"):
        region = org.attrs.get("region")
        printed = org.attrs.get("printed", org.label)
        place = ex.entities.get(region) if region else None
        explicit = place is not None and (place.label in printed or printed[:1] in "省市区县州镇乡旗" and printed != org.label
                                          or org.label.startswith(place.label))
        # a school, shop or venue the article reports on is in the article's region
        local = place is not None and org.attrs.get("org_kind") in ("school", "enterprise", "other", "media")
        if (explicit or local) and org.spans:
            s, e = org.spans[0]
            rel("locatedIn", org.key, region, s, e)
        elif (explicit or local) and org.attrs.get("org_kind") == "media":
            ex.relate(Relation("locatedIn", org.key, region, printed))    # an outlet credited in the lead
