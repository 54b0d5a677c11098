"""Named SPARQL queries: find them, bind parameters safely, format the rows."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.query import Result

# Named queries come from the package only; a query file elsewhere is given by its path
# (a ./queries/NAME.rq in the working folder must not shadow a packaged one).
QUERY_DIRS = [Path(__file__).resolve().parent.parent / "queries"]


class QueryError(Exception):
    """A query that cannot be found, parsed or run; one line for the user."""


def find_query(name_or_file: str) -> Path:
    p = Path(name_or_file)
    if p.suffix == ".rq" or "/" in name_or_file or p.is_file():
        if p.is_file():
            return p
        raise QueryError(f"no such query file: {p}")
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name_or_file):
        raise QueryError(f"not a query name: {name_or_file!r}")
    for d in QUERY_DIRS:
        f = d / f"{name_or_file}.rq"
        if f.is_file():
            return f
    raise QueryError(f"no query named {name_or_file!r} (see {QUERY_DIRS[-1]})")


def list_queries() -> list[tuple[str, str]]:
    out = {}
    for d in reversed(QUERY_DIRS):
        for f in sorted(d.glob("*.rq")) if d.is_dir() else []:
            first = next((ln[1:].strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.startswith("#")), "")
            out[f.stem] = first
    return sorted(out.items())


def parse_params(pairs: list[str]) -> dict[str, Literal]:
    """key=value pairs → RDF literals bound to ?key (never pasted into the query text)."""
    params = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise QueryError(f"--param wants key=value, got {pair!r}")
        key, value = pair.split("=", 1)
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryError(f"bad parameter name {key!r}")
        if key in params:
            raise QueryError(f"--param {key} is given twice")
        params[key] = Literal(value)
    return params


# ``# param NAME (required): …`` or ``# param NAME (required, @zh): …`` — the second binds the
# value as a literal in that language, so the query can look it up in the index
# (?x rdfs:label ?NAME) instead of comparing it with every label's string
_PARAM_LINE = re.compile(r"(?m)^#\s*param\s+([A-Za-z_]\w*)\s*\(required(?:,\s*@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?\)")


def required_params(text: str) -> list[str]:
    """Parameters a query declares with a ``# param NAME (required…): …`` header line."""
    return [m.group(1) for m in _PARAM_LINE.finditer(text)]


def param_languages(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _PARAM_LINE.finditer(text) if m.group(2)}


def bind_params(text: str, params: dict[str, Literal] | None, name: str = "the query") -> str:
    """The query with each parameter bound by a ``VALUES`` block of one N-Triples-escaped
    term (user text is never pasted into the query as SPARQL). The block opens the innermost
    WHERE group that first uses ``?name``: a subquery that looks up a region by name gets the
    name itself, so the engine starts from it instead of joining every region first."""
    params = params or {}
    missing = [k for k in required_params(text) if k not in params]
    if missing:
        raise QueryError(f"{name} needs --param {missing[0]}=VALUE")
    languages = param_languages(text)
    for key, value in params.items():
        at = _innermost_where(text, key)
        block = f"VALUES ?{key} {{ {Literal(str(value), lang=languages.get(key)).n3()} }}"
        text = text[:at + 1] + "\n  " + block + "\n" + text[at + 1:]
    return text


def check_local(text: str) -> None:
    """Refuse a query that would make the engine call another endpoint (SERVICE <…>): by
    default nothing a query does leaves this machine (--allow-remote lifts it)."""
    plain = _SPARQL_STRING.sub('""', text)
    plain = re.sub(r"(?m)(^|\s)#.*$", r"\1", plain)
    if re.search(r"\bSERVICE\b", plain, re.I):
        raise QueryError("the query calls a remote endpoint (SERVICE); give --allow-remote to permit it")


# a SPARQL string literal: long ("""…""", '''…''') or short, with escapes
_SPARQL_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def _innermost_where(text: str, key: str) -> int:
    """Offset of the ``{`` opening the innermost WHERE group around the first ``?key``
    (string literals and comments — a ``#`` after whitespace; one inside an IRI is not — are
    skipped)."""
    use = re.compile(r"[?$]" + re.escape(key) + r"\b")
    stack, i = [], 0
    while i < len(text):
        c = text[i]
        if c in "\"'" and (lit := _SPARQL_STRING.match(text, i)):
            i = lit.end()
            continue
        if c == "#" and (i == 0 or text[i - 1].isspace()):
            i = text.find("\n", i)
            if i < 0:
                break
        elif c == "{":
            stack.append((i, bool(re.search(r"WHERE\s*$", text[:i], re.I))))
        elif c == "}" and stack:
            stack.pop()
        elif c in "?$" and use.match(text, i):
            where = [pos for pos, is_where in stack if is_where]
            if where:
                return where[-1]
        i += 1
    raise QueryError(f"the query has no ?{key} to bind")


def run_query(g: Graph, text: str, params: dict[str, Literal] | None = None) -> Result:
    if params:
        text = bind_params(text, params)
    try:
        return g.query(text)
    except Exception as exc:  # rdflib raises pyparsing and other errors for bad SPARQL
        raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None


def rows_of(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], sorted([[str(x) for x in t] for t in result.graph])
    cols = [str(v) for v in result.vars]
    rows = [["" if row[i] is None else str(row[i]) for i in range(len(cols))] for row in result]
    return cols, rows


def format_rows(cols: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        # a cell a spreadsheet would run as a formula (=, +, -, @) is quoted as text
        w.writerows([["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in r] for r in rows])
        return buf.getvalue()
    return _table(cols, rows)


def _width(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _table(cols: list[str], rows: list[list[str]], max_cell: int = 60) -> str:
    cut = [[c if len(c) <= max_cell else c[:max_cell - 1] + "…" for c in r] for r in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cut]) for i, c in enumerate(cols)]

    def line(cells):
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(cols), "-+-".join("-" * w for w in widths)] + [line(r) for r in cut]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
