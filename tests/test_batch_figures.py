"""Batch figures and their comparison with an archive's batches, on made-up texts and figures."""

from __future__ import annotations

import pytest

from sinmun.batch_figures import BatchFigures, looks_mojibake
from sinmun.check_against import Threshold, compare
from sinmun.dedup import NearDuplicateIndex, signature
from sinmun.errors import Reject
from sinmun.ingest import RawArticle

SENTENCES = [
    "중소벤처기업부는 올해 창업 지원 예산으로 1조 2000억원을 편성했다고 26일 밝혔다.",
    "서울시는 한·미 협력 사업에 약 300만 달러를 투입하고 면적 3×4m 규모의 전시관을 연다.",
    "프랑스의 에밀 졸라(Émile Zola) 전집이 새로 번역돼 독자들의 관심을 모으고 있다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_korean_text_is_not_mojibake(text):
    assert not looks_mojibake(text)


@pytest.mark.parametrize("garble", [
    lambda t: t.encode("utf-8").decode("cp1252", errors="replace"),
    lambda t: t.encode("cp949", errors="replace").decode("latin-1"),
    lambda t: t.encode("utf-8").decode("utf-8")[:10] + "\ufffd" * len(t),
], ids=["utf8-as-cp1252", "cp949-as-latin1", "replacement-chars"])
@pytest.mark.parametrize("text", SENTENCES)
def test_wrongly_decoded_text_is_mojibake(text, garble):
    assert looks_mojibake(garble(text))


def _raw(source: str, text: str) -> RawArticle:
    return RawArticle(source=source, input_format="txt", text=text, encoding="utf-8")


def test_figures_count_inputs_rows_and_archive_references():
    figures = BatchFigures(archived_outlets={"가나일보"})
    items = [_raw("a.txt", SENTENCES[0]), _raw("b.txt", SENTENCES[1].encode("utf-8").decode("cp1252", "replace")),
             Reject.of("c.txt", "ingest", "S006_CONTROL_CHARS", "1 control character(s), first U+0085 at character 3")]
    assert len(list(figures.watch(items))) == 3
    figures.observe({
        "articles": [{"article_id": "x", "outlet": "가나일보", "duplicate_of": None},
                     {"article_id": "y", "outlet": "다라신문", "duplicate_of": "archived-1"},
                     {"article_id": "z", "outlet": "다라신문", "duplicate_of": "x"}],
        "mentions": [{"article_id": "x"}],
        "amounts": [{"value": 5}, {"value": None}],
        "rejects": [{"code": "S016_ALREADY_ARCHIVED"}],
    })
    got = figures.as_dict()
    assert got["mojibake"] == pytest.approx(2 / 3)
    assert got["no_entities"] == pytest.approx(2 / 3)
    assert got["amounts_unparsed"] == pytest.approx(0.5)
    assert got["new_outlets"] == pytest.approx(2 / 3) and got["new_outlet_names"] == ["다라신문"]
    assert got["archived_duplicates"] == pytest.approx(2 / 4)  # y, and the article already archived


def test_without_an_archive_the_archive_figures_are_unmeasured():
    figures = BatchFigures()
    figures.observe({"articles": [{"article_id": "x", "outlet": "가나일보", "duplicate_of": None}]})
    assert figures.as_dict()["new_outlets"] is None and figures.as_dict()["archived_duplicates"] is None


RULES = {name: Threshold(margin=0.1, sigmas=3, min_count=20) for name in
         ("no_entities", "amounts_unparsed", "mojibake", "rejects", "new_outlets", "archived_duplicates")}


def _figures(mojibake: float, rejects: dict[str, float] | None = None, inputs: int = 100) -> dict:
    return {"inputs": inputs, "articles": inputs, "amounts": inputs, "no_entities": 0.05, "amounts_unparsed": 0.1,
            "mojibake": mojibake, "rejects": rejects or {}, "new_outlets": 0.0, "archived_duplicates": 0.02}


@pytest.mark.parametrize("batch, flagged", [
    (_figures(0.01), set()),
    (_figures(0.3), {"mojibake"}),
    (_figures(0.0, {"S021_EMPTY_AFTER_CLEANING": 0.9}), {"rejects.S021_EMPTY_AFTER_CLEANING"}),
    (_figures(0.0, {"S016_ALREADY_ARCHIVED": 1.0}), set()),  # counted by archived_duplicates instead
    (_figures(0.3, inputs=5), set()),  # too few inputs to judge
])
def test_only_figures_far_above_the_archive_are_flagged(batch, flagged):
    history = [_figures(m, {"S021_EMPTY_AFTER_CLEANING": r}) for m, r in ((0.0, 0.01), (0.01, 0.02), (0.0, 0.0))]
    verdicts = compare(batch, history, RULES)
    assert {v.figure for v in verdicts if v.flagged} == flagged
    assert all(v.line().startswith(v.figure) for v in verdicts)


def test_a_wide_archive_distribution_widens_the_limit():
    history = [_figures(m) for m in (0.0, 0.1, 0.2)]
    (verdict,) = [v for v in compare(_figures(0.3), history, RULES) if v.figure == "mojibake"]
    assert not verdict.flagged and verdict.limit > 0.3


def test_an_index_loaded_with_stored_signatures_answers_like_the_one_that_added_them():
    bodies = [s * 3 for s in SENTENCES] + [SENTENCES[0] * 3 + " 추가 문장이다."]
    grown, loaded = NearDuplicateIndex(), NearDuplicateIndex()
    answers = [grown.add(f"a{i}", body) for i, body in enumerate(bodies[:-1])]
    for article_id, sig in grown.entries():
        loaded.load(article_id, sig.astype("<u4").astype("uint64"))
    assert answers == [None, None, None]
    assert loaded.add("new", bodies[-1]) == grown.add("new", bodies[-1]) == "a0"
