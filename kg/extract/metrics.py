"""Metrics: every number with a unit (or a percentage) becomes one quantitative statement.

Measure words come from jionlp's packaged quantifier statistics; Chinese numerals are read
with cn2an. Years, dates, ordinals (第五届) and numbered names (三大行动, 3+x) are not metrics.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..analyse import Doc
from ..lexicon import APPROX_BEFORE, APPROX_MORE_BEFORE, DIVISION_KIND_ENDS, PEOPLE_COUNTED
from ..model import Entity
from .chunks import inside_book_title

_MULT = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000), "百": Decimal(100)}
# Measure words the packaged list lacks or ranks low but news uses for counts.
_EXTRA_UNITS = {"人", "所", "门", "余人", "户", "处", "方", "类", "层", "本", "项", "场次", "人次", "千米",
                "平方米", "公里", "根", "期", "间", "个百分点", "万人次", "座", "家", "支", "篇", "件", "条",
                "小时"}        # (志愿服务时长1280万小时: hours of service)
# Listed quantifiers that are not counts in this register (ordinals, ages, vague or date words).
_NOT_UNITS = {"些", "届", "号", "代", "级", "周年", "岁", "周岁", "把", "首", "点", "号", "系列", "股",
              "道", "分", "度", "节", "页", "章", "番", "辈子", "年年", "天天", "个个", "种种", "层层", "步步",
              "家家", "阵阵", "分分", "°", "$", "￥", "G", "M", "m", "BP"}
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿几"
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@lru_cache(maxsize=1)
def units() -> list[str]:
    from ..packaged import jionlp_text
    found = set(_EXTRA_UNITS)
    for line in jionlp_text("quantifiers_stat.txt").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and float(parts[2]) >= 0.2:
            found.add(parts[0])
    found -= _NOT_UNITS
    return sorted(found | set(PEOPLE_COUNTED), key=len, reverse=True)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    unit_alt = "|".join(re.escape(u) for u in units())
    return re.compile(
        rf"(?P<pre>超过|超|逾|突破|多达|高达|将近|近|约|大约|上(?=[百千万]))?"
        # (28,560元: digits grouped by thousands)
        # (2万2千余个: ten-thousands and thousands in digits)
        rf"(?P<num>\d+万\d[千百]|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[{_CN_DIGITS}]+)"
        # 50余亿元 as 50亿余元; 千 is no multiplier in a unit of its own (100千米, 5千瓦)
        rf"(?:(?P<more0>余|多)(?=[万亿千]))?(?P<mult>[万亿]|千(?![米克瓦伏焦])|)(?P<more1>余|多)?"
        # (分 is a score only with decimals or a ranking after it: 95.24分, 90分以上, 92分名列第5)
        rf"(?:(?P<pct>%|个百分点)|(?P<unit>{unit_alt}|(?<=\.\d)分|(?<=\.\d\d)分|分(?=名列|位列|排名|位居|居第|以上)))"
        rf"(?P<more2>余|多|以上|左右)?")


_DIGITS = "一二三四五六七八九"
_DIGIT_PAIR = re.compile(r"([一两二三四五六七八])([二三四五六七八九])([十百千万])")


def _cn_value(s: str) -> tuple[Decimal | None, bool]:
    """Chinese numeral → (value, vague). 十几 → 10 (vague), 近万 → 10000."""
    import cn2an
    vague = "几" in s
    s = s.replace("几", "")
    if not s:
        return None, vague
    if s in ("万", "亿", "千", "百", "十"):
        s = "一" + s
    pair = _DIGIT_PAIR.fullmatch(s)
    if pair and _DIGITS.index(pair.group(2)) == _DIGITS.index(pair.group(1).replace("两", "二")) + 1:
        s, vague = pair.group(1) + pair.group(3), True     # 二三百 (two or three hundred): from 200
    two = re.fullmatch(f"([{_DIGITS}两])([{_DIGITS}])", s)
    if two and _DIGITS.index(two.group(2)) == _DIGITS.index(two.group(1).replace("两", "二")) + 1:
        s, vague = two.group(1), True                      # 三四天 (three or four days): from 3
    try:
        return Decimal(str(cn2an.cn2an(s, "smart"))), vague
    except (ValueError, KeyError, TypeError, IndexError):
        return None, vague


# what follows a numeral that makes it part of a name or a date, not a figure
_IN_A_NAME = re.compile(r"(?:位一体|周年|套班子|次产业|年行动|年规划|年计划|年攻坚|年行动计划|大行动|大工程|大任务|项行动)")


_COUNTDOWN = re.compile(r"(?:仅剩|还剩|只剩|剩下|尚余|倒计时)$")
_RANK_CUT = re.compile(r"(?:排名|排在|排位|位列|位居|名列)前$")
_QUOTED_NAME_REST = re.compile(r"[^“”,，。;；:：]{2,12}”")


def _is_excluded(text: str, m: re.Match) -> bool:
    start, num = m.start("num"), m.group("num")
    before = text[max(0, start - 1):start]
    after_num = text[m.end("num"):m.end("num") + 1]
    if before == "第" or after_num in "+xX" or text.startswith(("周岁", "岁"), m.end("num") + len(m.group("mult") or "")):
        return True                       # ordinals, numbered names (3+x) and ages (65周岁以上)
    if before and (before.isdigit() or before in ".-—~～" or before == "," and text[start - 2:start - 1].isdigit()):
        return True
    unit = m.group("unit") or ""
    if unit in ("年", "月", "日") and num.isdigit() and len(num) == 4:
        return True
    if unit == "年" and text[m.end():m.end() + 1] in "度初末底":
        return True
    if unit == "小时" and re.match(r"(?!的|以上|左右)[\u4e00-\u9fff]", text[m.end():m.end() + 2]):
        return True                       # 24小时不间断服务: hours naming a service, not counted
    if _IN_A_NAME.match(text, m.end("num") + len(m.group("mult") or "")):
        return True                       # 五位一体, 三年行动, 四套班子, 三次产业, 60周年: part of a name
    if _COUNTDOWN.search(text, max(0, start - 4), start):
        return True                       # 距测评仅剩四个月: the time left before a date, no figure
    if _RANK_CUT.search(text, max(0, start - 4), start):
        return True                       # 排名前10%的农户: a cut-off in a ranking, not a measured figure
    if inside_book_title(text, start):
        return True                       # 《某某文明二十条》: a numeral inside a title
    if before == "“" and _QUOTED_NAME_REST.match(text, m.end("num")):
        return True                       # “三张清单”, “15分钟生活圈”: a numeral opening a quoted name
    if not num[0].isdigit():
        if num in ("一", "两", "几") or set(num) <= {"十", "百", "千", "万", "亿"} and not m.group("pre") \
                and not (m.group("more0") or m.group("more1")):
            return True                   # (千余名党员: a thousand and more, counted)
        # a numeral glued to the word before is part of a name (一心四全, 十四五)
        if before and before in _CN_DIGITS:
            return True
    return False


_SPAN_RANGE = re.compile(r"\s*年?(?:[—\-~～至到]|以来)")
# a headline for a year's report: every figure in it is of that year
# the present stated after a year (成立于2019年,现有队员286人): the figure is today's, not that year's
_NOW = re.compile(r"现有|目前|如今|现在|至今|眼下")
_YEAR_REPORT = re.compile(r"公报|年报|年度报告")
# words that frame a figure within the year a report covers
_YEAR_FRAME = re.compile(r"全年|年末|年底|年内|上年|同比")
_RELATIVE_YEAR_BACK = {"今年": 0, "本年度": 0, "去年": 1, "过去一年": 1, "上一年": 1, "前年": 2}
# (比去年增长: a comparison, the figure is still this year's)
_RELATIVE_YEAR = re.compile("(?<![比较同])(?:" + "|".join(_RELATIVE_YEAR_BACK) + ")")


# a limit set, not a figure reached: 彩礼不得超过6万元 (at most), 比例不低于13% (at least)
_AT_MOST_BEFORE = re.compile(r"(?:不得?|不能|不应)(?:超过|超出|高于|多于|大于)$|(?:最多|至多|控制在)$")
_AT_LEAST_BEFORE = re.compile(r"(?:不得?|不能|不应)(?:低于|少于|小于)$|(?:至少|最少|最低)[\u4e00-\u9fff]{0,3}$")
_AT_MOST_AFTER = re.compile(r"(?:以内|以下)")


def _bound(text: str, start: int, end: int) -> str | None:
    """at_most / at_least for a figure printed as a limit (the guide's qualifiers), else None."""
    before = text[max(0, start - 6):start]
    if _AT_MOST_BEFORE.search(before + text[start:start + 2] if text.startswith(("超过", "超"), start) else before):
        return "at_most"
    if _AT_LEAST_BEFORE.search(before):
        return "at_least"
    if _AT_MOST_AFTER.match(text, end):
        return "at_most"
    return None


def main_year(doc: Doc, pos: int) -> int | None:
    """The year a figure belongs to: stated in its sentence before it, or said relative to the
    headline's year (今年, 去年) or within it (全年, 年末, 比上年); a year printed in an earlier
    sentence is not the figure's (1994年毕业…。三十年来,资助…)."""
    text = doc.text
    sent = doc.sentence_at(pos)
    # a year that opens a span (自2010年…以来累计, 2018—2020年) is when a count began, not its
    # year (从2010年起在500个村试点 is 2010's)
    years = [int(y.group(1)) for y in _YEAR.finditer(text, sent.start, pos)
             if not (_SPAN_RANGE.match(text, y.end(1))
                     or y.start() > 0 and text[y.start() - 1] in "—-~～至" and text[y.start() - 2:y.start()] != "截至"
                     or "以来" in text[y.end():pos] or _NOW.search(text, y.end(), pos)
                     or text[y.start() - 1:y.start()] in ("自", "从") and "累计" in text[y.end():pos])]
    if years:
        return years[-1]
    headline = [int(y.group(1)) for y in _YEAR.finditer(text, 0, doc.title_end)]
    if headline and _YEAR_REPORT.search(text, 0, doc.title_end):
        return headline[0]                 # 2023年某区国民经济和社会发展统计公报: that year's figures
    relative = _RELATIVE_YEAR.search(text, sent.start, pos)
    if relative:
        # 今年/去年: the year the headline gives, counted back; no year printed earlier in the
        # paragraph (自2021年启动…。今年,…) is meant
        return headline[0] - _RELATIVE_YEAR_BACK[relative.group(0)] if headline else None
    if headline and _YEAR_FRAME.search(text, sent.start, pos + 8):
        return headline[0]                 # 全年…, 年末…, 比上年增长…: the year a report is of
    return None


def extract_metrics(doc: Doc, subject_at) -> list[Entity]:
    """``subject_at(pos)`` names the entity key a figure at ``pos`` is about (or None)."""
    text = doc.text
    out: list[Entity] = []
    for m in _pattern().finditer(text):
        if _is_excluded(text, m):
            continue
        if any(h.start <= m.start("num") < h.end for h in doc.hits):
            continue                      # 九台|区, 三亚, 五指山: a numeral inside a place's name
        num = m.group("num").replace(",", "")
        if "万" in num and num[0].isdigit():
            import cn2an
            value, vague = Decimal(str(cn2an.cn2an(num, "smart"))), False
        elif num[0].isdigit():
            value, vague = Decimal(num), False
        else:
            value, vague = _cn_value(num)
            if value is None:
                continue
        if m.group("mult"):
            value *= _MULT[m.group("mult")]
        unit = "%" if m.group("pct") == "%" else (m.group("pct") or m.group("unit"))
        if unit.startswith("万") and len(unit) > 1:      # 万人次 → ×10^4 人次
            value *= _MULT["万"]
            unit = unit[1:]
        if unit in PEOPLE_COUNTED:
            if not m.group("mult"):
                continue                       # 3网友 is no Chinese: only 500万网友 counts people
            unit = "人"
        if unit == "余人":
            unit = "人"
        pre = m.group("pre") or ""
        if unit == "年" and pre == "近" and (re.match(r"(?:以)?来", text[m.end():m.end() + 2])
                                            or re.search(r"\d", text[m.end():doc.clause_at(m.start(), m.end())[1]])):
            continue                           # 近三年来, 近三年累计投入1.2亿元: the period a figure covers
            # (a span of years a person or body has kept at it, 三十多年来, is a figure of its own)
        more = m.group("more0") or m.group("more1") or m.group("more2") or ""
        qualifier = ("approx_more" if pre in APPROX_MORE_BEFORE or more in ("余", "多", "以上") or vague
                     else "approx" if pre in APPROX_BEFORE or more == "左右" else "exact")
        qualifier = _bound(text, m.start(), m.end()) or qualifier
        out.append(_figure(doc, m.start(), m.end(), value, unit, qualifier, subject_at))
    taken = [e.spans[0] for e in out]
    for m in _PERCENT_IN_WORDS.finditer(text, doc.title_end):
        # 百分之四十二, 百分之九十五点五: a percentage written out
        whole, _, tenths = m.group("num").partition("点")
        value, vague = _cn_value(whole) if not whole.isdigit() else (Decimal(whole), False)
        if value is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if tenths:
            value += Decimal("0." + "".join(str("零一二三四五六七八九".index(c)) for c in tenths if c in "零一二三四五六七八九"))
        qualifier = _bound(text, m.start(), m.end()) or ("approx_more" if m.group("more") or vague else "exact")
        out.append(_figure(doc, m.start(), m.end(), value, "%", qualifier, subject_at))
    for m in _COUNTED_BEFORE.finditer(text, doc.title_end):
        # 观看人次超过250万, 参与学生超过70万: what is counted printed before the number
        if any(a < m.end() and m.start("num") < b for a, b in taken):
            continue
        value = Decimal(m.group("num")) * _MULT[m.group("mult")]
        unit = "人次" if m.group("noun") == "人次" else "人"
        pre = m.group("pre")
        qualifier = "approx_more" if pre in APPROX_MORE_BEFORE else "approx" if pre in APPROX_BEFORE else "exact"
        out.append(_figure(doc, m.start("noun"), m.end(), value, unit, qualifier, subject_at))
    # a headline's figure is stated once: kept only when the text does not state it again
    body = {(e.attrs["value"], e.attrs["unit"]) for e in out if e.spans[0][0] >= doc.title_end}
    return [e for e in out if e.spans[0][0] >= doc.title_end or (e.attrs["value"], e.attrs["unit"]) not in body]


def _figure(doc: Doc, start: int, end: int, value: Decimal, unit: str, qualifier: str, subject_at) -> Entity:
    """A figure printed in [start, end) with its clause, what it measures, its year and subject."""
    text = doc.text
    a, b = doc.clause_at(start, end)
    indicator = _indicator(doc, a, start, end, b, _predicate_start(doc, end, b))
    key = f"metric:{doc.source_file}:{doc.article.index}:{doc.traced.offset(start)}"
    shown = str(value.normalize()) if value == value.to_integral() else str(value)
    attrs = {"value": format(value.normalize(), "f") if "E" in shown else shown,   # quantize() fails past 28 digits
             "unit": unit, "qualifier": qualifier, "indicator": indicator, "evidence": text[a:b].strip(),
             "year": main_year(doc, start), "about": subject_at(start)}
    return Entity("Metric", key, f"{indicator} {text[start:end].strip()}", attrs=attrs, spans=[(start, end)])


_PERCENT_IN_WORDS = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?|\d+)"
                               r"(?P<more>以上)?")
