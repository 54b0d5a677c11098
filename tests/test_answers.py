"""kg index: the named queries' answers kept beside an on-disk store are the live answers, and
are set aside as soon as the store or the query changes."""
import shutil
import subprocess
import sys

import pytest
from rdflib import Literal

from kg import answers
from kg.build import build
from kg.query import bind_params, find_query, required_params
from kg.query_stores import OxigraphStore

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    out = tmp_path_factory.mktemp("answers")
    build([SEEDS], out, progress=False, html=False, oxigraph=True)
    store = out / "oxigraph"
    done = answers.build_answers(store)
    return store, done


def test_every_named_query_is_indexed_and_answers_as_the_live_query_does(indexed):
    store, done = indexed
    named = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    assert sorted(done) == named
    live = OxigraphStore(store)
    names = [r[0] for r in live.select(answers._NAMES)[1]]
    assert len(names) > 20
    for name in named:
        text = find_query(name).read_text(encoding="utf-8")
        cases = [{}] if not required_params(text) else \
            [{"region": Literal(n)} for n in names] + [{"region": Literal("无此地名")}]
        for params in cases:
            cols, rows, known = answers.lookup(store, name, text, params)
            assert (cols, rows) == live.select(bind_params(text, params)), (name, params)
            assert known == (params.get("region") != Literal("无此地名"))


def test_a_changed_store_or_query_is_answered_live(indexed, tmp_path):
    store, _ = indexed
    text = find_query("region_tree").read_text(encoding="utf-8")
    copy = tmp_path / "oxigraph"
    shutil.copytree(store, copy)
    shutil.copytree(answers.answers_dir(store), answers.answers_dir(copy))
    assert answers.lookup(copy, "region_tree", text, {}) is not None
    assert answers.lookup(copy, "region_tree", text + "\n# edited\n", {}) is None
    import pyoxigraph as ox
    writable = ox.Store(str(copy))
    writable.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:p"), ox.Literal("new")))
    writable.flush()
    del writable
    assert answers.lookup(copy, "region_tree", text, {}) is None


def test_a_region_query_is_answered_for_every_name_in_one_pass_only_when_it_can_be():
    text = find_query("metrics_in").read_text(encoding="utf-8")
    variant = answers.one_pass(text, "region")
    assert "(STR(?region) AS ?_key)" in variant and "SELECT DISTINCT ?_key" in variant
    assert answers.one_pass(text + "\nLIMIT 10", "region") is None          # a page cuts across names
    assert answers.one_pass("SELECT ?x WHERE { ?x ?p ?region }", "region") is None


def test_kg_query_uses_the_index_and_kg_index_refuses_a_non_store(indexed, tmp_path):
    store, _ = indexed
    kg = [sys.executable, "-m", "kg.cli"]
    r = subprocess.run(kg + ["query", "who_runs_what_in", "--graph", str(store), "--param", "region=无此地名"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "(0 rows)" in r.stdout and "no region named 无此地名" in r.stderr
    r = subprocess.run(kg + ["index", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "not an on-disk Oxigraph store" in r.stderr
    blocked = tmp_path / "st"
    shutil.copytree(store, blocked)
    (tmp_path / "st.answers").write_text("a file where the answers folder goes")
    r = subprocess.run(kg + ["index", str(blocked)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "cannot write" in r.stderr
