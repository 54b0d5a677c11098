"""Where the per-file extraction runs: local processes (the default) or a Dask cluster.

The extraction of one file is a pure function (``build._process``); an engine only schedules
it and hands back each file's outcome as it finishes, in any order (the outputs are written
from the sorted union, so the order never shows). Dask was measured against Ray on the same
corpus (bench/scale.py, README): equal throughput at two workers, a quarter of Ray's start-up,
and a pure-Python install, so Dask is the distributed engine.

With ``--address`` the workers of a real cluster run the tasks; they must see the input paths
and the output folder (shared storage), since each writes its file's N-Quads shard there.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

ENGINES = ("local", "dask")
CONNECT_TIMEOUT = 10.0        # seconds to reach a cluster's scheduler before giving up


class EngineError(Exception):
    """The engine cannot run (cluster unreachable, engine not installed); one line for the user."""


def run_local(fn: Callable, args: list[tuple], jobs: int) -> Iterator:
    """``fn(*a)`` for each ``a`` in this process (one job) or in ``jobs`` local processes."""
    if jobs > 1 and len(args) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(fn, *zip(*args), chunksize=1)
    else:
        for a in args:
            yield fn(*a)


def _warm() -> None:
    """Load the tagger, the span model and the division table once per worker process (the
    worker-level model cache: they stay loaded for every later task on that worker)."""
    from .analyse import tagger
    from .gazetteer import load
    from .spans import model
    tagger()
    model()
    load()


class DaskEngine:
    """A Dask client: a local cluster of ``workers`` processes (one thread each: the tagger
    is single-threaded), or the scheduler at ``address``."""

    def __init__(self, workers: int = 2, address: str | None = None, timeout: float | None = None):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--engine dask needs dask and distributed: pip install 'wenming-kg[cluster]'") from None
        # workers fork from this process (Linux): no module is imported twice per worker; the
        # worker's statistical profiler (a stack sample every 10 ms, for the dashboard, which
        # is off) costs the extraction a few per cent, so it is off too
        dask.config.set({"distributed.worker.multiprocessing-method": "fork", "logging.distributed": "error",
                         "distributed.worker.profile.enabled": False})
        self.cluster = None
        try:
            if address:
                self.client = Client(address, timeout=f"{timeout or CONNECT_TIMEOUT}s")
            else:
                self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=50)
                self.client = Client(self.cluster)
            self.client.run(_warm)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = address or "a local cluster"
            raise EngineError(f"cannot reach the Dask scheduler at {where}: {exc}".splitlines()[0][:200]) from None

    def map(self, fn: Callable, args: Iterable[tuple]) -> Iterator:
        """Each file's outcome as soon as its task finishes."""
        from distributed import as_completed
        futures = self.client.map(fn, *zip(*args), pure=False) if args else []
        for future in as_completed(futures):
            yield future.result()
            future.release()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
