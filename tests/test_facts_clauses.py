"""Fact families found at scale on news no facts gold holds (KLUE-NER news sentences and KMOU dev sentences with
money, read for their families only): whose clause an amount sits in decides its subject — a source clause
(`…에 따르면`, `자료를 보면`), a clause modifying a charge noun (`…을 훔친 혐의로 B를 구속`), an order a court gives
(`…을 지급하라고 판결`), `X의 경우` as a topic — how a thing's price is written (`N원에 팔렸다` through a
conversion's parenthesis, `N원 상당의 목걸이`), which boundaries close an amount's clause (a quote, a headline's `…`),
and lists that name their noun once. Made-up sentences, positives and negatives of each family."""

from __future__ import annotations

import pytest

from test_facts_unseen import ANY, check, fact_for, facts_of  # noqa: F401  (facts_of is a fixture)

# (sentence, amount, subject, predicate)
SOURCE_CLAUSES = [
    # who reports in a source clause owns none of what it reports
    ("한국은행이 발표한 국제수지 자료를 보면 3월 경상수지 흑자는 50억달러로 집계됐다.", "50억달러", None, "revenue"),
    ("기획재정부가 국회에 낸 자료를 보면 올해 비과세 감면액은 2조원에 이른다.", "2조원", None, ANY),
    ("통계청이 조사한 결과에 따르면 가구당 월평균 소득은 500만원이었다.", "500만원", None, "revenue"),
    # negatives: a topic after the source clause still owns its money; a source named with 에 is no subject anyway
    ("금융감독원 자료에 따르면 삼성전자는 지난해 영업이익 40조원을 거뒀다.", "40조원", "삼성전자", "revenue"),
    ("삼성전자는 지난해 영업이익 40조원을 거뒀다고 밝혔다.", "40조원", "삼성전자", "revenue"),
]

SURVEYS = [
    # a figure the topic found by a survey (조사됐다) is the surveyed people's, not the topic's
    ("서울시는 아르바이트 평균시급이 상반기보다 110원 상승한 5천653원으로 조사됐다고 5일 밝혔다.", "5천653원", None, ANY),
    # negative: a firm's own result counted (집계됐다) stays the firm's
    ("삼성전자는 지난해 영업이익이 40조원으로 집계됐다고 밝혔다.", "40조원", "삼성전자", "revenue"),
]

CHARGES = [
    # money of a clause that modifies a charge noun is the party charged's, not the authority's that is the topic
    ("서울경찰청은 보석 상가에 들어가 3억원어치의 금괴를 훔친 혐의로 김모씨를 구속했다.", "3억원", None, ANY),
    ("부산지방검찰청은 회사 자금 50억원을 횡령한 혐의로 박모씨를 기소했다.", "50억원", None, "other"),
    # negatives: the suspect as the topic takes the money (A는 … 받은 혐의를 받고 있다), and money not in a charge
    # clause keeps the authority's reading
    ("홍길동 의원은 건설업체로부터 5천만원을 받은 혐의를 받고 있다.", "5천만원", "홍길동", "other"),
    ("경찰청은 내년 예산 12조원을 편성했다.", "12조원", "경찰청", "budget"),
]

COURT_ORDERS = [
    # a court's order to pay: a penalty the party told to pay pays, never the court
    ("서울중앙지법은 손해배상 소송에서 \"피고는 원고에게 500만원을 지급하라\"며 원고 일부 승소로 판결했다.",
     "500만원", None, "penalty"),
    ("재판부는 남편이 아내에게 위자료로 3천만원을 지급하라고 판결했다.", "3천만원", None, "penalty"),
    ("대법원은 \"삼성전자는 1억원을 지급하라\"고 판결했다.", "1억원", "삼성전자", "penalty"),
    # the one who received the order pays
    ("가수 홍길동이 광고주에게 7억원을 배상하라는 판결을 받았다.", "7억원", "홍길동", "penalty"),
    # negatives: an order without a case stays what its verb says; a payment told, not ordered, is support
    ("시민단체는 정부에 1조원을 지원하라고 요구했다.", "1조원", ANY, "support"),
    ("현대자동차는 협력사에 500억원을 지급했다고 법원에 밝혔다.", "500억원", "현대자동차", "support"),
]

