"""KLUE-NER marks entities on characters, and some end inside a Kiwi token: a name glued to a particle or
an honorific (엠버가 → 엠버), states abbreviated into one word (남북 → 남 + 북), a counter glued to a noun
(18일자 → 18일). The NER stage cuts the model's whole-token entities to KLUE's spans, splitting the
token, and leaves them whole where Kiwi itself cut the word apart or where the ending belongs to a name."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.kiwi_tokenizer import KiwiTokenizer
from sinmun.ner.boundaries import klue_pieces
from sinmun.ner.stage import HELD, NerStage


@pytest.fixture(scope="module")
def stage():
    """The NER stage on its own, fed with the entities a test chooses instead of the model's."""
    return NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])


@pytest.fixture(scope="module")
def kiwi():
    return KiwiTokenizer(Vocab())


def tokens_of(text: str, tokens: str | None, kiwi) -> Doc:
    """A doc of `text`: Kiwi's tokens, or the ones given ("엠버가|무대|에|…"), as Kiwi makes them in
    informal text where it keeps an unknown name and what follows it in one token."""
    if tokens is None:
        return kiwi(text)
    words = tokens.split("|")
    spaces, at = [], 0
    for word in words:
        at = text.index(word, at) + len(word)
        spaces.append(text[at:at + 1] == " " and not word.endswith(" "))
        at += spaces[-1]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    assert doc.text == text
    return doc


def whole_token_entity(doc: Doc, word: str, label: str) -> tuple[int, int, str]:
    """The entity the model, trained on KLUE widened to whole tokens, gives for `word`."""
    start = doc.text.index(word)
    span = doc.char_span(start, start + len(word), alignment_mode="expand")
    assert (span.start_char, span.end_char) == (start, start + len(word)), "the entity covers whole tokens"
    return start, start + len(word), label


def mention_texts(doc: Doc) -> list[tuple[str, str]]:
    spans = [*doc.spans.get(MENTIONS, []), *doc.spans.get(HELD, [])]
    return [(s.text, s.label_) for s in sorted(spans, key=lambda s: s.start_char)]


# fmt: off
@pytest.mark.parametrize("text, tokens, entity, label, expected", [
    # states abbreviated into one word, each marked on its own (Kiwi's own tokens)
    ("한미 양국 정상은 이날 통화했다.", None, "한미", "ORG", ["한", "미"]),
    ("남북 대화가 다시 열렸다.", None, "남북", "ORG", ["남", "북"]),
    ("한·일 외교장관이 만났다.", None, "한·일", "ORG", ["한", "일"]),
    ("한중일 3국 정상회의가 열린다.", None, "한중일", "LOC", ["한", "중", "일"]),
    ("북측 대표단이 도착했다.", None, "북측", "ORG", ["북"]),
    ("한일전 승리에 환호했다.", None, "한일전", "ORG", ["한", "일"]),
    ("미국인 관광객이 늘었다.", None, "미국인", "LOC", ["미국"]),
    # a name and what follows it in one token
    ("엠버가 무대에 올랐다.", "엠버가|무대|에|올랐|다|.", "엠버가", "PERSON", ["엠버"]),
    ("니시지마씨는 웃었다.", "니시지마씨|는|웃었|다|.", "니시지마씨", "PERSON", ["니시지마"]),
    ("타츠야군도 왔다.", "타츠야군|도|왔|다|.", "타츠야군", "PERSON", ["타츠야"]),
    ("황비홍역을 맡았다.", "황비홍역|을|맡았|다|.", "황비홍역", "PERSON", ["황비홍"]),
    ("반젤리스의 음악이 흘렀다.", "반젤리스의|음악|이|흘렀|다|.", "반젤리스의", "PERSON", ["반젤리스"]),
    ("장혁이 돌아왔다.", "장혁이|돌아왔|다|.", "장혁이", "PERSON", ["장혁"]),
    ("그 역은 루 입니다.", "그|역|은|루 |입니다|.", "루 ", "PERSON", ["루"]),
    ("ᄒᄒ스텔론 최고", None, "ᄒᄒ스텔론", "PERSON", ["스텔론"]),
    ("영화 델마와루이스를 봤다.", None, "델마와루이스", "PERSON", ["델마", "루이스"]),
    # a counter glued to a noun; a doubled number word; a year in a title
    ("지난 18일자 신문에 실렸다.", "지난|18|일자|신문|에|실렸|다|.", "지난 18일자", "DATE", ["지난 18일"]),
    ("금리가 0.03%포인트 내렸다.", "금리|가|0.03|%포인트|내렸|다|.", "0.03%포인트", "QUANTITY", ["0.03%"]),
    ("하나하나 따져 봐야 한다.", None, "하나하나", "QUANTITY", ["하나", "하나"]),
    ("응답하라 1997 열풍이 불었다.", "응답하라 1997|열풍|이|불었|다|.", "응답하라 1997", "DATE", ["1997"]),
])
# fmt: on
def test_a_whole_token_entity_is_cut_to_the_klue_span(stage, kiwi, text, tokens, entity, label, expected):
    doc = tokens_of(text, tokens, kiwi)
    stage.add_mentions(doc, [whole_token_entity(doc, entity, label)])
    assert mention_texts(doc) == [(piece, label) for piece in expected]


