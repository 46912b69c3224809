"""Mentions follow KLUE-NER's conventions where they differ from the tables: a short form is its surname,
a platform or an anaphoric date word is no mention, a duration is no date; the tables keep their rows."""

from __future__ import annotations

import pytest

from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.rules.dates import find_dates


@pytest.fixture(scope="module")
def stage():
    """The NER stage on its own, fed with entities a test chooses instead of the model's."""
    from sinmun.ner.stage import NerStage

    return NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])


def mentions(doc) -> set[tuple[str, str]]:
    return {(m.text, m.label_) for m in doc.spans[MENTIONS]}


def test_a_short_form_mention_is_the_surname_and_a_modifier_after_a_name_is_none(rules):
    doc = rules("권영수 대표가 말했다. 동생인 권 대표의 회사다. 전두환 전 대통령 측이 밝혔다.")
    got = mentions(doc)
    assert ("권", "PERSON") in got and ("권 대표", "PERSON") not in got
    assert not any(text.startswith("전 ") or text == "전" for text, _ in got)  # 전 = former, not a surname
    assert {(r["name"], r["mentions"]) for r in doc._.rows["people"]} == {("권영수", 2), ("전두환", 1)}


# fmt: off
@pytest.mark.parametrize("text, dropped, label, row", [
    ("문 의원이 이날 페이스북에 올린 글이다.", "페이스북", "ORG", "organizations"),
    ("선거 당일 투표하기 어려운 사람은 미리 한다.", "당일", "DATE", "dates"),
    ("같은 날 오후에 다시 만났다.", "같은 날", "DATE", "dates"),
])
# fmt: on
def test_words_klue_leaves_unmarked_keep_their_row_but_lose_their_mention(rules, text, dropped, label, row):
    doc = rules(text)
    assert (dropped, label) not in mentions(doc)
    assert doc._.rows[row], f"the {row} table keeps its row"


def test_a_range_whose_end_is_not_a_date_leaves_no_stray_first_end():
    assert [d.text for d in find_dates("주유소 4곳에 2∼3일간 위장취업했다.")] == []
    assert [d.text for d in find_dates("행사는 12~14일 열린다.")] == ["12", "14일"]  # a real range: a row per end


def test_hanwha_before_an_amount_is_the_currency_not_the_group(rules):
    doc = rules("후드를 49달러(한화 약 5만 8200원)에 판다. 한화는 김승연 회장이 이끈다.")
    orgs = [m for m in doc.spans[MENTIONS] if m.label_ == "ORG"]
    assert [m.start_char for m in orgs] == [doc.text.index("한화는")]


@pytest.mark.parametrize("text", ["진정한 의미의 '후속편'이란 이런 것이다.", "조약에 따라 범죄인 인도 대상이다.",
                                  "자금보다는 선전 효과를 노렸다."])
def test_place_names_that_are_mostly_common_words_get_no_mention_of_their_own(rules, text):
    assert not [m for m in rules(text).spans[MENTIONS] if m.label_ == "LOC"]


def test_a_longer_ner_name_around_a_titled_rule_name_is_the_person(rules, stage):
    text = "후속작을 존 부어만 감독이 만들었다. 아소 부총리는 참배했다."
    doc = rules(text)
    del doc.spans[MENTIONS]  # fresh: the stage sees only what the rules found before resolve
    for name in ("부어만", "아소"):
        start = text.index(name)
        add_mention(doc, doc.char_span(start, start + len(name), label="PERSON"), "rule", name)
    full, titled = text.index("존 부어만"), text.index("아소 부총리")
    stage.add_mentions(doc, [(full, full + 5, "PERSON"), (titled, titled + 6, "PERSON")])
    got = {(m.text, m._.source) for m in doc.spans[MENTIONS]}
    # 존 부어만 is not name-shaped (존 is a word Kiwi knows), but the rules read a person there: no hold.
    assert ("존 부어만", "ner") in got and ("부어만", "rule") not in got
    assert ("아소", "rule") in got and ("아소 부총리", "ner") not in got  # a title is not part of the name
    assert "sinmun_ner_held" not in doc.spans or not list(doc.spans["sinmun_ner_held"])


def test_a_range_of_days_or_hours_the_model_reads_as_a_quantity_is_a_date_or_a_time(rules, stage):
    text = "주유소에 2∼3일간 일했고 1∼2시간씩 쉬었으며 20∼30명이 왔다."
    doc = rules(text)
    del doc.spans[MENTIONS]
    ents = [(text.index(t), text.index(t) + len(t), "QUANTITY") for t in ("2∼3일간", "1∼2시간", "20∼30명")]
    stage.add_mentions(doc, ents)
    assert mentions(doc) == {("2∼3일간", "DATE"), ("1∼2시간", "TIME"), ("20∼30명", "QUANTITY")}


def test_an_institution_named_after_its_place_is_an_org_and_a_junction_a_place(rules, stage):
    text = "서울 용산경찰서는 일죽나들목 부근과 서울 마포구에서 사고를 조사했다."
    doc = rules(text)
    del doc.spans[MENTIONS]
    spans = [("서울 용산경찰서", "LOC"), ("일죽나들목", "PERSON"), ("서울 마포구", "LOC")]
    stage.add_mentions(doc, [(text.index(t), text.index(t) + len(t), label) for t, label in spans])
    assert mentions(doc) == {("서울 용산경찰서", "ORG"), ("일죽나들목", "LOC"), ("서울 마포구", "LOC")}


def test_a_rule_date_and_time_joined_by_a_tilde_are_refined_together(rules, stage):
    text = "김 씨 등은 24일 오전 10시∼오후 1시50분쯤 사찰에 있었다."
    doc = rules(text)
    del doc.spans[MENTIONS]
    for piece, label in (("24일 오전 10시", "DATE"), ("오후 1시50분", "TIME")):  # what the date rules read
        add_mention(doc, doc.char_span(text.index(piece), text.index(piece) + len(piece), label=label), "rule", None)
    day, hours = text.index("24일"), text.index("오전 10시∼오후 1시50분")
    stage.add_mentions(doc, [(day, day + 3, "DATE"), (hours, hours + 15, "TIME")])
    assert mentions(doc) == {("24일", "DATE"), ("오전 10시∼오후 1시50분", "TIME")}


def test_a_tilde_group_the_model_reads_only_in_part_keeps_the_rest(rules, stage):
    text = "회의는 11일 오전 11시∼12시 열렸다."
    doc = rules(text)
    del doc.spans[MENTIONS]
    for piece, label in (("11일 오전 11시", "DATE"), ("12시", "TIME")):
        add_mention(doc, doc.char_span(text.index(piece), text.index(piece) + len(piece), label=label), "rule", None)
    day, hour = text.index("11일"), text.index("오전 11시")
    stage.add_mentions(doc, [(day, day + 3, "DATE"), (hour, hour + 6, "TIME")])  # nothing for 12시
    assert mentions(doc) == {("11일", "DATE"), ("오전 11시", "TIME"), ("12시", "TIME")}


def test_a_place_ends_before_the_word_that_says_where_relative_to_it(rules, stage):
    text = "태풍은 여수 거문도 남동쪽 해상을 지나 남쪽으로 갔다."
    doc = rules(text)
    del doc.spans[MENTIONS]
    at = text.index("여수 거문도 남동쪽")
    stage.add_mentions(doc, [(at, at + len("여수 거문도 남동쪽"), "LOC")])
    assert mentions(doc) == {("여수 거문도", "LOC")}
