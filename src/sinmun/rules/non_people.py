"""Statistical PERSON spans that name no one: the sentence shows the word to be part of another name.

The model reads a word as a person from the word and a few tokens around it; the mechanisms here read
what it leaves aside (see also `people.not_a_person`, `named_thing`, `named_group`):
- a single syllable is a person only as a surname, and a surname stands alone only before 씨/모/군/양/님,
  an age in parentheses or a title (`김 감독`, `박씨`, `김·오 교수`); otherwise it is a prefix, a
  determiner or a piece of a word (`한 매체`, `인 룸`, `리마인드`);
- a word followed by the head of a body's, place's or event's name is that name's first part, written
  apart or glued (`배창호 프러덕션`, `미즈호 금융그룹`, `아코르 호텔`, `엘지빌라`, `아무르강`);
- a name glued to such a head is that body, place or event (`필로스오픈`, `사이언스센터`);
- the words of a work's title in 「」, 『』, 《》, or before an author's credit (`「오성식 생활영어」`,
  `모단 에쎄이(방민호 엮음·책읽는섬)`);
- a word not shaped like a name that takes 에 or 에서 without a relation after it (`텀블러에 올렸다`);
- a word after 올 뉴, 뉴 or a quoted 더 (`올 뉴 머스탱`, `‘더 넥스트 스파크’`): a model or a title; a word between
  전 and a title (`전 페라리 디자이너`): where the office was held, an organization;
- digits are no part of a name (`11번가`, `타이거 우즈 PGA 투어 08`), unless Latin letters make it a
  stage name (2NE1, 50센트: KLUE-NER marks those people);
- a word listed with things and no one (`마티즈, 라노스, 누비라 등의 구형 차량`, `휴게실, 연무관, 식당`,
  `아제르바이잔, 몰도바`): a list holds one kind, read from its other members and the noun that closes it;
- a person's name and the word for their government is the government (`아베 정권`, `오바마 행정부`: an
  ORG in KLUE-NER).
Real people keep every cue that makes them people: a title, 씨, a role word before them.
"""

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..doc_ext import MENTIONS, doc_text
from ..morph import word_reading
from ..resources import read_lines
from .org_lists import members
from .org_names import country_names
from .orgs import JOSA, gazetteer
from .people import DETERMINERS, _well_known_common_noun, LETTER_PERSON_AFTER, SPOKEN_HONORIFIC, SSI, surname_set, title_follows, title_match

HANGUL_SYLLABLE = re.compile(r"[가-힣]")
# 김·오 교수, 김, 오 교수: a surname coordinated with another one whose title follows
COORDINATED_SURNAME = re.compile(r"(?:·|, ?)[가-힣](?:·|, ?|\s)")
WITHHELD_OR_HONORED = re.compile(rf"모{JOSA}|[가-힣]*님{JOSA}")  # 윤모 일병, 박병장님: a person whatever the rest
PARTICLES = re.compile(JOSA)
COPULA_AFTER = re.compile(r" ?(?:입니다|이다|이에요|예요|였다|이었다|이라고|라고)(?![가-힣])")
LIST_CLOSING = re.compile(r" ?등(?:의)? ((?:[가-힣0-9]+ ?){1,3})")  # 등의 구형 차량을, 등 국내 선수들이
MEMBER_END = re.compile(r"\s?(?:,|·|ㆍ|등(?![가-힣])|[.!?…]|$)")
WORK_BRACKETS = {"「": "」", "『": "』", "《": "》", "〈": "〉"}  # ‘ ’ and < > quote speech and names as well
MAX_WORK_TITLE = 25
SAYS = re.compile(r"다[.,!?]?\s*$|다[.,] ")
CREDIT_AFTER = re.compile(r"\([가-힣]{2,4}(?: 외)? (?:지음|엮음|옮김|글|그림|작|저|편저)\b")  # (방민호 엮음·책읽는섬)
# 에 after a person: relations (대한, 의한, 따르면), comparison and succession (비해, 이어, 앞서, 밀려, 뒤진)
PERSON_RELATIONS = "대한|대해|의한|의해|따르면|따라|관한|관해|비해|비하면|이어|앞서|밀려|뒤져|뒤진|뒤지지|못지않|버금|맞서|필적"
LOCATIVE_AFTER = re.compile(rf"(?:에|에서|에는|에도|에선|에서는|에서도)(?![가-힣])(?!\s*(?:{PERSON_RELATIONS}))")
PRODUCT_BEFORE = re.compile(r"(?:(?<![가-힣])올 ?뉴 |(?<![가-힣])뉴 |(?:^|[‘'“\"「《])더 )$")
FORMER_BEFORE = re.compile(r"(?:^|[\s(])(?:전|前) $")
PEOPLE_WORDS = frozenset("사람 인사 인물 스타 학생 여성 남성 아이 어린이 청년 노인 시민 주민 멤버 회원 팬 관계자".split())
COUNTED_PEOPLE = re.compile(r"\d*[명인]")  # 등 3명
NEXT_WORD = re.compile(r" ?([가-힣A-Za-z]+)")
REGNAL = re.compile(r"\d+ ?세$")  # 베네딕토 16세
GOVERNMENT_WORDS = frozenset(("정부", "정권", "행정부", "내각"))
# One-syllable heads glued to a name end places (아무르강, 설악산, 제주섬); written apart they are
# ordinary words (강 건너, 산 위), and ending a span they close people's names as often (이강, 김산).
GLUED_ONLY_HEADS = frozenset("강 산 섬 항".split())


