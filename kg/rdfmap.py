"""Map to RDF: the one place that knows the ontology's terms.

Each article becomes a named graph (its IRI the article's) holding the article, the entities
it mentions with their descriptions, and its reified relations.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from .model import Entity
from .pipeline import ArticleResult
from .resolve import IriMinter
from .vocab import ISO4217, PROV, QUDT_UNIT, SCHEMA, WM

LEVEL_CLASS = {"province": WM.Province, "prefecture": WM.Prefecture, "county": WM.County,
               "township": WM.Township, "village": WM.Village}
ORG_CLASS = {"government": WM.GovernmentBody, "party": WM.PartyBody, "leading_group": WM.LeadingGroup,
             "enterprise": WM.Enterprise, "school": WM.School, "media": WM.MediaOrganization,
             "social": WM.SocialOrganization}
PREDICATES = {"leads": WM.leads, "responsibleFor": WM.responsibleFor, "runs": WM.runs,
              "holdsPost": WM.holdsPost, "memberOf": WM.memberOf, "locatedIn": WM.locatedIn,
              "organizedBy": WM.organizedBy, "partnerOf": WM.partnerOf, "partOf": WM.partOf,
              "postIn": WM.postIn, "about": WM.about, "heldIn": WM.heldIn, "awardedTo": WM.awardedTo,
              "issuedBy": WM.issuedBy}
# Units that have a QUDT (or ISO 4217 currency) IRI, for tools that read those.
UNIT_IRI = {"元": ISO4217.CNY, "%": QUDT_UNIT.PERCENT, "平方米": QUDT_UNIT.M2, "千米": QUDT_UNIT.KiloM,
            "米": QUDT_UNIT.M, "亩": QUDT_UNIT.MU_Chinese, "公顷": QUDT_UNIT.HA, "吨": QUDT_UNIT.TONNE,
            "年": QUDT_UNIT.YR, "天": QUDT_UNIT.DAY, "小时": QUDT_UNIT.HR}
ZH = "zh"
PINYIN = "zh-Latn-pinyin"


def decimal_literal(value) -> Literal:
    """An xsd:decimal in canonical form (19734100.00 → 19734100, 0.50 → 0.5), as a store keeps
    it: the same value reads the same in every output, whether a store wrote it or not."""
    try:
        return Literal(format(Decimal(str(value)).normalize(), "f"), datatype=XSD.decimal)
    except ArithmeticError:             # not a number: kept as written (a validator reports it)
        return Literal(str(value), datatype=XSD.decimal)


@lru_cache(maxsize=65536)
def pinyin(text: str, tones: bool = True) -> str:
    """Pinyin by syllable (gé ěr mù); without tones (ge er mu) for what users type."""
    from pypinyin import Style, lazy_pinyin
    return " ".join(lazy_pinyin(text, style=Style.TONE if tones else Style.NORMAL, errors="default")).strip()


class RdfMapper:
    def __init__(self, base: str):
        self.mint = IriMinter(base)

    def iri(self, ent_or_kind, key: str | None = None) -> URIRef:
        if isinstance(ent_or_kind, Entity):
            return self.mint.entity(ent_or_kind.kind, ent_or_kind.key)
        return self.mint.entity(ent_or_kind, key)

    def article_graph(self, ds: Dataset, art: ArticleResult) -> URIRef:
        a = self.mint.article(art.source_file, art.index)
        g = ds.graph(a)
        g.add((a, RDF.type, WM.Article))
        if art.kind == "photo_caption":
            g.add((a, RDF.type, WM.PhotoCaption))
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, WM.sourceFile, Literal(art.source_file)))
        g.add((a, RDFS.label, Literal(art.headline, lang=ZH)))
        g.add((a, WM.pinyinLabel, Literal(pinyin(art.headline), lang=PINYIN)))
        g.add((a, WM.articleKind, Literal(art.kind)))
        g.add((a, WM.startOffset, Literal(art.start, datatype=XSD.integer)))
        g.add((a, WM.endOffset, Literal(art.end, datatype=XSD.integer)))
        if art.subtitle:
            g.add((a, WM.subtitle, Literal(art.subtitle, lang=ZH)))
        ex = art.extraction
        keys = {k: self.iri(e) for k, e in ex.entities.items()}
        for key, ent in sorted(ex.entities.items()):
            node = keys[key]
            self._describe(g, node, ent, keys, ex.entities)
            if ent.mentioned and key not in art.authors:
                g.add((a, WM.mentions, node))
        for key in art.authors:
            g.add((a, SCHEMA.author, keys[key]))
        for key in art.photographers:
            g.add((a, WM.photographer, keys[key]))
            g.add((a, SCHEMA.contributor, keys[key]))
        for key, ent in sorted(ex.entities.items()):
            if ent.kind == "Person" and "editor" in ent.attrs.get("roles", []):
                g.add((a, SCHEMA.editor, keys[key]))       # credited on the page as its editor
        for rel in ex.relations:
            s, p, o = keys[rel.subject], PREDICATES[rel.predicate], keys[rel.object]
            g.add((s, p, o))
            st = self.mint.statement(a, s, p, o)
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, p))
            g.add((st, RDF.object, o))
            g.add((st, PROV.wasDerivedFrom, a))
            g.add((st, WM.evidence, Literal(rel.evidence, lang=ZH)))
            g.add((st, WM.startOffset, Literal(art.start + rel.start, datatype=XSD.integer)))
            g.add((st, WM.endOffset, Literal(art.start + rel.end, datatype=XSD.integer)))
            g.add((st, WM.actorStated, Literal(rel.stated)))
        return a

    def _describe(self, g: Graph, node: URIRef, ent: Entity, keys: dict[str, URIRef],
                  entities: dict[str, Entity]) -> None:
        core = WM[ent.kind]
        g.add((node, RDF.type, core))
        g.add((node, RDFS.label, Literal(ent.label, lang=ZH)))
        g.add((node, WM.pinyinLabel, Literal(pinyin(ent.label), lang=PINYIN)))
        for alias in sorted(ent.aliases - {ent.label}):
            g.add((node, SKOS.altLabel, Literal(alias, lang=ZH)))
        at = ent.attrs

        def link(prop, key):
            if key and key in keys:
                g.add((node, prop, keys[key]))

        if ent.kind == "Region":
            g.add((node, WM.level, Literal(at["level"])))
            if at["level"] in LEVEL_CLASS:
                g.add((node, RDF.type, LEVEL_CLASS[at["level"]]))
            if at.get("adcode"):
                g.add((node, WM.adcode, Literal(at["adcode"])))
            link(WM.partOf, at.get("parent"))
        elif ent.kind == "Organization":
            g.add((node, WM.orgKind, Literal(at.get("org_kind", "other"))))
            if at.get("org_kind") in ORG_CLASS:
                g.add((node, RDF.type, ORG_CLASS[at["org_kind"]]))
            link(WM.locatedIn, at.get("region"))
            link(WM.subOrganizationOf, at.get("unit_of"))
        elif ent.kind == "Person":
            for role in at.get("roles", []):
                g.add((node, WM.role, Literal(role, lang=ZH)))
            if at.get("pen_name"):
                g.add((node, WM.penName, Literal(True)))
        elif ent.kind == "Post":
            link(WM.postIn, at.get("post_in"))
        elif ent.kind == "Program":
            if at.get("year"):
                g.add((node, WM.year, Literal(str(at["year"]), datatype=XSD.gYear)))
            link(WM.locatedIn, at.get("region"))
            if at.get("national"):
                # the region's own instance is narrower than the programme as a general concept
                concept = self.mint.entity("Concept", at["broader"])
                g.add((node, SKOS.broader, concept))
                g.add((concept, RDF.type, SKOS.Concept))
                g.add((concept, SKOS.prefLabel, Literal(at["national"], lang=ZH)))
                scheme = self.mint.entity("Concept", "scheme:programs")
                g.add((concept, SKOS.inScheme, scheme))
                g.add((scheme, RDF.type, SKOS.ConceptScheme))
                g.add((scheme, RDF.type, WM.ProgramScheme))
                g.add((scheme, RDFS.label, Literal("项目概念", lang=ZH)))
                g.add((scheme, RDFS.label, Literal("programme concepts", lang="en")))
        elif ent.kind == "Metric":
            g.add((node, WM.value, decimal_literal(at["value"])))
            g.add((node, WM.unit, Literal(at["unit"])))
            if at["unit"] in UNIT_IRI:
                g.add((node, WM.unitIRI, UNIT_IRI[at["unit"]]))
            g.add((node, WM.indicator, Literal(at["indicator"], lang=ZH)))
            g.add((node, WM.evidence, Literal(at["evidence"], lang=ZH)))
            g.add((node, WM.qualifier, Literal(at.get("qualifier", "exact"))))
            if at.get("year"):
                g.add((node, WM.year, Literal(str(at["year"]), datatype=XSD.gYear)))
            link(WM.about, at.get("about"))
            link(WM.aboutRegion, region_of(entities.get(at.get("about"))))
        elif ent.kind == "Event":
            if at.get("date"):
                g.add((node, WM.date, Literal(at["date"])))
            if at.get("start_date"):
                g.add((node, WM.startDate, Literal(at["start_date"], datatype=XSD.date)))
            if at.get("event_type"):
                g.add((node, WM.eventType, Literal(at["event_type"])))
            link(WM.heldIn, at.get("held_in"))
            link(WM.organizedBy, at.get("organizer"))
        elif ent.kind == "Honor":
            for key in at.get("recipients", []):
                link(WM.awardedTo, key)
            if at.get("count"):
                g.add((node, WM.recipientCount, decimal_literal(at["count"])))
        elif ent.kind == "Document":
            link(WM.issuedBy, at.get("issuer"))


def region_of(ent: Entity | None) -> str | None:
    """The key of the region an entity is or belongs to (organizations and programmes carry
    theirs); None for people, events and the unplaced."""
    if ent is None:
        return None
    if ent.kind == "Region":
        return ent.key
    if ent.kind in ("Organization", "Program"):
        return ent.attrs.get("region")
    return None


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    bind_prefixes(g)
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g


def bind_prefixes(g) -> None:
    g.bind("wm", WM._NS)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("schema", SCHEMA)
    g.bind("owl", OWL)
    g.bind("xsd", XSD)
    g.bind("rdfs", RDFS)



def ox_term(term):
    """An rdflib term as Oxigraph's."""
    import pyoxigraph as ox
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class QuadSink:
    """Stands in for an rdflib Dataset while mapping: triples added to a named graph go
    straight into Oxigraph quads (no in-memory rdflib store to index and walk again)."""

    def __init__(self):
        import pyoxigraph as ox
        self.quads: set = set()
        self._terms: dict = {}
        self._ox, self._convert = ox, ox_term

    def term(self, t):
        got = self._terms.get(t)
        if got is None:
            got = self._terms[t] = self._convert(t)
        return got

    def graph(self, name) -> "_SinkGraph":
        return _SinkGraph(self, self._ox.NamedNode(str(name)))


class _SinkGraph:
    """One named graph of a QuadSink: the ``add`` the mapper calls."""

    def __init__(self, sink: QuadSink, name):
        self.sink, self.name = sink, name

    def add(self, triple) -> None:
        s, p, o = triple
        term = self.sink.term
        self.sink.quads.add(self.sink._ox.Quad(term(s), term(p), term(o), self.name))


def article_quads(articles: Iterable[ArticleResult], base: str) -> Iterator[set]:
    """Each article's named graph as a set of Oxigraph quads, mapped as the article comes (a
    file of any size holds one article's quads at a time)."""
    mapper = RdfMapper(base)
    for art in articles:
        sink = QuadSink()
        mapper.article_graph(sink, art)
        yield sink.quads
