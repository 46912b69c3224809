"""Properties of the Kiwi-backed spaCy tokenizer on arbitrary text: the Doc is the text, exactly.

`doc.text == text`, tokens tile the text (each starts where the previous one and its trailing space
end), every token has a tag, and the sentence spans kept for the sentences table are ordered,
non-overlapping and inside the text. Fixed, bounded budget so CI time is predictable.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.kiwi_tokenizer import SENTENCES_KEY, KiwiTokenizer
from sinmun.nlp import build_nlp

# Korean news shapes (numbers with units, brackets, quotes, bylines) and awkward characters, so the
# examples reach Kiwi's contractions and the tokenizer's gap handling, not only random noise.
WORDS = [
    "정부는", "예산을", "늘렸다.", "했다", "됐다.", "장관은", "중소벤처기업부", "100억원", "9,999,999,999조", "2019년",
    "9월", "26일", "오후", "1:59", "(주)", "「", "」", "“", "”", "'", "\"", "…", "·", "ㆍ", "₩1,000", "10%", "3.5%",
    "[서울=뉴스핌]", "기자", "hong@example.com", "https://example.kr/a?b=1", "ⓒ", "→", "㈜", "㎞", "Ⅱ",
    "ㅋㅋㅋ", "ᄀᄀ", "한\u0301", "\u200b", "\ufeff", "🙂", "👩‍👩‍👧", "漢字", "カタカナ", "Ünïcödé",
]
SPACES = [" ", "  ", "\n", "\n\n", "\t", "\u3000", "\u00a0", " \n "]
# Any character a str may hold except lone surrogates, which no decoded input contains.
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(SPACES), st.text(ANY_CHAR, max_size=6)), max_size=40,
).map("".join)
PROPERTY = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def tokenizer() -> KiwiTokenizer:
    return build_nlp().tokenizer


def _check(doc, text: str) -> None:
    assert doc.text == text
    cursor = 0
    for token in doc:
        assert token.idx == cursor, f"gap or overlap before {token.text!r} at {token.idx}"
        assert token.text, "empty token"
        assert token.tag_, f"token {token.text!r} has no tag"
        cursor = token.idx + len(token.text) + len(token.whitespace_)
    assert cursor == len(text)
    previous_end = 0
    for start, end in doc.user_data.get(SENTENCES_KEY, []):
        assert previous_end <= start < end <= len(text), (start, end)
        previous_end = end


def test_examples_exist(tokenizer):
    """The strategy is not vacuous: a sample text really goes through Kiwi."""
    doc = tokenizer("정부는 100억원을 투입했다. 장관은 “돕겠다”고 말했다.")
    assert len(doc) > 5 and len(doc.user_data[SENTENCES_KEY]) == 2


@PROPERTY
@given(text=texts)
def test_one_text(tokenizer, text):
    _check(tokenizer(text), text)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(texts, min_size=1, max_size=6))
def test_batches_match_single_texts(tokenizer, batch):
    docs = list(tokenizer.pipe(batch))
    assert len(docs) == len(batch)
    for doc, text in zip(docs, batch):
        _check(doc, text)
        assert [t.text for t in doc] == [t.text for t in tokenizer(text)]
