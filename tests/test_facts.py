"""The facts stage on made-up sentences: one row per amount; subject, predicate, modality and date read
from the sentence structure (predicates, modalities, subject forms, implied actors, nobody named)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.facts.lexicon import MODALITIES, PREDICATES
from sinmun.facts.when import fact_date

PUBLISHED = "2024-05-10"
ANY = object()  # a field the case does not check


@pytest.fixture(scope="module")
def facts_of():
    from sinmun.nlp import build_nlp

    nlp = build_nlp()

    def run(text: str, published: str | None = PUBLISHED) -> list[dict]:
        doc = nlp.make_doc(text)
        if published:
            doc._.published_at = datetime.fromisoformat(published).replace(tzinfo=ZoneInfo("Asia/Seoul"))
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        amounts = doc._.rows["amounts"]
        facts = doc._.rows["facts"]
        assert [(f["start"], f["end"]) for f in facts] == [(a["start"], a["end"]) for a in amounts]
        return facts

    return run


def fact_for(facts: list[dict], amount: str) -> dict:
    hits = [f for f in facts if f["text"].replace(" ", "") == amount.replace(" ", "")]
    assert hits, f"no fact for {amount!r} among {[f['text'] for f in facts]}"
    return hits[0]


# (sentence, amount, subject, predicate, modality, date); ANY leaves a field unchecked.
CASES = [
    # support
    ("중소벤처기업부는 올해 창업기업에 3000억원을 지원한다.", "3000억원", "중소벤처기업부", "support", "planned", "2024"),
    ("산업통상자원부는 지난해 수출기업에 500억원을 지원했다.", "500억원", "산업통상자원부", "support", "actual", "2023"),
    ("기술보증기금은 중소기업에 5조원 규모의 보증을 공급할 계획이다.", "5조원", "기술보증기금", "support", "planned", ANY),
    ("보건복지부는 저소득 가구에 가구당 30만원을 지급하기로 했다.", "30만원", "보건복지부", "support", "planned", ANY),
    ("중소벤처기업진흥공단은 올해 상반기 정책자금 2조원을 융자했다.", "2조원", "중소벤처기업진흥공단", "support", "actual", "2024"),
    # invest
    ("삼성전자는 미국 텍사스 공장에 170억 달러를 투자했다.", "170억 달러", "삼성전자", "invest", "actual", None),
    ("카카오는 내년까지 인공지능 분야에 1조원을 투자하겠다고 밝혔다.", "1조원", "카카오", "invest", "planned", "2025"),
    ("네이버가 북미 웹소설 플랫폼을 6000억원에 인수했다.", "6000억원", "네이버", "invest", "actual", None),
    ("현대자동차는 2026년까지 전기차 공장에 2조원을 투자할 예정이다.", "2조원", "현대자동차", "invest", "planned", "2026"),
    # fund_create
    ("한국벤처투자는 1000억원 규모의 바이오 펀드를 조성했다.", "1000억원", "한국벤처투자", "fund_create", "actual", None),
    ("금융위원회는 2026년까지 3조원 규모의 정책펀드를 결성할 예정이다.", "3조원", "금융위원회", "fund_create", "planned", "2026"),
    # capital
    ("한국산업은행은 모태펀드에 2000억원을 출자했다.", "2000억원", "한국산업은행", "capital", "actual", None),
    ("삼성전자는 공익 재단에 100억원을 출연하기로 했다.", "100억원", "삼성전자", "capital", "planned", None),
    # budget
    ("교육부는 디지털 교과서 사업에 5300억원을 투입한다.", "5300억원", "교육부", "budget", "planned", None),
    ("과학기술정보통신부의 내년 연구개발 예산은 26조원이다.", "26조원", "과학기술정보통신부", "budget", "planned", "2025"),
    ("국토교통부는 올해 도로 건설에 사업비 4조원을 배정했다.", "4조원", "국토교통부", "budget", "actual", "2024"),
    # raise
    ("뤼튼테크놀로지스는 시리즈B 투자에서 250억원을 유치했다.", "250억원", "뤼튼테크놀로지스", "raise", "actual", None),
    ("쿠팡은 회사채 발행으로 3000억원을 조달할 계획이다.", "3000억원", "쿠팡", "raise", "planned", None),
    ("리벨리온이 해외 투자자들로부터 1000억원을 투자받았다.", "1000억원", "리벨리온", "raise", "actual", None),
    ("뤼튼테크놀로지스는 지난달 300억원 규모의 투자를 유치했다.", "300억원", "뤼튼테크놀로지스", "raise", "actual", "2024-04"),
    ("카카오는 2000억원의 투자를 받을 예정이다.", "2000억원", "카카오", "raise", "planned", None),
    # revenue
    ("삼성전자는 지난해 매출 258조원을 기록했다.", "258조원", "삼성전자", "revenue", "actual", "2023"),
    ("LG전자의 1분기 영업이익은 1조3000억원으로 집계됐다.", "1조3000억원", "LG전자", "revenue", "actual", "2024"),
    ("SK하이닉스는 올해 영업이익이 20조원을 넘을 것으로 전망된다.", "20조원", "SK하이닉스", "revenue", "forecast", "2024"),
    ("셀트리온은 올해 매출 목표를 3조5000억원으로 제시했다.", "3조5000억원", "셀트리온", "revenue", "planned", "2024"),
    # market_size
    ("국내 전기차 충전 시장 규모는 2030년 5조원에 이를 전망이다.", "5조원", None, "market_size", "forecast", "2030"),
    ("글로벌 반도체 시장 규모는 지난해 5000억 달러로 커졌다.", "5000억 달러", None, "market_size", "actual", "2023"),
    # valuation
    ("카카오뱅크의 기업가치는 10조원으로 평가받았다.", "10조원", "카카오뱅크", "valuation", "actual", None),
    ("기업가치 1조원 이상인 비상장 기업을 유니콘이라 부른다.", "1조원 이상", None, "valuation", "reference", None),
    ("엔비디아의 시가총액은 3조 달러를 돌파했다.", "3조 달러", "엔비디아", "valuation", "actual", None),
    # penalty: the subject pays
    ("공정거래위원회는 구글에 과징금 2000억원을 부과했다.", "2000억원", "구글", "penalty", "actual", None),
    ("개인정보보호위원회는 카카오에 과태료 150억원을 부과할 방침이다.", "150억원", "카카오", "penalty", "planned", None),
    ("법원은 쿠팡에 벌금 1억원을 선고했다.", "1억원", "쿠팡", "penalty", "actual", None),
    # price
    ("서울 아파트 평균 매매가격은 12억원을 넘었다.", "12억원", None, "price", "actual", None),
    ("애플은 신형 아이폰의 가격을 150만원으로 책정했다.", "150만원", "애플", "price", "actual", None),
    ("지하철 기본요금은 다음 달부터 1550원으로 오른다.", "1550원", None, "price", ANY, ANY),
    # cost
    ("이번 태풍으로 인한 피해액은 3000억원으로 추산된다.", "3000억원", None, "cost", "forecast", None),
    ("한국전력공사는 지난해 6조원의 영업손실을 냈다.", "6조원", "한국전력공사", "cost", "actual", "2023"),
    ("경기장 건설 비용은 5000억원이 들 것으로 예상된다.", "5000억원", None, "cost", "forecast", None),
    # asset
    ("한국은행의 외환보유액은 4200억 달러로 집계됐다.", "4200억 달러", "한국은행", "asset", "actual", None),
    ("그 회사는 현금성 자산 3조원을 보유하고 있다.", "3조원", None, "asset", "actual", None),
    # a price per item, the amount an exchange is made at, a price noun Kiwi splits (판매/NNG 가/XSN)
    ("쿠팡은 건당 30만원을 받고 상품을 첫 화면에 노출했다.", "30만원", "쿠팡", "price", "actual", None),
    ("네이버는 건당 광고비 80만원을 받는다.", "80만원", "네이버", "price", ANY, None),
    ("현대자동차는 신형 전기차를 4500만원에 내놓았다.", "4500만원", "현대자동차", "price", "actual", None),
    ("삼성전자는 새 노트북의 판매가를 200만원으로 정했다.", "200만원", "삼성전자", "price", "actual", None),
    # money earned, bought, taken unlawfully, handed over, donations received
    ("카카오는 광고로 지난해 3000억원을 벌어들였다.", "3000억원", "카카오", "revenue", "actual", "2023"),
    ("현대백화점은 지난해 상품권 30억원어치를 구입했다.", "30억원", "현대백화점", "cost", "actual", "2023"),
    ("한 직원이 회사 자금 10억원을 횡령했다.", "10억원", None, "other", "actual", None),
    ("감사원은 한국전력공사가 공사비를 부풀려 300억원의 부당 이득을 챙겼다고 밝혔다.", "300억원", "한국전력공사", "other",
     "actual", None),
    ("삼성전자는 수재민에게 성금 10억원을 전달했다.", "10억원", "삼성전자", "support", "actual", None),
    ("정의당은 지난해 당원들에게서 3억원을 후원받았다.", "3억원", "정의당", "raise", "actual", "2023"),
]

# Not a price: a level reached (에 달하다), a share per person.
NOT_PRICE = [
    ("지난해 피해 규모는 1조원에 달했다.", "1조원"),
    ("직원 1인당 평균 선물 금액은 5만원이었다.", "5만원"),
    ("참가자들의 연회 지출은 평균 3만원에 그쳤다.", "3만원"),
]


@pytest.mark.parametrize("text, amount", NOT_PRICE)
def test_levels_and_shares_are_no_prices(facts_of, text, amount):
    assert fact_for(facts_of(text), amount)["predicate"] != "price"


def test_parallel_members_share_their_predicate(facts_of):
    facts = facts_of("네이버는 건당 100만원을 받고 첫 화면에, 50만원을 받고 둘째 화면에 광고를 실었다.")
    assert [fact_for(facts, a)["predicate"] for a in ("100만원", "50만원")] == ["price", "price"]
    assert fact_for(facts, "50만원")["subject"] == "네이버"


@pytest.mark.parametrize("text, amount, subject, predicate, modality, date", CASES)
def test_fact_fields(facts_of, text, amount, subject, predicate, modality, date):
    fact = fact_for(facts_of(text), amount)
    assert fact["predicate"] == predicate, fact
    if subject is not ANY:
        assert fact["subject"] == subject, fact
    if modality is not ANY:
        assert fact["modality"] == modality, fact
    if date is not ANY:
        assert fact["date"] == date, fact


# Subject forms: topic, subject, 에서는, a person for their organization, a speaker after the quote,
# joint actors, an actor implied by the sentence before or by the article.
SUBJECT_FORMS = [
    ("오영주 중소벤처기업부 장관은 \"올해 AI 스타트업에 1조원을 지원하겠다\"고 말했다.", "1조원", "중소벤처기업부", False),
    ("\"반도체 설계 기업에 500억원을 투자하겠다\"고 과학기술정보통신부가 밝혔다.", "500억원", "과학기술정보통신부", False),
    ("중소벤처기업부에서는 청년 창업에 200억원을 지원한다.", "200억원", "중소벤처기업부", False),
    ("삼성전자와 SK하이닉스는 반도체 펀드에 각각 500억원을 출자했다.", "500억원", "삼성전자", False),
    ("중소벤처기업부는 창업 지원 대책을 발표했다. 선정된 과제에는 과제당 최대 10억원을 지원한다.", "최대 10억원",
     "중소벤처기업부", True),
    ("환경부는 탄소중립 대책을 내놓았다. 이를 위해 2030년까지 5조원을 투입할 계획이다.", "5조원", "환경부", True),
    ("국토교통부는 공공주택 공급 계획을 밝혔다. 국토교통부 관계자는 설명회를 열었다. 주택도시기금에서 3조원을 융자한다.",
     "3조원", "국토교통부", True),
    ("홍길동 씨는 모교에 장학금 1억원을 기부했다.", "1억원", "홍길동", False),
    # a penalty falls on the person, not on the office they hold; a former official acts for themselves
    ("서울고등법원은 김철수 경기도지사에게 벌금 500만원을 선고했다.", "500만원", "김철수", False),
    ("삼성전자 이영호 전 사장은 지난해 재단에 1억원을 기부했다.", "1억원", "이영호", False),
    ("삼성전자 이영호 사장은 지난해 재단에 1억원을 기부했다.", "1억원", "삼성전자", False),
    # a penalty received (부과받았다, 선고받은): its topic pays
    ("쿠팡은 과징금 10억원을 부과받았다.", "10억원", "쿠팡", False),
    ("네이버와 카카오는 각각 과태료 300만원을 부과받았다.", "300만원", "네이버", False),
    # a class led by the ones it names pays (A 등 4개 업체에)
    ("공정거래위원회는 규정을 어긴 카카오 등 3개 업체에 과태료 900만원을 부과했다.", "900만원", "카카오", False),
    # a penalty demanded or ordered in a sentence that names no payer: the defendant of the sentence before
    ("최민수 전 의원이 징역 5년을 구형받았다. 검찰은 벌금 2억원도 함께 구형했다.", "2억원", "최민수", True),
    ("박영희 씨가 1심에서 징역 2년을 선고받았다. 재판부는 추징금 3억원도 명령했다.", "3억원", "박영희", True),
    # ... or the person the rest of the sentence is about
    ("검찰은 추징금 5억원을 구형했고, 최민수 전 의원은 이에 반발했다.", "5억원", "최민수", True),
    # a bare name before 역시/또한 is a topic; the owner of an unnamed topic (쿠팡의 '로켓 광고'는)
    ("네이버는 매출 8조원을 올렸다. 카카오 역시 지난해 7조원의 매출을 기록했다.", "7조원", "카카오", False),
    ("쿠팡의 '로켓 광고'는 건당 30만원이다.", "30만원", "쿠팡", False),
    # a subject whose clause runs on through non-final verbs; under a topic only when reported as a whole
    ("한국전력공사가 2019년부터 3년간 구입한 50억원대 상품권이 문제가 됐다.", "50억원대", "한국전력공사", False),
    ("감사원은 한국전력공사가 공사비를 부풀려 300억원을 챙겼다고 밝혔다.", "300억원", "한국전력공사", False),
    ("김철수 전 의원은 선거가 치러지던 2020년 4월 후보에게 500만원을 기부했다.", "500만원", "김철수", False),
    # a product's price belongs to the company the story is about
    ("현대자동차가 새 쏘나타를 출시했다. 현대자동차는 신차 발표회를 열었다. 쏘나타의 판매 가격은 3000만원이다.",
     "3000만원", "현대자동차", True),
]


@pytest.mark.parametrize("text, amount, subject, implied", SUBJECT_FORMS)
def test_subject_forms(facts_of, text, amount, subject, implied):
    fact = fact_for(facts_of(text), amount)
    assert fact["subject"] == subject, fact
    assert fact["subject_implied"] is implied, fact


def test_joint_actors_are_co_subjects(facts_of):
    fact = fact_for(facts_of("삼성전자와 SK하이닉스는 반도체 펀드에 각각 500억원을 출자했다."), "500억원")
    assert fact["co_subjects"] == ["SK하이닉스"]


# An amount that belongs to nobody named keeps subject = null.
NOBODY = [
    "한 중견기업이 신규 공장에 100억원을 투자했다.",
    "지난해 국내 커피 시장 규모는 8조원이었다.",
    "미국의 한 스타트업은 구글이 투자한 뒤 매출이 5000억원으로 늘었다.",
    "삼성전자는 신제품을 공개했다. 국내 스마트폰 시장 규모는 20조원이다.",
    "이 업체는 통장에 300억원을 갖고 있다.",
    "서울 전셋값은 평균 5억원 수준이다.",
    "관계자는 \"공사비로 1000억원 이상이 들 것\"이라고 말했다.",
    "연봉 1억원 이상 직장인이 100만 명을 넘었다.",
    # a penalty imposed with no payer named: not the authority of the sentence before, not a rule's payer
    "공정거래위원회는 납품업체 조사를 마쳤다. 위원회는 과징금 10억원을 부과했다.",
    "개정법은 다음달 시행된다. 위반하면 300만원 이하의 과태료가 부과된다.",
    "법원은 피고인에게 벌금 700만원을 선고했다.",
    # actors counted, not named; what a rule lets someone receive
    "세 과학자는 상금 10억원을 나눠 갖는다.",
    "선거법에 따라 정치인은 연간 1억원 넘게 후원받을 수 없다.",
    "보건복지부는 제도를 바꿨다. 청년은 월 최대 50만원을 지급받을 수 있다.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_nobody_named(facts_of, text):
    facts = facts_of(text)
    assert facts and all(f["subject"] is None and f["subject_kind"] is None for f in facts), facts


def test_baseline_of_a_change_is_nobodys_current_level(facts_of):
    facts = facts_of("과학기술정보통신부는 AI 투자 규모를 2027년까지 3000억원에서 5000억원으로 늘릴 계획이다.")
    start, target = fact_for(facts, "3000억원"), fact_for(facts, "5000억원")
    assert (start["subject"], start["modality"], start["date"]) == (None, "actual", None)
    assert (target["subject"], target["predicate"], target["modality"], target["date"]) == (
        "과학기술정보통신부", "invest", "planned", "2027")


def test_conversion_repeats_the_fact_it_converts(facts_of):
    facts = facts_of("세계 배터리 시장 규모는 2030년 4000억 달러(약 520조원)로 예상된다.")
    usd, krw = fact_for(facts, "4000억 달러"), fact_for(facts, "약 520조원")
    for key in ("subject", "predicate", "date", "modality"):
        assert usd[key] == krw[key]
    assert usd["predicate"] == "market_size" and usd["modality"] == "forecast"


def test_fund_list_names_the_listed_funds(facts_of):
    facts = facts_of("중소벤처기업부는 2027년까지 청년 창업 펀드, 지역 혁신 펀드 등 약 2조원 규모의 창업 펀드를 조성한다.")
    fact = fact_for(facts, "약 2조원")
    assert fact["predicate"] == "fund_create"
    assert fact["fund"] == ["청년 창업 펀드", "지역 혁신 펀드"]
    assert fact["date"] == "2027"


def test_footnote_takes_its_anchor(facts_of):
    text = ("중소벤처기업부는 '25년 중소기업에 정책자금*을 집중 지원한다.\n"
            "* 기술보증 지원(기보, 3조원), 시설 자금 융자(2조원)")
    facts = facts_of(text)
    guarantee, loan = fact_for(facts, "3조원"), fact_for(facts, "2조원")
    assert guarantee["subject"] == "기술보증기금"
    assert loan["subject"] == "중소벤처기업부" and loan["subject_implied"]
    assert guarantee["date"] == loan["date"] == "2025"
    assert guarantee["predicate"] == loan["predicate"] == "support"


def test_without_publication_date_relative_dates_stay_null(facts_of):
    fact = fact_for(facts_of("교육부는 올해 1000억원을 투입한다.", published=None), "1000억원")
    assert fact["date"] is None


def test_every_amount_has_one_fact_with_closed_values(facts_of):
    text = ("정부는 100억~200억원을 지원한다. 매출은 3억 달러(약 4000억원), 영업이익은 수백억원이다. "
            "가격은 1만원, 2만원, 3만원이다.")
    facts = facts_of(text)
    assert len(facts) >= 6
    assert all(f["predicate"] in PREDICATES and f["modality"] in MODALITIES for f in facts)


# Figures quoted to compare, suppose or define are references, not facts of their own.
REFERENCES = [
    ("올해 예산은 작년에 편성된 2조원보다 늘었다.", "2조원"),
    ("지원금은 기존 300만원에서 500만원으로 오른다.", "300만원"),
    ("판매액은 전년 50억원과 비슷한 수준이었다.", "50억원"),
    ("한 의원은 \"공사비가 1조원이라면 주택 1만 채를 지을 수 있다\"고 말했다.", "1조원"),
    ("벌점제란 위반 업체에 건당 최대 500만원의 과태료를 물리는 제도다.", "최대 500만원"),
    ("앞으로 청년은 월 최대 50만원을 받을 수 있게 되었다.", "최대 50만원"),
    # figures under a condition: what a rule or a supposition says
    ("개정안에 따라 마스크를 쓰지 않은 경우 10만원 이하의 과태료가 부과된다.", "10만원 이하"),
    ("재심을 청구하려면 보증금 3000만원이 필요하다.", "3000만원"),
    ("만약 판결이 확정될 경우 김철수는 추징금 5억원을 내야 한다.", "5억원"),
    ("영업시간 제한 미이행시 1차 500만원의 과태료를 부과한다.", "500만원"),
    ("선관위는 후원금 200만원을 개인에게 주면 위법이라고 밝혔다.", "200만원"),
]

# `…에 따르면` reports a source, it sets no condition; `…해야 한다` is money still to move.
NOT_CONDITIONAL = [
    ("통계청 자료에 따르면 지난해 가계 소득은 월 500만원을 기록했다.", "500만원", "actual"),
    ("LG전자는 협력사에 보상금 10억원을 지급해야 한다.", "10억원", "planned"),
    ("서울시는 내년 복지 예산으로 1조원을 투입한다.", "1조원", "planned"),
    # 보여주다 shows, it does not expect (보이다)
    ("금 가격은 지난주 1돈에 40만원을 기록하며 강세를 보여주고 있다.", "40만원", "actual"),
]


@pytest.mark.parametrize("text, amount, modality", NOT_CONDITIONAL)
def test_sources_and_obligations_are_no_conditions(facts_of, text, amount, modality):
    assert fact_for(facts_of(text), amount)["modality"] == modality


@pytest.mark.parametrize("text, amount", REFERENCES)
def test_compared_supposed_and_defined_figures_are_references(facts_of, text, amount):
    assert fact_for(facts_of(text), amount)["modality"] == "reference"


@pytest.mark.parametrize("row, expected", [
    ({"value": "2027", "granularity": "year"}, "2027"),
    ({"value": "2025-H1", "granularity": "half", "range_end": "2025-06-30"}, "2025"),
    ({"value": "2019-09-26T13:59", "granularity": "minute"}, "2019-09-26"),
    ({"value": None, "granularity": "year"}, None),
    ({"value": "2024-03", "granularity": "month"}, "2024-03"),
])
def test_fact_date_is_an_iso_prefix(row, expected):
    assert fact_date(row) == expected


# A sentence with no time of its own takes the time of the sentence before in its paragraph; not across a
# paragraph, not the day a statement was made (12일 밝혔다), not for a rule or threshold.
DATE_BEFORE = [
    ("현대건설은 2022년 해외 공장을 세웠다. 회사는 이 공장에 3000억원을 투자했다.", "3000억원", "2022"),
    ("삼성전자는 2019년 매출 230조원을 기록했다. 영업이익은 27조원이었다.", "27조원", "2019"),
    ("현대건설은 2022년 해외 공장을 세웠다.\n회사는 이 공장에 3000억원을 투자했다.", "3000억원", None),
    ("서울시는 과태료를 부과하기로 했다고 12일 밝혔다. 서울시는 위반 시 1000만원의 과태료를 부과할 예정이다.",
     "1000만원", None),
    ("정부는 2023년 새 규정을 만들었다. 자산 100억원 이상인 기업이 대상이다.", "100억원 이상", None),
]


@pytest.mark.parametrize("text, amount, date", DATE_BEFORE)
def test_date_of_the_sentence_before(facts_of, text, amount, date):
    assert fact_for(facts_of(text), amount)["date"] == date


def _orgs(text: str, *names: str):
    from sinmun.facts.actors import Entity

    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            # a resolved mention is one not inside a longer name listed here
            if not any(text.startswith(other, at) and len(other) > len(name) for other in names):
                out.append(Entity(at, at + len(name), "ORG", name))
            at = text.find(name, at + 1)
    return sorted(out, key=lambda e: e.start)


# Short forms the article defines or implies for its own actors: (text, resolved names, expected aliases).
ALIASES = [
    ("한국항공우주산업(KAI)은 헬기를 만든다. KAI가 매출을 냈다.", ("한국항공우주산업",), {"KAI": "한국항공우주산업"}),
    ("세계식량계획(World Food Programme, WFP)이 왔다. WFP는 돕는다.", ("세계식량계획",), {"WFP": "세계식량계획"}),
    ("삼성전자는 특허를 침해했다. 삼성이 배상한다.", ("삼성전자", "삼성"), {"삼성": "삼성전자"}),
    ("교보문고의 책 소개는 유료였다. 교보는 돈을 벌었다.", ("교보문고",), {"교보": "교보문고"}),
    # not when two longer names begin with it, nor when the short one comes first, nor for a long name
    ("볼보트럭과 볼보그룹이 왔다. 볼보는 트럭을 판다.", ("볼보트럭", "볼보그룹", "볼보"), {}),
    ("삼성은 그룹이다. 삼성전자는 계열사다.", ("삼성", "삼성전자"), {}),
    ("현대자동차그룹이 왔다. 현대자동차는 차를 판다.", ("현대자동차그룹", "현대자동차"), {}),
]


@pytest.mark.parametrize("text, names, expected", ALIASES)
def test_article_aliases(text, names, expected):
    from sinmun.facts.aliases import article_aliases

    assert article_aliases(text, _orgs(text, *names), [], set(names)) == expected


def test_a_short_form_subject_is_the_full_name(facts_of):
    facts = facts_of("삼성전자는 애플의 특허를 침해했다. 법원은 삼성이 애플에 2000만원을 배상하라고 판결했다.")
    assert fact_for(facts, "2000만원")["subject"] == "삼성전자"


# Money received in a clause a charge heads (…을 받고 …한 혐의) is taken, not support: other, its taker
# the subject (nobody named when anonymised); received otherwise it stays support.
RECEIVED = [
    ("김철수 원장은 환자에게 500만원을 받고 무허가 시술을 한 혐의를 받는다.", "500만원", "other", "김철수"),
    ("의사 박모씨는 환자에게 300만원을 받고 불법 시술을 한 혐의를 받는다.", "300만원", "other", None),
    ("세무공무원 최모씨는 업체로부터 2000만원을 받은 혐의로 구속됐다.", "2000만원", "other", None),
    ("김철수 의원은 건설사에서 1억원을 받은 의혹을 부인했다.", "1억원", "other", "김철수"),
    ("국방부는 병사 월급을 올렸다. 병장은 내년부터 월 150만원을 받게 된다.", "150만원", "support", ANY),
    # wages paid: the verb that modifies the money noun tells (지급된 급여 is support, 받은 뇌물 stays other)
    ("그가 지난해 지급한 임금은 월 200만원이었다.", "200만원", "support", ANY),
    ("그가 받은 뇌물은 모두 3000만원이었다.", "3000만원", "other", ANY),
]


@pytest.mark.parametrize("text, amount, predicate, subject", RECEIVED)
def test_money_received_under_a_charge_is_taken(facts_of, text, amount, predicate, subject):
    fact = fact_for(facts_of(text), amount)
    assert fact["predicate"] == predicate, fact
    if subject is not ANY:
        assert fact["subject"] == subject, fact


# A condition of reckoning restates a figure (시급으로 계산하면); a rule's condition stays a reference.
RECKONED = [
    ("그의 월급은 180만원이었고 시급으로 계산하면 8000원이다.", "8000원", "actual"),
    ("수출액은 10억 달러로, 원화로 환산하면 약 1조3000억원이었다.", "약 1조3000억원", "actual"),
    ("규정을 어기고 차량으로 사람을 치면 벌금 500만원이 부과된다.", "500만원", "reference"),
    ("기한까지 신고하지 않으면 과태료 100만원이 부과된다.", "100만원", "reference"),
]


@pytest.mark.parametrize("text, amount, modality", RECKONED)
def test_reckoning_is_no_condition(facts_of, text, amount, modality):
    assert fact_for(facts_of(text), amount)["modality"] == modality


# Money spent or taken by a verb is an act: with no actor in its sentence it is the one of the story;
# a place counted (한 호텔에서) names no actor, an actor counted (세 업체가) names nobody.
MOVED = [
    ("이영호 전 대표가 기소됐다. 그는 한 호텔 카지노에서 도박을 하면서 5억원의 돈을 사용한 혐의다.", "5억원", "이영호"),
    ("최민수 전 의원이 재판에 넘겨졌다. 또 회사 자금 3억원을 횡령한 혐의도 있다.", "3억원", "최민수"),
    ("이영호 전 대표가 기소됐다. 세 업체가 한 호텔에서 5억원을 사용했다.", "5억원", None),
    ("태풍이 남부를 강타했다. 주택 침수 등 100억원의 피해가 발생했다.", "100억원", None),
]


@pytest.mark.parametrize("text, amount, subject", MOVED)
def test_money_spent_or_taken_has_the_storys_actor(facts_of, text, amount, subject):
    assert fact_for(facts_of(text), amount)["subject"] == subject


def test_a_sources_account_takes_no_date_from_the_sentence_before(facts_of):
    text = "노동자 10명은 10일 소송을 냈다. 이들에 따르면 한 노동자가 받은 급여는 500만원이었다."
    assert fact_for(facts_of(text), "500만원")["date"] is None


# Bodies written in ways the resolver leaves unnamed: an official name with a space; the bare class noun
# that ends the name of exactly one body the article named before (공사는, 노조에).
REFERRED = [
    ("농촌 진흥청은 내년 연구센터에 350억원을 투입한다.", "350억원", "농촌진흥청", False),
    ("한국관광공사는 전통시장 행사를 연다. 아울러 공사는 이웃돕기에 300만원을 기부할 계획이다.", "300만원",
     "한국관광공사", False),
    ("철도노조는 파업을 끝냈다. 한국철도공사는 노조에 손해배상 100억원을 청구했다.", "100억원", "전국철도노동조합", False),
    # two bodies end in 공사: the class noun names neither (the story's actor is implied instead)
    ("한국관광공사와 한국도로공사는 협약을 맺었다. 공사는 50억원을 지원한다.", "50억원", ANY, True),
]


@pytest.mark.parametrize("text, amount, subject, implied", REFERRED)
def test_bodies_referred_to_by_spaced_or_class_names(facts_of, text, amount, subject, implied):
    fact = fact_for(facts_of(text), amount)
    if subject is not ANY:
        assert fact["subject"] == subject, fact
    assert fact["subject_implied"] is implied, fact


def test_a_superseded_figure_keeps_its_owner_as_a_reference(facts_of):
    facts = facts_of("삼성전자는 협력사 지원금을 기존 100억원에서 200억원으로 늘렸다.")
    old, new = fact_for(facts, "100억원"), fact_for(facts, "200억원")
    assert (old["subject"], old["modality"]) == ("삼성전자", "reference")
    assert (new["subject"], new["modality"]) == ("삼성전자", "actual")


def test_a_rules_penalty_has_no_implied_payer(facts_of):
    text = "김철수 의원은 금연법 개정안을 발의했다. 금연 거리에서 흡연을 하면 과태료 10만원을 부과받게 된다."
    fact = fact_for(facts_of(text), "10만원")
    assert (fact["subject"], fact["modality"]) == (None, "reference")


@pytest.mark.parametrize("text, amount, predicate, date", [
    ("세계 커피 시장은 500조 원(2020년 기준)을 넘는다.", "500조 원", "market_size", "2020"),
    ("일본 정부는 2027년부터 방위비를 매년 10조엔으로 늘린다.", "10조엔", "budget", "2027"),
    ("법원이 정한 손해배상액은 21억원이다.", "21억원", "penalty", None),
    # a parenthesis that holds another figure dates that figure, not the amount before it
    ("정부는 기업당 융자 최대 100억원('25년 4,666억원)을 지원한다.", "최대 100억원", "support", None),
])
def test_dates_after_the_amount_and_spending_nouns(facts_of, text, amount, predicate, date):
    fact = fact_for(facts_of(text), amount)
    assert (fact["predicate"], fact["date"]) == (predicate, date), fact


@pytest.mark.parametrize("text, amount, subject, predicate, date", [
    # an amount with 으로 sets the level of the object noun after it
    ("일본은 2027년까지 매년 10조엔으로 방위비를 늘린다.", "10조엔", "일본", "budget", "2027"),
    ("애플은 내년에 150만원으로 아이폰 가격을 올린다.", "150만원", "애플", "price", "2025"),
    # the year a figure is compared with dates nothing
    ("2023년 방위 예산은 2022년보다 25% 늘어난 65조 원이다.", "65조 원", ANY, "budget", "2023"),
    ("교육부 예산은 전년 대비 10% 늘어난 90조원이다.", "90조원", "교육부", "budget", None),
])
def test_level_set_by_an_amount_and_compared_times(facts_of, text, amount, subject, predicate, date):
    fact = fact_for(facts_of(text), amount)
    assert (fact["predicate"], fact["date"]) == (predicate, date), fact
    if subject is not ANY:
        assert fact["subject"] == subject, fact


def test_a_penalty_falls_on_the_party_nearest_its_verb(facts_of):
    text = ("박철수 선수에게 약물을 투약한 혐의로 기소된 의사 김모씨에게 검찰이 금고형을 구형했다. "
            "검찰은 벌금 100만원도 선고해달라고 요청했다.")
    assert fact_for(facts_of(text), "100만원")["subject"] is None


@pytest.mark.parametrize("text, amount, subject, predicate", [
    # a demonstrative topic (이는) says more of the money of the sentence before
    ("교육부는 2027년까지 대학에 5조원을 지원한다. 이는 당초 계획보다 1조원 늘어난 규모다.", "1조원", "교육부", "support"),
    # without it, the figure keeps no predicate of its own
    ("교육부는 2027년까지 대학에 5조원을 지원한다. 한 학교의 건물은 1조원 규모다.", "1조원", ANY, "other"),
    # sold: the amount as the object is the takings, at an amount (에) the price
    ("이란은 석유 제품 19억 달러어치를 팔았다.", "19억 달러", "이란", "revenue"),
    ("현대자동차는 전기차를 한 대에 5000만원에 팔았다.", "5000만원", "현대자동차", "price"),
    ("KT는 위성을 5억원의 해외 기업에 팔았다.", "5억원", "KT", "price"),
])
def test_restated_and_sold_money(facts_of, text, amount, subject, predicate):
    fact = fact_for(facts_of(text), amount)
    assert fact["predicate"] == predicate, fact
    if subject is not ANY:
        assert fact["subject"] == subject, fact


@pytest.mark.parametrize("text, amount, date", [
    # an amount in an aside takes a date of the noun phrase it is attached to, not one of another clause
    ("KT는 위성 2호(1500억 투자)는 2010년 1월에 40억원에, 위성 3호(3019억 투자)는 2011년 9월에 팔았다.", "3019억", None),
    ("교육부의 올해 예산(90조원)은 역대 최대다.", "90조원", "2024"),
    ("정부는 '25년 융자, 보증 등 공급총량(9조원)의 60%(5조원)를 반도체에 지원한다.", "5조원", "2025"),
])
def test_an_aside_is_dated_by_its_own_phrase(facts_of, text, amount, date):
    assert fact_for(facts_of(text), amount)["date"] == date


def test_a_day_glossed_in_parentheses_is_the_day(facts_of):
    text = "최민수 씨의 재판은 어제(8일) 끝났다. 벌금 200억원이 확정되었다."
    assert fact_for(facts_of(text), "200억원")["date"] == "2024-05-08"
