"""Peak memory of a build of one large file (issue: memory bounded by the article, not the file).

    .venv/bin/python bench/memory.py [--mb 8]

The file is the seed pages repeated to the given size (one file, thousands of articles). Each
build runs as its own ``kg build`` process; its peak RSS is read from the kernel (ru_maxrss of
the child). The fixed cost (tokenizer, span model, gazetteer) is measured on one seed page.
Target: peak RSS for an 8 MB file ≤ 600 MB. The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def peak_build(path: Path, out: Path) -> tuple[int, float]:
    """(peak RSS in MB, seconds) of one build in a fresh process."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(path), "-o", str(out), "--no-html"], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"build of {path.name} failed: {proc.stderr.strip()[-300:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)      # the largest child so far
    return usage.ru_maxrss // 1024, seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=8.0, help="size of the large file in megabytes")
    args = ap.parse_args(argv)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        baseline, _ = peak_build(seeds[0], tmp / "small")
        page = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
        copies = int(args.mb * 1e6 // len(page.encode("utf-8"))) + 1
        big = tmp / "large.txt"
        big.write_text("\n\n".join([page] * copies), encoding="utf-8")
        size_mb = big.stat().st_size / 1e6
        peak, seconds = peak_build(big, tmp / "large")
    print(f"fixed cost (one seed page): {baseline} MB; {size_mb:.1f} MB file: {peak} MB peak, {seconds:.0f} s")
    print(json.dumps({"input_mb": round(size_mb, 1), "baseline_rss_mb": baseline, "peak_rss_mb": peak,
                      "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
