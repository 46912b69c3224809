"""Engines: where `analyze_batch` runs. Every engine runs exactly `analyze_items` below, so the rows
do not depend on the engine:

    local  (engines/local.py)       in this process, or worker processes on this machine; the driver
                                    (extract.py) reads the inputs, caches, dedups and writes. A local
                                    engine is an object with `map(batches) -> results`: for each batch
                                    of raw articles, in order, one packed `ItemRows` per article.
    ray    (engines/ray_engine.py)  the whole dataflow on Ray Data — reading, analysis, near-duplicates
                                    and writing on the workers, on one machine or a cluster; the driver
                                    plans and commits
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Iterator
from typing import Protocol

from ..dedup import signature
from ..errors import UsageError
from ..ingest import RawArticle
from ..pipeline import analyze_batch, article_id
from ..settings import RunSettings

ENGINES = ("local", "ray")

# The rows of one input, keyed by table; tables without rows are left out. An analysed article also
# carries its near-duplicate signature under SIGNATURE, computed here so the workers share that work.
ItemRows = dict[str, list[dict]]
SIGNATURE = "_signature"


class Engine(Protocol):
    def map(self, batches: Iterator[list[RawArticle]]) -> Iterator[list[bytes]]: ...


def start_worker() -> None:
    """Ready a worker process or actor: the workers are the parallelism, so Kiwi and the BLAS library
    behind the NER model's matrix products get one thread each; analyzers are built once, here."""
    from threadpoolctl import threadpool_limits

    os.environ["SINMUN_KIWI_THREADS"] = "1"
    threadpool_limits(limits=1)
    from ..pipeline import warm_up

    warm_up()
    # What is built now (Kiwi's wrapper, the pipeline, the word lists: ~100,000 objects) lives as long as the
    # process: the cycle collector's full passes need not walk it again (they took ~1% of a worker's time).
    gc.collect()
    gc.freeze()


def analyze_packed(raws: list[RawArticle], settings: RunSettings) -> list[bytes]:
    """What every engine runs: `analyze_items`, each input's rows pickled for the trip to the driver."""
    return [pack(item) for item in analyze_items(raws, settings)]


def pack(item: ItemRows) -> bytes:
    return pickle.dumps(item, pickle.HIGHEST_PROTOCOL)


def unpack(blob: bytes) -> ItemRows:
    return pickle.loads(blob)


def analyze_items(raws: list[RawArticle], settings: RunSettings) -> list[ItemRows]:
    """`analyze_batch`, with its rows split per input so they can be cached and re-ordered per article."""
    if not raws:
        return []
    items = split_by_item(raws, analyze_batch(raws, settings))
    for item in items:
        for row in item.get("articles", ()):
            item[SIGNATURE] = signature(row["body"] or "")
    return items


def split_by_item(raws: list[RawArticle], rows) -> list[ItemRows]:
    """Rows of a batch grouped by the input they came from (rejects by source, the rest by article_id)."""
    by_id: dict[str, int] = {}
    by_source: dict[str, int] = {}
    for i, raw in enumerate(raws):
        by_id.setdefault(article_id(raw), i)
        by_source.setdefault(raw.source, i)
    items: list[ItemRows] = [{} for _ in raws]
    for table, table_rows in rows.tables.items():
        key, index = ("source", by_source) if table == "rejects" else ("article_id", by_id)
        for row in table_rows:
            items[index[row[key]]].setdefault(table, []).append(row)
    return items


def make_engine(name: str, settings: RunSettings, address: str | None = None) -> Engine:
    if name == "local":
        if address:
            raise UsageError("--address is for --engine ray; the local engine runs on this machine")
        from .local import LocalEngine

        return LocalEngine(settings)
    if name == "ray":
        raise UsageError("--engine ray runs the whole dataflow (engines/ray_engine.py), not batches one by one")
    raise UsageError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
