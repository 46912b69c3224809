"""A country acting is an ORG mention, a country as a place a LOC (rules/country_roles.py); the
organizations table never gains a country. Made-up sentences, both directions."""

from __future__ import annotations

import pytest

from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.rules.country_roles import country_roles, role


def _label(doc, word: str) -> str | None:
    return next((m.label_ for m in doc.spans.get(MENTIONS, []) if m.text == word), None)


ACTOR = [
    ("미국은 수입 철강에 관세를 부과하기로 했다.", "미국"),
    ("중국이 새로운 수출 규제를 발표했다.", "중국"),
    ("일본은 이번 조치에 유감을 표명했다.", "일본"),
    ("러시아가 국경 지역에 병력을 배치했다.", "러시아"),
    ("중국의 대외 정책이 크게 바뀌었다.", "중국"),
    ("일본의 입장은 변하지 않았다.", "일본"),
    ("프랑스의 마크롱 대통령이 방한했다.", "프랑스"),
    ("한국과 칠레는 자유무역협정을 맺었다.", "한국"),
    ("독일과 정상회담을 열었다.", "독일"),
    ("정부는 북한에 대화 재개를 촉구했다.", "북한"),
    ("유럽연합은 러시아에 추가 제재를 가했다.", "러시아"),
    ("영국 정부는 성명을 냈다.", "영국"),
    ("대표팀은 결승에서 브라질을 3-1로 꺾었다.", "브라질"),         # the state (its team) acted upon
    ("미국은 부상하는 중국을 견제하려 한다.", "중국"),
    ("일본의 국내총생산은 2년째 줄었다.", "일본"),                  # its economy, a compound Kiwi splits
    ("미국 기준금리 인상이 부담이다.", "미국"),
    ("중국의 거절로 방문이 무산됐다.", "중국"),                      # its act
    ("프랑스 대선 결과가 나왔다.", "프랑스"),                        # its election
    ("크로스가 브라질 수비수 마르셀루의 발을 맞고 들어갔다.", "브라질"),  # a player's position: its national team
    ("멕시코 골키퍼 기예르모 오초아가 선방했다.", "멕시코"),
    ("쿠바 투수 아롤디스 채프먼이 마무리를 맡았다.", "쿠바"),
]

PLACE = [
    ("그는 미국에서 십 년 동안 살았다.", "미국"),
    ("가족은 캐나다로 이주했다.", "캐나다"),
    ("대표단이 중국에 도착했다.", "중국"),
    ("독일은 유럽 중부에 위치해 있다.", "독일"),
    ("그 회사는 베트남에 공장이 있다.", "베트남"),
    ("그는 이달 말 중국을 방문할 예정이다.", "중국"),              # an object one goes to
    ("관광객들은 태국을 거쳐 돌아왔다.", "태국"),
    ("유커들은 한국을 찾은 뒤 만족했다.", "한국"),
    ("한국 선수 5명이 10위 안에 들었다.", "한국"),                   # 선수: a nationality, no position
]


@pytest.mark.parametrize("text,country", ACTOR)
def test_a_country_acting_is_an_organization(rules, text, country):
    assert _label(rules(text), country) == "ORG"


@pytest.mark.parametrize("text,country", PLACE)
def test_a_country_as_a_place_stays_a_location(rules, text, country):
    assert _label(rules(text), country) == "LOC"


@pytest.mark.parametrize("text,country", [
    ("그는 미국에서 공부했다.", "미국"),
    ("선수단은 일본으로 떠났다.", "일본"),
    ("중국에서는 축제가 열렸다.", "중국"),
])
def test_a_model_organization_used_as_a_place_becomes_a_location(nlp, text, country):
    """The other direction: a country the model marks ORG where the sentence makes it a place."""
    doc = nlp.make_doc(text)
    start = text.index(country)
    add_mention(doc, doc.char_span(start, start + len(country), label="ORG"), "ner")
    assert _label(country_roles(doc), country) == "LOC"


