"""Evaluation gate: the KLUE-NER test split scored from what `sinmun extract` writes.

The test sentences go in as a JSONL batch, exactly as a user would feed them; the `mentions` table
that comes out is mapped to KLUE labels and scored with strict character-span F1. The floor is pinned
just under the figure in the README, so a change that costs entity quality fails CI.
"""

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.ner.data import read_klue, sentences_of
from sinmun.ner.evaluation import PIPELINE_TO_KLUE, gold_entities, score

PIPELINE_F1_FLOOR = 0.80  # issue 5: the whole pipeline reaches 0.80 on the test split


@pytest.fixture(scope="module")
def test_split(klue_dir):
    return sentences_of("test", read_klue(klue_dir / "klue-ner-v1.1_dev.tsv"))


def test_mentions_table_scores_at_least_the_pinned_floor(test_split, tmp_path):
    batch = tmp_path / "klue-test.jsonl"
    with batch.open("w", encoding="utf-8") as f:
        for i, sentence in enumerate(test_split):
            f.write(json.dumps({"id": str(i), "text": sentence.text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(batch), "--out", str(out), "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output

    articles = pd.read_parquet(out / "articles.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    by_record = {source.split("#")[1]: (aid, body) for source, aid, body in
                 zip(articles["source"], articles["article_id"], articles["body"])}
    grouped = dict(tuple(mentions.groupby("article_id")))
    predicted = []
    for i, sentence in enumerate(test_split):
        aid, body = by_record[str(i)]
        assert body == sentence.text, "cleaning changed a clean sentence"
        rows = grouped.get(aid)
        predicted.append(set() if rows is None else {
            (int(s), int(e), PIPELINE_TO_KLUE[label])
            for s, e, label in zip(rows["start"], rows["end"], rows["label"]) if label in PIPELINE_TO_KLUE
        })
    micro = score(gold_entities(test_split), predicted)["micro"]
    print(f"KLUE test, pipeline from the mentions table: {micro}")
    assert micro["f"] >= PIPELINE_F1_FLOOR, micro
