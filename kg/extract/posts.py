"""Posts: offices named without a person (市委书记, 市长, 网格员), qualified by region."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..gazetteer import Region
from ..lexicon import LEVEL_CHAR_WORD, LEVEL_PREFIXES, MEETING_AFTER_OFFICE, OFFICE_RE
from ..model import Entity
from .chunks import inside_book_title

# (区 closing a longer word is no level: 社区|党委书记, 园区, 景区; 任 the verb, not the end of
# 主任 or 责任: 任某中心主任|和某队总队长)
_LEVEL = "(?:[市县省州旗盟镇乡]|(?<![社园景小街辖片营])区)"
POST_RE = re.compile(
    rf"(?:{_LEVEL}党?委(?:常委|副书记|书记)|(?<!副){_LEVEL}(?:长|委委员)|{_LEVEL}四大班子主要领导|"
    r"(?<=任)(?<![主责信专]任)[\u4e00-\u9fff]{2,8}?(?:总队长|队长|组长|主任)|网格员|楼栋长|第一书记|村党支部书记|"
    r"(?<=[、,，])(?:副?组长))")
# (not an office taken: 县委书记|任主任)
_PERSON_NEXT = re.compile(r"^\s?(?!任|担任|兼任|为)[\u4e00-\u9fff]{2,3}(?:[,，、表示说介绍]|$)")
_PREFIX_LEVELS = {char: levels for char, levels in LEVEL_PREFIXES.items() if len(char) == 1}


def post_key(label: str) -> str:
    return "post:" + label


def post_label(title: str, region: Region | None) -> str:
    """格尔木市 + 市委书记 → 格尔木市委书记 (the level character is written once)."""
    if region is None:
        return title
    if (title[0] in _PREFIX_LEVELS or title[0] in "村") and region.name.endswith(title[0]) \
            and not LEVEL_CHAR_WORD.match(title) \
            and not (region.name.endswith(("自治州", "自治县", "自治旗")) and title[1:2] == "长"):
        # (某某自治州 + 州长 → 某某自治州州长: the 州 of 自治州 is no short form of the head's office;
        # its committee is 某某自治州委 all the same)
        return region.name + title[1:]          # 某某村 + 村党支部书记 → 某某村党支部书记
    if title.startswith(("嘎查", "苏木")) and region.name.endswith(title[:2]):
        return region.name + title[2:]
    return region.name + title


def post_region(title: str, main: Region | None) -> Region | None:
    if main is None:
        return None
    levels = _PREFIX_LEVELS.get(title[0])
    if not levels:
        return main
    for r in [main] + main.ancestors():
        if r.level in levels and r.name.endswith(title[0]):
            return r
    return main


def extract_posts(doc: Doc, main: Region | None, region_key, region_mentions=()) -> list[Entity]:
    """``region_mentions``: (start, region) of the divisions named, for offices such as 网格员
    that belong to the community named before them in the paragraph."""
    out: dict[str, Entity] = {}
    text = doc.text
    place_starts = {at for at, _ in region_mentions}
    for m in POST_RE.finditer(text, doc.title_end):
        title = m.group(0)
        if title.endswith("长") and len(title) == 2 and (text[m.end():m.end() + 1] in "江城安春沙寿治效期远久足廊"
                                                         or m.end() - 1 in place_starts):
            continue                                  # 市长江…, 福建省|长汀县, 城市|长效: no office
        if inside_book_title(text, m.start()):
            continue                                  # 《某市文明城市长效管理办法》: inside a title
        if _PERSON_NEXT.match(text[m.end():m.end() + 5]) and not text[m.end():m.end() + 1] in "、,，":
            continue                                  # 市长张三: the person's role, not a bare office
        if MEETING_AFTER_OFFICE.match(text, m.end()):
            continue                                  # 县委常委(扩大)会: a meeting
        region = post_region(title, main)
        para = text.rfind("\n", 0, m.start()) + 1
        if title[0] not in _PREFIX_LEVELS and main is not None:
            near = [r for at, r in region_mentions if para <= at < m.start() and main in r.ancestors()]
            region = near[-1] if near else region
        elif region is not None and not region.name.endswith(title[0]):
            # 镇党委书记 in a county's article: the township named before it, else no place
            near = [r for at, r in region_mentions if at < m.start() and r.name.endswith(title[0])
                    and r.level in _PREFIX_LEVELS[title[0]]]
            region = near[-1] if near else None
        if title == "第一书记" and (region is None or region.level != "village"):
            continue                                  # 选派第一书记: a village's office, said of no village
        label = post_label(title, region)
        ent = out.setdefault(label, Entity("Post", post_key(label), label,
                                           attrs={"post_in": region_key(region) if region else None,
                                                  "office_spans": []}))
        if title != label:
            ent.aliases.add(title)
        ent.spans.append((m.start(), m.end()))
        office = OFFICE_RE.search(title)           # 市委|书记: the office word, apart from its body
        ent.attrs["office_spans"].append((m.start() + office.start(), m.end()) if office else (m.start(), m.end()))
    return list(out.values())
