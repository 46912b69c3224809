"""Cleaning, one kind of debris per case: synthetic articles wrapped in menus, bylines, captions,
related lists, copyright notices and widgets; and prose that only looks like debris."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.cleaning import CleanedArticle, clean_article

SEOUL = ZoneInfo("Asia/Seoul")

P1 = "정부는 2일 인공지능 산업 육성 방안을 발표했다."
P2 = "이번 방안에는 중소기업의 데이터 활용을 돕는 지원책이 대거 담겼다."
P3 = '담당 국장은 "현장의 목소리를 끝까지 반영하겠다"고 말했다.'
BODY = f"{P1}\n{P2}\n{P3}"


def art(*parts: str) -> str:
    return "\n".join(parts)


# fmt: off
DEBRIS = [
    # site menus, headline lists and 속보/더보기 above the article
    ("menu+date header", art("전체기사 최신뉴스 포토", "정치 경제 사회", "속보", "더보기", "정부, AI 육성 방안 발표", "기사입력 : 2021년03월02일 09:30", BODY),
     [P1, P3], ["전체기사", "속보", "더보기", "기사입력", "정부, AI 육성 방안 발표"]),
    ("headline list above tools", art("서울시, 도심 녹지 확대 추진", "구청, 민원 평가 3년 연속 우수", "정부, AI 육성 방안 발표", "기사 읽어주기", "다시듣기", "폰트 확대 폰트 축소 프린트하기", BODY),
     [P1, P2], ["서울시, 도심 녹지", "민원 평가", "읽어주기", "다시듣기", "폰트"]),
    ("section + title + subtitles + byline", art("산업", "정부, AI 육성 방안 발표", "중소기업 데이터 활용 지원", f"[가상뉴스 = 홍길동 기자] {P1}", P2),
     # the sub-headline is the masthead's, as the scrapes gold and the issue count it: debris
     [P1, P2], ["[가상뉴스", "홍길동 기자", "\n산업", "중소기업 데이터 활용 지원"]),
    # publication and modification lines
    ("최종수정 line", art("정부, AI 육성 방안 발표", "기사입력 : 2021년03월02일 09:30", "최종수정 : 2021년03월02일 11:05", BODY), [P2], ["최종수정", "2021년03월02일"]),
    ("입력|수정 one line", art("정부, AI 육성 방안 발표", "입력 2021.03.02 09:30 | 수정 2021.03.02 10:00", BODY), [P2], ["입력 2021", "수정 2021"]),
    ("승인 line", art("정부, AI 육성 방안 발표", "승인 2021.03.02 09:30", BODY), [P1], ["승인"]),
    ("등록 line", art("정부, AI 육성 방안 발표", "등록 2021-03-02 09:30:00", BODY), [P1], ["등록 2021"]),
    ("오후 time", art("정부, AI 육성 방안 발표", "기사입력 2021.03.02. 오후 1:30", BODY), [P1], ["오후 1:30"]),
    ("time apart from date", art("정부, AI 육성 방안 발표", "기사입력 2021/03/02 [09:30]", BODY), [P1], ["기사입력", "09:30"]),
    ("breadcrumb menu", art("홈 > 경제 > 산업", "정부, AI 육성 방안 발표", "입력 2021.03.02 09:30", BODY), [P1], ["홈 >", "정부, AI 육성"]),
    ("송고 after date", art(BODY, "2021/03/02 09:30 송고"), [P3], ["송고"]),
    # bylines at the start
    ("newspim byline", art(f"[서울=가상핌] 박진숙 기자 = {P1}", P2), [P1], ["박진숙 기자", "[서울="]),
    ("yonhap byline", art(f"(서울=연합뉴스) 홍길동 기자 = {P1}", P2), [P1], ["(서울=연합뉴스)", "홍길동 기자 ="]),
    ("mydaily byline", art(f"[마이데일리 = 심지원 기자] {P1}", P2), [P1], ["[마이데일리", "심지원 기자]"]),
    ("newsis byline", art(f"【세종=뉴시스】김철수 기자 = {P1}", P2), [P1], ["【세종=뉴시스】", "김철수 기자"]),
    ("outlet-name byline", art(f"[아시아경제 이영희 기자] {P1}", P2), [P1], ["아시아경제 이영희"]),
    ("two reporters", art(f"[서울=가상핌] 박진숙·김철수 기자 = {P1}", P2), [P1], ["김철수 기자"]),
    # bylines at the end, e-mail addresses
    ("end byline with email", art(BODY, "심지원 기자 sim@example.co.kr"), [P3], ["심지원 기자", "sim@example.co.kr"]),
    ("end byline email in parens", art(BODY, "홍길동 기자 (hong@example.com)"), [P3], ["홍길동 기자", "hong@example.com"]),
    ("end byline bare", art(BODY, "홍길동 기자"), [P3], ["홍길동 기자"]),
    ("end byline with slash", art(BODY, "/홍길동 특파원"), [P3], ["홍길동 특파원"]),
    ("email line", art(BODY, "justice@example.com"), [P3], ["justice@example.com"]),
    ("byline glued to last paragraph", art(P1, P2, f"{P3} 홍길동 기자 hong@example.com"), [P3], ["홍길동 기자", "hong@example.com"]),
    ("email glued to last paragraph", art(P1, P2, f"{P3} hong@example.com"), [P3], ["hong@example.com"]),
    # photo captions: a scene or noun phrase with its photo credit goes whole, as the scrapes gold counts
    # captions (they stay in the captions column)
    ("caption [사진=]", art(P1, "장관이 행사에서 인사말을 하고 있다. [사진=중소벤처기업부]", P2),
     [P1, P2], ["[사진=", "장관이 행사에서 인사말을 하고 있다."]),
    # a handout's caption written as a sentence stays once, as the seeds' gold keeps it
    ("caption / 제공", art(P1, "장관이 행사에서 인사말을 하고 있다. / 중기부 제공", P2), ["인사말을 하고 있다."], ["중기부 제공"]),
    ("caption ./ outlet", art(P1, "장관이 시연 영상을 보는 모습./ IT조선", P2), [P1, P2], ["IT조선", "시연 영상을 보는 모습."]),
    ("caption date email credit", art(P1, "대표가 발표하고 있다. 2019.09.26 justice@example.com [사진=박진숙 기자]", P2),
     [P1, P2], ["2019.09.26", "justice@", "[사진=", "대표가 발표하고 있다."]),
    ("caption (사진=)", art(P1, "시민들이 광장을 걷고 있다.(사진=연합뉴스)", P2), [P1, P2], ["(사진=", "광장을 걷고 있다."]),
    ("caption ⓒ 뉴스1", art(P1, "시민들이 광장을 걷고 있다. ⓒ 뉴스1", P2), [P1, P2], ["ⓒ", "광장을 걷고 있다."]),
    ("caption 재판매 DB 금지", art(P1, "신제품을 소개하고 있다. [가상전자 제공. 재판매 및 DB 금지]", P2), [P1, P2], ["재판매", "신제품을 소개하고 있다."]),
    ("credit glued to next paragraph", art(P1, f"장관이 인사말을 하고 있다. [사진=중소벤처기업부] {P2}", P3), [P1, P2], ["[사진=", "인사말을 하고 있다."]),
    ("credit-only line", art(P1, "사진=중소벤처기업부 제공", P2), [P1, P2], ["사진="]),
    ("repeated caption", art(P1, "장관이 인사말을 하고 있다. / 중기부 제공", "장관이 인사말을 하고 있다. / 중기부 제공", P2), [P2], ["제공"]),
    # related and best-of blocks
    ("best-of block", art(BODY, "[가상핌 베스트 기사]", "사진", "다른 기사 제목이 여기 있다", "다른 기사 본문이 길게 이어지며 끝났다."), [P3], ["베스트 기사", "다른 기사"]),
    ("많이 본 뉴스", art(BODY, "많이 본 뉴스", "1 다른 기사 제목", "2 또 다른 기사 제목"), [P3], ["많이 본", "다른 기사 제목"]),
    ("인기기사", art(BODY, "인기기사", "다른 기사 제목"), [P3], ["인기기사", "다른 기사 제목"]),
    ("관련기사 list mid-article", art(P1, "관련기사", "다른 기사 제목 하나", "다른 기사 제목 둘", P2, P3), [P1, P2, P3], ["관련기사", "제목 하나"]),
    ("기자의 다른 기사", art(BODY, "이 기자의 다른 기사", "다른 기사 제목"), [P3], ["다른 기사"]),
    # copyright and reuse notices
    ("ⓒ + 무단전재&재배포", art(BODY, "- ⓒ마이데일리(www.mydaily.co.kr).", "무단전재&재배포 금지 -"), [P3], ["ⓒ", "무단전재"]),
    ("Copyright + AI 학습", art(BODY, "Copyright ⓒ 서울신문 All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지"), [P3], ["Copyright", "AI 학습"]),
    ("저작권자 (c)", art(BODY, "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"), [P3], ["저작권자"]),
    ("무단 전재 및 재배포 금지", art(BODY, "무단 전재 및 재배포 금지"), [P3], ["무단 전재"]),
    ("©'…' outlet", art(BODY, "©'세계로 가는 경제신문' 아주경제. 무단전재·재배포 금지"), [P3], ["©", "무단전재"]),
    ("notice glued to paragraph", art(P1, P2, f"{P3} ⓒ 가상일보 무단전재 및 재배포 금지"), [P3], ["ⓒ", "무단전재"]),
    # widgets
    ("share widget", art(BODY, "페이스북 트위터 밴드 블로그"), [P3], ["페이스북"]),
    ("share + url copy", art(P1, "공유하기", "URL 복사", P2, P3), [P1, P2], ["공유하기", "URL 복사"]),
    ("top + print", art(BODY, "프린트하기", "Top으로 이동"), [P3], ["프린트", "Top으로"]),
    ("comment widgets", art(BODY, "댓글", "[ 300자 이내 / 현재: 0자 ]", "현재 총 0개의 댓글이 있습니다."), [P3], ["댓글", "300자"]),
    ("comment count", art(BODY, "댓글 0", "최신순 공감순"), [P3], ["댓글 0", "공감순"]),
    # source and promotion lines
    ("source line", art(BODY, "자료 제공 : 정책브리핑 korea.kr", "자료 제공 : 정책브리핑 korea.kr"), [P3], ["자료 제공", "korea.kr"]),
    ("promo line", art(BODY, "▶ 네이버에서 가상핌 구독하기"), [P3], ["구독하기"]),
    ("CMS info line", art("정부, AI 육성 방안 발표", "기자명 홍길동 기자 | 입력 2021.03.02 09:30 | 댓글 0", BODY), [P1, P3], ["기자명", "입력 2021", "댓글"]),
    ("관련기사 after closing byline", art(BODY, "홍길동 기자 hong@example.com", "관련기사", "다른 기사 제목 - 다른 기사의 요약이 이어진다."), [P3], ["관련기사", "다른 기사"]),
    ("(끝) marker", art(BODY, "(끝)"), [P3], ["(끝)"]),
    ("image credit with 출처", art(P1, "사무실에서 직원들이 일하고 있다. [이미지 출처=게티이미지뱅크]", P2), [P1, P2], ["게티이미지", "일하고 있다."]),
    # repeated paragraphs and blocks
    ("repeated paragraph", art(P1, P2, P2, P3), [P2], []),
    ("whole body repeated", art(P1, P2, P3, P1, P2, P3), [P1, P3], []),
]

PROSE = [
    ("댓글 in prose", "누리꾼들은 댓글로 정책에 대한 의견을 적극적으로 남겼다."),
    ("기자 in prose", "현장을 취재한 홍길동 기자는 분위기가 뜨거웠다고 전했다."),
    ("기자회견 in prose", "장관은 기자회견에서 추가 대책을 내놓겠다고 밝혔다."),
    ("paragraph starting with a date", "2021년 3월 2일 정부는 새 지원 방안을 내놓았다."),
    ("paragraph starting with a full stamp", "2021.03.02 09:30 기준 접수된 신청은 모두 1200건이었다."),
    ("무단 전재 mentioned", "신문협회는 기사 무단 전재 문제를 다음 회의에서 논의하기로 했다."),
    ("관련 기사 mentioned", "관련 기사에 따르면 시장은 올해 크게 성장했다."),
    ("email inside a sentence", "신청은 help@example.go.kr로 이달 말까지 받는다."),
    ("입력 as a word", "입력 장치 개발에는 2021년부터 꾸준히 투자했다."),
    ("photo word", "그는 사진 한 장으로 당시 상황을 설명했다."),
    ("copyright topic", "저작권 보호 기간은 저작자 사후 70년까지로 늘었다."),
    ("footnote line", "* 융자 : 최대 100억원, 보증 : 스마트제조 서비스 보증"),
    ("triangle list line", "▲ 시ㆍ도 소방본부장 및 지방소방학교장 정원표"),
    ("wiki dateline", "【2012년 8월 28일】"),
    ("mid-article subheading", '가상벤처스 "국내 스타트업 해외 진출 돕겠다"'),
    ("short closing line", "감사합니다."),
    ("기자 간담회 heading", "기자 간담회 주요 내용"),
    ("headline-like sentence with a question", "정부는 왜 지원을 늘렸을까?"),
    ("quote with slash", "그는 \"좋은 결과/나쁜 결과는 없다\"고 말했다."),
    ("sentence ending with a parenthetical", "수출은 1년 전보다 12% 늘었다(산업부 집계)."),
]
# fmt: on


@pytest.mark.parametrize("text,must,must_not", [c[1:] for c in DEBRIS], ids=[c[0] for c in DEBRIS])
def test_debris_is_removed_and_prose_kept(text: str, must: list[str], must_not: list[str]) -> None:
    body = clean_article(text).body
    for phrase in must:
        assert phrase in body
        assert body.count(phrase) == 1
    for phrase in must_not:
        assert phrase not in body


@pytest.mark.parametrize("line", [c[1] for c in PROSE], ids=[c[0] for c in PROSE])
def test_prose_that_looks_like_debris_is_kept(line: str) -> None:
    text = art(P1, line, P2, P3)
    assert clean_article(text).body == text
    first = art(line, P1, P2)
    assert clean_article(first).body == first
    last = art(P1, P2, line)
    assert clean_article(last).body == last


@pytest.mark.parametrize(
    "text,expected",
    [
        (art("정부, AI 육성 방안 발표", "기사입력 : 2021년03월02일 09:30", BODY), datetime(2021, 3, 2, 9, 30, tzinfo=SEOUL)),
        (art("정부, AI 육성 방안 발표", "입력 2021.03.02. 오후 1:30 | 수정 2021.03.02 14:00", BODY), datetime(2021, 3, 2, 13, 30, tzinfo=SEOUL)),
        (art("정부, AI 육성 방안 발표", "등록 2021-03-02 09:30:00", BODY), datetime(2021, 3, 2, 9, 30, tzinfo=SEOUL)),
        (art(BODY, "2021/03/02 09:30 송고"), datetime(2021, 3, 2, 9, 30, tzinfo=SEOUL)),
        (BODY, None),
    ],
)
def test_published_at_from_date_lines(text: str, expected: datetime | None) -> None:
    assert clean_article(text).published_at == expected


def test_modified_at_from_update_line() -> None:
    text = art("정부, AI 육성 방안 발표", "기사입력 : 2021년03월02일 09:30", "최종수정 : 2021년03월02일 11:05", BODY)
    assert clean_article(text).modified_at == datetime(2021, 3, 2, 11, 5, tzinfo=SEOUL)


@pytest.mark.parametrize(
    "text,reporters",
    [
        (art(f"[서울=가상핌] 박진숙 기자 = {P1}", P2), ["박진숙"]),
        (art(f"(서울=연합뉴스) 홍길동 기자 = {P1}", P2), ["홍길동"]),
        (art(f"[마이데일리 = 심지원 기자] {P1}", P2, "심지원 기자 sim@example.co.kr"), ["심지원"]),
        (art(f"[서울=가상핌] 박진숙·김철수 기자 = {P1}", P2), ["박진숙", "김철수"]),
        (art(BODY, "홍길동 기자 (hong@example.com)"), ["홍길동"]),
        (art(P1, "대표가 발표하고 있다. 2019.09.26 justice@example.com [사진=박진숙 기자]", P2), []),
        (art(P1, "현장을 취재한 홍길동 기자는 분위기가 뜨거웠다고 전했다."), []),
        (art("정부, AI 육성 방안 발표", "기자명 홍길동 기자 | 입력 2021.03.02 09:30", BODY), ["홍길동"]),
        (art("정부, AI 육성 방안 발표", "기사입력 : 2021년03월02일 09:30", "(서울=연합뉴스) 김도훈 기자 = 장관이 인사말을 하고 있다. 2021.3.2 photo@example.com", f"(서울=연합뉴스) 홍길동 기자 = {P1}", P2), ["홍길동"]),
    ],
)
def test_reporters(text: str, reporters: list[str]) -> None:
    assert sorted(clean_article(text).reporters) == sorted(reporters)


@pytest.mark.parametrize(
    "text,kwargs,outlet",
    [
        (art(f"[서울=뉴스핌] 박진숙 기자 = {P1}", P2), {}, "뉴스핌"),
        (art(f"(서울=연합뉴스) 홍길동 기자 = {P1}", P2), {}, "연합뉴스"),
        (art(f"[마이데일리 = 심지원 기자] {P1}", P2), {}, "마이데일리"),
        (art(BODY, "ⓒ마이데일리(www.mydaily.co.kr). 무단전재&재배포 금지"), {}, "마이데일리"),
        (art(BODY, "Copyright ⓒ 서울신문 All rights reserved."), {}, "서울신문"),
        (art(BODY, "©'세계로 가는 경제신문' 아주경제. 무단전재·재배포 금지"), {}, "아주경제"),
        (art(P1, "장관이 시연 영상을 보는 모습./ IT조선", P2), {}, "IT조선"),
        (art(BODY, "저작권자 © 가상타임즈 무단전재 및 재배포 금지"), {}, "가상타임즈"),
        (art(BODY, "justice@newspim.com"), {}, "뉴스핌"),
        (BODY, {"url": "https://www.hankyung.com/article/1"}, "한국경제"),
        (BODY, {"url": "https://news.example.org/1"}, None),
        (art(f"[서울=뉴스핌] 박진숙 기자 = {P1}", P2), {"outlet": "가상일보"}, "가상일보"),
    ],
)
def test_outlet(text: str, kwargs: dict, outlet: str | None) -> None:
    assert clean_article(text, **kwargs).outlet == outlet


def test_title_from_headline_line_else_none() -> None:
    with_header = art("속보", "정부, AI 육성 방안 발표", "기사입력 : 2021년03월02일 09:30", BODY)
    assert clean_article(with_header).title == "정부, AI 육성 방안 발표"
    assert clean_article(BODY).title is None


def test_given_metadata_wins_and_given_title_line_is_dropped() -> None:
    text = art("전체기사", "정부, AI 육성 방안 발표", BODY)
    result = clean_article(text, title="정부, AI 육성 방안 발표", published_at="2021-03-02T09:30:00")
    assert result.body == BODY
    assert result.title == "정부, AI 육성 방안 발표"
    assert result.published_at == datetime(2021, 3, 2, 9, 30, tzinfo=SEOUL)
    assert result.published_at.tzinfo is not None


def test_given_title_matches_a_headline_with_a_site_tag() -> None:
    text = art("[속보] 정부, AI 육성 방안 발표 - 가상일보", BODY)
    assert clean_article(text, title="정부, AI 육성 방안 발표 - 가상일보").body == BODY
    restating = art("정부, AI 육성 방안 발표했다.", P2)
    assert clean_article(restating, title="정부, AI 육성 방안 발표").body == restating


def test_captions_are_recorded() -> None:
    result = clean_article(art(P1, "장관이 인사말을 하고 있다. [사진=중소벤처기업부]", P2))
    assert result.captions == ["장관이 인사말을 하고 있다. [사진=중소벤처기업부]"]
    assert "장관이 인사말을 하고 있다." not in result.body


def test_clean_article_returns_the_dataclass_for_odd_input() -> None:
    for text in ["", "   \n\n ", "\ufeff", "기자", "ⓒ", "[사진=]"]:
        result = clean_article(text)
        assert isinstance(result, CleanedArticle)
        assert isinstance(result.body, str)


def test_normalization_keeps_paragraphs_as_lines() -> None:
    text = f"  {P1}\u00a0\u00a0\r\n\r\n\u200b{P2}\t \n\n{P3}  "
    assert clean_article(text).body == BODY


# fmt: off
BROKEN_ENTITIES = [
    ("그는 amp;#39;혁신amp;#39;이라고 말했다.", "그는 '혁신'이라고 말했다."),
    ("&amp;quot;AI&amp;quot; 시대가 왔다고 말했다.", '"AI" 시대가 왔다고 말했다.'),
    ("&amp;amp;lt;b&amp;amp;gt; 태그가 남은 문장입니다.", "<b> 태그가 남은 문장입니다."),
    ("연구개발(R&D) 예산과 AT&T 사례를 들었다.", "연구개발(R&D) 예산과 AT&T 사례를 들었다."),
    ("그는 &#39;도약&#39;을 말했다.", "그는 '도약'을 말했다."),
]
# fmt: on


@pytest.mark.parametrize("scraped,expected", BROKEN_ENTITIES)
def test_broken_html_entities_are_repaired(scraped, expected):
    body = clean_article(scraped).body
    assert body == expected
    assert clean_article(body).body == body
