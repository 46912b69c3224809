"""An archive built batch by batch (`extract --append`) is the dataset one run over all the batches
gives: earlier parts untouched, articles already archived not added again, near-duplicates pointing
at archived articles, valid at every step, unchanged by a run killed mid-append; and `check-batch
--against` stops a broken batch by naming the figure."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sinmun.archive import Archive, parts, read_parts
from sinmun.cli import app
from sinmun.extract import extract
from sinmun.settings import RunSettings
from sinmun.tables import SCHEMAS
from sinmun.validate import validate_dir

runner = CliRunner()
YEARS = ("2010", "2011", "2012", "2013")
PER_YEAR = 6          # articles per yearly batch: enough to span months, small enough to stay fast
REPOSTED = 4          # articles of the fifth batch posted again unchanged, and as many lightly edited
CHECK_SIZE = 24       # articles of the check-batch batches (above the min_count of 20)
SETTINGS = RunSettings(workers=1, batch_size=4)


def _rows(wikinews_csv: Path) -> list[dict]:
    with wikinews_csv.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if 300 <= len(r["내용"]) <= 2000]


def _feed(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _record(prefix: str, i: int, row: dict, text: str | None = None) -> dict:
    return {"id": f"{prefix}{i}", "title": row["제목"], "published_at": row["작성일"], "text": text or row["내용"]}


def _edited(text: str) -> str:
    """A re-post lightly edited by another outlet: a sentence added, the first words changed."""
    return "[재송고] " + text + "\n이 기사는 독자 요청에 따라 다시 실었다."


@pytest.fixture(scope="module")
def corpus(wikinews_csv, tmp_path_factory):
    rows = _rows(wikinews_csv)
    root = tmp_path_factory.mktemp("batches")
    yearly = {year: [r for r in rows if r["작성일"].startswith(year)][:PER_YEAR] for year in YEARS}
    batches = [_feed(root / year / "feed.jsonl", [_record(f"y{year}-", i, r) for i, r in enumerate(chosen)])
               for year, chosen in yearly.items()]
    archived = [r for chosen in yearly.values() for r in chosen]
    again = archived[::len(archived) // REPOSTED][:REPOSTED]
    edited = archived[1::len(archived) // REPOSTED][:REPOSTED]
    reposts = _feed(root / "reposts" / "feed.jsonl",
                    [_record("again-", i, r) for i, r in enumerate(again)]
                    + [_record("edited-", i, r, _edited(r["내용"])) for i, r in enumerate(edited)])
    used = {r["내용"] for r in archived}
    rest = [r for r in rows if r["내용"] not in used and r["작성일"][:4] not in YEARS]
    return {"batches": batches, "reposts": reposts, "again": again, "edited": edited, "rest": rest,
            "root": root, "cache": root / "cache"}


def _append(feed: Path, archive: Path, cache: Path):
    return extract([feed], archive, SETTINGS, append=True, cache_dir=cache)


def _files(archive: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime of every part (tables and index), by path."""
    return {p.relative_to(archive).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(archive.rglob("*.parquet")) if not p.relative_to(archive).as_posix().startswith(".")}


def _snapshot(archive: Path) -> dict[str, tuple[str, int]]:
    files = _files(archive)
    manifest = archive / "manifest.json"
    files["manifest.json"] = (hashlib.sha256(manifest.read_bytes()).hexdigest(), manifest.stat().st_mtime_ns)
    return files


@pytest.fixture(scope="module")
def archive(corpus, tmp_path_factory):
    """The archive after the four yearly batches, with what each append left unchanged."""
    root = tmp_path_factory.mktemp("archive") / "archive"
    unchanged = []
    for feed in corpus["batches"]:
        before = _files(root) if root.exists() else {}
        _append(feed, root, corpus["cache"])
        after = _files(root)
        unchanged.append(all(after.get(path) == stamp for path, stamp in before.items()))
        assert validate_dir(root) == [], feed
    return root, unchanged


def _sorted_rows(frame: pd.DataFrame) -> list[str]:
    return sorted(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
                  for row in frame.to_dict("records"))


