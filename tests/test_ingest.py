"""Ingest: discovery, decoding of every Korean encoding, JSONL records, limits and reject messages."""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

from hostile import korean_article
from sinmun.errors import REJECT_CODES, Reject
from sinmun.ingest import RawArticle, binary_reason, decode, discover, read_inputs, text_problem
from sinmun.settings import Limits

KO = korean_article(0)


def _read(*paths: Path, limits: Limits = Limits()) -> tuple[list[RawArticle], list[Reject]]:
    items = list(read_inputs(list(paths), limits))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, Reject)]


def _only_reject(path: Path, limits: Limits = Limits()) -> Reject:
    articles, rejects = _read(path, limits=limits)
    assert not articles, f"{path.name} was accepted: {articles[0].content[:80]!r}"
    assert len(rejects) == 1, rejects
    return rejects[0]


# --- decoding ----------------------------------------------------------------------------------------

# fmt: off
ENCODINGS = [
    # (codec used to write, encodings decode() may report)
    ("utf-8",     {"utf_8"}),
    ("utf-8-sig", {"utf_8_sig"}),
    ("cp949",     {"cp949", "euc_kr", "johab"}),
    ("euc-kr",    {"cp949", "euc_kr"}),
    ("utf-16",    {"utf_16"}),
]
# fmt: on


@pytest.mark.parametrize("codec,reported", ENCODINGS)
def test_korean_encodings_decode_exactly(codec, reported):
    text, encoding = decode(KO.encode(codec))
    assert text == KO
    assert encoding in reported


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("codec", ["cp949", "euc-kr", "utf-8-sig"])
def test_real_seed_articles_decode_in_legacy_encodings(seeds_dir, codec):
    for seed in sorted(seeds_dir.glob("*.txt")):
        original = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8").replace("\r\n", "\n"))
        # What a legacy-encoded site serves: characters outside the code page become "?".
        served = original.encode(codec, errors="replace")
        decoded = decode(served)
        assert not isinstance(decoded, str), f"{seed.name} in {codec} rejected: {decoded}"
        assert decoded[0] == served.decode(codec), f"{seed.name} in {codec} decoded differently"


def test_real_wikinews_articles_decode_from_cp949(wikinews_csv):
    with wikinews_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[::12]  # a spread of lengths, short items included
    checked = 0
    for row in rows:
        text = unicodedata.normalize("NFC", row["내용"])
        if not _encodable(text, "cp949"):
            continue
        decoded = decode(text.encode("cp949"))
        assert not isinstance(decoded, str), f"{row['제목']!r} rejected: {decoded}"
        assert decoded[0] == text.replace("\r\n", "\n").replace("\r", "\n")
        checked += 1
    assert checked >= 40


def test_utf8_cut_inside_the_last_character_is_kept():
    data = KO.rstrip("\n").encode("utf-8")[:-1]  # a scrape truncated mid-character
    text, encoding = decode(data)
    assert encoding == "utf_8" and KO.startswith(text) and len(text) == len(KO.rstrip("\n")) - 1


def test_cp949_cut_inside_the_last_character_is_kept():
    data = KO.rstrip("\n").encode("cp949") + "한".encode("cp949")[:1]
    text, encoding = decode(data)
    assert encoding in ("cp949", "euc_kr") and text == KO.rstrip("\n")


def test_half_utf8_half_cp949_is_refused_not_mojibake():
    half = len(KO) // 2
    reason = decode(KO[:half].encode("utf-8") + KO[half:].encode("cp949"))
    assert isinstance(reason, str) and "mixed encodings" in reason


def test_cp949_with_one_utf8_line_is_refused():
    reason = decode(KO.encode("cp949") + "덧붙인 한 줄은 다른 인코딩이다.\n".encode("utf-8"))
    assert isinstance(reason, str) and "mixed" in reason


def test_undecodable_bytes_name_the_offset():
    reason = decode(b"plain start " + b"\xff\xfe\xfd" * 40)
    assert isinstance(reason, str) and "offset 12" in reason


