"""Canonical organization names: a country before a body, short endings written out, short forms the
article or the gazetteer ties to a full name, renamings by date, one row per body. Made-up sentences."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.nlp import build_nlp
from sinmun.rules.national_bodies import national_tie
from sinmun.rules.org_names import expand_ending, is_abbreviation, split_country, tie_in_article


@pytest.fixture(scope="module")
def resolve_with():
    """The rule components and `sinmun_resolve`, with the ORG spans a test names standing in for the
    statistical model's (so the canonical name comes from the mechanism, not from what a model finds)."""
    nlp = build_nlp()

    def run(text: str, ner_orgs: tuple[str, ...] = (), published: str | None = None):
        doc = nlp.make_doc(text)
        if published:
            doc._.published_at = datetime.fromisoformat(published).replace(tzinfo=ZoneInfo("Asia/Seoul"))
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        for surface in ner_orgs:
            at, added = 0, 0
            while (at := text.find(surface, at)) >= 0:
                span = doc.char_span(at, at + len(surface), label="ORG")
                if span is not None:  # not inside a longer word (고려대 in 고려대학교)
                    # as the NER stage does, a place the rules found inside the model's span yields to it
                    doc.spans[MENTIONS] = [m for m in doc.spans.get(MENTIONS, [])
                                           if m.label_ != "LOC" or m.end_char <= at or m.start_char >= span.end_char]
                    add_mention(doc, span, "ner")
                    added += 1
                at += len(surface)
            assert added, f"{surface!r} is nowhere on token boundaries"
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


def rows(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["organizations"]}


# fmt: off
COUNTRY_BEFORE_BODY = [
    # (sentence, the model's span, canonical name, country)
    ("대한민국 환경부는 새 기준을 내놓았다.", "대한민국 환경부", "환경부", "KR"),
    ("한국 국토교통부가 노선을 확정했다.", "한국 국토교통부", "국토교통부", "KR"),
    ("미국 국무부는 성명을 냈다.", "미국 국무부", "국무부", "US"),
    ("일본 외무성은 항의 서한을 보냈다.", "일본 외무성", "외무성", "JP"),
    ("美 국방부는 훈련을 늘린다고 했다.", "美 국방부", "국방부", "US"),
    ("중국 상무부가 관세를 발표했다.", "중국 상무부", "상무부", "CN"),
    ("영국 국방부는 이를 부인했다.", "영국 국방부", "국방부", "GB"),
    ("독일 연방은행이 금리를 논의했다.", "독일 연방은행", "연방은행", "DE"),
    ("프랑스 외교부 대변인이 말했다.", "프랑스 외교부", "외교부", "FR"),
    ("북한 외무성은 담화를 냈다.", "북한 외무성", "외무성", "KP"),
]

SHORT_ENDINGS = [
    # (sentence, the model's span or "", canonical name, kind)
    ("부산지검은 수사에 착수했다.", "부산지검", "부산지방검찰청", "government"),
    ("서울중앙지검이 압수수색을 했다.", "서울중앙지검", "서울중앙지방검찰청", "government"),
    ("대구고검은 항고를 기각했다.", "대구고검", "대구고등검찰청", "government"),
    ("수원지법은 영장을 발부했다.", "수원지법", "수원지방법원", "government"),
    ("서울고법은 원심을 깼다.", "서울고법", "서울고등법원", "government"),
    ("경북대는 새 학과를 만든다.", "경북대", "경북대학교", "education"),
    ("부산대 연구팀이 논문을 냈다.", "부산대", "부산대학교", "education"),
    ("이화여대가 장학금을 늘린다.", "이화여대", "이화여자대학교", "education"),
    ("서울교대는 입학 정원을 줄인다.", "서울교대", "서울교육대학교", "education"),
    ("한국외대는 교류를 넓힌다.", "한국외대", "한국외국어대학교", "education"),
    ("고려대는 이날 발표했다.", "", "고려대학교", "education"),
]

NOT_UNIVERSITIES = ["20대", "30대", "시위대", "해병대", "구조대", "원정대", "기동대", "무대", "세대", "연대"]

