"""Foreign names written in Hangul: which words before a title are one transliterated name.

A Korean full name is one word (김하준); a transliterated name is two or three (로리 스콧, 소우 이시노). The
words alone do not tell `김하준 한빛 대표` (a name and a firm) from `로리 스콧 감독` (one name): Kiwi reads
Korean names, firms and transliterations alike as proper nouns or as words it does not know, and many
transliterated words are shaped like a Korean name (이시노 = 이 + 시노, 제라드 = 제 + 라드), which cut the
foreign name to one word. The syllables tell them apart: Korean given names draw on a small set of
Sino-Korean syllables (영, 정, 민, 훈), transliterations on others (즈, 트, 르, 스, 엘). `name_syllables.tsv`
counts, per syllable, the Korean names whose given name holds it and the words of foreign names that hold
it, both from the person spans of our KLUE-NER train split; `python -m sinmun.rules.foreign_names build KLUE_DIR` writes it.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..doc_ext import doc_text
from ..resources import read_lines, resource_path

RESOURCE = "name_syllables.tsv"
# A word with no surname shape is transliterated when one of its syllables is this much likelier (log-odds) in
# foreign names than in Korean given names (데일: 데; 쿠슈너: 슈).
TRANSLITERATED = 1.3
# A word shaped like a Korean name is transliterated when its given-name syllables together lean this far to
# foreign names (sum of log-odds): 제라드 -2.8, 나오야 -3.1, 로리 -1.5, 사토미 -1.3, 이시노 -1.2; of the Korean-shaped
# one-word persons of the KLUE train split 8.9% score so, mostly foreign names written as one word (제이슨,
# 해롤드, 나오미) and a few native Korean names (이유리); Korean names score above (황교안 0.2, 김소연 3.3).
FOREIGN_LEANING = -1.0
# A word shaped like a Korean name whose given-name syllables together say Korean by this much (the sum of their
# log-odds) is a Korean name: 김소연 3.3, 최서연 3.0, 이승엽 3.8; transliterated family names shaped like them
# score under 1.1 (호나우두 0.3, 오수나 1.0, 오길비 1.1, 이달고 -0.1).
KOREAN_BY_SYLLABLES = 2.0
HANGUL = re.compile(r"[가-힣]{2,7}")


@lru_cache(maxsize=1)
def _counts() -> tuple[dict[str, tuple[int, int]], int, int, int]:
    counts = {}
    for line in read_lines(RESOURCE):
        syllable, korean, foreign = line.split("\t")
        counts[syllable] = (int(korean), int(foreign))
    korean_total = sum(k for k, _ in counts.values())
    foreign_total = sum(f for _, f in counts.values())
    return counts, korean_total, foreign_total, len(counts)


def _foreign_odds(syllable: str) -> float:
    """log P(syllable | foreign name word) - log P(syllable | Korean given name), add-one smoothed."""
    counts, korean_total, foreign_total, size = _counts()
    korean, foreign = counts.get(syllable, (0, 0))
    return math.log((foreign + 1) / (foreign_total + size)) - math.log((korean + 1) / (korean_total + size))


@lru_cache(maxsize=65536)
def foreignness(word: str, surnames: frozenset[str] = frozenset()) -> float:
    """The strongest foreign evidence among the word's syllables: after a leading surname (이시노: 시, 노)
    when `surnames` holds it, else all of them (쿠슈너)."""
    if not HANGUL.fullmatch(word):
        return 0.0
    rest = word[2:] if len(word) == 4 and word[:2] in surnames else word[1:] if word[0] in surnames else word
    return max(_foreign_odds(s) for s in rest) if rest else 0.0


def transliterated(word: str, surnames: frozenset[str] = frozenset()) -> bool:
    """A Hangul word whose syllables say a transliteration rather than a Korean name (제라드, 이시노, 쿠슈너)."""
    if not HANGUL.fullmatch(word) and not re.fullmatch(r"[가-힣]{2}", word):
        return False
    if word[0] in surnames or len(word) == 4 and word[:2] in surnames:
        return korean_evidence(word, surnames) <= FOREIGN_LEANING
    return foreignness(word, surnames) >= TRANSLITERATED


def korean_evidence(word: str, surnames: frozenset[str]) -> float:
    """How much the syllables after the surname say a Korean given name rather than a transliteration."""
    if not re.fullmatch(r"[가-힣]{2,4}", word):
        return 0.0
    rest = word[2:] if len(word) == 4 and word[:2] in surnames else word[1:] if word[0] in surnames else ""
    return -sum(_foreign_odds(s) for s in rest) if rest else 0.0


# --- the readings of `name … title` that these decide (called from people.PeopleFinder._read_back) ------
ORG_END = re.compile(r"..(?:국|청|부|처|원|회|당|단|소|대|사|군)$")  # 이민부, 조선인민군: ends a body
COMPOUND_MARKS = "-·"


def surnames_after_given(given: str, rest: list[str], surnames: frozenset[str]) -> bool:
    """`로리 스콧 감독`, `제라드 쿠슈너 백악관 선임보좌관`, `라파엘 토레스 대령`: a word shaped like a Korean name
    followed by proper nouns before the title is a foreign given name and the family name after it, not a
    Korean name and a firm (`김하준 한빛 대표`, `이용재 매스프레소 대표`), when the first word's syllables are
    a transliteration's and no later word is a Korean name by its syllables (a name of three words at most)."""
    if not rest or len(rest) > 2 or not transliterated(given, surnames):
        return False
    return all(HANGUL.fullmatch(w) or len(w) == 1 for w in rest) and not any(
        ORG_END.search(w) or len(w) > 2 and korean_evidence(w, surnames) >= KOREAN_BY_SYLLABLES for w in rest)


