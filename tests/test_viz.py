"""The HTML view in a real browser: headless Chromium (Debian's package, installed by
scripts/install-chromium.sh) loads graph.html from disk with the network cut off."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.build import build
from kg.graphfiles import load_graph
from kg.viz import view_graph

from .conftest import ROOT

OUTPUT = ROOT / "tests" / "_output"


@pytest.fixture(scope="module")
def chromium():
    r = subprocess.run([str(ROOT / "scripts" / "install-chromium.sh")], capture_output=True, text=True)
    assert r.returncode == 0, f"could not install chromium: {r.stderr[-500:]}"
    return shutil.which("chromium")


def run_chromium(binary, page: Path, *extra, fragment: str = ""):
    args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
            f"--user-data-dir={page.parent / '.chromium-profile'}", "--virtual-time-budget=15000", *extra,
            page.as_uri() + fragment]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def status_of(dom: str) -> dict:
    m = re.search(r'<pre id="kg-status"[^>]*>(.*?)</pre>', dom, re.S)
    assert m, "the page never reported its status"
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def test_graph_html_draws_every_node_offline(seed_build, chromium):
    out, _ = seed_build
    page = out / "graph.html"
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "the page must load nothing"
    r = run_chromium(chromium, page, "--dump-dom")
    status = status_of(r.stdout)
    expected = view_graph(load_graph(out / "graph.ttl")).number_of_nodes()
    assert status["errors"] == []
    assert status["canvas"] is True and status["canvasWidth"] > 300 and status["canvasHeight"] > 300
    assert status["nodes"] == status["drawn"] == expected > 20
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "graph.png"
    run_chromium(chromium, page, f"--screenshot={shot}", "--window-size=1400,900")
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_article_text_cannot_run_in_the_page(tmp_path, chromium):
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.txt").write_text(
        '<img src=x onerror="document.title=\'pwned\'">某市召开创建工作推进会\n\n'
        '本报讯(王小明)近日,河北省保定市市场监督管理局"</script><script>document.title=\'pwned\'</script>"'
        '深入推进“<b onmouseover=alert(1)>双争</b>”活动。\n', encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, progress=False)
    r = run_chromium(chromium, out / "graph.html", "--dump-dom")
    assert "pwned" not in re.search(r"<title>(.*?)</title>", r.stdout, re.S).group(1)
    assert status_of(r.stdout)["errors"] == []
    assert "<img src=\"x\"" not in r.stdout and "<b onmouseover" not in r.stdout


def test_template_words_in_article_text_are_left_alone():
    import networkx as nx
    from kg.viz import render_html
    G = nx.MultiDiGraph()
    G.add_node("n1", label="某县{{TITLE}}推进会{% raw %}", cls="Program", region="")
    html = render_html(G, title="标题<b>")
    data = json.loads(re.search(r"const DATA = (.*?);\n", html).group(1))
    assert data["nodes"][0]["label"] == "某县{{TITLE}}推进会{% raw %}"     # not replaced by the page title
    assert "<title>标题&lt;b&gt;</title>" in html


def page_status(chromium, page: Path, fragment: str = "") -> dict:
    from urllib.parse import quote
    status = status_of(run_chromium(chromium, page, "--dump-dom", fragment=quote(fragment, safe="#=&")).stdout)
    assert status["errors"] == [] and status["stable"] is True
    return status


def test_the_busiest_nodes_are_captioned_readably_at_fit_zoom(seed_build, chromium):
    status = page_status(chromium, seed_build[0] / "graph.html")
    assert status["scale"] < 0.5                      # the whole view fitted: far out
    assert status["busiestLabelled"] == 25 and status["labelled"] >= 25


def test_toneless_pinyin_and_partial_names_find_nodes_and_their_neighbours(seed_build, chromium):
    page = seed_build[0] / "graph.html"
    everything = page_status(chromium, page)["shown"]
    for query in ("geermu", "ge er mu", "格尔木"):
        status = page_status(chromium, page, f"#search={query}")
        assert "格尔木市" in status["matched"], query
        assert all("格尔木" in m for m in status["matched"])
        assert len(status["matched"]) < status["shown"] < everything      # matches and their neighbours


def test_the_region_filter_is_a_tree_and_keeps_sub_regions(seed_build, chromium):
    page = seed_build[0] / "graph.html"
    options = page_status(chromium, page)["regionOptions"]
    assert options.index("青海省") < options.index("海西蒙古族藏族自治州") < options.index("格尔木市")
    province = page_status(chromium, page, "#region=青海省")["shown"]
    city = page_status(chromium, page, "#region=格尔木市")["shown"]
    assert 0 < city < province                         # the province's view holds its city's


def test_the_inspector_lists_properties_and_statements(seed_build, chromium):
    status = page_status(chromium, seed_build[0] / "graph.html", "#inspect=格尔木市")
    assert status["inspected"]["label"] == "格尔木市"
    assert status["inspected"]["properties"] >= 3 and status["inspected"]["statements"] >= 5


def test_the_regions_view_is_a_titled_tree(seed_build, tmp_path):
    from kg.viz import write_view
    out = tmp_path / "regions.html"
    write_view(load_graph(seed_build[0] / "graph.ttl"), out, view="regions")
    html = out.read_text(encoding="utf-8")
    assert "<title>wenming-kg: regions</title>" in html and '"view": "regions"' in html


def test_captions_inside_coloured_shapes_contrast_enough():
    from kg.viz import CLASS_STYLE, INSIDE_LABEL, contrast, text_colour
    for colour, shape in CLASS_STYLE.values():
        if shape in INSIDE_LABEL:
            assert contrast(text_colour(colour), colour) >= 4.5, colour
