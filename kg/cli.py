"""The ``kg`` command line.

Every user error ends in one line on stderr and a non-zero exit status, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .engines import ENGINES

EXIT_USAGE = 2
EXIT_INPUT = 1


class CliError(Exception):
    pass


def _build(args) -> int:
    from .build import build
    if args.max_file_mb <= 0 or args.article_seconds <= 0:
        raise CliError("--max-file-mb and --article-seconds must be positive")
    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    paths = list(args.paths)
    if args.files_from:
        try:
            listed = Path(args.files_from).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read --files-from {args.files_from}: {getattr(exc, 'strerror', None) or exc}")
        paths += [line.strip() for line in listed if line.strip() and not line.startswith("#")]
    if not paths:
        raise CliError("no input: give PATH arguments or --files-from")
    report = build([Path(p) for p in paths], Path(args.out), base_iri=args.base_iri,
                   progress=True if args.progress else None, html=not args.no_html,
                   max_bytes=int(args.max_file_mb * 1024 * 1024), article_seconds=args.article_seconds,
                   jobs=args.jobs, prune=args.prune, incremental=not args.full,
                   oxigraph=args.store == "oxigraph", engine=args.engine, address=args.address)
    counts = ", ".join(f"{k} {v}" for k, v in report.counts.items() if k != "Article")
    extra = [f"{report.reused} unchanged" if report.reused else "", f"{report.pruned} pruned" if report.pruned else "",
             f"{len(report.skipped)} skipped" if report.skipped else ""]
    print(f"built {args.out}: {len(report.files)} file(s), {report.articles} article(s), {report.triples} triples"
          + "".join(f", {x}" for x in extra if x))
    print(f"  {counts}")
    return 0


def _load(graph: str):
    """Any --graph form (file, build folder, Oxigraph store folder, endpoint URL) as a graph."""
    from .query_stores import StoreError, load_rdflib_graph
    try:
        return load_rdflib_graph(graph)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def _query(args) -> int:
    from .query import bind_params, check_local, find_query, format_rows, list_queries, parse_params
    if args.list:
        for name, doc in list_queries():
            print(f"{name:<22} {doc}")
        return 0
    if not args.name:
        raise CliError("query: give a query name or file (see 'kg query --list')")
    from .query_stores import StoreError, open_store
    qfile = find_query(args.name)
    try:
        raw = qfile.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        raise CliError(f"cannot read query {qfile}: {type(exc).__name__}") from None
    if not args.allow_remote:
        check_local(raw)
    params = parse_params(args.param)
    text = bind_params(raw, params, qfile.stem)
    answered = _indexed_answer(args, qfile, raw, params)
    if answered is not None:
        cols, rows, known = answered
    else:
        try:
            store = open_store(args.graph, args.store, allow_remote=args.allow_remote)
            cols, rows = store.select(text)
            known = bool(rows) or "region" not in params or _region_known(store, params)
        except StoreError as exc:
            raise CliError(str(exc)) from None
    if not known:
        print(f"kg query: no region named {params['region']} in the graph", file=sys.stderr)
    sys.stdout.write(format_rows(cols, rows, args.format))
    return 0


def _indexed_answer(args, qfile: Path, raw: str, params):
    """A named query's rows from ``kg index``'s answers beside an on-disk store, when they are
    for this store as it is and this query as it is written."""
    from .query import QUERY_DIRS
    from .query_stores import is_oxigraph_store
    graph = Path(args.graph)
    if args.store not in ("auto", "oxigraph") or not graph.is_dir() or not is_oxigraph_store(graph) \
            or qfile.parent.resolve() not in [d.resolve() for d in QUERY_DIRS]:
        return None
    from .answers import lookup
    return lookup(graph, qfile.stem, raw, params)


def _index(args) -> int:
    from .answers import AnswersError, answers_dir, build_answers
    from .query_stores import is_oxigraph_store
    store = Path(args.store_dir)
    if not store.is_dir() or not is_oxigraph_store(store):
        raise CliError(f"{store} is not an on-disk Oxigraph store (kg build --store oxigraph writes OUT/oxigraph)")

    def progress(name: str, seconds: float) -> None:
        print(f"kg index: {name} ({seconds:.1f} s)", file=sys.stderr)

    try:
        done = build_answers(store, progress)
    except AnswersError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:                         # the answers folder cannot be written
        raise CliError(f"cannot write {answers_dir(store)}: {exc.strerror or exc}") from None
    print(f"indexed {len(done)} named queries into {answers_dir(store)}")
    return 0


_REGION_KNOWN = """# param region (required, @zh)
PREFIX wm: <https://w3id.org/wenming-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?r WHERE { ?r rdfs:label|skos:altLabel ?region . ?r a wm:Region } LIMIT 1"""


