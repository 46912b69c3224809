"""Fact families read on the facts `hold4` set (fresh news and portal scrapes, a dev set from session 2026-12-08)
and on KLUE train money sentences, each written as made-up sentences, negatives included: an amount that is its
own clause's predicate (예산은 2조원인데 …), money received from a body marked 에서, money nouns the cue
list learnt from `python -m sinmun.facts.cue_candidates`, losses Kiwi keeps whole (잃어버리다), and an amount
compared with (…원에 비해), which is no price; and a person's own money (재산, 주택, money pocketed), which is
the person's, not their body's; and a court or prosecutor, never the one whose money a case is about."""

from __future__ import annotations

import pytest

# the one-sentence harness and its checks are the unseen-news facts tests' own
from test_facts_unseen import ANY, check, fact_for, facts_of  # noqa: F401  (facts_of is a fixture)

# (sentence, amount, subject, predicate)
COPULA = [
    # an amount with a copula that closes its clause (인데, 이며, 이고, 였지만) is what the noun before it names:
    # the next clause's verb belongs to the next amount
    ("행사 전체 예산은 2조원인데 기업 후원으로 1조원을 모았다.", "2조원", None, "budget"),
    ("행사 전체 예산은 2조원인데 기업 후원으로 1조원을 모았다.", "1조원", None, "raise"),
    ("이 회사의 매출은 500억원이며 연구개발에 100억원을 투자했다.", "500억원", None, "revenue"),
    ("작년 적자는 30억원이었지만 올해 정부에서 10억원을 지원받았다.", "30억원", None, "cost"),
    # negatives: a copula that makes the amount modify a noun (인) leaves the noun after it to decide, and an
    # amount with no copula keeps the verb after it
    ("월 2500원인 수신료를 4000원으로 올렸다.", "2500원", None, "price"),
    ("기업 후원으로 1조원을 모았다.", "1조원", None, "raise"),
]

GIVEN_FROM = [
    # a body marked 에서 before a verb of receiving is where the money came from: not the one who acts
    ("이 전 의원은 한 건설사에서 고문료 명목으로 1억원을 받은 혐의를 받고 있다.", "1억원", None, "other"),
    ("김모씨는 한빛은행에서 40억원을 대출받아 가로챈 혐의로 구속됐다.", "40억원", "한빛은행", "support"),
    ("직원들은 현대자동차에서 성과급 500만원을 지급받았다.", "500만원", "현대자동차", "support"),
    # negatives: a body marked 에서 that acts, and a place marked 에서 before a verb of receiving
    ("삼성전자에서는 올해 성과급으로 1조원을 지급한다.", "1조원", "삼성전자", "support"),
    ("국회에서 500조원 규모의 예산안을 통과시켰다.", "500조원", "국회", "budget"),
    ("그는 미국에서 상금 100만 달러를 받았다.", "100만 달러", None, "support"),
]

LEARNT_CUES = [
    # money nouns the cue list was missing, found by cue_candidates in KLUE train and Wikinews
    ("이 스마트폰의 출고가는 99만원으로 정해졌다.", "99만원", None, "price"),
    ("1등 당첨금 20억원은 한 사람에게 돌아갔다.", "20억원", None, "support"),
    ("그 선박의 장부가액은 1년 만에 168억원으로 늘었다.", "168억원", None, "asset"),
    ("조직위원장은 예비비 300억원을 절반도 쓰지 않았다고 말했다.", "300억원", None, "budget"),
    ("피해자들은 제조사를 상대로 10억원대 손배소를 냈다.", "10억원대", None, "penalty"),
    ("구단은 이적료 2000만 유로를 제시했다.", "2000만 유로", ANY, "price"),
    # money lost, as Kiwi keeps the verb whole: a cost, whatever money noun it was before
    ("그는 주식 투자로 모은 돈 3억원을 잃어버렸다.", "3억원", ANY, "cost"),
    ("개미 투자자들이 한 달 만에 2조원을 까먹었다.", "2조원", None, "cost"),
    # negative: value added is no valuation of a firm
    ("철강 산업은 360억 달러의 부가가치를 창출했다.", "360억 달러", None, "other"),
]


COMPARED = [
    # an amount something is compared with (…원에 비해, 비하면) is no price paid: the noun before it decides
    ("올해 파업 피해는 지난 파업의 40억원에 비해 훨씬 큰 450억원이었다.", "40억원", None, "cost"),
    ("오바마 대통령의 연봉 40만 달러에 비하면 적은 돈이다.", "40만 달러", ANY, "other"),
    # negative: an amount a thing sells at is its price
    ("그 집은 지난달 26억원에 팔렸다.", "26억원", None, "price"),
]


