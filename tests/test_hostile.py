"""A held-out-like batch: real articles mixed with one hostile file of each kind.

Every real article must come out in `articles`, every hostile input must be a row in `rejects` with
an expected code, nothing may crash and the exit code is 0. The real articles are the five seeds and
Wikinews rows written at test time as JSONL, plain text in UTF-8, UTF-8 with BOM, CP949 and EUC-KR,
and as HTML pages.
"""

from __future__ import annotations

import csv
import html
import json
import os
import shutil
import time
import unicodedata
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from hostile import write_all
from sinmun.cli import app
from sinmun.validate import validate_dir

runner = CliRunner()
OVERFLOW = "관계 부처는 이 사업의 누적 효과가 9,999,999,999조 원에 이를 것이라고 주장했다."


def _wikinews_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if len(r["내용"]) >= 200]
    return rows[::9]  # a deterministic spread over the corpus


def _cp949_safe(text: str) -> bool:
    try:
        text.encode("cp949")
    except UnicodeEncodeError:
        return False
    return True


def _page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    menu = "".join(f"<li><a href='/c/{i}'>분류 {i}</a></li>" for i in range(6))
    return (f"<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><nav><ul>{menu}</ul></nav><article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            f"<footer>ⓒ 테스트뉴스 무단전재 및 재배포 금지</footer></body></html>")


@pytest.fixture(scope="module")
def heldout(tmp_path_factory, seeds_dir, wikinews_csv):
    """(batch folder, output folder, CLI result, sources of real articles, hostile expectations)."""
    root = tmp_path_factory.mktemp("heldout")
    batch, out = root / "batch", root / "out"
    hostile, good = write_all(batch)
    real = list(good)
    (batch / "seeds").mkdir()
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, batch / "seeds" / seed.name)
        real.append(f"seeds/{seed.name}")

    rows = _wikinews_rows(wikinews_csv)
    feed, plain, legacy, pages = rows[:30], rows[30:36], [r for r in rows[36:] if _cp949_safe(r["내용"])][:8], rows[-4:]
    (batch / "wikinews").mkdir()
    with (batch / "wikinews" / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for i, r in enumerate(feed):
            fh.write(json.dumps({"id": f"wn{i}", "title": r["제목"], "published_at": r["작성일"], "url": r["출처"],
                                 "text": r["내용"]}, ensure_ascii=False) + "\n")
            real.append(f"wikinews/feed.jsonl#wn{i}")
    for i, r in enumerate(plain):
        name = f"wikinews/plain-{i}.txt"
        (batch / name).write_text(f"{r['제목']}\n\n{r['내용']}\n", encoding="utf-8")
        real.append(name)
    for i, r in enumerate(legacy):
        codec = ("cp949", "euc-kr", "utf-8-sig")[i % 3]
        name = f"wikinews/{codec}-{i}.txt"
        (batch / name).write_bytes(f"{r['제목']}\n\n{r['내용']}\n".encode(codec))
        real.append(name)
    for i, r in enumerate(pages):
        name = f"wikinews/page-{i}.html"
        (batch / name).write_text(_page(r["제목"], r["내용"]), encoding="utf-8")
        real.append(name)
    # Real text with the hostile details that must not cost the article: broken entities, an
    # amount too large for int64, a file name in NFD and one that is not UTF-8.
    quoted = rows[1]["내용"].replace("다. ", "다. amp;#39;그렇다amp;#39;고 &amp;quot;덧붙였다&amp;quot;. ", 1)
    (batch / "entities.txt").write_text(quoted, encoding="utf-8")
    (batch / "overflow.txt").write_text(f"{rows[2]['내용']}\n{OVERFLOW}\n", encoding="utf-8")
    (batch / unicodedata.normalize("NFD", "한글이름.txt")).write_text(rows[3]["내용"], encoding="utf-8")
    (batch / os.fsdecode(b"name-\xff.txt")).write_text(rows[4]["내용"], encoding="utf-8")
    real += ["entities.txt", "overflow.txt", "한글이름.txt", "name-\\xff.txt"]

    started = time.perf_counter()
    result = runner.invoke(app, ["extract", str(batch), "--out", str(out), "--quiet", "--workers", "1"])
    seconds = time.perf_counter() - started
    return batch, out, result, real, hostile, seconds


def _table(out: Path, name: str):
    return pq.read_table(out / f"{name}.parquet").to_pylist()


def test_exit_code_is_zero_and_output_valid(heldout):
    _, out, result, _, _, _ = heldout
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    assert validate_dir(out) == []


def test_every_real_article_is_in_articles(heldout):
    _, out, _, real, _, _ = heldout
    got = {r["source"] for r in _table(out, "articles")}
    rejects = {r["source"]: r["message"] for r in _table(out, "rejects")}
    missing = {s: rejects.get(s, "(not in rejects either)") for s in real if s not in got}
    assert not missing, f"{len(missing)} real article(s) missing: {missing}"


def test_every_hostile_input_is_a_reject_with_its_code(heldout):
    _, out, _, _, hostile, _ = heldout
    codes = {}
    for r in _table(out, "rejects"):
        codes.setdefault(r["source"], set()).add(r["code"])
    missing = [h for h in hostile if h.source not in codes]
    assert not missing, f"not in rejects: {missing}"
    wrong = [(h, codes[h.source]) for h in hostile if not codes[h.source] & h.codes]
    assert not wrong, f"rejected with another code: {wrong}"
    articles = {r["source"] for r in _table(out, "articles")}
    assert not articles & {h.source for h in hostile}, "a hostile input became an article"


def test_no_internal_errors_and_messages_are_actionable(heldout):
    _, out, _, _, _, _ = heldout
    rejects = _table(out, "rejects")
    assert not [r for r in rejects if r["code"] == "S090_INTERNAL"]
    for r in rejects:
        assert r["source"].split("#")[0] in r["message"]
        assert f"[{r['stage']}]" in r["message"] and "next step:" in r["message"]


def test_legacy_encodings_are_decoded_not_mangled(heldout):
    batch, out, _, _, _, _ = heldout
    articles = {r["source"]: r for r in _table(out, "articles")}
    legacy = sorted(p for p in (batch / "wikinews").glob("*.txt") if not p.name.startswith("plain"))
    assert len(legacy) >= 6
    for path in legacy:
        codec = path.stem.rsplit("-", 1)[0]  # cp949-3.txt, euc-kr-4.txt, utf-8-sig-5.txt
        original = path.read_bytes().decode(codec)
        row = articles[f"wikinews/{path.name}"]
        assert row["encoding"].replace("_", "-").startswith(("cp949", "euc", "utf-8", "utf-8-sig")), row["encoding"]
        middle = original.split("\n")[2][20:60]  # a stretch of prose from the body
        assert middle and middle in row["body"], path.name


def test_overflowing_amount_is_kept_and_reported(heldout):
    _, out, _, _, _, _ = heldout
    amounts = _table(out, "amounts")
    if not amounts:
        pytest.skip("no money component in this pipeline yet: nothing parses amounts")
    articles = {r["article_id"]: r["source"] for r in _table(out, "articles")}
    huge = [a for a in amounts if articles[a["article_id"]] == "overflow.txt" and "9,999,999,999조" in a["text"]]
    assert huge, "the overflowing amount was dropped"
    assert all(a["value"] is None for a in huge)
    rejects = [r for r in _table(out, "rejects") if r["source"] == "overflow.txt"]
    assert [r["code"] for r in rejects] == ["S030_AMOUNT_OVERFLOW"]


def test_hostile_inputs_cost_little_time(heldout):
    """Nested markup, giant lines and huge files are refused cheaply, never by hanging."""
    _, _, _, real, _, seconds = heldout
    assert seconds < 60 + 2 * len(real), f"{seconds:.0f} s for {len(real)} real articles"


@pytest.mark.parametrize("option,value,code,reported", [
    ("--max-file-mb", "0.0005", "S007_TOO_LARGE", "limit 0.0005 MB"),
    ("--max-article-chars", "100", "S008_TOO_LONG", "limit 100"),  # refused at ingest (raw text > 4 × limit)
    ("--max-article-chars", "300", "S008_TOO_LONG", "limit 300"),  # refused after cleaning (body > limit)
])
def test_limits_are_cli_options_and_reported_when_hit(tmp_path, option, value, code, reported):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "short.txt").write_text("정부는 예산을 늘렸다고 밝혔다.\n", encoding="utf-8")
    long = "\n".join(f"정부는 {i}번째 사업에 배정할 지원 예산을 크게 늘리기로 했다." for i in range(1, 13))
    (tmp_path / "in" / "long.txt").write_text(long, encoding="utf-8")  # ~420 characters, 12 distinct lines
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "--workers", "1",
                                 option, value])
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    assert [r["source"] for r in _table(out, "articles")] == ["short.txt"]
    [reject] = _table(out, "rejects")
    assert (reject["source"], reject["code"]) == ("long.txt", code)
    assert reported in reject["message"] and option in reject["message"]


def test_a_batch_of_nothing_but_hostile_files_still_succeeds(tmp_path):
    """Every input rejected is data, not failure: exit 0, empty but valid tables, every reject listed."""
    from hostile import binaries, controls, empties, encodings

    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    hostile = encodings(batch) + binaries(batch) + empties(batch) + controls(batch)
    result = runner.invoke(app, ["extract", str(batch), "--out", str(out), "--quiet", "--workers", "1"])
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    assert _table(out, "articles") == []
    assert {r["source"] for r in _table(out, "rejects")} == {h.source for h in hostile}
    assert validate_dir(out) == []
