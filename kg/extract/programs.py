"""Programs: named campaigns, initiatives, actions, projects and mechanisms.

Two shapes: a noun phrase ending in a program head word (村庄清洁行动, 新时代文明实践中心建设,
厕所革命) and a quoted name that an action verb carries out or a head word follows
(推进“双减”工作, “双争”活动). Variants of one program (创建全国文明城市 / 全国文明城市创建) share a key.
"""
from __future__ import annotations

import re

from ..analyse import Doc
from ..lexicon import (BROAD_PROGRAMME_HEADS, CAMPAIGN_VERBS, GENERIC_PROGRAMME_WORDS, LEVER_WORDS, NAME_STOP_WORDS,
                       OFFICE_RE, PREVENTION_VERBS, PROGRAMME_HEADS, PROGRAMME_NAME_STOP_VERBS, PROGRAMME_VERBS,
                       STRONG_PROGRAMME_VERBS as ACTION_VERBS, TEAM_WORDS, VERB_COMPLEMENTS)
from ..model import Entity
from .chunks import chunk_left, quoted_spans, strip_quotes

# (a system's 制 is no head where 制度 is the word: 积分制度)
_HEAD_RE = re.compile("|".join(re.escape(h) + ("(?!度)" if h.endswith("制") else "")
                               for h in sorted(PROGRAMME_HEADS, key=len, reverse=True)))
_CREATE = re.compile(r"创建(?:第[一二三四五六七八九十]+届)?((?:全国|全省|省级|国家|市级|县级|国家级)?[\u4e00-\u9fff]{0,4}?"
                     r"(?:文明城市|卫生城市|文明城区|文明县城|文明村镇|文明单位|文明校园|文明家庭|文明社区|园林城市|森林城市|"
                     r"双拥模范城))")


def canonical(name: str) -> str:
    """Key form: quotes and a trailing 工作 dropped, 创建X read as X创建."""
    s = strip_quotes(name).strip()
    s = re.sub(r"工作$", "", s)
    m = re.fullmatch(r"创建(.+)", s)
    if m and not _HEAD_RE.search(m.group(1)[-4:]):
        s = m.group(1) + "创建"
    return re.sub(r"^省级(?=文明|卫生|园林)", "全省", s)     # 省级文明城市 is the province's title


_NATIONWIDE = re.compile(r"^(?:创建)?(?:全国|国家|中国|全省|省级)")


def program_key(name: str, scope: str | None) -> str:
    """A region's own programme is keyed with the region; one named as national or
    province-wide (全国文明城市创建) is one programme whichever region runs it."""
    if _NATIONWIDE.match(canonical(name)):
        scope = None
    return f"program:{canonical(name)}@{scope or ''}"


def national_key(name: str) -> str:
    return f"concept:{canonical(name)}"


# (…with a short kind before the umbrella after a count: 等十项民生工程)
_ENUMERATION = re.compile(r"(?P<items>(?:[^,，。;；:：、]{2,24}、)+[^,，。;；:：、]{2,24}?)等(?:(?:[\d一二三四五六七八九十百]+[个项大])"
                          r"(?:[\u4e00-\u9fff]{1,4}?(?=工程|行动|项目))?)?(?:“[^”]{1,6}”)?"
                          r"(?P<umbrella>专项行动|专项整治|项目|行动|工程|活动|重点工作|重要内容|内容|载体)")
# an item that is itself a counted group of another kind (某某等10个组织)
_COUNTED_GROUP = re.compile(r"等[\d一二三四五六七八九十百千]+[个名位户家支所项类]")
# what a list under 等…内容 is about when it names topics, not works (围绕家庭教育、心理健康等内容)
_TOPICS = re.compile(r"(?:围绕|聚焦|涉及|涵盖|针对|关于)")
# 以“双争”活动为总抓手 / 以“建好路、管好路、养好路”为抓手: what a body takes as its lever
_LEVER = re.compile(r"以(?P<name>“[^“”]{2,24}”[\u4e00-\u9fff]{0,8}?|[\u4e00-\u9fff]{2,12}?(?:平台|机制|模式|工程|行动|品牌|"
                    r"项目|阵地|中心|活动))为(?:总)?(?:" + "|".join(LEVER_WORDS) + ")")
