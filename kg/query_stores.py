"""Query stores (the graph as something to ask): rdflib in memory, Oxigraph (in memory or on disk) and a remote
SPARQL 1.1 endpoint. Each answers ``select(query, params)`` with the same rows.

Parameters are always bound as RDF terms, the same way for every store: a ``VALUES`` block of
escaped terms (``kg.query.bind_params``) — never user text pasted into the query.
"""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import Literal

from .query import bind_params

# Above this many bytes of graph file, `kg query` loads Oxigraph rather than rdflib
# (bench/run.py: Oxigraph parses and aggregates an order of magnitude faster).
OXIGRAPH_ABOVE_BYTES = 2 * 1024 * 1024


class StoreError(Exception):
    """A store that cannot be opened or queried; one line for the user."""


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


class MemoryStore:
    name = "memory"

    def __init__(self, path: Path, allow_remote: bool = False):
        from .graphfiles import load_graph
        if path.suffix.lower() in (".jsonld", ".json") and not allow_remote:
            _refuse_remote_context(path)
        try:
            self.graph = load_graph(path)
        except Exception as exc:     # rdflib raises many kinds for a file it cannot parse
            raise StoreError(f"cannot read graph {path}: {_first_line(exc)}") from None

    def select(self, query: str, params: dict[str, Literal] | None = None):
        from .query import rows_of, run_query
        return rows_of(run_query(self.graph, query, params))


class OxigraphStore:
    name = "oxigraph"

    def __init__(self, path: Path):
        import pyoxigraph as ox
        path = Path(path)
        try:
            self.union = not path.is_dir()
            if path.is_dir():                       # an on-disk store written by `kg build --store oxigraph`
                if not is_oxigraph_store(path):     # (its default graph is the union already)
                    raise StoreError(f"{path} is not an Oxigraph store (for a build folder give "
                                     f"{path / 'graph.ttl'}, or {path / 'oxigraph'} after --store oxigraph)")
                self.store = ox.Store.read_only(str(path))
            else:
                self.store = ox.Store()
                fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
                       ".nq": ox.RdfFormat.N_QUADS}.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
                self.store.bulk_load(path=str(path), format=fmt)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot open {path}: {_first_line(exc)}") from None

    def select(self, query: str, params: dict[str, Literal] | None = None):
        if params:
            query = bind_params(query, params)
        try:
            result = self.store.query(query, use_default_graph_as_union=self.union)
        except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
            raise StoreError(f"query failed: {_first_line(exc)}") from None
        if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
            return ["ask"], [[str(bool(result)).lower()]]
        if type(result).__name__ == "QueryTriples":
            return ["subject", "predicate", "object"], sorted([[_value(t.subject), _value(t.predicate),
                                                                 _value(t.object)] for t in result])
        cols = [v.value for v in result.variables]
        rows = [["" if sol[c] is None else _value(sol[c]) for c in cols] for sol in result]
        return cols, rows


