"""Extractors: each a function of an analysed article (a Doc) returning typed entities.

``extract_all`` runs them in dependency order: regions first (everything hangs off one),
then bodies, offices, people and programmes, then the statements that refer to those
(metrics, events, honors, documents), then the relations between them.
"""
from __future__ import annotations

import re

from ..analyse import Doc
from ..lexicon import MEDIA_HEADS, NATIONAL_OUTLET
from ..model import Entity, Extraction, Relation
from .documents import extract_documents
from .events import event_spans, extract_events
from .honors import extract_honors, honor_spans
from .metrics import extract_metrics
from .offices import _COMMITTEE, link_offices, split_title, unheld_offices
from .organizations import _SUFFIX_RE, extract_organizations, org_key, org_kind_of, qualify
from .people import extract_people
from .posts import extract_posts, post_key
from .programs import extract_programs, program_spans
from .regions import extract_regions, is_division, main_region, region_entity, region_key
from .actors import MentionIndex, list_ending_at, opening_actors, subject_finder
from .relations import extract_relations


def extract_all(doc: Doc) -> tuple[Extraction, list[str], list[str]]:
    """Run every extractor on one article; return (extraction, author keys, photographer keys)."""
    ex = Extraction()
    regions, region_mentions = extract_regions(doc)
    for e in regions:
        ex.add(e)
    main = main_region(doc, region_mentions)
    main_key = region_key(main) if main else None
    for r in [main] + main.ancestors() if main is not None else ():
        if region_key(r) not in ex.entities and is_division(r):     # (a county known from its outlet alone: not mentioned)
            ex.add(region_entity(r, mentioned=False))
    named_regions = sorted({m.region for m in region_mentions}, key=lambda r: r.key)
    program_mentions = [(s, e) for s, e, _ in program_spans(doc)]
    for e in extract_organizations(doc, named_regions, main, region_key, program_mentions,
                                   [(m.start, m.end) for m in region_mentions]):
        ex.add(e)
    for e in extract_posts(doc, main, region_key, [(m.start, m.region) for m in region_mentions]):
        ex.add(e)
    _outlets(doc, ex, main, named_regions)
    excluded = {e.label for e in ex.entities.values()} | {a for e in ex.entities.values() for a in e.aliases}
    named, credits = extract_people(doc, excluded=excluded)
    for e in named + credits:
        ex.add(e)
    _byline_posts(doc, ex, credits, main, main_key)
    link_offices(doc, ex, main, named_regions, region_key)
    unheld_offices(doc, ex, main, named_regions, region_key)
    _drop_posts_inside_titles(ex)

    def sentence_year(pos: int):
        sent = doc.sentence_at(pos)
        years = re.findall(r"((?:19|20)\d{2})年", doc.text[sent.start:pos])
        return int(years[-1]) if years else None

    for e in _kept_programmes(doc, ex, extract_programs(doc, main_key, year_at=sentence_year)):
        ex.add(e)
    index = MentionIndex(ex)
    subject_at = subject_finder(doc, index, main_key, main)

    def actor_at(pos: int):
        """Who receives: a body, person or place, never a programme."""
        return subject_at(pos, programs=False)

    def host_at(pos: int):
        """Who issues or organizes: a body or a place (the guide's issuer and organizer), not a
        person the clause is about (毛某为雷某题词… is no event of 雷某's)."""
        actor = actor_at(pos)
        return actor if actor and ex.entities[actor].kind in ("Region", "Organization") else None

    def issuer_at(pos: int):
        """A body printed straight before a document's title issued it (某网《关于…的通知》);
        else the host of its clause."""
        if pos < doc.title_end:
            # the article is the document (关于…的决定 as headline): the body that signs it at the end
            signed = _SIGNED.search(doc.text)
            bodies = index.between(signed.start(), signed.end(), ("Organization",)) if signed else []
            return bodies[-1].key if bodies else host_at(doc.title_end)
        at = pos - 1 if doc.text[pos - 1:pos] == "《" else pos
        named = [m for m in index.between(max(0, at - 30), at, ("Organization",)) if m.end == at]
        if named:
            return named[-1].key
        verb = _ISSUING_VERB.search(doc.text, max(0, at - 8), at)
        # 某委办公室、某政府办公室联合印发《…》: the first of the bodies listed before the verb
        issuers = list_ending_at(doc, index, verb.start(), ("Organization",)) if verb else []
        if issuers:
            return issuers[0].key
        if _IMPLEMENTING.search(doc.text, max(0, at - 8), at):
            # 贯彻落实《…》: a document someone else issued; only a place its title opens with
            # (《某市文明行为促进条例》) says whose it is
            opening = [m for m in index.between(pos, pos + 30, ("Region", "Organization")) if m.start == pos]
            return opening[0].key if opening else None
        return host_at(pos)

    for e in extract_documents(doc, issuer_at):
        ex.add(e)
    def places_between(a: int, b: int) -> str | None:
        """The innermost region named in [a, b) (the last of a chain: 某市某区某广场 → 某区)."""
        places = index.between(a, b, ("Region",))
        return places[-1].key if places else None

    for e in extract_events(doc, host_at, places_between):
        ex.add(e)

    def recipients_at(pos: int) -> list[str]:
        if pos in doc.memo.get("honor_counted_only", ()):
            return []                    # 某小组决定,授予202个城市…称号: no recipient named
        if pos in doc.memo.get("honor_named_in_item", {}):
            a, b = doc.memo["honor_named_in_item"][pos]   # 某某等9名“某某”: the one named before 等
            named = index.between(a, b, ("Person", "Organization")) or index.between(a, b, ("Region",))[-1:]
            return [m.key for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end for o in named)]
        if pos in doc.memo.get("honor_named_after", {}):
            a, b = doc.memo["honor_named_after"][pos]       # 他们是:…的某某;…的某某: the people named
            return [m.key for m in index.between(a, b, ("Person",))]
        if pos in doc.memo.get("honor_list_lines", {}):
            # one recipient a line under the list's heading: the person who ends the line (某局职工
            # 某某: the body is where they work), else the body the line names, else the person,
            # else the innermost place (某县某镇某村)
            out = []
            for a, b in doc.memo["honor_list_lines"][pos]:
                bodies = index.between(a, b, ("Organization",))
                last = doc.text[a:b].rstrip("。;； ")
                last = re.sub(r"[(（][^()（）]{1,6}[)）]$", "", last)       # 某某(已故)
                named = next((m for m in index.between(a, b, ("Person",)) if m.end == a + len(last)), None) \
                    or max(bodies, key=lambda m: m.end - m.start, default=None) \
                    or next(iter(index.between(a, b, ("Person",))), None) \
                    or next(iter(index.between(a, b, ("Region",))[-1:]), None)
                if named is not None and named.key not in out:
                    out.append(named.key)
            return out
        if pos in doc.memo.get("honor_recipients_at", {}).values():
            # 某委公布…名单,某校榜上有名: who the clause of 榜上有名 names, not who published the list
            ca, _ = doc.clause_at(pos, pos)
            named = opening_actors(doc, index, ca, pos) or index.between(ca, pos, ("Organization", "Person"))[:1] \
                or index.between(ca, pos, ("Region",))[-1:]
            return [m.key for m in named]
        sent = doc.sentence_at(pos)
        # 授予A、B等56个单位“某某”称号: the named ones listed before 等 and a count, in its clause
        counted = _COUNTED_RECIPIENTS.search(doc.text, sent.start, pos)
        kinds = ("Person", "Organization", "Region")
        if counted:
            # (none when the first of them is no name we know: not the people of another clause)
            return [m.key for m in list_ending_at(doc, index, counted.start(), kinds)]
        people = index.between(sent.start, pos, ("Person",))
        if people:
            return [m.key for m in people]
        subject = actor_at(pos)
        return [subject] if subject else []

    people = [(m.start, m.end, m.key) for m in index.between(0, len(doc.text), ("Person",))]
    for e in extract_honors(doc, recipients_at, people):
        ex.add(e)
    index.update(ex)                        # a figure may be about an event just reported
    for e in extract_metrics(doc, subject_at):
        ex.add(e)
    extract_relations(doc, ex, main_key, main)
    authors = [e.key for e in credits if "author" in e.attrs.get("roles", [])]
    photographers = [e.key for e in credits if "photographer" in e.attrs.get("roles", [])]
    return ex, authors, photographers


