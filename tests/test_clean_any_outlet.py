"""Reporters and debris of outlets no resource lists: sign-offs of any broadcaster, reporters listed
before one title, desks and dateline places that are no reporters, and article sentences that carry an
address, a phone number or copyright words in the plain written style of news (they stay). Made-up
outlets, names and sentences."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.bylines import byline_rules
from sinmun.cleaning.segments import is_debris, is_plain_statement
from sinmun.cleaning.zones import names_in

P1 = "가상시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
P3 = "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
BODY = f"{P1}\n{P2}\n{P3}"

# fmt: off
SIGN_OFFS = [  # a broadcaster's closing line: (line, reporter)
    ("가상온 한가람입니다.", "한가람"), ("누리채널 뉴스 한가람입니다.", "한가람"), ("지금까지 KNB 뉴스 한가람 기자였습니다.", "한가람"),
    ("지금까지 가상온 한가람이었습니다.", "한가람"), ("가상투데이 제갈민입니다.", "제갈민"), ("HBN 뉴스 오누리 기자입니다.", "오누리"),
]
NOT_SIGN_OFFS = [  # sentences ending like one
    "그는 한가람입니다.", "내일 날씨입니다.", "오늘의 주인공은 한가람입니다.", "이곳이 가상시입니다.",
]
LISTED = [  # names before one title, with separators: (byline, reporters)
    ("한가람·오누리 기자 garam@nurion.kr", ["한가람", "오누리"]), ("한가람, 오누리 기자", ["한가람", "오누리"]),
    ("한가람ㆍ오누리ㆍ김바다 기자", ["한가람", "오누리", "김바다"]),
]
NOT_REPORTERS = [  # a desk or the dateline's place where a name could stand: (byline, reporters)
    ("정치부 한가람 기자", ["한가람"]), ("사건팀 한가람 기자", ["한가람"]), ("인천/한가람 기자", ["한가람"]),
    ("세종=한가람 기자", ["한가람"]), ("국제부 한가람·오누리 기자", ["한가람", "오누리"]),
]
NOT_NAMED_BY_ADDRESS = [  # a word before an address is no name unless it signs the piece
    "2011년 동일본 대지진 garam@nurion.kr", "관련 문의 garam@nurion.kr", "자세한 내용 참고 garam@nurion.kr",
]
PLAIN_STATEMENTS = [  # the article's own sentences with a debris shape: they stay, wherever they stand
    "신청은 이메일(apply@gasang-si.go.kr)이나 우편으로 다음 달 10일까지 받는다.",
    "문의는 시 청년정책과(031-123-4567)로 하면 된다.",
    "센터는 상담 전화(1588-0000)를 24시간 운영하기로 했다.",
    "회사 측은 \"모든 기사에 무단 전재 및 재배포 금지 문구를 붙이고 있다\"고 설명했다.",
    "법원은 해당 매체가 다른 언론사 기사를 무단 전재한 사실을 인정했다.",
    "피해자 이메일 주소 3만 건이 유출된 것으로 조사됐다.",
]
POLITE_NOTICES = [  # furniture addressing the reader: debris by shape
    "무단 전재와 재배포를 금합니다.", "기사 문의는 02-123-4567로 연락 주시기 바랍니다.", "제보는 jebo@nurion.kr 로 보내주세요.",
    "이 기사의 저작권은 누리온에 있습니다.",
]
# fmt: on


@pytest.mark.parametrize("line,reporter", SIGN_OFFS)
def test_a_sign_off_of_any_outlet_names_the_reporter_and_goes(line: str, reporter: str) -> None:
    cleaned = clean_article(f"{BODY}\n{line}\n[ⓒ 누리온, 무단 전재 및 재배포 금지]")
    assert cleaned.reporters == [reporter]
    assert line not in cleaned.body and P3 in cleaned.body


@pytest.mark.parametrize("line", NOT_SIGN_OFFS)
def test_sentences_ending_like_a_sign_off_stay(line: str) -> None:
    cleaned = clean_article(f"{BODY}\n{line}\n[ⓒ 누리온, 무단 전재 및 재배포 금지]")
    assert line in cleaned.body and cleaned.reporters == []
    assert not is_debris(line)


@pytest.mark.parametrize("byline,reporters", LISTED)
def test_reporters_listed_before_one_title(byline: str, reporters: list[str]) -> None:
    assert names_in(byline) == reporters
    assert clean_article(f"{BODY}\n{byline}").reporters == reporters


@pytest.mark.parametrize("byline,reporters", NOT_REPORTERS)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_desks_and_places_are_no_reporters(byline: str, reporters: list[str], where: str) -> None:
    assert byline_rules().names(byline) == reporters
    text = f"{byline}\n{BODY}" if where == "head" else f"{BODY}\n{byline}"
    assert clean_article(text).reporters == reporters


@pytest.mark.parametrize("piece", NOT_NAMED_BY_ADDRESS)
def test_a_word_before_an_address_is_no_name(piece: str) -> None:
    assert names_in(piece) == []


@pytest.mark.parametrize("sentence", PLAIN_STATEMENTS)
@pytest.mark.parametrize("where", ["last", "middle"])
def test_plain_statements_with_a_debris_shape_stay(sentence: str, where: str) -> None:
    assert is_plain_statement(sentence) and not is_debris(sentence)
    text = f"{P1}\n{P2}\n{sentence}\n한가람 기자 garam@nurion.kr\nⓒ 누리온 무단전재 및 재배포 금지"
    if where == "middle":
        text = f"{P1}\n{sentence}\n{P2}\n한가람 기자 garam@nurion.kr"
    assert sentence in clean_article(text).body


@pytest.mark.parametrize("notice", POLITE_NOTICES)
def test_polite_notices_with_a_debris_shape_go(notice: str) -> None:
    assert not is_plain_statement(notice) and is_debris(notice)
    assert notice not in clean_article(f"{BODY}\n{notice}").body


# fmt: off
NOTICES = [  # a copyright notice of an outlet no resource lists: (notice, owner)
    ("<ⓒ세상을 읽는 눈, 누리온 무단전재 및 재배포금지>", "누리온"), ("[누리온] 무단전재, 재배포 및 AI학습 이용 금지", "누리온"),
    ("Copyright(c) Since 2015 누리온 All rights reserved", "누리온"), ("ⓒ 누리온(www.nurion.kr), 무단전재 및 수집, 재배포금지", "누리온"),
    ("Copyright ⓒ 2024 NuriOn. All rights reserved.", "NuriOn"), ("이 기사의 저작권은 누리온에 있으며 무단 전재를 금합니다", "누리온"),
]
NOT_OWNERS = [  # words after a sign or before the reuse words that name no one
    "ⓒ 세상을 밝히는 빛, 무단전재 금지", "ⓒ nurion.kr 무단전재 금지", "Copyright ⓒ All rights reserved.",
]
# fmt: on


@pytest.mark.parametrize("notice,owner", NOTICES)
def test_a_notice_names_its_owner(notice: str, owner: str) -> None:
    from sinmun.cleaning.outlets import outlet_index

    assert outlet_index().from_notice(notice) == owner
    assert clean_article(f"{BODY}\n{notice}").outlet == owner


@pytest.mark.parametrize("notice", NOT_OWNERS)
def test_slogans_host_names_and_notice_words_name_no_owner(notice: str) -> None:
    from sinmun.cleaning.outlets import outlet_index

    assert outlet_index().from_notice(notice) is None


def test_the_outlet_most_evidence_names_beats_a_datelines_place() -> None:
    """"[광주=한가람 기자]" names a place or an outlet; the notice and the page title's site part agree on
    the outlet."""
    text = f"{P1} 광주에서.\n[광주=한가람 기자] {P2}\n{P3}\nⓒ 누리온 무단전재 및 재배포 금지"
    assert clean_article(text).outlet == "누리온"
    assert clean_article(f"[광주=한가람 기자] {P1}\n{P2}\n{P3}").outlet == "광주"  # alone, the place is all there is


@pytest.mark.parametrize("site", [" | 누리온", " - 누리온", " < 사회 < 기사본문 - 누리온"])
def test_a_page_titles_site_part_names_the_outlet(site: str) -> None:
    text = f"가상시 청년 주거 지원 예산 두 배로{site}\n입력 2024.05.02 10:21\n{BODY}"
    assert clean_article(text).outlet == "누리온"


@pytest.mark.parametrize("name,domain", [("Daily Nuri", "dailynuri.com"), ("Nuri Post Korea", "nuripostkorea.kr")])
def test_a_latin_name_the_domain_spells_is_kept_whole(name: str, domain: str) -> None:
    text = f"{BODY}\n한가람 기자 garam@{domain}\nCopyright ⓒ {name} All rights reserved."
    assert clean_article(text).outlet == name


def test_the_debris_words_before_a_channel_name_no_outlet() -> None:
    """"종이신문 구독신청", "제보는 카카오톡", "당신의 제보가": generic words and words with a particle."""
    from sinmun.cleaning.outlets import outlet_in_debris

    assert outlet_in_debris(["종이신문 구독신청 1577-0000", "제보는 카카오톡 nurionjebo", "당신의 제보가 뉴스가 됩니다"], []) is None


# fmt: off
INLINE_FURNITURE = [  # lines between paragraphs that are furniture by shape, whatever the outlet
    "00:00 / 02:31", "@nurion_graphics", "자료=가상은행", "※자료: 가상청 · 그래픽: 한가람", "그래픽=한가람 디자이너",
    "(화면제공 : 가상소방본부)", "<연도별 수출입 추이>", "▶[관련 기사] 가상시 버스 파업 사흘째", "이어서 보기 → 가상시 새 청사 착공",
    "[관련 뉴스] 가상대 연구팀, 새 소재 개발", "※ 영상 재생이 원활하지 않을 경우 누리온 홈페이지에서 보실 수 있습니다.",
    "*이 칼럼은 본지의 편집방향과 다를 수 있습니다.", "[누리온 주최] 2025 미래포럼 사전등록 바로가기 ▶", "[영상] 누리온 유튜브 보기",
    "☞ 바로가기: 가상시 청년 정책 총정리",
]
INLINE_PROSE = [  # lines between paragraphs with such a word or mark that are the article's
    "관련 기사가 나간 뒤 구청 게시판에는 항의 글이 200건 넘게 올라왔다.", "※ 사망자 수는 집계 기준에 따라 다를 수 있다.",
    "* 융자 : 최대 100억원, 보증 : 스마트제조 서비스 보증", "자료에 따르면 지난달 취업자는 12만 명 늘었다.",
    "이어서 그는 \"관련 기사를 모두 읽었다\"고 말했다.", "<기생충>은 칸 영화제 황금종려상을 받았다.",
    "민경욱 \"선거 재개표 위해 후원해달라\"", "*김연진. “가상 기사 제목”, 《가상타임스》, 2020년 9월 17일 작성.",
]
# fmt: on


@pytest.mark.parametrize("line", INLINE_FURNITURE)
def test_furniture_between_paragraphs_goes(line: str) -> None:
    body = clean_article(f"{P1}\n{line}\n{P2}\n{P3}").body
    assert nospace_in(line, body) is False
    assert P1 in body and P2 in body and P3 in body


@pytest.mark.parametrize("line", INLINE_PROSE)
def test_prose_between_paragraphs_stays(line: str) -> None:
    body = clean_article(f"{P1}\n{line}\n{P2}\n{P3}").body
    assert line in body and P2 in body


def nospace_in(piece: str, body: str) -> bool:
    return "".join(piece.split()) in "".join(body.split())


# fmt: off
CAPTIONS_BY_CREDIT = [  # a photo's caption and its credit on lines of their own, in either order
    "시민들이 광장을 둘러보고 있다.\n사진=가상아트코리아", "[사진 출처 : 가상구청 누리집]\n상가 골목에 임대 안내문이 붙어 있다",
    "(화면제공 : 가상소방본부)\n화물선 위로 컨테이너가 쌓여 있다", "ⓒ가상이미지코리아\n폭우로 잠긴 도로를 차량들이 지나고 있다",
    "협약식 참석자들이 기념사진을 찍고 있다. 2024.5.13 [누리온 자료사진]", "간담회에서 대표가 신제품을 소개하는 모습. /Daily Nuri 한가람 기자",
]
# fmt: on


@pytest.mark.parametrize("caption", CAPTIONS_BY_CREDIT)
def test_captions_known_by_a_credit_go(caption: str) -> None:
    cleaned = clean_article(f"{P1}\n{caption}\n{P2}\n{P3}")
    for piece in caption.split("\n"):
        assert not nospace_in(piece, cleaned.body)
    assert P1 in cleaned.body and P2 in cleaned.body
    assert cleaned.reporters == []  # a photographer signs no text


@pytest.mark.parametrize("credit", ["[화면출처 : 유튜브 '누리온']", "(영상=유튜브 '누리온TV' 캡처)"])
def test_a_subheading_or_citation_next_to_a_screen_credit_stays(credit: str) -> None:
    cited = "분석가들은 새 합의가 흔들린다고 분석했다.[1]"
    body = clean_article(f"{P1}\n{cited}\n{credit}\n가상시, 청년 주거 지원 확대\n{P2}").body
    assert cited in body and "가상시, 청년 주거 지원 확대" in body


@pytest.mark.parametrize("bar", ["회사소개 | 광고문의 | 제휴문의 | 고충처리인 | 윤리강령", "KOR | ENG | 中文 | 日本語", "뉴스 | 오피니언 | 데이터 | 영상"])
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_a_bar_of_short_items_goes(bar: str, where: str) -> None:
    text = f"{P1}\n{bar}\n{P2}\n{P3}" if where == "middle" else f"{BODY}\n{bar}"
    body = clean_article(text).body
    assert bar not in body and P3 in body


@pytest.mark.parametrize("row", ["득표율 | 찬성 52% | 반대 48% | 기권 0%", "1위 | 가상시 | 12만 명"])
def test_a_table_row_flattened_into_bars_stays(row: str) -> None:
    assert row in clean_article(f"{P1}\n{row}\n{P2}\n{P3}").body
