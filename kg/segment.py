"""Segment: a newspaper page → cleaned paragraphs → articles and photo captions.

Pages come as lines; a paragraph broken by a column break is re-joined, then each line is
classified (headline, '——' subtitle, byline, body, caption, furniture) and grouped into
articles. The cues are layout rules of Chinese newspapers, not names from any page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .lexicon import (CREDIT_ROLES, CREDIT_VERBS, LIST_HEADING, MEDIA_HEADS, NEWS_LEAD, NEWS_LEAD_BARE, OUTLET_JOINER,
                      SOURCE_FIELDS, SOURCE_LINE, UNNAMED_BYLINE)
from .reader import TracedText

HAN = r"\u4e00-\u9fff"
# A paragraph that ends a sentence; closing quotes/brackets may follow the stop.
# (…文明劝导。(李雯): a brief signed in brackets after its full stop is ended too)
_TERMINATED = re.compile(r"[。！？!?…；;](?:[”’」』)\]]*)$|摄$|[。！？!?][(（][^()（）]{2,40}[)）]$")
_SUBTITLE = re.compile(r"^[—－-]{2}\s*")
_LEAD_BYLINE = re.compile(rf"^本报(?:讯|记者)?\s*[(（]([^()（）]{{1,40}})[)）]\s*")
_CAPTION_CREDIT = re.compile(rf"(?:^|[。！？!?”\s])\s*((?:[{HAN}]{{2,4}}[、，,\s]*){{1,4}})\s*摄$")
_PEN_NAME = re.compile(rf"^[{HAN}]{{1,3}}文$")
# (a name of another people is written with a dot between its parts: 木合塔尔·吐尔逊)
_NAME = re.compile(rf"^[{HAN}·]{{2,5}}$|^[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}}){{1,2}}$")
_TITLE_WORD = re.compile(r"(?:书记|常委|部长|主任|局长|区长|市长|县长|镇长|记者|通讯员|委员|主席|校长|院长|社长|editor)")
# Page furniture: mastheads, sponsor lines, account promotions (newspaper layout words).
_FURNITURE = re.compile(r"(?:联办|协办|联合|主办|承办|冠名|官方微信|公众号|客户端|征文|[^\s]{1,4}杯|^[^\s]{2,6}网(?:\s|$)"
                        # a masthead alone (某某报), a page's date, weekday and number (2026年4月9日 星期四 第3版)
                        # a page's editors, a web page's widgets and footer (小字号, 分享到, 版权所有, ICP备)
                        r"|^本版(?:责编|编辑|责任编辑)|^扫一扫|版权所有|ICP备|技术支持[:：]|^[大中小]字号$|^字号[:：]"
                        r"|^分享(?:到|让更多人看到)|^[^\s]{2,8}报$"
                        # a hit counter, a posting date alone, a photo's bare label (会议现场)
                        r"|^(?:点击|浏览|阅读|访问)(?:量|数|次数)?\s*[:：]\s*\d*\s*次?$"
                        r"|^(?:发布时间|发布日期|发稿时间|时间|日期)\s*[:：]\s*[\d\-/:.年月日\s]{6,24}$"
                        r"|^[\u4e00-\u9fff]{0,6}(?:现场|剪影|掠影)$|^(?=.*(?:星期|版|刊))(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*"
                        r"(?:星期[一二三四五六日天])?\s*(?:第\s*[\d一二三四五六七八九十]+\s*版)?"
                        r"(?:\s*[\u4e00-\u9fff]{0,6}(?:版|专刊|周刊))?$)")
_SHORT = 40
# a headline that exclaims or asks (文明新风扑面来!, 谁来守护老人的“饭碗”?): one phrase, no full stop
_EXCLAIMED = re.compile(r"^[^。;；!?！？:：]{2,28}[!?！？]$")   # (记者:…? is a question asked)
# a numbered section heading (01 某某, 一、某某, (一)某某)
_SECTION_NUMBER = re.compile(r"^(?:0?\d{1,2}(?:\s|[|｜、.．])|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")


@dataclass
class Article:
    index: int
    title: TracedText | None
    kind: str = "article"                       # article | photo_caption | brief
    subtitle: TracedText | None = None
    authors: list[tuple[str, bool]] = field(default_factory=list)   # (name, is_pen_name)
    byline_roles: list[str] = field(default_factory=list)           # titles printed with a byline
    photographers: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)                # 编辑, 责任编辑 credited with it
    outlets: list[str] = field(default_factory=list)                # news outlets credited (新华社, 某日报)
    dateline: TracedText | None = None
    paragraphs: list[TracedText] = field(default_factory=list)
    # the place a dispatch was filed from (某通讯社北京某日电): kept as a paragraph of its own,
    # a place named, but where the reporter was rather than what the article is about
    filed_from: TracedText | None = None
    # a title made from the first clause of the text, none printed: no headline to read apart
    title_from_text: bool = False

    @property
    def headline(self) -> str:
        return re.sub(r"\s+", " ", self.title.text).strip() if self.title else ""

    @property
    def body(self) -> TracedText:
        return TracedText.join(self.paragraphs, "\n")


def is_terminated(s: str) -> bool:
    return bool(_TERMINATED.search(s.rstrip()))


# a headline in the "place: what it did" form (某省某县:“某某”守护一江碧水), whose colon is no prose
# …or a feature's headline with its subject after a dash (某某走上致富路——记某村第一书记某某)
_PLACE_HEADLINE = re.compile(rf"^[{HAN}]{{2,16}}(?:省|市|县|区|州|旗|盟|镇|乡|村|街道|社区)[:：][^,，。;；、]{{2,36}}$|"
                             r"^[^,，。;；、]{2,30}——(?:记|访|探访|走近|走进)[^,，。;；、]{2,40}$|"
                             # …or a saying quoted, then what it is about (“以前…,现在…”——某村见闻)
                             r"^“[^“”]{2,40}”——[^,，。;；、“”]{2,40}$|"
                             # …or a couplet: two phrases parted by a space, never prose (退休不褪色 余热暖人心)
                             rf"^(?=[^,，。;；、]{{4,40}}$).*[{HAN}”] [“{HAN}]")


# a place, a colon and a phrase, no more (湖北宜昌:志愿服务进社区): a headline when a place opens it
_PLACE_COLON = re.compile(r"^[\u4e00-\u9fff]{2,10}[:：][^,，。;；、:：]{2,36}$")


def _body_fragment(s: str, starts_with_region: Callable[[str], bool] = lambda s: False) -> bool:
    """An unterminated paragraph that is prose cut by a column break, not a heading (nor a place,
    a colon and a phrase: 湖北宜昌:志愿服务进社区)."""
    if is_terminated(s) or parse_byline(s) is not None or SOURCE_LINE.match(s) or _POSTED.fullmatch(s) \
            or s.endswith((":", "：")) \
            or _PLACE_HEADLINE.match(s) or _SUBTITLE.match(s) and not re.search(r"[。！？!?]", s) \
            or _PLACE_COLON.match(s) and starts_with_region(s):
        return False                     # (——记某县某村党支部书记某某: a subtitle however long)
    return len(s) > _SHORT or any(p in s for p in ",、。;:") and len(s) > 8


def _heading_like(s: str) -> bool:
    return len(s) <= _SHORT and not is_terminated(s) and not any(p in s for p in ",、。")


def lines_of(text: TracedText) -> list[TracedText]:
    out, start = [], 0
    for i, ch in enumerate(text.text + "\n"):
        if ch == "\n":
            line = text[start:i].strip()
            if line.text:
                out.append(line)
            start = i + 1
    return out


def join_column_breaks(lines: list[TracedText],
                       starts_with_region: Callable[[str], bool] = lambda s: False) -> list[TracedText]:
    """Re-join prose split by a column break ("全力抓好重" + "点任务…" → one paragraph)."""
    out: list[TracedText] = []
    for line in lines:
        s = line.text
        fragment = bool(out) and _body_fragment(out[-1].text, starts_with_region)
        if fragment and not _heading_like(s) and not _starts_article(s) and not caption_credit(s):
            out[-1] = out[-1] + line
        elif fragment and caption_credit(s) and not _heading_like(s):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


def _starts_article(s: str) -> bool:
    return bool(_SUBTITLE.match(s) or match_lead(s) or parse_byline(s) is not None or SOURCE_LINE.match(s))


def split_names(s: str) -> list[str]:
    return [n for n in re.split(r"[\s、，,]+", s) if n]


@dataclass
class Credits:
    authors: list[tuple[str, bool]] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


_ROLES_LONGEST = sorted(CREDIT_ROLES, key=len, reverse=True)


def outlet_name(s: str) -> str | None:
    """The outlet in a lead or credit (某通讯社某地 → 某通讯社; 本报 is this paper, no name)."""
    if s.startswith("本报") or not s:
        return None
    for i in range(len(s), 1, -1):
        if s[:i].endswith(MEDIA_HEADS) and len(s) - i <= 4:
            return s[:i]
    return s if len(s) >= 3 else None


def parse_credits(s: str) -> Credits | None:
    """Credits as printed in a lead's brackets or on a credit line: 记者 周秋敏 通讯员 穗文明,
    记者/张三, 某市日报 记者李四, 图、文/某融媒 王某某, 某省日报记者 甲某 乙某, 记者 王 芳.
    None when a piece is neither a role, a name nor an outlet."""
    parts = [p for p in re.split(r"[\s/、，,:：|]+", s.strip()) if p]
    joined: list[str] = []
    for p in parts:                      # a name printed with spaces between its characters
        single = len(p) == 1 and p not in CREDIT_ROLES
        if single and joined and joined[-1].startswith("\0") and len(joined[-1]) < 4:
            joined[-1] += p
        else:
            joined.append("\0" + p if single else p)
    joined = [p.lstrip("\0") for p in joined]
    out, roles, saw_role = Credits(), set(), False
    for p in joined:
        if p in CREDIT_VERBS:
            continue                     # 记者 某某 报道: the verb of the credit line, no name
        if p in CREDIT_ROLES:
            roles, saw_role = ({CREDIT_ROLES[p]} if not roles or out.authors or out.photographers
                               else roles | {CREDIT_ROLES[p]}), True
            continue
        # (a one-character role glued to a name takes a plain name: 文明城市巡礼·柳州篇 is no 文 + name)
        role = next((r for r in _ROLES_LONGEST if len(p) > len(r) and p.startswith(r) and _NAME.match(p[len(r):])
                     and (len(r) > 1 or 2 <= len(p) - 1 <= 4 and "·" not in p)), None)
        if role:                         # 记者张京品
            roles, saw_role, p = {CREDIT_ROLES[role]}, True, p[len(role):]
        else:
            role = next((r for r in _ROLES_LONGEST if len(p) > len(r) + 1 and p.endswith(r)), None)
            if role and outlet_name(p[:-len(role)]) and p[:-len(role)].endswith(MEDIA_HEADS):
                out.outlets.append(outlet_name(p[:-len(role)]))     # 某省日报记者
                roles, saw_role = {CREDIT_ROLES[role]}, True
                continue
            if role and len(role) > 1 and saw_role and _NAME.match(p[:-len(role)]) and 2 <= len(p) - len(role) <= 3:
                # 记者/甲某通讯员/乙某: a name with the next name's role glued on
                _credit_name(out, roles, p[:-len(role)])
                roles = {CREDIT_ROLES[role]}
                continue
        if _NAME.match(p) and (2 <= len(p) <= 4 or "·" in p) and not p.endswith(MEDIA_HEADS):
            _credit_name(out, roles, p)
            continue
        if p.endswith(MEDIA_HEADS) and len(p) >= 3:
            out.outlets.append(outlet_name(p) or p)
            continue
        return None
    if not (out.authors or out.photographers or out.editors) or not saw_role and not out.outlets:
        return None
    return out


def _credit_name(out: Credits, roles: set, name: str) -> None:
    """A name credited under ``roles``: an editor is no author, a proofreader (None) neither."""
    if "editor" in roles and len(roles) == 1:
        out.editors.append(name)
    elif None in roles and len(roles) == 1:
        return
    else:
        if "photographer" in roles:
            out.photographers.append(name)
        if "author" in roles or not roles:
            out.authors.append((name, False))


def match_lead(s: str) -> tuple[int, Credits, tuple[int, int] | None] | None:
    """A news lead opening a paragraph: 本报讯(…), 某通讯社某地4月1日电(记者…), 某时报讯 (记者…),
    某市网5月2日消息(记者…) → (where the text starts, the credits, where the place it was
    filed from is printed, if any: 某地 in 本报某地讯)."""
    m = _LEAD_BYLINE.match(s)
    if m:
        credits = parse_credits(m.group(1)) or Credits(authors=[(n, False) for n in split_names(m.group(1))
                                                                if n not in CREDIT_ROLES])
        return m.end(), credits, None
    m = NEWS_LEAD.match(s)
    if not m:
        bare = NEWS_LEAD_BARE.match(s)
        outlet = outlet_name(bare.group("outlet")) if bare else None
        if not outlet or outlet != bare.group("outlet") or not outlet.endswith(MEDIA_HEADS):
            return None                  # (a paper's name and nothing else before 讯:)
        return bare.end(), Credits(outlets=[outlet]), None
    credits = parse_credits(m.group("credits")) or _names_only(m.group("credits"), 4)
    if credits is None:
        return None
    *joined, raw = re.split(f"[{OUTLET_JOINER}]", m.group("outlet"))
    outlet = outlet_name(raw)
    credits.outlets[:0] = [o for o in [*map(outlet_name, joined), outlet] if o]
    head = 2 if raw.startswith("本报") else len(outlet or "")
    start = m.end("outlet") - len(raw)
    place = (start + head, m.end("outlet")) if 2 <= len(raw) - head <= 6 else None
    return m.end(), credits, place


_CLOSING_CREDITS = re.compile(r"[(（【]([^()（）【】]{2,40})[)）】]")


# an outlet (or a paper and its app) and the time of posting on a line of their own
_POSTED = re.compile(rf"(?P<outlets>[{HAN}A-Za-z{OUTLET_JOINER}]{{2,24}}?)\s+\d{{4}}[-/年]\d{{1,2}}[-/月]\d{{1,2}}日?"
                     r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def parse_source_line(s: str) -> Credits | None:
    """来源:某报,作者:张三,编辑:李四 / 作者:某省日报记者 甲某 乙某 / (记者 甲某 摄影 乙某) on its
    own line → the outlet, the authors, the photographers and the editors."""
    posted = _POSTED.fullmatch(s.strip())
    if posted:
        # 某日报·某客户端 2025-05-24 07:49:15: who posted it and when
        outlets = [outlet_name(o) for o in re.split(f"[{OUTLET_JOINER}]", posted.group("outlets"))]
        if outlets and all(o and o.endswith(MEDIA_HEADS) for o in outlets):
            return Credits(outlets=outlets)
    closing = _CLOSING_CREDITS.fullmatch(s.strip())
    if closing:
        # (本报记者 某某 摄影 某某) on a line of its own after the text: the article's credits
        credits = parse_credits(closing.group(1))
        named = credits is not None and (credits.authors or credits.photographers or credits.editors)
        return credits if named and any(r in closing.group(1) for r in CREDIT_ROLES if len(r) >= 2) else None
    if not SOURCE_LINE.match(s):
        return None
    out = Credits()
    # (a field ends at the next one, whatever its label: …来源:某某 浏览次数:1268)
    # (a field left empty runs into no next one: 来源:   编辑:某某)
    fields = re.findall(rf"(?:稿件|信息)?({SOURCE_FIELDS})\s*[:：]\s*(?!\s)(?!(?:{SOURCE_FIELDS})\s*[:：])"
                        rf"(.+?)\s*(?=[,，;；|｜]|\s[\u4e00-\u9fff]{{2,4}}\s*[:：]|(?:{SOURCE_FIELDS})\s*[:：]|\s\d{{4}}[-/年]|\d{{4}}年\d{{1,2}}月|$)", s)
    for key, value in fields:
        if key in ("来源", "稿源"):
            value = re.sub(r"\s*[-－—–]\s*[^-－—–]{1,8}(?:频道|版|客户端)$", "", value)   # 人民网-江西频道: the outlet
            out.outlets.append(outlet_name(value) or value)
        elif key == "作者":
            credits = parse_credits(value) or parse_credits("作者 " + value)
            if credits is not None:
                out.authors += credits.authors
                out.outlets += credits.outlets
        else:                            # 编辑, 责任编辑, 责编
            out.editors += [n for n in re.split(r"[\s、]+", value) if _NAME.match(n) and 2 <= len(n) <= 4]
    return out


def parse_byline(s: str) -> tuple[list[tuple[str, bool]], list[str]] | None:
    """A stand-alone byline line → ([(name, is_pen_name)], [printed titles]), else None."""
    s = s.strip()
    marked = s.startswith(("◎", "文/", "文 /", "作者:", "作者："))
    s = re.sub(r"^(?:◎|文\s*/|作者[:：])\s*", "", s)
    if not s or len(s) > 30:
        return None
    if UNNAMED_BYLINE.match(s):
        return [], []
    square = re.fullmatch(rf"■\s+([{HAN}]{{2,3}})", s)
    if square:
        return [(square.group(1), False)], []     # ■ 王某: a column's writer (■文明观察 names the column)
    tokens = s.split()
    if _PEN_NAME.match(s) and len(tokens) == 1:
        return [(s, True)], []
    if any(t in CREDIT_ROLES or t.endswith(("记者", "通讯员")) for t in tokens[:-1]) \
            or any(re.split(r"[:：]", t)[0] in CREDIT_ROLES for t in tokens if re.search(r"[:：]", t)):
        return None                      # 记者 王芳 / 某省日报记者 甲某 乙某 / 记者:甲某 乙某: credits, not a titled author
    if len(tokens) >= 2 and _TITLE_WORD.search(" ".join(tokens[:-1])) and _NAME.match(tokens[-1]):
        roles = [r for r in re.split(r"[、，,\s]+", " ".join(tokens[:-1])) if r]
        return [(tokens[-1], False)], roles
    # Han personal names are two or three characters; four only where a ◎ marks the byline.
    longest = 4 if marked else 3
    if all(_NAME.match(t) and len(t) <= longest for t in tokens) and (marked or len(tokens) >= 2 or len(s) <= 3):
        return [(t, bool(_PEN_NAME.match(t)) and len(tokens) == 1) for t in tokens], []
    return None


# words that go on with a story told before (目前,…; 同时,…): no photo's own caption opens so
_GOES_ON = re.compile(r"(?:目前|同时|此外|另外|据悉|据了解|下一步|今后|截至目前|如今|近年来|多年来)[,，]")


def caption_credit(s: str) -> list[str] | None:
    """Names credited in a photo caption ("…内容。王新立摄" → ["王新立"])."""
    m = _CAPTION_CREDIT.search(s)
    if not m or len(s) < 20 and not (len(s) >= 12 and re.search(r"[。！？!?]\s*\S{2,12}\s*摄$", s)):
        return None
    names = []
    for n in split_names(m.group(1)):
        role = next((r for r in _ROLES_LONGEST if n.startswith(r)), None)
        n = n[len(role):] if role else n
        if len(n) >= 2:
            names.append(n)              # 记者李海曦摄 → 李海曦
    return names or None


# an editor's note introducing a series or a column (编者按:…), however long: no story of its own
_EDITORS_NOTE = re.compile(r"^[【\[]?编者(?:按|的话)[】\]]?\s*[:：]?")


def _is_furniture(s: str) -> bool:
    return len(s) <= 30 and bool(_FURNITURE.search(s))


def segment(text: TracedText, starts_with_region: Callable[[str], bool] = lambda s: False) -> tuple[list[Article], list[str]]:
    """Group a page into articles; return (articles, furniture lines).

    ``starts_with_region`` tells whether a line opens with a division name: a headline that
    has no byline is told from a section heading by naming its place first.
    """
    paras = join_column_breaks(lines_of(text), starts_with_region)
    kinds = [_classify(p.text) for p in paras]
    articles: list[Article] = []
    noise: list[str] = []
    current: Article | None = None
    i = 0

    def next_kind(j: int) -> str:
        while j < len(kinds) and kinds[j] == "note":
            j += 1                       # (an editor's note between a headline and its text)
        return kinds[j] if j < len(kinds) else "end"

    def outlet_line(j: int) -> bool:
        # an e-paper prints the paper's name on a line of its own between headline and credits
        return j < len(kinds) and kinds[j] in ("short", "furniture") and len(paras[j].text) <= 12 \
            and paras[j].text.endswith(MEDIA_HEADS) and outlet_name(paras[j].text) == paras[j].text

    def credits_then_text(j: int) -> bool:
        # the paper's name, 作者:…, 时间:… 来源:… lines, then the text
        seen_source = False
        while j < len(kinds) and (kinds[j] in ("source", "byline") or outlet_line(j)):
            seen_source |= kinds[j] == "source"
            j += 1
        return seen_source and next_kind(j) in ("lead", "body")

    def web_header_then_text(j: int) -> bool:
        j = _past(kinds, paras, j, ("furniture",))
        if next_kind(j) != "source":
            return False
        while next_kind(j) == "source":
            j = _past(kinds, paras, j + 1, ("furniture",))
        return next_kind(j) in ("lead", "body") or next_kind(j) == "caption" and next_kind(j + 1) == "lead"

    def dateline_at(j: int) -> bool:
        # a place-name line between headline and 本报讯 lead ("巴中市恩阳区")
        return next_kind(j) == "short" and next_kind(j + 1) == "lead" and len(paras[j].text) <= 12 \
            and starts_with_region(paras[j].text)

    listing = False                      # inside a list under a heading that ends in a colon
    while i < len(paras):
        p, k = paras[i], kinds[i]
        s = p.text
        if k in ("lead", "caption", "subtitle") or k == "short" and current is None:
            listing = False
        if k in ("furniture", "note"):
            noise.append(s)
            i += 1
            continue
        if k == "caption" and current is not None and current.paragraphs and _GOES_ON.match(s):
            # 目前,…。  某某 摄: the article goes on, its photographer credited at the end
            credit = _CAPTION_CREDIT.search(s)
            current.paragraphs.append(p[:credit.start(1)].strip())
            current.photographers += [n for n in caption_credit(s) if n not in current.photographers]
            i += 1
            continue
        if k == "caption":
            articles.append(_caption_article(len(articles), p))
            current = None
            i += 1
            continue
        if k == "lead":
            # 本报讯(…) opens an article; with no headline before it, the headline may follow.
            current = Article(index=len(articles), title=None)
            articles.append(current)
            _take_lead(current, p)
            i += 1
            continue
        if k == "source":
            if current is not None:
                _take_credits(current, parse_source_line(s))
            else:
                noise.append(s)
            i += 1
            continue
        if (k == "short" or k == "byline" and parse_credits(s) is None) and current is not None and listing:
            current.paragraphs.append(p)  # an item of a list under a heading ending in a colon
            i += 1
            continue
        if k == "byline" and current is not None and current.paragraphs and next_kind(i + 1) != "body" \
                and (parse_credits(s) is not None or len(s.split()) >= 2 or _PEN_NAME.match(s)):
            _take_byline(current, s)     # credits printed after the body (…。 某日报记者 张三 李四)
            i += 1
            continue

        if k == "short" and current is not None and current.paragraphs and LIST_HEADING.match(s) \
                and next_kind(i + 1) in ("short", "byline"):
            current.paragraphs.append(p)   # 第七届全国文明城市名单(4), then one name a line: the list's items
            listing = True
            i += 1
            continue
        if k in ("short", "byline", "subtitle"):
            nk = next_kind(i + 1)
            headline = k == "short" and (
                nk in ("subtitle", "byline", "lead")
                # (a web page prints when and where from between its headline and text)
                # (…and a photo may come between those lines and the text; a page's widgets between
                # any of them: 日期:…, 点击:0次, 会议现场)
                or web_header_then_text(i + 1)
                # the first line, then a notice's addressees (各区县创建办:) or a numbered section (01 …)
                or current is None and nk == "short" and next_kind(i + 2) == "body"
                and (paras[i + 1].text.endswith((":", "：")) or _SECTION_NUMBER.match(paras[i + 1].text))
                or nk == "caption" and next_kind(i + 2) == "lead"
                or outlet_line(i + 1) and credits_then_text(i + 1)
                or dateline_at(i + 1)
                or (nk == "body" and len(s) >= 8 and starts_with_region(s)
                    and (current is None or current.title is not None)))
            if current is not None and current.title is None and k == "short" and nk != "body" and not headline:
                current.title = p           # headline printed after its body
                i += 1
                continue
            if headline:
                current = Article(index=len(articles), title=p)
                articles.append(current)
                i = _past(kinds, paras, i + 1, ("note",), noise)
                if next_kind(i) == "caption" and next_kind(i + 1) == "lead":
                    # a photo printed between the headline and the text: its own caption
                    articles.append(_caption_article(len(articles), paras[i]))
                    i += 1
                if next_kind(i) == "subtitle":
                    dash = _SUBTITLE.match(paras[i].text).end()
                    current.subtitle = paras[i][dash:]
                    i = _past(kinds, paras, i + 1, ("note",), noise)
                if dateline_at(i):
                    current.dateline = paras[i]
                    i = _past(kinds, paras, i + 1, ("note",), noise)
                if outlet_line(i) and credits_then_text(i):
                    current.outlets.append(paras[i].text)
                    i += 1
                if next_kind(i) == "byline":
                    _take_byline(current, paras[i].text)
                    i = _past(kinds, paras, i + 1, ("note",), noise)
                if next_kind(_past(kinds, paras, i, ("furniture",))) == "source":
                    i = _past(kinds, paras, i, ("furniture", "note"), noise)
                while next_kind(i) == "source":
                    _take_credits(current, parse_source_line(paras[i].text))
                    i = _past(kinds, paras, i + 1, ("furniture", "note"), noise)
                    if next_kind(i) == "caption" and next_kind(i + 1) == "lead":
                        articles.append(_caption_article(len(articles), paras[i]))
                        i += 1
                if next_kind(i) == "lead":
                    _take_lead(current, paras[i])
                    i += 1
                continue
            if k == "short" and current is not None and current.paragraphs and _FIELD_LINE.match(s) \
                    and not _PLACE_HEADLINE.match(s) and not starts_with_region(s):
                current.paragraphs.append(p)   # 公示时间:某日至某日, 联系电话:…: a notice's fields
                i += 1
                continue
            if k in ("short", "byline") and current is not None \
                    and (current.paragraphs or current.title is not None and s.endswith((":", "：")) and nk == "body") \
                    and (nk in ("body", "short") if k == "byline" else nk == "body" or s.endswith((":", "："))):
                current.paragraphs.append(p)   # a section heading inside the article
                listing = s.endswith((":", "："))
                i += 1
                continue
            if k == "short" and current is None and nk == "body":
                current = Article(index=len(articles), title=p)
                articles.append(current)
                i += 1
                continue
            if k == "short" and current is not None and current.paragraphs and _ISSUER_HEAD.search(s) \
                    and i + 1 < len(paras) and _DATE_LINE.match(paras[i + 1].text.strip()):
                # a notice signed after its text: the issuing body, then the date
                current.paragraphs += [p, paras[i + 1]]
                i += 2
                continue
            header = _header_lines(paras, kinds, i + 1)
            if k == "short" and current is None and not articles and header:
                # a report's heading, then who issued it and when, then the text
                current = Article(index=len(articles), title=p)
                articles.append(current)
                for j in range(i + 1, i + 1 + header):
                    if kinds[j] == "source":
                        _take_credits(current, parse_source_line(paras[j].text))
                    else:
                        current.paragraphs.append(paras[j])
                i += 1 + header
                continue
            noise.append(s)
            i += 1
            continue
        # body
        listing = False
        brief = _BRIEF.match(s)
        if brief and (current is None or current.kind == "brief"):
            # a column of briefs (●近日,某县开展…。(某某)): each item is a story of its own
            current = _brief_article(len(articles), p[brief.end():])
            articles.append(current)
            i += 1
            continue
        if current is None:
            current = Article(index=len(articles), title=None)
            articles.append(current)
        current.paragraphs.append(p)
        i += 1
    for art in articles:
        if art.kind != "brief" and art.paragraphs:
            _take_closing_credits(art)
        if art.title is None and art.paragraphs:
            art.title = _first_clause(art.paragraphs[0])
            art.title_from_text = True
    return [a for a in articles if a.paragraphs or a.title], noise


# an item of a column of briefs opens with a bullet (not ◎, which marks a byline)
_BRIEF = re.compile(r"^[●■◆▲★•]\s*")
# …and may end with its writer's name in brackets
_BRIEF_CREDIT = re.compile(rf"[(（]([{HAN}]{{2,4}}(?:[\s、,，][{HAN}]{{2,4}}){{0,3}})[)）]$")


def _past(kinds: list[str], paras: list[TracedText], j: int, skipped: tuple[str, ...],
          noise: list[str] | None = None) -> int:
    """The first line from ``j`` of no kind in ``skipped`` (a web page's 小字号, an editor's note);
    the lines passed over go to ``noise`` when it is given."""
    while j < len(kinds) and kinds[j] in skipped:
        if noise is not None:
            noise.append(paras[j].text)
        j += 1
    return j


def _brief_article(index: int, p: TracedText) -> Article:
    """A brief has no headline: its first sentence stands for one; a name in brackets at its
    end is its writer's."""
    credit = _BRIEF_CREDIT.search(p.text)
    body = p[:credit.start()] if credit else p
    first = re.match(r"[^。！？!?]*[。！？!?]?", body.text).group(0).rstrip("。！？!?")
    article = Article(index=index, title=body[:len(first)], kind="brief", paragraphs=[body])
    if credit:
        article.authors = [(n, False) for n in split_names(credit.group(1))]
    return article


