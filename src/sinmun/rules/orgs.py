"""Organizations and places: the gazetteer, ministries across renamings, in-text definitions, name shapes.

`sinmun_orgs` adds ORG mentions (normalized to the canonical name) and LOC mentions to
`doc.spans["mentions"]`, and leaves per-article knowledge for the later steps in `doc.user_data`:
the kind of every canonical organization and the aliases an article defines (`중소벤처기업부(이하 중기부)`).
Ministry abbreviations are resolved by the article's date (`교과부` in 2011 is 교육과학기술부), and by
the current names when the date is unknown.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_ext import MENTIONS, add_mention, doc_tags, doc_text
from ..cleaning.outlets import outlet_index
from ..morph import get_kiwi
from ..regex_words import alternation
from ..resources import read_lines

ORG_KINDS_KEY = "sinmun_org_kinds"  # canonical name -> kind, for this article
ORG_ALIASES_KEY = "sinmun_org_aliases"  # alias defined in the text -> canonical name
RULE_SPANS_KEY = "sinmun_rule_spans"  # (start, end, label) -> (source, normalized) of rule mentions


def add_rule_mention(doc: Doc, span: Span, source: str, normalized: str | None) -> Span:
    """`add_mention`, remembering the span: spaCy keeps span attributes by offsets and label, so a later
    component adding the same span (NER) overwrites them; `sinmun_resolve` restores ours."""
    doc.user_data.setdefault(RULE_SPANS_KEY, {})[(span.start_char, span.end_char, span.label_)] = (source, normalized)
    return add_mention(doc, span, source, normalized)

HANGUL_OR_ALNUM = "가-힣A-Za-z0-9"
# Local offices of the state, named after their district (`org_shapes.tsv`).
LOCAL_OFFICE_ENDINGS = frozenset(("경찰서", "소방서", "세무서", "구치소", "교도소"))
LEFT_EDGE = rf"(?<![{HANGUL_OR_ALNUM}&])"
# Particles and endings that may follow a name inside one word (중기부는, LG전자와의, 경제연구소인).
_PARTICLES = sorted(
    """은 는 이 가 을 를 의 에 에서 에게 에게서 께 께서 와 과 도 만 로 으로 부터 까지 보다 처럼 이나 나 이며 며
    이고 고 이다 다 이라 라 이란 란 랑 이랑 하고 측 엔 에선 서 든 조차 마저 뿐 인 이었다 였다 이었던 였던 입니다
    이라고 라고 이라는 라는 으로서 로서 으로써 로써 과의 와의 에서의 에는 에도 으론 론 이자 이지만 지만 등""".split(),
    key=len,
    reverse=True,
)
JOSA = "(?:" + "|".join(_PARTICLES) + ")*"
RIGHT_EDGE = rf"(?={JOSA}(?![{HANGUL_OR_ALNUM}&]))"
PARTICLE_AT = re.compile(rf"[{HANGUL_OR_ALNUM}&]*")
WORD = re.compile(rf"[{HANGUL_OR_ALNUM}&]+")

# Words of org_descriptors.txt that introduce an outlet (영국 일간지 가디언, 외신 로이터): the body is media.
MEDIA_DESCRIPTORS = frozenset(("일간지", "매체", "통신사", "외신"))
# Suffixes that make a name shape an organization even when Kiwi splits it into common nouns.
LOOSE_SHAPES = frozenset("위원회 진흥원 평가원 연수원 공단 벤처스 파트너스 인베스트먼트 테크놀로지스 코리아 칩스 홀딩스 대학교 과학기술원 노동조합 연맹".split())


@dataclass(frozen=True, slots=True)
class OrgSense:
    """One meaning of a surface form: a canonical name, its kind and when the name was in use."""

    name: str
    kind: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: date) -> int:
        if self.start and day < self.start:
            return (self.start - day).days
        if self.end and day > self.end:
            return (day - self.end).days
        return 0


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _alternation(words) -> str:
    return alternation(words)  # the longest-first alternation, as a trie (regex_words.py)


class Gazetteer:
    """Surface forms of organizations and places, compiled once per process."""

    def __init__(self) -> None:
        self.senses: dict[str, list[OrgSense]] = {}
        self.korean_government: set[str] = set()  # names of ministries.tsv: bodies of Korea's government
        self.korean_bodies: set[str] = set()  # those and Korea's parties: after another country, not them
        for file, default_kind in (("ministries.tsv", "ministry"), ("parties.tsv", "other")):
            for line in read_lines(file):
                name, abbrevs, start, end, kind = (line.split("\t") + [""] * 5)[:5]
                sense = OrgSense(name, kind or default_kind, _day(start), _day(end))
                self.korean_bodies.add(name)
                if file == "ministries.tsv":
                    self.korean_government.add(name)
                for surface in {name, *filter(None, abbrevs.split(","))}:
                    self.senses.setdefault(surface, []).append(sense)
        for line in read_lines("organizations.tsv"):
            name, kind, aliases = (line.split("\t") + [""] * 3)[:3]
            sense = OrgSense(name, kind)
            for surface in {name, *filter(None, aliases.split(","))}:
                self.senses.setdefault(surface, []).append(sense)
        words = [w for line in read_lines("places.txt") for w in line.split()]
        self.places = frozenset(w.lstrip("?") for w in words)
        self.pattern = re.compile(LEFT_EDGE + "(" + _alternation(self.senses) + ")" + RIGHT_EDGE)
        # "?경기" is a place (never a name) but mostly a common word (경기 침체): no LOC mention of its own.
        self.place_pattern = re.compile(
            LEFT_EDGE + "(" + _alternation(w for w in words if len(w) > 1 and not w.startswith("?")) + ")" + RIGHT_EDGE
        )
        shapes = [(ln.split("\t") + [""])[:3] for ln in read_lines("org_shapes.tsv")]
        self.shape_kinds = {suffix: kind for suffix, kind, _ in shapes}
        self.compound_endings = frozenset(suffix for suffix, _, note in shapes if note == "compound")
        self.suffixes_longest_first = sorted(self.shape_kinds, key=len, reverse=True)
        self.shape_pattern = re.compile(
            LEFT_EDGE + rf"([{HANGUL_OR_ALNUM}&]{{2,}}?(?:{_alternation(self.shape_kinds)}))" + RIGHT_EDGE
        )
        teams = [w for line in read_lines("team_names.txt") for w in line.split()]
        self.team_pattern = re.compile(
            rf"(?:(?<![{HANGUL_OR_ALNUM}&])(?P<owner>[{HANGUL_OR_ALNUM}]{{2,}}) )?"
            rf"(?<![가-힣])(?P<glued>[A-Za-z0-9]{{1,5}})?(?P<nick>{_alternation(teams)})" + RIGHT_EDGE
        )
        descriptors = read_lines("org_descriptors.txt")
        # `업체 X`, `시장조사업체 X`, `전문 업체인 "X"가`: the word introducing a body may close a compound and
        # take the copula (인, 이자) before the name.
        self.descriptor_pattern = re.compile(
            rf"(?<![A-Za-z0-9&])(?P<prefix>[가-힣]*?)(?P<descriptor>{_alternation(descriptors)})(?:인|이자)?"
            rf"\s+['‘\"“]?(?P<name>[{HANGUL_OR_ALNUM}&]+?)['’\"”]?" + RIGHT_EDGE
        )
        self.ministry_names = frozenset(
            s.name for senses in self.senses.values() for s in senses if s.kind == "ministry"
        )
        self.canonical_names = frozenset(s.name for senses in self.senses.values() for s in senses)

    def lookup(self, surface: str, when: date | None = None) -> OrgSense | None:
        """The sense of `surface` in use on `when` (the current one when `when` is None)."""
        senses = self.senses.get(surface)
        if not senses:
            return None
        if len(senses) == 1:
            return senses[0]
        exact = [s for s in senses if s.name == surface]
        if when is None:
            current = [s for s in senses if s.end is None]
            if exact and any(s.end is None for s in exact):
                return next(s for s in exact if s.end is None)
            return (current or exact or senses)[-1]
        return min(senses, key=lambda s: (s.distance(when), s.name != surface))

    def shape_suffix(self, name: str) -> str | None:
        """The longest organization ending of `name`, with something before it."""
        return next((s for s in self.suffixes_longest_first if name.endswith(s) and len(name) > len(s)), None)

    def kind_of_shape(self, name: str) -> str | None:
        """The kind of organization `name` is by its ending, unless the ending only closes another word:
        a longer word (자동장전기, 치즈인더트랩, 중식당), a suffix or ending (600g당 "per"), or a common
        compound (레드카드, 미스코리아) — those are not names, whatever their last letters."""
        suffix = self.shape_suffix(name)
        if suffix is None or ending_inside_another_word(name, suffix):
            return None
        if suffix in self.compound_endings and not reads_as_name(name[: -len(suffix)]):
            return None
        return self.shape_kinds[suffix]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@dataclass(frozen=True, slots=True)
class Piece:
    """A morpheme of a word read on its own: where it lies in the word, its tag, and whether Kiwi's
    dictionary (with our user words) knows it."""

    start: int
    end: int
    tag: str
    known: bool


@lru_cache(maxsize=8192)
def word_pieces(word: str) -> tuple[Piece, ...]:
    return tuple(Piece(t.start, t.end, t.tag, not t.oov) for t in get_kiwi().tokenize(word))


def is_common_noun(word: str) -> bool:
    """Kiwi knows `word` as one common noun (트랩, 식당, 미스코리아)."""
    pieces = word_pieces(word)
    return len(pieces) == 1 and pieces[0].known and pieces[0].tag == "NNG" and pieces[0].end == len(word)


NAME_TAGS = frozenset(("NNP", "SL", "SH", "SN"))
# Tags of a morpheme that cannot begin a name's ending: derivational suffixes (600g당: "per"), endings
# (이쁘당), particles, predicates. A prefix (대학교 read 대+학교) can.
NOT_A_WORD_START = ("XS", "E", "J", "V", "Z")


def reads_as_name(word: str) -> bool:
    """Some part of `word` is a proper noun, Latin letters or a word Kiwi does not know (삼성, KB국민,
    가온누리), rather than common words only (레드, 미스, 교통)."""
    return any(p.tag in NAME_TAGS or not p.known for p in word_pieces(word))


# Endings of civic bodies and institutes named by what they stand for, in common nouns (정의실현국민연대,
# 가로세로연구소, 전국가맹점주협의회): a compound of two nouns or more before them names one body, while one noun
# is a kind of body (민간연구소, 야권연대, 교수협의회).
COMPOUND_NAMED_ENDINGS = frozenset(("연구소", "연대", "협의회", "연합회"))


def names_by_a_compound(prefix: str) -> bool:
    """Four Hangul letters or more before the ending, which Kiwi reads as two words or more."""
    if len(prefix) < 4 or not all("가" <= c <= "힣" for c in prefix):
        return False
    return len([p for p in word_pieces(prefix) if p.tag.startswith("N")]) >= 2


def names_a_discipline(prefix: str) -> bool:
    """`국어` of 국어학회, `현대사` of 현대사학회: with 학 the word closes on a field of study Kiwi knows whole
    (국어학, 사학, 신학), so 학회 after it is that field's society, though Kiwi reads it as common nouns;
    not `관련학회`, `해외학회`, `전문학회` (관련+학, 전+문학: no field ends the word)."""
    pieces = word_pieces(prefix + "학")
    last = pieces[-1] if pieces else None
    return last is not None and last.known and last.tag == "NNG" and last.end == len(prefix) + 1 \
        and last.end - last.start >= 2


def ending_inside_another_word(name: str, suffix: str) -> bool:
    """Whether `suffix` at the end of `name` is only the end of another word, read by Kiwi alone:
    inside a common noun (장전기: 장전+기, 일식당, 미스코리아), a suffix or ending that is no noun
    (600g당: "per"), or after letters Kiwi does not know whose last syllables make, with the suffix, a
    common noun (치즈인더트랩: 트랩; 장마당: 마당). A proper noun Kiwi knows (민주당, 삼성카드) is a name."""
    at = len(name) - len(suffix)
    pieces = word_pieces(name)
    head = next((p for p in pieces if p.start <= at < p.end), None)
    if head is None:
        return False
    if head.start < at:  # the suffix begins inside a morpheme
        if head.known:
            return head.tag != "NNP"
        return _unknown_letters_end_in_word(name, head.start, at)
    if head.tag.startswith(NOT_A_WORD_START):
        return True
    before = next((p for p in pieces if p.end == at), None)
    return before is not None and not before.known and _unknown_letters_end_in_word(name, before.start, at)


def _unknown_letters_end_in_word(name: str, start: int, at: int, longest: int = 3) -> bool:
    """Kiwi did not know name[start:at]: do its last syllables (up to `longest`) and the rest of the
    name make a common noun?"""
    return any(is_common_noun(name[cut:]) for cut in range(at - 1, max(start, at - longest) - 1, -1))


@lru_cache(maxsize=1)
def work_word_before() -> re.Pattern:
    """A word naming a creative work right before a position (드라마 '치즈인더트랩')."""
    words = [w for line in read_lines("work_words.txt") for w in line.split()]
    return re.compile(LEFT_EDGE + f"(?:{_alternation(words)})\\s*['‘\"“「『<《]?$")


def titled_work(text: str, start: int) -> bool:
    """The name at `start` is the title of a drama, film, webtoon... named just before it."""
    return work_word_before().search(text, max(0, start - 12), start) is not None


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in read_lines("titles.tsv"))


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    return frozenset(w for line in read_lines("name_stopwords.txt") for w in line.split())


PLACE_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{1,4}) $")
EDGE_BEFORE = re.compile(rf"[{HANGUL_OR_ALNUM}&]")
EDGE_AFTER = re.compile(RIGHT_EDGE)


def occurrences(text: str, word: str):
    """(start, end) of `word` standing as a word of its own, particles allowed after it."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not EDGE_BEFORE.match(text, at - 1)) and EDGE_AFTER.match(text, end):
            yield at, end
        at = text.find(word, at + 1)


