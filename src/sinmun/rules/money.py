"""Money amounts: every written form of Korean news, normalized to whole units of an ISO currency.

`find_amounts(text, view)` is the rule itself (pure: a text and a view of its tokenization in, `Amount`s
out); the `sinmun_money` spaCy component runs it on the Kiwi-tokenized body and writes MONEY mentions and
`amounts` rows. Steps, in order:
1. scan numbers (5조7000억, 9.8조, 삼천이백억, 수백조) and what is written around them: currency after
   (원, 달러, 미국 달러) or before ($, USD), qualifiers (약, 최대 / 이상, 가량, 여 / 까지);
2. link ranges (100억~200억원, 70~80만원: the first end taking the second's unit) and write each range, and
   each bracket (15만원 이상 30만원 미만), as ONE amount: its whole surface, `value` its upper end (the amount
   bounded from above; the steering facts convention writes null, which its scorer does not check), its ends
   in `range_low` and `range_high`;
3. link conversions in parentheses (1조3452억 달러(약 1865조원): the second has `converted_from`);
4. decide the currency of bare numbers with 만/억/조: KRW when the words around are about money
   (`currency_implied`), dropped when they count things (100억 개, 관객 1000만).
"""

import re
import tomllib
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_ext import add_mention, doc_text
from ..resources import read_lines, resource_path
from . import numbers
from .numbers import BIG_UNITS, PIECE, SMALL_UNITS, TILDES, VAGUE, PlainView, TokenView, doc_view

RANGE_SEP = re.compile(rf"^\s?(?:[{TILDES}]|-|–)\s?$")
LEGAL_BEFORE = re.compile(r"(?:제|법|법률|령|조례|규칙|헌법|헌장|규정|규약|정관|약관|협약|협정|조약|」|』)\s?$")  # 제35조, 규약 17조
LEGAL_AFTER = re.compile(r"\s?(?:제?\s?\d+\s?항|의\s?\d|제\s?\d)")  # 70조 1항, 35조의2
RANGE_NEXT = re.compile(rf"\s?[{TILDES}]\s?\d")


@dataclass
class Amount:
    start: int
    end: int
    text: str
    value: int | None
    currency: str | None
    approximate: bool = False
    qualifier: str | None = None
    currency_implied: bool = False
    overflow: bool = False
    range_id: int | None = None
    converted_from: int | None = None
    range_low: int | None = None
    range_high: int | None = None
    # Internal: where the number itself is, its exact value and the scale of its first unit (억 in 200억).
    num_start: int = field(default=0, repr=False)
    num_end: int = field(default=0, repr=False)
    exact: Decimal | None = field(default=None, repr=False)
    scale: int = field(default=1, repr=False)
    vague: bool = field(default=False, repr=False)
    has_big_unit: bool = field(default=False, repr=False)
    borrowed: bool = field(default=False, repr=False)  # a range's first end that takes the last end's currency

    def row(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value,
            "currency": self.currency, "approximate": self.approximate, "qualifier": self.qualifier,
            "currency_implied": self.currency_implied, "overflow": self.overflow,
            "range_id": self.range_id, "converted_from": self.converted_from, "range_low": self.range_low,
            "range_high": self.range_high,
        }

    @property
    def normalized(self) -> str | None:
        """`3000000000000 KRW`; a fraction of a unit keeps its decimals (`19.691 KRW`) though `value` is null."""
        if self.value is None and numbers.is_fractional(self.exact):
            return f"{self.exact:f} {self.currency}"
        if self.value is None and self.range_low is not None and self.range_high is not None:
            return f"{self.range_low}~{self.range_high} {self.currency}"  # a range: its ends
        return None if self.value is None else f"{self.value} {self.currency}"


