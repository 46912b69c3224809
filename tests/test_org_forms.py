"""Organizations in the forms news writes them apart from the gazetteer: an ending written as a word of its
own (오번 대학교), a department after its university, a Hangul short form in parentheses, a body introduced
by the word before it with the copula (업체인 "X"), a university's hospital. Made-up sentences; the rule
components and resolve run alone (no statistical model), so each case tests the mechanism."""

from __future__ import annotations

import pytest

from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.nlp import build_nlp
from sinmun.rules.org_names import expand_ending, split_country, unit_of_body


@pytest.fixture(scope="module")
def resolve_with():
    """The rule components and `sinmun_resolve`, with the ORG spans a test names standing in for the model's."""
    nlp = build_nlp()

    def run(text: str, ner_orgs: tuple[str, ...] = ()):
        doc = nlp.make_doc(text)
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        for surface in ner_orgs:
            at = text.index(surface)
            span = doc.char_span(at, at + len(surface), label="ORG")
            assert span is not None, f"{surface!r} is not on token boundaries"
            doc.spans[MENTIONS] = [m for m in doc.spans.get(MENTIONS, [])
                                   if m.end_char <= at or m.start_char >= span.end_char]
            add_mention(doc, span, "ner")
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


def rows(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["organizations"]}


# fmt: off
SPACED_ENDINGS = [
    # (sentence, the name with its ending written apart, country)
    ("그는 미국 오번 대학교에서 석사학위를 받았다.", "오번 대학교", "US"),
    ("캐나다 앨버타 대학교에서 박사학위를 받았다.", "앨버타 대학교", "CA"),
    ("그는 하버드 대학교를 졸업했다.", "하버드 대학교", None),     # the gazetteer's 하버드대학교
    ('"이란 인터내셔널" 매체도 발언을 다뤘다.', "이란 인터내셔널", None),   # a country before a brand word
    ("로열더치 그룹은 투자를 늘렸다.", "로열더치 그룹", None),
]

NOT_SPACED_NAMES = [
    # (sentence, a word pair that is no organization)
    ("토고 축구 협회 부회장이 말했다.", "축구 협회"),        # a common noun before the ending
    ("미국 대학교 등록금이 올랐다.", "미국 대학교"),          # a country before a word that is a body of its own
    ("일본 은행들은 금리를 내렸다.", "일본 은행"),
    ("동네 은행에 갔다.", "동네 은행"),
]

UNITS = [
    # (sentence, the model's span: a body and its department, the row)
    ("그는 조선대학교 수학과를 졸업했다.", "조선대학교 수학과", "조선대학교"),
    ("부산대 의과대학 연구팀이 논문을 냈다.", "부산대 의과대학", "부산대학교"),
    ("한빛대학교 건축학과 학생들이 모였다.", "한빛대학교 건축학과", "한빛대학교"),
    ("가온전자 연구팀이 발표했다.", "가온전자 연구팀", "가온전자"),
]

HANGUL_SHORT_FORMS = [
    # (sentence, full name, the short form it defines in parentheses)
    ("학술단체협의회(학단협)의 김민수 운영위원장은 반박했다. 학단협은 성명을 냈다.", "학술단체협의회", "학단협"),
    ("전국교사노동조합(전교노)는 집회를 열었다. 전교노 관계자가 말했다.", "전국교사노동조합", "전교노"),
    ("한빛문화재단(한문재)은 공모를 했다. 한문재는 결과를 냈다.", "한빛문화재단", "한문재"),
    ("전국민주노동조합총연맹(민주노총)은 파업했다. 민주노총은 집회를 열었다.", "전국민주노동조합총연맹", "민주노총"),
]

NOT_SHORT_FORMS = [
    # (sentence, a word in parentheses that defines nothing)
    ("학술단체협의회(가칭)는 출범했다.", "가칭"),
    ("한빛문화재단(서울)은 공모를 했다.", "서울"),
    ("한국가온공사(한국)는 발표했다.", "한국"),   # a country is no short form
]

INTRODUCED = [
    # (sentence, the name the word before introduces)
    ('여론조사 전문 업체인 "가온리서치"가 조사했다.', "가온리서치"),
    ("시민단체 '나눔연대'는 성명을 냈다.", "나눔연대"),
    ("반군단체인 카빈다해방전선은 소행이라고 주장했다.", "카빈다해방전선"),
    ("시장조사업체인 트렌드포스에 따르면 시장이 커진다.", "트렌드포스"),
]