def test_text_that_merely_starts_like_a_magic_number_is_not_binary():
    for start in ("BMW 신차 출시", "RIFF 프로젝트", "ID3 태그", "PK 스포츠"):
        assert binary_reason(f"{start}\n{KO}".encode("utf-8")) is None


def test_newlines_and_unicode_normalization():
    nfd = unicodedata.normalize("NFD", "한국은행이 기준금리를 동결했다.")
    text, _ = decode(("첫 줄\r\n" + nfd + "\r셋째 줄").encode("utf-8"))
    assert text == "첫 줄\n한국은행이 기준금리를 동결했다.\n셋째 줄"


# --- files and folders ------------------------------------------------------------------------------

def test_discover_recurses_sorted_and_skips_hidden_and_other_types(tmp_path):
    for rel in ("b/2.txt", "a/1.html", "a/deep/3.jsonl", "README.md", ".hidden.txt", ".git/x.txt", "c/photo.pdf"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(KO, encoding="utf-8")
    assert [s for _, s in discover([tmp_path])] == ["a/1.html", "a/deep/3.jsonl", "b/2.txt"]


def test_symlinked_folders_are_read_once_and_loops_end(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(KO, encoding="utf-8")
    (tmp_path / "batch").mkdir()
    (tmp_path / "batch" / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    assert [s for _, s in discover([tmp_path / "batch"])] == ["linked/a.txt"]


def test_a_file_named_explicitly_with_another_type_is_a_reject(tmp_path):
    path = tmp_path / "article.docx"
    path.write_text(KO, encoding="utf-8")
    assert _only_reject(path).code == "S002_UNSUPPORTED_TYPE"


def test_undecodable_file_name_becomes_a_storable_source(tmp_path):
    name = os.fsdecode(b"\xff\xfe-\xea\xb8\xb0\xec\x82\xac.txt")
    (tmp_path / name).write_text(KO, encoding="utf-8")
    articles, rejects = _read(tmp_path)
    assert not rejects and len(articles) == 1
    articles[0].source.encode("utf-8")  # no surrogates: Parquet can store it
    assert articles[0].source.endswith("-기사.txt")


def test_nfd_file_names_are_normalized(tmp_path):
    (tmp_path / unicodedata.normalize("NFD", "기사.txt")).write_text(KO, encoding="utf-8")
    [article], _ = _read(tmp_path)
    assert article.source == "기사.txt"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(KO, encoding="utf-8")
    path.chmod(0)
    assert _only_reject(path).code == "S001_UNREADABLE"


def test_an_unexpected_error_costs_one_file(tmp_path, monkeypatch):
    import sinmun.ingest as ingest

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(KO + name, encoding="utf-8")
    real = ingest.decode
    monkeypatch.setattr(ingest, "decode", lambda data: 1 / 0 if data.endswith(b"b.txt") else real(data))
    articles, rejects = _read(tmp_path)
    assert [a.source for a in articles] == ["a.txt", "c.txt"]
    assert [(r.source, r.code) for r in rejects] == [("b.txt", "S090_INTERNAL")]
    assert "ZeroDivisionError" in rejects[0].message


# --- limits -----------------------------------------------------------------------------------------

def test_file_size_limit_is_configurable_and_reported(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(KO, encoding="utf-8")
    assert _read(path)[0]
    reject = _only_reject(path, Limits(max_file_mb=0.0001))
    assert reject.code == "S007_TOO_LARGE" and "limit 0.0001 MB" in reject.message and "--max-file-mb" in reject.message


def test_article_length_limit_is_configurable_and_reported(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(KO * 3, encoding="utf-8")
    reject = _only_reject(path, Limits(max_article_chars=100))
    assert reject.code == "S008_TOO_LONG" and "100" in reject.message and "--max-article-chars" in reject.message


def test_one_giant_line_is_too_long_even_under_the_file_limit(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_text("가나다라 " * 60_000, encoding="utf-8")  # 300,000 chars on one line, under 4 × limit
    reject = _only_reject(path)
    assert reject.code == "S008_TOO_LONG" and "single line" in reject.message


def test_html_may_be_one_long_line(tmp_path):
    path = tmp_path / "minified.html"
    path.write_text("<html><body>" + "<p>가나다라 마바사.</p>" * 20_000 + "</body></html>", encoding="utf-8")
    articles, rejects = _read(path)
    assert articles and not rejects


def test_inline_scripts_do_not_count_against_the_length_limit(tmp_path):
    script = "<script>window.__DATA__ = '" + "x" * 1000 + "';</script>"
    page = f"<html><head>{script * 1000}<style>p{{}}</style></head><body><article><p>{KO}</p></article></body></html>"
    (tmp_path / "heavy.html").write_text(page, encoding="utf-8")
    (tmp_path / "visible.html").write_text("<p>가나다라 마바사.</p>" * 60_000, encoding="utf-8")
    articles, rejects = _read(tmp_path)
    assert [a.source for a in articles] == ["heavy.html"]
    assert [(r.source, r.code) for r in rejects] == [("visible.html", "S008_TOO_LONG")]


def test_unclosed_script_tags_are_measured_in_linear_time():
    import time

    from sinmun.ingest import markup_text_chars

    page = "<p>본문</p>" + "<script>" * 200_000 + "x" * 1_000_000
    started = time.perf_counter()
    assert markup_text_chars(page) == len("<p>본문</p>")
    assert time.perf_counter() - started < 2
    assert markup_text_chars("a<!-- b -->c<SCRIPT>d</script>e") == 3


# --- text checks ------------------------------------------------------------------------------------

# fmt: off
TEXT_PROBLEMS = [
    ("",                         "S004_EMPTY"),
    (" \n\t\u3000",              "S004_EMPTY"),
    ("…… · -- ?!",               "S004_EMPTY"),
    ("기사\x00본문",              "S006_CONTROL_CHARS"),
    ("기사\x1b[0m본문",           "S006_CONTROL_CHARS"),
    ("기사\x85본문",              "S006_CONTROL_CHARS"),
    ("기사\ud800본문",            "S005_UNDECODABLE"),
    ("정상적인 기사 본문입니다.\t탭과\f폼피드는 괜찮다.", None),
]
# fmt: on


@pytest.mark.parametrize("text,code", TEXT_PROBLEMS)
def test_text_problems(text, code):
    problem = text_problem(text, Limits())
    assert (problem[0] if problem else None) == code


# --- JSONL ------------------------------------------------------------------------------------------

def _jsonl(path: Path, lines: list, encoding: str = "utf-8", newline: str = "\n") -> Path:
    text = newline.join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_bytes((text + newline).encode(encoding))
    return path


def test_jsonl_records_keep_metadata_and_name_sources_by_id_or_line(tmp_path):
    path = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "a1", "title": "제목", "outlet": "테스트신문", "url": "https://example.kr/1", "text": KO},
        {"title": "아이디 없음", "html": f"<p>{KO}</p>"},
        {"id": 7, "text": KO + "숫자 아이디."},
    ])
    articles, rejects = _read(path)
    assert not rejects
    assert [a.source for a in articles] == ["feed.jsonl#a1", "feed.jsonl#2", "feed.jsonl#7"]
    assert articles[0].meta == {"title": "제목", "outlet": "테스트신문", "url": "https://example.kr/1"}
    assert articles[1].html and articles[1].text is None


def test_jsonl_in_cp949_with_bom_and_crlf(tmp_path):
    lines = [{"id": f"r{i}", "text": korean_article(i)} for i in range(3)]
    for codec, newline in (("cp949", "\r\n"), ("utf-8-sig", "\r\n"), ("utf-8", "\n")):
        path = _jsonl(tmp_path / f"{codec}.jsonl", lines, codec, newline)
        articles, rejects = _read(path)
        assert not rejects, rejects
        assert [a.text for a in articles] == [korean_article(i) for i in range(3)]


def test_jsonl_bad_lines_cost_one_row_each(tmp_path):
    path = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "ok1", "text": KO},
        '{"id": "cut", "text": "정부는 올해',
        {"id": "ok2", "text": korean_article(3)},
        {"id": "ok1", "text": korean_article(4)},
        "[" * 50_000 + "]" * 50_000,
        {"id": "ok3", "text": korean_article(5)},
    ])
    articles, rejects = _read(path)
    assert [a.source for a in articles] == ["feed.jsonl#ok1", "feed.jsonl#ok2", "feed.jsonl#ok3"]
    assert [(r.source, r.code) for r in rejects] == [
        ("feed.jsonl#2", "S010_BAD_JSON"), ("feed.jsonl#4", "S013_DUPLICATE_ID"), ("feed.jsonl#5", "S010_BAD_JSON")]


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path):
    path = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "big", "text": "가" * 200_000}, {"id": "after", "text": KO}])
    articles, rejects = _read(path, limits=Limits(max_file_mb=0.1))
    assert [a.source for a in articles] == ["feed.jsonl#after"]
    assert [(r.source, r.code) for r in rejects] == [("feed.jsonl#1", "S008_TOO_LONG")]
    assert "0.6 MB > limit 0.1 MB" in rejects[0].message


