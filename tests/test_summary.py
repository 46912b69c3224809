"""The run summary: read back from the written tables, for full and for empty runs.

`write_outputs` builds a small synthetic output folder through the real TableWriter; the report and
export tests import it too, so they run before (and independently of) the entity stages.
"""

from __future__ import annotations

import atexit
import functools
import io
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console

from sinmun.summary import print_summary
from sinmun.tables import TABLES
from sinmun.writer import TableWriter

SEOUL = ZoneInfo("Asia/Seoul")

# Two small articles written for these tests (not taken from any corpus).
BODY_A = "김민수 장관은 3일 창업펀드에 500억원을 투입한다고 밝혔다. 한빛테크는 20억원을 투자받았다."
BODY_B = "박지영 대표는 2027년까지 약 1조원 규모의 성장펀드를 조성한다고 말했다."


def _span(body: str, text: str, **row) -> dict:
    start = body.index(text)
    return {"start": start, "end": start + len(text), "text": text, **row}


def synthetic_rows() -> dict[str, list[dict]]:
    a, b = "a" * 16, "b" * 16
    sentence_a1, sentence_a2 = BODY_A.split(". ")[0] + ".", BODY_A.split(". ")[1]
    return {
        "articles": [
            {"article_id": a, "source": "a.txt", "url": "https://example.kr/a", "outlet": "가나일보",
             "title": "창업펀드 500억 투입", "published_at": datetime(2026, 3, 2, 9, 30, tzinfo=SEOUL),
             "reporters": ["이기자"], "body": BODY_A, "content_hash": "h" * 64, "duplicate_of": None},
            {"article_id": b, "source": "b.txt", "url": None, "outlet": "다라경제", "title": "성장펀드 조성",
             "published_at": datetime(2026, 4, 15, 14, 0, tzinfo=SEOUL), "reporters": [], "body": BODY_B,
             "content_hash": "k" * 64, "duplicate_of": a},
        ],
        "sentences": [
            {"article_id": a, "sent_idx": 0, "start": 0, "end": len(sentence_a1), "text": sentence_a1},
            {"article_id": a, "sent_idx": 1, **_span(BODY_A, sentence_a2)},
            {"article_id": b, "sent_idx": 0, "start": 0, "end": len(BODY_B), "text": BODY_B},
        ],
        "mentions": [
            {"article_id": a, "sent_idx": 0, **_span(BODY_A, "김민수", label="PERSON", source="rule", normalized="김민수")},
            {"article_id": a, "sent_idx": 0, **_span(BODY_A, "500억원", label="MONEY", source="rule", normalized="50000000000 KRW")},
            {"article_id": a, "sent_idx": 1, **_span(BODY_A, "한빛테크", label="ORG", source="ner", normalized="한빛테크")},
            {"article_id": b, "sent_idx": 0, **_span(BODY_B, "박지영", label="PERSON", source="rule", normalized="박지영")},
        ],
        "amounts": [
            {"article_id": a, "sent_idx": 0, **_span(BODY_A, "500억원", value=50_000_000_000, currency="KRW",
                                                     approximate=False, qualifier=None, sentence=sentence_a1)},
            {"article_id": a, "sent_idx": 1, **_span(BODY_A, "20억원", value=2_000_000_000, currency="KRW",
                                                     approximate=False, qualifier=None, sentence=sentence_a2)},
            {"article_id": b, "sent_idx": 0, **_span(BODY_B, "약 1조원", value=1_000_000_000_000, currency="KRW",
                                                     approximate=True, qualifier=None, sentence=BODY_B)},
        ],
        "dates": [
            {"article_id": a, "sent_idx": 0, **_span(BODY_A, "3일", value="2026-03-03", granularity="day",
                                                     range_start="2026-03-03", range_end="2026-03-03",
                                                     relative=True, qualifier=None)},
            {"article_id": b, "sent_idx": 0, **_span(BODY_B, "2027년까지", value="2027", granularity="year",
                                                     range_start="2027-01-01", range_end="2027-12-31",
                                                     relative=False, qualifier="까지")},
        ],
        "people": [
            {"article_id": a, "name": "김민수", "title": "장관", "former": False, "org": "중소벤처기업부", "is_minister": True,
             "ministry": "중소벤처기업부", "mentions": 3},
            {"article_id": b, "name": "박지영", "title": "대표", "former": False, "org": None, "is_minister": False,
             "ministry": None, "mentions": 1},
        ],
        "organizations": [
            {"article_id": a, "name": "한빛테크", "kind": "company", "aliases": [], "mentions": 2},
            {"article_id": a, "name": "중소벤처기업부", "kind": "ministry", "aliases": ["중기부"], "mentions": 1},
        ],
        "funds": [
            {"article_id": b, "name": "성장펀드", "size_value": 1_000_000_000_000, "size_currency": "KRW",
             **_span(BODY_B, "성장펀드"), "sentence": BODY_B},
        ],
        "facts": [  # one per amount, as the facts stage writes them
            {"article_id": a, "sent_idx": 0, **_span(BODY_A, "500억원", value=50_000_000_000, currency="KRW",
                                                     subject="중소벤처기업부", co_subjects=[], subject_kind="org",
                                                     predicate="budget", evidence="투입한다", recipient=None,
                                                     purpose="창업펀드", fund=["창업펀드"], date="2026-03-03",
                                                     date_text="3일", modality="planned", sentence=sentence_a1)},
            {"article_id": a, "sent_idx": 1, **_span(BODY_A, "20억원", value=2_000_000_000, currency="KRW",
                                                     subject="한빛테크", co_subjects=[], subject_kind="org",
                                                     predicate="raise", evidence="투자받았다", recipient=None,
                                                     purpose=None, fund=[], date=None, date_text=None,
                                                     modality="actual", sentence=sentence_a2)},
            {"article_id": b, "sent_idx": 0, **_span(BODY_B, "약 1조원", value=1_000_000_000_000, currency="KRW",
                                                     subject="박지영", co_subjects=[], subject_kind="person",
                                                     predicate="fund_create", evidence="조성한다", recipient=None,
                                                     purpose=None, fund=["성장펀드"], date="2027", date_text="2027년까지",
                                                     modality="planned", sentence=BODY_B)},
        ],
        "rejects": [
            {"source": "broken.jsonl#3", "stage": "ingest", "code": "S010_BAD_JSON", "message": "broken.jsonl#3: bad"},
        ],
    }


