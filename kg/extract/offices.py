"""Offices printed with a person's name: who holds which post, and in which body.

Chinese news names an official by a chain of titles before the name, separated by 、:
市委书记张三; 县委副书记、县长李四; 某区委常委、宣传部部长王五; 某公司某班班长赵六. Each title is
a body (or a region's level) followed by an office word; a title with no body of its own
(县人大常委会党组书记、主任) holds its office in the body of the title before it. A leader
named before a bare title (张三总书记) holds that title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..analyse import Doc
from ..gazetteer import Region
from ..lexicon import (COMMITTEE_SEATS, DIVISION_KIND_ENDS, HAN, MEETING_AFTER_OFFICE, OFFICE_RE, OFFICE_WORD,
                       PERSON_OBJECT_VERBS, REGION_HEADS, SCHOOL_ENDS, SHORT_BODIES, UNIT_OF_HEAD)
from ..model import Entity, Extraction, Relation
from .organizations import (_COLLECTIVE, _PLACE_COMMITTEE, _PLACE_END, _SUFFIX_RE, MODEL_MIN_SCORE, contracted, org_key,
                            org_kind_of, qualify, split_coordinated, two_field_joins)
from .people import _is_name, person_key, plausible_name
from .posts import post_key, post_label, post_region

# words that cannot stand inside a title: a verb or function word opens the clause before it
# (a dash introduces the title: 妇女干部——村妇联主席; a single one joins a name: 中国—东盟中心)
_NOT_IN_TITLE = re.compile(r"[的有据由在向对请让被把将给是和与及同了着过为从以]|——|……")
# bodies whose members sit on them (committees, congresses): 县委书记 is a member of 县委
_COMMITTEE = re.compile(r"(?:委|党委|党组|党工委|常委会|委员会|政协|人大|支部|总支)$")
# offices many hold at once, so that one printed before a list of names is each one's (副市长甲、乙)
_SHARED_OFFICE = re.compile(r"^(?:常务)?副|(?:常委|委员|成员)$")
_BARE_TITLE_AFTER = re.compile(r"(?:总书记|主席|总统|总理|首相|委员长|书记|同志)")
# titles held together are listed with 、 or joined by 兼 (副总理兼外交部长: both)
_TITLE_SEPARATOR = re.compile("[、兼]")
OCCUPATION_MIN_SCORE = 0.75    # the span model's mean tag marginal for an occupation it proposes
_NAME_AFTER_TITLE = re.compile(rf"\s?([{HAN}]{{2,3}})(?=[,，、。;；\s]|出席|参加|主持|讲话|表示|说|介绍|带队|指出|强调|宣读|致辞|为|在|等|作|做|通报|汇报|部署)")


# an office taken after the name: 任, 兼任, 担任 (not 曾任: an office held before), and the office
# an appointment names (任命某某为…)
_OFFICE_TAKEN = r"(?P<t>[^,，。;；:：“”]{2,40}?(?:" + OFFICE_WORD.pattern[3:-1] + r"))(?=[,，。;；]|$|职务)"
_TAKES_OFFICE = re.compile(r"(?:同志)?(?:兼任|担任|出任|任)" + _OFFICE_TAKEN)
_APPOINTS = re.compile(r"(?:任命|提名|推选|选举)$")
_APPOINTED_AS = re.compile(r"(?:同志)?为" + _OFFICE_TAKEN)


# a rank printed before an office (常务副主席, 专职副主席): part of the office
_RANKS = "常务|执行|专职|兼职|一级|二级|三级|四级"
_RANK = re.compile(rf"(?:{_RANKS})$")
_RANK_OR_DEPUTY = re.compile(rf"^(?:{_RANKS})?副?")


@dataclass
class Title:
    printed: str            # as printed: 宣传部部长
    body: str               # the body named in it (宣传部), or "" for a bare office (县长, 主任)
    office: str             # the office word (部长)
    start: int
    end: int


def split_title(printed: str) -> tuple[str, str] | None:
    """宣传部部长 → (宣传部, 部长); 某镇林场护林队长 → (某镇林场护林队, 队长); 县长 → ("", 县长)."""
    m = OFFICE_RE.search(printed)
    if not m:
        return None
    office, prefix = m.group(0), printed[:m.start()]
    rank = _RANK.search(prefix)
    if rank:                              # 常务副主席, 专职副主席: a rank of the office, not a body
        prefix, office = prefix[:rank.start()], rank.group(0) + office
    if office.startswith("党") and (len(prefix) <= 1 or prefix.endswith(DIVISION_KIND_ENDS)):
        # 乡党委书记: the secretary of the township's party committee, not the 党委书记 of 乡
        # (嘎查, 苏木: Inner Mongolia's village and township, as 村 and 乡; 某县某镇党委书记: the
        # township's committee, a body the holder sits on)
        # (党委副书记: the deputy's 副 stays with the office)
        cut = office.index("副书记") if "副书记" in office else office.index("书记") if "书记" in office else len(office) - 2
        prefix, office = prefix + office[:cut], office[cut:]
    if office in REGION_HEADS and not prefix:
        return "", office
    unit = UNIT_OF_HEAD.get(office.replace("副", ""))
    if unit and prefix and not prefix.endswith(unit) and not _SUFFIX_RE.search(prefix):
        prefix += unit                    # 护林队长 heads 护林队; 某大学校长 heads 某大学
    return prefix, office


# a body, then the field the office-holder is in charge of (省委宣传部|分管日常工作的|副部长)
_IN_CHARGE_OF = re.compile(r"(?:^|(?<=[的有在]))(?P<body>[\u4e00-\u9fff]{2,16}?(?:部|委|局|办|厅|政府|委员会))"
                           r"(?:分管|主管)[^,，。;；、]{1,12}的$")


def title_chain(text: str, at: int, clause_start: int, named: frozenset[int] = frozenset()) -> list[Title]:
    """The titles printed straight before ``at`` (a name), nearest last. ``named``: positions
    inside a place's or a body's name, where 从 or 和 is part of the name (从江县, 住房和城乡建设局)."""
    left = text[clause_start:at].rstrip(" ")
    end = clause_start + len(left)
    pieces = _TITLE_SEPARATOR.split(left)
    chain: list[Title] = []
    for n, piece in enumerate(reversed(pieces)):
        start = end - len(piece)
        parts = split_title(piece) if piece else None
        if parts is None:
            break
        body, office = parts
        stops = [m for m in _NOT_IN_TITLE.finditer(body) if start + m.start() not in named
                 and not body.startswith("有限", m.start())]       # 某某有限公司: 有 of a legal form
        charge = _IN_CHARGE_OF.search(piece, 0, len(piece) - len(office)) if piece.endswith(office) else None
        if charge and not _NOT_IN_TITLE.search(charge.group("body")):
            # 某部分管日常工作的副部长: the duty between the body and the office is no part of either
            chain.append(Title(charge.group("body") + office, charge.group("body"), office,
                               start + charge.start("body"), end))
            break
        if stops:
            # the clause runs on before the title (…出席活动的有省委常委): cut at the last such word
            cut = stops[-1].end()
            if not body[cut:] and n < len(pieces) - 1:
                break
            start += cut
            piece = piece[cut:]
            body = body[cut:]
            chain.append(Title(piece, body, office, start, end))
            break
        chain.append(Title(piece, body, office, start, end))
        end = start - 1
    return list(reversed(chain))


def link_offices(doc: Doc, ex: Extraction, main: Region | None, regions: list[Region], region_key) -> None:
    """Add the posts, holdsPost and memberOf statements for every titled person of the article."""
    text = doc.text
    people = [(s, e, p) for p in ex.of_kind("Person") for s, e in p.spans]
    known = {text[s:e] for s, e, _ in people}
    # a name the tagger missed, printed right after an office (县长刘强主持会议)
    for m in OFFICE_WORD.finditer(text):
        n = _NAME_AFTER_TITLE.match(text, m.end())
        if n and n.group(1) not in known and _is_name()(n.group(1)) and plausible_name(n.group(1)) \
                and not any(s <= n.start(1) < e for s, e, _ in people):
            name = n.group(1)
            ent = ex.add(Entity("Person", person_key(name), name, attrs={"roles": []}))
            ent.spans.append((n.start(1), n.end(1)))
            people.append((n.start(1), n.end(1), ent))
            known.add(name)
    # an occupation straight before a name (记者张三, 专家李四): the span model's POST that is
    # no office — the person's role, not a post (a post in this graph is an office)
    occupations = {sp.end: (sp.start, sp.end) for sp in doc.spans
                   if sp.label == "POST" and sp.score >= OCCUPATION_MIN_SCORE
                   and not OFFICE_RE.search(text, sp.start, sp.end)}
    # (和 within a short tagged body only: a department's standard name is short, while a tagged
    # run may hold a whole clause: 某某年会上|住房和城乡建设部…)
    places = sorted(span for r in ex.of_kind("Region") for span in r.spans)
    named = {i for a, b in places for i in range(a, b)}
    for t in doc.tokens:
        if t.tag == "ORG":
            base = t.start                   # past the places the tagged name opens with
            for a, b in places:
                if a == base and b <= t.end:
                    base = b
            named.update(range(max(base, t.start + 1), min(t.end, base + 7)))
            parts = split_coordinated((t.start, t.end, t.text))
            for (_, left_end, _), (right_start, _, _) in zip(parts, parts[1:]):
                named.difference_update(range(left_end, right_start))   # 县妇联|和|县文化局: two bodies
    named.update(two_field_joins(text))                 # 州文化|和|旅游局局长
    named = frozenset(named)
    place_starts = {a for a, _ in places}
    chain_ending_at: dict[int, list[Title]] = {}
    bodies_ending_at: dict[int, list[tuple[Title, Entity | None]]] = {}
    for s, e, person in sorted(people, key=lambda x: x[0]):
        ca, _ = doc.clause_at(s, e)
        chain = _without_nickname(title_chain(text, s, _after_verb_before_name(doc, ca, s), named), place_starts)
        if not chain:
            m = _BARE_TITLE_AFTER.match(text, e)
            if m and m.group(0) != "同志":
                chain = [Title(m.group(0), "", m.group(0), m.start(), m.end())]   # 某某总书记
        given = None
        if len(chain) == 1 and not chain[0].body and chain[0].office.startswith("副") and chain[0].start > 0 \
                and text[chain[0].start - 1] in ",，":
            # 某部部长甲,副部长乙: a deputy printed bare after the head is the same body's deputy
            before = bodies_ending_at.get(chain[0].start - 1, [])
            head = next(((t, b) for t, b in reversed(before) if b is not None and t.office == chain[0].office[1:]), None)
            if head is not None:
                given = head[1]
                chain = [Title(head[0].body + chain[0].office, head[0].body, chain[0].office, head[0].start, chain[0].end)]
        shared = chain_ending_at.get(s - 1) if text[s - 1:s] == "、" else None
        if not chain and shared and _SHARED_OFFICE.search(shared[-1].office):
            chain = shared[-1:]          # 副市长甲、乙出席: an office many hold, printed once for the list
            given = bodies_ending_at[s - 1][-1][1]      # (…of the body found for the first)
        if chain:
            chain_ending_at[e] = chain
            bodies_ending_at[e] = _hold(doc, ex, person, s, e, chain, main, regions, region_key, given)
        else:
            place = workplace(doc, ex, s, ca)
            if place is not None:
                a = min(a for a, b in place.spans if b <= s and ca <= a)
                ex.relate(Relation("memberOf", person.key, place.key, text[a:e], a, e))
                # 某村驻村第一书记、某局干部张三: the offices listed before the workplace are held too
                if text[a - 1:a] == "、":
                    earlier = title_chain(text, a - 1, _after_verb_before_name(doc, ca, a - 1), named)
                    if earlier:
                        _hold(doc, ex, person, s, e, earlier, main, regions, region_key)
            occupation = occupations.get(s)
            if occupation is not None:
                _add_role(person, text, occupation)
        for chain in profile_titles(doc, e, s):
            _hold(doc, ex, person, s, e, chain, main, regions, region_key)
        serving = _SERVING_AS.search(text, doc.sentence_at(s).start, s)
        if serving and serving.end() == s:
            # 作为某街道某居民区党支部书记、垃圾分类志愿者,1989年出生的华某: the titles the clause before gives
            chain = title_chain(text, serving.end("titles"), serving.start("titles"), named)
            chain = [t for t in chain if t.body or t.office in REGION_HEADS]
            if chain:
                _hold(doc, ex, person, s, e, chain, main, regions, region_key)
        taken = _TAKES_OFFICE.match(text, e) or (_APPOINTS.search(text, max(0, s - 4), s)
                                                 and _APPOINTED_AS.match(text, e))
        if taken:
            # 某某同志任某县委书记, 某某兼任某办主任, 任命某某为某局局长: an office after the name
            chain = title_chain(text, taken.end("t"), taken.start("t"), named)
            # (a bare role in a group, 任组长, is read by the leads linker)
            chain = [t for t in chain if (t.body or t.office in REGION_HEADS)
                     and not t.office.endswith(("组长", "指挥长", "总指挥"))]
            if chain and chain[0].start == taken.start("t"):
                _hold(doc, ex, person, s, e, chain, main, regions, region_key)
        for at, printed in profile_clauses(doc, e, s):
            if occupations.get(at + len(printed)) == (at, at + len(printed)):
                _add_role(person, text, (at, at + len(printed)))      # 张三,男,…,高级工程师


# 作为<titles>(、<a role>),[<what describes them>的]<name>: the person the clause opens with holds them
_SERVING_AS = re.compile(r"作为(?P<titles>[^,，。;；:：、]{2,40}?)(?:、[^,，。;；:：]{1,16})?[,，](?:[^,，。;；:：]{0,12}的)?$")


def _without_nickname(chain: list[Title], place_starts: set[int]) -> list[Title]:
    """“寻亲院长”某市某医院院长: a nickname in quotes before the body's place is no part of the title."""
    if chain and chain[0].printed.startswith("“"):
        first = chain[0]
        cut = first.printed.find("”") + 1
        if 0 < cut < len(first.body) and first.start + cut in place_starts:
            chain = [Title(first.printed[cut:], first.body[cut:], first.office, first.start + cut, first.end)] + chain[1:]
    return chain


