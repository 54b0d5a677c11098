"""Each named query answers something on the seeds; parameters are bound, never pasted."""
import pytest
from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef
from rdflib.namespace import PROV

from .conftest import ROOT
from kg.query import QueryError, bind_params, find_query, parse_params, required_params, rows_of, run_query

NAMED = ["who_runs_what", "programs_by_region", "metrics_by_region", "people_and_posts", "region_tree",
         "events_timeline"]
SCOPED = ["who_runs_what_in", "metrics_in"]          # need --param region=…
WM = Namespace("https://w3id.org/wenming-kg/ontology#")


def text_of(name):
    return find_query(name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMED)
def test_named_query_returns_rows(seed_graph, name):
    assert text_of(name).startswith("#"), "each query says what it answers"
    cols, rows = rows_of(run_query(seed_graph, text_of(name)))
    assert rows, name


@pytest.mark.parametrize("name", SCOPED)
def test_scoped_query_declares_its_parameter_and_answers_for_one_region(seed_graph, name):
    assert required_params(text_of(name)) == ["region"]
    with pytest.raises(QueryError, match="needs --param region"):
        bind_params(text_of(name), {}, name)
    _, rows = rows_of(run_query(seed_graph, text_of(name), parse_params(["region=格尔木市"])))
    assert rows


def test_who_runs_what_in_one_region_lists_its_statements(seed_graph):
    _, scoped = rows_of(run_query(seed_graph, text_of("who_runs_what_in"), parse_params(["region=格尔木市"])))
    evidence = {str(e) for e in seed_graph.objects(None, WM.evidence)}
    statements = len(set(seed_graph.subjects(RDF.type, RDF.Statement)))
    assert scoped and len(scoped) < statements
    assert {r[4] for r in scoped} <= evidence
    assert "格尔木市" in {r[0] for r in scoped}                           # the region itself acts too


def test_metrics_in_covers_sub_regions_and_bodies(seed_graph):
    # every metric about the region itself is there (sub-regions and bodies add to them)
    _, rows = rows_of(run_query(seed_graph, text_of("metrics_in"), parse_params(["region=格尔木市"])))
    direct = list(seed_graph.query("""PREFIX wm: <https://w3id.org/wenming-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e WHERE { ?m wm:about ?r ; wm:evidence ?e . ?r a wm:Region ; rdfs:label "格尔木市"@zh }"""))
    assert direct and {str(e) for (e,) in direct} <= {r[-1] for r in rows}


def overview_graph(actors: int) -> Graph:
    """`actors` bodies, the i-th running i programmes, each with a reified statement."""
    g, base = Graph(), "https://example.org/"
    art = URIRef(base + "article")
    g.add((art, RDFS.label, Literal("报道", lang="zh")))
    for i in range(1, actors + 1):
        a = URIRef(f"{base}org{i:03d}")
        g.add((a, RDF.type, WM.Organization))
        g.add((a, RDFS.label, Literal(f"机构{i:03d}", lang="zh")))
        for j in range(i):
            t = URIRef(f"{base}prog{i:03d}-{j}")
            g.add((t, RDFS.label, Literal(f"项目{i:03d}-{j}", lang="zh")))
            g.add((a, WM.runs, t))
            st = URIRef(f"{base}st{i:03d}-{j}")
            for p, o in ((RDF.type, RDF.Statement), (RDF.subject, a), (RDF.predicate, WM.runs), (RDF.object, t),
                         (WM.evidence, Literal(f"句{i}-{j}", lang="zh")), (PROV.wasDerivedFrom, art),
                         (WM.actorStated, Literal(True))):
                g.add((st, p, o))
    return g


def test_who_runs_what_lists_the_busiest_actors_first():
    _, rows = rows_of(run_query(overview_graph(40), text_of("who_runs_what")))
    actors = list(dict.fromkeys(r[0] for r in rows))
    assert actors == [f"机构{i:03d}" for i in range(40, 15, -1)]          # 40 … 16: the 25 busiest
    assert len(rows) == sum(range(16, 41))                                # every statement of each


def test_who_runs_what_puts_bodies_before_regions_and_leaves_out_implied_actors():
    g = overview_graph(3)
    base = "https://example.org/"
    region = URIRef(base + "region")
    g.add((region, RDF.type, WM.Region))
    g.add((region, RDFS.label, Literal("某县", lang="zh")))
    for j in range(10):                                   # busier than any body, and named
        t, st = URIRef(f"{base}rp{j}"), URIRef(f"{base}rst{j}")
        g.add((t, RDFS.label, Literal(f"县项目{j}", lang="zh")))
        g.add((region, WM.runs, t))
        for p, o in ((RDF.type, RDF.Statement), (RDF.subject, region), (RDF.predicate, WM.runs), (RDF.object, t),
                     (WM.evidence, Literal("某县推进", lang="zh")), (PROV.wasDerivedFrom, URIRef(base + "article")),
                     (WM.actorStated, Literal(j < 7))):
            g.add((st, p, o))
    _, rows = rows_of(run_query(g, text_of("who_runs_what")))
    actors = list(dict.fromkeys(r[0] for r in rows))
    assert actors == ["机构003", "机构002", "机构001", "某县"]
    assert sum(r[0] == "某县" for r in rows) == 7         # the three the text does not name are left out


def test_parameter_goes_into_the_subquery_that_uses_it():
    text = bind_params(text_of("who_runs_what_in"), parse_params(["region=北海市"]))
    sub = text.index("SELECT ?scope")
    # bound where the name is looked up, as the Chinese literal the labels are (an index lookup)
    assert text.index('VALUES ?region { "北海市"@zh }') > sub


