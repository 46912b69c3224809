"""A city or region named for its club in a match report is an organization (the mentions layer only).

Sports news names clubs by their home city: `울산은 대구로 가서 공격 축구를 구사했다`, `보스턴이 원정에서 이겼다`,
`FC서울은 광주를 꺾고 선두로 올라섰다`, `고종수는 전남으로 이적했다`. Both news NER conventions (KMOU, KLUE-NER)
mark a club ORG, its city LOC. Where the sentence reports a match or a transfer (its words in
`country_roles.toml`, `match_words`), a place's name that stands as a party to it — the subject or topic, the
object, the opponent (과/와), the club one moves to (으로 이적), the club before a player's position or a coach
(대전 수비수 이동원) or after a player's age (김정우(26 · 성남)) — is the club. A place where something happens
(`대구에서 열린 경기`), a place before a noun (`대구 공무원`) and a country (its national team is a country
matter: `country_roles`) stay as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..doc_ext import doc_text
from ..resources import read_lines
from .orgs import gazetteer

# A party to the match: subject, topic, object, opponent, "as for" (서울로선), or the club moved to.
PARTY = re.compile(r"(?:은|는|이|가|을|를|과의|와의|과|와|로선|으로선|에게는|에게)(?![가-힣])|(?:으로|로) (?:이적|입단|트레이드)"
                   # a player or a coach of it (대전 수비수 이동원, 김학범 성남 감독), a player's club after their age
                   r"| (?:골키퍼|수비수|미드필더|공격수|스트라이커|투수|포수|타자|내야수|외야수|유격수|세터|감독|코치)(?:은|는|이|가|의|을|를|과|와|도)?(?![가-힣])"
                   r"|\)(?! ?씨)")  # 홍길동(45·성남)씨: where a resident lives
# A player's age and club in parentheses: 김정우(26 · 성남)
AGE_BEFORE = re.compile(r"\(\s?\d{1,2}\s?[·ㆍ]\s?$")


@lru_cache(maxsize=1)
def match_words() -> re.Pattern:
    from .country_roles import _words

    return re.compile("|".join(sorted(_words()["match_words"], key=len, reverse=True)))


def _countries() -> frozenset[str]:
    from .org_names import country_names

    return country_names()


@lru_cache(maxsize=1)
def _place_heads() -> tuple[str, ...]:
    return tuple(w for line in read_lines("place_heads.txt") for w in line.split())


def _place_headed(word: str) -> bool:
    """A ground or an area (잠실구장, 고척돔: `place_heads.txt`), not the club that plays there."""
    return any(word.endswith(head) and len(word) > len(head) for head in _place_heads())


def club_of_place(doc: Doc, span: Span, sentence: tuple[int, int]) -> bool:
    """Whether the place at `span` stands for its club: a party to the match or transfer the sentence reports."""
    text = doc_text(doc)
    word = span.text
    if " " in word or not re.fullmatch(r"[가-힣]{2,6}", word):
        return False
    if word in _countries() or _place_headed(word):  # 잠실구장을 홈으로 쓰는 팀: the ground, no club
        return False
    if word not in gazetteer().places and span._.source != "ner":  # or a foreign city the model read (보스턴)
        return False
    party = PARTY.match(text, span.end_char)
    if party is None or (party.group() == ")" and not AGE_BEFORE.search(text, max(0, span.start_char - 8), span.start_char)):
        return False
    start, end = sentence
    return match_words().search(text, start, end) is not None
