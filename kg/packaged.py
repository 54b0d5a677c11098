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
