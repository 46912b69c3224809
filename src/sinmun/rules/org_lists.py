"""Names coordinated with an organization are organizations: `예스24와 알라딘, 교보문고는`, and a list the
sentence closes as bodies: `스카니아, 볼보, 메르세데스-벤츠 등의 유럽계 업체들`.

News lists firms, clubs and bodies side by side; a name the model does not know (알라딘, 볼보) is read from
its neighbours. A member joins only when it reads as a name (a proper noun in the sentence, Latin letters,
or a word Kiwi knows as a proper noun) and is no place, country, title or person's name: lists mix bodies
and people (`삼성전자와 김민수 대표`) and places (`서울과 부산`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..doc_ext import doc_text
from ..resources import read_lines
from .orgs import (_alternation, country_names, gazetteer, is_common_noun, name_stopwords, reads_as_name, title_words,
                   word_pieces)

ITEM = r"[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&\-]*"
# Between two members: a comma or a middle dot, or 와/과, (이)나, 및 after the first.
SEPARATOR = re.compile(r"(?:와|과|이나|나)? ?(?:,|·|ㆍ|및) ?|(?:와|과|이나) ")
PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|의|와|과|도|에|에서|로|으로|만|까지|부터|이나|나|등)$")
MAX_MEMBERS = 8


@lru_cache(maxsize=1)
def _closing_pattern() -> re.Pattern:
    """`등(의) [a word or two] 업체(들)`: a list the sentence names as bodies."""
    words = [w for line in read_lines("org_descriptors.txt") for w in line.split()]
    return re.compile(rf" ?등(?:의)? (?:[가-힣]+ ){{0,2}}?[가-힣]*(?:{_alternation(words)})(?:들)?(?:이|가|은|는|을|를|의|과|와|도|로|에)?(?![가-힣])")


def members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The list text[start:end] stands in: (start, end) of every member, itself included, walking
    across separators both ways; a single member when it stands in none."""
    found = [(start, end)]
    at = end
    while len(found) < MAX_MEMBERS:  # rightwards: after the member's particle-free end
        sep = SEPARATOR.match(text, at)
        item = re.compile(ITEM).match(text, sep.end()) if sep else None
        if item is None:
            break
        word_end = item.end()
        word = _without_particle(item.group())
        found.append((item.start(), item.start() + len(word)))
        if len(word) != len(item.group()):
            break  # 교보문고는: the list ends with a particle
        at = word_end
    at = start
    while len(found) < MAX_MEMBERS:  # leftwards
        before = text[max(0, at - 40):at]
        m = re.search(rf"({ITEM})((?:와|과|이나|나)? ?(?:,|·|ㆍ|및) ?|(?:와|과|이나) )$", before)
        if m is None:
            break
        word = m.group(1)
        first = at - len(m.group(0))
        if not re.fullmatch(r"(?:와|과|이나|나)? ?(?:,|·|ㆍ|및) ?|(?:와|과|이나) ", m.group(2)):
            break
        if _without_particle(word) != word:
            break  # 인터파크는, 예스24: a member with a particle closes another clause
        found.insert(0, (first, first + len(word)))
        at = first
    return found


def _without_particle(word: str) -> str:
    m = PARTICLE_END.search(word)
    return word[: m.start()] if m and m.start() >= 2 else word


def closes_as_bodies(text: str, end: int) -> bool:
    """The list ending at `end` is closed by `등(의) … 업체들` or the like."""
    return _closing_pattern().match(text, end) is not None


def coordinated_names(doc: Doc, entities: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of names that stand in a list with an organization, or in a list closed as bodies,
    and are not yet an entity of the rules (the model's PERSON or LOC guesses may be replaced)."""
    text = doc_text(doc)
    states = country_names()
    orgs = [s for s in entities if s.label_ == "ORG" and s.text not in states and (s._.normalized or "") not in states]
    found: dict[tuple[int, int], None] = {}
    lists = [members(text, s.start_char, s.end_char) for s in orgs]
    for m in _list_candidates(text):
        lists.append(m)
    for group in lists:
        if len(group) < 2 or (len(group) == 2 and _comma_only(text, group)):
            continue  # 녹십자, WHO에 수출: a headline's topic, no list
        anchored = any((a, b) in {(s.start_char, s.end_char) for s in orgs} for a, b in group)
        if not anchored and not closes_as_bodies(text, group[-1][1]):
            continue
        for a, b in group:
            if _reads_as_body_name(doc, text[a:b], a, b):
                found[(a, b)] = None
    ruled = [(s.start_char, s.end_char) for s in entities if s._.source != "ner"]
    ner_orgs = {(s.start_char, s.end_char) for s in orgs}
    # a member the model read as the start of a longer organization (민주노총 of 민주노총 철도노조) keeps the model's span
    longer = [(s.start_char, s.end_char) for s in orgs if s._.source == "ner"]
    return [(a, b) for a, b in found if (a, b) not in ner_orgs and not any(a < e and s < b for s, e in ruled)
            and not any(s <= a and b <= e for s, e in longer)]


def _comma_only(text: str, group: list[tuple[int, int]]) -> bool:
    """Two members joined by a comma alone: a headline writes its topic so (`녹십자, WHO에 수출`)."""
    between = text[group[0][1]:group[1][0]]
    return between.strip() in (",", "")


def _list_candidates(text: str) -> list[list[tuple[int, int]]]:
    """Lists closed as bodies with no organization in them yet: walk back from each `등 … 업체`."""
    groups = []
    for m in re.finditer(rf"({ITEM})(?= ?등(?:의)? )", text):
        if closes_as_bodies(text, m.end()):
            groups.append(members(text, m.start(1), m.end(1)))
    return groups


def _reads_as_body_name(doc: Doc, word: str, start: int, end: int) -> bool:
    from .people import looks_like_korean_name  # people imports the orgs modules

    gaz = gazetteer()
    if len(word) < 2 or word in country_names() or word in gaz.places or word in title_words() \
            or word in name_stopwords() or is_common_noun(word):
        return False
    if word[0].isdigit() or (len(word) == 3 and looks_like_korean_name(word) and word not in gaz.senses):
        return False
    if word.isascii() and not (word.isupper() or len(word) <= 3 or any(c.isdigit() for c in word)):
        return False  # Iron Hook: an English word, no acronym
    span = doc.char_span(start, end)
    first = span[0].tag_.split("+")[0] if span is not None and len(span) else ""
    return reads_as_name(word) and (first in ("NNP", "SL") or word_pieces(word)[0].tag == "NNP")
