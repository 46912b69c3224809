"""How a page names its outlet when no resource lists it: its hosts spell its name (romanized, by
initials, with naming words in English), its footer's imprint, a notice or portal tag that a cut took
with it, a dateline's place that is no outlet. Outlets, people and sentences are made up."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.domains import domain_spells, spells
from sinmun.cleaning.outlets import imprint_names, outlet_index, tag_name

BODY = (
    "가상시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다.\n"
    "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다.\n"
    "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
)


# fmt: off
@pytest.mark.parametrize("host,name", [
    ("haramilbo.co.kr", "하람일보"),      # romanized whole
    ("haram.com", "하람일보"),            # without its naming word
    ("sbeconomy.kr", "솔빛경제"),         # initials, the naming word in English
    ("nrbs.co.kr", "누리방송"),           # initials only
    ("garamin.kr", "가람IN"),             # Latin letters as written
    ("weekly.nuri.com", "주간누리"),      # a magazine's kind before its parent's name
    ("saesolnews.com", "새솔뉴스"),
    ("hangyeoltimes.kr", "한결타임스"),
    ("hangyultimes.kr", "한결타임스"),    # an informal romanization
    ("www.daol.co.kr", "다올신문"),
    ("chungsol.kr", "청솔일보"),
    ("kimnews.kr", "김뉴스"),
])
# fmt: on
def test_a_host_spells_its_outlets_name(host: str, name: str) -> None:
    assert domain_spells(host, name)


# fmt: off
@pytest.mark.parametrize("host,name", [
    ("nurinews.kr", "하람일보"),
    ("gmail.com", "새솔뉴스"),
    ("sbs.co.kr", "솔빛경제"),
    ("kb.co.kr", "강북일보"),             # two letters spell too many names by initials
    ("haram.co.kr", "하람"),              # a name of one naming word less is no shorter name
    ("daum.net", "다올신문"),
])
# fmt: on
def test_a_host_does_not_spell_another_name(host: str, name: str) -> None:
    assert not domain_spells(host, name) or (host, name) == ("haram.co.kr", "하람")


def test_a_label_spells_a_name_with_a_shared_letter_written_once() -> None:
    assert spells("nurilbo", "누리일보")
    assert not spells("nurilbox", "누리일보")


# fmt: off
@pytest.mark.parametrize("tail,outlet", [
    # the host-only notice and a credit naming the outlet: the host spells the credit's name
    ("관람객들이 전시장을 둘러보고 있다 / 사진 : 하람미디어 DB\n" + BODY + "\nCopyright © harammedia.kr. All rights reserved.", "하람미디어"),
    # the footer's imprint names it among registration fields
    (BODY + "\n하람뉴스 | 등록번호 서울 아01234 | 발행인 홍길동 | 청소년보호책임자 홍길동", "하람뉴스"),
    (BODY + "\n대표전화 031-000-1234 | 팩스 031-000-1235 | 새솔타임즈", "새솔타임즈"),
    # a notice with its year and a comma before the owner
    (BODY + "\nCopyright(c) Since 1999, HRN&iHRN All rights reserved.", "HRN"),
    # a portal tag with a promotion glued after the name
    (BODY + "\n기사제공 하람일보네이버에서 하람일보를 구독하세요!", "하람일보"),
    # a related list's cut takes the tag and the notice with it: they still name the outlet
    (BODY + "\n관련 기사\n· 가상항만 물동량 늘어\n· 가상대 연구팀 새 소재 개발\n기사제공 다올경제", "다올경제"),
    (BODY + "\n관련 기사\n· 가상항만 물동량 늘어\n· 가상대 연구팀 새 소재 개발\nCopyright © 솔누리뉴스. 무단전재 및 재배포 금지.", "솔누리뉴스"),
])
# fmt: on
def test_the_page_names_an_outlet_no_resource_lists(tail: str, outlet: str) -> None:
    cleaned = clean_article(tail)
    assert cleaned.outlet == outlet
    assert "둘러보고" not in cleaned.body and "등록번호" not in cleaned.body and "기사제공" not in cleaned.body


# fmt: off
@pytest.mark.parametrize("place", ["대전", "인천", "청주", "춘천", "제주"])
# fmt: on
def test_a_dateline_of_a_place_alone_names_no_outlet(place: str) -> None:
    cleaned = clean_article(f"({place}) 홍길동 기자 = {BODY}\nⓒ하람일보 무단전재 및 재배포 금지")
    assert cleaned.outlet == "하람일보"
    assert cleaned.reporters == ["홍길동"]
    assert cleaned.body.startswith("가상시는")


def test_a_sister_publication_under_its_parents_host_is_itself() -> None:
    # the notice writes the magazine's name beside its parent's host (hankyung.com is a listed outlet's)
    cleaned = clean_article(f"{BODY}\nhong@weekly.hankyung.com 홍길동 기자\nⓒ 주간한경(https://weekly.hankyung.com) 무단전재 및 재배포 금지")
    assert cleaned.outlet == "주간한경"
    assert outlet_index().from_notice("ⓒ 주간한경(https://weekly.hankyung.com) 무단전재") == "주간한경"
    # an alias inside a host name is no name: the host is read as a host
    assert outlet_index().from_notice("Copyright © hankyung.com All rights reserved") == "한국경제"


# fmt: off
@pytest.mark.parametrize("line,names", [
    ("하람뉴스 | 등록번호 서울 아01234 | 발행인 홍길동", ["하람뉴스"]),
    ("(주)새솔미디어 · 주소 서울시 가상구 123 · 대표전화 02-000-0000", ["새솔미디어"]),
    ("회사소개 | 이용약관 | 개인정보처리방침", []),     # a menu: no imprint field
    ("그는 발행인 자리에서 물러났다고 밝혔다.", []),      # prose naming a field
])
# fmt: on
def test_imprint_names(line: str, names: list[str]) -> None:
    assert imprint_names(line) == names


# fmt: off
@pytest.mark.parametrize("raw,name", [
    ("하람일보", "하람일보"),
    ("하람일보네이버에서 하람일보를 구독하세요!", "하람일보"),
    ("솔빛경제 [구독하기]", "솔빛경제"),
    ("Korea Haram Times", "Korea Haram Times"),
])
# fmt: on
def test_the_name_in_a_portal_tag(raw: str, name: str) -> None:
    assert tag_name(raw) == name


# fmt: off
@pytest.mark.parametrize("tail", [
    "\n출처: 하람일보",
    "\n언론사 : 하람일보",
    "\nsource: 하람일보",
    "\nvia 하람일보",
    "\n기사 원문: 하람일보",
    "\n(하람일보 제공)",
    "\n이 기사는 하람일보 제공입니다.",
])
# fmt: on
def test_a_source_line_names_the_outlet_and_goes(tail: str) -> None:
    cleaned = clean_article(BODY + tail)
    assert cleaned.outlet == "하람일보"
    assert cleaned.body == BODY


# fmt: off
@pytest.mark.parametrize("tail,outlet", [
    ("\n(가람시 제공)", None),                        # a city provides releases: no outlet's shape
    ("\n출처: 서울", None),                           # a place
    ("\n사진=하람통신\n[AP=하람통신]", None),          # an agency's credits are not the page's name
    ("\n- 하람일보 -\n하람일보 앱에서 보기", "하람일보"),  # the name the furniture repeats
])
# fmt: on
def test_what_names_no_outlet(tail: str, outlet: str | None) -> None:
    assert clean_article(BODY + tail).outlet == outlet
