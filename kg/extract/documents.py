"""Documents: titles in 《》, plans or notices named after 制定/出台/印发 (…方案, …办法, …清单)
and agreements after 签署/签订 (…协议, …责任书)."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..model import Entity

_BOOK = re.compile(r"《([^《》\n]{2,60})》")
_DOC_HEADS = r"(?:框架协议|协议书|协议|责任书|承诺书|备忘录|实施方案|工作方案|方案|办法|清单|分工表|情况表|通知|意见|规划|纲要|条例|公约|指引|倡议书|细则|守则|制度)"
_ISSUED = re.compile(r"(?:签署了?|签订了?|制定了?|出台了?|印发了?|修订|起草印发了?|发布了?)(?P<list>[^。;；]{2,80})")
_VERB_AT_START = re.compile(r"(?:制定了?|出台了?|印发了?|修订|起草|发布了?|编制)")
_NAMED = re.compile(rf"([\u4e00-\u9fff“”0-9]{{2,24}}?{_DOC_HEADS})")


def document_key(title: str) -> str:
    return "document:" + title


def document_spans(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc.text
    out = [(m.start(), m.end(), m.group(1).strip()) for m in _BOOK.finditer(text, doc.title_end)]
    for m in _ISSUED.finditer(text, doc.title_end):
        seg_start = m.start("list")
        for part in re.finditer(r"[^、,，及和]+", m.group("list")):
            piece = part.group(0)
            verb = _VERB_AT_START.match(piece)          # "…、制定X清单": the next item has its own verb
            lead = verb.end() if verb else 0
            n = _NAMED.fullmatch(piece[lead:].strip("“”《》 "))
            # "X等方案" refers to a set of documents, not to one by name
            if n and "《" not in piece and not re.search(r"等" + _DOC_HEADS + "$", n.group(1)):
                s = seg_start + part.start() + lead
                out.append((s, s + len(piece) - lead, n.group(1).replace("“", "").replace("”", "")))
    for m in re.finditer(r"“([^”]{2,30}" + _DOC_HEADS + r")”", text[doc.title_end:]):
        s = doc.title_end + m.start()
        out.append((s, s + len(m.group(0)), m.group(1)))
    seen, kept = set(), []
    for s, e, t in sorted(out):
        if t not in seen:
            seen.add(t)
            kept.append((s, e, t))
    return kept


def extract_documents(doc: Doc, issuer_at) -> list[Entity]:
    out = []
    for s, e, title in document_spans(doc):
        out.append(Entity("Document", document_key(title), title, attrs={"issuer": issuer_at(s)}, spans=[(s, e)]))
    return out
