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


def _properties(g: Graph, node) -> list[list[str]]:
    """A node's literal properties for the inspector: [property, value], sorted."""
    out = []
    for p, o in g.predicate_objects(node):
        if not isinstance(o, URIRef) and p != WM.pinyinLabel:
            out.append([str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], str(o)])
    return sorted(out)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_colour(background: str) -> str:
    """Black or white text, whichever contrasts more with the background."""
    return max(("#000000", "#ffffff"), key=lambda c: contrast(c, background))


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
                G.add_node(n, label=_label(g, n), cls=c, region=_region_of(g, n) or "", props=_properties(g, n))
        ev, headline = evidence.get((s, p, o), ("", ""))
        G.add_edge(s, o, key=str(p), label=str(p).rsplit("#", 1)[-1], evidence=ev, article=headline)
    # the region hierarchy behind the region filter: every region a node is in, and its ancestors
    parent_of = {_label(g, r): _label(g, p) for r, p in g.subject_objects(WM.partOf)
                 if (r, RDF.type, WM.Region) in g}
    wanted = {d["region"] for _, d in G.nodes(data=True) if d["region"]}
    tree: dict[str, str] = {}
    for name in sorted(wanted):
        while name and name not in tree:
            tree[name] = parent_of.get(name, "")
            name = tree[name]
    G.graph["regions"] = tree
    if keep_regions is not None:
        keep = set()
        for n, data in G.nodes(data=True):
            if n in keep_regions or any(r in keep_regions for r in g.objects(n, WM.locatedIn)) \
                    or any(r in keep_regions for r in g.objects(n, WM.heldIn)):
                keep.add(n)
        keep |= {v for u in keep for v in G.successors(u)} | {u for v in keep for u in G.predecessors(v)}
        G = G.subgraph(keep).copy()
        G.graph["regions"] = tree
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


def _region_tree(G: nx.MultiDiGraph) -> list[dict]:
    """The regions of the view in tree order (province first, children by name), with depth."""
    regions = G.graph.get("regions") or {d["label"]: d.get("parent", "") for _, d in G.nodes(data=True)
                                          if d["cls"] == "Region"}
    children: dict[str, list[str]] = {}
    for name, parent in regions.items():
        children.setdefault(parent if parent in regions else "", []).append(name)
    out: list[dict] = []

    def walk(parent: str, depth: int) -> None:
        for name in sorted(children.get(parent, [])):
            out.append({"name": name, "depth": depth, "parent": regions[name] if regions[name] in regions else ""})
            walk(name, depth + 1)
    walk("", 0)
    return out


def render_html(G: nx.MultiDiGraph, title: str = "wenming-kg: who runs what", view: str = "who-runs-what") -> str:
    from .rdfmap import pinyin

    nodes, ids = [], {}
    for n, (node, data) in enumerate(sorted(G.nodes(data=True), key=lambda x: str(x[0]))):
        ids[node] = n
        color, shape = CLASS_STYLE.get(data["cls"], ("#999999", "dot"))
        nodes.append({"id": n, "label": data["label"], "cls": data["cls"], "region": data["region"],
                      "pinyin": pinyin(data["label"]), "py": pinyin(data["label"], tones=False).replace(" ", "").lower(), "iri": str(node),
                      "color": color, "shape": shape, "fontColor": text_colour(color) if shape in INSIDE_LABEL
                      else "#222222", "degree": G.degree(node), "props": data.get("props", [])})
    edges = []
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), e[2]["label"])):
        edges.append({"from": ids[u], "to": ids[v], "label": data["label"], "evidence": data["evidence"],
                      "article": data["article"]})
    js, css = _vis_assets()
    payload = _safe_json({"nodes": nodes, "edges": edges, "styles": CLASS_STYLE, "regions": _region_tree(G),
                          "view": view, "edgeKinds": sorted({e["label"] for e in edges})})
    # Jinja2 fills the page: the title is escaped; the vis assets and the data (JSON with <, >, &
    # escaped as \\u003c…) are inserted as they are; text from articles is never read as template
    from markupsafe import Markup
    return _page().render(title=title, css=Markup(css), js=Markup(js.replace("</script", "<\\/script")),
                          data=Markup(payload))


# shapes that draw their label inside the coloured shape (text colour chosen for contrast)
INSIDE_LABEL = {"box", "ellipse", "circle", "database", "text"}
TITLES = {"who-runs-what": "wenming-kg: who runs what", "regions": "wenming-kg: regions",
          "full": "wenming-kg: the whole graph"}


@lru_cache(maxsize=1)
def _page():
    import jinja2
    return jinja2.Environment(autoescape=True).from_string(_TEMPLATE)