def _alternation(words) -> str:
    """Longest first; a space inside a word also matches no space (미국 달러 = 미국달러)."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s?".join(re.escape(p) for p in w.split(" ")) for w in parts)


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


@dataclass(frozen=True)
class MoneyLexicon:
    """Money words from `resources/` and the patterns compiled from them (built once per process)."""

    suffix_currencies: dict[str, tuple[str, str | None]]
    prefix_currencies: dict[str, str]
    prefix_approximate: frozenset[str]
    prefix_bound: frozenset[str]
    suffix_approximate: frozenset[str]
    suffix_bound: frozenset[str]
    particle_bound: frozenset[str]
    magnitudes: dict[str, int]
    conversion_words: frozenset[str]
    conversion_currency: dict[str, str]
    cues: tuple[str, ...]
    next_words: frozenset[str]
    count_nouns: frozenset[str]
    cue_verbs: tuple[str, ...]
    counters: frozenset[str]
    window: int
    start_re: re.Pattern = field(repr=False)
    vague_re: re.Pattern = field(repr=False)
    piece_re: re.Pattern = field(repr=False)
    suffix_currency_re: re.Pattern = field(repr=False)
    currency_splits: dict[str, frozenset[int]] = field(repr=False)
    prefix_currency_re: re.Pattern = field(repr=False)
    magnitude_re: re.Pattern = field(repr=False)
    prefix_qualifier_re: re.Pattern = field(repr=False)
    suffix_qualifier_re: re.Pattern = field(repr=False)
    particle_re: re.Pattern = field(repr=False)
    conversion_open_re: re.Pattern = field(repr=False)
    cue_re: re.Pattern = field(repr=False)
    range_head_re: re.Pattern = field(repr=False)


def _norm(surface: str) -> str:
    return re.sub(r"\s+", "", surface)


def _splits(surface: str) -> frozenset[int]:
    """Where a currency word may be split into tokens: between its words (미국|달러) and before 화 (달러|화)."""
    words = surface.split(" ")
    cuts = {sum(len(w) for w in words[:i]) for i in range(1, len(words))}
    if surface.endswith("화") and len(surface) > 1:
        cuts.add(len(_norm(surface)) - 1)
    return frozenset(cuts)


def _currency_tokens_ok(text: str, m: re.Match, view: TokenView, lex: MoneyLexicon) -> bool:
    """The currency is whole tokens: 5위안에 is 5위 안에 (5th place), not 5 CNY."""
    start, end = m.start("cur"), m.end("cur")
    allowed = lex.currency_splits[_norm(m["cur"])]
    for s, _, _ in view.words(start, end)[1:]:
        if len(_norm(text[start:s])) not in allowed:
            return False
    return True


@lru_cache(maxsize=1)
def load_lexicon() -> MoneyLexicon:
    suffix: dict[str, tuple[str, str | None]] = {}
    prefix: dict[str, str] = {}
    for line in read_lines("currencies.tsv"):
        cols = line.split("\t")
        surface, iso, position = cols[0], cols[1], cols[2]
        tag = cols[3] if len(cols) > 3 and cols[3] else None
        if position in ("suffix", "both"):
            suffix[surface] = (iso, tag)
        if position in ("prefix", "both"):
            prefix[surface] = iso
    words = tomllib.loads(resource_path("money_words.toml").read_text(encoding="utf-8"))
    q, conv, imp = words["qualifiers"], words["conversion"], words["implied_krw"]
    prefix_words = q["prefix_approximate"] + q["prefix_bound"]
    suffix_words = q["suffix_approximate"] + q["suffix_bound"]
    conv_words = list(conv["prefixes"]) + list(conv["implied_currency"])
    return MoneyLexicon(
        suffix_currencies={_norm(k): v for k, v in suffix.items()},
        prefix_currencies={_norm(k): v for k, v in prefix.items()},
        prefix_approximate=frozenset(q["prefix_approximate"]),
        prefix_bound=frozenset(q["prefix_bound"]),
        suffix_approximate=frozenset(q["suffix_approximate"]),
        suffix_bound=frozenset(q["suffix_bound"]),
        particle_bound=frozenset(q["particle_bound"]),
        magnitudes={k.lower(): int(v) for k, v in words["magnitudes"].items()},
        conversion_words=frozenset(_norm(w) for w in conv_words),
        conversion_currency={_norm(k): v for k, v in conv["implied_currency"].items()},
        cues=tuple(imp["cues"]),
        next_words=frozenset(imp["next_words"]),
        count_nouns=frozenset(imp["count_nouns"]),
        cue_verbs=tuple(imp["cue_verbs"]),
        counters=frozenset(read_lines("counters.txt")),
        window=int(imp["window"]),
        start_re=re.compile(rf"{VAGUE}|{PIECE}(?:[ ]?{PIECE})*"),
        vague_re=re.compile(VAGUE),
        piece_re=re.compile(PIECE),
        suffix_currency_re=re.compile(rf"\s?(?P<yeo>여\s?)?(?P<cur>{_alternation(suffix)})"),
        currency_splits={_norm(k): _splits(k) for k in suffix},
        prefix_currency_re=re.compile(rf"(?:{_alternation(prefix)})\s?$"),
        magnitude_re=re.compile(rf"\s?({_alternation(words['magnitudes'])})(?![A-Za-z])", re.IGNORECASE),
        prefix_qualifier_re=re.compile(rf"(?:{_alternation(prefix_words)})\s?$"),
        suffix_qualifier_re=re.compile(rf"\s?({_alternation(suffix_words)})"),
        particle_re=re.compile(rf"({_alternation(q['particle_bound'])})"),
        conversion_open_re=re.compile(rf"^\s?\(\s?(?:(?:{_alternation(conv_words)})\s?)*$"),
        cue_re=re.compile(_alternation(imp["cues"])),
        range_head_re=re.compile(rf"(?:{VAGUE}|{PIECE}(?:[ ]?{PIECE})*)\s?(?:[{TILDES}]|-|–)\s?$"),
    )


# --- scanning -------------------------------------------------------------------------------------


def _number_start_ok(text: str, pos: int, view: TokenView) -> bool:
    if not view.boundary(pos):
        return False
    if pos == 0:
        return True
    prev, ch = text[pos - 1], text[pos]
    if ch.isdigit():
        return not (prev.isdigit() or prev in ".," or prev.isascii() and prev.isalpha())
    return not _is_hangul(prev)  # Hangul numerals and 수백: not glued to a preceding word


def _hangul_piece_ok(text: str, start: int, end: int, view: TokenView) -> bool:
    """A Hangul numeral piece needs a unit (이 alone is a particle, 이상 a word) and Kiwi's NR tag."""
    piece = text[start:end]
    if not any(ch in SMALL_UNITS or ch in BIG_UNITS for ch in piece):
        return False
    tags = view.tags(start, end)
    return all("NR" in t or "SN" in t for t in tags)


