"""Honors: titles and awards received (荣获/获评/被评为/当选/荣登/入选 …), with recipients or counts."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..model import Entity
from .chunks import strip_quotes

_VERBS = r"(?:荣获|获评|被评为|评为|当选为?|当选|荣登|入选|被确定为|被命名为|被授予|获得|获)"
_HONOR = re.compile(_VERBS + r"(?P<name>“[^”]{2,30}”|[^,，。;；、“”]{2,30}?(?:称号|榜|模范|单位|城市|村|村镇|先进县|先进|"
                              r"标兵|奖|示范点|示范中心|试点县|试点市|试点|典型|好人|项目|特色校|家庭|个人|集体)(?:名单)?)")
_COUNTED = re.compile(r"(?:推出|选树|评选出?|评出|涌现出?)“(?P<name>[^”]{2,20})”(?P<n>\d+)(?:人|名|个|户|家)")


def honor_key(name: str) -> str:
    return "honor:" + name


def honor_spans(doc: Doc) -> list[tuple[int, int, str, int | None]]:
    out = []
    for m in _HONOR.finditer(doc.text, doc.title_end):
        name = strip_quotes(m.group("name")).strip()
        name = re.sub(r"名单$", "", name)
        if len(name) >= 2:
            out.append((m.start(), m.end(), name, None))
    for m in _COUNTED.finditer(doc.text, doc.title_end):
        out.append((m.start(), m.end(), m.group("name"), int(m.group("n"))))
    return out


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
