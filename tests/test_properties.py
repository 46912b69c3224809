"""Properties on arbitrary input, with a fixed and bounded Hypothesis budget:

- ingest never raises on any bytes, and text it accepts round-trips exactly;
- cleaning never raises and is idempotent;
- money and date parsing never raise and every span they report is a valid slice of the text;
- the whole analysis (`analyze_batch`) never raises, accounts for every input (an article or a
  reject) and keeps every offset of every table inside the body with `body[start:end] == text`.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.cleaning import clean_article
from sinmun.ingest import RawArticle, decode, read_inputs, text_problem
from sinmun.pipeline import analyze_batch, parse_timestamp
from sinmun.settings import Limits, RunSettings
from sinmun.tables import SCHEMAS

ANY_CHAR = st.characters(blacklist_categories=("Cs",))
# Pieces of Korean news: amounts (one too large for int64), dates, bylines, debris, quotes.
PIECES = [
    "정부는 26일 중소기업 지원 방안을 발표했다.", "총 5조7000억원 규모다.", "9,999,999,999조 원", "약 300억 달러",
    "최대 1000만원까지", "수백억원", "2019년 9월 26일", "지난해 3분기", "오는 2027년까지", "오후 1시 59분", "내년 상반기",
    "[서울=뉴스핌] 박진숙 기자 =", "홍길동 기자 hong@example.com", "[사진=중기부]", "ⓒ 뉴스1 무단전재 및 재배포 금지",
    "기사입력 : 2019년09월26일 13:59", "박영선 중소벤처기업부 장관은", "“돕겠다”고 말했다.", "(이하 중기부)", "10%",
    "1.5배", "1,234,567원", "$5.5 billion", "€300", "¥1,000", "3조 원~5조 원", "\n", "\n\n", " ", "\u3000", "·", "…",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=8)), max_size=30).map("".join)
PROPERTY = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
HEAVY = settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
SPAN_TABLES = ("sentences", "mentions", "amounts", "dates", "funds", "tokens")


# --- ingest -------------------------------------------------------------------------------------------

@PROPERTY
@given(data=st.binary(max_size=2000))
def test_decode_never_raises(data):
    result = decode(data)
    assert isinstance(result, str) or (isinstance(result[0], str) and result[1])


@PROPERTY
@given(text=st.text(ANY_CHAR, max_size=400))
def test_utf8_text_round_trips(text):
    got, encoding = decode(text.encode("utf-8"))
    assert got == unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert encoding == "utf_8"


@PROPERTY
@given(text=texts)
def test_text_problem_never_raises(text):
    problem = text_problem(text, Limits(max_article_chars=50))
    assert problem is None or problem[0].startswith("S0")


@HEAVY
@given(lines=st.lists(st.one_of(st.binary(max_size=80), texts.map(lambda t: t.encode("utf-8")),
                                st.builds(lambda t: ('{"id": "x", "text": %s}' % t).encode("utf-8"), texts)),
                      max_size=8),
       suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_reading_any_file_never_raises(lines, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(b"\n".join(lines))
        items = list(read_inputs([path], Limits(max_file_mb=0.001, max_article_chars=300)))
    assert items, "every input yields an article or a reject"
    for item in items:
        if isinstance(item, RawArticle):
            item.content.encode("utf-8")  # storable: no lone surrogates
            assert text_problem(item.content, Limits(max_article_chars=300), markup=item.html is not None) is None


@PROPERTY
@given(value=st.one_of(st.text(max_size=40), st.datetimes().map(str), st.datetimes(timezones=st.timezones()).map(
    lambda d: d.isoformat())))
def test_published_at_parsing_never_raises(value):
    ts = parse_timestamp(value)
    assert ts is None or ts.utcoffset() is not None


# --- cleaning -----------------------------------------------------------------------------------------

@PROPERTY
@given(text=texts, title=st.none() | texts)
def test_cleaning_never_raises_and_is_idempotent(text, title):
    once = clean_article(text, title=title)
    assert isinstance(once.body, str)
    assert clean_article(once.body).body == once.body


# --- money and dates ----------------------------------------------------------------------------------

def _spans_valid(text: str, spans) -> None:
    for span in spans:
        assert 0 <= span.start < span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span


@PROPERTY
@given(text=texts)
def test_money_parsing_never_raises_and_spans_are_slices(text):
    money = pytest.importorskip("sinmun.rules.money")
    amounts = money.find_amounts(text)
    _spans_valid(text, amounts)
    for a in amounts:
        assert a.value is None or -(2**63) <= a.value < 2**63, a
        assert not a.overflow or a.value is None, a


@PROPERTY
@given(text=texts)
def test_date_parsing_never_raises_and_spans_are_slices(text):
    dates = pytest.importorskip("sinmun.rules.dates")
    _spans_valid(text, dates.find_dates(text))


# --- the whole analysis ---------------------------------------------------------------------------------

def _raw(i: int, text: str, as_html: bool) -> RawArticle:
    if as_html:
        return RawArticle(f"in-{i}.html", "html", html=f"<html><body><article><p>{text}</p></article></body></html>")
    return RawArticle(f"in-{i}.txt", "txt", text=text)


@HEAVY
@given(batch=st.lists(st.tuples(texts, st.booleans()), min_size=1, max_size=4))
def test_analyze_batch_never_raises_and_keeps_offsets(batch):
    raws = [_raw(i, text, as_html) for i, (text, as_html) in enumerate(batch)]
    rows = analyze_batch(raws, RunSettings(tokens=True)).tables
    articles = {r["article_id"]: r for r in rows["articles"]}
    accounted = {r["source"] for r in rows["articles"]} | {r["source"] for r in rows["rejects"]}
    assert accounted >= {r.source for r in raws}
    assert not [r for r in rows["rejects"] if r["code"] == "S090_INTERNAL"], rows["rejects"]
    for table in SPAN_TABLES:
        for row in rows[table]:
            if row.get("start") is None:
                continue
            body = articles[row["article_id"]]["body"]
            assert 0 <= row["start"] <= row["end"] <= len(body), (table, row)
            if "text" in row:
                assert body[row["start"]:row["end"]] == row["text"], (table, row)
    for table, table_rows in rows.items():  # every row fits its Arrow schema
        pa.Table.from_pylist(table_rows, schema=SCHEMAS[table])
