import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of seeds/ shared by the tests that only read it."""
    from kg.build import build
    out = tmp_path_factory.mktemp("seed_build")
    report = build([SEEDS], out, progress=False)
    return out, report


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from kg.graphfiles import load_graph
    return load_graph(seed_build[0] / "graph.ttl")


@pytest.fixture
def pages(tmp_path):
    """Write small test pages: pages({'a.txt': '…'}) → folder."""
    def make(files: dict, encoding="utf-8"):
        d = tmp_path / "in"
        d.mkdir(exist_ok=True)
        for name, text in files.items():
            data = text if isinstance(text, bytes) else text.encode(encoding)
            (d / name).write_bytes(data)
        return d
    return make
