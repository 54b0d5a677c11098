"""Validate a graph against the SHACL shapes of ontology/ with pyshacl."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    return g


def ontology_graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_DIR / "wenming.ttl", format="turtle")
    return g


def validate(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate as shacl
    conforms, _, text = shacl(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                              inference="none", advanced=True)
    return bool(conforms), text
