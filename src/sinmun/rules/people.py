"""People with titles: `박영선 중소벤처기업부 장관`, `'머니브레인'의 장세영 대표`, `도널드 트럼프 대통령`.

`sinmun_people` runs after `sinmun_orgs`. It finds every word that is a title (with its particles:
`장관은`, `창업정책관은`; never `대표적`, `국가대표`, `대표들은`) and reads back from it: organizations,
places and modifiers may stand between the title and the name; the name itself is a Korean name
(a surname and one to three syllables that Kiwi reads as a proper noun) or a run of foreign proper nouns.
Firms named only there (`이용재 '매스프레소' 대표`) become ORG mentions. Short forms (`박 장관`) are
recorded for `sinmun_resolve`, which links them to the full name introduced earlier.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..doc_ext import MENTIONS, doc_text
from ..morph import word_reading
from ..regex_words import alternation
from ..resources import read_lines
from .org_names import country_names, expand_ending, local_government
from .foreign_names import compound_body_end, given_name_before, surnames_after_given
from .orgs import (
    HANGUL_OR_ALNUM,
    JOSA,
    LEFT_EDGE,
    ORG_KINDS_KEY,
    OrgSense,
    WORD,
    add_rule_mention,
    article_day,
    titled_work,
    gazetteer,
    name_stopwords,
    strip_particles,
)

FOUND_KEY = "sinmun_people_found"
SHORT_KEY = "sinmun_people_short"

MODIFIERS = frozenset("전 현 前 現 신임 초대 당시 차기 직전 공동 새 신 역대".split())
FORMER = frozenset(("전", "前"))  # 전 장관: the title goes to `title`, the 전 to `former`
HANJA_MODIFIER = re.compile(r"\s*([前現])\s*")  # 前 is no WORD character: it stands in the gap
ACTING = frozenset(("권한대행", "직무대행", "직무대리"))
ELECT = frozenset(("당선인", "당선자"))
# Heads of state and government: before them, proper nouns right after a name-shaped word continue a
# foreign name (호스니 무바라크 대통령). A single foreign word names a person only before these titles.
LEADER_TITLES = frozenset("대통령 부통령 총리 국무총리 주석 국가주석 국왕 여왕 왕세자 총통 교황 서기장 총재".split())
SINGLE_NAME_TITLES = LEADER_TITLES | {"장관", "의원", "의장", "대사", "후보", "후보자", "사무총장", "당선인"}
SERVES = frozenset(("대통령", "국무총리", "총리", "대통령실", "당선인", "당선자"))  # 대통령 비서실장, 당선인 대변인: the staff title is theirs
# Titles that name a person only when they come first (주장 에마뉘엘 아데바요르는); after a name they are
# mostly ordinary words (김 의원 주장은: "claim").
TITLE_FIRST_ONLY = frozenset(("주장",))
# Cabinet departments of other states written as a stem + 장관 (척 헤이글 국방장관): the title is 장관.
FOREIGN_MINISTRY_STEMS = frozenset("국무 국방 재무 상무 노동 농무 내무 외무 외교 법무 교육 에너지 보훈 교통 국토안보".split())
# Syllables that end a common-noun compound, not a name (변동시 "at the change", 인준안 "the bill").
COMPOUND_TAILS = frozenset("안 시 권 법 측 간 내 외 중 후 비 료 금 세 율 액 별 차 분 선 제".split())
NOMINEE = frozenset(("후보자", "내정자", "지명자"))
FORMER_COPULAS = frozenset(("이었던", "였던"))  # 대표였던 김하준: who held the title
COPULAS = FORMER_COPULAS | {"인"}  # 장관인 최민국
HOME = frozenset(("한국", "대한민국", "우리나라"))
MAX_BETWEEN = 4  # words between a name and its title
QUOTES_OPEN = "'‘\"“"
QUOTES_CLOSE = "'’\"”"
STOP_GAP = re.compile(r"[,.;:!?·/\n\[\]…]")


@dataclass(slots=True)
class PersonFound:
    """One `name … title` occurrence, before the article's people are merged."""

    name: str
    start: int
    end: int
    title: str
    org: str | None = None
    org_kind: str | None = None
    ministry: str | None = None
    minister: bool = False  # the title makes a minister; `ministry` may still be unknown
    foreign: bool = False
    former: bool = False
    nominee: bool = False
    source: str = "rule"
    org_slot: int | None = None  # where an organization found later (NER) would end to be theirs


@dataclass(slots=True)
class ShortForm:
    """`박 장관`: a surname and a title standing for a full name introduced earlier."""

    surname: str
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Titles:
    kinds: dict[str, str]
    compound: frozenset[str]
    word: re.Pattern = field(repr=False)
    short: re.Pattern = field(repr=False)


@lru_cache(maxsize=1)
def titles() -> Titles:
    rows = [line.split("\t") for line in read_lines("titles.tsv")]
    kinds = {r[0]: r[1] for r in rows}
    compound = frozenset(r[0] for r in rows if len(r) > 2 and r[2] == "yes")
    title_alternation = alternation(kinds)  # longest first, as a trie (regex_words.py)
    word = re.compile(rf"(?P<prefix>[가-힣A-Za-z0-9]*?)(?P<title>{title_alternation}){JOSA}")
    short = re.compile(
        LEFT_EDGE
        + rf"(?P<surname>{alternation(surname_set())}) (?P<title>{title_alternation})"
        + rf"(?={JOSA}(?![{HANGUL_OR_ALNUM}&]))"
    )
    return Titles(kinds, compound, word, short)


@lru_cache(maxsize=65536)
def title_match(word: str) -> re.Match | None:
    """`titles().word.fullmatch(word)`, remembered: the walk asks it of each word several times, and the
    pattern tries every title at every position of the word."""
    return titles().word.fullmatch(word)


@lru_cache(maxsize=1)
def surname_set() -> frozenset[str]:
    return frozenset(w for line in read_lines("surnames.txt") for w in line.split())


@lru_cache(maxsize=1)
def foreign_given_names() -> frozenset[str]:
    return frozenset(w for line in read_lines("foreign_given_names.txt") for w in line.split())


def looks_like_korean_name(word: str) -> bool:
    """Shape only: a known surname and one to three more syllables (four in all only for 남궁, 황보…)."""
    if not re.fullmatch(r"[가-힣]{2,4}", word):
        return False
    surnames = surname_set()
    if len(word) == 4:
        return word[:2] in surnames
    return word[0] in surnames or (len(word) == 3 and word[:2] in surnames)


# Kiwi reads names it does not know (손정희, 오영주) as common nouns in some contexts; in isolation
# such a word scores far below a dictionary noun of the same length (공무원 -17, 상인회 -24, 오영주 -25).
UNKNOWN_NOUN_SCORE = -23.5
UNREADABLE_SCORE = -26.0
COMMON_NOUN_SCORE = -20.5  # a two-syllable common noun Kiwi knows (변동 -18.7, 인준 -19.6); 김민, 최민 are NNP
NAME_PIECE_TAGS = frozenset(("NNG", "NNP", "NNB", "NR", "MM", "MAG", "XPN", "XR"))


@lru_cache(maxsize=65536)
def unknown_noun(word: str) -> bool:
    """Kiwi, on the word alone, starts it with a proper noun or sees one rare (out-of-dictionary) noun."""
    tokens, score = word_reading(word)
    if tokens[0].tag == "NNP":
        return True
    if len(tokens) == 1:
        return tokens[0].tag == "NNG" and score < UNKNOWN_NOUN_SCORE
    # Split into nouns, determiners or adverbs (한/MM 성숙/NNG, 임정/NNG 욱/MAG) at a poor score: no
    # word Kiwi knows (대/XPN 기업/NNG scores -17), and no particle or verb ending.
    return score < UNKNOWN_NOUN_SCORE and all(t.tag in NAME_PIECE_TAGS for t in tokens)


@lru_cache(maxsize=65536)
def read_as_nouns(word: str) -> bool:
    """Kiwi, on the word alone, reads only nouns: a Korean name it knows (이재명/NNP) or does not (김도윤/NNG,
    김/NNP 하/NNG 준/NNG). A transliterated family name shaped like a Korean name may read as a phrase
    (이달고: 이/MM 달/VA 고/EC)."""
    tokens, _ = word_reading(word)
    return all(t.tag.startswith("NN") for t in tokens)


@lru_cache(maxsize=65536)
def compound_fragment(word: str) -> bool:
    """A dictionary noun and a bound noun-ending syllable (변동+시, 인준+안): a common compound, no name."""
    if len(word) != 3 or word[2] not in COMPOUND_TAILS:
        return False
    tokens, score = word_reading(word[:2])
    return len(tokens) == 1 and tokens[0].tag == "NNG" and score > COMMON_NOUN_SCORE


@lru_cache(maxsize=65536)
def foreign_part(word: str) -> bool:
    """A word of a transliterated foreign name: a proper noun or a word Kiwi does not know."""
    if not re.fullmatch(r"[가-힣]{1,7}", word):
        return False
    tokens, score = word_reading(word)
    return len(tokens) == 1 and tokens[0].tag == "NNP" or unknown_noun(word) or unreadable_word(word)


@lru_cache(maxsize=65536)
def given_name_shape(word: str) -> bool:
    """A piece of a hyphenated foreign name (피에르, 클로드): up to four syllables Kiwi reads alone as one proper
    noun or cannot read at all; not a school or body written short (춘천동부초-속초중앙초)."""
    if not re.fullmatch(r"[가-힣]{2,4}", word):
        return False
    tokens, _ = word_reading(word)
    return len(tokens) == 1 and tokens[0].tag == "NNP" or unreadable_word(word)


@lru_cache(maxsize=65536)
def unreadable_word(word: str) -> bool:
    """Kiwi can read the Hangul word alone only as junk (옐런: 예/IC ᆯ/JKO 런/NNG at -31): a transliterated
    foreign name it has never seen. Korean words, even rare compounds, score above this."""
    if not re.fullmatch(r"[가-힣]{2,6}", word):
        return False
    tokens, score = word_reading(word)
    return score < UNREADABLE_SCORE and len(tokens) > 1


@lru_cache(maxsize=65536)
def transliterated_word(word: str) -> bool:
    """Kiwi reads the word alone only as nouns and scores it below any Korean word (장이머우/NNP at -33): a
    transliteration it barely knows. Unknown brands score so too (스페이스워크), so this says a name only where
    a title outside business and media follows (감독, 선수, 작가)."""
    if not re.fullmatch(r"[가-힣]{3,7}", word):
        return False
    tokens, score = word_reading(word)
    return score < UNREADABLE_SCORE and len(tokens) == 1 and tokens[0].tag.startswith("NN")  # not 삼성/NNP 라이온스/NNG


@lru_cache(maxsize=65536)
def name_without_particles(word: str) -> str:
    """A name as the model marked it, without the particles Kiwi reads after it (김민은 -> 김민, 엄태웅은 -> 엄태웅);
    a name whose last syllable only looks like a particle keeps it (문재인, 박지만, 이해인: Kiwi reads one noun)."""
    stem = strip_particles(word)
    if stem == word:
        return word
    tokens, _ = word_reading(word)
    return stem if any(t.start == len(stem) and t.tag.startswith(("J", "VCP")) for t in tokens) else word


# Particles Kiwi leaves inside the proper-noun token of a name it does not know (엄태웅은/NNP): the particle's tag
GLUED_PARTICLE_TAGS = {"은": "JX", "는": "JX", "도": "JX", "을": "JKO", "를": "JKO", "과": "JKB", "와": "JKB",
                       "이": "JKS", "가": "JKS", "의": "JKG", "께": "JKB", "에게": "JKB"}


@lru_cache(maxsize=65536)
def glued_particle_cut(word: str) -> int | None:
    """Where a particle starts inside one word Kiwi tagged a proper noun (엄태웅은 -> 3, 이연걸이 -> 3): the word is
    no Korean name itself, and Kiwi, reading it alone, reads a particle after a three-syllable stem shaped like one."""
    if word[3:] not in GLUED_PARTICLE_TAGS or not looks_like_korean_name(word[:3]) or looks_like_korean_name(word):
        return None  # cheap shape checks first: Kiwi reads the word alone only for these
    stem = name_without_particles(word)
    return 3 if stem == word[:3] else None


def split_glued_particles(doc: Doc, words: list) -> None:
    """`배우 엄태웅은`: a name Kiwi does not know and its particle read as one proper noun is two tokens, so the
    rules (and the model after them) can end the name before the particle."""
    cuts: dict[int, str] = {}
    # the NNP tokens' (start, end), read off the token arrays once: `doc.char_span` searches the tokens
    # on every call (a word of the text is one NNP token exactly when its offsets are one's)
    starts, lengths, tags = doc.to_array([IDX, LENGTH, TAG]).T.tolist()
    nnp = get_string_id("NNP")
    proper = {start: start + length for start, length, tag in zip(starts, lengths, tags) if tag == nnp}
    for ws, we, word, _ in words:
        if proper.get(ws) != we:
            continue
        if (cut := glued_particle_cut(word)) is not None:
            cuts[ws + cut] = GLUED_PARTICLE_TAGS[word[cut:]]
    if not cuts:
        return
    from ..ner.boundaries import split_tokens_at

    split_tokens_at(doc, set(cuts))
    for token in doc:
        if token.idx in cuts:
            token.tag_ = cuts[token.idx]


