"""Benchmark: a scaling corpus made from the seed pages, and five figures in one run.

    .venv/bin/python bench/run.py [--quick]

Copies of the seed pages have their division names swapped for other divisions of the same
level from the table (deterministically), so that entities differ between copies. Measured:

- throughput_ratio: characters per second of the full build (one process) over the tokenizer
  (LAC) alone on the same text;
- jobs_speedup: wall time of ``--jobs 1`` over ``--jobs 2``;
- query_p50_ms: the worst p50 latency over every ``queries/*.rq`` on a graph of at least
  1M triples in Oxigraph (the largest build, replicated under fresh IRIs up to 1M triples);
  a query that requires ``--param region`` gets the region that most bodies and programmes
  are located in, as a user asking about the busiest place would;
- oxigraph_vs_memory: median, over the aggregation queries, of rdflib-memory time over
  Oxigraph time on the same graph;
- rss_ratio: peak RSS of the large build over the small one (×100/×10; --quick: ×30/×3).

The last line printed is the five figures as one JSON object. --quick finishes within about
150 s on a 2-core machine.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = ROOT / "bench" / "_work"
KG = [sys.executable, "-m", "kg.cli"]


def swap_regions(text: str, copy: int) -> str:
    """Replace every full division name with another of the same level, chosen by copy."""
    if copy == 0:
        return text
    from kg.analyse import gazetteer_hits
    from kg.gazetteer import load
    gaz = load()
    by_level: dict[str, list[str]] = {}
    for name, regions in sorted(gaz.by_name.items()):
        if len(regions) == 1 and len(name) >= 3:
            by_level.setdefault(regions[0].level, []).append(name)
    out, pos = [], 0
    for hit in gazetteer_hits(text, gaz):
        if not hit.full_name or len(hit.surface) < 3 or len(hit.candidates) != 1:
            continue
        pool = by_level[hit.candidates[0].level]
        pick = int(hashlib.sha1(f"{hit.surface}/{copy}".encode()).hexdigest(), 16) % len(pool)
        out += [text[pos:hit.start], pool[pick]]
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def make_corpus(scale: int) -> Path:
    folder = WORK / f"corpus_x{scale}"
    if folder.is_dir() and len(list(folder.glob("*.txt"))) == scale * 5:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for k in range(scale):
        for s in seeds:
            (folder / f"c{k:03d}_{s.name}").write_text(swap_regions(s.read_text(encoding="utf-8"), k),
                                                       encoding="utf-8")
    return folder


def timed_build(corpus: Path, out: Path, jobs: int = 1) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one full build in a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(KG + ["build", str(corpus), "-o", str(out), "--full", "--no-html", "-j", str(jobs)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"bench: build of {corpus} failed: {proc.stderr.read().decode()[-300:]}")
    return secs, usage.ru_maxrss


def corpus_chars(corpus: Path) -> tuple[int, list[str]]:
    texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt"))]
    return sum(len(t) for t in texts), texts


def tokenizer_seconds(texts: list[str]) -> float:
    from kg.analyse import split_sentences, tokenize
    tokenize("预热", split_sentences("预热"))
    start = time.perf_counter()
    for t in texts:
        tokenize(t, split_sentences(t))
    return time.perf_counter() - start


def replicate_to(nt_path: Path, target: int):
    """An Oxigraph store with the build's triples copied under fresh IRIs up to ``target``."""
    import pyoxigraph as ox
    base = list(ox.parse(path=str(nt_path), format=ox.RdfFormat.N_TRIPLES))
    store = ox.Store()
    copies = max(1, -(-target // len(base)))

    def rename(term, k):
        if isinstance(term, ox.NamedNode) and "/id/" in term.value and k:
            return ox.NamedNode(term.value + f"-r{k}")
        return term

    for k in range(copies):
        store.bulk_extend(ox.Quad(rename(t.subject, k), t.predicate, rename(t.object, k), ox.DefaultGraph())
                          for t in base)
    return store, len(store)


BUSIEST_REGION = """PREFIX wm: <https://w3id.org/wenming-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE { ?x wm:locatedIn ?r . ?r a wm:Region ; rdfs:label ?name . FILTER(lang(?name) = "zh") }
GROUP BY ?r ?name ORDER BY DESC(COUNT(?x)) ?name LIMIT 1"""


def bound_query(store, text: str) -> str:
    """The query with its required parameters bound (region: the busiest region's name)."""
    from rdflib import Literal
    from kg.query import bind_params, required_params
    needed = required_params(text)
    if not needed:
        return text
    if needed != ["region"]:
        raise SystemExit(f"bench: no value for parameters {needed}")
    return bind_params(text, {"region": Literal(busiest_region(store))})


def busiest_region(store) -> str:
    """The name of the region most bodies and programmes are located in."""
    return next(iter(store.query(BUSIEST_REGION)))["name"].value


def p50_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


AGGREGATIONS = [
    "PREFIX wm: <https://w3id.org/wenming-kg/ontology#> SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
    "PREFIX wm: <https://w3id.org/wenming-kg/ontology#> SELECT ?r (COUNT(?m) AS ?n) WHERE { ?m wm:about ?r } GROUP BY ?r",
    "PREFIX wm: <https://w3id.org/wenming-kg/ontology#> SELECT ?u (SUM(?v) AS ?t) WHERE { ?m wm:unit ?u ; wm:value ?v } GROUP BY ?u",
    "PREFIX wm: <https://w3id.org/wenming-kg/ontology#> SELECT ?a (COUNT(?p) AS ?n) WHERE { ?a wm:runs ?p } GROUP BY ?a",
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="×3/×30 instead of ×10/×100: about 95 s on 2 cores")
    args = ap.parse_args(argv)
    small, large = (3, 30) if args.quick else (10, 100)
    WORK.mkdir(parents=True, exist_ok=True)
    figures, table = {}, []

    c_small, c_large = make_corpus(small), make_corpus(large)
    secs_small, rss_small = timed_build(c_small, WORK / "out_small")
    secs_1, rss_large = timed_build(c_large, WORK / "out_large", jobs=1)
    secs_2, _ = timed_build(c_large, WORK / "out_large_j2", jobs=2)
    chars, texts = corpus_chars(c_large)
    tok = tokenizer_seconds(texts)
    figures["throughput_ratio"] = round((chars / secs_1) / (chars / tok), 3)
    figures["jobs_speedup"] = round(secs_1 / secs_2, 3)
    figures["rss_ratio"] = round(rss_large / rss_small, 3)
    table += [("build chars/s (1 job)", round(chars / secs_1)), ("tokenizer chars/s", round(chars / tok)),
              (f"build x{large} s (1 job / 2 jobs)", f"{secs_1:.1f} / {secs_2:.1f}"),
              (f"peak RSS x{small} / x{large} MiB", f"{rss_small / 1024:.0f} / {rss_large / 1024:.0f}")]

    store, n = replicate_to(WORK / "out_large" / "graph.nt", 1_000_000)
    queries = {f.stem: bound_query(store, f.read_text(encoding="utf-8"))
               for f in sorted((ROOT / "queries").glob("*.rq"))}
    runs = 3 if args.quick else 7
    worst = 0.0
    for name, q in queries.items():
        ms = p50_ms(lambda: list(store.query(q)), runs)
        table.append((f"p50 {name} ({n} triples)", f"{ms:.0f} ms"))
        worst = max(worst, ms)
    figures["query_p50_ms"] = round(worst, 1)

    from rdflib import Graph
    import pyoxigraph as ox
    g = Graph()
    g.parse(WORK / "out_large" / "graph.nt", format="nt")
    ostore = ox.Store()
    ostore.bulk_load(path=str(WORK / "out_large" / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    ratios = []
    for q in AGGREGATIONS:
        mem = p50_ms(lambda: list(g.query(q)), 3)
        oxi = p50_ms(lambda: list(ostore.query(q)), 3)
        ratios.append(mem / oxi)
    figures["oxigraph_vs_memory"] = round(statistics.median(ratios), 1)

    report(table, figures)
    return 0


def report(table: list[tuple[str, str]], figures: dict) -> None:
    """The table for people, then the figures as one JSON line (the last line) for scripts."""
    for k, v in table:
        print(f"{k:<48} {v}")
    print(json.dumps(figures))


if __name__ == "__main__":
    sys.exit(main())
