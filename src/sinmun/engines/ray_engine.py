"""The Ray Data engine: `sinmun extract --engine ray [--address ADDR]`.

Batches go through `Dataset.map_batches` to a pool of actors; each actor (`BatchAnalyzer`) builds
Kiwi and the spaCy pipeline once in `__init__` and then runs the same `analyze_items` as the local
engine. A dataset row is one whole batch of articles, so the actors see exactly the batches the local
engine sees, and the rows come back in input order (`preserve_order`), identical to the local run.

The driver feeds the stream in windows of `WINDOW_BATCHES` batches, so it never holds more than one
window of raw articles. Without `--address` a private Ray instance starts on this machine with
`--workers` CPUs; with it, the run joins that cluster (sinmun must be installed on every node).
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from itertools import islice

import numpy as np

from ..errors import UsageError
from ..ingest import RawArticle
from ..settings import RunSettings
from . import analyze_packed, start_worker

WINDOW_BATCHES = 256  # batches per Ray Data execution (16k articles at the default batch size)


def ray_or_exit():
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'sinmun[ray]'") from None
    return ray


class BatchAnalyzer:
    """A Ray Data actor: analyzers are built once, in `__init__`, then every batch reuses them."""

    def __init__(self, settings: dict):
        start_worker()  # one CPU per actor: the actors are the parallelism
        self.settings = RunSettings.model_validate(settings)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        results = [pickle.dumps(analyze_packed(pickle.loads(raws), self.settings)) for raws in batch["raws"]]
        return {"seq": batch["seq"], "items": np.array(results, dtype=object)}


class RayEngine:
    def __init__(self, settings: RunSettings, address: str | None = None, actors: int | None = None):
        self.ray = ray_or_exit()
        self.settings = settings
        self.address = address
        self.actors = actors

    def map(self, batches: Iterator[list[RawArticle]]) -> Iterator[list[bytes]]:
        started_here = self._connect()
        try:
            actors = self.actors or max(1, int(self.ray.cluster_resources().get("CPU", 1)))
            batches = iter(batches)
            while window := list(islice(batches, WINDOW_BATCHES)):
                yield from self._window(window, actors)
        finally:
            if started_here:
                self.ray.shutdown()

    def _connect(self) -> bool:
        """Join the cluster at --address, or start a private local instance; True when we started it."""
        if self.ray.is_initialized():
            return False
        logging.getLogger("ray").setLevel(logging.ERROR)  # progress goes through sinmun's own bar
        quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
        if self.address:
            self.ray.init(address=self.address, **quiet)
            return True
        self.ray.init(num_cpus=self.settings.workers, **quiet)
        return True

    def _window(self, window: list[list[RawArticle]], actors: int) -> Iterator[list[bytes]]:
        import ray.data

        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        todo = [{"seq": i, "raws": pickle.dumps(batch)} for i, batch in enumerate(window) if batch]
        results: dict[int, list[bytes]] = {}
        if todo:
            dataset = ray.data.from_items(todo, override_num_blocks=len(todo)).map_batches(
                BatchAnalyzer, batch_size=1, compute=ray.data.ActorPoolStrategy(size=min(actors, len(todo))), num_cpus=1,
                fn_constructor_kwargs={"settings": self.settings.model_dump()})
            rows = iter(dataset.iter_rows())
        else:
            rows = iter(())
        for i, batch in enumerate(window):  # in input order, whatever order rows might arrive in
            while batch and i not in results:
                row = next(rows)
                results[int(row["seq"])] = pickle.loads(row["items"])
            yield results.pop(i, [])
