"""The pipeline, one way: read → segment → analyse → extract → (resolve, map, store elsewhere).

``process_file`` is a pure function of one input file, so files can be processed in any
order or in several processes and still give the same graph.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .analyse import Doc, analyse
from .extract import extract_all
from .gazetteer import load as load_gazetteer
from .model import Extraction
from .reader import read_source
from .segment import segment


@dataclass
class ArticleResult:
    source_file: str
    index: int
    headline: str
    kind: str
    subtitle: str | None
    body: str
    start: int
    end: int
    extraction: Extraction
    authors: list[str] = field(default_factory=list)        # entity keys
    photographers: list[str] = field(default_factory=list)


@dataclass
class FileResult:
    path: Path
    name: str
    encoding: str
    content_hash: str
    articles: list[ArticleResult]
    noise: list[str]


def starts_with_region(line: str) -> bool:
    """Whether a line opens with a province or prefecture name (a headline's place)."""
    gaz = load_gazetteer()
    for length in range(min(len(line), gaz.max_len), 1, -1):
        regions, _ = gaz.candidates(line[:length])
        if any(r.level in ("province", "prefecture", "county") for r in regions):
            return True
    return False


def process_file(path: Path) -> FileResult:
    import hashlib

    source = read_source(path)
    articles, noise = segment(source.text, starts_with_region)
    results = []
    for art in articles:
        doc: Doc = analyse(art, source.name)
        extraction, authors, photographers = extract_all(doc)
        results.append(ArticleResult(
            source_file=source.name, index=art.index, headline=art.headline, kind=art.kind,
            subtitle=art.subtitle.text.strip() if art.subtitle else None,
            body=art.body.text, start=doc.traced.offset(0), end=doc.traced.offset(len(doc.traced)),
            extraction=extraction, authors=authors, photographers=photographers))
    digest = hashlib.sha256(source.raw_text.encode("utf-8")).hexdigest()
    return FileResult(path=path, name=source.name, encoding=source.encoding, content_hash=digest,
                      articles=results, noise=noise)
