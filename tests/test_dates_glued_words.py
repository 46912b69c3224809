"""Dates before words that only start like a length-of-time word (5∼14일 전점에서: 전 "all", not "before"),
and day ranges with no month written, whose two ends fall in one month."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.nlp import build_nlp

SEOUL = ZoneInfo("Asia/Seoul")
PUBLISHED = datetime(2024, 3, 3, 9, 0, tzinfo=SEOUL)


@pytest.fixture(scope="module")
def dates_of():
    nlp = build_nlp()
    dates = nlp.get_pipe("sinmun_dates")

    def run(text: str) -> list[tuple[str, str | None]]:
        doc = nlp.make_doc(text)
        doc._.published_at = PUBLISHED
        return [(r["text"], r["value"]) for r in dates(doc)._.rows["dates"]]

    return run


# fmt: off
@pytest.mark.parametrize("text, expected", [
    # a longer noun Kiwi splits after 전/후/간: the number is a date
    ("5∼14일 전점에서 할인 행사를 연다.", [("5", "2024-03-05"), ("14일", "2024-03-14")]),
    ("14일 전점에서 행사를 열었다.", [("14일", "2024-02-14")]),
    ("2023년 전점 매출이 늘었다.", [("2023년", "2023")]),
    # the word on its own, or with particles: a length of time, no date
    ("3일 전 발표했다.", []),
    ("3일 전에 만났다.", []),
    ("3일 전부터 준비했다.", []),
    ("10년 전 일이다.", []),
    ("3일 만에 돌아왔다.", []),
    ("7일간의 행사가 끝났다.", []),
])
# fmt: on
def test_length_words_must_stand_alone(dates_of, text, expected):
    assert dates_of(text) == expected


# fmt: off
@pytest.mark.parametrize("text, expected", [
    # each end alone would pick another month (5 -> 3월 5일, 14일 -> 2월 14일)
    ("5~14일 전국 매장에서 연다.", [("5", "2024-03-05"), ("14일", "2024-03-14")]),
    ("28∼3일 행사가 열렸다.", [("28", "2024-02-28"), ("3일", "2024-03-03")]),
    # a written month or a direction decides as before
    ("2월 26~28일 행사", [("2월 26", "2024-02-26"), ("28일", "2024-02-28")]),
    ("지난 5~14일 행사", [("지난 5", "2024-02-05"), ("14일", "2024-02-14")]),
])
# fmt: on
def test_day_range_ends_share_a_month(dates_of, text, expected):
    assert dates_of(text) == expected
