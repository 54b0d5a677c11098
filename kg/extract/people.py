"""People: bylines, photo credits, and personal names the tagger finds in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from ..analyse import Doc, Token
from ..lexicon import (ADVERBS_AFTER_NAME, CLAUSE_WORDS_AFTER_NAME, COMPOUND_SURNAMES, OFFICE_RE, OFFICE_TITLES,
                       PEOPLE_COUNTED, PERSON_AFTER, SPEECH_VERBS, SURNAME_REFERENCES)
from ..model import Entity
from .chunks import recurrences

_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}\Z")


@lru_cache(maxsize=1)
def _is_name():
    """jionlp's surname check (packaged 百家姓 tables)."""
    from ..packaged import quiet_import
    return quiet_import("jionlp.algorithm.ner.check_person_name").CheckPersonName()


def plausible_name(name: str) -> bool:
    """Reads as a personal name at all: two to four Han characters, no reduplication (星星), not
    a surname with a way of referring to someone unnamed (王总, 陈某, 张奶奶) or an office (王主任)."""
    if "·" in name:
        return bool(_LONG_NAME.match(name))      # 阿依古丽·买买提: parts joined by the dot
    return bool(_HAN_NAME.match(name)) and not (len(set(name)) < len(name) and name[0] == name[1]) \
        and not _SURNAME_REFERENCE.match(name)


_SURNAME_REFERENCE = re.compile("^[\u4e00-\u9fff](?:" + "|".join(sorted(SURNAME_REFERENCES + OFFICE_TITLES, key=len,
                                                                           reverse=True)) + ")$")


# a name of another people written out in full (普里马科夫, 阿不都热合曼·买买提): longer than a Han
# name, parts joined by a middle dot
_LONG_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[·•・][\u4e00-\u9fff]{1,8}){0,3}\Z")


def _long_name(tok: Token, span) -> bool:
    """Only the model's sure word admits a long name: the tagger alone splits or runs them on."""
    return span.score >= MODEL_LONG_NAME and len(tok.text) > 4 and bool(_LONG_NAME.match(tok.text))


def surname_first(name: str) -> bool:
    """jionlp's surname check. Its table keeps only the surnames that are rarely anything else,
    so it misses common ones that are also common characters (周, 黄, 金, 程 …): a miss is no
    evidence against a name, only the lack of evidence for one."""
    return bool(_is_name()(name))


def person_key(name: str) -> str:
    return "person:" + name


def _person(name: str, role: str | None = None, pen_name: bool = False) -> Entity:
    attrs = {"roles": [role] if role else []}
    if pen_name:
        attrs["pen_name"] = True
    return Entity("Person", person_key(name), name, attrs=attrs)


# conjunctions and adverbs that are also surnames (但, 而, 并, 又, 还, 也, 却): before a name the
# article prints alone elsewhere, they are not its first character
_LINKING_CHARS = "但而并又还也却"
# the kind words of a neighbourhood or a village after a name (某某里|社区, 某某|村委会)
_PLACE_AFTER_NAME = ("社区", "街道", "小区", "村委会", "居委会", "村民委员会", "居民委员会")
# locatives that close a place noun (室里, 院内, 村中): a word the tagger may cut off as a name
_LOCATIVES = "里内中上外边旁"
_PLACE_FINALS = "室院厅馆屋店园场楼站所校街巷村镇乡家间"     # (…室, …院: no surname among them)
MODEL_SURE = 0.9           # the span model's mean tag marginal for a name it proposes
MODEL_CERTAIN = 0.99       # …for a tagged name that needs no other witness
MODEL_LONG_NAME = 0.98     # …for a name of four or more characters that fits no Han surname
MODEL_LIKELY = 0.75        # …for a name the tagger found whose surname the table lacks


def _without_title(tok: Token, agreed: bool = False) -> Token:
    """A PER span the tagger ran on into a title (王某某总书记), a line break or a conjunction before
    the next item (某某和|委员会) is the name before it — unless the tagger and the model agree
    on the whole span (巴图孟和: a Mongolian name ending in 和)."""
    if tok.text != tok.text.rstrip():
        tok = Token(tok.text.rstrip(), tok.tag, tok.start, tok.start + len(tok.text.rstrip()))
    if len(tok.text) >= 3 and tok.text.endswith("摄") and not agreed:
        tok = Token(tok.text[:-1], tok.tag, tok.start, tok.end - 1)     # 某某摄: a photo's credit
    if len(tok.text) == 4 and tok.text[-1] in "和与及同" and not agreed:
        tok = Token(tok.text[:-1], tok.tag, tok.start, tok.end - 1)
    m = OFFICE_RE.search(tok.text)
    if m and m.start() >= 2:
        return Token(tok.text[:m.start()], tok.tag, tok.start, tok.start + m.start())
    return tok