PAID_FOR = [
    # money handed over to get or see something is what the one paying spent: a cost, as a purchase is
    ("동네 극장에서 9천원 주고 봤는데 돈이 아까웠다.", "9천원", None, "cost"),
    ("그는 중고 시장에서 30만원을 주고 산 카메라를 되팔았다.", "30만원", None, "cost"),
    ("집에서 3500원주고 다운받아 봤다.", "3500원", None, "cost"),
    ("온라인으로 5000원 결제하고 본 영화가 최악이었다.", "5000원", None, "cost"),
    # negatives: a wage handed to workers stays the employer's support, and money given with no getting verb after
    ("한빛유통은 아르바이트생에게 일당 8만원을 주고 물건을 나르게 했다.", "8만원", ANY, "support"),
    ("삼촌은 조카에게 용돈 5만원을 주고 떠났다.", "5만원", None, ANY),
]

JUDGING = [
    # a court or a prosecutor, or a judge or prosecutor named in its parenthesis, is never the one whose money the
    # case is about: the defendant's (named or not)
    ("대구지법 형사3부(김민수 부장판사)는 사기 혐의로 벌금 500만원을 받은 A씨의 항소를 기각했다.", "500만원", None, "penalty"),
    ("서울중앙지법은 800억원대 어음 사기 혐의로 기소된 윤모 회장에게 징역 5년을 선고했다.", "800억원대", None, ANY),
    ("검찰 특별수사팀(팀장 이재훈 검사장)은 그가 건설업자에게서 2억원을 건네받은 점을 추궁했다.", "2억원", None, ANY),
    # negatives: a court's own budget is the court's, and a defendant named as the topic pays
    ("대법원은 내년 예산으로 2조원을 편성했다.", "2조원", "대법원", "budget"),
    ("김철수 한빛전자 회장은 1심에서 벌금 300억원을 선고받았다.", "300억원", "김철수", "penalty"),
    # a prosecutor named on their own (not a panel's parenthesis) may be the defendant: the money taken is theirs
    ("이정우 서울고검 부장검사가 사업가로부터 5억원을 받은 혐의로 구속됐다.", "5억원", "이정우", "other"),
]

PERSONAL = [
    # a person named with the body they head owns their fortune, shares and house, and pockets what they take or
    # are paid: the person, not the body
    ("김철수 한빛전자 회장의 재산은 올해 5조원으로 늘었다.", "5조원", "김철수", "asset"),
    ("박영희 한빛전자 회장은 하룻밤 사이에 3조원의 재산을 날렸다.", "3조원", "박영희", ANY),
    ("이민수 한빛전자 사장의 주택 공시가격은 올해 40억원으로 올랐다.", "40억원", "이민수", "price"),
    ("최동훈 한빛건설 대표는 하청업체에서 뇌물 2억원을 받은 혐의로 구속됐다.", "2억원", "최동훈", "other"),
    # negatives: what the head does with the body's money, and the body's own figures, stay the body's
    ("김철수 한빛전자 회장은 반도체 공장에 10조원을 투자하겠다고 밝혔다.", "10조원", "한빛전자", "invest"),
    ("박영희 한빛전자 대표는 지난해 매출 3000억원을 올렸다.", "3000억원", "한빛전자", "revenue"),
]


@pytest.mark.parametrize("text, amount, date", [
    # a budget or a fund's size is a year's: a day that dates its sentence (a hearing, an announcement) gives its year
    ("2023년 10월 19일 열린 국정감사에서 예산이 61억원 줄었다는 지적이 나왔다.", "61억원", "2023"),
    ("교육부는 2023년 5월 3일 디지털 교과서 예산 500억원을 편성했다고 밝혔다.", "500억원", "2023"),
    # negatives: a support paid on a day keeps its day, and a budget with no date has none
    ("서울시는 2023년 5월 3일 소상공인에게 100만원을 지급했다.", "100만원", "2023-05-03"),
    ("교육부는 디지털 교과서 예산 500억원을 편성했다.", "500억원", None),
])
def test_a_budget_is_dated_by_its_year(facts_of, text, amount, date):
    assert fact_for(facts_of(text), amount)["date"] == date


@pytest.mark.parametrize("text, amount, subject, predicate", COPULA + GIVEN_FROM + LEARNT_CUES + COMPARED + PERSONAL + JUDGING + PAID_FOR)
def test_hold4_families(facts_of, text, amount, subject, predicate):
    check(fact_for(facts_of(text), amount), subject, predicate)