def _after_verb_before_name(doc: Doc, start: int, end: int) -> int:
    """Where titles before a name may begin in [start, end): after the last verb or preposition
    that a proper name (a body, a place) follows (受到|哈佛大学校长某某, 会见|某部部长某某)."""
    tokens = doc.tokens_in(start, end)
    for tok, nxt in zip(tokens, tokens[1:]):
        if tok.tag in ("v", "p") and nxt.tag in ("ORG", "LOC") and nxt.start == tok.end \
                and not _TITLE_SEPARATOR.fullmatch(tok.text):          # 兼 joins two titles
            start = tok.end
        elif tok.text in PERSON_OBJECT_VERBS:          # 感谢|社区党委书记某某: a verb taking the person
            start = tok.end
    return start


def _add_role(person: Entity, text: str, span: tuple[int, int]) -> None:
    role = text[span[0]:span[1]]
    if role not in person.attrs.setdefault("roles", []):
        person.attrs["roles"] = sorted(person.attrs["roles"] + [role])
    person.attrs.setdefault("role_spans", []).append(span)


# an occupation between a body and a name is nouns only (某医院急诊科护士, 某公司货车司机)
_OCCUPATION_TAGS = {"n", "nz", "nw"}


def workplace(doc: Doc, ex: Extraction, name_start: int, clause_start: int) -> Entity | None:
    """The body a person is printed after, with an occupation between and no office (某公司
    司机张三, 某医院护士李四): the person works there, a member of it."""
    text = doc.text
    for org in ex.of_kind("Organization"):
        for a, b in org.spans:
            if clause_start <= a and b < name_start <= b + 8:
                between = doc.tokens_in(b, name_start)
                if between and between[0].start == b and "".join(t.text for t in between) == text[b:name_start] \
                        and all(t.tag in _OCCUPATION_TAGS for t in between):
                    return org
    return None


