"""The sentence structure facts are read from: clause units, words (어절) and their morphemes.

A *unit* is a Kiwi sentence cut again at line breaks, so a press release's footnote line (`* 기술보증
지원(기보, 5.5조원)`) is a unit of its own. A unit's *words* are runs of tokens without a space between
them; each word knows its morphemes (Kiwi forms and tags, split where a token merged several), the
particle that ends it (은/는 topic, 이/가 subject, 을/를 object, 의, 에/에게/에서, 와/과) and whether it is
a verb form (and with which ending). Quotes and parentheses are kept as character ranges.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, LEMMA, LENGTH, SPACY
from spacy.tokens import Doc

from ..doc_ext import doc_tags, doc_text
from ..kiwi_tokenizer import SENTENCES_KEY

FOOTNOTE_MARK = re.compile(r"^\s*([*※]+)")
QUOTES = (("\"", "\""), ("“", "”"))
NOMINAL = ("NN", "NR", "NP", "SL", "SH", "SN", "XPN", "XSN", "XR", "SO", "SW")
VERBAL = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "EP", "EF", "EC", "ETM", "ETN")


@dataclass(slots=True)
class Morph:
    form: str
    tag: str
    start: int
    end: int


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    morphs: list[Morph]

    @property
    def particle(self) -> str | None:
        """The word's last particle as `tag:form` (JX:는, JKS:가, JKB:에서), or None."""
        for m in reversed(self.morphs):
            if m.tag.startswith("J"):
                return f"{m.tag}:{m.form}"
            if m.tag.startswith(("S",)) and m.tag not in ("SL", "SH", "SN"):
                continue  # a closing quote or bracket after the particle
            return None
        return None

    @property
    def particles(self) -> list[Morph]:
        out = []
        for m in reversed(self.morphs):
            if m.tag.startswith("J"):
                out.append(m)
            elif not (m.tag.startswith("S") and m.tag not in ("SL", "SH", "SN")):
                break
        return out[::-1]

    @property
    def verbal(self) -> bool:
        return any(m.tag.startswith(VERBAL) for m in self.morphs)

    @property
    def ending(self) -> str | None:
        """The tag of the word's last ending (EF, EC, ETM, ETN), or None."""
        for m in reversed(self.morphs):
            if m.tag in ("EF", "EC", "ETM", "ETN"):
                return m.tag
        return None

    @property
    def nouns(self) -> list[Morph]:
        return [m for m in self.morphs if m.tag.startswith(("NN", "SL", "XR"))]


SERIAL_EC = ("어", "아", "여", "해", "게", "고자", "려고", "려", "도록", "어서", "아서", "여서", "기")
MODAL_NOUNS = ("것", "계획", "예정", "방침", "전망", "예상", "목표", "방안", "수", "터", "방향", "데")
PAST_EP = ("었", "았", "였", "ᆻ", "ㅆ")
# 대한, 위한, 통한, 따른: adnominal forms that work as postpositions, not as verbs of a clause
FUNCTIONAL_STEMS = ("대하", "위하", "관하", "통하", "따르", "의하", "인하", "비하", "걸치", "이르", "향하")


def functional(word: Word) -> bool:
    stems = [m.form for m in word.morphs if m.tag.startswith(("VV", "XSV"))]
    return bool(stems) and all(s in FUNCTIONAL_STEMS for s in stems)


def ends_clause(words: list[Word], i: int) -> bool:
    """Whether word i closes the amount's clause: a final ending; an adnominal one not followed by a
    modal noun (지원할 계획, 넘어설 것으로 carry on; 되는 것은 stops); a connective one that is not a
    serial verb (증액해 지원한다 carries on) and carries its own past tense (넘었고)."""
    w = words[i]
    ending = w.ending
    if functional(w):
        return False
    if ending == "EF":
        return True
    if ending == "ETM":
        nxt = words[i + 1] if i + 1 < len(words) else None
        return not (nxt is not None and any(m.form in MODAL_NOUNS and m.tag.startswith("NN") for m in nxt.morphs))
    if ending == "EC":
        last_ec = next(m for m in reversed(w.morphs) if m.tag == "EC")
        if last_ec.form in SERIAL_EC:
            return False
        return any(m.tag == "EP" and m.form in PAST_EP for m in w.morphs)
    return False


IMPERATIVE = ("라", "으라", "어라", "아라", "여라")


def imperative(word: Word) -> bool:
    """An order (지급하라, 배상하라는, 갚으라고, 달라고): an ending of command right after a verb stem, not a copula's
    (사람이라고). Who is told to pay is not who tells."""
    morphs = word.morphs
    for k in range(1, len(morphs)):
        m, prev = morphs[k], morphs[k - 1]
        if m.tag.startswith("E") and prev.tag.split("-")[0] in ("VV", "XSV", "VX"):
            return m.form.startswith(IMPERATIVE)
    return False


@dataclass
class Unit:
    index: int  # position among the article's units
    sent_idx: int  # the Kiwi sentence it belongs to
    start: int
    end: int
    words: list[Word]
    footnote: str | None = None  # the stars of a footnote line (`*`, `**`), else None
    line: int = 0  # where its line (paragraph) starts
    quotes: list[tuple[int, int]] = field(default_factory=list)
    parens: list[tuple[int, int]] = field(default_factory=list)

    def word_at(self, pos: int) -> int:
        """Index of the word containing (or first after) character `pos`."""
        starts = [w.start for w in self.words]
        i = bisect.bisect_right(starts, pos) - 1
        return max(0, i)

    def quote_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.quotes if a <= pos < b), None)

    def paren_of(self, pos: int) -> tuple[int, int] | None:
        inside = [(a, b) for a, b in self.parens if a < pos < b]
        return min(inside, key=lambda p: p[1] - p[0]) if inside else None


