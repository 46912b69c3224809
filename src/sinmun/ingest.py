"""Read input files into raw articles: txt / html / jsonl, files or folders, any Korean encoding.

Yields `RawArticle`s and `Reject`s in a deterministic order (sorted paths, then line order), lazily,
so a batch of any size streams through in bounded memory: a txt or html file is one article and is
read whole (up to `max_file_mb`); a JSONL feed is read line by line, each line capped the same way.

Scraped batches are hostile. Every way an input can fail becomes a `Reject` with a stable code
(see errors.py), never an exception: binary files with a text extension, bytes that fit no Korean
encoding (or a file whose lines mix two), empty files, control characters, oversized files and lines,
and JSONL lines that are truncated, nested too deeply, of the wrong shape or repeat an id.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .errors import Reject
from .settings import Limits

TEXT_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STAGE = "ingest"
MB = 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"

# Magic numbers of binary formats that turn up with a text extension in scraped batches. Only
# signatures no article could start with ("BM", "RIFF" could): other binaries fail the control-byte test.
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"PK\x03\x04", b"PK\x05\x06", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",
                 b"\x1f\x8b", b"Rar!\x1a", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"II*\x00", b"MM\x00*",
                 b"\x7fELF", b"SQLite format 3\x00", b"\x00\x00\x01\x00")
_SNIFF_BYTES = 64 * 1024
# C0 controls other than tab/newline/vertical tab/form feed/carriage return, DEL, and C1 controls
# (which in decoded text mean an upstream mis-decoding).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_HIDDEN_BLOCK = re.compile(r"<(script|style|noscript|svg)\b|<!--")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
_KOREAN_ENCODINGS = {"utf_8", "utf_8_sig", "cp949", "euc_kr", "johab", "ascii", "iso2022_kr"}
_JSONL_STR_FIELDS = ("id", "url", "outlet", "title", "published_at", "text", "html")
_JSONL_META = ("url", "outlet", "title", "published_at")
_MAX_ID_CHARS = 200  # a longer "id" is not an id; the record is named by its line number
_JSON_TYPE = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean",
              type(None): "null"}


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


# --- files -------------------------------------------------------------------------------------

def discover(inputs: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """(file, source name) pairs: folders recursively in sorted order, names relative to their root.

    Hidden files and files of other types are skipped in folders (a README beside the articles is
    not an input); a file named explicitly is always read, so a wrong type becomes a reject.
    """
    for root in inputs:
        root = Path(root)
        if not root.is_dir():
            yield root, source_name(root.name)
            continue
        found, visited = [], set()
        for folder, dirs, files in os.walk(root, followlinks=True):
            real = os.path.realpath(folder)
            if real in visited:  # a symlink back up the tree: read each folder once, never loop
                dirs[:] = []
                continue
            visited.add(real)
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                path = Path(folder, name)
                if name.startswith(".") or path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
                    continue
                found.append((path.relative_to(root).as_posix(), path))
        for rel, path in sorted(found):
            yield path, source_name(rel)


def source_name(name: str) -> str:
    """A file name as text that Parquet can store: undecodable bytes escaped, NFC (macOS writes NFD)."""
    raw = os.fsencode(name)
    return unicodedata.normalize("NFC", raw.decode("utf-8", errors="backslashreplace"))


def read_inputs(inputs: Iterable[Path], limits: Limits = Limits()) -> Iterator[RawArticle | Reject]:
    seen_ids: set[str] = set()
    for path, source in discover(inputs):
        try:
            yield from read_file(path, source, limits, seen_ids)
        except Exception as exc:  # a bug must cost one file, never the batch
            yield Reject.of(source, STAGE, "S090_INTERNAL", f"{type(exc).__name__}: {exc}")


def read_file(path: Path, source: str, limits: Limits, seen_ids: set[str] | None = None) -> Iterator[RawArticle | Reject]:
    kind = TEXT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield Reject.of(source, STAGE, "S002_UNSUPPORTED_TYPE", f"suffix {path.suffix or '(none)'}")
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, source, limits, seen_ids if seen_ids is not None else set())
            return
        size = path.stat().st_size
        if size > limits.max_file_mb * MB:
            yield Reject.of(source, STAGE, "S007_TOO_LARGE",
                            f"{size / MB:.1f} MB > limit {limits.max_file_mb:g} MB (--max-file-mb)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Reject.of(source, STAGE, "S001_UNREADABLE", exc.strerror or type(exc).__name__)
        return
    binary = binary_reason(data[:_SNIFF_BYTES])
    if binary:
        yield Reject.of(source, STAGE, "S003_BINARY", binary)
        return
    decoded = decode(data)
    if isinstance(decoded, str):  # a reason: the bytes are not text we can read
        yield Reject.of(source, STAGE, "S005_UNDECODABLE", decoded)
        return
    text, encoding = decoded
    problem = text_problem(text, limits, markup=kind == "html")
    if problem:
        yield Reject.of(source, STAGE, *problem)
    elif kind == "html":
        yield RawArticle(source, "html", html=text, encoding=encoding)
    else:
        yield RawArticle(source, "txt", text=text, encoding=encoding)


# --- bytes → text ------------------------------------------------------------------------------

def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file look like a binary format rather than text, or None."""
    if head.startswith(_BINARY_MAGIC):
        return f"starts with {head[:4]!r}"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text is full of NULs; decode() handles it
        return None
    controls = len(_CONTROL_BYTES.findall(head))
    if controls > max(8, len(head) // 100):
        return f"{controls} control bytes in the first {len(head):,}"
    return None


def decode(data: bytes) -> tuple[str, str] | str:
    """(NFC text, encoding name), or the reason the bytes can't be read as Korean text.

    UTF-8 (with or without BOM) first; otherwise a charset detector chooses among the encodings
    Korean news is published in. A file whose lines are partly UTF-8 and partly something else is
    refused rather than decoded into mojibake.
    """
    if data.startswith(UTF8_BOM):
        data, bom = data[len(UTF8_BOM):], True
    else:
        bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _nfc(data.decode("utf-16")), "utf_16"
        except UnicodeDecodeError as exc:
            return f"corrupt UTF-16 ({exc.reason} at byte {exc.start})"
    try:
        return _nfc(data.decode("utf-8")), "utf_8_sig" if bom else "utf_8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # a scrape cut inside its last character
            return _nfc(data[:exc.start].decode("utf-8")), "utf_8_sig" if bom else "utf_8"
        first_bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8"
    mixed = mixed_encoding_lines(data)
    if mixed or bom:
        return f"mixed encodings: {mixed or 'a UTF-8 BOM but bytes that are not UTF-8'}; {first_bad}"
    decoded = _legacy_korean(data)
    if decoded is None and data[-1:] >= b"\x80":  # a CP949 scrape cut inside its last character
        decoded = _legacy_korean(data[:-1])
    return decoded or f"{first_bad}, and no Korean encoding (CP949/EUC-KR) fits"


def _legacy_korean(data: bytes) -> tuple[str, str] | None:
    """The text in the Korean legacy encoding a charset detector finds for `data`, if any fits."""
    best = from_bytes(data, cp_isolation=sorted(_KOREAN_ENCODINGS - {"ascii"})).best()
    if best is None or best.encoding not in _KOREAN_ENCODINGS:
        return None
    try:
        return _nfc(data.decode(best.encoding)), best.encoding
    except UnicodeDecodeError:
        return None


def mixed_encoding_lines(data: bytes) -> str | None:
    """A description when some lines are UTF-8 Korean and others are not UTF-8 at all, else None.

    A line counts as UTF-8 Korean only when it decodes and holds Hangul: CP949 bytes almost never
    form valid UTF-8 three-byte sequences, so this does not misfire on pure CP949 files.
    """
    utf8, other, first_other = 0, 0, None
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            if _HANGUL_SYLLABLE.search(line.decode("utf-8")):
                utf8 += 1
        except UnicodeDecodeError:
            other += 1
            first_other = first_other or lineno
    if utf8 and other:
        return f"{utf8} line(s) are UTF-8, {other} are not (first at line {first_other})"
    return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_problem(text: str, limits: Limits, markup: bool = False) -> tuple[str, str] | None:
    """(code, detail) when a decoded text can't be an article.

    Length: the raw text may be up to 4 × `max_article_chars` (scrapes carry debris), but no line of
    plain text may exceed `max_article_chars` itself: cleaning drops lines, it never shortens one
    enough, and a megabyte on one line is a dump, not an article. HTML is exempt (pages are minified).
    """
    if not any(ch.isalnum() for ch in text):
        detail = "0 characters" if not text else "whitespace only" if not text.strip() else "no letters or digits"
        return "S004_EMPTY", detail
    control = _CONTROL.search(text)
    if control:
        n = len(_CONTROL.findall(text))
        return "S006_CONTROL_CHARS", f"{n} control character(s), first U+{ord(control.group()):04X} at character {control.start()}"
    surrogate = _SURROGATE.search(text)
    if surrogate:
        return "S005_UNDECODABLE", f"lone surrogate U+{ord(surrogate.group()):04X} at character {surrogate.start()}"
    limit = limits.max_article_chars
    if len(text) > limit * 4 and (size := markup_text_chars(text) if markup else len(text)) > limit * 4:
        what = "characters outside scripts and styles" if markup else "characters"
        return "S008_TOO_LONG", f"{size:,} {what} > 4 × limit {limit:,} (--max-article-chars)"
    if not markup and len(text) > limit:
        longest = max(map(len, text.split("\n")))
        if longest > limit:
            return "S008_TOO_LONG", f"a single line of {longest:,} characters > limit {limit:,} (--max-article-chars)"
    return None


def markup_text_chars(html: str) -> int:
    """Characters of a page outside <script>, <style>, <noscript>, <svg> blocks and comments: the
    part an extractor reads. Real pages carry megabytes of inline scripts around a short article.
    Linear in the page (an unclosed block hides the rest of the page; no regex backtracking)."""
    lower = html.lower()
    kept, pos = 0, 0
    while (m := _HIDDEN_BLOCK.search(lower, pos)) is not None:
        kept += m.start() - pos
        closing = "-->" if m.group() == "<!--" else f"</{m.group(1)}"
        end = lower.find(closing, m.end())
        if end < 0:
            return kept
        pos = lower.find(">", end) + 1 or len(lower)
    return kept + len(lower) - pos


# --- JSONL ---------------------------------------------------------------------------------------

def _read_jsonl(path: Path, source: str, limits: Limits, seen_ids: set[str]) -> Iterator[RawArticle | Reject]:
    cap = int(limits.max_file_mb * MB)
    with path.open("rb") as fh:
        binary = binary_reason(fh.read(_SNIFF_BYTES))
        if binary:
            yield Reject.of(source, STAGE, "S003_BINARY", binary)
            return
        fh.seek(0)
        any_line = False
        for lineno, line, length in _capped_lines(fh, cap):
            if lineno == 1 and line is not None and line.startswith(UTF8_BOM):
                line = line[len(UTF8_BOM):]
            if line is not None and not line.strip():
                continue
            any_line = True
            yield _jsonl_record(line, length, lineno, source, limits, seen_ids)
    if not any_line:
        yield Reject.of(source, STAGE, "S004_EMPTY", "no records")


def _capped_lines(fh: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, length) per line; bytes is None for a line longer than `cap`, which is
    skipped without being held in memory (a whole site on one line must not exhaust it)."""
    lineno = 0
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        lineno += 1
        if len(line) <= cap:
            yield lineno, line, len(line)
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(MB)
            if not line:
                break
            length += len(line)
        yield lineno, None, length


def _jsonl_record(line: bytes | None, length: int, lineno: int, source: str, limits: Limits,
                  seen_ids: set[str]) -> RawArticle | Reject:
    where = f"{source}#{lineno}"
    if line is None:
        return Reject.of(where, STAGE, "S008_TOO_LONG",
                         f"line {lineno} is {length / MB:.1f} MB > limit {limits.max_file_mb:g} MB (--max-file-mb)")
    decoded = decode(line.rstrip(b"\r\n"))
    if isinstance(decoded, str):
        return Reject.of(where, STAGE, "S005_UNDECODABLE", f"line {lineno}: {decoded}")
    text, encoding = decoded
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return Reject.of(where, STAGE, "S010_BAD_JSON", f"line {lineno}, column {exc.colno}: {exc.msg}")
    except (ValueError, RecursionError) as exc:  # 5,000-digit integers, arrays nested thousands deep
        return Reject.of(where, STAGE, "S010_BAD_JSON", f"line {lineno}: {type(exc).__name__}: {str(exc)[:80]}")
    if not isinstance(record, dict):
        kind = _JSON_TYPE.get(type(record), type(record).__name__)
        return Reject.of(where, STAGE, "S011_BAD_RECORD", f"line {lineno} is a JSON {kind}, not an object")
    rid = record.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = record["id"] = str(rid)
    if isinstance(rid, str) and rid.strip() and len(rid) <= _MAX_ID_CHARS and not _SURROGATE.search(rid):
        where = f"{source}#{rid.strip()}"
    if where in seen_ids:  # named by its line: the id names the first record that has it
        return Reject.of(f"{source}#{lineno}", STAGE, "S013_DUPLICATE_ID",
                         f"line {lineno} repeats id {where.rsplit('#', 1)[1]!r}")
    seen_ids.add(where)
    wrong = [f"{k} is a JSON {_JSON_TYPE.get(type(record[k]), '?')}" for k in _JSONL_STR_FIELDS
             if record.get(k) is not None and not isinstance(record[k], str)]
    if wrong:
        return Reject.of(where, STAGE, "S011_BAD_RECORD", f"line {lineno}: {', '.join(wrong)}; expected strings")
    broken = [k for k in _JSONL_STR_FIELDS if record.get(k) and _SURROGATE.search(record[k])]
    if broken:
        return Reject.of(where, STAGE, "S011_BAD_RECORD",
                         f"line {lineno}: field(s) {', '.join(broken)} hold a lone surrogate escape (\\ud800…)")
    content = record.get("text") if record.get("text") is not None else record.get("html")
    if content is None:
        return Reject.of(where, STAGE, "S012_MISSING_TEXT", f"line {lineno}")
    content = _nfc(content)
    problem = text_problem(content, limits, markup=record.get("text") is None)
    if problem:
        return Reject.of(where, STAGE, problem[0], f"line {lineno}: {problem[1]}")
    meta = {k: _nfc(record[k]) for k in _JSONL_META if record.get(k)}
    if record.get("text") is not None:
        return RawArticle(where, "jsonl", text=content, encoding=encoding, meta=meta)
    return RawArticle(where, "jsonl", html=content, encoding=encoding, meta=meta)