_PROFILE = re.compile(r"[,，](?:男|女)[,，]")
_APPOSED = re.compile(r"[,，](?P<t>[^,，。;；:：\n]{3,30})。")
_PROFILE_LEAD = re.compile(r"^(?:现任|现为|任|系|是|为|曾任)")


def profile_clauses(doc: Doc, name_end: int, name_start: int | None = None) -> list[tuple[int, str]]:
    """The clauses of a profile after a name (张三,男,1970年5月生,某县某局局长、某队队长。), each
    as (start, text) without its lead verb (现任, 系 …); none when no profile follows. A name
    opening its sentence with one clause after it is a profile too (张三,某街道党工委书记。)."""
    text = doc.text
    if not _PROFILE.match(text, name_end):
        apposed = _APPOSED.match(text, name_end)
        if name_start is None or apposed is None or doc.sentence_at(name_start).start != name_start:
            return []
        lead = _PROFILE_LEAD.match(apposed.group("t"))
        at = apposed.start("t") + (lead.end() if lead else 0)
        return [(at, text[at:apposed.end("t")])]
    first = doc.sentence_at(name_end)
    stop = doc.sentence_at(first.end + 1).end if first.end < len(text) else first.end
    out = []
    for clause in re.finditer(r"[^,，。;；:：\n]+", text[name_end:stop]):
        at = name_end + clause.start()
        printed = clause.group(0)
        lead = _PROFILE_LEAD.match(printed)
        if lead:
            at, printed = at + lead.end(), printed[lead.end():]
        out.append((at, printed))
    return out


