"""Families of titles, roles and organizations met on Wikinews set d, each caught by a mechanism rather
than by its instance: made-up sentences, three or more per family, positive and negative.

- jobs and positions named next to a name (조종사, 디자이너, 1루수) and the ranks of police, military and civil
  service (경위, 병장, 사무관) are titles (the title lexicon);
- a field between a name and its title (`영화 감독`, `대선 후보`, `축구 국가대표 선수`) is no organization;
- a title in the parenthetical after a name with the affiliation there (`이름(○○대 교수, 74)`), and a name
  and title filling a parenthetical after a body (`○○법원 행정3부(이름 부장판사)`);
- a particle glued to what went before opens no name (`…, 74)와 덩컨 홀데인(…)`);
- a foreign name whose family name is shaped like a Korean name (`안느 이달고 파리 시장`, `제이 카니 대변인`),
  a foreign name after a title whose first word is shaped like one (`선수 비아노 리차드슨이`);
- a hyphenated given name is part of a foreign name (`장-피에르 소바주 교수`);
- a city or country before a title written apart is no organization (`파리 시장` → org null); a local
  government's head glued to its place names the city or county (`목포시장` → 목포시, `영암군수` → 영암군), and
  that place is no name (`해운대구청장`); `전통시장` is a market;
- one foreign word after a title names a person outside business (`선수 로드리고를`; `대표 물티슈로` is a
  product); a rank number glued to a title (`1차장검사`);
- a country with 의 between `직함인` and the name (`주연배우인 스페인의 하에베르 바르뎀`); a work's quoted title is
  no firm (`영화 '…'의 주연배우`);
- the longer of two titles one contains (후보자 over 후보, 대표이사 over 대표, 명예교수 over 교수); short forms
  (`김 의원`) count for the title used most, among the titles the person is given in full;
- a body fused with 장 names the body (`용산소방서장` → 용산소방서; `서울항공청장` → 서울항공청);
- 국회의원 is 의원 of 국회, and a name closed by a word for a party to a case (`국회의원인 이름 피고인에게`);
- a foreign minister whose ministry the text names is a minister of that ministry.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def titled(doc) -> dict[str, tuple[str, str | None]]:
    return {row["name"]: (row["title"], row["org"]) for row in doc._.rows["people"] if row["title"]}


# fmt: off
ROLES = [
    # (sentence, {name: (title, org)}): every titled row the sentence makes, and no other
    # jobs and positions
    ("사고로 조종사 박인준(58)와 부조종사 고종민(37)씨가 숨졌다.", {"박인준": ("조종사", None), "고종민": ("부조종사", None)}),
    ("디자이너 김도윤이 별세했다.", {"김도윤": ("디자이너", None)}),
    ("한빛 이글스 1루수 이서준은 말했다.", {"이서준": ("1루수", "한빛 이글스")}),
    ("선장 정하윤 씨는 구조됐다.", {"정하윤": ("선장", None)}),
    ("간호사 김민서 씨는 말했다.", {"김민서": ("간호사", None)}),
    ("작곡가 최서윤은 새 음반을 냈다.", {"최서윤": ("작곡가", None)}),
    # the name closed by a gloss in parentheses and a particle
    ("한빛 자이언츠의 내야수 박서진(朴瑞眞, 1990년 ~ )가 홈런을 쳤다.", {"박서진": ("내야수", "한빛 자이언츠")}),
    # a field between the name and the title
    ("개막식은 박서진 영화 감독이 연출했다.", {"박서진": ("감독", None)}),
    ("박서진 축구 국가대표 선수는 말했다.", {"박서진": ("선수", None)}),
    ("조 바이든 미국 대선 후보가 승리했다.", {"조 바이든": ("후보", None)}),
    ("EU 캐서린 에슈턴 외무·안보 고위대표는 발표했다.", {"캐서린 에슈턴": ("고위대표", "유럽연합")}),
    # a title with its affiliation inside the parentheses after the name
    ("상은 김도윤(한빛대 교수, 74)와 덩컨 홀데인(프린스턴대 교수, 65)에게 돌아갔다.",
     {"김도윤": ("교수", "한빛대학교"), "덩컨 홀데인": ("교수", "프린스턴대학교")}),
    ("상은 이서준(서울대 교수)과 박민서(부산대 교수)에게 돌아갔다.",
     {"이서준": ("교수", "서울대학교"), "박민서": ("교수", "부산대학교")}),
    ("김하준 부산대 교수는 말했다.", {"김하준": ("교수", "부산대학교")}),
    ("부산대(총장 김하준)는 밝혔다.", {"김하준": ("총장", "부산대학교")}),
    # a name and title filling the parenthetical after a body and its division
    ("서울행정법원 행정3부(박서진 부장판사)는 판결했다.", {"박서진": ("부장판사", "서울행정법원")}),
    ("서울고법 형사2부(김도윤 부장판사)는 선고했다.", {"김도윤": ("부장판사", "서울고등법원")}),
    ("한빛전자(김하준 대표)는 밝혔다.", {"김하준": ("대표", "한빛전자")}),
    # a foreign name whose family name is shaped like a Korean name; a city before the title
    ("안느 이달고 파리 시장은 말했다.", {"안느 이달고": ("시장", None)}),
    ("제이 카니 백악관 대변인은 말했다.", {"제이 카니": ("대변인", "백악관")}),
    ("아이티의 알파인 스키 선수 비아노 리차드슨이 출전했다.", {"비아노 리차드슨": ("선수", None)}),
    # the longer title
    ("박하준 후보와 김도윤 후보가 맞붙었다. 박하준 후보자의 득표율이 높았다.",
     {"박하준": ("후보자", None), "김도윤": ("후보", None)}),
    ("김하준 한빛전자 대표는 말했다. 김하준 대표이사는 사과했다.", {"김하준": ("대표이사", "한빛전자")}),
    ("박민서 한빛대 명예교수는 말했다. 박민서 교수는 웃었다.", {"박민서": ("명예교수", "한빛대학교")}),
    # bodies fused with 장
    ("최서준 용산소방서장은 말했다. 최서준 소방서장은 웃었다.", {"최서준": ("용산소방서장", "용산소방서")}),
    ("김하준 강남경찰서장은 밝혔다.", {"김하준": ("강남경찰서장", "강남경찰서")}),
    ("김하준 서울항공청장은 말했다.", {"김하준": ("서울항공청장", "서울지방항공청")}),
    ("이도윤 대전국세청장은 말했다.", {"이도윤": ("대전국세청장", "대전지방국세청")}),
    ("박서진 부산지방국세청장은 말했다.", {"박서진": ("부산지방국세청장", "부산지방국세청")}),
    # a local government's head: the place glued to the title is no name, and the city or county is the org
    ("이서준 부산 해운대구청장은 말했다.", {"이서준": ("해운대구청장", "해운대구청")}),
    ("최도윤 경기도 수원시장은 말했다.", {"최도윤": ("수원시장", "수원시")}),
    ("정하윤 전남 목포시장은 밝혔다.", {"정하윤": ("목포시장", "목포시")}),
    ("박서진 영암군수는 말했다.", {"박서진": ("영암군수", "영암군")}),
    ("김하준 전통시장 상인회장은 말했다.", {"김하준": ("상인회장", None)}),  # a market, no mayor
    # a country with 의 between `직함인` and the name; a work's title is no firm
    ("영화 '한빛'의 주연배우인 스페인의 하에베르 바르뎀과 이탈리아의 엘리오 게르마노가 수상했다.",
     {"하에베르 바르뎀": ("주연배우", None)}),
    ("회장인 미국의 존 스미스는 말했다.", {"존 스미스": ("회장", None)}),
    # a hyphenated given name (Korean names and bodies in Hangul have no hyphen)
    ("장-피에르 소바주 교수는 말했다.", {"장-피에르 소바주": ("교수", None)}),
    ("장-클로드 융커 EU 집행위원장은 말했다.", {"장-클로드 융커": ("집행위원장", "유럽연합")}),
    ("서울-부산 김하준 위원장은 말했다.", {"김하준": ("위원장", None)}),
    ("춘천동부초-속초중앙초 이종민 감독은 말했다.", {"이종민": ("감독", None)}),
    # ranks and grades of police, military and civil service; school staff
    ("서울 강남경찰서 김하준 경위는 말했다.", {"김하준": ("경위", "강남경찰서")}),
    ("교육부 이서준 사무관은 밝혔다.", {"이서준": ("사무관", "교육부")}),
    ("육군 김하준 병장은 말했다.", {"김하준": ("병장", None)}),
    ("박민서 교장은 말했다.", {"박민서": ("교장", None)}),
    # one foreign word after a title outside business; a numbered rank glued to a title
    ("감독은 외국인 선수 로드리고를 칭찬했다.", {"로드리고": ("선수", None)}),
    ("선수 메시가 골을 넣었다.", {"메시": ("선수", None)}),
    ("김하준 서울중앙지검 1차장검사는 말했다.", {"김하준": ("1차장검사", "서울중앙지방검찰청")}),
    ("이서준 2차장검사는 말했다.", {"이서준": ("2차장검사", None)}),
    # short forms count for the title the article uses most, among the person's own titles
    ("김하준 한빛당 대표는 말했다. 김하준 의원은 웃었다. 김 의원은 반대했다. 김 의원은 떠났다.",
     {"김하준": ("의원", "한빛당")}),
    ("김하준 한빛당 대표는 말했다. 김 의원은 반대했다. 김 의원은 떠났다.", {"김하준": ("대표", "한빛당")}),
    # 국회의원, and a name closed by a party to a case
    ("현역 국회의원인 박서진 피고인에게 징역형이 선고됐다.", {"박서진": ("의원", "국회")}),
    ("김하준 국회의원은 말했다.", {"김하준": ("의원", "국회")}),
    ("전 국회의원인 정하윤 씨가 말했다.", {"정하윤": ("의원", "국회")}),
]

NO_TITLE = [
    # the same words where they tie no one
    "조종사들이 파업했다.",
    "심판 판정에 불복했다.",
    "그는 조종사 출신이다.",
    "선장은 배를 떠났다.",
    "국회의원 선거가 치러졌다.",
    "소방서장은 말했다.",
    "해운대구청장은 말했다.",
    "증권시장 전문가는 말했다.",
    "대표 물티슈로 시장을 이끌었다.",  # after a business title one word is a product
    "3대표는 말했다.",
    "사건 경위를 조사했다.",
    "집안에 경사가 났다.",
]

# (sentence, name, ministry or None): a minister row with the ministry the text names, or no minister row
MINISTERS = [
    ("가브리엘 뒤랑 프랑스 내무부 장관은 말했다.", "가브리엘 뒤랑", "내무부"),
    ("미국 국무부 장관 존 케리는 말했다.", "존 케리", "국무부"),
    ("미국 국무부의 존 케리 장관은 말했다.", "존 케리", "국무부"),
    ("요한 페르손 스웨덴 외교부 장관은 말했다.", "요한 페르손", "외교부"),
    ("존 케리 미국 국무장관은 말했다.", "존 케리", None),  # no ministry named
    ("독일 국방부의 한스 뮐러 전 장관은 말했다.", "한스 뮐러", None),  # former
    ("기시다 후미오 일본 외무상은 말했다.", "기시다 후미오", None),  # no 장관
]
# fmt: on


@pytest.mark.parametrize("sentence, expected", ROLES)
def test_role_families(analyze, sentence, expected):
    assert titled(analyze(sentence, "2020-05-01")) == expected


@pytest.mark.parametrize("sentence", NO_TITLE)
def test_no_titled_person(analyze, sentence):
    assert titled(analyze(sentence, "2020-05-01")) == {}


@pytest.mark.parametrize("sentence, name, ministry", MINISTERS)
def test_foreign_minister_needs_the_ministry_named(analyze, sentence, name, ministry):
    rows = {row["name"]: row for row in analyze(sentence, "2020-05-01")._.rows["people"]}
    ministers = {n: row["ministry"] for n, row in rows.items() if row["is_minister"]}
    assert ministers == ({name: ministry} if ministry else {})
