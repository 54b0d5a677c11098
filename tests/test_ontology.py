"""The ontology under an OWL reasoner (HermiT, through owlready2; needs a Java runtime): the
T-box with the seed build's people, posts, bodies and regions is consistent, and what the
ontology says follows (a province is a region; who holds a post is a person)."""
import shutil

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.vocab import WM

from .conftest import ROOT

owlready2 = pytest.importorskip("owlready2")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


def reason(tbox: Graph, abox: Graph, tmp_path):
    data = tmp_path / "kg.owl"
    (tbox + abox).serialize(data, format="xml")
    world = owlready2.World()
    onto = world.get_ontology(data.as_uri()).load()
    with onto:
        # xsd:gYear (wm:year) is outside the OWL 2 datatype map HermiT implements
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True)
    return world


def test_the_seed_graph_is_consistent_and_the_ontology_s_axioms_follow(seed_graph, tmp_path):
    tbox = Graph().parse(ROOT / "ontology" / "wenming.ttl")
    abox = Graph()
    keep = {WM.holdsPost, WM.memberOf, WM.partOf, WM.locatedIn, WM.postIn}
    for s, p, o in seed_graph:
        if p in keep or p == RDF.type and o in (WM.Province, WM.Prefecture, WM.County, WM.Person, WM.Post,
                                               WM.Organization):
            abox.add((s, p, o))
    assert len(abox) > 100
    world = reason(tbox, abox, tmp_path)              # raises on an inconsistent ontology
    province = next(seed_graph.subjects(RDF.type, WM.Province))
    region = world[str(WM.Region)]
    assert region in world[str(province)].INDIRECT_is_a
    holder, _ = next(iter(seed_graph.subject_objects(WM.holdsPost)))
    assert world[str(WM.Person)] in world[str(holder)].INDIRECT_is_a


def test_the_reasoner_rejects_a_contradiction(tmp_path):
    tbox = Graph().parse(ROOT / "ontology" / "wenming.ttl")
    abox = Graph()
    x = URIRef("https://example.org/x")
    abox.add((x, RDF.type, WM.Person))
    abox.add((x, RDF.type, WM.Region))
    from rdflib.namespace import OWL
    if (WM.Person, OWL.disjointWith, WM.Region) not in tbox and not any(tbox.triples((None, OWL.members, None))):
        pytest.fail("the ontology declares no disjoint classes")
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(tbox, abox, tmp_path)