def _kept_programmes(doc: Doc, ex: Extraction, candidates: list[Entity]) -> list[Entity]:
    """The decision step for programmes: a candidate every mention of which lies inside
    - an activity the text reports as held (or dated), or a meeting whose spirit is studied:
      an event, not an ongoing programme (but the campaign a meeting is about, 某某创建|工作推进会,
      is one);
    - a team's or an association's name (“某某”助学志愿服务队): the quoted name names the body;
    - a title the text says was conferred, when it is the whole title (获评“某某城市”; 某某中心建设
      named inside 某某中心建设试点市 stays a programme), or any part of a quoted one
      (“全国乡村治理示范村”)
    is left out."""
    text = doc.text
    # (an occasion said to take place somewhere, …仪式暨…大集在某广场举行, is held, dated or not)
    held = [(s, e) for s, e, name, date, how in event_spans(doc)
            if how in ("held", "spirit") or date or how == "at" and _OCCASION_HEAD.search(name)]
    teams = [span for o in ex.of_kind("Organization") if o.attrs.get("org_kind") == "social" for span in o.spans]
    conferred = {name: (s, e) for s, e, name, _ in honor_spans(doc)}
    # (a work named inside a unit's title, 全国和谐社区建设|示范单位: the title, not a programme —
    # but a pilot's designation keeps its programme: 某某中心建设|试点市)
    within_titles = [(s, e) for s, e, name, _ in honor_spans(doc)
                     if "“" not in doc.text[s:e] and name.endswith(("单位", "社区", "村", "集体"))]
    quoted_titles = [(s + text[s:e].index("“"), e) for s, e in conferred.values() if "“" in text[s:e]]

    def inside(spans, within, strict=False) -> bool:
        return bool(spans) and all(any(a < s and e < b if strict else a <= s and e <= b for a, b in within)
                                   for s, e in spans)

    def subject_of_meeting(e: Entity) -> bool:
        """某某创建|工作|推进会: the campaign a meeting is held about, named once for it; “某某服务季”|
        启动仪式: the campaign a ceremony launches."""
        return any(text.startswith(("工作", "启动"), b) or text.startswith("”启动", b) for _, b in e.spans)

    kept = []
    for e in candidates:
        title = conferred.get(e.label)
        if inside(e.spans, held) and not subject_of_meeting(e) or inside(e.spans, [(a, b - 1) for a, b in teams]) \
                or title and inside(e.spans, [title]) or inside(e.spans, quoted_titles, strict=True) \
                or inside(e.spans, [(a, b) for a, b in within_titles if doc.text[a:b] != e.label]):
            continue
        kept.append(e)
    return kept


