#!/usr/bin/env python3
"""Train the span model (kg/spans.py) from public corpora, reproducibly, on the CPU.

    .venv/bin/python scripts/train_spans.py [--shared ../shared] [--out kg/models/spans.crfsuite]
        [--limit N] [--iterations 200]

Training data (see ../shared/bench/README.md):
  - CLUENER2020 train.jsonl, except every 10th sentence, held out for model selection
    (government + organization → ORG, company → COM, position → POST, name → PER);
  - Resume NER train.char.bmes (ORG → ORG, TITLE → POST, NAME → PER);
  - People's Daily 1998 dev.bio (ORG → ORG, PER → PER).
Never trained on: CLUENER dev, Resume dev/test, the MSRA test set, the seed pages or dev-wide.
The CRF is python-crfsuite (L-BFGS, c1 0.05, c2 0.01), deterministic for the same data.
Writes the model and, beside it, ``spans.json`` with the data, the command and the held-out
figures. ``--limit`` trains on a small slice (the CI check that the script runs).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.spans import OFFICE_SUFFIXES, ORG_SUFFIXES, bioes_spans, features  # noqa: E402

CLUENER_MAP = {"government": "ORG", "organization": "ORG", "company": "COM", "position": "POST", "name": "PER"}
RESUME_MAP = {"ORG": "ORG", "TITLE": "POST", "NAME": "PER"}
PD_MAP = {"ORG": "ORG", "PER": "PER"}


def to_bioes(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, label in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if any(t != "O" for t in tags[s:e]):
            continue                      # nested or overlapping: keep the first, longest
        if e - s == 1:
            tags[s] = "S-" + label
        else:
            tags[s] = "B-" + label
            for i in range(s + 1, e - 1):
                tags[i] = "M-" + label
            tags[e - 1] = "E-" + label
    return tags


def read_cluener(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        spans = []
        for kind, names in (obj.get("label") or {}).items():
            label = CLUENER_MAP.get(kind)
            if not label:
                continue
            for positions in names.values():
                for s, e in positions:
                    spans.append((s, e + 1, label))
        out.append((obj["text"], spans))
    return out


def read_char_tagged(path: Path, mapping: dict[str, str]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """One 'char tag' a line (BIO or BMES), blank line between sentences."""
    out, chars, tags = [], [], []

    def flush():
        if chars:
            spans, start, kind = [], None, None
            for i, t in enumerate(tags + ["O"]):
                prefix, _, k = t.partition("-")
                if prefix in ("B", "S", "O") or k != kind:
                    if start is not None:
                        spans.append((start, i, kind))
                    start, kind = (i, k) if prefix != "O" else (None, None)
                if prefix in ("E", "S") and start is not None:
                    spans.append((start, i + 1, kind))
                    start, kind = None, None
            out.append(("".join(chars), [(s, e, mapping[k]) for s, e, k in spans if k in mapping]))
        chars.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        parts = line.split()
        ch, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (" ", parts[0])
        chars.append(ch[:1])
        tags.append(tag)
    flush()
    return out


def tagged_words(texts: list[str]) -> list[list[tuple[str, str]]]:
    from kg.analyse import tagger
    lac = tagger()
    out = []
    for i in range(0, len(texts), 256):
        out += [[(w, t) for w, t in words] for words in lac.run([t or " " for t in texts[i:i + 256]])]
    return out


def sequences(data):
    words = tagged_words([t for t, _ in data])
    for (text, spans), w in zip(data, words):
        yield features(text, w), to_bioes(len(text), spans)


def evaluate(tagger, data) -> dict:
    words = tagged_words([t for t, _ in data])
    stats = {}
    for (text, gold), w in zip(data, words):
        pred = set(bioes_spans(tagger.tag(features(text, w))))
        gold = set(gold)
        for label in ("ORG", "COM", "POST", "PER"):
            st = stats.setdefault(label, [0, 0, 0])
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            st[0] += len(g & p)
            st[1] += len(g)
            st[2] += len(p)
    out = {}
    for label, (tp, ng, npred) in stats.items():
        p = tp / npred if npred else 0.0
        r = tp / ng if ng else 0.0
        out[label] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "models" / "spans.crfsuite")
    ap.add_argument("--limit", type=int, default=0, help="train on this many sentences of each corpus")
    ap.add_argument("--iterations", type=int, default=200)
    args = ap.parse_args(argv)
    import pycrfsuite

    bench = args.shared / "bench"
    cluener = read_cluener(bench / "cluener" / "train.jsonl")
    held_out = cluener[::10]
    cluener = [x for i, x in enumerate(cluener) if i % 10]
    resume = read_char_tagged(bench / "resume" / "train.char.bmes", RESUME_MAP)
    daily = read_char_tagged(bench / "peoples-daily" / "dev.bio", PD_MAP)
    if args.limit:
        cluener, resume, daily, held_out = (x[:args.limit] for x in (cluener, resume, daily, held_out))
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(cluener + resume + daily):
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(args.out)
    seconds = round(time.time() - t0, 1)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    held = evaluate(tagger, held_out)
    record = {
        "model": args.out.name,
        "command": "scripts/train_spans.py" + (f" --limit {args.limit}" if args.limit else "")
                   + (f" --iterations {args.iterations}" if args.iterations != 200 else ""),
        "data": {"cluener_train_minus_every_10th": len(cluener), "resume_train": len(resume),
                 "peoples_daily_dev": len(daily)},
        "params": {"c1": 0.05, "c2": 0.01, "max_iterations": args.iterations},
        "train_seconds": seconds,
        "held_out_cluener_train_every_10th_f1": held,
        "bytes": args.out.stat().st_size,
        # the word lists its features were built with: tagging uses these, not the lexicon's
        # later state
        "feature_words": {"org_suffixes": list(ORG_SUFFIXES), "office_titles": list(OFFICE_SUFFIXES)},
    }
    args.out.with_name("spans.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
