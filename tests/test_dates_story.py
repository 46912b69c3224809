"""Dates that need more than published_at: a month that rolls into another year by the tense of its clause,
years counted from the story's year (이듬해), the story's own time line within a sentence, lists that share
a year or direction (5월과 6월), 지난 해 written with a space, a month glued to its part (12월말), 25일부로,
a month carried across the sentences of a paragraph, and a court's sentence in months (징역 10월) that is no
date. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.nlp import build_nlp

SEOUL = ZoneInfo("Asia/Seoul")
NOVEMBER = datetime(2020, 11, 10, 9, 0, tzinfo=SEOUL)
MARCH = datetime(2021, 3, 15, 9, 0, tzinfo=SEOUL)


@pytest.fixture(scope="module")
def dates_of():
    nlp = build_nlp()
    dates = nlp.get_pipe("sinmun_dates")

    def run(text: str, published=NOVEMBER) -> list[tuple[str, str | None]]:
        doc = nlp.make_doc(text)
        doc._.published_at = published
        rows = dates(doc)._.rows["dates"]
        for row in rows:
            assert text[row["start"]:row["end"]] == row["text"]
        return [(row["text"], row["value"]) for row in rows]

    return run


# (sentence, published, [(text, value), ...])
# fmt: off
TENSE = [
    # a plan or a future verb after a month already past this year: next year's month
    ("양사는 절차를 거쳐 7월까지 합병을 마무리할 계획이다.", NOVEMBER, [("7월", "2021-07")]),
    ("공단은 3월에 새 노선을 열 예정이다.", NOVEMBER, [("3월", "2021-03")]),
    ("그는 5월에 돌아오겠다고 말했다.", NOVEMBER, [("5월", "2021-05")]),
    ("6월 4일 열릴 회의에서 결론을 낸다.", NOVEMBER, [("6월 4일", "2021-06-04")]),
    # a past verb after a month still to come this year: last year's month
    ("위원회는 개정안을 11월에 발표했다.", MARCH, [("11월", "2020-11")]),
    ("사고는 9월 20일 발생한 것으로 확인됐다.", MARCH, [("9월 20일", "2020-09-20")]),
    # no lean: the month is on the tense's side already, a month away, or the tense is unclear
    ("위원회는 개정안을 6월에 발표했다.", NOVEMBER, [("6월", "2020-06")]),
    ("위원회는 개정안을 12월에 발표했다.", NOVEMBER, [("12월", "2020-12")]),
    ("공단은 10월까지 공사를 마칠 계획이다.", NOVEMBER, [("10월", "2020-10")]),
    ("구청은 9월 1일부터 사업을 실시한다고 27일 밝혔다.", NOVEMBER, [("9월 1일", "2020-09-01"), ("27일", "2020-10-27")]),
    ("트럼프는 1월에 취임을 위한 선서를 하고 업무를 시작한다.", NOVEMBER, [("1월", "2021-01")]),
    ("올해 5월에 예정됐던 대회가 미뤄졌다.", NOVEMBER, [("올해 5월", "2020-05")]),
]
ANAPHORIC_YEARS = [
    ("2015년 12월부터 이듬해 1월까지 투자를 받았다.", [("2015년 12월", "2015-12"), ("이듬해 1월", "2016-01")]),
    ("그는 2017년 귀화를 신청했으나 이듬해 면접에서 떨어졌다.", [("2017년", "2017"), ("이듬해", "2018")]),
    ("2020년 1월 기소됐고 같은 해 5월 이송됐다.", [("2020년 1월", "2020-01"), ("같은 해 5월", "2020-05")]),
    ("2012년 봄에 입사해 그해 가을 승진했다.", [("2012년 봄", "2012-spring"), ("그해 가을", "2012-autumn")]),
    ("이듬해 봄에 다시 열린다.", [("이듬해 봄", "2021-spring")]),  # no year before: published_at's
]
STORY = [
    ("지사는 2010년 6월 당선됐지만 7월 1일 취임과 동시에 직무가 정지됐다.",
     [("2010년 6월", "2010-06"), ("7월 1일", "2010-07-01")]),
    ("2019년 8월 25일 글이 올라오자 26일 학생회가 입장을 냈다.", [("2019년 8월 25일", "2019-08-25"), ("26일", "2019-08-26")]),
    ("2019년 8월 30일 집회가 열렸고 4일 회견이 있었다.", [("2019년 8월 30일", "2019-08-30"), ("4일", "2019-09-04")]),
    ("2015년 감사원은 1월 특별 감사를 했다.", [("2015년", "2015"), ("1월", "2015-01")]),
    ("2003년 6월과 11월에 지진이 났다.", [("2003년 6월", "2003-06"), ("11월", "2003-11")]),
    ("2019년 11월 시작된 공사는 2월에 끝났다.", [("2019년 11월", "2019-11"), ("2월", "2020-02")]),
]
NO_STORY = [
    # another sentence: the news is back at its own day
    ("2009년 5월 25일 핵실험이 있었다. 기상청은 10일 지진을 감지했다.", [("2009년 5월 25일", "2009-05-25"), ("10일", "2020-11-10")]),
    # a year in parentheses annotates a name
    ("선수(1982년 ~ )가 8월 14일 홈런을 쳤다.", [("1982년", "1982"), ("8월 14일", "2020-08-14")]),
    # a plan: the month is counted from published_at
    ("공항철도는 2007년 개통했으며 12월까지 구간을 늘릴 계획이다.", [("2007년", "2007"), ("12월", "2020-12")]),
    # published_at's own year, or a year still to come
    ("2020년 3월 시작해 5월 끝났다.", [("2020년 3월", "2020-03"), ("5월", "2020-05")]),
    ("석방은 2037년 10월이며 그는 8월 구치소를 옮긴다.", [("2037년 10월", "2037-10"), ("8월", "2020-08")]),
    # 지난 decides against published_at
    ("2010년 설립된 회사는 지난 3일 상장했다.", [("2010년", "2010"), ("지난 3일", "2020-11-03")]),
]
ACROSS_SENTENCES = [
    # a month carries the story's year on across the sentences of its paragraph
    ("회사는 2019년 매출 1조원을 올렸다. 3월에는 공장을 세웠다.", [("2019년", "2019"), ("3월", "2019-03")]),
    ("2018년 11월 공사가 시작됐다. 2월에 첫 구간이 열렸다.", [("2018년 11월", "2018-11"), ("2월", "2019-02")]),
    ("그는 2017년 입사했다. 이후 5월 10일 승진했다.", [("2017년", "2017"), ("5월 10일", "2017-05-10")]),
    # not into another paragraph, nor into a plan, nor for a bare day (see NO_STORY)
    ("2019년 매출이 늘었다.\n3월에는 공장을 세웠다.", [("2019년", "2019"), ("3월", "2020-03")]),
    ("2019년 매출이 늘었다. 회사는 3월에 공장을 세울 계획이다.", [("2019년", "2019"), ("3월", "2021-03")]),
]
SENTENCE_LENGTHS = [
    # a court's sentence in months (징역 10월) is no month of the calendar
    ("법원은 징역 10월을 선고했다.", []),
    ("1심은 금고 8월에 집행유예 2년을 선고했다.", []),
    ("재판부는 자격정지 6월을 함께 선고했다.", []),
    ("징역 1년 6월이 확정됐다.", []),
    # a month after other words is still a month
    ("징역형은 10월 확정됐다.", [("10월", "2020-10")]),
    ("금고 이상의 형을 9월 선고받았다.", [("9월", "2020-09")]),
]
LISTS = [
    ("올해 5월과 6월로 잡힌 대회를 미뤘다.", [("올해 5월", "2020-05"), ("6월", "2020-06")]),
    ("정부는 지난 3월 10일과 11일 규정을 고쳤다.", [("지난 3월 10일", "2020-03-10"), ("11일", "2020-03-11")]),
    ("그는 다음달 17일 또는 18일 취임한다.", [("다음달 17일", "2020-12-17"), ("18일", "2020-12-18")]),
    ("내년 1월, 2월에 걸쳐 공사한다.", [("내년 1월", "2021-01"), ("2월", "2021-02")]),
]
WRITTEN_FORMS = [
    ("조선은 지난 해 1월 포를 쐈다.", [("지난 해 1월", "2019-01")]),
    ("지난 해보다 목표에 다가섰다.", [("지난 해", "2019")]),
    ("2010년 12월말 기준 보고서에 따르면", [("2010년 12월말", "2010-12")]),
    ("올해 3월초부터 공사가 시작됐다.", [("올해 3월초", "2020-03")]),
    ("새 법은 1일부로 시행된다.", [("1일", "2020-11-01")]),
    ("1996년,1999년 발사된 위성은 폐기됐다.", [("1996년", "1996"), ("1999년", "1999")]),
]
NOT_DATES = [
    "지난 해외 출장에서 돌아왔다.",
    "그 해결책은 아직 없다.",
    "총학생회 '내일'의 회장이 말했다.",
    "일부 의원은 반대했다.",
    "월말정산을 마쳤다.",
    "모두 1,2019년 기록이 아니다",
]
# fmt: on


@pytest.mark.parametrize("text,published,expected", TENSE)
def test_the_tense_of_the_clause_picks_the_year_of_a_month(dates_of, text, published, expected):
    assert dates_of(text, published) == expected


@pytest.mark.parametrize("text,expected", ANAPHORIC_YEARS)
def test_years_counted_from_the_story(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text,expected", STORY)
def test_partial_dates_follow_the_year_of_their_sentence(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text,expected", NO_STORY)
def test_partial_dates_stay_with_published_at(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text,expected", ACROSS_SENTENCES)
def test_a_month_follows_the_story_across_sentences(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text,expected", SENTENCE_LENGTHS)
def test_a_sentence_length_in_months_is_no_date(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text,expected", LISTS)
def test_the_second_of_a_list_shares_the_first_ones_year(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text,expected", WRITTEN_FORMS)
def test_written_forms(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(dates_of, text):
    assert dates_of(text) == []


def test_a_relative_word_in_quotes_keeps_its_meaning_outside_them(dates_of):
    assert dates_of("내일 발표한다.") == [("내일", "2020-11-11")]
