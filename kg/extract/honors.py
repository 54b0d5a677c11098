"""Honors: titles and awards received (荣获/获评/被评为/当选/荣登/入选 …), with recipients or counts."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..lexicon import LIST_HEADING
from ..model import Entity
from .chunks import strip_quotes

_VERBS = r"(?:荣获|获评|被评为|评为|当选为?|当选|荣登|入选|被确定为|被命名为|命名为|被授予|授予|表彰为|评选为|荣膺|获颁|获得|获(?!奖))"
# (a place may open a quoted title: 获评某市“最美志愿者”)
# (the period a monthly or quarterly title is for stands before it: 当选2月份“某省好人”)
_HONOR = re.compile(_VERBS + r"(?:\d{4}年(?:度)?(?=第|\d{1,2}月))?(?:第[一二三四]季度|\d{1,2}月份?)?"
                    r"(?P<name>(?:[\u4e00-\u9fff]{2,8}?[省市县区州旗盟])?“[^”]{2,30}”|[^,，。;；、“”]{2,30}?(?:称号|榜|模范|单位|城市|村镇|村|先进县|先进|"
                              r"标兵|奖|示范点|示范中心|试点县|试点市|试点|典型|好人|项目|特色校|家庭|个人|集体|人物|之星|楷模|能手|英雄)(?:名单)?)")
_COUNT = r"\d+(?:\.\d+)?万?[个户名人家位]"
# one item of an honor list: [count] [级] “name” | name-with-honor-noun [count]
# (…the first of those named before a count: 推选出某某等9名“最美志愿者”)
_ITEM = re.compile(rf"(?:(?P<named>(?:[^,，。;；“”、]|“[^“”]{{1,8}}”){{2,30}}?)等(?={_COUNT}))?(?P<pre>{_COUNT})?(?P<scope>[省市县区]级)?(?:“(?P<q>[^”]{{2,20}})”|"
                   rf"(?P<plain>[\u4e00-\u9fff]{{2,12}}?(?:道德模范|好人|志愿者|示范户|楼道|标兵|先进个人|家庭|单位|市民|典型)))"
                   rf"(?P<post>{_COUNT})?")
_GENERIC_HONOURS = frozenset({"先进典型", "典型", "先进个人", "先进集体", "先进单位", "优秀个人"})
_KINDS_OF = re.compile(r"^(?:各级各类|各级|各类|一批|一大批|多名|系列)")
_LIST_VERB = re.compile(r"(?:推出|选树|推选出?|评选出?|遴选出?|评定|评出|涌现出?|获评|入选|表彰)")


# a person said to be an honoured one (某某,是某省助人为乐模范。): the copula with a title for people
_IS_HONOURED = re.compile(r"(?:^|[,，])(?:是|系)(?P<name>[^,，。;；、“”的]{2,16}?(?:模范|标兵|好人|劳模|先进个人|楷模|之星|"
                          r"十大人物))(?=[,，。;；、])")
# quoted titles printed one after another after an award verb: 获评“A”“B”“C”
# (not across a comma: 获评“A”,“B”等8个项目获评… — the comma ends the clause)
_QUOTED_RUN = re.compile(_VERBS + r"(?P<run>(?:“[^”]{2,30}”[、和及]?){2,})")
# 被某协会授予某某称号: the agent stands between 被 and the verb
# 为10名“某某好人”颁发证书: a quoted title handed to people counted before it
_HANDED = re.compile(rf"为(?P<count>{_COUNT})?(?:[\u4e00-\u9fff]{{0,8}}?)“(?P<name>[^”]{{2,30}})”(?:获得者|代表)?"
                     r"(?:颁发|颁奖|授牌|授旗|颁授)")
# 对…进行表彰 / 予以表扬: what the list praises
_PRAISED = re.compile(r"对(?P<list>[^。;；]{2,120}?)(?:进行了?|予以|给予)(?:通报)?(?:表彰|表扬|嘉奖)")
_PRAISED_PASSIVE = re.compile(r"(?:受到|获得|获|受)了?(?:通报)?(?:表彰|表扬|嘉奖)")
_COUNTED_TITLE = re.compile(rf"(?P<count>{_COUNT})“(?P<name>[^”]{{2,20}})”")
_CONFERRED = re.compile(r"授予了?(?P<name>[^,，。;；]{2,30}?|[^,，。;；“”]{2,30}?“[^“”]{2,30}”)(?:荣誉)?称号")
_QUOTED_TITLE = re.compile(r"“([^”]{2,30})”")
_COUNTED_CONFERRED = re.compile(rf"授予了?(?P<count>{_COUNT}(?:[(（][^()（）]{{1,3}}[)）])?)[\u4e00-\u9fff]{{0,4}}?(?:[(（][^()（）]{{1,4}}[)）])?"
                                r"(?P<name>(?:第[一二三四五六七八九十\d]+届)?(?:全国|全省|全市|[省市县区]级|[\u4e00-\u9fff]{2,3}[省市县区])"
                                r"[^,，。;；“”]{2,20}?)(?:荣誉)?称号")
_RECIPIENTS_COUNTED = re.compile(rf"等({_COUNT})")
# 授予某村等20个村“某某”称号: a name ending like a title, then 等 and a count, is the first recipient
_FIRST_OF_COUNTED = re.compile(rf"等{_COUNT}")
# an honorific title printed before a name, as 职务 are (全国道德模范张三, 特等功臣李四)
_TITLE_BEFORE_NAME = re.compile(r"(?P<name>(?:[\u4e00-\u9fff]{0,8}“[^”]{2,12}”|[\u4e00-\u9fff]{2,12}?)"
                                r"(?:模范|之星|好人|功臣|标兵|劳模|先锋|英雄|楷模|十大人物|最美[\u4e00-\u9fff]{1,6})”?)$")


# a list of titles received, then 等 and the honours they are (荣获A、B、C等国家、省各级荣誉)
_HONOUR_LIST = re.compile(r"(?:荣获|获评|获得|被评为|先后获得|获)(?P<list>(?:[^,，。;；、“”]{3,20}、)+[^,，。;；、“”]{3,20}?)"
                          r"等[^,，。;；]{0,16}?(?:荣誉|称号|奖项|表彰)")
# what may end the words before a title printed before a name (…慰问组向|第九届某省道德模范,
# …某某以及|第六届某省道德模范)
_BEFORE_TITLE = re.compile(r"以及|及|向|对|为|给|的")


# a quoted title on a line of its own, then a colon: one holder a line follows (“某某楷模”是:,
# “某某十大人物”:分别是:)
_QUOTED_HEADING = re.compile(r"^“(?P<name>[^“”\n]{2,20})”\s*(?:[:：]\s*)?(?:分别|依次)?是?\s*[:：]$", re.M)
# …and a line's own title before a dash (最美基层干部——某所的某某)
_LINE_TITLE = re.compile(r"(?P<name>[^\s—]{2,12})——")


# how many received the honour, counted straight before the verb (有2人|获得…) or after the title
_PEOPLE_COUNTED_BEFORE = re.compile(rf"({_COUNT})[\u4e00-\u9fff]{{0,4}}$")     # (…25个村镇|获评: the kind counted)
_COUNTED_AFTER_TITLE = re.compile(rf"的({_COUNT})")
# quoted names a selecting verb brings out that are works, not titles (…等一批品牌, …等特色项目)
_WORKS_AFTER = re.compile(r"了?(?:“[^“”]{2,20}”[、和及]?)+等(?:一批|一系列|多个|\d+个)?[^,，。;；“”]{0,12}?"
                          r"(?:品牌|项目|活动|载体|平台|模式|机制|经验|做法)")


# a roll published (发布2023年第四季度“中国好人榜”), those on it counted (13人荣登榜单) or named in
# the sentence after (他们是:…)
_ROLL_PUBLISHED = re.compile(r"(?:发布|公布|揭晓)了?(?:\d{4}年(?:度)?)?(?:第[一二三四]季度|\d{1,2}月份?)?“(?P<name>[^“”]{2,16}榜)”")
_ON_THE_ROLL = re.compile(rf"({_COUNT})(?:荣登|登上|入选|上榜)")
_THEY_ARE = re.compile(r"\s*(?:他们|她们|他们分别|分别)是[:：]")
# a quoted honour roll (“某某好人”榜, “最美某某”榜)
_BOARD = re.compile(r"“([^“”]{2,12}(?:好人|楷模|之星|模范|人物|最美[\u4e00-\u9fff]{1,4}))”榜")
# an honour named by the ceremony that confers it (第四届某省道德模范授奖仪式, 某市十大杰出青年颁奖典礼)
_AWARDED_AT = re.compile(r"(?P<name>(?:第[一二三四五六七八九十\d]+届|(?<![\u4e00-\u9fff]))[\u4e00-\u9fff]{2,16}?"
                         r"(?:模范|标兵|好人|楷模|之星|先进个人|先进集体|劳模|杰出青年|最美[\u4e00-\u9fff]{1,4}))"
                         r"(?:授奖|颁奖|表彰)(?:仪式|典礼|大会)")


# a list of the honoured published (公布第四届全国文明校园名单), then who is on it (某校榜上有名)
# (新一轮, 新一批: which round, relative to the date, no part of the title)
_LIST_PUBLISHED = re.compile(r"(?:公布|发布|揭晓)了?(?:新一轮|新一批|本轮|本批)?(?P<name>[^,，。;；、“”]{4,30}?)(?:拟表彰)?名单")
# the words of a list not yet conferred
_NOT_CONFERRED = re.compile(r"候选|拟|推荐|公示|初评|提名")
_ON_THE_LIST = re.compile(r"榜上有名|名列其中|位列其中|成功入选|入选其中|上榜|入选(?=[,，。;；]|$)")


def honor_key(name: str) -> str:
    return "honor:" + name


def honor_spans(doc: Doc) -> list[tuple[int, int, str, int | None]]:
    """(start, end, title, count) of each honour the text confers, computed once (the programme
    decision asks too)."""
    cached = doc.memo.get("honor_spans")
    if cached is None:
        cached = doc.memo["honor_spans"] = _honor_spans(doc)
    return cached


def _honor_spans(doc: Doc) -> list[tuple[int, int, str, int | None]]:
    out = []
    for m in _HONOR.finditer(doc.text, doc.title_end):
        if doc.text.startswith("“", m.end()) and "“" not in m.group("name"):
            continue                     # 授予某某等56个单位“某某”称号: the recipients, then the title
        if _FIRST_OF_COUNTED.match(doc.text, m.end()) or re.match(_COUNT, m.group("name")) \
                or _FIRST_OF_COUNTED.search(m.group("name")):
            continue                     # 授予202个城市…, 授予某某等100户家庭…: the recipients counted, the title after them
        name = strip_quotes(m.group("name")).strip()
        name = re.sub(r"(?:名单|之一|(?:荣誉)?称号)$", "", name)
        if len(name) >= 2:
            # (荣获某某榜的26位好人: those who received it, counted after it)
            counted = _counted_before(doc.text, m.start()) or _COUNTED_AFTER_TITLE.match(doc.text, m.end())
            out.append((m.start(), m.end(), name, _count(counted.group(1)) if counted else None))
            if counted:
                # 先后有2人获得某某称号: the holders are only counted, the clause's subject is none
                # (甲、乙等11人当选…: those named before 等 are among them)
                doc.memo.setdefault("honor_counted_only", set()).add(m.start())
    for m in _IS_HONOURED.finditer(doc.text, doc.title_end):
        if not any(a <= m.start("name") < b for a, b, _, _ in out):
            out.append((m.start("name"), m.end("name"), m.group("name"), None))
    for m in _HONOUR_LIST.finditer(doc.text, doc.title_end):
        # 荣获A、B、C等各级荣誉: each item of the list is a title received
        at = m.start("list")
        for item in m.group("list").split("、"):
            name = item.strip()
            if len(name) >= 4 and not any(a <= at < b for a, b, _, _ in out):
                out.append((at, at + len(item), name, None))
            at += len(item) + 1
    for m in _QUOTED_RUN.finditer(doc.text, doc.title_end):
        for q in re.finditer(r"“([^”]{2,30})”", m.group("run")):
            out.append((m.start("run") + q.start(), m.start("run") + q.end(), q.group(1), None))
    for m in _COUNTED_CONFERRED.finditer(doc.text, doc.title_end):
        # 授予202个城市(区)全国文明城市(区)称号: a count, the kind counted, then the title
        name = re.sub(r"[(（][^()（）]{1,4}[)）]", "", m.group("name"))
        if not any(a <= m.start("name") < b for a, b, _, _ in out):
            out.append((m.start("name"), m.end("name"), name, _count(m.group("count"))))
            # (who confers it opens the clause; those who receive it are only counted)
            doc.memo.setdefault("honor_counted_only", set()).add(m.start("name"))
    for m in _CONFERRED.finditer(doc.text, doc.title_end):
        name = strip_quotes(m.group("name")).strip()
        start, count = m.start("name"), None
        quoted = _QUOTED_TITLE.search(m.group("name"))
        if quoted:
            # 授予某某等56个单位“某某”称号: the quoted title; the recipients and their count before it
            counted = _RECIPIENTS_COUNTED.search(m.group("name"), 0, quoted.start())
            name, start = quoted.group(1), m.start("name") + quoted.start()
            count = _count(counted.group(1)) if counted else None
        if len(name) >= 3 and not any(a <= start < b or start <= a < m.end("name") for a, b, _, _ in out):
            out.append((start, m.end("name"), name, count))
    for m in _HANDED.finditer(doc.text, doc.title_end):
        if not any(a <= m.start("name") < b for a, b, _, _ in out):
            count = _count(m.group("count")) if m.group("count") else None
            out.append((m.start("name"), m.end("name"), m.group("name"), count))
    for m in _PRAISED.finditer(doc.text, doc.title_end):
        # 对某某等20户“最美家庭”进行了表彰: the quoted titles counted in what is praised
        for q in _COUNTED_TITLE.finditer(doc.text, m.start("list"), m.end("list")):
            if not any(a <= q.start("name") < b for a, b, _, _ in out):
                out.append((q.start("name") - 1, q.end("name") + 1, q.group("name"), _count(q.group("count"))))
    for m in _PRAISED_PASSIVE.finditer(doc.text, doc.title_end):
        # 10名“孝德之星”和20户“孝德家庭”受到表彰: the quoted titles counted before the passive verb
        clause_start, _ = doc.clause_at(m.start(), m.start())
        for q in _COUNTED_TITLE.finditer(doc.text, clause_start, m.start()):
            if not any(a <= q.start("name") < b for a, b, _, _ in out):
                out.append((q.start("name") - 1, q.end("name") + 1, q.group("name"), _count(q.group("count"))))
    for m in _BOARD.finditer(doc.text, doc.title_end):
        # “某某好人”榜发布: the honour roll itself (those on it are 入选, counted or named)
        name = m.group(1) + "榜"
        if not any(a <= m.start() < b for a, b, _, _ in out):
            out.append((m.start(), m.end(), name, None))
    for m in _ROLL_PUBLISHED.finditer(doc.text, doc.title_end):
        # 某办发布…“中国好人榜”,某省13人荣登榜单。他们是:…: the roll, received by those named after
        if any(a <= m.start("name") < b for a, b, _, _ in out):
            continue
        sent = doc.sentence_at(m.start())
        counted = _ON_THE_ROLL.search(doc.text, m.end(), sent.end)
        nxt = doc.sentence_at(sent.end + 1) if sent.end + 1 < len(doc.text) else None
        named = _THEY_ARE.match(doc.text, nxt.start) if nxt is not None else None
        if counted or named:
            out.append((m.start("name"), m.end("name"), m.group("name"), _count(counted.group(1)) if counted else None))
            if named:                    # (the list runs on over ;, to the full stop or the paragraph's end)
                ends = [i for i in (doc.text.find("。", named.end()), doc.text.find("\n", named.end())) if i >= 0]
                doc.memo.setdefault("honor_named_after", {})[m.start("name")] = (named.end(), min(ends, default=len(doc.text)))
    for m in _AWARDED_AT.finditer(doc.text, doc.title_end):
        if not any(a <= m.start("name") < b for a, b, _, _ in out):
            out.append((m.start("name"), m.end("name"), m.group("name"), None))
    text = doc.text
    for m in _LIST_PUBLISHED.finditer(text, doc.title_end):
        # 某委公布第四届全国文明校园名单,某校榜上有名: the list's title, received by who is on it
        on = _ON_THE_LIST.search(text, m.end(), doc.sentence_at(m.end()).end)
        if on and not any(a <= m.start("name") < b for a, b, _, _ in out):
            counted = _RECIPIENTS_COUNTED.search(text, doc.clause_at(on.start(), on.start())[0], on.start())
            out.append((m.start("name"), m.end("name"), m.group("name"), _count(counted.group(1)) if counted else None))
            doc.memo.setdefault("honor_recipients_at", {})[m.start("name")] = on.start()   # (read by recipients_at)
    headings = [(m, int(m.group("n")) if m.group("n") else None) for m in LIST_HEADING.finditer(text, doc.title_end)]
    headings += [(m, None) for m in _QUOTED_HEADING.finditer(text, doc.title_end)]
    for m, printed_count in headings:
        # 第七届全国文明城市名单(4) / “某某楷模”是:, then one recipient a line: the title, received by the lines
        lines, at = [], m.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end].rstrip(" ;；。")
            if not lines and "、" in line and not re.search(r"[,，。;；:：]", line):
                # 某某名单, then its items on one line parted by 、: each item a recipient
                for item in re.finditer(r"[^、]+", line):
                    lines.append((at + item.start(), at + item.end()))
                at = end + 1
                break
            if not line.strip() or len(line) > 30 or LIST_HEADING.match(line) or re.search(r"[,，。;；:：]", line):
                break                    # (a line with a colon is the next list's heading)
            lines.append((at, at + len(line)))
            sub = _LINE_TITLE.match(line)
            if sub:
                # 最美基层干部——某所的某某: the line's own title, received by that line
                out.append((at, at + sub.end("name"), sub.group("name"), None))
                doc.memo.setdefault("honor_list_lines", {})[at] = [(at, at + len(line))]
            at = end + 1
        if lines and not _NOT_CONFERRED.search(m.group("name")):
            # (某地入选全国文明村镇名单: the title after the verb)
            verb = list(re.finditer(_VERBS, m.group("name")))
            start = m.start("name") + (verb[-1].end() if verb else 0)
            count = printed_count or len(lines)
            out.append((start, m.end("name"), text[start:m.end("name")], count))
            doc.memo.setdefault("honor_list_lines", {})[start] = lines
    for v in _LIST_VERB.finditer(text, doc.title_end):
        if text.startswith("的", v.end()):
            continue                     # 涌现的先进经验和模范典型: what emerged, described, no title conferred
        if _WORKS_AFTER.match(text, v.end()):
            continue                     # 涌现出“A”“B”等一批志愿服务品牌: works, no titles
        pos = v.end() + text.startswith("了", v.end())      # 表彰了一批…: the aspect particle is no title
        while True:
            m = _ITEM.match(text, pos)
            if not m or m.group("q") and v.group(0) == "推出" and not (m.group("pre") or m.group("post")):
                break                   # 推出“某某贷”: a quoted name launched, no one counted, is a scheme
            plain = m.group("plain")
            opening = doc.tokens_in(m.start("plain"), m.end("plain")) if plain else []
            if len(opening) > 1 and opening[0].tag == "v" and opening[0].start == m.start("plain"):
                plain = plain[len(opening[0].text):]         # 表彰走访某某: a second verb, not the honour
            if plain and re.search(r"等[\d一二三四五六七八九十百千]", plain):
                break                   # 表彰命名某某等100户家庭为…: the recipients counted, the title after
            if plain and "的" in plain:
                # "…的星级楼道": the honor is the head noun phrase after the last 的
                plain = plain.rsplit("的", 1)[1]
                if len(plain) < 3:
                    break
            if plain and _KINDS_OF.match(plain):
                break                   # 表彰一批文明单位: kinds of honour, no one title
            if plain:
                plain = re.sub(r"^[\d一二两三四五六七八九十]+[届批次期]", "", plain)   # 评选一届…: how often
            name = (m.group("scope") or "") + (m.group("q") or plain)
            count = m.group("pre") or m.group("post")
            if _KINDS_OF.match(name) or not m.group("q") and name in _GENERIC_HONOURS:
                break                   # 评选各级各类好人1200余名, 表彰先进典型: kinds, no one title
            start = m.start("pre") if m.group("named") else m.start()
            out.append((start, m.end(), name, _count(count) if count else None))
            if m.group("named"):
                # 推选出某某等9名“最美志愿者”: the one named before 等 is among those who receive it
                doc.memo.setdefault("honor_named_in_item", {})[start] = (m.start("named"), m.end("named"))
            elif count and v.group(0) not in ("获评", "入选") or _counted_before(text, v.start()):
                # 最终评选出10位“最美人物”: who selected them is no recipient, and none is named
                # (64个单位获评某某: the units are only counted)
                doc.memo.setdefault("honor_counted_only", set()).add(m.start())
            if not text.startswith(("、", "和", "及"), m.end()):
                nxt = _ITEM.match(text, m.end() + 1) if text.startswith((",", "，"), m.end()) else None
                if not (m.group("named") and nxt and nxt.group("named") and nxt.group("q")):
                    break               # (10个“文明单位”、20户“文明家庭”和30名“最美志愿者”)
            pos = m.end() + 1           # (…某某等9名“某某”,某某等11个“某某”: a run of named items)
    return out


def _counted_before(text: str, at: int) -> re.Match | None:
    """How many received the honour, counted straight before the verb at ``at`` (有2人获得,
    64个单位获评), unless names are listed before the count (甲、乙等11人当选: they are among them)."""
    counted = _PEOPLE_COUNTED_BEFORE.search(text, max(0, at - 8), at)
    return counted if counted and text[counted.start() - 1:counted.start()] != "等" else None


def _count(s: str) -> int:
    num = re.match(r"\d+(?:\.\d+)?", s).group(0)
    return int(float(num) * (10000 if "万" in s else 1))


def titles_before_people(doc: Doc, people: list[tuple[int, int, str]]) -> list[tuple[int, int, str, list[str]]]:
    """Honorific titles in apposition before the people who hold them: 全国道德模范张三、李四 →
    (start, end, title, [person keys])."""
    text = doc.text
    out = []
    for n, (s, e, key) in enumerate(people):
        ca, _ = doc.clause_at(s, e)
        m = _TITLE_BEFORE_NAME.search(text, ca, s)
        if not m or m.end() != s:
            # 省级道德模范、某校教师张三: the honour first in the list of what the person is
            dun = text.rfind("、", ca, s)
            m = _TITLE_BEFORE_NAME.search(text, ca, dun) if 0 < s - dun <= 16 else None
            m = m if m and m.end() == dun and text.rfind("、", ca, dun) < m.start() else None
        if not m or len(strip_quotes(m.group("name"))) < 3:
            continue
        name = strip_quotes(m.group("name")).strip()
        verbs = list(re.finditer(_VERBS + "|" + _LIST_VERB.pattern, name))
        if verbs:
            name = name[verbs[-1].end():]            # 推选出省级道德模范张三: the title after the verb
        name = re.sub(r"^(?:和|与|及|的|是|有|为|对|向|由|在|把|被)", "", name)
        joints = list(_BEFORE_TITLE.finditer(name))
        if joints:
            name = name[joints[-1].end():]           # 慰问组向|第九届某省道德模范某某: the title after the word
        if len(name) < 3:
            continue
        holders = [key]
        for s2, e2, key2 in people[n + 1:]:      # …张三、李四: a list of names shares the title
            if text[holders and e:s2] in ("、", "和", "及") and s2 - e <= 1:
                holders.append(key2)
                e = e2
        at = text.rfind(name, m.start(), s)
        out.append((at if at >= 0 else m.start(), s, name, holders))
    return out


def extract_honors(doc: Doc, recipients_at, people: list[tuple[int, int, str]] = ()) -> list[Entity]:
    """``recipients_at(start)`` lists the entity keys named as receiving an honor at ``start``;
    ``people`` are the (start, end, key) of the persons named, for titles printed before them."""
    out: dict[str, Entity] = {}
    for s, e, name, holders in titles_before_people(doc, sorted(people)):
        ent = out.setdefault(name, Entity("Honor", honor_key(name), name, attrs={"recipients": []}))
        ent.attrs["recipients"] += [k for k in holders if k not in ent.attrs["recipients"]]
        ent.spans.append((s, e))
    at = doc.memo.get("honor_recipients_at", {})
    for s, e, name, count in honor_spans(doc):
        ent = out.setdefault(name, Entity("Honor", honor_key(name), name, attrs={"recipients": []}))
        for key in recipients_at(at.get(s, s)):
            if key not in ent.attrs["recipients"]:
                ent.attrs["recipients"].append(key)
        if count:
            ent.attrs["count"] = count
        ent.spans.append((s, e))
    return list(out.values())