@lru_cache(maxsize=65536)
def rare_word(word: str) -> bool:
    """Kiwi, on the word alone, finds only out-of-dictionary pieces (두잇: 두/NNG 잇/NNG at -23)."""
    if not re.fullmatch(r"[가-힣A-Za-z0-9&]+", word):
        return False
    tokens, score = word_reading(word)
    return score < UNKNOWN_NOUN_SCORE + 0.5 and all(t.tag in NAME_PIECE_TAGS or t.tag == "SL" for t in tokens)


class PeopleFinder:
    def __init__(self) -> None:
        self.titles = titles()
        self.gaz = gazetteer()
        self.stop = name_stopwords()
        self.foreign_given = foreign_given_names()

    # --- reading the words of a doc -------------------------------------------------------------
    def title_of(self, word: str) -> str | None:
        """The title a word carries (`창업정책관은` -> 창업정책관), or None (`대표적`, `국가대표`)."""
        m = title_match(word)
        if not m:
            return None
        prefix, title = m.group("prefix"), m.group("title")
        if not prefix:
            return title
        if title in self.titles.compound and re.fullmatch(r"[가-힣A-Za-z0-9]*[가-힣][가-힣A-Za-z0-9]*|[A-Z]{2,}|[1-9]", prefix) and len(prefix) >= 2 - (len(title) > 2):
            if title == "시장" and field_noun(prefix):
                return None  # 전통시장, 증권시장: a market, no mayor (서울시장, 목포시장 start with a place)
            stem = prefix + title
            return None if stem in self.stop else stem
        return None

    def is_korean_name(self, doc: Doc, start: int, end: int, covered, genitive_ok: bool = False) -> bool:
        word = doc_text(doc)[start:end]
        if not looks_like_korean_name(word) or word in self.stop or word in self.gaz.places:
            return False
        if word in self.titles.kinds or word in self.gaz.senses or covered(start, end):
            return False
        if ANONYMIZED.fullmatch(word) or electoral_district(doc_text(doc), start, end) or self.is_place(word):
            return False  # 박모 교수; 서울시 대변인
        span = doc.char_span(start, end)
        if span is None:
            return False
        if len(word) == 2:  # 김은 심사위원: a surname with a particle is no name
            # 소마 선수: a word Kiwi splits into two one-syllable pieces of a noun phrase in the sentence (소/NNG or
            # XPN, 마/NNG) but reads alone as one proper noun is a name all the same
            alone = word_reading(word)[0]
            split = (len(span) == 2 and all(t.tag_ in NAME_PIECE_TAGS for t in span)
                     and len(alone) == 1 and alone[0].tag == "NNP")
            return _all_nouns(span) and span[0].tag_.startswith("NNP") or split
        if compound_fragment(word) and not (len(span) == 1 and span[0].tag_ == "NNP"):
            return False  # 변동시, 인준안; but 정의선, one proper noun in the sentence, is a name
        if span[-1].tag_.startswith(("J", "E", "XS")) and not (genitive_ok and span[-1].text == "의"):
            return False
        return span[0].tag_.startswith("NNP") or unknown_noun(word)

    def _misread_name(self, doc: Doc, start: int, end: int, covered) -> bool:
        """A three-syllable name Kiwi reads as a rare verb form (허연수: 허옇/VA + ㄴ + 수/NNB at -24.5),
        where the sentence's shape (`이름 기관 직함`) already says a person stands there: the word alone
        scores like no dictionary word and ends in a noun, not in a particle or an ending."""
        word = doc_text(doc)[start:end]
        if len(word) != 3 or not looks_like_korean_name(word) or word in self.stop or covered(start, end):
            return False
        if word in self.titles.kinds or word in self.gaz.senses or self.is_place(word):
            return False
        tokens, score = word_reading(word)
        verb = any(t.tag.startswith(("VV", "VA")) for t in tokens)
        return verb and score < UNKNOWN_NOUN_SCORE and tokens[-1].tag.startswith("NN")

    @staticmethod
    def _particle_tail(doc: Doc, start: int, end: int) -> bool:
        """After its nouns the word has only what Kiwi calls particles (알레한드 + 로), no verb (재가 + 해)."""
        span = doc.char_span(start, end)
        stop = PeopleFinder._stem_end(doc, start, end)
        return span is not None and stop is not None and all(
            t.tag_.startswith("J") for t in span if t.idx >= stop)

    @staticmethod
    def _modifier_end(doc: Doc, start: int, end: int) -> bool:
        """The word ends in a determiner or a verb's modifier ending (귀임/NNP + 한/MM: "who returned"), so it
        modifies the name after it and is no part of it."""
        span = doc.char_span(start, end)
        return span is not None and span[-1].tag_.split("+")[-1] in ("MM", "ETM")

    @staticmethod
    def _common_nouns(doc: Doc, start: int, end: int) -> bool:
        """`외교·안보`: words that are each one common noun (NNG), joined by a middle dot."""
        span = doc.char_span(start, end)
        return span is not None and all(t.tag_ == "NNG" or t.text == "·" for t in span) and len(span) <= 3

    def _school(self, word: str, title: str) -> bool:
        """`부산대 교수`, `한빛대(총장 …)`: a university, though its name starts with its city's (부산); before a
        title of academia any word so shaped, before others only a word that says 대학."""
        if not UNIVERSITY.fullmatch(word) or word in self.gaz.places:
            return False
        academic = self.titles.kinds.get(_base_title(self.title_of(title) or title, self.titles.kinds)) == "academic"
        return academic or word.endswith(("대학교", "대학", "대학원"))

    def is_place(self, word: str) -> bool:
        """서울, 서울시, 서울시청, 충북도: a place or a place's administration."""
        return self.is_place_word(word)

    @staticmethod
    def is_place_word(word: str) -> bool:
        places = gazetteer().places
        return word in places or (len(word) > 2 and word[:-1] in places) or (len(word) > 3 and word[:-2] in places)

    def multiword_proper(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The extent of a proper-noun token that ends at `end` and also covers earlier words."""
        if doc.char_span(start, end) is not None:
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.end_char != end or span.start_char >= start:
            return None
        return (span.start_char, end) if span[0].tag_ == "NNP" and " " in span.text else None

    def is_proper(self, doc: Doc, start: int, end: int) -> bool:
        word = doc_text(doc)[start:end]
        if word in self.stop or word in self.titles.kinds or self.title_of(word) or self.is_place(word) or DISTRICT.fullmatch(word):
            return False
        span = doc.char_span(start, end)
        return span is not None and _all_nouns(span) and span[0].tag_.split("+")[0] in ("NNP", "SL")

    # --- the component ------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions = list(doc.spans.get(MENTIONS, []))
        org_at = {}
        for span in mentions:
            if span.label_ in ("ORG", "LOC"):
                org_at[(span.start_char, span.end_char)] = span
        org_spans = sorted(org_at.values(), key=lambda s: s.start_char)

        def covering(start: int, end: int):
            for span in org_spans:
                if span.start_char <= start and end <= span.end_char:
                    return span
                if span.start_char >= end:
                    return None
            return None

        def covered(start: int, end: int) -> bool:
            return any(s.start_char < end and start < s.end_char for s in org_spans)

        groups = [(m.start(), m.end()) for m in PAREN.finditer(text)]
        words = [(m.start(), m.end(), m.group(), _group_of(groups, m.start())) for m in WORD.finditer(text)]
        split_glued_particles(doc, words)
        words = self._spaced_titles(self._lost_line_breaks(doc, words))
        kinds = doc.user_data.setdefault(ORG_KINDS_KEY, {})
        found: list[PersonFound] = []
        named: set[tuple[int, int]] = set()  # name spans already read: the first reading wins
        for i, (ws, we, word, _) in enumerate(words):
            glued = self._glued_name(doc, ws, word, covered)
            if glued is not None:  # 김덕용의원은, 옐친대통령에게
                person = glued
            else:
                title, former = self.title_of(word), False
                if title is None and word[:1] in FORMER and len(word) > 2:
                    title, former = self.title_of(word[1:]), True  # 전대통령, 전장관은
                if title is None:
                    title, former = self._qualified_title(doc, words, i, covering, covered), False
                if title is None:
                    continue
                person = None if title in TITLE_FIRST_ONLY else self._read_back(doc, words, i, title, covering, covered)
                if person is None:
                    person = self._read_forward(doc, words, i, title, covering, covered) or self._read_appositive(
                        doc, words, i, title, covering, covered)
                    if person is None or (person.start, person.end) in named:
                        continue
                    found.append(person)
                    named.add((person.start, person.end))
                    continue
                if former:
                    person.former, person.minister = True, False
            if (person.start, person.end) in named:
                continue
            named.add((person.start, person.end))
            person.title, title_end = self._title_extensions(words, i, person.title)
            if title_end < 0:
                title_end, person.minister, person.nominee = -title_end, False, True
            if person.title == "기자" and (BYLINE_AFTER.match(text, title_end) or BYLINE_BEFORE.search(text, max(0, person.start - 4), person.start)):
                continue  # a byline or photo credit that cleaning left behind
            self._joint_office(doc, text[title_end:title_end + 40], title_end, person, org_spans)
            found.append(person)
            if glued is None and set(PAREN.sub(" ", text[person.end:ws]).split()) <= MODIFIERS:
                for other in self._coordinated(doc, person, covering, covered):
                    if (other.start, other.end) not in named:
                        named.add((other.start, other.end))
                        found.append(other)
        for person in found:
            span = doc.char_span(person.start, person.end, label="PERSON")
            if span is not None and not covered(person.start, person.end):
                add_rule_mention(doc, span, "rule", person.name)
            if person.org and person.org_kind:
                kinds.setdefault(person.org, person.org_kind)
        doc.user_data[FOUND_KEY] = found
        doc.user_data[SHORT_KEY] = [
            ShortForm(m.group("surname"), m.group("title"), m.start(), m.end("title"))
            for m in self.titles.short.finditer(text)
        ]
        return doc

    def _qualified_title(self, doc: Doc, words: list, i: int, covering, covered) -> str | None:
        """`박근혜 대선후보는`, `문재인 상임고문은`, `안창호 전 헌법재판관`: a listed title glued after a common noun
        that qualifies it (the race, the standing, the field), right after a Korean name (a modifier such as 전
        may stand between). Such words are titles only there: 국가대표, 비례대표, 금융감독 elsewhere are no one's
        office, so the qualified word is read only where the name already says a person stands. The whole
        word is the title (compound titles stay whole); a proper noun before the title is a body or a place
        (서울시의원, 충남지사), which the organization rules read, not a qualifier."""
        ws, we, word, group = words[i]
        m = title_match(word)
        if m is None or len(m.group("prefix")) < 2 or not HANGUL_WORD.fullmatch(m.group("prefix")):
            return None
        prefix, title = m.group("prefix"), m.group("title")
        if title in self.titles.compound:
            return None  # title_of reads these and has refused this one (전통시장: a market, no mayor)
        if prefix in self.stop or prefix in self.gaz.senses or self.is_place(prefix) or covered(ws, ws + len(prefix)):
            return None
        tokens, _ = word_reading(prefix + title)
        if not any(t.start == len(prefix) and t.form == title and t.tag == "NNG" for t in tokens):
            return None  # 연기자, 주차장, 부부장: one word Kiwi knows, no title inside it
        if not all(t.tag == "NNG" for t in tokens if t.start < len(prefix)):
            return None
        right = ws
        j = i - 1
        while j >= 0 and words[j][3] == group and doc_text(doc)[words[j][1]:right] == " ":
            org = covering(words[j][0], words[j][1])
            if words[j][2] in MODIFIERS or org is not None and org.label_ == "ORG":  # 전; 새누리당 대선후보
                right = org.start_char if org is not None else words[j][0]
                while j >= 0 and words[j][0] >= right:
                    j -= 1
                continue
            return prefix + title if self.is_korean_name(doc, words[j][0], words[j][1], covered) else None
        return None

    def _lost_line_breaks(self, doc: Doc, words: list) -> list:
        """`블루홀 대표김대연 윈스 대표`: a list of people whose line breaks were lost glues one entry's title
        to the next entry's name. Such a word is two words of the walk when it is a listed title and a
        three-syllable name Kiwi knows as a proper noun or not at all, and the whole is no word Kiwi knows."""
        out: list = []
        for ws, we, word, group in words:
            head, name = word[:-3], word[-3:]
            if (len(head) >= 2 and self.title_of(head) == head and looks_like_korean_name(name) and name not in self.stop
                    and name not in self.titles.kinds and name not in self.gaz.senses and not self.is_place(name)
                    and self._unknown_name(name) and not self._known_word(word)):
                out += [(ws, ws + len(head), head, group), (ws + len(head), we, name, group)]
            else:
                out.append((ws, we, word, group))
        if len(out) > len(words):
            from ..ner.boundaries import split_tokens_at  # the name must be a span of its own

            split_tokens_at(doc, {w[0] for w in out} - {w[0] for w in words})
        return out

    @staticmethod
    def _unknown_name(word: str) -> bool:
        tokens, _ = word_reading(word)
        return len(tokens) == 1 and tokens[0].tag == "NNP" or unknown_noun(word)

    @staticmethod
    def _known_word(word: str) -> bool:
        tokens, score = word_reading(word)
        return len(tokens) == 1 and score > COMMON_NOUN_SCORE

    def _spaced_titles(self, words: list) -> list:
        """`원내 대표는`, `사무 총장`: a listed title written in two words is one word of the walk (its text
        without the space), so the name before it is read as before `원내대표는`."""
        merged: list = []
        for word in words:
            if merged and word[0] == merged[-1][1] + 1 and word[3] == merged[-1][3] and merged[-1][2] not in self.titles.kinds:
                head = title_match(word[2])  # first: the pair is read only after a title without prefix
                m = head and not head.group("prefix") and title_match(merged[-1][2] + word[2])
                if m and not m.group("prefix") and len(m.group("title")) > len(head.group("title")):
                    merged[-1] = (merged[-1][0], word[1], merged[-1][2] + word[2], word[3])
                    continue
            merged.append(word)
        return merged

    def _glued_name(self, doc, start: int, word: str, covered) -> PersonFound | None:
        """`김덕용의원은`, `옐친대통령에게`: a name written together with its title (older news, headlines).

        The part before the title must be a whole Kiwi token that is a proper noun: a Korean name of three
        or four syllables, or, before a head-of-state title, a foreign name; never a known organization,
        place or party (민주당의원, 미국대통령)."""
        m = title_match(word)
        if not m or len(m.group("prefix")) < 2 or m.group("title") not in self.titles.kinds:
            return None
        if self.titles.kinds[m.group("title")] not in GLUED_TITLE_KINDS:
            return None  # 상디작화가: a common word ending in 화가 (작화가), no painter
        prefix, title = m.group("prefix"), m.group("title")
        if title in TITLE_FIRST_ONLY or title in LOCAL_HEADS:
            return None  # 해운대구청장, 목포시장: a local government's head is glued to its place, not to a name
        end = start + len(prefix)
        if prefix in self.stop or prefix in self.gaz.senses or self.is_place(prefix) or covered(start, end):
            return None
        if prefix.endswith(PARTY_ENDINGS) or prefix + title in self.titles.kinds:
            return None
        span = doc.char_span(start, end)
        if span is None:
            return None
        korean = looks_like_korean_name(prefix) and len(prefix) >= 3
        if not (len(span) == 1 and span[0].tag_ == "NNP" or korean and _all_nouns(span) and unknown_noun(prefix)):
            return None
        if not korean and not (title in LEADER_TITLES and HANGUL_WORD.fullmatch(prefix)):
            return None
        person = PersonFound(prefix, start, end, title, foreign=not korean)
        self._between(doc, person, [], self.titles.kinds.get(title, "other"))
        return person

    def _coordinated(self, doc, person: PersonFound, covering, covered) -> list[PersonFound]:
        """`한동민과 박종훈 선수`, `김하준·이도윤 의원`, `안도현(양궁), 김제덕(양궁) 선수`: one title after
        names joined by 과/와, a middle dot or a comma is each one's. Korean names only; the chain ends at
        any other word, and the organization before its first name (`SK 한동민과 박종훈 선수`) is theirs."""
        text = doc_text(doc)
        chain: list[PersonFound] = []
        at = person.start
        while len(chain) < 8:
            m = COORDINATED_NAME.search(text, max(0, at - 45), at)
            if m is None or (m.group("link").strip() == "" and not m.group("word").endswith(("과", "와"))):
                break
            s = m.start("word")
            e = m.end("word") - (1 if m.group("link").strip() == "" else 0)
            if not self.is_korean_name(doc, s, e, covered):
                break
            chain.append(PersonFound(text[s:e], s, e, person.title, former=person.former, nominee=person.nominee))
            at = s
        if chain:
            self._org_before(doc, chain[-1], covering)
        if chain and person.org is None:
            person.org, person.org_kind = chain[-1].org, chain[-1].org_kind
        for other in chain:
            other.org, other.org_kind = person.org, person.org_kind
        return chain

    def _read_forward(self, doc, words, i, title, covering, covered) -> PersonFound | None:
        """The title before the name: `과학기술정보통신부(장관 최민국)`, `서울대(총장 오덕민)`,
        `한빛홀딩스 대표 김하준 씨`, `과기정통부 장관인 최민국은`, `대변인 존 커비는`.

        The title stands bare (or as `직함인`) and the next word is a name that ends the phrase: it carries
        a particle, is followed by 씨 or closes the parenthetical. Outside parentheses a name followed by
        another title is read from that title instead. The organization is the one before the title, or,
        for a parenthetical, the one right before the opening parenthesis."""
        text = doc_text(doc)
        ws, we, word, group = words[i]
        copula = word[len(title):] if word.startswith(title) else None
        k = i + 1
        if copula == "이자" and group is None:
            # 교수이자 언론학자인 리영희 씨: a second description ending in 인 stands between the title and the name
            k = self._second_description(doc, words, i)
            if k is None:
                return None
            copula, we = "인", words[k - 1][1]
        if copula != "" and copula not in COPULAS:
            return None
        if group is not None and ws != group[0] + 1:
            return None  # inside parentheses only as the first word: (부장 송인우)
        if group is None and k < len(words) and words[k][3] is not None and text[we:words[k][3][0]] in ("", " "):
            gloss = words[k][3]  # CEO(최고경영자) 스티브 잡스가, 자유계약 선수 (FA) 이하준의: a gloss between the title and the name
            while k < len(words) and words[k][3] == gloss:
                k += 1
            we = gloss[1]
            if k < len(words) and words[k][0] == we and words[k][2] in COPULAS and not copula:
                copula, we = words[k][2], words[k][1]  # COO(최고운영책임자)였던 팀 쿡
                k += 1
        if k < len(words) and text[we:words[k][0]] in (": ", ":"):
            we = words[k][0] - 1  # (재판장: 홍순욱)
        if (copula and k + 1 < len(words) and words[k][0] == we + 1 and words[k][2].endswith("의")
                and len(words[k][2]) > 2 and self.is_place(words[k][2][:-1])):
            we, k = words[k][1], k + 1  # 주연배우인 스페인의 하에베르 바르뎀: the country of the one named
        if k >= len(words) or words[k][0] != we + 1 or words[k][3] != group:
            return None
        # one foreign word after a title names a person outside business (대표 물티슈로: a product)
        one_word = self.titles.kinds.get(_base_title(title, self.titles.kinds)) not in ("company", "media")
        name = self._name_after(doc, words, k, group, covered, one_word=one_word)
        if name is None:
            return None
        if group is None and name[1] == words[name[2]][1] and name[2] == k and not self._name_closed(text, name[1]):
            # 선수 비아노 리차드슨이: a Korean-shaped first word the phrase does not close is a foreign name's start
            foreign = self._name_after(doc, words, k, group, covered, korean=False)
            if foreign and not all(looks_like_korean_name(p) for p in text[foreign[0]:foreign[1]].split()):
                name = foreign  # (김하준 한빛: two Korean-shaped words are no foreign name)
        s, e, k = name
        rest = words[k][1]  # the end of the name's last word, particles included
        nxt = words[k + 1] if k + 1 < len(words) and words[k + 1][0] == rest + 1 and words[k + 1][3] == group else None
        if group is not None:
            # (부장 송인우) or (본부장 이영철 서울중앙지검장): the name, or the name and another title, fill it
            if e != group[1] - 1 and not (e == rest and nxt and nxt[1] == group[1] - 1 and self.title_of(nxt[2])):
                return None
        elif e == rest and not self._name_closed(text, e):
            return None  # 대표 김하준 이사: no particle and no 씨, the name may belong to what follows
        person = PersonFound(text[s:e], s, e, title, foreign=not looks_like_korean_name(text[s:e]))
        person.former = copula in FORMER_COPULAS  # 대표였던 김하준: the office is behind them
        between = self._before_title(doc, words, i, covering)
        self._between(doc, person, between, self.titles.kinds.get(_base_title(title, self.titles.kinds), "other"))
        if person.org is None and group is None:
            self._org_before(doc, person, covering, ws)
        if person.org is None and not between:
            person.org_slot = group[0] if group is not None else ws
        return person

    @staticmethod
    def _second_description(doc, words, i) -> int | None:
        """After `직함이자`, the index of the word after a description that ends in the copula 인 (`언론학자인`,
        `조선로동당 총비서인`) within three words and no punctuation: the name comes there."""
        text = doc_text(doc)
        for k in range(i + 1, min(i + 4, len(words))):
            if words[k][3] is not None or text[words[k - 1][1]:words[k][0]] != " ":
                return None
            if words[k][2].endswith("인") and len(words[k][2]) > 2:
                span = doc.char_span(words[k][0], words[k][1])
                if span is not None and span[-1].tag_.split("+")[0] == "VCP":
                    return k + 1
            span = doc.char_span(words[k][0], words[k][1])
            if span is None or not _all_nouns(span):
                return None  # 교수이자 작가였고 …: another clause, not one description
        return None

    @staticmethod
    def _name_closed(text: str, end: int) -> bool:
        """What follows a name with no particle ends it: 씨, 등, an age, a word for their standing in a case
        (피고인) or a parenthetical glued to it and a particle."""
        return bool(SSI.match(text, end) or ENUMERATION_END.match(text, end) or AGE_AFTER.match(text, end)
                    or STATUS_AFTER.match(text, end) or GLOSS_THEN_PARTICLE.match(text, end))

    def _read_appositive(self, doc, words, i, title, covering, covered) -> PersonFound | None:
        """The title in a parenthetical glued to the name: `김하준(한빛홀딩스 대표)은`,
        `장 피에르 소바주(Jean-Pierre Sauvage, 프랑스 스트라스부르대 교수, 72)`.

        The title is bare and closes one comma-separated piece of the parenthetical; the words before it in
        that piece are organizations, schools, places or modifiers; the name ends right at the opening
        parenthesis (a Korean name, or a foreign name of up to three words)."""
        text = doc_text(doc)
        ws, we, word, group = words[i]
        if word != title or text[we:we + 1] not in (",", ")"):
            return None
        if group is None:  # a long parenthetical: (Jean-Pierre Sauvage, 프랑스 스트라스부르대 교수, 72)
            m = LONG_PAREN.search(text, max(0, ws - 80), ws)
            close = text.find(")", we)
            if m is None or close < 0 or close - m.start() > 100 or re.search(r"[()\n]", text[we:close]):
                return None
            group = (m.start(), close + 1)
        piece = max(group[0] + 1, text.rfind(",", group[0], ws) + 1)
        k = next((x for x in range(i - 1, -1, -1) if words[x][1] == group[0]), None)
        if k is None or self.title_of(words[k][2]):
            return None  # 정의선 대한양궁협회장(현대자동차그룹 회장): a second office of someone named before
        between = []
        if k is None or words[k][3] is not None and words[k][3] != group:
            return None
        for s, e, w, g in words[k + 1:i]:
            if s < piece:
                continue
            org = covering(s, e)
            if org is not None:
                if not between or between[-1][1] != org.start_char:
                    between.append(("org" if org.label_ == "ORG" else "place", org.start_char, org.end_char, org))
            elif w in MODIFIERS:
                between.append(("mod", s, e, w))
            elif self._school(w, title):
                between.append(("school", s, e, w))  # 부산대: a school named after its city, not the city
            elif self.is_place(w):
                between.append(("place", s, e, w))
            elif not re.fullmatch(r"[A-Za-z.\-]+", w):
                return None  # (지난해 대표) or a sentence: no appositive title
        name = None
        for first in range(max(0, k - 2), k):  # a foreign name of two or three words first: 장 피에르 소바주
            if any(words[x + 1][0] != words[x][1] + 1 or words[x][3] is not None for x in range(first, k)):
                continue
            if not _opens_word(text, words[first][0]) or any(self._stem_end(doc, *words[x][:2]) not in (None, words[x][1]) for x in range(first, k)):
                continue  # (…, 74)와 덩컨 홀데인(…), 상은 김하준(…): a particle glued to a word ends what went before
            parts = [words[x][2] for x in range(first, k + 1)]
            if (all(HANGUL_WORD.fullmatch(w) and w not in self.stop and w not in self.titles.kinds and not self.is_place(w)
                    and (foreign_part(w) or len(w) == 1 or w in self.foreign_given) for w in parts)
                    and foreign_part(parts[-1]) and not covered(words[first][0], group[0])
                    and not all(len(w) >= 3 and looks_like_korean_name(w) for w in parts)):  # 김철수 이영희(…): two people
                name = (words[first][0], group[0])
                break
        if name is None and _opens_word(text, words[k][0]) and self.is_korean_name(doc, words[k][0], group[0], covered):
            name = (words[k][0], group[0])
        if name is None:
            return None
        person = PersonFound(text[name[0]:name[1]], name[0], name[1], title, foreign=not looks_like_korean_name(text[name[0]:name[1]]))
        self._between(doc, person, between, self.titles.kinds.get(_base_title(title, self.titles.kinds), "other"))
        return person

    def _name_after(self, doc, words, k, group, covered, korean: bool = True,
                    one_word: bool = False) -> tuple[int, int, int] | None:
        """A name starting at word `k`: (start, end, index of its last word), particles cut off. Without
        `korean`, only a foreign name of several words; with `one_word`, a foreign name of one word too."""
        text = doc_text(doc)
        s, e, w, _ = words[k]
        stem = self._stem_end(doc, s, e)
        if korean and stem is not None and text[s:stem] not in self.foreign_given and self.is_korean_name(doc, s, stem, covered):
            return s, stem, k
        # A foreign name of two or three words: 존 커비는, 페데리카 모게리니
        token = doc.char_span(s, e, alignment_mode="expand")
        if token is not None and token[0].idx == s and token[0].tag_ == "NNP" and " " in token[0].text:
            end = s + len(token[0].text)  # Kiwi knows it as one token: 존 커비
            parts = text[s:end].split(" ")
            if len(parts) <= 3 and all(HANGUL_WORD.fullmatch(p) for p in parts) and not covered(s, end):
                last_k = next(x for x in range(k, len(words)) if words[x][1] >= end)
                return s, end, last_k
        last = k
        while last + 1 < len(words) and last - k < 2 and words[last + 1][3] == group and words[last + 1][0] == words[last][1] + 1 \
                and self._stem_end(doc, *words[last][:2]) == words[last][1]:
            last += 1
        for end_k in range(last, k, -1):
            end = self._stem_end(doc, *words[end_k][:2])
            if end is None:
                continue
            parts = text[s:end].split(" ")
            if not all(HANGUL_WORD.fullmatch(p) for p in parts):
                continue
            if covered(s, end) or any(p in self.stop or p in self.titles.kinds or self.is_place(p) for p in parts):
                continue
            if all(foreign_part(words[x][2]) or len(words[x][2]) == 1 or words[x][2] in self.foreign_given
                   for x in range(k, end_k)) and foreign_part(text[words[end_k][0]:end]):
                return s, end, end_k  # 론 지글러를: NNP or words Kiwi cannot read
            span = doc.char_span(s, end, alignment_mode="expand")
            if span is None or span.end_char != end and not text[end:span.end_char].strip():
                continue
            tags = [t.tag_ for t in span if t.idx < end]
            if tags and all(tag.split("+")[0] in ("NNP", "SL") for tag in tags) or parts[0] in self.foreign_given:
                return s, end, end_k
        if one_word and stem is not None and s < stem < e and self._one_word_name(doc, s, stem, covered):
            return s, stem, k  # 교황 프란치스코는, 외국인 선수 로드리고를: one foreign word and its particle
        return None

    def _one_word_name(self, doc, s: int, e: int, covered) -> bool:
        """A foreign name of one word after a title: a proper noun in the sentence or a word Kiwi cannot
        read, no place, body, title or stop word."""
        w = doc_text(doc)[s:e]
        if not HANGUL_WORD.fullmatch(w) or len(w) < 2 or w in self.stop or w in self.titles.kinds or self.title_of(w):
            return False
        if self.is_place(w) or w in self.gaz.senses or w in country_names() or covered(s, e) or ORGISH.search(w):
            return False
        span = doc.char_span(s, e)
        return span is not None and (all(t.tag_ == "NNP" for t in span) or unreadable_word(w))

    @staticmethod
    def _stem_end(doc, start: int, end: int) -> int | None:
        """Where the nouns of the word at start..end stop: before its particles or endings (김하준은)."""
        span = doc.char_span(start, end)
        if span is None:
            return None
        stop = start
        for token in span:
            if token.tag_.startswith(("J", "E", "VCP", "XS")):
                break
            stop = token.idx + len(token.text)
        return stop if stop > start else None

    def _before_title(self, doc, words, i, covering) -> list:
        """Organizations, places and modifiers right before a title (or before its parenthetical)."""
        text = doc_text(doc)
        group = words[i][3]
        right = group[0] if group is not None else words[i][0]
        elements = []
        j = i - 1
        while j >= 0 and words[j][1] > right:
            j -= 1
        while j >= 0 and len(elements) <= MAX_BETWEEN:
            s, e, w, g = words[j]
            gap = text[e:right]
            if g is not None or (gap.strip() and not HANJA_MODIFIER.fullmatch(gap) and gap.strip() not in CORPORATION_MARKS):
                break
            org = covering(s, e) or (covering(s, e - 1) if w.endswith("의") and not elements else None)
            if org is not None:
                elements.append(("org" if org.label_ == "ORG" else "place", org.start_char, org.end_char, org))
                while j > 0 and words[j][0] > org.start_char:
                    j -= 1
                right = org.start_char
                if words[j][0] != org.start_char:
                    break
                j -= 1
                continue
            if w in MODIFIERS:
                elements.append(("mod", s, e, w))
            elif (court := court_office(w)) is not None:
                elements.append(("court", s, e, court))  # 서울고법 형사 9부(재판장 …): not the place 서울
            elif not elements and self._school(w, words[i][2]):
                elements.append(("school", s, e, w))  # 부산대(총장 …): the school, not the city
            elif self.is_place(w):
                elements.append(("place", s, e, w))
            elif DEPARTMENT.fullmatch(w) and not elements and group is not None:
                elements.append(("proper", s, e, w))  # 특별수사본부(본부장 …)
            elif DEPARTMENT.fullmatch(w) or COURT_DIVISION.fullmatch(w):
                pass  # 가사5부(부장 …): the court or body before the division is the organization
            elif not elements and right == words[i][0] and self._field_word(doc, s, e, w):
                pass  # 민주통합당 대선 후보였던 문재인, 공화당 대선 후보 도널드 트럼프: the office's field
            elif HANGUL_WORD.fullmatch(w) and COURT_DIVISION.fullmatch(w + words[j + 1][2]) and not elements:
                pass  # 행정 12부(재판장 …): the division's name written apart from its number
            elif (shape := self.gaz.kind_of_shape(w)) and shape != "other" and len(w) > 3:
                elements.append(("proper", s, e, w))  # 서울가정법원 가사5부(부장 …)
            else:
                break
            right = s
            j -= 1
        elements.reverse()
        return elements

    def _read_back(self, doc, words, i, title, covering, covered) -> PersonFound | None:
        """Walk left from the title over organizations, places and modifiers to the name.

        A short parenthetical between them is transparent (`중소벤처기업부(이하 중기부) 장관`); a title
        inside parentheses reads back only inside them (`(주심 민일영 대법관)`)."""
        text = doc_text(doc)
        academic = self.titles.kinds.get(_base_title(title, self.titles.kinds)) == "academic"
        envoy = _base_title(title, self.titles.kinds) in ENVOY_TITLES
        elements: list[tuple[str, int, int, object]] = []  # (kind, start, end, payload), right to left
        home_group = words[i][3]
        right = words[i][0]
        j = i - 1
        name = None
        while j >= 0 and len(elements) <= MAX_BETWEEN:
            s, e, w, group = words[j]
            if group != home_group:
                if home_group is not None or text[group[1]:right].strip(" " + QUOTES_OPEN + QUOTES_CLOSE):
                    break
                while j >= 0 and words[j][3] == group:
                    j -= 1
                right = group[0]
                continue
            gap = text[e:right]
            if m := HANJA_MODIFIER.fullmatch(gap):
                elements.append(("mod", e + gap.index(m.group(1)), e + gap.index(m.group(1)) + 1, m.group(1)))
            elif GLOSS.fullmatch(gap):
                pass  # 스가 요시히데(菅義偉) 관방장관, 마윈(馬雲) 알리바바 회장: the name's Hanja or Latin spelling
            elif STOP_GAP.search(gap) or gap.strip(" " + QUOTES_OPEN + QUOTES_CLOSE):
                break
            org = covering(s, e)
            if org is not None:
                elements.append(("org" if org.label_ == "ORG" else "place", org.start_char, org.end_char, org))
                while j > 0 and words[j][0] > org.start_char:
                    j -= 1
                if words[j][0] != org.start_char:
                    break
                right = org.start_char
                j -= 1
                continue
            if w in MODIFIERS or envoy and ENVOY_POST.fullmatch(w) or FIELD.fullmatch(w):
                elements.append(("mod", s, e, w))  # 전 장관; 주일 대사; 외교담당 국무위원
            elif w[-1:] in "의과와" and len(w) > 2 and self.is_place(w[:-1]):
                break  # 미국의 척 헤이글 국방장관, 한국과 나이지리아 대사: a place with a particle opens the phrase
            elif (court := court_office(w)) is not None:
                elements.append(("court", s, e, court))  # 김하준 서울고법 부장판사
            elif academic and self._school(w, title):
                elements.append(("school", s, e, w))  # 김하준 부산대 교수: the school, not the city
            elif self.is_place(w):
                elements.append(("place", s, e, w))
            elif DEPARTMENT.fullmatch(w) and elements == [] or DEPARTMENT.fullmatch(w) and elements[-1][0] == "dept":
                elements.append(("dept", s, e, w))
            elif (ORGISH.search(w) and not elements and j > 0 and text[words[j - 1][1]:s] == " " and words[j - 1][3] == group
                  and self.is_korean_name(doc, s, e, covered) and self.is_korean_name(doc, *words[j - 1][:2], covered)):
                elements.append(("proper", s, e, w))  # 이희상 동아원 회장: two name shapes, the second a body
            elif (len(w) == 3 and w[-1] in LOCAL_UNITS and not elements and j > 0 and text[words[j - 1][1]:s] == " "
                  and words[j - 1][3] == group and self.is_korean_name(doc, *words[j - 1][:2], covered)):
                elements.append(("local", s, e, w))  # 이복순 수영구 문화공보팀장: a district between a name and its title
            elif w not in self.foreign_given and not compound_body_end(text, s, w) and (
                    self.is_korean_name(doc, s, e, covered, genitive_ok=bool(elements))
                    or any(el[0] in ("org", "proper", "rare") for el in elements) and self._misread_name(doc, s, e, covered)
                    or self._foreign_surname(doc, s, e, w, elements, covered)):  # 이주-이민부 장관: a body (foreign_names.py)
                name = (s, e, w)
                if j > 0 and text[words[j - 1][1]:s] == " " and words[j - 1][3] == group:
                    before = words[j - 1]
                    if (before[2] in self.foreign_given and self.is_proper(doc, before[0], before[1])
                            or self._public_title(title) and not read_as_nouns(w) and self._foreign_given_name(doc, before, covered)
                            or given_name_before(self, doc, before, w, covered)):  # 소우 이시노 교수 (foreign_names.py)
                        name = (before[0], e, text[before[0]:e])  # 아베 신조 총리, 조지 부시 대통령, 안느 이달고 시장
                break
            elif self.is_proper(doc, s, e) and not covered(s, e):
                quoted = text[s - 1:s] in QUOTES_OPEN and text[e:e + 1] in QUOTES_CLOSE
                elements.append(("quoted" if quoted else "proper", s, e, w))
            elif (whole := self.multiword_proper(doc, s, e)) is not None and not covered(*whole):
                # Kiwi knows some foreign names as one token with a space: 젠슨 황
                elements.append(("proper", whole[0], e, text[whole[0]:e]))
                while j > 0 and words[j - 1][0] >= whole[0]:
                    j -= 1
                s = whole[0]
            elif (HANGUL_WORD.fullmatch(w) and elements and elements[-1][0] == "proper" and not covered(s, e)
                  and not self._modifier_end(doc, s, e)
                  and (w in self.foreign_given or foreign_part(w) and (
                      self._stem_end(doc, s, e) == e
                      or unreadable_word(w) and self._particle_tail(doc, s, e) and not CASE_PARTICLE_END.search(w)))):
                # 샘 올트먼: a given name Kiwi reads as a common noun; 알레한드로 (알레한드 + 로 at -31.6): junk, no particle
                elements.append(("proper", s, e, w))
            elif not elements and j > 0 and text[words[j - 1][1]:s] == "·" and self._common_nouns(doc, words[j - 1][0], e):
                elements.append(("mod", words[j - 1][0], e, text[words[j - 1][0]:e]))  # 외무·안보 고위대표: the office's field
                j -= 1
                s = words[j][0]
            elif all(el[0] == "field" for el in elements) and len(elements) < 2 and self._field_word(doc, s, e, w):
                elements.append(("field", s, e, w))  # 장이머우 영화 감독, 조 바이든 미국 대선 후보: the office's field
            elif not elements and len(w) >= 2 and w not in self.stop and rare_word(w) and not covered(s, e):
                elements.append(("rare", s, e, w))  # 박철민 두잇 대표: a firm Kiwi does not know at all
            elif (not elements and len(w) > 3 and not covered(s, e)
                  and (shape := self.gaz.kind_of_shape(w)) not in (None, "other")):
                elements.append(("shaped", s, e, w))  # 장하늘 역사문제연구소 연구원: a body by its ending
            elif (not elements and self._single_name_title(title)
                  and unreadable_word(w) and not covered(s, e) and self._stem_end(doc, s, e) == e):
                elements.append(("proper", s, e, w))  # 옐런 의장: a foreign name Kiwi cannot read
            else:
                break
            right = s
            j -= 1
        elements.reverse()
        kind = self.titles.kinds.get(title) or self.titles.kinds.get(_base_title(title, self.titles.kinds), "other")
        if name is not None:
            between = elements
            # 호스니 무바라크 대통령, 미하엘 그로세 브뢰머 의원, 도널트 트럼프 후보자: before a political
            # title (one a single foreign word holds), proper nouns right after a name-shaped word are
            # the rest of a foreign name, not an organization: a party or ministry is a known org.
            tail = 0
            joint = name[1]
            while (tail < len(between) and between[tail][0] in ("proper", "rare") and HANGUL_WORD.fullmatch(between[tail][3])
                   and text[joint:between[tail][1]] == " " and not ORGISH.search(between[tail][3])):  # 조선인민군: a body
                joint = between[tail][2]
                tail += 1
            foreign_shaped = len(name[2]) == 2 or not read_as_nouns(name[2])  # 제이 카니, not 김하준 한빛
            # 마르틴 가르시아 스페인 왕립축구연맹 회장: a foreign state after words no Korean name is shaped like
            # shows them to be the rest of a foreign name, whatever the title (not 김하준 한빛 미국 법인장)
            abroad = (tail < len(between) and between[tail][0] == "place" and text[between[tail][1]:between[tail][2]] not in HOME
                      and not any(looks_like_korean_name(el[3]) for el in between[:tail]))
            if tail and (self._single_name_title(title) or self._public_title(title) and foreign_shaped or abroad
                         or surnames_after_given(name[2], [el[3] for el in between[:tail]], surname_set())):
                name = (name[0], between[tail - 1][2], text[name[0]:between[tail - 1][2]])
                between = between[tail:]
        else:
            # A foreign name: the leading run of Hangul proper nouns (도널드 트럼프 대통령, 젠슨 황 CEO).
            # 독일 앙겔라 메르켈 총리, EU 캐서린 에슈턴 고위대표: a country, a modifier or the body before the
            # name is no part of it (the body is still theirs)
            lead = 0
            while lead < len(elements) - 1 and elements[lead][0] in ("place", "mod", "org"):
                lead += 1
            run = []
            for el in elements[lead:]:
                if el[0] == "proper" and FOREIGN_PART.fullmatch(el[3]) and len(run) < 3 and not ORGISH.search(el[3]):
                    run.append(el)
                else:
                    break
            between = [el for el in elements[:lead] if el[0] == "org"] + elements[lead + len(run):]
            if not run or any(el[0] in ("proper", "quoted", "rare") and not ORGISH.search(el[3]) and not ACRONYM.fullmatch(el[3])
                              for el in between):
                return None  # (an acronym between is the body: 크리스티아나 피게레즈 UNFCCC 사무총장)
            # One foreign word before a title is a person only in politics (트럼프 대통령); before a
            # business title it is mostly a firm (트위터 CEO, 샤넬 수석 디자이너).
            single = len(run) == 1 and " " not in run[0][3]
            hyphenated = HYPHENATED_BEFORE.search(text, max(0, run[0][1] - 24), run[0][1]) is not None  # 로렌-블랑 대변인
            # 장이머우 영화 감독: a word Kiwi cannot read at all is a transliterated name, no firm, outside business
            unreadable = (kind == "other" and transliterated_word(run[0][3])  # not 삼성라이온스: a body's name starts it
                          and not any(self.gaz.lookup(run[0][3][:n]) for n in range(2, len(run[0][3]) - 1)))
            if single and (len(run[0][3]) < 2 or not self._single_name_title(title) and not hyphenated and not unreadable):
                return None
            name = (run[0][1], run[-1][2], text[run[0][1]:run[-1][2]])
        if ((hyphen := HYPHENATED_BEFORE.search(text, max(0, name[0] - 24), name[0])) and not covered(hyphen.start(), name[0])
                and all(len(p) == 1 or p in self.foreign_given or given_name_shape(p) and not self.is_place(p)
                        for p in re.split(r"[- ]", hyphen.group().strip()) if p)):
            name = (hyphen.start(), name[1], text[hyphen.start():name[1]])  # 장-피에르 소바주, 장-클로드 융커
        foreign_place = any(el[0] == "place" and text[el[1]:el[2]] not in HOME for el in between)
        if " " not in name[2] and ("-" in name[2] or foreign_place and len(name[2]) == 2):
            given = self._given_name_opening(doc, name[0], home_group, covered)
            if given is not None:  # 사나 마린 핀란드 총리, 한편 카린 장-피에르 백악관 대변인
                name = (given, name[1], text[given:name[1]])
        person = PersonFound(name[2], name[0], name[1], title, foreign=not looks_like_korean_name(name[2]))
        self._between(doc, person, between, kind)
        whole_group = home_group is not None and name[0] == home_group[0] + 1 and words[i][1] == home_group[1] - 1
        if person.org is None and whole_group:
            # 서울행정법원 행정13부(장낙원 부장판사): the name and title fill the parenthetical, and the body
            # before it (past its division) is theirs, as in 서울행정법원 행정13부(재판장 장낙원)
            self._between(doc, person, [el for el in self._before_title(doc, words, i, covering) if el[0] != "place"], kind)
        if person.org is None:
            self._org_before(doc, person, covering)
        if person.org is None and not between:
            person.org_slot = home_group[0] if whole_group else person.start
        return person

    def _foreign_surname(self, doc, s: int, e: int, w: str, elements, covered) -> bool:
        """`루이사 소토 칠레 대사`, `미겔 라모 스페인 … 회장`: after a foreign state, a two-syllable word shaped like
        a Korean name that Kiwi splits into pieces in the sentence (소/NNG 토/NNG) is a foreign family name when Kiwi,
        on the word alone, reads it as a proper noun or a word it does not know."""
        if len(w) != 2 or not looks_like_korean_name(w) or not foreign_part(w) or covered(s, e):
            return False
        if not any(el[0] == "place" and doc_text(doc)[el[1]:el[2]] not in HOME for el in elements):
            return False
        if w in self.stop or w in self.titles.kinds or self.is_place(w) or w in self.gaz.senses:
            return False
        return self._stem_end(doc, s, e) == e

    def _given_name_opening(self, doc, start: int, group, covered) -> int | None:
        """Where a foreign given name starts that opens the phrase before a surname the sentence shows to be
        foreign (hyphenated, or a two-syllable word with a foreign state between it and the title): `사나 마린
        핀란드 총리`, `한편 카린 장-피에르 백악관 대변인`. Korean names are one word, so a word there that opens
        the phrase (at the start, after punctuation, a particle or an adverb) and is no body, place, title,
        modifier, adverb or pronoun is the given name, whatever Kiwi reads it as (사나: 살 + 나)."""
        text = doc_text(doc)
        m = GIVEN_BEFORE.search(text, max(0, start - 8), start)
        if m is None or _group_of([group] if group else [], m.start()) != group:
            return None
        s, e, word = m.start(1), m.end(1), m.group(1)
        if s > 0 and not (text[s - 1].isspace() or text[s - 1] in QUOTES_OPEN + "(「『《〈<[,·"):
            return None
        if word in self.stop or word in self.titles.kinds or self.title_of(word) or word in MODIFIERS or self.is_place(word):
            return None
        if word in self.gaz.senses or word in country_names() or covered(s, e):
            return None
        tokens, score = word_reading(word)
        if tokens[0].tag in FUNCTION_TAGS or len(tokens) > 1 and tokens[-1].tag.startswith("J"):
            return None  # 한편, 또, 그, 이에: adverbs, conjunctions, pronouns and words with a particle
        if tokens[-1].tag in ("ETM", "ETN", "EC") or self._modifier_end(doc, s, e):
            return None  # 눈감은 스가 …: a verb's modifier or linking ending (사나, 살 + 나, ends a sentence: a misreading)
        if len(tokens) == 1 and tokens[0].tag == "NNG" and score > UNKNOWN_NOUN_SCORE:
            return None  # 교민, 주재원, 본지: a common noun Kiwi knows describes the person, it is no name
        before = text[max(0, s - 12):s]
        if not before.strip() or before.rstrip()[-1:] in ".,;:!?\n·)'\"’”」』":
            return s
        previous = re.search(r"([가-힣]+)\s*$", before)
        if previous is None:
            return s
        tokens, _ = word_reading(previous.group(1))
        opens = tokens[-1].tag.startswith(("J", "E")) or len(tokens) == 1 and tokens[0].tag in ("MAG", "MAJ")
        return s if opens else None

    def _between(self, doc, person: PersonFound, between, kind: str) -> None:
        foreign_place = False
        unknown: list[tuple[int, int]] = []
        for el_kind, s, e, payload in between:
            if el_kind == "org":
                canonical = payload._.normalized or payload.text
                if canonical in country_names():
                    foreign_place |= canonical not in HOME  # 김정일 조선민주주의인민공화국 국방위원장: a state is no org
                    continue
                org_kind = doc.user_data.get(ORG_KINDS_KEY, {}).get(canonical)
                if org_kind == "ministry" and person.ministry is None:
                    person.ministry = canonical
                if person.org is None:
                    person.org, person.org_kind = canonical, org_kind
            elif el_kind == "place":
                foreign_place |= doc_text(doc)[s:e] not in HOME
            elif el_kind == "mod":
                person.former |= payload in FORMER
            elif el_kind == "court":
                if person.org is None:
                    person.org, person.org_kind = payload, "government"
            elif el_kind in ("school", "shaped"):
                span = doc.char_span(s, e, label="ORG")
                if span is not None and person.org is None:
                    person.org = doc_text(doc)[s:e]
                    person.org_kind = "education" if el_kind == "school" else self.gaz.kind_of_shape(person.org)
                    add_rule_mention(doc, span, "rule", person.org)
            elif el_kind in ("proper", "quoted", "rare"):
                unknown.append((s, e))
        if unknown and person.org is None:
            s, e = unknown[0][0], unknown[-1][1]
            span = doc.char_span(s, e, label="ORG")
            if span is not None:
                person.org = doc_text(doc)[s:e]
                person.org_kind = "company" if kind in ("company", "other", "media") else "other"
                add_rule_mention(doc, span, "rule", person.org)
        title = person.title
        base = _base_title(title, self.titles.kinds)
        if title != base and (office := self._local_office(doc, title)) is not None:
            person.title, body = office  # 서울시교육감 -> 교육감, 대전시의원 -> 의원, as 강원도지사 -> 지사
            if person.org is None:
                person.org, person.org_kind = body, "government"
                doc.user_data.setdefault(ORG_KINDS_KEY, {}).setdefault(body, "government")
            title = base = person.title
        if person.org is None and (title != base or len(title) > 3 and title.endswith("장")):
            self._org_in_title(doc, person, title)  # 국세청장, 감사원장: the body the title names
        if person.org is None:
            # 이원목 서울시 보행자전거과장: the local government between the name and the title is the employer
            local = next((lg for el_kind, s, e, _ in between if el_kind in ("place", "local")
                          and (lg := local_government(doc_text(doc)[s:e], article_day(doc)))), None)
            if local is not None:
                person.org, person.org_kind = local, "government"
        if base == "장관" and title != base and self._ministry_stem(title[: -len("장관")]):
            person.title = "장관"  # 국방장관, 외무장관: a ministry's stem and the title 장관
        if base in ENVOY_TITLES | LEADER_TITLES and title != base and self.is_place(title[: -len(base)]):
            person.title = base  # 미국대사, 미국대통령: a state and the title
        if base == "도지사" and title != base and self.is_place(title[: -len("지사")]):
            person.title = "지사"  # 강원도지사: the province and the title 지사
            person.org = person.org or title[: -len("지사")]
        if base == "장관" and not foreign_place:
            prefix = title[: -len("장관")]
            if prefix and not person.foreign:  # 통일부장관, 외교장관, 국방장관 (척 헤이글 국방장관: not ours)
                sense = self.gaz.lookup(prefix, article_day(doc)) or self.gaz.lookup(prefix + "부", article_day(doc))
                if sense is not None and sense.kind == "ministry":
                    person.ministry = sense.name
                    person.minister = True
            else:
                person.minister = True
        if foreign_place or person.foreign:
            self._foreign_ministry(person)
        if person.foreign and person.ministry is None:
            person.minister = False  # 스가 장관: a foreign cabinet member, not a Korean minister
        if person.minister and person.org is None and person.ministry:
            person.org = person.ministry
        if person.former:
            person.minister = False

    def _local_office(self, doc, title: str) -> tuple[str, str] | None:
        """`서울시교육감` -> (교육감, 서울특별시교육청), `대전시의원` -> (의원, 대전광역시의회), `부산시대변인` -> (대변인,
        부산광역시): a local government's name as news writes it on its own, glued to a title used alone after a
        surname (`곽 교육감`, `김 의원`), is that title and that government's body. A bare 장 is no title on its own
        (`서울시장` stays whole), and 지사 is read with 도지사."""
        for cut in range(len(title) - 2, 1, -1):
            head, rest = title[:cut], title[cut:]
            if rest not in self.titles.kinds or rest.endswith("지사"):
                continue
            local = local_government(head, article_day(doc))
            if local is not None:
                return rest, local + LOCAL_BODIES.get(rest, "")
        return None

    def _foreign_ministry(self, person: PersonFound) -> None:
        """`미국 국무부 장관 존 케리`, `프랑스 내무부의 … 장관`: a foreign minister is one of ours (a ministers row)
        only with the ministry the text names beside the title, a body ending in 부."""
        if (person.ministry in (None, person.org) and not person.former and person.org and person.org.endswith("부")
                and _base_title(person.title, self.titles.kinds) == "장관"):
            person.ministry, person.minister = person.org, True

    def _public_title(self, title: str) -> bool:
        """An office of government or politics (대변인, 시장, 의원): before one, a proper noun next to a name is
        more often the rest of a foreign name (제이 카니 대변인, 안느 이달고 시장) than a firm, which is
        what stands there before a business title (한빛 김하준 대표)."""
        return self.titles.kinds.get(_base_title(title, self.titles.kinds)) in ("government", "politics", "minister")

    def _foreign_given_name(self, doc, word, covered) -> bool:
        """A word before a name-shaped word that reads as a foreign given name: a proper noun Kiwi knows, not
        shaped like a Korean name, no place, body or known organization (안느 이달고, 가브리엘 마르탱)."""
        s, e, w, _ = word
        return (HANGUL_WORD.fullmatch(w) is not None and len(w) >= 2 and not (len(w) > 2 and looks_like_korean_name(w))
                and _opens_word(doc_text(doc), s) and self.is_proper(doc, s, e) and not covered(s, e)
                and w not in self.gaz.senses and not ORGISH.search(w))

    def _field_word(self, doc, s: int, e: int, w: str) -> bool:
        """A common noun written between a name and its title that names the office's field (영화 감독, 대선
        후보, 축구 선수): one noun Kiwi knows well, with no particle, no title, name stop word or place."""
        if not HANGUL_WORD.fullmatch(w) or not 2 <= len(w) <= 4 or w in self.stop or w in self.titles.kinds:
            return False
        if self.title_of(w) or self.is_place(w) or not field_noun(w):
            return False
        span = doc.char_span(s, e, alignment_mode="expand")
        return span is not None and all(t.tag_ == "NNG" for t in span)

    def _single_name_title(self, title: str) -> bool:
        """Titles before which one foreign word names a person (트럼프 대통령, 기시다 외무상)."""
        base = _base_title(title, self.titles.kinds)
        return base in SINGLE_NAME_TITLES or len(base) > 2 and base.endswith("상") and self.titles.kinds.get(base) == "government"

    def _place_name(self, word: str) -> bool:
        """A place the gazetteer knows, or a word Kiwi reads alone as one proper noun (목포, 영암): before 시장
        or 군수 such a word names the city or county (전통시장, 증권시장 start with common nouns)."""
        if self.is_place(word):
            return True
        tokens, _ = word_reading(word)
        return HANGUL_WORD.fullmatch(word) is not None and len(tokens) == 1 and tokens[0].tag == "NNP"

    def _regional_office(self, head: str) -> str | None:
        """`서울항공청`, `대전국세청`: a place and an office's name ending as the bodies a 장 heads do (청, 서, 원,
        국, 처, 소): a regional office named after its place, under its official name. The regional offices
        of the state's agencies (청) are named `<place>지방<agency>` (서울지방항공청, 대전지방국세청) and news
        drops the 지방; a local government's own offices (교육청, 시청) and police (named by date) keep theirs."""
        if head[-1:] not in REGIONAL_OFFICE_ENDINGS:
            return None
        cut = next((c for c in range(len(head) - 2, 1, -1) if head[:c] in self.gaz.places), None)
        if cut is None:
            return None
        office = head[cut:]
        if office.endswith("청") and not office.startswith("지방") and not office.endswith(LOCAL_OFFICES):
            return head[:cut] + "지방" + office
        return head

    def _ministry_stem(self, stem: str) -> bool:
        if stem in FOREIGN_MINISTRY_STEMS:
            return True
        sense = self.gaz.lookup(stem) or self.gaz.lookup(stem + "부")
        return sense is not None and sense.kind == "ministry"

    def _org_in_title(self, doc, person: PersonFound, title: str) -> None:
        """국세청장 -> 국세청, 금융감독원장 -> 금융감독원: a body named inside a compound title."""
        for cut in range(len(title) - 1, 1, -1):
            head, rest = title[:cut], title[cut:]
            if rest != "장" and rest not in self.titles.kinds:
                continue
            known = self.gaz.lookup(head, article_day(doc))
            if known is None and ACRONYM.fullmatch(head) and rest != "장":
                known = OrgSense(head, "other")  # ITU사무총장: an acronym and a whole title
            if known is None and head.endswith("위원") and rest == "장":
                known = self.gaz.lookup(head + "회", article_day(doc))  # 방송통신위원장 -> 방송통신위원회
            if known is None and rest == "장" and (local := local_government(head, article_day(doc))):
                known = OrgSense(local, "government")  # 서울시장 -> 서울특별시, 부산시장 -> 부산광역시
            if known is None and rest == "장" and (suffix := institution_suffix(head)) and len(head) > len(suffix):
                known = OrgSense(head, "government")  # 용산소방서장 -> 용산소방서, 강남경찰서장 -> 강남경찰서
            if known is None and rest == "장" and head[-1:] in "시군" and len(head) > 2 and self._place_name(head[:-1]):
                known = OrgSense(head, "government")  # 수원시장 -> 수원시, 목포시장 -> 목포시: the city it heads
            if known is None and rest == "의원" and (local := local_government(head, article_day(doc))):
                known = OrgSense(local + "의회", "government")  # 서울시의원 -> 의원 of 서울특별시의회, as 강원도지사 -> 지사
            whole = False  # the title stays whole: its first part is no organization's name as written
            if known is None and rest == "군수" and self._place_name(head):
                known, whole = OrgSense(head + "군", "government"), True  # 영암군수 -> 영암군
            if known is None and rest == "장" and (regional := self._regional_office(head)):
                known = OrgSense(regional, "government")  # 서울항공청장 -> 서울지방항공청, 대전국세청장 -> 대전지방국세청
            sense = known
            if sense is None and (shape := self.gaz.kind_of_shape(head)) and len(head) > 3:
                sense = OrgSense(head, shape)  # 한국AI협회장 -> 한국AI협회
            if sense is not None and person.foreign and sense.kind == "ministry":
                return  # 척 헤이글 국방장관: a foreign minister's ministry is not the Korean one of that name
            if sense is not None:
                person.org, person.org_kind = sense.name, sense.kind
                if sense.kind == "ministry" and rest == "장관":
                    person.ministry = sense.name
                if rest != "장" and known is not None and not whole:  # WHO사무총장, 법무부장관: a known body and a whole title
                    person.title = rest
                doc.user_data.setdefault(ORG_KINDS_KEY, {}).setdefault(sense.name, sense.kind)
                return

    def _org_before(self, doc, person: PersonFound, covering, at: int | None = None) -> None:
        """`LG전자 박형세 사장`, `'머니브레인'의 장세영 대표`: the organization just before the name
        (or before `at`, the title that comes first: `'한빛홀딩스' 대표 김하준 씨`)."""
        text = doc_text(doc)
        at = person.start if at is None else at
        m = ORG_BEFORE.search(text, max(0, at - 40), at)
        if not m:
            return
        s, e = m.start("org"), m.end("org")
        org = covering(s, e)
        if org is None and not m.group("q1") and DEPARTMENT.fullmatch(m.group("org")) and text[s - 1:s] == " ":
            # 연세대 지구시스템과학과 홍태경 교수: a department between the body and the name, theirs both
            org = covering(s - 2, s - 1) if s >= 2 else None
            if org is not None:
                s = org.start_char if org.end_char == s - 1 else -1
                e = org.end_char
        if org is not None and (org._.normalized or org.text) in country_names():
            return  # 대한민국의 천영우 수석: a state is no organization of a person
        if org is not None and org.label_ == "ORG" and org.start_char == s and org.end_char == e:
            person.org = org._.normalized or org.text
            person.org_kind = doc.user_data.get(ORG_KINDS_KEY, {}).get(person.org)
            if person.foreign:
                self._foreign_ministry(person)  # 미국 국무부의 존 케리 장관
        elif m.group("q1") and m.group("q2") and self.is_proper(doc, s, e) and not titled_work(text, s):
            # (영화 '비우티풀'의 주연배우: a work's title, no firm)
            span = doc.char_span(s, e, label="ORG")
            if span is not None:
                person.org, person.org_kind = m.group("org"), "company"
                add_rule_mention(doc, span, "rule", person.org)

    def _title_extensions(self, words, i, title: str) -> tuple[str, int]:
        """`대통령 권한대행` -> 권한대행; returns the title and where its words end."""
        end = words[i][1]
        bare = words[i][2] == title or self.title_of(words[i][2]) == words[i][2]  # no particle: 문체부장관 후보자
        if i + 1 < len(words) and bare and text_between_is_space(words[i], words[i + 1]):
            nxt = words[i + 1][2]
            for acting in ACTING:
                if re.fullmatch(re.escape(acting) + JOSA, nxt):
                    return acting, words[i + 1][1]
            if title not in SERVES:
                for nominee in NOMINEE:
                    if re.fullmatch(re.escape(nominee) + JOSA, nxt):
                        return nominee, -words[i + 1][1]  # 장관 후보자: not (yet) in office
            if title in SERVES and (staff := self.title_of(nxt)) and (staff not in SERVES or staff in ELECT):
                return staff, words[i + 1][1]  # 천영우 대통령 외교안보수석, 박근혜 대통령 당선인
        return title, end

    def _joint_office(self, doc, after: str, offset: int, person: PersonFound, org_spans) -> None:
        """`최상목 부총리 겸 기획재정부 장관`: the second office makes a minister."""
        m = JOINT.match(after)
        if not m:
            return
        start = offset + m.start("org")
        for span in org_spans:
            if span.start_char == start and span.label_ == "ORG":
                canonical = span._.normalized or span.text
                if doc.user_data.get(ORG_KINDS_KEY, {}).get(canonical) == "ministry":
                    person.ministry, person.minister = canonical, not person.former
                    person.org = person.org or canonical
                return