CASE_TOPICS = [
    # `X의 경우` sets X as the topic of its clause, nearer than a topic before it
    ("현대중공업은 지난해 1조원의 영업이익을 냈고 삼성중공업의 경우 1500억원의 영업손실을 냈다.",
     "1500억원", "삼성중공업", "cost"),
    ("LG전자는 매출 80조원을 올렸다. 삼성전자의 경우 매출이 300조원에 이르렀다.", "300조원", "삼성전자", "revenue"),
    # negative: the topic before keeps its own amount
    ("현대중공업은 지난해 1조원의 영업이익을 냈고 삼성중공업의 경우 1500억원의 영업손실을 냈다.",
     "1조원", "현대중공업", "revenue"),
]

PRICES = [
    # an exchange at an amount, read through a conversion's parenthesis
    ("해변의 한 오두막집이 250만달러(약 33억원)에 팔렸다.", "250만달러", None, "price"),
    ("해변의 한 오두막집이 250만달러(약 33억원)에 팔렸다.", "약 33억원", None, "price"),
    ("이 그림은 경매에서 6억원에 낙찰됐다.", "6억원", None, "price"),
    # a noun marked as the place is no cue of an amount exchanged at (not a market size)
    ("현재 시장에 판매중인 제품은 기존과 같은 2700원에 판매된다.", "2700원", None, "price"),
    ("그는 중고차 시장에서 3500만원을 건네받았다.", "3500만원", None, ANY),
    # what a thing is worth: 상당, 어치
    ("그는 300만원 상당의 금목걸이를 훔쳤다.", "300만원", None, "price"),
    ("이 업체는 1억원어치의 소고기를 팔았다.", "1억원", None, ANY),
    # negatives: a level reached is no exchange; an amount joined by 의 to a noun sizes it; the money itself
    ("피해액은 모두 440만원에 불과하다.", "440만원", None, "cost"),
    ("관광수입이 165억 달러(약 18조원)에 이를 것으로 보인다.", "165억 달러", None, "revenue"),
    ("그는 친구와 50만원의 내기를 걸었다.", "50만원", None, "other"),
    ("검찰은 계좌에 있는 140만달러(약 16억원)의 돈을 추적하고 있다.", "140만달러", None, "other"),
    ("최태원 회장(560억원), 정의선 부회장(490억원) 등이 뒤를 이었다.", "560억원", None, "other"),
]

FINES = [
    # a sentence to a fine as statutes write it
    ("위반하면 3년 이하의 징역 또는 3천만원 이하의 벌금형에 처해진다.", "3천만원 이하", None, "penalty"),
    ("그는 1500만원 벌금형을 선고받았다.", "1500만원", None, "penalty"),
]


BOUNDARIES = [
    # a quote, and a headline's clause break (…), close the amount's clause against a cue noun before them
    ("그는 선수의 미래가치에 대해 “그는 20만파운드(약 3억원)를 넘어서는 주급을 받게 될 것”이라고 말했다.",
     "20만파운드", None, "support"),
    # (교부 before the break is no support of it; the suit after it, 손배소, makes it a penalty)
    ("등록증 교부… 10억원대 손배소 휘말릴 처지", "10억원대", None, "penalty"),
    # negative: with no boundary the noun before still decides
    ("이 회사의 매출은 지난해 1조원을 넘었다.", "1조원", ANY, "revenue"),
    # a noun phrase after the amount is its last noun's (공공조달 시장: a market, not a raise)
    ("120조 원에 달하는 공공조달 시장에서 경쟁이 치열하다.", "120조 원", None, "market_size"),
    ("100억원의 투자 유치에 성공했다.", "100억원", None, "raise"),
    # a claim is a case too: an order in it is a penalty
    ("이 회사는 위반할 경우 한 건 당 1천만원씩 지급하라고 청구했다.", "1천만원", None, "penalty"),
]

LISTS = [
    # a member listed after a comma behind a figure a noun named is another figure of that noun
    ("케이만군도 법인의 자산총액이 2조6천억원으로 가장 많았고 파나마 법인이 1조6천억원, 버진아일랜드 법인이 1조원이었다.",
     "1조6천억원", None, "asset"),
    ("케이만군도 법인의 자산총액이 2조6천억원으로 가장 많았고 파나마 법인이 1조6천억원, 버진아일랜드 법인이 1조원이었다.",
     "1조원", None, "asset"),
    # negative: behind a verb's money (받고) a listed amount takes nothing
    ("그는 100만원을 받고, 200만원을 냈다.", "200만원", None, "other"),
]


@pytest.mark.parametrize("text, amount, subject, predicate",
                         SOURCE_CLAUSES + SURVEYS + CHARGES + COURT_ORDERS + CASE_TOPICS + PRICES + FINES + BOUNDARIES + LISTS)
def test_clause_families(facts_of, text, amount, subject, predicate):
    check(fact_for(facts_of(text), amount), subject, predicate)