TIES = [
    # (sentence, the model's spans, short form, canonical name)
    ("전국금속노동조합은 파업을 예고했다. 금속노조 관계자가 말했다.", ("금속노조",), "금속노조", "전국금속노동조합"),
    ("철도노조는 파업에 들어갔다.", ("철도노조",), "철도노조", "전국철도노동조합"),
    ("공무원노조는 집회를 열었다.", ("공무원노조",), "공무원노조", "전국공무원노동조합"),
    ("한국수력원자력은 원전을 세운다. 한수원은 부인했다.", ("한국수력원자력", "한수원"), "한수원", "한국수력원자력"),
    ("서울중앙지방검찰청은 기소했다. 중앙지검은 항소했다.", ("서울중앙지방검찰청", "중앙지검"), "중앙지검",
     "서울중앙지방검찰청"),
    ("한빛자동차노동조합이 파업했다. 한빛자동차노조는 협상을 요구했다.",
     ("한빛자동차노동조합", "한빛자동차노조"), "한빛자동차노조", "한빛자동차노동조합"),
    ("민주노총은 총파업을 선언했다.", (), "민주노총", "전국민주노동조합총연맹"),
    ("한국노총이 대화에 복귀했다.", (), "한국노총", "한국노동조합총연맹"),
    ("공정위는 과징금을 부과했다.", (), "공정위", "공정거래위원회"),
    ("금감원은 검사에 나섰다.", (), "금감원", "금융감독원"),
    ("금융위가 규제를 풀었다.", (), "금융위", "금융위원회"),
    ("방통위는 이를 심의했다.", (), "방통위", "방송통신위원회"),
]

RENAMINGS = [
    # (alias, article date, canonical name at that date)
    ("미래부", "2015-03-01", "미래창조과학부"),
    ("과기정통부", "2017-08-01", "과학기술정보통신부"),
    ("과기부", "2019-05-01", "과학기술정보통신부"),
    ("과기부", "2005-05-01", "과학기술부"),
    ("안행부", "2013-06-01", "안전행정부"),
    ("행안부", "2018-01-01", "행정안전부"),
    ("중기청", "2016-01-01", "중소기업청"),
    ("중기부", "2018-01-01", "중소벤처기업부"),
]
# fmt: on


@pytest.mark.parametrize("sentence, span, canonical, country", COUNTRY_BEFORE_BODY)
def test_a_country_before_a_body_goes_to_the_country_column(resolve_with, sentence, span, canonical, country):
    found = rows(resolve_with(sentence, (span,)))
    assert span not in found, "the country stays out of the name"
    assert canonical in found and found[canonical]["country"] == country


@pytest.mark.parametrize("sentence, span, country, kind", [
    ("미국 국방부는 훈련을 발표했다.", "미국 국방부", "US", "government"),
    ("국방부는 훈련을 발표했다.", "", "KR", "ministry"),
    ("대한민국 국방부는 훈련을 발표했다.", "대한민국 국방부", "KR", "ministry"),
])
def test_a_foreign_body_is_not_the_korean_ministry_of_the_same_name(resolve_with, sentence, span, country, kind):
    found = resolve_with(sentence, (span,) if span else ())._.rows["organizations"]
    assert [(r["name"], r["country"], r["kind"]) for r in found] == [("국방부", country, kind)]


def test_a_body_named_bare_after_its_country_is_that_country_s(resolve_with):
    found = resolve_with("일본 외무성은 항의했다. 외무성 관계자는 유감을 표했다.", ("일본 외무성", "외무성"))
    assert [(r["name"], r["country"], r["mentions"]) for r in found._.rows["organizations"]] == [("외무성", "JP", 2)]


@pytest.mark.parametrize("name", ["한국은행", "미국무역대표부", "한국 GM", "일본"])
def test_no_country_is_split_off_a_name_that_does_not_start_with_one_and_a_space(name):
    code, body = split_country(name)
    assert (code, body) == (None, name) or (name == "한국 GM" and (code, body) == ("KR", "GM"))


@pytest.mark.parametrize("sentence, span, canonical, kind", SHORT_ENDINGS)
def test_short_endings_are_written_out(resolve_with, sentence, span, canonical, kind):
    doc = resolve_with(sentence, (span,) if span else ())
    found = rows(doc)
    assert canonical in found and found[canonical]["kind"] == kind
    assert not any(name != canonical and canonical.startswith(name) for name in found)


@pytest.mark.parametrize("word", NOT_UNIVERSITIES)
def test_words_ending_in_dae_that_name_no_university_are_not_expanded(word):
    assert expand_ending(word) is None


@pytest.mark.parametrize("sentence, spans, short, canonical", TIES)
def test_short_forms_tied_by_the_article_or_the_gazetteer(resolve_with, sentence, spans, short, canonical):
    found = rows(resolve_with(sentence, spans))
    assert short not in found
    assert canonical in found and short in found[canonical]["aliases"]


@pytest.mark.parametrize("short, full, expected", [
    ("공정위", "공정거래위원회", True),
    ("한수원", "한국수력원자력", True),
    ("금감원", "금융감독원", True),
    ("한국", "한국수력원자력", False),  # its last syllable is not among the full name's last three
    ("수원", "한국수력원자력", False),  # another first syllable
    ("금융", "금융감독원", False),
    ("공정", "공정거래위원회", False),
])
def test_abbreviations(short, full, expected):
    assert is_abbreviation(short, full) is expected