@lru_cache(maxsize=1)
def head_kinds() -> dict[str, str]:
    """Words that end the name of a body (ORG), a place (LOC) or an event (EVENT): name_heads.txt and the
    organization, institution, place and event endings the other rules already use. Titles that share a
    body's ending (연구원, 위원) are left out: after a name they make a person."""
    kinds: dict[str, str] = {}
    for name, kind in (("event_heads.txt", "EVENT"), ("place_heads.txt", "LOC"), ("place_suffixes.txt", "LOC"),
                       ("org_head_words.txt", "ORG"), ("institution_suffixes.txt", "ORG")):
        for line in read_lines(name):
            if not line.startswith("!"):
                kinds.update(dict.fromkeys(line.split(), kind))
    for line in read_lines("name_heads.txt"):
        kind, _, words = line.partition(":")
        kinds.update(dict.fromkeys(words.split(), {"place": "LOC", "body": "ORG", "event": "EVENT"}[kind.strip()]))
    return {head: kind for head, kind in kinds.items() if title_match(head) is None}


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    return frozenset(head_kinds())


@lru_cache(maxsize=2)
def _heads_by_length(glued: bool) -> tuple[tuple[int, frozenset[str]], ...]:
    """The name heads (with the glued-only ones, `glued`) grouped by length: a word is looked up once per
    length instead of tried against every head."""
    heads = name_heads() | GLUED_ONLY_HEADS if glued else name_heads()
    return tuple((n, frozenset(h for h in heads if len(h) == n)) for n in sorted({len(h) for h in heads}))


@lru_cache(maxsize=1)
def _head_kinds_by_length() -> tuple[tuple[int, dict[str, tuple[int, str]]], ...]:
    """`head_kinds` grouped by length, each head with its place in the list (the first listed head wins)."""
    by_length: dict[int, dict[str, tuple[int, str]]] = {}
    for order, (head, kind) in enumerate(head_kinds().items()):
        by_length.setdefault(len(head), {})[head] = (order, kind)
    return tuple(sorted(by_length.items()))


def lone_syllable(doc: Doc, start: int, end: int) -> bool:
    """One Hangul syllable with nothing after it that makes a surname of it: 씨, an age, a title (`김 감독`,
    `박씨`, `김·오 교수`), or a word after a known surname that is no determiner (`홍 재무`; `한 매체`, `이
    시장` are left to the title rules). A syllable glued to a word that is no particle begins that word
    (`리마인드`)."""
    text = doc_text(doc)
    syllable = text[start:end]
    if end - start != 1 or not HANGUL_SYLLABLE.fullmatch(syllable):
        return False
    if SSI.match(text, end) or SPOKEN_HONORIFIC.match(text, end) or LETTER_PERSON_AFTER.match(text, end):
        return False  # 박씨, 김 씨는, 하준님, 김모 씨, 김(45)
    if title_follows(doc, end) or COORDINATED_SURNAME.match(text, end) or COPULA_AFTER.match(text, end):
        return False  # 김 감독, 김·오 교수; 그 역은 루입니다: a name stated
    glued = re.match(r"[가-힣]+", text[end:])
    if glued:
        rest = glued.group()
        match = title_match(rest)
        if match and not match.group("prefix") or WITHHELD_OR_HONORED.fullmatch(rest):
            return False  # 김사장은, 윤모 일병, 박병장님
        return rest.startswith("측") or not PARTICLES.fullmatch(rest)  # 커는: a particle; 양측, 사측: sides
    if re.match(r" [가-힣]", text[end:end + 2]):
        return syllable in DETERMINERS or syllable not in surname_set()
    return True


