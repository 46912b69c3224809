"""Shortcuts taken for speed answer exactly what the full computation answers (issue 19: speed must not
change results). Each test compares the shortcut with the computation it skips, on made-up text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from thinc.api import Model

from sinmun.cleaning import segments, zones
from sinmun.rules import non_people

CREDIT_PIECES = [
    "시민들이 지나가고 있다.", "간담회에 참석한 대표들.", " ", "  ", "\u00a0", "\t", ".", "|", "｜", "/", "사진", "사진제공",
    "자료", "=", ":", "가상일보", "가상재단", "홍길동", "기자", "제공", "DB", "ⓒ", "©", "[", "]", "(", ")", "【", "】", "<", ">",
    "자료사진", "2024.5.13", "ABC", "뉴스1", "다", "!", "?", "”", "'", "…", "\n",
]
lines = st.lists(st.one_of(st.sampled_from(CREDIT_PIECES), st.text(max_size=6)), max_size=14).map("".join)


def _span(match):
    return None if match is None else (match.start(), match.end())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_trailing_credit_shortcut_finds_what_the_full_search_finds(line: str) -> None:
    full = zones._TRAILING_CREDIT.search(line) or zones._WORD_CREDIT.search(line)
    assert _span(zones._trailing_credit(line)) == _span(full)


@pytest.mark.parametrize("line, credited", [
    ("시민들이 지나가고 있다. 가상일보 제공", True),
    ("기자회견장 전경 |사진 홍길동 기자", True),
    ("간담회에 참석한 대표들. [가상프레스 자료사진]  ", True),
    ("행사 모습. ⓒ가상일보", True),
    ("… 대표들. 가상이미지뱅크", True),
    ("정부는 26일 방안을 발표했다.", False),
    ("그는 \"돕겠다\"고 말했다. ", False),
    ("가상재단 제공했다고 밝혔다!", False),
])
def test_trailing_credit_shortcut_on_credits_and_prose(line: str, credited: bool) -> None:
    full = zones._TRAILING_CREDIT.search(line) or zones._WORD_CREDIT.search(line)
    assert (full is not None) == credited  # the examples are what they claim to be
    assert _span(zones._trailing_credit(line)) == _span(full)


SEGMENT_PIECES = [
    "말했다.", "있다. ", "했다.\"", "했다.”", "했다!'", "요?", "…", "가", "나다", "A", "a1", "7", " ", "\n", "hong@outlet.co.kr",
    "@", ".", ",", "!", "?", "'", "\"", "”", "’", "」", "』", ")", "]", "[", "【", "】", "<", ">", "＜", "＞", "〈", "〉", "《", "》",
    "▶", "기사제보", "[가상일보]", "(서울=가상뉴스)",
]
segment_lines = st.lists(st.one_of(st.sampled_from(SEGMENT_PIECES), st.text(max_size=4)), max_size=20).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(segment_lines)
def test_boundaries_are_where_the_boundary_pattern_matches(line: str) -> None:
    assert segments._boundaries(line) == [m.start() for m in segments._BOUNDARY.finditer(line)]


HEAD_PIECES = ["도담", "센터", "골프장", "오픈", "그룹", "강", "산", "섬", "항", "은", "는", "이", "가", "에서", "의", "크리그", "리그",
               "호텔", "클럽", "A", " ", "금융", "협회", "공원"]
head_words = st.lists(st.sampled_from(HEAD_PIECES), min_size=1, max_size=5).map("".join)


def _ends_in_a_head_by_scan(text: str) -> str | None:
    last = text.rsplit(" ", 1)[-1]
    for head, kind in non_people.head_kinds().items():
        if last.endswith(head) and len(last) >= len(head) + 2:
            return kind
    return None


@settings(max_examples=400, deadline=None)
@given(head_words)
def test_ends_in_a_head_by_length_is_the_first_listed_head(text: str) -> None:
    assert non_people.ends_in_a_head(text) == _ends_in_a_head_by_scan(text)


@pytest.mark.parametrize("glued", [True, False])
@given(word=head_words)
@settings(max_examples=200, deadline=None)
def test_heads_by_length_hold_every_head_once(glued: bool, word: str) -> None:
    heads = non_people.name_heads() | non_people.GLUED_ONLY_HEADS if glued else non_people.name_heads()
    by_scan = any(word.startswith(h) and non_people.PARTICLES.fullmatch(word, len(h)) for h in heads)
    by_length = any(len(word) >= n and word[:n] in listed and non_people.PARTICLES.fullmatch(word, n)
                    for n, listed in non_people._heads_by_length(glued))
    assert by_length == by_scan


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["통합", "법인", "외국계", "기업", "업체", "가", "사", "회사", "정부", "단체", "측"]), min_size=1, max_size=4).map("".join))
def test_generic_ending_by_length_is_endswith_any(head: str) -> None:
    from sinmun.facts import actors
    from sinmun.facts.lexicon import load_lexicon

    generic = load_lexicon().generic
    assert actors._ends_in_generic(head, generic) == any(head.endswith(g) for g in generic if len(g) >= 2)


BYLINE_PIECES = [
    "홍길동", "김철수", " ", "  ", "=", "ㅣ", "|", "｜", "기자", "특파원", "앵커", "[", "]", "(", ")", "세종", "가상일보",
    "hong@gasang.co.kr", "제목이다", "부제", "본문이 이어진다.", "·", ",", "기자들", "사진",
]
bylines = st.lists(st.one_of(st.sampled_from(BYLINE_PIECES), st.text(max_size=4)), max_size=12).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bylines)
def test_a_line_without_a_title_word_has_no_run_in_byline(line: str) -> None:
    """`_anchors` skips the costly run-in byline pattern on lines with no title word standing alone."""
    pats = zones._patterns()
    if pats["title_word"].search(line) is None:
        assert list(pats["runin_byline"].finditer(line)) == []


@pytest.mark.parametrize("line, kind", [("…부제가상경제 홍길동 기자 ㅣ 본문이 이어진다.", "runin_byline"),
                                        ("제목 끝난다부제 홍길동·김철수 기자 = 본문이 이어진다.", "runin_byline"),
                                        ("(세종=가상일보) 홍길동 기자 = 본문이다.", "dateline")])
def test_run_in_bylines_are_still_anchors(line: str, kind: str) -> None:
    assert kind in [k for _, k in zones._anchors(line)]


# The NER model's prediction-only layers (ner/prediction.py, ner/features.py) against thinc's layers.

@settings(max_examples=60, deadline=None)
@given(tokens=st.integers(0, 40), n_out=st.integers(1, 6), pieces=st.integers(1, 4), n_in=st.integers(1, 9),
       seed=st.integers(0, 2**31), ties=st.booleans())
def test_the_prediction_maxout_is_thincs_maxout_bit_for_bit(tokens, n_out, pieces, n_in, seed, ties) -> None:
    import numpy
    from thinc.api import Maxout, NumpyOps

    from sinmun.ner.prediction import fast_maxouts

    rng = numpy.random.default_rng(seed)
    layer = Maxout(n_out, n_in, nP=pieces)
    layer.ops = NumpyOps(use_blis=False)
    layer.initialize()
    weights = rng.normal(size=(n_out, pieces, n_in)).astype("float32")
    if ties:  # pieces that give the same value: the max must not depend on which piece it came from
        weights[:, -1] = weights[:, 0]
    bias = rng.normal(size=(n_out, pieces)).astype("float32")
    if ties:
        bias[:, -1] = bias[:, 0]
    layer.set_param("W", weights)
    layer.set_param("b", bias)
    X = rng.normal(size=(tokens, n_in)).astype("float32")
    expected = layer.predict(X)
    holder = Model("holder", lambda m, X, is_train: (X, None), layers=[layer])
    assert fast_maxouts(holder) == 1
    assert holder.layers[0] is not layer
    got, _ = holder.layers[0](X, is_train=False)
    assert got.shape == expected.shape and numpy.array_equal(got, expected)
    with pytest.raises(NotImplementedError):
        holder.layers[0](X, is_train=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.sampled_from([0, 1, 2**63, 2**64 - 1])), max_size=30))
def test_distinct_rows_give_back_every_row(rows) -> None:
    import numpy

    from sinmun.ner.features import distinct_rows

    ids = numpy.array(rows, dtype="uint64").reshape(-1, 3)
    distinct, where = distinct_rows(ids)
    assert numpy.array_equal(distinct[where], ids)
    assert len({tuple(r) for r in distinct.tolist()}) == len(distinct) == len({tuple(r) for r in rows})


def test_distinct_rows_survive_a_collision_of_keys() -> None:
    """Two different rows whose mixed keys collide: the rows are compared whole instead."""
    import numpy

    from sinmun.ner import features

    mix = int(features._MIX)
    # key(a, b) = a·MIX xor b (mod 2^64): (1, MIX) and (0, 0) collide at 0.
    ids = numpy.array([[1, mix], [0, 0], [1, mix]], dtype="uint64")
    distinct, where = features.distinct_rows(ids)
    assert numpy.array_equal(distinct[where], ids) and len(distinct) == 2


WORD_PIECES = ["케네디", "케네", "디", "는", "가", "의", "에게", "와", "존", " ", "F.", "한", "A", ".", "\n", "부시", "에서는"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORD_PIECES), st.text(max_size=3)), max_size=16).map("".join),
       st.sampled_from(["케네디", "케네", "디디", "부시", "A.", "에서"]))
def test_word_starts_are_the_pattern_matches(text: str, word: str) -> None:
    import re

    from sinmun.resolve import word_starts
    from sinmun.rules.orgs import JOSA

    pattern = rf"(?<![가-힣]){re.escape(word)}{JOSA}(?![가-힣])"
    assert list(word_starts(text, word)) == [m.start() for m in re.finditer(pattern, text)]


NER_TEXTS = ["김민수 한빛전자 대표는 3일 서울 본사에서 밝혔다.", "", "가상시 의회는 예산 120억원을 의결했다.  새 줄\n다음",
             "가온누리 가온누리가 ABC-12 ㈜가온", "한"]


@pytest.mark.parametrize("endings, beginnings", [((1, 2), (2,)), ((1,), ()), ((), ())])
def test_token_features_of_a_batch_are_each_docs_own(endings, beginnings) -> None:
    """The batch lookup (one per distinct token) gives each doc the rows a token-by-token reading gives."""
    import numpy
    from spacy.attrs import ORTH, SPACY

    from sinmun.ner.features import _syllable_ids, docs_token_features
    from sinmun.nlp import build_nlp

    docs = list(build_nlp().tokenizer.pipe(NER_TEXTS))
    for doc, got in zip(docs, docs_token_features(docs, endings, beginnings)):
        expected = numpy.zeros((0, len(endings) + len(beginnings) + 1), dtype="uint64")
        if len(doc):
            ids = [_syllable_ids(doc.vocab.strings[o], endings, beginnings) for o in doc.to_array(ORTH).tolist()]
            after = doc.to_array(SPACY).astype("uint64")
            after[-1] = 1
            before = numpy.concatenate([[1], after[:-1]]).astype("uint64")
            expected = numpy.hstack([numpy.array(ids, dtype="uint64").reshape(len(doc), -1), (2 * before + after)[:, None]])
        assert got.dtype == expected.dtype and numpy.array_equal(got, expected)


def test_extension_reads_are_spacys_reads() -> None:
    """`source_of` / `normalized_of` read what `span._` reads: set, unset, and shared by spans of the same offsets."""
    from spacy.tokens import Span

    from sinmun.doc_ext import normalized_of, source_of
    from sinmun.nlp import build_nlp

    doc = build_nlp().tokenizer("김민수 한빛전자 대표는 서울에서 밝혔다.")
    spans = [Span(doc, 0, 1, label="PERSON"), Span(doc, 1, 2, label="ORG"), Span(doc, 1, 2, label="LOC"), Span(doc, 2, 4)]
    spans[0]._.source, spans[0]._.normalized = "rule", "김민수"
    spans[1]._.source = "ner"
    for span in spans:
        assert (source_of(span), normalized_of(span)) == (span._.source, span._.normalized)
    assert source_of(spans[2]) == "ner" and normalized_of(spans[3]) is None
    for name in ("source", "normalized"):  # a plain default and no getter: what the direct read assumes
        default, method, getter, setter = Span.get_extension(name)
        assert default is None and method is None and getter is None and setter is None
