"""Korean and Arabic numerals: 5조7000억, 3조5천억, 삼천이백억, 1,865, 9.8조, 76.1백만, and vague 수백조.

Pure functions, no spaCy: `parse_number` turns a written number into a `Decimal` (or None when it is not a
well-formed number), `is_vague_number` recognises numbers like 수백조 that have no exact value. `TokenView`
is how the rules see the Kiwi tokenization (token boundaries and tags) without depending on spaCy;
`DocView` implements it over a `Doc`, `PlainView` accepts everything (for pure tests).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal, InvalidOperation
from typing import Protocol

from spacy.attrs import IDX, LENGTH

from ..doc_ext import doc_tags, doc_text

INT64_MAX = 2**63 - 1

HANGUL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}

# Regex building blocks shared by the money, percent and date rules.
TILDES = "~∼〜～"  # the range marks of "12~14일", "20만∼30만 달러"

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A Hangul numeral has a 십/백/천 (삼천이백, 천) or is one digit before 만/억/조/경 (오만, 일조): a lone 이 or
# 사 is far more often a particle or a syllable of a word.
HANGUL_NUMERAL = r"(?:[일이삼사오육칠팔구]?[십백천])+[일이삼사오육칠팔구]?|[일이삼사오육칠팔구](?=여?[만억조경])"
# One piece of a chained number: digits or Hangul numerals, an optional 십/백/천, an optional 여 (about),
# an optional 만/억/조/경. `5조`, `7000억`, `5천`, `4,666억`, `8500여만`, `삼천이백억`, `915`. The big unit may
# stand one space apart (`2800여 만`, `2천 만`): the particle 만 (only) is always glued, so a spaced 만 is the unit.
PIECE = rf"(?:(?:{ARABIC})(?:[십백천])?|{HANGUL_NUMERAL})(?:여?[ ]?[만억조경])?여?"
# Vague numbers: 수백조, 수천억, 십수억, 몇백만, 수억.
VAGUE = r"(?:수십수|십수|수|몇)[십백천]?(?:여)?[만억조경]+(?:여)?"

_PIECE_RE = re.compile(rf"(?:(?P<num>{ARABIC})(?P<small>[십백천])?|(?P<hnum>{HANGUL_NUMERAL}))(?:(?P<yeo1>여)?[ ]?(?P<big>[만억조경]))?(?P<yeo2>여)?")
_VAGUE_RE = re.compile(rf"^{VAGUE}$")
_BIG_ORDER = "만억조경"


def parse_hangul_numeral(text: str) -> int | None:
    """삼천이백 -> 3200, 천 -> 1000, 십오 -> 15, 구 -> 9; None when the text is not a Hangul numeral."""
    if not text:
        return None
    total, digit = 0, None
    for ch in text:
        if ch in HANGUL_DIGITS:
            if digit is not None:  # two digits in a row (이삼) is not a numeral
                return None
            digit = HANGUL_DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _piece_value(num: str) -> Decimal | None:
    if num[0].isdigit():
        try:
            return Decimal(num.replace(",", ""))
        except InvalidOperation:
            return None
    value = parse_hangul_numeral(num)
    return None if value is None else Decimal(value)


def split_pieces(text: str) -> list[re.Match] | None:
    """The pieces of a chained number (`5조 2,000억` -> [5조, 2,000억]); None if anything else is in it."""
    pieces, pos = [], 0
    stripped = text.strip()
    while pos < len(stripped):
        if stripped[pos].isspace():
            pos += 1
            continue
        m = _PIECE_RE.match(stripped, pos)
        if not m or m.end() == pos:
            return None
        pieces.append(m)
        pos = m.end()
    return pieces or None


def parse_number(text: str) -> Decimal | None:
    """The value of a written number: `5조7000억` -> 5700000000000, `9.8조` -> 9800000000000,
    `3조5천억` -> 3500000000000, `삼천이백억` -> 320000000000, `1,865` -> 1865, `76.1백만` -> 76100000.

    Big units must decrease along the chain (5조7000억, not 7000억5조); a bare number without unit may only
    end the chain (16만6천915). Returns None for anything that is not a well-formed number.
    """
    pieces = split_pieces(text)
    if not pieces:
        return None
    total = Decimal(0)
    section = Decimal(0)  # the part below the next big unit (5천 in 3조5천억)
    last_big = len(_BIG_ORDER)
    last_small = 10**4
    for i, m in enumerate(pieces):
        value = _piece_value(m["num"] or m["hnum"])
        if value is None:
            return None
        small, big = m["small"], m["big"]
        if small:
            if SMALL_UNITS[small] >= last_small:
                return None
            last_small = SMALL_UNITS[small]
            section += value * SMALL_UNITS[small]
        else:
            if not big and i != len(pieces) - 1:
                return None
            section += value
        if big:
            rank = _BIG_ORDER.index(big)
            if rank >= last_big:
                return None
            last_big = rank
            total += section * BIG_UNITS[big]
            section = Decimal(0)
            last_small = 10**4
    return total + section


def has_big_unit(text: str) -> bool:
    return any(ch in BIG_UNITS for ch in text)


def has_approximate_marker(text: str) -> bool:
    """4억8500여만, 100여억, 1조여: 여 inside the number means 'some'."""
    return "여" in text


def is_vague_number(text: str) -> bool:
    """수백조, 수천억, 십수억, 몇백만: a magnitude without an exact value."""
    return bool(_VAGUE_RE.match(text.replace(" ", "")))


def to_int64(value: Decimal) -> tuple[int | None, bool]:
    """(whole units, overflow). A value beyond int64 is flagged, never wrapped. A value with a fraction of a
    unit (19.691원, $2.5) has no whole-unit value: rounding it would state a price nobody wrote."""
    if value != value.to_integral_value():
        return None, False
    whole = int(value)
    if abs(whole) > INT64_MAX:
        return None, True
    return whole, False


def is_fractional(value: Decimal | None) -> bool:
    """19.691 is; 1.5억 (150000000) and 76.1백만 are whole numbers of units."""
    return value is not None and value != value.to_integral_value()


def plain_number(text: str) -> Decimal | None:
    """An Arabic number with optional thousands separators and decimals (`1,865`, `36.8`)."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


