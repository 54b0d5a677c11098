"""Precomputed answers of the named queries, kept beside a large on-disk store (``kg index``).

An overview or listing over every actor, event or region of a national graph takes seconds
however the SPARQL is written (it must rank or sort all of them), and users ask the same
overviews again and again. ``kg index STORE`` runs each named query once and keeps its rows in
``STORE.answers/``: a query with no parameter as one table; a query with a ``region`` parameter
for every region name at once — the query run with the name unbound and projected by the
subquery that looks it up, its rows grouped by name. ``kg query`` answers from there while the
store's data files and the query's text are the ones indexed; otherwise it runs the query live.

Layout: ``manifest.json`` (the store's fingerprint; per query the text's SHA-256, its columns,
its parameter) and per query ``NAME.jsonl`` (one line per key: the JSON list of its rows) with
``NAME.index.json`` (key → [byte offset, byte length]; every region name is a key, so an
unknown name is told from a name with no rows).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from .query import QUERY_DIRS, required_params
from .graphfiles import atomic_write

KEY = "_key"


class AnswersError(Exception):
    """A store that cannot be indexed; one line for the user."""


def answers_dir(store_dir: Path) -> Path:
    store_dir = Path(store_dir)
    return store_dir.with_name(store_dir.name + ".answers")


# RocksDB's data files: tables, write-ahead logs, the manifest and its pointer. A read-only
# open touches none of them; any write (or a read-write open) changes their names or sizes.
_DATA_FILE = re.compile(r"^(?:\d+\.(?:sst|log)|MANIFEST-\d+|CURRENT)$")


def fingerprint(store_dir: Path) -> str:
    """SHA-256 over the names and sizes of the store's data files (cheap: no data is read)."""
    h = hashlib.sha256()
    for entry in sorted(os.scandir(store_dir), key=lambda e: e.name):
        if _DATA_FILE.match(entry.name):
            h.update(f"{entry.name}\t{entry.stat().st_size}\n".encode())
    return h.hexdigest()


def _strip_comments(text: str) -> str:
    return re.sub(r"(?m)^\s*#.*$", "", text)


def one_pass(text: str, param: str) -> str | None:
    """The query answering for every value of ``param`` at once, the value as first column
    ``?_key``: the subquery that looks the parameter up (its one use) projects it as
    ``(STR(?param) AS ?_key)``, and so does the outer query. None when the query uses its
    parameter elsewhere or pages its rows (LIMIT/OFFSET would cut across values): it is then
    answered live."""
    body = _strip_comments(text)
    if re.search(r"\b(?:LIMIT|OFFSET)\b", body, re.I):
        return None
    # a result column that only shares the name ((?x AS ?region)) is no use of the parameter
    uses = list(re.finditer(rf"(?<!AS )[?$]{param}\b", body))
    if len(uses) != 1:
        return None
    selects = list(re.finditer(r"\bSELECT\b(\s+DISTINCT)?", body[:uses[0].start()], re.I))
    if len(selects) < 2:
        return None                         # the lookup must sit in a subquery of its own
    outer, sub = selects[0], selects[-1]
    return (body[:outer.end()] + f" ?{KEY}" + body[outer.end():sub.end()]
            + f" (STR(?{param}) AS ?{KEY})" + body[sub.end():])


_NAMES = """PREFIX wm: <https://w3id.org/wenming-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT (STR(?name) AS ?n) WHERE { ?r a wm:Region ; rdfs:label|skos:altLabel ?name }"""


def _write_table(folder: Path, name: str, groups: dict[str, list[list[str]]]) -> None:
    index = {}
    tmp = folder / f"{name}.jsonl.tmp"
    with open(tmp, "wb") as fh:
        for key in sorted(groups):
            start = fh.tell()
            fh.write(json.dumps(groups[key], ensure_ascii=False).encode("utf-8") + b"\n")
            index[key] = [start, fh.tell() - start]
    tmp.replace(folder / f"{name}.jsonl")
    atomic_write(folder / f"{name}.index.json", json.dumps(index, ensure_ascii=False))


def _answer(store_dir: Path, qfile: Path) -> tuple[str, dict | None, float]:
    """Run one named query over the store and write its table; (name, manifest entry or None
    when it is answered live, seconds). A process of its own opens the store read-only."""
    import time

    from .query_stores import OxigraphStore
    start = time.perf_counter()
    text = qfile.read_text(encoding="utf-8")
    params = required_params(text)
    store = OxigraphStore(store_dir)                # the folder read-only, as kg query reads it
    if not params:
        cols, rows = store.select(text)
        groups, param = {"": rows}, None
    elif params == ["region"] and (variant := one_pass(text, "region")) is not None:
        cols, rows = store.select(variant)
        groups = {name: [] for name, in store.select(_NAMES)[1]}
        for row in rows:
            groups.setdefault(row[0], []).append(row[1:])
        cols, param = cols[1:], "region"
    else:
        return qfile.stem, None, 0.0
    _write_table(answers_dir(store_dir), qfile.stem, groups)
    entry = {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "columns": cols, "param": param}
    return qfile.stem, entry, time.perf_counter() - start


def build_answers(store_dir: Path, progress=lambda name, seconds: None, jobs: int | None = None) -> dict[str, dict]:
    """Index every named query of the package over the store at ``store_dir``, the queries
    shared among ``jobs`` processes (default: one per core)."""
    from concurrent.futures import ProcessPoolExecutor

    from .query_stores import OxigraphStore, StoreError
    store_dir = Path(store_dir)
    try:
        OxigraphStore(store_dir)                     # one clear error before any work
    except StoreError as exc:
        raise AnswersError(str(exc)) from None
    folder = answers_dir(store_dir)
    folder.mkdir(exist_ok=True)
    manifest_path = folder / "manifest.json"
    manifest_path.unlink(missing_ok=True)         # stale while being rebuilt
    files = sorted(f for d in QUERY_DIRS for f in d.glob("*.rq"))
    queries = {}
    with ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
        try:
            for name, entry, seconds in pool.map(_answer, [store_dir] * len(files), files):
                if entry is not None:
                    queries[name] = entry
                    progress(name, seconds)
        except StoreError as exc:                   # a query the store cannot run
            raise AnswersError(f"a named query: {exc}") from None
    manifest = {"store": fingerprint(store_dir), "queries": queries}
    atomic_write(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1))
    return queries


def lookup(store_dir: Path, name: str, text: str, params: dict) -> tuple[list[str], list[list[str]], bool] | None:
    """(columns, rows, whether the parameter's value is known) from the indexed answers, or
    None when there are none for this store as it is now and this query as it is written."""
    folder = answers_dir(store_dir)
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entry = manifest.get("queries", {}).get(name)
    if entry is None or entry.get("sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest() \
            or manifest.get("store") != fingerprint(store_dir):
        return None
    param = entry.get("param")
    if sorted(params) != ([param] if param else []):
        return None
    key = str(params[param]) if param else ""
    try:
        index = json.loads((folder / f"{name}.index.json").read_text(encoding="utf-8"))
        if key not in index:
            return entry["columns"], [], False
        offset, length = index[key]
        with open(folder / f"{name}.jsonl", "rb") as fh:
            fh.seek(offset)
            data = fh.read(length)
    except (OSError, ValueError):
        return None
    return entry["columns"], json.loads(data), True

