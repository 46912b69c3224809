"""Cross-article evidence: furniture that recurs under different stories of a batch is boilerplate even
when no shape rule knows it; a sentence shared by copies of one wire story is not."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.recurring import MIN_STORIES, recurring_segments
from sinmun.ingest import RawArticle
from sinmun.pipeline import Prepared, prepare_batch
from sinmun.settings import RunSettings

STORIES = [
    ["시는 올해 도심 공원 열 곳을 새로 조성한다고 밝혔다", "공원 조성에는 모두 200억원이 들어간다"],
    ["교육청은 다음 달부터 방과후 수업을 늘리기로 했다", "학부모 설문에서 찬성이 많았던 결과다"],
    ["항만공사는 신규 부두 공사를 연말까지 마친다고 전했다", "부두가 완공되면 물동량이 크게 늘어난다"],
    ["보건소는 독감 예방접종 기간을 2주 연장한다고 알렸다", "접종은 가까운 병의원에서 받을 수 있다"],
]
# An unknown outlet's furniture with no debris shape: no e-mail, arrow, bracket, ⓒ or promotion word.
FURNITURE = ["오늘도 가상타임즈와 함께 좋은 하루 보내세요", "가상타임즈 독자센터 안내 문구", "이 기사는 가상타임즈 제휴 기사로 제공됐다"]


def article(story: list[str], furniture: list[str]) -> str:
    return "\n".join(story + furniture)


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_recurring_under_different_stories_is_found(line: str) -> None:
    texts = [article(s, FURNITURE) for s in STORIES]
    assert "".join(line.split()) in recurring_segments(texts)


@pytest.mark.parametrize("count", range(1, MIN_STORIES))
def test_too_few_stories_are_no_evidence(count: int) -> None:
    texts = [article(s, FURNITURE) for s in STORIES[:count]]
    assert not recurring_segments(texts)


def test_a_batch_from_a_new_outlet_cleans_itself() -> None:
    texts = [article(s, FURNITURE) for s in STORIES]
    recurring = recurring_segments(texts)
    for story, text in zip(STORIES, texts):
        alone = clean_article(text).body
        assert FURNITURE[0] in alone  # shape alone cannot tell
        body = clean_article(text, recurring=recurring).body
        assert body == "\n".join(story)


def test_copies_of_one_wire_story_keep_their_sentences() -> None:
    story = STORIES[0] + ["시 관계자는 시민 의견을 들어 설계를 보완하겠다고 말했다"]
    texts = [article(story, [f"가상{n}일보 드림"]) for n in range(MIN_STORIES + 1)]
    recurring = recurring_segments(texts)
    for text in texts:
        assert story[-1] in clean_article(text, recurring=recurring).body


def test_prepare_batch_uses_the_batch_evidence() -> None:
    raws = [RawArticle(source=f"a{i}.txt", text=article(s, FURNITURE), input_format="txt") for i, s in enumerate(STORIES)]
    prepared = prepare_batch(raws, RunSettings())
    assert all(isinstance(p, Prepared) for p in prepared)
    for p, story in zip(prepared, STORIES):
        assert p.cleaned.body == "\n".join(story)
