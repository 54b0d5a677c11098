"""Store and files: serialise the dataset and write every file atomically.

A file is written to a temporary name in the same folder, flushed to disk and renamed over
the old one, so a build killed at any moment leaves the previous output whole.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .rdfmap import bind_prefixes, union_graph

EXPORT_FORMATS = {"ttl": "turtle", "turtle": "turtle", "text/turtle": "turtle",
                  "trig": "trig", "application/trig": "trig",
                  "nt": "nt", "ntriples": "nt", "n-triples": "nt", "application/n-triples": "nt",
                  "jsonld": "json-ld", "json-ld": "json-ld", "application/ld+json": "json-ld",
                  "nq": "nquads", "nquads": "nquads", "n-quads": "nquads", "application/n-quads": "nquads",
                  "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml", "application/rdf+xml": "xml"}
NETWORK_FORMATS = {"graphml": "graphml", "gexf": "gexf", "application/graphml+xml": "graphml"}


def atomic_write(path: Path, data: bytes | str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _atomic_path(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


PREFIXES = {"wm": "https://w3id.org/wenming-kg/ontology#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
            "schema": "https://schema.org/"}


def _ox_term(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def sorted_lines(text: str) -> str:
    # "\n" only: str.splitlines() also splits inside literals at U+2028, U+0085, \x1c…
    lines = sorted({ln for ln in text.split("\n") if ln.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


# The graph name that ends each N-Quads line (the last IRI before the final dot).
_GRAPH_NAME = re.compile(r" <[^<>\s]*> \.$", re.MULTILINE)

CORE_CLASSES = ["Article", "Region", "Organization", "Person", "Post", "Program", "Metric", "Event",
                "Honor", "Document"]


def _rdflib_term(t):
    """An Oxigraph term as rdflib's (a plain literal without the xsd:string datatype, as
    rdflib's own parsers read one)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    datatype = t.datatype.value
    return Literal(t.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rdflib_graph(triples) -> Graph:
    """Oxigraph triples or quads as one rdflib graph, terms converted straight from Oxigraph's
    (no N-Triples text for rdflib's pure-Python parser to read back: it took a third of the
    view's time on a large build), each distinct term once."""
    terms: dict = {}

    def term(t):
        key = (type(t), str(t))
        got = terms.get(key)
        if got is None:
            got = terms[key] = _rdflib_term(t)
        return got

    g = Graph()
    g.addN((term(t.subject), term(t.predicate), term(t.object), g) for t in triples)
    bind_prefixes(g)
    return g


class BuildStore:
    """Where a build streams each file's named graphs, so the corpus is never held in memory:
    their union into an on-disk Oxigraph store, the graphs themselves into a TriG spool file;
    the outputs are written from those at the end."""

    def __init__(self, folder: Path, named_graphs: bool = True):
        """``named_graphs``: keep each article's graph in the store too (for a store that
        outlives the build); the outputs need only the union and the spooled TriG."""
        import shutil

        import pyoxigraph as ox
        self.folder = folder
        self.named_graphs = named_graphs
        shutil.rmtree(folder, ignore_errors=True)
        self.store = ox.Store(str(folder))
        self._pending: list[str] = []
        self._pending_chars = 0
        # Each file's graphs as TriG blocks, spooled as they come: reading a graph back out
        # of the on-disk store costs milliseconds each, writing it from memory a fraction
        self._spool_path = folder.with_name(folder.name + ".trig-spool")
        self._spool = open(self._spool_path, "w+b")
        self._chunks: list[tuple[str, int, int]] = []          # (graph, offset, length)

    # Each bulk load has a fixed cost of tens of milliseconds: files are loaded in batches of
    # a few megabytes (memory stays bounded by the batch, not the corpus or the file).
    BATCH_CHARS = 4_000_000

    def add_file(self, path: Path) -> None:
        """A file of named graphs as N-Quads (each graph's lines together, as ``write_nquads``
        writes them), read in batches that never cut a graph."""
        if path.stat().st_size <= self.BATCH_CHARS:
            self.add(path.read_text(encoding="utf-8"))     # the usual file: one batch, no line loop
            return
        batch: list[str] = []
        size, graph = 0, None
        with open(path, encoding="utf-8", newline="\n") as fh:
            for line in fh:
                name = line[line.rfind(" <"):]          # the graph name ends each line
                if name != graph and size >= self.BATCH_CHARS:
                    self.add("".join(batch))
                    batch, size = [], 0
                graph = name
                batch.append(line)
                size += len(line)
        if batch:
            self.add("".join(batch))

    def add(self, nquads: str) -> None:
        """Named graphs: spooled as TriG, their triples into the default graph (the union,
        where the store keeps each triple once), the graphs themselves if kept."""
        self._pending.append(nquads)
        self._pending_chars += len(nquads)
        self._spool_trig(nquads)
        if self._pending_chars >= self.BATCH_CHARS:
            self._flush()

    def _spool_trig(self, nquads: str) -> None:
        import pyoxigraph as ox
        mem = ox.Store()
        mem.bulk_load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        offset = self._spool.seek(0, os.SEEK_END)
        for g in sorted(mem.named_graphs(), key=str):
            body = mem.dump(format=ox.RdfFormat.TURTLE, from_graph=g, prefixes=PREFIXES)
            body = b"".join(ln for ln in body.splitlines(keepends=True) if not ln.startswith(b"@prefix"))
            block = b"<" + g.value.encode() + b"> {\n" + body.strip(b"\n") + b"\n}\n\n"
            self._spool.write(block)
            self._chunks.append((g.value, offset, len(block)))    # TriG is written in graph order
            offset += len(block)

    def _flush(self) -> None:
        """Every line ends in an IRI graph name, which is cut for the default graph."""
        import pyoxigraph as ox
        if not self._pending:
            return
        nquads = "".join(q if q.endswith("\n") else q + "\n" for q in self._pending)
        self._pending, self._pending_chars = [], 0
        if self.named_graphs:
            self.store.bulk_load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        triples = _GRAPH_NAME.sub(" .", nquads)
        self.store.bulk_load(triples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)

    def write(self, out: Path) -> tuple[int, dict[str, int]]:
        """graph.trig (named graphs), graph.ttl (their union, each triple once) and graph.nt
        (the union as sorted N-Triples: byte-identical for the same input)."""
        import pyoxigraph as ox
        self._flush()
        store = self.store
        default = ox.DefaultGraph()
        # Oxigraph writes each format itself (no Python object per triple). TriG is the
        # spooled Turtle blocks, one per named graph (a TriG graph block holds Turtle triples),
        # in graph order; the store's default graph (the union) is left out of it.
        with _atomic_path(out / "graph.trig") as tmp, open(tmp, "wb") as fh:
            fh.write("".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()).encode() + b"\n")
            for _, offset, length in sorted(self._chunks):
                self._spool.seek(offset)
                fh.write(self._spool.read(length))
        with _atomic_path(out / "graph.ttl") as tmp:
            store.dump(str(tmp), ox.RdfFormat.TURTLE, from_graph=default, prefixes=PREFIXES)
        with _atomic_path(out / "graph.nt") as tmp:
            raw = tmp.with_name(tmp.name + ".raw")
            store.dump(str(raw), ox.RdfFormat.N_TRIPLES, from_graph=default)
            _external_sort(raw, tmp)
            raw.unlink()
        triples = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
        counts = {}
        for c in CORE_CLASSES:
            q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{PREFIXES['wm']}{c}> }}"
            counts[c] = int(next(iter(store.query(q)))["n"].value)
        return triples, counts

    def view_graph(self):
        """An rdflib graph of just what the who-runs-what page draws and its inspector lists."""
        from rdflib import Graph
        import pyoxigraph as ox
        self._flush()
        wm = PREFIXES["wm"]
        query = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
          {{ ?s ?p ?o . VALUES ?p {{ <{wm}runs> <{wm}responsibleFor> <{wm}leads> <{wm}holdsPost> <{wm}memberOf>
               <{wm}partnerOf> <{wm}locatedIn> <{wm}postIn> <{wm}partOf> <{wm}heldIn> <{wm}about> }} }}
          UNION {{ ?s a ?o . BIND(<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> AS ?p) }}
          UNION {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o .
                   BIND(<http://www.w3.org/2000/01/rdf-schema#label> AS ?p) }}
          UNION {{ ?s ?p ?o . ?s a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> }}
          UNION {{ ?s a ?c . VALUES ?c {{ <{wm}Region> <{wm}Organization> <{wm}Person> <{wm}Post> <{wm}Program> }}
                   ?s ?p ?o . FILTER(isLiteral(?o)) }}
        }}"""
        return rdflib_graph(self.store.query(query))

    def close(self, keep_as: Path | None = None) -> None:
        import shutil
        self._flush()
        self.store.flush()
        del self.store
        self._spool.close()
        self._spool_path.unlink(missing_ok=True)
        if keep_as is not None:                      # becomes OUT/oxigraph, replaced whole
            tmp = keep_as.with_name(keep_as.name + ".old")
            shutil.rmtree(tmp, ignore_errors=True)
            if keep_as.exists():
                keep_as.rename(tmp)
            self.folder.rename(keep_as)
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            shutil.rmtree(self.folder, ignore_errors=True)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_current_umask()       # what open() would give: a web server can serve graph.html


class _atomic_path:
    """A temporary path next to ``target`` that replaces it on success."""

    def __init__(self, target: Path):
        self.target = target

    def __enter__(self) -> Path:
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            with open(self.tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(self.tmp, FILE_MODE)            # mkstemp makes 0600; outputs follow the umask
            os.replace(self.tmp, self.target)
        else:
            try:
                self.tmp.unlink()
            except OSError:
                pass
        return False


def _external_sort(src: Path, dst: Path) -> None:
    """Sort unique lines by code point (bytes of UTF-8) in bounded memory: GNU sort spills to disk."""
    import subprocess
    env = dict(os.environ, LC_ALL="C")
    subprocess.run(["sort", "-u", "-S", "256M", "-T", str(dst.parent), "-o", str(dst), str(src)],
                   check=True, env=env)


def sorted_ntriples(g: Graph) -> str:
    """Canonical text of a graph without blank nodes: sorted N-Triples, byte-identical per input."""
    return sorted_lines(g.serialize(format="nt"))


def sorted_nquads(ds: Dataset) -> str:
    return sorted_lines(ds.serialize(format="nquads"))


def load_graph(path: Path) -> Graph:
    """Load a graph file written by ``kg build`` (or any RDF file rdflib reads)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".trig", ".nq"):
        ds = Dataset(default_union=True)
        ds.parse(path, format="trig" if suffix == ".trig" else "nquads")
        g = Graph()
        for t in ds.triples((None, None, None)):
            g.add(t)
        bind_prefixes(g)
        return g
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml",
           ".xml": "xml"}.get(suffix, "turtle")
    g = Graph()
    g.parse(path, format=fmt)
    bind_prefixes(g)
    return g


def serialise(g: Graph | Dataset, fmt: str) -> str:
    fmt = EXPORT_FORMATS[fmt]
    if fmt == "json-ld":
        # compact, with the ontology's prefixes as its @context; nodes and values sorted so
        # that the same graph gives the same bytes in every run
        import json
        union = union_graph(g) if isinstance(g, Dataset) else g
        data = json.loads(union.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))
        nodes = data.get("@graph", [data] if "@id" in data else [])
        for node in nodes:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        if "@graph" in data:
            data["@graph"] = sorted(nodes, key=lambda n: json.dumps(n, ensure_ascii=False, sort_keys=True))
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if fmt == "nt":
        return sorted_ntriples(g if not isinstance(g, Dataset) else union_graph(g))
    if fmt == "nquads":
        # a graph without named graphs is N-Quads of the default graph: its N-Triples lines
        return sorted_nquads(g) if isinstance(g, Dataset) else sorted_ntriples(g)
    return g.serialize(format=fmt)
