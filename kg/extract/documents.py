"""Documents: titles in 《》, plans or notices named after 制定/出台/印发 (…方案, …办法, …清单)
and agreements after 签署/签订 (…协议, …责任书)."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..lexicon import WORK_KINDS
from ..model import Entity

_BOOK = re.compile(r"《([^《》\n]{2,60})》")
_DOC_HEADS = r"(?:框架协议|协议书|协议|责任书|承诺书|备忘录|实施方案|工作方案|方案|办法|清单|分工表|情况表|通知|意见|规划|纲要|条例|公约|指引|倡议书|细则|守则|制度)"
_ISSUED = re.compile(r"(?:签署了?|签订了?|制定了?|出台了?|印发了?|修订|起草印发了?|发布了?)(?P<list>[^。;；]{2,80})")
_VERB_AT_START = re.compile(r"(?:制定了?|出台了?|印发了?|修订|起草|发布了?|编制)")
_NAMED = re.compile(rf"([\u4e00-\u9fff“”0-9]{{2,24}}?{_DOC_HEADS})")


# a plan, outline or code named by a quoted name straight before its head word
_QUOTED_PLAN = re.compile(r"“(?P<name>[^“”]{2,16})”(?P<head>规划|发展规划|纲要|条例|公约)")


# a name opening with a count and a measure word (三张清单, 两项制度)
_COUNTED_SET = re.compile(r"[一二三四五六七八九十两\d]+[张个项份本类套]")


# a document named by its kind alone: at most two characters before the head (整治方案, 工作方案),
# or a word for what follows (如下方案)
_GENERIC_DOC = re.compile(rf"(?:[\u4e00-\u9fff]{{0,2}}|(?:如下|以下|上述|相关|有关)[\u4e00-\u9fff]{{0,4}}){_DOC_HEADS}")


def document_key(title: str) -> str:
    return "document:" + title


# 《》 also names works: songs, programmes, books, reports (…等节目, 演绎《…》, 分享了《…》的故事)
_WORK_AFTER = re.compile(r"(?:》《[^《》]*)*》(?:等)?(?:" + "|".join(WORK_KINDS) + ")")
_WORK_BEFORE = re.compile(r"(?:(?:演唱|合唱|朗诵|诵读|表演|演绎|观看|讲述|分享了?|唱响|播出|播放|出版|创作|编排)(?:了)?|"
                          + "|".join(k for k in WORK_KINDS if len(k) == 2 and k != "一书") + ")$")


def _a_work(text: str, m: re.Match) -> bool:
    """A title in 《》 that names a song, show, book or report, not a policy document."""
    if _WORK_AFTER.match(text, m.end() - 1):
        return True
    start = m.start()
    while text[:start].endswith("》"):                   # 《A》《B》: the verb before the run
        start = text.rfind("《", 0, start - 1)
        if start < 0:
            return False
    return bool(_WORK_BEFORE.search(text[max(0, start - 6):start]))


# a headline that is a notice's or a decision's own title (关于表彰…的决定): the article is that document
# (its issuer may open it: 某市人民政府关于…的通知)
_NOTICE_HEADLINE = re.compile(r"(?:[^\s。;；,，!?！？:：]{2,40}?)?关于[^。;；!?！？]{4,60}的(?:通知|决定|意见|通报|实施方案|工作方案|公告|公示)")


# …or a plan's own title (某某城市创建行动方案): a name ending in a document's head, no news verb in it
_PLAN_HEADLINE = re.compile(rf"[\u4e00-\u9fff“”\d]{{4,30}}?(?:行动方案|实施方案|工作方案|行动计划|实施意见|管理办法|实施细则|公约|倡议书)")
_NEWS_VERB = re.compile(r"出台|印发|制定|发布|召开|举行|启动|实施(?!方案|意见|细则)|推进|开展|部署|审议|通过|解读|签订|签署|发出|获批|"
                        r"聚焦|助力|迎来|亮相|落地|见效|推出")
# 《…实施意见》（以下简称《意见》）: the short form a document is called by from then on
_SHORT_FORM = re.compile(r"\s*[(（](?:以下)?简称[《“](?P<short>[^《》“”]{1,16})[》”][)）]")


def short_forms(doc: Doc) -> dict[str, str]:
    """The short forms the text gives its documents, each with the full title (read once per doc)."""
    if "short_forms" in doc.memo:
        return doc.memo["short_forms"]
    out = doc.memo["short_forms"] = {}
    titles = []
    for m in _BOOK.finditer(doc.text, doc.title_end):
        title = m.group(1).strip()
        short = _SHORT_FORM.match(doc.text, m.end())
        if short and short.group("short") != title:
            out.setdefault(short.group("short"), title)
        elif len(title) <= 4 and title not in out:
            # 《办法》规定 after 《某市某某管理办法》: the document named before by its kind
            earlier = [t for t in titles if t.endswith(title) and len(t) > len(title)]
            if len(set(earlier)) == 1:
                out[title] = earlier[0]
        titles.append(title)
    return out


def document_spans(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc.text
    full = short_forms(doc)
    out = [(m.start(), m.end(), full.get(m.group(1).strip(), m.group(1).strip()))
           for m in _BOOK.finditer(text, doc.title_end) if not _a_work(text, m)]
    head = text[:doc.title_end].strip()
    plan = _PLAN_HEADLINE.fullmatch(head)
    headline = _NOTICE_HEADLINE.fullmatch(head) or (plan if plan and not _NEWS_VERB.search(head) else None)
    if headline:
        out.append((0, doc.title_end, headline.group(0)))
    books = [(m.start(), m.end()) for m in _BOOK.finditer(text, doc.title_end)]
    for m in _ISSUED.finditer(text, doc.title_end):
        seg_start = m.start("list")
        for part in re.finditer(r"[^、,，及和]+", m.group("list")):
            piece = part.group(0)
            verb = _VERB_AT_START.match(piece)          # "…、制定X清单": the next item has its own verb
            lead = verb.end() if verb else 0
            n = _NAMED.fullmatch(piece[lead:].strip("“”《》 "))
            # "X等方案" refers to a set of documents, not to one by name
            s = seg_start + part.start() + lead
            if any(a <= s < b for a, b in books):
                continue                                 # a piece of a title in 《》 (…建设和…方案)
            if n and _GENERIC_DOC.fullmatch(n.group(1).strip("“”")):
                continue                                 # 制定整治方案, 如下行动方案: a kind of document, no name
            if n and "《" not in piece and not re.search(r"等" + _DOC_HEADS + "$", n.group(1)):
                out.append((s, s + len(piece) - lead, n.group(1).replace("“", "").replace("”", "")))
    for m in re.finditer(r"“([^”]{2,30}" + _DOC_HEADS + r")”", text[doc.title_end:]):
        if _COUNTED_SET.match(m.group(1)):
            continue                     # “三张清单”: a slogan counting documents, not one document's title
        s = doc.title_end + m.start()
        out.append((s, s + len(m.group(0)), m.group(1)))
    for m in _QUOTED_PLAN.finditer(text, doc.title_end):      # “十四五”规划: a plan named by its quote
        if not any(a <= m.start() < b for a, b in books):
            out.append((m.start(), m.end(), m.group("name") + m.group("head")))
    seen, kept = set(), []
    for s, e, t in sorted(out):
        if t not in seen:
            seen.add(t)
            kept.append((s, e, t))
    return kept


def extract_documents(doc: Doc, issuer_at) -> list[Entity]:
    out = []
    shorts = short_forms(doc)
    for s, e, title in document_spans(doc):
        ent = Entity("Document", document_key(title), title, attrs={"issuer": issuer_at(s)}, spans=[(s, e)])
        ent.aliases.update(short for short, whole in shorts.items() if whole == title)
        out.append(ent)
    return out
