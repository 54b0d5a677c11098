"""The pipeline, one way: read → segment → analyse → extract → (resolve, map, store elsewhere).

``process_file`` is a pure function of one input file, so files can be processed in any
order or in several processes and still give the same graph.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .analyse import Doc, analyse
from .extract import extract_all
from .gazetteer import load as load_gazetteer
from .model import Extraction
from .reader import MAX_FILE_BYTES, ReadError, read_source
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
    articles: list[ArticleResult]
    noise: list[str]
    warnings: list[str] = field(default_factory=list)


class BudgetExceeded(Exception):
    pass


@contextmanager
def time_budget(seconds: float):
    """Stop a step that runs past its budget (SIGALRM; a no-op off the main thread or on
    platforms without it), so one pathological article cannot stall a batch."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise BudgetExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def starts_with_region(line: str) -> bool:
    """Whether a line opens with a province or prefecture name (a headline's place)."""
    gaz = load_gazetteer()
    for length in range(min(len(line), gaz.max_len), 1, -1):
        regions, _ = gaz.candidates(line[:length])
        if any(r.level in ("province", "prefecture", "county") for r in regions):
            return True
    return False


def iter_articles(path: Path, max_bytes: int = MAX_FILE_BYTES, article_seconds: float = 60.0,
                  warnings: list[str] | None = None, source_info: dict | None = None) -> Iterator[ArticleResult]:
    """One file's articles, analysed and extracted one at a time: a large file never holds
    more than one article's analysis. Raises ReadError (before the first article) for a file
    that cannot be read; an article that fails is reported in ``warnings`` and skipped."""
    warnings = [] if warnings is None else warnings
    try:
        # reading and cleanup run under a budget of their own: one pathological file is
        # skipped, not allowed to stall the build before the per-article budget applies
        with time_budget(article_seconds):
            source = read_source(path, max_bytes)
            articles, noise = segment(source.text, starts_with_region)
    except BudgetExceeded:
        raise ReadError(f"reading took over {article_seconds:g} s") from None
    if source_info is not None:
        source_info.update(name=source.name, encoding=source.encoding, noise=noise)
    del source                                      # the articles keep the text they need
    articles.reverse()                              # popped from the end: each is freed once done
    while articles:
        art = articles.pop()
        try:
            with time_budget(article_seconds):
                doc: Doc = analyse(art, path.name)
                extraction, authors, photographers = extract_all(doc)
        except BudgetExceeded:
            warnings.append(f"article {art.index} ({art.headline[:20]}…) skipped: over the {article_seconds:g} s budget")
            continue
        except Exception as exc:           # noqa: BLE001 — one article's failure never aborts a build
            warnings.append(f"article {art.index} ({art.headline[:20]}…) skipped: {type(exc).__name__}: {exc}"[:200])
            continue
        yield ArticleResult(
            source_file=path.name, index=art.index, headline=art.headline, kind=art.kind,
            subtitle=art.subtitle.text.strip() if art.subtitle else None,
            body=art.body.text, start=doc.traced.offset(0), end=doc.traced.offset(len(doc.traced)),
            extraction=extraction, authors=authors, photographers=photographers)


def process_file(path: Path, max_bytes: int = MAX_FILE_BYTES, article_seconds: float = 60.0) -> FileResult:
    """All of one file's articles at once (for callers that want them together)."""
    warnings: list[str] = []
    info: dict = {}
    results = list(iter_articles(path, max_bytes, article_seconds, warnings, info))
    return FileResult(path=path, name=info["name"], encoding=info["encoding"], articles=results,
                      noise=info["noise"], warnings=warnings)