def _spaced_unit_ok(text: str, piece: re.Match, view: TokenView) -> bool:
    """A big unit one space after its number (2800여 만) must be Kiwi's numeral unit (NR), a token of its own."""
    gap = piece.group().find(" ")
    if gap < 0:
        return True
    unit = piece.start() + gap + 1
    tags = view.tags(unit, unit + 1)
    return view.boundary(unit) and view.boundary(unit + 1) and all("NR" in t for t in tags)


@dataclass
class _Number:
    start: int
    end: int
    exact: Decimal | None
    vague: bool
    big: bool
    scale: int
    approx: bool
    arabic_only: bool


def _read_number(text: str, start: int, limit: int, view: TokenView, lex: MoneyLexicon) -> _Number | None:
    """The longest well-formed number starting at `start` (and ending by `limit`) that ends on a token boundary."""
    vm = lex.vague_re.match(text, start)
    if vm and view.boundary(vm.end()) and all("NR" in t or "SN" in t for t in view.tags(start, vm.end())):
        return _Number(start, vm.end(), None, True, True, 1, True, False)
    pieces = []
    pos = start
    while pos < limit:
        m = lex.piece_re.match(text, pos)
        if not m or m.end() == pos:
            break
        pieces.append(m)
        pos = m.end()
        if pos < limit and text[pos] == " ":
            pos += 1
    for k in range(len(pieces), 0, -1):
        chosen = pieces[:k]
        end = chosen[-1].end()
        if not view.boundary(end):
            continue
        if any(not p.group()[0].isdigit() and not _hangul_piece_ok(text, p.start(), p.end(), view) for p in chosen):
            continue
        if any(not _spaced_unit_ok(text, p, view) for p in chosen):
            continue
        chain = text[start:end]
        exact = numbers.parse_number(chain)
        if exact is None:
            continue
        first = numbers.split_pieces(chosen[0].group())[0]
        scale = (SMALL_UNITS.get(first["small"] or "", 1)) * BIG_UNITS.get(first["big"] or "", 1)
        return _Number(
            start, end, exact, False, numbers.has_big_unit(chain), scale, numbers.has_approximate_marker(chain),
            all(p.group()[0].isdigit() for p in chosen) and not any(ch in "십백천만억조경" for ch in chain),
        )
    return None


