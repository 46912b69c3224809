"""The five real scrapes in ../shared/seeds against the gold's body and metadata expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sinmun.cleaning import CleanedArticle, clean_article


@pytest.fixture(scope="module")
def gold_articles(gold_path: Path) -> list[dict]:
    return json.loads(gold_path.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def cleaned(seeds_dir: Path, gold_articles: list[dict]) -> dict[str, CleanedArticle]:
    return {g["file"]: clean_article((seeds_dir / g["file"]).read_text(encoding="utf-8")) for g in gold_articles}


def test_gold_body_expectations(gold_articles: list[dict], cleaned: dict[str, CleanedArticle]) -> None:
    problems = []
    for g in gold_articles:
        body = cleaned[g["file"]].body
        problems += [f"{g['file']}: missing {s!r}" for s in g["body_must_contain"] if s not in body]
        problems += [f"{g['file']}: still has {s!r}" for s in g["body_must_not_contain"] if s in body]
        problems += [
            f"{g['file']}: {s!r} occurs {body.count(s)} times, want 1..{k}"
            for s, k in g.get("max_occurrences", {}).items()
            if not 0 < body.count(s) <= k
        ]
    assert not problems, "\n".join(problems)


def test_gold_metadata(gold_articles: list[dict], cleaned: dict[str, CleanedArticle]) -> None:
    problems = []
    for g in gold_articles:
        article = cleaned[g["file"]]
        got = {
            "outlet": article.outlet,
            "title": "".join(article.title.split()) if article.title else None,
            "published": article.published_at.strftime("%Y-%m-%dT%H:%M") if article.published_at else None,
            "reporters": sorted(article.reporters),
        }
        for key, want in g["meta"].items():
            want = sorted(want) if key == "reporters" else ("".join(want.split()) if key == "title" and want else want)
            if got[key] != want:
                problems.append(f"{g['file']}: {key} = {got[key]!r}, want {want!r}")
    assert not problems, "\n".join(problems)


def test_seed_cleaning_is_idempotent(cleaned: dict[str, CleanedArticle]) -> None:
    for name, article in cleaned.items():
        assert clean_article(article.body).body == article.body, name


def test_seed_published_at_is_seoul_time(cleaned: dict[str, CleanedArticle]) -> None:
    stamps = [a.published_at for a in cleaned.values() if a.published_at is not None]
    assert stamps
    assert all(str(s.tzinfo) == "Asia/Seoul" for s in stamps)


def test_seed_captions_are_recorded_not_lost(cleaned: dict[str, CleanedArticle]) -> None:
    with_captions = [a for a in cleaned.values() if a.captions]
    assert with_captions
    for article in with_captions:
        assert all(caption.strip() for caption in article.captions)
