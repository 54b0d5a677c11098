"""Who runs what: relations read off the sentence around the entities of one article.

Every relation carries the verbatim clause it was read from and that clause's offsets; no
relation ever links entities of two different articles.
"""
from __future__ import annotations

import re

from ..analyse import Doc
from ..lexicon import (HELD_MANNER, INSPECTION_VERBS, LEVER_WORDS, OFFICE_WORD, ORGANIZE_VERBS,
                       PROGRAMME_VERBS as RUN_VERBS, UNIT_OF_HEAD)
from ..model import Entity, Extraction, Relation
from .actors import WHOLE_REGION, Mention, MentionIndex, opening_actors, subject_finder
from .organizations import org_key, org_kind_of
from .programs import canonical

# (none of these runs over a line break: a headline is no part of the sentence after it)
# (…and its deputies before the 的: 以县委书记为组长、县长为常务副组长的…领导小组)
_LEAD_GROUP = re.compile(r"以(?P<heads>[^,，。;；\n]{2,30}?)(?:担任|任|为)(?:双)?(?:组长|总指挥|指挥长|主任)"
                         r"(?:、[^,，。;；\n]{2,24}?(?:担任|任|为)[^,，。;；、\n]{0,6}?副(?:组长|总指挥|指挥长|主任))*的")
# 任 as a verb, not the tail of a noun (主任, 责任, 信任); the office one list item, not two
_LEAD_TAKE = re.compile(r"(?P<heads>[^,，。;；\n]{2,20}?)(?:担任|兼任|(?<![主责信专])任)"
                        r"(?P<office>[^,，。;；、]{0,15}?(?:总队长|队长|组长|主任|会长|指挥长|总指挥))(?![部处室])")
# the body each head office heads, from the office's last word (志愿服务总队长 → 志愿服务总队)
# …and a second head office joined to it (任某中心主任和某队总队长)
_MORE_HEAD_OFFICE = re.compile(r"(?:和|及|、|兼)(?P<office>[^,，。;；、和及]{2,15}?(?:总队长|队长|组长|主任|会长|指挥长|总指挥))(?![部处室])")
_HEADED_BODY = {"总队长": UNIT_OF_HEAD["总队长"], "队长": UNIT_OF_HEAD["队长"], "指挥长": "指挥部", "总指挥": "指挥部"}
_RESPONSIBLE = re.compile(r"(?P<list>[^,，。;；\n]{2,80}?)等?(?:牵头责任单位|牵头单位|责任单位|牵头|负责(?!人|同志))")
# …的重要抓手 after a programme: the goal a lever serves
_LEVER_OF = re.compile(r"(?:工作)?的(?:重要|有效|有力|总|主要)?(?:" + "|".join(LEVER_WORDS) + ")")
# 牵头单位:A;责任单位:B、C — units labelled on a task list
_UNITS_LABELLED = re.compile(r"(?:牵头|责任|配合)(?:单位|部门)\s*[:：]\s*(?P<list>[^;；。\n]{2,80})")
# who held an event: 由A主办、B承办的…; A、B及C共同举办“…”
_JOINED_BY = re.compile(r"联合(?P<list>[^,，。;；\n]{2,60}?)(?=[,，]|在|开展|举办|举行|共同)")
_ORGANIZED = re.compile("(?:共同|联合)?(?:" + "|".join(ORGANIZE_VERBS) + ")|(?:共同|联合)开展")   # (A、B联合开展: both hold it)
_WHEN_WHERE = re.compile(r"(?:于[0-9０-９一二三四五六七八九十〇年月日上下午晚]{2,12})?(?:在[^,，。;；、在]{1,25}?)?(?:"
                         + "|".join(HELD_MANNER) + ")?$")