def not_a_person(doc: Doc, start: int, end: int) -> bool:
    """A statistical PERSON span that the text around it shows to be something else:
    - the whole of a quotation (‘또 오해영’, 「민병철 매직잉글리시」): the title of a work;
    - followed by a telephone number (크리니크(02-3440-2773)): a shop or brand in a list;
    - glued to the head of an event's name (리우올림픽, 방콕오픈): the place or sponsor it is named after;
    - one Hanja character (中, 北, 檢): a state's or an institution's abbreviation;
    - glued to a place's suffix (강진군과, 판교역에서): the word is a county, city, station or district."""
    text = doc_text(doc)
    word = text[start:end]
    if text[start - 1:start] in WORK_QUOTES and text[end:end + 1] == WORK_QUOTES[text[start - 1]]:
        return True
    if TITLE_QUOTE_GLUED.match(text, end) and text[start - 1:start] in TITLE_QUOTES:
        return True  # ‘꿩돌이’, ‘식샤를합시다2’: the first part of a quoted one-word title
    if word in country_names() or len(word) > 1 and word in gazetteer().places:
        return True  # 카타르전에서, 쿠바와: a country (a team, a venue), no person; places.txt holds no names
    if PHONE_AFTER.match(text, end):
        return True
    if (head := HANGUL_RUN.match(text, end)) and head.group().startswith(_event_heads()):
        return True  # 리우올림픽, 방콕오픈: an event named after its place or sponsor
    if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
        return True
    if len(word) == 3 and word[-1] in PLACE_ENDINGS and looks_like_korean_name(word):
        return True  # 성남시, 강진군: a city or a county
    if electoral_district(text, start, end):
        return True  # 부천병 후보
    after = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after is not None and _plural_title().match(after.group()):
        return True  # 전 장관들이: a title in the plural is a group, no one person
    if after is not None and word in DETERMINERS and (title := title_match(after.group())):
        return not title.group("prefix") and title.group("title") in COMMON_WORD_TITLES  # 이 시장은: "this market"
    if len(word) < 2 or not HANGUL_WORD.fullmatch(word.replace(" ", "")[:7]):
        return False
    rest = WORD.match(text, end)
    suffix = PLACE_SUFFIX.fullmatch(rest.group()) if rest is not None and rest.start() == end else None
    if suffix is None:
        return False
    # 강진군과: a Korean-looking name before 군/시 is a county or city; 타츠야군 (a boy), 황비홍역 (a role)
    # are people, so other suffixes count only after a place the gazetteer knows (판교역에서)
    return word in gazetteer().places or suffix.group(1) in PLACE_ENDINGS and looks_like_korean_name(word)


