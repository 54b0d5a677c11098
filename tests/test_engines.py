"""The build on a distributed engine gives the local build's graph; inputs by glob and list."""
import subprocess
import sys

import pytest

from kg.build import InputError, build

from .conftest import ROOT

pytest.importorskip("distributed")
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))[:2]


def test_the_dask_engine_writes_the_local_build_s_graph(tmp_path):
    local = build(SEEDS, tmp_path / "local", progress=False, html=False, jobs=2)
    dask = build(SEEDS, tmp_path / "dask", progress=False, html=False, jobs=2, engine="dask")
    assert dask.articles == local.articles > 0
    for name in ("graph.nt", "graph.ttl", "graph.trig"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    # a rerun on the engine takes every file from the shards already written
    again = build(SEEDS, tmp_path / "dask", progress=False, html=False, jobs=2, engine="dask")
    assert again.reused == len(SEEDS)


def test_an_unreachable_cluster_is_a_one_line_error(tmp_path, monkeypatch):
    import kg.engines
    monkeypatch.setattr(kg.engines, "CONNECT_TIMEOUT", 1.0)
    with pytest.raises(InputError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        build(SEEDS, tmp_path / "o", progress=False, html=False, engine="dask", address="tcp://127.0.0.1:9")
    with pytest.raises(InputError, match="--address needs --engine dask"):
        build(SEEDS, tmp_path / "o", progress=False, html=False, address="tcp://127.0.0.1:9")


def test_inputs_from_a_glob_and_from_a_list(tmp_path):
    listing = tmp_path / "inputs.txt"
    listing.write_text("# the first seed page\n" + str(SEEDS[0]) + "\n", encoding="utf-8")
    run = [sys.executable, "-m", "kg.cli", "build", "--no-html"]
    by_list = subprocess.run(run + ["--files-from", str(listing), "-o", str(tmp_path / "a")],
                             capture_output=True, text=True, cwd=ROOT)
    by_glob = subprocess.run(run + [str(SEEDS[0].parent / (SEEDS[0].name[:4] + "*.txt")), "-o", str(tmp_path / "b")],
                             capture_output=True, text=True, cwd=ROOT)
    assert by_list.returncode == by_glob.returncode == 0, by_list.stderr + by_glob.stderr
    assert (tmp_path / "a" / "graph.nt").read_bytes() == (tmp_path / "b" / "graph.nt").read_bytes()
    none = subprocess.run(run + [str(tmp_path / "nothing-*.txt"), "-o", str(tmp_path / "c")],
                          capture_output=True, text=True, cwd=ROOT)
    assert none.returncode == 1 and none.stderr.count("\n") == 1 and "no file matches" in none.stderr


def test_the_shards_load_into_an_oxigraph_store_with_the_stock_loader(tmp_path):
    """The per-file N-Quads shards are what a large corpus loads into a store built for its size
    (`oxigraph load`, then `oxigraph serve-read-only`): their union is the build's graph."""
    import shutil
    from pathlib import Path
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    out = tmp_path / "o"
    build(SEEDS, out, progress=False, html=False)
    shards = sorted((out / ".kg-cache").glob("*.nq"))
    assert len(shards) == len(SEEDS)
    store = tmp_path / "store"
    load = subprocess.run([binary, "load", "--location", str(store), "--file", *map(str, shards)],
                          capture_output=True, text=True)
    assert load.returncode == 0, load.stderr
    count = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    answer = subprocess.run([binary, "query", "--location", str(store), "--query", count, "--results-format", "csv"],
                            capture_output=True, text=True)
    assert answer.returncode == 0, answer.stderr
    lines = (out / "graph.nt").read_text(encoding="utf-8").count("\n")
    assert int(answer.stdout.split()[-1]) == lines
