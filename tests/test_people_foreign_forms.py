"""People in foreign and compound forms (issue 15, families read on Wikinews set e and KMOU; made-up sentences).

- a title after the state, the bodies and the field words that follow a person the model found
  (`훙레이 중국 외교부 대변인`): the `이름 기관 직함` form ties a name of any shape;
- a foreign given name opening the phrase before a family name the sentence shows to be foreign (a foreign
  state between it and the title, or a hyphen): `사나 마린 핀란드 총리`, `카린 장-피에르 백악관 대변인`;
- the fullest form the article writes of a foreign name (`케네디 전 대통령` … `존 F. 케네디와`), and the last
  part of a hyphenated family name standing for the whole (`피에르` for 카린 장-피에르);
- titles of committees, coordination and command (간사, 조정관, 참모장, 참모총장, 사령관).
"""

from __future__ import annotations

import pytest

from sinmun.doc_ext import add_mention


@pytest.fixture(scope="module")
def nlp():
    from sinmun.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="module")
def analyze(nlp):
    def run(text: str, ner=()):
        """The rule components, then `ner` (words, label) as a statistical model would mark them, then resolve."""
        doc = nlp.make_doc(text)
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        for words, label in ner:
            start = text.index(words)
            add_mention(doc, doc.char_span(start, start + len(words), label=label), "ner", words)
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


def people(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["people"]}


# fmt: off
PAST_BODIES = [
    # (sentence, the model's spans, name, title, org); diplomacy, security, sport, academia, business, culture
    ("훙레이 중국 외교부 대변인도 정례브리핑에서 말했다.", [("훙레이", "PERSON"), ("중국", "ORG")], "훙레이", "대변인", "외교부"),
    ("존 커비 백악관 전략 소통 조정관은 기자들에게 말했다.", [("존 커비", "PERSON")], "존 커비", "조정관", "백악관"),
    ("마르틴 가르시아 스페인 왕립축구연맹 회장은 사임했다.", [("마르틴 가르시아", "PERSON"), ("왕립축구연맹", "ORG")],
     "마르틴 가르시아", "회장", "왕립축구연맹"),
    ("한스 뮐러 독일 막스플랑크연구소 소장은 결과를 발표했다.", [("한스 뮐러", "PERSON"), ("막스플랑크연구소", "ORG")],
     "한스 뮐러", "소장", "막스플랑크연구소"),
    ("왕웨이 중국 알리바바 전 부사장은 회사를 떠났다.", [("왕웨이", "PERSON"), ("알리바바", "ORG")], "왕웨이", "부사장", "알리바바"),
    ("쑨리 중국 국가대극원 예술 감독은 공연을 소개했다.", [("쑨리", "PERSON"), ("국가대극원", "ORG")], "쑨리", "감독", "국가대극원"),
]
NO_TITLE_PAST_BODIES = [
    # a body with a particle opens another phrase; no title word after the bodies; a description is no title
    ("훙레이 중국 외교부에 항의 서한을 보냈다.", [("훙레이", "PERSON"), ("중국", "ORG")], "훙레이"),
    ("왕웨이 중국 알리바바 발표에 따르면 매출이 늘었다.", [("왕웨이", "PERSON"), ("알리바바", "ORG")], "왕웨이"),
    ("한스 뮐러 독일 막스플랑크연구소 관계자는 말했다.", [("한스 뮐러", "PERSON"), ("막스플랑크연구소", "ORG")], "한스 뮐러"),
]
# fmt: on


@pytest.mark.parametrize("sentence, ner, name, title, org", PAST_BODIES)
def test_title_past_the_state_and_bodies(analyze, sentence, ner, name, title, org):
    found = people(analyze(sentence, ner))
    assert name in found, list(found)
    assert (found[name]["title"], found[name]["org"]) == (title, org)


@pytest.mark.parametrize("sentence, ner, name", NO_TITLE_PAST_BODIES)
def test_no_title_past_bodies_without_the_form(analyze, sentence, ner, name):
    found = people(analyze(sentence, ner))
    assert name not in found or found[name]["title"] is None


