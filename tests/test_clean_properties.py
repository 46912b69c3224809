"""Invariants of cleaning on arbitrary text: it never raises, and cleaning twice changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.cleaning import clean_article

# Pieces of real-looking debris and prose, so random texts hit the rules and not only noise.
PIECES = [
    "기사입력 : 2019년09월26일 13:59", "최종수정 2019.09.26 오후 2:05", "[서울=뉴스핌] 박진숙 기자 =", "(서울=연합뉴스)",
    "홍길동 기자", "hong@example.com", "[사진=중기부]", "/ 중기부 제공", "./ IT조선", "ⓒ 뉴스1", "Copyright ⓒ 서울신문",
    "무단전재 및 재배포 금지", "[뉴스핌 베스트 기사]", "관련기사", "댓글", "[ 300자 이내 / 현재: 0자 ]", "기사 읽어주기",
    "페이스북 트위터", "속보", "더보기", "자료 제공 : 정책브리핑", "정부는 26일 방안을 발표했다.", "그는 \"돕겠다\"고 말했다.",
    "[앵커]", "◀ 리포트 ▶", "<기자>", "[인터뷰] 홍길동 / 시민 :", "[홍길동/시민 : 좋아요.]", "(영상취재 : 홍길동)",
    "[가상일보 자료사진]", "사진=가상일보", "관련기사", "가상시 버스 파업 사흘째.",
    "2019.09.26", "\n", "\n\n", " ", "\u00a0", "\u200b", "「", "”", "(", "]", "=", "/", ".", "다.",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=25).map("".join)
PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(texts)
def test_clean_article_never_raises_and_is_idempotent(text: str) -> None:
    once = clean_article(text).body
    assert clean_article(once).body == once


@PROPERTY_SETTINGS
@given(st.text(max_size=300))
def test_clean_article_on_any_unicode(text: str) -> None:
    once = clean_article(text).body
    assert isinstance(once, str)
    assert clean_article(once).body == once


@settings(max_examples=100, deadline=None)
@given(texts, st.one_of(st.none(), st.text(max_size=30)), st.one_of(st.none(), st.text(max_size=30)))
def test_clean_article_with_metadata_never_raises(text: str, title: str | None, published: str | None) -> None:
    result = clean_article(text, title=title, published_at=published, url=published)
    assert result.published_at is None or result.published_at.tzinfo is not None
