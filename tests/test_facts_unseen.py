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
    # negative: a listed compound keeps its own predicate (방위비 is a state's budget)
    ("국방부의 내년 방위비는 57조원이다.", "57조원", "국방부", "budget"),
]

GIFTS = [
    ("카카오는 피해 고객에게 1만원 상당의 쿠폰을 제공했다.", "1만원", "카카오", "support"),
    ("삼성전자는 이웃돕기 성금으로 100억원을 기탁했다.", "100억원", "삼성전자", "support"),
    ("한 기업인이 모교에 장학금 5억원을 쾌척했다.", "5억원", None, "support"),
    # negative: the value of a gift counted is no gift given
    ("추석 선물 금액은 직원 1인당 평균 5만 5천원이었다.", "5만 5천원", None, "other"),
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
    # 정부 or 당국 is a class noun, never a named subject, even when the resolver keeps it as a row
    ("정부는 올해 전차 정비에 173억원의 예산을 편성했다.", "173억원", None, "budget"),
    ("정부는 내년 소상공인에게 2조원을 지원한다. 과제당 100억원을 투입한다.", "100억원", None, "budget"),
    ("금융 당국은 은행들에 과징금 50억원을 부과했다.", "50억원", None, "penalty"),
    # negative: a named ministry is still the subject
    ("기획재정부는 내년 소상공인에게 2조원을 지원한다.", "2조원", "기획재정부", "support"),
]


@pytest.mark.parametrize("text, amount, subject, predicate",
                         LEVEL_RELATIVE + EXPENSES + GIFTS + DEBTS + RESTITUTION + CLASS_NOUN_ORGS)
def test_unseen_news_families(facts_of, text, amount, subject, predicate):
    check(fact_for(facts_of(text), amount), subject, predicate)


def test_restitution_received_is_forecast_when_expected(facts_of):
    fact = fact_for(facts_of(RESTITUTION[0][0]), "최대 45만원")
    assert fact["modality"] == "forecast" and fact["subject_implied"]
