"""Families of title forms met on news the rules were not built on (Wikinews set c, KMOU), each with a
mechanism that does not depend on the article: made-up sentences, positive and negative.

- a spelling in parentheses between the name and the title (`이름(漢字) 직함`, `이름(Latin) 기관 직함`);
- the head of a local government, whose title names the body (`서울시장` → 서울특별시), and a court or a
  prosecutors' office written short, which is a body, not a place (`서울고법 부장판사`);
- the field of an office before its title (`외교담당 국무위원`);
- clergy (신부, 주교, 수녀, 스님);
- one title after names joined by 과/와, a middle dot or commas (`한동민과 박종훈 선수`).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def people(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["people"]}


# fmt: off
FAMILIES = [
    # (sentence, {name: (title, org)}): every titled row the sentence makes, and no other
    # a spelling between the name and the title
    ("정하윤(鄭夏潤) 카카오 대표는 말했다.", {"정하윤": ("대표", "카카오")}),
    ("김도윤(金道潤) 교수는 분석했다.", {"김도윤": ("교수", None)}),
    ("박서준(Park Seo-jun) 한빛전자 사장은 밝혔다.", {"박서준": ("사장", "한빛전자")}),
    ("김하준(45) 한빛전자 대표는 말했다.", {"김하준": ("대표", "한빛전자")}),
    ("일본 정부의 모리타 겐지(森田健二) 관방장관이 말했다.", {"모리타 겐지": ("관방장관", None)}),
    ("이달 귀임한 모리타 겐지(森田健二) 주부산 일본 총영사가 말했다.", {"모리타 겐지": ("총영사", None)}),
    # a gloss written apart between a title and the name after it
    ("구단은 자유계약 선수 (FA) 이하준의 보상 선수를 정했다.", {"이하준": ("선수", None)}),
    # an age after a name that follows its title ends the name (대표 김하준(45)씨)
    ("한빛전자 대표 김하준(45)씨는 말했다.", {"김하준": ("대표", "한빛전자")}),
    ("여자펜싱 대표 이하나(25·한빛시청)가 동메달을 땄다.", {"이하나": ("대표", None)}),
    # a body known by its ending between the name and the title
    ("장하늘 역사문제연구소 연구원은 확인했다.", {"장하늘": ("연구원", "역사문제연구소")}),
    ("김도윤 한빛미래재단 이사장은 말했다.", {"김도윤": ("이사장", "한빛미래재단")}),
    # a court or prosecutors' office written short is a body, not the place its name starts with
    ("서울고법 형사 9부(재판장 김주현)는 무죄를 선고했다.", {"김주현": ("재판장", "서울고등법원")}),
    ("김하준 서울고법 부장판사는 말했다.", {"김하준": ("부장판사", "서울고등법원")}),
    ("서지연 창원지검 검사가 폭로했다.", {"서지연": ("검사", "창원지방검찰청")}),
    # the body before a quoted name
    ("한빛당의 '김하준' 대표는 말했다.", {"김하준": ("대표", "한빛당")}),
    # a local government's head: the body the title names
    ("박서윤 서울시장은 말했다.", {"박서윤": ("서울시장", "서울특별시")}),
    ("김도현 부산시장이 사퇴했다.", {"김도현": ("부산시장", "부산광역시")}),
    ("이하늘 대구시장은 반대했다.", {"이하늘": ("대구시장", "대구광역시")}),
    ("최민국 대한민국 부산시장은 말했다.", {"최민국": ("부산시장", "부산광역시")}),
    # the field of the office before its title
    ("왕하오 중국 외교담당 국무위원은 말했다.", {"왕하오": ("국무위원", None)}),
    ("김하준 경제담당 부총리는 말했다.", {"김하준": ("부총리", None)}),
    # clergy
    ("박하준 신부는 강론했다.", {"박하준": ("신부", None)}),
    ("정도윤 주교가 미사를 집전했다.", {"정도윤": ("주교", None)}),
    ("김수현 대주교는 말했다.", {"김수현": ("대주교", None)}),
    ("이지민 수녀는 봉사했다.", {"이지민": ("수녀", None)}),
    ("김혜민 스님은 말했다.", {"김혜민": ("스님", None)}),
    # one title after coordinated names
    ("SK 한동민과 박종훈 선수는 의지를 표했다.", {"한동민": ("선수", "SK"), "박종훈": ("선수", "SK")}),
    ("민주당 김철수·이영희 의원은 반대했다.",
     {"김철수": ("의원", "더불어민주당"), "이영희": ("의원", "더불어민주당")}),
    ("김도윤과 이서준 교수는 논문을 냈다.", {"김도윤": ("교수", None), "이서준": ("교수", None)}),
    ("메달을 딴 안도현(양궁), 김제덕(양궁·금메달) 선수에게 축전을 보냈다.",
     {"안도현": ("선수", None), "김제덕": ("선수", None)}),
    ("박민서, 최하준, 정도윤 의원은 성명을 냈다.",
     {"박민서": ("의원", None), "최하준": ("의원", None), "정도윤": ("의원", None)}),
    # what is not coordinated stays out
    ("정부와 박영희 장관은 말했다.", {"박영희": ("장관", None)}),
    ("이번 대회와 김철수 회장은 관계가 없다.", {"김철수": ("회장", None)}),
    ("김철수 의원과 이영희 교수는 만났다.", {"김철수": ("의원", None), "이영희": ("교수", None)}),
]

NOBODY = [
    # no person, however the title reads
    "정부(政府) 대표는 말했다.",
    "서울시장은 말했다.",
    "부산시장 보궐선거가 치러졌다.",
    "외교담당 국무위원은 말했다.",
    "신랑 신부는 행복했다.",
    "신부 측은 말했다.",
    "반북단체는 박 신부가 한 발언을 문제 삼았다.",
    "이번 역사문제연구소 연구원은 확인했다.",
    "최고 대표 2(3) 팀이 이겼다.",
    "대표 (가나다) 회의가 열렸다.",
]
# fmt: on


@pytest.mark.parametrize("sentence, expected", FAMILIES)
def test_title_families(analyze, sentence, expected):
    found = people(analyze(sentence, "2024-05-01"))
    titled = {name: (row["title"], row["org"]) for name, row in found.items() if row["title"]}
    assert titled == expected


@pytest.mark.parametrize("sentence", NOBODY)
def test_no_titled_person(analyze, sentence):
    assert [row for row in analyze(sentence)._.rows["people"] if row["title"]] == []


@pytest.mark.parametrize("sentence, names", [
    ("김강민, 최정호, 이재원 등의 선수가 나왔다.", ["김강민", "최정호", "이재원"]),
    ("김철수와 이영희 등 의원들이 반대했다.", ["김철수", "이영희"]),
])
def test_a_list_closed_by_deung_is_no_tie(analyze, sentence, names):
    found = people(analyze(sentence))
    assert not any(found.get(name, {}).get("title") for name in names)
