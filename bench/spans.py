"""Outside check of bodies, offices and people: the rules alone, the span model alone, and the
full extractor (rules with the model as a candidate source), on data nobody here tuned to.

    .venv/bin/python bench/spans.py [--shared ../shared] [--limit N]

- CLUENER2020 dev (government + organization → Organization, position → Post, name → Person);
- Resume NER test (ORG → Organization, TITLE → Post, NAME → Person);
- MSRA NER test (ORG, PER; never trained on): LAC's tags, the model, the full extractor.
Exact spans, micro F1 per type, and characters per second on one core. The last line is one
JSON object for the full extractor.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_spans import read_char_tagged, read_cluener  # noqa: E402

TYPES = ("Organization", "Post", "Person")
MODEL_TYPE = {"ORG": "Organization", "COM": "Company", "POST": "Post", "PER": "Person"}


def extractor_spans(text: str, use_model: bool, companies: bool = False,
                    positions: bool = False) -> set[tuple[int, int, str]]:
    """What the project's extractors find in one sentence, as (start, end, type) spans; with
    ``positions`` a person's occupation (wm:role) counts as a Post as well as an office does."""
    from kg import spans as span_module
    from kg.analyse import analyse
    from kg.extract import extract_all
    from kg.reader import TracedText
    from kg.segment import Article
    span_module.ENABLED = use_model
    art = Article(index=0, title=None, paragraphs=[TracedText(text)])
    doc = analyse(art, "bench.txt")
    ex, _, _ = extract_all(doc)
    out = set()
    for ent in ex.entities.values():
        if ent.kind in TYPES:
            kind = "Company" if ent.attrs.get("org_kind") == "enterprise" and not companies else ent.kind
            # both sets annotate an office's title apart from its body (某局|副局长): a post is
            # compared by its office word
            spans = ent.attrs.get("office_spans") or ent.spans if ent.kind == "Post" else ent.spans
            for s, e in spans:
                if 0 <= s < e <= len(text):
                    out.add((s, e, kind))
        if ent.kind == "Person":
            # an occupation or rank the graph gives a person as wm:role (记者张三, 张三,…,高级工程师):
            # both sets count these as positions too; reported apart from the offices
            out.update((s, e, "Role") for s, e in ent.attrs.get("role_spans", []))
    if positions:
        out |= {(s, e, "Post") for s, e, k in out if k == "Role"}
    return out


def model_spans(text: str, companies: bool = False) -> set[tuple[int, int, str]]:
    from kg.analyse import tagger
    from kg.spans import model
    words = tagger().run(text) if text.strip() else []
    out = set()
    for sp in model().predict(text, words, with_scores=False):
        kind = MODEL_TYPE[sp.label]
        out.add((sp.start, sp.end, "Organization" if kind == "Company" and companies else kind))
    return out


def lac_spans(text: str) -> set[tuple[int, int, str]]:
    from kg.analyse import tagger
    out, pos = set(), 0
    for w, t in (tagger().run(text) if text.strip() else []):
        if t in ("ORG", "PER"):
            out.add((pos, pos + len(w), "Organization" if t == "ORG" else "Person"))
        pos += len(w)
    return out


def score(data, predict, types=TYPES) -> tuple[dict, float]:
    stats = {t: [0, 0, 0] for t in types}
    chars, t0 = 0, time.perf_counter()
    for text, gold in data:
        pred = predict(text)
        chars += len(text)
        for t in types:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            stats[t][0] += len(g & p)
            stats[t][1] += len(g)
            stats[t][2] += len(p)
    seconds = time.perf_counter() - t0
    out = {}
    for t, (tp, ng, npred) in stats.items():
        p = tp / npred if npred else 0.0
        r = tp / ng if ng else 0.0
        out[t] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return out, round(chars / seconds) if seconds else 0


def typed(data, mapping):
    return [(text, {(s, e, mapping[k]) for s, e, k in spans if k in mapping}) for text, spans in data]


def read_msra(path: Path):
    out, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if chars:
                spans, start, kind = [], None, None
                for i, t in enumerate(tags + ["O"]):
                    if t.startswith("B-") or t == "O" or t[2:] != kind:
                        if start is not None:
                            spans.append((start, i, kind))
                        start, kind = (i, t[2:]) if t != "O" else (None, None)
                out.append(("".join(chars), spans))
            chars, tags = [], []
            continue
        ch, _, tag = line.partition("\t")
        chars.append(ch[:1] or " ")
        tags.append(tag.strip() or "O")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0, help="sentences per set (a quick look)")
    args = ap.parse_args(argv)
    bench = args.shared / "bench"
    cluener_map = {"ORG": "Organization", "POST": "Post", "PER": "Person"}      # COM (company) kept apart
    sets = {
        "cluener_dev": typed(read_cluener(bench / "cluener" / "dev.jsonl"), cluener_map),
        "resume_test": typed(read_char_tagged(bench / "resume" / "test.char.bmes",
                                              {"ORG": "ORG", "TITLE": "POST", "NAME": "PER"}), cluener_map),
        "msra_test": typed(read_msra(bench / "msra_test_bio.txt"), {"ORG": "Organization", "PER": "Person"}),
    }
    if args.limit:
        sets = {k: v[:args.limit] for k, v in sets.items()}
    results = {}
    for name, data in sets.items():
        types = ("Organization", "Person") if name == "msra_test" else TYPES
        companies = name != "cluener_dev"      # CLUENER keeps companies apart; Resume and MSRA count them as ORG
        rows = {"rules": lambda t: extractor_spans(t, False, companies), "model": lambda t: model_spans(t, companies),
                "full": lambda t: extractor_spans(t, True, companies),
                "full+roles": lambda t: extractor_spans(t, True, companies, positions=True)}
        if name == "msra_test":
            del rows["full+roles"]                  # no positions there
        if name == "msra_test":
            rows = {"lac": lac_spans, **rows}
        for how, fn in rows.items():
            f1, cps = score(data, fn, types)
            results[(name, how)] = f1
            print(f"{name:<12} {how:<10} " + "  ".join(f"{t} {f1[t]:.3f}" for t in types) + f"  ({cps} chars/s)",
                  flush=True)
    c, r, m = (results[("cluener_dev", "full")], results[("resume_test", "full")], results[("msra_test", "full")])
    print(json.dumps({"cluener_organization_f1": c["Organization"], "cluener_post_f1": c["Post"],
                      "cluener_person_f1": c["Person"], "resume_org_f1": r["Organization"],
                      "resume_title_f1": r["Post"], "msra_org_f1": m["Organization"], "msra_per_f1": m["Person"],
                      "cluener_post_or_role_f1": results[("cluener_dev", "full+roles")]["Post"],
                      "resume_title_or_role_f1": results[("resume_test", "full+roles")]["Post"],
                      "model_cluener_organization_f1": results[("cluener_dev", "model")]["Organization"],
                      "model_resume_org_f1": results[("resume_test", "model")]["Organization"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