def test_a_tie_needs_exactly_one_full_name():
    assert tie_in_article("한수원", ["한국수력원자력", "한빛제약"]) == "한국수력원자력"
    assert tie_in_article("한수원", ["한국수력원자력", "한국수자원공사"]) is None  # both fit
    assert tie_in_article("금속노조", ["전국금속노동조합", "한국금속노동조합"]) is None


@pytest.mark.parametrize("alias, published, canonical", RENAMINGS)
def test_renamings_follow_the_article_date(resolve_with, alias, published, canonical):
    found = rows(resolve_with(f"{alias}는 이날 새 계획을 발표했다.", published=published))
    assert list(found) == [canonical] and found[canonical]["country"] == "KR"


def test_one_body_is_one_row_whatever_forms_the_article_writes(resolve_with):
    doc = resolve_with("고려대학교는 개교 기념식을 열었다. 고려대 총장이 축사를 했다. 고려대는 장학금도 늘렸다.",
                       ("고려대학교", "고려대"))
    found = doc._.rows["organizations"]
    assert [(r["name"], r["mentions"]) for r in found] == [("고려대학교", 3)]


def test_an_in_text_definition_after_a_name_only_the_model_found(resolve_with):
    doc = resolve_with("한빛해양연구원(이하 해양연)은 탐사를 했다. 해양연은 결과를 냈다.", ("한빛해양연구원", "해양연"))
    found = rows(doc)
    assert "해양연" not in found and found["한빛해양연구원"]["mentions"] >= 2


def test_a_person_s_org_is_the_canonical_row_name(resolve_with):
    doc = resolve_with("김민수 부산지검 검사는 기소했다.", ("부산지검",))
    orgs = {r["org"] for r in doc._.rows["people"]} - {None}
    assert orgs <= set(rows(doc))


@pytest.mark.parametrize("sentence, country, label", [
    ("미국이 새 제재를 제안했다.", "미국", "ORG"),
    ("중국과 무역 합의를 맺었다.", "중국", "ORG"),
    ("일본과의 협상이 길어졌다.", "일본", "ORG"),
    ("러시아가 회담을 거부했다.", "러시아", "ORG"),
    ("그는 미국에서 공부했다.", "미국", "LOC"),
    ("중국으로 수출이 늘었다.", "중국", "LOC"),
    ("일본 시간으로 새벽이었다.", "일본", "LOC"),
])
def test_a_country_acting_in_the_sentence_is_its_state(resolve_with, sentence, country, label):
    doc = resolve_with(sentence)
    assert (country, label) in {(m.text, m.label_) for m in doc.spans[MENTIONS]}
    assert country not in rows(doc), "a country is no organizations row"


@pytest.mark.parametrize("sentence, club", [
    ("한빛 이글스가 연장 끝에 이겼다.", "한빛 이글스"),
    ("그는 LA다저스와 계약했다.", "LA다저스"),
    ("레이커스의 주전이 다쳤다.", "레이커스"),
    ("뉴욕 양키스는 투수를 바꿨다.", "뉴욕 양키스"),
    ("이번 시즌 레이커스 소속으로 뛴다.", "레이커스"),  # 시즌 is no owner
])
def test_a_club_nickname_names_a_club(resolve_with, sentence, club):
    doc = resolve_with(sentence)
    assert (club, "ORG") in {(m.text, m.label_) for m in doc.spans[MENTIONS]}
    assert club in rows(doc)
    assert not any(club in r["name"] for r in doc._.rows["people"])


def test_a_list_of_countries_stays_a_list_of_places(resolve_with):
    doc = resolve_with("중국과 미국의 기업이 모였다.")
    assert ("중국", "LOC") in {(m.text, m.label_) for m in doc.spans[MENTIONS]}


@pytest.mark.parametrize("sentence, span, published, canonical", [
    ("서울시는 새 계획을 발표했다.", "서울시", "2020-01-01", "서울특별시"),
    ("부산시가 예산을 늘렸다.", "부산시", "2020-01-01", "부산광역시"),
    ("세종시는 청사를 옮긴다.", "세종시", "2020-01-01", "세종특별자치시"),
    ("강원도는 축제를 연다.", "강원도", "2020-01-01", "강원도"),
    ("강원도는 축제를 연다.", "강원도", "2024-01-01", "강원특별자치도"),
    ("제주도는 입도세를 검토한다.", "제주도", "2010-01-01", "제주특별자치도"),
    # a province by the short name news gives its office (경남도가 발표했다): the official name
    ("경남도는 조선업 지원책을 내놨다.", "경남도", "2016-05-01", "경상남도"),
    ("충북도가 주최하는 바이오 엑스포가 열린다.", "충북도", "2019-09-01", "충청북도"),
    ("전남도가 섬 지역 의료비를 지원한다.", "전남도", "2021-03-01", "전라남도"),
    ("경북도는 산불 피해 농가에 재난지원금을 준다.", "경북도", "2022-03-10", "경상북도"),
])
def test_a_local_government_acting_is_named_officially_at_the_date(resolve_with, sentence, span, published, canonical):
    assert list(rows(resolve_with(sentence, (span,), published))) == [canonical]


