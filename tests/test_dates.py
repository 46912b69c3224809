"""Dates on the Kiwi tokenization: absolute, partial, two-digit years, relative to published_at, periods,
qualifiers; numbers that are no dates; null values when there is nothing to resolve against."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinmun.nlp import build_nlp
from sinmun.rules.dates import find_dates
from sinmun.rules.numbers import PlainView

SEOUL = ZoneInfo("Asia/Seoul")
PUBLISHED = datetime(2019, 9, 26, 13, 59, tzinfo=SEOUL)  # a Thursday


@pytest.fixture(scope="module")
def dates_of():
    nlp = build_nlp()
    dates = nlp.get_pipe("sinmun_dates")

    def run(text: str, published=PUBLISHED) -> list[dict]:
        doc = nlp.make_doc(text)
        doc._.published_at = published
        rows = dates(doc)._.rows["dates"]
        for row in rows:
            assert text[row["start"]:row["end"]] == row["text"]
        return rows

    return run


# (sentence, [(text, value, granularity), ...]) resolved against PUBLISHED — sentences written for these tests.
# fmt: off
FORMS = [
    ("기사입력 : 2019년09월26일 13:59", [("2019년09월26일 13:59", "2019-09-26T13:59", "minute")]),
    ("사진 2019.09.26 제공", [("2019.09.26", "2019-09-26", "day")]),
    ("발표일 2025-02-20 기준", [("2025-02-20", "2025-02-20", "day")]),
    ("2025/02/20 공개", [("2025/02/20", "2025-02-20", "day")]),
    ("2008년 11월 4일, 당선되었다.", [("2008년 11월 4일", "2008-11-04", "day")]),
    ("2030년 시장 규모", [("2030년", "2030", "year")]),
    ("2025년도 예산", [("2025년도", "2025", "year")]),
    ("2019년 7월 출시", [("2019년 7월", "2019-07", "month")]),
    ("7월 4일 만남이 계기가 됐다.", [("7월 4일", "2019-07-04", "day")]),
    ("26일 업무협약을 맺었다.", [("26일", "2019-09-26", "day")]),
    ("9월 26일 서울에서 열렸다.", [("9월 26일", "2019-09-26", "day")]),
    ("장관은 20일(목) 발표했다.", [("20일(목)", "2019-09-20", "day")]),
    ("'27년까지 높인다.", [("'27년", "2027", "year")]),
    ("활용률 50%('24년 28%)로", [("'24년", "2024", "year")]),
    ("펀드(2조원, ~'27) 조성", [("'27", "2027", "year")]),
    ("펀드(200억원, '25) 조성", [("'25", "2025", "year")]),
    ("‘25년 상반기 착공", [("‘25년 상반기", "2025-H1", "half")]),
    ("'97년 외환위기", [("'97년", "1997", "year")]),
    ("올해 목표다.", [("올해", "2019", "year")]),
    ("지난해 매출", [("지난해", "2018", "year")]),
    ("작년 실적", [("작년", "2018", "year")]),
    ("내년 첫발을 내디딘다.", [("내년", "2020", "year")]),
    ("재작년 조사", [("재작년", "2017", "year")]),
    ("지난달 14일 열린 회의", [("지난달 14일", "2019-08-14", "day")]),
    ("이달 말까지 접수한다.", [("이달 말", "2019-09", "month")]),
    ("다음 달 출시", [("다음 달", "2019-10", "month")]),
    ("지난 14일 발표", [("지난 14일", "2019-09-14", "day")]),
    ("오는 3일 개막", [("오는 3일", "2019-10-03", "day")]),
    ("지난 1월 23일 발의했다.", [("지난 1월 23일", "2019-01-23", "day")]),
    ("오는 2월 출범한다.", [("오는 2월", "2020-02", "month")]),
    ("오늘 그것이 실천된다.", [("오늘", "2019-09-26", "day")]),
    ("어제 오후 발표", [("어제", "2019-09-25", "day")]),
    ("내일 개막", [("내일", "2019-09-27", "day")]),
    ("이날 박 장관은 말했다.", [("이날", "2019-09-26", "day")]),
    ("지난여름 회의가 있었다.", [("지난여름", "2019-summer", "season")]),
    ("올해 상반기 유니콘", [("올해 상반기", "2019-H1", "half")]),
    ("2025년 하반기 시행", [("2025년 하반기", "2025-H2", "half")]),
    ("내년 1분기 실적", [("내년 1분기", "2020-Q1", "quarter")]),
    ("1·4분기 실적", [("1·4분기", "2019-Q1", "quarter")]),
    ("지난해 말 기준", [("지난해 말", "2018", "year")]),
    ("내년 초 출시", [("내년 초", "2020", "year")]),
    ("연말까지 마친다.", [("연말", "2019", "year")]),
    ("9월 중순 발표", [("9월 중순", "2019-09", "month")]),
    ("지난주 발표", [("지난주", "2019-W38", "week")]),
    ("이번 주 회의", [("이번 주", "2019-W39", "week")]),
    ("이날 오후 3시 회의", [("이날 오후 3시", "2019-09-26T15", "hour")]),
    ("2월4일 0시1분을 기해", [("2월4일 0시1분", "2019-02-04T00:01", "minute")]),
    ("2024~2027년 계획", [("2024", "2024", "year"), ("2027년", "2027", "year")]),
    ("3~5월 조사", [("3", "2019-03", "month"), ("5월", "2019-05", "month")]),
    ("오는 2027년까지 조성한다.", [("2027년", "2027", "year")]),
    ("2월 26~28일 열린다.", [("2월 26", "2019-02-26", "day"), ("28일", "2019-02-28", "day")]),
    ("지난해 7월~9월 조사", [("지난해 7월", "2018-07", "month"), ("9월", "2018-09", "month")]),
    ("2019년 9월 26일~10월 2일", [("2019년 9월 26일", "2019-09-26", "day"), ("10월 2일", "2019-10-02", "day")]),
    ("7월 1일부터 8월 31일까지", [("7월 1일", "2019-07-01", "day"), ("8월 31일", "2019-08-31", "day")]),
    ("연내 출시한다.", [("연내", "2019", "year")]),
    ("98년도 졸업", [("98년도", "1998", "year")]),
]

NOT_DATES = [
    "13:59",
    "연평균 36.8% 성장",
    "AI 기업은 2354개다.",
    "상용화한 5G에 비해",
    "문의 02-1234-5678",
    "중소기업 R&D 과제",
    "24시간 방송",
    "7분 안에 답변한다.",
    "7일간 열린 행사",
    "30일 이내에 신고한다.",
    "3일 후에 다시 만난다.",
    "2000년대 초반 유행",
    "지난 3년간 납품했다.",
    "3박 4일 일정",
    "13월 32일",
    "5년 만에 처음",
]
# fmt: on


@pytest.mark.parametrize("text,expected", FORMS)
def test_date_forms(dates_of, text, expected):
    got = [(r["text"], r["value"], r["granularity"]) for r in dates_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(dates_of, text):
    assert dates_of(text) == []


def test_enough_forms_are_covered():
    assert len(FORMS) + len(NOT_DATES) >= 40


def test_said_last_year_is_no_year_end(dates_of):
    [row] = dates_of("그는 지난해 말했다.")
    assert (row["text"], row["value"], row["range_start"]) == ("지난해", "2018", "2018-01-01")


@pytest.mark.parametrize("text,qualifier", [("'27년까지", "까지"), ("2027년부터", "부터"), ("2020년 이후", "이후"),
                                            ("~'27", "~"), ("이달 말까지", "말,까지")])
def test_qualifiers(dates_of, text, qualifier):
    [row] = dates_of(text)
    assert row["qualifier"] == qualifier


def test_ranges_cover_the_period(dates_of):
    [half] = dates_of("올해 상반기")
    assert (half["range_start"], half["range_end"]) == ("2019-01-01", "2019-06-30")
    [quarter] = dates_of("2025년 4분기")
    assert (quarter["range_start"], quarter["range_end"]) == ("2025-10-01", "2025-12-31")
    [month] = dates_of("2024년 2월")
    assert (month["range_start"], month["range_end"]) == ("2024-02-01", "2024-02-29")
    [winter] = dates_of("2019년 겨울")
    assert (winter["range_start"], winter["range_end"]) == ("2019-12-01", "2020-02-29")


@pytest.mark.parametrize("text, mention, normalized", [
    ("행사는 12~14일 열린다.", "12~14일", "2019-09-12/2019-09-14"),
    ("2024년 3∼5월 매출이 늘었다.", "2024년 3∼5월", "2024-03/2024-05"),
])
def test_a_range_is_one_mention_and_a_row_per_end(text, mention, normalized):
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc._.published_at = PUBLISHED
    doc = nlp.get_pipe("sinmun_dates")(doc)
    dates = [(m.text, m._.normalized) for m in doc.spans["mentions"] if m.label_ == "DATE"]
    assert dates == [(mention, normalized)]
    assert len(doc._.rows["dates"]) == 2


def test_dates_joined_by_a_word_stay_two_mentions():
    nlp = build_nlp()
    doc = nlp.get_pipe("sinmun_dates")(nlp.make_doc("3일과 5일에 만났다."))
    assert [m.text for m in doc.spans["mentions"]] == ["3일", "5일"]


def test_relative_flag(dates_of):
    assert dates_of("2030년")[0]["relative"] is False
    assert dates_of("내년")[0]["relative"] is True
    assert dates_of("26일")[0]["relative"] is True


@pytest.mark.parametrize("text", ["26일", "7월 4일", "내년", "지난달 14일", "이날", "올해 상반기", "지난여름", "20일(목)"])
def test_no_anchor_no_value(dates_of, text):
    [row] = dates_of(text, published=None)
    assert row["value"] is None and row["range_start"] is None and row["relative"] is True


@pytest.mark.parametrize("text,value", [("2027년까지", "2027"), ("'24년", "2024"), ("2019.09.26", "2019-09-26")])
def test_absolute_dates_need_no_anchor(dates_of, text, value):
    assert dates_of(text, published=None)[0]["value"] == value


def test_anchor_in_another_zone_is_read_in_seoul(dates_of):
    late_utc = datetime(2019, 9, 25, 20, 0, tzinfo=timezone.utc)  # 2019-09-26 05:00 in Seoul
    assert dates_of("오늘", published=late_utc)[0]["value"] == "2019-09-26"


def test_partial_dates_near_new_year(dates_of):
    new_year = datetime(2020, 1, 2, 9, 0, tzinfo=SEOUL)
    assert dates_of("12월 28일 발표", published=new_year)[0]["value"] == "2019-12-28"
    assert dates_of("30일 발표", published=new_year)[0]["value"] == "2019-12-30"


def test_this_day_follows_the_last_stated_day(dates_of):
    rows = dates_of("행사는 지난 20일 열렸다. 이날 장관은 말했다.")
    assert [r["value"] for r in rows] == ["2019-09-20", "2019-09-20"]


def test_mentions_carry_label_and_value():
    nlp = build_nlp()
    doc = nlp.make_doc("2027년까지 오후 3시")
    doc._.published_at = PUBLISHED
    doc = nlp.get_pipe("sinmun_dates")(doc)
    labels = [(s.text, s.label_, s._.normalized) for s in doc.spans["mentions"]]
    assert labels == [("2027년", "DATE", "2027"), ("오후 3시", "TIME", None)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.-/~'() 년월일시분올해지난내달이날상하반기분말초까지")), max_size=40),
       st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31),
                                         timezones=st.just(SEOUL))))
def test_find_dates_never_raises_and_offsets_hold(text, anchor):
    for d in find_dates(text, anchor, PlainView(text)):
        assert text[d.start:d.end] == d.text
        assert d.value is None or d.value[:1].isdigit()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_component_on_arbitrary_text(dates_of, text):
    dates_of(text)  # offsets are checked inside


@pytest.mark.parametrize("published,value", [("2019-09-26T13:59:00+09:00", "2019-09-26"),
                                             (datetime(2019, 9, 26, 1, 0), "2019-09-26"),
                                             ("not a date", None)])
def test_anchor_forms(dates_of, published, value):
    assert dates_of("오늘", published=published)[0]["value"] == value


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("27일 밤 12시까지 복귀하라", [("27일 밤 12시", "2019-09-28T00")]),
    ("징역2년6월을 선고했다.", []),
    ("주 5일 근무한다.", []),
])
# fmt: on
def test_times_and_lengths_of_time(dates_of, text, expected):
    assert [(r["text"], r["value"]) for r in dates_of(text)] == expected


def test_bare_days_lean_to_the_past():
    year_end = datetime(2013, 12, 28, 10, 0, tzinfo=SEOUL)
    assert find_dates("9일 파업 시작", year_end)[0].value == "2013-12-09"
    assert find_dates("30일 개막", year_end)[0].value == "2013-12-30"
