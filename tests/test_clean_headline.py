"""The headline among the masthead's headline-shaped lines, told by what it says (`cleaning.headline`):
the site's or portal's name, section labels and paths, tickers, columnists' signatures and
sub-headlines stand where a headline could, but only the headline's words come back in the article;
a page title's site part ("제목 | 가상일보") goes. Made-up outlets, names and sentences."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.headline import article_units, share_in, without_site

HEADLINE = "가상시 청년 주거 지원 예산 두 배로"
P1 = "가상시는 2일 청년 주거 지원 예산을 올해의 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
P3 = "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
BODY = f"{P1}\n{P2}\n{P3}"

# fmt: off
ABOVE = [  # a masthead line standing above the headline: never the title
    "누리온", "Daily Nuri", "가상타임즈", "국제일반", "사회 | 사건·사고", "홈 > 경제 > 금융", "HOME > 뉴스 > 정치",
    "코스피 2,601.15 ▲3.20 (+0.12%) 코스닥 801.33 ▼1.05", "발행일 2024.05.02 | 지면 A12면", "[정치] 기사 목록",
    "오피니언 > 기고", "한바다 가온대 경영학과 교수", "2024년 5월 2일 (목)", "세종 21.3℃ 미세먼지 좋음",
]
BELOW = [  # a sub-headline under the headline: never the title
    "- 내년부터 단계적 시행", "ㆍ지역별 편차 커", "◆ 업계 \"효과 지켜봐야\"", "· 신청자 예상 웃돌아", "■ 관련 조례 개정",
    "세부 기준은 이달 말 확정",
]
SITE_PARTS = [  # a page title's site name or section path after the headline
    " | 누리온", " - 누리온", " | Daily Nuri", " < 사회 < 기사본문 - 누리온", " - 가상타임즈", " | 누리온 뉴스",
    " — 가상타임즈", " < 전국 < 기사본문 - Nuri Post",
]
ANCHORS = [  # what follows the masthead: a date line, a byline with its date, a read-aloud tool line
    "입력 2024.05.02 10:21 수정 2024.05.02 11:05", "한가람 기자 | 2024-05-02 10:21", "기사 읽어주기",
]
HEADLINE_PARTS = [  # parts after a separator about the article: the headline keeps them
    ("가상시 청년 주거 지원 | 임대주택 500호 공급", "임대주택 500호 공급"),
    ("가상시 - 청년 주거 예산 두 배로", "청년 주거 예산 두 배로"),
]
# fmt: on


@pytest.mark.parametrize("above", ABOVE)
@pytest.mark.parametrize("anchor", ANCHORS)
def test_masthead_lines_above_the_headline_are_no_title(above: str, anchor: str) -> None:
    cleaned = clean_article(f"{above}\n{HEADLINE}\n{anchor}\n{BODY}")
    assert cleaned.title == HEADLINE
    assert P1 in cleaned.body and P3 in cleaned.body


@pytest.mark.parametrize("below", BELOW)
def test_sub_headlines_under_the_headline_are_no_title(below: str) -> None:
    cleaned = clean_article(f"누리온\n{HEADLINE}\n{below}\n입력 2024.05.02 10:21\n{BODY}")
    assert cleaned.title == HEADLINE
    assert P1 in cleaned.body


@pytest.mark.parametrize("site", SITE_PARTS)
@pytest.mark.parametrize("repeated", [True, False], ids=["then-headline", "alone"])
def test_a_page_titles_site_part_goes(site: str, repeated: bool) -> None:
    head = f"{HEADLINE}{site}\n{HEADLINE}" if repeated else f"{HEADLINE}{site}"
    cleaned = clean_article(f"{head}\n입력 2024.05.02 10:21\n{BODY}")
    assert cleaned.title == HEADLINE


@pytest.mark.parametrize("title,tail", HEADLINE_PARTS)
def test_a_part_about_the_article_stays_in_the_title(title: str, tail: str) -> None:
    assert without_site(title, article_units([BODY])) == title
    assert share_in(tail, article_units([BODY])) > 0.3


def test_a_portal_views_outlet_line_is_no_title() -> None:
    """"누리온\n구독\n제목\n입력…기사원문\n한가람 기자": the portal shows the outlet's name over the headline."""
    text = f"누리온\n구독\n{HEADLINE}\n입력2024.05.02. 오전 10:21  기사원문\n한가람 기자\n{BODY}"
    assert clean_article(text).title == HEADLINE