def units_of(doc: Doc, wanted_sentences: set[int] | None = None) -> list[Unit]:
    """The article's units, in order; words are built only for units of `wanted_sentences`
    (the sentences with amounts and the ones before them) to keep the stage cheap."""
    text = doc_text(doc)
    sentences = doc.user_data.get(SENTENCES_KEY) or [(0, len(text))]
    units: list[Unit] = []
    tags = doc_tags(doc)
    tokens = _TokenColumns(doc)
    sentences = _rejoin_quotes(text, sentences, tags, tokens)
    for si, (s, e) in enumerate(sentences):
        pos = s
        for piece in re.split(r"(\n)", text[s:e]):
            if piece == "\n":
                pos += 1
                continue
            a, b = pos, pos + len(piece)
            pos = b
            if not piece.strip():
                continue
            line_start = text.rfind("\n", 0, a) + 1
            mark = FOOTNOTE_MARK.match(text[line_start:b]) if line_start >= s or a == s else None
            unit = Unit(len(units), si, a, b, [], footnote=mark.group(1) if mark else None, line=line_start)
            if wanted_sentences is None or si in wanted_sentences:
                unit.words = _words(text, tags, tokens, a, b)
                unit.quotes = _quotes(text, a, b)
                unit.parens = _parens(text, a, b)
            units.append(unit)
    return units


def _rejoin_quotes(text: str, sentences: list, tags: list[str], tokens: "_TokenColumns") -> list:
    """Kiwi may end a sentence at a closing quote (`… 지출할 계획”` | `이라고 답한 응답자는 …`): a sentence that
    opens with a particle on the same line continues the one before (the quote is its object). Sentence
    indices are kept (the merged span keeps the first one's place; the second becomes empty)."""
    out = [tuple(sentences[0])] if sentences else []
    for s, e in sentences[1:]:
        i = bisect.bisect_left(tokens.starts, s)
        while i < len(tags) and tags[i] == "_SP":
            i += 1
        first = tags[i] if i < len(tags) else ""
        ps, pe = out[-1]
        closer = text[pe - 1:pe]
        if first.startswith(("J", "E", "VCP")) and ps < pe and "\n" not in text[pe:s] and closer and closer in OPENERS:
            opener = text.rfind(OPENERS[closer], ps, pe - 1)
            head = text[ps:opener].rstrip() if opener > ps else ""
            if head.endswith((".", "?", "!")):  # 발표했다. "징벌적 수업료 제도" | 란 …: the quote opens the next one
                out[-1] = (ps, ps + len(head))
                out.append((opener, e))
            else:
                out[-1] = (ps, e)
                out.append((e, e))  # keeps the sentence numbering
            continue
        out.append((s, e))
    return out


OPENERS = {"”": "“", "\"": "\"", "’": "‘", "'": "'", "」": "「", "』": "『"}


class _TokenColumns:
    """Where each token starts and ends, whether a space follows it, and its lemma: read from the doc's
    arrays once, instead of a Token object per token and attribute."""

    def __init__(self, doc: Doc):
        cols = doc.to_array([IDX, LENGTH, SPACY, LEMMA]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        self.starts = [c[0] for c in cols]
        self.ends = [c[0] + c[1] for c in cols]
        self.spaced = [c[2] for c in cols]
        self.lemmas = [strings[c[3]] for c in cols]


def _words(text: str, tags: list[str], tokens: _TokenColumns, a: int, b: int) -> list[Word]:
    words: list[Word] = []
    starts, ends = tokens.starts, tokens.ends
    first = bisect.bisect_left(starts, a)
    current: list[Morph] = []
    w_start = None
    for i in range(first, len(starts)):
        start, end = starts[i], ends[i]
        if start >= b:
            break
        if tags[i] == "_SP":
            continue
        forms, ttags = tokens.lemmas[i].split("+"), tags[i].split("+")
        if len(forms) != len(ttags):
            forms, ttags = [text[start:end]], [ttags[0]]
        if w_start is None:
            w_start = start
        current.extend(Morph(f, t, start, end) for f, t in zip(forms, ttags))
        if tokens.spaced[i] or i + 1 == len(starts) or starts[i + 1] >= b:
            words.append(Word(w_start, end, text[w_start:end], current))
            current, w_start = [], None
    if current:
        words.append(Word(w_start, current[-1].end, text[w_start:current[-1].end], current))
    return words


def _quotes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans = []
    for open_, close in QUOTES:
        pos = a
        while True:
            i = text.find(open_, pos, b)
            if i < 0:
                break
            j = text.find(close, i + 1, b)
            if j < 0:
                spans.append((i, b))  # a quote that runs past the unit
                break
            spans.append((i, j + 1))
            pos = j + 1
    return spans


def _parens(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, stack = [], []
    for i in range(a, b):
        ch = text[i]
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            spans.append((stack.pop(), i + 1))
    return spans
