"""Fuzz the whole build with mutants of a seed page: no input may abort a build.

    .venv/bin/python bench/robust.py [--mutants 300] [--seed 7] [--page seeds/000_….txt]

Each mutant is the page with random insertions of control, format and separator code points
(U+0000–U+001F, U+0085, U+200B–U+200F, U+2028, U+2029, U+FEFF), long digit runs before units,
markup fragments (unclosed <script>, <!--, <p>, entities) and cut or doubled lines. Each is built
on its own (``kg.build.build``, no cache); an exception other than "nothing could be read" is
an aborted build. Prints the failures, then one JSON line: mutants, aborted, seconds.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CODE_POINTS = [chr(c) for c in range(0x20)] + ["\x85", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
                                                  "\u2028", "\u2029", "\ufeff", "\ud800"]
FRAGMENTS = ["<script>", "<!--", "<p>", "</div>", "&amp;", "&#x1F600;", "<br/>", "]]>", "<?xml version='1.0'?>",
             "本报讯(", "——", "《", "“", "摄", "\r", "\n\n"]


def mutate(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 40)):
        at = rng.randrange(len(chars) + 1)
        kind = rng.random()
        if kind < 0.45:
            piece = rng.choice(CODE_POINTS)
        elif kind < 0.65:
            piece = "9" * rng.randint(20, 60) + rng.choice(["万元", "亿元", "人", "%", "个"])
        elif kind < 0.9:
            piece = rng.choice(FRAGMENTS)
        else:                                   # cut a stretch out
            del chars[at:at + rng.randint(1, 200)]
            continue
        chars[at:at] = list(piece)
    return "".join(chars)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mutants", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--page", type=Path, default=sorted((ROOT / "seeds").glob("*.txt"))[0])
    args = ap.parse_args(argv)
    from kg.build import InputError, build
    rng = random.Random(args.seed)
    page = args.page.read_text(encoding="utf-8")
    aborted, t0 = [], time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.mutants):
            folder = Path(tmp) / f"m{n}"
            folder.mkdir()
            (folder / "page.txt").write_text(mutate(page, rng), encoding="utf-8", errors="surrogatepass")
            try:
                build([folder], folder / "out", progress=False, html=n % 10 == 0, incremental=False,
                      warn=lambda msg: None)
            except InputError as exc:
                if "could be read" not in str(exc):
                    aborted.append((n, f"InputError: {exc}"))
            except Exception as exc:           # noqa: BLE001 — what this bench counts
                aborted.append((n, f"{type(exc).__name__}: {str(exc)[:120]}"))
    for n, why in aborted:
        print(f"mutant {n}: {why}")
    print(json.dumps({"mutants": args.mutants, "aborted": len(aborted),
                      "seconds": round(time.perf_counter() - t0, 1)}))
    return 1 if aborted else 0


if __name__ == "__main__":
    sys.exit(main())