NOT_INTRODUCED = [
    # (sentence, a word after an introducing word that is no name)
    ("사계절 닮은 인디밴드 4팀이 무대에 선다.", "4팀"),
    ("업체 대표는 말했다.", "대표"),
    ("기업 관계자가 왔다.", "관계자"),
    ("삼성그룹 김민수 회장이 왔다.", "김민수"),       # a body's own name before: no introduction
]

SHORT_ENDINGS = [
    # (the name, written out)
    ("서울대병원", "서울대학교병원"),
    ("부산대병원", "부산대학교병원"),
    ("한빛대병원", "한빛대학교병원"),
]

SHAPES = [
    # (sentence, name, kind): endings of bodies that are no firm
    ("한국수학사학회를 세우고 회장을 맡았다.", "한국수학사학회", "other"),
    ("부산성폭력상담소는 보도자료를 냈다.", "부산성폭력상담소", "other"),
]

CLUBS = [
    # (sentence, club): markers before or after a foreign club's name
    ("그는 SL 벤피카와 계약했다.", "SL 벤피카"),
    ("CD 테네리페를 거쳐 이적했다.", "CD 테네리페"),
    ("페네르바체 SK의 골키퍼였다.", "페네르바체 SK"),
]

NOT_CLUBS = [
    # (sentence, a marker that names no club here)
    ("SK 최태원 회장이 참석했다.", "SK 최태원"),          # SK before a name: the company
    ("CD 한 장을 샀다.", "CD 한"),
]

LISTED = [
    # (sentence, the model's ORG spans, names listed with them)
    ("가온북스와 알라딘, 교보문고는 과태료를 냈다.", ("가온북스", "교보문고"), ("알라딘",)),
    ("한빛소프트, 넥슨, 엔씨소프트 등이 참가했다.", ("한빛소프트",), ("넥슨", "엔씨소프트")),
]

LISTS_CLOSED_AS_BODIES = [
    # (sentence, names the list closes as bodies)
    ("스카니아, 볼보, 메르세데스-벤츠 등의 유럽계 업체들이 포진했다.", ("스카니아", "볼보", "메르세데스-벤츠")),
    ("넥슨과 엔씨소프트 등 게임 기업이 참여했다.", ("넥슨", "엔씨소프트")),
]

STATIONED = [
    # (sentence, a body stationed in another state)
    ("국방부는 주한미군 부지를 확보했다.", "주한미군"),
    ("주일대사관은 항의 서한을 받았다.", "주일대사관"),
    ("주한미국대사관이 성명을 냈다.", "주한미국대사관"),
    ("주유엔대표부는 회의를 열었다.", "주유엔대표부"),
]

UNIVERSITIES = [
    # (sentence, a university's short form no gazetteer holds, written out)
    ("예일대 연수 프로그램에 참가했다.", "예일대학교"),
    ("광주대는 수출 전진기지다.", "광주대학교"),
    ("경성대 타선을 이끌었다.", "경성대학교"),
    ("부산 경성대 캠퍼스에서 축제가 열렸다.", "경성대학교"),           # a place before it, then its people
]

NOT_UNIVERSITIES = [
    # (sentence, a word ending in 대 that is no university)
    ("강남대로에서 행진했다.", "강남대학교"),                          # a road
    ("한상대 검찰총장은 사퇴했다. 한상대는 말했다.", "한상대학교"),      # a person with a title
    ("시위대와 20대가 모였다.", "시위대학교"),
    ("한국대 일본 경기가 열렸다.", "한국대학교"),                       # versus
    # a landmark after its place, nothing academic after it
    ("울산 반구대 암각화 보존 대책이 나왔다.", "반구대학교"),
    ("부산 해운대 해수욕장에 피서객이 몰렸다.", "해운대학교"),
    ("부산 태종대 일대에서 축제가 열렸다.", "태종대학교"),
]

SPACED_GAZETTEER = [
    # (sentence, the model's span written with a space, the gazetteer's name)
    ("롯데 그룹의 상품을 불매했다.", "롯데 그룹", "롯데그룹"),
    ("삼성 전자는 실적을 냈다.", "삼성 전자", "삼성전자"),
]

OUTLETS = [
    # (sentence, an outlet named as the source or the actor of a statement)
    ("오마이뉴스[1]에 따르면 집회가 열렸다.", "오마이뉴스"),
    ("중앙일보가 이를 보도했다.", "중앙일보"),
    ("경향신문은 해당 부분을 고쳤다.", "경향신문"),
]

NOT_OUTLET_ACTORS = [
    # (sentence, an outlet's name that is no actor here)
    ("그는 경향신문을 창간했다.", "경향신문"),
    ("오마이뉴스 기사를 읽었다.", "오마이뉴스"),
]