def write_view(g: Graph, out: Path, view: str = "who-runs-what", region: str | None = None) -> int:
    from .graphfiles import atomic_write

    G = view_graph(g, view, region)
    atomic_write(out, render_html(G, TITLES.get(view, TITLES["who-runs-what"]), view))
    return G.number_of_nodes()


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{ title }}</title>
<style>{{ css }}
body{margin:0;font-family:sans-serif;display:flex;height:100vh;color:#222}
#side{width:300px;padding:8px;overflow:auto;border-right:1px solid #ddd;font-size:13px}
#net{flex:1;height:100vh;min-width:0}
.legend span{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
#info{margin-top:8px} #info table{border-collapse:collapse} #info td{vertical-align:top;padding:1px 4px;border-bottom:1px solid #eee}
#info h4{margin:6px 0 2px}
</style></head>
<body><div id="side"><h3>{{ title }}</h3>
<input id="search" placeholder="搜索 / search (名称 or pinyin: geermu, ge er mu)" style="width:95%">
<label><input type="checkbox" id="py"> pinyin labels</label>
<div><select id="region" style="width:95%"><option value="">全部地区 / all regions</option></select></div>
<div id="classes" class="legend"></div>
<div id="edgekinds"></div>
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
const BASE_FONT = 14, READABLE = 12, BUSIEST = 25;
const nodes = new vis.DataSet(DATA.nodes.map(n => ({id: n.id, label: n.label, title: n.cls + (n.region ? " · " + n.region : ""),
  color: n.color, shape: n.shape, value: n.degree, font: {size: BASE_FONT, color: n.fontColor}})));
// string titles are shown as text by vis-network, never parsed as markup
const edges = new vis.DataSet(DATA.edges.map((e, i) => ({id: i, from: e.from, to: e.to, label: e.label, arrows: "to",
  font: {size: 9}, title: e.evidence ? e.evidence + " — " + e.article : e.label})));
const container = document.getElementById("net");
const tree = DATA.view === "regions";
const network = new vis.Network(container, {nodes, edges}, {
  // large graphs: no pre-layout and fewer iterations, so the page is still and usable in seconds
  layout: tree ? {hierarchical: {direction: "UD", sortMethod: "directed", levelSeparation: 120, nodeSpacing: 140}}
               : {improvedLayout: DATA.nodes.length <= 300},
  nodes: {scaling: {min: 8, max: 36, label: {enabled: false}}},
  physics: tree ? false : {stabilization: {iterations: DATA.nodes.length > 1000 ? 80 : 150, updateInterval: 25},
            barnesHut: {gravitationalConstant: -4000}},
  interaction: {hover: true, tooltipDelay: 150}});
const kgState = {stable: tree, drawnOnce: false, labelled: 0, busiestLabelled: 0, shown: DATA.nodes.length,
                 matched: [], inspected: null};
const neighbours = new Map(DATA.nodes.map(n => [n.id, new Set()]));
for (const e of DATA.edges) { neighbours.get(e.from).add(e.to); neighbours.get(e.to).add(e.from); }
function visible() { return DATA.nodes.filter(n => !nodes.get(n.id).hidden); }
function labelBusiest() {
  // at the zoom that fits the view, the busiest visible nodes get captions drawn at a readable
  // size; the others keep the base size and show their captions as the user zooms in
  const scale = network.getScale();
  const busiest = new Set(visible().sort((a, b) => b.degree - a.degree || a.id - b.id).slice(0, BUSIEST).map(n => n.id));
  nodes.update(DATA.nodes.map(n => ({id: n.id, font: {size: busiest.has(n.id) ? Math.max(BASE_FONT, Math.ceil(READABLE / scale) + 1) : BASE_FONT,
                                                       color: n.fontColor}})));
  kgState.labelled = DATA.nodes.filter(n => !nodes.get(n.id).hidden && nodes.get(n.id).font.size * scale >= READABLE).length;
  kgState.busiestLabelled = busiest.size;
}
function reportStatus(stage) {
  // read by the browser tests and bench/viz.py (headless Chromium --dump-dom)
  if (stage === "stable") kgState.stable = true;
  if (stage === "drawn") kgState.drawnOnce = true;
  const canvas = container.querySelector("canvas");
  document.getElementById("kg-status").textContent = JSON.stringify({stage, stable: kgState.stable,
    drawnOnce: kgState.drawnOnce, ms: Math.round(performance.now()), nodes: DATA.nodes.length,
    drawn: network.body.nodeIndices.length, canvas: !!canvas, canvasWidth: canvas ? canvas.width : 0,
    canvasHeight: canvas ? canvas.height : 0, scale: network.getScale(), labelled: kgState.labelled,
    busiestLabelled: kgState.busiestLabelled, shown: kgState.shown, matched: kgState.matched,
    inspected: kgState.inspected, regionOptions: [...regionSel.options].map(o => o.value).filter(Boolean),
    errors: window.kgErrors});
}
function settle() { network.fit(); labelBusiest(); reportStatus("stable"); }
if (tree) network.once("afterDrawing", settle);
else network.once("stabilizationIterationsDone", () => { network.setOptions({physics: false}); settle(); });
network.once("afterDrawing", () => reportStatus("drawn"));
// legend: node classes (colour and shape, each a filter) and the kinds of edge drawn
const hidden = new Set();
const classesDiv = document.getElementById("classes");
for (const cls of Object.keys(DATA.styles)) {
  if (!DATA.nodes.some(n => n.cls === cls)) continue;
  const label = document.createElement("label");
  const box = document.createElement("input"); box.type = "checkbox"; box.checked = true;
  box.addEventListener("change", () => { if (box.checked) hidden.delete(cls); else hidden.add(cls); refresh(); });
  const sw = document.createElement("span"); sw.style.background = DATA.styles[cls][0];
  label.append(box, sw, document.createTextNode(cls + " (" + DATA.styles[cls][1] + ")"));
  classesDiv.append(label, document.createElement("br"));
}
document.getElementById("edgekinds").textContent = DATA.edgeKinds.length ? "edges → " + DATA.edgeKinds.join(", ") : "";
// the region filter: the tree of regions (province first), each with its sub-regions
const regionSel = document.getElementById("region");
const below = new Map();
for (const r of DATA.regions) {
  const o = document.createElement("option"); o.value = r.name; o.textContent = "\u3000".repeat(r.depth) + r.name;
  regionSel.append(o);
  below.set(r.name, new Set([r.name]));
  for (let p = r.parent; p; p = (DATA.regions.find(x => x.name === p) || {}).parent) below.get(p).add(r.name);
}
function matches(n, q) {
  const plain = q.toLowerCase().replace(/\\s+/g, "");
  return n.label.includes(q) || n.py.includes(plain) || n.pinyin.includes(q.toLowerCase());
}
function refresh() {
  const q = document.getElementById("search").value.trim();
  const reg = regionSel.value; const py = document.getElementById("py").checked;
  const inRegion = reg ? below.get(reg) || new Set([reg]) : null;
  const hit = new Set(q ? DATA.nodes.filter(n => matches(n, q)).map(n => n.id) : []);
  const near = new Set(hit);
  for (const id of hit) for (const m of neighbours.get(id)) near.add(m);
  let shown = 0;
  nodes.update(DATA.nodes.map(n => {
    const hide = Boolean(hidden.has(n.cls) || (inRegion && !inRegion.has(n.region)) || (q && !near.has(n.id)));
    if (!hide) shown++;
    return {id: n.id, hidden: hide, label: py ? n.pinyin : n.label};
  }));
  kgState.shown = shown; kgState.matched = [...hit].map(id => DATA.nodes[id].label).sort();
  document.getElementById("count").textContent = shown + " / " + DATA.nodes.length + " nodes" +
    (q ? " · " + hit.size + " match" : "");
  if (hit.size) { network.selectNodes([...hit]); network.fit({nodes: [...near], animation: false}); }
  else { network.unselectAll(); if (kgState.stable) network.fit({animation: false}); }
  if (kgState.stable) labelBusiest();
  reportStatus(kgState.stable ? "stable" : "filtered");
}
for (const id of ["search", "py", "region"]) document.getElementById(id).addEventListener("input", refresh);
function cell(row, text) { const td = document.createElement("td"); td.textContent = text; row.append(td); }
function inspect(id) {
  // everything known about a node: its properties, then its statements with evidence and article
  const n = DATA.nodes[id]; const info = document.getElementById("info"); info.replaceChildren();
  const h = document.createElement("h4"); h.textContent = n.label + " · " + n.cls; info.append(h);
  const props = document.createElement("table");
  for (const [k, v] of [["iri", n.iri], ["pinyin", n.pinyin], ["region", n.region], ...n.props]) {
    if (!v) continue; const row = document.createElement("tr"); cell(row, k); cell(row, v); props.append(row);
  }
  info.append(props);
  const h2 = document.createElement("h4"); h2.textContent = "statements"; info.append(h2);
  const st = document.createElement("table"); let count = 0;
  for (const e of DATA.edges) {
    if (e.from !== id && e.to !== id) continue;
    const row = document.createElement("tr"); count++;
    cell(row, DATA.nodes[e.from].label + " —" + e.label + "→ " + DATA.nodes[e.to].label);
    cell(row, e.evidence ? e.evidence + " — " + e.article : ""); st.append(row);
  }
  info.append(st);
  kgState.inspected = {label: n.label, properties: n.props.length, statements: count};
  reportStatus(kgState.stable ? "stable" : "inspected");
}
network.on("click", params => {
  if (params.nodes.length) inspect(params.nodes[0]);
  else if (params.edges.length) {
    const e = DATA.edges[params.edges[0]]; const info = document.getElementById("info");
    info.textContent = e.label + "\\n" + e.evidence + "\\n— " + e.article;
  }
});
// a link can carry the view's state: graph.html#search=geermu&region=北海市&inspect=某某
const link = new URLSearchParams(location.hash.slice(1));
if (link.get("search")) document.getElementById("search").value = link.get("search");
if (link.get("region") && below.has(link.get("region"))) regionSel.value = link.get("region");
refresh();
if (link.get("inspect")) { const n = DATA.nodes.find(x => x.label === link.get("inspect")); if (n) inspect(n.id); }
reportStatus("created");
</script></body></html>
"""