def _tail(text: str, num: _Number, view: TokenView, lex: MoneyLexicon):
    """Magnitude word, currency and qualifiers written after the number."""
    pos, currency, magnitude = num.end, None, 1
    if num.arabic_only:
        m = lex.magnitude_re.match(text, pos)
        if m and view.boundary(m.end()):
            magnitude, pos = lex.magnitudes[m.group(1).lower()], m.end()
    m = lex.suffix_currency_re.match(text, pos)
    if m and view.boundary(m.end()) and view.boundary(m.start("cur")) and _currency_tokens_ok(text, m, view, lex):
        iso, tag = lex.suffix_currencies[_norm(m["cur"])]
        tags = view.tags(m.start("cur"), m.end())
        # Right after a number, a currency word that is a token of its own is money whatever Kiwi tags it
        # (it tags 원 NNG in 3천원부터, 5000만원만): the tag only tells 원 from a syllable of a longer word.
        # A noun after it makes 원 a syllable of a word again (3원 체계: a three-way system).
        whole_token = [(s, e) for s, e, _ in view.words(m.start("cur"), m.end())] == [(m.start("cur"), m.end())]
        following = view.words(m.end(), min(len(text), m.end() + 8))
        if following and not text[m.end():following[0][0]].strip():
            whole_token = whole_token and not any(t.startswith("NN") for t in view.tags(*following[0][:2])[:1])
        # a banknote's name (5만원권) is its face value: money written in the text, read by facts as a reference
        if tag is None or not tags or any(tag in t for t in tags) or whole_token:
            currency, pos = iso, m.end()
            num.approx = num.approx or m["yeo"] is not None  # 1억 여원
    return pos, currency, magnitude


def _qualifiers(text: str, start: int, end: int, view: TokenView, lex: MoneyLexicon, written: bool = True):
    """Prefix qualifier before `start`, suffix qualifier and bounding particle after `end`. Without a written
    currency, 대 and 여 after the number are left alone: 5만대 counts cars."""
    approximate, bound = False, None
    m = lex.prefix_qualifier_re.search(text, max(0, start - 12), start)
    if m and view.boundary(m.start()) and (m.start() == 0 or not _is_hangul(text[m.start() - 1])):
        word = _norm(m.group().strip())
        start = m.start()
        if word in lex.prefix_approximate:
            approximate = True
        else:
            bound = word
    m = lex.suffix_qualifier_re.match(text, end)
    if m and view.boundary(m.end()) and view.boundary(m.start(1)):
        word = m.group(1)
        # 여 and 대 only count glued to the amount (100억여, 100억원대); "100억 대출" is another word.
        if not (word in ("여", "대") and (m.group()[0].isspace() or not written)):
            end = m.end()
            if word in lex.suffix_approximate:
                approximate = True
            elif bound is None:
                bound = word
    m = lex.particle_re.match(text, end)
    if m and view.boundary(m.end()) and bound is None:
        bound = m.group(1)
    return start, end, approximate, bound


def _prefix_currency(text: str, num_start: int, view: TokenView, lex: MoneyLexicon) -> tuple[int, str | None]:
    m = lex.prefix_currency_re.search(text, max(0, num_start - 5), num_start)
    if not m or not view.boundary(m.start()):
        return num_start, None
    if m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
        return num_start, None
    return m.start(), lex.prefix_currencies[_norm(m.group())]


def _scan(text: str, view: TokenView, lex: MoneyLexicon) -> list[Amount]:
    found: list[Amount] = []
    pos = 0
    while True:
        m = lex.start_re.search(text, pos)
        if not m:
            break
        amount = None
        starts = [m.start()] + [p.start() for p in lex.piece_re.finditer(text, m.start(), m.end())][1:]
        for s in starts:
            if not _number_start_ok(text, s, view):
                continue
            num = _read_number(text, s, m.end(), view, lex)
            if num is not None:
                amount = _amount(text, num, view, lex)
                if amount is not None:
                    break
        if amount is None:
            pos = m.end()
            continue
        found.append(amount)
        pos = max(amount.end, amount.num_end)
    return found