HANGUL_RUN = re.compile(r"[가-힣]+")


@lru_cache(maxsize=1)
def _event_heads() -> tuple[str, ...]:
    return tuple(w for line in read_lines("event_heads.txt") for w in line.split())


def electoral_district(text: str, start: int, end: int) -> bool:
    """부천병 후보, 관악갑 의원: a place and 갑/을/병 names a district where a place is known or an election
    title follows; otherwise such a word may be a name (박준병 사무총장)."""
    word = text[start:end]
    return bool(DISTRICT.fullmatch(word)) and (PeopleFinder.is_place_word(word[:-1]) or bool(ELECTION_TITLE.match(text, end)))


def title_follows(doc: Doc, end: int) -> bool:
    """A title right after a statistical PERSON (`슈틸리케 감독은`, `퍼거슨 전 감독`): the sentence ties the
    word to an office, so a name of any shape (one foreign word) is a person with that title."""
    text = doc_text(doc)
    m = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if m is not None and m.group() in FORMER and text[m.end():m.end() + 1] == " ":
        m = WORD.match(text, m.end() + 1)
    if m is None:
        return False
    title = title_match(m.group())
    return title is not None and not title.group("prefix") and title.group("title") not in TITLE_FIRST_ONLY


@lru_cache(maxsize=1)
def _title_reader() -> PeopleFinder:
    return PeopleFinder()