# …or any work done taken so (以城市精细化管理为抓手, 以垃圾分类为切入点)
_LEVER_WORK = re.compile(r"以(?P<x>[\u4e00-\u9fff]{2,10}?)为(?:总)?(?:" + "|".join(LEVER_WORDS) + ")")
# 把推进移风易俗作为乡村振兴的重要抓手: what is taken as the lever (the 把 construction)
_TAKEN_AS_LEVER = re.compile(r"(?:把|将)(?:推进|深化|开展|实施|抓好|推动|持续推进|深入开展)?(?P<x>[\u4e00-\u9fff“”]{2,12}?)"
                             r"作为(?:(?:[^,，。;；]{0,12}的)?(?:重要|有效|有力|总|主要)?(?:" + "|".join(LEVER_WORDS) + ")"
                             r"|“[^“”]{2,10}(?:工程|行动|项目)”)")      # (…作为“一把手工程”: a priority named so)
# “某某讲堂”是我省…的重要载体: a quoted name the text defines as a vehicle, platform or project
# (…with its kind after the quotes: “某某”道德讲堂是…品牌)
_DEFINED_AS = re.compile(r"(?:^|(?<=[。!?\n]))(?P<name>“[^“”]{2,16}”(?:(?!的)[\u4e00-\u9fff]){0,6}?)(?:是|已成为|成为|作为)[^。;；]{0,40}?"
                         r"(?:载体|平台|品牌|抓手|举措|工程|项目|活动|行动|机制|模式|阵地)")
# 2026年度移风易俗工作推进会: the policy a meeting is held about
_MEETING_ABOUT = re.compile(r"(?:\d{4}年度?)?(?P<x>[\u4e00-\u9fff“”]{2,10}?)工作(?:推进|部署|动员|调度|总结|推进部署|现场)"
                            r"(?:大会|会议|会)")
# 推进稳就业工作: a short policy name carried out as 工作
# (not 工作站, 工作室, 工作组: a place or a team named so)
_AS_WORK = re.compile(r"(?:推进|开展|做好|抓好|深化|落实|实施)(?P<x>[\u4e00-\u9fff“”]{2,8}?)工作(?![站室组队群者点台坊间所部区人])")
# 响应垃圾分类号召: a policy the text calls on people to follow
_CALL = re.compile(r"响应(?P<x>[\u4e00-\u9fff]{2,8}?)(?:的)?号召")
_NOT_WORK = re.compile(r"^(?:创建|宣传|各项|相关|重点|有关|日常|具体|基础|志愿服务|文明创建|整改|问题|服务|管理|建设|这项|此项)")
# quoted words that are ways or means, not works (通过“A”“B”等方式)
_WAYS_AFTER = re.compile(r"等?(?:方式|方法|形式|手段|途径|举措|措施)")
# “A”“B”等特色宣讲 / “C”等智慧实践平台: quoted names under an umbrella noun are programmes
_UMBRELLA = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:活动|平台|项目|宣讲|品牌|服务|工程|行动|载体|实事)")
_SCOPE = re.compile(r"^(?:全[市县区省域民面]|常态|一项|各项|市县|全方位|整体|综合|有关|相关|具体)")


# What X建设 develops when X is a field rather than a thing being built (新时代文明实践中心建设).
# (…or a manner of working, 项目化建设, 常态化开展: a two-character word made an adverb by 化)
_DOMAIN = re.compile(r"(?:设施|文明|文化|道德|廉政|作风|架构|阵地|队伍|体系|制度|机制|能力|组织|观)$|^[\u4e00-\u9fff]{2}化$")

# A body's name goes on after the head word (市发展和改革|委员会, 省文明办创建|处).
_BODY_AFTER = re.compile(r"委员会|委|局|办公室|办|领导小组|指挥部|中心(?!建设)|联合会|协会|处(?![理置])|科(?![技学普])")


def _ends_with_head(name: str) -> bool:
    """机制化, 综合整治曲: a head word inside a name does not make it a programme's name."""
    return any(name.endswith(h) for h in PROGRAMME_HEADS)


# what a programme's name never ends in: an honour for people, a meeting or ceremony, an office
_NOT_PROGRAM_END = re.compile(r"(?:模范|好人|标兵|十大人物|人物|劳动者|之星|楷模|先进个人|先进集体|示范户|家庭|[^人]员|"
                              r"会|仪式|典礼|晚会|论坛|负责人|培训班|研修班|训练营|夏令营|"
                              # a group set up to run a programme is a body (某某工作专班, 某某领导小组,
                              # “海岸线守护队”)
                              r"专班|领导小组|指挥部|" + "|".join(TEAM_WORDS) + ")$")