SPACED_COMMITTEES = [
    # (sentence, a committee named by common nouns written apart, its name)
    ("최저임금 위원회의 결정을 언급했다.", "최저임금위원회"),
    ("당선자의 대통령직 인수위원회에서 임명됐다.", "대통령직인수위원회"),
    ("청년고용 특별위원회가 출범했다.", "청년고용특별위원회"),
]

NOT_SPACED_COMMITTEES = [
    # (sentence, words that are no committee's name)
    ("관련 위원회가 열렸다.", "관련위원회"),                  # too short a word to name one
    ("서울시 인권위원회가 권고했다.", "서울시인권위원회"),       # a body of its own before it
]

NOT_LISTED = [
    # (sentence, the model's ORG spans, a word that stays no organization)
    ("가온전자와 김민수 대표가 만났다.", ("가온전자",), "김민수"),        # a person in the list
    ("가온전자와 서울, 부산이 참여했다.", ("가온전자",), "서울"),          # a place
    ("가온전자, 알라딘에 책을 납품", ("가온전자",), "알라딘"),            # a headline's topic and comma
    ("가온전자, 미국, 일본 등이 참여했다.", ("가온전자",), "미국"),        # a country
    ("서울과 부산 등 대도시가 참여했다.", (), "부산"),                    # no body closes the list
]
# fmt: on


@pytest.mark.parametrize("sentence, name, country", SPACED_ENDINGS)
def test_an_ending_written_apart_after_a_proper_noun_names_a_body(resolve_with, sentence, name, country):
    found = {n.replace(" ", ""): row for n, row in rows(resolve_with(sentence)).items()}
    assert name.replace(" ", "") in found, list(found)  # spaces aside, as the gold's scorer reads names
    assert found[name.replace(" ", "")]["country"] == country


@pytest.mark.parametrize("sentence, words", NOT_SPACED_NAMES)
def test_an_ending_after_a_common_noun_or_a_country_is_no_name(resolve_with, sentence, words):
    doc = resolve_with(sentence)
    assert words not in rows(doc)
    assert all(m.text != words for m in doc.spans[MENTIONS] if m.label_ == "ORG")


@pytest.mark.parametrize("sentence, span, body", UNITS)
def test_a_department_after_its_body_is_the_body_s_row(resolve_with, sentence, span, body):
    found = rows(resolve_with(sentence, (span,)))
    assert body in found and span not in found


@pytest.mark.parametrize("word, expected", [
    ("수학과", True), ("의과대학", True), ("응급실", True),
    ("삼성", False), ("KBS", False), ("청문회2", False), ("수학과의", False),
])
def test_units_of_a_body_are_common_nouns_only(word, expected):
    assert unit_of_body(word) is expected


@pytest.mark.parametrize("sentence, name, short", HANGUL_SHORT_FORMS)
def test_a_hangul_short_form_in_parentheses_defines_an_alias(resolve_with, sentence, name, short):
    found = rows(resolve_with(sentence))
    assert short not in found
    assert name in found and short in found[name]["aliases"] and found[name]["mentions"] >= 3


@pytest.mark.parametrize("sentence, word", NOT_SHORT_FORMS)
def test_a_word_in_parentheses_that_abbreviates_nothing_is_no_alias(resolve_with, sentence, word):
    doc = resolve_with(sentence)
    assert all(word not in row["aliases"] and row["name"] != word for row in doc._.rows["organizations"])


def test_a_latin_acronym_after_a_space_is_the_body_s_too(resolve_with):
    found = rows(resolve_with("반군단체인 카빈다해방전선 (FLEC)은 주장했다. FLEC은 물러섰다.", ("카빈다해방전선",)))
    assert "FLEC" not in found and "FLEC" in found["카빈다해방전선"]["aliases"]


@pytest.mark.parametrize("sentence, name", INTRODUCED)
def test_a_word_introducing_a_body_with_the_copula_or_quotes(resolve_with, sentence, name):
    assert name in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, word", NOT_INTRODUCED)
def test_no_name_after_an_introducing_word(resolve_with, sentence, word):
    doc = resolve_with(sentence)
    assert word not in rows(doc)
    assert all(m.text != word for m in doc.spans[MENTIONS] if m.label_ == "ORG")


@pytest.mark.parametrize("name, full", SHORT_ENDINGS)
def test_a_university_hospital_is_written_out(name, full):
    assert expand_ending(name) == (full, "other")


@pytest.mark.parametrize("sentence, name, kind", SHAPES)
def test_endings_of_societies_and_counselling_centres(resolve_with, sentence, name, kind):
    found = rows(resolve_with(sentence))
    assert name in found and found[name]["kind"] == kind


