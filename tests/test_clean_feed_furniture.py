"""Furniture of feeds, tags and galleries known by shape (`segments.is_inline_furniture`): a feed item
dumped as its RSS fields, lines of hashtags and tag lists, a gallery's counter; and a wire's dateline
("서울--(가상와이어) 2024년 05월 02일 --"), which names the wire as the outlet. Made-up lines."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.segments import is_inline_furniture

P1 = "서울시는 2일 청년 주거 지원 예산을 올해의 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
BODY = f"{P1}\n{P2}"

# fmt: off
FURNITURE = [
    "#국회 #예산안 #여야",
    "#청년주거",
    "태그",
    "키워드 : 주거, 청년, 예산",
    "Tags: 주거 · 청년",
    "link: https://www.gasang.co.kr/news/articleView.html?idxno=1234",
    "pubDate: Tue, 14 Oct 2025 07:17:00 +0900",
    "category: 사회",
    "description:",
    "author: 홍길동 기자",
    "guid: 1234",
    "1 / 4",
    "12/30",
]
PROSE = [  # sentences with a hash, a tag word, a colon label or a fraction: text
    "#1 시드를 받은 선수는 결승에서 패했다.",
    "태그를 붙인 게시물은 지난해보다 두 배 늘었다.",
    "description: 서울시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다.",
    "키워드 검색량은 한 달 새 3배로 뛰었다.",
    "응답자의 3 / 4가 찬성했다.",
    "링크: 시청 누리집에서 신청서를 내려받을 수 있다.",
]
# fmt: on


@pytest.mark.parametrize("line", FURNITURE)
def test_feed_and_tag_furniture_is_known_by_shape(line: str) -> None:
    assert is_inline_furniture(line)
    cleaned = clean_article(f"{P1}\n{line}\n{P2}")
    assert line not in cleaned.body
    assert cleaned.body == BODY


@pytest.mark.parametrize("line", PROSE)
def test_look_alike_prose_stays(line: str) -> None:
    assert not is_inline_furniture(line)
    cleaned = clean_article(f"{P1}\n{line}\n{P2}")
    assert line in cleaned.body


@pytest.mark.parametrize(("dateline", "wire"), [
    ("서울--(가상와이어) 2024년 05월 02일 -- ", "가상와이어"),
    ("천안--(가상와이어) 2026년 07월 13일 -- ", "가상와이어"),
    ("Seoul--(가상PR) 2024.05.02 -- ", "가상PR"),
])
def test_a_wire_dateline_goes_and_names_the_wire(dateline: str, wire: str) -> None:
    release = f"{dateline}{P1}\n{P2}\n가람에너지는 2015년 설립된 기업이다.\n언론 연락처: 가람에너지 홍보팀 02-123-4567 pr@garam.co.kr"
    cleaned = clean_article(release)
    assert cleaned.outlet == wire
    assert cleaned.body.startswith(P1)
    assert "--" not in cleaned.body
