"""End to end on the sample batch in data/raw: the run `make extract` does."""

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.validate import validate_dir

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    result = runner.invoke(app, ["extract", str(REPO / "data" / "raw"), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def test_every_sample_article_is_extracted(sample_out):
    articles = table(sample_out, "articles")
    assert sorted(articles["source"]) == [
        "html/policy-briefing.html",
        "jsonl/wire.jsonl#wire-001",
        "jsonl/wire.jsonl#wire-002",
        "jsonl/wire.jsonl#wire-003",
        "txt/busan-shipbuilding-cp949.txt",
        "txt/startup-fund.txt",
    ]
    assert table(sample_out, "rejects").empty
    assert validate_dir(sample_out) == []


def test_encoding_detected_and_text_decoded(sample_out):
    articles = table(sample_out, "articles").set_index("source")
    row = articles.loc["txt/busan-shipbuilding-cp949.txt"]
    assert row["encoding"] in ("cp949", "euc_kr")
    assert "부산시는 12일 시청에서" in row["body"]


def test_jsonl_metadata_wins(sample_out):
    articles = table(sample_out, "articles").set_index("source")
    row = articles.loc["jsonl/wire.jsonl#wire-001"]
    assert row["title"] == "한국은행, 기준금리 연 3.0%로 동결"
    assert row["outlet"] == "연합뉴스"
    assert row["url"] == "https://example.org/news/wire-001"
    assert pd.Timestamp(row["published_at"]).strftime("%Y-%m-%dT%H:%M%z") == "2025-01-16T10:12+0900"


def test_same_story_in_two_outlets_is_a_near_duplicate(sample_out):
    articles = table(sample_out, "articles").set_index("source")
    first = articles.loc["jsonl/wire.jsonl#wire-001"]
    second = articles.loc["jsonl/wire.jsonl#wire-002"]
    assert pd.isna(first["duplicate_of"])
    assert second["duplicate_of"] == first["article_id"]
    assert articles["duplicate_of"].notna().sum() == 1


def test_sentences_tile_into_the_body(sample_out):
    articles = table(sample_out, "articles").set_index("article_id")
    sentences = table(sample_out, "sentences")
    for aid, group in sentences.groupby("article_id"):
        body = articles.loc[aid, "body"]
        assert list(group["sent_idx"]) == list(range(len(group)))
        assert all(body[s:e] == t for s, e, t in zip(group["start"], group["end"], group["text"]))
        assert list(group["start"]) == sorted(group["start"])


def test_article_ids_are_stable_across_runs(sample_out, tmp_path):
    result = runner.invoke(app, ["extract", str(REPO / "data" / "raw"), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0
    again = table(tmp_path, "articles").set_index("source")["article_id"]
    first = table(sample_out, "articles").set_index("source")["article_id"]
    assert again.sort_index().equals(first.sort_index())


def test_provenance_in_metadata_and_manifest(sample_out):
    import pyarrow.parquet as pq

    meta = pq.read_schema(sample_out / "amounts.parquet").metadata
    provenance = json.loads(meta[b"sinmun"])
    assert {"sinmun_version", "kiwi", "spacy_version", "config_hash", "run_time"} <= set(provenance)
    manifest = json.loads((sample_out / "manifest.json").read_text())
    assert manifest["tables"]["articles"]["rows"] == 6


def test_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2


def components_run(out: Path) -> list[str]:
    provenance = json.loads(json.loads((out / "manifest.json").read_text())["sinmun"])
    return provenance["pipeline"].split(",")


def test_no_ner_runs_the_rules_alone_and_is_not_served_from_a_full_run(sample_out, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(sample_out, out)  # the full run's tables, manifest and result cache
    result = runner.invoke(app, ["extract", str(REPO / "data" / "raw"), "--out", str(out), "--quiet", "--no-ner"])
    assert result.exit_code == 0, result.output
    assert "ner" in set(table(sample_out, "mentions")["source"])
    assert set(table(out, "mentions")["source"]) <= {"rule", "gazetteer"}
    columns = ["article_id", "start", "end", "value", "currency"]
    assert table(out, "amounts")[columns].equals(table(sample_out, "amounts")[columns])  # amounts are the rules'
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["settings"]["ner"] is False and manifest["reused_from_cache"] == 0
    assert "sinmun_ner" not in components_run(out) and "sinmun_ner" in components_run(sample_out)
    assert validate_dir(out) == []