# people or visits counted with the noun before the number and a verb of amount between
_COUNTED_BEFORE = re.compile("(?P<noun>人次|人数|" + "|".join(sorted(PEOPLE_COUNTED, key=len, reverse=True)) + ")"
                             r"(?P<pre>超过|超|达到|达|突破|逾|近|约)(?P<num>\d+(?:\.\d+)?)(?P<mult>[万亿])"
                             r"(?=[,，。;；、)）]|$)")

# words opening a clause before what is measured: time, scope, aim (全年累计开展…, 力争全州…占比)
_LEAD_WORDS = re.compile(r"^(?:他们|她们|[他她](?!人)|目前|截至目前|如今|现如今|眼下|当前|同时|其中|此外|已|共有|共|累计|(?:今年|年初|去年)以来|全[省市县区州旗盟镇乡]|并|还|先后|现|当天|当日|全年|"
                         r"今年|当年|年内|力争|确保|预计)+")


# verbs of amount between what is measured and its figure (达到, 超过, 共计…; 行为 keeps its 为)
_REACHES = r"超过|超|逾|突破|近|约|达到|达|(?<![行作认])为|共计|共|累计"
# a comparison with the year or period before, closing the words before a figure
_COMPARED = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)$")


_PREDICATE_TAGS = ("v", "vd", "d", "ad", "p")


