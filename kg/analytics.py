"""Graph analytics with networkx: counts, components, central nodes, Gephi export."""
from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from .vocab import WM

CORE = ["Article", "Region", "Organization", "Person", "Post", "Program", "Metric", "Event", "Honor", "Document"]
ENTITY = CORE[1:]


def _entity_classes(g: Graph) -> dict:
    """Each entity node's core class (the first in ENTITY order when it has two)."""
    cls_of = {}
    for cls in ENTITY:
        for n in g.subjects(RDF.type, WM[cls]):
            cls_of.setdefault(n, cls)
    return cls_of


def entity_network(g: Graph) -> nx.Graph:
    """Entities as nodes, every object property between two entities as an edge."""
    cls_of = _entity_classes(g)
    # nodes and edges in a fixed order: the sampled betweenness depends on it, and the same
    # graph must give the same figures however it was read (a file, a store, a server)
    G = nx.Graph()
    for n in sorted(cls_of, key=str):
        label = min((str(o) for o in g.objects(n, RDFS.label)), default=str(n))
        G.add_node(str(n), label=label, cls=cls_of[n])
    for s, p, o in sorted(g, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if isinstance(o, URIRef) and p != RDF.type and s in cls_of and o in cls_of and s != o:
            G.add_edge(str(s), str(o), predicate=str(p).rsplit("#", 1)[-1])
    return G


def stats_text(g: Graph, top: int = 5) -> str:
    out = io.StringIO()
    out.write(f"triples: {len(g)}\n")
    for cls in CORE:
        out.write(f"{cls:<14}{len(set(g.subjects(RDF.type, WM[cls]))):>7}\n")
    G = entity_network(g)
    comps = sorted((len(c) for c in nx.connected_components(G)), reverse=True)
    out.write(f"connected components: {len(comps)} (largest {comps[0] if comps else 0} nodes)\n")
    degree = dict(G.degree())
    between = nx.betweenness_centrality(G, k=min(len(G), 500), seed=0) if len(G) else {}
    for cls in ("Organization", "Program", "Region"):
        nodes = [n for n, d in G.nodes(data=True) if d["cls"] == cls]
        ranked = sorted(nodes, key=lambda n: (-degree[n], -between.get(n, 0), G.nodes[n]["label"]))[:top]
        out.write(f"most central {cls.lower()}s (degree, betweenness):\n")
        for n in ranked:
            out.write(f"  {G.nodes[n]['label']}  {degree[n]}  {between.get(n, 0):.4f}\n")
    return out.getvalue()


# where a node is: the region a body, programme or figure is placed in (for Gephi partitions)
_PLACED = [WM.locatedIn, WM.postIn, WM.aboutRegion, WM.heldIn, WM.partOf]


def statement_network(g: Graph) -> nx.MultiDiGraph:
    """Every statement between two entities as a directed edge keyed by its predicate (two
    statements between the same pair stay two edges), and each node's label, class and region."""
    cls_of = _entity_classes(g)
    G = nx.MultiDiGraph()
    for n in sorted(cls_of, key=str):
        label = min((str(o) for o in g.objects(n, RDFS.label)), default=str(n))
        place = next((o for p in _PLACED for o in sorted(g.objects(n, p), key=str)
                      if cls_of.get(o) == "Region" and o != n), None)
        region = min((str(o) for o in g.objects(place, RDFS.label)), default="") if place is not None else ""
        if cls_of[n] == "Region":
            region = label
        G.add_node(str(n), label=label, cls=cls_of[n], region=region)
    for s, p, o in sorted(g, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if isinstance(o, URIRef) and p != RDF.type and s in cls_of and o in cls_of and s != o:
            predicate = str(p).rsplit("#", 1)[-1]
            G.add_edge(str(s), str(o), key=predicate, predicate=predicate)
    return G


def export_network(g: Graph, fmt: str) -> str:
    """GraphML or GEXF for Gephi: directed, one edge per statement, with predicate, class and
    region attributes."""
    G = statement_network(g)
    lines = nx.generate_graphml(G) if fmt == "graphml" else nx.generate_gexf(G)
    return "\n".join(lines) + "\n"
