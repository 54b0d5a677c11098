"""Incremental builds and parallel extraction give exactly what a full build gives."""
import shutil

from kg.build import build

from .conftest import SEEDS


def nt(out):
    return (out / "graph.nt").read_bytes()


def copy_seeds(dst, names):
    dst.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy(SEEDS / n, dst / n)
    return dst


def test_jobs_give_identical_output(seed_build, tmp_path):
    out, _ = seed_build
    build([SEEDS], tmp_path / "j2", progress=False, html=False, jobs=2, incremental=False)
    assert nt(tmp_path / "j2") == nt(out)


def test_rebuild_reuses_unchanged_files_and_equals_a_full_build(tmp_path):
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    src = copy_seeds(tmp_path / "src", names[:3])
    out = tmp_path / "out"
    build([src], out, progress=False, html=False)
    # change one file, delete one, add one
    (src / names[0]).write_text((SEEDS / names[0]).read_text(encoding="utf-8") + "\n\n新增一段:某县召开推进会。\n",
                                encoding="utf-8")
    (src / names[1]).unlink()
    shutil.copy(SEEDS / names[3], src / names[3])
    report = build([src], out, progress=False, html=False)
    assert report.reused == 1 and report.pruned == 0
    # without --prune the deleted file's graphs stay: same as a full build of old + new files
    full = copy_seeds(tmp_path / "full", [names[1]])
    for f in src.iterdir():
        shutil.copy(f, full / f.name)
    build([full], tmp_path / "full_out", progress=False, html=False, incremental=False)
    assert nt(out) == nt(tmp_path / "full_out")
    # with --prune they go: same as a full build of the current files
    report = build([src], out, progress=False, html=False, prune=True)
    assert report.pruned == 1 and report.reused == 3
    build([src], tmp_path / "fresh", progress=False, html=False, incremental=False)
    assert nt(out) == nt(tmp_path / "fresh")
