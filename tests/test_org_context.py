"""Organizations the sentence names: legal forms (㈜), `X 관계자`, words introducing a body, the head of a body
right after it, and statistical ORG spans that run on into a person. Made-up sentences; the model's entities
are given directly, so the mechanism is tested, not what a model finds."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from sinmun.doc_ext import MENTIONS
from sinmun.kiwi_tokenizer import KiwiTokenizer
from sinmun.ner.stage import HELD, NerStage


@pytest.fixture(scope="module")
def tokenizer() -> KiwiTokenizer:
    return KiwiTokenizer(Vocab())


@pytest.fixture(scope="module")
def stage() -> NerStage:
    return NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def model_says(tokenizer, stage, text: str, entities: list[tuple[str, str]]):
    """Mentions after the NER stage, given the model's (surface, label) entities in `text`."""
    doc = tokenizer(text)
    ents = [(text.index(surface), text.index(surface) + len(surface), label) for surface, label in entities]
    stage.add_mentions(doc, ents)
    found = list(doc.spans.get(MENTIONS, [])) + list(doc.spans.get(HELD, []))
    return {(m.text, m.label_) for m in found}


# fmt: off
MODEL_PERSON_IS_AN_ORGANIZATION = [
    # (sentence, what the model called a person) -> the sentence makes it an organization
    ("무역업체 다온솔루텍의 매출이 늘었다.", "다온솔루텍"),
    ("캠핑용품기업 가람텐트가 신제품을 냈다.", "가람텐트"),
    ("업체 누리공방은 문을 닫았다.", "누리공방"),
    ("밴드 푸른물결의 공연에는 천 명이 왔다.", "푸른물결"),
    ("극단 한울림이 다시 무대에 선다.", "한울림"),
    ("걸그룹 별빛소녀가 컴백했다.", "별빛소녀"),
    ("누리소프트 관계자는 사실이 아니라고 설명했다.", "누리소프트"),
    ("별빛소녀 멤버 중 한 명이 말했다.", "별빛소녀"),
    ("가온테크(대표 김민수)가 행사를 후원한다.", "가온테크"),
    ("해솔상사의 박영호 대표는 수출이 늘었다고 말했다.", "해솔상사"),
    ("도담센터 최은정 센터장은 검진을 권했다.", "도담센터"),
    ("누리베이커리의 상승과 달빛제과의 하락이 엇갈리며 브랜드 순위가 바뀌었다.", "누리베이커리"),  # what a firm has
    ("해오름식품은 이번 달 새 음료를 출시했다.", "해오름식품"),                                    # what a firm does
    ("가온모터스는 뒤이어 소형 SUV를 내놨다.", "가온모터스"),
    ("당첨자는 가까운 달빛베이커리 매장에서 선물을 받는다.", "달빛베이커리"),                        # its shops
    ("지난달 해솔모바일에 서비스 고도화를 목표로 투자한 금액이다.", "해솔모바일"),                  # money put into it
]

STAYS_A_PERSON = [
    # (sentence, the model's person) -> still a person
    ("김민수 측은 사실이 아니라고 밝혔다.", "김민수"),  # a name's side: no cue
    ("다비드 측은 입장을 냈다.", "다비드"),  # 측 follows foreign names as often as firms
    ("슈틸리케 감독은 만족한다고 말했다.", "슈틸리케"),  # a title follows: a person
    ("홍길동 김민수 의원은 기소됐다.", "홍길동"),  # a list of names before a title
    ("가온그룹 박철수가 참석했다.", "박철수"),  # 가온그룹 is a name, not a word introducing one
    ("대표기업 박철수가 참석했다.", "박철수"),  # a name-shaped word needs the introducing word alone
    ("그는 배우 한지민과 함께 왔다.", "한지민"),  # 배우 introduces a person
    ("김민수는 지난해 신제품을 출시했다.", "김민수"),  # a name-shaped word: a firm's act is no cue
    ("다비드는 그 옷이 마음에 든다고 말했다. 브랜드는 비밀이다.", "다비드"),  # the firm's word in another sentence
]

ORGANIZATION_RUNS_INTO_A_PERSON = [
    # (sentence, the model's ORG, expected mentions)
    ("가온전자 대표 김민수는 말했다.", "가온전자 대표", {("가온전자", "ORG")}),
    ("게츠 전 국제연합 수석 고문은 비판했다.", "국제연합 수석 고문", {("국제연합", "ORG")}),
    ("정정순 행자부 지방재정세제실장은 말했다.", "행자부 지방재정세제실장", {("행자부", "ORG")}),
    ("LG 박철수는 홈런을 쳤다.", "LG 박철수", {("LG", "ORG"), ("박철수", "PERSON")}),
    ("이준호와 SK 최민석이 맞붙었다.", "SK 최민석", {("SK", "ORG"), ("최민석", "PERSON")}),
]

ORGANIZATION_KEPT_WHOLE = [
    # a place before a word that only looks like a name, a body after a country, a body's own name
    ("울산 반구대 암각화가 위험하다.", "울산 반구대"),
    ("미 국방부의 대변인은 말했다.", "미 국방부"),
    ("가온 유나이티드가 이겼다.", "가온 유나이티드"),
]