def profile_titles(doc: Doc, name_end: int, name_start: int | None = None) -> list[list[Title]]:
    """Offices in a profile after a name: each clause of the profile that is a list of titles."""
    out = []
    for at, printed in profile_clauses(doc, name_end, name_start):
        chain, pos = [], at
        for piece in _TITLE_SEPARATOR.split(printed):
            parts = split_title(piece)
            if parts is None or _NOT_IN_TITLE.search(parts[0]):
                chain = []
                break
            chain.append(Title(piece, parts[0], parts[1], pos, pos + len(piece)))
            pos += len(piece) + 1
        if chain:
            out.append(chain)
    return out


def _hold(doc: Doc, ex: Extraction, person: Entity, s: int, e: int, chain: list[Title], main: Region | None,
          regions: list[Region], region_key, given: Entity | None = None) -> list[tuple[Title, Entity | None]]:
    """The person holds each title of the chain; a member of the bodies the titles name (``given``:
    the body already known for every title). Returns each title with its body."""
    text = doc.text
    carried: Entity | None = None
    members: list[str] = []
    held = []
    a, b = min(chain[0].start, s), max(chain[-1].end, e)
    evidence = text[a:b]
    for title in chain:
        body_ent = given if given is not None else _pointed_back(ex, title) if title.printed.startswith(_POINTERS) else \
            _body(ex, _kind_named_before(ex, title), regions, main, region_key,
                  (title.start, title.start + len(title.body)), carried,
                  _named_as_body(doc, title.start, title.start + len(title.body)))
        if body_ent is None and not title.body and carried is not None \
                and _RANK_OR_DEPUTY.sub("", title.office) not in REGION_HEADS:
            body_ent = carried        # 县政协党组书记、主席: the chairman of the same body
        elif body_ent is None and title.body and carried is not None and carried.label.endswith(title.body) \
                and _COMMITTEE.search(title.body):
            body_ent = carried        # 某镇党委副书记、党委委员: the committee just named, printed bare
        elif body_ent is None and not title.body and carried is None:
            body_ent = _only_unit_named_before(ex, title)     # 支队长某某: the one 支队 named
        if body_ent is not None and title.body and _COMMITTEE.search(title.body):
            carried = body_ent
        elif body_ent is not None:
            carried = carried or body_ent
        # (某市委副书记、市长: the city of the committee just named, not the article's)
        seat = _region_of(carried, regions, region_key) \
            if body_ent is None and carried is not None and _COMMITTEE.search(carried.label) else None
        label, post_in = _post_label(title, body_ent, seat or main, regions, region_key)
        post = ex.add(Entity("Post", post_key(label), label, {title.printed} - {label},
                             {"post_in": post_in, "office_spans": [(title.end - len(title.office), title.end)]},
                             [(title.start, title.end)]))
        ex.relate(Relation("holdsPost", person.key, post.key, evidence, a, b))
        held.append((title, body_ent))
        if body_ent is not None and (title.office in _GROUP_HEADS or title.office in _TEAM_HEADS and "志愿" in body_ent.label):
            # 某领导小组组长某某, 某志愿服务队队长某某: the head of a leading group or a volunteer team
            # leads it (the head of a department or of a work unit's team holds its office only)
            ex.relate(Relation("leads", person.key, body_ent.key, evidence, a, b))
        # (a department of a committee the person sits on, 某市委常委、宣传部部长, is part of that
        # membership: one member_of, to the committee)
        inside_member = any(body_ent is not None and body_ent.label.startswith(ex.entities[k].label)
                            and body_ent.key != k for k in members)
        if body_ent is not None and body_ent.key not in members and not inside_member and \
                (title.office in COMMITTEE_SEATS or not _COMMITTEE.search(body_ent.label) or not members):
            members.append(body_ent.key)
            ex.relate(Relation("memberOf", person.key, body_ent.key, evidence, a, b))
    return held


