"""A unit written after its body is part of the body's mention: `서울대 수의학과`, `국회 재무위`, `서울중앙지검
집행2과`, `서울중앙지법 민사합의45부`, `KBL 이사회`, `연세대 세브란스병원` (the mentions layer only).

Both news NER conventions (KLUE-NER, KMOU) mark a body and its department, committee, bench or board
written after it as one organization; the organizations table keeps the body (`resolve._written_out`,
`committees_named`). The unit is one word that ends in a unit's ending (`UNIT`), of nouns and numbers only
(no particle, verb or ending inside), with particles allowed after it; a country is no body here (`미국
공화당`: the country and its party are two mentions in KMOU), nor is a person after a club (`한화 이범호`).
"""

from __future__ import annotations

import re

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..doc_ext import MENTIONS, doc_text
from ..resources import read_lines
from .orgs import JOSA, WORD, word_pieces

# A unit of a body: a department, college, bench, committee (written out or short), board, office, team,
# centre, branch or hospital, and a short form of a college (의대, 법대, 문리대).
UNIT = re.compile(
    r"[가-힣A-Za-z0-9]{0,10}(?:과|학부|대학원|대학|병원|의료원|재판부|단독|위원회|[가-힣]{2,6}위|이사회|사무국|사무처|신도회|지부"
    r"|본부|사업부|사업본부|센터|연구소|연구팀|팀|(?:관|비서|상황|조정|정책|홍보|법무|감사|대변인)실)"  # an office, no room (응급실)
    r"|[가-힣]{0,6}(?:\d{1,3}|형사|민사|특수|강력|공안|조사|외사|수사|합의)부"  # a bench or division: 형사1부, 강력부
    r"|(?:의|법|공|치|약|미|음|문리|사범|경영|간호)대"
)
# 과 ends a department only where it cannot be the particle "and" (인터넷과 IPTV): after 학 (경제학과), a number
# (집행2과), or inside one noun Kiwi knows (산부인과).
PARTICLE_GWA = re.compile(r"(?<![학\d])과")
PARTICLES = re.compile(JOSA)
NOT_PIECE_TAGS = ("J", "E", "V", "XSV", "XSA", "MA", "MM", "IC")


def _unit_after(text: str, end: int) -> int | None:
    """The end of the unit written as the next word after `end` (particles after it left out), or None."""
    if text[end:end + 1] != " ":
        return None
    m = WORD.match(text, end + 1)
    if m is None:
        return None
    whole = m.group()
    for cut in range(len(whole), 1, -1):  # the longest reading first: 집행2과는 is 집행2과 + 는, not 집행2 + 과는
        word = whole[:cut]
        if PARTICLES.fullmatch(whole, cut) and UNIT.fullmatch(word) and _unit_word(word) and not _and_particle(word):
            return end + 1 + len(word)
    return None


def _and_particle(word: str) -> bool:
    """The word ends in 과 that Kiwi reads as the particle "and", not as part of a noun (see PARTICLE_GWA)."""
    if PARTICLE_GWA.search(word, len(word) - 1) is None:
        return False
    return word_pieces(word)[-1].tag.startswith("J")


def _unit_word(word: str) -> bool:
    """Nouns, numbers and noun suffixes only (Kiwi on the word alone; its last syllable, the unit's ending,
    may read as anything: 집행2과 → 과/JKB): no particle, verb or modifier inside."""
    pieces = [p for p in word_pieces(word) if p.end < len(word)]
    return not any(p.tag.startswith(NOT_PIECE_TAGS) for p in pieces)


def units_after_bodies(doc: Doc) -> None:
    """Widen each organization mention over a unit written right after it (see the module)."""
    from .org_names import country_names

    mentions = list(doc.spans.get(MENTIONS, []))
    text = doc_text(doc)
    countries = country_names()
    changed = False
    for i, m in enumerate(mentions):
        if m is None or m.label_ != "ORG" or m.text in countries or (m._.normalized or "") in countries:
            continue
        end = _unit_after(text, m.end_char)
        if end is None:
            continue
        inside = [j for j, o in enumerate(mentions)
                  if o is not None and j != i and m.end_char <= o.start_char and o.end_char <= end]
        if any(o.start_char < end and m.end_char < o.end_char and not (m.end_char <= o.start_char and o.end_char <= end)
               for o in mentions if o is not None and o is not m):
            continue  # a mention runs across the unit's edge
        span = doc.char_span(m.start_char, end, label="ORG")
        if span is None:
            continue
        span._.source, span._.normalized = m._.source, m._.normalized
        mentions[i] = span
        for j in inside:
            mentions[j] = None
        changed = True
    if changed:
        doc.spans[MENTIONS] = [m for m in mentions if m is not None]


# Endings of bodies' names made of common nouns (국가기록원, 전력거래소, 교육당국, 축구대표팀, 사제단) and of firms'
# (호전실업, 대한물산): a model organization ending so may be a body whatever its words.
BODY_ENDINGS = ("원", "소", "조합", "단", "당국", "팀", "청", "처", "부", "회", "국", "센터", "본부", "연합", "연대", "공사", "공단",
                "재단", "협회", "연맹", "은행", "사", "군", "대", "당", "실", "과", "기구", "경찰", "검찰", "법원",
                "실업", "산업", "물산", "상사", "기업", "통상", "무역", "개발")


