"""Offsets are sacred: every money, percent, date and fund span and row satisfies body[start:end] == text,
on real articles (the seeds and Korean Wikinews from ../shared) and on arbitrary text."""

from __future__ import annotations

import csv
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinmun.nlp import build_nlp
from sinmun.tables import SCHEMAS

RULES = ("sinmun_money", "sinmun_percent", "sinmun_dates", "sinmun_funds")
ROW_TABLES = ("amounts", "dates", "funds")
SEOUL = ZoneInfo("Asia/Seoul")
WIKINEWS_SAMPLE = 120  # every fifth article: enough variety, fast enough for the suite


@pytest.fixture(scope="module")
def run_rules():
    nlp = build_nlp()
    pipes = [nlp.get_pipe(n) for n in RULES]

    def run(text: str, published=None):
        doc = nlp.make_doc(text)
        doc._.published_at = published
        for pipe in pipes:
            doc = pipe(doc)
        return doc

    return run


def _check(doc, body: str) -> int:
    checked = 0
    for span in doc.spans["mentions"] if "mentions" in doc.spans else []:
        assert body[span.start_char:span.end_char] == span.text
        assert span.label_ in ("MONEY", "PERCENT", "DATE", "TIME", "FUND")
        checked += 1
    for table in ROW_TABLES:
        names = set(SCHEMAS[table].names)
        for row in doc._.rows[table]:
            assert set(row) <= names, f"{table} row has columns outside the schema: {set(row) - names}"
            assert body[row["start"]:row["end"]] == row["text"]
            assert 0 <= row["start"] < row["end"] <= len(body)
            checked += 1
    return checked


def test_offsets_on_seed_articles(run_rules, seeds_dir):
    checked = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        checked += _check(run_rules(body, datetime(2019, 9, 26, 13, 59, tzinfo=SEOUL)), body)
    assert checked > 100  # the seeds are full of amounts and dates


def test_offsets_on_wikinews(run_rules, wikinews_csv):
    with wikinews_csv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[::5][:WIKINEWS_SAMPLE]
    checked = 0
    for row in rows:
        body = row["내용"]
        published = datetime.fromisoformat(row["작성일"]).replace(tzinfo=SEOUL)
        checked += _check(run_rules(body, published), body)
    assert checked > 200


def test_wikinews_relative_dates_resolve_against_the_article_date(run_rules, wikinews_csv):
    with wikinews_csv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[::5][:WIKINEWS_SAMPLE]
    resolved = 0
    for row in rows:
        published = datetime.fromisoformat(row["작성일"]).replace(tzinfo=SEOUL)
        for d in run_rules(row["내용"], published)._.rows["dates"]:
            if d["relative"] and d["value"] is not None:
                resolved += 1
                assert d["range_start"] <= d["range_end"]
                # relative dates in news lie within a few years of the article
                assert abs(int(d["value"][:4]) - published.year) <= 3
    assert resolved > 20


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.~-()'% 약최대억조만천원달러펀드년월일오늘지난해상반기까지의을는 \n")),
               max_size=80))
def test_offsets_on_arbitrary_text(run_rules, text):
    _check(run_rules(text, datetime(2020, 1, 2, tzinfo=SEOUL)), text)