INCORPORATED = [
    # (sentence, the mention with its legal form, the organization's name)
    ("㈜가나상사는 110억 원을 투입했다.", "㈜가나상사", "가나상사"),
    ("(주)다온물류 관계자는 설명했다.", "(주)다온물류", "다온물류"),
    ("서초 한빛중개(주) 김민수 대표가 말했다.", "한빛중개(주)", "한빛중개"),
    ("누리소프트㈜(대표 박철수)가 고소했다.", "누리소프트㈜", "누리소프트"),
    ("㈜ 해온바이오와 협약을 맺었다.", "㈜ 해온바이오", "해온바이오"),
]
# fmt: on


@pytest.mark.parametrize("sentence, word", MODEL_PERSON_IS_AN_ORGANIZATION)
def test_a_model_person_the_sentence_makes_an_organization(tokenizer, stage, sentence, word):
    got = model_says(tokenizer, stage, sentence, [(word, "PERSON")])
    assert (word, "ORG") in got
    assert (word, "PERSON") not in got


@pytest.mark.parametrize("sentence, word", STAYS_A_PERSON)
def test_a_model_person_without_such_a_cue_stays_a_person(tokenizer, stage, sentence, word):
    assert (word, "PERSON") in model_says(tokenizer, stage, sentence, [(word, "PERSON")])


def test_a_group_and_its_member_read_as_one_person_are_split(tokenizer, stage):
    got = model_says(tokenizer, stage, "그룹 별빛소녀 한지민이 드라마에 나온다.", [("별빛소녀 한지민", "PERSON")])
    assert got == {("별빛소녀", "ORG"), ("한지민", "PERSON")}


@pytest.mark.parametrize("sentence, span, expected", ORGANIZATION_RUNS_INTO_A_PERSON)
def test_a_model_organization_that_runs_on_into_a_person_is_cut(tokenizer, stage, sentence, span, expected):
    assert model_says(tokenizer, stage, sentence, [(span, "ORG")]) >= expected
    assert (span, "ORG") not in model_says(tokenizer, stage, sentence, [(span, "ORG")])


@pytest.mark.parametrize("sentence, span", ORGANIZATION_KEPT_WHOLE)
def test_a_model_organization_without_a_person_in_it_is_kept_whole(tokenizer, stage, sentence, span):
    assert (span, "ORG") in model_says(tokenizer, stage, sentence, [(span, "ORG")])


@pytest.mark.parametrize("sentence, mention, name", INCORPORATED)
def test_a_legal_form_is_in_the_mention_not_in_the_name(analyze, sentence, mention, name):
    doc = analyze(sentence)
    orgs = [m for m in doc.spans[MENTIONS] if m.label_ == "ORG"]
    assert [(m.text, m._.normalized) for m in orgs] == [(mention, name)]
    assert name in {row["name"] for row in doc._.rows["organizations"]}


def test_the_head_of_an_incorporated_firm_belongs_to_it(analyze):
    people = analyze("누리소프트㈜(대표 박철수)가 고소했다.")._.rows["people"]
    assert [(p["name"], p["title"], p["org"]) for p in people] == [("박철수", "대표", "누리소프트")]


@pytest.mark.parametrize("sentence, body", [
    ("새빛텍 관계자는 제품에 문제가 없다고 말했다.", "새빛텍"),
    ("KDX 관계자는 일정을 밝히지 않았다.", "KDX"),
])
def test_a_name_before_an_official_is_an_organization(analyze, sentence, body):
    doc = analyze(sentence)
    assert (body, "ORG") in {(m.text, m.label_) for m in doc.spans[MENTIONS]}


@pytest.mark.parametrize("sentence, word", [
    ("업계 관계자는 수요가 줄었다고 말했다.", "업계"),  # a common noun
    ("한 관계자는 말을 아꼈다.", "한"),
    ("미국 관계자는 답하지 않았다.", "미국"),  # a country
])
def test_a_common_word_or_a_country_before_an_official_is_no_organization(analyze, sentence, word):
    doc = analyze(sentence)
    assert all(m.text != word or m.label_ != "ORG" for m in doc.spans[MENTIONS])


def test_a_model_place_after_a_word_introducing_a_firm_is_the_firm(tokenizer, stage):
    got = model_says(tokenizer, stage, "결혼정보회사 가온누리에서 조사했다.", [("가온누리", "LOC")])
    assert got == {("가온누리", "ORG")}
    assert model_says(tokenizer, stage, "업체 서울 본사에서 만났다.", [("서울", "LOC")]) == {("서울", "LOC")}


@pytest.mark.parametrize("sentence, body, acronym", [
    ("다이앤은 가온포스트(GPT)와의 인터뷰에서 말했다.", "가온포스트", "GPT"),
    ("음반 레이블 누리그라모폰(NG)의 앨범이 나왔다.", "누리그라모폰", "NG"),
])
def test_an_acronym_after_a_body_only_the_model_found_is_that_body(analyze_entities, tokenizer, sentence, body, acronym):
    from sinmun.doc_ext import add_mention
    from sinmun.resolve import acronyms_after_bodies

    doc = tokenizer(sentence)
    at = sentence.index(body)
    add_mention(doc, doc.char_span(at, at + len(body), label="ORG"), "ner")
    acronyms_after_bodies(doc)
    assert [(m.text, m.label_) for m in doc.spans[MENTIONS]] == [(body, "ORG"), (acronym, "ORG")]
