"""Organizations: gazetteer aliases, ministries across renamings, in-text definitions, name shapes."""

from __future__ import annotations

from datetime import date

import pytest

from sinmun.rules.orgs import gazetteer
from sinmun.resources import user_words


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def orgs(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["organizations"]}


# fmt: off
ALIASES = [
    # (alias, article date or None, canonical, kind)
    ("중기부", "2025-02-20", "중소벤처기업부", "ministry"),
    ("중기부", None, "중소벤처기업부", "ministry"),
    ("중기청", "2015-06-01", "중소기업청", "government"),
    ("산업부", "2020-05-01", "산업통상자원부", "ministry"),
    ("산업부", "2026-03-01", "산업통상부", "ministry"),
    ("지경부", "2011-03-01", "지식경제부", "ministry"),
    ("산자부", "2005-03-01", "산업자원부", "ministry"),
    ("과기정통부", "2020-01-01", "과학기술정보통신부", "ministry"),
    ("미래부", "2015-01-01", "미래창조과학부", "ministry"),
    ("기재부", "2020-01-01", "기획재정부", "ministry"),
    ("교과부", "2011-05-16", "교육과학기술부", "ministry"),
    ("교육부", "2005-05-01", "교육인적자원부", "ministry"),
    ("교육부", "2020-05-01", "교육부", "ministry"),
    ("행안부", "2010-01-01", "행정안전부", "ministry"),
    ("안행부", "2014-01-01", "안전행정부", "ministry"),
    ("행자부", "2016-01-01", "행정자치부", "ministry"),
    ("행안부", "2020-01-01", "행정안전부", "ministry"),
    ("복지부", "2020-01-01", "보건복지부", "ministry"),
    ("복지부", "2009-01-01", "보건복지가족부", "ministry"),
    ("국토부", "2011-01-01", "국토해양부", "ministry"),
    ("국토부", "2020-01-01", "국토교통부", "ministry"),
    ("문체부", "2020-01-01", "문화체육관광부", "ministry"),
    ("농식품부", "2011-01-01", "농림수산식품부", "ministry"),
    ("농식품부", "2020-01-01", "농림축산식품부", "ministry"),
    ("해수부", "2020-01-01", "해양수산부", "ministry"),
    ("고용부", "2020-01-01", "고용노동부", "ministry"),
    ("여가부", "2020-01-01", "여성가족부", "ministry"),
    ("외교부", "2011-01-01", "외교통상부", "ministry"),
    ("외교부", "2020-01-01", "외교부", "ministry"),
    ("기보", None, "기술보증기금", "public_agency"),
    ("신보", None, "신용보증기금", "public_agency"),
    ("중진공", None, "중소벤처기업진흥공단", "public_agency"),
    ("KOTRA", None, "대한무역투자진흥공사", "public_agency"),
    ("코트라", None, "대한무역투자진흥공사", "public_agency"),
    ("한은", None, "한국은행", "financial"),
    ("금감원", None, "금융감독원", "public_agency"),
    ("공정위", None, "공정거래위원회", "government"),
    ("식약처", "2020-01-01", "식품의약품안전처", "government"),
    ("서울대", None, "서울대학교", "education"),
    ("카이스트", None, "한국과학기술원", "education"),
    ("IMF", None, "국제통화기금", "international"),
    ("현대차", None, "현대자동차", "company"),
    ("로이터", None, "로이터통신", "media"),
    ("자민당", None, "자유민주당", "other"),  # a foreign party: its usual Korean full name (CONVENTIONS, set g)
]

NOT_ORGANIZATIONS = [
    # (sentence, a name that must not be an organization)
    ("그는 하기보다는 기다리기로 했다.", "기술보증기금"),
    ("메타버스 플랫폼이 인기다.", "메타"),
    ("인텔리전스 기능을 더했다.", "인텔"),
    ("스타트업 코리아 펀드를 만든다.", "코리아"),
    ("AI벤처투자 컨퍼런스가 열렸다.", "AI벤처투자"),
    ("도로 확장공사가 시작됐다.", "확장공사"),
    ("산업부문 매출이 늘었다.", "산업통상자원부"),
    ("기업은 물론 정부도 나섰다.", "IBK기업은행"),
    ("언론 매체 보도에 따르면 그는 떠났다.", "보도"),  # 매체 introduces no name here
]
# fmt: on


