"""Flat scrapes (a page's line breaks turned into runs of spaces), video and audio players, full-width
brackets, one-line lists of other stories, channel promotions and credits signed with ⓒ. Made-up
outlets, names and sentences; each family in several wordings."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.closing import drop_after_text
from sinmun.cleaning.flat import is_furniture_piece, split_flat
from sinmun.cleaning.segments import is_debris, is_story_list
from sinmun.cleaning.text import normalize_lines, nospace

P1 = "가상시는 3일 시내버스 노선 개편안을 확정했다."
P2 = "개편안에 따르면 외곽 지역의 배차 간격이 평균 5분 줄어든다."
P3 = "시 관계자는 주민 의견을 반영해 세부 시간표를 다음 달 공개하겠다고 말했다."
BODY = "\n".join([P1, P2, P3])

# fmt: off
FLAT_FURNITURE = [  # furniture between paragraphs of a flat scrape: (piece, strings that must go)
    ("재생 01:12 | 04:05", ["01:12"]), ("전체 화면", ["전체 화면"]), ("▶ 영상 다시보기", ["다시보기"]),
    ("[동영상] 개통식 현장", ["[동영상]", "개통식 현장"]), ("<비디오> 시승식 풍경", ["<비디오>", "시승식 풍경"]),
    ("(촬영기자: 한누리 / 영상편집: 오가람)", ["촬영기자", "오가람"]), ("◀ SOT ▶", ["SOT"]), ("[VCR]", ["[VCR]"]),
    ("영상=가상방송 화면 갈무리", ["화면 갈무리"]), ("[ⓒ 가상방송 화면 캡처]", ["화면 캡처"]),
    ("[클립아트가상]", ["[클립아트가상]"]), ("음소거 해제", ["음소거"]),
]
SPACED_PROSE = [  # runs of spaces inside a sentence: the sentence stays whole on its line
    "가상시는  내년부터 노선을 늘린다고 밝혔다.", "2024년  5월 7일 첫 차가 출발했다.",
    "시민 100여 명이 참석한 가운데  기념식이 열렸다.", "요금은 1,450원으로  동결됐다.",
]
FULL_WIDTH_BYLINES = [  # full-width brackets and separators some sites print: (line, reporter)
    ("［한누리 기자］", "한누리"), ("（가상시＝가상통신） 오가람 기자 ＝", "오가람"), ("가상경제 서보람 기자｜", "서보람"),
]
STORY_LISTS = [  # other stories listed on one line after a label naming them
    "[인기 기사] 가상시 청년 주거 지원 확대 / 가상대 연구팀 새 소재 개발 / 가상 공항 확장 착공",
    "최신 뉴스 1 가상 태풍 북상 2 가상시 버스 파업 사흘째 3 가상 축제 개막",
    "경제 많이 본 기사 1.가상은행 금리 인하 2.가상전자 신제품 공개 3.가상 증시 반등",
    "함께 볼만한 뉴스: 가상시 야시장 개장 / 가상도 산불 진화",
]
NOT_STORY_LISTS = [  # prose naming news or numbers
    "주요 뉴스는 매일 아침 7시에 정리돼 발송된다.", "인기 기사 1위는 가상시의 버스 개편 소식이었다.",
    "관련 기사 / 모음", "최신 뉴스 보도에 따르면 가상시의 인구는 2년 연속 늘었다.",
]
CHANNEL_PROMOS = [  # channel and app promotions after the text
    "가상일보 텔레그램에서 속보를 받아보세요", "가상뉴스 카카오 채널 추가하고 알림 받기",
    "가상경제 앱에서 알림 설정하고 주요 뉴스 받아보세요",
]
MEDIA_CREDITS = [  # a photo or video credit signed with ⓒ in the middle of the text: no notice ending it
    "[ⓒ 가상방송 영상 캡처]", "ⓒ가상일보 DB", "(ⓒ 가상시청 제공)",
]
SUBHEADINGS_OVER_CREDIT = [  # a subheading over a credit line: its clauses joined by an ellipsis, it stays
    "인명 피해 없어 … 농경지 침수", "주민들 '불안' … 대책 요구", "노선 늘리고.. 요금은 동결",
]
# fmt: on


def _flat(*pieces: str) -> str:
    return "  ".join(pieces)


@pytest.mark.parametrize("piece,gone", FLAT_FURNITURE, ids=[f"flat{i}" for i in range(len(FLAT_FURNITURE))])
def test_furniture_between_paragraphs_of_a_flat_scrape_goes(piece: str, gone: list[str]) -> None:
    cleaned = clean_article(_flat(P1, piece, P2, P3))
    assert cleaned.body == BODY
    for text in gone:
        assert nospace(text) not in nospace(cleaned.body)


@pytest.mark.parametrize("piece,gone", FLAT_FURNITURE, ids=[f"line{i}" for i in range(len(FLAT_FURNITURE))])
def test_the_same_furniture_on_a_line_of_its_own_goes(piece: str, gone: list[str]) -> None:
    assert clean_article(f"{P1}\n{piece}\n{P2}\n{P3}").body == BODY


@pytest.mark.parametrize("sentence", SPACED_PROSE)
def test_spaces_inside_a_sentence_cut_nothing(sentence: str) -> None:
    assert split_flat([_flat(P1, sentence)]) == [P1, sentence]
    assert split_flat([sentence]) == [sentence]
    assert nospace(sentence) in nospace(clean_article(_flat(P1, sentence, P2)).body)


def test_a_flat_scrape_splits_into_its_paragraphs() -> None:
    assert split_flat([_flat(P1, P2, P3)]) == [P1, P2, P3]
    assert clean_article(_flat(P1, P2, P3)).body == BODY


@pytest.mark.parametrize("sentence", [P1, P2, P3] + SPACED_PROSE)
def test_a_sentence_is_no_furniture_piece(sentence: str) -> None:
    assert not is_furniture_piece(sentence)


@pytest.mark.parametrize("line,reporter", FULL_WIDTH_BYLINES)
def test_full_width_brackets_read_as_ascii(line: str, reporter: str) -> None:
    cleaned = clean_article(f"{line} {P1}\n{P2}\n{P3}" if line.endswith(("＝", "｜")) else f"{BODY}\n{line}")
    assert cleaned.body == BODY
    assert cleaned.reporters == [reporter]
    assert "（" not in "".join(normalize_lines("（가상）［가상］")) and "200ｍ" in normalize_lines("200ｍ")[0]


@pytest.mark.parametrize("line", STORY_LISTS)
def test_one_line_story_lists_go(line: str) -> None:
    assert is_story_list(line) and is_debris(line)
    assert clean_article(f"{BODY}\n{line}").body == BODY


@pytest.mark.parametrize("line", NOT_STORY_LISTS)
def test_prose_about_news_is_no_story_list(line: str) -> None:
    assert not is_story_list(line)


@pytest.mark.parametrize("line", CHANNEL_PROMOS)
def test_channel_promotions_after_the_text_go(line: str) -> None:
    assert clean_article(f"{BODY}\n{line}").body == BODY
    assert clean_article(f"{BODY} {line}").body == BODY


@pytest.mark.parametrize("line", MEDIA_CREDITS)
def test_a_credit_signed_with_the_copyright_sign_ends_no_article(line: str) -> None:
    cleaned = clean_article(f"{P1}\n{line}\n{P2}\n{P3}")
    assert cleaned.body == BODY


@pytest.mark.parametrize("line", SUBHEADINGS_OVER_CREDIT)
def test_a_subheading_over_a_credit_line_stays(line: str) -> None:
    cleaned = clean_article(f"{P1}\n{line}\n영상=가상방송 화면 갈무리\n{P2}\n{P3}")
    assert line in cleaned.body.splitlines()
    assert "갈무리" not in cleaned.body


# --- below the text's last plain sentence ---------------------------------------------------------

# fmt: off
PAGE_LINES_BELOW_TEXT = [  # polite lines about the page, the news or the reader's part, with their labels
    ["이 글은 가상일보 오피니언 섹션에 실렸습니다."],
    ["기사 분류 안내", "이 기사의 분류는 언론사가 정한 것입니다. 언론사는 한 기사를 여러 섹션에 둘 수 있습니다."],
    ["이 기사, 어떠셨나요?", "공감 3 비공감 0"],
    ["가상뉴스 앱에서 더 많은 기사를 만나보세요.", "알림 설정 0"],
    ["제보는 카카오톡 가상일보 채널로 부탁드립니다."],
    ["원문은 가상경제 누리집에서 확인하세요. 해당 언론사로 이동합니다."],
]
TEXT_BELOW_TEXT = [  # what follows the last plain sentence but is the article's
    ["주요 변경 사항은 다음과 같다.", "1. 배차 간격 단축", "2. 심야 노선 신설"],
    ["\"시민 여러분께 감사드립니다.\""],
    ["대통령의 국정 운영에 누가 되지 않도록 오늘 후보직을 사퇴합니다.", "감사합니다."],
    ["한누리, 「가상시 교통 백서」, 가상출판, 2023. 출처는 있으나 확인이 필요한 기사를 구독하세요!"],
]
POLITE_ARTICLE = [  # an article written in the polite style keeps every line
    "오늘 가상시 버스 노선이 바뀝니다.", "외곽 지역 배차 간격이 5분 줄어듭니다.",
    "이 소식은 가상시 누리집 기사로도 볼 수 있습니다.",
]
# fmt: on


@pytest.mark.parametrize("tail", PAGE_LINES_BELOW_TEXT, ids=[f"page{i}" for i in range(len(PAGE_LINES_BELOW_TEXT))])
def test_polite_page_lines_below_the_text_go(tail: list[str]) -> None:
    assert drop_after_text([P1, P2, P3, *tail]) == [P1, P2, P3]
    assert clean_article("\n".join([BODY, *tail])).body == BODY


@pytest.mark.parametrize("tail", TEXT_BELOW_TEXT, ids=[f"text{i}" for i in range(len(TEXT_BELOW_TEXT))])
def test_what_the_article_says_below_its_last_plain_sentence_stays(tail: list[str]) -> None:
    lines = [P1, P2, P3, *tail]
    assert drop_after_text(lines) == lines


def test_an_article_in_the_polite_style_is_left_alone() -> None:
    text = "\n".join([P1, *POLITE_ARTICLE])
    assert clean_article(text).body == text
    assert drop_after_text([P1, *POLITE_ARTICLE]) == [P1, *POLITE_ARTICLE]


# --- mastheads: page titles over headlines, portal views, date lines --------------------------------

# fmt: off
PAGE_TITLES = [  # (page title line, the site part it adds to the headline under it)
    ("가상시 버스 노선 전면 개편 :: 가상일보", "가상일보"), ("가상경제 - 가상시 버스 노선 전면 개편", "가상경제"),
    ("가상시 버스 노선 전면 개편 | 사회 | 가상타임스", "가상타임스"), ("가상시 버스 노선 전면 개편 < 지역 < 가상포스트", "가상포스트"),
]
MASTHEAD_DATES = [  # date lines of mastheads: a print page or a weekday marks them
    "A10면 | 2023-01-09", "2021년 4월 24일 토요일", "B3면 2022.11.30", "2024.07.04 (목)",
]
NOT_DATE_LINES = ["【2012년 8월 28일】", "2012년 8월 28일", "지난 2012년 8월 28일 토요일에 열렸다."]
# fmt: on
HEADLINE = "가상시 버스 노선 전면 개편"


@pytest.mark.parametrize("page_title,site", PAGE_TITLES)
def test_a_page_title_over_the_headline_gives_the_headline_and_the_site(page_title: str, site: str) -> None:
    cleaned = clean_article(f"{page_title}\n{HEADLINE}\n입력 2024.03.05 10:21\n홍누리 기자\n{BODY}")
    assert cleaned.title == HEADLINE
    assert cleaned.body == BODY
    assert cleaned.outlet == site


@pytest.mark.parametrize("outlet", ["가상일보", "가상저널", "가상신문"])
def test_a_portal_view_heads_the_headline_with_the_outlet_name(outlet: str) -> None:
    cleaned = clean_article(f"{outlet}\n{HEADLINE}\n입력2024.03.05. 오전 10:21\n기사원문\n홍누리 기자\n{BODY}")
    assert cleaned.title == HEADLINE
    assert cleaned.body == BODY


@pytest.mark.parametrize("line", MASTHEAD_DATES)
def test_masthead_date_lines(line: str) -> None:
    from sinmun.cleaning.dates import parse_date_line

    assert parse_date_line(line) is not None
    cleaned = clean_article(f"{HEADLINE}\n{line}\n{BODY}")
    assert cleaned.title == HEADLINE and cleaned.body == BODY


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_dates_the_text_mentions_are_no_date_lines(line: str) -> None:
    from sinmun.cleaning.dates import parse_date_line

    assert parse_date_line(line) is None


def test_a_credit_signed_with_the_copyright_sign_above_the_text_names_no_owner() -> None:
    cleaned = clean_article(f"{P1}\nⓒ가상이미지코리아\n{P2}\n{P3}\nCopyright ⓒ 가상방송. All rights reserved.")
    assert cleaned.outlet == "가상방송"
    assert cleaned.body == BODY


# --- heads run into the first line, captions by their credit --------------------------------------

# fmt: off
RUN_IN_HEADS = [  # a headline, a sub-headline and a caption run into the lead byline or marker: (line, reporter or None)
    (f"{HEADLINE}배차 간격 5분 단축가상경제 오누리 기자 ㅣ {P1}", "오누리"),
    (f"{HEADLINE}심야 노선도 신설(가상시) 한바다 기자 = {P1}", "한바다"),
    (f"{HEADLINE}시민 반응 엇갈려가상시=\u00a0서가람 기자\n{P1}", "서가람"),
    (f"{HEADLINE}시민 반응 엇갈려◀ 앵커 ▶\n{P1}", None),
    (f"{HEADLINE}요금은 동결<앵커> {P1}", None),
]
PHOTO_CAPTIONS = [  # captions known by their credit, in other wordings than the sets use
    "승객들이 새 정류장에서 버스를 기다리고 있다. 2024.05.07 한누리 기자",
    "[자료사진] 승객들이 새 정류장에서 버스를 기다리고 있다", "[파일 사진] 개통식 현장",
    "승객들이 새 정류장에서 버스를 기다리고 있다 | 가상포스트 자료 사진",
]
NOT_RUN_IN = [  # a photo's credit and a writer-and-photographer byline are no lead byline of a run-in head
    (f"{HEADLINE}\n승객들이 정류장에 서 있다. /사진=한누리 기자\n{BODY}", []),
    (f"{HEADLINE}\n글 서가람 기자 · 사진 한누리 기자\n{BODY}", ["서가람"]),
]
# fmt: on


@pytest.mark.parametrize("text,reporter", RUN_IN_HEADS, ids=[f"runin{i}" for i in range(len(RUN_IN_HEADS))])
def test_a_head_run_into_the_lead_byline_or_marker_goes(text: str, reporter: str | None) -> None:
    cleaned = clean_article(f"{text}\n{P2}\n{P3}")
    assert cleaned.body == BODY
    assert cleaned.reporters == ([reporter] if reporter else [])


@pytest.mark.parametrize("line", PHOTO_CAPTIONS)
@pytest.mark.parametrize("where", ["head", "middle"])
def test_captions_known_by_their_credit_go(line: str, where: str) -> None:
    text = f"{line}\n{BODY}" if where == "head" else f"{P1}\n{line}\n{P2}\n{P3}"
    cleaned = clean_article(text)
    assert cleaned.body == BODY
    assert cleaned.reporters == []


@pytest.mark.parametrize("text,reporters", NOT_RUN_IN)
def test_credits_and_photographers_are_no_run_in_bylines(text: str, reporters: list[str]) -> None:
    cleaned = clean_article(text)
    assert cleaned.body.endswith(BODY)
    assert cleaned.reporters == reporters


# fmt: off
COUNTER_BARS = ["추천 3 | 비추천 1 | 댓글 12 | 조회 4,021", "공감 7 · 반대 2", "최고예요 4 놀랐어요 0 응원해요 9"]
TABLE_ROWS = ["찬성 52% | 반대 48%", "서울 30명 부산 20명 대구 10명", "한국 2 일본 1", "1분기 3 2분기 5"]
ISSUE_TAGS = ["[가상주간 제1203호]", "【가상저널 87호】"]
MORE_FURNITURE = ["인포그래픽=\u00a0한누리", "All contents ⓒ 가상일보. Unauthorized reproduction prohibited."]
# fmt: on


@pytest.mark.parametrize("line", COUNTER_BARS)
def test_counter_bars_go(line: str) -> None:
    assert clean_article(f"{P1}\n{line}\n{P2}\n{P3}").body == BODY
    assert clean_article(f"{BODY}\n{line}").body == BODY


@pytest.mark.parametrize("line", TABLE_ROWS)
def test_table_rows_with_units_or_scores_are_no_counter_bars(line: str) -> None:
    from sinmun.cleaning.segments import is_inline_furniture

    assert not is_inline_furniture(line)


@pytest.mark.parametrize("tag", ISSUE_TAGS)
def test_a_head_run_into_a_magazine_issue_tag_goes(tag: str) -> None:
    cleaned = clean_article(f"{HEADLINE}요금은 동결{tag}  {P1}\n{P2}\n{P3}")
    assert cleaned.body == BODY


@pytest.mark.parametrize("line", MORE_FURNITURE)
def test_graphic_credits_and_english_notices_go(line: str) -> None:
    assert clean_article(f"{BODY}\n{line}").body == BODY


def test_a_quoted_sub_headline_run_into_the_head_is_no_statement_before_the_byline() -> None:
    cleaned = clean_article(f"{HEADLINE}업계 \"효과 지켜봐야\"(가상시) 한바다 기자 = {P1}\n{P2}\n{P3}")
    assert cleaned.body == BODY
    assert cleaned.reporters == ["한바다"]


def test_a_credit_line_after_a_sentence_is_no_run_in_head() -> None:
    # a product list ending a sentence glued to its credits ("…7만원.기획 · 한누리 기자 | 사진 · …"): the text's
    line = "세트(크림 30ml)×2 7만5천원.기획 · 한누리 기자 | 사진 · 오가람 기자 | 디자인 · 서보람"
    assert "7만5천원" in clean_article(f"{line}\n{P2}").body
