"""Statistical PERSON spans that end inside a word (rules/word_pieces.py): made-up sentences; each case names
the span the model might give, so the cases hold whatever the shipped model predicts.
"""

from __future__ import annotations

import pytest


def _span(sentence: str, words: str) -> tuple[int, int]:
    start = sentence.index(words)
    return start, start + len(words)


# fmt: off
CUT = [
    # (sentence, the model's span, whether the span is a piece of a longer word)
    # the rest of a place, a body, a work or a thing glued after the span
    ("열차는 가람역에서 멈췄다.", "가람", True),
    ("파병된 다온부대에 물자가 도착했다.", "다온", True),
    ("올해 모루문학상 수상자가 발표됐다.", "모루", True),
    ("여름 보라탄신일에는 절이 붐빈다.", "보라", True),
    ("공연은 하람아트홀에서 열린다.", "하람", True),
    ("그 회사는 나래합작영화를 만든다.", "나래", True),
    ("예산은 위례신도시에 쓰인다.", "위례신", True),
    # 이 and a particle after it: the word's own 이 (a given name said fondly, a noun ending so)
    ("그날 서윤이가 먼저 웃었다.", "서윤", True),
    ("아이들은 쌍둥이를 반겼다.", "쌍둥", True),
    ("그는 도윤이와 함께 왔다.", "도윤", True),
    ("삼촌은 하람이는 잘 지낸다고 했다.", "하람", True),
    # 하다 or 되다 glued: a verbal noun
    ("오차를 보정하는 장치가 들어갔다.", "보정", True),
    ("대사는 어제 귀임한 뒤 말을 아꼈다.", "귀임", True),
    ("그 옷은 빈티지한 멋이 있다.", "빈티지", True),
    # a short particle-like rest that makes, with the span, one word Kiwi knows
    ("무인기는 강화도 상공을 지났다.", "강화", True),
    ("탐사대는 사하라 이남으로 떠났다.", "사하", True),
    ("평양 일부가 황해도로 편입됐다.", "황해", True),
    # what a person's name takes glued: particles, endings, 씨/님/군/양, a title, kin or a side
    ("김하준은 회의에 나오지 않았다.", "김하준", False),
    ("김하준이 먼저 말했다.", "김하준", False),
    ("그 배우는 김하준이었다.", "김하준", False),
    ("범인은 김하준이라고 밝혀졌다.", "김하준", False),
    ("김하준씨는 집에 있었다.", "김하준", False),
    ("최하준씨였지만 아무도 몰랐다.", "최하준", False),
    ("이 사건은 이서윤님께 맡겼다.", "이서윤", False),
    ("회의에는 박하준군이 나왔다.", "박하준", False),
    ("결재는 김사장이 했다.", "김", False),
    ("그는 정하윤교수와 만났다.", "정하윤", False),
    ("관객은 하윤언니를 불렀다.", "하윤", False),
    ("박하준측은 입장을 냈다.", "박하준", False),
    ("김모씨가 경찰에 출석했다.", "김모", False),
    ("자료는 스미든한테 넘어갔다.", "스미든", False),
    ("그는 최하준으로선 어쩔 수 없었다고 했다.", "최하준", False),
    ("김하준과 이서윤이 함께 왔다.", "김하준", False),
    ("결정은 박하준에게 달렸다.", "박하준", False),
    # no Hangul glued after the span: nothing to read here
    ("김하준 대표가 말했다.", "김하준", False),
    ("책임은 정서윤(45)에게 있다.", "정서윤", False),
]
# fmt: on


@pytest.mark.parametrize("sentence, span, expected", CUT)
def test_cut_from_a_word(sentence, span, expected):
    from sinmun.rules.word_pieces import cut_from_a_word

    assert cut_from_a_word(sentence, *_span(sentence, span)) is expected


@pytest.mark.parametrize("sentence, span, whole", [
    ("주치의 이보라씨의 신상이 알려졌다.", "이보", "이보라"),
    ("김하준씨가 먼저 말했다.", "김하", "김하준"),
    ("정서윤님이 답했다.", "정서", "정서윤"),
])
def test_whole_name_before_honorific(sentence, span, whole):
    """A Korean name read short before 씨/님 takes its last syllable back."""
    from sinmun.rules.word_pieces import whole_name

    start, end = whole_name(sentence, *_span(sentence, span))
    assert sentence[start:end] == whole


@pytest.mark.parametrize("sentence, span", [
    ("무인기는 강화도 상공을 지났다.", "강화"),      # no 씨/님: a place read short is no name
    ("탐사대는 사하라 이남으로 떠났다.", "사하"),
    ("김하준씨가 먼저 말했다.", "김하준"),          # already whole
])
def test_whole_name_needs_honorific(sentence, span):
    from sinmun.rules.word_pieces import whole_name

    assert whole_name(sentence, *_span(sentence, span)) is None


@pytest.mark.parametrize("sentence, span", [
    ("그는 영화에서 하준역을 맡았다.", "하준"),           # 역 and a verb of acting: the role
    ("배우는 서윤역으로 출연했다.", "서윤"),
    ("영화 델마와루이스를 봤다.", "델마"),              # 와 joins two names glued together
    ("동화 헨젤과그레텔을 읽었다.", "헨젤"),
])
def test_role_and_joined_names_are_no_cut(sentence, span):
    from sinmun.rules.word_pieces import cut_from_a_word

    assert cut_from_a_word(sentence, *_span(sentence, span)) is False
