"""Hostile input files, built at test time in a temporary folder (no binary blobs in the repository).

Each builder writes one kind of bad input and returns what the pipeline must make of it: the
`source` it will appear under and the reject codes that are acceptable for it. Real formats are
built for real (a PDF header, a PNG with its chunks, a ZIP through `zipfile`), because sniffing
must work on what scrapers actually save, not on a placeholder.

The Korean prose here is synthetic: sentences written for these tests, not copied from any corpus.
"""

from __future__ import annotations

import gzip
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

SENTENCES = [
    "정부는 올해 중소기업 지원 예산을 작년보다 크게 늘리기로 했다.",
    "관계 부처는 지역 산업단지의 노후 설비를 교체하는 사업에 우선 배정한다고 밝혔다.",
    "업계는 원자재 가격이 안정되지 않으면 하반기 수출 회복이 늦어질 수 있다고 우려했다.",
    "시민단체는 예산 집행 과정을 투명하게 공개하라고 요구했다.",
    "전문가들은 인력 양성과 연구개발 투자를 함께 늘려야 효과가 크다고 조언했다.",
    "해당 지방자치단체는 다음 달부터 신청을 받아 심사를 거쳐 지원 대상을 정한다.",
]


def korean_article(seed: int = 0, sentences: int = 6) -> str:
    """A short synthetic Korean news text; `seed` varies the order so articles differ."""
    picked = [SENTENCES[(seed + i * 5) % len(SENTENCES)] for i in range(sentences)]
    return f"[테스트 {seed}번 기사]\n\n" + "\n\n".join(picked) + "\n"


@dataclass(frozen=True)
class Hostile:
    source: str            # how the input appears in `rejects.source`
    codes: frozenset[str]  # acceptable reject codes
    kind: str              # what makes it hostile

    def __repr__(self) -> str:
        return f"<{self.kind}: {self.source} → {'|'.join(sorted(self.codes))}>"


def _h(source: str, kind: str, *codes: str) -> Hostile:
    return Hostile(source, frozenset(codes), kind)


# --- binary formats -------------------------------------------------------------------------------