_POINTERS = ("该", "本")
# the head offices of a leading group or a headquarters, and of a team (a volunteer team's head
# leads it; the head of a department, 部长, 主任, or of a work unit's team holds the office only)
_GROUP_HEADS = ("组长", "总指挥", "指挥长")
_TEAM_HEADS = ("总队长", "队长", "团长")


# a company's executives: printed bare, the company's
_COMPANY_OFFICES = ("董事长", "总经理", "总裁", "董事")
_COMPANY_KINDS = ("公司", "集团")
# a body's kind printed bare, opening a title (公司党委书记, 医院党委副书记)
_BARE_KINDS = ("公司", "集团", "医院", "学校", "学院", "大学")


def _named_before(ex: Extraction, ends: tuple[str, ...], at: int) -> list[Entity]:
    """The bodies named before ``at`` whose names end in one of ``ends``, the last named last."""
    last = {}
    for org in ex.of_kind("Organization"):
        starts = [a for a, b in org.spans if b <= at]
        if starts and org.label.endswith(ends):
            last[org.key] = (max(starts), org)
    return [org for _, org in sorted(last.values(), key=lambda x: x[0])]


def _kind_named_before(ex: Extraction, title: Title) -> str:
    """The body a title names, with a bare kind opening it read as the only body of that kind
    named before (某集团有限公司…。公司党委书记某某 → 某集团有限公司党委)."""
    kind = next((k for k in _BARE_KINDS if title.body.startswith(k)), None)
    named = _named_before(ex, (kind,), title.start) if kind else []
    return named[0].label + title.body[len(kind):] if len(named) == 1 else title.body