@pytest.mark.parametrize("sentence, published, party, not_party", [
    ("민주당 소속 하원의원들은 대통령 탄핵 조사를 요구했다.", "2019-10-01", "민주당", "더불어민주당"),
    ("공화당과 민주당 상원의원들이 임시 예산안에 합의했다.", "2018-02-01", "민주당", "더불어민주당"),
    ("중간선거에서 민주당이 하원 다수당을 되찾았다.", "2018-11-08", "민주당", "더불어민주당"),
    ("민주당 원내대표는 추경안 처리를 촉구했다.", "2019-10-01", "더불어민주당", "민주당"),  # Korea's: no such chamber
])
def test_a_party_beside_a_foreign_chamber_is_that_country_s(resolve_with, sentence, published, party, not_party):
    names = rows(resolve_with(sentence, (), published))
    assert party in names and not_party not in names
    assert names[party]["country"] == ("KR" if party == "더불어민주당" else None)


@pytest.mark.parametrize("sentence, span, member", [
    ("민주노총 철도노조는 8일 파업을 예고했다.", "민주노총 철도노조", "전국철도노동조합"),
    ("한국노총과 민주노총 금속노조가 공동 성명을 냈다.", "민주노총 금속노조", "전국금속노동조합"),
    ("유엔 유니세프는 구호 물자를 보냈다.", "유엔 유니세프", "유엔아동기금"),
])
def test_a_body_written_after_the_body_it_belongs_to_is_named_on_its_own(resolve_with, sentence, span, member):
    assert member in rows(resolve_with(sentence, (span,)))


@pytest.mark.parametrize("sentence, span, court", [
    ("서울고법 형사부는 원심을 깼다.", "서울고법 형사부", "서울고등법원"),
    ("수원지법 민사합의12부는 청구를 기각했다.", "수원지법 민사합의12부", "수원지방법원"),
    ("부산지검 강력부가 수사한다.", "부산지검 강력부", "부산지방검찰청"),
    ("대구지방법원 재판부는 선고했다.", "대구지방법원 재판부", "대구지방법원"),
])
def test_a_court_s_bench_is_the_court(resolve_with, sentence, span, court):
    assert list(rows(resolve_with(sentence, (span,)))) == [court]


def test_a_body_named_only_inside_a_title_is_an_organization(resolve_with):
    doc = resolve_with("양건 감사원장은 국회에 출석했다.")
    orgs = rows(doc)
    assert {r["org"] for r in doc._.rows["people"] if r["org"]} <= set(orgs)


@pytest.mark.parametrize("alias, canonical", [("KBS", "한국방송공사"), ("MBC", "문화방송")])
def test_broadcasters_under_their_official_names(resolve_with, alias, canonical):
    found = rows(resolve_with(f"{alias}는 이날 편성을 바꿨다."))
    assert canonical in found and alias in found[canonical]["aliases"]


@pytest.mark.parametrize("short, official", [("경찰대", "경찰대학"), ("육사", "육군사관학교")])
def test_schools_not_named_daehakgyo_keep_their_official_name(resolve_with, short, official):
    assert list(rows(resolve_with(f"{short}는 입학 요강을 발표했다.", (short,)))) == [official]


# fmt: off
PARTIES_BY_DATE = [
    # (sentence, article date, canonical name, country): a short party name means the party of its day
    ("민주당은 논평을 냈다.", "2012-06-01", "민주통합당", "KR"),
    ("민주당은 논평을 냈다.", "2013-10-01", "민주당", "KR"),
    ("민주당은 논평을 냈다.", "2018-03-01", "더불어민주당", "KR"),
    ("민주당 대변인이 말했다.", "2023-01-05", "더불어민주당", "KR"),
    ("한국당은 반대했다.", "2018-05-01", "자유한국당", "KR"),
    ("통합당은 공천을 마쳤다.", "2020-04-01", "미래통합당", "KR"),
    ("새정치연합은 혁신안을 냈다.", "2015-02-01", "새정치민주연합", "KR"),
    ("미국 민주당은 경선을 치렀다.", "2020-02-01", "민주당", "US"),
    ("일본 민주당은 선거에서 졌다.", "2012-12-20", "민주당", "JP"),
]

