"""Debris families of outlets the dev scrapes do not hold: broadcast transcript markers, credit-led
captions, related-story lists whose headlines end in "." or "?", bracketed photo credits and links
that are no article start. Made-up outlets, names and sentences."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.broadcast import strip_markers

P1 = "정부는 2일 인공지능 산업 육성 방안을 발표했다."
P2 = "이번 방안에는 중소기업의 데이터 활용을 돕는 지원책이 대거 담겼다."
P3 = "담당 국장은 현장의 목소리를 끝까지 반영하겠다고 말했다."

# fmt: off
MARKER_LINES = [  # a transcript marker line before a paragraph: (marker line, strings that must go)
    ("[앵커]", ["[앵커]"]), ("<앵커>", ["<앵커>"]), ("◀ 앵커 ▶", ["앵커"]), ("【앵커】", ["【앵커】"]),
    ("[앵커 멘트]", ["앵커 멘트"]), ("<앵커 멘트>", ["앵커 멘트"]), ("◀ANC▶", ["ANC"]), ("[기자]", ["[기자]"]),
    ("<기자>", ["<기자>"]), ("◀ 리포트 ▶", ["리포트"]), ("[리포트]", ["[리포트]"]), ("〈리포트〉", ["리포트"]),
    ("[인터뷰] 한가람 / 가상시 주민", ["인터뷰", "한가람"]), ("<인터뷰> 한가람/회사원", ["인터뷰", "한가람"]),
    ("◀ INT ▶ 한가람 / 상인", ["INT", "한가람"]), ("[녹취] 한가람(인근 주민)", ["녹취", "한가람"]),
    ("◀ SYN ▶", ["SYN"]), ("[현장음]", ["현장음"]), ("[스탠드업]", ["스탠드업"]), ("<클로징>", ["클로징"]),
    ("(영상취재 : 한가람, 영상편집 : 오누리)", ["영상취재", "영상편집"]), ("[촬영기자: 한가람 / 영상편집: 오누리]", ["촬영기자"]),
]
GLUED_MARKERS = [  # a marker opening the paragraph it introduces: (line, strings that must go, text kept)
    (f"[앵커]{P1}", ["[앵커]"], P1), (f"【앵커】 {P1}", ["【앵커】"], P1), (f"<기자> {P2}", ["<기자>"], P2),
    (f"◀ 리포트 ▶ {P2}", ["리포트"], P2),
    ("[인터뷰] 한가람 / 가상시 주민 : 이렇게 큰 불은 처음 봤어요.", ["인터뷰", "한가람"], "이렇게 큰 불은 처음 봤어요."),
    ("[한가람/가상시 주민 : 밤새 한숨도 못 잤습니다.]", ["한가람/"], "밤새 한숨도 못 잤습니다."),
    ("<한가람/상인> 손님이 절반으로 줄었어요.", ["한가람/"], "손님이 절반으로 줄었어요."),
]
NOT_MARKERS = [  # brackets of prose and head tags stay for the other stages
    "[가상경제] 본문이 이어진다.", "<기자의 눈> 칼럼은 매주 실린다.", "기자는 현장에서 주민들을 만났다.",
    "앵커는 뉴스를 마치며 인사했다.", "인터뷰: 한가람 가상시장과의 일문일답은 다음과 같다.",
]
CREDIT_LED_CAPTIONS = [  # a photo credit, then its caption, before the text: (line, strings that must go)
    ("[가상일보 자료사진] 행사장에서 참석자들이 기념 촬영을 하고 있다", ["자료사진", "기념 촬영"]),
    ("[사진=가상시청] 지난달 열린 설명회 현장", ["사진=", "설명회 현장"]),
    ("(사진=가상통신) 시민들이 광장 앞을 지나가고 있다", ["사진=", "광장 앞"]),
]
TRAILING_CREDITS = [  # an unbracketed credit after a caption line
    "시민들이 광장 앞을 지나가고 있다. 사진=가상일보", "기자회견장 전경. 사진제공=가상시", "설명회 현장 모습 사진 제공=가상재단",
]
RELATED_ITEMS = [  # other stories' headlines in a related list, however they end
    "가상시 버스 파업 사흘째.", "올해 추석 비용, 얼마나 들까?", "가상 태풍이 온다", "- 가상대 연구팀, 새 소재 개발",
    "· 가상시, 청년 주거 지원 확대…\"내년부터\"", "3 가상 공항 확장 공사 착공",
]
NO_ANCHORS = [  # brackets after prose that name the outlet but start no article (the prose before stays)
    "[가상일보 자료사진]", "[가상일보 바로가기]", "[가상뉴스 앱 다운로드]", "[가상경제 포토]",
]
# fmt: on


@pytest.mark.parametrize("marker,gone", MARKER_LINES, ids=[f"marker{i}" for i in range(len(MARKER_LINES))])
@pytest.mark.parametrize("where", ["first", "middle"])
def test_transcript_marker_lines_go(marker: str, gone: list[str], where: str) -> None:
    text = f"{marker}\n{P1}\n{P2}\n{P3}" if where == "first" else f"{P1}\n{marker}\n{P2}\n{P3}"
    body = clean_article(text).body
    for piece in gone:
        assert piece not in body
    assert P1 in body and P2 in body and P3 in body


@pytest.mark.parametrize("line,gone,kept", GLUED_MARKERS, ids=[f"glued{i}" for i in range(len(GLUED_MARKERS))])
def test_markers_opening_a_paragraph_go_and_what_they_introduce_stays(line: str, gone: list[str], kept: str) -> None:
    body = clean_article(f"{P1}\n{line}\n{P3}").body
    assert kept in body and P1 in body and P3 in body
    for piece in gone:
        assert piece not in body


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_brackets_of_prose_are_no_markers(line: str) -> None:
    assert strip_markers(line) == (line, "")


def test_a_sentence_after_a_marker_is_no_speaker_tag() -> None:
    """"서울/경기 …" reads like "이름 / 직업" but ends as a sentence: only the marker goes."""
    assert strip_markers("[앵커] 서울/경기 지역에 비가 옵니다.")[0] == "서울/경기 지역에 비가 옵니다."


@pytest.mark.parametrize("line,gone", CREDIT_LED_CAPTIONS, ids=[f"led{i}" for i in range(len(CREDIT_LED_CAPTIONS))])
@pytest.mark.parametrize("where", ["first", "middle"])
def test_credit_led_captions_go(line: str, gone: list[str], where: str) -> None:
    text = f"{line}\n{P1}\n{P2}\n{P3}" if where == "first" else f"{P1}\n{line}\n{P2}\n{P3}"
    article = clean_article(text)
    for piece in gone:
        assert piece not in article.body
    assert P1 in article.body and P2 in article.body and P3 in article.body
    assert article.captions


@pytest.mark.parametrize("line", TRAILING_CREDITS)
def test_unbracketed_trailing_credit_goes(line: str) -> None:
    body = clean_article(f"{P1}\n{line}\n{P2}\n{P3}").body
    assert "=" not in body and P1 in body and P2 in body


def test_a_credit_line_after_a_paragraph_takes_no_sentence_of_it() -> None:
    """The spaced last sentence of a paragraph is the paragraph's, not a caption of the credit below."""
    paragraph = f"{P1} {P2}"
    body = clean_article(f"{paragraph}\n[가상일보 자료사진]\n{P3}").body
    assert P1 in body and P2 in body and P3 in body
    assert "자료사진" not in body


@pytest.mark.parametrize("item", RELATED_ITEMS)
def test_related_list_items_go_however_they_end(item: str) -> None:
    text = f"{P1}\n{P2}\n{P3}\n관련기사\n가상시 새 청사 착공\n{item}\n가상 항만 물동량 늘어"
    body = clean_article(text).body
    assert item not in body and P3 in body


@pytest.mark.parametrize("bracket", NO_ANCHORS)
def test_outlet_brackets_after_prose_start_no_article(bracket: str) -> None:
    text = f"{P1} {P2}\n{bracket}\n{P3}"
    body = clean_article(text).body
    assert P1 in body and P2 in body and P3 in body
