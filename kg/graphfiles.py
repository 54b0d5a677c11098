"""Graph files: per-file shards and their cache, the merged outputs (sorted N-Triples, Turtle,
TriG) and atomic writes. The stores that answer queries are in ``kg.query_stores``.

A file is written to a temporary name in the same folder, flushed to disk and renamed over
the old one, so a build killed at any moment leaves the previous output whole.
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

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


def sorted_lines(text: str) -> str:
    # "\n" only: str.splitlines() also splits inside literals at U+2028, U+0085, \x1c…
    lines = sorted({ln for ln in text.split("\n") if ln.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


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


@dataclass(frozen=True)
class Shard:
    """One input file's graphs, written by its worker (``write_shard``): N-Quads (the shard a
    store loads), the file's triples as sorted unique N-Triples (what the union merges) and its
    graphs as TriG blocks (what graph.trig is made of), so a build's driver only merges and
    copies what the workers serialised."""
    nquads: Path
    triples: Path
    trig: Path

    @classmethod
    def beside(cls, nquads: Path) -> "Shard":
        return cls(nquads, nquads.with_suffix(".nt"), nquads.with_suffix(".trig"))

    def files(self) -> tuple[Path, Path, Path]:
        return self.nquads, self.triples, self.trig

    def unlink(self) -> None:
        for f in self.files():
            f.unlink(missing_ok=True)


# Oxigraph escapes line breaks inside literals, so a line holding only "}" closes a block.
TRIG_BLOCK_END = b"\n}\n\n"
# The graph name that ends each N-Quads line (the last IRI before the final dot).
_GRAPH_NAME = re.compile(rb" <[^<>\s]*> \.$", re.MULTILINE)
IN_MEMORY_SORT_BYTES = 32 << 20         # a file's triples sorted in memory below this, by GNU sort above


def write_shard(graphs: Iterable[set], shard: Shard) -> int:
    """Named graphs (each a set of Oxigraph quads) written as they come into the shard's three
    files; each graph is on disk before the next is made. Returns the count of graph sets."""
    raw = shard.triples.with_suffix(".raw")
    try:
        return _write_shard(graphs, shard, raw)
    finally:
        raw.unlink(missing_ok=True)        # also when the file cannot be read to the end


def _write_shard(graphs: Iterable[set], shard: Shard, raw: Path) -> int:
    import pyoxigraph as ox
    count = 0
    with open(shard.nquads, "wb") as nquads, open(shard.trig, "wb") as trig, open(raw, "wb") as triples:
        for quads in graphs:
            text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
            lines = sorted({ln for ln in text.split(b"\n") if ln.strip()})
            if lines:
                sorted_quads = b"\n".join(lines) + b"\n"
                nquads.write(sorted_quads)
                triples.write(_GRAPH_NAME.sub(b" .", sorted_quads))
                mem = ox.Store()                # loaded in sorted order: Turtle groups by subject
                mem.bulk_load(sorted_quads, format=ox.RdfFormat.N_QUADS)
                for g in sorted(mem.named_graphs(), key=str):
                    body = mem.dump(format=ox.RdfFormat.TURTLE, from_graph=g, prefixes=PREFIXES)
                    body = b"".join(ln for ln in body.splitlines(keepends=True) if not ln.startswith(b"@prefix"))
                    trig.write(b"<" + g.value.encode() + b"> {\n" + body.strip(b"\n") + TRIG_BLOCK_END)
                for fh in (nquads, trig, triples):
                    fh.flush()              # handed on before the next graph is made
            count += 1
    if raw.stat().st_size <= IN_MEMORY_SORT_BYTES:
        lines = sorted(set(raw.read_bytes().split(b"\n")) - {b""})
        shard.triples.write_bytes(b"".join(ln + b"\n" for ln in lines))
    else:
        _external_sort(raw, shard.triples)
    return count


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class BuildStore:
    """Where a build gathers its files' shards, so the corpus is never held in memory: each
    shard's TriG blocks are spooled as it comes, its other files are noted; at the end
    graph.nt is the merge of the shards' sorted triples (GNU sort, bounded memory), graph.ttl
    is Oxigraph's Turtle streamed from it, and an on-disk Oxigraph store is loaded only when
    something queries it (the view, a store kept as OUT/oxigraph)."""

    def __init__(self, folder: Path, named_graphs: bool = True):
        """``named_graphs``: keep each article's graph in the store too (for a store that
        outlives the build); the outputs need only the union and the spooled TriG."""
        import shutil
        self.folder = folder
        self.named_graphs = named_graphs
        shutil.rmtree(folder, ignore_errors=True)
        self._store = None
        self._shards: list[Shard] = []
        self._union: Path | None = None                        # graph.nt once written
        # Each file's graphs as TriG blocks, spooled as they come (a shard may be a temporary
        # file gone by the end); graph.trig is written from them in graph order
        self._spool_path = folder.with_name(folder.name + ".trig-spool")
        self._spool = open(self._spool_path, "w+b")
        self._chunks: list[tuple[str, int, int]] = []          # (graph, offset, length)

    # Each bulk load has a fixed cost of tens of milliseconds: files are loaded in batches of
    # a few megabytes (memory stays bounded by the batch, not the corpus or the file).
    BATCH_BYTES = 4_000_000

    def add_shard(self, shard: Shard) -> None:
        """A shard of ``write_shard``; its files must stay until ``close``."""
        self._spool_trig(shard.trig)
        self._shards.append(shard)

    def _spool_trig(self, trig: Path) -> None:
        """Append a shard's TriG blocks to the spool, noting where each graph's block lies;
        read a few megabytes at a time."""
        offset = self._spool.seek(0, os.SEEK_END)
        rest = b""
        with open(trig, "rb") as fh:
            while True:
                chunk = fh.read(self.BATCH_BYTES)
                data, start = rest + chunk, 0
                while (end := data.find(TRIG_BLOCK_END, start)) >= 0:
                    end += len(TRIG_BLOCK_END)
                    graph = data[start + 1:data.index(b"> {\n", start)].decode("utf-8")
                    self._chunks.append((graph, offset, end - start))
                    offset, start = offset + end - start, end
                self._spool.write(data[:start])
                rest = data[start:]
                if not chunk:
                    break

    def write(self, out: Path) -> tuple[int, dict[str, int]]:
        """graph.trig (named graphs), graph.nt (their union as sorted N-Triples: byte-identical
        for the same input) and graph.ttl (the union, each subject's triples together). Returns
        the union's triple count and the count of each core class's members."""
        import pyoxigraph as ox
        # TriG is the spooled Turtle blocks, one per named graph, in graph order
        with _atomic_path(out / "graph.trig") as tmp, open(tmp, "wb") as fh:
            fh.write("".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()).encode() + b"\n")
            for _, offset, length in sorted(self._chunks):
                self._spool.seek(offset)
                fh.write(self._spool.read(length))
        with _atomic_path(out / "graph.nt") as tmp:
            _merge_sorted([s.triples for s in self._shards], tmp)
        self._union = out / "graph.nt"
        with _atomic_path(out / "graph.ttl") as tmp:
            ox.serialize(ox.parse(path=str(self._union), format=ox.RdfFormat.N_TRIPLES), output=str(tmp),
                         format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        # each line one distinct triple; a member of a class is a line ending in its rdf:type
        ends = {c: f"> <{RDF_TYPE}> <{PREFIXES['wm']}{c}> .\n".encode() for c in CORE_CLASSES}
        triples, counts = 0, dict.fromkeys(CORE_CLASSES, 0)
        with open(self._union, "rb") as fh:
            rest = b""
            while chunk := fh.read(self.BATCH_BYTES):
                data = rest + chunk
                cut = data.rfind(b"\n") + 1
                data, rest = data[:cut], data[cut:]
                triples += data.count(b"\n")
                for c, end in ends.items():
                    counts[c] += data.count(end)
        return triples, counts

    @property
    def store(self):
        """The on-disk Oxigraph store of the union (and the named graphs if kept), loaded on
        first use after ``write``."""
        if self._store is None:
            import pyoxigraph as ox
            if self._union is None:
                raise RuntimeError("the build store is loaded from the written union: call write() first")
            self._store = ox.Store(str(self.folder))
            self._store.bulk_load(path=str(self._union), format=ox.RdfFormat.N_TRIPLES)
            if self.named_graphs:
                batch: list[Path] = []
                batch_bytes = 0
                for shard in self._shards:
                    batch.append(shard.nquads)
                    batch_bytes += shard.nquads.stat().st_size
                    if batch_bytes >= self.BATCH_BYTES:
                        self._load_nquads(batch)
                        batch, batch_bytes = [], 0
                self._load_nquads(batch)
        return self._store

    def _load_nquads(self, files: list[Path]) -> None:
        import pyoxigraph as ox
        if files:
            self._store.bulk_load(b"".join(f.read_bytes() for f in files), format=ox.RdfFormat.N_QUADS)

    def view_graph(self):
        """An rdflib graph of just what the who-runs-what page draws and its inspector lists."""
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
        """Drop the spool and the store, or keep the store (loaded now if need be) as ``keep_as``."""
        import shutil
        if keep_as is not None:
            self.store.flush()
        if self._store is not None:
            del self._store
            self._store = None
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


def _merge_sorted(files: list[Path], dst: Path) -> None:
    """Sorted files of unique lines merged into one, each line once (GNU sort's merge: linear,
    bounded memory; the names go through a file, so there may be millions)."""
    import subprocess
    listing = dst.with_name(dst.name + ".files")
    listing.write_bytes(b"".join(os.fsencode(f) + b"\0" for f in files))
    try:
        subprocess.run(["sort", "-m", "-u", "-S", "256M", "-T", str(dst.parent), "-o", str(dst),
                        f"--files0-from={listing}"], check=True, env=dict(os.environ, LC_ALL="C"))
    finally:
        listing.unlink(missing_ok=True)


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
