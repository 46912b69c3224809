"""Where a scrape glued two pieces of text with no space between them: a headline to its sub-headline
("…배추값 폭등여야, 책임 공방만"), a sub-headline to a caption or to the first sentence ("…단계적으로
적용중화인민공화국 상공에 …"). Scrapers join the page's text nodes as they find them, so the join
falls inside what reads as one word.

Kiwi finds the joins. Inside a word, a particle or an ending (`반론도|롯데`, `막고|남북대화`) closes a
phrase, so whatever content word follows it with no space starts another; a noun followed by a noun
(`탈출|올해`) is a join or a compound (`부정|행위`), and Kiwi's language model tells them apart: read as
two texts, a join costs next to nothing over the glued reading (or gains), a compound cut in two costs
a lot (the scores of `scripts`-free measurements on Korean Wikinews: joins of two titles or a title and
a first sentence score above -4, compounds inside titles and first sentences mostly below -6).

Only pairs of word classes that end and start phrases are asked about: a number before its counter
(`5|만`, `3|명`), a proper noun before a noun (`서울|가정법원`) and a modifier before its noun (`한|데`)
are how Korean writes one word, never a join, in that measurement.
"""

from __future__ import annotations

from functools import lru_cache

# Word classes that start a phrase: a glued piece opens with a noun, a number, a Latin or Hanja word,
# a determiner ("첫"), an adverb, a prefix ("신", "전") or a verb or adjective stem.
_OPENS = frozenset({"NNG", "NNP", "NR", "NP", "MM", "MAG", "SN", "SL", "SH", "XPN", "VV", "VA"})
# A particle or a connective or final ending closes a phrase: content right after it is another phrase.
_CLOSING = ("J", "EC", "EF")
# Nouns that may close a headline ("…배추값 폭등", "…예방대책 발표") and be glued to what follows;
# a number or a proper noun followed by a noun is one word far more often than a join. A bound noun
# ("5만 건") joins only a proper noun ("…건대한민국").
_NOUN_ENDS = frozenset({"NNG", "XSN", "SL", "NNB"})
# After a noun, a number, a Latin word or a verb stem starts a new piece more often than a noun does
# ("…출범2002년", "…발표오는"): it needs less evidence.
_UNLIKE_NOUN = frozenset({"SN", "SL", "VV", "VA"})
# An ending followed by another verb stem is a compound verb ("돌아오다" = 돌/아/오), no join.
_VERB_STEMS = frozenset({"VV", "VA", "VX"})
# A quotation's closing mark; a word right after it starts a new piece unless it is a particle, an
# ending or a verb going on with the quoted words ('"발각"되었다고', '"…아니다"던').
_QUOTES = frozenset("\"'”’」』")
# Kiwi's score gained by reading the two sides apart rather than glued: above these, a join.
JOIN_AFTER_NOUN = -2.0
JOIN_AFTER_ENDING = -4.0
JOIN_NOUN_TO_OTHER = -4.0
# The sides compared: this many words (space-separated) on each side of the join.
WINDOW_WORDS = 2


@lru_cache(maxsize=1 << 15)
def _score(text: str) -> float:
    from sinmun.morph import get_kiwi

    return get_kiwi().analyze(text, top_n=1)[0][1]


def _window(text: str, at: int) -> tuple[str, str]:
    """The WINDOW_WORDS words before and after position `at` (inside a word)."""
    start = at
    for _ in range(WINDOW_WORDS):
        start = text.rfind(" ", 0, max(0, start - 1)) + 1 if start > 0 else 0
        if start == 0:
            break
    end = at
    for _ in range(WINDOW_WORDS):
        space = text.find(" ", end + 1)
        end = len(text) if space < 0 else space
        if space < 0:
            break
    return text[start:at].strip(), text[at:end].strip()


def _gain(text: str, at: int) -> float:
    """How much better Kiwi reads the text cut at `at` than glued, over a window around it."""
    left, right = _window(text, at)
    if not left or not right:
        return float("-inf")
    return _score(left) + _score(right) - _score(left + right)


@lru_cache(maxsize=1 << 12)
def _tokens(text: str) -> tuple:
    from sinmun.morph import get_kiwi

    return tuple(get_kiwi().tokenize(text))


def says_who_does(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold both a topic and a subject particle outside quotes ("…총선에서는 여당인
    …민주당이 …")? A sentence does; a headline drops its particles (8 of Korean Wikinews' 644 titles hold
    both, and those in a quotation or a question)."""
    quoted = _quoted_spans(text)
    tags = {
        ("topic" if token.tag == "JX" and token.form in ("은", "는", "ᆫ") else "subject")
        for token in _tokens(text)
        if start <= token.start < end and (token.tag == "JKS" or (token.tag == "JX" and token.form in ("은", "는", "ᆫ")))
        and not any(a <= token.start < b for a, b in quoted)
    }
    return tags == {"topic", "subject"}


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans, opened = [], None
    for k, ch in enumerate(text):
        if ch in "\"“‘'" and opened is None:
            opened = k
        elif ch in "\"”’'" and opened is not None:
            spans.append((opened, k))
            opened = None
    return spans


@lru_cache(maxsize=1 << 12)
def glue_points(text: str) -> tuple[int, ...]:
    """Positions inside the text's words where two pieces were glued with no space."""
    if not text.strip():
        return ()
    tokens = _tokens(text)
    points = []
    for before, after in zip(tokens, tokens[1:]):
        if before.end != after.start or after.tag not in _OPENS:
            continue
        if before.tag == "SSC" and text[before.start] in _QUOTES and after.tag not in _VERB_STEMS:
            points.append(after.start)  # a quotation closed, then a new word: '"…도울 것"서울시는'
            continue
        if not text[after.start - 1: after.start + 1].isalnum():
            continue
        if before.tag.startswith(_CLOSING):
            if before.tag.startswith("E") and after.tag in _VERB_STEMS:
                continue
            threshold = JOIN_AFTER_ENDING
        elif before.tag in _NOUN_ENDS and (before.tag != "NNB" or after.tag == "NNP"):
            threshold = JOIN_NOUN_TO_OTHER if after.tag in _UNLIKE_NOUN else JOIN_AFTER_NOUN
        else:
            continue
        if _gain(text, after.start) > threshold:
            points.append(after.start)
    return tuple(points)


def joins(text: str, context: str = "") -> list[int]:
    """`glue_points` of the text, less those the article writes glued elsewhere too (`context`, the
    article's other text): a word written twice ("미래한국당 … 미래한국당을") is one word, where Kiwi saw
    two ("미래|한국당")."""
    return [at for at in glue_points(text) if not _written_twice(text, at, text + "\n" + context)]


def _written_twice(text: str, at: int, article: str) -> bool:
    """Do the two letters each side of the join stand glued twice in the article ("래한" of "미래|한국당")?"""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    word = text[start: len(text) if end < 0 else end]
    pair = word[max(0, at - start - 2): at - start + 2]
    return len(pair) >= 3 and article.count(pair) >= 2