CLUBS = [
    # (sentence, club as written)
    ("FC 한빛로나와 레알 마드리드 CF가 맞붙었다.", "레알 마드리드 CF"),
    ("FC 바르셀로나와 계약했다.", "FC 바르셀로나"),
    ("그는 아스널 FC와의 경기에 나섰다.", "아스널 FC"),
    ("AC 밀란은 감독을 바꿨다.", "AC 밀란"),
    ("RCD 에스파뇰의 주장이 다쳤다.", "RCD 에스파뇰"),
    ("경남FC 코치가 징계를 받았다.", "경남FC"),
    ("FC서울 선수들이 훈련했다.", "FC서울"),
    ("대구 FC와 한 판 대결을 벌인다.", "대구 FC"),
]

COURTS_AND_BRANCHES = [
    # (sentence, the model's span or "", canonical name)
    ("서울고법 형사 9부는 무죄를 선고했다.", "서울고법 형사 9부", "서울고등법원"),
    ("수원지법 민사 3부는 청구를 기각했다.", "수원지법 민사 3부", "수원지방법원"),
    ("창원지검 통영지청 검사가 글을 올렸다.", "", "창원지방검찰청 통영지청"),
    ("수원지법 평택지원은 영장을 발부했다.", "", "수원지방법원 평택지원"),
    ("대검은 감찰에 착수했다.", "", "대검찰청"),
    ("대구고등법원은 원심을 유지했다.", "", "대구고등법원"),
]

ACRONYMS_OF_BODIES = [
    # (sentence, canonical name): international bodies news names by their acronym
    ("IAEA는 사찰단을 보냈다.", "국제원자력기구"),
    ("ITU 전권회의가 열렸다.", "국제전기통신연합"),
    ("FIFA는 징계를 내렸다.", "국제축구연맹"),
    ("IOC 위원들이 투표했다.", "국제올림픽위원회"),
    ("OPCW 조사단이 도착했다.", "화학무기금지기구"),
    ("나토는 병력을 늘린다.", "북대서양조약기구"),
    ("NASA는 탐사선을 쏘았다.", "항공우주국"),
]
# fmt: on


@pytest.mark.parametrize("sentence, published, canonical, country", PARTIES_BY_DATE)
def test_a_party_s_short_name_is_the_party_of_the_article_s_date(resolve_with, sentence, published, canonical,
                                                                 country):
    found = rows(resolve_with(sentence, published=published))
    assert canonical in found and found[canonical]["country"] == country


@pytest.mark.parametrize("sentence, club", CLUBS)
def test_a_club_marker_names_a_club_with_the_proper_nouns_beside_it(resolve_with, sentence, club):
    doc = resolve_with(sentence)
    assert (club, "ORG") in {(m.text, m.label_) for m in doc.spans[MENTIONS]}
    assert club in rows(doc)


@pytest.mark.parametrize("sentence, marker", [
    ("프로축구 FC 시즌이 끝났다.", "FC"),  # a common noun beside it
    ("AC 전원을 연결했다.", "AC"),
    ("그는 FC, CF 등 약어를 설명했다.", "CF"),
])
def test_a_club_marker_without_a_proper_noun_beside_it_names_nothing(resolve_with, sentence, marker):
    doc = resolve_with(sentence)
    assert not any(marker in m.text for m in doc.spans[MENTIONS] if m.label_ == "ORG" and m._.source == "rule")


@pytest.mark.parametrize("sentence, span, canonical", COURTS_AND_BRANCHES)
def test_courts_branches_and_prosecutors_offices(resolve_with, sentence, span, canonical):
    found = rows(resolve_with(sentence, (span,) if span else ()))
    assert canonical in found and found[canonical]["kind"] == "government"


@pytest.mark.parametrize("sentence, canonical", ACRONYMS_OF_BODIES)
def test_international_bodies_by_acronym(resolve_with, sentence, canonical):
    assert canonical in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, written, canonical", [
    ("삼성그룹은 인사를 냈다.", "삼성그룹", "삼성그룹"),
    ("롯데그룹 계열사가 늘었다.", "롯데그룹", "롯데그룹"),
    ("삼성은 새 공장을 짓는다.", "삼성", "삼성"),  # a bare group name: as written
])
def test_a_business_group_written_as_such_is_the_group(resolve_with, sentence, written, canonical):
    found = rows(resolve_with(sentence))
    assert canonical in found


