"""Store and files: serialise the dataset and write every file atomically.

A file is written to a temporary name in the same folder, flushed to disk and renamed over
the old one, so a build killed at any moment leaves the previous output whole.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .rdfmap import bind_prefixes, union_graph

EXPORT_FORMATS = {"ttl": "turtle", "turtle": "turtle", "trig": "trig", "nt": "nt", "ntriples": "nt",
                  "jsonld": "json-ld", "json-ld": "json-ld", "nq": "nquads", "xml": "xml"}


def atomic_write(path: Path, data: bytes | str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


PREFIXES = {"wm": "https://w3id.org/wenming-kg/ontology#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
            "schema": "https://schema.org/"}


def _ox_term(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
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


def dataset_quads(ds: Dataset):
    """An rdflib dataset's named-graph quads as Oxigraph quads."""
    import pyoxigraph as ox
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = str(getattr(g, "identifier", g))
        if g is None or name.startswith("urn:x-rdflib:"):
            continue
        yield ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), ox.NamedNode(name))


def sorted_lines(text: str) -> str:
    lines = sorted({ln for ln in text.splitlines() if ln.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


CORE_CLASSES = ["Article", "Region", "Organization", "Person", "Post", "Program", "Metric", "Event",
                "Honor", "Document"]


def write_quads(parts: list[str], out: Path) -> tuple[int, dict[str, int], str]:
    """Write graph.ttl (union), graph.trig (named graphs) and graph.nt (sorted) from N-Quads
    parts with Oxigraph's serialisers; return (triples, instances per core class, N-Triples)."""
    import pyoxigraph as ox
    quads, triples = set(), set()
    for part in parts:
        for q in ox.parse(part.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
            quads.add(q)
            triples.add(q.triple)
    ordered = sorted(triples, key=str)
    atomic_write(out / "graph.ttl", ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    atomic_write(out / "graph.trig", ox.serialize(sorted(quads, key=lambda q: (str(q.graph_name), str(q))),
                                                  format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    nt = sorted_lines(ox.serialize(ordered, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
    atomic_write(out / "graph.nt", nt)
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    counts = {c: len({t.subject for t in triples if t.predicate == rdf_type
                      and t.object == ox.NamedNode(PREFIXES["wm"] + c)}) for c in CORE_CLASSES}
    return len(triples), counts, nt


def sorted_ntriples(g: Graph) -> str:
    """Canonical text of a graph without blank nodes: sorted N-Triples, byte-identical per input."""
    text = g.serialize(format="nt")
    lines = sorted({ln for ln in text.splitlines() if ln.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def sorted_nquads(ds: Dataset) -> str:
    text = ds.serialize(format="nquads")
    lines = sorted({ln for ln in text.splitlines() if ln.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def load_graph(path: Path) -> Graph:
    """Load a graph file written by ``kg build`` (or any RDF file rdflib reads)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".trig", ".nq"):
        ds = Dataset(default_union=True)
        ds.parse(path, format="trig" if suffix == ".trig" else "nquads")
        g = Graph()
        for t in ds.triples((None, None, None)):
            g.add(t)
        bind_prefixes(g)
        return g
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml",
           ".xml": "xml"}.get(suffix, "turtle")
    g = Graph()
    g.parse(path, format=fmt)
    bind_prefixes(g)
    return g


def serialise(g: Graph | Dataset, fmt: str) -> str:
    fmt = EXPORT_FORMATS[fmt]
    if fmt == "nt":
        return sorted_ntriples(g if not isinstance(g, Dataset) else union_graph(g))
    if fmt == "nquads" and isinstance(g, Dataset):
        return sorted_nquads(g)
    return g.serialize(format=fmt)
