"""Streaming: inputs are read lazily, a bounded number of batches is in flight, rows go out in row groups."""

from __future__ import annotations

from itertools import count, islice
from pathlib import Path

import pyarrow.parquet as pq

from sinmun.engines.local import IN_FLIGHT_PER_WORKER, LocalEngine
from sinmun.extract import _chunks, extract
from sinmun.ingest import RawArticle
from sinmun.settings import RunSettings

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "raw"


def _endless_articles(pulled: list[int]):
    for i in count():
        pulled.append(i)
        yield RawArticle(f"a{i}.txt", "txt", text=f"기사 {i}번 본문입니다.")


def test_inputs_are_read_lazily_in_batches() -> None:
    pulled: list[int] = []
    chunks = _chunks(_endless_articles(pulled), RunSettings(batch_size=3), cache=None)
    first, second = islice(chunks, 2)
    assert [len(c.entries) for c in (first, second)] == [3, 3]
    assert len(pulled) == 6  # an endless input stream, yet only two batches were read


def test_worker_engine_keeps_a_bounded_number_of_batches_in_flight() -> None:
    pulled: list[int] = []

    def batches():
        for i in count():
            pulled.append(i)
            yield []  # empty batches never reach a worker, but pass through the same window

    engine = LocalEngine(RunSettings(workers=2))
    results = engine.map(batches())
    assert list(islice(results, 10)) == [[]] * 10
    results.close()
    assert len(pulled) <= 10 + IN_FLIGHT_PER_WORKER * 2


def test_small_input_runs_without_starting_workers(monkeypatch) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("workers started for a single batch")

    monkeypatch.setattr("sinmun.engines.local.ProcessPoolExecutor", no_pool)
    engine = LocalEngine(RunSettings(workers=2))
    assert list(engine.map(iter([[]]))) == [[]]


def test_tables_are_written_batch_by_batch_with_progress(tmp_path) -> None:
    done: list[int] = []
    result = extract([SAMPLE], tmp_path, RunSettings(workers=1, batch_size=1), progress=done.append,
                     use_cache=False)
    articles = pq.ParquetFile(tmp_path / "articles.parquet")
    assert articles.metadata.num_row_groups == result.counts["articles"] > 1  # one row group per batch
    assert done == [1] * len(done) and sum(done) >= result.counts["articles"]
    sources = pq.read_table(tmp_path / "articles.parquet").column("source").to_pylist()
    assert sources == sorted(sources)  # input order: folders are read in sorted path order


def test_a_quiet_run_asks_the_engine_for_no_progress_at_all() -> None:
    """With the bar disabled the engine gets no callback (not a no-op one): the Ray engine's driver then
    makes no progress calls while it waits."""
    from sinmun.progress import progress_bar

    with progress_bar([SAMPLE], disable=True) as advance:
        assert advance is None
    with progress_bar([SAMPLE], disable=False, refresh_per_second=0.5) as advance:
        assert callable(advance)
        advance(1)