def common_words_as_organizations(doc: Doc) -> None:
    """Drop the model's ORG mentions that are compounds of common nouns naming no body (`광역버스`, `승부조작`,
    `육아휴직`, `교육복지사업`): every piece a common noun Kiwi knows, no organization's ending (`org_shapes.tsv`,
    `BODY_ENDINGS`), no gazetteer name, not a short form in parentheses nor a name a word introducing a body
    stands before (`핀테크 기업 아이리스아이디`). A single common noun (경찰, 정부) is left alone: both news NER
    conventions disagree on those, and KLUE-NER marks them."""
    from .orgs import gazetteer

    from .org_context import introduced_as_organization

    gaz = gazetteer()
    text = doc_text(doc)
    mentions = list(doc.spans.get(MENTIONS, []))
    kept = [m for m in mentions if not (m.label_ == "ORG" and m._.source == "ner" and _common_compound(m.text, gaz)
                                        and text[m.start_char - 1:m.start_char] != "("  # 중앙사고수습본부(중수본)
                                        and not introduced_as_organization(text, m.start_char))]  # 기업 아이리스아이디
    if len(kept) != len(mentions):
        doc.spans[MENTIONS] = kept


ACRONYM_OF_WORDS_BEFORE = re.compile(r"(?P<words>[가-힣]{3,}) ?\($")


def acronyms_of_common_words(doc: Doc) -> None:
    """Drop the model's ORG mentions of an acronym in parentheses after a compound of common nouns that names
    no body (`자유무역협정(FTA)`, `최고재무책임자(CFO)`, `사회간접자본(SOC)`): the acronym is the thing the words
    name, a treaty, an office, a device. KLUE-NER leaves such acronyms unmarked (FTA, SNS, FA, BPS, IT, CC on its
    dev split) and marks those after a body (`워싱턴포스트(WP)`, `국제축구연맹(FIFA)`), which stay: a
    gazetteer name, an organization's ending (`org_shapes.tsv`, `BODY_ENDINGS`: 기구, 국, 연합) or a proper noun
    before the parenthesis keeps it, as does an ORG mention of the words themselves."""
    from .orgs import gazetteer

    gaz = gazetteer()
    text = doc_text(doc)
    mentions = list(doc.spans.get(MENTIONS, []))
    org_ends = {m.end_char for m in mentions if m.label_ == "ORG"}

    def of_common_words(m) -> bool:
        if m.label_ != "ORG" or m._.source != "ner" or not re.fullmatch(r"[A-Z]{2,6}", m.text):
            return False
        if text[m.end_char:m.end_char + 1] != ")":
            return False
        before = ACRONYM_OF_WORDS_BEFORE.search(text[max(0, m.start_char - 30):m.start_char])
        if before is None:
            return False
        words = before.group("words")
        words_end = m.start_char - len(before.group(0)) + len(words)
        if words.endswith("국가") or any(words[p.start:p.end] == "프로" for p in word_pieces(words)):
            return False  # a state (이슬람국가(IS)) or a league (미국 프로농구(NBA), 여자프로골프(LPGA)) is a body
        return words_end not in org_ends and _common_compound(words, gaz)

    kept = [m for m in mentions if not of_common_words(m)]
    if len(kept) != len(mentions):
        doc.spans[MENTIONS] = kept


def _common_compound(text: str, gaz) -> bool:
    if not re.fullmatch(r"[가-힣]{3,}", text) or text in gaz.senses or text.endswith(BODY_ENDINGS) or gaz.shape_suffix(text):
        return False
    pieces = word_pieces(text)
    return len(pieces) >= 2 and pieces[-1].end == len(text) and all(p.known and p.tag in ("NNG", "XSN", "XPN") for p in pieces)


@lru_cache(maxsize=1)
def _event_heads() -> tuple[str, ...]:
    """Event heads, but 투어: travel agencies are named so (하나투어, 모두투어) as often as golf tours."""
    return tuple(w for line in read_lines("event_heads.txt") for w in line.split() if w != "투어")


def names_an_event(text: str) -> bool:
    """A name glued to the head of an event's name (`몽베르오픈`, `US여자오픈`, `서울국제마라톤`): the tournament or
    festival, not the sponsor or the body that runs it, and no organization (KLUE-NER leaves events out)."""
    from .orgs import gazetteer

    word = text.split()[-1] if text.split() else text
    return text not in gazetteer().senses and any(
        word.endswith(head) and len(word) > len(head) for head in _event_heads())


def events_as_organizations(doc: Doc) -> None:
    """Drop the ORG mentions that name an event (`names_an_event`)."""
    mentions = list(doc.spans.get(MENTIONS, []))
    kept = [m for m in mentions if not (m.label_ == "ORG" and names_an_event(m.text))]
    if len(kept) != len(mentions):
        doc.spans[MENTIONS] = kept
