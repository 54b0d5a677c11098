"""Benchmark of the HTML view: a synthetic who-runs-what graph of N nodes (default 2,000) in
headless Chromium, until the physics has stabilised and stopped.

    .venv/bin/python bench/viz.py [--nodes 2000]

Chromium runs with a virtual-time budget, which skips idle time but not computation, so the
process's wall time (browser start included) bounds how long the page takes to become still and
interactive. Prints one JSON line: {"nodes": …, "stable": true, "wall_s": …}. Target: ≤ 10 s.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic(n: int):
    import networkx as nx
    G = nx.MultiDiGraph()
    classes = ["Region", "Organization", "Post", "Program", "Person"]
    for i in range(n):
        cls = classes[i % len(classes)]
        G.add_node(f"n{i}", label=f"{cls}{i}", cls=cls, region=f"地区{i % 40}")
    for i in range(1, n):
        G.add_edge(f"n{i}", f"n{(i * 7) % i}", key="runs", label="runs", evidence=f"证据{i}", article="文章")
    return G


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    args = ap.parse_args(argv)
    from kg.viz import render_html
    if not shutil.which("chromium"):
        subprocess.run([str(ROOT / "scripts" / "install-chromium.sh")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "view.html"
        page.write_text(render_html(synthetic(args.nodes)), encoding="utf-8")
        start = time.perf_counter()
        r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            f"--user-data-dir={tmp}/profile", "--virtual-time-budget=30000", "--dump-dom",
                            page.as_uri()], capture_output=True, text=True, timeout=300)
        wall = time.perf_counter() - start
    m = re.search(r'<pre id="kg-status"[^>]*>(.*?)</pre>', r.stdout, re.S)
    status = json.loads(m.group(1).replace("&quot;", '"')) if m else {}
    print(json.dumps({"nodes": status.get("nodes"), "drawn": status.get("drawn"), "stable": status.get("stable"),
                      "wall_s": round(wall, 2), "errors": status.get("errors")}))
    return 0 if status.get("stable") else 1


if __name__ == "__main__":
    sys.exit(main())
