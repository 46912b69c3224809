"""The trie-shaped alternation matches exactly what the longest-first alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sinmun.regex_words import alternation, longest_first

# Contexts the rules put word lists in: edges that force backtracking into a shorter word, a lazy
# prefix before the list, a particle after it, named groups around it.
CONTEXTS = (
    "({})",
    "(?<![가-힣A-Za-z])({})(?![가-힣A-Za-z])",
    "(?P<prefix>[가-힣A-Za-z]*?)(?P<word>{})(?:은|는|이|가)?",
    "({})(?:\\[\\d+\\])*(?:에 따르면|가)",
    "[가-힣]{{2,}}?(?:{})(?![가-힣])",
)


def _matches(pattern: str, text: str, flags: int = 0) -> list:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


def _same(words, text: str, ignore_case: bool = False) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    for context in CONTEXTS:
        plain = context.format(longest_first(words))
        trie = context.format(alternation(words, ignore_case=ignore_case))
        assert _matches(trie, text, flags) == _matches(plain, text, flags), (context, sorted(words), text)


@pytest.mark.parametrize(("words", "text"), [
    (["한국", "한국은행", "한국전력", "한국전력공사", "은행"], "한국전력공사는 한국은행과 한국전력이 한국에서 은행을 세웠다"),
    (["서울시", "서울", "서울시청", "시청"], "서울시청 앞에서 서울시는 서울 시청을 열었다"),
    (["위원회", "최저임금위원회", "임금"], "최저임금위원회가 임금 위원회를 열었다"),
    (["KBS", "kbs", "KB", "KB국민은행"], "KB국민은행과 KBS가 kbs에 따르면 KB가"),
    (["연합뉴스", "연합", "뉴스1", "뉴스"], "(서울=연합뉴스) 뉴스1에 따르면 연합 뉴스가"),
    (["a.b", "a+b", "(주)", "[속보]"], "a.b a+b (주)삼성 [속보] axb"),
])
def test_made_up_word_lists_match_alike(words, text):
    _same(words, text)


@pytest.mark.parametrize(("words", "text"), [
    (["KBS", "Kbs뉴스", "ytn", "YTN사이언스"], "kbs뉴스에 따르면 YTN사이언스가 Ytn 사이언스와 KBS가"),
    (["AB", "abc", "aB가"], "abc ABC aB가 ab가나"),
])
def test_case_insensitive_lists_match_alike(words, text):
    _same(words, text, ignore_case=True)


def test_the_trie_is_used_for_plain_words():
    assert alternation(["한국은행", "한국전력"]).startswith("(?=[한])")


def test_unicode_case_falls_back_to_the_plain_alternation():
    words = ["Straße", "ÄB"]
    assert alternation(words, ignore_case=True) == longest_first(words)


_letters = st.sampled_from("abAB가나 .")


@given(st.sets(st.text(_letters, min_size=1, max_size=4), min_size=1, max_size=12), st.text(_letters, max_size=40))
def test_any_word_list_matches_alike(words, text):
    _same(words, text)


@given(st.sets(st.text(_letters, min_size=1, max_size=4), min_size=1, max_size=12), st.text(_letters, max_size=40))
def test_any_word_list_matches_alike_ignoring_case(words, text):
    _same(words, text, ignore_case=True)