# a labelled field of a notice (公示时间:…, 联系电话:…): part of its text
_FIELD_LINE = re.compile(rf"^[{HAN}]{{2,6}}[:：]\s*\S")


def _first_clause(p: TracedText) -> TracedText:
    """What stands for a missing headline: the first clause, past the marks and punctuation a
    paragraph may open with (▲志愿者为老人理发: the mark points at the photo; 。”…), never empty."""
    lead = len(p.text) - len(p.text.lstrip("▲△▼↑。，,、；;：:！？!?”’」』)）】 "))
    cut = re.split(r"[,，。]", p.text[lead:], maxsplit=1)[0] or p.text[lead:lead + 20]
    return p[lead:lead + len(cut)] if cut else p


def _caption_article(index: int, p: TracedText) -> Article:
    return Article(index=index, title=_first_clause(p), kind="photo_caption",
                   photographers=caption_credit(p.text) or [], paragraphs=[p])


# a dispatch's lead ends in its date and 电 (某社某地4月1日电)
_DISPATCH = re.compile(r"\d{1,2}月\d{1,2}日电")


def _take_lead(article: Article, p: TracedText) -> None:
    lead = match_lead(p.text)
    place = None
    if lead:
        end, credits, at = lead
        if len(credits.authors) == 1:
            name = credits.authors[0][0]
            credits.authors = [(name, bool(_PEN_NAME.match(name)))]
        _take_credits(article, credits)
        place = p[at[0]:at[1]] if at else None
        dispatched = place is not None and bool(_DISPATCH.search(p.text, 0, end))
        p = p[end:]
    article.paragraphs.append(p)
    if place is not None:
        article.paragraphs.append(place)    # where it was filed from (本报某地讯) is a place named
        if dispatched:
            article.filed_from = place