def test_appending_never_rewrites_earlier_parts(archive):
    root, unchanged = archive
    assert all(unchanged)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert [b["rows"]["articles"] for b in manifest["batches"]] == [PER_YEAR] * len(YEARS)
    months = {p.parent.name for p in parts(root / "articles")}
    assert len(months) > len(YEARS) and all(m.startswith("month=20") for m in months)


def test_the_archive_holds_the_rows_of_one_run_over_all_batches(archive, corpus, tmp_path):
    root, _ = archive
    single = tmp_path / "single"
    extract(corpus["batches"], single, SETTINGS, cache_dir=corpus["cache"])
    for table, schema in SCHEMAS.items():
        if not (single / f"{table}.parquet").exists():
            continue
        whole = pq.read_table(single / f"{table}.parquet").to_pandas()
        grown = read_parts(root / table, schema).to_pandas()
        assert _sorted_rows(grown) == _sorted_rows(whole), table


def test_readers_see_one_dataset_with_the_month_partition(archive):
    duckdb = pytest.importorskip("duckdb")
    root, _ = archive
    amounts = pd.read_parquet(root / "amounts")
    assert len(amounts) == sum(pq.read_metadata(p).num_rows for p in parts(root / "amounts"))
    articles = pd.read_parquet(root / "articles")
    published = articles.dropna(subset=["published_at"])
    assert (published["published_at"].dt.strftime("%Y-%m") == published["month"].astype(str)).all()
    counted = duckdb.sql(f"SELECT count(*) FROM read_parquet('{root}/articles/**/*.parquet', hive_partitioning=true)")
    assert counted.fetchall()[0][0] == len(articles) == PER_YEAR * len(YEARS)


