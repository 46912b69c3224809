"""Metadata laid out as rows of fields (feeds, clippings, print pages, portals' author cards), desks inside
bylines, an outlet's name with the dateline's place or a bar glued to it in a bracketed tag, and an
outlet-and-date row under the headline. Made-up pages."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.bylines import byline_rules

H = "서울시, 청년 주거 지원 예산 두 배로 늘려"
P1 = "서울시는 2일 청년 주거 지원 예산을 올해의 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
BODY = f"{P1}\n{P2}"
NOTICE = "ⓒ 가상일보 무단전재 및 재배포 금지"

# fmt: off
ROWS = [  # (row, the reporters it names)
    ("2024-05-02 13:35 | 홍길동 기자", ["홍길동"]),
    ("가상일보 · 홍길동 기자 · 8h", ["홍길동"]),
    ("■ 가상일보 | 2024.05.02 | 2면 | 홍길동 기자", ["홍길동"]),
    ("춘천 | 홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("작성 | 홍길동 기자", ["홍길동"]),
    ("이야기 작성자: 홍길동", ["홍길동"]),
    ("author: 홍길동 기자", ["홍길동"]),
    ("기자: 홍길동", ["홍길동"]),
    ("홍길동 기자 | 가상일보", ["홍길동"]),
    ("글 홍길동 기자 · 사진 김철수 기자", ["홍길동"]),   # the photographer signs no text
    ("취재: 홍길동 기자 · 사진: 김철수 기자", ["홍길동"]),
]
NOT_ROWS = [  # rows that name no reporter
    "정치 | 경제 | 사회 | 국제",
    "공유 | 글자크기",
    "서울시는 2일 | 발표했다",
    "2024-05-02 13:35 | 수정 2024-05-02 15:00",
    "김철수 교수 | 가상대학교 경제학과",
]
# fmt: on


@pytest.mark.parametrize(("row", "names"), ROWS)
def test_a_row_of_fields_names_its_reporters(row: str, names: list[str]) -> None:
    read = byline_rules().field_row(row)
    assert read is not None and read[0] == names


@pytest.mark.parametrize(("row", "names"), ROWS)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_field_row_goes_and_signs_the_article(row: str, names: list[str], where: str) -> None:
    page = f"{H}\n{row}\n{BODY}\n{NOTICE}" if where == "head" else f"{H}\n{BODY}\n{row}\n{NOTICE}"
    cleaned = clean_article(page)
    assert cleaned.reporters == names
    assert row not in cleaned.body
    assert P1 in cleaned.body and P2 in cleaned.body
    assert cleaned.outlet == "가상일보"  # a label ("작성", "기자") is no outlet


@pytest.mark.parametrize("row", NOT_ROWS)
def test_rows_without_a_byline_are_no_field_rows(row: str) -> None:
    assert byline_rules().field_row(row) is None or not byline_rules().field_row(row)[0]


@pytest.mark.parametrize(("byline", "names"), [
    ("홍길동 경제부 기자 hong@gasang.co.kr", ["홍길동"]),   # a desk between the name and the title
    ("홍길동 디지털뉴스부 기자", ["홍길동"]),
    ("정치부 홍길동 기자", ["홍길동"]),
    ("홍길동 사회팀 기자 hong@gasang.co.kr", ["홍길동"]),
])
def test_a_desk_in_a_byline_is_no_reporter(byline: str, names: list[str]) -> None:
    assert clean_article(f"{BODY}\n{byline}\n{NOTICE}").reporters == names


@pytest.mark.parametrize(("lead", "outlet"), [
    ("[가상일보 원주] 홍길동 기자 = ", "가상일보"),   # the outlet, then the dateline's place
    ("[가상일보ㅣ홍길동 기자] ", "가상일보"),         # a vowel letter for a bar
    ("[가상일보 | 홍길동 기자] ", "가상일보"),
    ("[원주] 홍길동 기자 = ", "가상신문"),            # a short unknown tag: maybe a place; the notice names the outlet
])
def test_an_outlet_tag_with_a_place_or_a_bar(lead: str, outlet: str) -> None:
    cleaned = clean_article(f"{lead}{BODY}\n저작권자 ⓒ {outlet} 무단 전재·재배포 금지")
    assert cleaned.outlet == outlet
    assert cleaned.reporters == ["홍길동"]
    assert cleaned.body.startswith(P1)


@pytest.mark.parametrize(("row", "outlet"), [
    ("가상일보 | 2024-05-02 10:46", "가상일보"),
    ("가상일보 / 2024.05.02 17:01", "가상일보"),
    ("일시 | 2024-05-02 22:56", None),   # a field's label
])
def test_an_outlet_and_date_row_under_the_headline(row: str, outlet: str | None) -> None:
    page = f"포털 뉴스\n{H}\n{row}\n{BODY}\n출처 : 가상일보\nⓒ 가상포털 Corp."
    cleaned = clean_article(page)
    if outlet:
        assert cleaned.outlet == outlet
        assert cleaned.published_at is not None
    else:
        assert cleaned.outlet != "일시"
    assert cleaned.body.startswith(P1)


@pytest.mark.parametrize(("lead", "names"), [
    ("[가상스포츠 부산, 홍길동 기자] ", ["홍길동"]),    # the dateline's place before a comma
    ("[가상스포츠=광주, 홍길동 기자] ", ["홍길동"]),
    ("[가상스포츠 홍길동·김철수 기자] ", ["홍길동", "김철수"]),  # reporters who share a byline: a middle dot
])
def test_the_dateline_place_before_a_comma_is_no_reporter(lead: str, names: list[str]) -> None:
    cleaned = clean_article(f"{lead}{BODY}")
    assert cleaned.reporters == names
    assert cleaned.body.startswith(P1)
