"""The default engine: this process, or worker processes on this machine (`--workers N`).

With one worker everything runs here and Kiwi parallelises tokenization with its own threads. With
N > 1 workers, N spawned processes each build Kiwi (one thread) and the spaCy pipeline once, in their
initializer — a Kiwi with a user dictionary cannot be pickled — and analyse whole batches, so
cleaning, rules and NER run in parallel too, not only Kiwi. At most 2 × N batches are in flight, so
memory stays flat however long the input; results come back in input order.

An input of a single batch is analysed here: starting workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain

from ..ingest import RawArticle
from ..settings import RunSettings
from . import analyze_packed, start_worker

IN_FLIGHT_PER_WORKER = 2
PARENT_CHECK_SECONDS = 1.0


def default_workers() -> int:
    return os.cpu_count() or 1


class LocalEngine:
    def __init__(self, settings: RunSettings):
        self.settings = settings
        self.workers = settings.workers

    def map(self, batches: Iterator[list[RawArticle]]) -> Iterator[list[bytes]]:
        batches = iter(batches)
        if self.workers <= 1:
            for batch in batches:
                yield analyze_packed(batch, self.settings)
            return
        head = [b for b in (next(batches, None), next(batches, None)) if b is not None]
        if len(head) < 2:
            for batch in head:
                yield analyze_packed(batch, self.settings)
            return
        yield from self._in_workers(chain(head, batches))

    def _in_workers(self, batches: Iterator[list[RawArticle]]) -> Iterator[list[bytes]]:
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(os.getpid(),))
        in_flight: deque[Future] = deque()
        try:
            for batch in batches:
                in_flight.append(pool.submit(analyze_packed, batch, self.settings) if batch else _done([]))
                if len(in_flight) >= IN_FLIGHT_PER_WORKER * self.workers:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(driver: int) -> None:
    """Build the analyzers once per worker, one thread each: the processes are the parallelism."""
    threading.Thread(target=_exit_with_parent, args=(driver,), daemon=True).start()
    start_worker()


def _exit_with_parent(parent: int) -> None:
    """A driver killed outright (SIGKILL) cannot stop its workers: they notice and leave by themselves."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future
