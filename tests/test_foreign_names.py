"""Foreign names of two or three words before a title, told from a Korean name and a firm by their syllables
(issue 15; families counted on Wikinews and KLUE-NER dev person spans; made-up sentences and names).

- a given name shaped like a Korean name, then the family name (`로리 스콧 감독`): not cut to the first word;
- a given name, then a family name shaped like a Korean name (`소우 이시노 교수`): not cut to the last word;
- a Korean name keeps the firm before or after it apart (`한빛 김하준 대표`, `이용재 매스프레소 대표`), also when
  the model marks the firm and the name as one person (`뉴닉 김소연`);
- a compound body glued by a hyphen or a middle dot (`노동·이민부 장관`) is no person;
- a parenthetical title glued to the model's person (`크리스토퍼 놀란(영국 옥스퍼드대 교수)은`) is theirs;
- a one-syllable given name Kiwi reads as a proper noun completes a transliterated family name (`조 라이트`), and
  the article's fullest form of a transliterated family name names the person (`데일 해로우(…)`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sinmun.rules.foreign_names import (build, compound_body, foreignness, korean_name_after_prefix,
                                        transliterated, RESOURCE)
from sinmun.rules.people import surname_set
from sinmun.resources import resource_path
from test_people_foreign_forms import analyze, nlp  # noqa: F401  (fixtures: rules, a model's marks, resolve)

KLUE = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "klue-ner"


def titled(doc) -> set[tuple[str, str]]:
    return {(row["name"], row["title"]) for row in doc._.rows["people"] if row["title"]}


def names(doc) -> set[str]:
    return {row["name"] for row in doc._.rows["people"]}


# fmt: off
KOREAN_NAMES = ["김하준", "이정희", "박영선", "한동훈", "김소연", "이용재", "정민수", "최서연", "윤지호", "강도윤"]
TRANSLITERATED = ["제라드", "라파엘", "마일즈", "기네스", "이시노", "나오야", "쿠슈너", "토레스", "마릴라", "사토미"]

GIVEN_THEN_SURNAME = [
    # (sentence, name, title): a first word shaped like a Korean name, a family name after it
    ("로리 스콧 감독은 경기가 끝난 뒤 소감을 밝혔다.", "로리 스콧", "감독"),
    ("마일즈 텔러 감독은 새 영화를 소개했다.", "마일즈 텔러", "감독"),
    ("기네스 팰트로우 대표는 새 브랜드를 알렸다.", "기네스 팰트로우", "대표"),
    ("마릴라 커스버트 교수는 논문을 발표했다.", "마릴라 커스버트", "교수"),
    ("제라드 쿠슈너 백악관 선임보좌관이 회의에 참석했다.", "제라드 쿠슈너", "선임보좌관"),
    ("ISAF 대변인 라파엘 토레스 대령은 작전을 설명했다.", "라파엘 토레스", "대령"),
    ("미국 소프트웨어사의 마일즈 텔러 최고경영자는 제품을 공개했다.", "마일즈 텔러", "최고경영자"),
    ("아유브 엘 카자니 감독은 선수들을 칭찬했다.", "아유브 엘 카자니", "감독"),
]
GIVEN_BEFORE_SURNAME = [
    # (sentence, name, title): the family name is shaped like a Korean name, its syllables are not Korean
    ("오사카대학의 소우 이시노 교수는 대장균을 연구했다.", "소우 이시노", "교수"),
    ("세키야 나오야 도쿄대 교수가 지난해 결과를 발표했다.", "세키야 나오야", "교수"),
    ("타카노 사토미 하버드대 교수는 기자회견에서 입장을 밝혔다.", "타카노 사토미", "교수"),
    ("이번 대회에서 렌타 사토미 감독은 우승을 차지했다.", "렌타 사토미", "감독"),
]
KOREAN_AND_FIRM = [
    # (sentence, name, title, the words that must not join the name)
    ("한빛 김하준 대표는 신제품을 공개했다.", "김하준", "대표", "한빛 김하준"),
    ("이용재 매스프레소 대표는 투자를 유치했다.", "이용재", "대표", "이용재 매스프레소"),
    ("법률사무소 로베리 김동훈 변호사는 법안을 비판했다.", "김동훈", "변호사", "로베리 김동훈"),
    ("그러나 이정희 후보는 사퇴를 결정했다.", "이정희", "후보", "그러나 이정희"),
    ("박철민 스페이스워크 대표는 계획을 밝혔다.", "박철민", "대표", "박철민 스페이스워크"),
]
MODEL_PREFIX = [
    # (sentence, the model's person, name, title): a firm the model took into a Korean person
    ("뉴닉 김소연 대표는 광고 표기를 설명했다.", "뉴닉 김소연", "김소연", "대표"),
    ("가상랩 정민수 대표는 새 서비스를 소개했다.", "가상랩 정민수", "정민수", "대표"),
    ("오늘의뉴스 최서연 기자가 현장을 전했다.", "오늘의뉴스 최서연", "최서연", "기자"),
]
COMPOUND_BODIES = [
    # (sentence, the body's words, the person's name, title)
    ("노동부, 이주-이민부 장관 알렉세이 부르코프는 법안을 비판했다.", "이주-이민부", "알렉세이 부르코프", "장관"),
    ("노동·이민부 장관 알렉세이 부르코프는 법안을 비판했다.", "노동·이민부", "알렉세이 부르코프", "장관"),
]
PAREN_TITLES = [
    # (sentence, the model's spans, name, title)
    ("마릴라 커스버트(영국 옥스퍼드대 교수)는 논문에서 이렇게 주장했다.", [("마릴라 커스버트", "PERSON"), ("영국 옥스퍼드대", "ORG")],
     "마릴라 커스버트", "교수"),
    ("크리스토퍼 놀런(영화 감독)은 신작을 소개했다.", [("크리스토퍼 놀런", "PERSON")], "크리스토퍼 놀런", "감독"),
    ("에밀리 로스(전 대변인, 54)는 회고록을 냈다.", [("에밀리 로스", "PERSON")], "에밀리 로스", "대변인"),
    ("사카이 마사토(도쿄대 교수)가 결과를 발표했다.", [("사카이 마사토", "PERSON"), ("도쿄대", "ORG")], "사카이 마사토", "교수"),
]
NO_PAREN_TITLE = [
    # an age, a gloss, a title with a particle or words after it: no title of theirs
    ("마릴라 커스버트(54)는 회고록을 냈다.", [("마릴라 커스버트", "PERSON")], "마릴라 커스버트"),
    ("마릴라 커스버트(Marilla Cuthbert)는 회고록을 냈다.", [("마릴라 커스버트", "PERSON")], "마릴라 커스버트"),
    ("마릴라 커스버트(교수의 제자)는 회고록을 냈다.", [("마릴라 커스버트", "PERSON")], "마릴라 커스버트"),
    ("마릴라 커스버트(감독 데뷔작)는 개봉했다.", [("마릴라 커스버트", "PERSON")], "마릴라 커스버트"),
]
ONE_SYLLABLE_GIVEN = [
    # (sentence, name, title)
    ("이날 행사에는 조 라이트 백악관 대변인 등 300여 명이 참석했다.", "조 라이트", "대변인"),
    ("이날 행사에는 밥 호킨스 백악관 대변인 등이 참석했다.", "밥 호킨스", "대변인"),
    ("잭 로버슨 국무부 대변인은 성명을 냈다.", "잭 로버슨", "대변인"),
]
NO_ONE_SYLLABLE_GIVEN = [
    # (sentence, name, title, not the name): a determiner, an interjection, a modifier before the name
    ("전 라이트 대사는 회고록을 냈다.", "라이트", "대사", "전 라이트"),
    ("이 트럼프 대통령은 다시 말했다.", "트럼프", "대통령", "이 트럼프"),
]
FULLEST_FORM = [
    # (sentence, the model's spans, name, title): the person the model marks by the family name alone
    ("컨퍼런스에는 데일 해로우(왕립예술학교 학장)가 참여한다.", [("해로우", "PERSON"), ("왕립예술학교", "ORG")], "데일 해로우", "학장"),
    ("토론회에는 세키야 나오야(도쿄대 교수)가 나섰다.", [("나오야", "PERSON"), ("도쿄대", "ORG")], "세키야 나오야", "교수"),
]
NO_FULLEST_FORM = [
    # a loanword Kiwi knows, or a Korean name (no transliteration) after the word
    ("컨퍼런스에는 스포츠 해로우(왕립예술학교 학장)가 참여한다.", [("해로우", "PERSON"), ("왕립예술학교", "ORG")], "해로우", "스포츠 해로우"),
    ("컨퍼런스에는 한빛 김소연(왕립예술학교 학장)이 참여한다.", [("김소연", "PERSON"), ("왕립예술학교", "ORG")], "김소연", "한빛 김소연"),
]
SHORT_BY_TITLE = [
    # (text, the full name a later `surname title` is, another person of that family name)
    ("도널드 트럼프 대통령은 연설했다. 딸 이방카 트럼프 백악관 선임보좌관도 참석했다. 트럼프 대통령은 다시 말했다.",
     "도널드 트럼프", "이방카 트럼프"),
    ("마리 퀴리 교수는 연구했다. 남편 피에르 퀴리 대표도 함께했다. 퀴리 교수는 상을 받았다.", "마리 퀴리", "피에르 퀴리"),
]
# fmt: on


@pytest.mark.parametrize("word", KOREAN_NAMES)
def test_a_korean_name_is_no_transliteration(word):
    assert not transliterated(word, surname_set()), foreignness(word, surname_set())


@pytest.mark.parametrize("word", TRANSLITERATED)
def test_a_transliterated_word_shaped_like_a_korean_name_is_one(word):
    assert transliterated(word, surname_set()), foreignness(word, surname_set())


@pytest.mark.parametrize(("sentence", "name", "title"), GIVEN_THEN_SURNAME)
def test_a_foreign_name_is_not_cut_to_its_first_word(analyze, sentence, name, title):
    doc = analyze(sentence)
    assert (name, title) in titled(doc)
    assert name.split()[0] not in names(doc)


@pytest.mark.parametrize(("sentence", "name", "title"), GIVEN_BEFORE_SURNAME)
def test_a_foreign_name_is_not_cut_to_its_family_name(analyze, sentence, name, title):
    doc = analyze(sentence)
    assert (name, title) in titled(doc)
    assert name.split()[-1] not in names(doc)


@pytest.mark.parametrize(("sentence", "name", "title", "joined"), KOREAN_AND_FIRM)
def test_a_korean_name_keeps_the_firm_apart(analyze, sentence, name, title, joined):
    doc = analyze(sentence)
    assert (name, title) in titled(doc)
    assert joined not in names(doc)


@pytest.mark.parametrize(("sentence", "span", "name", "title"), MODEL_PREFIX)
def test_a_firm_the_model_took_into_a_korean_person_is_left_out(analyze, sentence, span, name, title):
    doc = analyze(sentence, [(span, "PERSON")])
    assert (name, title) in titled(doc)
    assert span not in names(doc)
    assert korean_name_after_prefix(span, surname_set()) == name


@pytest.mark.parametrize(("sentence", "body", "name", "title"), COMPOUND_BODIES)
def test_a_compound_body_before_a_title_is_no_person(analyze, sentence, body, name, title):
    doc = analyze(sentence, [(body, "PERSON")])
    assert body not in names(doc)
    assert (name, title) in titled(doc)
    assert compound_body(body)


@pytest.mark.parametrize("name", ["장-피에르", "장-클로드", "안느 이달고", "도널드 트럼프", "샤를 드골", "파블로 오수나",
                                  "크리스티아노 호나우두", "제프 오길비", "타카노 사토미", "게이큐 공항선", "구자라트어 위키문헌"])
def test_foreign_names_are_no_compound_body_nor_a_prefixed_korean_name(name):
    assert not compound_body(name)
    assert korean_name_after_prefix(name, surname_set()) is None


@pytest.mark.skipif(not (KLUE / "klue-ner-v1.1_dev.tsv").exists(), reason="KLUE-NER dev is read from ../shared")
def test_the_syllable_counts_are_those_klue_gives():
    assert build(KLUE) == resource_path(RESOURCE).read_text(encoding="utf-8")


@pytest.mark.parametrize(("sentence", "ner", "name", "title"), PAREN_TITLES)
def test_a_parenthetical_title_glued_to_the_models_person_is_theirs(nlp, analyze, sentence, ner, name, title):
    assert (name, title) in titled(analyze(sentence, ner))
    from sinmun.rules.foreign_names import title_in_parenthesis

    doc = nlp.make_doc(sentence)
    assert title_in_parenthesis(doc, sentence.index(name) + len(name))


@pytest.mark.parametrize(("sentence", "ner", "name"), NO_PAREN_TITLE)
def test_a_parenthetical_without_a_bare_title_gives_none(nlp, analyze, sentence, ner, name):
    doc = analyze(sentence, ner)
    assert name in names(doc)
    assert not any(row["title"] for row in doc._.rows["people"] if row["name"] == name)
    from sinmun.rules.foreign_names import title_in_parenthesis

    assert not title_in_parenthesis(nlp.make_doc(sentence), sentence.index(name) + len(name))


@pytest.mark.parametrize(("sentence", "name", "title"), ONE_SYLLABLE_GIVEN)
def test_a_one_syllable_given_name_completes_a_transliterated_family_name(analyze, sentence, name, title):
    doc = analyze(sentence)
    assert (name, title) in titled(doc)
    assert name.split()[-1] not in names(doc)


@pytest.mark.parametrize(("sentence", "name", "title", "joined"), NO_ONE_SYLLABLE_GIVEN)
def test_a_one_syllable_word_that_is_no_given_name_stays_out(analyze, sentence, name, title, joined):
    doc = analyze(sentence)
    assert joined not in names(doc)
    assert all(row["name"] == name for row in doc._.rows["people"] if row["title"] == title)


@pytest.mark.parametrize(("sentence", "ner", "name", "title"), FULLEST_FORM)
def test_the_fullest_form_of_a_transliterated_family_name_names_the_person(analyze, sentence, ner, name, title):
    assert (name, title) in titled(analyze(sentence, ner))


@pytest.mark.parametrize(("sentence", "ner", "name", "joined"), NO_FULLEST_FORM)
def test_a_word_that_is_no_given_name_is_no_fuller_form(analyze, sentence, ner, name, joined):
    doc = analyze(sentence, ner)
    assert name in names(doc)
    assert joined not in names(doc)


@pytest.mark.parametrize(("text", "full", "other"), SHORT_BY_TITLE)
def test_a_family_name_and_title_is_the_relative_holding_that_title(analyze, text, full, other):
    doc = analyze(text)
    rows = {row["name"]: row for row in doc._.rows["people"]}
    assert full.split()[-1] not in rows  # no row of the family name alone
    assert rows[full]["mentions"] >= 2
    assert other in rows
