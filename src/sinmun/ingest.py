"""Read input files into raw articles: txt / html / jsonl, files or folders, any Korean encoding.

Yields `RawArticle`s and `Reject`s in a deterministic order (sorted paths, then line order), lazily,
so a batch of any size streams through in bounded memory.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import Reject
from .settings import Limits

TEXT_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STAGE = "ingest"

# Magic numbers of binary formats that turn up with a text extension in scraped batches.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf",
                 b"\xd0\xcf\x11\xe0", b"II*\x00", b"MM\x00*", b"RIFF", b"\x7fELF", b"BM")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_KOREAN_ENCODINGS = {"utf_8", "utf_8_sig", "cp949", "euc_kr", "johab", "ascii", "iso2022_kr"}
_JSONL_STR_FIELDS = ("id", "url", "outlet", "title", "published_at", "text", "html")


@dataclass(slots=True)
class RawArticle:
    source: str
    input_format: str
    text: str | None = None
    html: str | None = None
    encoding: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def content(self) -> str:
        return self.text if self.text is not None else (self.html or "")


def discover(inputs: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """(file, source name) pairs: folders recursively in sorted order, names relative to their root."""
    for root in inputs:
        root = Path(root)
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                rel = path.relative_to(root)
                if any(part.startswith(".") for part in rel.parts) or path.suffix.lower() not in TEXT_SUFFIXES:
                    continue
                yield path, rel.as_posix()
        else:
            yield root, root.name


def read_inputs(inputs: Iterable[Path], limits: Limits = Limits()) -> Iterator[RawArticle | Reject]:
    seen_ids: set[str] = set()
    for path, source in discover(inputs):
        yield from read_file(path, source, limits, seen_ids)


def read_file(path: Path, source: str, limits: Limits, seen_ids: set[str] | None = None) -> Iterator[RawArticle | Reject]:
    kind = TEXT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield Reject.of(source, STAGE, "S002_UNSUPPORTED_TYPE", f"suffix {path.suffix or '(none)'}")
        return
    try:
        size = path.stat().st_size
        if size > limits.max_file_mb * 1024 * 1024:
            yield Reject.of(source, STAGE, "S007_TOO_LARGE", f"{size / 1e6:.1f} MB > limit {limits.max_file_mb} MB")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Reject.of(source, STAGE, "S001_UNREADABLE", exc.strerror or type(exc).__name__)
        return
    if data.startswith(_BINARY_MAGIC) and not data.startswith(b"\xef\xbb\xbf"):
        yield Reject.of(source, STAGE, "S003_BINARY", f"starts with {data[:4]!r}")
        return
    decoded = decode(data)
    if isinstance(decoded, str):  # a reason: the bytes are not text we can read
        code = "S003_BINARY" if decoded == "binary" else "S005_UNDECODABLE"
        yield Reject.of(source, STAGE, code, decoded)
        return
    text, encoding = decoded
    if kind == "jsonl":
        yield from _jsonl_records(text, source, encoding, limits, seen_ids if seen_ids is not None else set())
        return
    problem = text_problem(text, limits)
    if problem:
        yield Reject.of(source, STAGE, *problem)
        return
    if kind == "html":
        yield RawArticle(source, "html", html=text, encoding=encoding)
    else:
        yield RawArticle(source, "txt", text=text, encoding=encoding)


def decode(data: bytes) -> tuple[str, str] | str:
    """(NFC text, encoding name), or the reason the bytes can't be read as Korean text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _nfc(data[3:].decode("utf-8", errors="replace")), "utf_8_sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _nfc(data.decode("utf-16")), "utf_16"
        except UnicodeDecodeError:
            return "undecodable UTF-16"
    if data.count(b"\x00") > max(8, len(data) // 100):
        return "binary"
    try:
        return _nfc(data.decode("utf-8")), "utf_8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: let a charset detector judge, but accept only encodings Korean news is published in.
    best = from_bytes(data, cp_isolation=sorted(_KOREAN_ENCODINGS - {"ascii"})).best()
    if best is None or best.encoding not in _KOREAN_ENCODINGS:
        return "no Korean encoding fits (mixed encodings or corrupt bytes?)"
    try:
        return _nfc(data.decode(best.encoding)), best.encoding
    except UnicodeDecodeError:
        return f"corrupt {best.encoding} bytes"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_problem(text: str, limits: Limits) -> tuple[str, str] | None:
    """(code, detail) when a decoded text can't be an article."""
    if not text.strip():
        return "S004_EMPTY", "whitespace only" if text else "0 bytes"
    if "\x00" in text or _CONTROL.search(text):
        n = len(_CONTROL.findall(text))
        return "S006_CONTROL_CHARS", f"{n} control characters"
    if len(text) > limits.max_article_chars * 4:
        return "S008_TOO_LONG", f"{len(text):,} characters > 4 × limit {limits.max_article_chars:,}"
    return None


def _jsonl_records(text: str, source: str, encoding: str, limits: Limits, seen_ids: set[str]) -> Iterator[RawArticle | Reject]:
    any_line = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        any_line = True
        where = f"{source}#{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject.of(where, STAGE, "S010_BAD_JSON", f"line {lineno}: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Reject.of(where, STAGE, "S011_BAD_RECORD", f"line {lineno} is a JSON {type(record).__name__}, not an object")
            continue
        if isinstance(record.get("id"), int) and not isinstance(record.get("id"), bool):
            record["id"] = str(record["id"])
        wrong = [k for k in _JSONL_STR_FIELDS if record.get(k) is not None and not isinstance(record[k], str)]
        if wrong:
            yield Reject.of(where, STAGE, "S011_BAD_RECORD", f"line {lineno}: field(s) {', '.join(wrong)} must be strings")
            continue
        rid = record.get("id")
        if rid is not None:
            where = f"{source}#{rid}"
            if where in seen_ids:
                yield Reject.of(where, STAGE, "S013_DUPLICATE_ID", f"line {lineno} repeats id {rid!r}")
                continue
            seen_ids.add(where)
        content = record.get("text") if record.get("text") is not None else record.get("html")
        if content is None:
            yield Reject.of(where, STAGE, "S012_MISSING_TEXT", f"line {lineno}")
            continue
        content = _nfc(content)
        problem = text_problem(content, limits)
        if problem:
            yield Reject.of(where, STAGE, problem[0], f"line {lineno}: {problem[1]}")
            continue
        meta = {k: _nfc(record[k]) for k in ("url", "outlet", "title", "published_at") if record.get(k)}
        if record.get("text") is not None:
            yield RawArticle(where, "jsonl", text=content, encoding=encoding, meta=meta)
        else:
            yield RawArticle(where, "jsonl", html=content, encoding=encoding, meta=meta)
    if not any_line:
        yield Reject.of(source, STAGE, "S004_EMPTY", "no records")