def first_part_of_a_name(doc: Doc, start: int, end: int) -> bool:
    """The word after the span (apart or glued) is the head of a name: the span is that name's first part."""
    text = doc_text(doc)
    m = NEXT_WORD.match(text, end)
    if m is None:
        return False
    glued = m.start(1) == end
    word, heads = m.group(1), name_heads()
    for n, listed in _heads_by_length(glued):  # a head, then particles only
        if len(word) >= n and word[:n] in listed and PARTICLES.fullmatch(word, n):
            return True
    # a common compound ending in a head (금융그룹, 복합쇼핑몰): nouns Kiwi knows, then particles
    tokens, _ = word_reading(word)
    while tokens and tokens[-1].tag.startswith("J"):
        tokens = tokens[:-1]
    return len(tokens) > 1 and all(t.tag == "NNG" for t in tokens) and tokens[-1].form in heads


def _without_particles(word: str) -> str:
    m = re.fullmatch(rf"(.+?){JOSA}", word)
    return m.group(1) if m else word


def digits_inside(text: str) -> bool:
    """A digit beside Hangul in a name (11번, 투어 08); Latin letters with it make a stage name (2NE1, KLUE-NER
    marks those people), a regnal number ends a ruler's (니콜라이 2세), and digits alone are a code name (007)."""
    return (bool(re.search(r"\d", text)) and bool(re.search(r"[가-힣]", text))
            and not re.search(r"[A-Za-z]", text) and not REGNAL.search(text))


def listed_with_things(doc: Doc, start: int, end: int, others: list[tuple[int, int, str]]) -> bool:
    """A word in a list (commas, middle dots, 와/과) whose other members are places, bodies or common nouns,
    or which `등(의)` closes with a noun for things (`등의 구형 차량`), and no member of which is a person:
    a Korean name, a model person shaped like a name, or a title after the list (`김·오 교수`).
    `others`: the model's entities of the sentence, (start, end, label)."""
    from ..ner.stage import person_shaped

    text = doc_text(doc)
    group = [(a, b) for a, b in members(text, start, end) if not text[a].isdigit()]  # 40만원, 마티즈, …
    if len(group) < 2 or title_follows(doc, group[-1][1]) or text[start - 1:start] == "(":
        return False  # 김·오 교수: a title after the list; 다무라(田村聰·51·사진): a gloss
    closing = LIST_CLOSING.match(text, group[-1][1])
    if closing:  # the noun that closes the list names its kind, whatever the members look like
        words = [_without_particles(w).removesuffix("들") for w in closing.group(1).split()]
        return not any(w in PEOPLE_WORDS or title_match(w) or COUNTED_PEOPLE.fullmatch(w) for w in words)
    if len(group) == 2 and text[group[0][1]:group[1][0]].strip() == ",":
        return False  # 반면, 카터의; AC밀란, 호나우지뉴: a headline's topic or an adverb, no list
    # a member's whole entity, where one ends there (산드라 블록과: the list gives only 블록)
    entities = {b: (a, label) for a, b, label in others}
    entities.update({m.end_char: (m.start_char, m.label_) for m in doc.spans.get(MENTIONS, [])})
    labels = {}
    mates = []
    for a, b in group:
        if (a, b) == (start, end) or a > start and not _closes_a_list(text, b):
            continue
        whole, label = entities.get(b, (a, None))
        a = min(a, whole) if whole < start or a > start else a
        labels[(a, b)] = label
        mates.append((a, b))
    if any(person_shaped(text[a:b]) or title_match(text[a:b]) or labels.get((a, b)) == "PERSON" and title_follows(doc, b)
           for a, b in mates):
        return False  # 감독과 마이클키튼의: a title among the members makes them people
    places = gazetteer().places | country_names()
    return any(labels.get((a, b)) in ("LOC", "ORG") or text[a:b] in places or _well_known_common_noun(text[a:b])
               for a, b in mates)


def _closes_a_list(text: str, end: int) -> bool:
    """A member after the span ends in a particle, a comma or 등: `미셸 위와 공동 선두` joins no list
    (와 "with" before an adverb), `메카와 메디나는` does."""
    glued = re.match(r"[가-힣]+", text[end:])
    if glued:
        return bool(PARTICLES.fullmatch(glued.group()))
    return bool(MEMBER_END.match(text, end))


