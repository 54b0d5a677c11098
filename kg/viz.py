"""Visualise: the who-runs-what view as one self-contained HTML page.

vis-network's script is inlined from the copy that the ``pyvis`` package ships, so the page
makes no request. Text from articles reaches the page only as JSON data (with '<', '>' and
'&' escaped) and is drawn with textContent, never parsed as HTML.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .vocab import PROV, WM

CLASS_STYLE = {  # colour, shape
    "Region": ("#4e79a7", "box"), "Organization": ("#f28e2b", "ellipse"), "Person": ("#e15759", "dot"),
    "Post": ("#76b7b2", "diamond"), "Program": ("#59a14f", "star"), "Event": ("#edc948", "triangle"),
    "Honor": ("#b07aa1", "hexagon"), "Document": ("#9c755f", "square"), "Metric": ("#bab0ac", "dot"),
}
VIEW_PREDICATES = {
    "who-runs-what": [WM.runs, WM.responsibleFor, WM.leads, WM.holdsPost, WM.memberOf, WM.partnerOf,
                      WM.locatedIn, WM.postIn],
    "regions": [WM.partOf],
    "full": None,
}
CORE = ["Region", "Organization", "Person", "Post", "Program", "Metric", "Event", "Honor", "Document"]


def _core_class(g: Graph, node) -> str | None:
    for cls in CORE:
        if (node, RDF.type, WM[cls]) in g:
            return cls
    return None


def _label(g: Graph, node) -> str:
    for lab in g.objects(node, RDFS.label):
        if getattr(lab, "language", None) in ("zh", None):
            return str(lab)
    return str(node).rsplit("/", 1)[-1]


class UnknownRegion(ValueError):
    """--region names no region of the graph."""


def _region_of(g: Graph, node) -> str | None:
    for prop in (WM.locatedIn, WM.postIn, WM.heldIn, WM.about):
        for o in g.objects(node, prop):
            if (o, RDF.type, WM.Region) in g:
                return _label(g, o)
    if (node, RDF.type, WM.Region) in g:
        return _label(g, node)
    return None


def view_graph(g: Graph, view: str = "who-runs-what", region: str | None = None) -> nx.MultiDiGraph:
    """The nodes and edges of a view, as a networkx graph with display attributes."""
    preds = VIEW_PREDICATES[view]
    evidence: dict[tuple, tuple[str, str]] = {}
    for st in g.subjects(RDF.type, RDF.Statement):
        s, p, o = (next(g.objects(st, x), None) for x in (RDF.subject, RDF.predicate, RDF.object))
        ev = next(g.objects(st, WM.evidence), "")
        art = next(g.objects(st, PROV.wasDerivedFrom), None)
        evidence[(s, p, o)] = (str(ev), _label(g, art) if art is not None else "")
    keep_regions = None
    if region:
        # the name as labelled, as an alternative form (北海 → 北海市), or a part of a name
        names = {n: {str(x) for x in g.objects(n, RDFS.label)} | {str(x) for x in g.objects(n, SKOS.altLabel)}
                 for n in g.subjects(RDF.type, WM.Region)}
        roots = [n for n, ns in names.items() if region in ns] or \
                [n for n, ns in names.items() if any(region in x for x in ns)]
        if not roots:
            raise UnknownRegion(f"no region named {region!r} in the graph")
        keep_regions = set(roots)
        changed = True
        while changed:
            changed = False
            for child, _, parent in g.triples((None, WM.partOf, None)):
                if parent in keep_regions and child not in keep_regions:
                    keep_regions.add(child)
                    changed = True
    G = nx.MultiDiGraph()
    for s, p, o in g:
        if not isinstance(o, URIRef) or p == RDF.type:
            continue
        if preds is not None and p not in preds:
            continue
        cs, co = _core_class(g, s), _core_class(g, o)
        if cs is None or co is None:
            continue
        for n, c in ((s, cs), (o, co)):
            if n not in G:
                G.add_node(n, label=_label(g, n), cls=c, region=_region_of(g, n) or "")
        ev, headline = evidence.get((s, p, o), ("", ""))
        G.add_edge(s, o, key=str(p), label=str(p).rsplit("#", 1)[-1], evidence=ev, article=headline)
    if keep_regions is not None:
        keep = set()
        for n, data in G.nodes(data=True):
            if n in keep_regions or any(r in keep_regions for r in g.objects(n, WM.locatedIn)) \
                    or any(r in keep_regions for r in g.objects(n, WM.heldIn)):
                keep.add(n)
        keep |= {v for u in keep for v in G.successors(u)} | {u for v in keep for u in G.predecessors(v)}
        G = G.subgraph(keep).copy()
    return G


def _vis_assets() -> tuple[str, str]:
    import pyvis
    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data) -> str:
    """JSON that cannot close a <script> element or open markup."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True)
            .replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(G: nx.MultiDiGraph, title: str = "wenming-kg: who runs what") -> str:
    from .rdfmap import pinyin

    nodes, ids = [], {}
    for n, (node, data) in enumerate(sorted(G.nodes(data=True), key=lambda x: str(x[0]))):
        ids[node] = n
        color, shape = CLASS_STYLE.get(data["cls"], ("#999999", "dot"))
        nodes.append({"id": n, "label": data["label"], "cls": data["cls"], "region": data["region"],
                      "pinyin": pinyin(data["label"]), "iri": str(node), "color": color, "shape": shape,
                      "degree": G.degree(node)})
    edges = []
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), e[2]["label"])):
        edges.append({"from": ids[u], "to": ids[v], "label": data["label"], "evidence": data["evidence"],
                      "article": data["article"]})
    js, css = _vis_assets()
    payload = _safe_json({"nodes": nodes, "edges": edges, "styles": CLASS_STYLE})
    # Jinja2 fills the page: the title is escaped; the vis assets and the data (JSON with <, >, &
    # escaped as \\u003c…) are inserted as they are; text from articles is never read as template
    from markupsafe import Markup
    return _page().render(title=title, css=Markup(css), js=Markup(js.replace("</script", "<\\/script")),
                          data=Markup(payload))


