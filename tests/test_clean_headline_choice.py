"""The headline told by what it says (`article._choose_title`, `headline.undecorated`): a page's head may
hold the outlet's name, a print page's bar, a section path, a rule, labelled fields, and dress the
headline in a feed's or a messenger's marks; the line whose words the text repeats is the headline, and
what dresses it goes. Made-up pages."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.headline import article_units, undecorated

H = "서울시, 청년 주거 지원 예산 두 배로 늘려"
P1 = "서울시는 2일 청년 주거 지원 예산을 올해의 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
P3 = "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
BODY = f"{P1}\n{P2}\n{P3}"

# fmt: off
MASTHEADS = [  # what a page's head puts above or around the headline, the headline as {h}
    "가상일보 - 프린트 화면\n{h}\n2024-05-02 13:35 | 홍길동 기자",
    "가상경제\n인쇄하기 | 창닫기\n{h}",
    "가상누리\n{h}\n홍길동 기자\n2024. 5. 2. 15:15\n댓글27",
    "뉴스 - 사회 - 사건·사고\n{h}",
    "━━━━━━━━━━━━━━\n매체명: 가상일보\n게재일: 2024-05-02\n기자: 홍길동\n━━━━━━━━━━━━━━\n{h}",
    "제목 | {h}\n매체 | 가상일보\n작성 | 홍길동 기자\n일시 | 2024-05-02 22:56",
    "가상타임스\n이야기 작성자: 홍길동\n• 9시간 • 5분 읽음\n{h}",
    "{h}\n가상일보 · 홍길동 기자 · 8h",
    "ZUM 뉴스\n사회\n{h}\n가상일보 | 2024-05-02 10:46\n공유 | 글자크기",
]
DRESSED = [  # the headline dressed by a feed, a messenger or a clipping
    "📰 {h}",
    "[가상일보] {h}",
    "title: {h}",
    "{h} (05/02 11:04)",
    "No. 18  가상일보  2024.05.02  {h}",
    "[가상일보] {h} (05/02 07:42)",
    "■ {h}",
]
# fmt: on


@pytest.mark.parametrize("head", MASTHEADS)
def test_the_line_the_text_repeats_is_the_headline(head: str) -> None:
    cleaned = clean_article(head.format(h=H) + "\n" + BODY + "\nⓒ 가상일보 무단전재 및 재배포 금지")
    assert cleaned.title == H
    assert cleaned.body.startswith(P1)


@pytest.mark.parametrize("dressed", DRESSED)
def test_what_dresses_a_headline_goes(dressed: str) -> None:
    cleaned = clean_article(dressed.format(h=H) + "\n" + BODY)
    assert cleaned.title == H
    assert cleaned.body.startswith(P1)


@pytest.mark.parametrize("dressed", DRESSED + ["{h} - 가상일보", "{h} | 가상일보"])
def test_undecorated_keeps_the_words_about_the_article(dressed: str) -> None:
    assert undecorated(dressed.format(h=H), article_units([BODY])) == H


@pytest.mark.parametrize("title", [
    "[단독] 서울시, 청년 주거 예산 두 배로",   # a tag the article does not repeat goes, the headline stays
    "‘청년 주거’ 예산 두 배로 늘린 서울시",      # quotes are the headline's own
    "서울시 \"청년 주거 예산 두 배로\"",
    "청년 주거 예산 두 배로…대상도 넓혀",
])
def test_undecorated_leaves_a_headline_s_own_marks(title: str) -> None:
    kept = undecorated(title, article_units([BODY]))
    assert kept.endswith(title[-4:])
    assert "청년" in kept


@pytest.mark.parametrize("head", [
    "가상일보\n인쇄하기 | 창닫기",                # a print page with no headline shown
    "실시간 뉴스\n가상일보",                      # short labels share a few words with any text
    "가상타임스\n이야기 작성자: 홍길동\n• 9시간 • 5분 읽음",
])
def test_a_head_without_a_headline_gives_no_title(head: str) -> None:
    cleaned = clean_article(head + "\n" + BODY)
    assert cleaned.title is None
    assert P1 in cleaned.body


def test_a_title_the_text_does_not_repeat_stays_over_a_sub_headline_it_does() -> None:
    """A question or pun shares few words with the text; the stages' title stays when it says something."""
    page = f"청년들 어디서 살아야 하나?\n2024.05.02 13:35 | 홍길동 기자\n{BODY}"
    assert clean_article(page).title == "청년들 어디서 살아야 하나?"


def test_a_given_title_wins() -> None:
    cleaned = clean_article(f"가상일보 - 프린트 화면\n{H}\n{BODY}", title="주어진 제목")
    assert cleaned.title == "주어진 제목"


@pytest.mark.parametrize("head", MASTHEADS[:4])
def test_choosing_the_headline_is_idempotent(head: str) -> None:
    once = clean_article(head.format(h=H) + "\n" + BODY).body
    assert clean_article(once).body == once


@pytest.mark.parametrize("first", [
    "2024년 5월 2일, 서울시는 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. (지난해 대비 +100%)",
    "【2024년 5월 2일】",
])
def test_the_text_s_first_lines_are_no_headline(first: str) -> None:
    """A first paragraph whose last words follow its full stop, and the text's dateline, share the text's
    words: they stay in the body, whatever the head shows."""
    page = f"가상일보\n가상일보 구독\n{H}\n입력 2024.05.02. 오후 9:31\n홍길동 기자\n{first}\n{BODY}"
    cleaned = clean_article(page)
    assert cleaned.title == H
    assert first in cleaned.body
    assert clean_article(cleaned.body).body == cleaned.body