@pytest.mark.parametrize("text,country", [
    ("중국의 수도는 베이징이다.", "중국"),   # 의 + a part of the land: no actor
    ("미국은 땅이 넓다.", "미국"),           # an adjective: a description of the place
    ("일본은 섬나라다.", "일본"),            # a copula
    ("대한민국의 과거와 현실을 돌아본다.", "대한민국"),   # 의 + a noun of no state's act or office
    ("한국 선수 다섯 명이 출전했다.", "한국"),            # a nationality
])
def test_no_cue_leaves_the_label_alone(rules, text, country):
    doc = rules(text)
    start = text.index(country)
    assert role(doc, doc.char_span(start, start + len(country)), len(text)) != "ORG"
    assert _label(doc, country) == "LOC"


@pytest.mark.parametrize("text", ["미국은 이란에 대한 제재를 발표했다.", "한국과 일본은 협정에 서명했다."])
def test_countries_never_become_organization_rows(rules, text):
    doc = rules(text)
    names = {row["name"] for row in doc._.rows.get("organizations", [])}
    assert any(_label(doc, c) == "ORG" for c in ("미국", "한국", "일본"))
    assert not names & {"미국", "한국", "일본", "이란"}


# A city named for its club in a match report (rules/team_places.py): a party to the match is the club.
CLUBS_BY_CITY = [
    ("수원은 홈에서 대전을 꺾고 선두로 올라섰다.", "대전"),
    ("이번 시즌 인천은 최하위로 밀려났다.", "인천"),
    ("그는 지난해 포항으로 이적했다.", "포항"),
    ("개막전에서 울산과 무승부를 거뒀다.", "울산"),
    ("이날 경기에서 대전 수비수 이동원은 첫 골을 넣었다.", "대전"),      # a player of it
    ("역전승을 이끈 울산 감독은 선수들을 칭찬했다.", "울산"),            # its coach
    ("김정우(26 · 성남)는 이번 시즌 리그 득점 선두다.", "성남"),         # a player's club after their age
]

CITIES_AS_PLACES = [
    ("대전에서 열린 경기에서 그는 골을 넣었다.", "대전"),          # where the match is played
    ("인천 공무원이 확진 판정을 받았다.", "인천"),                # a place before a noun, no match
    ("울산은 공업 도시로 성장했다.", "울산"),                      # a subject, but no match reported
    ("선수단은 포항으로 떠나 훈련한다.", "포항"),                  # moving to the city, not to its club
    ("홍길동(45·성남)씨는 이번 시즌 구장을 찾았다.", "성남"),       # no age-club form: 씨 after it, a resident
    ("대전 공무원 감독 기관이 경기를 점검했다.", "대전"),          # 감독 (supervision) glued into a compound
]


@pytest.mark.parametrize("text,city", CLUBS_BY_CITY)
def test_a_city_that_is_a_party_to_a_match_is_its_club(rules, text, city):
    assert _label(rules(text), city) == "ORG"


@pytest.mark.parametrize("text,city", CITIES_AS_PLACES)
def test_a_city_where_something_happens_stays_a_place(rules, text, city):
    assert _label(rules(text), city) == "LOC"


@pytest.mark.parametrize("text,word,label", [
    ("보스턴은 원정에서 값진 승리를 거뒀다.", "보스턴", "ORG"),        # a foreign city the model read as a place
    ("그 팀은 고척돔을 홈으로 쓰며 이번 시즌 선두다.", "고척돔", "LOC"),  # a ground, no club
])
def test_a_place_the_model_reads_in_a_match_report(nlp, text, word, label):
    doc = nlp.make_doc(text)
    start = text.index(word)
    add_mention(doc, doc.char_span(start, start + len(word), label="LOC"), "ner")
    assert _label(country_roles(doc), word) == label


@pytest.mark.parametrize("text,letter,label", [
    ("北, 미사일 추가 발사 예고", "北", "ORG"),          # a headline's state by one Hanja letter
    ("美 재무부, 환율 보고서 공개", "美", "ORG"),
    ("가온전자, 中 판매 호조에 실적 개선", "中", "ORG"),
    ("서울역 운행 中…", "中", None),                     # "during" closing a phrase
    ("격리 치료中이다.", "中", None),                      # glued to the word before: no state
    ("가온영화 中서 3년간 제작", "中", None),              # a place particle after it
])
def test_a_state_a_headline_names_by_one_hanja_letter(rules, text, letter, label):
    assert _label(rules(text), letter) == label
