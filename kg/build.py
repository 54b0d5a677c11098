"""Build: input paths → per-file named graphs → files in the output folder.

Each input file is processed on its own (in ``--jobs`` processes) into the N-Quads of its
articles' named graphs. Those are cached under ``OUT/.kg-cache`` by the file's content hash,
so a rebuild only processes changed files; graphs of files no longer given are kept unless
``--prune``. The output is written from the sorted union, so it is the same whatever the order,
the number of processes or the cache state.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .engines import ENGINES, EngineError, run_local
from .pipeline import iter_articles
from .reader import MAX_FILE_BYTES, ReadError
from .graphfiles import BuildStore, Shard, atomic_write
from .vocab import DEFAULT_BASE

INPUT_SUFFIXES = {".txt", ".text", ".htm", ".html"}      # article text and web pages; never README.md or JSON
CACHE_DIR = ".kg-cache"


class InputError(Exception):
    """Bad input for the whole run (nothing to read); one line for the user."""


@dataclass
class BuildReport:
    files: list[str] = field(default_factory=list)            # names of files read this run or cached
    articles: int = 0
    reused: int = 0
    pruned: int = 0
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    triples: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def collect_inputs(paths: list[Path], exclude: Path | None = None, warn=lambda msg: None) -> list[Path]:
    """The article files under ``paths``: text and HTML inputs only, never inside ``exclude``
    (the output folder: `-o .` must not read its own graph.html back). A folder that cannot
    be listed is reported like an unreadable file."""
    found: list[Path] = []
    skip = exclude.resolve() if exclude is not None else None
    for p in paths:
        p = Path(p)
        if p.is_dir():
            def unreadable(err: OSError) -> None:
                warn(f"kg: skipped folder {err.filename}: {err.strerror or err}")
            here = []
            for root, dirs, files in os.walk(p, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                rootp = Path(root)
                if skip is not None and (rootp.resolve() == skip or skip in rootp.resolve().parents):
                    dirs[:] = []
                    continue
                here += [rootp / f for f in files if not f.startswith(".") and Path(f).suffix.lower() in INPUT_SUFFIXES]
            found += sorted(here)
        elif p.exists():
            found.append(p)
        elif glob.has_magic(str(p)):
            matched = sorted(Path(m) for m in glob.glob(str(p), recursive=True))
            found += [m for m in matched if m.is_file() and m.suffix.lower() in INPUT_SUFFIXES
                      and not (skip is not None and skip in m.resolve().parents)]
            if not matched:
                raise InputError(f"no file matches {p}")
        else:
            raise InputError(f"no such file or folder: {p}")
    seen, unique = set(), []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


class Progress:
    """A one-line progress counter on stderr (only when it is a terminal or asked for): files
    done of all, the input read per second and the time left at that rate."""

    def __init__(self, total: int, enabled: bool, total_bytes: int = 0):
        self.total, self.enabled, self.done = total, enabled, 0
        self.total_bytes, self.done_bytes, self.started = total_bytes, 0, time.monotonic()

    def step(self, name: str, size: int = 0) -> None:
        self.done += 1
        self.done_bytes += size
        if self.enabled:
            width = 24
            filled = width * self.done // max(self.total, 1)
            elapsed = max(time.monotonic() - self.started, 1e-6)
            rate = self.done_bytes / elapsed
            left = (self.total_bytes - self.done_bytes) / rate if rate > 0 else 0
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files "
                             f"{rate / 1024:.0f} kB/s ETA {int(left) // 60}:{int(left) % 60:02d} {name[:30]:<30}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@dataclass
class FileOutcome:
    path: Path
    digest: str
    shard: Shard | None = None          # the file's graphs, in temporary files
    articles: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def _process(path: Path, digest: str, base_iri: str, max_bytes: int, article_seconds: float,
             parts: Path) -> FileOutcome:
    """One file → its articles' graphs in a shard under ``parts`` (runs in a worker process).
    Articles are extracted and written one at a time, so memory is bounded by the largest
    article, not the file; the text of the graphs never crosses the process pipe, and the
    driver only copies what the worker serialised."""
    import tempfile

    from .rdfmap import article_quads
    from .graphfiles import write_shard
    warnings: list[str] = []
    fd, name = tempfile.mkstemp(prefix=".part-", suffix=".nq", dir=parts)
    os.close(fd)
    shard = Shard.beside(Path(name))
    try:
        count = write_shard(article_quads(iter_articles(path, max_bytes, article_seconds, warnings), base_iri),
                            shard)
    except ReadError as exc:
        shard.unlink()
        return FileOutcome(path, digest, error=str(exc))
    except BaseException:
        shard.unlink()
        raise
    return FileOutcome(path, digest, shard, count, warnings=warnings)


def _settings_key(base_iri: str, max_bytes: int) -> str:
    """What a cached result depends on besides its input: the code and the settings."""
    h = hashlib.sha256(f"{__version__}|{base_iri}|{max_bytes}".encode())
    here = Path(__file__).parent
    for f in sorted(here.rglob("*.py")) + sorted((here / "models").glob("*.crfsuite")):
        h.update(f.read_bytes())           # the code and the span model it runs
    return h.hexdigest()[:16]


def _sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _digest(path: Path) -> str:
    return _sha256(path) or "unreadable"


class Cache:
    """Per-file N-Quads under OUT/.kg-cache, indexed by a manifest of source → content hash.

    Each entry is appended to a journal as soon as its file is written, so a killed build keeps
    what it finished; each cached file's checksum is verified on use (a damaged file is rebuilt,
    and said so); an entry whose file is not a plain name inside the cache folder is ignored,
    never read and never deleted."""

    def __init__(self, out: Path, settings: str, warn=lambda msg: None):
        self.dir = out / CACHE_DIR
        self.settings = settings
        self.warn = warn
        self.manifest_path = self.dir / "manifest.json"
        self.journal_path = self.dir / "journal.jsonl"
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.entries: dict[str, dict] = data.get("files", {}) if data.get("settings") == settings else {}
        self._replay()
        self._journal = None

    def _replay(self) -> None:
        try:
            lines = self.journal_path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return
        for line in lines:
            try:
                rec = json.loads(line)
            except ValueError:
                continue                     # a line cut by a kill
            if rec.get("settings") != self.settings:
                continue
            if rec.get("entry") is None:
                self.entries.pop(rec.get("key"), None)
            else:
                self.entries[rec["key"]] = rec["entry"]

    FIELDS = (("file", "sha256"), ("triples", "triples_sha256"), ("trig", "trig_sha256"))   # per Shard file

    def _shard(self, entry: dict) -> Shard | None:
        names = [str(entry.get(name, "")) for name, _ in self.FIELDS]
        for name in names:
            if not name or Path(name).name != name or name.startswith("."):
                self.warn(f"kg: ignored a cache entry outside {self.dir}: {name[:80]}")
                return None
        return Shard(*(self.dir / name for name in names))

    def lookup(self, key: str, digest: str) -> Shard | None:
        """The cached shard of ``key`` when its input and its checksums still match."""
        entry = self.entries.get(key)
        if not entry or entry.get("digest") != digest:
            return None
        shard = self._shard(entry)
        if shard is None:
            return None
        if any(_sha256(f) != entry.get(check) for f, (_, check) in zip(shard.files(), self.FIELDS)):
            self.warn(f"kg: cached graphs of {Path(key).name} are damaged; rebuilding that file")
            return None
        return shard

    def store(self, key: str, digest: str, shard: Shard, articles: int) -> Shard:
        """Move a finished shard into the cache (synced, then renamed in) and journal it."""
        self.dir.mkdir(parents=True, exist_ok=True)
        target = Shard.beside(self.dir / (hashlib.sha1(key.encode()).hexdigest()[:16] + ".nq"))
        entry = {"digest": digest, "articles": articles}
        for src, dst, (name, check) in zip(shard.files(), target.files(), self.FIELDS):
            with open(src, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(src, dst)
            entry[name], entry[check] = dst.name, _sha256(dst)
        self.entries[key] = entry
        self._append(key, entry)
        return target

    def drop(self, key: str) -> None:
        entry = self.entries.pop(key, None)
        if entry:
            shard = self._shard(entry)
            if shard is not None:
                shard.unlink()
            self._append(key, None)

    def _append(self, key: str, entry: dict | None) -> None:
        if self._journal is None:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._journal = open(self.journal_path, "a", encoding="utf-8")
        self._journal.write(json.dumps({"settings": self.settings, "key": key, "entry": entry},
                                       ensure_ascii=False, sort_keys=True) + "\n")
        self._journal.flush()

    def save(self) -> None:
        atomic_write(self.manifest_path, json.dumps({"settings": self.settings, "files": self.entries},
                                                    ensure_ascii=False, indent=1, sort_keys=True))
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self.journal_path.unlink(missing_ok=True)


OUTPUTS = ("graph.ttl", "graph.trig", "graph.nt", "graph.html")
GENERATIONS = ".kg-gen"
CURRENT = ".kg-current"


@contextmanager
def build_lock(out: Path):
    """One build at a time into a folder: a second one fails with one line."""
    import fcntl
    fh = open(out / ".kg-lock", "a")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise InputError(f"another build is writing to {out}; run again when it has finished") from None
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _clear_leftovers(out: Path) -> None:
    """What a killed build left: its store, spool and temporary files, unfinished generations."""
    current = os.readlink(out / CURRENT) if (out / CURRENT).is_symlink() else None
    for p in list(out.glob(".kg-build-store*")) + list(out.glob(".graph.*.tmp*")) + list(out.glob(".*.tmp")):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    if (out / GENERATIONS).is_dir():
        for g in (out / GENERATIONS).iterdir():
            if current is None or Path(current).name != g.name:
                shutil.rmtree(g, ignore_errors=True)


def switch_generation(out: Path, gen: Path) -> None:
    """Make ``gen`` the outputs in one step: OUT/graph.* are links through OUT/.kg-current, which
    is replaced atomically, so a reader sees every file old or every file new."""
    link = out / (CURRENT + ".new")
    link.unlink(missing_ok=True)
    os.symlink(os.path.join(GENERATIONS, gen.name), link)
    os.replace(link, out / CURRENT)
    for name in OUTPUTS:
        target = out / name
        want = os.path.join(CURRENT, name)
        if not (gen / name).exists():
            if target.is_symlink() or target.exists():
                target.unlink()              # no view this time: no stale one either
            continue
        if target.is_symlink() and os.readlink(target) == want:
            continue
        tmp = out / f".{name}.link.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(want, tmp)
        os.replace(tmp, target)              # a plain file from an older build becomes a link
    for g in (out / GENERATIONS).iterdir():
        if g.name != gen.name:
            shutil.rmtree(g, ignore_errors=True)


def build(paths: list[Path], out: Path, base_iri: str = DEFAULT_BASE, progress: bool | None = None,
          html: bool = True, warn=lambda msg: print(msg, file=sys.stderr),
          max_bytes: int = MAX_FILE_BYTES, article_seconds: float = 60.0, jobs: int = 1,
          prune: bool = False, incremental: bool = True, oxigraph: bool = False, engine: str = "local",
          address: str | None = None) -> BuildReport:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]", base_iri or ""):
        raise InputError(f"--base-iri must be an absolute IRI ending in / or #, got {base_iri!r}")
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    if address and engine != "dask":
        raise InputError("--address needs --engine dask")
    inputs = collect_inputs(paths, exclude=Path(out), warn=warn)
    if not inputs:
        raise InputError("no input files found")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    with build_lock(out):
        _clear_leftovers(out)
        try:
            return _build(inputs, out, base_iri, progress, html, warn, max_bytes, article_seconds, jobs, prune,
                          incremental, oxigraph, engine, address)
        except EngineError as exc:
            raise InputError(str(exc)) from None


def _build(inputs, out, base_iri, progress, html, warn, max_bytes, article_seconds, jobs, prune, incremental,
           oxigraph, engine, address) -> BuildReport:
    report = BuildReport()
    cache = Cache(out, _settings_key(base_iri, max_bytes), warn) if incremental else None
    sizes = {p: _size(p) for p in inputs}
    bar = Progress(len(inputs), sys.stderr.isatty() if progress is None else progress, sum(sizes.values()))
    # graphs stream here; the corpus is never held whole
    store = BuildStore(out / ".kg-build-store", named_graphs=oxigraph)
    parts = out / ".kg-build-store.parts"           # workers' N-Quads files until stored or cached
    parts.mkdir(exist_ok=True)
    built: set[str] = set()
    todo: list[tuple[Path, str]] = []
    for path in inputs:
        key, digest = str(path.resolve()), _digest(path)
        cached = cache.lookup(key, digest) if cache else None
        if cached is not None:
            store.add_shard(cached)
            built.add(key)
            report.reused += 1
            report.files.append(path.name)
            bar.step(path.name, sizes[path])
        else:
            todo.append((path, digest))

    def handle(outcome: FileOutcome) -> None:
        key = str(outcome.path.resolve())
        if outcome.error:
            report.skipped.append((outcome.path, outcome.error))
            warn(f"kg: skipped {outcome.path}: {outcome.error}")
            if cache:
                cache.drop(key)
        else:
            for w in outcome.warnings:
                warn(f"kg: {outcome.path}: {w}")
            shard = cache.store(key, outcome.digest, outcome.shard, outcome.articles) if cache else outcome.shard
            store.add_shard(shard)
            built.add(key)
            report.files.append(outcome.path.name)
        bar.step(outcome.path.name, sizes.get(outcome.path, 0))

    args = [(p, d, base_iri, max_bytes, article_seconds, parts) for p, d in todo]
    if engine == "dask" and args:
        from .engines import DaskEngine
        with DaskEngine(workers=jobs, address=address) as cluster:
            for outcome in cluster.map(_process, args):
                handle(outcome)
    else:
        for outcome in run_local(_process, args, jobs):
            handle(outcome)
    bar.close()
    if cache:
        given = {str(p.resolve()) for p in inputs}
        for key in sorted(set(cache.entries) - given):
            if prune:
                cache.drop(key)
                report.pruned += 1
            else:
                kept = cache.lookup(key, cache.entries[key]["digest"])
                if kept is not None:
                    store.add_shard(kept)         # built before and not pruned: its graphs stay
                    built.add(key)
    if not built:
        store.close()
        shutil.rmtree(parts, ignore_errors=True)
        raise InputError(f"none of the {len(inputs)} input file(s) could be read")
    # every output goes into a fresh generation folder, switched in at once when complete
    gen = out / GENERATIONS / f"{time.time_ns():x}-{os.getpid()}"
    gen.mkdir(parents=True)
    report.triples, report.counts = store.write(gen)
    report.articles = report.counts.get("Article", 0)
    if html:
        from .viz import write_view
        write_view(store.view_graph(), gen / "graph.html")
    store.close(keep_as=out / "oxigraph" if oxigraph else None)
    shutil.rmtree(parts, ignore_errors=True)        # shards of a build without cache
    switch_generation(out, gen)
    if cache:
        cache.save()
    return report