def _only_unit_named_before(ex: Extraction, title: Title) -> Entity | None:
    """The body a bare head's title refers to (…某市公安局交警支队…。支队长某某表示): the only body
    of that unit's kind the article names before it."""
    office = _RANK_OR_DEPUTY.sub("", title.office)
    units = SCHOOL_ENDS if office == "校长" else (UNIT_OF_HEAD[office],) if office in UNIT_OF_HEAD \
        else _COMPANY_KINDS if office in _COMPANY_OFFICES else ()          # (校长: of a 中学 as of a 学校)
    if not units or units == ("组",):
        return None                    # (组长: a group's head, which the leads linker reads)
    named = _named_before(ex, units, title.start)
    return named[0] if len(named) == 1 else None


def _pointed_back(ex: Extraction, title: Title) -> Entity | None:
    """The body 该校, 该局, 该公司 refers back to in a title (该校校长某某): the last one named
    before it whose name ends in that kind."""
    unit = title.printed[1:len(title.printed) - len(title.office)]
    if not 1 <= len(unit) <= 2:
        return None
    named = _named_before(ex, SCHOOL_ENDS if unit == "校" else (unit,), title.start)
    return named[-1] if named else None


# the level characters an office may open with (市长, 县委书记): the place it belongs to
LEVEL_CHARS = "省市县区州旗盟镇乡"


