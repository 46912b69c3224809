"""A name in parentheses right after a person's is their team or employer; what else stands there is left
alone (a Hanja name, an actor, a country, a place, a common word, a role). Bare 법원 and 재판부 are no
mention. Made-up sentences; the model's spans are given, so the mechanism is what is tested."""

from __future__ import annotations

import pytest

from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.nlp import build_nlp
from sinmun.rules.org_affiliations import initials_of, names_a_body


@pytest.fixture(scope="module")
def resolve_with():
    nlp = build_nlp()

    def run(text: str, people: tuple[str, ...] = (), orgs: tuple[str, ...] = (), places: tuple[str, ...] = ()):
        doc = nlp.make_doc(text)
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        for label, surfaces in (("PERSON", people), ("ORG", orgs), ("LOC", places)):
            for surface in surfaces:
                at = text.index(surface)
                span = doc.char_span(at, at + len(surface), label=label)
                assert span is not None, surface
                doc.spans[MENTIONS] = [m for m in doc.spans.get(MENTIONS, [])
                                       if m.end_char <= at or m.start_char >= span.end_char]
                add_mention(doc, span, "ner")
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


def org_mentions(doc) -> list[str]:
    return [m.text for m in doc.spans[MENTIONS] if m.label_ == "ORG"]


# fmt: off
TEAMS = [
    # (sentence, the person, the team or employer in parentheses)
    ("골문은 마누엘 노이어(바이에른 뮌헨)가 지켰다.", "마누엘 노이어", "바이에른 뮌헨"),
    ("이일희(테일러메이드)도 장타를 앞세웠다.", "이일희", "테일러메이드"),
    ("김가람(한빛카드)이 2위에 올랐다.", "김가람", "한빛카드"),
    ("선발은 제이슨 밀러(LA 에인절스)였다.", "제이슨 밀러", "LA 에인절스"),
    ("박누리(KGC)는 10위로 내려갔다.", "박누리", "KGC"),
    ("구원 투수로 로이 베넷(토론토 블루제이스)이 뽑혔다.", "로이 베넷", "토론토 블루제이스"),
]
NOT_TEAMS = [
    # (sentence, the person, what stands in parentheses)
    ("김철수(사진) 씨가 말했다.", "김철수", "사진"),
    ("로코 미디에이트(미국)가 3위에 올랐다.", "로코 미디에이트", "미국"),
    ("박민수(서울)가 결승에 올랐다.", "박민수", "서울"),
    ("이민호(포수)가 홈런을 쳤다.", "이민호", "포수"),
    ("정다운(전 장관)이 말했다.", "정다운", "전 장관"),
    ("극중 한소리(윤가온 분)가 등장한다.", "한소리", "윤가온 분"),
    ("최영수(가명) 씨는 피해를 입었다.", "최영수", "가명"),
    ("이상훈(고양시)이 우승했다.", "이상훈", "고양시"),
    ("왕리(王立) 대변인이 말했다.", "왕리", "王立"),
    ("이수진(김하늘)이 주연을 맡았다.", "이수진", "김하늘"),
]
# fmt: on


@pytest.mark.parametrize("sentence, person, team", TEAMS)
def test_a_name_in_parentheses_after_a_person_is_their_team(resolve_with, sentence, person, team):
    doc = resolve_with(sentence, people=(person,))
    assert team in org_mentions(doc)
    assert team in {row["name"] for row in doc._.rows["organizations"]}


@pytest.mark.parametrize("sentence, person, inside", NOT_TEAMS)
def test_what_else_stands_in_parentheses_is_no_team(resolve_with, sentence, person, inside):
    doc = resolve_with(sentence, people=(person,))
    assert inside not in org_mentions(doc)


def test_a_name_the_model_read_as_a_person_stays_one(resolve_with):
    doc = resolve_with("극중 이영희(박보검)가 등장한다.", people=("이영희", "박보검"))
    assert "박보검" not in org_mentions(doc)


@pytest.mark.parametrize("words, expected", [
    ("바이에른 뮌헨", True), ("KGC", True), ("테일러메이드", True),
    ("사진", False), ("미국", False), ("전 장관", False), ("윤가온 분", False), ("習近平", False),
])
def test_names_a_body(words, expected):
    assert names_a_body(words) is expected


@pytest.mark.parametrize("sentence, word", [
    ("법원은 그에게 징역 2년을 선고했다.", "법원"),
    ("재판부는 원심을 깼다.", "재판부"),
])
def test_a_bare_court_word_is_no_mention(resolve_with, sentence, word):
    doc = resolve_with(sentence, orgs=(word,))
    assert word not in org_mentions(doc)


def test_a_named_court_stays_a_mention(resolve_with):
    doc = resolve_with("서울중앙지방법원은 영장을 발부했다.", orgs=("서울중앙지방법원",))
    assert "서울중앙지방법원" in org_mentions(doc)


@pytest.mark.parametrize("letters, name, expected", [
    ("DJ", "김대중", True), ("YS", "김영삼", True), ("MB", "이명박", True), ("JP", "김종필", True),
    ("LG", "김철수", False), ("SK", "박민수", False), ("KGC", "김대중", False),
])
def test_initials_of_a_korean_name_are_the_person_s_short_name(letters, name, expected):
    assert initials_of(letters, name) is expected


def test_a_person_s_initials_in_parentheses_are_no_team(resolve_with):
    doc = resolve_with("그는 김대중(DJ) 전 대통령 묘역을 찾았다.", people=("김대중",))
    assert "DJ" not in org_mentions(doc)


def test_a_foreign_name_s_own_spelling_is_no_team(resolve_with):
    doc = resolve_with("목격자 앤서니 캐스터(Anthony Caster)는 불길을 봤다고 말했다.", people=("앤서니 캐스터",))
    assert "Anthony Caster" not in org_mentions(doc)
