"""Writers' signatures under the last sentence, names glued to their title, and date lines that open
with the publication stamp. People, outlets and sentences are made up."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.dates import parse_date_line
from sinmun.cleaning.signatures import signature
from sinmun.cleaning.zones import names_in

BODY = (
    "가상시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다.\n"
    "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
)


# fmt: off
@pytest.mark.parametrize("line,writer,staff", [
    ("김하람 변호사", "김하람", False),
    ("박솔빛 가람대 경영학과 교수", "박솔빛", False),
    ("이누리 가람대 교수·경제학", "이누리", False),
    ("<최다올 가람대 교수·경제학>", "최다올", False),
    ("글 : 정한결 (소설가)", "정한결", False),
    ("글 윤새솔 가람연구소 선임연구원", "윤새솔", False),
    ("강보람 칼럼니스트 boram.column@gmail.com", "강보람", False),
    ("조하늘 (가람대 겸임교수)", "조하늘", False),
    ("서다온 변호사·법무법인 가람", "서다온", False),
    ("새솔 시인", None, None),                       # no surname-led name
    ("임가온 탐사보도팀장", "임가온", True),          # a desk's head is staff
    ("/송나래 논설위원", "송나래", True),
    ("홍솔 정치부장", "홍솔", True),
])
# fmt: on
def test_signature_lines(line: str, writer: str | None, staff: bool | None) -> None:
    found = signature(line)
    assert (found is None) if writer is None else found == (writer, staff)


# fmt: off
@pytest.mark.parametrize("line", [
    "박근혜 전 대통령, 탄핵",            # a headline with a comma
    "김하람 대표 사임",                   # the title is not last
    "김하람 교수는 사퇴했다.",            # a sentence
    "김하람 교수가 말했다",
    "삼성전자 홍보팀",
])
# fmt: on
def test_lines_that_are_no_signature(line: str) -> None:
    assert signature(line) is None


# fmt: off
@pytest.mark.parametrize("tail,reporters", [
    ("\n김하람 변호사\n※ 외부 필자의 칼럼은 본지의 편집 방향과 다를 수 있습니다.", []),
    ("\n박솔빛 가람대 경영학과 교수", []),
    ("\n글 : 정한결 (소설가)", []),
    (" /서다온 변호사·법무법인 가람", []),                   # glued after the last sentence
    ("\n임가온 탐사보도팀장\nⓒ 가람일보 무단전재 및 재배포 금지", ["임가온"]),
    ("\n홍솔 정치부장", ["홍솔"]),
])
# fmt: on
def test_signatures_under_the_text_go(tail: str, reporters: list[str]) -> None:
    cleaned = clean_article(BODY + tail)
    assert cleaned.body == BODY
    assert set(reporters) <= set(cleaned.reporters)
    assert not {"김하람", "박솔빛", "정한결", "서다온"} & set(cleaned.reporters)


def test_a_signature_shape_inside_the_text_stays() -> None:
    middle = BODY.replace("\n", "\n김하람 변호사\n")
    assert "김하람 변호사" in clean_article(middle).body  # between sentences it is the text's


# fmt: off
@pytest.mark.parametrize("text,names", [
    ("한솔기자 hansol@gasang.co.kr", ["한솔"]),
    ("남궁다온기자 dawn@gasang.co.kr", ["남궁다온"]),
    ("김기자 kim@gasang.co.kr", []),          # a surname and a title name no one
    ("한솔 기자 hansol@gasang.co.kr", ["한솔"]),
])
# fmt: on
def test_a_name_glued_to_its_title(text: str, names: list[str]) -> None:
    assert names_in(text) == names


# fmt: off
@pytest.mark.parametrize("line,published,modified", [
    ("2025.03.14 13:53 | 수정 2025.03.14 14:20", "2025-03-14T13:53", "2025-03-14T14:20"),
    ("2024-07-01 09:05 | 최종수정 2024-07-01 10:00", "2024-07-01T09:05", "2024-07-01T10:00"),
    ("2025-02-20 10:00 송고 | 2025-02-20 11:00 최종수정", "2025-02-20T10:00", "2025-02-20T11:00"),
    ("2025-02-20 10:00 송고", "2025-02-20T10:00", None),
])
# fmt: on
def test_a_date_line_opening_with_its_stamp(line: str, published: str, modified: str | None) -> None:
    dates = parse_date_line(line)
    assert dates is not None
    assert dates.published.isoformat()[:16] == published
    assert (dates.modified.isoformat()[:16] if dates.modified else None) == modified


# fmt: off
@pytest.mark.parametrize("local,name,spelled", [
    ("gildong.hong", "홍길동", True),
    ("honggildong", "홍길동", True),
    ("hong.gildong", "홍길동", True),
    ("gildong38", "홍길동", True),
    ("sohn.haram", "손하람", True),      # an English-style h after the vowel
    ("yoon.dasol", "윤다솔", True),
    ("hong", "홍길동", False),           # a surname alone names no one
    ("press", "홍길동", False),
    ("jebo", "기사제보", False),          # ... nor does a given name alone without a title after it
])
# fmt: on
def test_an_address_spells_a_name(local: str, name: str, spelled: bool) -> None:
    from sinmun.cleaning.domains import address_names

    assert address_names(local, name, given_alone=name != "기사제보") == spelled


# fmt: off
@pytest.mark.parametrize("tail,reporters", [
    # a byline of a shape no rule reads, its address spelling the name
    ("\n관련 기사 더 보기 ◆ 한솔빛 객원 haneul.solbit@gasang.co.kr ◆ 가상일보 핫뉴스", []),
    ("\n오늘의 주요 뉴스 요약 홍다온 기자 dawn.hong@gasang.co.kr [가상일보 핫뉴스]", ["홍다온"]),
    ("\n기사제보 jebo@gasang.co.kr", []),
])
# fmt: on
def test_reporters_read_from_their_addresses(tail: str, reporters: list[str]) -> None:
    assert clean_article(BODY + tail).reporters == reporters
