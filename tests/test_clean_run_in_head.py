"""A head run into the text with nothing to mark where the text starts ("제목부제본문…", as one-line portal
scrapes glue a page's text nodes): Kiwi finds the joins (`cleaning.glue`), the headline is the first
piece when the text repeats it (`cleaning.runin`), and a headline glued to its sub-headlines before a
dateline is cut from them (`zones.headline_units`). Made-up sentences; real words, so that Kiwi reads
them as a reader would."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.glue import glue_points, joins, says_who_does

LEAD = "서울시는 2일 청년 주거 지원 예산을 올해의 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
P3 = "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
BODY = f"{LEAD}\n{P2}\n{P3}"

# fmt: off
HEADLINES = [  # headlines as news writes them: no final ending, a connective ending, a quotation, an ellipsis
    "서울시, 청년 주거 지원 예산 두 배로 늘려",
    "청년 주거 예산 두 배로…대상도 넓혀",
    "서울시 \"청년 주거 예산 두 배로\"",
    "청년 주거 지원, 올해 예산 두 배",
]
SUBHEADS = ["\"지역 정착 도울 것\"", "임대주택도 새로 짓기로"]
PROSE = [  # first sentences whose words Kiwi reads as compounds: no join inside, nothing cut
    "대한민국 식품의약품안전처는 3일 수입 식품 검사를 강화한다고 밝혔다.",
    "정부는 올해 국제과학비즈니스벨트 조성 사업에 예산 1조 원을 배정했다.",
    "이번 총선에서는 여당인 새미래당이 전체 300석 중 160석을 차지했다.",
    "서울중앙지방법원은 4일 회사 대표에게 징역 2년을 선고했다.",
    "교육과학기술부는 대학수학능력시험 부정행위 예방 대책을 발표했다.",
    "경찰은 목격자를 찾기 위해 전담 제보 전화를 열었다고 밝혔다.",
]
# fmt: on


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("subheads", [0, 1, 2])
def test_a_head_run_into_the_first_sentence_goes_and_gives_the_title(headline: str, subheads: int) -> None:
    cleaned = clean_article(headline + "".join(SUBHEADS[:subheads]) + BODY)
    assert cleaned.title == headline
    assert cleaned.body.startswith(LEAD)
    assert all(sub not in cleaned.body for sub in SUBHEADS)


@pytest.mark.parametrize("sentence", PROSE)
def test_compounds_in_a_first_sentence_are_no_joins(sentence: str) -> None:
    assert glue_points(sentence) == ()
    cleaned = clean_article(f"{sentence}\n{P2}\n{P3}")
    assert cleaned.body.startswith(sentence)
    assert cleaned.title is None


@pytest.mark.parametrize(("glued", "at"), [
    ("청년 주거 예산 두 배로 늘려서울시는 2일", "서울시는"),      # an ending, then a new word
    ("올해 임대주택 500호 공급서울시는 2일", "서울시는"),          # a noun glued to a proper noun
    ("청년 주거 지원, 올해 예산 두 배서울시는 2일", "서울시는"),   # a counter glued to a proper noun
    ("\"지역 정착 도울 것\"서울시는 2일", "서울시는"),             # a quotation closed, then a new word
])
def test_joins_are_found_where_two_pieces_meet(glued: str, at: str) -> None:
    assert glued.index(at) in glue_points(glued)


@pytest.mark.parametrize("text", ["누출이 \"발각\"되었다고 밝혀", "\"다 해고사유는 아니다\"던 판사"])
def test_a_verb_or_ending_after_a_quotation_goes_on_with_it(text: str) -> None:
    assert glue_points(text) == ()


def test_a_word_the_article_writes_glued_again_is_one_word() -> None:
    text = "미래당 대표 새미래한국당 창당"
    points = glue_points(text)
    assert joins(text, "새미래한국당은 다음 달 창당한다.") == [] or not points
    assert joins(text, "") == list(points)


def test_a_topic_and_a_subject_make_a_sentence_not_a_headline() -> None:
    sentence = "이번 총선에서는 여당인 새미래당이 전체 300석 중"
    assert says_who_does(sentence, 0, len(sentence))
    assert not says_who_does("서울시 \"청년들은 지역에 남아야\" 예산 두 배", 0, 30)


@pytest.mark.parametrize("subheads", [1, 2])
def test_a_headline_glued_to_its_sub_headlines_before_a_dateline_is_the_title(subheads: int) -> None:
    head = HEADLINES[0] + "".join(SUBHEADS[:subheads])
    cleaned = clean_article(f"{head}(서울=가상통신) 홍길동 기자 = {BODY}")
    assert cleaned.title == HEADLINES[0]
    assert cleaned.body.startswith(LEAD)


@pytest.mark.parametrize("headline", HEADLINES)
def test_cleaning_a_run_in_head_is_idempotent(headline: str) -> None:
    once = clean_article(headline + SUBHEADS[1] + BODY).body
    assert clean_article(once).body == once


@pytest.mark.parametrize("headline", HEADLINES)
def test_one_line_and_nothing_else_keeps_its_head(headline: str) -> None:
    """A corpus's record or a pasted paragraph shows no page: the words before its first sentence are the
    text's (a corpus labels their names and amounts), so nothing is cut and no title is made up."""
    text = headline + LEAD
    cleaned = clean_article(text)
    assert cleaned.body == text
    assert cleaned.title is None


@pytest.mark.parametrize("around", [
    "{}ⓒ 가상일보 무단전재 및 재배포 금지",        # a notice glued to the last sentence
    "{} 기사제공 가상일보",                       # a portal's tag
    "{} 홍길동 기자 gildong@gasang.co.kr",        # a closing byline and address
    "{}  " + P2,                                 # a flat scrape: paragraphs joined by two spaces
    "{}\n" + P2,                                 # a second line
])
def test_a_page_around_the_line_lets_its_head_go(around: str) -> None:
    cleaned = clean_article(around.format(HEADLINES[0] + LEAD))
    assert cleaned.title == HEADLINES[0]
    assert cleaned.body.startswith(LEAD)