# what a programme's name never is: a count of unnamed activities (一系列…活动), a plan period
# (十四五), a stock phrase (实际行动), a mindset (…思维)
_NOT_PROGRAM = re.compile(r"^(?:一系列|系列|各类|各种|多项|一批|多种|丰富多彩的|形式多样的)|一系列|^[一二三四五六七八九十]+五$|"
                          r"^实际行动$|(?:思维|理念|意识|精神|委)$")


def _not_a_programme(name: str) -> bool:
    name = strip_quotes(name)
    if _NOT_PROGRAM.search(name):
        return True
    if re.match(r"(?:寻找|评选|推选|选树|争创|争当|创建|开展)", name):
        return False                        # 寻找最美家庭: the search is the programme
    return bool(_NOT_PROGRAM_END.search(name) or OFFICE_RE.search(name) and not name.endswith(("委员会", "办公室")))


# what a place or its work is likened to (一张“城市名片”, 一块“金字招牌”, 一道“风景线”)
# (…or a road's or a nerve's end: 打通“最后一公里”、“神经末梢”)
# (…or a role the work plays: 当好群众的“主心骨”, “领头雁”, “压舱石”)
_FIGURES_OF_SPEECH = ("名片", "招牌", "风景线", "最后一公里", "最后一米", "神经末梢", "毛细血管", "主心骨", "领头雁",
                      "排头兵", "压舱石", "定心丸", "金钥匙", "连心桥", "助推器", "加油站")


def _ok(name: str, quoted: bool = False) -> bool:
    # the head word that ends the name (机制|建设: 建设, not the 机制 before it)
    head = next((m for m in _HEAD_RE.finditer(name) if m.end() == len(name)), None) or _HEAD_RE.search(name)
    core = name[:head.start()] if head and name.endswith(head.group(0)) else name
    core = core[:-2] if core.endswith("系列") else core       # 志愿服务系列活动: a series of the generic kind
    system = head is not None and head.group(0) == "长制"      # 河长制, 林长制: three characters name it
    if len(name) < (3 if system else 4) or core in GENERIC_PROGRAMME_WORDS or len(core) < (1 if system else 2) \
            or re.search(r"[,，。;；:：!?]", name):
        return False
    if "方面" in name:
        return False                        # 城市更新方面改造…: a field named, then what is done in it
    if quoted:
        return True
    if _SCOPE.match(core):
        return False
    if head and head.group(0) in BROAD_PROGRAMME_HEADS and len(core) < 3:
        return False
    if head and head.group(0) == "活动" and len(core) < 6:
        return False
    if head and head.group(0) == "建设" and _DOMAIN.search(core):
        return False                # 精神文明建设, 配套设施建设: developing a field, not a named project
    return True


_EXTENSION_TAGS = {"n", "nz", "vn", "a", "an", "j", "v"}
_NAME_END_TAGS = {"n", "nz", "j", "a"}
# Words that end a phrase about a programme, not a programme's name: its problems, traits,
# requirements and titles (“急难愁盼”问题, “六好”家庭, …称号, …奖), and the teams named after
# them (“某某”宣讲队: a body), an advantage drawn on and the boards or banners carrying a slogan.
_NOT_NAME_END = re.compile("(?:" + "|".join(TEAM_WORDS) + ")$|"
                           r"(?:问题|作用|能力|主题|特点|要求|情况|称号|奖|方案|二维码|风尚|一栏|精神|理念|意识|氛围|"
                           r"效果|成效|实效|一盘棋|典型|家庭|人物|集体|单位|群众|生命力|底色|典礼|仪式|大会|会议|公众号|网站|"
                           # (…an asset used, 某联盟|资源优势, or a thing printed with the slogan: 倡议书展板, 横幅)
                           r"优势|展板|倡议书|横幅|标语|海报|条幅|使命任务|使命|区域|"
                           # (…or the people who do it: 村“两委”|干部)
                           r"干部|党员|志愿者|居民|村民|"
                           # (…or a way of working: 采取“理论+实操”|方式)
                           r"方式|方法)$")


