"""End to end: seeds → graph files that are deterministic, SHACL-valid and queryable."""
import subprocess
import sys

from rdflib import Dataset
from rdflib.namespace import RDF, RDFS

from kg.build import build
from kg.graphfiles import load_graph
from kg.vocab import PROV, WM

from .conftest import ROOT, SEEDS


def test_build_writes_contract_files(seed_build):
    out, report = seed_build
    for name in ("graph.ttl", "graph.trig", "graph.html", "graph.nt"):
        assert (out / name).stat().st_size > 0
    assert len(report.files) == len(list(SEEDS.glob("*.txt")))


def test_same_input_gives_identical_sorted_ntriples(seed_build, tmp_path):
    out, _ = seed_build
    again = tmp_path / "again"
    build([SEEDS], again, progress=False, html=False)
    assert (out / "graph.nt").read_bytes() == (again / "graph.nt").read_bytes()
    lines = (again / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and not any(line.startswith("_:") or " _:" in line for line in lines)


def test_graph_conforms_to_shapes(seed_graph):
    from kg.validate import validate
    ok, report = validate(seed_graph)
    assert ok, report


def test_shapes_reject_a_broken_node(seed_graph):
    from rdflib import Graph, Literal, URIRef
    from kg.validate import validate
    g = Graph()
    bad = URIRef("https://w3id.org/wenming-kg/id/region/x")
    g.add((bad, RDF.type, WM.Region))
    g.add((bad, RDFS.label, Literal("甲"), ))          # no language tag, no level
    ok, _ = validate(g)
    assert not ok


def test_every_article_has_file_label_and_mentions(seed_graph):
    arts = set(seed_graph.subjects(RDF.type, WM.Article))
    assert len(arts) >= 15
    for a in arts:
        (f,) = seed_graph.objects(a, WM.sourceFile)
        assert "/" not in str(f)
        assert len(list(seed_graph.objects(a, RDFS.label))) == 1


def test_relations_are_reified_with_evidence_and_article(seed_graph):
    statements = set(seed_graph.subjects(RDF.type, RDF.Statement))
    assert statements
    for st in statements:
        (s,) = seed_graph.objects(st, RDF.subject)
        (p,) = seed_graph.objects(st, RDF.predicate)
        (o,) = seed_graph.objects(st, RDF.object)
        assert (s, p, o) in seed_graph
        assert str(next(seed_graph.objects(st, WM.evidence)))
        assert (next(seed_graph.objects(st, PROV.wasDerivedFrom)), RDF.type, WM.Article) in seed_graph


def test_trig_has_one_named_graph_per_article(seed_build):
    out, _ = seed_build
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    names = {c.identifier for c in ds.graphs() if len(c)}
    g = load_graph(out / "graph.ttl")
    arts = set(g.subjects(RDF.type, WM.Article))
    assert arts == names                        # no default graph: each triple under its article
    union = {t for c in ds.graphs() for t in c}
    assert union == set(g)                      # and graph.ttl is exactly their union


def test_labels_have_pinyin(seed_graph):
    node = next(seed_graph.subjects(RDF.type, WM.Region))
    (py,) = seed_graph.objects(node, WM.pinyinLabel)
    assert py.language.lower() == "zh-latn-pinyin" and str(py).strip()   # BCP 47: case-insensitive


def run_kg(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_bad_input_is_one_line_and_nonzero(tmp_path):
    r = run_kg("build", str(tmp_path / "missing"), "-o", str(tmp_path / "o"))
    assert r.returncode != 0
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_cli_help_explains_each_command():
    r = run_kg("--help")
    assert r.returncode == 0
    for cmd in ("build", "query", "export", "validate", "stats", "viz"):
        assert cmd in r.stdout
        sub = run_kg(cmd, "--help")
        assert sub.returncode == 0 and "usage" in sub.stdout


def test_cli_query_without_its_required_parameter_is_one_line(seed_build):
    graph = str(seed_build[0] / "graph.ttl")
    r = run_kg("query", "who_runs_what_in", "--graph", graph)
    assert r.returncode != 0 and r.stderr.strip() == "kg query: who_runs_what_in needs --param region=VALUE"
    r = run_kg("query", "who_runs_what", "--graph", graph, "--param", "place=北海市")
    assert r.returncode != 0 and "no ?place to bind" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_kg("query", "who_runs_what_in", "--graph", graph, "--param", "region=格尔木市", "--format", "csv")
    assert r.returncode == 0 and r.stdout.count("\n") > 5


def test_graphml_and_gexf_keep_every_statement_with_its_direction(seed_graph):
    import networkx as nx
    from rdflib import URIRef
    from rdflib.namespace import RDF

    from kg.analytics import ENTITY, export_network
    from kg.vocab import WM
    entities = {n for cls in ENTITY for n in seed_graph.subjects(RDF.type, WM[cls])}
    statements = {(str(s), str(p).rsplit("#", 1)[-1], str(o)) for s, p, o in seed_graph
                  if isinstance(o, URIRef) and p != RDF.type and s in entities and o in entities and s != o}
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        import io
        G = read(io.BytesIO(export_network(seed_graph, fmt).encode("utf-8")))
        assert G.is_directed() and G.is_multigraph()
        edges = {(u, d["predicate"], v) for u, v, d in G.edges(data=True)}
        assert edges == statements and G.number_of_edges() == len(statements), fmt
        region_nodes = [d for _, d in G.nodes(data=True) if d["cls"] == "Organization" and d.get("region")]
        assert region_nodes                              # bodies carry the region Gephi partitions by


def test_json_ld_is_compact_and_byte_stable(seed_build, tmp_path):
    import json
    import subprocess
    import sys

    from rdflib import Graph
    from rdflib.compare import isomorphic

    from .conftest import ROOT
    out, _ = seed_build
    runs = [subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", "jsonld", "--graph",
                            str(out / "graph.ttl")], capture_output=True, text=True, cwd=ROOT,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in (1, 2)]
    assert runs[0] == runs[1]
    data = json.loads(runs[0])
    assert data["@context"]["wm"] == "https://w3id.org/wenming-kg/ontology#"
    assert any(node.get("@type") == "wm:Program" for node in data["@graph"])       # compact terms
    back = Graph().parse(data=runs[0], format="json-ld")
    assert isomorphic(back, Graph().parse(out / "graph.ttl"))


def test_export_formats_take_their_usual_names_and_n_quads_come_from_turtle_too(seed_build):
    import subprocess
    import sys

    from .conftest import ROOT
    ttl = str(seed_build[0] / "graph.ttl")

    def export(fmt):
        return subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", fmt, "--graph", ttl],
                              capture_output=True, text=True, cwd=ROOT)
    nt = export("nt").stdout
    assert export("ntriples").stdout == export("application/n-triples").stdout == nt
    assert export("nq").stdout == nt                    # the default graph's quads are its triples
    assert export("Turtle").stdout == export("ttl").stdout
    assert export("rdfxml").stdout.startswith("<?xml")
    bad = export("bogus")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "unknown format" in bad.stderr