def _amount(text: str, num: _Number, view: TokenView, lex: MoneyLexicon) -> Amount | None:
    start, precur = _prefix_currency(text, num.start, view, lex)
    end, currency, magnitude = _tail(text, num, view, lex)
    currency = currency or precur
    if num.vague and currency is None:
        return None  # 수만 6000명: 수 (number of) + 만 (only); vague amounts need a written currency
    if currency is None and not num.big:
        return None  # 2354, 13:59, 5G: no unit, no currency
    if precur is None:
        start = num.start
    # 800억대 is a range of amounts even without 원; 5만대 may count cars.
    q_start, q_end, approx, bound = _qualifiers(text, start, end, view, lex,
                                                written=currency is not None or text[end - 1] in "억조경")
    exact = None if num.exact is None else num.exact * magnitude
    value, overflow = numbers.to_int64(exact) if exact is not None else (None, False)
    return Amount(
        start=q_start, end=q_end, text=text[q_start:q_end], value=value, currency=currency,
        approximate=approx or num.vague or num.approx, qualifier=bound, overflow=overflow,
        num_start=num.start, num_end=num.end, exact=exact, scale=num.scale * magnitude, vague=num.vague,
        has_big_unit=num.big,
    )


# --- linking --------------------------------------------------------------------------------------


def _link_ranges(text: str, amounts: list[Amount], view: TokenView, lex: MoneyLexicon) -> list[Amount]:
    """100억~200억원, 100~200억원, 수백억~수천억원: the first end of a range takes the second's unit."""
    out: list[Amount] = []
    for b in amounts:
        if b.currency is None or b.start != b.num_start:
            out.append(b)
            continue
        a = out[-1] if out else None
        if a is not None and RANGE_SEP.match(text[a.end:b.start]):
            a.range_id = b.range_id = a.start
            if a.currency is None:
                a.currency, a.borrowed = b.currency, True
            out.append(b)
            continue
        head = lex.range_head_re.search(text, max(0, b.start - 30), b.start)
        if head and (not out or out[-1].end <= head.start()):
            a = _range_head(text, head.start(), b, view, lex)
            if a is not None:
                out.append(a)
        out.append(b)
    return out


def _range_head(text: str, start: int, b: Amount, view: TokenView, lex: MoneyLexicon) -> Amount | None:
    """The bare first end of a range (the 100 of 100~200억원) as an amount in b's unit and currency."""
    for m in lex.piece_re.finditer(text, start, b.start):
        s = m.start()
        if not _number_start_ok(text, s, view):
            continue
        num = _read_number(text, s, b.start, view, lex)
        if num is None or not RANGE_SEP.match(text[num.end:b.start]):
            continue
        exact = num.exact
        if exact is not None and num.arabic_only:  # 100~200억원: the 100 is 100억
            exact = exact * b.scale
        q_start, _, approx, bound = _qualifiers(text, s, num.end, PlainView(text), lex)
        if q_start != s and not view.boundary(q_start):
            q_start = s
        value, overflow = numbers.to_int64(exact) if exact is not None else (None, False)
        return Amount(
            start=q_start, end=num.end, text=text[q_start:num.end], value=value, currency=b.currency,
            approximate=approx or num.vague or num.approx, qualifier=bound if bound in lex.prefix_bound else None,
            overflow=overflow, range_id=q_start, num_start=s, num_end=num.end, exact=exact, vague=num.vague,
            borrowed=True,
        )
    return None


def _fix_range_ids(amounts: list[Amount]) -> None:
    # A range head found by look-back gets its id from its own start; give the pair one id.
    for a, b in zip(amounts, amounts[1:]):
        if a.range_id is not None and a.range_id == a.start and b.range_id is None and a.end <= b.start:
            b.range_id = a.range_id


# A bracket of a survey or a rule: 15만원 이상 30만원 미만, 100만원 초과 500만원 이하.
BRACKET_LOW = ("이상", "초과")
BRACKET_HIGH = ("미만", "이하")


def _merge_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """One amount per range or bracket (`70~80만원`, `12만원~15만원`, `15만원 이상 30만원 미만`): analysts count it
    once; its value is its upper end, its ends are `range_low` and `range_high`."""
    out: list[Amount] = []
    for b in amounts:
        a = out[-1] if out else None
        linked = a is not None and b.range_id is not None and a.range_id == b.range_id
        bracket = (a is not None and a.range_id is None and b.range_id is None and a.currency == b.currency
                   and a.qualifier in BRACKET_LOW and b.qualifier in BRACKET_HIGH and not text[a.end:b.start].strip())
        if a is None or not (linked or bracket) or a.currency != b.currency:
            out.append(b)
            continue
        out[-1] = replace(b, start=a.start, text=text[a.start:b.end], range_id=a.start, range_low=a.value,
                          range_high=b.value, approximate=a.approximate or b.approximate, num_start=a.num_start)
    return out


