"""Honors: titles and awards received (荣获/获评/被评为/当选/荣登/入选 …), with recipients or counts."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..model import Entity
from .chunks import strip_quotes

_VERBS = r"(?:荣获|获评|被评为|评为|当选为?|当选|荣登|入选|被确定为|被命名为|被授予|获得|获)"
_HONOR = re.compile(_VERBS + r"(?P<name>“[^”]{2,30}”|[^,，。;；、“”]{2,30}?(?:称号|榜|模范|单位|城市|村|村镇|先进县|先进|"
                              r"标兵|奖|示范点|示范中心|试点县|试点市|试点|典型|好人|项目|特色校|家庭|个人|集体)(?:名单)?)")
_COUNT = r"\d+(?:\.\d+)?万?[个户名人家位]"
# one item of an honor list: [count] [级] “name” | name-with-honor-noun [count]
_ITEM = re.compile(rf"(?P<pre>{_COUNT})?(?P<scope>[省市县区]级)?(?:“(?P<q>[^”]{{2,20}})”|"
                   rf"(?P<plain>[\u4e00-\u9fff]{{2,12}}?(?:道德模范|好人|志愿者|示范户|楼道|标兵|先进个人|家庭|单位|市民|典型)))"
                   rf"(?P<post>{_COUNT})?")
_LIST_VERB = re.compile(r"(?:推出|选树|推选出?|评选出?|评定|评出|涌现出?|获评|入选|表彰)")


def honor_key(name: str) -> str:
    return "honor:" + name


def honor_spans(doc: Doc) -> list[tuple[int, int, str, int | None]]:
    out = []
    for m in _HONOR.finditer(doc.text, doc.title_end):
        name = strip_quotes(m.group("name")).strip()
        name = re.sub(r"名单$", "", name)
        if len(name) >= 2:
            out.append((m.start(), m.end(), name, None))
    text = doc.text
    for v in _LIST_VERB.finditer(text, doc.title_end):
        pos = v.end()
        while True:
            m = _ITEM.match(text, pos)
            if not m:
                break
            plain = m.group("plain")
            if plain and "的" in plain:
                # "…的星级楼道": the honor is the head noun phrase after the last 的
                plain = plain.rsplit("的", 1)[1]
                if len(plain) < 3:
                    break
            name = (m.group("scope") or "") + (m.group("q") or plain)
            count = m.group("pre") or m.group("post")
            out.append((m.start(), m.end(), name, _count(count) if count else None))
            if not text.startswith("、", m.end()):
                break
            pos = m.end() + 1
    return out


def _count(s: str) -> int:
    num = re.match(r"\d+(?:\.\d+)?", s).group(0)
    return int(float(num) * (10000 if "万" in s else 1))


def extract_honors(doc: Doc, recipients_at) -> list[Entity]:
    """``recipients_at(start)`` lists the entity keys named as receiving an honor at ``start``."""
    out: dict[str, Entity] = {}
    for s, e, name, count in honor_spans(doc):
        ent = out.setdefault(name, Entity("Honor", honor_key(name), name, attrs={"recipients": []}))
        for key in recipients_at(s):
            if key not in ent.attrs["recipients"]:
                ent.attrs["recipients"].append(key)
        if count:
            ent.attrs["count"] = count
        ent.spans.append((s, e))
    return list(out.values())