@pytest.mark.parametrize("sentence, span, row", [
    # a scope word before the field: the rules' international body, unspaced like a spaced committee
    ("아프리카 축구 연맹은 대회를 강행했다.", "아프리카 축구 연맹", "아프리카축구연맹"),
    ("한빛 배구 협회가 징계했다.", "한빛 배구 협회", "한빛 배구 협회"),
    ("축구 연맹은 대회를 강행했다.", "축구 연맹", None),  # a generic body: a mention, no row
])
def test_a_name_ending_in_an_org_word_of_its_own_needs_a_name_before_it(resolve_with, sentence, span, row):
    found = rows(resolve_with(sentence, (span,)))
    assert (row in found) if row else (span not in found and not found)


@pytest.fixture(scope="module")
def resolve_swallowing():
    """As `resolve_with`, but the model's span takes over the rule mentions inside it, as the NER stage
    does with a name around a gazetteer word (`국회 정보위`)."""
    nlp = build_nlp()

    def run(text: str, span_text: str):
        doc = nlp.make_doc(text)
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        at = text.index(span_text)
        span = doc.char_span(at, at + len(span_text), label="ORG")
        doc.spans[MENTIONS] = [m for m in doc.spans.get(MENTIONS, [])
                               if m.end_char <= span.start_char or m.start_char >= span.end_char]
        add_mention(doc, span, "ner")
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


@pytest.mark.parametrize("sentence, span, body, committee", [
    ("국회 차원의 조사가 필요하다.", "국회 차원", "국회", None),
    ("대한민국 국회 청문회에 나왔다.", "대한민국 국회 청문회", "국회", None),
    ("국회 국토교통위 소속 의원이 말했다.", "국회 국토교통위", "국회", "국토교통위원회"),
    ("국회 정보위원회 회의가 열렸다.", "국회 정보위원회", "국회", "정보위원회"),
])
def test_a_body_followed_by_common_words_or_its_committee_is_that_body(resolve_swallowing, sentence, span, body,
                                                                       committee):
    found = rows(resolve_swallowing(sentence, span))
    assert body in found and span not in found
    assert committee is None or committee in found


@pytest.mark.parametrize("sentence, span", [
    ("한빛 이글스가 이겼다. 한빛은 투수를 영입했다.", "한빛"),
    ("한빛 다이노스는 감독을 바꿨다. 한빛에 보상했다.", "한빛"),
])
def test_a_bare_owner_in_an_article_about_its_club_is_the_club(resolve_with, sentence, span):
    found = rows(resolve_with(sentence, (span,)))
    assert span not in found and any(name.startswith(span + " ") for name in found)


@pytest.mark.parametrize("sentence, org", [
    ("김하나(25·한빛카드)가 우승했다.", "한빛카드"),
    ("박두리(32ㆍ텍사스 레인저스)는 선발로 나선다.", "텍사스 레인저스"),
    ("이세나(23 · 나이키골프 ㆍ 사진)는 웃었다.", "나이키골프"),
    ("최다온(18 ㆍ LIG)이 1위에 올랐다.", "LIG"),
])
def test_a_body_after_a_person_s_age_in_parentheses_is_their_team_or_employer(resolve_with, sentence, org):
    doc = resolve_with(sentence)
    assert (org, "ORG") in {(m.text, m.label_) for m in doc.spans[MENTIONS]}


@pytest.mark.parametrize("sentence, word", [
    ("김하나(25·서울)가 우승했다.", "서울"),
    ("박두리(35·고양시)는 말했다.", "고양시"),
    ("이세나(72·사진)는 웃었다.", "사진"),
    ("최다온(29·경영학과 07학번)은 말했다.", "경영학과"),
])
def test_a_place_or_a_common_word_after_an_age_is_no_organization(resolve_with, sentence, word):
    doc = resolve_with(sentence)
    assert not any(word in m.text for m in doc.spans[MENTIONS] if m.label_ == "ORG" and m._.source == "rule")


@pytest.mark.parametrize("sentence, canonical", [
    ("CIA는 보고서를 부인했다.", "중앙정보국"),
    ("FBI가 수사에 나섰다.", "연방수사국"),
    ("USTR은 관세를 발표했다.", "무역대표부"),
    ("금융노조는 총파업을 결의했다.", "전국금융산업노동조합"),
    ("사법연수원 수료생이 늘었다.", "사법연수원"),
])
def test_bodies_news_names_by_acronym_or_short_form(resolve_with, sentence, canonical):
    assert canonical in rows(resolve_with(sentence))


@pytest.mark.parametrize("word, names_a_body", [
    ("안산지원", True), ("평택지원", True), ("창원지검", True), ("서울고법", True),  # a place, then a court's short ending
    ("하지원", False), ("이지원", False), ("박지원", False),  # a surname and a given name that ends so
])
def test_a_court_s_short_ending_after_a_surname_is_a_name(word, names_a_body):
    from sinmun.rules.people import organization_word

    assert organization_word(word) is names_a_body