def title_past_bodies(doc: Doc, end: int) -> bool:
    """A title after the state, the bodies or the field words that follow a statistical PERSON (`훙레이 중국
    외교부 대변인`, `존 커비 백악관 전략 소통 조정관`, `찰스 그레슬리 상원 법사위원장`): the `이름 기관 직함` form
    ties a name of any shape to an office, as `title_follows` does for a title right after it."""
    text = doc_text(doc)
    if text[end:end + 1] != " ":
        return False
    reader = _title_reader()
    bodies = {s.start_char for s in doc.spans.get(MENTIONS, []) if s.label_ in ("ORG", "LOC")}
    at, skipped, fields = end + 1, 0, 0
    while skipped < 4:
        m = WORD.match(text, at)
        if m is None:
            return False
        word = m.group()
        if skipped and reader.title_of(word) and word not in TITLE_FIRST_ONLY:
            return True
        if text[m.end():m.end() + 1] != " ":
            return False
        if m.start() in bodies or word in country_names() or PeopleFinder.is_place_word(word) or organization_word(word):
            pass
        elif word in FORMER or word == "당시":
            pass
        elif fields < 2 and office_field(word):
            fields += 1
        else:
            return False
        at, skipped = m.end() + 1, skipped + 1
    return False


@lru_cache(maxsize=1)
def _institution_suffixes() -> tuple[str, ...]:
    return tuple(sorted((w for line in read_lines("institution_suffixes.txt") for w in line.split()), key=len, reverse=True))