@pytest.mark.parametrize("alias, published, canonical, kind", ALIASES)
def test_alias_resolves_to_canonical_name(analyze, alias, published, canonical, kind):
    doc = analyze(f"{alias}는 이날 새 계획을 발표했다.", published)
    found = orgs(doc)
    assert canonical in found, f"{alias} ({published}) -> {list(found)}"
    assert found[canonical]["kind"] == kind
    if alias != canonical:
        assert alias in found[canonical]["aliases"]
    mention = next(s for s in doc.spans["mentions"] if s.label_ == "ORG")
    assert mention.text == alias and mention._.normalized == canonical


@pytest.mark.parametrize("sentence, name", NOT_ORGANIZATIONS)
def test_words_inside_other_words_are_not_organizations(analyze, sentence, name):
    assert name not in orgs(analyze(sentence))


def test_in_text_definition_defines_an_alias(analyze):
    doc = analyze("한국스마트제조진흥원(이하 진흥원)은 새 사업을 시작했다. 진흥원은 올해 100곳을 지원한다.")
    row = orgs(doc)["한국스마트제조진흥원"]
    assert row["aliases"] == ["진흥원"] and row["mentions"] == 3
    assert "진흥원" not in orgs(doc)


def test_acronym_definition_defines_an_alias(analyze):
    doc = analyze("미중무역위원회(USCBC)는 보고서를 냈다. USCBC는 반대했다.")
    assert orgs(doc)["미중무역위원회"]["aliases"] == ["USCBC"]


def test_gazetteer_alias_in_a_parenthetical_note(analyze):
    doc = analyze("* 기술보증 지원(기보, 5.5조원), 중소기업 정책자금(중진공, 4.3조원)")
    assert {"기술보증기금", "중소벤처기업진흥공단"} <= set(orgs(doc))


@pytest.mark.parametrize("sentence, name, kind", [
    ("권오형 퀄컴코리아 사장이 참석했다.", "퀄컴코리아", "company"),
    ("가온누리벤처스는 펀드를 결성했다.", "가온누리벤처스", "financial"),
    ("하늘빛테크놀로지스가 투자를 받았다.", "하늘빛테크놀로지스", "company"),
    ("시장조사업체 트렌드포스에 따르면 시장이 커진다.", "트렌드포스", "company"),
    ("노르웨이 스타트업 아쿠아바이트를 소개했다.", "아쿠아바이트", "company"),
    ("제3차 국가인공지능위원회에서 발표했다.", "국가인공지능위원회", "government"),
    ("영국 일간지 가나타임스는 이렇게 보도했다.", "가나타임스", "media"),  # an outlet introduced by its kind
    ("미국 정치전문매체 다라힐에 따르면 그는 떠났다.", "다라힐", "media"),
    ("독일 일간지 쥐트가나차이퉁이 전했다.", "쥐트가나차이퉁", "media"),
    ("외신 가나통신에 따르면 협상이 끝났다.", "가나통신", "media"),
])
def test_name_shapes_and_descriptors(analyze, sentence, name, kind):
    row = orgs(analyze(sentence)).get(name)
    assert row is not None and row["kind"] == kind


def test_a_firm_found_once_is_found_everywhere(analyze):
    doc = analyze("노르웨이 스타트업 아쿠아바이트를 소개했다. 아쿠아바이트 창업자는 미국인이다.")
    assert orgs(doc)["아쿠아바이트"]["mentions"] == 2
    assert doc._.rows["people"] == []


def test_places_are_locations_not_organizations(analyze):
    doc = analyze("중국과 미국의 기업이 서울에 모였다.")
    assert orgs(doc) == {}
    assert {s.text for s in doc.spans["mentions"] if s.label_ == "LOC"} == {"중국", "미국", "서울"}


def test_place_names_that_are_mostly_common_words_get_no_location_mention(analyze):
    doc = analyze("경기 침체가 길어지자 경기도와 세종시는 조선 업계와 만났다.")
    rule_places = {s.text for s in doc.spans["mentions"] if s.label_ == "LOC" and s._.source != "ner"}
    assert "경기" not in rule_places and "조선" not in rule_places
    assert "경기도" in rule_places
    assert {"경기", "조선", "세종"} <= gazetteer().places  # still places: never read as a person's name