# …。(某某网记者 某某) at the end of the last paragraph: the article's credits, not its text
_CLOSING_CREDITS_INLINE = re.compile(r"(?<=[。！？!?”])\s*[(（](?P<credits>[^()（）]{2,40})[)）]\s*$")


def _take_closing_credits(article: Article) -> None:
    last = article.paragraphs[-1]
    m = _CLOSING_CREDITS_INLINE.search(last.text)
    if not m:
        return
    # (（半人猛犸）: four characters with no role are no byline)
    credits = parse_credits(m.group("credits")) or _names_only(m.group("credits"), 3)
    if credits is None or not (credits.authors or credits.photographers) \
            or any(len(n) >= 4 and "·" not in n for n, _ in credits.authors):
        return                           # (记者贾鹏陈博: two names run together, left to the tagger)
    _take_credits(article, credits)
    article.paragraphs[-1] = last[:m.start()]


def _names_only(s: str, longest: int) -> Credits | None:
    """Credits that are names alone, no role (记者 omitted): each a name of at most ``longest``."""
    names = split_names(s)
    if not names or not all(_NAME.match(n) and len(n) <= longest for n in names):
        return None
    return Credits(authors=[(n, False) for n in names])


def _take_credits(article: Article, credits: Credits | None) -> None:
    if credits is None:
        return
    article.authors += [a for a in credits.authors if a not in article.authors]
    article.photographers += [n for n in credits.photographers if n not in article.photographers]
    article.editors += [n for n in credits.editors if n not in article.editors]
    article.outlets += [o for o in credits.outlets if o not in article.outlets]


