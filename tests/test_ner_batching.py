"""The NER stage groups docs by a token budget; the entities must not depend on the grouping."""

import pytest

from sinmun.ner.stage import MAX_TOKENS_PER_PASS, NerStage

# Made-up sentences of different lengths (not from any corpus).
SENTENCES = [
    "한빛은행 김민수 행장은 3일 서울 본점에서 기자들과 만나 금리 인하 계획을 밝혔다.",
    "가나전자는 내년까지 부산에 2천억원을 들여 새 공장을 짓는다고 5일 밝혔다.",
    "박서연 다온재단 이사장은 지난달 대전에서 열린 행사에 참석했다.",
    "정부는 오는 7월부터 청년 지원 사업을 확대하기로 했다고 기획재정부가 전했다.",
]


@pytest.fixture(scope="module")
def stage_and_docs():
    from sinmun.kiwi_tokenizer import KiwiTokenizer
    from sinmun.ner.stage import load_ner_model

    try:
        load_ner_model()
    except FileNotFoundError as exc:
        pytest.skip(f"no NER model: {exc}")
    from spacy.vocab import Vocab

    tokenizer = KiwiTokenizer(Vocab())
    return NerStage("sinmun_ner", None, None, ["LOC"]), lambda: [tokenizer(s) for s in SENTENCES * 3]


def mentions(docs):
    return [[(m.start_char, m.end_char, m.label_) for m in doc.spans.get("mentions", [])] for doc in docs]


@pytest.mark.parametrize("batch_size, max_tokens", [(64, MAX_TOKENS_PER_PASS), (1, MAX_TOKENS_PER_PASS), (64, 1), (5, 40)])
def test_entities_do_not_depend_on_how_docs_are_grouped(stage_and_docs, batch_size, max_tokens):
    stage, make_docs = stage_and_docs
    one_by_one = [stage(doc) for doc in make_docs()]
    grouped = list(stage.pipe(make_docs(), batch_size=batch_size, max_tokens=max_tokens))
    assert len(grouped) == len(one_by_one)
    assert mentions(grouped) == mentions(one_by_one)
    assert any(mentions(grouped))


def test_a_pass_holds_at_most_the_budget_unless_one_doc_is_longer(stage_and_docs, monkeypatch):
    stage, make_docs = stage_and_docs
    passes = []
    real_run = stage._run

    def recording(batch):
        passes.append([len(d) for d in batch])
        return real_run(batch)

    monkeypatch.setattr(stage, "_run", recording)
    docs = make_docs()
    budget = max(len(d) for d in docs) + 5
    assert len(list(stage.pipe(docs, batch_size=64, max_tokens=budget))) == len(docs)
    assert sum(len(p) for p in passes) == len(docs)
    assert len(passes) > 1
    assert all(sum(p) <= budget for p in passes)
    passes.clear()
    list(stage.pipe(make_docs(), batch_size=64, max_tokens=1))
    assert all(len(p) == 1 for p in passes)  # a doc longer than the budget still gets its pass