def ends_in_a_head(text: str) -> str | None:
    """The kind of name the span's last word makes when it is a name of two syllables or more glued to a
    head (도담센터: ORG, 로커스트힐골프장: LOC, 필로스오픈: EVENT), whatever comes before (크리그 is no 크 +
    리그); None for other spans."""
    last = text.rsplit(" ", 1)[-1]
    found = [by_head[last[-n:]] for n, by_head in _head_kinds_by_length() if len(last) >= n + 2 and last[-n:] in by_head]
    return min(found)[1] if found else None


def part_of_a_work(text: str, start: int, end: int) -> bool:
    """Inside the brackets of a work's title with more words than itself (「오성식 생활영어」), or right
    before a credit (모단 에쎄이(방민호 엮음·책읽는섬)): the title of a book, a show, a product."""
    if CREDIT_AFTER.match(text, end):
        return True
    before = text[max(0, start - 40):start]
    opened = max(before.rfind(mark) for mark in WORK_BRACKETS)
    if opened < 0 or any(WORK_BRACKETS[mark] in before[opened:] for mark in WORK_BRACKETS):
        return False
    closed = text.find(WORK_BRACKETS[before[opened]], end, end + MAX_WORK_TITLE)
    inside = text[start - len(before) + opened + 1:closed]
    # a title is short and says nothing (old news quotes speech in 『…다』 too)
    return closed >= 0 and inside != text[start:end] and len(inside) <= MAX_WORK_TITLE and not SAYS.search(inside)


def taken_as_a_place(text: str, end: int) -> bool:
    """The word takes 에 or 에서, which a person takes only to be compared, followed, defeated or spoken of
    (`박지성에 밀려`, `김주성에 이어`, `트럼프에 대해`): a place, a site, a firm (`텀블러에 올렸다`,
    `요기요에 투자한`, `형지에 인수된`). For words not shaped like a name only."""
    return bool(LOCATIVE_AFTER.match(text, end))


def named_after_a_product_word(text: str, start: int) -> bool:
    """After 올 뉴, 뉴 or a quoted 더 ("the"): a model or a title (`올 뉴 머스탱`, `‘더 넥스트 스파크’`)."""
    return bool(PRODUCT_BEFORE.search(text[max(0, start - 8):start]))


def former_employer(doc: Doc, start: int, end: int) -> bool:
    """`카를로 팔라자니(전 페라리 디자이너)`: a word between 전/前 and a title is where the office was held, an
    organization, when it is no name (a Korean name there is the person: 회담 전 박 대통령)."""
    from ..ner.stage import person_shaped

    text = doc_text(doc)
    word = text[start:end]
    return (bool(FORMER_BEFORE.search(text[max(0, start - 3):start])) and title_follows(doc, end)
            and len(word) > 1 and not person_shaped(word))


def no_person(doc: Doc, start: int, end: int) -> bool:
    """A statistical PERSON span that the sentence shows to be no person (see the module)."""
    text = doc_text(doc)
    if lone_syllable(doc, start, end) or digits_inside(text[start:end]) or ends_in_a_head(text[start:end]) == "EVENT":
        return True
    return not title_follows(doc, end) and (first_part_of_a_name(doc, start, end) or part_of_a_work(text, start, end)
                                            or named_after_a_product_word(text, start))


def surname_before_glued_title(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`이국장`, `김사장`, `박대통령`: a surname glued to its title is the person; the title is no part of the
    name (KLUE-NER and KMOU mark the surname alone). Only where Kiwi reads the word alone so, surname and
    title: a name that happens to end in a title is one word to it (유상무). Other spans stay as they are."""
    word = doc_text(doc)[start:end]
    if len(word) < 3 or word[0] not in surname_set():
        return start, end
    match = title_match(word[1:])
    if match is None or match.group("prefix"):
        return start, end
    tokens, _ = word_reading(word)
    read_so = len(tokens) == 2 and tokens[0].form == word[0] and tokens[1].form == word[1:]
    return (start, start + 1) if read_so else (start, end)


def named_by_its_head(doc: Doc, start: int, end: int) -> str | None:
    """The label a PERSON span ending in a body's or a place's head takes (도담센터 → ORG, 다온골프장 → LOC)."""
    kind = ends_in_a_head(doc_text(doc)[start:end])
    return kind if kind in ("ORG", "LOC") else None


def government_of(doc: Doc, start: int, end: int) -> bool:
    """`아베 정권`, `박근혜 정부`: a PERSON span ending in the word for a government is that government."""
    words = doc_text(doc)[start:end].split()
    return len(words) > 1 and words[-1] in GOVERNMENT_WORDS
