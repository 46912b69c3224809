"""Text normalization and the prose heuristics the other cleaning stages lean on."""

from __future__ import annotations

import html
import re
import unicodedata

# Every character Python's str.splitlines() treats as a line break becomes "\n", so a cleaned body
# splits the same way the second time round (idempotence).
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Zero-width characters, soft hyphens, BOMs and other control characters carry no text.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ufffe\uffff]")
# Line classifiers are pure functions of the line; the second, checking pass of cleaning and
# boilerplate shared by many articles hit this cache.
LINE_CACHE = 1 << 14

# A sentence end: final punctuation, optionally closed by quotes or brackets.
# A sentence end: final punctuation, optionally closed by quotes or brackets and followed by
# wiki-style citation marks ("…말했다.[5][6]").
_SENTENCE_END = re.compile(r"[.!?。]['\"”’」』)\]]*(?:\[\d{1,3}\])*$")
_HANGUL = re.compile(r"[가-힣]")


# HTML entities that survived a scrape, escaped twice (&amp;quot;) or with their "&" lost (amp;#39;).
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_LOST_AMP = re.compile(r"(?<![&;A-Za-z])amp;(?=#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z]{2,8};)")


def repair_entities(text: str) -> str:
    """Decode leftover HTML entities until none is left (so cleaning stays idempotent). Each round
    makes the text shorter, so the loop ends."""
    while "&" in text or "amp;" in text:
        restored = _LOST_AMP.sub("&", text)
        if not _ENTITY.search(restored):
            break
        decoded = html.unescape(restored)
        if decoded == restored:
            break
        text = decoded
    return text


# Full-width brackets and separators some sites print ("［홍길동 기자］", "（서울＝가상통신）", "기자｜"): the
# ASCII ones every rule reads. Full-width letters, digits and signs of prose ("200ｍ", "５％") stay.
_FULL_WIDTH_PUNCTUATION = str.maketrans("（）［］＝｜：＜＞／", "()[]=|:<>/")


def normalize_lines(text: str) -> list[str]:
    """NFC text split into stripped, non-empty lines, full-width brackets and separators as ASCII.
    Spacing inside a line is left as written, so a sentence quoted from the article still matches its
    cleaned text."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", repair_entities(text))).translate(_FULL_WIDTH_PUNCTUATION)
    return [line for raw in _LINE_BREAKS.split(text) if (line := raw.strip())]


def tidy(line: str) -> str:
    """The line without the spaces a removal left at its ends."""
    return line.strip()


def nospace(text: str) -> str:
    """The text without any whitespace: the key for comparing lines and titles."""
    return "".join(text.split())


def is_prose(line: str) -> bool:
    """A line that reads as article prose: Korean text ending a sentence."""
    return len(line) >= 20 and bool(_SENTENCE_END.search(line)) and bool(_HANGUL.search(line))


# The plain written style's sentence end, the style of news prose: 다 after anything but the polite 니
# ("…했다.", not "…합니다.", the style notices and promotions address the reader in).
_PLAIN_END = re.compile(r"(?<!니)다[.!]?['\"”’」』)\]]*\s*$")


def ends_plain(line: str) -> bool:
    return bool(_PLAIN_END.search(line))


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))
