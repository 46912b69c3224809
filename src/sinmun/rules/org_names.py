"""Canonical organization names: the country before a body, short endings, and the article's own ties.

Pure functions over names, used by `sinmun_resolve` on every ORG mention:
- `split_country`: `미국 국무부` → (US, 국무부); the country is a column of the row, not part of the name.
- `expand_ending`: `부산지검` → 부산지방검찰청, `고려대` → 고려대학교, by the endings of `org_short_endings.tsv`,
  when what comes before the ending reads as a name (not `20대`, `시위대`).
- `tie_in_article`: a short form and a full name the same article writes (`금속노조` and
  `전국금속노동조합`, `중앙지검` and `서울중앙지방검찰청`, `한수원` and `한국수력원자력`) are one body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..resources import read_lines
from .orgs import OrgSense, _day, gazetteer, head_words, is_common_noun, reads_as_name, word_pieces

HANGUL = ("가", "힣")


@dataclass(frozen=True, slots=True)
class ShortEnding:
    short: str
    full: str
    kind: str
    always: bool


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every written form of a country -> its ISO 3166-1 alpha-2 code."""
    codes: dict[str, str] = {}
    for line in read_lines("countries.tsv"):
        name, code, others = (line.split("\t") + ["", ""])[:3]
        for form in (name, *filter(None, others.split(","))):
            codes.setdefault(form, code)
    return codes


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries' names of two letters or more, Hangul (미국, 대한민국, 사우디), as a mention reads them."""
    return frozenset(f for f in countries() if len(f) >= 2 and all(_hangul(c) for c in f))


@lru_cache(maxsize=1)
def short_endings() -> tuple[ShortEnding, ...]:
    rows = [(line.split("\t") + ["", "", ""])[:4] for line in read_lines("org_short_endings.tsv")]
    endings = [ShortEnding(s, f, k, scope != "tie") for s, f, k, scope in rows]
    return tuple(sorted(endings, key=lambda e: len(e.short), reverse=True))


@lru_cache(maxsize=1)
def local_governments() -> dict[str, list[OrgSense]]:
    senses: dict[str, list[OrgSense]] = {}
    for line in read_lines("local_governments.tsv"):
        name, shorts, start, end = (line.split("\t") + ["", "", ""])[:4]
        sense = OrgSense(name, "government", _day(start), _day(end))
        for form in {name, *filter(None, shorts.split(","))}:
            senses.setdefault(form, []).append(sense)
    return senses


def local_government(name: str, when: date | None) -> str | None:
    """The official name of the local government `name` stands for on `when` (서울시 → 서울특별시)."""
    senses = local_governments().get(name)
    if not senses:
        return None
    if when is None:
        return next((s.name for s in senses if s.end is None), senses[-1].name)
    return min(senses, key=lambda s: (s.distance(when), s.name != name)).name


def split_country(name: str) -> tuple[str | None, str]:
    """(country code, body) when `name` is a country, a space and a body (`대한민국 환경부`, `美 국방부`);
    else (None, name). A country glued to a word is part of the name (한국은행, 미국무역대표부 aside), and so is
    one before a brand word that names no body on its own (이란 인터내셔널, `org_head_words.txt`)."""
    head, _, body = name.partition(" ")
    code = countries().get(head)
    if code is None or not body or len(body) < 2 or body in head_words()[1]:
        return glued_country(name) or (None, name)
    return code, body


def glued_country(name: str) -> tuple[str, str] | None:
    """(country code, body) for a one-letter country glued to a body of state the gazetteer knows whole
    (`미국무부` → US, 국무부; `일외무성`, `中외교부`): headline and wire style. Only a state's body after
    the letter (a government or ministry name of the gazetteer), so 한국은행, 중앙정부, 일본부 stay whole."""
    if " " in name or len(name) < 4:
        return None
    code = countries().get(name[0])
    if code is None or code == "KR":
        return None
    sense = gazetteer().lookup(name[1:])
    if sense is None or sense.kind not in ("government", "ministry") or sense.name != name[1:]:
        return None
    return code, name[1:]


def country_before(text: str, start: int) -> str | None:
    """The country written right before `start`, as a word of its own and a space (`미국 국방부`), or as
    one Hanja letter glued on (`美국무부`, `中외교부`: the letter stands apart from the Hangul name)."""
    if start >= 1 and "\u4e00" <= text[start - 1] <= "\u9fff" and (start < 2 or not text[start - 2].isalnum()):
        return countries().get(text[start - 1])
    if start < 2 or text[start - 1] != " ":
        return None
    at = start - 1
    while at > 0 and not text[at - 1].isspace() and text[at - 1] not in "(\"'‘“[":
        at -= 1
    return countries().get(text[at:start - 1])


def _hangul(ch: str) -> bool:
    return HANGUL[0] <= ch <= HANGUL[1]


def reads_as_named_body(word: str, short: str) -> bool:
    """Whether `word` ending in `short` names one body: Kiwi reads the whole word as a proper noun
    (고려대, 이화여대) or the part before the ending as a proper noun or an unknown word (광주+대); never
    a number (20대) nor a common noun Kiwi knows whole (시위대, 해병대, 구조대)."""
    stem = word[: -len(short)]
    if len(stem) < 2 or not all(_hangul(c) or c.isalpha() for c in stem):
        return False
    pieces = word_pieces(word)
    if len(pieces) == 1 and pieces[0].end == len(word):
        return pieces[0].tag == "NNP" or not pieces[0].known
    stem_pieces = [p for p in pieces if p.end <= len(stem)]
    if not stem_pieces or stem_pieces[-1].end != len(stem):
        return False
    return any(p.tag in ("NNP", "SL") or not p.known for p in stem_pieces)


