"""Extractors: each a function of an analysed article (a Doc) returning typed entities."""
from __future__ import annotations

from ..analyse import Doc
from ..model import Extraction
from .people import extract_people
from .regions import extract_regions


def extract_all(doc: Doc) -> tuple[Extraction, list[str], list[str]]:
    """Run every extractor on one article; return (extraction, author keys, photographer keys)."""
    ex = Extraction()
    regions, region_mentions = extract_regions(doc)
    for e in regions:
        ex.add(e)
    region_names = {e.label for e in regions} | {a for e in regions for a in e.aliases}
    named, credits = extract_people(doc, excluded=region_names)
    for e in named + credits:
        ex.add(e)
    authors = [e.key for e in credits if "author" in e.attrs.get("roles", [])]
    photographers = [e.key for e in credits if "photographer" in e.attrs.get("roles", [])]
    return ex, authors, photographers
