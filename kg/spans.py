"""The learned span model: a character CRF (python-crfsuite) that marks bodies, offices and
people in a sentence, trained from public corpora by ``scripts/train_spans.py``.

Labels (BIOES): ORG (government, party, social bodies, schools…), COM (companies), POST (offices,
titles), PER (people). Features are the characters around each position and the LAC word the
character sits in (its position, tag and the tags around it), so the model sees what the tagger
saw and can correct it. The trained model ships in ``kg/models/spans.crfsuite``; nothing is
downloaded. The model proposes candidates; the extractors decide what enters the graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import OFFICE_TITLES, SUFFIX_KIND

MODEL_PATH = Path(__file__).resolve().parent / "models" / "spans.crfsuite"
LABELS = ("ORG", "COM", "POST", "PER")
ENABLED = True            # bench/spans.py compares the extractors with and without the model


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    score: float          # mean marginal probability of the span's tags


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    return "P"


# a word that ends in a body's type word or an office title (features, and the tagging gate)
ORG_SUFFIXES = tuple(sorted({s for s, _ in SUFFIX_KIND}, key=len, reverse=True))
OFFICE_SUFFIXES = tuple(sorted(set(OFFICE_TITLES), key=len, reverse=True))


def features(text: str, words: list[tuple[str, str]], org_suffixes: tuple[str, ...] = ORG_SUFFIXES,
             office_titles: tuple[str, ...] = OFFICE_SUFFIXES) -> list[list[str]]:
    """One feature list per character. ``words`` are LAC's (word, tag) pairs covering ``text``;
    the suffix lists are the lexicon's when training and, when tagging, the ones the model was
    trained with (kept in its record), so the lexicon can grow without moving the model."""
    n = len(text)
    # per character: its word's features (position in word + tag, tag, neighbours' tags, identity)
    word_feats: list[tuple] = []
    tags = [t for _, t in words]
    for k, (w, tag) in enumerate(words):
        shared = ["wt=" + tag, "wt-1=" + (tags[k - 1] if k > 0 else "^"),
                  "wt+1=" + (tags[k + 1] if k + 1 < len(tags) else "$")]
        if len(w) <= 4:
            shared.append("w=" + w)
        if w.endswith(org_suffixes):
            shared.append("sfx=org")
        if w.endswith(office_titles):
            shared.append("sfx=post")
        if len(w) == 1:
            word_feats.append(("wp=S" + tag, shared))
        else:
            word_feats.append(("wp=B" + tag, shared))
            word_feats.extend(("wp=M" + tag, shared) for _ in range(len(w) - 2))
            word_feats.append(("wp=E" + tag, shared))
    empty = ("wp=O", ["wt=O", "wt-1=^", "wt+1=$"])
    padded = "\x02\x02" + text + "\x03\x03"
    classes = [_char_class(ch) for ch in text]
    out = []
    for i in range(n):
        c = i + 2
        p1, ch, n1 = padded[c - 1], padded[c], padded[c + 1]
        wp, shared = word_feats[i] if i < len(word_feats) else empty
        f = ["c=" + ch, "c-1=" + p1, "c+1=" + n1, "c-2=" + padded[c - 2], "c+2=" + padded[c + 2],
             "b-1=" + p1 + ch, "b+1=" + ch + n1, "b-1+1=" + p1 + n1, "k=" + classes[i], wp]
        f.extend(shared)
        out.append(f)
    return out


def bioes_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Tag sequence → (start, end, label) spans; a span is only read when it is well formed."""
    out, start = [], None
    for i, t in enumerate(tags):
        if t == "O":
            start = None
            continue
        p, label = t[0], t[2:]
        if p == "S":
            out.append((i, i + 1, label))
            start = None
        elif p == "B":
            start = (i, label)
        elif p == "E" and start is not None and start[1] == label:
            out.append((start[0], i + 1, label))
            start = None
        elif p == "M" and (start is None or start[1] != label):
            start = None
    return out


class SpanModel:
    def __init__(self, path: Path = MODEL_PATH):
        import json

        import pycrfsuite
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        record = path.with_name("spans.json")
        words = json.loads(record.read_text(encoding="utf-8")).get("feature_words", {}) if record.exists() else {}
        self.org_suffixes = tuple(words.get("org_suffixes", ORG_SUFFIXES))
        self.office_titles = tuple(words.get("office_titles", OFFICE_SUFFIXES))

    def predict(self, text: str, words: list[tuple[str, str]], with_scores: bool = True) -> list[Span]:
        if not text:
            return []
        tags = self.tagger.tag(features(text, words, self.org_suffixes, self.office_titles))
        spans = []
        for s, e, label in bioes_spans(tags):
            score = 1.0
            if with_scores:
                score = sum(self.tagger.marginal(tags[i], i) for i in range(s, e)) / (e - s)
            spans.append(Span(s, e, label, round(score, 3)))
        return spans


def _worth_tagging(words: list[tuple[str, str]]) -> bool:
    """Whether a sentence may hold a span the extractors would take: the decision step keeps
    the model's bodies only with a tagger's ORG or a body's type word, and its names near the
    tagger's; a sentence with neither (most sentences of figures and aims) is not tagged."""
    org_suffixes, office_titles = ORG_SUFFIXES, OFFICE_SUFFIXES
    return any(t in ("ORG", "PER", "nr", "nt") or w.endswith(org_suffixes) or w.endswith(office_titles)
               for w, t in words)


def sentence_spans(text: str, tokens, sentences) -> list[Span]:
    """Spans of the whole text, sentence by sentence, from the tokens the tagger already made."""
    m = model() if ENABLED else None
    if m is None:
        return []
    out, k = [], 0
    for sent in sentences:
        words = []
        while k < len(tokens) and tokens[k].start < sent.end:
            if tokens[k].start >= sent.start:
                words.append((tokens[k].text, tokens[k].tag))
            k += 1
        if not _worth_tagging(words):
            continue
        out += [Span(sp.start + sent.start, sp.end + sent.start, sp.label, sp.score)
                for sp in m.predict(text[sent.start:sent.end], words)]
    return out


@lru_cache(maxsize=1)
def model() -> SpanModel | None:
    """The shipped model, or None when it is missing (the extractors then use rules alone)."""
    if not MODEL_PATH.exists():
        return None
    return SpanModel(MODEL_PATH)