def _value(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


class RemoteStore:
    """A SPARQL 1.1 endpoint (SPARQL Protocol for queries, Graph Store Protocol for loading)."""

    name = "remote"

    def __init__(self, endpoint: str, timeout: float = 30.0):
        if not endpoint.startswith(("http://", "https://")):
            raise StoreError(f"not an http(s) endpoint: {endpoint}")
        # the URL is the endpoint (Fuseki's /ds/sparql, GraphDB's /repositories/x); a bare
        # server address is taken as Oxigraph's, whose endpoint is /query
        self.endpoint, self.timeout = endpoint.rstrip("/"), timeout
        bare = not urllib.parse.urlparse(self.endpoint).path.strip("/")
        self.query_url = self.endpoint + "/query" if bare else self.endpoint

    def select(self, query: str, params: dict[str, Literal] | None = None):
        if params:
            query = bind_params(query, params)
        data = urllib.parse.urlencode({"query": query}).encode()
        req = urllib.request.Request(self.query_url, data=data, method="POST",
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                body = json.load(resp)
        except (OSError, ValueError) as exc:
            raise StoreError(f"endpoint {self.endpoint}: {_first_line(exc)}") from None
        if "boolean" in body:
            return ["ask"], [[str(body["boolean"]).lower()]]
        cols = body["head"]["vars"]
        rows = [[b.get(c, {}).get("value", "") for c in cols] for b in body["results"]["bindings"]]
        return cols, rows

    def triples(self) -> bytes:
        """The endpoint's default graph as N-Triples (a CONSTRUCT of everything)."""
        data = urllib.parse.urlencode({"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"}).encode()
        req = urllib.request.Request(self.query_url, data=data, method="POST",
                                     headers={"Accept": "application/n-triples",
                                              "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except OSError as exc:
            raise StoreError(f"endpoint {self.endpoint}: {_first_line(exc)}") from None

    def load(self, data: bytes, content_type: str = "text/turtle") -> None:
        """Load a build through the Graph Store Protocol: triples into the default graph,
        a dataset (TriG, N-Quads) into its named graphs."""
        target = "/store?default" if content_type in ("text/turtle", "application/n-triples") else "/store"
        req = urllib.request.Request(self.endpoint + target, data=data, method="POST",
                                     headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout):
                pass
        except OSError as exc:
            raise StoreError(f"endpoint {self.endpoint}: {_first_line(exc)}") from None


def is_oxigraph_store(path: Path) -> bool:
    """An on-disk Oxigraph store is a RocksDB folder (a CURRENT file and OPTIONS files)."""
    return (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def _refuse_remote_context(path: Path) -> None:
    """A JSON-LD file whose @context is a URL would be fetched while loading: refused unless
    --allow-remote."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read graph {path}: {_first_line(exc)}") from None
    import re
    if re.search(r'"@(?:context|import)"\s*:\s*(?:\[[^\]]*)?"(?:https?:)?//', text):
        raise StoreError(f"{path} loads a remote JSON-LD @context; give --allow-remote to permit it")


def open_store(graph: str, store: str = "auto", allow_remote: bool = False):
    """``auto``: Oxigraph for a store folder or a large file, rdflib for a small file."""
    if store == "remote" or graph.startswith(("http://", "https://")):
        return RemoteStore(graph)
    path = Path(graph)
    if not path.exists():
        raise StoreError(f"no graph file or store {path} (run 'kg build' first)")
    if store == "memory":
        if path.is_dir():
            raise StoreError(f"{path} is a folder: the memory store reads a graph file (e.g. {path / 'graph.ttl'})")
        return MemoryStore(path, allow_remote)
    if store == "oxigraph" or path.is_dir() or path.stat().st_size > OXIGRAPH_ABOVE_BYTES:
        return OxigraphStore(path)
    return MemoryStore(path, allow_remote)


def load_rdflib_graph(graph: str, allow_remote: bool = False):
    """The graph behind any ``--graph`` form as an rdflib graph (for validate, stats, viz,
    export): a graph file, a build folder (its graph.ttl), an on-disk Oxigraph store (its
    default graph, the union), or a SPARQL endpoint URL (everything it holds)."""
    if graph.startswith(("http://", "https://")):
        return _ntriples_graph(RemoteStore(graph).triples(), f"endpoint {graph}")
    path = Path(graph)
    if path.is_dir():
        if is_oxigraph_store(path):
            import pyoxigraph as ox

            from .graphfiles import rdflib_graph
            return rdflib_graph(OxigraphStore(path).store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        if not (path / "graph.ttl").is_file():
            raise StoreError(f"{path} is neither a build folder nor an Oxigraph store")
        path = path / "graph.ttl"                 # a build folder
    if not path.is_file():
        raise StoreError(f"no graph file {path} (run 'kg build' first)")
    return MemoryStore(path, allow_remote).graph


def _ntriples_graph(data: bytes, source: str):
    from rdflib import Graph

    from .rdfmap import bind_prefixes
    g = Graph()
    try:
        g.parse(data=data.decode("utf-8"), format="nt")
    except Exception as exc:                     # noqa: BLE001 — whatever the source sent
        raise StoreError(f"{source} sent no N-Triples: {_first_line(exc)}") from None
    bind_prefixes(g)
    return g
