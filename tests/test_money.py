"""Money amounts on the Kiwi tokenization: exact values, currencies, qualifiers, ranges, conversions,
implied KRW, and numbers that must not become money."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinmun.nlp import build_nlp
from sinmun.rules.money import find_amounts
from sinmun.rules.numbers import PlainView


@pytest.fixture(scope="module")
def amounts_of():
    nlp = build_nlp()
    money = nlp.get_pipe("sinmun_money")

    def run(text: str) -> list[dict]:
        doc = money(nlp.make_doc(text))
        rows = doc._.rows["amounts"]
        for row in rows:
            assert text[row["start"]:row["end"]] == row["text"]
        return rows

    return run


# (sentence, [(text, value, currency), ...]) — sentences written for these tests.
# fmt: off
FORMS = [
    ("정부는 4,666억원을 공급한다.", [("4,666억원", 466_600_000_000, "KRW")]),
    ("유동성 공급총량은 9.8조원이다.", [("9.8조원", 9_800_000_000_000, "KRW")]),
    ("시장 규모는 1조3452억 달러다.", [("1조3452억 달러", 1_345_200_000_000, "USD")]),
    ("총 5조 2,000억 원을 지원한다.", [("5조 2,000억 원", 5_200_000_000_000, "KRW")]),
    ("예산은 3조5천억원보다 많다.", [("3조5천억원", 3_500_000_000_000, "KRW")]),
    ("기금 삼천이백억원을 모았다.", [("삼천이백억원", 320_000_000_000, "KRW")]),
    ("그는 천만 원을 냈다.", [("천만 원", 10_000_000, "KRW")]),
    ("수수료는 1,500원이다.", [("1,500원", 1_500, "KRW")]),
    ("가격은 1만 7800원이다.", [("1만 7800원", 17_800, "KRW")]),
    ("연료비는 16만6천915원이었다.", [("16만6천915원", 166_915, "KRW")]),
    ("총액은 76.1백만원이었다.", [("76.1백만원", 76_100_000, "KRW")]),
    ("예산 4억8500여만원이 들었다.", [("4억8500여만원", 485_000_000, "KRW")]),
    ("가격은 10달러다.", [("10달러", 10, "USD")]),
    ("2억 5000만 달러 소송을 냈다.", [("2억 5000만 달러", 250_000_000, "USD")]),
    ("100만 미국 달러를 받았다.", [("100만 미국 달러", 1_000_000, "USD")]),
    ("100억 미국달러를 벌었다.", [("100억 미국달러", 10_000_000_000, "USD")]),
    ("2천만달러에 팔렸다.", [("2천만달러", 20_000_000, "USD")]),
    ("22억 불이 넘는다.", [("22억 불", 2_200_000_000, "USD")]),
    ("100만 홍콩 달러를 냈다.", [("100만 홍콩 달러", 1_000_000, "HKD")]),
    ("벌금 12만 유로를 물렸다.", [("12만 유로", 120_000, "EUR")]),
    ("판매가는 6,825엔이다.", [("6,825엔", 6_825, "JPY")]),
    ("방위비는 10조엔이다.", [("10조엔", 10_000_000_000_000, "JPY")]),
    ("한 그릇에 10위안이다.", [("10위안", 10, "CNY")]),
    ("자금 100억 위안을 댄다.", [("100억 위안", 10_000_000_000, "CNY")]),
    ("연봉이 5만 파운드다.", [("5만 파운드", 50_000, "GBP")]),
    ("상금은 800만 크로나다.", [("800만 크로나", 8_000_000, "SEK")]),
    ("위자료 6만 덴마크 크로네를 물렸다.", [("6만 덴마크 크로네", 60_000, "DKK")]),
    ("기금은 1조 노르웨이 크로네 규모다.", [("1조 노르웨이 크로네", 1_000_000_000_000, "NOK")]),
    ("투자금은 $300 million 이다.", [("$300 million", 300_000_000, "USD")]),
    ("기업가치 US$ 1.5 billion 평가", [("US$ 1.5 billion", 1_500_000_000, "USD")]),
    ("입장료는 €300 이다.", [("€300", 300, "EUR")]),
    ("수입은 100 USD 였다.", [("100 USD", 100, "USD")]),
    ("₩5,000을 냈다.", [("₩5,000", 5_000, "KRW")]),
    ("소매요금은 19.691원이다.", [("19.691원", None, "KRW")]),
    ("할부원금 0원으로 떨어졌다.", [("0원", 0, "KRW")]),
    ("그는 오만 원을 줬다.", [("오만 원", 50_000, "KRW")]),
    ("이 회장은 1천600억원대 횡령 혐의다.", [("1천600억원대", 160_000_000_000, "KRW")]),
    ("총 152억여 원으로 집계했다.", [("152억여 원", 15_200_000_000, "KRW")]),
    ("1억 여원의 손해배상을 청구했다.", [("1억 여원", 100_000_000, "KRW")]),
    ("60여조 원을 초과했다.", [("60여조 원", 60_000_000_000_000, "KRW")]),
    ("1조여원이 들었다.", [("1조여원", 1_000_000_000_000, "KRW")]),
    # qualifiers in the text
    ("약 3조원 규모의 펀드", [("약 3조원", 3_000_000_000_000, "KRW")]),
    ("기업당 최대 100억원 규모로 지원한다.", [("최대 100억원", 10_000_000_000, "KRW")]),
    ("자산가치 1조원 이상 기업", [("1조원 이상", 1_000_000_000_000, "KRW")]),
    ("100만원 이하의 과태료가 부과된다.", [("100만원 이하", 1_000_000, "KRW")]),
    ("총 100억원 가량의 피해가 났다.", [("100억원 가량", 10_000_000_000, "KRW")]),
    ("대략 17000원 정도의 값을 낸다.", [("대략 17000원 정도", 17_000, "KRW")]),
    ("피해가 약 5조 원대에 이른다.", [("약 5조 원대", 5_000_000_000_000, "KRW")]),
    # vague: value null
    ("수백조원 규모의 투자", [("수백조원", None, "KRW")]),
    ("수천억 원의 손실", [("수천억 원", None, "KRW")]),
    ("수백만 달러에 거래된다.", [("수백만 달러", None, "USD")]),
    # too large for int64: flagged, value null
    ("1000경원이라는 숫자", [("1000경원", None, "KRW")]),
    # implied KRW where the sentence is about money
    ("올해 융자, 보증 등 5조7000억을 AI에 지원하겠다.", [("5조7000억", 5_700_000_000_000, "KRW")]),
    ("과제당 100억의 R&D 자금 등을 지원할 계획", [("100억", 10_000_000_000, "KRW")]),
    ("보증(시설 100억등)", [("100억", 10_000_000_000, "KRW")]),
    ("무궁화위성 3호(3019억 투자)는 팔렸다.", [("3019억", 301_900_000_000, "KRW")]),
    ("그는 774억의 뇌물을 받았다.", [("774억", 77_400_000_000, "KRW")]),
    ("청구액을 77억원에서 152억으로 늘렸다.", [("77억원", 7_700_000_000, "KRW"), ("152억", 15_200_000_000, "KRW")]),
    ("중앙정부가 진 빚은 503조를 넘었다.", [("503조", 503_000_000_000_000, "KRW")]),
    ("총 수입은 2조 1000억을 예상한다.", [("2조 1000억", 2_100_000_000_000, "KRW")]),
    ("매출 1조 돌파를 기록했다.", [("1조", 1_000_000_000_000, "KRW")]),
]

NOT_MONEY = [
    "중국 기업은 직원 수만 6000명이고 규모가 크다.",
    "AI 기업은 2354개, 이 중 12개가 유니콘이다.",
    "연평균 36.8% 이상 성장할 전망이다.",
    "세계 최초로 상용화한 5G에 비해 앞선다.",
    "기사입력 13:59 최종수정",
    "문의 02-1234-5678 또는 010-9876-5432",
    "중소기업 R&D 신규 과제",
    "직원이 13명이지만 성과가 크다.",
    "가상화폐 100억 개가 발행됐다.",
    "영화가 관객 1000만을 돌파했다.",
    "이 영상은 168만 뷰를 기록했다.",
    "제35조의 규정에 따라 예산을 집행한다.",
    "장애인복지법 제40조는 지원 대상을 정한다.",
    "인명 구조원 3명이 출동했다.",
    "내가 본 영화 5위안에 든다.",
    "후쿠시마 제1 원자력 발전소",
    "3천만 이상의 가입자를 확보하고도 매출이 적다.",
    "2030년까지 100개를 만든다.",
    "1조의 지나와 2조의 혜리가 경쟁했다.",
    "제172조 제1항에 따라 예산을 편성한다.",
    "같은 법 49조에서는 과징금을 정한다.",
    "정부 예산 등으로 택시 2만∼5만대를 줄인다.",
]
# fmt: on


# Families of issue 15 — sentences written for these tests.
# fmt: off
SPACED_UNITS = [  # an approximation or a space inside the number: one amount, not 5억 + 2800
    ("클럽 자금 5억2800여 만 원을 빼돌렸다.", ("5억2800여 만 원", 528_000_000, True)),
    ("보상금 3억1200여 만원이 지급됐다.", ("3억1200여 만원", 312_000_000, True)),
    ("총 1억 2천 만원을 받았다.", ("1억 2천 만원", 120_000_000, False)),
    ("그는 300 만원을 냈다.", ("300 만원", 3_000_000, False)),
    ("피해액은 7억 4500여 만 원에 달한다.", ("7억 4500여 만 원", 745_000_000, True)),
]
WON_AFTER_A_NUMBER = [  # Kiwi tags 원 NNG in these; right after a number it is still the currency
    ("가격은 1만 3천원부터다.", ("1만 3천원", 13_000)),
    ("한 명당 5000만원만 든다고 가정했다.", ("5000만원", 50_000_000)),
    ("요금은 월 3,300원 ▲부가 서비스 월 1,100원이다.", ("3,300원", 3_300)),
    ("입장료가 2만 5천원부터 시작한다.", ("2만 5천원", 25_000)),
]
BARE_LARGE_AMOUNTS = [  # 억 and above without 원: won, unless the clause counts something
    ("정부가 878억을 들여서 새 청사를 짓겠다고 했다.", ("878억", 87_800_000_000)),
    ("9450억 드는 복원 사업이 순항한다.", ("9450억", 945_000_000_000)),
    ("군함을 몰고 오면 최대 10억 준다", ("최대 10억", 1_000_000_000)),
    ("손흥민, 400억 가치 증명", ("400억", 40_000_000_000)),
    ("민심이 바닥인데 800억대 건축물을 짓는다.", ("800억대", 80_000_000_000)),
    ("자전거 굴려 3억 벌어요", ("3억", 300_000_000)),
    ("약 1억을 가로챈 혐의로 기소됐다.", ("약 1억", 100_000_000)),
    ("삼성전자, 작년 3조4000억 납세", ("3조4000억", 3_400_000_000_000)),
    ("그는 5000만을 들여 가게를 열었다.", ("5000만", 50_000_000)),
    ("2조가 투입된 광산이 넘어간다.", ("2조", 2_000_000_000_000)),
    ("선수 3명이 10억을 나눠 받았다.", ("10억", 1_000_000_000)),
]
COUNTED_LARGE_NUMBERS = [
    "세계 인구가 80억을 넘었다.",
    "14억 중국인이 이 경기를 본다.",
    "지구의 나이는 46억 년이다.",
    "영상의 조회수가 1억을 넘었다.",
    "이 휴대폰은 1억 화소 카메라를 달았다.",
    "은하까지 거리는 130억 광년이다.",
    "누적 관객이 1000만을 넘어섰다.",
    "가입자가 5000만을 돌파했다.",
    "옷 3벌을 샀다.",
    "전 세계 80억 명이 산다.",
    "승객은 A공사 16억, B철도 8억 727만 명 등이다.",
    "집회에 6만여 명(경찰 추산 5만)이 모였다.",
    "현재의 3원 체계가 이어지면 적자가 커진다.",
    "담배 소비량이 53억갑에서 48억갑으로 줄었다.",
    "그는 규약 17조와 70조를 어겼다.",
]
FRACTIONS = [  # a fraction of a unit: no whole-unit value, the decimals kept in the mention
    ("도시가스 요금은 Mcal당 19.7원이다.", "19.7원", "19.7 KRW"),
    ("환율은 달러당 1158.5원으로 마감했다.", "1158.5원", "1158.5 KRW"),
    ("주가는 135.25달러로 올랐다.", "135.25달러", "135.25 USD"),
]
WHOLE_DECIMALS = [  # decimals of a larger unit are whole units
    ("매출은 1.5억원이다.", 150_000_000),
    ("총액은 76.1백만원이었다.", 76_100_000),
    ("자산은 2.35조 원이다.", 2_350_000_000_000),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SPACED_UNITS)
def test_a_spaced_unit_keeps_one_amount(amounts_of, text, expected):
    [row] = amounts_of(text)
    assert (row["text"], row["value"], row["approximate"]) == expected


@pytest.mark.parametrize("text,expected", WON_AFTER_A_NUMBER)
def test_won_right_after_a_number_is_money_whatever_its_tag(amounts_of, text, expected):
    row = amounts_of(text)[0]
    assert (row["text"], row["value"], row["currency"], row["currency_implied"]) == (*expected, "KRW", False)


@pytest.mark.parametrize("text,expected", BARE_LARGE_AMOUNTS)
def test_bare_large_amounts_are_implied_won(amounts_of, text, expected):
    [row] = amounts_of(text)
    assert (row["text"], row["value"], row["currency"], row["currency_implied"]) == (*expected, "KRW", True)


@pytest.mark.parametrize("text", COUNTED_LARGE_NUMBERS)
def test_counted_large_numbers_are_not_money(amounts_of, text):
    assert amounts_of(text) == []


@pytest.mark.parametrize("text,surface,normalized", FRACTIONS)
def test_fractions_of_a_unit_have_no_whole_value(text, surface, normalized):
    nlp = build_nlp()
    doc = nlp.get_pipe("sinmun_money")(nlp.make_doc(text))
    [row] = doc._.rows["amounts"]
    assert (row["text"], row["value"]) == (surface, None)
    [span] = doc.spans["mentions"]
    assert span._.normalized == normalized


@pytest.mark.parametrize("text,value", WHOLE_DECIMALS)
def test_decimals_of_a_larger_unit_are_whole(amounts_of, text, value):
    [row] = amounts_of(text)
    assert row["value"] == value


@pytest.mark.parametrize("text,expected", FORMS)
def test_money_forms(amounts_of, text, expected):
    got = [(r["text"], r["value"], r["currency"]) for r in amounts_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(amounts_of, text):
    assert amounts_of(text) == []


def test_enough_forms_are_covered():
    assert len(FORMS) + len(NOT_MONEY) >= 60


def test_qualifiers_and_approximation(amounts_of):
    [most] = amounts_of("기업당 최대 100억원을 지원한다.")
    assert (most["qualifier"], most["approximate"]) == ("최대", False)
    [about] = amounts_of("약 3조원 규모다.")
    assert (about["qualifier"], about["approximate"]) == (None, True)
    [above] = amounts_of("1조원 이상 기업")
    assert above["qualifier"] == "이상"
    [until] = amounts_of("협업자금을 1억원까지 지원한다.")
    assert (until["text"], until["qualifier"]) == ("1억원", "까지")
    [vague] = amounts_of("수백조원 규모다.")
    assert vague["approximate"] and vague["value"] is None


def test_implied_currency_is_flagged(amounts_of):
    [implied] = amounts_of("올해 5조7000억을 AI에 지원하겠다.")
    assert implied["currency_implied"] is True
    [written] = amounts_of("올해 5조7000억원을 AI에 지원하겠다.")
    assert written["currency_implied"] is False


@pytest.mark.parametrize("text, surface, low, high", [
    ("사업비는 100억~200억원이다.", "100억~200억원", 10_000_000_000, 20_000_000_000),
    ("가격은 100~200억원선이다.", "100~200억원선", 10_000_000_000, 20_000_000_000),
    ("기기당 65∼100달러 정도의 비용", "65∼100달러 정도", 65, 100),
    ("12~13조 원대로 추산된다.", "12~13조 원대", 12_000_000_000_000, 13_000_000_000_000),
    ("1그램에 70~80만원을 넘나들었다.", "70~80만원", 700_000, 800_000),
    ("1만∼5만 원대 선물세트가 팔린다.", "1만∼5만 원대", 10_000, 50_000),
    ("입장료는 12만원~15만원이다.", "12만원~15만원", 120_000, 150_000),
    ("‘15만원 이상 30만원 미만’이라는 답이 31%였다.", "15만원 이상 30만원 미만", 150_000, 300_000),
])
def test_a_range_is_one_amount_valued_by_its_upper_end(amounts_of, text, surface, low, high):
    [r] = amounts_of(text)
    assert (r["text"], r["value"], r["range_low"], r["range_high"]) == (surface, high, low, high)
    assert r["range_id"] == r["start"]


@pytest.mark.parametrize("text, surfaces", [
    # a banknote's or coin's name is its face value (CONVENTIONS.md): the money part, without 권 or 짜리
    ("5만원권 지폐가 위조됐다.", ["5만원"]),
    ("경찰은 5만 원권 위조지폐 300장을 압수했다.", ["5만 원"]),
    ("500원짜리 동전이 모자랐다.", ["500원"]),
    ("4억원 선에서 거래됐다.", ["4억원 선"]),
    ("주가는 5000원선을 지켰다.", ["5000원선"]),
    ("1만원 선물세트가 팔렸다.", ["1만원"]),  # 선물 is a word of its own
    ("많게는 30만원대로 팔린다.", ["30만원대"]),  # 많게는 is an adverb of the clause, not the amount's
    ("15만원 이상 받은 사람과 30만원 미만 받은 사람", ["15만원 이상", "30만원 미만"]),
])
def test_levels_and_adverbs_around_an_amount(amounts_of, text, surfaces):
    assert [r["text"] for r in amounts_of(text)] == surfaces


def test_separate_amounts_are_no_range(amounts_of):
    a, b = amounts_of("투자 규모를 4000억원에서 1조원까지 확대한다.")
    assert a["range_id"] is None and b["range_id"] is None


def test_conversion_links_the_amount_in_parentheses(amounts_of):
    usd, krw = amounts_of("시장 규모는 1조3452억 달러(약 1865조원)로 예상한다.")
    assert (usd["value"], usd["currency"]) == (1_345_200_000_000, "USD")
    assert (krw["value"], krw["currency"], krw["approximate"]) == (1_865_000_000_000_000, "KRW", True)
    assert krw["converted_from"] == usd["start"] and usd["converted_from"] is None


def test_conversion_with_stated_currency_and_no_unit(amounts_of):
    jpy, krw = amounts_of("판매가는 1만6천엔(한화 약 16만)이다.")
    assert (jpy["value"], jpy["currency"]) == (16_000, "JPY")
    assert (krw["value"], krw["currency"], krw["converted_from"]) == (160_000, "KRW", jpy["start"])


def test_same_currency_in_parentheses_is_no_conversion(amounts_of):
    rows = amounts_of("공급총량(9.8조원)의 60%(5.7조원)를 지원한다.")
    assert [r["value"] for r in rows] == [9_800_000_000_000, 5_700_000_000_000]
    assert all(r["converted_from"] is None for r in rows)


def test_overflow_is_flagged(amounts_of):
    [big] = amounts_of("1000경원이라는 숫자")
    assert big["overflow"] is True and big["value"] is None


def test_mentions_carry_label_and_normalized_value():
    nlp = build_nlp()
    doc = nlp.get_pipe("sinmun_money")(nlp.make_doc("약 3조원 규모"))
    [span] = doc.spans["mentions"]
    assert (span.label_, span._.source, span._.normalized) == ("MONEY", "rule", "3000000000000 KRW")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.~-()$ 약최대억조만천백원달러엔이상수개명의을")), max_size=40))
def test_find_amounts_never_raises_and_offsets_hold(text):
    for a in find_amounts(text, PlainView(text)):
        assert text[a.start:a.end] == a.text
        assert a.value is None or -(2**63) <= a.value < 2**63


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_component_on_arbitrary_text(amounts_of, text):
    amounts_of(text)  # offsets are checked inside


# fmt: off
PERCENTS = [
    ("연평균 36.8% 이상 성장", ["36.8%"]),
    ("활용률을 50%('24년 28%)로 높인다.", ["50%", "28%"]),
    ("관세를 35~100% 수준으로 올린다.", ["35%", "100%"]),
    ("금리가 0.25%p 올랐다.", ["0.25%p"]),
    ("점유율이 2.1%포인트 늘었다.", ["2.1%p"]),
    ("응답자의 60퍼센트가 찬성했다.", ["60%"]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", PERCENTS)
def test_percentages_are_percent_mentions_not_money(text, expected):
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    for name in ("sinmun_money", "sinmun_percent"):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.rows["amounts"] == []
    spans = doc.spans["mentions"]
    assert all(s.label_ == "PERCENT" and text[s.start_char:s.end_char] == s.text for s in spans)
    assert [s._.normalized for s in spans] == expected