@pytest.mark.parametrize("sentence, event", [
    ("메이저대회인 US여자오픈 1라운드에서 선두에 올랐다.", "US여자오픈"),
    ("가온저축은행 다온오픈 첫날 이글을 잡았다.", "다온오픈"),  # after a sponsor: still the tournament
    ("서울국제마라톤에 3만 명이 참가했다.", "서울국제마라톤"),
    ("부산국제영화제는 개막작을 발표했다.", "부산국제영화제"),
])
def test_a_name_glued_to_an_event_s_head_is_no_organization(resolve_with, sentence, event):
    doc = resolve_with(sentence, (event,))
    assert event not in rows(doc)
    assert (event, "ORG") not in {(m.text, m.label_) for m in doc.spans[MENTIONS]}


@pytest.mark.parametrize("sentence, agency", [
    ("하나투어는 여름 예약이 늘었다고 밝혔다.", "하나투어"),  # travel agencies are named with 투어
    ("가온투어 관계자는 환불을 약속했다.", "가온투어"),
])
def test_a_travel_agency_named_with_tour_stays_an_organization(resolve_with, sentence, agency):
    assert agency in rows(resolve_with(sentence, (agency,)))


@pytest.fixture(scope="module")
def with_model_orgs():
    """The rule components, the NER stage given the model's ORG spans, then `sinmun_resolve`."""
    from sinmun.ner.stage import NerStage

    nlp = build_nlp()
    stage = NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])

    def run(text: str, spans: tuple[str, ...]):
        doc = nlp.make_doc(text)
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        stage.add_mentions(doc, [(text.index(s), text.index(s) + len(s), "ORG") for s in spans])
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


@pytest.mark.parametrize("sentence, span, member", [
    ("후보 당시 한국노총과 민주노총 철도노조와 정책연대 합의서를 썼다.", "민주노총 철도노조", "전국철도노동조합"),
    ("한국노총과 민주노총 금속노조가 공동 집회를 열었다.", "민주노총 금속노조", "전국금속노동조합"),
    ("교육부와 민주노총 전교조는 협상에 들어갔다.", "민주노총 전교조", "전국교직원노동조합"),
])
def test_a_list_member_the_model_reads_as_a_longer_body_keeps_it(with_model_orgs, sentence, span, member):
    doc = with_model_orgs(sentence, (span,))
    assert member in rows(doc) and "전국민주노동조합총연맹" in rows(doc)  # the federation is named too
    assert (span, "ORG") in {(m.text, m.label_) for m in doc.spans[MENTIONS]}


# fmt: off
GLUED_COUNTRIES = [
    # (sentence, the model's span, canonical name, country): headline and wire style, one letter glued on
    ("미국무부는 보고서를 냈다.", "미국무부", "국무부", "US"),
    ("미국방부 대변인이 말했다.", "미국방부", "국방부", "US"),
    ("일외무성은 항의했다.", "일외무성", "외무성", "JP"),
    ("중외교부는 유감을 표했다.", "중외교부", "외교부", "CN"),
    ("북외무성 대변인이 담화를 냈다.", "북외무성", "외무성", "KP"),
    ("美국무부가 성명을 냈다.", "美국무부", "국무부", "US"),
]
NOT_GLUED_COUNTRIES = ["한국은행", "중앙정부", "일본부", "북부지방법원", "미래부", "중소기업청", "영화진흥위원회",
                       "독립기념관", "한국방송공사", "일자리위원회"]

NATIONAL_SHORT_FORMS = [
    # (sentence, short form, official name): a body written without the 한국/국민/대한 it opens with
    ("경찰은 건강보험공단에 자료를 요청했다.", "건강보험공단", "국민건강보험공단"),
    ("수자원공사는 댐 방류량을 늘렸다.", "수자원공사", "한국수자원공사"),
    ("도로공사가 통행료를 올린다.", "도로공사", "한국도로공사"),
    ("철도공사는 노조와 교섭했다.", "철도공사", "한국철도공사"),
    ("의사협회는 집단 휴진을 예고했다.", "의사협회", "대한의사협회"),
    ("연금공단은 기금 운용 계획을 냈다.", "연금공단", "국민연금공단"),
]
NO_NATIONAL_TIE = ["문화원", "대책위원회", "한국도로공사", "가스", "서울도로공사", "한빛공단"]

