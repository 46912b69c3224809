"""BigKinds-layout export: one row per article with the BigKinds columns, as xlsx and csv."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.export import BIGKINDS_COLUMNS, DUPLICATE_MARK, bigkinds_frame, read_table
from test_summary import extracted, write_outputs


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    return write_outputs(tmp_path_factory.mktemp("export-synthetic"))


def test_frame_fills_people_organizations_keywords_and_duplicate_flag(synthetic):
    frame = bigkinds_frame(synthetic).set_index("뉴스 식별자")
    articles = read_table(synthetic, "articles").set_index("article_id")
    first, second = articles.index
    assert frame.loc[first, "일자"] == "20260302"
    assert frame.loc[first, "인물"] == "김민수"
    assert frame.loc[first, "기관"].split(",") == ["한빛테크", "중소벤처기업부"]
    assert "펀드" in frame.loc[first, "키워드"].split(",")  # Kiwi nouns of the body
    assert frame.loc[first, "분석제외 여부"] == ""
    assert frame.loc[second, "분석제외 여부"] == DUPLICATE_MARK  # duplicate_of is set
    assert frame.loc[second, "본문"] == articles.loc[second, "body"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cli_writes_a_file_pandas_opens(synthetic, tmp_path, suffix):
    target = tmp_path / f"export{suffix}"
    result = CliRunner().invoke(app, ["export", str(synthetic), str(target), "--format", "bigkinds"])
    assert result.exit_code == 0, result.output
    frame = pd.read_excel(target) if suffix == ".xlsx" else pd.read_csv(target, encoding="utf-8-sig")
    assert list(frame.columns) == BIGKINDS_COLUMNS
    assert len(frame) == 2


def test_cli_rejects_unknown_format_and_missing_outputs(synthetic, tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["export", str(synthetic), str(tmp_path / "x.xlsx"), "--format", "lexis"]).exit_code == 2
    assert runner.invoke(app, ["export", str(synthetic), str(tmp_path / "x.json")]).exit_code == 2
    assert runner.invoke(app, ["export", str(tmp_path / "nothing"), str(tmp_path / "x.csv")]).exit_code == 2


@pytest.fixture(scope="module")
def seeds_outputs(seeds_dir) -> Path:
    return extracted(seeds_dir)


def test_bigkinds_export_of_the_seeds(seeds_outputs, tmp_path):
    target = tmp_path / "seeds.xlsx"
    result = CliRunner().invoke(app, ["export", str(seeds_outputs), str(target), "--format", "bigkinds"])
    assert result.exit_code == 0, result.output
    frame = pd.read_excel(target, dtype=str).fillna("")
    articles = read_table(seeds_outputs, "articles")
    assert list(frame.columns) == BIGKINDS_COLUMNS
    assert len(frame) == len(articles) > 0
    assert sorted(frame["뉴스 식별자"]) == sorted(articles["article_id"])
    assert (frame["본문"].str.len() > 0).all() and (frame["키워드"].str.len() > 0).all()
    assert frame["일자"].str.fullmatch(r"\d{8}|").all()
