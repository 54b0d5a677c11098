"""Data shipped inside installed packages, found without importing them where possible
(jionlp prints a banner on import, which must not reach a user's standard output)."""
from __future__ import annotations

import contextlib
import importlib.util
import io
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def jionlp_dictionary() -> Path:
    """jionlp's data folder (division table, quantifier statistics)."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        raise RuntimeError("jionlp is not installed")
    return Path(spec.origin).parent / "dictionary"


def quiet_import(module: str):
    """Import a module with its import-time printing silenced."""
    with contextlib.redirect_stdout(io.StringIO()):
        return importlib.import_module(module)


def jionlp_text(name: str) -> str:
    """A text file of jionlp's data, read from the package's zip where it ships zipped (jionlp
    unzips on its own first use; reading the zip needs neither that nor a write to site-packages)."""
    import zipfile
    folder = jionlp_dictionary()
    plain = folder / name
    if plain.is_file():
        return plain.read_text(encoding="utf-8")
    archive = folder / (Path(name).stem + ".zip")
    with zipfile.ZipFile(archive) as zf:
        return zf.read(name).decode("utf-8")
