"""Funds: names without particles or leading words, sizes only from the amount written with the fund,
periods, and no share of a list's total for its members."""

from __future__ import annotations

import pytest

from sinmun.nlp import build_nlp
from sinmun.rules.funds import Fund, attach_periods, attach_sizes, share_sizes


@pytest.fixture(scope="module")
def funds_of():
    nlp = build_nlp()
    pipes = [nlp.get_pipe(n) for n in ("sinmun_money", "sinmun_dates", "sinmun_funds")]

    def run(text: str) -> list[dict]:
        doc = nlp.make_doc(text)
        for pipe in pipes:
            doc = pipe(doc)
        rows = doc._.rows["funds"]
        for row in rows:
            assert text[row["start"]:row["end"]] == row["text"]
        return rows

    return run


def _nospace(s: str) -> str:
    return "".join(s.split())


# (sentence, [(name, size), ...]) — sentences written for these tests.
# fmt: off
FUNDS = [
    ("벤처캐피털은 3200억원 규모 그로스엑셀러레이션펀드를 조성했다.", [("그로스엑셀러레이션펀드", 320_000_000_000)]),
    ("정부는 약 3조원 규모의 AI 펀드를 만든다.", [("AI 펀드", 3_000_000_000_000)]),
    ("스타트업 코리아 펀드(2조원, ~'27)를 조성한다.", [("스타트업 코리아 펀드", 2_000_000_000_000)]),
    ("글로벌 AI펀드(200억원, '25)가 출범했다.", [("글로벌 AI펀드", 20_000_000_000)]),
    ("AI혁신펀드(900억원, ~'26) 등", [("AI혁신펀드", 90_000_000_000)]),
    ("회사는 모태펀드(정책펀드) 출자를 받았다.", [("모태펀드", None), ("정책펀드", None)]),
    ("그는 1000억원의 벤처펀드를 결성했다.", [("벤처펀드", 100_000_000_000)]),
    ("성장펀드를 5000억원 규모로 조성한다.", [("성장펀드", 500_000_000_000)]),
    ("펀드매니저가 펀드를 운용한다.", []),
    ("소셜벤처 펀드는 규모가 작다.", [("소셜벤처 펀드", None)]),
    ("이스라엘의 '요즈마 펀드' 방식을 도입한다.", [("요즈마 펀드", None)]),
    ("2025년까지 6조 원 규모로 조성하는 스마트 대한민국 펀드가 출범했다.", [("스마트 대한민국 펀드", 6_000_000_000_000)]),
    # named 기금 are funds too; bodies named …기금 are organizations; kinds of funds name none
    ("국민연금기금은 해외 투자를 늘린다.", [("국민연금기금", None)]),
    ("정부는 5000억원 규모의 기후대응기금을 편성했다.", [("기후대응기금", 500_000_000_000)]),
    ("남북협력기금에서 지원금이 나간다.", [("남북협력기금", None)]),
    ("도시는 초록 바다 기금(Green Sea Fund)의 사무국을 유치했다.", [("초록 바다 기금", None)]),
    ("한빛성장펀드(Hanbit Growth Fund)가 첫 투자를 했다.", [("한빛성장펀드", None)]),
    ("기술보증기금과 신용보증기금이 보증을 선다.", []),
    ("국제통화기금(IMF)은 전망을 낮췄다.", []),
    ("화학무기금지기구가 조사단을 보냈다.", []),
    ("사모펀드 운용사가 회사를 샀다.", []),
    ("그는 기금을 모아 기부했다.", []),
    ("유엔아동기금은 백신을 보냈다.", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", FUNDS)
def test_fund_names_and_sizes(funds_of, text, expected):
    got = [(_nospace(r["name"]), r["size_value"]) for r in funds_of(text)]
    assert got == [(_nospace(n), v) for n, v in expected]


def test_list_members_get_no_share_of_the_total(funds_of):
    rows = funds_of("오는 2027년까지 스타트업 코리아 펀드, 글로벌 AI 펀드 등 약 3조원 규모의 AI 펀드를 조성한다.")
    sizes = {_nospace(r["name"]): r["size_value"] for r in rows}
    assert sizes == {"스타트업코리아펀드": None, "글로벌AI펀드": None, "AI펀드": 3_000_000_000_000}


def test_periods(funds_of):
    rows = funds_of("스타트업 코리아 펀드(2조원, ~'27), 글로벌 AI펀드(200억원, '25) 등")
    assert [(r["period"], r["size_currency"]) for r in rows] == [("~2027", "KRW"), ("2025", "KRW")]
    [row] = funds_of("'27년까지 정부, 민간 자금 등 약 3조원 규모의 AI 펀드를 조성한다.")
    assert row["period"] == "~2027"


def test_a_fund_named_again_keeps_its_size(funds_of):
    rows = funds_of("스타트업 코리아 펀드(2조원)를 만든다. 스타트업 코리아 펀드는 내년에 출범한다.")
    assert [r["size_value"] for r in rows] == [2_000_000_000_000, 2_000_000_000_000]


def test_size_rules_are_pure_functions():
    text = "A 펀드, B 펀드 등 100억원 규모의 C 펀드"
    funds = [Fund("A 펀드", 0, 4), Fund("B 펀드", 6, 10), Fund("C 펀드", 23, 27)]
    amounts = [{"start": 13, "end": 18, "value": 10_000_000_000, "currency": "KRW", "converted_from": None}]
    assert text[13:18] == "100억원" and text[23:27] == "C 펀드"
    attach_sizes(text, funds, amounts)
    attach_periods(text, funds, [])
    share_sizes(funds)
    assert [f.size_value for f in funds] == [None, None, 10_000_000_000]


def test_mentions_are_labelled_fund():
    nlp = build_nlp()
    doc = nlp.make_doc("AI혁신펀드를 만든다.")
    for name in ("sinmun_money", "sinmun_dates", "sinmun_funds"):
        doc = nlp.get_pipe(name)(doc)
    assert [(s.text, s.label_, s._.normalized) for s in doc.spans["mentions"]] == [("AI혁신펀드", "FUND", "AI혁신펀드")]
