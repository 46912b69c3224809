"""Debris of whole pages of outlets no resource lists, by family: mastheads (a headline over
sub-headlines, date lines led by a byline or the outlet's name), links to other stories and notes inside
the text, sign-offs and bylines closing the text, notices that name their owner in words, reader-centre
numbers. Made-up outlets, names and sentences; the outlets' names are shaped unlike any resource entry."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.cleaning import clean_article
from sinmun.cleaning.text import nospace
from conftest import assert_body_lines_hold

P1 = "가상시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
P3 = "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
BODY = f"{P1}\n{P2}\n{P3}"
HEADLINE = "가상시 청년 주거 지원 두 배로"
SUBHEAD = "재원 마련 방안은 과제로"
SUBHEAD2 = "10년 만에 제도 손질"

# fmt: off
MASTHEADS = [  # lines between the headline and P1: (lines, strings that must go, reporters, outlet)
    (f"{SUBHEAD}\n등록 2024-03-05 10:21 수정 2024-03-05 11:02", [SUBHEAD, "등록 2024"], [], None),
    (f"{SUBHEAD}\n{SUBHEAD2}\n입력 2024.03.05 10:21", [SUBHEAD, SUBHEAD2], [], None),
    (f"- {SUBHEAD}\n- {SUBHEAD2}", [SUBHEAD, SUBHEAD2], [], None),
    ("한가람 기자 승인 2024.03.05 10:21 댓글 0", ["한가람 기자", "승인"], ["한가람"], None),
    ("누리프레스 입력 2024. 3. 5. 10:21 업데이트 2024. 3. 5. 11:02", ["업데이트"], [], "누리프레스"),
    ("누리프레스 | 기사입력 2024/03/05 [10:21]", ["기사입력"], [], "누리프레스"),
    ("한가람 기자 ・ garam@nuripress.kr\n2024-03-05 10:21:33", ["garam@", "10:21:33"], ["한가람"], None),
    (f"글씨크기\n공유하기\n{SUBHEAD}", ["글씨크기", "공유하기", SUBHEAD], [], None),
    (f"{SUBHEAD}\n한가람 기자 garam@nuripress.kr | 2024.03.05 10:21 | 수정 2024.03.05 11:02", [SUBHEAD, "garam@"], ["한가람"], None),
    (f"{SUBHEAD}\n누리프레스 한가람 기자 | 2024-03-05 10:21", [SUBHEAD, "한가람 기자"], ["한가람"], "누리프레스"),
    ("입력2024.03.05. 오전 10:21  수정2024.03.05. 오전 11:02  기사원문\n한가람 기자", ["기사원문", "한가람 기자"], ["한가람"], None),
    ("송고시간2024-03-05 10:21", ["송고시간"], [], None),
    ("글 한가람 기자 · 사진 오누리 기자", ["한가람 기자", "오누리 기자"], ["한가람"], None),  # the photographer is no reporter
    # a photo block or a date line under the headline is never the title
    ("간담회에 참석한 업계 대표들. 가상이미지뱅크\n입력 2024.03.05 10:21", ["업계 대표들"], [], None),
    ("[그래픽] 2024년 지역별 지원 예산 현황\n입력 2024.03.05 10:21", ["[그래픽]"], [], None),
    ("입력2024.03.05. 오전 10:21  수정2024.03.05. 오전 11:02  기사원문", ["기사원문"], [], None),
    (f"- {SUBHEAD}\n(세종=누리프레스) 한가람 기자 = ", [SUBHEAD, "한가람 기자"], ["한가람"], "누리프레스"),
    # a photo block under the headlines, then the text
    (f"- {SUBHEAD}\n- {SUBHEAD2}\n<사진 : 누리프레스>\n관람객들이 전시장을 둘러보고 있다", [SUBHEAD, SUBHEAD2, "둘러보고"], [], None),  # a photo credit names no outlet: photos come from anywhere
    ("누리프레스 | 기사입력 2024/03/05 [10:21]\n간담회에 참석한 업계 대표들.【누리프레스 DB】", ["기사입력", "업계 대표들"], [], "누리프레스"),
    (f"{SUBHEAD}\n한가람 기자 garam@nuripress.kr\n사진 확대\n관람객들이 전시장을 둘러보고 있다. [누리프레스 자료사진]", [SUBHEAD, "둘러보고"], ["한가람"], "누리프레스"),  # the reporter's host spells the credit's name
]
LEADS = [  # a byline opening the first paragraph, closed by a bar, with an outlet of any shape
    ("KNR 한가람 전문기자 | ", ["한가람"], "KNR"),
    ("누리프레스 한가람 선임기자 | ", ["한가람"], "누리프레스"),
]
IN_TEXT = [  # a line between paragraphs that links to another story, marks an ad slot or notes on the article
    "▶ 관련기사 : 달 표면의 균열, 식으면서 생겨",
    "☞ 함께 읽으면 좋은 기사 : 2014년 8월 28일 뉴스브리핑",
    "(관련 기사: 공정위원장 후보는 누구?)",
    "[관련뉴스: 가상시 주거 대책 발표]",
    "※ 이 기사는 누리프레스 앱 구독자에게 먼저 제공됐습니다.",
    "※ 본 기사는 가상재단의 지원을 받아 작성됐습니다.",
    "[광고]", "AD",
    "기사 공유하기", "이 기사를 추천합니다", "글자크기 설정 인쇄 스크랩", "구독자 1,234", "응원수 56",
]
NOT_IN_TEXT = [  # prose that opens with such words stays
    "관련 기사는 다음 달 한꺼번에 공개될 예정이다.",
    "해당 기사는 근거가 불충분하다는 지적을 받았다.",
    "광고 시장은 올해 3% 성장했다.",
    "이 기사는 독자들의 큰 관심을 받았다.",
]
CLOSINGS = [  # glued to P3 ("+") or on lines after it: (text, strings that must go, reporters, outlet)
    ("\n지금까지 누리프레스 한가람이었습니다.", ["한가람이었습니다"], ["한가람"], "누리프레스"),
    ("\n지금까지 KNR 오누리였습니다.", ["오누리였습니다"], ["오누리"], "KNR"),
    ("+ 누리프레스 한가람·오누리 기자", ["한가람·오누리 기자"], ["한가람", "오누리"], "누리프레스"),
    ("\n한가람 기자 / garam@nuripress.kr", ["garam@", "한가람 기자"], ["한가람"], None),
    ("\n이 기사는 누리프레스의 기사입니다. 무단 전재 및 재배포를 금합니다.", ["누리프레스의 기사입니다"], [], "누리프레스"),
    ("\n누리프레스의 모든 콘텐츠는 저작권법의 보호를 받습니다. 무단 전재, 복사, 배포 등을 금합니다.", ["저작권법의 보호"], [], "누리프레스"),
    ("\n누리프레스 독자센터 1588-1234", ["1588-1234"], [], "누리프레스"),
    ("\n이메일 garam@nuripress.kr", ["garam@"], [], None),
    ("\n▶ 관련 기사 보기\n- 가상항만 물동량 늘어\n- 가상대 연구팀 새 소재 개발", ["관련 기사 보기", "물동량", "새 소재"], [], None),
    ("\n<이 기사와 함께 읽어보세요>\n가상항만 물동량 늘어\n올해 추석 비용 얼마나 들까?", ["함께 읽어보세요", "물동량", "추석 비용"], [], None),
    ("\n[핫클릭]\n▶ 가상항만 물동량 늘어\n▶ 가상대 연구팀 새 소재 개발", ["핫클릭", "물동량", "새 소재"], [], None),
    ("\n지금 무료 회원가입하고 기사 전문 보기", ["회원가입"], [], None),
    ("\n누리프레스 공식 인스타그램 팔로우", ["팔로우"], [], "누리프레스"),
    ("\n한가람 기자\n누리프레스 사회부에서 사건·사고를 취재합니다.\n기자 구독", ["한가람 기자", "취재합니다", "기자 구독"], ["한가람"], None),
    ("\n한가람\n누리프레스 기자\n이메일 garam@nuripress.kr", ["한가람", "누리프레스 기자", "garam@"], ["한가람"], "누리프레스"),
    ("\n누리마루 한가람 기자", ["한가람 기자"], ["한가람"], "누리마루"),
    ("\n가상누리 한가람 기자", ["한가람 기자"], ["한가람"], "가상누리"),  # an outlet shaped like a name is no reporter
    ("+[디지털뉴스국 한가람 인턴기자]\nⓒ 누리프레스 무단전재 및 재배포 금지", ["한가람 인턴기자", "무단전재"], ["한가람"], "누리프레스"),  # a desk is no outlet
]
# fmt: on


@pytest.mark.parametrize("lines,gone,reporters,outlet", MASTHEADS)
def test_masthead_blocks_go_and_the_headline_is_the_title(lines: str, gone: list[str], reporters: list[str], outlet: str | None) -> None:
    cleaned = clean_article(f"{HEADLINE}\n{lines}\n{BODY}")
    assert cleaned.body == BODY
    assert cleaned.title == HEADLINE
    for piece in gone:
        assert nospace(piece) not in nospace(cleaned.body)
    assert cleaned.reporters == reporters
    assert cleaned.outlet == outlet


@pytest.mark.parametrize("lead,reporters,outlet", LEADS)
def test_barred_lead_bylines_of_any_outlet(lead: str, reporters: list[str], outlet: str) -> None:
    cleaned = clean_article(f"{lead}{BODY}")
    assert cleaned.body == BODY
    assert (cleaned.reporters, cleaned.outlet) == (reporters, outlet)


@pytest.mark.parametrize("line", IN_TEXT)
def test_links_notes_and_widgets_inside_the_text_go(line: str) -> None:
    assert clean_article(f"{P1}\n{line}\n{P2}\n{P3}").body == BODY


@pytest.mark.parametrize("line", NOT_IN_TEXT)
def test_prose_opening_with_link_or_note_words_stays(line: str) -> None:
    assert clean_article(f"{P1}\n{line}\n{P2}").body == f"{P1}\n{line}\n{P2}"


@pytest.mark.parametrize("closing,gone,reporters,outlet", CLOSINGS)
def test_closings_go_and_name_the_reporters_and_outlet(closing: str, gone: list[str], reporters: list[str], outlet: str | None) -> None:
    text = BODY + closing[1:] if closing.startswith("+") else BODY + closing
    cleaned = clean_article(text)
    assert cleaned.body == BODY
    for piece in gone:
        assert nospace(piece) not in nospace(cleaned.body)
    assert cleaned.reporters == reporters
    assert cleaned.outlet == outlet


PIECES = [line for line, *_ in MASTHEADS] + [lead for lead, *_ in LEADS] + IN_TEXT + [c.lstrip("+\n") for c, *_ in CLOSINGS]
SENTENCES = st.sampled_from([P1, P2, P3, *NOT_IN_TEXT])
PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(st.sampled_from(PIECES + [P1, P2, "\n"]), max_size=12).map("\n".join))
def test_cleaning_pages_is_idempotent_and_offsets_hold(text: str) -> None:
    body = clean_article(text).body
    assert clean_article(body).body == body
    assert_body_lines_hold(body)


@PROPERTY
@given(st.lists(SENTENCES, min_size=1, max_size=5), st.lists(st.sampled_from(PIECES), max_size=6))
def test_no_sentence_of_prose_is_lost_among_page_debris(sentences: list[str], debris: list[str]) -> None:
    text = "\n".join([*debris[:3], *sentences, *debris[3:]])
    body = clean_article(text).body
    for sentence in sentences:
        assert sentence in body