def article_day(doc: Doc) -> date | None:
    when = doc._.published_at
    if isinstance(when, datetime):
        return when.date()
    return when if isinstance(when, date) else None


def strip_particles(text: str) -> str:
    """`중기부는` -> `중기부`: drop trailing particles, keeping at least two characters."""
    match = re.fullmatch(rf"(.{{2,}}?){JOSA}", text)
    return match.group(1) if match else text


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """A span on token boundaries covering exactly [start, end), or None when tokens disagree."""
    return doc.char_span(start, end, label=label)


def tags_between(doc: Doc, start: int, end: int) -> list[str]:
    """Kiwi tags of the morphemes of the tokens inside [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return [tag for tok in span or () for tag in tok.tag_.split("+")]


def is_proper_noun(doc: Doc, start: int, end: int) -> bool:
    """Kiwi reads the word as a proper noun or foreign letters, and its tokens end exactly at `end`."""
    span = doc.char_span(start, end)
    if span is None or not len(span):
        return False
    first = span[0].tag_.split("+")[0]
    return first in ("NNP", "SL") or (first == "SH")


class OrgFinder:
    """Finds ORG and LOC mentions in a doc; one instance per pipeline, data loaded once."""

    def __init__(self) -> None:
        self.gaz = gazetteer()
        self.titles = title_words()
        self.stop = name_stopwords()

    def __call__(self, doc: Doc) -> Doc:
        text, when = doc_text(doc), article_day(doc)
        kinds: dict[str, str] = doc.user_data.setdefault(ORG_KINDS_KEY, {})
        aliases: dict[str, str] = doc.user_data.setdefault(ORG_ALIASES_KEY, {})
        taken: list[tuple[int, int]] = [(s.start_char, s.end_char) for s in doc.spans.get(MENTIONS, [])]

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        def add(start: int, end: int, name: str, kind: str, source: str, label: str = "ORG") -> bool:
            if not free(start, end):
                return False
            span = char_span(doc, start, end, label)
            if span is None:
                return False
            add_rule_mention(doc, span, source, name)
            taken.append((start, end))
            if label == "ORG":
                kinds.setdefault(name, kind)
            return True

        for m in self.gaz.team_pattern.finditer(text):
            self._team(doc, m, add)
        for start, end in club_names(doc):
            add(start, end, text[start:end], "other", "rule")
        for start, end, name in incorporated_names(doc):
            add(start, end, name, self.gaz.kind_of_shape(name) or "company", "rule")
        for m in BRANCH_AFTER_PARENT.finditer(text):  # the parent's short form is written out by sinmun_resolve
            add(m.start(1), m.end(1), m.group(1), "government", "rule")
        for m in self.gaz.pattern.finditer(text):
            sense = self.gaz.lookup(m.group(1), when)
            if sense and not (m.group(1) in CURRENCY_NAMES and AMOUNT_AFTER.match(text, m.end(1))):
                add(m.start(1), m.end(1), sense.name, sense.kind, "gazetteer")
        for m in outlet_as_actor().finditer(text):  # 오마이뉴스에 따르면, 중앙일보가 보도했다
            add(m.start(1), m.end(1), outlet_index().canonical(m.group(1)), "media", "rule")
        for start, end in international_bodies_written_apart(doc):  # 세계 컬링 연맹 → 세계컬링연맹
            name = text[start:end].replace(" ", "")
            sense = self.gaz.lookup(name, when)
            add(start, end, sense.name if sense else name, sense.kind if sense else "international", "rule")
        for start, end in spaced_committees(doc):  # 최저임금 위원회 → 최저임금위원회
            add(start, end, text[start:end].replace(" ", ""), "government", "rule")
        for m in self.gaz.shape_pattern.finditer(text):
            self._shape(doc, m, add)
        for m in STATIONED_BODY.finditer(text):
            add(m.start(1), m.end(1), m.group(1), "government", "rule")
        for start, end in university_short_forms(doc):  # written out by sinmun_resolve (예일대 → 예일대학교)
            add(start, end, text[start:end], "education", "rule")
        for start, end in spaced_head_names(doc, self.titles | self.stop):
            add(start, end, text[start:end], self.gaz.kind_of_shape(text[start:end].replace(" ", "")) or "other", "rule")
        for m in self.gaz.descriptor_pattern.finditer(text):
            word = m.group("name")
            if m.group("prefix") and reads_as_name(m.group("prefix")):
                continue  # 삼성그룹 이재용: a body's own name, no introduction
            quoted = text[m.start("name") - 1] in OPENING_QUOTES and text[m.end("name"):m.end("name") + 1] in CLOSING_QUOTES
            # after the introducing word, a name Kiwi knows on its own (리얼미터, read 리얼+미터 in the
            # sentence) or any word in quotes (업체인 "가나다")
            named = self._plausible_name(doc, m.start("name"), m.end("name")) or (
                self._could_be_name(word) and (quoted or reads_as_name(word)))
            if named and self._ends_phrase(text, m.end("name")):
                kind = "media" if m.group("descriptor") in MEDIA_DESCRIPTORS else "company"
                add(m.start("name"), m.end("name"), word, self.gaz.kind_of_shape(word) or kind, "rule")
        for m in WORD_BEFORE_OFFICIAL.finditer(text):  # 새로텍 관계자는: an official of a body
            if self._plausible_name(doc, m.start(1), m.end(1)) and m.group(1) not in country_names():
                add(m.start(1), m.end(1), m.group(1), self.gaz.kind_of_shape(m.group(1)) or "company", "rule")
        for m in AFFILIATION.finditer(text):
            self._affiliation(m, add)
        for m in BUSINESS_NUMBER_AFTER.finditer(text):  # 제작사 아이코닉스(031-8060-2560): a business
            self._business_with_number(m, add)
        self._definitions(doc, add, aliases, kinds)
        propagate_rule_orgs(doc, add)
        for m in self.gaz.place_pattern.finditer(text):
            add(m.start(1), m.end(1), m.group(1), "place", "gazetteer", label="LOC")
        return doc

    def _team(self, doc: Doc, m: re.Match, add) -> None:
        """A club's nickname, with the proper noun of its city or owner before it when there is one
        (한화 이글스, LA다저스, 레이커스)."""
        start = m.start("nick") - len(m.group("glued") or "")
        owner = doc.char_span(m.start("owner"), m.end("owner")) if m.group("owner") else None
        if owner is not None and all(t.tag_.split("+")[-1] in ("NNP", "SL") for t in owner) \
                and owner.text not in self.titles and owner.text not in self.stop:
            start = owner.start_char  # not 한화의 이글스, 시즌 레이커스
        end = m.end("nick")
        add(start, end, doc_text(doc)[start:end], "other", "rule")

    def _plausible_name(self, doc: Doc, start: int, end: int) -> bool:
        return self._could_be_name(doc_text(doc)[start:end]) and is_proper_noun(doc, start, end)

    def _could_be_name(self, word: str) -> bool:
        """No stopword, title, place, country or common noun, nor a count (인디밴드 4팀)."""
        return not (word in self.stop or word in self.titles or word in self.gaz.places or len(word) < 2
                    or word in country_names() or is_common_noun(word) or is_count(word))

    @staticmethod
    def _ends_phrase(text: str, end: int) -> bool:
        """`스타트업 딥시크가`, `업체 마켓앤마켓,`: a particle or punctuation closes the name. A bare word
        before another word is a modifier (`스타트업 코리아 펀드`) or a person (`업체 홍길동 대표`)."""
        if PARTICLE_AT.match(text, end).end() > end:
            return True
        return end >= len(text) or text[end] not in " \t"

    def _shape(self, doc: Doc, m: re.Match, add) -> None:
        name = m.group(1)
        suffix = self.gaz.shape_suffix(name)
        if suffix is None or name in self.titles or name in self.stop:
            return
        if len(name) - len(suffix) < 2:
            return
        prefix = name[: -len(suffix)]
        if prefix in self.stop or re.fullmatch(r"[A-Za-z&]+", prefix) and prefix.upper() in self.stop:
            return
        if suffix not in LOOSE_SHAPES and not (suffix == "학회" and names_a_discipline(prefix)) \
                and not (suffix in COMPOUND_NAMED_ENDINGS and names_by_a_compound(prefix)):
            tags = tags_between(doc, m.start(1), m.end(1))
            if not any(t in ("NNP", "SL") for t in tags):
                return
        kind = self.gaz.kind_of_shape(name)
        if kind is None or titled_work(doc_text(doc), m.start(1)):
            return
        add(self._province_before(doc_text(doc), m.start(1), suffix), m.end(1), name, kind, "rule")

    def _province_before(self, text: str, start: int, suffix: str) -> int:
        """Where the mention of a local office starts: at the province or city written before it (`서울
        송파경찰서`, `전남 목포경찰서`: one organization in KLUE-NER), else at the office. The name stays
        the office's."""
        if suffix not in LOCAL_OFFICE_ENDINGS:
            return start
        m = PLACE_WORD_BEFORE.search(text, max(0, start - 8), start)
        if m is None or m.group(1) not in self.gaz.places or m.group(1) in country_names():
            return start
        return m.start(1)

    def _affiliation(self, m: re.Match, add) -> None:
        """`홍길동(25·한빛카드)`, `(32ㆍ텍사스 레인저스)`: after a person's age, the body they play or work for —
        when it reads as a name (a proper noun, Latin letters, a word Kiwi does not know) and is no place
        (`(25·서울)`, `(35·고양시)`) nor a common word (`(72·사진)`, `(29·경영학과 07학번)`)."""
        word = m.group("org")
        last = word.split()[-1]
        if word in self.gaz.places or last in self.gaz.places or last.endswith(PLACE_ENDINGS):
            return
        if word in self.titles or word in self.stop or any(ch.isdigit() for ch in word):
            return
        if not any(p.tag in ("NNP", "SL", "SH") or not p.known for p in word_pieces(word.split()[0])):
            return
        add(m.start("org"), m.end("org"), word, self.gaz.kind_of_shape(last) or "other", "rule")

    def _business_with_number(self, m: re.Match, add) -> None:
        """A name with a landline or business number in parentheses right after it is a business (shops and
        brands listed with the number to call, a firm to ask): not common words (`문의(02-…)`, `고객센터`), a place, or a
        word shaped like a person's name (a number is given with people too, but as a mobile one)."""
        from .people import looks_like_korean_name, unknown_noun

        word = m.group("name")
        if not self._could_be_name(word) or not reads_as_name(word) or (looks_like_korean_name(word) and unknown_noun(word)):
            return
        add(m.start("name"), m.end("name"), word, self.gaz.kind_of_shape(word) or "company", "rule")

    def _definitions(self, doc: Doc, add, aliases: dict[str, str], kinds: dict[str, str]) -> None:
        """`중소벤처기업부(이하 중기부)` and `미중무역위원회(USCBC)`: the alias means the name before it."""
        text = doc_text(doc)
        by_end = {s.end_char: s for s in doc.spans.get(MENTIONS, []) if s.label_ == "ORG"}
        for m in DEFINITION.finditer(text):
            owner = by_end.get(m.start())
            if owner is None:
                owner = self._shaped_name_before(doc, m, add)
                if owner is None:
                    continue
            canonical = owner._.normalized or owner.text
            known = self.gaz.lookup(m.group("acronym"), article_day(doc)) if m.group("acronym") else None
            if known is not None and canonical not in self.gaz.canonical_names:
                # `국제 통화 기구(IMF)`: the acronym the gazetteer knows names the body, however it is written
                owner._.normalized = known.name
                doc.user_data[RULE_SPANS_KEY][(owner.start_char, owner.end_char, owner.label_)] = (owner._.source, known.name)
                kinds.setdefault(known.name, known.kind)
                continue
            alias = defined_alias(m, canonical)
            if not alias or alias == owner.text:
                continue
            aliases.setdefault(alias, canonical)
        for alias, canonical in aliases.items():
            for start, end in occurrences(text, alias):
                add(start, end, canonical, kinds.get(canonical, "other"), "rule")
        for span in doc.spans.get(MENTIONS, []):  # 전교노 관계자, found before the definition was read
            if span.label_ == "ORG" and span._.normalized in aliases and span.text == span._.normalized:
                span._.normalized = aliases[span.text]
                doc.user_data[RULE_SPANS_KEY][(span.start_char, span.end_char, span.label_)] = (span._.source, span._.normalized)

    def _shaped_name_before(self, doc: Doc, m: re.Match, add) -> Span | None:
        """`학술단체협의회(학단협)`: a word with an organization's ending, of common nouns only (no other rule
        takes it), is a name when the parenthesis after it abbreviates it. Its ORG mention, once added."""
        if not m.group("short"):
            return None
        text = doc_text(doc)
        start = m.start()
        while start > 0 and WORD.match(text, start - 1):
            start -= 1
        word = text[start:m.start()]
        if len(word) < 4 or self.gaz.shape_suffix(word) is None or defined_alias(m, word) is None:
            return None
        if not add(start, m.start(), word, self.gaz.shape_kinds[self.gaz.shape_suffix(word)], "rule"):
            return None
        return next((s for s in doc.spans[MENTIONS] if (s.start_char, s.end_char) == (start, m.start())), None)