@lru_cache(maxsize=1)
def _page():
    import jinja2
    return jinja2.Environment(autoescape=True).from_string(_TEMPLATE)


def write_view(g: Graph, out: Path, view: str = "who-runs-what", region: str | None = None) -> int:
    from .store import atomic_write

    G = view_graph(g, view, region)
    atomic_write(out, render_html(G))
    return G.number_of_nodes()


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{ title }}</title>
<style>{{ css }}
body{margin:0;font-family:sans-serif;display:flex;height:100vh}
#side{width:280px;padding:8px;overflow:auto;border-right:1px solid #ddd;font-size:13px}
#net{flex:1;height:100vh;min-width:0}
.legend span{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
#info{white-space:pre-wrap;margin-top:8px}
</style></head>
<body><div id="side"><h3>{{ title }}</h3>
<input id="search" placeholder="搜索 / search" style="width:95%">
<label><input type="checkbox" id="py"> pinyin</label>
<div><select id="region" style="width:95%"><option value="">全部地区 / all regions</option></select></div>
<div id="classes" class="legend"></div>
<div id="count"></div><div id="info"></div></div>
<div id="net"></div>
<pre id="kg-status" hidden></pre>
<script>
window.kgErrors = [];
window.addEventListener("error", e => window.kgErrors.push(String(e.message)));
const consoleError = console.error;
console.error = (...args) => { window.kgErrors.push(args.map(String).join(" ")); consoleError(...args); };
</script>
<script>{{ js }}</script>
<script>
"use strict";
const DATA = {{ data }};
const nodes = new vis.DataSet(DATA.nodes.map(n => ({id: n.id, label: n.label, title: n.cls + (n.region ? " · " + n.region : ""),
  color: n.color, shape: n.shape})));
// string titles are shown as text by vis-network, never parsed as markup
const edges = new vis.DataSet(DATA.edges.map((e, i) => ({id: i, from: e.from, to: e.to, label: e.label, arrows: "to",
  font: {size: 9}, title: e.evidence ? e.evidence + " — " + e.article : e.label})));
const container = document.getElementById("net");
const network = new vis.Network(container, {nodes, edges}, {
  // large graphs: no pre-layout and fewer iterations, so the page is still and usable in seconds
  layout: {improvedLayout: DATA.nodes.length <= 300},
  physics: {stabilization: {iterations: DATA.nodes.length > 1000 ? 80 : 150, updateInterval: 25},
            barnesHut: {gravitationalConstant: -4000}},
  interaction: {hover: true, tooltipDelay: 150}});
const kgState = {stable: false, drawnOnce: false};
function reportStatus(stage) {
  // read by the browser tests and bench/viz.py (headless Chromium --dump-dom)
  if (stage === "stable") kgState.stable = true;
  if (stage === "drawn") kgState.drawnOnce = true;
  document.getElementById("kg-status").textContent = JSON.stringify({stage, stable: kgState.stable,
    drawnOnce: kgState.drawnOnce, ms: Math.round(performance.now()),
    nodes: DATA.nodes.length,
    drawn: network.body.nodeIndices.length, canvas: !!container.querySelector("canvas"),
    canvasWidth: container.querySelector("canvas") ? container.querySelector("canvas").width : 0,
    canvasHeight: container.querySelector("canvas") ? container.querySelector("canvas").height : 0,
    errors: window.kgErrors});
}
network.once("stabilizationIterationsDone", () => { network.setOptions({physics: false}); reportStatus("stable"); });
network.once("afterDrawing", () => reportStatus("drawn"));
const hidden = new Set();
const classesDiv = document.getElementById("classes");
for (const cls of Object.keys(DATA.styles)) {
  if (!DATA.nodes.some(n => n.cls === cls)) continue;
  const label = document.createElement("label");
  const box = document.createElement("input"); box.type = "checkbox"; box.checked = true;
  box.addEventListener("change", () => { if (box.checked) hidden.delete(cls); else hidden.add(cls); refresh(); });
  const sw = document.createElement("span"); sw.style.background = DATA.styles[cls][0];
  label.append(box, sw, document.createTextNode(cls)); classesDiv.append(label, document.createElement("br"));
}
const regionSel = document.getElementById("region");
for (const r of [...new Set(DATA.nodes.map(n => n.region).filter(Boolean))].sort()) {
  const o = document.createElement("option"); o.value = r; o.textContent = r; regionSel.append(o);
}
function refresh() {
  const q = document.getElementById("search").value.trim();
  const reg = regionSel.value; const py = document.getElementById("py").checked;
  let shown = 0;
  nodes.update(DATA.nodes.map(n => {
    const hide = Boolean(hidden.has(n.cls) || (reg && n.region !== reg) || (q && !n.label.includes(q) && !n.pinyin.includes(q)));
    if (!hide) shown++;
    return {id: n.id, hidden: hide, label: py ? n.pinyin : n.label};
  }));
  document.getElementById("count").textContent = shown + " / " + DATA.nodes.length + " nodes";
}
for (const id of ["search", "py", "region"]) document.getElementById(id).addEventListener("input", refresh);
network.on("click", params => {
  const info = document.getElementById("info");
  if (params.nodes.length) {
    const n = DATA.nodes[params.nodes[0]];
    info.textContent = n.label + "\\n" + n.pinyin + "\\n" + n.cls + (n.region ? "\\n" + n.region : "") + "\\n" + n.iri;
  } else if (params.edges.length) {
    const e = DATA.edges[params.edges[0]];
    info.textContent = e.label + "\\n" + e.evidence + "\\n— " + e.article;
  }
});
refresh();
reportStatus("created");
</script></body></html>
"""