_DIRECTIVE = re.compile(r"(?P<who>[^,，。;；\n]{2,20}?)关于(?P<what>[^,，。;；]{2,40}?)的(?:决策部署|部署|要求|安排)")
# the word that joins the two sides of an agreement (A与B签订); the last one, as a side may list
# bodies joined by 和
_WITH = re.compile(r"(?<!参)与(?!会)(?!.*(?<!参)与)")
# 将A与B一体推进, 把稳就业作为首要任务: the programme before its verb (the 把/将 construction)
_DISPOSAL = re.compile(r"(?:将|把)[^,，。;；]{0,12}$")
_RUN_AFTER = re.compile("(?:" + "|".join(sorted(RUN_VERBS, key=len, reverse=True)) + "|作为|列为|摆在)")
# 被确定为某某试点(市): a region that pilots the programme runs it
_PILOT = re.compile(r"(?:工作)?试点")
_PARTNER = re.compile(r"(?P<list>[^,，。;；\n]{4,80}?)(?:共同|联合)?(?:签署|签订|签约)")
# a programme set up as the frame of the work (以某某为载体, 以“某某”为抓手), and one said to be the
# region's own (“某某”是我省…): its actor is the clause's, or the article's region
_FRAME_BEFORE = re.compile(r"以[“]?$")
_FRAME_AFTER = re.compile(r"[”]?为(?:" + "|".join(LEVER_WORDS) + ")")
_OURS_AFTER = re.compile(r"[”]?(?:是|已成为|成为)(?:我|本)[省市县区州旗镇乡]")
# a notice's title that launches a programme (关于开展“某某”…的通知)
_LAUNCHES = re.compile(r"关于(?:组织)?(?:开展|举办|实施|启动|深入开展|推进)[“]?$")
# people who lead out a team (某书记、某主席分别带队…)
_LEAD_TEAM = re.compile(r"(?:分别|亲自|各自)?带队")
_TEAM = re.compile(r"队$")
# a programme looked at on a visit of inspection (视察某某工作, 到某县调研某某), and where
_INSPECTED = re.compile("(?:" + "|".join(INSPECTION_VERBS) + r")了?[“]?$")
# …or after it, in the 对 construction (对各地某某工作进行了暗访)
_TOWARDS = re.compile(r"对(?:各地|各级|全[省市县区])?[“]?$")
_INSPECTED_AFTER = re.compile(r"(?:工作)?(?:情况)?(?:进行了?|开展了?)(?:" + "|".join(INSPECTION_VERBS) + ")")
_VISITED = re.compile(r"(?:到|赴|在|深入)([^,，。;；到赴在]{2,16}?)(?:" + "|".join(INSPECTION_VERBS) + ")")


_JOINED = re.compile(r"暨|、|和|与|及")


def _name_openers(text: str, index: MentionIndex, start: int, end: int) -> list[Mention]:
    """The places or bodies an event's name opens with or is printed straight after, when no
    host was said (某省暨某市2021年某某集中活动在某地举行; 某街道“某某”志愿服务市集开市): whose event
    it is. Joined by 暨, 、, 和; a body straight before the name counts only when the name is
    quoted (“…” marks where the name begins)."""
    actors = ("Region", "Organization")
    before = [m for m in index.between(max(0, start - 20), start, actors) if m.end == start - 1 and text[m.end] == "“"]
    chain: list[Mention] = []
    at, adjacent = start, False
    for m in index.between(start, end, actors):
        if m.start < at:
            continue
        if m.start != at:
            break
        if adjacent:
            chain[-1] = m                  # 某市某区某街道: the innermost place printed
        else:
            chain.append(m)
        joint = _JOINED.match(text, m.end)
        at, adjacent = (joint.end(), False) if joint else (m.end, True)
    return before or chain


def _hosts(doc: Doc, index: MentionIndex, event_start: int, next_event: int) -> list[Mention]:
    """The bodies listed straight before an organizing verb ahead of an event in its sentence
    (由A主办、B、C承办的…; A、B及C共同举办…), or after it (see below) up to the next event."""
    sent = doc.sentence_at(event_start)
    text = doc.text
    out: list[Mention] = []

    def listed_before(a: int, verb_at: int) -> None:
        # 某厅于11月18日在某市召开…: when and where stand between the host and its verb
        end = _WHEN_WHERE.search(text, a, verb_at).start()
        for body in reversed(index.between(a, end, ("Organization",))):
            gap = text[body.end:end]
            if body.end > end or not _LIST_GAP.match(gap) or text[body.start - 1:body.start] in ("在", "于"):
                break                    # 在某剧院举办: a venue, not a host
            if body not in out:
                out.append(body)
            end = body.start

    for m in _ORGANIZED.finditer(text, sent.start, event_start):
        listed_before(sent.start, m.start())
    # …表彰大会在某中心举行,会议由区妇联主办: the hosts named after the event in its sentence
    # …or in the sentence after, which refers back to it (…活动举行。活动由A、B联合主办)
    # (one of the next two sentences: who attended may come first)
    stretches, nxt = [(event_start, sent.end)], sent
    for _ in range(2):
        nxt = doc.sentence_at(nxt.end + 1) if nxt.end + 1 < len(text) else None
        if nxt is None or nxt.start <= sent.start:
            break
        if _REFERS_BACK.match(text, nxt.start):
            stretches.append((nxt.start, nxt.end))
            break
    else:
        # …or further on, naming it as this one (此次活动由…主办) before another event is reported
        while nxt is not None and nxt.start < next_event and len(stretches) == 1:
            if _REFERS_BACK.match(text, nxt.start) and _THIS_ONE.match(text, nxt.start):
                stretches.append((nxt.start, nxt.end))
            nxt = doc.sentence_at(nxt.end + 1) if nxt.end + 1 < len(text) else None
    for a, b in stretches:
        for m in _HOSTED_BY.finditer(text, a, b):
            for body in index.between(m.start("list"), m.end("list"), ("Organization",)):
                if body not in out:
                    out.append(body)
            for co in _CO_HOSTED.finditer(text, m.end(), b):
                listed_before(m.end(), co.start())    # …由A主办,B承办: B holds it too
    return sorted(out, key=lambda b: b.start)


