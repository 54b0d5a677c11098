"""Vocabulary terms of the wenming ontology (the one place that spells its IRIs)."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

WM_IRI = "https://w3id.org/wenming-kg/ontology#"
DEFAULT_BASE = "https://w3id.org/wenming-kg/id/"
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")
ISO4217 = Namespace("http://qudt.org/vocab/currency/")


class WM(DefinedNamespace):
    """Terms of the wenming ontology; see ontology/wenming.ttl."""

    _NS = Namespace(WM_IRI)
    _fail = True

    # core classes
    Article: URIRef
    Region: URIRef
    Organization: URIRef
    Person: URIRef
    Post: URIRef
    Program: URIRef
    Metric: URIRef
    Event: URIRef
    Honor: URIRef
    Document: URIRef
    # subclasses
    Province: URIRef
    Prefecture: URIRef
    County: URIRef
    Township: URIRef
    Village: URIRef
    GovernmentBody: URIRef
    PartyBody: URIRef
    LeadingGroup: URIRef
    Enterprise: URIRef
    School: URIRef
    MediaOrganization: URIRef
    SocialOrganization: URIRef
    PhotoCaption: URIRef
    ProgramScheme: URIRef
    # datatype properties
    sourceFile: URIRef
    level: URIRef
    adcode: URIRef
    value: URIRef
    unit: URIRef
    unitIRI: URIRef
    indicator: URIRef
    evidence: URIRef
    qualifier: URIRef
    year: URIRef
    date: URIRef
    startDate: URIRef
    orgKind: URIRef
    penName: URIRef
    role: URIRef
    pinyinLabel: URIRef
    subtitle: URIRef
    articleKind: URIRef
    startOffset: URIRef
    endOffset: URIRef
    recipientCount: URIRef
    eventType: URIRef
    actorStated: URIRef
    # object properties
    mentions: URIRef
    partOf: URIRef
    subOrganizationOf: URIRef
    locatedIn: URIRef
    postIn: URIRef
    about: URIRef
    aboutRegion: URIRef
    heldIn: URIRef
    awardedTo: URIRef
    issuedBy: URIRef
    runs: URIRef
    responsibleFor: URIRef
    leads: URIRef
    holdsPost: URIRef
    memberOf: URIRef
    organizedBy: URIRef
    partnerOf: URIRef
    photographer: URIRef
