"""A name in parentheses right after a person's is the body they play or work for: `마누엘 노이어(바이에른
뮌헨)`, `이일희(테일러메이드)`, `오상은(KGC)`.

Sports and business news gives a person's team or employer this way, as `(25·한빛카드)` gives it after their
age (`rules.orgs`, AFFILIATION); KLUE-NER marks such a name an organization (23 of the 29 non-person,
non-place names in parentheses after a person on its dev split) and so does the KMOU news corpus. What else
stands there is left alone: the person's name in Hanja or their actor (`習近平`, `(박보검)`: a name), a country
or place (`(미국)`, `(서울)`: nationality or home, a LOC), a common word (`(사진)`, `(포수)`), a title or a
role (`(전 장관)`, `(윤두준 분)`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doc_ext import doc_text
from .orgs import country_names, gazetteer, name_stopwords, title_words, word_pieces

IN_PARENTHESES = re.compile(r"\((?P<name>[가-힣A-Za-z&][가-힣A-Za-z0-9&.\-]*(?: [가-힣A-Za-z0-9&.\-]+){0,2})\)")
# Words of a role or a note, not of a body: `(윤두준 분)`, `(본명 최재호)`, `(이상 두산)`, `(전 신시내티)`.
NOT_A_BODY_WORDS = frozenset("분 역 씨 님 본명 이하 이상 극중 전 현 사진 가명 여 남 등".split())
PLACE_ENDINGS = ("시", "군", "구", "도", "주", "읍", "면", "동")
# A foreign name's own spelling after its Hangul transliteration (`앤서니 캐스터(Anthony Caster)`): words
# in Latin letters with small letters; a team or firm there is written in Hangul or capitals (KGC, K&G).
ORIGINAL_SPELLING = re.compile(r"[A-Z][a-z'\-]+(?: [A-Za-z][a-z'\-]+)*")


def teams_after_people(doc: Doc, entities: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of names in parentheses glued to a PERSON entity that name a body (see the module)."""
    text = doc_text(doc)
    found = []
    for person in entities:
        if person.label_ != "PERSON":
            continue
        m = IN_PARENTHESES.match(text, person.end_char)
        if m is None:
            continue
        start, end = m.span("name")
        if any(e.start_char < end and start < e.end_char for e in entities):
            continue  # the model or a rule read it already: a person (an actor), a place, a body
        if names_a_body(m.group("name")) and not initials_of(m.group("name"), person.text) \
                and not ORIGINAL_SPELLING.fullmatch(m.group("name")):
            found.append((start, end))
    return found


# The romanized first letters a Hangul syllable's initial consonant may take (김대중 → DJ, 이명박 → MB).
ROMAN_INITIALS = ("GK", "GK", "N", "DT", "DT", "RL", "M", "BP", "BP", "S", "S", "", "J", "J", "C", "K", "T", "P", "H")
# A syllable opening on a vowel (ㅇ) takes the vowel's letter: 영 → Y, 우 → W, 이 → L/I/Y, 오 → O.
VOWEL_INITIALS = "AAYYEEYYOWWWYUWWWYEUI"


def initials_of(letters: str, name: str) -> bool:
    """`김대중(DJ)`, `김영삼(YS)`: two capitals that are the romanized initials of a Korean name's given name,
    the person's own short name, not a body."""
    given = name[1:] if len(name) == 3 else ""
    if not re.fullmatch(r"[A-Z]{2}", letters) or len(given) != 2 or not all("가" <= c <= "힣" for c in given):
        return False
    def options(syllable: str) -> str:
        code = ord(syllable) - 0xAC00
        lead, vowel = code // 588, code % 588 // 28
        return ROMAN_INITIALS[lead] or VOWEL_INITIALS[vowel] + ("LI" if vowel == 20 else "")
    return all(letter in options(syllable) for letter, syllable in zip(letters, given))


def names_a_body(words: str) -> bool:
    """No country, place, title, role word or common word; its first word reads as a name (a proper noun,
    Latin letters or a word Kiwi does not know) and no person's name in Hanja or kana."""
    from .people import looks_like_korean_name

    parts = words.split()
    gaz = gazetteer()
    if any(w in NOT_A_BODY_WORDS or w in title_words() or w in name_stopwords() for w in parts):
        return False
    if words in country_names() or parts[0] in country_names() or words in gaz.places or parts[-1] in gaz.places:
        return False
    if len(parts) == 1 and (words.endswith(PLACE_ENDINGS) and len(words) <= 4 or looks_like_korean_name(words)):
        return False
    pieces = word_pieces(parts[0])
    return bool(pieces) and any(p.tag in ("NNP", "SL") or not p.known for p in pieces) \
        and not any(p.tag == "SH" for p in pieces)