def _named_extension(doc: Doc, qe: int) -> int | None:
    """End of a short noun phrase a quoted name opens (“有事好商量”居民接待日, “双争”光荣榜),
    when the phrase is complete: it runs up to a stop or a list mark."""
    text = doc.text
    run = []
    for t in doc.tokens_in(qe, qe + 12):
        if t.start != (run[-1].end if run else qe) or t.tag not in _EXTENSION_TAGS or len(run) == 4 \
                or t.tag == "v" and len(t.text) == 1:       # 为|重点: a copula, not part of a name
            break
        run.append(t)
    while run:
        last = run[-1]
        if last.tag in _NAME_END_TAGS:
            after = text[last.end:last.end + 1]
            if after and (after in "、,，。;；…" or text.startswith(("等", "和", "与"), last.end)):
                break
        run.pop()
    if not run or run[0].tag == "v":
        return None
    end = run[-1].end
    phrase = text[qe:end]
    if not 2 <= len(phrase) <= 8 or "的" in phrase or _NOT_NAME_END.search(phrase):
        return None
    if any(a.tag in ("n", "nz") and b.tag == "v" for a, b in zip(run, run[1:])) and not _ends_with_head(phrase):
        return None      # “某某”责任区域|清理垃圾: a verb after the nouns begins a predicate, unless a head ends it
    return end


def _is_action(doc: Doc, start: int, end: int) -> bool:
    """An item that names something done (道路改造, 环卫保洁提标), not a problem (校园周边秩序)."""
    toks = [t for t in doc.tokens_in(start, end) if t.tag != "w"]
    return bool(toks) and (toks[-1].tag in ("v", "vn") or _ends_with_head(doc.text[start:end]))


def _action_before(text: str, start: int, clause_start: int) -> bool:
    """An action verb earlier in the clause, with only a short name-like stretch between
    (推进城乡居民基本医疗保险“应保尽保”, 设立1000处“友邻志愿服务驿站”)."""
    lead = text[max(clause_start, start - 14):start]
    return any(v in lead for v in ACTION_VERBS if len(v) >= 2)


# heads that hold several works under one name (A建设和B整治工程)
_CONTAINER = re.compile(r"(?:工程|工程项目|行动|行动计划)$")


def _shared_head_start(doc: Doc, start: int) -> int | None:
    """Start of a work joined by 和/及 before a programme's name that shares its head: the
    left item ends in a head word of its own (…环境建设和…整治工程), so both are the one name."""
    text = doc.text
    if text[start - 1:start] not in ("和", "及", "与"):
        return None
    left = [t for t in doc.tokens_in(max(0, start - 14), start - 1) if t.end == start - 1]
    if not left or not _ends_with_head(left[0].text) or _CONTAINER.search(left[0].text):
        return None                                 # A行动和B行动: two programmes
    hm = _HEAD_RE.search(left[0].text)
    ch = chunk_left(doc, left[0].start, left[0].end, stop_words=NAME_STOP_WORDS, stop_verbs=ACTION_VERBS + PROGRAMME_NAME_STOP_VERBS) \
        if len(left[0].text) == len(hm.group(0)) else None
    first = ch.start if ch is not None else left[0].start
    return first if _ok(text[first:start - 1]) else None


# a list of parallel items before one head word (文明家庭、文明校园创建): each item with the head
_PARALLEL_ITEM = re.compile(r"([\u4e00-\u9fff]{4,8})、$")
_DISTRIBUTED_HEADS = ("创建", "建设", "评选", "整治", "治理", "改造")