def test_gazetteer_lookup_by_date():
    gaz = gazetteer()

    assert gaz.lookup("안행부", date(2014, 1, 1)).name == "안전행정부"
    assert gaz.lookup("행자부", date(2005, 1, 1)).name == "행정자치부"
    assert gaz.lookup("행안부", None).name == "행정안전부"
    assert gaz.lookup("산업부", None).end is None  # no date: the current name
    assert gaz.lookup("지식경제부", date(2025, 1, 1)).name == "지식경제부"  # an old name stays itself
    assert gaz.lookup("없는부처", None) is None


def test_user_words_keep_names_whole():
    words = dict(user_words())
    assert {"기획재정부", "LG에너지솔루션", "뤼튼테크놀로지스", "중기부"} <= set(words)
    assert all(tag == "NNP" for tag in words.values())
    assert "기보" not in words  # too short: it would split 하기보다


# A name with a landline or business number in parentheses is a business; a mobile number, a common word or a
# person's name before it is not.
@pytest.mark.parametrize("sentence, business", [
    ("자세한 내용은 가온여행사(02-123-4567)로 문의하면 된다.", "가온여행사"),
    ("제품협찬 · 라온뷰티(1899-6935) 미르코스메틱(080-850-0708)", "라온뷰티"),
    ("제품협찬 · 라온뷰티(1899-6935) 미르코스메틱(080-850-0708)", "미르코스메틱"),
    ("참가 신청은 한빛문화재단(031-765-4321)에서 받는다.", "한빛문화재단"),
    ("캐릭터 제작사 다온픽처스(02-3456-7890)가 저작권을 갖고 있다.", "다온픽처스"),
])
def test_a_name_with_a_business_number_is_a_business(analyze, sentence, business):
    doc = analyze(sentence)
    assert business in orgs(doc)


@pytest.mark.parametrize("sentence, word", [
    ("분양 문의는 김민수(010-1234-5678) 씨에게 하면 된다.", "김민수"),
    ("예약 문의(02-555-1234)는 평일에만 받는다.", "문의"),
    ("고객센터(1588-1234)로 전화하면 된다.", "고객센터"),
])
def test_a_number_after_a_person_or_a_common_word_names_no_business(analyze, sentence, word):
    assert word not in orgs(analyze(sentence))


@pytest.mark.parametrize("sentence, party", [
    ("국민민주당은 이날 창당대회를 열었다.", "국민민주당"),  # a party named with a common noun before 민주당
    ("정의민주당 대표가 기자회견을 했다.", "정의민주당"),
    ("열린민주당은 비례대표 후보를 발표했다.", "열린민주당"),
])
def test_a_party_named_with_a_word_before_a_known_party_stays_whole(analyze, sentence, party):
    names = orgs(analyze(sentence))
    assert party in names and "민주당" not in names and "더불어민주당" not in names


# Endings of bodies' names: a consortium and a training institute glued to their names, a financial group,
# a production company and a secretariat written apart after a proper noun.
@pytest.mark.parametrize("sentence, body", [
    ("이 사업은 현대건설컨소시엄이 시행한다.", "현대건설컨소시엄"),
    ("그는 23일자로 법무연수원 연구위원으로 전보됐다.", "법무연수원"),
    ("일본의 3대 금융사인 미즈호 금융그룹이 지분을 팔았다.", "미즈호 금융그룹"),
    ("배창호 프러덕션은 출연료를 돌려달라고 소송을 냈다.", "배창호 프러덕션"),
])
def test_names_with_those_endings_are_bodies(analyze, sentence, body):
    assert body in orgs(analyze(sentence))


@pytest.mark.parametrize("sentence, word", [
    ("그는 회사 연수원에서 교육을 받았다.", "회사 연수원"),
    ("신입사원들은 연수원에 입소했다.", "연수원"),
])
def test_a_bare_ending_names_no_body(analyze, sentence, word):
    assert word not in orgs(analyze(sentence))