@lru_cache(maxsize=1)
def head_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that end a name written apart, those of them a country before is part of the name)."""
    lines = read_lines("org_head_words.txt")
    brand = frozenset(w for ln in lines if ln.startswith("!") for w in ln[1:].split())
    return frozenset(w for ln in lines if not ln.startswith("!") for w in ln.split()), brand


HEAD_WORD_AFTER_NAME = re.compile(LEFT_EDGE + rf"([{HANGUL_OR_ALNUM}&]{{2,}}) ([가-힣]{{2,6}}?)" + RIGHT_EDGE)


def spaced_head_names(doc: Doc, not_names: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of names whose organization ending stands as a word of its own after a proper noun:
    `미국 오번 대학교에서`, `캐나다 앨버타 대학교`, `"이란 인터내셔널" 매체`. The word before must be a
    proper noun, Latin letters or a word Kiwi does not know, read in the sentence (`오번` alone is 오+번), and
    no country (미국 대학 is no name) unless the ending is a brand word (이란 인터내셔널); a common noun
    before the ending (축구 연맹, 동네 은행) is no name."""
    heads, brand = head_words()
    text = doc_text(doc)
    countries = country_names()
    found = []
    at = 0
    while (m := HEAD_WORD_AFTER_NAME.search(text, at)) is not None:
        at = m.start(2)
        word, head = m.group(1), m.group(2)
        if head not in heads or word in not_names or word in heads:
            continue
        if word in countries:
            if head not in brand:
                continue
        elif not _proper_noun_in_sentence(doc, m.start(1), m.end(1)):
            continue
        found.append((m.start(1), m.end(2)))
        at = m.end(2)
    return found


