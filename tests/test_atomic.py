"""Atomic, resumable output: a run killed at any moment leaves the previous tables intact and readable,
the next run completes, and runs into different folders never interfere."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.tables import SCHEMAS
from sinmun.validate import validate_dir
from sinmun.writer import STAGING_PREFIX, TableWriter

runner = CliRunner()
KILL_BATCH_ROWS = 80


def _write_feed(path: Path, rows: list[dict], prefix: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"{prefix}{i}", "title": r["제목"], "published_at": r["작성일"],
                                 "text": r["내용"]}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def feeds(tmp_path_factory, wikinews_csv):
    with wikinews_csv.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if 300 <= len(r["내용"]) <= 3000]
    root = tmp_path_factory.mktemp("feeds")
    return {
        "small": _write_feed(root / "small" / "feed.jsonl", rows[:5], "s"),
        "other": _write_feed(root / "other" / "feed.jsonl", rows[5:9], "o"),
        "big": _write_feed(root / "big" / "feed.jsonl", rows[9:9 + KILL_BATCH_ROWS], "b"),
    }


def _extract(inputs: Path, out: Path, *options: str):
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out), "--quiet", "--workers", "1", *options])
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    return result


def _snapshot(out: Path) -> dict[str, str]:
    """sha256 of every output file (tables and manifest), by name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _rows(out: Path) -> dict[str, int]:
    return {p.stem: pq.read_metadata(p).num_rows for p in out.glob("*.parquet")}


def _staging(out: Path) -> list[Path]:
    return sorted(out.glob(f"{STAGING_PREFIX}*"))


def _wait_for(condition, proc: subprocess.Popen, what: str, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"the run ended (exit {proc.returncode}) before {what}: {proc.stderr.read()[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_sigkill_mid_run_keeps_previous_outputs_and_a_rerun_completes(feeds, tmp_path):
    out, other = tmp_path / "out", tmp_path / "other"
    _extract(feeds["small"], out)
    before, rows_before = _snapshot(out), _rows(out)
    assert rows_before["articles"] == 5 and "manifest.json" in before

    proc = subprocess.Popen(
        [sys.executable, "-m", "sinmun.cli", "extract", str(feeds["big"]), "--out", str(out),
         "--batch-size", "4", "--workers", "1", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: bool(_staging(out)), proc, "its staging folder appeared")
        # A second run into another folder while the first is alive: neither may touch the other.
        _extract(feeds["other"], other)
        _wait_for(lambda: any(s.glob("*.parquet") for s in _staging(out)), proc, "it wrote its first rows")
        assert proc.poll() is None, "the run finished before it could be killed: make the batch larger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    # The killed run left its staging folder behind, and nothing else changed.
    assert _staging(out), "expected the killed run's staging folder"
    assert _snapshot(out) == before
    assert _rows(out) == rows_before
    assert validate_dir(out) == []

    # The other folder holds exactly its own run.
    assert validate_dir(other) == []
    assert _rows(other)["articles"] == 4
    assert json.loads((other / "manifest.json").read_text(encoding="utf-8"))["inputs"] == [str(feeds["other"])]
    assert not _staging(other)

    # The next run completes and sweeps up the dead run's staging folder.
    _extract(feeds["big"], out)
    assert validate_dir(out) == []
    assert _rows(out)["articles"] == KILL_BATCH_ROWS
    assert not _staging(out)


def test_a_run_that_fails_part_way_changes_nothing(feeds, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _extract(feeds["small"], out)
    before = _snapshot(out)
    calls = {"n": 0}
    real_write = TableWriter.write

    def failing_write(self, table, rows):
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(28, "No space left on device")
        return real_write(self, table, rows)

    monkeypatch.setattr(TableWriter, "write", failing_write)
    result = runner.invoke(app, ["extract", str(feeds["other"]), "--out", str(out), "--quiet", "--batch-size", "1",
                                 "--workers", "1"])
    assert result.exit_code != 0 and calls["n"] > 3
    assert _snapshot(out) == before
    assert not _staging(out), "an aborted run must remove its staging folder"
    assert validate_dir(out) == []


def test_stale_staging_of_a_dead_run_is_removed_and_a_live_one_kept(tmp_path):
    dead = _dead_pid()
    (tmp_path / f"{STAGING_PREFIX}{dead}-deadbeef").mkdir()
    live = tmp_path / f"{STAGING_PREFIX}{os.getppid()}-cafebabe"
    live.mkdir()
    writer = TableWriter(tmp_path, {"run": "test"}, ["articles"])
    writer.abort()
    assert _staging(tmp_path) == [live]


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_uncommitted_rows_never_reach_the_output_folder(tmp_path):
    writer = TableWriter(tmp_path, {"run": "test"}, list(SCHEMAS))
    writer.write("rejects", [{"source": "a.txt", "stage": "ingest", "code": "S004_EMPTY", "message": "m"}])
    assert not list(tmp_path.glob("*.parquet")) and not (tmp_path / "manifest.json").exists()
    writer.commit({"inputs": ["a.txt"]})
    assert _rows(tmp_path)["rejects"] == 1 and not _staging(tmp_path)


def test_an_output_path_that_is_a_file_is_a_usage_error(feeds, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(feeds["small"]), "--out", str(blocker), "--quiet", "--workers", "1"])
    assert result.exit_code == 2
    assert "choose another --out folder" in result.output
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_rerun_on_the_same_input_gives_the_same_tables(feeds, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    _extract(feeds["small"], first)
    _extract(feeds["small"], second)
    for name in ("articles", "sentences", "rejects"):
        a, b = pq.read_table(first / f"{name}.parquet"), pq.read_table(second / f"{name}.parquet")
        assert a.to_pylist() == b.to_pylist(), name