@pytest.mark.parametrize("sentence, name", [
    ("훙레이 중국 외교부 대변인도 정례브리핑에서 말했다.", "훙레이"),
    ("존 커비 백악관 전략 소통 조정관은 기자들에게 말했다.", "존 커비"),
    ("찰스 그린 미국 국무부 대변인은 답했다.", "찰스 그린"),
])
def test_title_past_bodies_makes_a_statistical_name_a_person(nlp, sentence, name):
    """`title_past_bodies`: the model's span is no longer held back as a mention only when a title follows
    past the state and bodies (here read from the rules' own mentions and word shapes)."""
    from sinmun.rules.people import title_past_bodies

    doc = nlp.make_doc(sentence)
    doc = nlp.get_pipe("sinmun_orgs")(doc)
    assert title_past_bodies(doc, sentence.index(name) + len(name))
    assert not title_past_bodies(doc, sentence.index(name))  # not from inside the name's first word


# fmt: off
GIVEN_NAME_OPENS = [
    # politics, diplomacy, sport, health, government spokespeople
    ("사나 마린 핀란드 총리 역시 같은 질문에 답했다.", "사나 마린", "총리"),
    ("이에 대해 레나 하산 요르단 외무장관은 신중론을 폈다.", "레나 하산", "장관"),
    ("루이사 소토 칠레 대사는 외교부를 방문했다.", "루이사 소토", "대사"),
    ("미겔 라모 스페인 올림픽위원회 위원장은 사임했다.", "미겔 라모", "위원장"),
    ("한편 카린 장-피에르 백악관 대변인은 브리핑에서 말했다.", "카린 장-피에르", "대변인"),
    ("이에 앞서 마야 로렌-블랑 캐나다 총리실 대변인이 발표했다.", "마야 로렌-블랑", "대변인"),
]
NO_GIVEN_NAME = [
    # a description, an adverb or a verb's modifier before the family name is no given name
    ("본지 김민 미국 특파원은 현지에서 전했다.", "김민", "특파원"),
    ("한편 김하준 주미 대사는 귀국했다.", "김하준", "대사"),
    ("또 김민 중국 총영사는 말했다.", "김민", "총영사"),
    ("역사의 양심에 눈감은 스가 일본 관방장관을 규탄한다.", "스가", "관방장관"),
    ("새로 취임한 마린 핀란드 총리는 말했다.", "마린", "총리"),
    ("이번에 물러난 라모 스페인 총리는 말했다.", "라모", "총리"),
]
# fmt: on


@pytest.mark.parametrize("sentence, name, title", GIVEN_NAME_OPENS + NO_GIVEN_NAME)
def test_given_name_opening_the_phrase(analyze, sentence, name, title):
    found = people(analyze(sentence))
    assert name in found, list(found)
    assert found[name]["title"] == title
    assert len(found) == 1, list(found)


@pytest.mark.parametrize("text, name, title", [
    ("케네디 전 대통령 때 위기가 있었다. 우리는 존 F. 케네디와 그 위기를 기억한다.", "존 F. 케네디", "대통령"),
    ("부시 대통령은 연설했다. 기자들은 조지 W. 부시의 첫 연설을 다시 들었다.", "조지 W. 부시", "대통령"),
    ("트럼프 대통령은 말했다. 도널드 트럼프는 웃었다.", "도널드 트럼프", "대통령"),
    ("루스벨트 대통령은 연설했다. 역사가들은 프랭클린 D. 루스벨트를 높이 평가한다.", "프랭클린 D. 루스벨트", "대통령"),
])
def test_the_fullest_written_foreign_name(analyze, text, name, title):
    found = people(analyze(text))
    assert name in found and found[name]["title"] == title, list(found)
    assert len(found) == 1, list(found)


@pytest.mark.parametrize("text, name", [
    # one foreign word the article writes before the name is no given name unless a Latin initial or a
    # given name we know shows it
    ("케네디 전 대통령은 말했다. 당시 케네디는 웃었다.", "케네디"),
    ("부시 대통령은 연설했다. 미국 부시 행정부는 반대했다.", "부시"),
])
def test_no_fuller_form_without_a_given_name(analyze, text, name):
    assert name in people(analyze(text))