def test_a_shard_keeps_each_graph_whole_even_when_a_literal_holds_a_closing_brace(tmp_path):
    """The worker's TriG blocks are cut apart by the driver at a line holding only "}": a
    literal with a line break and a brace must stay inside its block, and the shard's triples
    are the graphs' union, sorted, each once."""
    import pyoxigraph as ox
    from kg.graphfiles import BuildStore, Shard, write_shard
    a, b = ox.NamedNode("https://example.org/g/a"), ox.NamedNode("https://example.org/g/b")
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    tricky = ox.Literal("第一行\n}\n\n第二行", language="zh")
    graphs = [{ox.Quad(s, p, tricky, b), ox.Quad(s, p, ox.Literal("x"), b)}, {ox.Quad(s, p, ox.Literal("x"), a)}]
    shard = Shard.beside(tmp_path / "one.nq")
    assert write_shard(graphs, shard) == 2
    lines = shard.triples.read_bytes().decode("utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) == 2
    store = BuildStore(tmp_path / "store", named_graphs=False)
    store.add_shard(shard)
    out = tmp_path / "out"
    out.mkdir()
    triples, _ = store.write(out)
    store.close()
    assert triples == 2
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    by_graph = {str(c.identifier): {str(o) for o in c.objects()} for c in ds.graphs() if len(c)}
    assert by_graph == {str(a.value): {"x"}, str(b.value): {"x", "第一行\n}\n\n第二行"}}


def test_decimals_are_written_in_canonical_form():
    from kg.rdfmap import decimal_literal
    assert [str(decimal_literal(v)) for v in ("19734100.00", "0.50", "3", 12.0)] == ["19734100", "0.5", "3", "12"]
