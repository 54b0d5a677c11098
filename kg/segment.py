"""Segment: a newspaper page → cleaned paragraphs → articles and photo captions.

Pages come as lines; a paragraph broken by a column break is re-joined, then each line is
classified (headline, '——' subtitle, byline, body, caption, furniture) and grouped into
articles. The cues are layout rules of Chinese newspapers, not names from any page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .reader import TracedText

HAN = r"\u4e00-\u9fff"
# A paragraph that ends a sentence; closing quotes/brackets may follow the stop.
_TERMINATED = re.compile(r"[。！？!?…；;](?:[”’」』)\]]*)$|摄$")
_SUBTITLE = re.compile(r"^[—－-]{2}\s*")
_LEAD_BYLINE = re.compile(rf"^本报(?:讯|记者)?\s*[(（]([^()（）]{{1,40}})[)）]\s*")
_CAPTION_CREDIT = re.compile(rf"(?:^|[。！？!?”\s])\s*((?:[{HAN}]{{2,4}}[、，,\s]*){{1,4}})\s*摄$")
_PEN_NAME = re.compile(rf"^[{HAN}]{{1,3}}文$")
_NAME = re.compile(rf"^[{HAN}·]{{2,5}}$")
_TITLE_WORD = re.compile(r"(?:书记|常委|部长|主任|局长|区长|市长|县长|镇长|记者|通讯员|委员|主席|校长|院长|社长|editor)")
# Page furniture: mastheads, sponsor lines, account promotions (newspaper layout words).
_FURNITURE = re.compile(r"(?:联办|协办|联合|主办|承办|冠名|官方微信|公众号|客户端|征文|[^\s]{1,4}杯|^[^\s]{2,6}网(?:\s|$))")
_SHORT = 40


@dataclass
class Article:
    index: int
    title: TracedText | None
    kind: str = "article"                       # article | photo_caption
    subtitle: TracedText | None = None
    authors: list[tuple[str, bool]] = field(default_factory=list)   # (name, is_pen_name)
    byline_roles: list[str] = field(default_factory=list)           # titles printed with a byline
    photographers: list[str] = field(default_factory=list)
    dateline: TracedText | None = None
    paragraphs: list[TracedText] = field(default_factory=list)

    @property
    def headline(self) -> str:
        return re.sub(r"\s+", " ", self.title.text).strip() if self.title else ""

    @property
    def body(self) -> TracedText:
        return TracedText.join(self.paragraphs, "\n")


def is_terminated(s: str) -> bool:
    return bool(_TERMINATED.search(s.rstrip()))


def _body_fragment(s: str) -> bool:
    """An unterminated paragraph that is prose cut by a column break, not a heading."""
    if is_terminated(s) or parse_byline(s) is not None:
        return False
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


def join_column_breaks(lines: list[TracedText]) -> list[TracedText]:
    """Re-join prose split by a column break ("全力抓好重" + "点任务…" → one paragraph)."""
    out: list[TracedText] = []
    for line in lines:
        s = line.text
        if out and _body_fragment(out[-1].text) and not _heading_like(s) and not _starts_article(s) \
                and not caption_credit(s):
            out[-1] = out[-1] + line
        elif out and _body_fragment(out[-1].text) and caption_credit(s) and not _heading_like(s):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


def _starts_article(s: str) -> bool:
    return bool(_SUBTITLE.match(s) or _LEAD_BYLINE.match(s) or parse_byline(s) is not None)


def split_names(s: str) -> list[str]:
    return [n for n in re.split(r"[\s、，,]+", s) if n]


def parse_byline(s: str) -> tuple[list[tuple[str, bool]], list[str]] | None:
    """A stand-alone byline line → ([(name, is_pen_name)], [printed titles]), else None."""
    s = s.strip()
    marked = s.startswith(("◎", "文/", "文 /", "作者:", "作者："))
    s = re.sub(r"^(?:◎|文\s*/|作者[:：])\s*", "", s)
    if not s or len(s) > 30:
        return None
    tokens = s.split()
    if _PEN_NAME.match(s) and len(tokens) == 1:
        return [(s, True)], []
    if len(tokens) >= 2 and _TITLE_WORD.search(" ".join(tokens[:-1])) and _NAME.match(tokens[-1]):
        roles = [r for r in re.split(r"[、，,\s]+", " ".join(tokens[:-1])) if r]
        return [(tokens[-1], False)], roles
    # Han personal names are two or three characters; four only where a ◎ marks the byline.
    longest = 4 if marked else 3
    if all(_NAME.match(t) and len(t) <= longest for t in tokens) and (marked or len(tokens) >= 2 or len(s) <= 3):
        return [(t, bool(_PEN_NAME.match(t)) and len(tokens) == 1) for t in tokens], []
    return None


def caption_credit(s: str) -> list[str] | None:
    """Names credited in a photo caption ("…内容。王新立摄" → ["王新立"])."""
    m = _CAPTION_CREDIT.search(s)
    if not m or len(s) < 20:
        return None
    return split_names(m.group(1))


def _is_furniture(s: str) -> bool:
    return len(s) <= 30 and bool(_FURNITURE.search(s))


def segment(text: TracedText, starts_with_region: Callable[[str], bool] = lambda s: False) -> tuple[list[Article], list[str]]:
    """Group a page into articles; return (articles, furniture lines).

    ``starts_with_region`` tells whether a line opens with a division name: a headline that
    has no byline is told from a section heading by naming its place first.
    """
    paras = join_column_breaks(lines_of(text))
    kinds = [_classify(p.text) for p in paras]
    articles: list[Article] = []
    noise: list[str] = []
    current: Article | None = None
    i = 0

    def next_kind(j: int) -> str:
        return kinds[j] if j < len(kinds) else "end"

    def dateline_at(j: int) -> bool:
        # a place-name line between headline and 本报讯 lead ("巴中市恩阳区")
        return next_kind(j) == "short" and next_kind(j + 1) == "lead" and len(paras[j].text) <= 12 \
            and starts_with_region(paras[j].text)

    while i < len(paras):
        p, k = paras[i], kinds[i]
        s = p.text
        if k == "furniture":
            noise.append(s)
            i += 1
            continue
        if k == "caption":
            names = caption_credit(s) or []
            title = re.split(r"[,，。]", s, maxsplit=1)[0]
            art = Article(index=len(articles), title=p[:len(title)], kind="photo_caption",
                          photographers=names, paragraphs=[p])
            articles.append(art)
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
        if k in ("short", "byline", "subtitle"):
            nk = next_kind(i + 1)
            headline = k == "short" and (
                nk in ("subtitle", "byline", "lead")
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
                i += 1
                if next_kind(i) == "subtitle":
                    dash = _SUBTITLE.match(paras[i].text).end()
                    current.subtitle = paras[i][dash:]
                    i += 1
                if dateline_at(i):
                    current.dateline = paras[i]
                    i += 1
                if next_kind(i) == "byline":
                    names, roles = parse_byline(paras[i].text)
                    current.authors += names
                    current.byline_roles += roles
                    i += 1
                if next_kind(i) == "lead":
                    _take_lead(current, paras[i])
                    i += 1
                continue
            if k == "short" and current is not None and nk == "body":
                current.paragraphs.append(p)   # a section heading inside the article
                i += 1
                continue
            if k == "short" and current is None and nk == "body":
                current = Article(index=len(articles), title=p)
                articles.append(current)
                i += 1
                continue
            noise.append(s)
            i += 1
            continue
        # body
        if current is None:
            current = Article(index=len(articles), title=None)
            articles.append(current)
        current.paragraphs.append(p)
        i += 1
    for art in articles:
        if art.title is None and art.paragraphs:
            first = art.paragraphs[0]
            cut = re.split(r"[,，。]", first.text, maxsplit=1)[0]
            art.title = first[:len(cut)]
    return [a for a in articles if a.paragraphs or a.title], noise


def _take_lead(article: Article, p: TracedText) -> None:
    m = _LEAD_BYLINE.match(p.text)
    if m:
        names = split_names(m.group(1))
        article.authors += [(n, bool(_PEN_NAME.match(n)) and len(names) == 1) for n in names]
        p = p[m.end():]
    article.paragraphs.append(p)


def _classify(s: str) -> str:
    if _SUBTITLE.match(s):
        return "subtitle"
    if _LEAD_BYLINE.match(s):
        return "lead"
    if caption_credit(s) is not None:
        return "caption"
    if parse_byline(s) is not None:
        return "byline"
    if _is_furniture(s):
        return "furniture"
    if len(s) <= _SHORT and not is_terminated(s):
        return "short"
    return "body"