@pytest.mark.parametrize("name", ["이란 인터내셔널", "재팬 코리아"])
def test_a_country_before_a_brand_word_stays_in_the_name(name):
    assert split_country(name) == (None, name)


@pytest.mark.parametrize("sentence, club", CLUBS)
def test_a_marker_before_or_after_a_foreign_club_s_name(resolve_with, sentence, club):
    assert club in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, words", NOT_CLUBS)
def test_a_marker_that_is_also_a_company_s_or_a_thing_s_name_makes_no_club(resolve_with, sentence, words):
    assert words not in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, spans, listed", LISTED)
def test_names_listed_with_an_organization_are_organizations(resolve_with, sentence, spans, listed):
    found = rows(resolve_with(sentence, spans))
    assert set(listed) <= set(found), list(found)


@pytest.mark.parametrize("sentence, listed", LISTS_CLOSED_AS_BODIES)
def test_a_list_closed_by_a_word_for_bodies(resolve_with, sentence, listed):
    found = rows(resolve_with(sentence))
    assert set(listed) <= set(found), list(found)


@pytest.mark.parametrize("sentence, spans, word", NOT_LISTED)
def test_people_places_countries_and_headline_topics_are_not_listed_bodies(resolve_with, sentence, spans, word):
    doc = resolve_with(sentence, spans)
    assert word not in rows(doc)
    assert all(m.text != word for m in doc.spans[MENTIONS] if m.label_ == "ORG" and m._.source == "rule")


@pytest.mark.parametrize("sentence, body", STATIONED)
def test_a_body_stationed_in_another_state(resolve_with, sentence, body):
    assert body in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, university", UNIVERSITIES)
def test_a_university_s_short_form_is_found_and_written_out(resolve_with, sentence, university):
    assert university in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, not_university", NOT_UNIVERSITIES)
def test_words_ending_in_dae_that_are_roads_people_or_counts(resolve_with, sentence, not_university):
    assert not_university not in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, span, name", SPACED_GAZETTEER)
def test_a_gazetteer_name_written_with_a_space(resolve_with, sentence, span, name):
    found = rows(resolve_with(sentence, (span,)))
    assert name in found and span in found[name]["aliases"]


@pytest.mark.parametrize("sentence, outlet", OUTLETS)
def test_an_outlet_as_the_source_of_a_statement_is_an_organization(resolve_with, sentence, outlet):
    found = rows(resolve_with(sentence))
    assert outlet in found and found[outlet]["kind"] == "media"


@pytest.mark.parametrize("sentence, outlet", NOT_OUTLET_ACTORS)
def test_an_outlet_s_name_elsewhere_is_left_to_the_model(resolve_with, sentence, outlet):
    doc = resolve_with(sentence)
    assert all(m.text != outlet for m in doc.spans[MENTIONS] if m._.source == "rule")


@pytest.mark.parametrize("sentence, name", SPACED_COMMITTEES)
def test_a_committee_of_common_nouns_written_apart(resolve_with, sentence, name):
    assert name in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, name", NOT_SPACED_COMMITTEES)
def test_no_committee_from_a_short_word_or_a_body_before_it(resolve_with, sentence, name):
    assert name not in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, body, country", [
    ("이어 국무부 대변인을 통해 입장을 냈다.", "국무부", None),
    ("미국 국무부는 성명을 냈다.", "국무부", "US"),
    ("북한 외무성은 담화를 냈다.", "외무성", "KP"),
    ("일본 방위성이 발표했다.", "방위성", "JP"),
])
def test_a_foreign_ministry_named_bare_or_after_its_country(resolve_with, sentence, body, country):
    found = rows(resolve_with(sentence))
    assert body in found and found[body]["country"] == country and found[body]["kind"] == "government"


@pytest.mark.parametrize("sentence, spans", [
    ("북한은 반발했다.", ("북한",)),
    ("미국이 제재를 발표했다.", ("미국",)),
    ("일본 정부와 일본이 합의했다.", ("일본",)),
])
def test_a_country_is_a_mention_but_never_an_organizations_row(resolve_with, sentence, spans):
    doc = resolve_with(sentence, spans)
    assert not set(spans) & set(rows(doc))
    assert any(m.text == spans[0] for m in doc.spans[MENTIONS])