def test_without_article_evidence_the_position_decides() -> None:
    """A headline sharing no word with the text (a pun) is still found by its place over the date line."""
    cleaned = clean_article(f"봄날은 간다\n입력 2024.05.02 10:21\n{BODY}")
    assert cleaned.title == "봄날은 간다"


# fmt: off
HEAD_TOOLS = [  # a site's or portal's tool lines between the masthead and the first sentence, any wording
    "본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "SNS 보내기", "타임톡", "번역 설정",
    "글씨크기 조절하기", "페이스북(으)로 기사보내기", "본문 글씨 키우기", "AI 요약 보기", "기사 저장하기 ☆", "공유 | 스크랩 | 인쇄",
]
MASTHEADS = [  # how the masthead above the tools ends: a date line, a portal's date line and byline
    f"{HEADLINE}\n입력 2024.05.02 10:21",
    f"누리온\n구독\n{HEADLINE}\n입력2024.05.02. 오전 10:21  기사원문\n한가람 기자",
    f"누리온\n{HEADLINE}\n한가람 기자\n입력 2024. 5. 2. 10:21수정 2024. 5. 2. 11:08",
]
# fmt: on


@pytest.mark.parametrize("tool", HEAD_TOOLS)
@pytest.mark.parametrize("masthead", MASTHEADS, ids=["site", "portal-a", "portal-b"])
def test_tool_lines_under_the_masthead_go_whatever_their_words(tool: str, masthead: str) -> None:
    cleaned = clean_article(f"{masthead}\n{tool}\n인쇄하기\n{BODY}")
    assert tool not in cleaned.body
    assert cleaned.body.startswith(P1)
    assert cleaned.title == HEADLINE
    if "한가람" in masthead:
        assert cleaned.reporters == ["한가람"]


@pytest.mark.parametrize("kept", ["【2024년 5월 2일】", "(2024.05.02)"])
def test_a_bracketed_date_opening_the_text_stays(kept: str) -> None:
    assert kept in clean_article(f"{HEADLINE}\n입력 2024.05.02 10:21\n{kept}\n{BODY}").body


def test_short_lines_after_the_first_sentence_stay() -> None:
    """Only the masthead's side of the first sentence is searched: a short line in the text stays."""
    body = clean_article(f"{HEADLINE}\n입력 2024.05.02 10:21\n{P1}\n청년 주거 지원 확대\n{P2}").body
    assert "청년 주거 지원 확대" in body


@pytest.mark.parametrize("photo", ["<이미지를 클릭하시면 크게 보실 수 있습니다>", "사진=누리온 제공"])
def test_a_byline_under_a_photo_credit_signs_the_text(photo: str) -> None:
    cleaned = clean_article(f"{HEADLINE}\n입력 2024.05.02 10:21\n{photo}\n세종=한가람 기자\n{BODY}")
    assert cleaned.reporters == ["한가람"]
    assert P1 in cleaned.body


def test_an_outlet_tag_before_the_byline_is_no_photo_credit() -> None:
    """"[누리뉴스] 한가람 기자 = …있다." after a caption: the lead paragraph, not a caption to drop."""
    lead = "가상시 청년 주거 지원 사업에 신청자가 몰리고 있다."
    text = f"{HEADLINE}\n입력 2024.05.02 10:21\n시민들이 광장을 지나가고 있다 /누리뉴스 DB\n[누리뉴스] 한가람 기자 = {lead}\n{P2}"
    cleaned = clean_article(text)
    assert lead in cleaned.body and "한가람" in cleaned.reporters