def test_reposted_articles_are_not_added_and_near_duplicates_point_to_the_archive(archive, corpus, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(archive[0], root)
    archived = read_parts(root / "articles", SCHEMAS["articles"]).to_pandas()
    by_body_start = {b[:80]: a for a, b in zip(archived["article_id"], archived["body"])}
    before = _files(root)

    result = _append(corpus["reposts"], root, corpus["cache"])

    assert validate_dir(root) == []
    assert all(_files(root).get(path) == stamp for path, stamp in before.items())
    assert result.reject_codes.get("S016_ALREADY_ARCHIVED") == REPOSTED
    assert result.counts["articles"] == REPOSTED  # only the edited ones
    added = read_parts(root / "articles", SCHEMAS["articles"]).to_pandas()
    added = added[~added["article_id"].isin(archived["article_id"])]
    assert set(added["source"].str.split("#").str[1]) == {f"edited-{i}" for i in range(REPOSTED)}
    for row in added.itertuples():
        original = next(a for start, a in by_body_start.items() if start[:40] in row.body)
        allowed = {original, *archived.loc[archived["article_id"] == original, "duplicate_of"].dropna()}
        assert row.duplicate_of in allowed, row.source


def test_sigkill_during_an_append_leaves_the_archive_valid_and_unchanged(archive, corpus, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(archive[0], root)
    big = _feed(tmp_path / "big" / "feed.jsonl", [_record("big-", i, r) for i, r in enumerate(corpus["rest"][:60])])
    before = _snapshot(root)
    proc = subprocess.Popen([sys.executable, "-m", "sinmun.cli", "extract", str(big), "--out", str(root), "--append",
                             "--batch-size", "2", "--workers", "1", "--quiet", "--force"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 180
        while not any(s.rglob("*.parquet") for s in root.glob(".staging-*")):
            assert proc.poll() is None, f"the append ended before it wrote rows: {proc.stderr.read()[-2000:]}"
            assert time.monotonic() < deadline, "timed out waiting for the append's first rows"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(root) == before
    assert validate_dir(root) == []


def test_parts_of_an_append_killed_while_moving_them_in_are_reported_and_rolled_back(archive, corpus, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(archive[0], root)
    committed = next(iter(parts(root / "amounts")))
    stray = root / "amounts" / "month=2030-01" / "part-999999-0badc0de.parquet"
    stray.parent.mkdir()
    shutil.copy(committed, stray)
    problems = validate_dir(root)
    assert any("unfinished append" in p for p in problems), problems
    _append(corpus["batches"][0], root, corpus["cache"])  # nothing new: every article is already archived
    assert not stray.exists() and validate_dir(root) == []


def test_parts_written_before_a_column_was_added_read_it_as_null(archive, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(archive[0], root)
    table, column = next((t, f.name) for t, schema in SCHEMAS.items() for f in schema
                         if f.nullable and t != "articles" and parts(root / t) and pq.read_metadata(parts(root / t)[0]).num_rows)
    old = parts(root / table)[0]
    pq.write_table(pq.read_table(old).drop_columns([column]), old)  # as an earlier sinmun wrote it
    assert validate_dir(root) == []
    frame = read_parts(root / table, SCHEMAS[table]).to_pandas()
    assert column in frame.columns and frame[column].isna().sum() >= pq.read_metadata(old).num_rows


@pytest.mark.parametrize("command", [["extract", "{feed}", "--out", "{single}", "--append"],
                                     ["extract", "{feed}", "--out", "{archive}"]])
def test_an_append_to_a_single_run_or_a_plain_run_into_an_archive_is_a_usage_error(archive, corpus, tmp_path, command):
    single = tmp_path / "single"
    (single).mkdir()
    (single / "manifest.json").write_text(json.dumps({"tables": {}}), encoding="utf-8")
    args = [c.format(feed=corpus["batches"][0], single=single, archive=archive[0]) for c in command]
    result = runner.invoke(app, [*args, "--quiet", "--workers", "1"])
    assert result.exit_code == 2, result.output
    assert "--append" in " ".join(result.output.split())


# --- check-batch --against -------------------------------------------------------------------------

def _garbled(text: str, i: int) -> str:
    """The two common wrong decodings: UTF-8 read as CP1252, CP949 read as Latin-1."""
    if i % 2:
        return text.encode("utf-8").decode("cp1252", errors="replace")
    return text.encode("cp949", errors="replace").decode("latin-1")


def _check(feed: Path, archive_dir: Path):
    return runner.invoke(app, ["check-batch", str(feed), "--against", str(archive_dir), "--workers", "1"])


@pytest.fixture(scope="module")
def checked_archive(archive, tmp_path_factory):
    root = tmp_path_factory.mktemp("checked") / "archive"
    shutil.copytree(archive[0], root)
    return root


def test_a_normal_batch_passes_the_check_against_the_archive(checked_archive, corpus, tmp_path):
    normal = _feed(tmp_path / "normal.jsonl", [_record("n-", i, r) for i, r in enumerate(corpus["rest"][:CHECK_SIZE])])
    before = _snapshot(checked_archive)
    result = _check(normal, checked_archive)
    assert result.exit_code == 0, result.output
    assert _snapshot(checked_archive) == before  # a check never writes the archive's tables


def test_a_batch_with_30_percent_mojibake_fails_naming_the_figure(checked_archive, corpus, tmp_path):
    rows = corpus["rest"][:CHECK_SIZE]
    garbled = round(0.3 * len(rows))
    records = [_record("m-", i, r, _garbled(r["내용"], i) if i < garbled else None) for i, r in enumerate(rows)]
    result = _check(_feed(tmp_path / "mojibake.jsonl", records), checked_archive)
    assert result.exit_code == 1, result.output
    assert any(line.startswith("mojibake: 0.29") or line.startswith("mojibake: 0.30")
               for line in result.stdout.splitlines()), result.output


def test_an_empty_body_scrape_fails_naming_the_figure(checked_archive, corpus, tmp_path):
    pages = [{"id": f"e-{i}", "title": r["제목"], "published_at": r["작성일"],
              "html": "<html><body><nav>홈 | 정치 | 경제 | 사회</nav><div class='article'></div>"
                      "<footer>Copyright ⓒ 위키뉴스. 무단 전재 및 재배포 금지</footer></body></html>"}
             for i, r in enumerate(corpus["rest"][:CHECK_SIZE])]
    result = _check(_feed(tmp_path / "empty.jsonl", pages), checked_archive)
    assert result.exit_code == 1, result.output
    flagged = [line.split(":")[0] for line in result.stdout.splitlines() if "far outside" in line]
    assert any(name.startswith("rejects.S0") for name in flagged), result.output


def test_check_against_a_folder_that_is_no_archive_is_a_usage_error(corpus, tmp_path):
    result = _check(corpus["batches"][0], tmp_path / "nothing")
    assert result.exit_code == 2 and "no archive" in " ".join(result.output.split())
