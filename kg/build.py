"""Build: input paths → processed files → dataset → files in the output folder."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from .pipeline import FileResult, process_file
from .rdfmap import RdfMapper, bind_prefixes, union_graph
from .reader import MAX_FILE_BYTES, ReadError
from .store import write_dataset
from .vocab import DEFAULT_BASE

INPUT_SUFFIXES = {".txt", ".text", ".md", ".htm", ".html"}


class InputError(Exception):
    """Bad input for the whole run (nothing to read); one line for the user."""


@dataclass
class BuildReport:
    files: list[FileResult] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    triples: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def collect_inputs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
                            and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            found.append(p)
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
    """A one-line progress counter on stderr (only when it is a terminal or asked for)."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.done = total, enabled, 0

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[:40]:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def build(paths: list[Path], out: Path, base_iri: str = DEFAULT_BASE, progress: bool | None = None,
          html: bool = True, warn=lambda msg: print(msg, file=sys.stderr),
          max_bytes: int = MAX_FILE_BYTES, article_seconds: float = 60.0) -> BuildReport:
    inputs = collect_inputs(paths)
    if not inputs:
        raise InputError("no input files found")
    report = BuildReport()
    bar = Progress(len(inputs), sys.stderr.isatty() if progress is None else progress)
    mapper = RdfMapper(base_iri)
    ds = Dataset()
    bind_prefixes(ds)
    for path in inputs:
        try:
            result = process_file(path, max_bytes, article_seconds)
        except ReadError as exc:
            report.skipped.append((path, str(exc)))
            warn(f"kg: skipped {path}: {exc}")
            bar.step(path.name)
            continue
        for w in result.warnings:
            warn(f"kg: {path}: {w}")
        report.files.append(result)
        for art in result.articles:
            mapper.article_graph(ds, art)
        bar.step(path.name)
    bar.close()
    if not report.files:
        raise InputError(f"none of the {len(inputs)} input file(s) could be read")
    g = union_graph(ds)
    out.mkdir(parents=True, exist_ok=True)
    report.triples, _ = write_dataset(ds, out)
    if html:
        from .viz import write_view
        write_view(g, out / "graph.html")
    report.counts = class_counts(g)
    return report


def class_counts(g) -> dict[str, int]:
    from rdflib.namespace import RDF

    from .vocab import WM
    names = ["Article", "Region", "Organization", "Person", "Post", "Program", "Metric", "Event",
             "Honor", "Document"]
    return {n: len(set(g.subjects(RDF.type, WM[n]))) for n in names}