def _take_byline(article: Article, s: str) -> None:
    parsed = parse_byline(s)
    if parsed is not None:
        names, roles = parsed
        article.authors += names
        article.byline_roles += roles
    else:
        _take_credits(article, parse_credits(s))


_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_ISSUER_HEAD = re.compile(r"(?:局|委员会|委|办公室|办|部|政府|中心|院|会|社|台|报)$")


def _header_lines(paras: list[TracedText], kinds: list[str], j: int) -> int:
    """How many lines from ``j`` are a report's issuer and date (某区统计局 / 2024年7月6日)
    followed by its text; 0 when they are not."""
    n = 0
    while j + n < len(paras) and kinds[j + n] in ("short", "source") and n < 3:
        line = paras[j + n].text
        if not (kinds[j + n] == "source" or _DATE_LINE.match(line) or len(line) <= 20 and _ISSUER_HEAD.search(line)
                or re.search(r"[、,，]", line)):
            return 0
        n += 1
    return n if n and j + n < len(paras) and kinds[j + n] == "body" else 0


def _classify(s: str) -> str:
    if _EDITORS_NOTE.match(s):
        return "note"
    if _SUBTITLE.match(s) and not is_terminated(s):
        return "subtitle"       # (a dashed paragraph that ends a sentence is an item of the text)
    if match_lead(s):
        return "lead"
    if parse_source_line(s) is not None:
        return "source"
    if caption_credit(s) is not None:
        return "caption"
    if _is_furniture(s):
        return "furniture"
    if parse_byline(s) is not None or len(s) <= 30 and parse_credits(s) is not None:
        return "byline"
    if len(s) <= _SHORT and (not is_terminated(s) or _EXCLAIMED.match(s)):
        return "short"
    return "body"
