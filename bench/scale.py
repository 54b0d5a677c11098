"""Scale-out benchmark: the build on the Dask engine, resuming a killed run, queries at 10 M triples.

    .venv/bin/python bench/scale.py [--quick]

On the scaling corpus of bench/run.py (the seed pages ×30 with --quick, ×100 otherwise):

- engine_speedup_2w: build time on the engine with 1 worker ÷ with 2 workers;
- engine_overhead: engine 2-worker build time ÷ local ``--jobs 2`` build time;
- identical: the engine's sorted N-Triples equal the local build's, byte for byte;
- resume_redo_fraction: a build on the engine is killed once half its files are journaled;
  of the files finished by then, the fraction processed again by the rerun;
- query_p50_ms_10m: the worst p50 over every named query, answered as ``kg query NAME --graph
  STORE`` answers it, on the large build's graph copied under fresh IRIs to ≥ 10 M triples,
  bulk-loaded into an on-disk Oxigraph store (``Store.bulk_load``, the loader behind
  ``oxigraph load``) and indexed by ``kg index`` (its time is reported; so is each query's
  time run live, once);
- also the engine's start-up (cluster up and models loaded on each worker) and articles/s
  per worker.

Each build runs as its own ``kg build`` process. The last line is the figures as one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.run import KG, WORK, bound_query, busiest_region, make_corpus, p50_ms, report  # noqa: E402


def timed(corpus: Path, out: Path, jobs: int, engine: str = "local") -> tuple[float, int]:
    """Wall seconds and article count of one full build in a child process."""
    start = time.perf_counter()
    proc = subprocess.run(KG + ["build", str(corpus), "-o", str(out), "--full", "--no-html", "-j", str(jobs),
                                "--engine", engine], cwd=ROOT, capture_output=True, text=True)
    secs = time.perf_counter() - start
    if proc.returncode:
        sys.exit(f"bench: {engine} build failed: {proc.stderr.strip()[-300:]}")
    articles = int(re.search(r"(\d+) article", proc.stdout).group(1))
    return secs, articles


def engine_startup(workers: int) -> float:
    from kg.engines import DaskEngine
    start = time.perf_counter()
    with DaskEngine(workers=workers):
        up = time.perf_counter() - start
    return up


def resume_redo_fraction(corpus: Path, out: Path, files: int) -> tuple[float, int, int]:
    """Kill an engine build when half the files are journaled; rerun; (redo fraction, finished, reused)."""
    shutil.rmtree(out, ignore_errors=True)
    journal = out / ".kg-cache" / "journal.jsonl"
    proc = subprocess.Popen(KG + ["build", str(corpus), "-o", str(out), "--no-html", "-j", "2", "--engine", "dask"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    while proc.poll() is None:
        done = journal.read_text(encoding="utf-8").count("\n") if journal.exists() else 0
        if done >= files // 2:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)            # the driver and its workers, mid-run
    proc.wait()
    finished = {json.loads(line)["key"] for line in journal.read_text(encoding="utf-8").splitlines()
                if line.endswith("}")}
    rerun = subprocess.run(KG + ["build", str(corpus), "-o", str(out), "--no-html", "-j", "2", "--engine", "dask"],
                           cwd=ROOT, capture_output=True, text=True)
    if rerun.returncode:
        sys.exit(f"bench: resumed build failed: {rerun.stderr.strip()[-300:]}")
    reused = int(m.group(1)) if (m := re.search(r"(\d+) unchanged", rerun.stdout)) else 0
    redone = max(0, len(finished) - reused)
    return redone / max(len(finished), 1), len(finished), reused


def store_of(nt_path: Path, target: int, folder: Path):
    """An on-disk Oxigraph store holding the graph copied under fresh IRIs up to ``target`` triples."""
    import pyoxigraph as ox
    src = nt_path.read_text(encoding="utf-8")
    lines = src.count("\n")
    copies = -(-target // lines)
    iri = re.compile(r"(<[^<>]*/id/[^<>]*)>")
    flat = folder.with_suffix(".nt")
    with open(flat, "w", encoding="utf-8") as fh:
        fh.write(src)
        for k in range(1, copies):
            fh.write(iri.sub(lambda m: f"{m.group(1)}-r{k}>", src))
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load(path=str(flat), format=ox.RdfFormat.N_TRIPLES)
    store.optimize()
    load = time.perf_counter() - start
    flat.unlink()
    return store, copies * lines, load


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the corpus ×30 instead of ×100 (about 6 minutes)")
    ap.add_argument("--triples", type=int, default=10_000_000, help="graph size for the query figure")
    args = ap.parse_args(argv)
    scale = 30 if args.quick else 100
    corpus = make_corpus(scale)
    files = len(list(corpus.glob("*.txt")))
    figures, table = {}, []

    up = engine_startup(2)
    local2, articles = timed(corpus, WORK / "scale_local2", 2)
    dask1, _ = timed(corpus, WORK / "scale_dask1", 1, "dask")
    dask2, _ = timed(corpus, WORK / "scale_dask2", 2, "dask")
    figures["engine_speedup_2w"] = round(dask1 / dask2, 3)
    figures["engine_overhead"] = round(dask2 / local2, 3)
    figures["identical"] = (WORK / "scale_dask2" / "graph.nt").read_bytes() == \
        (WORK / "scale_local2" / "graph.nt").read_bytes()
    table += [(f"corpus ×{scale}", f"{files} files, {articles} articles"),
              ("local --jobs 2", f"{local2:.1f} s"), ("dask 1 worker", f"{dask1:.1f} s"),
              ("dask 2 workers", f"{dask2:.1f} s"), ("dask start-up (2 workers, models loaded)", f"{up:.1f} s"),
              ("articles/s per worker (dask, 2 workers)", f"{articles / dask2 / 2:.1f}")]

    redo, finished, reused = resume_redo_fraction(corpus, WORK / "scale_resume", files)
    figures["resume_redo_fraction"] = round(redo, 3)
    table.append(("killed at half, rerun", f"{finished} finished before the kill, {reused} reused"))

    folder = WORK / "scale_store"
    store, n, load = store_of(WORK / "scale_local2" / "graph.nt", args.triples, folder)
    table.append((f"bulk load {n} triples (on disk)", f"{load:.0f} s"))
    del store                                   # closed: kg index and kg query open it read-only
    import pyoxigraph as ox
    from kg.answers import build_answers, lookup
    from kg.query import parse_params, required_params
    start = time.perf_counter()
    build_answers(folder)
    table.append((f"kg index ({n} triples: every named query once)", f"{time.perf_counter() - start:.0f} s"))
    store = ox.Store.read_only(str(folder))
    worst = 0.0
    for f in sorted((ROOT / "queries").glob("*.rq")):
        text = f.read_text(encoding="utf-8")
        bound = bound_query(store, text)
        params = parse_params([f"region={busiest_region(store)}"] if required_params(text) else [])
        ms = p50_ms(lambda: lookup(folder, f.stem, text, params), 5)
        live = p50_ms(lambda: list(store.query(bound)), 1)
        worst = max(worst, ms)
        table.append((f"p50 {f.stem} ({n} triples; live, one run)", f"{ms:.1f} ms ({live:.0f} ms)"))
    figures["query_p50_ms_10m"] = round(worst, 1)
    del store
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(folder.with_name(folder.name + ".answers"), ignore_errors=True)

    report(table, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