def pdf_bytes() -> bytes:
    stream = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + b"2 0 obj\n<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream\nendobj\n%%EOF\n")


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    width, height = 4, 4
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def zip_bytes(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("article.txt", korean_article(7))


# --- builders: each writes files under `root` and returns their expectations ------------------------

def encodings(root: Path) -> list[Hostile]:
    ko = korean_article(1)
    (root / "undecodable.txt").write_bytes(ko.encode("utf-8")[:60] + b"\xff\xfe\xfa" + b"\x81\xff" * 20)
    half = len(ko) // 2
    (root / "mixed-encoding.txt").write_bytes(ko[:half].encode("utf-8") + ko[half:].encode("cp949"))
    (root / "latin1.txt").write_bytes(("Café société, naïve élève, à la carte. " * 30).encode("latin-1"))
    return [
        _h("undecodable.txt", "undecodable bytes", "S005_UNDECODABLE"),
        _h("mixed-encoding.txt", "half UTF-8, half CP949", "S005_UNDECODABLE"),
        _h("latin1.txt", "Latin-1 text (no Korean encoding fits)", "S005_UNDECODABLE", "S022_NOT_KOREAN"),
    ]


def binaries(root: Path) -> list[Hostile]:
    (root / "report.txt").write_bytes(pdf_bytes())
    (root / "photo.html").write_bytes(png_bytes())
    zip_bytes(root / "archive.txt")
    (root / "feed.jsonl").write_bytes(gzip.compress(b'{"id": "1", "text": "x"}\n' * 50))
    (root / "noise.htm").write_bytes(bytes((i * 97 + 13) % 256 for i in range(4096)))
    return [
        _h("report.txt", "a PDF named .txt", "S003_BINARY"),
        _h("photo.html", "a PNG named .html", "S003_BINARY"),
        _h("archive.txt", "a ZIP named .txt", "S003_BINARY"),
        _h("feed.jsonl", "a gzipped feed named .jsonl", "S003_BINARY"),
        _h("noise.htm", "random bytes named .htm", "S003_BINARY", "S005_UNDECODABLE"),
    ]


def empties(root: Path) -> list[Hostile]:
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\t\n\u3000 \n", encoding="utf-8")
    (root / "bom-only.txt").write_bytes(b"\xef\xbb\xbf\n")
    (root / "dots.txt").write_text("…… · --- !?\n", encoding="utf-8")
    (root / "empty.html").write_bytes(b"")
    (root / "empty.jsonl").write_bytes(b"\n\n  \n")
    return [
        _h("empty.txt", "0 bytes", "S004_EMPTY"),
        _h("blank.txt", "whitespace only", "S004_EMPTY"),
        _h("bom-only.txt", "a BOM and a newline", "S004_EMPTY"),
        _h("dots.txt", "punctuation only", "S004_EMPTY"),
        _h("empty.html", "an empty page", "S004_EMPTY"),
        _h("empty.jsonl", "a feed of blank lines", "S004_EMPTY"),
    ]


def controls(root: Path) -> list[Hostile]:
    ko = korean_article(2)
    (root / "nul.txt").write_text(ko[:30] + "\x00" + ko[30:] + "\x00", encoding="utf-8")
    (root / "ansi.txt").write_text("\x1b[31m" + ko + "\x1b[0m\x07", encoding="utf-8")
    return [
        _h("nul.txt", "NUL characters", "S006_CONTROL_CHARS", "S003_BINARY"),
        _h("ansi.txt", "terminal escape and bell characters", "S006_CONTROL_CHARS"),
    ]


def sizes(root: Path, big_mb: int = 20, line_mb: int = 2) -> list[Hostile]:
    line = korean_article(3).replace("\n", " ")
    with (root / "huge.txt").open("w", encoding="utf-8") as fh:
        chunk = (line + "\n") * 200
        for _ in range(big_mb * 1024 * 1024 // len(chunk.encode("utf-8")) + 1):
            fh.write(chunk)
    one_line = (line * (line_mb * 1024 * 1024 // len(line.encode("utf-8")) + 1)).strip()
    (root / "one-line.txt").write_text(one_line, encoding="utf-8")
    (root / "one-line-ascii.txt").write_text("word " * (line_mb * 1024 * 1024 // 5), encoding="utf-8")
    return [
        _h("huge.txt", f"a {big_mb} MB text file", "S007_TOO_LARGE"),
        _h("one-line.txt", f"a {line_mb} MB single line of Korean", "S008_TOO_LONG"),
        _h("one-line-ascii.txt", f"a {line_mb} MB single line of ASCII", "S008_TOO_LONG"),
    ]


def bad_jsonl(root: Path, name: str = "feed-bad.jsonl") -> tuple[list[Hostile], list[str]]:
    """A feed mixing good records with every kind of bad line: (hostile lines, sources of good records)."""
    # Good records, with published_at values that must not cost the article (no Seoul time, no date).
    stamps = ["0001-01-01T00:00:00+14:00", "not a date", "9999-12-31T23:59:59-12:00"]
    good = [json.dumps({"id": f"good-{i}", "title": f"테스트 기사 {i}", "published_at": stamps[i],
                        "text": korean_article(10 + i)}, ensure_ascii=False) for i in range(3)]
    lines = [
        good[0],
        '{"id": "trunc", "title": "잘린 줄", "text": "정부는 올해 중소기업',        # 2 truncated
        json.dumps({"id": "wrong-type", "text": 12345}),                         # 3
        json.dumps({"id": "wrong-title", "title": ["a", "b"], "text": korean_article(4)}, ensure_ascii=False),  # 4
        json.dumps({"id": "no-text", "title": "본문 없는 기사"}, ensure_ascii=False),   # 5
        good[1],                                                                  # 6
        json.dumps({"id": "good-1", "text": korean_article(5)}, ensure_ascii=False),  # 7 duplicate id
        "[1, 2, 3]",                                                              # 8
        '"just a string"',                                                        # 9
        "null",                                                                   # 10
        "[" * 100_000 + "]" * 100_000,                                            # 11 nested too deep
        '{"id": ' + "9" * 5000 + ', "text": "숫자"}',                             # 12 5,000-digit integer
        '{"id": "surrogate", "text": "\\ud800 정부는 예산을 늘렸다. 관계 부처가 밝혔다."}',  # 13
        '{"id": "nul", "text": "정부는\\u0000 예산을 늘렸다. 관계 부처가 밝혔다."}',          # 14
        json.dumps({"id": "empty-text", "text": "   "}),                          # 15
        good[2],                                                                  # 16
        "{'id': 'single-quotes', 'text': '작은따옴표'}",                           # 17
        json.dumps({"id": True, "text": korean_article(6)}, ensure_ascii=False),  # 18 boolean id
    ]
    (root / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    hostile = [
        _h(f"{name}#2", "truncated JSON line", "S010_BAD_JSON"),
        _h(f"{name}#wrong-type", "text is a number", "S011_BAD_RECORD"),
        _h(f"{name}#wrong-title", "title is an array", "S011_BAD_RECORD"),
        _h(f"{name}#no-text", "no text or html", "S012_MISSING_TEXT"),
        _h(f"{name}#7", "duplicate id", "S013_DUPLICATE_ID"),
        _h(f"{name}#8", "an array line", "S011_BAD_RECORD"),
        _h(f"{name}#9", "a string line", "S011_BAD_RECORD"),
        _h(f"{name}#10", "a null line", "S011_BAD_RECORD"),
        _h(f"{name}#11", "100,000 nested arrays", "S010_BAD_JSON"),
        _h(f"{name}#12", "a 5,000-digit integer", "S010_BAD_JSON"),
        _h(f"{name}#surrogate", "a lone surrogate escape", "S011_BAD_RECORD", "S005_UNDECODABLE"),
        _h(f"{name}#nul", "an escaped NUL", "S006_CONTROL_CHARS"),
        _h(f"{name}#empty-text", "blank text", "S004_EMPTY"),
        _h(f"{name}#17", "Python repr, not JSON", "S010_BAD_JSON"),
        _h(f"{name}#18", "a boolean id", "S011_BAD_RECORD"),
    ]
    return hostile, [f"{name}#good-{i}" for i in range(3)]


def html_pages(root: Path) -> list[Hostile]:
    menu = "".join(f"<li><a href='/s/{i}'>메뉴 {i}</a></li>" for i in range(8))
    (root / "no-article.html").write_text(
        f"<html><head><title>사이트</title></head><body><nav><ul>{menu}</ul></nav>"
        "<footer>ⓒ 테스트신문</footer></body></html>", encoding="utf-8")
    (root / "nested.html").write_text(
        "<html><body>" + "<div>" * 5000 + "<span>끝</span>" + "</div>" * 5000 + "</body></html>", encoding="utf-8")
    (root / "broken.html").write_text("<html><body><<div <p>>>> </a></b></ <!-- <script>", encoding="utf-8")
    (root / "script-only.html").write_text(
        "<html><head><script>var x = '정부는 예산을 늘렸다';</script><style>p{color:red}</style></head>"
        "<body></body></html>", encoding="utf-8")
    return [
        _h("no-article.html", "a page with menus and no article", "S020_NO_ARTICLE", "S021_EMPTY_AFTER_CLEANING"),
        _h("nested.html", "5,000 nested divs around one word", "S020_NO_ARTICLE", "S021_EMPTY_AFTER_CLEANING"),
        _h("broken.html", "markup with no text at all", "S020_NO_ARTICLE", "S021_EMPTY_AFTER_CLEANING", "S004_EMPTY"),
        _h("script-only.html", "text only inside script and style", "S020_NO_ARTICLE", "S021_EMPTY_AFTER_CLEANING"),
    ]


def other_languages(root: Path) -> list[Hostile]:
    english = ("The central bank left its policy rate unchanged on Thursday, citing persistent inflation. "
               "Officials said they would watch the labour market closely before the next meeting. ") * 4
    japanese = "政府は今年、中小企業への支援予算を大幅に増やすことを決めた。関係省庁は来月から申請を受け付ける。" * 4
    chinese = "政府决定今年大幅增加对中小企业的支持预算。有关部门表示将从下个月开始接受申请。" * 4
    (root / "english.txt").write_text(english, encoding="utf-8")
    (root / "japanese.html").write_text(
        f"<html><head><title>ニュース</title></head><body><article><h1>支援予算</h1><p>{japanese}</p>"
        f"<p>{japanese}</p></article></body></html>", encoding="utf-8")
    (root / "chinese.jsonl").write_text(json.dumps({"id": "zh", "text": chinese}, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return [
        _h("english.txt", "an English article", "S022_NOT_KOREAN"),
        _h("japanese.html", "a Japanese page", "S022_NOT_KOREAN"),
        _h("chinese.jsonl#zh", "a Chinese record", "S022_NOT_KOREAN"),
    ]


def write_all(root: Path, big_mb: int = 20, line_mb: int = 2) -> tuple[list[Hostile], list[str]]:
    """Every hostile kind under `root`: (expectations, sources of the good records mixed in)."""
    root.mkdir(parents=True, exist_ok=True)
    hostile = encodings(root) + binaries(root) + empties(root) + controls(root) + sizes(root, big_mb, line_mb)
    hostile += html_pages(root) + other_languages(root)
    lines, good = bad_jsonl(root)
    return hostile + lines, good