def _sharing_the_head(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The items listed with 、 before a programme whose head they share, each a programme."""
    out = []
    for s, e, name in found:
        head = next((h for h in _DISTRIBUTED_HEADS if name.endswith(h)), None)
        item = name[:-len(head)] if head else ""
        at = s
        while head and len(item) >= 4:
            m = _PARALLEL_ITEM.search(text, max(0, at - 9), at)
            # the items are parallel when they open alike (文明家庭、文明校园)
            if m is None or m.group(1)[-len(item):][:2] != item[:2]:
                break
            first = m.group(1)[-len(item):]
            out.append((m.end(1) - len(first), m.end(1), first + head))
            at = m.end(1) - len(first)
    return out


def _acting(doc: Doc, start: int, end: int) -> bool:
    """A policy phrased as an action or a quality (稳|就业, 移风易俗, 垃圾|分类), not a plain noun
    (意识形态): quoted, or opening with a verb or quality, or an object and its verb."""
    toks = doc.tokens_in(start, end)
    return "“" in doc.text[start:end] or bool(toks) and (toks[0].tag in ("a", "v", "vd") or _object_and_verb(toks))


def _object_and_verb(toks) -> bool:
    """垃圾|分类, 乡村|庭院|美化: nouns and the verb done to them, a policy's usual name."""
    if len(toks) == 1:
        return toks[0].tag == "vn" and len(toks[0].text) >= 4      # the tagger's one word for both
    return 2 <= len(toks) <= 3 and toks[-1].tag in ("v", "vn") and len(toks[-1].text) == 2 \
        and all(t.tag in ("n", "nz", "vn") for t in toks[:-1])


def _system_name_start(doc: Doc, head_start: int) -> int:
    """Where a responsibility system's name begins: up to four nouns or verbs straight before
    its head (领导|挂点|包干|责任制), not a verb that puts it into effect (落实, 实行)."""
    start = head_start
    for t in reversed(doc.tokens_in(max(0, head_start - 12), head_start)[-4:]):
        if t.end != start or t.tag not in ("n", "v", "vn") or t.text in ACTION_VERBS + PROGRAMME_NAME_STOP_VERBS \
                or t.text in NAME_STOP_WORDS:
            break
        start = t.start
    return start


def program_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, printed name) of each programme mention in the body (computed once per doc:
    the organization extractor asks too)."""
    cached = doc.memo.get("program_spans")
    if cached is None:
        cached = doc.memo["program_spans"] = _program_spans(doc)
    return cached


def _program_spans(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc.text
    found: list[tuple[int, int, str]] = []
    for m in _CREATE.finditer(text, doc.title_end):
        found.append((m.start(), m.end(), m.group(0)))
    for tok in doc.tokens:
        if tok.start < doc.title_end:
            continue
        hm = _HEAD_RE.search(tok.text)
        if not hm or not tok.text.endswith(hm.group(0)) or hm.group(0).endswith("制") and text.startswith("度", tok.end):
            continue                                # (积分制|度: 制度 is the word)
        ch = None
        if len(tok.text) == len(hm.group(0)):
            ch = chunk_left(doc, tok.start, tok.end, stop_words=NAME_STOP_WORDS, stop_verbs=ACTION_VERBS + PROGRAMME_NAME_STOP_VERBS)
        if ch is None and hm.group(0) in ("责任制", "长制"):
            start = _system_name_start(doc, tok.start)      # 领导挂点包干|责任制: what is done names it
            name = text[start:tok.end]
        elif ch is None:
            name, start = text[tok.start:tok.end], tok.start
        else:
            name, start = ch.printed, ch.start
        prev = doc.tokens_in(max(0, start - 4), start)
        first = doc.tokens_in(start, start + 2)
        if text[start:start + 1] in VERB_COMPLEMENTS and prev and prev[-1].end == start and prev[-1].tag == "v" \
                and first and first[0].end == start + 1:     # (建立|好人礼遇机制: 好人 is a word)
            name, start = name[1:], start + 1     # 打|好|创城攻坚战: the verb's complement, not the name's
        shared = _shared_head_start(doc, start) if _CONTAINER.search(name) else None
        if shared is not None:                      # A建设和B整治工程: one programme of both
            name, start = text[shared:tok.end], shared
        if hm.group(0) in BROAD_PROGRAMME_HEADS and "“" not in text[start:tok.start] and \
                any((t.tag == "v" or t.tag == "vn" and t.start == start and t.text in PROGRAMME_VERBS)
                    and len(t.text) >= 2 and t.text not in CAMPAIGN_VERBS for t in doc.tokens_in(start, tok.start)):
            continue                                # 志愿者参与社区治理, 推动治理体系: a clause, not a name
        before = doc.tokens_in(start, tok.start)
        if len(tok.text) == len(hm.group(0)) and hm.group(0) == "创建" and before \
                and before[-1].end == tok.start and before[-1].tag == "vn" and "“" not in text[start:tok.start]:
            continue                                # 社区督导|创建: a verb's work on it, not its name
        place = sum(h.end - h.start for h in doc.hits if h.start >= start and h.end <= tok.start)
        if place and place >= tok.start - start - 1:
            continue                                # 格尔木市创建: a place, then the head
        inner = re.fullmatch(r"“([^”]+)”(?:建设|工作)", name)
        if inner:                                   # “一刻钟社区生活圈”建设 names 一刻钟社区生活圈
            found.append((start, tok.end, inner.group(1)))
        elif _ok(strip_quotes(name), quoted="“" in name):
            found.append((start, tok.end, name))
    # an enumeration under a programme-type umbrella: 开展A、B、C等专项行动 / A、B和C等“一揽子”项目
    for m in _ENUMERATION.finditer(text, doc.title_end):
        items, pos = [], m.start("items")
        for part in re.split(r"(、|和|及)", m.group("items")):
            if part in ("、", "和", "及"):
                pos += len(part)
                continue
            verbs = list(re.finditer(r"(?:开展|推进|通过|实施|施行|包括|持续|如|的|组织|依托|借助|利用|结合|"
                                     + _TOPICS.pattern + r")了?",
                                     part[:14]))
            lead = verbs[-1].end() if verbs else 0
            quote = part.find("“", lead)
            before = doc.tokens_in(pos + lead, pos + quote) if quote > lead else []
            if before and before[-1].tag in ("v", "vd") and before[-1].end == pos + quote:
                lead = quote                # 深度融合“以房管人”: the verb before the quoted name is none of it
            item = strip_quotes(part[lead:]).strip()
            if _COUNTED_GROUP.search(item):
                pos += len(part)
                continue                    # 某某等10个组织、某某等30名志愿者: groups counted, no works
            if 3 <= len(item) <= 20 and not _SCOPE.match(item):
                items.append((pos + lead, pos + len(part), part[lead:]))
            pos += len(part)
        umbrella = m.group("umbrella")
        first = m.group("items").split("、")[0]
        if umbrella.endswith("内容") and (_TOPICS.search(text[max(0, m.start() - 4):m.start()] + first)
                                          or re.search(r"[将把]", text[max(0, m.start() - 1):m.start()] + first)):
            continue                        # 围绕A、B等内容, 将A、B等内容纳入…: topics or criteria, not works done
        if umbrella == "活动" and any(len(strip_quotes(i[2])) < 5 for i in items):
            continue                        # 义诊、法律咨询等活动: services offered, not named activities
        if umbrella in ("专项整治", "专项行动", "行动") and len(items) >= 2 and \
                sum(_is_action(doc, s_, e_) for s_, e_, _ in items) * 2 < len(items):
            # a campaign against a list of problems (“牛皮癣”、乱停放、周边秩序等专项整治行动) is one
            head = _HEAD_RE.match(text, m.end())
            end = head.end() if head else m.end()
            found.append((items[0][0], end, text[items[0][0]:end]))
            continue
        found.extend(items)
    for m in _AS_WORK.finditer(text, doc.title_end):
        x = m.group("x")
        if _acting(doc, m.start("x"), m.end("x")) and not _NOT_WORK.match(strip_quotes(x)) \
                and not _HEAD_RE.search(x) and len(strip_quotes(x)) >= 2:
            found.append((m.start("x"), m.end("x"), x))
    for m in _TAKEN_AS_LEVER.finditer(text, doc.title_end):
        x = m.group("x")
        # (民族团结进步创建: named by its head word)
        if (_acting(doc, m.start("x"), m.end("x")) or _ends_with_head(x)) and not _NOT_WORK.match(strip_quotes(x)) \
                and len(strip_quotes(x)) >= 3:
            found.append((m.start("x"), m.end("x"), x))
    for m in _MEETING_ABOUT.finditer(text):
        x = m.group("x")
        aligned = any(t.start == m.start("x") for t in doc.tokens_in(m.start("x"), m.end("x"))[:1])
        if ("“" in x or aligned) and _acting(doc, m.start("x"), m.end("x")) and not _NOT_WORK.match(strip_quotes(x)) \
                and not _HEAD_RE.search(x) and len(strip_quotes(x)) >= 2:
            found.append((m.start("x"), m.end("x"), x))
    for m in _CALL.finditer(text, doc.title_end):
        toks = doc.tokens_in(m.start("x"), m.end("x"))
        if toks and toks[0].start == m.start("x") and _object_and_verb(toks):
            found.append((m.start("x"), m.end("x"), m.group("x")))
    for m in _LEVER.finditer(text, doc.title_end):
        found.append((m.start("name"), m.end("name"), m.group("name")))
    for m in _LEVER_WORK.finditer(text, doc.title_end):
        x = m.group("x")
        toks = doc.tokens_in(m.start("x"), m.end("x"))
        # (work done names it, as 垃圾|分类 does; 以典型案例为切入点 names a means, no work)
        if (toks and toks[-1].tag in ("v", "vn") or _ends_with_head(x)) and not _NOT_WORK.match(x) and len(x) >= 3:
            found.append((m.start("x"), m.end("x"), x))
    for m in _DEFINED_AS.finditer(text, doc.title_end):
        found.append((m.start("name"), m.end("name"), m.group("name")))
    quotes = quoted_spans(doc)
    manners = [(m.start(), m.end()) for m in _MANNER_RUN.finditer(text, doc.title_end)]
    for n, (qs, qe, inner) in enumerate(quotes):
        if qs < doc.title_end or re.search(r"[,，。!?！？]", inner):
            continue
        if re.match(r"\d+(?:\.\d+)?万?[人名位户个家]", text[qe:qe + 8]):
            continue                                 # 推出“全国道德模范”2人: a title counted, not a programme
        follow = _HEAD_RE.match(text, qe)
        if not follow and _manner_of_working(doc, qe, manners):
            continue
        clause_start, _ = doc.clause_at(qs, qe)
        # a run of quoted names ending in 等 or a head: “银杏树下”“周家板报”等特色宣讲
        run_end = qe
        k = n + 1
        while k < len(quotes) and quotes[k][0] - run_end <= 1 and text[run_end:quotes[k][0]] in ("", "、"):
            run_end = quotes[k][1]
            k += 1
        if _WAYS_AFTER.match(text, run_end):
            continue                                 # 通过“搭台”“唤友”等方式: ways of working, no programmes
        listed = (k > n + 1 or n > 0 and text[quotes[n - 1][1]:qs] in ("", "、")) and \
            (text.startswith("等", run_end) or _HEAD_RE.match(text, run_end)) or \
            bool(_UMBRELLA.match(text, run_end))
        project = re.match(r"(?:志愿服务)?项目", text[qe:qe + 6])
        if follow and follow.group(0) not in ("建设",):
            found.append((qs, follow.end(), text[qs:follow.end()]))
        elif project:                               # “叮咚上门幸福守护”志愿服务项目
            found.append((qs, qe + project.end(), text[qs:qe + project.end()]))
        elif text.startswith("标准", qe):              # 按照“七有七无三化”标准: a named standard
            found.append((qs, qe, inner))
        elif end := _named_extension(doc, qe):      # “一家亲”人民调解, “双争”先进典型库
            found.append((qs, end, text[qs:end]))
        elif _ends_with_head(inner) and len(inner) >= 3:
            found.append((qs, qe, inner))
        elif 2 <= len(inner) <= 16 and (listed or _action_before(text, qs, clause_start)):
            # “好媳妇”“好婆婆”评选活动: each name of the run takes the heads the run ends with
            head_end = run_end
            while listed and run_end > qe and (h := _HEAD_RE.match(text, head_end)):
                head_end = h.end()
            found.append((qs, qe, inner + text[run_end:head_end]))
    found += _sharing_the_head(text, found)
    # 我|县文明城市创建: the level character after 我, 本, 全 is the owner's, no part of the name
    found = [(s + 1, e, name[1:]) if text[s - 1:s] in "我本全该" and name[:1] in "省市县区镇乡" and len(name) > 4
             else (s, e, name) for s, e, name in found]
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{1,60}》", text)]
    found = [f for f in found
             # part of a document's title, unless the document is about it (《关于开展…行动的通知》)
             if not any(a < f[0] and f[1] < b and "关于" not in text[a:f[0]] for a, b in titles)
             and not _BODY_AFTER.match(text, f[1])                    # 市发展和改革|委员会: a body
             and not _not_a_programme(f[2])                           # an honour, a meeting, an office
             and "”等" not in f[2]                                   # “A”“B”等评比活动: the items, not the umbrella
             and not _described(doc, f[0], f[1])]
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept, last_end = [], -1
    for s, e, name in found:      # longest mention first at each start; no overlaps
        if s >= last_end:
            kept.append((s, e, name))
            last_end = e
    return kept


# a parallel run of quoted manners, each with its verb (“一把手”主抓、“一条线”贯穿、“一体化”推进)
_MANNER_RUN = re.compile(r"(?:“[^“”]{1,10}”[\u4e00-\u9fff]{1,3}、)+“[^“”]{1,10}”[\u4e00-\u9fff]{1,3}(?=[,，。;；]|$)")


def _manner_of_working(doc: Doc, quote_end: int, manners: list[tuple[int, int]]) -> bool:
    """A quoted word in such a run with a verb or adverb after it says how the work is done,
    not what is done."""
    nxt = doc.tokens_in(quote_end, quote_end + 3)[:1]
    return any(a < quote_end < b for a, b in manners) and bool(nxt) and nxt[0].start == quote_end \
        and nxt[0].tag in ("v", "vd", "d", "ad")


def _described(doc: Doc, start: int, end: int) -> bool:
    """An adjective and a head word after 的 (市民的自觉行动, 全民的共同行动): a description of
    what people do, not a programme's name."""
    toks = doc.tokens_in(start, end)
    return doc.text[start - 1:start] == "的" and len(toks) == 2 and toks[0].tag in ("a", "ad") \
        and toks[0].start == start and toks[-1].end == end