def _link_conversions(text: str, amounts: list[Amount], lex: MoneyLexicon) -> None:
    """1조3452억 달러(약 1865조원), 1만6천엔(한화 약 16만): the amount in parentheses converts the one before."""
    for x, y in zip(amounts, amounts[1:]):
        between = text[x.end:y.start]
        m = lex.conversion_open_re.match(between)
        if not m or not re.match(r"\s?[),]", text[y.end:y.end + 2]):
            continue
        words = re.findall(r"[^\s(]+", between)
        stated = next((lex.conversion_currency[w] for w in words if w in lex.conversion_currency), None)
        if y.currency is None and stated is not None:
            y.currency = stated
        if y.currency is not None and x.currency is not None and y.currency != x.currency:
            y.converted_from = x.start


def _money_context(text: str, a: Amount, view: TokenView, lex: MoneyLexicon, amounts: list[Amount]) -> bool:
    """Is a bare number with 만/억/조 money? Its neighbours must not count things, and money words must be near
    — or, for 억 and above, nothing in its clause may count: 100억 and 3조 stand for won in Korean news unless
    a counter or a counted noun says otherwise (80억 명, 46억 년, 인구가 80억을)."""
    large = any(u in text[a.num_start:a.num_end] for u in "억조경")
    before = view.words(max(0, a.start - 12), a.start)
    cue_before = bool(before) and before[-1][2] in lex.cues and not text[before[-1][1]:a.start].strip()
    # The word right after: a particle, punctuation, the end, or a money-ish word — never a counter. After a
    # money word (매출 1조 돌파, 예산 3000억 투입) any word but a counter will do; after 억 and above any word
    # that counts nothing will (400억 가치, 50억 소송), unless it names people (14억 중국인).
    after = view.words(a.end, min(len(text), a.end + 12))
    if after:
        s, e, word = after[0]
        glued_or_spaced = not text[a.end:s].strip()
        tags = view.tags(s, e)
        counts = word in lex.counters and not (tags and tags[0].startswith("V"))  # 3억 벌어 earns, 3벌 counts
        if glued_or_spaced and (counts or word in lex.count_nouns or _names_people(word)):
            return False
        if glued_or_spaced and tags:  # with a tokenization, anything but these (100억 관객) is not money
            tag = tags[0]
            if not (tag[:1] in ("J", "S", "E") or tag.startswith("VCP") or word in lex.next_words or word in lex.cues
                    or cue_before or large):
                return False
        if tags and tags[0].startswith("JKG") and len(after) > 1 and (after[1][2] in lex.count_nouns or after[1][2] in lex.counters):
            return False  # 3천만 이상의 가입자
    # Kiwi tags 만/억/조 of a number NR; 조 of 제35조 or 규약 70조 is NNB, of 1조 (team 1) NNB or NNG. It tags
    # some large sums (빚은 503조를) NNG too: those pass when the number is large and nothing around it reads
    # like a law.
    for s, e, word in view.words(a.num_start, a.num_end):
        tags = view.tags(s, e)
        if any(u in word for u in BIG_UNITS) and not any(t.startswith(("NR", "SN")) for t in tags):
            if not (word == "조" and tags[:1] == ["NNG"] and a.exact is not None and a.exact >= 10 * BIG_UNITS["조"]
                    and not LEGAL_BEFORE.search(text, max(0, a.num_start - 6), a.num_start)
                    and not LEGAL_AFTER.match(text, a.num_end)):
                return False
    # The word right before: 관객 1000만, 인구 5000만.
    if before and before[-1][2] in lex.count_nouns:
        return False
    lo, hi = _clause(text, a.start, a.end, lex.window)
    if _counts_beside(text, a, lo, hi, view, lex):
        return False  # 서울교통공사 16억, 한국철도 8억 727만 명: one count among others
    for other in amounts:
        if other is not a and other.currency is not None and not other.currency_implied and lo - lex.window <= other.start <= hi + lex.window:
            if _same_sentence(text, a, other):
                return True
    for m in lex.cue_re.finditer(text, lo, hi):
        if a.start <= m.start() < a.end:
            continue
        if view.boundary(m.start()) and view.boundary(m.end()):
            return True
    if any(_starts_with_cue_verb(text, s, e, view, lex) for s, e, _ in view.words(a.end, hi)):
        return True  # 5000만을 들여, 3억을 가로챈
    if not large:
        return False
    # 억 and above with no money word near: money unless the clause counts something (인구가 80억을 넘었다).
    return not any(len(word) > 1 and word in lex.count_nouns and word not in lex.counters
                   for _, _, word in view.words(lo, hi))


