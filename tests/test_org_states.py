"""Bodies of the state named by a place or a generic word (rules/org_states.py) and foreign parties' full names:
a local government that acts, a regional police agency at the article's date, a state's armed service after the
state's name. Made-up sentences (가나/다라 names where a real one is not needed)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.doc_ext import add_mention
from sinmun.nlp import build_nlp
from sinmun.rules.org_states import armed_service, detachable_media_words, media_kind_word, police_agency, region_stems

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture(scope="module")
def analyze():
    nlp = build_nlp()

    def run(text: str, published: str | None = "2018-05-04", ner=()):
        """The rule components, then `ner` (surface, label) spans as a statistical model would add them."""
        doc = nlp.make_doc(text)
        doc._.published_at = datetime.fromisoformat(published).replace(tzinfo=SEOUL) if published else None
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        for surface, label in ner:  # the model's span wins over a rule's inside it, as in the pipeline
            start = text.index(surface)
            end = start + len(surface)
            doc.spans["mentions"] = [m for m in doc.spans.get("mentions", []) if m.end_char <= start or m.start_char >= end]
            add_mention(doc, doc.char_span(start, end, label=label), "ner", surface)
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


def org_rows(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["organizations"]}


# --- regional police agencies at the article's date ---------------------------------------------------------
@pytest.mark.parametrize("name, day, expected", [
    ("서울경찰청", date(2020, 11, 9), "서울지방경찰청"),
    ("부산경찰청", date(2015, 3, 2), "부산지방경찰청"),
    ("충북경찰청", date(2019, 1, 1), "충북지방경찰청"),
    ("경기남부경찰청", date(2018, 7, 1), "경기남부지방경찰청"),
    ("제주경찰청", date(2020, 12, 31), "제주지방경찰청"),
    ("서울경찰청", date(2021, 1, 1), None),  # the usual name from 2021
    ("서울경찰청", None, None),  # no date: as written
    ("서울지방경찰청", date(2014, 5, 1), None),  # already the full name
    ("해양경찰청", date(2014, 5, 1), None),  # a national agency, no region
    ("가나경찰청", date(2014, 5, 1), None),  # no province or metropolitan city
    ("서울경찰서", date(2014, 5, 1), None),  # a station, not an agency
])
def test_police_agency_at_the_articles_date(name, day, expected):
    assert police_agency(name, day) == expected


def test_region_stems_come_from_the_local_governments_resource():
    assert {"서울", "부산", "세종", "경기", "강원", "충북", "경남", "제주"} <= region_stems()
    assert not region_stems() & {"해양", "국가", "서울시"}


def test_a_police_agency_head_takes_the_agency_under_its_name_then(analyze):
    doc = analyze("김하연 서울경찰청장은 기자간담회에서 단속을 강화하겠다고 말했다.", published="2020-11-09")
    assert doc._.rows["people"][0]["org"] == "서울지방경찰청"
    assert "서울지방경찰청" in org_rows(doc) and "서울경찰청" not in org_rows(doc)


def test_a_police_agency_named_by_the_model_is_written_out_before_2021(analyze):
    doc = analyze("부산경찰청은 단속 결과를 발표했다.", published="2016-02-01", ner=[("부산경찰청", "ORG")])
    assert "부산지방경찰청" in org_rows(doc)
    doc = analyze("부산경찰청은 단속 결과를 발표했다.", published="2022-02-01", ner=[("부산경찰청", "ORG")])
    assert "부산경찰청" in org_rows(doc)


# --- a state's armed service after the state's name ---------------------------------------------------------
@pytest.mark.parametrize("word, expected", [("해군", True), ("공군", True), ("육군", True), ("해병대", True),
                                            ("군대", False), ("정부", False), ("경찰", False)])
def test_armed_services(word, expected):
    assert armed_service(word) is expected


@pytest.mark.parametrize("text, surface, name, country", [
    ("대한민국 해군 구축함이 로켓을 추적했다.", "대한민국 해군", "해군", "KR"),
    ("대통령이 대한민국 공군 훈련을 참관했다.", "대한민국 공군", "공군", "KR"),
    ("폴란드 공군 전투기가 추락했다.", "폴란드 공군", "공군", "PL"),
    ("미국 해병대 병력이 상륙했다.", "미국 해병대", "해병대", "US"),
])
def test_an_armed_service_after_its_state_is_a_row_with_the_country(analyze, text, surface, name, country):
    row = org_rows(analyze(text, ner=[(surface, "ORG")]))[name]
    assert row["country"] == country and row["kind"] == "government"


@pytest.mark.parametrize("text, surface", [
    ("해군 구축함이 로켓을 추적했다.", "해군"),  # whose navy the text does not say
    ("공군은 훈련을 마쳤다고 밝혔다.", "공군"),
])
def test_an_armed_service_alone_stays_a_mention_without_a_row(analyze, text, surface):
    doc = analyze(text, ner=[(surface, "ORG")])
    assert surface not in org_rows(doc)
    assert any(m.text == surface and m.label_ == "ORG" for m in doc.spans["mentions"])


# --- a province or metropolitan city acting is its government ----------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("경기도는 그런 허가를 내준 적이 없다고 밝혔다.", "경기도"),
    ("충청남도가 태풍에 대비해 비상근무에 들어갔다.", "충청남도"),
    ("전라북도는 낚시 관리 조례를 새로 만들었다.", "전라북도"),
    ("경상북도는 재해취약 시설을 점검했다.", "경상북도"),
    ("강원도가 보증채무를 모두 갚기로 했다.", "강원도"),
])
def test_a_province_that_acts_is_an_organization(analyze, text, name):
    doc = analyze(text, ner=[(name, "LOC")])
    assert org_rows(doc)[name]["kind"] == "government"
    place = [m for m in doc.spans["mentions"] if m.text == name]
    assert place and all(m.label_ == "LOC" for m in place)  # the mention keeps its label (KLUE and KMOU)


@pytest.mark.parametrize("text, name", [
    ("제주도는 아침 한때 비가 오겠다.", "제주도"),  # the rain is the subject
    ("강원도는 이전부터 진 빚이 너무 많았다.", "강원도"),  # the debt is the subject
    ("관광객들은 제주도를 시작으로 남부 지방을 돌았다.", "제주도"),  # a place on a route
    ("그는 경기도에서 태어나 자랐다.", "경기도"),  # a place
    ("경상남도는 한반도 남동쪽에 위치해 있다.", "경상남도"),  # a verb of lying
    ("충청북도는 대체로 맑겠다.", "충청북도"),  # an adjective
    ("전라남도가 투표율이 가장 높았다.", "전라남도"),  # another subject, an adjective
])
def test_a_province_as_a_place_is_no_organization(analyze, text, name):
    doc = analyze(text, ner=[(name, "LOC")])
    assert not [row for row in doc._.rows["organizations"] if row["kind"] == "government"]


# --- an outlet with a media word glued on is the outlet ------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("CNN방송", "CNN"),
    ("BBC방송", "BBC"),
    ("로이터통신", None),  # the gazetteer's own name
    ("블룸버그통신", None),  # 통신 belongs to news agencies' names (로이터통신, AP통신)
    ("문화방송", None),  # 문화 is no outlet
    ("가나다방송", None),  # an outlet the gazetteer does not know stays as written
])
def test_media_word_glued_to_an_outlet(name, expected):
    assert media_kind_word(name) == expected


def test_media_words_that_belong_to_names_are_read_off_the_gazetteer():
    assert "방송" in detachable_media_words() and "통신" not in detachable_media_words()


def test_a_reporter_of_an_outlet_written_with_its_media_word(analyze):
    doc = analyze("케이트 베넷 CNN방송 기자는 이렇게 보도했다.", ner=[("케이트 베넷", "PERSON"), ("CNN방송", "ORG")])
    assert doc._.rows["people"][0]["org"] == "CNN"
    assert "CNN" in org_rows(doc) and "CNN방송" not in org_rows(doc)