def given_name_before(finder, doc, word, surname: str, covered) -> bool:
    """`오사카대학의 소우 이시노 교수`, `세키야 나오야 도쿄대 교수`: the word before a family name shaped like a
    Korean name whose syllables are a transliteration's is its given name, when it opens the phrase, holds
    only nouns (no particle: `나온 이시노`), and is no body, place, title, modifier or known word of the
    gazetteer. A Korean name keeps the firm before it apart (`뉴닉 김소연 대표`: 김소연 is no transliteration)."""
    from .people import MODIFIERS, _all_nouns, _opens_word, foreign_part, surname_set

    s, e, w, _ = word
    if not transliterated(surname, surname_set()) or not re.fullmatch(r"[가-힣]{1,5}", w):
        return False
    if len(w) == 1:  # 조 라이트 대변인, 밥 호킨스 대변인: a given name of one syllable Kiwi reads as a proper noun
        return given_name_word(finder, doc, s, e, covered) and _opens_word(doc_text(doc), s)
    if w in finder.stop or w in finder.titles.kinds or finder.title_of(w) or w in MODIFIERS or finder.is_place(w):
        return False
    if w in finder.gaz.senses or covered(s, e) or ORG_END.search(w) or not _opens_word(doc_text(doc), s):
        return False
    span = doc.char_span(s, e)
    return span is not None and _all_nouns(span) and foreign_part(w)


def given_name_word(finder, doc, start: int, end: int, covered) -> bool:
    """A word that can be a foreign given name before a family name: a proper noun or a word Kiwi does not know,
    with no particle, whose syllables are a transliteration's (데일, 세키야) or, of one syllable, that Kiwi reads
    as a proper noun in the sentence (조 라이트, 밥 호킨스, 존 부어만); no body, place, title, modifier, known
    word of the gazetteer, loanword Kiwi knows (스포츠) or Korean name."""
    from .people import MODIFIERS, _all_nouns, foreign_part, surname_set

    w = doc_text(doc)[start:end]
    if not re.fullmatch(r"[가-힣]{1,5}", w) or covered(start, end):
        return False
    if w in finder.stop or w in finder.titles.kinds or finder.title_of(w) or w in MODIFIERS or finder.is_place(w):
        return False
    if w in finder.gaz.senses or ORG_END.search(w):
        return False
    span = doc.char_span(start, end)
    if span is None or not _all_nouns(span):
        return False
    if len(w) == 1:
        return len(span) == 1 and span[0].tag_ == "NNP"
    return foreign_part(w) and transliterated(w, surname_set())


def compound_body_end(text: str, start: int, word: str) -> bool:
    """`이주-이민부 장관`, `노동·이민부 장관`: a word glued by a hyphen or a middle dot to the word before and
    ending like a body is the end of a compound body's name, not a Korean name (이 + 민부)."""
    return (start > 1 and text[start - 1] in COMPOUND_MARKS and "가" <= text[start - 2] <= "힣"
            and ORG_END.search(word) is not None)