def _post_label(title: Title, body: Entity | None, main: Region | None, regions: list[Region],
                region_key) -> tuple[str, str | None]:
    if body is not None:
        # (市人大常委会主任 keeps the short name it was printed with)
        name = contracted(body.label) if title.body and contracted(title.body) == title.body else body.label
        if title.body and title.printed.startswith(title.body) and title.body != name:
            return name + title.printed[len(title.body):], body.key   # 宣传部部长 → 某区委宣传部部长
        if not title.body or title.printed.startswith(_POINTERS):
            return name + title.office, body.key                      # 主任 → 某县人大常委会主任
        return title.printed, body.key
    for word in ("社区", "村", "嘎查"):
        # 社区书记, 村主任: the office of the article's village or community, when it names one
        villages = {r for r in regions + ([main] if main else []) if r.level == "village" and r.name.endswith(word)}
        if title.body == word and len(villages) == 1:
            village = villages.pop()
            return village.name + title.printed[len(word):], region_key(village)
    # (副市长: a deputy's office is placed as the office itself is)
    deputy = _RANK_OR_DEPUTY.match(title.printed)
    deputy = deputy.group(0) if deputy and title.printed[deputy.end():deputy.end() + 1] in LEVEL_CHARS else ""
    bare = title.printed[len(deputy):]
    region = post_region(bare, main) if bare[0] in LEVEL_CHARS else None
    if region is not None and not region.name.endswith(bare[0]):
        # 县长 in an article about a prefecture: the county it names
        region = next((r for r in regions if r.name.endswith(bare[0]) and main is not None
                       and main in r.ancestors()), region)
    if region is not None:
        return post_label(title.printed, region), region_key(region)     # 某市长, 某市副市长
    return title.printed, None


def _named_as_body(doc: Doc, start: int, end: int) -> bool:
    """The tagger or the span model reads exactly this stretch as a body (外交部, 某某办)."""
    return any(t.tag == "ORG" and (t.start, t.end) == (start, end) for t in doc.tokens_in(start, end)) \
        or any(sp.label in ("ORG", "COM") and (sp.start, sp.end) == (start, end) and sp.score >= MODEL_MIN_SCORE
               for sp in doc.spans)


def _region_of(body: Entity, regions: list[Region], region_key) -> Region | None:
    """The region a body of the article is placed in, among the article's regions."""
    return next((r for r in regions if region_key(r) == body.attrs.get("region")), None)


# a place's own executive, named bare after its party committee's title
_PLACE_OFFICES = ("办事处", "人民政府", "政府", "管委会", "居委会", "村委会")
_PLACE_OF_COMMITTEE = re.compile(r"(?:中共)?(.+?(?:街道|镇|乡|县|区|市|旗|盟|州|省|社区|村))(?:党工委|党总支|党支部|党委|委)$")


