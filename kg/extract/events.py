"""Events: meetings, ceremonies and activities reported as having taken place."""
from __future__ import annotations

import re
from datetime import date as date_cls

from ..analyse import Doc
from ..lexicon import AT_THE_EVENT, HELD_MANNER, HELD_VERBS, ORGANIZE_VERBS, VISIT_VERBS
from ..model import Entity
from .chunks import strip_quotes

_MEETING = (r"(?:动员部署大会|推进会|动员大会|部署会|座谈会|工作会议|工作会|现场会|观摩会|培训会|党代会|大会|会议|发布会|交流会|"
            r"总结会|表彰会|调度会|研讨会|报告会|宣讲会|协调会|对接会|推介会|分析会|汇报会|恳谈会|动员会|启动会|誓师会)")
_HELD = re.compile(rf"(?:召开了?|举行了?|举办了?)(?P<name>[^,，。;；:：]{{2,40}}?{_MEETING})")
# …and the meeting named first, then where and how it was held (某某推进会在某地召开, …大会隆重举行)
# (a session reported as it opens or closes is held too: 某某第二十次会议在某区闭幕)
# (a festival: its kind, or a quoted name and 节: 第五届“某某”节)
_EVENT_HEADS = r"(?:仪式|典礼|颁奖典礼|活动|大赛|比赛|讲堂|讲座|分享会|故事会|读书会|婚礼|文化节|艺术节|旅游节|读书节|丰收节|美食节|音乐节|电影节|戏剧节|科技节|体育节|(?<=”)节|运动会|博览会|招聘会|展演|汇演|文艺演出|音乐会|演唱会|联欢会|游园会|嘉年华|马拉松|展览|培训班|研修班|训练营|夏令营|晚会|论坛|大集|市集|集市|评议|测评|公示)"
# (…or any occasion named in quotes, and the day it was held between: “某某发布晚会”4月26日在某馆举行)
# (…or an occasion whose name quotes a title, then a comma and where: “某某榜”发布仪式,在某礼堂举行)
_HELD_AFTER = re.compile(rf"(?:(?P<name>[^,，。;；:：“”]{{4,40}}?{_MEETING})|“(?P<name2>[^“”]{{4,60}}?(?:{_MEETING}|{_EVENT_HEADS}))”"
                         r"(?P<day>\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?)?"
                         rf"|(?P<name3>(?:[^,，。;；:：“”的]|“[^“”]{{1,20}}”){{2,40}}?“[^“”]{{1,20}}”[^,，。;；:：“”的]{{0,12}}?"
                         rf"(?:{_MEETING}|{_EVENT_HEADS}))[,，](?=在))"
                         r"(?:在[^,，。;；:：“”]{2,20}?)?(?:隆重|顺利)?(?:召开|举行|举办|开幕|闭幕)")
# …an activity launched, opened or closed with a ceremony is that ceremony (某某活动启动仪式)
_CEREMONY_TAIL = r"(?:(?:启动|开幕|闭幕|颁奖|揭牌|授牌|签约|开营|开班)?仪式|典礼)"
# a name, or a long quoted name with its head inside the quotes (举办“某某授牌仪式暨某某主题活动”)
_ACTIVITY_NAME = rf"(?:“[^”]{{2,80}}?{_EVENT_HEADS}”|(?:“[^”]{{2,30}}”|(?:“[^”]{{2,30}}”|[^,，。;；“”!?！？:：]){{2,40}}?)" \
                 rf"{_EVENT_HEADS}(?:活动)?{_CEREMONY_TAIL}?)"   # (a quoted name alone before the head: “某某”游园会)
