"""Which statistical people, with no title to tie them to an office, become rows of the people table.

A people row claims that a person exists. The model's PERSON spans are mentions whatever their shape, but
without a title a span becomes a row only when its shape is a person's full name; otherwise it stays a
mention (`ner.stage` holds it back from `sinmun_resolve`). Read on 219 Wikinews articles in no gold set,
the untitled model people that are no one were mostly:
- a surname and one syllable (김포, 피지, 신조, 위너, 엄폐): a Korean full name is rarely so short, and the
  model's two-syllable people are places, words, groups and foreign single names, or a given name alone;
- a word whose first syllable is a surname only in the long tail (비스타, 대연정, 아카유, 가부키): the
  `surnames.txt` list holds every attested surname, so nearly any Hangul word starts with one; a full name
  here needs a surname among the `COMMON_SURNAMES` most frequent ones (the list is in census order);
- several words one of which is no part of a foreign name (재스민 혁명, 리비아 정세, 영어 위키백과, 오다이바
  해변): a word Kiwi knows as a common noun, a known place or country, or a compound ending in a common noun.
Titled people are rows whatever their shape (the rules and `title_follows` decide those).
"""

import re
from functools import lru_cache

from ..morph import word_reading
from ..resources import read_lines
from .org_names import country_names
from .orgs import gazetteer
from .people import COMMON_NOUN_SCORE, _well_known_common_noun, foreign_given_names

COMMON_SURNAMES = 60  # the first surnames of surnames.txt's census-ordered line: about 97% of Koreans
HANGUL_WORD = re.compile(r"[가-힣]+")


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """Two-syllable surnames (남궁, 황보…) and the most frequent single-syllable ones."""
    lines = [line.split() for line in read_lines("surnames.txt")]
    two = {w for words in lines for w in words if len(w) == 2}
    ordered = next(words for words in lines if len(words) > COMMON_SURNAMES)
    return frozenset(two | set(ordered[:COMMON_SURNAMES]))


def full_korean_name(word: str) -> bool:
    """Three or four syllables after a common surname (김하준, 남궁하준): the shape of a Korean full name."""
    if not re.fullmatch(r"[가-힣]{3,4}", word):
        return False
    surnames = common_surnames()
    return word[:2] in surnames if len(word) == 4 else word[0] in surnames or word[:2] in surnames


@lru_cache(maxsize=65536)
def thing_word(word: str) -> bool:
    """A word no foreign name is made of: a known place or country, a common noun Kiwi reads alone as one
    dictionary word it knows well (혁명 -18, 정세 -20; a transliterated family name read as a common noun
    scores lower: 로비스 -23, 크루즈 -22), or a
    compound ending in a common noun it knows well (위키/백과)."""
    if word in country_names() or word in gazetteer().places:
        return True
    tokens, score = word_reading(word)
    if len(tokens) == 1:
        return tokens[0].tag == "NNG" and score > COMMON_NOUN_SCORE - 1
    return (all(t.tag in ("NNG", "NNP") and len(t.form) > 1 for t in tokens) and tokens[-1].tag == "NNG"
            and _well_known_common_noun(tokens[-1].form))


def row_shaped(text: str) -> bool:
    """An untitled statistical person whose shape makes it a people row (see the module); `ner.stage` asks
    this only of spans already shaped like a name (`person_shaped`)."""
    words = re.split(r"[ ·]", text)
    if len(words) == 1:
        return full_korean_name(text) or text in foreign_given_names()  # 시진핑, 아베: listed as names
    if words[0] in foreign_given_names():
        return True  # 톰 크루즈, 잭 블랙: a given name opens it, whatever the family name means
    return not any(thing_word(w) for w in words if HANGUL_WORD.fullmatch(w))
