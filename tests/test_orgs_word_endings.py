"""Organization endings that only close another word: a longer word (자동장전기, 치즈인더트랩, 중식당), a
suffix that is no noun (600g당: "per"), a common compound (레드카드, 미스코리아), a work's title."""

from __future__ import annotations

import pytest

from sinmun.rules.orgs import ending_inside_another_word, gazetteer, reads_as_name


@pytest.fixture(scope="module")
def orgs_of(analyze_entities):
    def run(text: str) -> set[str]:
        return {row["name"] for row in analyze_entities(text)._.rows["organizations"]}

    return run


# fmt: off
@pytest.mark.parametrize("sentence, name", [
    ("웹툰 '치즈인더트랩'은 인기다.", "치즈인더트랩"),
    ("치즈인더트랩, 영화로 나온다.", "치즈인더트랩"),
    ("선수가 레드카드로 퇴장당했다.", "레드카드"),
    ("그녀는 미스코리아에 뽑혔다.", "미스코리아"),
    ("요금은 교통카드(성인)를 기준으로 정한다.", "교통카드"),
    ("신형 컴퓨터와 열영상기, 자동장전기 등이 장착됐다.", "자동장전기"),
    ("열 요금은 Mcal당 89.88원이다.", "Mcal당"),
    ("600g당 3만원에 팔렸다.", "600g당"),
    ("연희동에서 중식당을 운영한다.", "중식당"),
    ("북한 장마당(시장)에서 팔린다.", "장마당"),
    ("해외 북한식당 이용이 줄었다.", "북한식당"),
    ("미드 하우스오브카드는 시즌3까지 나왔다.", "하우스오브카드"),
    ("방위 예산은 한화 기준 65조 원이다.", "한화"),
])
# fmt: on
def test_endings_inside_other_words_are_not_organizations(orgs_of, sentence, name):
    assert name not in orgs_of(sentence)


# fmt: off
@pytest.mark.parametrize("sentence, name", [
    ("삼성카드가 발표했다.", "삼성카드"),
    ("국민카드와 비씨카드가 제휴했다.", "KB국민카드"),
    ("국민카드와 비씨카드가 제휴했다.", "비씨카드"),
    ("권오형 퀄컴코리아 사장이 참석했다.", "퀄컴코리아"),
    ("포스코에너지 윤동준 사장이 말했다.", "포스코에너지"),
    ("집권 국민민주당 대변인이 말했다.", "국민민주당"),
    ("반정부 조직인 인민혁명당(인혁당)을 결성했다.", "인민혁명당"),
    ("새누리당 경북도당에서 열렸다.", "경북도당"),
    ("경찰대학교 교수가 말했다.", "경찰대학교"),
    ("유원종합건설은 강릉의 기업이다.", "유원종합건설"),
    ("CJ제일제당 기숙사에서 발생했다.", "CJ제일제당"),
    ("한화는 KIA에 보상해야 한다.", "한화"),
])
# fmt: on
def test_names_with_those_endings_stay_organizations(orgs_of, sentence, name):
    assert name in orgs_of(sentence)


# fmt: off
@pytest.mark.parametrize("name, suffix, inside", [
    ("치즈인더트랩", "랩", True),     # 트랩: a word Kiwi knows, after letters it does not
    ("자동장전기", "전기", True),     # 장전 + 기: the ending starts inside a morpheme
    ("미스코리아", "코리아", True),   # one common noun
    ("일식당", "당", True),
    ("600g당", "당", True),           # 당 read as a suffix ("per")
    ("삼성카드", "카드", False),      # a proper noun Kiwi knows
    ("민주노동당", "당", False),
    ("가온누리벤처스", "벤처스", False),
])
# fmt: on
def test_ending_inside_another_word(name, suffix, inside):
    assert ending_inside_another_word(name, suffix) is inside


@pytest.mark.parametrize("word, is_name", [("레드", False), ("미스", False), ("교통", False),
                                           ("삼성", True), ("KB국민", True), ("가온누리", True)])
def test_reads_as_name(word, is_name):
    assert reads_as_name(word) is is_name


def test_kind_of_shape_refuses_compounds_and_keeps_firms():
    gaz = gazetteer()
    assert gaz.kind_of_shape("레드카드") is None and gaz.kind_of_shape("미스코리아") is None
    assert gaz.kind_of_shape("삼성카드") == "financial" and gaz.kind_of_shape("구글코리아") == "company"