def _proper_noun_in_sentence(doc: Doc, start: int, end: int) -> bool:
    """The sentence's tokens over [start, end) begin with a proper noun or Latin letters and hold no
    particle, ending or predicate."""
    span = doc.char_span(start, end)
    tags = [tag for tok in span or () for tag in tok.tag_.split("+")]
    return bool(tags) and tags[0] in ("NNP", "SL", "SH") and not any(t.startswith(("J", "E", "V", "X")) for t in tags)


COUNT = re.compile(r"[0-9][0-9,.]*(?P<counter>[가-힣]{1,3})")


def is_count(word: str) -> bool:
    """`4팀`, `3곳`, `10개사`: a number and a counter (`counters.txt`), not a name (11번가)."""
    m = COUNT.fullmatch(word)
    return m is not None and (m.group("counter") in counters() or len(m.group("counter")) == 1)


@lru_cache(maxsize=1)
def counters() -> frozenset[str]:
    return frozenset(read_lines("counters.txt"))


OPENING_QUOTES, CLOSING_QUOTES = "'‘\"“", "'’\"”"

@lru_cache(maxsize=1)
def outlet_as_actor() -> re.Pattern:
    """A news outlet (`outlets.tsv`) as the source or the actor of a statement: its subject or topic, `에 따르면`,
    `의 보도`, `에서 밝혔다`, `에서는` opening what it reports or judges (a footnote mark may come between). Elsewhere an outlet's name is often a
    program's or an event's part (MBC '일밤', SBS코리안투어), or a credit line."""
    from ..cleaning.outlets import alias_alternation

    return re.compile(LEFT_EDGE + rf"({alias_alternation()})(?:\[\d+\])*"
                      r"(?=(?:은|는|이|가|도) |에 따르면|의 보도|에서 (?:밝|보도|전했|전한)|에서는 )")


