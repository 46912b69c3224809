"""Cleaning must not eat real prose: the Korean Wikinews articles are already clean text."""

from __future__ import annotations

from pathlib import Path

from sinmun.eval_clean import MIN_ARTICLES_SHARE, MIN_TOTAL_KEPT, wikinews_retention


def test_wikinews_prose_is_kept(wikinews_csv: Path) -> None:
    result = wikinews_retention(wikinews_csv)
    assert result.articles == 644
    assert result.total_kept >= MIN_TOTAL_KEPT, result.worst
    assert result.articles_kept_95 >= MIN_ARTICLES_SHARE, result.worst
