"""Resolve: canonical entity keys → deterministic IRIs, and entities merged across articles.

IRIs derive only from canonical keys (an adcode, a normalised name), never from counters,
clocks or Python's ``hash``, so every run on every machine mints the same ones.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from .model import Entity

_PATHS = {"Region": "region", "Organization": "org", "Person": "person", "Post": "post",
          "Program": "program", "Metric": "metric", "Event": "event", "Honor": "honor",
          "Document": "document", "Article": "article", "Statement": "statement", "Concept": "concept"}


def normalise_name(name: str) -> str:
    """Comparison form of a name: NFKC, no white space, no quote marks."""
    s = unicodedata.normalize("NFKC", name)
    return re.sub(r"[\s“”\"'‘’《》「」『』〈〉【】]", "", s)


def digest(text: str, length: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


class IriMinter:
    def __init__(self, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, kind: str, key: str) -> URIRef:
        path = _PATHS.get(kind, kind.lower())
        if kind == "Region":
            code = key.split(":", 1)[1]
            if code.isdigit():
                return URIRef(f"{self.base}region/{code}")
        return URIRef(f"{self.base}{path}/{digest(key)}")

    def article(self, source_file: str, index: int) -> URIRef:
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", source_file.rsplit(".", 1)[0])
        return URIRef(f"{self.base}article/{stem}-{digest(source_file, 8)}/{index}")

    def statement(self, article: URIRef, s: URIRef, p: URIRef, o: URIRef) -> URIRef:
        return URIRef(f"{self.base}statement/{digest(' '.join((article, s, p, o)), 20)}")


def merge_entities(extractions) -> dict[str, Entity]:
    """One entity per key across articles (aliases and spans pooled)."""
    merged: dict[str, Entity] = {}
    for ex in extractions:
        for key, ent in ex.entities.items():
            if key in merged:
                merged[key].merge(ent)
            else:
                merged[key] = Entity(ent.kind, ent.key, ent.label, set(ent.aliases), dict(ent.attrs),
                                     list(ent.spans), ent.mentioned)
    return merged
