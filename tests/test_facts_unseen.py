"""Fact families seen on news the rules were not written from (the facts `hold2` set): money sized by a
level verb, expenses written as -비 compounds, gifts, loans owed, restitution after a court case, and class
nouns the resolver kept as organizations. Made-up sentences, positives and negatives of each family."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

PUBLISHED = "2024-05-10"
ANY = object()


@pytest.fixture(scope="module")
def facts_of():
    from sinmun.nlp import build_nlp

    nlp = build_nlp()

    def run(text: str) -> list[dict]:
        doc = nlp.make_doc(text)
        doc._.published_at = datetime.fromisoformat(PUBLISHED).replace(tzinfo=ZoneInfo("Asia/Seoul"))
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc._.rows["facts"]

    return run


def fact_for(facts: list[dict], amount: str) -> dict:
    hits = [f for f in facts if f["text"].replace(" ", "") == amount.replace(" ", "")]
    assert hits, f"no fact for {amount!r} among {[f['text'] for f in facts]}"
    return hits[0]


def check(fact: dict, subject, predicate) -> None:
    got = (fact["subject"] if subject is not ANY else ANY, fact["predicate"] if predicate is not ANY else ANY)
    assert got == (subject, predicate), fact


# (sentence, amount, subject, predicate)
LEVEL_RELATIVE = [
    # an adnominal verb of a level makes the amount the size of the noun after it, whose verb decides
    ("대한조선은 협력업체에 300억원이 넘는 금액을 배상했다.", "300억원", "대한조선", "penalty"),
    ("카카오는 1조원에 달하는 돈을 인공지능 분야에 투자했다.", "1조원", "카카오", "invest"),
    ("삼성전자는 1조원이 넘는 영업이익을 냈다.", "1조원", "삼성전자", "revenue"),
    ("교육부는 5000억원에 이르는 예산을 디지털 교과서에 투입한다.", "5000억원", "교육부", "budget"),
    # negative: a level verb whose noun is no money word leaves the amount to the words around it
    ("손실이 1조원을 넘는 기업이 늘었다.", "1조원", None, "cost"),
]

EXPENSES = [
    ("1대당 연간 평균 정비비가 3500만원이 드는 셈이다.", "3500만원", None, "cost"),
    ("한 달 교통비로 20만원을 썼다.", "20만원", None, "cost"),
    ("올해 난방비 부담은 가구당 30만원 늘었다.", "30만원", None, "cost"),
    # an expense per item is its price; a verb of giving says the expense is supported
    ("이 업체는 건당 광고비 250만원을 받았다.", "250만원", None, "price"),
    ("보건복지부는 1인당 교통비 20만원을 지원한다.", "20만원", "보건복지부", "support"),
    # negative: a listed compound keeps its own predicate (방위비 is a state's budget)
    ("국방부의 내년 방위비는 57조원이다.", "57조원", "국방부", "budget"),
]

GIFTS = [
    # `-는 데` (for doing something) continues the clause to its verb
    ("공사는 300만원 상당의 쌀을 구입, 이웃들을 돕는 데 기부할 계획이다.", "300만원", None, "support"),
    ("서울시는 50억원을 도로를 고치는 데 쓴다.", "50억원", ANY, "cost"),
    ("카카오는 피해 고객에게 1만원 상당의 쿠폰을 제공했다.", "1만원", "카카오", "support"),
    ("삼성전자는 이웃돕기 성금으로 100억원을 기탁했다.", "100억원", "삼성전자", "support"),
    ("한 기업인이 모교에 장학금 5억원을 쾌척했다.", "5억원", None, "support"),
    # negative: the value of a gift counted is no gift given
    ("추석 선물 금액은 직원 1인당 평균 5만 5천원이었다.", "5만 5천원", None, "other"),
]

WORTH = [
    # what a thing is worth (짜리) is its price, unless a verb says what is done with the money
    ("그는 5000원짜리 커피를 샀다.", "5000원", None, "price"),
    ("2억원짜리 아파트가 팔렸다.", "2억원", None, "price"),
    ("회사는 직원에게 1만원짜리 상품권을 지급했다.", "1만원", None, "support"),
]

DEBTS = [
    # a loan the sentence says is to be paid back is the borrower's debt, an asset position
    ("2025년 11월 만기되어 갚아야 할 2천억원의 대출이 가장 큰 문제다.", "2천억원", None, "asset"),
    ("이 회사는 은행에서 빌린 500억원을 상환했다.", "500억원", None, "asset"),
    ("현대건설은 차입금 300억원을 갚지 못했다.", "300억원", "현대건설", "asset"),
    # negatives: a loan granted or taken with no repayment said stays support or raise
    ("은행은 중소기업에 500억원을 대출했다.", "500억원", None, "support"),
    ("현대건설은 은행에서 300억원을 빌렸다.", "300억원", ANY, "raise"),
]

RESTITUTION = [
    # money given back after a court case: a penalty the losing party pays
    ("소비자들은 한국전력에 소송을 제기했다. 원고측이 승소하면서 1인당 최대 45만원까지 요금을 돌려받을 수 있을 것으로 보인다.",
     "최대 45만원", "한국전력공사", "penalty"),
    ("법원의 판결에 따라 대한항공은 승객들에게 1인당 30만원을 돌려줘야 한다.", "30만원", "대한항공", "penalty"),
    # negative: a refund with no court case is no penalty
    ("항공사는 승객에게 항공권 값 30만원을 환불했다.", "30만원", None, "price"),
]

CLASS_NOUN_ORGS = [
    # 정부 alone is the state of Korean news (the article ties it to no other country), as a government tied to a
    # country is that country (tests/gold/CONVENTIONS.md, session 2026-12-07); 당국 alone names no one
    ("정부는 올해 전차 정비에 173억원의 예산을 편성했다.", "173억원", "대한민국", "budget"),
    ("정부는 내년 소상공인에게 2조원을 지원한다. 과제당 100억원을 투입한다.", "100억원", "대한민국", "budget"),
    ("금융 당국은 은행들에 과징금 50억원을 부과했다.", "50억원", None, "penalty"),
    # negative: a named ministry is still the subject
    ("기획재정부는 내년 소상공인에게 2조원을 지원한다.", "2조원", "기획재정부", "support"),
    # a government the text ties to a country acts as that state: the country is the subject
    ("한국 정부는 내년 소상공인에게 2조원을 지원한다.", "2조원", "대한민국", "support"),
    ("일본 정부는 방위비로 10조엔을 편성했다. 정부는 내년 예산도 2조엔 늘린다.", "2조엔", "일본", "budget"),
]


@pytest.mark.parametrize("text, amount, subject, predicate",
                         LEVEL_RELATIVE + EXPENSES + GIFTS + WORTH + DEBTS + RESTITUTION + CLASS_NOUN_ORGS)
def test_unseen_news_families(facts_of, text, amount, subject, predicate):
    check(fact_for(facts_of(text), amount), subject, predicate)


def test_restitution_received_is_forecast_when_expected(facts_of):
    fact = fact_for(facts_of(RESTITUTION[0][0]), "최대 45만원")
    assert fact["modality"] == "forecast" and fact["subject_implied"]


@pytest.mark.parametrize("text, amount, evidence", [
    ("경찰은 이들이 위조한 5만원권 지폐 5552장을 모두 압수했다.", "5만원", "권"),
    ("한국은행은 2025년 10만원권 발행을 검토했다.", "10만원", "권"),
    ("그는 1만원짜리 지폐 100장을 건넸다.", "1만원", "짜리 지폐"),
])
def test_a_banknotes_face_value_is_a_reference_of_nobody(facts_of, text, amount, evidence):
    fact = fact_for(facts_of(text), amount)
    assert (fact["predicate"], fact["modality"], fact["subject"], fact["date"], fact["evidence"]) == \
        ("other", "reference", None, None, evidence)


def test_money_paid_in_notes_is_no_denomination(facts_of):
    fact = fact_for(facts_of("카카오는 1만원 상당의 쿠폰을 고객에게 제공했다."), "1만원")
    assert fact["modality"] != "reference" and fact["predicate"] == "support"


# (sentence, amount, date): a period written as a start and a length is dated by its start's year; a time a
# figure is compared with dates only the figure inside its own phrase
PERIODS_AND_COMPARISONS = [
    ("이들은 4월부터 3개월간 위조지폐 5552장(2억 7760만원 규모)을 만들었다.", "2억 7760만원", "2024"),
    ("정부는 2025년부터 5년간 10조원을 투입한다.", "10조원", "2025"),
    ("11월부터 3개월간 50억원을 지원한다.", "50억원", "2024"),
    ("4월부터 50억원을 지원한다.", "50억원", "2024-04"),  # no length: the start, as DESIGN.md's N년부터
    ("이는 2021년 같은 조사 결과(39만원)보다 7만원 늘어난 것이다.", "39만원", "2021"),
    ("이는 2021년 같은 조사 결과(39만원)보다 7만원 늘어난 것이다.", "7만원", None),
    ("올해 매출은 2020년에 비해 3조원 늘었다.", "3조원", "2024"),
    ("올 해의 추석 비용으로 평균 47만원을 예상했다.", "47만원", "2024"),
    # N years (months) after the publication, written before the amount in its sentence
    ("2023년 방위 예산은 65조 원이었다. 5년 후에는 매년 10조엔을 쓴다.", "10조엔", "2029"),
    ("카카오는 3년 뒤 500억원을 투자한다.", "500억원", "2027"),
    ("10개월 후 100억원을 갚아야 한다.", "100억원", "2025"),
    ("카카오는 500억원을 투자했고 3년 뒤 상장했다.", "500억원", None),  # after the amount: not its time
    # a range of dates in the amount's parenthesis: its end (DESIGN.md)
    ("해양수산부는 ‘소재 기술 개발’(’10~’19, 460억원)을 추진하고 있다.", "460억원", "2019"),
    ("교육부는 ‘디지털 교과서 사업’(2024~2026년, 3조원)을 추진한다.", "3조원", "2026"),
]


@pytest.mark.parametrize("text, amount, date", PERIODS_AND_COMPARISONS)
def test_periods_and_compared_times(facts_of, text, amount, date):
    assert fact_for(facts_of(text), amount)["date"] == date


SUBJECT_FAMILIES = [
    # the body that ran a survey tells the money of the people it asked
    ("닐슨코리아는 지난 8월 성인 1,000명을 대상으로 설문 조사를 실시한 결과, 평균 지출 예상 비용은 47만원으로 조사됐다고 밝혔다.",
     "47만원", None, "cost"),
    ("한국은행의 조사 결과 가구당 평균 부채는 9000만원으로 집계됐다.", "9000만원", None, "asset"),
    ("카카오는 여론조사 결과를 인용해 이용자들이 한 달 평균 3만원을 쓴다고 밝혔다.", "3만원", None, "cost"),
    # people a quote's speaker names by a class are nobody named
    ("닐슨코리아가 조사했다. “45만원 이상을 지출할 계획”이라고 답한 응답자는 16%에 그쳤다.", "45만원 이상", None, "cost"),
    # negative: a body reporting its own money keeps it
    ("삼성전자는 올해 매출이 300조원을 넘었다고 밝혔다.", "300조원", "삼성전자", "revenue"),
    # a country as the topic of a damage is the place it befell
    ("한편 미국은 이번 한파로 20여 명이 목숨을 잃었으며 피해가 약 5조 원대에 이르는 것으로 전해졌다.", "약 5조 원대", None, "cost"),
    ("일본은 지진으로 10조엔의 재산피해를 입었다.", "10조엔", None, "cost"),
    # negatives: a country acting as a state, and a company's own damage
    ("일본은 내년 방위 예산으로 10조엔을 편성했다.", "10조엔", "일본", "budget"),
    ("삼성전자는 화재로 100억원의 피해를 입었다.", "100억원", "삼성전자", "cost"),
]


@pytest.mark.parametrize("text, amount, subject, predicate", SUBJECT_FAMILIES)
def test_sources_places_and_classes_are_no_subjects(facts_of, text, amount, subject, predicate):
    check(fact_for(facts_of(text), amount), subject, predicate)


# A survey's answers: a quoted bracket takes the money noun of the question asked before it and is a
# reference threshold; a class of people the amount's clause describes is the actor, nobody named.
ANSWERS = [
    ("응답자들에게 ‘선물 비용으로 얼마를 쓰십니까?’라고 물은 결과, 31.9%가 ‘15만원 미만’이라고 응답했다.", "15만원 미만"),
    ("‘여행 경비로 얼마를 쓰겠느냐’는 질문에 ‘30만원 이상 50만원 미만’(31.2%)이 가장 많았다.",
     "30만원 이상 50만원 미만"),
    ("‘한 달 교통비가 얼마냐’는 물음에 ‘10만원 이상’이라고 답한 사람이 40%였다.", "10만원 이상"),
]


@pytest.mark.parametrize("text, amount", ANSWERS)
def test_a_quoted_answer_takes_the_questions_money_noun(facts_of, text, amount):
    fact = fact_for(facts_of(text), amount)
    assert (fact["predicate"], fact["modality"], fact["subject"]) == ("cost", "reference", None)


@pytest.mark.parametrize("text, amount, subject", [
    ("닐슨코리아가 조사했다. 추석 선물 비용으로 “45만원 이상을 지출할 계획”이라고 답한 응답자는 16%였다.", "45만원 이상", None),
    ("중소벤처기업부는 창업을 돕는다. 100억원을 투자한 기업은 세제 혜택을 받는다.", "100억원", None),
    # negative: money received keeps its giver, the class receiving it is no actor
    ("중소벤처기업부는 창업을 돕는다. 과제당 100억원을 지원받는 기업은 20곳이다.", "100억원", "중소벤처기업부"),
])
def test_a_class_the_amounts_clause_describes_is_nobody_named(facts_of, text, amount, subject):
    assert fact_for(facts_of(text), amount)["subject"] == subject


@pytest.mark.parametrize("text, amount, date", [
    # a finished clause ends the amount's time: the date of the next clause is not its own
    ("보통 1그램 당 70~80만원을 넘나들었지만, 2022년 기준 가격이 2만 4천원으로 떨어졌다.", "70~80만원", None),
    ("가격이 5만원까지 올랐다. 2023년에는 2만원이었다.", "5만원", None),
    # negative: a date later in the amount's own clause dates it
    ("교육부는 100억원을 2025년에 투입한다.", "100억원", "2025"),
])
def test_a_date_after_a_finished_clause_is_no_date_of_the_amount(facts_of, text, amount, date):
    assert fact_for(facts_of(text), amount)["date"] == date


def test_a_country_of_the_sentence_before_owns_no_price(facts_of):
    facts = facts_of("미국은 아이폰5를 공개했다. 현재 갤럭시S3의 판매가격이 시중에서 30만원대로 판매되고 있다.")
    assert fact_for(facts, "30만원대")["subject"] is None
    facts = facts_of("일본은 방위력을 키운다. 내년 방위 예산으로 10조엔을 편성했다.")
    assert fact_for(facts, "10조엔")["subject"] == "일본"  # a state acting with money is still the country


@pytest.mark.parametrize("text, amount, subject", [
    # a person's own money is the person's, not the body their title ties them to
    ("이재용 삼성전자 회장은 사재 100억원을 기부했다.", "100억원", "이재용"),
    ("이재용 삼성전자 회장은 100억원의 사재를 출연했다.", "100억원", "이재용"),
    ("정의선 현대자동차 회장은 사비 10억원을 들여 장학재단을 세웠다.", "10억원", "정의선"),
    # negative: money the person moves for the body stays the body's
    ("이재용 삼성전자 회장은 회사 돈 100억원을 투자했다.", "100억원", "삼성전자"),
])
def test_a_persons_own_money_is_theirs(facts_of, text, amount, subject):
    assert fact_for(facts_of(text), amount)["subject"] == subject