def compound_body(name: str) -> bool:
    """A statistical person like `이주-이민부`: parts joined by a hyphen or a middle dot, the last of three
    syllables or more ending like a body, is a body's name (foreign hyphenated names end otherwise: 장-피에르)."""
    parts = re.split(f"[{COMPOUND_MARKS}]", name)
    return len(parts) > 1 and " " not in name and HANGUL.fullmatch(parts[-1]) is not None and ORG_END.search(parts[-1]) is not None


def korean_name_after_prefix(name: str, surnames: frozenset[str]) -> str | None:
    """`뉴닉 김소연`, `요미우리 이승엽`: the model's person of several words whose last word is a Korean full name
    by shape and syllables names that Korean person, with a firm, team or nickname before it (Korean names are one
    word); the Korean name, else None (`파블로 오수나`: a transliterated family name shaped like a Korean name)."""
    from .people import compound_fragment, looks_like_korean_name, unknown_noun

    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    if len(last) < 3 or not looks_like_korean_name(last) or not unknown_noun(last) or compound_fragment(last):
        return None  # 게이큐 공항선, 구자라트어 위키문헌: a compound of words Kiwi knows (공항 + 선) is no name
    return last if korean_evidence(last, surnames) >= KOREAN_BY_SYLLABLES else None


PAREN_PIECE = re.compile(r"\(([^()\n,]{1,40})[,)]")


def title_in_parenthesis(doc, end: int) -> bool:
    """`크리스토퍼 놀란(영국 옥스퍼드대 교수)은`: a parenthetical glued to a statistical PERSON whose first piece
    ends in a bare title ties the name to that office, as the rules read `김하준(한빛홀딩스 대표)은`; so the
    model's person of any shape is a person with a title (`resolve._title_after` reads it)."""
    from .people import TITLE_FIRST_ONLY, _title_reader

    m = PAREN_PIECE.match(doc_text(doc), end)
    words = m.group(1).split() if m else []
    return 0 < len(words) <= 5 and words[-1] not in TITLE_FIRST_ONLY and _title_reader().title_of(words[-1]) == words[-1]


# --- building the resource from KLUE-NER ---------------------------------------------------------
def build(klue_dir: Path) -> str:
    """name_syllables.tsv from the TRAIN split of KLUE-NER (`ner.data.split_of`: the test and dev sentences,
    on which the model is measured and chosen, stay out). Korean names are person spans of one word shaped as a
    surname and a given name (distinct names); foreign name words are the words of person spans of two or
    three Hangul words, none a title (distinct words). A few foreign names shaped like Korean ones fall into
    the first count; the counts still separate the two (see TRANSLITERATED)."""
    from ..ner.data import KLUE_FILE, read_klue, sentences_of
    from .people import surname_set, titles  # the project's surnames and titles

    surnames, title_words = surname_set(), titles().kinds
    korean_names: set[str] = set()
    foreign_words: set[str] = set()
    for sentence in sentences_of("train", read_klue(klue_dir / KLUE_FILE)):
        for entity in sentence.entities:
            if entity.label != "PERSON":
                continue
            span = sentence.text[entity.start:entity.end]
            words = span.split()
            if len(words) == 1 and re.fullmatch(r"[가-힣]{3}", span) and span[0] in surnames:
                korean_names.add(span)
            elif len(words) == 1 and re.fullmatch(r"[가-힣]{4}", span) and span[:2] in surnames:
                korean_names.add(span)
            elif 2 <= len(words) <= 3 and all(re.fullmatch(r"[가-힣]+", w) and w not in title_words for w in words):
                foreign_words.update(words)
    korean = Counter(s for name in korean_names for s in set(name[2:] if len(name) == 4 else name[1:]))
    foreign = Counter(s for word in foreign_words for s in set(word))
    lines = [
        "# Per Hangul syllable: Korean names whose given name holds it, foreign-name words that hold it.",
        "# Built by `python -m sinmun.rules.foreign_names build KLUE_DIR` from the train split of KLUE-NER v1.1",
        "# dev (CC BY-SA 4.0; ner.data.split_of: its test and dev sentences stay out)",
        f"# person spans: {len(korean_names)} Korean names, {len(foreign_words)} words of foreign names.",
    ]
    lines += [f"{s}\t{korean[s]}\t{foreign[s]}" for s in sorted(set(korean) | set(foreign))]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "build":
        sys.exit("usage: python -m sinmun.rules.foreign_names build KLUE_DIR")
    resource_path(RESOURCE).write_text(build(Path(sys.argv[2])), encoding="utf-8")