_ACTIVITY = re.compile(rf"(?:举办|举行|开展|直播|迎来了?)(?:了|以)?(?P<name>{_ACTIVITY_NAME})")
# names that are occasions in themselves (an item of a list of activities)
_OCCASION = re.compile(r"(?:大赛|比赛|竞赛|文化节|艺术节|读书节|运动会|晚会|展演|论坛|节)$")
# staged by someone, so reported even without a date: 组织开展…活动, …活动在寿光启动
_STAGED = re.compile(rf"(?:组织开展|组织举办|隆重举行)(?:了)?(?P<name>{_ACTIVITY_NAME})|"
                     rf"(?P<name2>{_ACTIVITY_NAME})(?:(?:在[\u4e00-\u9fff]{{2,16}}?|即日起)(?:{'|'.join(HELD_MANNER)})?"
                     rf"(?:{'|'.join(HELD_VERBS)}|开始)|(?:{'|'.join(HELD_MANNER)})?(?:开幕|闭幕|落幕|落下帷幕|开赛))")
# 某某结对共建举行签约仪式: what the ceremony is for, then the ceremony
_CEREMONY_OF = re.compile(r"(?P<name>[^,，。;；:：“”]{4,40}?)(?:举行|举办)了?(?P<head>(?:签约|启动|揭牌|授牌|颁奖|开营|开班|捐赠)仪式)")
# a meeting named by its spirit being studied: 落实乌海市第八次党代会精神, 党的二十大精神
# a meeting named by its ordinal took place (落实…第八次党代会精神, 聚焦县第十三次党代会提出的目标,
# 十九届中央政治局第三十七次集体学习)
_SPIRIT = re.compile(r"(?P<name>党的[一二三四五六七八九十]+大|[县市区省州]?第[一二三四五六七八九十]+次党代会|"
                     r"[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|"
                     r"(?:[一二三四五六七八九十]+届)?中央政治局第[一二三四五六七八九十]+次集体学习)(?:精神)?")
# a meeting whose spirit is passed on or studied (传达学习了某某经验交流会精神): held elsewhere, before
_SPIRIT_OF_MEETING = re.compile(rf"(?:(?:传达|学习|贯彻|落实|领会)了?)+(?P<name>[^,，。;；、“”了]{{4,36}}?{_MEETING})的?精神")
# …or an occasion a leader spoke at, whose speech is studied (在参加某某活动时的重要讲话精神,
# 在某某座谈会上的讲话)
_SPOKEN_AT = re.compile(rf"在(?:参加|出席)?(?P<name>[^,，。;；、“”在]{{4,30}}?(?:{_MEETING}|活动))(?:时|上)的(?:重要)?讲话")
# milestones reported with a date: X正式动工 / 上线X (…上线, …建成, …竣工验收)
_MILESTONE_VERBS = r"(?:正式)?(?:上线|建成|动工|开工|竣工验收|竣工|开园|揭牌|启用|揭晓|公布|开通)"
_MILESTONE_AFTER = re.compile(rf"(?P<name>[^,，。;；、]{{3,30}}?){_MILESTONE_VERBS}(?:(?![\u4e00-\u9fff])|(?=后|以来|成立|运行))")
# (建成的“某某”正式投入使用: what was done is the quoted name, not the predicate after it)
_MILESTONE_BEFORE = re.compile(rf"(?P<verb>{_MILESTONE_VERBS})(?:了)?(?P<name>的[^,，。;；、”]{{0,20}}”|[^,，。;；、]{{2,30}})")
_NEEDED_HELD = re.compile(r"召开|举行|举办|开幕|闭幕")
_NEEDED_STAGED = re.compile("组织开展|组织举办|隆重举行|即日起|开始|开幕|闭幕|落幕|落下帷幕|开赛|" + "|".join(HELD_VERBS))
_NEEDED_MILESTONE = re.compile(_MILESTONE_VERBS)
_EXPLICIT_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年\d{1,2}月|近期")
# (a span of days: 9月21日至23日, 2月26—27日)
DATE_RE = re.compile(r"(近日|日前|近期|昨日|昨天|昨晚|今日|今天|当天|当日|(?:\d{4}年)?\d{1,2}月\d{1,2}(?:日(?:至\d{1,2}日)?|[—\-－~～至]\d{1,2}日)|"
                     r"\d{4}年\d{1,2}月(?:\d{1,2}日)?)")