def institution_suffix(word: str) -> str | None:
    """The ending that makes the word a public institution named after its place (용산소방서: 소방서), if any."""
    return next((s for s in _institution_suffixes() if word.endswith(s)), None)


def court_office(word: str) -> str | None:
    """The full name of a court or a prosecutors' office written short (서울고법 → 서울고등법원, 부산지검 →
    부산지방검찰청): a body, though its first part is a place's name."""
    if not word.endswith(COURT_SHORT_ENDINGS[:4]):
        return None
    expanded = expand_ending(word)
    return expanded[0] if expanded else None


def organization_word(word: str) -> bool:
    """A word that names a body: known to the gazetteer, shaped like an organization, or a short form of a
    prosecutors' office or court (창원지검, 서울고법, 안산지원: a place of two syllables or more before the
    ending; 하지원 is a name)."""
    gaz = gazetteer()
    return word in gaz.senses or gaz.kind_of_shape(word) is not None or (
        word.endswith(COURT_SHORT_ENDINGS) and len(word) >= 4)


def person_without_orgs(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A statistical PERSON span cut free of the organizations at its ends (GS리테일 허연수, 서지현 창원지검)."""
    text = doc_text(doc)

    def org(word: str) -> bool:
        return organization_word(word) or bool(re.search(r"[A-Za-z]", word))

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    while len(words) > 1 and org(text[start + words[0][0]:start + words[0][1]]):
        words.pop(0)
    while len(words) > 1 and org(text[start + words[-1][0]:start + words[-1][1]]):
        words.pop()
    return start + words[0][0], start + words[-1][1]


@lru_cache(maxsize=1)
def _plural_title() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(t) for t in sorted(titles().kinds, key=len, reverse=True)) + ")들")


def _base_title(title: str, kinds: dict[str, str]) -> str:
    """`창업정책관` -> 정책관: the listed title a compound ends with."""
    if title in kinds and not title.endswith("장관"):
        return title
    for t in sorted(kinds, key=len, reverse=True):
        if title.endswith(t):
            return t
    return title


def _opens_word(text: str, pos: int) -> bool:
    """A name starts a word: at the start of the text, after a space or a line break, or after an opening mark."""
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] in QUOTES_OPEN + "(「『《〈<[·,"


def text_between_is_space(left, right) -> bool:
    return right[0] - left[1] == 1


def _group_of(groups: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The short parenthetical that contains `pos`, if any."""
    k = bisect_right(groups, (pos, 1 << 62)) - 1
    if k >= 0 and groups[k][0] < pos < groups[k][1]:
        return groups[k]
    return None


NOUN_TAGS = frozenset(("NNP", "NNG", "SL", "SH", "SN"))


def _all_nouns(span) -> bool:
    """Every morpheme of the word is a noun: no particle (`김은`, `강혜정의`) or suffix (`김상석님`)."""
    return all(tag in NOUN_TAGS for tok in span for tag in tok.tag_.split("+"))


TITLE_QUOTES = "‘「『《〈<"  # the marks that open a title; “ and " mostly open a quotation of speech
TITLE_QUOTE_GLUED = re.compile(r"(?![씨님])[가-힣0-9]{1,3}[’」』》〉>]")  # the title's word goes on and the quotation closes
WORK_QUOTES = {"‘": "’", "'": "'", "「": "」", "『": "』", "《": "》", "<": ">", "“": "”", '"': '"'}
PHONE_AFTER = re.compile(r"\s?\(\s?\d{2,4}-\d{3,4}")  # 크리니크(02-3440-2773)
PLACE_ENDINGS = frozenset("시군읍면")
DETERMINERS = frozenset("이 그 저 전 현 한 두 세 양 각 본 당 해".split())  # this, that, former, one, two, both…
COMMON_WORD_TITLES = frozenset(("시장", "대사", "감독", "주장", "이사", "고문", "위원", "선수"))  # market, line…
PLACE_SUFFIX = re.compile(rf"(군|시|역|구|읍|면|강|산|섬|항){JOSA}")  # 강진군과, 판교역에서
PAREN = re.compile(r"\([^()\n]{1,30}\)")
AGE_AFTER = re.compile(r"\(\d{1,3}\s?(?:세\s?)?[·,)]")  # 대표 김하준(45)씨, 대표 이하나(25·한빛시청)가: the name ends there
GLOSS = re.compile(r"\([^()\n가-힣]{1,30}\) ?")  # (菅義偉), (Jack Ma): a spelling with no Hangul word, glued to a name
LONG_PAREN = re.compile(r"\([^()\n]*$")  # the parenthetical still open at a position
# A word for the person's standing in a case after the name closes it like 씨 (의원인 김하준 피고인에게)
STATUS_AFTER = re.compile(rf" (?:피고인|피고|피의자|용의자|피해자|원고|여사)(?:{JOSA})(?![가-힣])")
# A parenthetical glued to the name and then a particle (내야수 이하준(李夏俊, 1990년 ~ )가): the gloss closes it
GLOSS_THEN_PARTICLE = re.compile(r"\([^()\n]{1,30}\)(?:은|는|이|가|을|를|의|와|과|에게|도)(?![가-힣])")
SSI = re.compile(r"\s?씨(?![가-힣])|\s?씨(?:는|가|를|의|와|에게|도|측)")  # 김하준 씨는
PARTY_ENDINGS = ("당", "청", "처", "회", "부", "위")  # 민주당의원, 정책위의장: an organization's ending, no name's
LOCAL_UNITS = frozenset("구군시도")  # 수영구, 강진군, 목포시, 황해도: a local government's unit ends the word
LOCAL_BODIES = {"의원": "의회", "교육감": "교육청", "부교육감": "교육청"}  # the body of a local office: 서울특별시의회
LOCAL_HEADS = frozenset(("구청장", "시장", "군수", "도지사", "지사", "교육감"))  # titles a place's name is glued to
GLUED_TITLE_KINDS = frozenset(("minister", "government", "politics"))  # 김덕용의원, 옐친대통령
ENUMERATION_END = re.compile(r"\s?(?:등|외)(?![가-힣])|\s?(?:등|외)(?:이|은|을|의|과|에)")  # 오빌랄레 코시 등이
CORPORATION_MARKS = ("㈜", "(주)")
COURT_SHORT_ENDINGS = ("지검", "고검", "지법", "고법", "지청", "지원")  # 엘지신용카드㈜(대표 …)
COURT_DIVISION = re.compile(r"[가-힣]{0,6}\d+부")  # 형사합의24부, 가사5부
HANGUL_WORD = re.compile(r"[가-힣]{1,7}")
ACRONYM = re.compile(r"[A-Z]{2,7}")  # UNFCCC, ITU
FOREIGN_PART = re.compile(r"[가-힣]{1,7}(?: [가-힣]{1,7}){0,2}")  # 레제프 타이이프 에르도안
ORGISH = re.compile(r"..(?:국|청|부|처|원|회|당|단|소|대|사|군)$")  # 연방수사국, 조선인민군: ends a body, no foreign name
ENVOY_POST = re.compile(r"주(?!재)[가-힣A-Z]{1,6}")  # 주일 (미국)대사, 주유네스코 대사: the post, no name
CASE_PARTICLE_END = re.compile(r"(?:은|는|을|를|의|에게|에서)$")  # 반북단체는 박 신부: no word inside a name ends so
COORDINATED_NAME = re.compile(r"(?<![가-힣])(?P<word>[가-힣]{2,5})(?:\([^()\n]{1,30}\))?(?P<link>, ?|·| )$")
FIELD = re.compile(r"[가-힣]{1,6}담당")  # 외교담당 국무위원, 경제담당 부총리: the office's field, no name
REGIONAL_OFFICE_ENDINGS = frozenset("청서원국처소")
LOCAL_OFFICES = ("교육청", "시청", "구청", "군청", "도청", "경찰청")  # a local government's or named by date
# A hyphenated given name before a name (장-피에르 소바주) or glued to it by its hyphen (장-클로드): Korean names
# and bodies written in Hangul have no hyphen
GIVEN_BEFORE = re.compile(r"([가-힣]{2,6}) $")  # the word right before a name
FUNCTION_TAGS = frozenset(("MAG", "MAJ", "MM", "NP", "IC"))  # adverbs, conjunctions, determiners, pronouns
HYPHENATED_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9-])(?:[가-힣]{1,5}-)+(?:[가-힣]{1,5} )?$")
ENVOY_TITLES = frozenset(("대사", "총영사", "영사", "공사"))
DISTRICT = re.compile(r"[가-힣]{2,3}[갑을병]")  # 관악갑 후보: an electoral district
ELECTION_TITLE = re.compile(rf" (?:예비)?(?:후보자?|당선[자인]|(?:국회)?의원|당협위원장|지역위원장){JOSA}(?![가-힣])")
ANONYMIZED = re.compile(r"[가-힣]모[씨군양]?")  # 박모 교수, 대표 양모씨: a name withheld
UNIVERSITY = re.compile(r"[가-힣A-Za-z]{1,8}(?:대|대학|대학교|대학원|과기원)")
DEPARTMENT = re.compile(r"[가-힣A-Za-z]{1,10}(?:학과|학부|본부|부문|사업부|연구실|연구소|센터|팀)")
ORG_BEFORE = re.compile(
    rf"(?P<q1>['‘\"“]?)(?P<org>[{HANGUL_OR_ALNUM}&]+?)(?P<q2>['’\"”]?)(?:\([^()\n]{{1,15}}\))?(?:의)? ['‘\"“]?$"
)  # 학술단체협의회(학단협)의 배성인 운영위원장, 한빛당의 '김하준' 대표
BYLINE_AFTER = re.compile(r"\s*(?:=|[\w.+-]+@|\]|$)", re.M)
BYLINE_BEFORE = re.compile(r"(?:=|\[|^)\s*$", re.M)
JOINT = re.compile(rf"\s*겸\s+(?P<org>[{HANGUL_OR_ALNUM}]+)\s*장관")