def _in_person_frame(doc: Doc, tok: Token, title_ends: set[int]) -> bool:
    """A two- or four-character name whose surname the table lacks needs the frame of a person
    as well as the model's word (the model also takes 四字 phrases and slogans for names):
    a title or occupation straight before it (专家某某, 局长某某), or a form of address or a
    verb of saying straight after it (某某先生, 某某表示)."""
    text = doc.text
    return tok.start in title_ends or bool(OFFICE_RE.search(text, max(0, tok.start - 6), tok.start)) \
        or text.startswith(PERSON_AFTER, tok.end) or _listed_with_a_name(doc, tok)


def _listed_with_a_name(doc: Doc, tok: Token) -> bool:
    """An item of a list of names after a title (副市长某某、孙某出席): the item next to it, across
    a 、, is a name the tagger found whose surname the table knows, and the list's first item
    follows an office or a word for people in office (领导)."""
    text = doc.text
    near = [t for t in doc.tokens_in(max(0, tok.start - 5), tok.end + 5) if t.tag == "PER" and t is not tok]
    if not any(t.end + 1 == tok.start and text[t.end] == "、" or tok.end + 1 == t.start and text[tok.end] == "、"
               for t in near if _HAN_NAME.match(t.text) and surname_first(t.text)):
        return False
    before = doc.tokens_in(max(0, tok.start - 60), tok.start)
    i = len(before) - 1
    while i >= 1 and before[i].text == "、" and before[i - 1].tag == "PER":
        i -= 2                           # back over the names listed before it
    lead = text[max(0, before[i + 1].start - 8):before[i + 1].start] if 0 <= i + 1 < len(before) else ""
    return bool(OFFICE_RE.search(lead) or lead.endswith(("领导", "同志")))


def _after_people_noun(doc: Doc, tok: Token) -> bool:
    """A name the tagger reads straight after a word for a kind of people (村民某某, 志愿者某某)
    with a verb after it: one of them, named — a witness for a name whose surname the table
    lacks (the names of other peoples: 米玛, 扎西)."""
    nxt = doc.tokens_in(tok.end, tok.end + 6)[:1]
    return doc.text.endswith(PEOPLE_COUNTED, 0, tok.start) and bool(nxt) and nxt[0].start == tok.end \
        and nxt[0].tag in ("v", "vd", "d", "p")


def _dotted_pieces_joined(tagged: list[Token]) -> list[Token]:
    """A name of another people the tagger tagged in two pieces, the first before its dot part
    (图|拉克·赫力木): one name."""
    out: list[Token] = []
    for t in tagged:
        if out and out[-1].end == t.start and "·" in t.text and "·" not in out[-1].text and len(out[-1].text) <= 4 \
                and _LONG_NAME.match(out[-1].text + t.text):
            out[-1] = Token(out[-1].text + t.text, "PER", out[-1].start, t.end)
        else:
            out.append(t)
    return out


def _after_office(doc: Doc, tok: Token) -> bool:
    """A two- or three-character name the tagger reads straight after an office, with a verb
    after it (…总指挥|金某|出席会议): the office's holder, named — a witness for a surname the
    table lacks (金, 黄, 程 …)."""
    nxt = doc.tokens_in(tok.end, tok.end + 6)[:1]
    office = OFFICE_RE.search(doc.text, max(0, tok.start - 6), tok.start)
    return 2 <= len(tok.text) <= 3 and office is not None and office.end() == tok.start and bool(nxt) \
        and nxt[0].start == tok.end and nxt[0].tag in ("v", "vd", "d", "p")


def _joined_after_dot(doc: Doc, tok: Token) -> Token:
    """A name of another people the tagger cut at its dot (阿依古丽|·买买提说): the given name
    and the rest, up to a verb of saying; or one it ran into the adverb after it (…·艾买提|正带着)."""
    m = _AFTER_DOT.match(doc.text, tok.end)
    if m is None:
        return _without_adverb(tok)
    rest = m.group(1)
    for verb in SPEECH_VERBS:
        if rest.endswith(verb) and len(rest) - len(verb) >= 2:
            rest = rest[:-len(verb)]
            break
    end = tok.end + 1 + len(rest)
    return Token(doc.text[tok.start:end], tok.tag, tok.start, end)


