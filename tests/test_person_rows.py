"""Which untitled statistical people become people rows (rules/person_rows.py): shapes of full names against
the words, places and things the model reads as people. Made-up names and common words only.
"""

from __future__ import annotations

import pytest


# fmt: off
@pytest.mark.parametrize("text, expected", [
    # a Korean full name after a common surname
    ("김하준", True), ("이서윤", True), ("박도윤", True), ("정하은", True), ("남궁하준", True), ("최가온", True),
    # a surname and one syllable: a given name alone, a place or a word
    ("김포", False), ("하준", False), ("서윤", False), ("위너", False), ("피지", False),
    # a first syllable that is a surname only in the long tail
    ("비스타", False), ("대연정", False), ("아카유", False), ("가부키", False),
    # foreign names of several words, and single names listed as names
    ("앙겔라 메르켈", True), ("마르틴 도미니크", True), ("조니 온리", True), ("크리스토프 로비스", True),
    ("브래드 피트", True), ("시진핑", True), ("아베", True),
    # a common noun, a known place or a compound ending in a common noun among the words
    ("재스민 혁명", False), ("리비아 정세", False), ("오다이바 해변", False), ("낙동강 강변", False),
    ("브리태니커 백과사전", False), ("쇼난 신주쿠 라인", False),
])
# fmt: on
def test_row_shaped(text, expected):
    from sinmun.rules.person_rows import row_shaped

    assert row_shaped(text) is expected


def test_common_surnames_are_the_frequent_ones():
    """The census-ordered head of surnames.txt: the most frequent in, the long tail out."""
    from sinmun.rules.person_rows import common_surnames

    surnames = common_surnames()
    assert {"김", "이", "박", "최", "정", "남궁"} <= surnames
    assert not {"비", "대", "아", "가"} & surnames