_YEAR = re.compile(r"(\d{4})年")
# a sentence set at the event just reported (此外,现场还开展了…活动): dated by that event
_AT_THE_EVENT = re.compile(r"(?:^|[,，。])(?:此外|同时|当天)?[,，]?(?:" + "|".join(AT_THE_EVENT) + ")")
_HOSTED_BY = re.compile("^.*(?:" + "|".join(ORGANIZE_VERBS) + ")的")


# how often a meeting or an activity recurs (每月召开, 定期举办): the habit, not a reported occasion
_ROUTINE = re.compile(r"(?:每(?:年|季度?|月|周|星期|天|日|半年|两周)|定期|常态化|经常性?)[\u4e00-\u9fff]{0,3}$")


# an occasion announced for later (将举办, 拟于某月召开, 即将开幕): not a reported occurrence
# a milestone to come (将于6月建成, 力争年内开工)
_TO_COME = re.compile(r"将|拟|计划|即将|力争|预计|确保|争取")
# a date as a deadline (5月底前, 12月31日之前, 年底前)
_DEADLINE = re.compile(r"(?:底|中旬|上旬|下旬)?(?:之?前|以前)")
_PLANNED = re.compile(r"(?:将|拟|计划|即将|准备)(?:于[^,，。;；]{0,12}?)?(?:在[^,，。;；]{1,12}?)?(?:"
                      + "|".join(HELD_VERBS) + r"|开展)")


# the words one of these patterns cannot match without (its verbs, its head words): a sentence
# without any of them is not scanned — the patterns that open with a free-running name are slow
# to try at every character of a long page
_NEEDED = {_HELD_AFTER: _NEEDED_HELD, _STAGED: _NEEDED_STAGED, _MILESTONE_AFTER: _NEEDED_MILESTONE}


def _finditer(rx: re.Pattern, doc: Doc, start: int):
    needed = _NEEDED.get(rx)
    if needed is None:
        return rx.finditer(doc.text, start)
    return (m for sent in doc.sentences if sent.end > start and needed.search(doc.text, sent.start, sent.end)
            for m in rx.finditer(doc.text, max(start, sent.start), sent.end))


def event_key(doc: Doc, name: str) -> str:
    """One event per name on a page: two articles of a page reporting an event by one name
    report the same one (a name is not enough across pages: 推进会 is held everywhere)."""
    return f"event:{doc.source_file}:{name}"


def place_key(hit) -> str:
    from .regions import region_key
    return region_key(hit.candidates[0])


def event_type(name: str) -> str:
    if re.search(_MEETING + "$", name) or re.search(r"(?:全会|党的[一二三四五六七八九十]+大)$", name):
        return "meeting"
    if re.search(r"(?:仪式|典礼)$", name):
        return "ceremony"
    if name.endswith(VISIT_VERBS):
        return "inspection"
    if name.endswith("公示"):
        return "other"
    return "activity"