# a sentence opening by referring back to the event just reported (活动由…, 本次会议由…)
# (…or naming it by its kind after 本届/本次: 本届旅游节由…主办)
_REFERS_BACK = re.compile(r"\s*(?:(?:本次|此次|这次|该)?(?:活动|会议|大会|仪式|比赛|论坛|展览|晚会)|"
                          r"(?:本届|本次|此次|这次|该)[\u4e00-\u9fff]{0,4}?(?:节|赛|会|展|季|周|月))由")


_THIS_ONE = re.compile(r"\s*(?:本次|此次|这次|本届)")
_HOSTED_BY = re.compile(r"由(?P<list>[^,，。;；由]{2,60}?)(?:共同|联合)?(?:主办|承办|举办)")
_CO_HOSTED = re.compile(r"(?:共同)?(?:承办|协办)")


def _named_heads(heads: list[Mention]) -> list[Mention]:
    """The heads of a group: its offices (市委书记、市长任双组长) — or, once a holder is named
    (以区委书记某某任组长), the people, the offices being only their titles."""
    people = [h for h in heads if h.key.startswith("person:")]
    return people or heads


def _headed_group(doc: Doc, index: MentionIndex, ex: Extraction, start: int, end: int, unit: str):
    """The leading group (领导小组, 指挥部, 专班) a bare head office belongs to: the last one
    named before it in its sentence or the one before, else the first straight after in its
    sentence (…任组长的某某专班); with a unit word (队), a body ending in it."""
    sent = doc.sentence_at(start)
    begin = doc.sentence_at(sent.start - 1).start if sent.start > 0 else sent.start

    def heads_it(m: Mention) -> bool:
        ent = ex.entities[m.key]
        return ent.label.endswith(unit) if unit else ent.attrs.get("org_kind") == "leading_group"

    # 某委员会由某某任主任: the body the sentence is about, of whatever kind
    about = [m for m in index.between(sent.start, end, ("Organization",)) if doc.text.startswith("由", m.end)]
    if about and not unit:
        return ex.entities[about[-1].key]
    before = [m for m in index.between(begin, start, ("Organization",)) if heads_it(m)]
    if before:
        return ex.entities[before[-1].key]
    # (…任组长,某某任副组长的某某领导小组: the relative clause may name its deputies first)
    after = [m for m in index.between(end, sent.end, ("Organization",)) if heads_it(m)
             and (m.start - end <= 20 or m.start - end <= 60 and "的" in doc.text[m.start - 4:m.start])]
    return ex.entities[after[0].key] if after else None


# a body whose name opens with a level character is its place's own (市委|市政府), not a unit
_OWN_PLACE = re.compile(r"[省市县区州镇乡村]")
_LIST_GAP = re.compile(r"^(?:[、,，和及与]|联合|会同|(?:[、和及与][^,，。;；、]{1,15})+)?(?:等单位|等部门|等)?$")