def expand_ending(name: str) -> tuple[str, str] | None:
    """(full name, kind) for a name with a short ending that always expands (`부산지검`, `고려대`)."""
    word = name.split()[-1]
    for e in short_endings():
        if word.endswith(e.short) and len(word) > len(e.short):
            if not e.always or not reads_as_named_body(word, e.short):
                return None
            return name[: -len(e.short)] + e.full, e.kind
    return None


def expanded_forms(name: str) -> list[str]:
    """The name with its short ending written out, whichever the scope (`금속노조` → 금속노동조합)."""
    return [name[: -len(e.short)] + e.full for e in short_endings()
            if name.endswith(e.short) and len(name) > len(e.short)][:1]


def is_abbreviation(short: str, full: str, anywhere: bool = False) -> bool:
    """`공정위` of 공정거래위원회, `한수원` of 한국수력원자력: the same first syllable, the short form's
    syllables in order within the full name, its last one among the full name's last three, and
    shorter than it by at least two. With `anywhere` (the short form stands in parentheses right after
    the name, which says it abbreviates something) its last syllable may be anywhere after the others
    (민주노총 of 전국민주노동조합총연맹)."""
    if " " in short or len(short) < 2 or len(full) < len(short) + 2 or short[0] != full[0]:
        return False
    if not all(_hangul(c) for c in short + full.replace(" ", "")):
        return False
    at = 0
    for ch in short:
        at = full.find(ch, at)
        if at < 0:
            return False
        at += 1
    return anywhere or short[-1] in full[-3:]


def tie_in_article(short: str, full_names: list[str]) -> str | None:
    """The one full name of this article that `short` stands for: its ending written out ends that name
    (`금속노조` → …금속노동조합), it abbreviates it, or it is that name's end (중앙지방검찰청 of
    서울중앙지방검찰청, 가스공사 of 한국가스공사). None unless exactly one name fits."""
    expanded = expanded_forms(short)
    fits = {f for f in full_names if f != short and len(f) > len(short) and " " not in f
            and (any(f.endswith(x) and f != x for x in expanded) or is_abbreviation(short, f)
                 or (len(short) >= 4 and f.endswith(short)))}
    return fits.pop() if len(fits) == 1 else None


def committee_name(word: str) -> str | None:
    """`국토교통위` → 국토교통위원회, `정보위원회` as it is: one word naming a committee."""
    if " " in word or len(word) < 3 or not all(_hangul(c) for c in word):
        return None
    if word.endswith("위원회"):
        return word
    return word + "원회" if word.endswith("위") else None


def tail_after_body(rest: str) -> bool:
    """Whether the words after a body's name (`국회 차원`, `국회 청문회`, `국회 국토교통위`) leave the body
    the one named: common nouns Kiwi knows whole, or one of its committees (`committee_name`)."""
    words = rest.split()
    if len(words) == 1 and committee_name(words[0]):
        return True
    return all(is_common_noun(w) for w in words)


def unit_of_body(word: str) -> bool:
    """`수학과`, `의과대학`, `응급실`, `연구팀`: a word made only of common nouns Kiwi knows (and noun
    suffixes), naming a part of the body written before it — a department, a ward, a team."""
    pieces = word_pieces(word)
    return len(word) >= 2 and all(_hangul(c) for c in word) and bool(pieces) and pieces[-1].end == len(word) \
        and all(p.known and p.tag in ("NNG", "XSN") for p in pieces)


def resource_tie(short: str) -> str | None:
    """A full name of the gazetteer that `short` stands for by its written-out ending (`철도노조` →
    전국철도노동조합 when only that name of the gazetteer ends in 철도노동조합)."""
    expanded = expanded_forms(short)
    if not expanded:
        return None
    fits = {n for n in gazetteer().canonical_names for x in expanded if n.endswith(x)}
    return fits.pop() if len(fits) == 1 else None


# Bodies whose head is titled by the body's name and 장 (대한의사협회장, 국어학회장, 서울고등법원장): a model's ORG
# that took the title in (`대한양궁협회장`) names the body. Not 공사 (공사장 is a site) nor 시·군·구 (a mayor's
# title is the people's; 시장 is also a market).
HEADED_ENDINGS = ("협회", "학회", "연구원", "연구소", "연맹", "연합회", "협의회", "재단", "진흥원", "법원", "공단", "대학교")


def body_of_fused_title(name: str) -> str | None:
    """`대한양궁협회장` → 대한양궁협회, `방송통신위원장` → 방송통신위원회: one word, a body's name fused with its
    head's title. None for anything else."""
    if " " in name or not name.endswith("장") or len(name) < 5:
        return None
    stem = name[:-1]
    if stem.endswith("위원"):
        return stem + "회" if len(stem) >= 4 else None
    ending = next((e for e in HEADED_ENDINGS if stem.endswith(e) and len(stem) > len(e) + 1), None)
    # a name before the ending: 대한양궁협회장, 서울고등법원장; not 관할 고등법원장 (고등 is no name)
    return stem if ending is not None and reads_as_name(stem[: -len(ending)]) else None
