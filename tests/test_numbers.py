"""Korean and Arabic numerals: exact values, malformed chains rejected, vague magnitudes, int64 limits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinmun.rules.numbers import INT64_MAX, is_vague_number, parse_hangul_numeral, parse_number, to_int64

# fmt: off
NUMBERS = [
    ("5조7000억", 5_700_000_000_000),
    ("1조3452억", 1_345_200_000_000),
    ("5조 2,000억", 5_200_000_000_000),
    ("3조5천억", 3_500_000_000_000),
    ("삼천이백억", 320_000_000_000),
    ("1,865", 1_865),
    ("4,666억", 466_600_000_000),
    ("9.8조", 9_800_000_000_000),
    ("0.5억", 50_000_000),
    ("76.1백만", 76_100_000),
    ("7천 6백 10만", 76_100_000),
    ("16만6천915", 166_915),
    ("1억 5,279만", 152_790_000),
    ("4억8500여만", 485_000_000),
    ("100여억", 10_000_000_000),
    ("천만", 10_000_000),
    ("오만", 50_000),
    ("십오억", 1_500_000_000),
    ("1경", 10**16),
    ("915", 915),
]

MALFORMED = ["", "억", "7000억5조", "100 200억", "5천3천", "abc", "1..2억", "이삼"]
# fmt: on


@pytest.mark.parametrize("text,value", NUMBERS)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_numbers_are_rejected(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,value", [("삼천이백", 3200), ("천", 1000), ("십오", 15), ("구", 9), ("이백", 200)])
def test_parse_hangul_numeral(text, value):
    assert parse_hangul_numeral(text) == value


@pytest.mark.parametrize("text,vague", [("수백조", True), ("수천억", True), ("십수억", True), ("몇백만", True),
                                        ("수억", True), ("100억", False), ("수만명", False)])
def test_vague_numbers(text, vague):
    assert is_vague_number(text) is vague


def test_int64_overflow_is_flagged_not_wrapped():
    assert to_int64(Decimal(INT64_MAX)) == (INT64_MAX, False)
    assert to_int64(Decimal(INT64_MAX) + 1) == (None, True)
    assert to_int64(Decimal("19.691")) == (None, False)  # a fraction of a unit has no whole-unit value


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,. 일이삼사오육칠팔구십백천만억조경여수몇", max_size=20))
def test_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or isinstance(value, Decimal)
