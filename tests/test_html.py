"""Article text and metadata out of HTML pages; broken, deep or article-less pages give ("", {})."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.html import html_to_text

P1 = "중소벤처기업부는 20일 인공지능 스타트업 육성 방안을 발표했다고 밝혔다."
P2 = "중기부는 2027년까지 약 3조원 규모의 펀드를 조성해 스타트업을 지원하겠다고 설명했다. 이번 대책은 관계부처 합동으로 마련됐다."
P3 = '오영주 장관은 "스타트업과 중소기업이 잘 할 수 있는 분야에 집중하겠다"고 말했다.'

PAGE = f"""<!doctype html><html><head><meta charset="utf-8">
<title>중기부, AI 스타트업 육성 방안 발표 - 가상일보</title>
<meta property="og:title" content="중기부, AI 스타트업 육성 방안 발표">
<meta property="og:site_name" content="가상일보">
<meta property="article:published_time" content="2025-02-20T10:00:00+09:00">
<link rel="canonical" href="https://www.example.co.kr/news/1"></head>
<body><nav><ul><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li></ul></nav>
<article><h1>중기부, AI 스타트업 육성 방안 발표</h1>
<p>[서울=가상일보] 홍길동 기자 = {P1}</p><p>{P2}</p><p>{P3}</p></article>
<footer>Copyright ⓒ 가상일보. 무단전재 및 재배포 금지</footer></body></html>"""


@pytest.fixture(scope="module")
def extracted() -> tuple[str, dict]:
    return html_to_text(PAGE)


def test_paragraphs_become_lines(extracted: tuple[str, dict]) -> None:
    text, _ = extracted
    lines = text.split("\n")
    assert any(P2 == line for line in lines)
    assert any(line.endswith(P1) for line in lines)
    assert "정치" not in lines


def test_page_metadata(extracted: tuple[str, dict]) -> None:
    _, meta = extracted
    assert meta["title"] == "중기부, AI 스타트업 육성 방안 발표"
    assert meta["url"] == "https://www.example.co.kr/news/1"
    assert meta["outlet"] == "가상일보"
    assert meta["published"].startswith("2025-02-20")


def test_extracted_text_cleans_like_a_scrape(extracted: tuple[str, dict]) -> None:
    text, meta = extracted
    article = clean_article(text, title=meta.get("title"), url=meta.get("url"), published_at=meta.get("published"))
    assert article.body.split("\n") == [P1, P2, P3]
    assert article.reporters == ["홍길동"]
    assert article.published_at is not None and article.published_at.hour == 10


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><body></body></html>",
        "<html><body><nav>정치 경제</nav></body></html>",
        "<html><body><p>unclosed <b>bold <i>text</body>",
        "<div>" * 50_000,
        "<<<>>>&&&;;;",
        "\x00\x01<html>\ufffd</html>",
    ],
    ids=["empty", "blank", "no-body", "no-article", "broken", "deep", "garbage", "control-chars"],
)
def test_hard_pages_do_not_raise(html: str) -> None:
    text, meta = html_to_text(html)
    assert isinstance(text, str) and isinstance(meta, dict)
    if html.strip() in ("", "<html><body></body></html>") or html.startswith("<div>"):
        assert text == ""


def test_site_name_resolves_to_the_canonical_outlet() -> None:
    page = PAGE.replace('content="가상일보"', 'content="Newspim"')
    assert html_to_text(page)[1]["outlet"] == "뉴스핌"