@Language.factory("sinmun_people", assigns=["doc.spans"], requires=[])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder()


# --- the extent of a statistical PERSON span -------------------------------------------------------------
# KLUE-trained spans cut names where the training data rarely had them: a foreign name of several words
# (아서 존 패터슨) comes in pieces, and a word for the person's role (셋업맨 원종현) or a role credit
# (윤두준 분) is taken into the name. A withheld name is marked whole, as written (<김모> 씨, as KMOU marks it;
# KLUE marks <김>모): `김` alone is a short form that stands for a name given elsewhere (박 장관), `김모` says
# the name is withheld. It is a mention with no people row (resolve), like a surname alone.
# 엘리자베스 2세 여왕, 베네딕토 16세가: a regnal number (not an age: 50세의 나이로, 12세 연하)
REGNAL_AFTER = re.compile(rf" (?P<number>(?:[1-9]|1[0-9]|2[0-5])세)(?!의? ?나이|\s?(?:이상|이하|미만|때|부터|까지|연상|연하))"
                          rf"(?={JOSA}(?![가-힣0-9]))")
ROLE_CREDIT = re.compile(r" 분$")  # 구대영(윤두준 분): the actor who plays the role
# 某 glued to a lone surname and closed: by 씨/군/양, an age, a space, a particle or punctuation (김모씨, 김모(45)씨,
# 김모 대표, 김모가); not 이모님, 조모상 (aunt, grandmother), where a word goes on
WITHHELD_AFTER = re.compile(rf"모(?=[씨군양(]|\s|[,.·)」’'\"]|$|{JOSA}(?![가-힣]))")