# fmt: off
@pytest.mark.parametrize("text, tokens, entity, label", [
    ("북미 대륙을 횡단했다.", None, "북미", "LOC"),  # North America, a place
    ("북한 대표단이 도착했다.", None, "북한", "ORG"),
    ("한전 사장이 말했다.", "한전|사장|이|말했|다|.", "한전", "ORG"),  # 전 only after a compound or a country
    ("탕웨이 주연 영화다.", "탕웨이|주연|영화|다|.", "탕웨이", "PERSON"),  # 이 after an open syllable: the name's
    ("조성모 노래를 불렀다.", "조성모|노래|를|불렀|다|.", "조성모", "PERSON"),
    ("박모 씨가 붙잡혔다.", "박모|씨|가|붙잡혔|다|.", "박모", "PERSON"),  # a withheld name, whole as written (not KLUE's <박>모)
    ("하느님 맙소사.", "하느님|맙소사|.", "하느님", "PERSON"),
    ("맥아더장군 동상이 섰다.", "맥아더장군|동상|이|섰|다|.", "맥아더장군", "PERSON"),
    ("유카와 하루나 감독이다.", "유카와 하루나|감독|이|다|.", "유카와 하루나", "PERSON"),  # one name, not a pair
    ("10개국 정상이 모였다.", "10|개국|정상|이|모였|다|.", "10개국", "QUANTITY"),  # KLUE marks 10개국 whole
    ("2014년도 예산이다.", "2014|년도|예산|이|다|.", "2014년도", "DATE"),
    # Kiwi cut the word itself: the model learned KLUE's choice for those tokens, often the whole
    ("강산이 웃었다.", "강산|이|웃었|다|.", "강산이", "PERSON"),
    ("엠버가 웃었다.", "엠버|가|웃었|다|.", "엠버가", "PERSON"),
])
# fmt: on
def test_entities_klue_marks_whole_stay_whole(stage, kiwi, text, tokens, entity, label):
    doc = tokens_of(text, tokens, kiwi)
    n_tokens = len(doc)
    stage.add_mentions(doc, [whole_token_entity(doc, entity, label)])
    assert mention_texts(doc) == [(entity, label)]
    assert len(doc) == n_tokens, "no token was split"


def test_a_split_token_leaves_the_text_and_the_other_mentions_as_they_were(stage):
    text = "삼성전자 김철수 사장과 엠버가 만났다."
    doc = tokens_of(text, "삼성전자|김철수|사장|과|엠버가|만났|다|.", None)
    company = add_mention(doc, doc.char_span(0, 4, label="ORG"), "gazetteer", "삼성전자")
    assert company.text == "삼성전자"
    add_mention(doc, doc.char_span(5, 8, label="PERSON"), "rule", "김철수")
    stage.add_mentions(doc, [whole_token_entity(doc, "엠버가", "PERSON")])
    assert doc.text == text
    assert [t.text for t in doc][4:6] == ["엠버", "가"]
    assert doc[5].tag_ == "JKS", "the cut-off particle is tagged as one"
    spans = [*doc.spans[MENTIONS], *doc.spans.get(HELD, [])]
    assert {(s.text, s.label_, s._.source, s._.normalized) for s in spans} >= {
        ("삼성전자", "ORG", "gazetteer", "삼성전자"), ("김철수", "PERSON", "rule", "김철수")}
    assert ("엠버", "PERSON") in {(s.text, s.label_) for s in spans}
    assert all(text[s.start_char:s.end_char] == s.text for s in spans)


@pytest.mark.parametrize("compound, names", [("한미", ["한국", "미국"]), ("남북", ["한국", "북한"]), ("한중일", ["한국", "중국", "일본"])])
def test_abbreviated_states_are_named_in_full(stage, kiwi, compound, names):
    doc = kiwi(f"{compound} 관계가 좋아졌다.")
    stage.add_mentions(doc, [whole_token_entity(doc, compound, "ORG")])
    assert [m._.normalized for m in doc.spans[MENTIONS]] == names


@pytest.mark.parametrize("text, tokens, entity, label", [
    ("남북 정상이 만났다.", None, "남북", "ORG"),
    ("엠버가 웃었다.", "엠버가|웃었|다|.", "엠버가", "PERSON"),
    ("루 입니다.", "루 |입니다|.", "루 ", "PERSON"),
    ("하나하나 세었다.", None, "하나하나", "QUANTITY"),
])
def test_pieces_lie_inside_the_entity_and_never_overlap(kiwi, text, tokens, entity, label):
    doc = tokens_of(text, tokens, kiwi)
    start, end, _ = whole_token_entity(doc, entity, label)
    pieces = klue_pieces(doc, start, end, label)
    assert pieces != [(start, end, label)]
    assert all(start <= s < e <= end and lab == label for s, e, lab in pieces)
    assert all(a[1] <= b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(re.fullmatch(r"\S(.*\S)?", text[s:e]) for s, e, _ in pieces), "no piece starts or ends in a space"