@pytest.mark.parametrize("text, name, title", [
    ("한편 카린 장-피에르 백악관 대변인은 말했다. 피에르 백악관 대변인은 \"아니다\"라고 답했다.", "카린 장-피에르", "대변인"),
    ("장-클로드 융커 집행위원장은 말했다. 융커 집행위원장은 웃었다.", "장-클로드 융커", "집행위원장"),
    ("마야 로렌-블랑 캐나다 총리실 대변인이 발표했다. 블랑 대변인은 답변을 거부했다.", "마야 로렌-블랑", "대변인"),
])
def test_last_part_of_a_hyphenated_name_is_the_same_person(analyze, text, name, title):
    found = people(analyze(text))
    assert list(found) == [name]
    assert found[name]["title"] == title and found[name]["mentions"] == 2


@pytest.mark.parametrize("sentence, name, title", [
    ("법안은 윤하준(서울 가나을) 가나당 당시 간사에 의해 발의됐다.", "윤하준", "간사"),
    ("국회 국방위 여당 간사인 최도윤 의원은 말했다.", "최도윤", "의원"),
    ("김하준 통일부 정책조정관은 회의를 주재했다.", "김하준", "정책조정관"),
    ("김영철 조선인민군 총참모장이 경질됐다.", "김영철", "총참모장"),
    ("박서준 연합사 부사령관은 훈련을 참관했다.", "박서준", "부사령관"),
    ("정민호 육군참모총장은 부대를 방문했다.", "정민호", "육군참모총장"),
])
def test_titles_of_committees_coordination_and_command(analyze, sentence, name, title):
    found = people(analyze(sentence))
    assert name in found, list(found)
    assert found[name]["title"] == title


@pytest.mark.parametrize("sentence, name, title", [
    # a two-syllable name Kiwi splits in the sentence (소/XPN 마/NNG) but reads alone as one proper noun
    ("경기 후반 소마 선수가 골을 넣었다.", "소마", "선수"),
    ("갑자기 소마 선수가 골을 넣게 된다.", "소마", "선수"),
    ("전시를 마친 소마 작가는 소감을 밝혔다.", "소마", "작가"),
])
def test_two_syllable_name_kiwi_splits(nlp, sentence, name, title):
    found = people(nlp(sentence))
    assert found.get(name, {}).get("title") == title, list(found)


@pytest.mark.parametrize("sentence", [
    "경기 후반 하루 선수가 골을 넣었다.",  # 하루 ("a day"): a common noun Kiwi knows
    "이번 선수단은 강했다.",
    "오늘 조류 작가전이 열렸다.",
])
def test_common_two_syllable_words_are_no_names(nlp, sentence):
    assert people(nlp(sentence)) == {}


@pytest.mark.parametrize("sentence, name, title", [
    # one transliterated word Kiwi barely knows before a title outside business and media: film, sport, art
    ("개막식 연출을 담당한 장이머우 영화 감독이 맡게 되었다.", "장이머우", "감독"),
    ("천카이거 감독은 새 영화를 발표했다.", "천카이거", "감독"),
    ("결승에서 펑샤오강 선수가 우승했다.", "펑샤오강", "선수"),
])
def test_one_transliterated_word_before_a_title(analyze, sentence, name, title):
    found = people(analyze(sentence))
    assert found.get(name, {}).get("title") == title, list(found)


@pytest.mark.parametrize("sentence, word", [
    ("조윤희는 삼성라이온스 감독 대행을 맡았던 조창수씨와 결혼했다.", "삼성라이온스"),  # a team named after a firm
    ("스페이스워크 대표는 투자 유치를 발표했다.", "스페이스워크"),  # a business title: a firm Kiwi does not know
    ("펑샤오강 회장은 인수를 발표했다.", "펑샤오강"),  # business titles keep the firm reading
])
def test_one_unknown_word_before_a_business_title_or_a_team_is_no_person(analyze, sentence, word):
    assert word not in people(analyze(sentence))