def _without_adverb(tok: Token) -> Token:
    """…·艾买提|正带着, 何利成|正和: a name the tagger or the model ran into the adverb after it (a
    dotted name's last part of three or more characters, or a Han name of four characters whose
    surname is a single character)."""
    last = re.search(r"[·•・]([\u4e00-\u9fff]+)$", tok.text)
    han = not last and len(tok.text) == 4 and tok.text[:2] not in COMPOUND_SURNAMES
    if (last and len(last.group(1)) >= 3 or han) and tok.text[-1] in ADVERBS_AFTER_NAME:
        return Token(tok.text[:-1], tok.tag, tok.start, tok.end - 1)
    return tok


_AFTER_DOT = re.compile(r"[·•・]([\u4e00-\u9fff]{2,8})")


# one Han character between a two-character name and a clause's end (教师梁邦|定;): the given
# name's last character, unless it is a word a clause ends with after a name (某某说, 某某等)
_LAST_CHARACTER = re.compile(r"([\u4e00-\u9fff])(?=[;；,，。、)）])")


# …or before a two-character verb of saying (常某|扩强|调: the tagger glued the name's last
# character to the verb)
_LAST_CHARACTER_BEFORE_SAYING = re.compile(
    r"([\u4e00-\u9fff])(?=(?:" + "|".join(v for v in SPEECH_VERBS if len(v) == 2) + "))")


def _with_last_character(doc: Doc, tok: Token) -> Token:
    if len(tok.text) != 2:
        return tok
    m = _LAST_CHARACTER.match(doc.text, tok.end)
    before_saying = not m and _LAST_CHARACTER_BEFORE_SAYING.match(doc.text, tok.end)
    m = m or before_saying
    if not m or m.group(1) in CLAUSE_WORDS_AFTER_NAME:
        return tok
    nxt = [t for t in doc.tokens_in(tok.end, tok.end + 3) if t.start == tok.end][:1]
    # (a token running across the verb's first character is a wrong cut: the name's own evidence)
    cut_wrong = before_saying and nxt and tok.end + 1 < nxt[0].end < tok.end + 3
    if not cut_wrong and (not surname_first(tok.text + m.group(1)) or not nxt or nxt[0].end != tok.end + 1
                          or before_saying and nxt[0].tag in ("d", "p", "c", "r", "u")):
        return tok   # (the character opens a longer word, or is an adverb before the verb: 某某|均|表示)
    return Token(tok.text + m.group(1), tok.tag, tok.start, tok.end + 1)