def test_unknown_parameter_is_an_error():
    with pytest.raises(QueryError, match=r"no \?place to bind"):
        bind_params(text_of("who_runs_what"), parse_params(["place=北海市"]))


def test_injection_string_is_just_a_value(seed_graph):
    _, rows = rows_of(run_query(seed_graph, text_of("who_runs_what_in"), parse_params(['region="} ; DROP ALL ; {"'])))
    assert rows == []
    assert len(seed_graph) > 1000
    assert '\\"} ; DROP ALL' in bind_params("SELECT * WHERE { ?s ?p ?region }", parse_params(['region="} ; DROP ALL ; {"']))


def test_metrics_carry_the_region_they_are_about(seed_graph):
    # wm:aboutRegion is the subject itself when a region, else the region of its body or programme
    checked = 0
    for m, s in seed_graph.subject_objects(WM.about):
        regions = set(seed_graph.objects(m, WM.aboutRegion))
        if (s, RDF.type, WM.Region) in seed_graph:
            assert regions == {s}
        elif set(seed_graph.objects(s, WM.locatedIn)):
            assert regions == set(seed_graph.objects(s, WM.locatedIn))
        else:
            assert not regions
        checked += 1
    assert checked > 50


def test_braces_and_hashes_inside_strings_do_not_move_the_binding():
    text = 'SELECT * WHERE { ?s ?p ?o FILTER(?o != "a { b # c") { SELECT ?s WHERE { ?s ?q ?region } } }'
    bound = bind_params(text, parse_params(["region=北海市"]))
    assert bound.index('VALUES ?region') > bound.index("SELECT ?s WHERE {")
    assert '"a { b # c"' in bound


def run_kg(*args):
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT)


def test_nothing_leaves_the_machine_by_default(tmp_path, seed_build):
    seed_build = seed_build[0]
    from kg.query import QueryError, check_local
    q = tmp_path / "remote.rq"
    q.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    r = run_kg("query", str(q), "--graph", str(seed_build / "graph.ttl"))
    assert r.returncode != 0 and "SERVICE" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    check_local('SELECT * WHERE { ?s ?p "SERVICE <x>" } # SERVICE in a comment')   # strings and comments are fine
    ld = tmp_path / "g.jsonld"
    ld.write_text('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://x/a", "name": "n"}')
    r = run_kg("query", "region_tree", "--graph", str(ld))
    assert r.returncode != 0 and "remote" in r.stderr
    with pytest.raises(QueryError):
        check_local("select * where { service <http://x/> { ?s ?p ?o } }")


def test_named_queries_come_from_the_package_not_the_working_folder(tmp_path):
    from kg.query import find_query
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "region_tree.rq").write_text("SELECT * WHERE { ?s ?p ?o }")
    import os
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert find_query("region_tree").parent == ROOT / "queries"
        assert find_query("queries/region_tree.rq").parent.resolve() == (tmp_path / "queries").resolve()
    finally:
        os.chdir(here)


def test_store_folders_params_and_csv_cells(tmp_path, seed_build):
    seed_build = seed_build[0]
    r = run_kg("query", "region_tree", "--graph", str(seed_build))         # a build folder is no store
    assert r.returncode != 0 and "not an Oxigraph store" in r.stderr
    assert not (seed_build / "CURRENT").exists()
    r = run_kg("query", "region_tree", "--graph", str(seed_build), "--store", "memory")
    assert r.returncode == 1 and "folder" in r.stderr
    r = run_kg("query", "metrics_in", "--graph", str(seed_build / "graph.ttl"), "--param", "region=a",
               "--param", "region=b")
    assert r.returncode != 0 and "twice" in r.stderr
    from kg.query import format_rows
    assert format_rows(["x"], [["=1+1"], ["-2"], ["ok"]], "csv") == "x\n'=1+1\n'-2\nok\n"


def test_queries_as_analysts_read_them(seed_build):
    out = seed_build[0]
    r = run_kg("query", "events_timeline", "--graph", str(out / "graph.ttl"), "--format", "json")
    import json
    rows = json.loads(r.stdout)
    dated = [bool(row["startDate"]) for row in rows]
    assert dated == sorted(dated, reverse=True) and all("article" in row for row in rows)
    rows = json.loads(run_kg("query", "metrics_by_region", "--graph", str(out / "graph.ttl"), "--format", "json").stdout)
    assert {"qualifier"} <= set(rows[0]) and any(row["qualifier"] == "approx_more" for row in rows)
    rows = json.loads(run_kg("query", "region_tree", "--graph", str(out / "graph.ttl"), "--format", "json").stdout)
    coded = [bool(row["adcode"]) for row in rows]
    assert coded == sorted(coded, reverse=True)               # regions without a code come last
    r = run_kg("viz", "--graph", str(out / "graph.ttl"), "--region", "不存在市", "-o", str(out / "v.html"))
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1


def test_a_query_for_an_unknown_region_says_so(seed_build):
    import subprocess
    import sys

    from .conftest import ROOT
    graph = str(seed_build[0] / "graph.ttl")
    run = subprocess.run([sys.executable, "-m", "kg.cli", "query", "who_runs_what_in", "--param", "region=火星市",
                          "--graph", graph], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and "(0 rows)" in run.stdout
    assert run.stderr.strip() == "kg query: no region named 火星市 in the graph"
    known = subprocess.run([sys.executable, "-m", "kg.cli", "query", "who_runs_what_in", "--param", "region=格尔木市",
                            "--graph", graph], capture_output=True, text=True, cwd=ROOT)
    assert known.stderr == "" and "(0 rows)" not in known.stdout
