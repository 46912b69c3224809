"""The person ↔ title ↔ organization tie where a local government, a state or the office's field stands
between them (issue 15, families read on Wikinews set g and measured on all Wikinews rows, KMOU and KLUE;
made-up sentences, positive and negative):

- a local government's name as news writes it on its own, glued to a title used alone after a surname, is
  that title and that government's body (`서울시교육감` → 교육감, `대전시의원` → 의원), whatever other body
  the sentence names; a bare 장 stays glued (`서울시장`), as 지사 is read with 도지사;
- a local government written between a name and its title is the person's employer (`이름 서울시 과장`);
- a three-syllable district, county, city or province word between a name and its title is a place, not the
  name (`이름 수영구 팀장`);
- a state written between a name and its title is no organization (a country is never a person's org), so
  the body the title names can still be theirs;
- the office's field between a body and a title read forward (`공화당 대선 후보 이름`) does not cut the body
  off from the person.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def titled(doc) -> dict[str, tuple[str, str | None]]:
    return {row["name"]: (row["title"], row["org"]) for row in doc._.rows["people"] if row["title"]}


# fmt: off
FORMS = [
    # (sentence, {name: (title, org)}): every titled row the sentence makes, and no other
    # a local government glued to a title used alone after a surname
    ("한지우 전 서울시교육감이 물러났다.", {"한지우": ("교육감", "서울특별시교육청")}),
    ("최도윤 경기도교육감은 설명했다.", {"최도윤": ("교육감", "경기도교육청")}),
    ("박서하 부산시의원은 질의했다.", {"박서하": ("의원", "부산광역시의회")}),
    ("오하린 전 한빛당 대전시의원은 반박했다.", {"오하린": ("의원", "한빛당")}),
    ("정유찬 인천시대변인은 발표했다.", {"정유찬": ("대변인", "인천광역시")}),
    # a bare 장 and 지사 keep their own readings
    ("김하준 서울시장은 말했다.", {"김하준": ("서울시장", "서울특별시")}),
    ("이서준 강원도지사는 말했다.", {"이서준": ("지사", "강원도")}),
    # a local government between the name and the title
    ("윤하람 서울시 보행정책과장은 말했다.", {"윤하람": ("보행정책과장", "서울특별시")}),
    ("강도현 부산시 대외협력보좌관이 사직했다.", {"강도현": ("대외협력보좌관", "부산광역시")}),
    # a district, county or city word between the name and the title is a place
    ("서민지 수영구 문화공보팀장은 밝혔다.", {"서민지": ("문화공보팀장", None)}),
    ("고은별 강진군 관광과장은 말했다.", {"고은별": ("관광과장", "강진군")}),
    # a state between the name and the title is no organization; the body after it is
    ("류하진 중국 외교부 대변인은 말했다.", {"류하진": ("대변인", "외교부")}),
    # the office's field between the body and a title read forward
    ("한빛당 대선 후보였던 남궁민재는 말했다.", {"남궁민재": ("후보", "한빛당")}),
    ("공화당 대선 후보 김하윤이 유세했다.", {"김하윤": ("후보", "공화당")}),
]
NOT_SPLIT = [
    # a title word after a place that is no local government's name stays whole or is no one's
    ("조민호 전통시장 상인회장은 말했다.", "조민호", "상인회장"),
]
NO_PLACE_NAME = [
    # a name-shaped word ending like a district right before a title, with no name before it, is the name
    ("이완구 의원은 말했다.", "이완구", "의원"),
    ("토론에서 김영도 교수는 반박했다.", "김영도", "교수"),
    ("한편 박상구 감독은 웃었다.", "박상구", "감독"),
]
# fmt: on


@pytest.mark.parametrize("sentence, expected", FORMS)
def test_local_office_forms(analyze, sentence, expected):
    assert titled(analyze(sentence, "2024-05-01")) == expected


@pytest.mark.parametrize("sentence, name, title", NOT_SPLIT)
def test_titles_after_other_words_are_not_split(analyze, sentence, name, title):
    rows = titled(analyze(sentence, "2024-05-01"))
    assert rows.get(name, (None, None))[0] in (title, None)


@pytest.mark.parametrize("sentence, name, title", NO_PLACE_NAME)
def test_a_district_shaped_name_alone_is_the_name(analyze, sentence, name, title):
    assert titled(analyze(sentence, "2024-05-01"))[name][0] == title