class TokenView(Protocol):
    """What the rules need to know about the tokenization of a text."""

    def boundary(self, pos: int) -> bool:
        """Is `pos` the start or end of a token (or the text's start/end)?"""

    def tags(self, start: int, end: int) -> list[str]:
        """Tags of the tokens overlapping text[start:end] (a contraction's tags joined by '+')."""

    def words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, text) of the tokens inside text[start:end]."""


class PlainView:
    """A view without tokenization: every position is a boundary and every tag is acceptable."""

    def __init__(self, text: str):
        self.text = text

    def boundary(self, pos: int) -> bool:
        return True

    def tags(self, start: int, end: int) -> list[str]:
        return []

    def words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\w+|[^\w\s]", self.text[start:end])]


VIEW_KEY = "sinmun_doc_view"  # the token offsets a DocView reads, kept as plain data (docs may be copied)


def doc_view(doc) -> "DocView":
    """The doc's `DocView`; its token offsets are read once for the rule components that use them (money,
    percent and dates run on the same tokens), and again when the doc's tokens or text changed."""
    text = doc_text(doc)
    cached = doc.user_data.get(VIEW_KEY)
    if cached is not None and cached[0] == len(doc) and cached[1] is text:
        return DocView(doc, text, offsets=cached[2:])
    view = DocView(doc, text)
    doc.user_data[VIEW_KEY] = (len(doc), text, view.starts, view.ends, view._boundaries)
    return view


class DocView:
    """Token boundaries and tags of a spaCy `Doc`, looked up by character offset."""

    def __init__(self, doc, text: str | None = None, offsets: tuple | None = None):
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        if offsets is not None:  # (starts, ends, boundaries) of these tokens, read before (`doc_view`)
            self.starts, self.ends, self._boundaries = offsets
            return
        if len(doc):
            cols = doc.to_array([IDX, LENGTH])
            self.starts = cols[:, 0].tolist()
            self.ends = (cols[:, 0] + cols[:, 1]).tolist()
        else:
            self.starts, self.ends = [], []
        self._boundaries = set(self.starts) | set(self.ends) | {0, len(self.text)}

    def _tag(self, i: int) -> str:
        return doc_tags(self.doc)[i]

    def boundary(self, pos: int) -> bool:
        return pos in self._boundaries

    def _range(self, start: int, end: int) -> range:
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        return range(first, last)

    def tags(self, start: int, end: int) -> list[str]:
        return [self._tag(i) for i in self._range(start, end)]

    def words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(self.starts[i], self.ends[i], self.text[self.starts[i]:self.ends[i]]) for i in self._range(start, end)
                if self.starts[i] >= start and self.ends[i] <= end]
