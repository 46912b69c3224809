"""Engines: every engine writes the same rows (same ids, values and order) as the serial local run."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.engines import SIGNATURE, make_engine, split_by_item
from sinmun.errors import Reject, UsageError
from sinmun.extract import extract
from sinmun.ingest import RawArticle
from sinmun.pipeline import BatchRows, article_id
from sinmun.settings import RunSettings
from sinmun.tables import TABLES

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "raw"


def _tables(out_dir: Path) -> dict:
    return {t: pq.read_table(out_dir / f"{t}.parquet") for t in TABLES if (out_dir / f"{t}.parquet").exists()}


def _assert_same_tables(got: Path, want: Path) -> None:
    a, b = _tables(got), _tables(want)
    assert a.keys() == b.keys()
    for table in a:
        assert a[table].num_rows == b[table].num_rows, table
        assert a[table].equals(b[table]), f"{table} differs between {got.name} and {want.name}"


@pytest.fixture(scope="module")
def inputs(seeds_dir) -> list[Path]:
    return [SAMPLE, seeds_dir]


# Small batches, so the sample and the seeds make several batches and the worker paths really run.
SETTINGS = dict(batch_size=2, tokens=True)


@pytest.fixture(scope="module")
def serial_run(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    extract(inputs, out, RunSettings(workers=1, **SETTINGS), use_cache=False)
    return out


@pytest.fixture(scope="module")
def workers_run(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("workers")
    extract(inputs, out, RunSettings(workers=2, **SETTINGS), use_cache=False)
    return out


def test_serial_run_has_articles_and_entities(serial_run) -> None:
    tables = _tables(serial_run)
    assert tables["articles"].num_rows >= 9  # 4+ sample inputs and 5 seeds, minus rejects at most
    assert tables["sentences"].num_rows > tables["articles"].num_rows
    assert tables["mentions"].num_rows > 0


def test_worker_processes_write_the_same_rows(serial_run, workers_run) -> None:
    _assert_same_tables(workers_run, serial_run)


def test_batch_size_does_not_change_the_rows(inputs, serial_run, tmp_path) -> None:
    extract(inputs, tmp_path, RunSettings(workers=1, batch_size=64, tokens=True), use_cache=False)
    _assert_same_tables(tmp_path, serial_run)


def test_split_by_item_groups_rows_by_article_and_rejects_by_source() -> None:
    raws = [RawArticle("a.txt", "txt", text="가"), RawArticle("b.txt", "txt", text="나")]
    ids = [article_id(r) for r in raws]
    rows = BatchRows()
    rows.add("articles", [{"article_id": ids[1]}, {"article_id": ids[0]}])
    rows.add("mentions", [{"article_id": ids[0], "start": 0}, {"article_id": ids[0], "start": 1}])
    rows.reject(Reject.of("b.txt", "rules", "S030_AMOUNT_OVERFLOW"))
    first, second = split_by_item(raws, rows)
    assert first == {"articles": [{"article_id": ids[0]}],
                     "mentions": [{"article_id": ids[0], "start": 0}, {"article_id": ids[0], "start": 1}]}
    assert second["articles"] == [{"article_id": ids[1]}]
    assert [r["code"] for r in second["rejects"]] == ["S030_AMOUNT_OVERFLOW"]
    assert SIGNATURE not in first


def test_unknown_engine_and_misplaced_address_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown engine"):
        make_engine("spark", RunSettings())
    with pytest.raises(UsageError, match="whole dataflow"):  # Ray is not a batch engine: extract(engine="ray")
        make_engine("ray", RunSettings())
    with pytest.raises(UsageError, match="--address"):
        make_engine("local", RunSettings(), address="ray://head:10001")


def test_cli_rejects_an_unknown_engine_with_exit_code_2(tmp_path) -> None:
    result = CliRunner().invoke(app, ["extract", str(SAMPLE), "--out", str(tmp_path), "--engine", "spark", "--quiet"])
    assert result.exit_code == 2
    assert "unknown engine" in result.output
    assert not (tmp_path / "articles.parquet").exists()


def test_a_worker_leaves_when_its_driver_is_gone(monkeypatch) -> None:
    import sinmun.engines.local as local

    parents = iter([4242, 4242, 1])  # the driver, still the driver, then reparented to init
    monkeypatch.setattr(local.os, "getppid", lambda: next(parents))
    monkeypatch.setattr(local, "PARENT_CHECK_SECONDS", 0)

    def leave(code: int):
        raise SystemExit(code)

    monkeypatch.setattr(local.os, "_exit", leave)
    with pytest.raises(SystemExit):
        local._exit_with_parent(4242)
    assert next(parents, None) is None  # it polled until the parent changed, and no longer