def _lead_by_office(doc: Doc, index: MentionIndex, ex: Extraction, main_key: str | None, rel, heads: list[Mention],
                    office: str, office_start: int, start: int, end: int) -> None:
    """The heads who take ``office`` (a head office: 组长, 总队长, 主任) lead the body it heads."""
    if "副" in office:
        return                           # 任副组长, 任常务副指挥长: a deputy heads nothing
    word = re.search(r"(?:总队长|队长|组长|主任|会长|指挥长|总指挥)$", office)
    unit = _HEADED_BODY.get(word.group(0), "")
    prefix = office[:word.start()]
    # 某总队|总队长: 某总队 once; 某服务队|总队长: the team's chief, of that team
    body = prefix if unit and prefix.endswith(unit[-1]) else prefix + unit
    if len(body) < 2:
        # a bare office (由某某任组长, 任指挥长): the group or headquarters named just before,
        # in this sentence or the one before, or straight after (成立由某某任组长的某某专班)
        target = _headed_group(doc, index, ex, start, end, body)
    else:
        target = next((o for o in ex.of_kind("Organization") if o.label.endswith(body) or body in o.aliases), None)
    if target is None and len(body) >= 4:
        # the office names the body it heads (志愿服务总队长 → 志愿服务总队), of the article's region
        name = (ex.entities[main_key].label if main_key else "") + body
        target = ex.add(Entity("Organization", org_key(name), name, {body},
                               {"org_kind": org_kind_of(body), "region": main_key, "printed": body},
                               [(office_start, office_start + len(body))]))
    for h in heads:
        if target is not None:
            rel("leads", h.key, target.key, start, end)


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
        return key == main_key and bool(WHOLE_REGION.search(text[ca:cb]))

    programs = ex.of_kind("Program")
    main_program = max(programs, key=lambda p: (len(p.spans), -p.spans[0][0] if p.spans else 0), default=None)

    # runs: an actor carries out a program named after an action verb in the same clause, or
    # written straight before it (高新区创建全国文明城市), or opening its name (易县听松公益研学项目)
    regions_by_end = {m.end: m for m in index.between(0, len(text), ("Region",))}
    regions_by_start = {m.start: m for m in index.between(0, len(text), ("Region",))}
    bodies_by_end = {m.end: m for m in index.between(0, len(text), ("Organization",))}
    for prog in programs:
        for s, e in prog.spans:
            place = regions_by_end.get(s)
            if place is None and s in regions_by_start:
                place = regions_by_start[s]           # the innermost of the places its name opens with
                while place.end in regions_by_start and regions_by_start[place.end].end <= e:
                    place = regions_by_start[place.end]
            if place is not None and place.end <= e:
                rel("runs", place.key, prog.key, place.start, e)
                break
            owner = bodies_by_end.get(s - 1) if text[s - 1:s] == "的" else None
            if owner is not None:                  # 某中心的“某某讲堂”: the body's own programme
                rel("runs", owner.key, prog.key, owner.start, e)
                break
            if main_key and _OURS_AFTER.match(text, e):      # “某某”是我省…的重要载体: the region's own
                rel("runs", main_key, prog.key, s, e)
                break
            ca, cb = doc.clause_at(s, e)
            lead_in = text[ca:s]
            if _INSPECTED.search(lead_in) or _TOWARDS.search(lead_in) and _INSPECTED_AFTER.match(text, e):
                # 某人大常委会组织代表视察某某工作: the visitors look at the work of the place visited
                visited = _VISITED.search(lead_in)
                place = index.between(ca + visited.start(1), ca + visited.end(1), ("Region",)) if visited else []
                actor = place[-1].key if place else main_key
                if actor and ex.entities[actor].kind == "Region":
                    rel("runs", actor, prog.key, ca, e)
                break
            if any(v in lead_in for v in RUN_VERBS) or text.startswith("创建", s) \
                    or text[e:e + 4].startswith(("工作", "的")) and ca == s \
                    or _DISPOSAL.search(lead_in) and _RUN_AFTER.search(text, e, cb) \
                    or _PILOT.match(text, e) \
                    or _FRAME_BEFORE.search(lead_in) and _FRAME_AFTER.match(text, e):    # 以某某为载体
                listed = opening_actors(doc, index, doc.sentence_at(s).start, s)
                if listed:                     # 某区委、区政府在全区推行…: each body runs it
                    for m in listed:
                        rel("runs", m.key, prog.key, m.start, e)
                    break
                actor = subject_at(s, programs=False)
                if actor and ex.entities.get(actor) and ex.entities[actor].kind in ("Region", "Organization"):
                    rel("runs", actor, prog.key, ca, e)
                break

    # runs: a programme a notice or plan launches in its title (《关于开展“某某”活动的通知》) is
    # its issuer's
    for d in ex.of_kind("Document"):
        issuer = ex.entities.get(d.attrs.get("issuer") or "")
        if issuer is None or issuer.kind not in ("Region", "Organization") or not d.spans:
            continue
        ds, de = d.spans[0]
        for m in index.between(ds, de, ("Program",)):
            if _LAUNCHES.search(text, ds, m.start):
                rel("runs", issuer.key, m.key, ds, de)

    # organizedBy: an event and who held it — the bodies listed before 主办/承办/举办 in its
    # sentence, else the actor found when the event was read
    event_starts = sorted(ev.spans[0][0] for ev in ex.of_kind("Event") if ev.spans)
    for ev in ex.of_kind("Event"):
        if not ev.spans:
            continue
        s, e = ev.spans[0]
        next_event = next((x for x in event_starts if x > s), len(text))
        if ev.attrs.get("reported") in ("spirit", "visit"):
            # a meeting whose spirit the clause studies was held by others, elsewhere: only
            # the place its name carries (乌海市第八次党代会) held it; a visit has no organizer
            if ev.attrs.get("organizer"):
                rel("organizedBy", ev.key, ev.attrs["organizer"], s, e)
            continue
        hosts = _hosts(doc, index, s, next_event)
        for host in hosts:
            if host.start < e:
                rel("organizedBy", ev.key, host.key, host.start, e)
            else:                        # named in a later sentence (此次活动由…主办): that sentence says so
                said = doc.sentence_at(host.start)
                rel("organizedBy", ev.key, host.key, said.start, said.end)
        org = ev.attrs.get("organizer")
        if org and not hosts:
            rel("organizedBy", ev.key, org, s, e)
            # 某中心联合市妇联、团市委,在某广场开展…活动: the partners named after 联合 hold it too
            sent = doc.sentence_at(s)
            for j in _JOINED_BY.finditer(text, sent.start, s):
                if index.between(sent.start, j.start(), ("Organization", "Region")):
                    for partner in index.between(j.start("list"), j.end("list"), ("Organization",)):
                        rel("organizedBy", ev.key, partner.key, partner.start, e)
        elif not hosts:
            for actor in _name_openers(text, index, s, e):
                rel("organizedBy", ev.key, actor.key, actor.start, e)
        # runs: whoever holds a meeting about a campaign (某区召开某某创建|工作推进会) carries it out
        holders = [h.key for h in hosts] or ([org] if org else [])
        for p in index.between(s, e, ("Program",)):
            if text.startswith("工作", p.end):
                for holder in holders:
                    rel("runs", holder, p.key, s, e)

    # leads: the people who 带队 (lead the team) a team named in this sentence or the one before
    # (…组建某某志愿服务队。某书记、某主席分别带队到…)
    for m in _LEAD_TEAM.finditer(text, doc.title_end):
        sent = doc.sentence_at(m.start())
        heads = index.between(doc.clause_at(m.start(), m.start())[0], m.start(), ("Person",))
        window = doc.sentence_at(sent.start - 1).start if sent.start > 0 else sent.start
        teams = [o for o in index.between(window, m.start(), ("Organization",))
                 if _TEAM.search(ex.entities[o.key].label)]
        for h in heads if teams else ():
            rel("leads", h.key, teams[-1].key, h.start, m.end())

    # leads: 以市委书记、市长担任双组长的创建工作领导小组 / 市委书记、市长任志愿服务总队长
    for m in _LEAD_GROUP.finditer(text):
        heads = _named_heads(index.between(m.start("heads"), m.end("heads"), ("Post", "Person", "Organization")))
        group = next(iter(index.between(m.end(), m.end() + 30, ("Organization",))), None)
        for h in heads:
            if group:
                rel("leads", h.key, group.key, m.start(), group.end)
    for m in _LEAD_TAKE.finditer(text):
        heads = _named_heads(index.between(m.start("heads"), m.end("heads"), ("Post", "Person")))
        offices = [(m.group("office"), m.start("office"))]
        at = m.end()
        while more := _MORE_HEAD_OFFICE.match(text, at):
            offices.append((more.group("office"), more.start("office")))   # 任某中心主任和某队总队长: both
            at = more.end()
        for office, office_start in offices:
            _lead_by_office(doc, index, ex, main_key, rel, heads, office, office_start, m.start(), m.end())

    # responsibleFor: A、B、C等牵头责任单位 → each is responsible for the article's programme
    for m in _RESPONSIBLE.finditer(text, doc.title_end):
        orgs = index.between(m.start("list"), m.end("list"), ("Organization",))
        sent = doc.sentence_at(m.start())
        # the task named after the unit (A牵头做好X, B牵头抓好Y), else one named before it
        # (X由A牵头), else the article's programme
        # (up to the next unit given a task: A负责X,B负责Y — B's Y is not A's)
        nxt = next((n.start() for n in _RESPONSIBLE.finditer(text, m.end(), sent.end)
                    if index.between(n.start("list"), n.end("list"), ("Organization",))), sent.end)
        after = index.between(m.end(), nxt, ("Program",))
        # (not the goal the task serves: 把推进X作为|乡村振兴|的重要抓手 is X's)
        # (…nor crossing back over another unit's task: A负责X,B负责公交站台 — X is A's)
        crossed = any(n.end() <= m.start("list") and index.between(n.start("list"), n.end("list"), ("Organization",))
                      for n in _RESPONSIBLE.finditer(text, sent.start, m.start()))
        prev = doc.clause_at(m.start("list"), m.start("list") + 1)[0] if crossed else sent.start
        before = [p for p in index.between(prev, m.start("list"), ("Program",)) if not _LEVER_OF.match(text, p.end)]
        target = after[0].key if after else before[-1].key if before else (main_program.key if main_program else None)
        for o in orgs:
            if target:
                rel("responsibleFor", o.key, target, m.start("list"), m.end())

    # responsibleFor: a task list's units (一、某某整治。牵头单位:A;责任单位:B、C) are responsible
    # for the task the item names
    for m in _UNITS_LABELLED.finditer(text, doc.title_end):
        para = text.rfind("\n", 0, m.start()) + 1
        tasks = index.between(para, m.start(), ("Program",))
        if not tasks:
            continue
        for o in index.between(m.start("list"), m.end("list"), ("Organization",)):
            rel("responsibleFor", o.key, tasks[-1].key, tasks[-1].start, m.end())

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

    # the body a unit belongs to (its "unit_of", a plain wm:subOrganizationOf): printed inside its
    # name (某集团|某公司, the group's name opening the subsidiary's) or straight before it
    # (某电视台|某广播, 某办|某处); not a second body of its own place (市委|市政府); the first such
    # body in the text
    bodies = index.between(0, len(text), ("Organization",))
    by_end: dict[int, list[Mention]] = {}
    for m in bodies:
        by_end.setdefault(m.end, []).append(m)
    for unit in bodies:
        inside = [b for b in bodies if b.start == unit.start and b.end < unit.end]
        own_place = _OWN_PLACE.match(text, unit.start) or index.between(unit.start, unit.start + 1, ("Region",))
        for body in inside + ([] if own_place else by_end.get(unit.start, [])):
            if body.key != unit.key:
                ex.entities[unit.key].attrs.setdefault("unit_of", body.key)

    # partnerOf: A与B、C共同签署…协议
    for m in _PARTNER.finditer(text, doc.title_end):
        # (not the bodies in a person's titles: 某区委|常委、宣传部|部长某某主持签约仪式)
        orgs = [o for o in index.between(m.start("list"), m.end("list"), ("Organization",))
                if not OFFICE_WORD.match(text, o.end)]
        keys = list(dict.fromkeys(o.key for o in orgs))      # in the order the text names them
        pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]]
        joint = _WITH.search(text, m.start("list"), m.end("list")) if "共同" not in m.group(0) else None
        if joint:
            # A、B等12家企业与12个社区签订…: each side signs with the other, not with its own side
            # (A与B、C共同签署: all three sign one agreement)
            left = {o.key for o in orgs if o.end <= joint.start()}
            right = {o.key for o in orgs if o.start >= joint.end()}
            pairs = [(a, b) for a, b in pairs if (a in left) != (b in left) and {a, b} <= left | right]
        for a, b in pairs:
            rel("partnerOf", a, b, m.start("list"), m.end())

    # locatedIn: an organization whose printed name carries its region (保定市志愿服务联合会,
    # 区综合行政执法局 in an article about 雁江区)
    for org in ex.of_kind("Organization"):
        region = org.attrs.get("region")
        printed = org.attrs.get("printed", org.label)
        place = ex.entities.get(region) if region else None
        explicit = place is not None and (place.label in printed or printed[:1] in "省市区县州镇乡旗" and printed != org.label
                                          or org.label.startswith(place.label)
                                          or printed.startswith("团") and org.label == "共青团" + place.label + "委")   # 团区委
        # a school, shop or venue the article reports on is in the article's region
        local = place is not None and org.attrs.get("org_kind") in ("school", "enterprise", "other", "media")
        if (explicit or local) and org.spans:
            s, e = org.spans[0]
            rel("locatedIn", org.key, region, s, e)
        elif (explicit or local) and org.attrs.get("org_kind") == "media":
            ex.relate(Relation("locatedIn", org.key, region, printed))    # an outlet credited in the lead