_OCCASION_HEAD = re.compile(r"(?:仪式|典礼|大会|会议|大集|市集|集市|晚会|论坛)$")
# 等56个单位 closing a list of recipients, with no clause break before the title
_COUNTED_RECIPIENTS = re.compile(r"等\d[^,，;；]*$")
# a signature closing a notice: the issuing body's line, then the date line
_SIGNED = re.compile(r"\n[^\n]{4,40}\n+\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
# a verb of issuing printed just before a title in 《》 (联合印发了《…》)
_ISSUING_VERB = re.compile(r"(?:联合|共同)?(?:印发|出台|发布|下发|制定|修订|发出|颁布)(?:了|的)?$")
# a verb of carrying out a document (贯彻落实《…》): its issuer is not the one carrying it out
_IMPLEMENTING = re.compile(r"(?:贯彻|落实|学习|执行|依据|根据|按照|对照|遵照|依照|参照)(?:好|了)?$")


def _drop_posts_inside_titles(ex: Extraction) -> None:
    """An office read bare (村党支部书记) inside a longer title a person holds (某镇某村党支部书记
    张三) is that title: one post, the longer one."""
    posts = ex.of_kind("Post")
    held = {r.object for r in ex.relations if r.predicate == "holdsPost"}
    for post in posts:
        # (at the same words, the office a person is said to hold wins over the one read bare)
        if post.spans and all(any(o is not post and a <= s and e <= b and ((a, b) != (s, e) or o.key in held)
                                  for o in posts for a, b in o.spans) for s, e in post.spans) \
                and not any(r.object == post.key or r.subject == post.key for r in ex.relations):
            del ex.entities[post.key]


def _byline_posts(doc: Doc, ex: Extraction, credits: list[Entity], main, main_key) -> None:
    """Titles printed with a byline (中共某市委常委、宣传部部长 张三) → posts the author holds, each
    title read as body and office like a title in the text; a department printed after a
    committee's title is that committee's (宣传部部长 after 某市委常委: 某市委宣传部)."""
    roles = doc.article.byline_roles
    if not roles or not credits:
        return
    person = credits[0]
    evidence = " ".join(roles + [person.label])
    committee = None
    for role in roles:
        body_name, office = split_title(role) or ("", role)
        if committee is not None and body_name.endswith("部") and not body_name.startswith(("中共", "共青团")):
            body_name = committee.label + body_name
        label = body_name + office if body_name else role
        post = ex.add(Entity("Post", post_key(label), label, {role} - {label}, {"post_in": main_key}))
        ex.relations.append(Relation("holdsPost", person.key, post.key, evidence))
        if not body_name:
            continue
        body = ex.add(Entity("Organization", org_key(body_name), body_name,
                             {body_name[2:]} if body_name.startswith("中共") else set(),
                             {"org_kind": "party" if _COMMITTEE.search(body_name) or body_name.startswith("中共")
                              else org_kind_of(body_name), "region": main_key, "printed": body_name}))
        if committee is None or not body.label.startswith(committee.label):
            # (its department, 某市委常委、宣传部部长, is part of the committee's membership)
            ex.relations.append(Relation("memberOf", person.key, body.key, evidence))
        if _COMMITTEE.search(body_name):
            committee = body


def _outlets(doc: Doc, ex: Extraction, main, named_regions) -> None:
    """News outlets credited in the lead or a source line (新华社, 某日报) are media bodies; one
    that carries a place in its name (某市日报) is located there. A body given as the source
    (来源:市文明办) is that body, named as the text would name it."""
    from ..gazetteer import load as load_gazetteer
    gaz = load_gazetteer()
    for name in doc.article.outlets:
        if not name.endswith(MEDIA_HEADS) and (gaz.candidates(name)[0] or any(
                e.kind == "Region" and name in {e.label} | e.aliases for e in ex.entities.values())):
            continue                     # 稿件来源: 某乡: a place gave it, no outlet
        if not name.endswith(MEDIA_HEADS) and _SUFFIX_RE.search(name) and org_kind_of(name) not in ("media", "other"):
            canonical, place = qualify(name, named_regions, main)
            if org_key(canonical) not in ex.entities:
                ex.add(Entity("Organization", org_key(canonical), canonical, {name} - {canonical},
                              {"org_kind": org_kind_of(canonical), "printed": name,
                               "region": region_key(place) if place and region_key(place) in ex.entities else None}))
            continue
        region = None
        for n in range(min(len(name) - 1, gaz.max_len), 1, -1):
            found, _ = gaz.candidates(name[:n])
            if found:
                region = main if main is not None and main in found else sorted(found, key=lambda r: r.key)[0]
                break
        for n in range(1, len(name) - 1):           # a place inside the name (某新闻网某省新闻, 新湖南客户端)
            if region is not None:
                break
            for k in range(min(len(name) - n, gaz.max_len), 1, -1):
                found, _ = gaz.candidates(name[n:n + k])
                if found and any(r.level == "province" for r in found):
                    region = next(r for r in found if r.level == "province")
                    break
        if region is None and main is not None and not NATIONAL_OUTLET.match(name):
            # a paper with no place in its name reports from where its article is: a daily so
            # named is a province's party paper (大众日报, 南方日报: a city's daily carries the
            # city's name), an evening or city paper the city's; the national agencies and sites
            # are nowhere in particular
            levels = ("province",) if name.endswith("日报") else ("province", "prefecture")
            region = next((r for r in [main] + main.ancestors() if r.level in levels), main)
        key = org_key(name)
        if key not in ex.entities:
            ex.add(Entity("Organization", key, name, set(),
                          {"org_kind": "media", "printed": name,
                           "region": region_key(region) if region and region_key(region) in ex.entities else None}))