def refine_person_spans(doc: Doc, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's PERSON spans with the name's true extent: see `person_extent` and `_joined_foreign_names`."""
    ents = _joined_foreign_names(doc, ents)
    out = []
    for start, end, label in ents:
        if label != "PERSON":
            out.append((start, end, label))
            continue
        out += [(s, e, label) for s, e in person_extent(doc, start, end)]
    return out


def person_extent(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """One PERSON span's name: a role credit (윤두준 분), a title after a name (박성진 기자, 나영석PD) and a
    role word or an organization before it (리베로 여오현, GS리테일 허연수) are left out."""
    text = doc_text(doc)
    word = text[start:end]
    if word in surname_set() and WITHHELD_AFTER.match(text, end):
        return [(start, end + 1)]  # 김모 씨: the withheld name as written
    if ROLE_CREDIT.search(word):
        end -= 2
    if not looks_like_korean_name(word) and (regnal := REGNAL_AFTER.match(text, end)):
        end = regnal.end("number")  # 엘리자베스 2세가, 베네딕토 16세: the regnal number is part of the name
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    while len(words) > 1 and text[words[-1][0]:words[-1][1]] in country_names() and looks_like_korean_name(text[words[0][0]:words[-2][1]]):
        words.pop()  # 전영진 쿠바 주재 대사: the state after a Korean name is where the office is, no part of the name
    last_s, last_e = words[-1]
    if len(words) > 1 and (_title_word(text[last_s:last_e]) or _title_reader().title_of(text[last_s:last_e])):
        words.pop()  # 박성진 기자, 이 원내대표, 윤대수 거대과학기술정책관: the name without its (compound) title
    elif len(words) == 1:
        glued = titles().word.fullmatch(word)
        if glued and glued.group("prefix") and looks_like_korean_name(glued.group("prefix")):
            return [(start, start + len(glued.group("prefix")))]  # 나영석PD, 정순응박사
    while len(words) > 1 and _role_or_group_before(text[words[0][0]:words[0][1]], text[words[1][0]:words[-1][1]]):
        words.pop(0)
    return [(words[0][0], words[-1][1])]


def _title_word(word: str) -> bool:
    m = titles().word.fullmatch(word)
    return m is not None and not m.group("prefix") and m.group(0) == m.group("title")


def _role_or_group_before(first: str, rest: str) -> bool:
    """`first` is a role before a name (셋업맨 원종현, 축구선수 크리스티아누 호날두) or an organization
    before a Korean name (GS리테일 허연수), not part of a foreign name (마크 리퍼트) or a surname written
    apart (김 소희)."""
    if first in surname_set() or first in foreign_given_names():
        return False
    if _title_word(first) or _common_noun(first):
        return True
    if first.endswith("의") and len(first) > 2 and (first[:-1] in country_names() or PeopleFinder.is_place_word(first[:-1])):
        return True  # 아제르바이잔의 루스탐 오루조프: a state with the genitive particle opens the phrase, no name starts so
    return organization_word(first) and looks_like_korean_name(rest) and not looks_like_korean_name(first)


@lru_cache(maxsize=65536)
def _common_noun(word: str) -> bool:
    """Kiwi reads the word alone as common nouns it knows well (리베로, 포워드, 축구선수): a role, no name.
    Unknown transliterations are nouns too, at lower scores (자바드 -26.0, 응고지 -24.5)."""
    tokens, score = word_reading(word)
    return all(t.tag == "NNG" and len(t.form) > 1 for t in tokens) and score > COMMON_NOUN_SCORE - 1


def _joined_foreign_names(doc: Doc, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two PERSON pieces one space apart, neither shaped like a Korean name, are one foreign name
    (아서 존 + 패터슨 → 아서 존 패터슨)."""
    text = doc_text(doc)
    out: list[tuple[int, int, str]] = []
    for ent in sorted(ents):
        if out and ent[2] == "PERSON" and out[-1][2] == "PERSON" and ent[0] == out[-1][1] + 1 and text[out[-1][1]] == " ":
            left, right = text[out[-1][0]:out[-1][1]], text[ent[0]:ent[1]]
            first, second = left.split()[-1], right.split()[0]
            if first in foreign_given_names() or not any(looks_like_korean_name(w) or w in surname_set() for w in (first, second)):
                out[-1] = (out[-1][0], ent[1], "PERSON")
                continue
        out.append(ent)
    return out


# Syllables after a name that are no part of it even where Kiwi tags them as a suffix (김민씨, 김민님, 김민들)
NOT_NAME_SYLLABLES = frozenset("씨님군양들측등가께")


def extend_cut_name(doc: Doc, person: PersonFound, person_spans) -> None:
    """`시인이었던 박진성은`: Kiwi reads a three-syllable name it does not know as a two-syllable name and a suffix
    (박진/NNP 성/XSN), so the rules cut it; the model's PERSON span from the same start says the name goes on.
    The rule person takes the model's name when that span adds one syllable that Kiwi reads as a noun or a
    noun suffix (not a particle or an honorific) and the whole is shaped like a Korean name."""
    if person.foreign or len(person.name) != 2:
        return
    end = person.end + 1
    if not any(s.start_char == person.start and s.end_char == end for s in person_spans):
        return
    text = doc_text(doc)
    word = text[person.start:end]
    if not looks_like_korean_name(word) or text[person.end] in NOT_NAME_SYLLABLES:
        return
    token = doc.char_span(person.end, end)
    if token is None or len(token) != 1 or not token[0].tag_.startswith(("XSN", "NNG", "NNB", "NNP")):
        return
    person.name, person.end = word, end


# --- words the model reads as people that the sentence shows to be things ---------------------------------
# Only for statistical PERSON spans not shaped like a name and with no title after them (see
# ner.stage.person_shaped): brands, products, works and common words the model has never seen.
OPEN_TITLE_QUOTES = "‘「『《〈<'"  # “ and " mostly open a quotation of speech, which names people freely
CLOSE_OF = {"‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">", "'": "'"}
LATIN_GLOSS = re.compile(r"\((?:[A-Z]{2,}[)·,]|[a-z][a-z ]+|[A-Z]+[a-z]+ [A-Z]+)")  # 에이치바드(HVAD), 루저(loser), 뱅뱅뱅(BANG BANG
PERSON_BEFORE = re.compile(r"[가-힣A-Za-z·]{2,}(?: [가-힣]{2,})?\($")  # 호안 산타나(미네소타): the affiliation of the name before
LATIN_ONLY = re.compile(r"[A-Za-z0-9&.-]+")
# A letter or a run of letters stands for a person only with 씨/군/양 (A씨, B군에게, A모씨, A(38·여)씨) or a
# title after it; two capitals may be a politician's initials (DJ, YS) and are left to the model.
LETTER_PERSON_AFTER = re.compile(r"\s?(?:모\s?)?(?:씨|군|양|\(\d)")
SPOKEN_HONORIFIC = re.compile(r"님|군(?![가-힣])|양(?![가-힣])")  # 하준님, 하준군; 씨 is SSI


def named_thing(doc: Doc, start: int, end: int) -> bool:
    """A PERSON span the sentence shows to name a thing, not a person:
    - the first words of a quoted title that goes on (‘킨랜드 코리아컵’, 「오성식 생활영어」);
    - glossed by a Latin acronym or a lower-case word (에이치바드(HVAD), 루저(loser)), as products and
      terms are; a person's name is glossed by a capitalized name or Hanja;
    - the whole of a parenthesis right after a name (호안 산타나(미네소타)): their team or country;
    - a Latin letter or acronym with no 씨/군/양 after it (K리그, A형, AOA, www);
    - a compound of a noun and a common noun Kiwi knows well (걸스데이, 유형문화재, 현장구매): things and places are named so, people are not;
    - a common noun Kiwi knows well (갈비찜, 세리머니, 중견수), unless the article, at this or another
      mention of the word, puts a role before it (래퍼 도끼, 가수인 도끼) or 씨 after it."""
    text = doc_text(doc)
    word = text[start:end]
    if _addressed_as_person(text, start, end):
        return False
    if LATIN_ONLY.fullmatch(word) and not re.fullmatch(r"[A-Z]{2}", word):
        return not LETTER_PERSON_AFTER.match(text, end)  # A씨, B군, C(38·여)씨; not K리그, A형, AOA, www
    opener = text[start - 1:start]
    if opener in OPEN_TITLE_QUOTES and opener:
        close = text.find(CLOSE_OF[opener], end, end + 40)
        if close > end and "\n" not in text[end:close]:
            return True
    if LATIN_GLOSS.match(text, end):
        return True
    if opener == "(" and text[end:end + 1] == ")" and HANGUL_WORD.fullmatch(word) and PERSON_BEFORE.search(text[max(0, start - 20):start]):
        before = text[:start - 1].split()[-1] if text[:start - 1].split() else ""
        if any(m.label_ == "PERSON" and m.end_char == start - 1 for m in doc.spans.get(MENTIONS, [])) or foreign_part(before):
            return True
    if _compound_with_common_head(word):
        return True
    if len(word) < 2 or word.endswith("님") or not _well_known_common_noun(word):
        return False  # a word ending in the honorific 님 (하느님) names someone addressed as a person
    return not any(_addressed_as_person(text, m.start(), m.end()) for m in re.finditer(re.escape(word), text))


def _word_before(text: str, start: int) -> str | None:
    """The word one space before a span (래퍼 도끼 → 래퍼), or None when the span does not follow one."""
    if text[start - 1:start] != " ":
        return None
    previous = re.search(r"([가-힣A-Za-z]+)$", text[:start - 1])
    return previous.group(1) if previous else None


def _addressed_as_person(text: str, start: int, end: int) -> bool:
    """씨/님 after the word, or a role word before it (래퍼 도끼, 가수인 도끼)."""
    if SSI.match(text, end) or SPOKEN_HONORIFIC.match(text, end):
        return True
    role = _word_before(text, start)
    if role is None:
        return False
    for copula in ("인", "이었던", "였던"):
        if role.endswith(copula) and _title_word(role[: -len(copula)]):
            return True
    return _title_word(role)


@lru_cache(maxsize=65536)
def _compound_with_common_head(word: str) -> bool:
    """Kiwi reads the word alone as nouns of two syllables or more, the last a common noun it knows well
    (걸스/NNP 데이/NNG, 유형/NNG 문화재/NNG). Names split so start with a syllable (라/비, 밥 위크먼)."""
    if " " in word or not HANGUL_WORD.fullmatch(word):
        return False
    tokens, _ = word_reading(word)
    if len(tokens) < 2 or any(t.tag not in ("NNG", "NNP") or len(t.form) < 2 for t in tokens):
        return False
    head = tokens[-1].form
    # a title glued to a name is a person (맥아더장군), not a thing named with a common noun
    return tokens[-1].tag == "NNG" and _well_known_common_noun(head) and not _title_word(head)


@lru_cache(maxsize=65536)
def field_noun(word: str) -> bool:
    """Kiwi reads the word alone as one or two common nouns it knows well (영화, 대선, 국가대표): a field or a
    qualifier of an office, no name."""
    tokens, score = word_reading(word)
    return (len(tokens) <= 2 and all(t.tag == "NNG" and len(t.form) > 1 for t in tokens)
            and score > COMMON_NOUN_SCORE - 0.5 * len(tokens))


def office_field(word: str) -> bool:
    """A common noun between a name and its title, after the bodies, naming the office's field (`백악관 전략 소통
    조정관`, `중국 외교부 대변인`): one or two nouns Kiwi knows well, no title and no place."""
    return (HANGUL_WORD.fullmatch(word) is not None and 2 <= len(word) <= 4 and field_noun(word)
            and _title_reader().title_of(word) is None and not PeopleFinder.is_place_word(word))


@lru_cache(maxsize=65536)
def _well_known_common_noun(word: str) -> bool:
    """One dictionary common noun at a score a two-syllable word Kiwi knows well reaches (see COMMON_NOUN_SCORE)."""
    tokens, score = word_reading(word)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and score > COMMON_NOUN_SCORE - 0.5


# Words that introduce a group, a brand or a firm by its name (밴드 장미여관, 브랜드 콩타본, 무역업체 쉘라인,
# 디자인회사인 빌모트) and words whose owner is a body, not a person (주커피 관계자, 아이오아이 멤버).
GROUP_WORDS = ("그룹", "밴드", "극단", "브랜드", "레이블", "구단", "사이트")
BODY_OWNED = re.compile(rf" (?:관계자|멤버|매장){JOSA}(?![가-힣])")


@lru_cache(maxsize=1)
def _firm_words() -> tuple[str, ...]:
    return GROUP_WORDS + tuple(w for line in read_lines("org_descriptors.txt") for w in line.split())


def named_group(doc: Doc, start: int, end: int) -> bool:
    """A PERSON span the sentence shows to be a group, a brand or a firm: introduced by a word for one
    (밴드 장미여관, 코스메틱 브랜드 이지듀, 디자인회사인 빌모트) or owning what a body owns (새로텍 관계자는,
    소녀시대 멤버 중)."""
    text = doc_text(doc)
    if BODY_OWNED.match(text, end):
        return True
    word = _word_before(text, start)
    if word is None:
        return False
    word = word[:-1] if word.endswith("인") and len(word) > 2 else word
    return word.endswith(_firm_words())
