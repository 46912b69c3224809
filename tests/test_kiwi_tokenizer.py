"""The Kiwi-backed spaCy tokenizer: surface tokens, Kiwi tags, exact text round trip."""

import pytest

from sinmun.kiwi_tokenizer import SENTENCES_KEY
from sinmun.nlp import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


# fmt: off
ROUND_TRIP = [
    "박영선 장관은 말했다.",
    "  앞뒤  공백과\n\n빈 줄이   있는 글 ",
    "이모지 😀 와 漢字, English words, 1,234.5원",
    "탭\t문자와\r\n줄바꿈",
    "",
    "...!!!",
]
CONTRACTIONS = [
    ("지원했다", "했", "하+었"),
    ("말했다", "했", "하+었"),
    ("갔다", "갔", "가+었"),
    ("봤다", "봤", "보+었"),
]
# fmt: on


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_doc_text_is_the_input(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.parametrize("text,surface,forms", CONTRACTIONS)
def test_contraction_is_one_surface_token(nlp, text, surface, forms):
    doc = nlp.make_doc(text)
    token = next(t for t in doc if t.text == surface)
    assert token.lemma_ == forms
    assert "+" in token.tag_


def test_kiwi_tags_on_tokens(nlp):
    doc = nlp.make_doc("오영주 장관은 5조7000억을 지원한다.")
    tags = {t.text: t.tag_ for t in doc}
    assert tags["오영주"] == "NNP"
    assert tags["5"] == "SN" and tags["조"] == "NR"


def test_sentences_from_kiwi(nlp):
    text = "첫 문장입니다. 두 번째 문장입니다.\n세 번째."
    doc = nlp.make_doc(text)
    spans = doc.user_data[SENTENCES_KEY]
    assert len(spans) == 3
    assert [text[s:e] for s, e in spans][0] == "첫 문장입니다."
    assert sum(1 for _ in doc.sents) == 3


def test_pipe_equals_call(nlp):
    texts = ["하나의 문장.", "두 번째 글은 조금 더 길다. 그리고 끝난다."]
    piped = list(nlp.tokenizer.pipe(texts))
    single = [nlp.make_doc(t) for t in texts]
    assert [[(t.text, t.tag_) for t in d] for d in piped] == [[(t.text, t.tag_) for t in d] for d in single]