def _body(ex: Extraction, name: str, regions: list[Region], main: Region | None, region_key,
          span: tuple[int, int], committee: Entity | None = None, tagged: bool = False) -> Entity | None:
    """The body a title names, found among the article's bodies or created when its name reads
    as one (a committee, a congress, a name with a body's suffix, or one the tagger or the span
    model reads as a body: ``tagged``)."""
    if len(name) < 2 or name in REGION_HEADS.values() or _COLLECTIVE.search(name):
        return None                       # 本公司, 该局: a reference to a body, not its name
    short = contracted(name)
    # 某区委常委、宣传部部长: the department of the committee just named — not another committee's
    # 宣传部 printed bare earlier in the article
    departments_of = committee is not None and _COMMITTEE.search(committee.label) and name.endswith("部") \
        and name[0] not in LEVEL_CHARS
    for ent in () if departments_of else ex.of_kind("Organization"):
        if name == ent.label or name in ent.aliases or name == ent.attrs.get("printed") \
                or short != name and short in {contracted(n) for n in ent.aliases | {ent.label}}:
            return ent                    # (市人大常委会 for 市人民代表大会常务委员会 printed before)
    # 某街道党工委副书记、办事处主任: the office of the place whose committee was just named
    seat_of = _PLACE_OF_COMMITTEE.match(committee.label) if committee is not None and name in _PLACE_OFFICES else None
    if not (_COMMITTEE.search(name) or _SUFFIX_RE.search(name) or name in SHORT_BODIES or tagged and len(name) >= 3
            or seat_of):
        return None
    if _PLACE_END.search(name) and not _SUFFIX_RE.search(name):
        return None                       # 某镇某社区|党委书记: the seat is a place, which the regions read
    if name.startswith(("中共中央", "中央", "中宣部", "中组部", "中联部", "中编办", "全国", "国务院")):
        canonical, region = name, None
    elif seat_of:
        canonical = seat_of.group(1) + name
        region = _region_of(committee, regions, region_key)
    elif committee is not None and _COMMITTEE.search(committee.label) and name.endswith("部") \
            and name[0] not in LEVEL_CHARS:
        # 某区委常委、宣传部部长: the department of the committee just named
        canonical = committee.label + name
        region = _region_of(committee, regions, region_key)
    else:
        # 某市委宣传部副部长、文明办主任: a body printed bare after another title is of the place
        # of the body just named
        near = _region_of(committee, regions, region_key) if committee is not None and name[:1] not in LEVEL_CHARS else None
        canonical, region = qualify(name, regions, near or main)
    key = org_key(canonical)
    placed = region_key(region) if region else None
    ent = ex.entities.get(key) or next((o for o in ex.of_kind("Organization") if o.attrs.get("region") == placed
                                        and contracted(o.label) == contracted(canonical)), None)
    if ent is not None and ent.key != key:
        ent.aliases.add(canonical)        # 南平市人大常委会: the 南平市人民代表大会常务委员会 named before
    if ent is None:
        # a place's committee (某镇委, 某旗委) is the party's; a commission (计委, 文明委) keeps its kind
        kind = "party" if _PLACE_COMMITTEE.search(name) else org_kind_of(name)
        ent = ex.add(Entity("Organization", key, canonical, {name} - {canonical},
                            {"org_kind": kind, "region": region_key(region) if region else None, "printed": name}))
    ent.spans.append(span)
    return ent


def unheld_offices(doc: Doc, ex: Extraction, main: Region | None, regions: list[Region], region_key) -> None:
    """Offices named with their body but no holder (某公司总经理出席, 某局副局长介绍): a post of that
    body all the same. The office word must close the noun phrase (not 主任科员, not a title
    before a name, which the holders above read)."""
    text = doc.text
    held = [span for p in ex.of_kind("Post") for span in p.spans]
    for body in list(ex.of_kind("Organization")):
        for a, b in list(body.spans):
            m = OFFICE_WORD.match(text, b)
            if not m or any(s <= b < e for s, e in held):
                continue
            after = doc.tokens_in(m.end(), m.end() + 4)
            if not any(t.end == m.end() for t in doc.tokens_in(b, m.end())) \
                    or after and after[0].start == m.end() and after[0].tag in ("n", "nz", "PER", "nr") \
                    or MEETING_AFTER_OFFICE.match(text, m.end()):
                continue
            title = Title(text[a:m.end()], text[a:b], m.group(0), a, m.end())
            label, post_in = _post_label(title, body, main, regions, region_key)
            ex.add(Entity("Post", post_key(label), label, {title.printed} - {label},
                          {"post_in": post_in, "office_spans": [(b, m.end())]}, [(a, m.end())]))
            held.append((a, m.end()))
