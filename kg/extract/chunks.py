"""Noun-phrase chunks over tagged tokens: the shared mechanism behind names ending in a
head word (…行动, …局, …办法), used by the program, organization and document extractors."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..analyse import Doc
from ..lexicon import CAMPAIGN_VERBS, PROGRAMME_HEADS, PROGRAMME_VERBS

# Tags that can sit inside a name: nouns, verbal and adjectival nouns, places, numerals.
NOMINAL = {"n", "nz", "vn", "an", "a", "s", "nw", "j", "LOC", "ORG", "PER", "nr", "ns", "nt", "m", "f", "q"}
QUOTE_OPEN, QUOTE_CLOSE = "“「『\"", "”」』\""
_NUMBERED_SET = re.compile(r"[一二两三四五六七八九十]+大")
# a campaign's period (三年行动, 五年行动计划, 百日攻坚): part of its name, not a figure
_DURATION = re.compile(r"(?:[一二两三四五六七八九十]|\d{1,2})年|百日|[一二两三四五六七八九十]+个月")
_PLANNED = re.compile(r"(?:专项)?(?:攻坚)?(?:行动|计划|规划|攻坚战)")
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{1,40})[”」』\"]")


@dataclass(frozen=True)
class Chunk:
    text: str            # as printed, quote marks removed
    printed: str         # as printed
    start: int
    end: int


def quoted_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quoted phrase; start/end include the quote marks."""
    return [(m.start(), m.end(), m.group(1)) for m in _QUOTED.finditer(doc.text)]


def inside_book_title(text: str, pos: int, reach: int = 60) -> bool:
    """Whether ``pos`` lies inside a title in 《》 (titles are at most ``reach`` characters)."""
    return text.rfind("《", max(0, pos - reach), pos) > text.rfind("》", max(0, pos - reach), pos)


def strip_quotes(s: str) -> str:
    return re.sub(r"[“”‘’「」『』\"《》]", "", s)


def recurrences(text: str, name: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a name found once recurs in the text, outside the spans already read (a person
    the tagger missed on a later mention, a community named again without its township)."""
    out = []
    for hit in re.finditer(re.escape(name), text):
        a, b = hit.span()
        if not any(x < b and a < y for x, y in covered + out):
            out.append((a, b))
    return out


def chunk_left(doc: Doc, head_start: int, head_end: int, max_tokens: int = 7,
               allow_verbs: bool = True, stop_words: frozenset[str] = frozenset(),
               stop_verbs: tuple[str, ...] = (), name_verbs: tuple[str, ...] = ()) -> Chunk | None:
    """Extend a head span leftwards over name-like tokens (and whole quoted phrases).

    A count (474个, 12条) ends the name: it counts instances, it does not name one. A
    numbered set (三大, 七大) is the name's first word. A verb joins only inside the name
    (城市|更新|攻坚行动), never an action verb that carries it out (开展, 推进); ``name_verbs``
    may open a name (创建|全国文明城市办公室).
    """
    text = doc.text
    toks = doc.tokens_in(max(0, head_start - 60), head_start)
    start = head_start
    n = 0
    # (a quoted name joins; a quoted sentence, someone's words, does not: “…任务。”某厅)
    quotes = {e: s for s, e, inner in quoted_spans_near(doc, head_start) if not re.search(r"[。！？!?，,;；]", inner)}
    i = len(toks) - 1
    while i >= 0 and n < max_tokens:
        if start in quotes:                       # a whole quoted phrase joins the name
            start = quotes[start]
            while i >= 0 and toks[i].start >= start:
                i -= 1
            n += 1
            if start in quotes or text[max(0, start - 1):start] == "、":
                break                             # “A”“B”建设: a list of names, the last one heads
            continue
        t = toks[i]
        if t.end != start or t.text in stop_words:
            break
        if _DURATION.fullmatch(t.text) and _PLANNED.match(text, t.end):
            start = t.start                       # 乡村清洁|三年|行动: the period is part of the name
            n += 1
            i -= 1
            continue
        if t.tag in ("m", "q"):
            if _NUMBERED_SET.fullmatch(t.text):
                start = t.start
            break
        verb_ok = (allow_verbs and t.tag == "v" and len(t.text) <= 2 and i > 0
                   and (n > 0 or t.text in CAMPAIGN_VERBS)          # 风貌|提升|行动, not 同志|宣读|活动
                   and toks[i - 1].tag in ("n", "vn", "nz") and toks[i - 1].end == t.start
                   and not any(t.text.endswith(v) or v.endswith(t.text) for v in stop_verbs))
        # a "verb" the tagger split off a compound after a list of names' joint (“厕所革命”和|背街|小巷…)
        glued = (allow_verbs and t.tag == "v" and len(t.text) <= 2 and n > 0 and i > 0
                 and toks[i - 1].text in ("和", "与", "及", "、")
                 and text.endswith(PROGRAMME_HEADS + ("”",), 0, toks[i - 1].start)   # (a list of names)
                 and t.text not in PROGRAMME_VERBS and t.text not in CAMPAIGN_VERBS
                 and not any(t.text.endswith(v) or v.endswith(t.text) for v in stop_verbs))
        # (a name's verb the tagger split in two: 护|河志愿服务队 for 护河)
        split_verb = len(t.text) == 1 and n > 0 and text[t.start:t.start + 2] in name_verbs
        # (宣传 before 思想/文化 names a field of work: 中央宣传思想文化工作领导小组)
        field = t.text == "宣传" and text.startswith(("思想", "文化"), t.end)
        if t.tag in NOMINAL or verb_ok or glued or split_verb or field or t.text in name_verbs:
            start = t.start
            n += 1
            i -= 1
            continue
        break
    if start == head_start:
        return None
    printed = text[start:head_end]
    return Chunk(strip_quotes(printed), printed, start, head_end)


def quoted_spans_near(doc: Doc, pos: int) -> list[tuple[int, int, str]]:
    lo = max(0, pos - 60)
    return [(s + lo, e + lo, inner) for s, e, inner in
            ((m.start(), m.end(), m.group(1)) for m in _QUOTED.finditer(doc.text[lo:pos + 1]))]


