"""Every store answers the named queries with the same rows; the stock `oxigraph serve`
(PyPI package oxigraph) serves a build over HTTP on loopback."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.build import build
from kg.query import find_query, parse_params
from kg.query_stores import MemoryStore, OxigraphStore, RemoteStore

from .conftest import ROOT, SEEDS
from .test_queries import NAMED, SCOPED


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("stores")
    build([SEEDS], out, progress=False, html=False, oxigraph=True)
    return out


def rows(store, name, params=None):
    cols, rs = store.select(find_query(name).read_text(encoding="utf-8"), params)
    return cols, sorted(map(tuple, rs))


@pytest.fixture(scope="module")
def disk_store(built):
    return OxigraphStore(built / "oxigraph")          # opened once: the store folder is locked


@pytest.fixture(scope="module")
def memory(built):
    return MemoryStore(built / "graph.ttl")


@pytest.mark.parametrize("name", NAMED)
def test_memory_and_oxigraph_agree(built, disk_store, memory, name):
    file_ox, disk_ox = OxigraphStore(built / "graph.ttl"), disk_store
    expected = rows(memory, name)
    assert expected[1]
    assert rows(file_ox, name) == expected == rows(disk_ox, name)


def test_parameters_agree_and_injection_is_a_value(built, memory):
    ox = OxigraphStore(built / "graph.ttl")
    p = parse_params(["region=格尔木市"])
    for name in SCOPED:
        assert rows(memory, name, p) == rows(ox, name, p) and rows(ox, name, p)[1], name
    bad = parse_params(['region="} ; DROP ALL ; {"'])
    assert rows(ox, "who_runs_what_in", bad)[1] == []
    assert rows(ox, "region_tree")[1]                  # nothing was dropped


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_oxigraph_serve_loads_a_build_and_answers_queries(built, memory, tmp_path):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):                       # wait for the server, bounded
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        remote = RemoteStore(url)
        remote.load((built / "graph.ttl").read_bytes(), "text/turtle")      # into the default graph
        for name in NAMED:
            assert rows(remote, name) == rows(memory, name), name
        p = parse_params(["region=格尔木市"])
        for name in SCOPED:
            assert rows(remote, name, p) == rows(memory, name, p), name
        # stats, validate, export and viz read the same --graph forms as query
        by_url = subprocess.run([sys.executable, "-m", "kg.cli", "stats", "--graph", url],
                                capture_output=True, text=True, cwd=ROOT)
        by_file = subprocess.run([sys.executable, "-m", "kg.cli", "stats", "--graph", str(built / "graph.ttl")],
                                 capture_output=True, text=True, cwd=ROOT)
        assert by_url.returncode == 0 and by_url.stdout == by_file.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("command", [["stats"], ["validate"], ["export", "--format", "nt"],
                                     ["viz", "-o", "VIEW"]])
def test_every_command_reads_a_build_folder_and_a_store_folder(built, tmp_path, command):
    outputs = []
    for graph in (built, built / "oxigraph", built / "graph.ttl"):
        argv = [str(tmp_path / f"{graph.name}.html") if a == "VIEW" else a for a in command]
        run = subprocess.run([sys.executable, "-m", "kg.cli", *argv, "--graph", str(graph)],
                             capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout.replace(graph.name, "X") if command[0] == "viz" else run.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_oxigraph_terms_become_the_rdflib_terms_rdflib_s_own_parser_makes():
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.graphfiles import _rdflib_term
    nt = ('<urn:a> <urn:p> "某县"@zh .\n<urn:a> <urn:q> "12"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
          '<urn:a> <urn:r> "plain" .\n_:b0 <urn:s> <urn:a> .\n')
    parsed = Graph().parse(data=nt, format="nt")
    direct = Graph()
    for t in ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES):
        direct.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
    assert direct.isomorphic(parsed)
