"""Words that are no one: a people row or a PERSON mention claims that a person exists.

Made-up sentences through the whole pipeline (rules and the NER model): places, works, brands in a
catalogue, state abbreviations, compound fragments, legal and common nouns, determiners before titles.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from sinmun.nlp import build_nlp

    return build_nlp()


def persons(nlp, text: str) -> tuple[set[str], set[str]]:
    doc = nlp(text)
    mentions = {m.text for m in doc.spans.get("mentions", []) if m.label_ == "PERSON"}
    return mentions, {row["name"] for row in doc._.rows["people"]}


# fmt: off
NOT_PEOPLE = [
    # (sentence, word that is no person)
    # works in quotation marks
    ("드라마 ‘바람의 정원’이 시청률 1위에 올랐다.", "바람의 정원"),
    ("영화 ‘푸른 새벽’은 관객 100만 명을 넘었다.", "푸른 새벽"),
    ("예능 ‘한밤의 식탁’은 개편 1주년을 맞았다.", "한밤의 식탁"),
    ("신간 「겨울 정원사」는 서점가에서 화제다.", "겨울 정원사"),
    ("뮤지컬 ‘하늘 정원’이 지방 공연을 시작한다.", "하늘 정원"),
    # brands in a catalogue with telephone numbers
    ("제품 문의는 라벨르(02-3440-1234), 모나티(080-022-5678)로 하면 된다.", "라벨르"),
    ("제품 문의는 라벨르(02-3440-1234), 모나티(080-022-5678)로 하면 된다.", "모나티"),
    # one Hanja character: a state or an institution
    ("中, 춘절 앞두고 유동성 공급", "中"),
    ("北 미사일 발사에 정부가 긴급회의를 열었다.", "北"),
    ("檢 수사 착수에 업계가 긴장하고 있다.", "檢"),
    # a word glued to a place suffix
    ("대회는 영암군과 신안군이 함께 연다.", "영암"),
    ("판교역에서 걸어서 3분 거리다.", "판교"),
    ("강진군 주민들이 모였다.", "강진"),
    # compound fragments and common nouns shaped like names
    ("소유권 변동시 장관 통보 규정이 있다.", "변동시"),
    ("감사원장 인준안도 전날 처리됐다.", "인준안"),
    ("서울발 항공편이 모두 취소됐다.", "서울발"),
    ("청구권 소송에서 원고가 이겼다.", "청구권"),
    ("손해배상 청구권 소멸시효가 지났다.", "청구권"),
    ("사과와 배 가격이 올랐다.", "사과"),
    ("한라봉 출하량이 늘었다.", "한라봉"),
    # places and bodies before a title
    ("성남시 대변인은 말했다.", "성남시"),
    ("민주당의원은 반대했다.", "민주당"),
    ("미국대통령은 성명을 냈다.", "미국"),
    ("정부는 주유네스코 대사에 새 인물을 임명했다.", "주유네스코"),
    ("정책위의장이 발표했다.", "정책위"),
    # determiners and quantities before a title
    ("두 후보가 표를 나눠 가졌다.", "두"),
    ("양 공동대표가 설명했다.", "양"),
    ("이 시장은 빠르게 커지고 있다.", "이"),
    ("전 장관들이 한자리에 모였다.", "전"),
    ("한 선수가 부상으로 빠졌다.", "한"),
    ("각 대표는 서명했다.", "각"),
    # an organization before a name is not the person
    ("이희상 동아원 회장 등이 나눠 부담한다.", "동아원"),
    ("김민재 한빛원 원장은 말했다.", "한빛원"),
    ("WTO는 제네바 주재 한국과 나이지리아 대사를 불렀다.", "제네바"),
    ("서지연 창원지검 통영지청 검사가 폭로했다.", "서지연 창원지검"),
    # an electoral district before an election title
    ("김상민 한빛당 부천병 후보에게 물었다.", "부천병"),
    ("한빛당 수원갑 후보는 사퇴했다.", "수원갑"),
    ("청주을 의원이 답했다.", "청주을"),
]
# fmt: on


@pytest.mark.parametrize("sentence, word", NOT_PEOPLE)
def test_no_person(nlp, sentence, word):
    mentions, rows = persons(nlp, sentence)
    assert word not in mentions, f"{word} is a PERSON mention in {sentence!r}"
    assert word not in rows, f"{word} is a people row in {sentence!r}"


@pytest.mark.parametrize("sentence, word, expected", [
    # a country is a team or a venue, never a person
    ("대표팀은 10월 카타르전에서 졌다.", "카타르", True),
    ("대표팀은 쿠바와 4강에서 만난다.", "쿠바", True),
    ("그는 베네수엘라를 10-2로 꺾었다.", "베네수엘라", True),
    # the place or sponsor an event is named after
    ("그는 리우올림픽에 나간다.", "리우", True),
    ("그는 한빛클래식 최종 라운드에서 우승했다.", "한빛", True),
    ("그는 방콕오픈 챌린저에서 우승했다.", "방콕", True),
    ("김하준은 올림픽에 나간다.", "김하준", False),
    ("김하준과 오픈카를 탔다.", "김하준", False),
    # a place the gazetteer knows is no one's name either
    ("그루지야, 아제르바이잔 등에서 이주했다.", "아제르바이잔", True),
    ("대회는 우즈베키스탄에서 열린다.", "우즈베키스탄", True),
    ("김하준과 한빛의 만남이 화제다.", "김하준", False),
    ("한씨는 택시를 잡았다.", "한", False),
    # the first part of a one-word title in single quotes
    ("그는 ‘별돌이’ 캐릭터를 만들었다.", "별돌", True),
    ("드라마 ‘달빛조각사2’가 방영됐다.", "달빛조각사", True),
    ("신간 「바람개비집」이 나왔다.", "바람개비", True),
    # a person inside quotation marks stays a person
    ("‘김하준 효과’가 이어졌다.", "김하준", False),
    ("그는 “김하준이 최고”라고 말했다.", "김하준", False),
    ("그는 ‘최씨’라고 불렀다.", "최", False),
    ("‘노민철의 친구’ 박대호 대표가 왔다.", "노민철", False),
])
def test_not_a_person_by_the_words_around(nlp, sentence, word, expected):
    from sinmun.rules.people import not_a_person

    doc = nlp.make_doc(sentence)
    start = sentence.index(word)
    assert not_a_person(doc, start, start + len(word)) is expected


@pytest.mark.parametrize("sentence, name, title", [
    # one foreign word the model reads as a person, tied to an office by the title after it
    ("베르톨리 감독은 전술을 바꿨다.", "베르톨리", "감독"),
    ("클레망소 변호사는 항소했다.", "클레망소", "변호사"),
    ("오브라이언 회장은 사임했다.", "오브라이언", "회장"),
    ("카르미넬리 코치가 말했다.", "카르미넬리", "코치"),
])
def test_one_word_names_with_a_title_are_people(nlp, sentence, name, title):
    rows = {row["name"]: row for row in nlp(sentence)._.rows["people"]}
    assert rows[name]["title"] == title