def extract_people(doc: Doc, excluded: set[str] = frozenset()) -> tuple[list[Entity], list[Entity]]:
    """Return (people named in the text, byline authors and photographers)."""
    art = doc.article
    credits: dict[str, Entity] = {}
    for name, pen in art.authors:
        ent = credits.setdefault(name, _person(name, "author", pen))
        ent.attrs["roles"] = sorted(set(ent.attrs["roles"]) | {"author"} | set(art.byline_roles))
    for role, names in (("photographer", art.photographers), ("editor", art.editors)):
        for name in names:
            ent = credits.setdefault(name, _person(name, role))
            ent.attrs["roles"] = sorted(set(ent.attrs["roles"]) | {role})
    named: dict[str, Entity] = {}
    text = doc.text
    quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]{1,40}”", text)]
    model_likely = {(sp.start, sp.end) for sp in doc.spans if sp.label == "PER" and sp.score >= MODEL_LIKELY}
    tagged = _dotted_pieces_joined([t for t in doc.tokens if t.tag == "PER"])

    def whole(start: int, end: int) -> bool:
        """The tagger and the model agree on the span and a predicate, not a second item, follows
        (巴图孟和|主持会议, not 某某|和|委员会)."""
        nxt = doc.tokens_in(end, end + 8)[:1]
        return (start, end) in model_likely and any(t.start == start and t.end == end for t in tagged) \
            and (not nxt or nxt[0].start == end and nxt[0].tag in ("v", "vd", "d", "p", "w"))

    per = [_with_last_character(doc, _joined_after_dot(doc, _without_title(t, whole(t.start, t.end)))) for t in tagged]
    # people the span model finds where the tagger did not; a name it is sure of needs no
    # surname-table check (four-character names of other peoples: the table vets Han surnames only)
    sure = set()
    for sp in doc.spans:
        tok = _without_adverb(_without_title(Token(text[sp.start:sp.end], "PER", sp.start, sp.end), whole(sp.start, sp.end)))
        if sp.label == "PER" and sp.score >= MODEL_SURE and (_HAN_NAME.match(tok.text) or _long_name(tok, sp)) \
                and not any(t.start < tok.end and tok.start < t.end and not (tok.start <= t.start and t.end <= tok.end)
                            for t in per):
            per = [t for t in per if not (tok.start <= t.start and t.end <= tok.end)] + [tok]   # a name the tagger split in two
            if len(tok.text) >= 4 and sp.score >= MODEL_LONG_NAME:
                sure.add((tok.start, tok.end))   # a long name that fits no Han surname: the model's word
    # a name the tagger tagged in pieces (次|仁朗杰, both PER) that the model reads as one: the
    # two sources agree on a four-character name of another people
    by_start = {t.start: t for t in per}
    for sp in doc.spans:
        if sp.label != "PER" or sp.score < MODEL_LIKELY or len(text[sp.start:sp.end]) < 4:
            continue
        pieces, at = [], sp.start
        while at in by_start and at < sp.end:
            pieces.append(by_start[at])
            at = by_start[at].end
        if len(pieces) < 2 or at != sp.end or not _LONG_NAME.match(text[sp.start:sp.end]):
            continue
        last = pieces[-1].text
        if any(h.start < pieces[0].end and pieces[0].start < h.end for h in doc.hits) \
                or len(last) == 3 and surname_first(last):
            continue                     # 莲池|崔敬辉: a place (or a word) and a Han name after it
        per = [t for t in per if t not in pieces] + [Token(text[sp.start:sp.end], "PER", sp.start, sp.end)]
        sure.add((sp.start, sp.end))
    full_names = {t.text for t in per}
    # 但|田文以一己之力: a conjunction the tagger took for a surname before a name found elsewhere
    per = [Token(t.text[1:], t.tag, t.start + 1, t.end) if len(t.text) == 3 and t.text[0] in _LINKING_CHARS
           and t.text[1:] in full_names else t for t in per]
    full_names = {t.text for t in per}
    titles = {sp.end for sp in doc.spans if sp.label == "POST" and sp.score >= MODEL_LIKELY}
    model_names = [(sp.start, sp.end) for sp in doc.spans if sp.label == "PER" and sp.score >= MODEL_LIKELY]
    # a two-character name the model shares with the tagger, whose last character the tagger
    # glued to the verb after it (常某|扩强|调): the model's word stands for the whole name
    model_cut_short = {(a, b) for a, b in model_names if b - a == 2 and any(t.start == a and t.end == b + 1 for t in per)}
    # the tagger's exact span that the model is all but certain of needs no frame (温某的球队)
    certain = {(sp.start, sp.end) for sp in doc.spans if sp.label == "PER" and sp.score >= MODEL_CERTAIN}
    for tok in per:
        profile = bool(re.match(r"[,，](?:男|女)[,，]", text[tok.end:tok.end + 3]))   # 张三,男,1970年生
        if not (plausible_name(tok.text) or (tok.start, tok.end) in sure) or tok.text in excluded \
                or tok.text in credits:
            continue
        # a tagged name needs one more witness: a surname from the table, a profile (张三,男,),
        # or the span model's word for it (金某, 温某: surnames the table leaves out; 跳河勇救
        # is tagged as a name by the tagger alone)
        if not (surname_first(tok.text) or profile or (tok.start, tok.end) in sure or "·" in tok.text
                or _after_people_noun(doc, tok) or _after_office(doc, tok)
                or any(a <= tok.start and tok.end <= b + ((a, b) in model_cut_short) for a, b in model_names)
                and (len(tok.text) == 3 or (tok.start, tok.end) in certain
                     or _in_person_frame(doc, tok, titles))):
            continue
        # quoted, a nickname or a project's name, not a person named — unless a form of address
        # or a verb of saying follows (“向某某同志学习”: a slogan that names a person)
        if any(a < tok.start and tok.end < b for a, b in quoted) and not text.startswith(PERSON_AFTER, tok.end):
            continue
        if any(n != tok.text and n.startswith(tok.text) for n in full_names):
            continue                       # the tagger cut a full name short elsewhere
        if text.startswith(("新时代", "精神", "思想", "号", "式", "故事", "叔叔"), tok.end):
            continue                       # a doctrine, model or campaign named after a person
        if text.startswith(_PLACE_AFTER_NAME, tok.end):
            continue                       # 某某里|社区: a neighbourhood's name, not a person's
        if len(tok.text) == 2 and tok.text[0] in _PLACE_FINALS and tok.text[-1] in _LOCATIVES \
                and any(t.end == tok.start and t.tag in ("n", "nz", "vn") for t in doc.tokens_in(tok.start - 4, tok.start)):
            continue                       # 书法|室里: a noun's last character and a locative, no name
        ent = named.setdefault(tok.text, _person(tok.text))
        ent.spans.append((tok.start, tok.end))
    for name, ent in named.items():
        # the tagger may miss a later mention it found once (冯绵|发领取): a known name is
        # that person wherever it recurs
        ent.spans = sorted(ent.spans + recurrences(text, name, ent.spans))
    return list(named.values()), list(credits.values())