# fmt: off
INTERNATIONAL_BODIES = [
    # (sentence, an international body named by a scope, its field and its ending written apart; its name)
    ("세계 컬링 연맹은 보도자료로 대회 취소를 알렸다.", "세계 컬링 연맹", "세계컬링연맹"),
    ("가나다 아프리카 축구 연맹 부회장이 말했다.", "아프리카 축구 연맹", "아프리카축구연맹"),
    ("국제 수영연맹이 규정을 고쳤다.", "국제 수영연맹", "국제수영연맹"),
    ("세계 반도핑 기구는 조사에 나섰다.", "세계 반도핑 기구", "세계반도핑기구"),
]

NOT_INTERNATIONAL_BODIES = [
    # (sentence, words that name no body: a qualifier, not a field, or a clause between)
    ("세계 최대 협회가 생겼다.", "세계 최대 협회"),
    ("유럽 각국 협회가 반발했다.", "유럽 각국 협회"),
    ("국제 사회와 협회가 반대했다.", "국제 사회와 협회"),
    ("토고 축구 협회 부회장이 말했다.", "토고 축구 협회"),      # a country, no scope word
]

CIVIC_GROUPS = [
    # (sentence, the model's span: a civic group or coalition of common nouns and 연대/연합)
    ("시민단체 가온연대는 성명을 냈다.", "가온연대"),
    ("참여연대는 질의서를 보냈다.", "참여연대"),
    ("녹색연합은 개발에 반대했다.", "녹색연합"),
]

LOCAL_OFFICES = [
    # (sentence, the mention of a local office with the province or city before it, the office's name)
    ("서울 마포경찰서는 그를 입건했다.", "서울 마포경찰서", "마포경찰서"),
    ("4일 전남 목포경찰서에 따르면 사고가 났다.", "전남 목포경찰서", "목포경찰서"),
    ("용산소방서를 응원하는 글이 올라왔다.", "용산소방서", "용산소방서"),
    ("그는 서울 영등포구치소에 수감됐다.", "서울 영등포구치소", "영등포구치소"),
]

NOT_LOCAL_OFFICES = [
    # (sentence, a word ending like an office that names none)
    "인근 경찰서에 신고했다.",
    "그는 구치소에서 나왔다.",
    "소방서 대원들이 출동했다.",
]
# fmt: on


@pytest.mark.parametrize("sentence, span, name", INTERNATIONAL_BODIES)
def test_an_international_body_written_apart_is_one_organization(resolve_with, sentence, span, name):
    doc = resolve_with(sentence)
    assert name in rows(doc)
    assert any(m.text == span and m.label_ == "ORG" for m in doc.spans[MENTIONS])


@pytest.mark.parametrize("sentence, words", NOT_INTERNATIONAL_BODIES)
def test_no_international_body_from_a_qualifier_or_a_country(resolve_with, sentence, words):
    doc = resolve_with(sentence)
    assert words.replace(" ", "") not in rows(doc)
    assert all(m.text != words for m in doc.spans[MENTIONS])


@pytest.mark.parametrize("sentence, span", CIVIC_GROUPS)
def test_a_civic_group_the_model_finds_is_a_row(resolve_with, sentence, span):
    assert span in rows(resolve_with(sentence, (span,)))


def test_solidarity_as_a_common_word_is_no_civic_group(resolve_with):
    assert not rows(resolve_with("세대 간 연대가 필요하다.", ("연대",)))


@pytest.mark.parametrize("sentence, span, name", LOCAL_OFFICES)
def test_a_local_office_takes_the_province_before_it_into_its_mention(resolve_with, sentence, span, name):
    doc = resolve_with(sentence)
    assert name in rows(doc) and rows(doc)[name]["kind"] == "government"
    assert any(m.text == span and m.label_ == "ORG" for m in doc.spans[MENTIONS])


@pytest.mark.parametrize("sentence", NOT_LOCAL_OFFICES)
def test_an_office_s_common_word_names_no_office(resolve_with, sentence):
    assert not rows(resolve_with(sentence))


@pytest.mark.parametrize("published, name", [("2010-05-01", "소방방재청"), ("2021-05-01", "소방청")])
def test_the_fire_agency_by_the_article_s_date(analyze_entities, published, name):
    doc = analyze_entities("방재청은 헬기 추락 경위를 조사했다." if name == "소방방재청" else "소방청은 조사했다.", published)
    assert name in {row["name"] for row in doc._.rows["organizations"]}


@pytest.mark.parametrize("sentence, name, written", [
    ("국제 통화 기구(IMF)와 세계은행이 지원한다.", "국제통화기금", "국제통화기구"),   # the text's own wording
    ("세계 보건 기구(WHO)는 경보를 냈다.", "세계보건기구", None),
])
def test_an_acronym_the_gazetteer_knows_names_the_body_before_it(resolve_with, sentence, name, written):
    found = rows(resolve_with(sentence))
    assert name in found and written not in found