SOCIETIES = [
    # (sentence, society): 학회 after a field of study Kiwi knows whole
    ("국어학회는 학술지를 펴냈다.", "국어학회"),
    ("정치학회가 학술대회를 연다.", "정치학회"),
    ("한국현대사학회는 성명을 냈다.", "한국현대사학회"),
    ("심리학회는 윤리 규정을 고쳤다.", "심리학회"),
]
NOT_SOCIETIES = ["관련학회에서 발표했다.", "해외학회에 참석했다.", "전문학회에 논문을 냈다."]

SHORT_FORMS_OF_STATE_BODIES = [
    # (sentence, short form, official name, date): courts and the defence bodies news names short
    ("대법은 원심을 확정했다.", "대법", "대법원", "2020-06-12"),
    ("합참은 미사일 발사를 포착했다고 밝혔다.", "합참", "합동참모본부", "2017-03-06"),
    ("기무사 문건이 공개됐다.", "기무사", "국군기무사령부", "2018-07-10"),
    ("방첩사는 수사에 착수했다.", "방첩사", "국군방첩사령부", "2023-02-01"),
]
# fmt: on


@pytest.mark.parametrize("sentence, span, canonical, country", GLUED_COUNTRIES)
def test_a_country_letter_glued_to_a_state_body_goes_to_the_country_column(resolve_with, sentence, span, canonical,
                                                                           country):
    found = rows(resolve_with(sentence, (span,)))
    assert span not in found
    assert canonical in found and found[canonical]["country"] == country


@pytest.mark.parametrize("name", NOT_GLUED_COUNTRIES)
def test_no_country_letter_is_split_off_a_name_whose_rest_is_no_state_body(name):
    assert split_country(name) == (None, name)


@pytest.mark.parametrize("sentence, short, canonical", NATIONAL_SHORT_FORMS)
def test_a_body_without_its_national_word_is_its_official_name(resolve_with, sentence, short, canonical):
    found = rows(resolve_with(sentence, (short,)))
    assert short not in found
    assert canonical in found and short in found[canonical]["aliases"]


@pytest.mark.parametrize("short", NO_NATIONAL_TIE)
def test_no_national_tie_for_common_words_full_names_or_unknown_bodies(short):
    assert national_tie(short) is None


@pytest.mark.parametrize("sentence, society", SOCIETIES)
def test_a_society_of_a_field_of_study_is_an_organization(resolve_with, sentence, society):
    assert society in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence", NOT_SOCIETIES)
def test_a_generic_conference_is_no_organization(resolve_with, sentence):
    assert not rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, short, canonical, published", SHORT_FORMS_OF_STATE_BODIES)
def test_short_forms_of_courts_and_defence_bodies(resolve_with, sentence, short, canonical, published):
    found = rows(resolve_with(sentence, published=published))
    assert list(found) == [canonical] and found[canonical]["country"] == "KR"



@pytest.mark.parametrize("sentence, body", [
    ("역사문제연구소는 성명을 냈다.", "역사문제연구소"),
    ("공정선거국민연대가 고발장을 냈다.", "공정선거국민연대"),
    ("전국가맹점주협의회는 반발했다.", "전국가맹점주협의회"),
    ("녹색소비자연대는 조사 결과를 발표했다.", "녹색소비자연대"),
])
def test_a_body_named_by_a_compound_of_common_nouns_is_an_organization(resolve_with, sentence, body):
    assert body in rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence", ["민간연구소는 전망을 내놨다.", "야권연대가 무산됐다.", "교수협의회가 열렸다."])
def test_one_common_noun_before_the_ending_is_a_kind_of_body(resolve_with, sentence):
    assert not rows(resolve_with(sentence))


@pytest.mark.parametrize("sentence, span, body", [
    ("대한양궁협회장은 이날 선수단을 격려했다.", "대한양궁협회장", "대한양궁협회"),
    ("한빛안전전문가협회장이 사고 원인을 짚었다.", "한빛안전전문가협회장", "한빛안전전문가협회"),
    ("방송통신위원장은 사퇴를 거부했다.", "방송통신위원장", "방송통신위원회"),
    ("서울고등법원장이 취임했다.", "서울고등법원장", "서울고등법원"),
])
def test_a_body_fused_with_its_head_s_title_is_the_body(resolve_with, sentence, span, body):
    found = rows(resolve_with(sentence, (span,)))
    assert span not in found and body in found


@pytest.mark.parametrize("name", ["건설공사장", "수산시장", "위원장", "협회장", "공단장", "대한의사협회", "고등법원장"])
def test_no_body_is_read_out_of_words_that_fuse_none(name):
    from sinmun.rules.org_names import body_of_fused_title

    assert body_of_fused_title(name) is None


def test_a_foreign_body_keeps_its_name_without_a_national_word(resolve_with):
    found = rows(resolve_with("루마니아 축구협회는 항의 성명을 냈다."))
    assert "대한축구협회" not in found and "축구협회" in found