def _predicate_start(doc: Doc, end: int, b: int) -> int:
    """Where what is counted after a figure ends: where the clause's predicate starts (30名志愿者|
    受到表彰, 86个小区|已全部|建成, 12个单位|被|授予), not inside a quoted name; when a verb follows
    the figure straight away, the words after it are kept whole (b)."""
    text = doc.text
    after = doc.tokens_in(end, b)
    if after and after[0].start == end and after[0].tag in _PREDICATE_TAGS:
        return b
    return next((t.start for t in after if t.tag in _PREDICATE_TAGS and t.start - end >= 1
                 and text.count("“", end, t.start) <= text.count("”", end, t.start)
                 and _opened(text, end, t.start, "(（") <= _opened(text, end, t.start, ")）")), b)


def _opened(text: str, a: int, b: int, marks: str) -> int:
    return sum(text.count(ch, a, b) for ch in marks)     # (22个村(居)均…: no predicate inside brackets)


_KEPT_COMMA = "\ue000"          # a 、 inside brackets while the words after a figure are split


_RANKED = re.compile(r"名列|位列|排名|位居|居第")


def _indicator(doc: Doc, a: int, ns: int, ne: int, b: int, verb: int | None = None) -> str:
    """What is measured: the words after the figure up to a verb (474个小区改造 → 小区改造) or
    the words before it."""
    text = doc.text
    # (a short bracketed alternative stays: 243个村（社区）)
    # (a list inside brackets is one alternative: 122个县(市、区))
    span = re.sub(r"[(（][^()（）]{1,8}[)）]", lambda m: m.group(0).replace("、", _KEPT_COMMA), text[ne:verb or b])
    after = re.split(r"[,，。;；、]|^[(（]|[(（](?![^()（）]{1,8}[)）])", span)[0].strip().replace(_KEPT_COMMA, "、")
    after = re.sub(r"^(?:的|以上|以下|以内|左右|余|多|以来|来)+", "", after)     # (4年来: since, no noun)
    after = re.sub(r"(?:全部|均|都|已经|已)$", "", after)                         # (223个村|全部)
    if _RANKED.match(after):
        after = ""                       # 95.24分名列第5: the rank is not what is scored
    # 授予…等86个单位“某某”称号: the units counted, not the title they are given
    after = re.sub(r"(?:全国|全省|全市|第[一二三四五六七八九十\d]+届)[^“”]*称号$", "", after)   # 202个城市|全国文明城市称号
    titled = re.match(r"^([\u4e00-\u9fff]{1,6})“[^”]*(?:”(?:荣誉)?称号)?$", after)
    after = titled.group(1) if titled else after
    # 9个乡镇的1200余名运动员: what is counted ends before another figure or a 的 phrase
    after = re.sub(r"(?:和|及|与)$", "", re.split(r"\d", after)[0])     # 20户“文明家庭”和|30名…
    if "的" in after and len(after.split("的")[0]) >= 2:
        after = after.split("的")[0]
    respectively = re.search(r"([^,，。;；]{2,30}?)分别", text[a:ns])
    if respectively:
        # 城区、农村的群众满意度分别达到95.2%和91.6%: each figure measures what stands before 分别;
        # 两地分别投入资金300万元、200万元: or, the places before it, what follows it
        post = re.sub(rf"^(?:{_REACHES}|是)", "", re.split(r"\d", text[a + respectively.end():ns])[0])
        post = re.sub(rf"(?:{_REACHES})$", "", post).strip()
        pre = _LEAD_WORDS.sub("", respectively.group(1).split("的")[-1]).strip()
        return (post if len(post) >= 2 else pre)[-30:] or text[a:b].strip()[:30]
    quoted = re.sub(r"“[^“”]{1,30}”", lambda m: m.group(0).replace("、", _KEPT_COMMA), text[a:ns])
    pieces = [p.replace(_KEPT_COMMA, "、") for p in re.split(r"[、]", quoted)]    # (“传家风、立家规”: one name)
    kinds = len(pieces)
    while kinds > 1 and "等" in pieces[-1] and not re.search(r"\d", pieces[kinds - 2]):
        kinds -= 1                                 # 停车、绿化等问题75个: kinds listed, one count
    before = _LEAD_WORDS.sub("", "、".join(pieces[kinds - 1:]).strip())   # 60条、未成年人公益广告8条
    # (某县|累计开展…活动1.2万场次: the place is what the figure is about, not what it measures)
    places = sorted({h.surface for h in doc.hits if a <= h.start < ns and h.surface.endswith(DIVISION_KIND_ENDS)},
                    key=len, reverse=True)
    while opening := next((p for p in places if before.startswith(p) and len(before) - len(p) >= 2), None):
        before = _LEAD_WORDS.sub("", before[len(opening):])     # (某省|某县|…: a chain of places)
    before = re.sub(r"(?:等|和|及|与)$", "", before)                              # 教师、医生等32名; A、B和|20户C
    if before.startswith("“") and "”" not in before:
        before = before[1:]                        # “去年我家收入15万元: a quotation opens, no name
    change = re.search(r"(?:增长|提高|下降)$", before)
    before = re.sub(rf"(?:{_REACHES}|增长|提高|下降|控制在|(?:提高|提升|增加|增长|上升|降低|下降|减少)到)$", "", before)
    # 礼金不|超过100元, 彩礼不得高于3万元: a limit's words
    before = re.sub(r"(?:(?:不得?|不能|不应)(?:超过|超出|高于|多于|大于|低于|少于|小于)?|最多|至多|至少|最少)$", "", before)
    before = re.sub(r"(?:已经|已|均|都)$", "", before)                        # 人数已|达540人
    before = re.sub(r"[\d.]+[万亿千百]?(?:至|到|—|-|~|～)$", "", before)         # 节约2万至|3万元: a range's lower end
    compared = _COMPARED.search(before)
    if compared:
        before += change.group(0) if change else ""    # 平均费用较去年下降35%: the change is measured
    if compared and compared.start() == 0 and a > 1:
        # 收入达到2.86万元,同比增长6.2%: the growth of what the clause before measured
        pa, pb = doc.clause_at(a - 2, a - 2)
        if not re.search(r"\d", text[pa:pb]) and pa > 1:
            pa, pb = doc.clause_at(pa - 2, pa - 2)     # (按可比价格计算,比上年增长: a clause between)
        measured = re.split(r"\d", text[pa:pb])[0] if re.search(r"\d", text[pa:pb]) else ""
        measured = re.sub(rf"(?:{_REACHES})$", "", _LEAD_WORDS.sub("", measured))
        if len(measured) >= 2:
            before = measured + before
    before = before.strip()
    if text[ne - 1:ne] == "分" and not after and (not before or any(h.surface == before for h in doc.hits)):
        return "得分"                    # 某市95.24分: the place's score
    # (a one-character noun counted before its verb stands: 23个村|推广)
    if after and (len(after) >= 2 or titled or verb is not None and ne + 1 == verb) and not re.match(r"^[,，。]", after):
        return after[:30]
    return before[-30:] or after[:30] or text[a:b].strip()[:30]