_PREVENTED = re.compile("(?:" + "|".join(PREVENTION_VERBS) + ")$")


def extract_programs(doc: Doc, scope_key: str | None, year_at=lambda pos: None) -> list[Entity]:
    out: dict[str, Entity] = {}
    for s, e, printed in program_spans(doc):
        if _PREVENTED.search(doc.text, max(0, s - 4), s):
            continue                     # 防止“突击式”创建: what is to be avoided
        if strip_quotes(printed).endswith(_FIGURES_OF_SPEECH):
            continue                     # 打造成一张“暖心名片”: a figure of speech, no programme
        # the label is a function of the key, so every article gives the same one
        name = re.sub(r"工作$", "", strip_quotes(printed))
        scope = re.match(r"全[省市县区州镇乡](?=“)", printed)
        if scope and len(name) - scope.end() >= 4:     # 全区“三治融合”乡村治理: the scope is the region's
            name, s = name[scope.end():], s + scope.end()
        verb = _OPENING_VERB.match(name)
        if verb and len(name) - verb.end() >= 4:
            name, s = name[verb.end():], s + verb.end() if printed.startswith(verb.group(0)) else s
            head = _HEAD_RE.search(name)
            if head and name.endswith(head.group(0)) and name[:head.start()] in GENERIC_PROGRAMME_WORDS:
                continue                 # 健全|长效机制: with the verb gone, no name is left
        key = program_key(name, scope_key)
        ent = out.get(key)
        if ent is None:
            local = scope_key if key.endswith(f"@{scope_key}") else None
            ent = Entity("Program", key, canonical(name), attrs={"region": local, "broader": national_key(name),
                                                               "national": canonical(name)})
            out[key] = ent
        ent.aliases |= {name, strip_quotes(printed)} - {ent.label}
        ent.spans.append((s, e))
        if not ent.attrs.get("year"):
            ent.attrs["year"] = year_at(s)
    return _merge_short_forms(list(out.values()))


