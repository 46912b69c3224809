"""The synthetic-debris measure: Wikinews prose dressed in made-up debris of unseen outlets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sinmun import eval_debris_hold3 as hold3
from sinmun.cleaning.text import nospace
from sinmun.eval_debris import dress, evaluate, read_rows

TITLE = "가상시 청년 주거 지원 두 배로 늘린다"
BODY = (
    "가상시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다.\n"
    "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다.\n"
    "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
)
OTHERS = ["가상 항만 물동량 늘어", "가상대 연구팀 새 소재 개발", "가상시 버스 파업 사흘째", "올해 추석 비용 얼마나 들까?"]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("which", ["dev", "check", "hold", "hold2", "hold3"])
def test_dressing_adds_its_debris_and_keeps_the_prose(seed: int, which: str) -> None:
    dressed = dress(TITLE, BODY, random.Random(seed), which, OTHERS)
    text = nospace(dressed.text)
    assert dressed.debris
    for pieces in dressed.debris.values():
        for piece in pieces:
            assert nospace(piece) in text
    for sentence in dressed.sentences:
        assert sentence in text
    assert (TITLE in dressed.text) == dressed.headline_shown or TITLE in dressed.text


@pytest.mark.parametrize("seed", range(20))
def test_hold3_is_the_same_page_for_the_same_seed(seed: int) -> None:
    first = dress(TITLE, BODY, random.Random(seed), "hold3", OTHERS)
    again = dress(TITLE, BODY, random.Random(seed), "hold3", OTHERS)
    assert first == again
    other = dress(TITLE, BODY, random.Random(seed + 1000), "hold3", OTHERS)
    assert other.text != first.text


@pytest.mark.parametrize("seed", range(60))
def test_hold3_look_alike_prose_and_metadata_are_on_the_page(seed: int) -> None:
    dressed = dress(TITLE, BODY, random.Random(seed), "hold3", OTHERS)
    text = nospace(dressed.text)
    for sentence in dressed.lookalikes:
        assert sentence in text and sentence in dressed.sentences
    for name in dressed.reporters:
        assert name in dressed.text
    assert dressed.outlet is None or dressed.outlet in dressed.text


def test_hold3_covers_every_kind_of_outlet_and_its_families() -> None:
    pages = [dress(TITLE, BODY, random.Random(seed), "hold3", OTHERS) for seed in range(400)]
    shown = {d.outlet for d in pages if d.outlet}
    assert {kind for outlet, _, kind in hold3.OUTLETS if outlet in shown} == set(hold3.KINDS)
    families = {f for d in pages for f in d.debris}
    assert {"masthead", "lead", "byline_tail", "copyright", "portal_head", "portal_tail", "column", "caption_head"} <= families
    assert any(d.lookalikes for d in pages)
    assert any(len(d.reporters) > 1 for d in pages)
    assert any(d.outlet and not d.reporters for d in pages)  # columns and team bylines name no reporter


def test_dev_shapes_on_wikinews(wikinews_csv: Path) -> None:
    """Floors a little under the figures measured on the first 200 articles (README: the full run)."""
    report = evaluate(read_rows(wikinews_csv)[:200], "dev")
    assert report.overall.kept >= 0.99
    assert report.worst_article >= 0.7
    assert report.overall.removed >= 0.95
    assert report.prose_titles == 0


def test_hold2_shapes_on_wikinews(wikinews_csv: Path) -> None:
    """Floors about .03 under the figures measured on the first 200 articles (debris .995, prose .998,
    titles 147/169, outlets 173/190, reporters 167/179): hold2 is a dev set since its second session."""
    report = evaluate(read_rows(wikinews_csv)[:200], "hold2")
    assert report.overall.removed >= 0.96
    assert report.overall.kept >= 0.99
    assert report.prose_titles == 0
    assert report.titles_right >= 0.84 * report.titles_expected
    assert report.outlets_right >= 0.88 * report.outlets_expected
    assert report.reporters_right >= 0.90 * report.reporters_expected
