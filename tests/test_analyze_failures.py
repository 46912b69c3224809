"""An article whose analysis fails mid-batch becomes one reject; every other article keeps its own rows."""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinmun.nlp as nlp_module
import sinmun.pipeline as pipeline
from sinmun.ingest import RawArticle
from sinmun.settings import DEFAULT_NER_MODEL, RunSettings

MARKER = "폭발하는기사"


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc):
    if MARKER in doc.text:
        raise RuntimeError("made-up component failure")
    return doc


def _text(n: int, extra: str = "") -> str:
    return f"서울시는 올해 청년 일자리 사업에 {n}억원을 투입한다고 밝혔다.{extra} 사업은 내년까지 이어진다."


@pytest.mark.parametrize("failing", [0, 1, 3])
def test_rows_stay_with_their_article_when_one_fails(monkeypatch, failing):
    uncached_build = nlp_module._build_nlp.__wrapped__  # a private pipeline: the cached one stays untouched

    def build_with_failing_component(path=None, ner_model=DEFAULT_NER_MODEL):
        nlp = uncached_build(path, ner_model)
        nlp.add_pipe("test_fails_on_marker", first=True)
        nlp.batch_size = 1  # docs flow one by one, so some are yielded before the failure
        return nlp

    monkeypatch.setattr(pipeline, "build_nlp", build_with_failing_component)
    amounts = [100 + 10 * i for i in range(4)]
    raws = [RawArticle(source=f"a{i}.txt", input_format="txt",
                       text=_text(n, f" {MARKER}이다." if i == failing else ""))
            for i, n in enumerate(amounts)]
    out = pipeline.analyze_batch(raws, RunSettings())

    assert [(r["source"], r["code"]) for r in out.tables["rejects"]] == [(f"a{failing}.txt", "S090_INTERNAL")]
    articles = {row["article_id"]: row for row in out.tables["articles"]}
    assert sorted(row["source"] for row in articles.values()) == [r.source for i, r in enumerate(raws) if i != failing]
    for row in out.tables["amounts"]:
        source = articles[row["article_id"]]["source"]
        assert row["text"] == f"{amounts[int(source[1])]}억원", (source, row)
    assert len(out.tables["amounts"]) == len(amounts) - 1