_QUALIFIER = re.compile(r"^(?:全国|全省|国家级?)")
# a verb that carries a programme out, read into its name (实施某某工程, 深化某某实践): not the name
# (strong verbs only: a name may open with 提升, 加快; 创建/争创 name the title a campaign is for)
_OPENING_VERB = re.compile("^(?:" + "|".join(sorted((v for v in ACTION_VERBS if v not in ("创建", "争创", "试点", "上线",
                                                                                       "建成", "成立", "组建")),
                                                    key=len, reverse=True)) + ")")


_KIND_WORD = re.compile(r"(?:模式|机制|品牌|活动|项目)$")


def _merge_short_forms(programs: list[Entity]) -> list[Entity]:
    """Once an article names a programme in full (全国文明城市创建), its bare form there
    (创建文明城市) is a short way of writing the same one."""
    by_name: dict[str, list[Entity]] = {}
    for ent in programs:
        q = _QUALIFIER.match(ent.label)
        if q:
            by_name.setdefault(ent.label[q.end():], []).append(ent)
    # a short back-reference (完成三年行动目标) to the one programme whose name ends with it
    # or a part of the one programme named by joining two (A建设和B整治工程: A建设, B整治 alone)
    for ent in programs:
        longer = [p for p in programs if p is not ent and (
            len(ent.label) <= 4 and p.label.endswith(ent.label)
            or len(ent.label) >= 4 and ent.label in p.label and re.search("[和及与]", p.label))]
        if len(longer) == 1:
            by_name.setdefault(ent.label, []).append(longer[0])
    # 某某模式, 某某机制, 某某活动, 某某项目 beside 某某 itself: the name with a word for its kind
    labels = {ent.label for ent in programs}
    for ent in programs:
        kind = _KIND_WORD.search(ent.label)
        if kind and len(ent.label) - len(kind.group(0)) >= 3 and ent.label[:kind.start()] in labels:
            by_name.setdefault(ent.label, []).append(next(p for p in programs if p.label == ent.label[:kind.start()]))
    kept = []
    for ent in programs:
        full = by_name.get(ent.label, [])
        if len(full) == 1:
            target = full[0]
            target.aliases |= ent.aliases | {ent.label}
            target.spans = sorted(target.spans + ent.spans)
            target.attrs["year"] = target.attrs.get("year") or ent.attrs.get("year")
        else:
            kept.append(ent)
    return kept