def _counts_beside(text: str, a: Amount, lo: int, hi: int, view: TokenView, lex: MoneyLexicon) -> bool:
    """Another number of the clause carries a counter (8억 727만 명, 6만여 명): the bare one counts too."""
    words = view.words(lo, hi)
    for (_, pe, _), (s, e, word) in zip(words, words[1:]):
        if a.start <= s < a.end or word not in lex.counters or text[pe:s].strip():
            continue
        counted = COUNTED_BIG_NUMBER.search(text, lo, pe)
        tags = view.tags(s, e)
        if counted and not (tags and tags[0].startswith("V")):
            return True
    return False


# A number with 만/억/조 right before a counter: 727만 명 of 8억 727만 명, 6만여 명 (3명 counts small things).
COUNTED_BIG_NUMBER = re.compile(r"\d[\d,.]*\s?여?\s?[만억조](?:\s?[\d,.]+)?여?\s?$")


def _names_people(word: str) -> bool:
    """중국인, 외국인, 한국인: a noun of people after a large number counts them (14억 중국인)."""
    return len(word) >= 3 and word.endswith("인") and _is_hangul(word[0])


def _starts_with_cue_verb(text: str, start: int, end: int, view: TokenView, lex: MoneyLexicon) -> bool:
    """A verb of spending or taking money (들여, 가로챈): Kiwi keeps the ending in the token, so the stem is a prefix."""
    word = text[start:end]
    if not word.startswith(lex.cue_verbs):
        return False
    tags = view.tags(start, end)
    return not tags or tags[0].startswith(("VV", "VX"))


_SENTENCE_END = re.compile(r"\n|[.?!](?=\s)|다\.")


def _clause(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    lo, hi = max(0, start - width), min(len(text), end + width)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end, hi)
    if m:
        hi = m.start()
    return lo, hi


def _same_sentence(text: str, a: Amount, b: Amount) -> bool:
    lo, hi = sorted((a.start, b.start))
    return not _SENTENCE_END.search(text, lo, hi)


def find_amounts(text: str, view: TokenView | None = None, lexicon: MoneyLexicon | None = None,
                 implied_krw: bool = True) -> list[Amount]:
    """Every money amount in `text`, in order, with exact values; see the module docstring."""
    lex = lexicon or load_lexicon()
    view = view or PlainView(text)
    amounts = _scan(text, view, lex)
    amounts = _link_ranges(text, amounts, view, lex)
    _fix_range_ids(amounts)
    _link_conversions(text, amounts, lex)
    out = []
    for a in amounts:
        if a.currency is None:
            if RANGE_NEXT.match(text, a.end):
                continue  # 2만∼5만대: the other end has no currency either, so it is not money
            if not implied_krw or a.vague or not _money_context(text, a, view, lex, amounts):
                continue
            a.currency, a.currency_implied = "KRW", True
        out.append(a)
    return _merge_ranges(text, out)


# --- spaCy component ------------------------------------------------------------------------------


@Language.factory(
    "sinmun_money",
    assigns=["doc.spans", "doc._.rows"],
    default_config={"implied_krw": True, "label": "MONEY"},
)
def make_money_recognizer(nlp: Language, name: str, implied_krw: bool, label: str) -> "MoneyRecognizer":
    return MoneyRecognizer(name, implied_krw=implied_krw, label=label)


class MoneyRecognizer:
    """Finds money amounts on the Kiwi tokenization; adds MONEY mentions and `amounts` rows."""

    def __init__(self, name: str = "sinmun_money", implied_krw: bool = True, label: str = "MONEY"):
        self.name = name
        self.implied_krw = implied_krw
        self.label = label
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        amounts = find_amounts(text, doc_view(doc), self.lexicon, self.implied_krw)
        rows = doc._.rows["amounts"]
        for a in amounts:
            span = doc.char_span(a.start, a.end, label=self.label, alignment_mode="expand")
            if span is None:
                continue
            if (span.start_char, span.end_char) != (a.start, a.end):
                a = replace(a, start=span.start_char, end=span.end_char, text=span.text)
            add_mention(doc, span, "rule", a.normalized)
            rows.append(a.row())
        return doc
