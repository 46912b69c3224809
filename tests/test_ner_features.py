"""The NER model's token features: syllable endings and spacing beside spaCy's lexical attributes."""

import numpy
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import NumpyOps

from sinmun.ner.features import KoreanHashEmbed, token_features

ENDINGS = (1, 2)


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces)


def test_spacing_column_says_where_a_word_begins_and_ends():
    # 서울시청에서 말했다. → 서울 | 시청 | 에서 ␣ 말 | 했 | 다 | .
    doc = _doc(["서울", "시청", "에서", "말", "했", "다", "."], [False, False, True, False, False, False, False])
    spacing = token_features(doc, ENDINGS)[:, -1].tolist()
    # 2 × space before + space after; the doc's edges count as spaced.
    assert spacing == [2, 0, 1, 2, 0, 0, 1]


def test_tokens_sharing_their_last_syllables_share_ending_features():
    doc = _doc(["국민은행", "신한은행", "민주당", "국민"], [True, True, True, False])
    rows = token_features(doc, ENDINGS)
    assert rows[0, 1] == rows[1, 1]  # 은행
    assert rows[0, 0] == rows[1, 0]  # 행
    assert rows[0, 1] != rows[2, 1]  # 은행 vs 주당
    assert rows[2, 0] != rows[0, 0]  # 당 vs 행


def test_a_short_token_is_its_own_ending_and_lengths_do_not_collide():
    doc = _doc(["당", "주당", "당"], [True, True, False])
    rows = token_features(doc, ENDINGS)
    # the one-syllable ending of 당 and its (whole-word) two-syllable ending are different features
    assert rows[0, 0] != rows[0, 1]
    assert rows[0, 0] == rows[1, 0] == rows[2, 0]
    assert rows[1, 1] != rows[0, 1]


def test_embedding_gives_one_vector_per_token():
    model = KoreanHashEmbed(width=16, attrs=["NORM", "TAG"], rows=[100, 50], endings=list(ENDINGS), ending_rows=100)
    model.ops = NumpyOps()
    docs = [_doc(["삼성", "전자", "는"], [False, True, False]), _doc(["서울"], [False])]
    model.initialize(X=docs)
    vectors = model.predict(docs)
    assert [v.shape for v in vectors] == [(3, 16), (1, 16)]
    assert not numpy.allclose(vectors[0][0], vectors[0][1])


def test_rows_must_match_attrs():
    with pytest.raises(ValueError, match="rows"):
        KoreanHashEmbed(width=16, attrs=["NORM", "TAG"], rows=[100], endings=[1], ending_rows=100)


def test_beginnings_come_after_the_endings_and_differ_from_them():
    doc = _doc(["서울대", "서울시", "시서울"], [True, True, False])
    rows = token_features(doc, (2,), beginnings=(2,))
    assert rows.shape == (3, 3)
    assert rows[0, 1] == rows[1, 1]  # 서울…
    assert rows[0, 0] != rows[1, 0]  # …울대 vs …울시
    assert rows[2, 0] != rows[0, 1]  # the ending 서울 is not the beginning 서울