def start_date(date: str, fallback_year: int | None) -> str | None:
    m = re.match(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", date)
    if not m:
        return None
    year = int(m.group(1)) if m.group(1) else fallback_year
    if not year:
        return None
    try:                                   # a real calendar: 2月30日 is kept as printed only
        return date_cls(year, int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def article_year(doc: Doc) -> int | None:
    years = [int(y) for y in _YEAR.findall(doc.text[:400]) if 1949 < int(y) < 2100]
    return years[0] if years else None


def event_spans(doc: Doc) -> list[tuple[int, int, str, str | None, str]]:
    """The reported events of a doc, computed once (the programme filter asks too)."""
    cached = doc.memo.get("event_spans")
    if cached is None:
        cached = doc.memo["event_spans"] = _event_spans(doc)
    return cached


def _event_spans(doc: Doc) -> list[tuple[int, int, str, str | None, str]]:
    """(start, end, name, date as printed, how it was reported) of each reported event: "held"
    (召开/举办 by someone), "at" (…活动在寿光启动: a place, no organizer named), "spirit" (a meeting
    whose spirit is studied), "milestone" (…上线, …动工)."""
    text = doc.text
    out = []
    for rx, dated in ((_HELD, False), (_HELD_AFTER, False), (_ACTIVITY, True), (_STAGED, False), (_SPIRIT, False),
                      (_SPIRIT_OF_MEETING, False), (_SPOKEN_AT, False)):
        for m in _finditer(rx, doc, doc.title_end):
            group = next(g for g in ("name", "name2", "name3") if g in m.groupdict() and m.group(g))
            name = strip_quotes(m.group(group)).strip()
            start = m.start(group)
            if rx is _SPIRIT and name[:1] in "第县市区省州":
                # 乌海市第八次党代会: the place written before it (its level character may have
                # been read as the meeting's)
                place = next((h for h in doc.hits if h.end == start or h.end == start + 1 and name[0] != "第"), None)
                if place is not None:
                    name, start = place.surface + name[place.end - start:], place.start
            name = re.sub(r"^(?:了|以|在|的|自)", "", name)
            if rx is not _SPIRIT:
                # 全市创建…推进会: the scope word is the place's, not part of the meeting's name
                # (an activity keeps it: 全省…主题报道活动 is named so)
                scope = re.match(r"全[省市县区州]", name)
                if scope and len(name) - scope.end() >= 6 and re.search(_MEETING + "$", name):
                    name, start = name[scope.end():], start + scope.end()
            lead = _HOSTED_BY.match(name)
            if lead and len(name) - lead.end() >= 3:
                # …、某办承办的“某”活动: who held it is not part of the name
                rest = name[lead.end():]
                found = text.find(rest[:2], start)
                start = found if found >= 0 else start
                name = rest
            sent = doc.sentence_at(m.start())
            head = text[sent.start:m.start()]
            if _ROUTINE.search(text, max(sent.start, m.start() - 8), m.start()):
                continue                             # 每月召开一次议事会: a routine, no one occasion
            if _PLANNED.search(text, max(sent.start, m.start() - 12), m.end()):
                continue                             # 期间将举办…, 拟于12月召开: planned, not yet held
            date = DATE_RE.search(head) or (DATE_RE.search(m.group("day")) if rx is _HELD_AFTER and m.group("day") else None)
            listed = text[start:m.end(group)]                 # (after the hosts, if any were named)
            if text.startswith("、", m.end(group)):        # the name is the first of a list
                listed += re.match(r"[^,，。;；:：]*", text[m.end(group):]).group(0)
            if "、" in listed:
                # a list: an item named as a festival or contest (读书节、故事大赛等) is one that
                # took place, dated or not
                occasions, at = [], start
                how = "at" if m.group(0).startswith("直播") else "held"     # broadcast: staged by others
                for item in re.sub(r"等[^、]*$", "", listed).split("、"):
                    plain = strip_quotes(item).strip()
                    if _OCCASION.search(plain) and len(plain) >= 4:
                        occasions.append((at, at + len(item), plain, date.group(1) if date else None, how))
                    at += len(item) + 1
                out += occasions
                if occasions:
                    continue
            if re.search(r"、.*等[^、]*$|等[\u4e00-\u9fff]{0,4}(?:活动|比赛)$", name):
                continue                             # A、B、C等活动: kinds of activity, not one event
            if dated and date is None and not _AT_THE_EVENT.search(head):
                continue
            if len(name) < 3 or re.match(r"^(?:各类|各种|系列|相关|有关|多种|丰富多彩的|形式多样的)", name):
                continue
            named = _as_named(doc, start, name)
            if named is None:
                continue
            start, name = named
            how = "spirit" if rx in (_SPIRIT, _SPIRIT_OF_MEETING, _SPOKEN_AT) else "at" if group == "name2" else "held"
            # a meeting whose spirit is studied was held before; the sentence's date is the study's
            out.append((start, m.end(group), name, date.group(1) if date and how != "spirit" else None, how))
    for m in _CEREMONY_OF.finditer(text, doc.title_end):
        name = re.sub(r"^(?:首批|随后|同时|当天|现场|活动中|会上|期间)+", "", strip_quotes(m.group("name")).strip())
        if len(name) >= 4:
            sent = doc.sentence_at(m.start())
            date = DATE_RE.search(text[sent.start:m.start()])
            out.append((m.end("name") - len(name), m.end(), name + m.group("head"), date.group(1) if date else None,
                        "held"))
    filed_end = doc.filing_lead[2] if doc.filing_lead else 0      # (not the day a dispatch was filed)
    starts = {t.start for t in doc.tokens}
    for m in list(_finditer(_MILESTONE_AFTER, doc, doc.title_end)) + list(_MILESTONE_BEFORE.finditer(text, doc.title_end)):
        verb_at = m.start("verb") if "verb" in m.groupdict() and m.group("verb") else m.end("name")
        if verb_at not in starts and text[verb_at:verb_at + 2] not in ("正式",):
            continue                                     # 创|建成|果: the verb's characters inside other words
        ca, _ = doc.clause_at(m.start(), m.start())
        sent = doc.sentence_at(m.start())
        dates = list(_EXPLICIT_DATE.finditer(text, max(sent.start, filed_end), m.end()))
        if not dates:
            continue
        date = dates[-1]                                 # the date nearest the milestone
        if _DEADLINE.match(text, date.end()) or _TO_COME.search(text, ca, date.start()):
            continue                                     # 5月底前开工…, 将于6月建成: a target, not a milestone
        verb = m.group(0)[len(m.group("name")):] if "verb" not in m.groupdict() or not m.group("verb") \
            else m.group("verb")
        if "verb" in m.groupdict() and m.group("verb") and any(
                t.start == m.start("name") and t.tag == "v" for t in doc.tokens_in(m.start("name"), m.start("name") + 4)):
            continue                                     # 揭牌|成立: a second verb, not what was unveiled
        name = strip_quotes(m.group("name")).strip()
        name = re.sub(r"^(?:于|在|了|的|将|已|\d{4}年\d{0,2}月?\d{0,2}日?)+", "", name)
        if len(name) < 2 or re.search(r"[\d]{4}年", name):
            continue
        out.append((m.start("name"), m.end(), name + verb.replace("了", ""), date.group(0), "milestone"))
    headline = text[:text.find("\n")] if doc.title_end else ""
    period = _NOTICE_PERIOD.search(text, doc.title_end) if headline.endswith("公示") else None
    if period:
        # a public notice's headline (…推荐候选人公示) and its period printed (公示时间:…至…): it ran then
        out.append((0, len(headline), strip_quotes(headline).strip(), period.group("date"), "notice"))
    for m in _VISIT.finditer(text, doc.title_end):
        who = [t for t in doc.tokens_in(max(0, m.start() - 4), m.start()) if t.tag == "PER" and t.end == m.start()]
        if not who:
            continue                                     # 某某在某地调研: a named person's visit
        sent = doc.sentence_at(m.start())
        date = DATE_RE.search(text[sent.start:m.start()])
        name = who[0].text + m.group("how") + m.group("place") + m.group("verb")
        out.append((who[0].start, m.end(), name, date.group(1) if date else None, "visit"))
    return out


_NOTICE_PERIOD = re.compile(r"公示(?:时间|期|期间|日期)\s*(?:为)?\s*[:：]?\s*(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                            r"(?:\s*[至—-]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?)")


# a named leader's visit of inspection (某某一行到某县调研…, 某某在某地视察): named as printed, the
# party and the titles left out (某某在某地调研)
# (…or leading a team there, the purpose after a comma: 某某带领调研组到某县,就某某开展调研)
_VISIT = re.compile(r"(?:一行|(?:带领|率领|率)[\u4e00-\u9fff]{0,10}?(?:调研组|督导组|检查组|考察团|考察组|工作组|督查组))?"
                    r"(?P<how>在|到|赴)(?P<place>[\u4e00-\u9fff]{2,12}?)"
                    r"(?:[,，](?:就|围绕|对)[^,，。;；]{2,40}?(?:开展|进行))?(?P<verb>" + "|".join(VISIT_VERBS) + ")")


# a theme slogan printed before an ordinal event's name: “某某 某某”第四届…仪式, “…”2024年…大会
_THEME = re.compile(r"“[^”]{2,20}”(?=第[一二三四五六七八九十百\d]+[届次]|\d{4}年)")
_DESCRIBING_TAGS = {"a", "ad", "an", "i", "d"}


def _as_named(doc: Doc, start: int, name: str) -> tuple[int, str] | None:
    """The event's own name in a printed phrase, or None when the phrase describes a kind of
    activity rather than naming one (精彩纷呈的…活动, 以最好的形象迎接…会议); a theme slogan
    before an ordinal name is dropped (“某某 某某”|第四届…仪式)."""
    text = doc.text
    found = text.find(name[:2], start)
    at = found if found >= 0 else start
    theme = _THEME.match(text, at - 1) if text[at - 1:at] == "“" else None
    if theme is not None:
        inner = strip_quotes(theme.group(0))
        if name.startswith(inner) and len(name) - len(inner) >= 4:
            return theme.end(), name[len(inner):]
    toks = doc.tokens_in(at, at + len(name))
    de = next((i for i, t in enumerate(toks) if t.text == "的"), None)
    if de is None:
        return start, name
    if de > 0 and toks[de - 1].tag in _DESCRIBING_TAGS:
        after = toks[de].end
        if text.startswith("“", after):                # 传统的“开秧门”活动: the name after the description
            return after, name[after - at:]
        return None                                  # described, not named
    return start, name


# where a reported event took place: 在某地某广场举行, 在某县召开
_VENUE = re.compile(r"在(?P<venue>[^,，。;；在]{2,30}?)(?:" + "|".join(HELD_MANNER) + ")?(?:" + "|".join(HELD_VERBS) + ")")


_NATIONAL_OCCASION = re.compile(r"(?:全国|中央)(?!文明|首|卫生|双拥|园林|森林)")


def _held_in(doc: Doc, start: int, end: int, places_between, organizer: str | None) -> str | None:
    """The region an event took place in: the innermost place named in its 在…举行 phrase in
    the sentence, else the region that held it (某县召开…: in that county)."""
    sent = doc.sentence_at(start)
    for m in _VENUE.finditer(doc.text, sent.start, sent.end):
        if m.end() < start - 30 or m.start() > end + 30:
            continue
        place = places_between(m.start("venue"), m.end("venue"))
        if place:
            return place
    return organizer if organizer and organizer.startswith("region:") else None


def _place_opening(doc: Doc, start: int) -> str | None:
    """The division an event's name opens with (the last of a chain: 某省某市…), if one is
    printed there and known for certain."""
    at, found = start, None
    while True:
        hit = next((h for h in doc.hits if h.start == at and len(h.candidates) == 1), None)
        if hit is None:
            return found
        found, at = place_key(hit), hit.end


def extract_events(doc: Doc, subject_at, places_between=lambda a, b: None) -> list[Entity]:
    out: dict[str, Entity] = {}
    year = article_year(doc)
    for s, e, name, date, how in event_spans(doc):
        key = event_key(doc, name)
        if key in out and not (how == "held" and out[key].attrs["reported"] == "spirit"):
            continue                   # (a meeting whose spirit is studied is read as held where reported so)
        named_by = _place_opening(doc, s)
        if how == "held":
            # a meeting named after its place (某省某某推进会在某市召开) is that place's, not the venue's
            sub = named_by or subject_at(s)
            venue = _VENUE.search(doc.text, e, doc.sentence_at(s).end)
            if sub and not named_by and venue and venue.start() == e and sub == places_between(venue.start("venue"),
                                                                                               venue.end("venue")):
                sub = None
            if sub and sub.startswith("region:") and _NATIONAL_OCCASION.match(name):
                sub = None             # 全国…表彰大会 in a county's article: the county reports it, did not hold it
        elif how == "spirit":          # the place in its name held it (乌海市第八次党代会), if any
            sub = named_by
        else:                          # a milestone, or an activity only placed: no organizer named
            sub = None
        attrs = {"date": date, "start_date": start_date(date, year) if date else None,
                 "event_type": event_type(name), "organizer": sub, "reported": how,
                 "held_in": places_between(s, e) if how == "visit" else _held_in(doc, s, e, places_between, sub)}
        out[key] = Entity("Event", key, name, attrs=attrs, spans=[(s, e)])
    return list(out.values())