SPACED_COMMITTEE = re.compile(LEFT_EDGE + r"([가-힣]{3,6}) ([가-힣]{0,4}위원회)" + RIGHT_EDGE)


def spaced_committees(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of committees whose name is common nouns written apart (`최저임금 위원회`, `대통령직
    인수위원회`): the word before 위원회 of three syllables or more, made of common nouns only (no name, place
    or body of its own: `국회 윤리위원회` is the assembly's committee, `새누리당 윤리위원회` a party's), read as
    nouns in the sentence."""
    from .org_names import unit_of_body  # org_names imports this module

    text = doc_text(doc)
    found = []
    for m in SPACED_COMMITTEE.finditer(text):
        word = m.group(1)
        if word in title_words() or word in gazetteer().senses or word in gazetteer().places or not unit_of_body(word):
            continue
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or any(not t.tag_.split("+")[0].startswith(("NN", "XSN")) for t in span):
            continue
        found.append((m.start(1), m.end(2)))
    return found


@lru_cache(maxsize=1)
def international_body_pattern() -> re.Pattern:
    """A scope word (`org_scopes.txt`), up to two words of its field, and a body's ending, the last glued to
    the field or written apart: `세계 컬링 연맹`, `아프리카 축구 연맹`, `국제 수영연맹`."""
    scopes = [w for line in read_lines("org_scopes.txt") for w in line.split()]
    return re.compile(
        LEFT_EDGE + rf"(?P<scope>{_alternation(scopes)}) (?P<field>(?:[가-힣]{{1,8}} ){{0,2}}[가-힣]{{0,8}}?) ?"
        rf"(?P<head>{_alternation(INTERNATIONAL_HEADS)})" + RIGHT_EDGE
    )


INTERNATIONAL_HEADS = ("연맹", "협회", "연합", "연합회", "협의회", "위원회", "기구", "재단", "학회")
# Nouns that qualify a body without naming its field (세계 최대 협회, 국제 관련 기구): no name.
NOT_A_FIELD = frozenset("최대 최고 최초 최다 유일 각국 주요 전체 관련 산하 소속 회원 해당 여러 다른 각 기타".split())


def international_bodies_written_apart(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of international bodies whose name is common nouns written apart: a scope (the world, a
    continent), the field the body governs and its ending (`세계 컬링 연맹`, `아프리카 축구 연맹`). The field
    words must be nouns in the sentence and name a field (not 최대, 관련); a country before the field is
    another matter (its national body, `토고 축구 협회`: see `org_names.split_country`)."""
    text = doc_text(doc)
    found = []
    for m in international_body_pattern().finditer(text):
        field = m.group("field").strip()
        if not field or any(word in NOT_A_FIELD or word in INTERNATIONAL_HEADS for word in field.split()):
            continue
        span = doc.char_span(m.start("field"), m.start("field") + len(field), alignment_mode="contract")
        if span is None or span.end_char != m.start("field") + len(field) \
                or any(not t.tag_.split("+")[0].startswith(("NN", "SL", "XPN")) or "+J" in t.tag_ for t in span if not t.is_space):
            continue
        found.append((m.start("scope"), m.end("head")))
    return found


# A body stationed in another state, named by 주 + the host state's one-syllable name (주한미군, 주일대사관,
# 주한미국대사관, 주유엔대표부): the host is no country of the body, and the word is no place.
STATIONED_BODY = re.compile(
    LEFT_EDGE + r"(주(?:한|일|미|중|러|영|독|불|유엔|EU)[가-힣]{0,5}?(?:미군|대사관|총영사관|영사관|대표부|상공회의소))"
    + RIGHT_EDGE
)

# A word ending in 대 whose stem reads as a name: a university's short form (예일대, 광주대, 경성대).
UNIVERSITY_SHORT = re.compile(LEFT_EDGE + r"([가-힣]{2,6}대)" + RIGHT_EDGE)


def university_short_forms(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of universities written with the short ending 대 where no gazetteer entry names them:
    the stem a proper noun or a word Kiwi does not know (`reads_as_named_body`), read as a proper noun in
    the sentence too; never a road (강남대로: 로 is no particle there), a country's (한국대 일본: versus) or
    a count (20대)."""
    from .org_names import reads_as_named_body  # org_names imports this module

    text = doc_text(doc)
    found = []
    for m in UNIVERSITY_SHORT.finditer(text):
        word = m.group(1)
        stem = word[:-1]
        if text.startswith("로", m.end(1)) or stem in country_names() or word in gazetteer().senses:
            continue
        if not reads_as_named_body(word, "대") or _titled_person(text, word):
            continue
        if _place_before(text, m.start(1)) and not ACADEMIC_AFTER.match(text, m.end(1)):
            continue  # 울산 반구대 암각화, 부산 해운대 해수욕장: a landmark of the place, not a university
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or span[0].tag_.split("+")[0] != "NNP":
            continue
        found.append((m.start(1), m.end(1)))
    return found


# After a university's short form: its people, parts and acts (부산 가온대 교수팀, 울산 다온대 병원).
ACADEMIC_AFTER = re.compile(r" ?(?:교수|학생|총장|연구|병원|캠퍼스|출신|졸업|재학|입학|학과|대학원|교직원|총학생회|동문|의대|법대|공대)")


def _place_before(text: str, start: int) -> bool:
    """A place the gazetteer knows, written as a word of its own right before `start` (`울산 반구대`)."""
    m = re.search(r"(?<![가-힣])([가-힣]{2,4}) $", text[max(0, start - 6):start])
    return m is not None and m.group(1) in gazetteer().places


def _titled_person(text: str, word: str) -> bool:
    """`한상대 검찰총장`, `김민대 씨`: a person's name shaped like a short form, with a title or 씨 after it
    somewhere in the text."""
    from .people import looks_like_korean_name  # people imports this module

    if not looks_like_korean_name(word):
        return False
    titles = title_words()
    for start, end in occurrences(text, word):
        after = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if after and (after.group() == "씨" or any(after.group().startswith(t) or after.group().endswith(t)
                                                  for t in titles if len(t) >= 2)):
            return True
    return False


# A word right before 관계자 (an official of it): `새로텍 관계자는`, `CU 관계자`.
WORD_BEFORE_OFFICIAL = re.compile(LEFT_EDGE + rf"([{HANGUL_OR_ALNUM}&]{{2,}}) 관계자")


def country_names() -> frozenset[str]:
    from .org_names import country_names as names  # org_names imports this module

    return names()


@lru_cache(maxsize=1)
def club_marker_pattern() -> re.Pattern:
    markers = [w for line in read_lines("club_markers.txt") for w in line.lstrip("> ").split()]
    return re.compile(rf"(?<![A-Za-z])(?:{_alternation(markers)})(?![A-Za-z])")


@lru_cache(maxsize=1)
def markers_after_names() -> frozenset[str]:
    """Club markers that join only the proper nouns before them (`> ` lines of `club_markers.txt`)."""
    return frozenset(w for line in read_lines("club_markers.txt") if line.startswith(">") for w in line[1:].split())


CLUB_WORDS = 2  # proper nouns a marker gathers on its side (레알 마드리드 CF)


@lru_cache(maxsize=1)
def team_nicknames() -> frozenset[str]:
    return frozenset(w for line in read_lines("team_names.txt") for w in line.split())


def is_club_name(name: str) -> bool:
    """A club's name: a nickname after its owner or city (한화 이글스), or a name with a club marker."""
    return name.split()[-1] in team_nicknames() or club_marker_pattern().search(name) is not None


def club_names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of sports clubs named with a marker (FC, CF, AC…, `club_markers.txt`): a proper noun
    Kiwi reads whole around one (발렌시아 CF, 경남FC, 볼로냐 FC 1909), or a marker standing alone with
    up to two proper nouns right after it (FC 바르셀로나, AC 밀란) or, else, right before it (레알 마드리드
    CF, 아스널 FC). Only proper nouns and Latin words join: a particle, a common noun or a gap ends it."""
    markers = club_marker_pattern()
    text = doc_text(doc)
    found = []
    for i, tags in enumerate(doc_tags(doc)):  # a Token only where the first tag is NNP or SL
        tag = tags.split("+")[0]
        if tag != "NNP" and tag != "SL":
            continue
        token = doc[i]
        if tag == "NNP" and markers.search(token.text) and not markers.fullmatch(token.text):
            found.append((token.idx, token.idx + len(token.text)))
        elif tag == "SL" and markers.fullmatch(token.text):
            after_only = token.text in markers_after_names()
            after = [] if after_only else _name_run(doc, text, range(i + 1, min(len(doc), i + 1 + CLUB_WORDS)))
            if after:
                found.append((token.idx, after[-1].idx + len(after[-1].text)))
                continue
            before = _name_run(doc, text, range(i - 1, max(-1, i - 1 - CLUB_WORDS), -1))
            if after_only and any(t.text in gazetteer().senses for t in before):
                continue  # 삼성 SK 현대차: a list of firms
            if before:
                found.append((before[-1].idx, token.idx + len(token.text)))
    return found


def _name_run(doc: Doc, text: str, indexes: range) -> list:
    """The tokens at `indexes` (walking away from a marker) that are proper nouns, each next to the last
    with at most a space between."""
    run, last = [], None
    for j in indexes:
        token = doc[j]
        if token.tag_.split("+")[0] != "NNP":
            break
        neighbour = last if last is not None else doc[j - 1 if indexes.step > 0 else j + 1]
        lo, hi = sorted((neighbour, token), key=lambda t: t.idx)
        if text[lo.idx + len(lo.text):hi.idx] not in ("", " "):
            break
        run.append(token)
        last = token
    return run


# A company's legal form written on its name (㈜가나상사, (주)가나상사, 가나상사㈜): KLUE-NER and KMOU mark
# the mark and the name as one organization; the name alone is the company's (DESIGN: `(주)` is no part of it).
CORPORATION_MARK = r"(?:㈜|\(주\))"
INCORPORATED = re.compile(
    rf"{CORPORATION_MARK} ?(?P<after>[{HANGUL_OR_ALNUM}&][{HANGUL_OR_ALNUM}&.]*)"
    rf"|(?<![{HANGUL_OR_ALNUM}&.])(?P<before>[{HANGUL_OR_ALNUM}&][{HANGUL_OR_ALNUM}&.]*?){CORPORATION_MARK}"
)


def incorporated_names(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, name) of names written with a corporation mark; the span holds the mark, the name not,
    and particles after the name stay out (㈜가나상사는 → ㈜가나상사, 가나상사)."""
    text = doc_text(doc)
    found = []
    for m in INCORPORATED.finditer(text):
        if m.group("before"):
            name = m.group("before")
            if len(name) >= 2 and not name.isdigit():
                found.append((m.start(), m.end(), name))
            continue
        start, end = m.start("after"), m.end("after")
        span = doc.char_span(start, end, alignment_mode="expand")
        tokens = [t for t in span or () if t.idx < end]
        while tokens and tokens[-1].tag_.split("+")[0].startswith(("J", "E", "VCP")):
            tokens.pop()
        if not tokens:
            continue
        end = min(end, tokens[-1].idx + len(tokens[-1].text))
        name = text[start:end].rstrip(".")
        if len(name) >= 2 and not name.isdigit():
            found.append((m.start(), start + len(name), name))
    return found


def propagate_rule_orgs(doc: Doc, add) -> None:
    """A firm found once by its shape or a descriptor is the same firm at its other occurrences."""
    names = {s._.normalized: s.text for s in doc.spans.get(MENTIONS, [])
             if s.label_ == "ORG" and s._.source == "rule" and s._.normalized == s.text}
    kinds = doc.user_data.get(ORG_KINDS_KEY, {})
    for name in names:
        for start, end in occurrences(doc_text(doc), name):
            add(start, end, name, kinds.get(name, "company"), "rule")


# A person's age in parentheses, then what they belong to: `(25·한빛카드)`, `(32ㆍ텍사스 레인저스)`,
# `(23 · 나이키골프 ㆍ 사진)`; up to three words, up to the next separator or the parenthesis' end.
AFFILIATION = re.compile(
    r"(?<=[가-힣A-Za-z])\(\s?\d{1,3}\s?[·ㆍ.,]\s?(?P<org>[가-힣A-Za-z0-9&]+(?: [가-힣A-Za-z0-9&]+){0,2}?)\s?(?=[·ㆍ,)])"
)
# A name glued to a Korean landline (02-512-7706, 031-…) or business number (1577-0405) in parentheses; mobile
# numbers (010-…) are left out: they are given for people.
BUSINESS_NUMBER_AFTER = re.compile(
    r"(?<![가-힣A-Za-z0-9&.])(?P<name>[가-힣A-Za-z](?:[가-힣A-Za-z0-9&.]*[가-힣A-Za-z0-9])?)"
    r"\((?:0[2-9]\d?-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4})\)"
)
PLACE_ENDINGS = ("시", "군", "구", "도", "주", "읍", "면", "동")  # 고양시, 강남구: where one lives, no employer

# A branch office after its district court or prosecutors' office (창원지검 통영지청, 수원지법 평택지원):
# one body, which the branch's name alone does not say.
BRANCH_AFTER_PARENT = re.compile(
    LEFT_EDGE + r"([가-힣]{2,}(?:지검|지방검찰청|지법|지방법원) [가-힣]{1,4}(?:지청|지원))" + RIGHT_EDGE
)

# Organization names that are also the word for a currency before an amount or a conversion:
# 49달러(한화 약 5만원), 한화 기준 65조 원, 한화로 환산하면 — won, not the Hanwha group.
CURRENCY_NAMES = frozenset(("한화",))
AMOUNT_AFTER = re.compile(r"\s*(?:약\s*)?\d|\s*(?:기준|환산|로\s*환산)")

# `(이하 중기부)`, `(USCBC)`, `(학단협)` right after a name (a space may come before the parenthesis):
# the alias, an acronym, or a Hangul short form — the last only where it abbreviates the name
# (`defines_short_form`), not any word in parentheses (`(가칭)`, `(서울)`).
DEFINITION = re.compile(
    r" ?\(\s*(?:이하\s*['‘\"“]?(?P<alias>[가-힣A-Za-z0-9&]{1,20}?)['’\"”]?|(?P<acronym>[A-Z][A-Za-z0-9&\-]{1,11})(?:[:,][^)]*)?"
    r"|(?P<short>[가-힣]{2,6}))\s*\)"
)


def defined_alias(m: re.Match, name: str) -> str | None:
    """The alias a DEFINITION match gives `name`, if any."""
    from .org_names import is_abbreviation  # org_names imports this module

    if m.group("short"):
        short = m.group("short")
        return short if short not in country_names() and is_abbreviation(short, name.replace(" ", ""), anywhere=True) else None
    return m.group("alias") or m.group("acronym")


@Language.factory("sinmun_orgs", assigns=["doc.spans"], requires=[])
def make_org_finder(nlp: Language, name: str) -> OrgFinder:
    return OrgFinder()
