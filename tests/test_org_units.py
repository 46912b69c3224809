"""A unit written after its body is part of the body's mention (rules/org_units.py): a department, college,
bench, committee, board or office — KLUE-NER and KMOU mark the two as one organization — while the
organizations table keeps the body. Made-up sentences; rules and resolve only (no statistical model)."""

from __future__ import annotations

import pytest

from sinmun.doc_ext import MENTIONS


def _orgs(doc) -> list[str]:
    return [m.text for m in doc.spans.get(MENTIONS, []) if m.label_ == "ORG"]


# fmt: off
UNITS = [
    # (sentence, the mention of the body with its unit, the body's row)
    ("그는 한빛대학교 경제학과를 졸업했다.", "한빛대학교 경제학과", "한빛대학교"),
    ("이 의원은 서울대 법대 출신이다.", "서울대 법대", "서울대학교"),
    ("대법원 특별2부는 원심을 확정했다.", "대법원 특별2부", "대법원"),
    ("법무부 인권2과는 실태를 조사했다.", "법무부 인권2과", "법무부"),
    ("국방부 감사관실이 사망 경위를 조사했다.", "국방부 감사관실", "국방부"),
    ("새누리당 비대위는 쇄신안을 냈다.", "새누리당 비대위", "새누리당"),
]

NOT_UNITS = [
    # (sentence, the body's mention, which the word after it does not widen)
    ("국회 대정부 질문에서 밝혔다.", "국회"),                     # 정부 ends no division
    ("삼성전자 인터넷과 모바일 사업이 컸다.", "삼성전자"),         # 과 the particle "and"
    ("회의는 국회 대회의실에서 열렸다.", "국회"),                # a room, no office
    ("국회 본회의에서 통과됐다.", "국회"),
]
# fmt: on


@pytest.mark.parametrize("sentence, mention, body", UNITS)
def test_a_unit_after_its_body_is_one_mention_and_the_body_s_row(rules, sentence, mention, body):
    doc = rules(sentence)
    assert mention in _orgs(doc)
    assert body in {row["name"] for row in doc._.rows["organizations"]}


@pytest.mark.parametrize("sentence, mention", NOT_UNITS)
def test_a_word_that_is_no_unit_leaves_the_body_s_mention_alone(rules, sentence, mention):
    assert mention in _orgs(rules(sentence))


def test_a_country_takes_no_unit(rules):
    doc = rules("미국 국무부 대변인실이 밝혔다.")
    assert "미국 국무부 대변인실" not in _orgs(doc)


def test_units_that_are_mentions_of_their_own_are_taken_in(rules):
    doc = rules("국회 국방위원회와 국회 정보위원회가 함께 열렸다.")
    assert {"국회 국방위원회", "국회 정보위원회"} <= set(_orgs(doc))


@pytest.mark.parametrize("sentence, word, kept", [
    ("2층 광역버스는 연말까지 추가로 도입된다.", "광역버스", False),       # common nouns, no body's ending
    ("부모가 순차적으로 육아휴직을 쓴다.", "육아휴직", False),
    ("그는 승부조작 혐의로 기소됐다.", "승부조작", False),
    ("전력거래소는 수요를 예측했다.", "전력거래소", True),                 # a body's ending (소)
    ("핀테크 기업 홍채정보와 협약을 맺었다.", "홍채정보", True),           # a word introducing a firm before it
    ("정부는 대책을 발표했다.", "정부", True),                            # one common noun: KLUE marks it
])
def test_the_model_s_organization_of_common_compounds_goes(nlp, sentence, word, kept):
    from sinmun.doc_ext import add_mention
    from sinmun.rules.org_units import common_words_as_organizations

    doc = nlp.make_doc(sentence)
    start = sentence.index(word)
    add_mention(doc, doc.char_span(start, start + len(word), label="ORG"), "ner")
    common_words_as_organizations(doc)
    assert (word in _orgs(doc)) == kept


@pytest.mark.parametrize("sentence, acronym, kept", [
    ("양국은 자유무역협정(FTA)을 맺었다.", "FTA", False),             # a treaty's acronym
    ("넥슨 최고재무책임자(CFO)가 말했다.", "CFO", False),              # an office
    ("사회간접자본(SOC) 예산이 늘었다.", "SOC", False),
    ("차로이탈경보 (LDW) 기능을 갖췄다.", "LDW", False),               # a space before the parenthesis
    ("워싱턴포스트(WP)가 보도했다.", "WP", True),                       # a proper noun before it
    ("국제축구연맹(FIFA)은 징계를 내렸다.", "FIFA", True),              # a gazetteer name, a body's ending
    ("지질조사국(USGS)은 규모를 발표했다.", "USGS", True),              # a body's ending (국)
    ("소비자들은 FTA 효과를 체감하지 못했다.", "FTA", True),           # no words before it in parentheses
    ("미국 프로농구(NBA)가 손을 잡았다.", "NBA", True),                # a league (프로 + a sport)
    ("그는 여자프로골프(LPGA)에서 뛴다.", "LPGA", True),
    ("이들은 이슬람국가(IS)를 지지했다.", "IS", True),                  # a state
])
def test_the_model_s_acronym_of_common_words_goes(nlp, sentence, acronym, kept):
    from sinmun.doc_ext import add_mention
    from sinmun.rules.org_units import acronyms_of_common_words

    doc = nlp.make_doc(sentence)
    start = sentence.index(acronym)
    add_mention(doc, doc.char_span(start, start + len(acronym), label="ORG"), "ner")
    acronyms_of_common_words(doc)
    assert (acronym in _orgs(doc)) == kept


def test_an_acronym_after_words_the_model_reads_as_a_body_stays(nlp):
    from sinmun.doc_ext import add_mention
    from sinmun.rules.org_units import acronyms_of_common_words

    sentence = "자유무역협정(FTA) 사무국이 열렸다."
    doc = nlp.make_doc(sentence)
    for word in ("자유무역협정", "FTA"):
        start = sentence.index(word)
        add_mention(doc, doc.char_span(start, start + len(word), label="ORG"), "ner")
    acronyms_of_common_words(doc)
    assert "FTA" in _orgs(doc)