def test_a_large_jsonl_feed_is_not_refused_by_the_file_size_limit(tmp_path):
    lines = [{"id": f"r{i}", "text": korean_article(i)} for i in range(400)]
    path = _jsonl(tmp_path / "feed.jsonl", lines)
    assert path.stat().st_size > 0.1 * 1024 * 1024
    articles, rejects = _read(path, limits=Limits(max_file_mb=0.1))
    assert len(articles) == 400 and not rejects


def test_one_cp949_line_in_a_utf8_feed_is_read(tmp_path):
    good = json.dumps({"id": "u", "text": KO}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"id": "c", "text": korean_article(2)}, ensure_ascii=False).encode("cp949")
    (tmp_path / "feed.jsonl").write_bytes(good + b"\n" + legacy + b"\n")
    articles, rejects = _read(tmp_path / "feed.jsonl")
    assert not rejects and [a.text for a in articles] == [KO, korean_article(2)]


def test_duplicate_ids_are_per_file(tmp_path):
    _jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": KO}])
    _jsonl(tmp_path / "b.jsonl", [{"id": "1", "text": KO}])
    articles, rejects = _read(tmp_path)
    assert len(articles) == 2 and not rejects


# --- reject messages --------------------------------------------------------------------------------

CODE_SHAPE = re.compile(r"^S\d{3}_[A-Z0-9_]+$")
# Codes are part of the interface (CI greps for them): they may be added, never renamed or removed.
STABLE_CODES = {
    "S001_UNREADABLE", "S002_UNSUPPORTED_TYPE", "S003_BINARY", "S004_EMPTY", "S005_UNDECODABLE",
    "S006_CONTROL_CHARS", "S007_TOO_LARGE", "S008_TOO_LONG", "S010_BAD_JSON", "S011_BAD_RECORD",
    "S012_MISSING_TEXT", "S013_DUPLICATE_ID", "S014_DUPLICATE_INPUT", "S015_DUPLICATE_CONTENT",
    "S020_NO_ARTICLE", "S021_EMPTY_AFTER_CLEANING", "S022_NOT_KOREAN", "S030_AMOUNT_OVERFLOW", "S090_INTERNAL",
}


def test_reject_codes_are_stable_and_documented():
    assert STABLE_CODES <= set(REJECT_CODES)
    for code, (meaning, next_step) in REJECT_CODES.items():
        assert CODE_SHAPE.match(code), code
        assert meaning and next_step, code


def test_every_reject_names_file_stage_and_next_step(tmp_path):
    from hostile import binaries, controls, empties, encodings

    for build in (encodings, binaries, empties, controls):
        build(tmp_path)
    _, rejects = _read(tmp_path)
    assert len(rejects) >= 12
    for r in rejects:
        assert r.message.startswith(r.source.split("#")[0]), r.message
        assert f"[{r.stage}]" in r.message and "next step:" in r.message, r.message
