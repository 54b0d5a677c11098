"""Peak memory of a build of one large file (issue: memory bounded by the article, not the file).

    .venv/bin/python bench/memory.py [--mb 8]

The file is the seed pages repeated to the given size (one file, thousands of articles). Each
build runs as its own ``kg build`` process; its peak RSS is read from the kernel (ru_maxrss of
the child, as bench/run.py measures it). The fixed cost (tokenizer, span model, gazetteer) is
measured on one seed page.
Target: peak RSS for an 8 MB file ≤ 600 MB. The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.run import timed_build  # noqa: E402  (one build in a child process: seconds, peak RSS)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=8.0, help="size of the large file in megabytes")
    args = ap.parse_args(argv)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        baseline = timed_build(seeds[0], tmp / "small")[1] // 1024
        page = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
        copies = int(args.mb * 1e6 // len(page.encode("utf-8"))) + 1
        big = tmp / "large.txt"
        big.write_text("\n\n".join([page] * copies), encoding="utf-8")
        size_mb = big.stat().st_size / 1e6
        seconds, peak = timed_build(big, tmp / "large")
        peak //= 1024
    print(f"fixed cost (one seed page): {baseline} MB; {size_mb:.1f} MB file: {peak} MB peak, {seconds:.0f} s")
    print(json.dumps({"input_mb": round(size_mb, 1), "baseline_rss_mb": baseline, "peak_rss_mb": peak,
                      "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