def _region_known(store, params) -> bool:
    """Whether the graph has a region by the name a query was given (so an empty answer can say why)."""
    from .query import bind_params
    _, rows = store.select(bind_params(_REGION_KNOWN, {"region": params["region"]}))
    return bool(rows)


def _export(args) -> int:
    from .graphfiles import EXPORT_FORMATS, NETWORK_FORMATS, atomic_write, serialise
    fmt = NETWORK_FORMATS.get(args.format, args.format)
    if fmt not in NETWORK_FORMATS and fmt not in EXPORT_FORMATS:
        raise CliError(f"unknown format {args.format!r}: one of ttl, trig, nt, jsonld, nq, xml, graphml, gexf")
    if fmt in EXPORT_FORMATS and EXPORT_FORMATS[fmt] in ("trig", "nquads") and args.graph.endswith(".trig") \
            and Path(args.graph).is_file():
        from rdflib import Dataset                  # named graphs out of named graphs: read them as such
        ds = Dataset()
        try:
            ds.parse(args.graph, format="trig")
        except Exception as exc:                    # noqa: BLE001 — rdflib raises many kinds
            raise CliError(f"cannot read graph {args.graph}: {str(exc).splitlines()[0] if str(exc) else exc!r}")
        text = serialise(ds, fmt)
    elif fmt in NETWORK_FORMATS:
        from .analytics import export_network
        text = export_network(_load(args.graph), fmt)
    else:
        text = serialise(_load(args.graph), fmt)
    if args.output and args.output != "-":
        atomic_write(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return 0


def _validate(args) -> int:
    from .validate import validate
    g = _load(args.graph)
    ok, report = validate(g)
    print(report if not ok else "conforms: the graph satisfies the SHACL shapes in ontology/")
    return 0 if ok else 1


def _stats(args) -> int:
    from .analytics import stats_text
    g = _load(args.graph)
    sys.stdout.write(stats_text(g, top=args.top))
    return 0


def _viz(args) -> int:
    from .viz import UnknownRegion, write_view
    g = _load(args.graph)
    try:
        n = write_view(g, Path(args.output), view=args.view, region=args.region)
    except UnknownRegion as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {args.output}: {n} nodes ({args.view}{', ' + args.region if args.region else ''})")
    return 0


GRAPH_HELP = ("graph file, build folder, on-disk Oxigraph store folder, or SPARQL endpoint URL "
              "(default out/graph.ttl)")


def parser() -> argparse.ArgumentParser:
    from .vocab import DEFAULT_BASE
    ap = argparse.ArgumentParser(
        prog="kg", description="Build and query a knowledge graph of Chinese civic and local-government news.")
    ap.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="read news pages and write the graph",
                       description="Read text files (or folders of them) of news pages, split them into "
                                   "articles, extract regions, organizations, people, posts, programs, "
                                   "metrics, events, honors and documents, and write OUT/graph.ttl, "
                                   "OUT/graph.trig (one named graph per article), OUT/graph.nt (sorted) "
                                   "and OUT/graph.html. Unreadable files are reported and skipped.")
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, folders (read recursively) or quoted globs ('news/2024-*/*.txt') of "
                        "UTF-8/GB18030/UTF-16 text or HTML")
    b.add_argument("--files-from", metavar="LIST", help="also read the input paths from this file, one per line")
    b.add_argument("-o", "--out", required=True, help="output folder")
    b.add_argument("--base-iri", default=DEFAULT_BASE, help=f"namespace of instance IRIs (default {DEFAULT_BASE})")
    b.add_argument("--progress", action="store_true", help="show a progress bar even when stderr is not a terminal")
    b.add_argument("--no-html", action="store_true", help="skip graph.html")
    b.add_argument("-j", "--jobs", type=int, default=1, help="extract in N processes (same output as 1)")
    b.add_argument("--engine", choices=ENGINES, default="local",
                   help="where extraction runs: local processes (default), or Dask workers — a local "
                        "cluster of --jobs workers, or the cluster whose scheduler is at --address")
    b.add_argument("--address", metavar="ADDR",
                   help="Dask scheduler address (tcp://host:8786); workers must see the inputs and OUT")
    b.add_argument("--prune", action="store_true",
                   help="drop the graphs of files built before but not given now (default: keep them)")
    b.add_argument("--full", action="store_true", help="ignore OUT/.kg-cache and process every file again")
    b.add_argument("--store", choices=["files", "oxigraph"], default="files",
                   help="also write an on-disk Oxigraph store to OUT/oxigraph (serve it with 'oxigraph serve')")
    b.add_argument("--max-file-mb", type=float, default=8.0,
                   help="skip (and report) input files larger than this (default 8 MB)")
    b.add_argument("--article-seconds", type=float, default=60.0,
                   help="time budget per article; an article over it is reported and skipped (default 60)")
    b.set_defaults(func=_build)

    q = sub.add_parser("query", help="run a named SPARQL query or a .rq file",
                       description="Run queries/NAME.rq (or a file) against a built graph. Parameters "
                                   "given with --param key=value are bound to ?key as RDF literals, "
                                   "never pasted into the query text; a query that needs one says so "
                                   "in its header ('# param region (required, @zh): …') and stops with a "
                                   "one-line error without it. The overviews (who_runs_what, "
                                   "metrics_by_region, programs_by_region) list the 25 busiest actors "
                                   "or regions; who_runs_what_in and metrics_in answer for one region.")
    q.add_argument("name", nargs="?", metavar="NAME_OR_FILE")
    q.add_argument("--graph", default="out/graph.ttl",
                   help="graph file, on-disk Oxigraph store folder, or SPARQL endpoint URL (default out/graph.ttl)")
    q.add_argument("--store", choices=["auto", "memory", "oxigraph", "remote"], default="auto",
                   help="query engine: rdflib in memory, Oxigraph, or a remote endpoint (auto: by size)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.add_argument("--param", action="append", metavar="KEY=VALUE", help="bind ?KEY to the literal VALUE")
    q.add_argument("--list", action="store_true", help="list the named queries")
    q.add_argument("--allow-remote", action="store_true",
                   help="let the query call other endpoints (SERVICE) and a JSON-LD graph load remote contexts; "
                        "off by default, so nothing leaves this machine")
    q.set_defaults(func=_query)

    i = sub.add_parser("index", help="precompute the named queries' answers for a large on-disk store",
                       description="Run every named query once over an on-disk Oxigraph store and keep the "
                                   "rows beside it (STORE.answers/; a region query for every region name at "
                                   "once). 'kg query NAME --graph STORE' then answers from there in "
                                   "milliseconds while the store's data files and the query's text are the "
                                   "ones indexed, and runs the query live otherwise. Worth it for stores of "
                                   "millions of triples; rerun after the store changes.")
    i.add_argument("store_dir", metavar="STORE", help="an on-disk Oxigraph store folder (e.g. out/oxigraph)")
    i.set_defaults(func=_index)

    e = sub.add_parser("export", help="write the graph in another format",
                       description="Convert a built graph to Turtle, TriG, sorted N-Triples, JSON-LD, "
                                   "or (for Gephi) GraphML / GEXF.")
    e.add_argument("--graph", default="out/graph.ttl", help=GRAPH_HELP)
    e.add_argument("--format", required=True, type=str.lower, metavar="FORMAT",
                   help="ttl, trig, nt, jsonld, nq, xml (RDF/XML), graphml or gexf; the usual names and "
                        "MIME types also work (turtle, ntriples, json-ld, rdfxml, text/turtle, …)")
    e.add_argument("-o", "--output", help="output file (default: standard output)")
    e.set_defaults(func=_export)

    v = sub.add_parser("validate", help="check the graph against the SHACL shapes",
                       description="Validate a graph with pyshacl against ontology/shapes.ttl; exit 1 if it "
                                   "does not conform.")
    v.add_argument("--graph", default="out/graph.ttl", help=GRAPH_HELP)
    v.set_defaults(func=_validate)

    s = sub.add_parser("stats", help="counts per class and the most central nodes",
                       description="Print counts per class, connected components and the most central "
                                   "organizations, programs and regions (degree and betweenness).")
    s.add_argument("--graph", default="out/graph.ttl", help=GRAPH_HELP)
    s.add_argument("--top", type=int, default=5, help="how many central nodes per class")
    s.set_defaults(func=_stats)

    z = sub.add_parser("viz", help="write an HTML view of the graph",
                       description="Write an offline HTML view: who-runs-what (default), regions "
                                   "(the division tree) or full; --region focuses on one region and "
                                   "its sub-regions.")
    z.add_argument("--graph", default="out/graph.ttl", help=GRAPH_HELP)
    z.add_argument("--view", choices=["who-runs-what", "regions", "full"], default="who-runs-what")
    z.add_argument("--region", help="region name to focus on, e.g. 北海市")
    z.add_argument("-o", "--output", default="out/view.html")
    z.set_defaults(func=_viz)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help()
        return EXIT_USAGE
    from .build import InputError
    from .query import QueryError
    try:
        return args.func(args)
    except (CliError, InputError, QueryError) as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:           # a read-only or full disk, a path that cannot be made
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"kg {args.command}: cannot write or read{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, but the user still gets one line
        print(f"kg {args.command}: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