def write_outputs(out_dir: Path, empty: bool = False) -> Path:
    """A synthetic output folder; `empty=True` writes every table with no rows."""
    tables = [t for t in TABLES if t != "tokens"]
    writer = TableWriter(out_dir, {"sinmun": "test"}, tables)
    if not empty:
        for table, rows in synthetic_rows().items():
            writer.write(table, rows)
    writer.commit({"inputs": ["synthetic"]})
    return out_dir


CLI_OUTPUT: dict[Path, str] = {}  # what `sinmun extract` printed, by output folder


@functools.lru_cache(maxsize=None)
def extracted(input_dir: Path) -> Path:
    """`sinmun extract` of one input folder, run once per test session and shared by the test modules."""
    from typer.testing import CliRunner

    from sinmun.cli import app

    out_dir = Path(tempfile.mkdtemp(prefix="sinmun-test-out-"))
    atexit.register(shutil.rmtree, out_dir, ignore_errors=True)
    result = CliRunner().invoke(app, ["extract", str(input_dir), "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    CLI_OUTPUT[out_dir] = result.output
    return out_dir


def _render(out_dir: Path, seconds: float = 2.0) -> str:
    buffer = io.StringIO()
    result = SimpleNamespace(out_dir=out_dir, seconds=seconds)  # the fields print_summary reads of a RunResult
    print_summary(result, Console(file=buffer, width=160, color_system=None))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def full_outputs(tmp_path_factory) -> Path:
    return write_outputs(tmp_path_factory.mktemp("full"))


def test_summary_counts_articles_rejects_and_rate(full_outputs):
    text = _render(full_outputs, seconds=4.0)
    assert "articles in" in text and "articles out" in text
    assert "S010_BAD_JSON" in text
    assert "0.5" in text  # 2 articles in 4 s


def test_summary_lists_labels_people_with_titles_and_organizations(full_outputs):
    text = _render(full_outputs)
    for label in ("PERSON", "MONEY", "ORG"):
        assert label in text
    assert "김민수" in text and "중소벤처기업부 장관" in text
    assert text.index("한빛테크") < text.index("ministry")  # more mentions come first


def test_summary_shows_the_largest_amounts_with_their_sentences(full_outputs):
    text = _render(full_outputs)
    assert "50,000,000,000 KRW" in text and "창업펀드에" in text  # an amount and its sentence
    assert text.index("50,000,000,000") < text.index("2,000,000,000 KRW")


def test_summary_lists_leave_near_duplicates_out(full_outputs):
    text = _render(full_outputs)  # article b is a near-duplicate of a: its 1조원 and 박지영 are not listed
    assert "1,000,000,000,000" not in text and "박지영" not in text
    assert "near-duplicates" in text


def test_summary_of_an_empty_run(tmp_path):
    text = _render(write_outputs(tmp_path, empty=True))
    assert "articles out" in text and "none" in text


# fmt: off
@pytest.mark.parametrize("sentence", [
    "가" * 100 + " 500억원 " + "나" * 100,  # amount in the middle of a long sentence
    "500억원" + "다" * 100,                 # at the start
    "다" * 100 + "500억원",                 # at the end
    "짧은 문장 500억원",                      # short: kept whole
])
# fmt: on
def test_long_sentences_are_cut_around_the_amount(sentence):
    from sinmun.summary import SENTENCE_CHARS, _around

    shown = _around(sentence, "500억원")
    assert "500억원" in shown and len(shown) <= SENTENCE_CHARS
    assert shown == sentence or shown.startswith("…") or shown.endswith("…")


def test_extract_ends_with_the_summary():
    out_dir = extracted(Path(__file__).resolve().parents[1] / "data" / "raw")
    printed = CLI_OUTPUT[out_dir]
    summary = printed[printed.index("sinmun extract →"):]  # its heading, then the tables
    parts = ["articles out", "articles/s", "rejects", "mentions", "most-mentioned people",
             "most-mentioned organizations", "largest amounts"]
    assert all(part in summary for part in parts), summary
